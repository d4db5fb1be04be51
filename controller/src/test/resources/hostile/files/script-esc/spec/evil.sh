#!/bin/sh
echo "[2Jdone"
