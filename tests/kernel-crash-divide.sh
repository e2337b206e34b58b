#!/bin/bash
# Division by zero: a divide-error report.
. "$srcdir/tests/kernel-crash.sh" divide 'CPU EXCEPTION 0: #DE divide error' '  RIP '
