#!/bin/bash
# A KVM that will not start must not end the boot: qemu-run falls back to
# TCG with a notice.  A stand-in QEMU aborts the way QEMU 7.2 does with
# -cpu host on nested KVM ("failed to set MSR 0x10a"), and runs the real
# QEMU otherwise.  (Where /dev/kvm is unusable, qemu-run falls back before
# trying, with its own notice; the outcome checked is the same.)
. "$srcdir/tests/kernel-lib.sh"
need_qemu
fake=tests/qemu-aborting-on-kvm
fake_qemu "$fake" 'echo "qemu-system-x86_64: error: failed to set MSR 0x10a to 0x69" >&2
    kill -ABRT $$'

notices=tests/$test_name.notices
QEMU=$fake QEMU_FORCE_KVM=1 "${BASH:-bash}" "$srcdir/kernel/qemu-run" \
  --accel kvm --cpu host --kernel "$kernel_elf32" --append "qemu-exit" \
  --serial-log "$serial_log" --timeout "${KERNEL_TEST_TIMEOUT:-120}" 2> "$notices"
status=$?
cat "$notices"
expect_status "$KERNEL_PASSED" "the boot goes on under TCG"
grep -q "falling back to TCG" "$notices" || fail "no notice of the fallback to TCG"
expect_text "Hello World!"
rm -f "$fake" "$notices"
finish
