# mk_cross.m4 -- bare-metal cross builds (--host=x86_64-elf).

# MK_BARE_METAL_PREPARE
# ---------------------
# Before AC_PROG_CC: decide whether the host is bare metal, and if so link
# every probe with -nostdlib, which a compiler without a C library can do
# (the linker only warns that it found no _start).
AC_DEFUN([MK_BARE_METAL_PREPARE],
[AC_REQUIRE([AC_CANONICAL_HOST])
AS_CASE([$host_os],
  [elf*|none*], [mk_bare_metal=yes; LDFLAGS="$LDFLAGS -nostdlib"],
  [mk_bare_metal=no])
AM_CONDITIONAL([HOSTED], [test "x$mk_bare_metal" = xno])
AM_CONDITIONAL([BARE_METAL], [test "x$mk_bare_metal" = xyes])])

# MK_BARE_METAL_NOTICE
# --------------------
# After AC_PROG_CC: say which compiler a bare-metal build uses, and find a
# compiler for the build machine to run the host libmem tests with.
AC_DEFUN([MK_BARE_METAL_NOTICE],
[AS_VAR_IF([mk_bare_metal], [yes],
  [mk_target=`$CC -dumpmachine 2>/dev/null`
   AS_CASE([$mk_target], [x86_64*], [],
     [AC_MSG_ERROR([$CC targets '$mk_target', not x86_64: use x86_64-elf-gcc,
CC="clang --target=x86_64-elf", or the system gcc of an x86_64 machine.])])
   AS_CASE([$CC],
     [$host_alias-*|*" --target="*|*" -target "*], [],
     [AC_MSG_NOTICE([no $host_alias-gcc found: building with $CC, the system compiler, which
targets $mk_target.  The kernel flags (-ffreestanding -nostdlib, no red zone,
no SIMD) keep its output freestanding, so this works; a dedicated
$host_alias-gcc or CC="clang --target=$host_alias" is the cleaner choice.])])
   AC_ARG_VAR([CC_FOR_BUILD], [C compiler of the build machine, for the host libmem tests])
   AS_IF([test -z "$CC_FOR_BUILD"], [AC_CHECK_PROGS([CC_FOR_BUILD], [cc gcc clang])])
   AS_IF([test -z "$CC_FOR_BUILD"],
     [AC_MSG_NOTICE([no compiler for the build machine: make check will boot the kernel but cannot run the host libmem tests (set CC_FOR_BUILD).])])])
AC_SUBST([CC_FOR_BUILD])])
