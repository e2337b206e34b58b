# mk_bench.m4 -- what make bench, bench-kernel and bench-report need.

# MK_BENCH_TOOLS
# --------------
# Google Benchmark (pkg-config, or a plain library check for installs
# without a .pc file), python3 for the report and gnuplot for its plots.
# None is required: the bench targets say what to install.
AC_DEFUN([MK_BENCH_TOOLS],
[mk_have_benchmark=no
AS_VAR_IF([mk_bare_metal], [no],
  [PKG_CHECK_MODULES([BENCHMARK], [benchmark], [mk_have_benchmark=yes],
    [AC_LANG_PUSH([C++])
     mk_save_LIBS=$LIBS
     AC_CHECK_LIB([benchmark], [main],
       [mk_have_benchmark=yes; BENCHMARK_LIBS="-lbenchmark -lpthread"])
     LIBS=$mk_save_LIBS
     AC_LANG_POP([C++])])])
AS_VAR_IF([mk_have_benchmark], [no],
  [AC_MSG_NOTICE([Google Benchmark not found (Debian package libbenchmark-dev): make bench will say so.])
   BENCH_MISSING="Google Benchmark was not found: install libbenchmark-dev (./install-deps does), then run configure again."],
  [MK_CXX17([BENCH_CXXSTD],
     [mk_have_benchmark=no
      BENCH_MISSING="$CXX compiles no C++17, which bench-host.cc is written in: configure with CXX=g++ (GCC 11 or later) or clang++."
      AC_MSG_NOTICE([$BENCH_MISSING])])])
AC_SUBST([BENCH_MISSING])
AM_CONDITIONAL([HAVE_BENCHMARK], [test "x$mk_have_benchmark" = xyes])
# musl's string functions, a SIMD-free competitor: its static C library
# (Debian package musl-dev), whose objects the bench links under other
# names.
AC_ARG_VAR([MUSL_LIBC_A], [musl's static C library, for make bench])
AS_IF([test -z "$MUSL_LIBC_A"],
  [for mk_f in /usr/lib/x86_64-linux-musl/libc.a /usr/lib/musl/lib/libc.a \
               /usr/local/musl/lib/libc.a; do
     AS_IF([test -f "$mk_f"], [MUSL_LIBC_A=$mk_f; break])
   done])
AS_IF([test -z "$MUSL_LIBC_A"],
  [AC_MSG_NOTICE([musl's libc.a not found (Debian package musl-dev): make bench will not compare with musl.])])
AM_CONDITIONAL([HAVE_MUSL], [test -n "$MUSL_LIBC_A"])
AC_PATH_PROG([PYTHON3], [python3])
AC_PATH_PROG([GNUPLOT], [gnuplot])])

# MK_CXX17(VARIABLE, [ACTION-IF-NONE])
# ------------------------------------
# Set VARIABLE to the option the C++ compiler needs for C++17 (empty if
# it is the default, as for GCC 11 and later; Clang before 16 defaults
# to C++14), or run ACTION-IF-NONE.
AC_DEFUN([MK_CXX17],
[AC_CACHE_CHECK([for the option that makes $CXX compile C++17], [mk_cv_cxx17],
  [AC_LANG_PUSH([C++])
   mk_save_CXXFLAGS=$CXXFLAGS
   mk_cv_cxx17=no
   for mk_opt in "none needed" -std=gnu++17 -std=c++17; do
     AS_IF([test "x$mk_opt" != "xnone needed"],
       [CXXFLAGS="$mk_save_CXXFLAGS $mk_opt"])
     dnl Structured bindings and class template argument deduction.
     AC_COMPILE_IFELSE([AC_LANG_PROGRAM([[#include <utility>]],
         [[auto [a, b] = std::pair { 1, 2 }; return a - b + 1;]])],
       [mk_cv_cxx17=$mk_opt; break])
   done
   CXXFLAGS=$mk_save_CXXFLAGS
   AC_LANG_POP([C++])])
AS_CASE([$mk_cv_cxx17],
  [no], [$2],
  ["none needed"], [$1=],
  [$1=$mk_cv_cxx17])
AC_SUBST([$1])])
