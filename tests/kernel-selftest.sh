# kernel-selftest.sh -- sourced with qemu-run options (the CPU model) as
# arguments: the in-kernel self-test (libmem under every tuning variant,
# kformat) must pass.
. "$srcdir/tests/kernel-lib.sh"
need_qemu
boot --kernel "$kernel_elf32" --append "selftest qemu-exit" "$@"
expect_status "$KERNEL_PASSED" "the self-test passes"
expect_text "SELFTEST PASSED"
reject_text "FAIL"
expect_text "libmem, the tuning in force: ok"
for profile in amd-zen5 amd-zen3 amd-zen1 intel-fsrm intel-erms generic-erms no-erms; do
  expect_text "libmem, $profile: ok"
done
expect_text "libmem, register loops only: ok"
expect_text "kformat: ok"
