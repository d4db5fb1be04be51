/**
 * The standard {@link org.potctl.state.observe.HostObserver}: a constant number of commands plus
 * direct reads of pot's files, assembled into a {@link org.potctl.state.model.HostState}.
 */
package org.potctl.state.observe;
