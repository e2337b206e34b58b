# mk_checks.m4 -- optional checking builds: sanitizers and libFuzzer.

# MK_SANITIZERS
# -------------
# --enable-sanitizers builds libmem and its host tests with AddressSanitizer
# and UndefinedBehaviorSanitizer; any report aborts the test.
AC_DEFUN([MK_SANITIZERS],
[AC_ARG_ENABLE([sanitizers],
  [AS_HELP_STRING([--enable-sanitizers],
    [build host code with AddressSanitizer and UndefinedBehaviorSanitizer])],
  [], [enable_sanitizers=no])
SANITIZER_CFLAGS=
AS_VAR_IF([enable_sanitizers], [yes],
  [mk_san="-fsanitize=address,undefined -fno-sanitize-recover=all -fno-omit-frame-pointer"
   AC_MSG_CHECKING([whether $CC can link with $mk_san])
   mk_save_CFLAGS=$CFLAGS
   CFLAGS="$CFLAGS $mk_san"
   AC_LINK_IFELSE([AC_LANG_PROGRAM([], [])],
     [AC_MSG_RESULT([yes]); SANITIZER_CFLAGS=$mk_san],
     [AC_MSG_RESULT([no])
      AC_MSG_ERROR([--enable-sanitizers needs a compiler with ASan and UBSan runtimes
(GCC with libasan and libubsan, or Clang with libclang-rt-14-dev).])])
   CFLAGS=$mk_save_CFLAGS])
AC_SUBST([SANITIZER_CFLAGS])])

# MK_FUZZER
# ---------
# --enable-fuzzer builds tests/fuzz-libmem, a libFuzzer differential target.
AC_DEFUN([MK_FUZZER],
[AC_ARG_ENABLE([fuzzer],
  [AS_HELP_STRING([--enable-fuzzer],
    [build the libFuzzer target (needs CC=clang and libclang-rt-14-dev)])],
  [], [enable_fuzzer=no])
FUZZER_CFLAGS=
AS_VAR_IF([enable_fuzzer], [yes],
  [mk_fuzz="-fsanitize=fuzzer,address,undefined"
   AC_MSG_CHECKING([whether $CC can link a libFuzzer target])
   mk_save_CFLAGS=$CFLAGS
   CFLAGS="$CFLAGS $mk_fuzz"
   AC_LINK_IFELSE([AC_LANG_SOURCE([[
#include <stddef.h>
#include <stdint.h>
int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);
int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{ return (int) (data == NULL && size > 0); }]])],
     [AC_MSG_RESULT([yes]); FUZZER_CFLAGS=$mk_fuzz],
     [AC_MSG_RESULT([no])
      AC_MSG_ERROR([--enable-fuzzer needs Clang with libFuzzer:
configure with CC=clang and install libclang-rt-14-dev.])])
   CFLAGS=$mk_save_CFLAGS])
AC_SUBST([FUZZER_CFLAGS])
AM_CONDITIONAL([FUZZER], [test "x$enable_fuzzer" = xyes])])

# MK_COVERAGE
# -----------
# --enable-coverage instruments libmem and the kernel's portable C for the
# host tests; make coverage runs them and gcovr, which fails the target
# below the line and branch thresholds.
AC_DEFUN([MK_COVERAGE],
[AC_ARG_ENABLE([coverage],
  [AS_HELP_STRING([--enable-coverage],
    [measure test coverage of libmem and kformat (make coverage, needs gcovr)])],
  [], [enable_coverage=no])
COVERAGE_CFLAGS=
AS_VAR_IF([enable_coverage], [yes],
  [COVERAGE_CFLAGS="--coverage"
   # -O0 last in CFLAGS, which comes after the per-target flags: inlined
   # and constant-folded copies would hide which lines really ran.
   CFLAGS="$CFLAGS -O0"
   AC_PATH_PROG([GCOVR], [gcovr])
   AS_IF([test -z "$GCOVR"],
     [AC_MSG_ERROR([--enable-coverage needs gcovr (Debian package gcovr).])])])
AC_SUBST([COVERAGE_CFLAGS])
AM_CONDITIONAL([COVERAGE], [test "x$enable_coverage" = xyes])])
