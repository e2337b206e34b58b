#!/bin/bash
# Direct boot with QEMU's -kernel (Multiboot 1): the boot summary and the
# seed's greeting on serial, and a clean exit through isa-debug-exit.
# The command line is longer than the 255 bytes the kernel once kept, with
# qemu-exit at its end: the exit proves the whole line was read.
. "$srcdir/tests/kernel-lib.sh"
need_qemu
padding=$(printf 'filler%02d ' $(seq 1 40))
boot --kernel "$kernel_elf32" --append "${padding}qemu-exit" --cpu qemu64
expect_status "$KERNEL_PASSED" "the kernel ends with success"
expect_text "minikernel $PACKAGE_VERSION (x86_64)"
expect_text 'Booted by Multiboot 1 from "qemu"'
expect_text 'Command line: "'
expect_text "Memory: 639 KiB lower"
expect_text " available"
expect_text "Console: VGA text 80x25 and serial COM1"
expect_text "(AuthenticAMD family 0xf model 0x6b), ERMS no, FSRM no, RDTSCP no"
expect_text "filler40 qemu-exit\""
reject_text "Command line truncated"
expect_text "libmem: cpu=AuthenticAMD family=0xf model=0x6b features=none profile=no-erms erms=0 "
expect_text "Hello World!"
finish
