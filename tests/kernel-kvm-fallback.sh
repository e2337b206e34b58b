#!/bin/bash
# A KVM that will not start must not end the boot: qemu-run falls back to
# TCG with a notice, and -cpu host, which TCG cannot run, gives way to
# max.  First a stand-in QEMU aborts the way QEMU 7.2 does with -cpu host
# on nested KVM ("failed to set MSR 0x10a"), and runs the real QEMU
# otherwise; QEMU_FORCE_KVM=1 makes qemu-run try KVM whatever /dev/kvm
# looks like.  Then a /dev/kvm the user may not open (as for a user
# outside the kvm group), where qemu-run falls back before trying.
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
grep -q "QEMU could not start with KVM; falling back to TCG" "$notices" ||
  fail "no notice of the fallback to TCG"
grep -q -- "-cpu host needs KVM; using -cpu max" "$notices" ||
  fail "no notice of the CPU model TCG runs instead of host"
expect_text "Hello World!"

QEMU_RUN_KVM_DEVICE=tests/no-such-kvm-device "${BASH:-bash}" \
  "$srcdir/kernel/qemu-run" \
  --accel kvm --cpu host --kernel "$kernel_elf32" --append "qemu-exit" \
  --serial-log "$serial_log" --timeout "${KERNEL_TEST_TIMEOUT:-120}" 2> "$notices"
status=$?
cat "$notices"
expect_status "$KERNEL_PASSED" "an unusable /dev/kvm: the boot runs under TCG"
grep -q "no-such-kvm-device is not usable here.*falling back to TCG" "$notices" ||
  fail "no notice that the KVM device is not usable"
grep -q -- "-cpu host needs KVM; using -cpu max" "$notices" ||
  fail "an unusable /dev/kvm: no notice of the CPU model TCG runs instead"
expect_text "Hello World!"
rm -f "$fake" "$notices"
finish
