#!/bin/sh
mv /mnt /mnt.old && ln -s /etc /mnt
