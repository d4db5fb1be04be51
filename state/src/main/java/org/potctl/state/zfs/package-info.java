/**
 * ZFS: the pure parser of {@code zfs list -H} output (exact and human sizes) and {@link
 * org.potctl.state.zfs.ZfsCommands}, the argv builders for properties, ownership stamps and the
 * rename into potctl's trash, and {@link org.potctl.state.zfs.SendStreamHeader}, the bounded reader
 * of a send stream's header (the datasets and properties an image would receive).
 */
package org.potctl.state.zfs;
