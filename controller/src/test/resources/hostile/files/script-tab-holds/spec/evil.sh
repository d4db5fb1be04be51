#!/bin/sh
if true; then
	echo "café ✓"
fi
