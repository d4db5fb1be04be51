# shellcheck shell=bash
# Sourced by every stand-in of the real-pot kit (docs/real-pot.md): where the sandbox keeps the
# state pot reads back, and a log of every call (for failures).
: "${POTKIT:?the real-pot kit runs its stand-ins with POTKIT set}"
KIT_STATE="$POTKIT/state"
mkdir -p "$KIT_STATE"
kit_log() { printf '%s\n' "$*" >>"$KIT_STATE/calls.log"; }
kit_log "$(basename "$0") $*"
