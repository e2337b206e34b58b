#!/bin/bash
# A boot loader that is not Multiboot: tests/wrong-magic-loader (booted by
# QEMU, with the kernel's flat image as its module) copies the kernel to
# 1 MiB and enters it with a wrong magic in %eax.  kmain must say so
# clearly and halt, without reading the bogus boot information.
. "$srcdir/tests/kernel-lib.sh"
need_qemu
boot --kernel tests/wrong-magic-loader --cpu qemu64 \
  --until "Halted." -- -initrd kernel/minikernel.bin
expect_status "$SEEN_AND_HALTED" "the kernel halts"
expect_text "Wrong boot magic 0x0badf00d"
expect_text "must be started by a Multiboot loader"
reject_text "Hello World!"
finish
