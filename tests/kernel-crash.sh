# kernel-crash.sh -- sourced with a crash test's name as $1 and the report
# lines it must print after it: "crash=$1" must end in that report, a
# panic and the failure exit status, never in a hang or a reset.
. "$srcdir/tests/kernel-lib.sh"
need_qemu
what=$1
shift
boot --kernel "$kernel_elf32" --append "crash=$what qemu-exit" --cpu qemu64
expect_status "$KERNEL_FAILED" "a crash is reported as failure"
expect_text "crash test: $what"
for line in "$@"; do
  expect_text "$line"
done
expect_text "KERNEL PANIC at "
expect_text "System halted."
finish
