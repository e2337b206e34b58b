#!/bin/bash
# The in-kernel self-test on the real CPU under KVM (ERMS and FSRM on the
# machines here), where /dev/kvm is usable.  Should KVM fail to start,
# qemu-run falls back to TCG and says so in this test's log.
. "$srcdir/tests/kernel-lib.sh"
need_qemu
[ -r /dev/kvm ] && [ -w /dev/kvm ] || skip "/dev/kvm is not usable on this machine"
# The quick self-test: see check-kvm in tests/local.mk for why.
selftest=selftest=quick
. "$srcdir/tests/kernel-selftest.sh" --accel kvm
finish
