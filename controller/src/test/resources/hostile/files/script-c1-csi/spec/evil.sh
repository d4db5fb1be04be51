#!/bin/sh
echo 2J
