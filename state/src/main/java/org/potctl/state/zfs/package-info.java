/**
 * ZFS: the pure parser of {@code zfs list -H} output (exact and human sizes) and {@link
 * org.potctl.state.zfs.ZfsCommands}, the argv builders for properties, ownership stamps and the
 * rename into potctl's trash.
 */
package org.potctl.state.zfs;
