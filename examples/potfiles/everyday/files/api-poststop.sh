#!/bin/sh
# pot set-hook -T: runs on the host after the jail stopped.
logger -t potctl-everyday "api: pot ${_POT_NAME:-api} stopped"
