#!/bin/bash
# A null-pointer read: page 0 is unmapped, and the report says why.
. "$srcdir/tests/kernel-crash.sh" null 'CPU EXCEPTION 14: #PF page fault' 'CR2 0000000000000000' 'null pointer dereference'
