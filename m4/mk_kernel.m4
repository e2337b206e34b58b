# mk_kernel.m4 -- flags for freestanding (kernel) code.

# MK_KERNEL_CFLAGS
# ----------------
# Set KERNEL_CFLAGS to the flags every freestanding object is built with:
# no hosted assumptions, no red zone (interrupts would clobber it), no SIMD
# or x87 state, no position-independent code, no stack protector (there is
# no __stack_chk_guard).  A compiler missing any of these cannot build the
# kernel, so configure stops and says which flag.
AC_DEFUN([MK_KERNEL_CFLAGS],
[KERNEL_CFLAGS=
for mk_flag in -ffreestanding -fno-stack-protector -fno-pic -mno-red-zone; do
  mk_before=$KERNEL_CFLAGS
  MK_CFLAGS_SUPPORTED([KERNEL_CFLAGS], [$mk_flag])
  AS_IF([test "x$mk_before" = "x$KERNEL_CFLAGS"],
    [AC_MSG_ERROR([$CC does not accept $mk_flag, which freestanding code needs.
Use GCC or Clang targeting x86_64 (for example CC=x86_64-elf-gcc).])])
done
mk_before=$KERNEL_CFLAGS
MK_CFLAGS_SUPPORTED([KERNEL_CFLAGS], [-mgeneral-regs-only])
AS_IF([test "x$mk_before" = "x$KERNEL_CFLAGS"],
  [MK_CFLAGS_SUPPORTED([KERNEL_CFLAGS], [-mno-mmx -mno-sse -mno-sse2 -mno-3dnow dnl
     -mno-avx -mno-80387 -msoft-float])])
# Wanted but not required: plain frames for readable crash reports, no
# unwind tables nobody reads, no CET landing pads nothing checks.
MK_CFLAGS_SUPPORTED([KERNEL_CFLAGS], [-fno-asynchronous-unwind-tables dnl
  -fno-omit-frame-pointer -fcf-protection=none])
AC_SUBST([KERNEL_CFLAGS])])
