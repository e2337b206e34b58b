#!/bin/bash
# A 32-bit CPU (qemu32 has no long mode): the 32-bit boot code must say so
# on serial and halt, not fault or reset.
. "$srcdir/tests/kernel-lib.sh"
need_qemu
boot --kernel "$kernel_elf32" --append "qemu-exit" --cpu qemu32 \
  --until "it needs an x86_64 CPU"
expect_status "$SEEN_AND_HALTED" "the boot code halts"
expect_text "minikernel: this CPU has no 64-bit long mode"
reject_text "Hello World!"
finish
