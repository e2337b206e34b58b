#!/bin/bash
# The kernel is self-contained: nm -u lists nothing (no libc, no libgcc,
# every intrinsic from libmem), and the freestanding test program's object
# really needs the four intrinsics it is meant to exercise.
. "$srcdir/tests/kernel-lib.sh"
NM=${NM:-nm}
undefined=$($NM -u kernel/minikernel.elf) || fail "$NM failed"
[ -z "$undefined" ] || fail "undefined symbols in the kernel: $undefined"

# A bare-metal cross build has no host test programs.
object=tests/test_freestanding-test-freestanding.o
if [ -f "$object" ]; then
  calls=$($NM -u "$object") || fail "$NM failed"
  for f in memcpy memmove memset memcmp; do
    grep -qw "$f" <<< "$calls" ||
      fail "the compiler no longer emits a call to $f in test-freestanding.c"
  done
fi
finish
