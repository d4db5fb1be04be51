#!/bin/sh
echo é​
