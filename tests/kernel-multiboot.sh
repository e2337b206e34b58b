#!/bin/bash
# GRUB accepts both images: the ELF64 as Multiboot 2 (and 1), the
# elf32-i386 copy as Multiboot 1.
. "$srcdir/tests/kernel-lib.sh"
[ -n "${GRUB_FILE:-}" ] || skip "grub-file not found (Debian package grub-common)"
"$GRUB_FILE" --is-x86-multiboot2 kernel/minikernel.elf ||
  fail "minikernel.elf is not a Multiboot 2 image"
"$GRUB_FILE" --is-x86-multiboot kernel/minikernel.elf ||
  fail "minikernel.elf is not a Multiboot 1 image"
"$GRUB_FILE" --is-x86-multiboot kernel/minikernel.elf32 ||
  fail "minikernel.elf32 is not a Multiboot 1 image"
finish
