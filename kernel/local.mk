## kernel: the multiboot kernel, its boot images and how to run it.

kernel_arch_sources = \
	kernel/arch/x86_64/boot.h \
	kernel/arch/x86_64/multiboot-header.S \
	kernel/arch/x86_64/boot32.S \
	kernel/arch/x86_64/entry64.S \
	kernel/arch/x86_64/isr.S \
	kernel/arch/x86_64/cpu.h \
	kernel/arch/x86_64/cpuinfo.c \
	kernel/arch/x86_64/cpuinfo.h \
	kernel/arch/x86_64/trap.h \
	kernel/arch/x86_64/descriptors.c \
	kernel/arch/x86_64/exceptions.c

# Code with no kernel dependencies; the host tests compile it too.
kernel_portable_sources = \
	kernel/kformat.c kernel/kformat.h \
	kernel/cmdline.c kernel/cmdline.h

kernel_sources = \
	$(kernel_arch_sources) \
	$(kernel_portable_sources) \
	kernel/bench.c \
	kernel/bootinfo.c kernel/bootinfo.h \
	kernel/console.c kernel/console.h \
	kernel/crashtest.c \
	kernel/kernel.h \
	kernel/kprintf.c kernel/kprintf.h \
	kernel/main.c \
	kernel/mem.h \
	kernel/panic.c kernel/panic.h \
	kernel/scratch.c \
	kernel/selftest.c \
	kernel/serial.c kernel/serial.h \
	kernel/stop.c kernel/stop.h \
	kernel/vga.c kernel/vga.h

# The kernel and its images live with the freestanding archive.
kerneldir = $(pkglibdir)
kernel_PROGRAMS = kernel/minikernel.elf
kernel_minikernel_elf_SOURCES = $(kernel_sources)
kernel_minikernel_elf_CPPFLAGS = -I$(top_srcdir)/kernel -I$(top_srcdir)/libmem \
	$(KERNEL_PREFIX_MAP)
kernel_minikernel_elf_CFLAGS = $(WARN_CFLAGS) $(KERNEL_CFLAGS)
# The user's CFLAGS come last on the command line and would win over the
# flags freestanding code cannot do without: Debian's build flags
# (dpkg-buildflags) turn on -fstack-protector-strong, and the kernel has
# no __stack_chk_fail.  So KERNEL_CFLAGS go after them too, in the
# objects of every freestanding program (a GNU make target-specific
# variable; "override" keeps it under make CFLAGS=...).
freestanding_objects = $(kernel_minikernel_elf_OBJECTS) \
	$(libmem_libmem_freestanding_a_OBJECTS) $(tests_test_freestanding_OBJECTS)
$(freestanding_objects): override CFLAGS += $(KERNEL_CFLAGS)
kernel_minikernel_elf_CCASFLAGS = $(KERNEL_CFLAGS)
kernel_minikernel_elf_LDADD = libmem/libmem-freestanding.a
kernel_minikernel_elf_DEPENDENCIES = $(kernel_minikernel_elf_LDADD) \
	$(srcdir)/kernel/kernel.ld
# Linked by the compiler driver directly (not libtool): no C library, no
# start files, no libgcc, our own linker script.
kernel_minikernel_elf_LINK = $(CCLD) $(KERNEL_CFLAGS) $(KERNEL_LDFLAGS) \
	-Wl,-T,$(srcdir)/kernel/kernel.ld -o $@
EXTRA_DIST += kernel/kernel.ld

# QEMU's -kernel loader takes Multiboot 1 images only as 32-bit ELF: the
# same code and headers in an elf32-i386 container.
kernel_DATA = kernel/minikernel.elf32
if HAVE_ISO_TOOLS
kernel_DATA += kernel/minikernel.iso
endif
kernel/minikernel.elf32: kernel/minikernel.elf$(EXEEXT)
	$(AM_V_GEN)$(OBJCOPY) -O elf32-i386 $< $@
CLEANFILES += kernel/minikernel.elf32

# A bootable GRUB rescue ISO: BIOS, plus UEFI when GRUB's UEFI modules are
# installed.  Its menu offers the normal boot, the self-test and the
# benchmark.  make_iso MENU-SED-SCRIPT builds $@ with grub.cfg edited by
# the script (the tests use it to make another entry the default).
EXTRA_DIST += kernel/grub.cfg kernel/qemu-run
make_iso = \
	test -n "$(GRUB_MKRESCUE)" && test -n "$(XORRISO)" || { \
	  echo "make: $@ needs grub-mkrescue and xorriso: install the Debian" >&2; \
	  echo "packages grub-common, grub-pc-bin, xorriso and mtools (./install-deps)," >&2; \
	  echo "then run configure again." >&2; exit 1; }; \
	rm -rf $@.tmp && $(MKDIR_P) $@.tmp/boot/grub && \
	cp kernel/minikernel.elf$(EXEEXT) $@.tmp/boot/minikernel.elf && \
	sed -e "$$menu" $(srcdir)/kernel/grub.cfg > $@.tmp/boot/grub/grub.cfg && \
	$(GRUB_MKRESCUE) -o $@ $@.tmp > $@.log 2>&1 || { cat $@.log >&2; exit 1; }; \
	rm -rf $@.tmp $@.log
