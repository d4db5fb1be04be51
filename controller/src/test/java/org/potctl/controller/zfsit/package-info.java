/** potctl commands against the simulated host with real ZFS datasets ({@code zfs=real:POOL}). */
package org.potctl.controller.zfsit;
