#!/bin/sh
# Bootstrap for the unbound flavour; pot runs it inside the pot with the pot name as $1.
set -eu
ASSUME_ALWAYS_YES=yes pkg install unbound
sysrc unbound_enable=YES
