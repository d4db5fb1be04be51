#!/bin/sh
# check ‮ }; rm -rf /srv/data; {
true
