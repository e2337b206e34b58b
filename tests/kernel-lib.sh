# kernel-lib.sh -- sourced by the kernel tests: boot minikernel in QEMU,
# headless, with a time limit, and check its exit status and serial log.
#
# Environment (set by make check): srcdir, QEMU, GRUB_FILE, OVMF_CODE,
# KERNEL_TEST_TIMEOUT.

set -u
test_name=$(basename "$0" .sh)
serial_log=tests/$test_name.serial
failures=0
status=

skip () {
  echo "SKIP: $*"
  exit 77
}

need_qemu () {
  [ -n "${QEMU:-}" ] ||
    skip "qemu-system-x86_64 not found (Debian package qemu-system-x86)"
}

# need_iso FILE: skip unless make built the ISO FILE (it needs GRUB's
# tools and BIOS modules).
need_iso () {
  [ -f "$1" ] ||
    skip "no $1: grub-mkrescue, xorriso or GRUB's BIOS modules are missing (./install-deps)"
}

# boot QEMU-RUN-ARGS...: boot with the serial port logged; set $status and
# show the serial output in the test's log.
boot () {
  QEMU=$QEMU "${BASH:-bash}" "$srcdir/kernel/qemu-run" --serial-log "$serial_log" \
    --timeout "${KERNEL_TEST_TIMEOUT:-120}" "$@"
  status=$?
  echo "--- serial output ---"
  cat "$serial_log"
  echo "--- end of serial output (QEMU exit status $status) ---"
}

fail () {
  echo "FAIL: $*"
  failures=$((failures + 1))
}

expect_status () {
  [ "$status" = "$1" ] || fail "QEMU exit status $status, expected $1 ($2)"
}

expect_text () {
  grep -qF -- "$1" "$serial_log" || fail "serial output lacks \"$1\""
}

reject_text () {
  ! grep -qF -- "$1" "$serial_log" || fail "serial output has \"$1\""
}

finish () {
  if [ "$failures" -gt 0 ]; then
    echo "$test_name: $failures check(s) failed"
    exit 1
  fi
  echo "$test_name: all checks passed"
  exit 0
}

# Exit statuses of the kernel's isa-debug-exit reports (kernel/stop.h).
KERNEL_PASSED=33
KERNEL_FAILED=35
# qemu-run's status when --until saw its text and stopped a halted kernel.
SEEN_AND_HALTED=100

# fake_qemu FILE SHELL-CODE: write a stand-in QEMU to FILE that runs
# SHELL-CODE when asked for KVM (-accel kvm) and the real QEMU otherwise,
# to show what qemu-run does when KVM misbehaves.
fake_qemu () {
  cat > "$1" <<FAKE
#!/bin/bash
for arg in "\$@"; do
  if [ "\$arg" = kvm ]; then
    $2
  fi
done
exec "$QEMU" "\$@"
FAKE
  chmod +x "$1"
}

kernel_elf32=kernel/minikernel.elf32
kernel_iso=kernel/minikernel.iso
