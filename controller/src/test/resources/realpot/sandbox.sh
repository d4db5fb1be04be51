#!/bin/bash
# The real-pot kit's sandbox (docs/real-pot.md). Three steps, run as root:
#   sandbox.sh setup DIR POT_SRC POOL   host side: DIR bind-mounted onto itself and made shared (so
#                                       zfs-fuse's mounts, made by its daemon in the host's mount
#                                       namespace, reach the sandbox's), pot's tree copied into
#                                       DIR/pot (bin/pot run by bash), pot.conf with POT_ZFS_ROOT =
#                                       POOL/realpot-NAME and POT_FS_ROOT = DIR/fsroot, the ZFS
#                                       layout `pot init` makes, base tarballs in pot's cache
#   sandbox.sh hold DIR                 inside `unshare -m --propagation slave`: tmpfs over /var
#                                       (/var/db/potctl is potctl's state), /usr/local/etc,
#                                       /usr/local/share (FreeBSD release manifests), a /dev with a
#                                       /dev/pf; prints "ready", then waits for its stdin to close
#   sandbox.sh teardown DIR             destroys the ZFS root, unmounts DIR
set -euo pipefail
step="$1"; dir="$2"
releases="11.4 12.0 12.1 12.2 12.3 12.4 13.0 13.1 13.2 13.3 13.4 13.5 14.0 14.1 14.2 14.3 15.0"

setup() {
  local src="$1" pool="$2" root
  mkdir -p "$dir"
  mount --bind "$dir" "$dir"
  mount --make-rshared "$dir"
  mkdir -p "$dir/pot" "$dir/state" "$dir/cache" "$dir/tmp"
  cp -a "$src/bin" "$src/share" "$src/etc" "$dir/pot/"
  # bash, with FreeBSD sh's `local`: a variable made local keeps its value until assigned
  # (purge-snapshots.sh:20-23 relies on it; in bash's default it would be unset)
  sed -i '1s|^#!/bin/sh|#!/bin/bash\nshopt -s localvar_inherit|' "$dir/pot/bin/pot"
  root="$pool/realpot-$(basename "$(dirname "$dir")")-$(basename "$dir")"
  echo "$root" >"$dir/zfs-root"
  cat >"$dir/pot/etc/pot/pot.conf" <<CONF
POT_ZFS_ROOT=$root
POT_FS_ROOT=$dir/fsroot
POT_CACHE=$dir/cache
POT_TMP=$dir/tmp
CONF
  # what `pot init` makes (init.sh:45-78; zfs-fuse has no lz4, so no compression) without its chown to group pot and syslog files
  zfs create -o mountpoint="$dir/fsroot" -o canmount=off -o atime=off "$root"
  mkdir -p "$dir/fsroot"
  for d in bases jails fscomp; do zfs create "$root/$d"; done
  zfs create -o mountpoint="$dir/cache" -o compression=off "$root/cache"
  mkdir -p "$dir/fsroot/bridges"
  # pf has pot's anchors loaded, as on a host that ran pot init and booted (and as the simulated
  # host has them): vnet-start finds them and loads no pf.conf
  : >"$dir/state/pf.main"
  base_tree "$dir/tree"
  for r in 13.2 14.1; do
    sed -i "s/^USERLAND_VERSION=.*/USERLAND_VERSION=\"$r-RELEASE\"/" "$dir/tree/bin/freebsd-version"
    tar -C "$dir/tree" -cJf "$dir/cache/$r-RELEASE_base.txz" .
  done
  rm -rf "$dir/tree"
}

# A FreeBSD base tree as small as pot allows: the directories create/create-base move and link.
base_tree() {
  local t="$1"
  # the simulator's base tree is the same (state/pot/PotLayout.BASE_TREE)
  mkdir -p "$t"/{bin,sbin,lib,libexec,boot,dev,tmp,proc,mnt,media,rescue,root,etc/rc.d,usr/bin,usr/include,usr/lib,usr/libexec,usr/sbin,usr/share,usr/local,var/db/pkg,var/empty,var/log,var/run,var/tmp}
  # shellcheck disable=SC2016 # the script's own variable
  printf '#!/bin/sh\nUSERLAND_VERSION="14.1-RELEASE"\necho $USERLAND_VERSION\n' >"$t/bin/freebsd-version"
  chmod 755 "$t/bin/freebsd-version"
  : >"$t/etc/rc.conf"
  printf '# /etc/crontab\n1,31\t0-5\t*\t*\t*\troot\tadjkerntz -a\n' >"$t/etc/crontab"
  printf '127.0.0.1 localhost\n' >"$t/etc/hosts"
  printf '#!/bin/sh\n' >"$t/etc/rc.d/rtsold"
}

