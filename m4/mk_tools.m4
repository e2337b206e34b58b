# mk_tools.m4 -- the tools that build boot images and run the kernel.

# MK_BOOT_TOOL(VARIABLE, PROGRAMS, PACKAGE, PURPOSE)
# --------------------------------------------------
# Look for one of PROGRAMS; if none is found, warn with the Debian PACKAGE
# that provides it.  Targets that need it say the same when run.
AC_DEFUN([MK_BOOT_TOOL],
[AC_PATH_PROGS([$1], [$2])
AS_IF([test -z "$$1"],
  [AC_MSG_WARN([$2 not found (Debian package $3): $4 will not work until it is installed and configure is re-run.])
   mk_missing_tools="$mk_missing_tools $3"])
AC_SUBST([$1])])

# MK_BOOT_TOOLS
# -------------
AC_DEFUN([MK_BOOT_TOOLS],
[mk_missing_tools=
MK_BOOT_TOOL([QEMU], [qemu-system-x86_64], [qemu-system-x86],
  [make run-qemu and the kernel boot tests])
MK_BOOT_TOOL([GRUB_MKRESCUE], [grub-mkrescue grub2-mkrescue], [grub-common],
  [make iso])
MK_BOOT_TOOL([GRUB_FILE], [grub-file grub2-file], [grub-common],
  [the multiboot header test])
MK_BOOT_TOOL([XORRISO], [xorriso], [xorriso], [make iso])
MK_BOOT_TOOL([MFORMAT], [mformat], [mtools], [the UEFI part of make iso])

# grub-mkrescue builds for each GRUB platform whose modules are installed.
AC_ARG_VAR([GRUB_LIBDIR], [where GRUB's platform modules live])
: "${GRUB_LIBDIR=/usr/lib/grub}"
AS_IF([test -d "$GRUB_LIBDIR/i386-pc"], [mk_grub_bios=yes],
  [mk_grub_bios=no
   AC_MSG_WARN([GRUB's BIOS modules are missing (Debian package grub-pc-bin): make iso will not work.])
   mk_missing_tools="$mk_missing_tools grub-pc-bin"])
AS_IF([test -d "$GRUB_LIBDIR/x86_64-efi"], [mk_grub_efi=yes],
  [mk_grub_efi=no
   AC_MSG_NOTICE([GRUB's UEFI modules are missing (grub-efi-amd64-bin): the ISO will boot on BIOS only.])])
AC_SUBST([GRUB_LIBDIR])

# UEFI firmware for QEMU, to test the ISO's UEFI path.
AC_ARG_VAR([OVMF_CODE], [UEFI firmware image for QEMU (OVMF_CODE.fd)])
AS_IF([test -z "$OVMF_CODE"],
  [for mk_f in /usr/share/OVMF/OVMF_CODE.fd /usr/share/ovmf/OVMF.fd \
               /usr/share/qemu/OVMF.fd; do
     AS_IF([test -f "$mk_f"], [OVMF_CODE=$mk_f; break])
   done])
AS_IF([test -z "$OVMF_CODE"],
  [AC_MSG_NOTICE([no OVMF firmware (Debian package ovmf): the UEFI boot test will be skipped.])])
AC_SUBST([OVMF_CODE])
AM_CONDITIONAL([HAVE_ISO_TOOLS],
  [test -n "$GRUB_MKRESCUE" && test -n "$XORRISO" && test "x$mk_grub_bios" = xyes])])

# MK_DEBUG_TOOLS
# --------------
# The debugger for make debug-qemu and debug-kernel, and the port of
# QEMU's gdb stub: derived from the build directory's name, so two
# checkouts debugging at once do not collide.
AC_DEFUN([MK_DEBUG_TOOLS],
[AC_ARG_VAR([DEBUGGER], [debugger for make debug-qemu and debug-kernel (gdb)])
AC_PATH_PROGS([DEBUGGER], [gdb gdb-multiarch])
AS_IF([test -z "$DEBUGGER"],
  [AC_MSG_NOTICE([gdb not found (Debian package gdb): make debug-qemu will start QEMU, but there is nothing to attach with.])
   DEBUGGER=gdb])
AC_ARG_VAR([GDB_PORT], [TCP port of QEMU's gdb stub for make debug-*])
AS_IF([test -z "$GDB_PORT"],
  [mk_sum=`pwd | cksum | sed 's/ .*//'`
   GDB_PORT=`expr 20000 + $mk_sum % 20000`])
AC_MSG_CHECKING([the port of QEMU's gdb stub])
AC_MSG_RESULT([$GDB_PORT])
AC_SUBST([GDB_PORT])])
