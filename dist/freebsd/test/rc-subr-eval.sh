#!/bin/sh
# Evaluates the port's rc.d scripts (dist/freebsd/port/sysutils/potctl/files/potctl_watch.in, and
# potctl_boot.in at the end, with
# %%PREFIX%% made /usr/local as USE_RC_SUBR does) the way FreeBSD's rc.subr(8) does, on any
# POSIX machine:
# a minimal stand-in for /etc/rc.subr (load_rc_config, checkyesno, err, check_pidfile and
# run_rc_command start/status/stop, written after libexec/rc/rc.subr's documented behaviour:
# ${name}_program overrides command, rc_flags comes from ${name}_flags and may be changed by
# the precmd, start builds _doit="${_env:+env $_env }$command $rc_flags $command_args" after the
# precmd and evals it, the pid is read from $pidfile and must belong to a process whose first
# word is $procname, its basename, or basename followed by ':'), daemon(8) replaced by a
# recorder that writes its argv and supervises the child as daemon -P/-p would, and potctl
# replaced by a recorder that waits for SIGTERM.
# Checked against libexec/rc/rc.subr of freebsd-src (main, 2026): start's _doit there is
# "${_cd}limits -C $_login_class $_limits ${_fib:+setfib -F $_fib }${_env:+env $_env }$_cpusetcmd
# $command $rc_flags $command_args", run by _run_rc_doit's eval; the stand-in builds the same
# string, with limits(1) a recorder that checks "-C daemon" and runs the rest. Not emulated (unset
# for this service): chroot, user, nice, fib, cpuset, umask, service jails, rc_fast/force/one
# prefixes, required_*; stop's wait_for_pids is a kill -0 loop; check_pidfile's jail id match is
# left out (no jails here).
# Exit 0 when every case passes; prints what failed otherwise.
set -eu

here=$(cd "$(dirname "$0")" && pwd -P)
script="$here/../port/sysutils/potctl/files/potctl_watch.in"
tmp=$(mktemp -d "${TMPDIR:-/tmp}/potctl-rc.XXXXXX")
trap 'rm -rf "$tmp"' EXIT
failures=0

fail() {
  echo "FAIL: $*" >&2
  failures=$((failures + 1))
}

mkdir -p "$tmp/bin"

# --- the rc.subr stand-in ----------------------------------------------------------------
cat >"$tmp/rc.subr" <<'SUBR'
# shellcheck shell=sh disable=SC2034
load_rc_config() { if [ -r "$RC_CONF" ]; then . "$RC_CONF"; fi; }
err() { _code=$1; shift; echo "$0: ERROR: $*" >&2; exit "$_code"; }
warn() { echo "$0: WARNING: $*" >&2; }
checkyesno() {
  eval "_value=\${$1}"
  case $_value in
  [Yy][Ee][Ss]|[Tt][Rr][Uu][Ee]|[Oo][Nn]|1) return 0 ;;
  *) return 1 ;;
  esac
}
check_pidfile() {
  [ -f "$1" ] || return 0
  read -r _pid _junk <"$1" || true
  [ -n "$_pid" ] || return 0
  _first=$(ps -o args= -p "$_pid" 2>/dev/null | awk '{print $1}')
  _bn=${2##*/}
  case "$_first" in
  "$2"|"$_bn"|"$_bn:"|"($_bn)"|"[$_bn]") echo "$_pid" ;;
  esac
}
run_rc_command() {
  rc_arg=$1
  eval "_override=\${${name}_program:-}"
  command=${_override:-$command}
  _procname=${procname:-$command}
  if [ -n "${flags:-}" ]; then rc_flags=$flags; else eval "rc_flags=\${${name}_flags:-}"; fi
  eval "_env=\${${name}_env:-}"
  rc_pid=$(check_pidfile "$pidfile" "$_procname")
  eval "_precmd=\${${rc_arg}_precmd:-}"
  eval "_cmd=\${${rc_arg}_cmd:-}"
  if [ -n "$_cmd" ]; then # a script's own start_cmd/stop_cmd, run instead of the default
    if ! checkyesno "$rcvar"; then echo "Cannot '$rc_arg' $name. Set $rcvar to YES."; return 0; fi
    if [ -n "$_precmd" ]; then eval "$_precmd" || return 1; fi
    eval "$_cmd"
    return
  fi
  case "$rc_arg" in
  start)
    if [ -n "$rc_pid" ]; then echo "${name} already running? (pid=$rc_pid)." >&2; return 1; fi
    if ! checkyesno "$rcvar"; then echo "Cannot 'start' $name. Set $rcvar to YES."; return 0; fi
    [ -x "$command" ] || { warn "run_rc_command: cannot run $command"; return 1; }
    if [ -n "$_precmd" ]; then eval "$_precmd" || return 1; fi
    echo "Starting ${name}."
    eval "_login_class=\${${name}_login_class:-daemon} _limits=\${${name}_limits:-}"
    _doit="limits -C $_login_class $_limits ${_env:+env $_env }$command $rc_flags $command_args"
    eval "$_doit"
    ;;
  status)
    if [ -n "$rc_pid" ]; then echo "${name} is running as pid $rc_pid."; else echo "${name} is not running."; return 1; fi
    ;;
  stop)
    if [ -z "$rc_pid" ]; then echo "${name} not running? (check $pidfile)." >&2; return 1; fi
    echo "Stopping ${name}."
    kill -TERM "$rc_pid"
    while kill -0 "$rc_pid" 2>/dev/null; do sleep 0.1; done
    ;;
  *) echo "unknown directive $rc_arg" >&2; return 1 ;;
  esac
}
SUBR

