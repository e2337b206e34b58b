#!/bin/bash
# When KVM stops the guest with an internal error (kvm-pvm does at an
# instruction it cannot emulate), QEMU prints a register dump and waits
# for ever.  qemu-run must notice, stop QEMU and say what happened, long
# before its time limit.  A stand-in QEMU behaves that way under KVM.
. "$srcdir/tests/kernel-lib.sh"
need_qemu
fake=tests/qemu-kvm-internal-error
fake_qemu "$fake" 'echo $$ > tests/qemu-kvm-internal-error.pid
    echo "KVM internal error. Suberror: 1" >&2
    echo "emulation failure" >&2
    echo "RAX=0000000000000000 RBX=0000000000000000" >&2
    exec sleep 600'

notices=tests/$test_name.notices
started=$SECONDS
QEMU=$fake QEMU_FORCE_KVM=1 "${BASH:-bash}" "$srcdir/kernel/qemu-run" \
  --accel kvm --kernel "$kernel_elf32" --append "qemu-exit" \
  --serial-log "$serial_log" --timeout 120 2> "$notices"
status=$?
elapsed=$((SECONDS - started))
cat "$notices"
expect_status 101 "qemu-run's status for a KVM internal error"
grep -q "KVM could not run the guest" "$notices" ||
  fail "no message about the KVM internal error"
[ "$elapsed" -lt 30 ] ||
  fail "qemu-run took ${elapsed}s to notice (its time limit was 120s)"
pid=$(cat "$fake.pid")
if kill -0 "$pid" 2>/dev/null; then
  fail "the stand-in QEMU is still running"
  kill "$pid"
fi
rm -f "$fake" "$fake.pid" "$notices"
finish
