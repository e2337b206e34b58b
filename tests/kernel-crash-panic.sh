#!/bin/bash
# kpanic: file, line and message on serial.
. "$srcdir/tests/kernel-crash.sh" panic 'crashtest.c:' 'deliberate panic (crash=panic on the command line)'