hold() {
  mount -t tmpfs -o mode=755 potkit-var /var
  mkdir -p /var/db/potctl /var/log/pot /var/cache /var/tmp
  ln -s /run /var/run # zfs-fuse's socket
  chmod 1777 /var/tmp
  mount -t tmpfs -o mode=755 potkit-etc /usr/local/etc
  # potctl's local driver writes spec flavours where a pot package keeps them,
  # /usr/local/etc/pot/flavours: that must be the sandboxed pot's etc/pot
  mkdir -p /usr/local/etc/pot
  mount --bind "$dir/pot/etc/pot" /usr/local/etc/pot
  mount -t tmpfs -o mode=755 potkit-share /usr/local/share
  # app-stack mounts the host directory /srv/static
  mount -t tmpfs -o mode=755 potkit-srv /srv
  mkdir -p /srv/static /srv/images # the images sequence exports to /srv/images
  mkdir -p /usr/local/share/freebsd/MANIFESTS
  for r in $releases; do
    local m="/usr/local/share/freebsd/MANIFESTS/amd64-amd64-$r-RELEASE" sha="0"
    if [ -e "$dir/cache/$r-RELEASE_base.txz" ]; then
      sha="$(sha256sum "$dir/cache/$r-RELEASE_base.txz" | cut -d ' ' -f 1)"
    fi
    printf 'base.txz\t%s\t1\tbase\t"Base system"\ton\n' "$sha" >"$m"
  done
  # a /dev like the host's plus /dev/pf (pot tests -c /dev/pf before it flushes its anchors)
  mkdir -p "$dir/dev"
  mount -t tmpfs -o mode=755 potkit-dev "$dir/dev"
  for n in null zero full random urandom tty; do
    touch "$dir/dev/$n"; mount --bind "/dev/$n" "$dir/dev/$n"
  done
  for d in pts shm mqueue; do
    if [ -d "/dev/$d" ]; then mkdir -p "$dir/dev/$d"; mount --rbind "/dev/$d" "$dir/dev/$d"; fi
  done
  ln -s /proc/self/fd "$dir/dev/fd"
  ln -s /proc/self/fd/0 "$dir/dev/stdin"; ln -s /proc/self/fd/1 "$dir/dev/stdout"; ln -s /proc/self/fd/2 "$dir/dev/stderr"
  ln -s pts/ptmx "$dir/dev/ptmx"
  mknod -m 600 "$dir/dev/pf" c 1 3
  mount --move "$dir/dev" /dev
  echo ready
  cat >/dev/null || true
}

teardown() {
  local root
  root="$(cat "$dir/zfs-root" 2>/dev/null || true)"
  # zfs-fuse calls a dataset busy for a moment after the namespace holding its bind mounts ended;
  # a FUSE mount whose connection was aborted cannot be unmounted by zfs at all: try, detach what
  # is at or below DIR, try again, and detach again whatever is left (a settings and a mounts run
  # once ended with DIR's self bind mount still there, so JUnit could not remove DIR)
  destroy_root 3 || { detach_all; destroy_root 6 || echo "teardown: zfs destroy -r -f $root failed" >&2; }
  detach_all
}

destroy_root() {
  local _
  for _ in $(seq "$1"); do
    if [ -z "$root" ] || zfs destroy -r -f "$root" 2>/dev/null; then return 0; fi
    sleep 1
  done
  return 1
}

# the self bind mount can be stacked (a propagated copy on top): detach every layer, deepest first,
# until nothing is at or below DIR
detach_all() {
  local left
  for _ in 1 2 3 4 5 6 7 8 9 10; do
    left="$(awk -v d="$dir" '$2 == d || index($2, d "/") == 1 {print $2}' /proc/self/mounts | sort -r)"
    [ -n "$left" ] || return 0
    while read -r m; do umount -l "$m" 2>/dev/null || umount -l "$m" || true; done <<<"$left"
    sleep 1
  done
  echo "teardown: still mounted below $dir: $left" >&2
}

case "$step" in
  setup) setup "$3" "$4" ;;
  hold) hold ;;
  teardown) teardown ;;
esac
