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

# Boot with --accel kvm --cpu host, with the VAR=value settings after
# WHAT and NOTICE in qemu-run's environment; expect the boot to go on
# under TCG, NOTICE (a grep pattern) and the notice of the CPU model
# TCG runs instead.  WHAT names the case in failures.
boot_expecting_tcg () {
  local what=$1 notice=$2
  shift 2
  env "$@" "${BASH:-bash}" "$srcdir/kernel/qemu-run" \
    --accel kvm --cpu host --kernel "$kernel_elf32" --append "qemu-exit" \
    --serial-log "$serial_log" --timeout "${KERNEL_TEST_TIMEOUT:-120}" \
    2> "$notices"
  status=$?
  cat "$notices"
  expect_status "$KERNEL_PASSED" "$what: the boot goes on under TCG"
  grep -q -- "$notice" "$notices" || fail "$what: no notice \"$notice\""
  grep -q -- "-cpu host needs KVM; using -cpu max" "$notices" ||
    fail "$what: no notice of the CPU model TCG runs instead of host"
  expect_text "Hello World!"
}

boot_expecting_tcg "KVM aborts" \
  "QEMU could not start with KVM; falling back to TCG" \
  QEMU="$fake" QEMU_FORCE_KVM=1
boot_expecting_tcg "an unusable /dev/kvm" \
  "no-such-kvm-device is not usable here.*falling back to TCG" \
  QEMU_RUN_KVM_DEVICE=tests/no-such-kvm-device
rm -f "$fake" "$notices"
finish
