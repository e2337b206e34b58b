#!/bin/bash
# The in-kernel self-test on QEMU's default CPU model, which has neither
# ERMS nor FSRM: libmem must choose its rep movsq strategies.
. "$srcdir/tests/kernel-selftest.sh" --cpu qemu64
expect_text "ERMS no, FSRM no, RDTSCP no"
finish
