#!/bin/bash
# The in-kernel self-test on the real CPU under KVM (ERMS and FSRM on the
# machines here), where /dev/kvm is usable.  Should KVM fail to start,
# qemu-run falls back to TCG and says so in this test's log.
. "$srcdir/tests/kernel-lib.sh"
need_qemu
problem=$("${BASH:-bash}" "$srcdir/kernel/qemu-run" --kvm-problem)
[ -z "$problem" ] || skip "no KVM to test: $problem"
. "$srcdir/tests/kernel-selftest.sh" --accel kvm
finish
