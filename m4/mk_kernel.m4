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
# unwind tables nobody reads, no CET landing pads nothing checks, null
# dereferences kept as loads (page 0 is unmapped on purpose), and no
# link-time optimisation, since the kernel's link takes neither CFLAGS
# nor LDFLAGS, and the calls to memcpy and friends that the compiler
# emits at link time could not be resolved from LTO code in
# libmem-freestanding.a.  And the baseline instruction set, so that
# the kernel boots on every x86_64 (the oldest models tested are
# Opteron_G1 and qemu64) whatever -march the user's CFLAGS give the host
# programs: -march=x86-64-v3 put a BMI2 shrx in the CPUID decoding,
# an invalid opcode on qemu64.
MK_CFLAGS_SUPPORTED([KERNEL_CFLAGS], [-fno-asynchronous-unwind-tables dnl
  -fno-omit-frame-pointer -fcf-protection=none -fno-delete-null-pointer-checks dnl
  -fno-lto -march=x86-64])
AC_SUBST([KERNEL_CFLAGS])
# Panic messages name source files relative to the source tree, not to
# wherever the build ran.
KERNEL_PREFIX_MAP=
MK_CFLAGS_SUPPORTED([KERNEL_PREFIX_MAP], [-fmacro-prefix-map=/dir/=])
AS_IF([test -n "$KERNEL_PREFIX_MAP"],
  [KERNEL_PREFIX_MAP='-fmacro-prefix-map=$(top_srcdir)/='])
AC_SUBST([KERNEL_PREFIX_MAP])])

# MK_KERNEL_LDFLAGS
# -----------------
# Set KERNEL_LDFLAGS for linking the kernel: no C library, start files or
# libgcc, a static non-PIE image, 4 KiB segment alignment (the default
# 2 MiB would push the multiboot headers past the first 8 KiB of the
# file), no build-id note to place, and a stack that is not executable
# said to the linker outright: a bare-metal gcc emits no .note.GNU-stack
# for C files, and binutils 2.39+ then warns that the stack is executable
# (the kernel's segments come from the linker script's PHDRS anyway).
AC_DEFUN([MK_KERNEL_LDFLAGS],
[KERNEL_LDFLAGS="-nostdlib -static"
MK_LDFLAGS_SUPPORTED([KERNEL_LDFLAGS], [-no-pie -Wl,-z,max-page-size=0x1000 dnl
  -Wl,--build-id=none -Wl,-z,noexecstack])
AC_SUBST([KERNEL_LDFLAGS])
AC_CHECK_TOOL([OBJCOPY], [objcopy])
AS_IF([test -z "$OBJCOPY"],
  [AC_CHECK_PROGS([OBJCOPY], [llvm-objcopy llvm-objcopy-14])])
AS_IF([test -z "$OBJCOPY"],
  [AC_MSG_ERROR([objcopy not found: install binutils (or llvm for llvm-objcopy).])])])

# MK_LDFLAGS_SUPPORTED(VARIABLE, FLAGS)
# -------------------------------------
# Append to VARIABLE each of FLAGS with which a freestanding object links.
AC_DEFUN([MK_LDFLAGS_SUPPORTED],
[for mk_flag in $2; do
  AS_VAR_PUSHDEF([mk_cache], [mk_cv_ldflag_$mk_flag])
  AC_CACHE_CHECK([whether the linker accepts $mk_flag], [mk_cache],
    [mk_save_CFLAGS=$CFLAGS
     mk_save_LDFLAGS=$LDFLAGS
     CFLAGS="$CFLAGS $KERNEL_CFLAGS"
     LDFLAGS="$LDFLAGS -nostdlib -static -Werror $mk_flag"
     AC_LINK_IFELSE([AC_LANG_SOURCE([[void _start (void); void _start (void) { for (;;) ; }]])],
       [AS_VAR_SET([mk_cache], [yes])], [AS_VAR_SET([mk_cache], [no])])
     CFLAGS=$mk_save_CFLAGS
     LDFLAGS=$mk_save_LDFLAGS])
  AS_VAR_IF([mk_cache], [yes], [$1="$$1 $mk_flag"])
  AS_VAR_POPDEF([mk_cache])
done])