# --- daemon(8) recorder ------------------------------------------------------------------
cat >"$tmp/bin/daemon" <<'DAEMON'
#!/bin/bash
# Records its argv (one per line), then detaches a supervisor titled "daemon: …" like daemon(8).
set -eu
dir=$(dirname "$0")/..
printf '%s\n' "$@" >"$dir/daemon.argv"
P="" p="" o="" t="daemon"
while [ $# -gt 0 ]; do
  case "$1" in
  -P) P=$2; shift 2 ;;
  -p) p=$2; shift 2 ;;
  -o) o=$2; shift 2 ;;
  -t) t=$2; shift 2 ;;
  -R) shift 2 ;;
  -r|-H|-f|-S) shift ;;
  -*) echo "daemon: unexpected option $1" >&2; exit 64 ;;
  *) break ;;
  esac
done
[ $# -gt 0 ] || { echo "daemon: no program" >&2; exit 64; }
[ -x "$1" ] || { echo "daemon: $1 is not executable" >&2; exit 69; }
(exec -a "daemon:" bash "$dir/bin/supervise" "$P" "$p" "$o" "$t" "$@" </dev/null >/dev/null 2>&1 &)
for _ in $(seq 50); do [ -s "$P" ] && [ -s "$p" ] && exit 0; sleep 0.1; done
echo "daemon: supervisor did not start" >&2
exit 1
DAEMON

cat >"$tmp/bin/supervise" <<'SUP'
#!/bin/bash
P=$1 p=$2 o=$3; shift 4
"$@" >>"$o" 2>&1 &
child=$!
echo "$child" >"$p"
echo "$$" >"$P"
trap 'kill -TERM "$child"; wait "$child"; rm -f "$P" "$p"; exit 0' TERM
wait "$child"
SUP

# --- potctl recorder ---------------------------------------------------------------------
cat >"$tmp/bin/potctl" <<'POTCTL'
#!/bin/bash
dir=$(dirname "$0")/..
printf '%s\n' "$@" >"$dir/potctl.argv"
echo "JAVA_OPTS=${JAVA_OPTS:-}" >"$dir/potctl.env"
trap 'echo terminated >"$dir/potctl.signal"; exit 0' TERM
while :; do sleep 0.1; done
POTCTL
# --- limits(1) recorder: rc.subr runs every start under "limits -C CLASS" ---------------------
cat >"$tmp/bin/limits" <<'LIMITS'
#!/bin/sh
[ "$1" = -C ] && [ "$2" = daemon ] || { echo "limits: expected -C daemon, got $*" >&2; exit 64; }
shift 2
exec "$@"
LIMITS
chmod +x "$tmp/bin/daemon" "$tmp/bin/supervise" "$tmp/bin/potctl" "$tmp/bin/limits"

# The script under test, with only its two absolute system paths moved into the sandbox.
mkdir -p "$tmp/run" "$tmp/log"
sed -e "s|^\. /etc/rc.subr$|. $tmp/rc.subr|" -e "s|/var/run/|$tmp/run/|g" -e "s|%%PREFIX%%|/usr/local|g" \
  "$script" >"$tmp/potctl_watch"
if grep -n '%%' "$tmp/potctl_watch"; then fail "a %%...%% left after USE_RC_SUBR's substitution"; fi
chmod +x "$tmp/potctl_watch"

# timeout: a start that runs the watcher in the foreground (command_args split over two lines)
# must fail, not hang.
rc() { PATH="$tmp/bin:$PATH" RC_CONF="$tmp/rc.conf" timeout 20 sh "$tmp/potctl_watch" "$1"; }

conf() {
  cat >"$tmp/rc.conf" <<CONF
potctl_watch_enable=YES
potctl_watch_program="$tmp/bin/daemon"
potctl_watch_potctl="$tmp/bin/potctl"
potctl_watch_workdir="$tmp/work"
potctl_watch_logfile="$tmp/log/potctl_watch.log"
potctl_watch_env="JAVA_OPTS=-Xmx256m"
potctl_watch_flags="$1"
CONF
  rm -f "$tmp/daemon.argv" "$tmp/potctl.argv" "$tmp/potctl.signal" "$tmp/potctl.env"
}

expect_lines() { # file, expected lines...
  f=$1
  shift
  got=$(cat "$f" 2>/dev/null || echo "<no $f>")
  want=$(printf '%s\n' "$@")
  [ "$got" = "$want" ] || fail "$(basename "$f"): got [$(echo "$got" | tr '\n' ' ')] want [$(echo "$want" | tr '\n' ' ')]"
}

full_cycle() { # flags, expected potctl argv...
  flags=$1
  shift
  conf "$flags"
  out=$(rc start 2>&1) || fail "start with '$flags' failed: $out"
  expect_lines "$tmp/daemon.argv" -P "$tmp/run/potctl_watch.pid" -p "$tmp/run/potctl_watch.child.pid" \
    -r -R 10 -H -o "$tmp/log/potctl_watch.log" -t potctl_watch "$tmp/bin/potctl" "$@"
  for _ in $(seq 50); do [ -s "$tmp/potctl.argv" ] && break; sleep 0.1; done
  expect_lines "$tmp/potctl.argv" "$@"
  expect_lines "$tmp/potctl.env" "JAVA_OPTS=-Xmx256m"
  sup=$(cat "$tmp/run/potctl_watch.pid" 2>/dev/null || echo none)
  child=$(cat "$tmp/run/potctl_watch.child.pid" 2>/dev/null || echo none)
  out=$(rc status 2>&1) || fail "status after start: $out"
  [ "$out" = "potctl_watch is running as pid $sup." ] || fail "status said: $out"
  out=$(rc start 2>&1) && fail "a second start succeeded: $out"
  out=$(rc stop 2>&1) || fail "stop failed: $out"
  kill -0 "$sup" 2>/dev/null && fail "supervisor $sup still runs after stop"
  for _ in $(seq 50); do kill -0 "$child" 2>/dev/null || break; sleep 0.1; done
  kill -0 "$child" 2>/dev/null && { fail "watcher $child still runs after stop"; kill "$child"; }
  expect_lines "$tmp/potctl.signal" terminated
  out=$(rc status 2>&1) && fail "status after stop succeeded: $out"
  [ "$out" = "potctl_watch is not running." ] || fail "status after stop said: $out"
}

refused() { # flags
  conf "$1"
  out=$(rc start 2>&1) && fail "start with '$1' succeeded"
  case "$out" in *"set potctl_watch_flags"*) ;; *) fail "start with '$1' said: $out" ;; esac
  [ -e "$tmp/daemon.argv" ] && fail "daemon ran for flags '$1'"
  return 0
}

