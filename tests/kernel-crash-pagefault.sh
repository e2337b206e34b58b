#!/bin/bash
# A write above the mapped 4 GiB: a page-fault report with CR2.
. "$srcdir/tests/kernel-crash.sh" pagefault 'CPU EXCEPTION 14: #PF page fault, error code 0x2' 'write on a not-present page, in kernel mode' 'CR2 0000000100000000' '  RIP '
