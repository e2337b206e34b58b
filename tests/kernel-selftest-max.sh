#!/bin/bash
# The in-kernel self-test on TCG's "max" CPU model, which has ERMS.
. "$srcdir/tests/kernel-selftest.sh" --cpu max
expect_text ", ERMS yes, "
finish
