#!/bin/bash
# gdb drives the kernel started the way make debug-kernel starts it: QEMU
# halted with its gdb stub, gdb -x kernel/gdbinit in batch mode.  gdb must
# stop at kmain, in kernel/main.c, with entry64 in the backtrace, and the
# kernel must then run to its end.
. "$srcdir/tests/kernel-lib.sh"
need_qemu
debugger=${DEBUGGER:-gdb}
command -v "$debugger" >/dev/null 2>&1 ||
  skip "$debugger not found (Debian package gdb)"
[ -f kernel/gdbinit ] || { echo "kernel/gdbinit missing: run configure"; exit 99; }

# A free port, not the build directory's own: a developer may be
# debugging there while the tests run.
port=$((30000 + $$ % 10000))
while (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; do
  port=$((port + 1))
done

QEMU=$QEMU "${BASH:-bash}" "$srcdir/kernel/qemu-run" --gdb "$port" \
  --kernel "$kernel_elf32" --append "qemu-exit" --serial-log "$serial_log" \
  --timeout 120 &
qemu_pid=$!
# Wait for the stub to listen.
for _ in $(seq 100); do
  (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null && break
  sleep 0.1
done

gdb_log=tests/$test_name.gdb
GDB_PORT=$port timeout 100 "$debugger" -batch -nx -x kernel/gdbinit \
  -ex 'backtrace' -ex 'info source' -ex 'continue' > "$gdb_log" 2>&1
gdb_status=$?
wait "$qemu_pid"
status=$?
echo "--- gdb (exit status $gdb_status) ---"
cat "$gdb_log"
echo "--- serial output ---"
cat "$serial_log"

grep -q "Breakpoint 1, kmain" "$gdb_log" || fail "gdb did not stop at kmain"
grep -q "^#[0-9].* entry64 " "$gdb_log" || grep -q "^#[0-9].*in entry64" "$gdb_log" ||
  fail "the backtrace does not name entry64"
grep -q "^Located in .*/kernel/main\.c$" "$gdb_log" ||
  fail "gdb's source file is not kernel/main.c"
expect_status "$KERNEL_PASSED" "the kernel runs to its end after gdb lets it go"
expect_text "Hello World!"
rm -f "$gdb_log"
finish