full_cycle "--repo https://git.example.org/ops/specs.git --branch main" \
  watch --work-dir "$tmp/work" --repo https://git.example.org/ops/specs.git --branch main
full_cycle "--repo=https://git.example.org/ops/specs.git --path=envs/prod" \
  watch --work-dir "$tmp/work" --repo=https://git.example.org/ops/specs.git --path=envs/prod
full_cycle "--dir /srv/specs --work-dir=/tmp/elsewhere" watch --dir /srv/specs --work-dir=/tmp/elsewhere
full_cycle "--dir=/srv/specs --work-dir /tmp/elsewhere" watch --dir=/srv/specs --work-dir /tmp/elsewhere
refused ""
refused "--branch main --repository-like x"
refused "--repofile x"

# A stale pid file naming a process that is not daemon(8) is not "running".
conf "--dir /srv/specs"
sleep 30 &
other=$!
echo "$other" >"$tmp/run/potctl_watch.pid"
out=$(rc status 2>&1) && fail "status with a stale pid file succeeded: $out"
kill "$other" 2>/dev/null || true
rm -f "$tmp/run/potctl_watch.pid"

# --- the boot check's script (potctl_boot.in): its own start_cmd, run once at boot -----------
cat >"$tmp/bin/potctl-once" <<'ONCE'
#!/bin/sh
dir=$(dirname "$0")/..
printf '%s\n' "$@" >"$dir/potctl.argv"
echo "JAVA_OPTS=${JAVA_OPTS:-}" >"$dir/potctl.env"
exit "${POTCTL_EXIT:-0}"
ONCE
chmod +x "$tmp/bin/potctl-once"
sed -e "s|^\. /etc/rc.subr$|. $tmp/rc.subr|" -e "s|%%PREFIX%%|/usr/local|g" \
  "$here/../port/sysutils/potctl/files/potctl_boot.in" >"$tmp/potctl_boot"
