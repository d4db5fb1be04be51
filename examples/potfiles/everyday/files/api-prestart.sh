#!/bin/sh
# pot set-hook -s: runs on the host before the jail starts (pot start), with
# the pot's settings in the environment (pot info -E).
logger -t potctl-everyday "api: starting pot ${_POT_NAME:-api}"
