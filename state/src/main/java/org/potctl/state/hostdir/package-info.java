/**
 * Host directories for {@code dir} mounts, resolved at plan time: symlinks followed on the host and
 * the result held to the allowed roots ({@link org.potctl.state.hostdir.HostDirResolver}).
 */
package org.potctl.state.hostdir;
