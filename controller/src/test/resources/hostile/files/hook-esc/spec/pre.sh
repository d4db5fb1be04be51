#!/bin/sh
# ]0;pwned
