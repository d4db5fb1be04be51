/**
 * Host selection ({@code --host}): {@link org.potctl.state.host.HostSpec} parses {@code local} and
 * {@code sim:DIR[?…]}, {@link org.potctl.state.host.HostConnector} turns a spec into a {@link
 * org.potctl.state.host.Host}, the command runner every driver uses plus the banner naming it.
 */
package org.potctl.state.host;
