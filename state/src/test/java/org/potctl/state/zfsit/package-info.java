/**
 * Integration tests on real ZFS (zfs-fuse in CI): {@code POTCTL_ZFS_POOL} names a pool; without it
 * the tests are skipped with a notice, or fail when {@code REQUIRE_ZFS=1}.
 */
package org.potctl.state.zfsit;
