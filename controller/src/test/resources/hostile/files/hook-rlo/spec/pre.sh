#!/bin/sh
# ‮
