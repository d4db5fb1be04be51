#!/bin/sh
true
ab; ⁦x
