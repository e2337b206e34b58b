#!/bin/bash
# Direct boot with QEMU's -kernel (Multiboot 1): the boot summary and the
# seed's greeting on serial, and a clean exit through isa-debug-exit.
. "$srcdir/tests/kernel-lib.sh"
need_qemu
boot --kernel "$kernel_elf32" --append "qemu-exit" --cpu qemu64
expect_status "$KERNEL_PASSED" "the kernel ends with success"
expect_text "minikernel $PACKAGE_VERSION (x86_64)"
expect_text 'Booted by Multiboot 1 from "qemu"'
expect_text 'Command line: "'
expect_text "Memory: 639 KiB lower"
expect_text " available"
expect_text "Console: VGA text 80x25 and serial COM1"
expect_text "CPU: ERMS no, FSRM no"
expect_text "Hello World!"
finish
