# mk_cflags.m4 -- compiler flag probes for minikernel.

# MK_CFLAGS_SUPPORTED(VARIABLE, FLAGS)
# ------------------------------------
# Append to VARIABLE each of FLAGS that the C compiler accepts without a
# warning.  Flags are tried one at a time so one unknown flag does not hide
# the others.
AC_DEFUN([MK_CFLAGS_SUPPORTED],
[for mk_flag in $2; do
  AS_VAR_PUSHDEF([mk_cache], [mk_cv_cflag_$mk_flag])
  AC_CACHE_CHECK([whether $CC accepts $mk_flag], [mk_cache],
    [mk_save_CFLAGS=$CFLAGS
     CFLAGS="$CFLAGS -Werror $mk_flag"
     AC_COMPILE_IFELSE([AC_LANG_PROGRAM([], [])],
       [AS_VAR_SET([mk_cache], [yes])], [AS_VAR_SET([mk_cache], [no])])
     CFLAGS=$mk_save_CFLAGS])
  AS_VAR_IF([mk_cache], [yes], [$1="${$1:+$$1 }$mk_flag"])
  AS_VAR_POPDEF([mk_cache])
done])

# MK_WARN_CFLAGS
# --------------
# Warnings for the project's own C code, in WARN_CFLAGS.  --enable-werror
# turns them into errors (CI does).
AC_DEFUN([MK_WARN_CFLAGS],
[AC_ARG_ENABLE([werror],
  [AS_HELP_STRING([--enable-werror], [treat compiler warnings as errors])],
  [], [enable_werror=no])
MK_CFLAGS_SUPPORTED([WARN_CFLAGS], [-Wall -Wextra -Wshadow -Wstrict-prototypes dnl
  -Wmissing-prototypes -Wpointer-arith -Wcast-align -Wundef -Wvla])
AS_VAR_IF([enable_werror], [yes], [WARN_CFLAGS="$WARN_CFLAGS -Werror"])
AC_SUBST([WARN_CFLAGS])])
