#!/bin/bash
# The GRUB menu's self-test entry (Multiboot 2, the memory map from GRUB's
# tags for the large cases), from an ISO where it is the default.
. "$srcdir/tests/kernel-lib.sh"
need_qemu
need_iso tests/selftest.iso
boot --iso tests/selftest.iso --cpu max
expect_status "$KERNEL_PASSED" "the self-test passes"
expect_text 'Booted by Multiboot 2 from "GRUB'
expect_text 'Command line: "selftest qemu-exit"'
expect_text "SELFTEST PASSED"
reject_text "FAIL"
reject_text "large sizes skipped"
finish
