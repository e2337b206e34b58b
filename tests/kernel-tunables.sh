#!/bin/bash
# libmem's tunables on the kernel command line (libmem.KEY=VALUE): good
# ones are applied and shown at boot, a bad one is refused with a message
# and keeps the profile's value, and libmem still passes its self-test,
# whose large fills and copies (64 KiB + 1 and up) then go in pieces of
# 32 KiB and whose compares use repe cmpsb from 64 bytes to 4 KiB only.
. "$srcdir/tests/kernel-lib.sh"
need_qemu
boot --kernel "$kernel_elf32" --cpu Haswell-noTSX \
  --append "libmem.copy_rep_min=300 libmem.alias_guard=5 libmem.nosuch=1 libmem.copy_piece_min=65536 libmem.copy_piece_max=max libmem.set_piece_min=65536 libmem.set_piece_max=max libmem.cmp_rep_min=64 libmem.cmp_rep_max=4096 selftest=quick qemu-exit"
expect_status "$KERNEL_PASSED" "the self-test passes with the tunables applied"
expect_text "libmem: refused on the command line: alias_guard=5: must be 0 or 1; keeping the profile's value"
expect_text "libmem: cpu=GenuineIntel family=0x6 model=0x3c features=ERMS profile=intel-erms+tunables erms=1 alias_guard=0 copy_rep_min=300 "
expect_text " copy_piece_min=65536 copy_piece_max=max "
expect_text " set_piece_min=65536 set_piece_max=max "
expect_text " cmp_rep_min=64 cmp_rep_max=4096"
expect_text "libmem, the tuning in force: ok"
expect_text "SELFTEST PASSED"
finish