if grep -n '%%' "$tmp/potctl_boot"; then fail "potctl_boot: a %%...%% left"; fi
boot() { # directive, rc.conf lines...
  directive=$1
  shift
  printf '%s\n' "potctl_boot_potctl=\"$tmp/bin/potctl-once\"" "$@" >"$tmp/rc.conf"
  rm -f "$tmp/potctl.argv" "$tmp/potctl.env"
  PATH="$tmp/bin:$PATH" RC_CONF="$tmp/rc.conf" timeout 20 sh "$tmp/potctl_boot" "$directive" 2>&1
}
grep -q '^# BEFORE: pot_early pot$' "$tmp/potctl_boot" || fail "potctl_boot does not run before pot_early and pot"
grep -q '^# REQUIRE: FILESYSTEMS ldconfig$' "$tmp/potctl_boot" ||
  fail "potctl_boot does not wait for the file systems (pots, /usr/local) and ldconfig"
out=$(boot start) || fail "boot start failed: $out"
case "$out" in *"potctl boot-check"*) ;; *) fail "boot start said: $out" ;; esac
expect_lines "$tmp/potctl.argv" boot-check --yes
expect_lines "$tmp/potctl.env" "JAVA_OPTS="
out=$(boot start 'potctl_boot_flags="--lock-timeout 30s"' 'potctl_boot_env="JAVA_OPTS=-Xmx256m"') ||
  fail "boot start with flags failed: $out"
expect_lines "$tmp/potctl.argv" boot-check --yes --lock-timeout 30s
expect_lines "$tmp/potctl.env" "JAVA_OPTS=-Xmx256m"
out=$(boot start 'potctl_boot_enable="NO"') || fail "disabled boot start failed: $out"
[ -e "$tmp/potctl.argv" ] && fail "potctl ran with potctl_boot_enable=NO"
out=$(POTCTL_EXIT=3 boot start) || fail "a failed boot-check failed the boot: $out"
case "$out" in *"potctl boot-check failed (exit 3)"*) ;; *) fail "failed boot-check said: $out" ;; esac
out=$(boot stop) || fail "boot stop failed: $out"
[ -e "$tmp/potctl.argv" ] && fail "potctl ran at stop"

if [ "$failures" -gt 0 ]; then
  echo "rc-subr-eval: $failures failure(s)" >&2
  exit 1
fi
echo "rc-subr-eval: all cases passed"
