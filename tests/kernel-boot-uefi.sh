#!/bin/bash
# UEFI boot of the GRUB ISO with OVMF: no VGA text mode exists there, so
# the kernel must say it runs on serial only, and still greet.
. "$srcdir/tests/kernel-lib.sh"
need_qemu
[ -n "${OVMF_CODE:-}" ] || skip "no OVMF firmware (Debian package ovmf)"
need_iso "$kernel_iso"
[ -d "${GRUB_LIBDIR:-/usr/lib/grub}/x86_64-efi" ] ||
  skip "the ISO has no UEFI boot: GRUB's UEFI modules are missing (grub-efi-amd64-bin)"
boot --iso "$kernel_iso" --uefi "$OVMF_CODE" --until "Nothing more to do: halting."
expect_status "$SEEN_AND_HALTED" "the kernel halts and stays halted"
expect_text 'Booted by Multiboot 2 from "GRUB'
expect_text "Console: serial COM1 only: UEFI has no VGA text mode"
expect_text "Hello World!"
finish
