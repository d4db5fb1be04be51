/**
 * The host's network interfaces: the pure parser of FreeBSD's {@code ifconfig -a} output and the
 * one command that reads it ({@link org.potctl.state.net.IfconfigOutput}).
 */
package org.potctl.state.net;