#help iso  the GRUB rescue ISO, kernel/minikernel.iso (BIOS, and UEFI where GRUB's modules are)
iso: kernel/minikernel.iso
kernel/minikernel.iso: kernel/minikernel.elf$(EXEEXT) $(srcdir)/kernel/grub.cfg
	$(AM_V_GEN)menu=; $(make_iso)
CLEANFILES += kernel/minikernel.iso
.PHONY: iso

# Booting it.  Override on the command line, e.g.
#   make run-qemu QEMU_ACCEL=kvm QEMU_MEMORY=1G QEMU_FLAGS="-smp 2"
#   make run-kernel KERNEL_CMDLINE=selftest QEMU_DISPLAY=gtk
#help-var QEMU_ACCEL  tcg (default) or kvm, for run-*, debug-* (kvm falls back to tcg where unusable)
#help-var QEMU_CPU  QEMU CPU model, e.g. qemu64, Haswell, EPYC-Milan (default max; host under KVM)
#help-var QEMU_MEMORY  guest RAM (default 256M)
#help-var QEMU_FLAGS  more QEMU options, e.g. "-smp 2"
#help-var QEMU_DISPLAY  a QEMU display, e.g. gtk (default none: serial in the terminal)
#help-var KERNEL_CMDLINE  kernel command line for run-kernel, debug-kernel: selftest, bench, crash=..., qemu-exit
QEMU_ACCEL = tcg
QEMU_CPU =
QEMU_MEMORY = 256M
QEMU_FLAGS =
KERNEL_CMDLINE =
# qemu_command leaves the accelerator and memory to its users, so each
# option is given once (bench-kernel has its own defaults for them).
qemu_command = QEMU='$(QEMU)' $(BASH) $(srcdir)/kernel/qemu-run \
	$(QEMU_CPU:%=--cpu '%')
qemu_run = $(qemu_command) --accel '$(QEMU_ACCEL)' --memory '$(QEMU_MEMORY)'
run_hint = echo "Serial console below; quit QEMU with Ctrl-A X."

#help run-qemu  boot the GRUB ISO in QEMU, serial console in the terminal (quit: Ctrl-A X)
run-qemu: kernel/minikernel.iso
	@$(run_hint)
	$(qemu_run) --iso kernel/minikernel.iso -- $(QEMU_FLAGS)
#help run-kernel  boot the kernel with QEMU's -kernel: quicker, no GRUB; takes KERNEL_CMDLINE
run-kernel: kernel/minikernel.elf32
	@$(run_hint)
	$(qemu_run) --kernel kernel/minikernel.elf32 \
	  --append '$(KERNEL_CMDLINE)' -- $(QEMU_FLAGS)
.PHONY: run-qemu run-kernel

# Their debugging twins: QEMU halted at its first instruction with its gdb
# stub on GDB_PORT (configure chose one for this build directory), and a
# gdb script, kernel/gdbinit, that connects and stops at kmain.
debug_hint = \
	if test '$(GDB_PORT)' = '@GDB_PORT@'; then port=; else port='GDB_PORT=$(GDB_PORT) '; fi; \
	echo "QEMU waits for gdb on localhost:$(GDB_PORT).  Attach from another terminal with:"; \
	echo "  cd $(abs_top_builddir) && $$port$(DEBUGGER) -x kernel/gdbinit"; \
	$(run_hint)
#help debug-qemu  run-qemu halted for gdb: attach with gdb -x kernel/gdbinit
#help debug-kernel  run-kernel halted for gdb: attach with gdb -x kernel/gdbinit
#help-var GDB_PORT  port of QEMU's gdb stub for debug-* (configure picks one per build directory)
#help-var DEBUGGER  the debugger debug-* name in their hint (gdb, gdb-multiarch, ...)
debug-qemu: kernel/minikernel.iso kernel/gdbinit
	@$(debug_hint)
	$(qemu_run) --gdb '$(GDB_PORT)' --iso kernel/minikernel.iso -- $(QEMU_FLAGS)
debug-kernel: kernel/minikernel.elf32 kernel/gdbinit
	@$(debug_hint)
	$(qemu_run) --gdb '$(GDB_PORT)' --kernel kernel/minikernel.elf32 \
	  --append '$(KERNEL_CMDLINE)' -- $(QEMU_FLAGS)
.PHONY: debug-qemu debug-kernel
EXTRA_DIST += kernel/gdbinit.in
DISTCLEANFILES += kernel/gdbinit
