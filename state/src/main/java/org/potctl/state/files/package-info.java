/**
 * Reading the host's files: the {@link org.potctl.state.files.HostFiles} seam (local file system
 * today, SSH later) and {@link org.potctl.state.files.ParseException}, the error every parser of
 * pot's files and tool output throws.
 */
package org.potctl.state.files;
