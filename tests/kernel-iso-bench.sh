#!/bin/bash
# The GRUB menu's benchmark entry under QEMU's default CPU model, qemu64,
# which has no RDTSCP: the benchmark must pick another clock, finish, and
# say that TCG's cycles do not describe a processor.
. "$srcdir/tests/kernel-lib.sh"
need_qemu
need_iso tests/bench.iso
boot --iso tests/bench.iso --cpu qemu64
expect_status "$KERNEL_PASSED" "the benchmark finishes"
expect_text 'Command line: "bench qemu-exit"'
expect_text "RDTSCP no"
expect_text " clock=mfence+rdtsc "
expect_text " hardware=no "
expect_text "bench: these figures do not describe the hardware: QEMU TCG"
expect_text "BENCH fn=memcpy impl=libmem size=4194304 "
expect_text "BENCH-END"
reject_text "CPU EXCEPTION"
finish
