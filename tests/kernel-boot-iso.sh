#!/bin/bash
# BIOS boot of the GRUB ISO (Multiboot 2): GRUB's default entry runs the
# kernel, which greets, summarises and then halts for good.
. "$srcdir/tests/kernel-lib.sh"
need_qemu
need_iso "$kernel_iso"
boot --iso "$kernel_iso" --until "Nothing more to do: halting."
expect_status "$SEEN_AND_HALTED" "the kernel halts and stays halted"
expect_text 'Booted by Multiboot 2 from "GRUB'
expect_text "Memory: "
expect_text "Console: VGA text 80x25 and serial COM1"
expect_text "Hello World!"
finish
