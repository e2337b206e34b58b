## tests: libmem's host tests and the freestanding test program.

# A broken libmem can send a test into an endless loop: cap each test's CPU
# time so it dies with SIGXCPU instead of hanging the suite.
TEST_CPU_SECONDS = 600
AM_TESTS_ENVIRONMENT = LM_TEST_SAMPLE='$(LM_TEST_SAMPLE)'; export LM_TEST_SAMPLE; \
	ulimit -t $(TEST_CPU_SECONDS);
LM_TEST_SAMPLE = 1


if HOSTED
# Programs the valgrind and sanitizer runs cover: plain hosted C.
libmem_tests = \
	tests/test-memcpy \
	tests/test-memmove \
	tests/test-memset \
	tests/test-memcmp \
	tests/test-large \
	tests/test-strategies \
	tests/test-cpu-features \
	tests/test-profiles \
	tests/test-tunables

check_PROGRAMS += $(libmem_tests) tests/test-freestanding
TESTS += $(libmem_tests) tests/test-freestanding

noinst_LTLIBRARIES += tests/libharness.la
tests_libharness_la_SOURCES = tests/harness.c tests/harness.h

# -no-install: run the real binaries, not libtool wrapper scripts, so
# valgrind sees the program under test.
test_ldadd = tests/libharness.la libmem/libmem-core.la
test_ldflags = $(AM_LDFLAGS) -no-install
tests_test_memcpy_LDADD = $(test_ldadd)
tests_test_memcpy_LDFLAGS = $(test_ldflags)
tests_test_memmove_LDADD = $(test_ldadd)
tests_test_memmove_LDFLAGS = $(test_ldflags)
tests_test_memset_LDADD = $(test_ldadd)
tests_test_memset_LDFLAGS = $(test_ldflags)
tests_test_memcmp_LDADD = $(test_ldadd)
tests_test_memcmp_LDFLAGS = $(test_ldflags)
tests_test_large_LDADD = $(test_ldadd)
tests_test_large_LDFLAGS = $(test_ldflags)
tests_test_strategies_LDADD = $(test_ldadd)
tests_test_strategies_LDFLAGS = $(test_ldflags)
tests_test_cpu_features_LDADD = $(test_ldadd)
tests_test_cpu_features_LDFLAGS = $(test_ldflags)
tests_test_profiles_LDADD = $(test_ldadd)
tests_test_profiles_LDFLAGS = $(test_ldflags)
tests_test_tunables_LDADD = $(test_ldadd)
tests_test_tunables_LDFLAGS = $(test_ldflags)

# The seed's freestanding binary: kernel flags, no libc, its own _start.
tests_test_freestanding_SOURCES = \
	tests/test-freestanding.c tests/freestanding-start.S
tests_test_freestanding_CFLAGS = $(WARN_CFLAGS) $(KERNEL_CFLAGS) \
	$(FREESTANDING_TEST_CFLAGS)
tests_test_freestanding_CCASFLAGS = $(KERNEL_CFLAGS)
tests_test_freestanding_LDFLAGS = -all-static -nostdlib
tests_test_freestanding_LDADD = libmem/libmem-freestanding.a

# Extra checking runs of the libmem tests (CI runs both).
VALGRIND = valgrind
VALGRIND_FLAGS = --quiet --error-exitcode=99 --track-origins=yes
LOG_COMPILER = $(TEST_WRAPPER)

#help check-libmem  only the host libmem tests
#help check-valgrind  the libmem tests under valgrind memcheck
check-valgrind:
	$(AM_V_at)$(MAKE) $(AM_MAKEFLAGS) check TESTS="$(libmem_tests:tests/test-cpu-features=)" \
	  TEST_WRAPPER="$(VALGRIND) $(VALGRIND_FLAGS)" LM_TEST_SAMPLE=4 \
	  TEST_SUITE_LOG=test-suite-valgrind.log
check-libmem:
	$(AM_V_at)$(MAKE) $(AM_MAKEFLAGS) check TESTS="$(libmem_tests) tests/test-freestanding"

# The libFuzzer differential target (./configure CC=clang --enable-fuzzer).
# It compiles libmem's sources itself so the fuzzer sees their coverage.
FUZZ_SECONDS = 60
FUZZ_CORPUS = tests/fuzz-corpus
if FUZZER
noinst_PROGRAMS += tests/fuzz-libmem
tests_fuzz_libmem_SOURCES = tests/fuzz-libmem.c tests/harness.c \
	tests/harness.h $(libmem_sources)
tests_fuzz_libmem_CFLAGS = $(AM_CFLAGS) $(LIBMEM_CFLAGS) $(FUZZER_CFLAGS)
tests_fuzz_libmem_LDFLAGS = $(FUZZER_CFLAGS)

fuzz: tests/fuzz-libmem$(EXEEXT)
	$(AM_V_at)$(MKDIR_P) $(FUZZ_CORPUS)
	tests/fuzz-libmem$(EXEEXT) -max_total_time=$(FUZZ_SECONDS) \
	  -max_len=4096 -print_final_stats=1 $(FUZZ_CORPUS)
else
fuzz:
	@echo "make fuzz: the fuzzer is not configured; run" >&2; \
	echo "  ./configure CC=clang --enable-fuzzer   (needs libclang-rt-14-dev)" >&2; \
	exit 1
endif
#help fuzz  run the libFuzzer target for FUZZ_SECONDS (./configure CC=clang --enable-fuzzer)
#help-var FUZZ_SECONDS  how long make fuzz runs (default 60)

## The kernel's portable parts, compiled for the host.
check_PROGRAMS += tests/test-kformat tests/test-cmdline
TESTS += tests/test-kformat tests/test-cmdline
tests_test_kformat_SOURCES = tests/test-kformat.c kernel/kformat.c kernel/kformat.h
tests_test_kformat_CPPFLAGS = $(AM_CPPFLAGS) -I$(top_srcdir)/kernel
tests_test_cmdline_SOURCES = tests/test-cmdline.c kernel/cmdline.c kernel/cmdline.h
tests_test_cmdline_CPPFLAGS = $(AM_CPPFLAGS) -I$(top_srcdir)/kernel

else !HOSTED
# A bare-metal build runs the host libmem tests in a nested native build.
TESTS += tests/host-libmem.sh
AM_TESTS_ENVIRONMENT += CC_FOR_BUILD='$(CC_FOR_BUILD)'; export CC_FOR_BUILD;
check-valgrind check-libmem fuzz:
	@echo "make $@: not in a bare-metal build; configure natively (without" >&2; \
	echo "--host) to build and run the host programs." >&2; exit 1
endif !HOSTED
EXTRA_DIST += tests/host-libmem.sh

# make help against the Makefile, the README and the manual.
TESTS += tests/make-help.sh
EXTRA_DIST += tests/make-help.sh

# The benchmark report's verdicts, on a synthetic run.
TESTS += tests/bench-report.sh
EXTRA_DIST += tests/bench-report.sh
# make tune's crossovers and skew band, on a synthetic run.
TESTS += tests/bench-tune.sh
EXTRA_DIST += tests/bench-tune.sh tests/report-lib.sh
AM_TESTS_ENVIRONMENT += PYTHON3='$(PYTHON3)'; export PYTHON3;
# bench-tune.sh compiles make tune's profile row into profiles.c with it.
AM_TESTS_ENVIRONMENT += TUNE_ROW_CC='$(CC)'; export TUNE_ROW_CC;

clean-local: clean-test-dirs clean-coverage
clean-test-dirs:
	-rm -rf $(FUZZ_CORPUS) tests/host-build tests/host-src tests/host-distdir.log
.PHONY: check-valgrind check-libmem fuzz clean-test-dirs

## Kernel tests: QEMU boots, headless, time-limited (tests/kernel-lib.sh).
kernel_tests = \
	tests/kernel-symbols.sh \
	tests/kernel-multiboot.sh \
	tests/kernel-boot-direct.sh \
	tests/kernel-boot-iso.sh \
	tests/kernel-boot-uefi.sh \
	tests/kernel-iso-selftest.sh \
	tests/kernel-iso-bench.sh \
	tests/kernel-selftest-qemu64.sh \
	tests/kernel-selftest-max.sh \
	tests/kernel-cpu-models.sh \
	tests/kernel-tunables.sh \
	tests/kernel-crash-panic.sh \
	tests/kernel-crash-ud2.sh \
	tests/kernel-crash-pagefault.sh \
	tests/kernel-crash-null.sh \
	tests/kernel-crash-divide.sh \
	tests/kernel-crash-stack.sh \
	tests/kernel-no-long-mode.sh \
	tests/kernel-wrong-magic.sh \
	tests/kernel-kvm-fallback.sh \
	tests/kernel-kvm-internal-error.sh \
	tests/kernel-gdb.sh
TESTS += $(kernel_tests)

# The self-test under KVM, on request.  Not in make check: the machines
# this is developed on have kvm-pvm, KVM without hardware virtualisation,
# where the test can only skip (qemu-run explains); where KVM is real it
# takes seconds.
#help check-kvm  the self-test under KVM (skips where KVM is unusable or kvm-pvm)
check-kvm: $(check_DATA)
	$(AM_V_at)$(MAKE) $(AM_MAKEFLAGS) check TESTS=tests/kernel-selftest-kvm.sh \
	  TEST_SUITE_LOG=test-suite-kvm.log
.PHONY: check-kvm
EXTRA_DIST += tests/kernel-selftest-kvm.sh
TEST_EXTENSIONS = .sh
SH_LOG_COMPILER = $(BASH)
EXTRA_DIST += $(kernel_tests) tests/kernel-lib.sh tests/kernel-selftest.sh \
	tests/kernel-crash.sh tests/wrong-magic-loader.S tests/wrong-magic-loader.ld
#help-var KERNEL_TEST_TIMEOUT  seconds each QEMU boot of make check may take (default 120)
#help-var KERNEL_CPU_MODELS  CPU models for tests/kernel-cpu-models.sh ("all": every model QEMU has)
#help-var TESTS  the tests make check runs, e.g. TESTS=tests/kernel-gdb.sh
KERNEL_TEST_TIMEOUT = 120
KERNEL_CPU_MODELS =
AM_TESTS_ENVIRONMENT += srcdir='$(srcdir)' QEMU='$(QEMU)' GRUB_FILE='$(GRUB_FILE)' \
	GRUB_LIBDIR='$(GRUB_LIBDIR)' OVMF_CODE='$(OVMF_CODE)' NM='$(NM)' \
	BASH='$(BASH)' KERNEL_TEST_TIMEOUT='$(KERNEL_TEST_TIMEOUT)' DEBUGGER='$(DEBUGGER)' \
	KERNEL_CPU_MODELS='$(KERNEL_CPU_MODELS)' \
	PACKAGE_VERSION='$(PACKAGE_VERSION)'; \
	export srcdir QEMU GRUB_FILE GRUB_LIBDIR OVMF_CODE NM BASH KERNEL_TEST_TIMEOUT DEBUGGER \
	  KERNEL_CPU_MODELS \
	  PACKAGE_VERSION;
CLEANFILES += tests/*.serial tests/*.gdb

# What the kernel tests boot.
check_DATA = kernel/minikernel.elf32 kernel/minikernel.bin tests/wrong-magic-loader
if HAVE_ISO_TOOLS
check_DATA += kernel/minikernel.iso tests/selftest.iso tests/bench.iso
endif

# The ISO with its self-test (or benchmark) entry as the default, chosen
# at once: the GRUB path into it, no keystrokes needed.
tests/selftest.iso: kernel/minikernel.elf$(EXEEXT) $(srcdir)/kernel/grub.cfg
	$(AM_V_GEN)menu='s/^set default=0/set default=1/; s/^set timeout=.*/set timeout=0/'; \
	$(make_iso)
tests/bench.iso: kernel/minikernel.elf$(EXEEXT) $(srcdir)/kernel/grub.cfg
	$(AM_V_GEN)menu='s/^set default=0/set default=2/; s/^set timeout=.*/set timeout=0/'; \
	$(make_iso)
CLEANFILES += tests/selftest.iso tests/bench.iso

kernel/minikernel.bin: kernel/minikernel.elf$(EXEEXT)
	$(AM_V_GEN)$(OBJCOPY) -O binary $< $@
tests/wrong-magic-loader: $(srcdir)/tests/wrong-magic-loader.S \
		$(srcdir)/tests/wrong-magic-loader.ld kernel/minikernel.elf$(EXEEXT)
	$(AM_V_GEN)entry=`$(NM) kernel/minikernel.elf$(EXEEXT) | \
	  sed -n 's/^\([0-9a-fA-F]*\) T _start$$/0x\1/p'` && \
	test -n "$$entry" && \
	$(CC) $(KERNEL_CFLAGS) $(KERNEL_LDFLAGS) -DKERNEL_ENTRY=$$entry \
	  -Wl,-T,$(srcdir)/tests/wrong-magic-loader.ld -o $@.elf64 \
	  $(srcdir)/tests/wrong-magic-loader.S && \
	$(OBJCOPY) -O elf32-i386 $@.elf64 $@ && rm -f $@.elf64
CLEANFILES += kernel/minikernel.bin tests/wrong-magic-loader

## Coverage of the host-tested C: libmem and the kernel's portable parts.
COVERAGE_LINE_MIN = 95
COVERAGE_BRANCH_MIN = 85
if COVERAGE
coverage:
	-find . -name '*.gcda' -delete
	$(MAKE) $(AM_MAKEFLAGS) check TESTS="$(libmem_tests) tests/test-kformat tests/test-cmdline"
	$(MKDIR_P) coverage
	$(GCOVR) --root $(top_srcdir) --object-directory . \
	  --filter '$(top_srcdir)/libmem/' --filter '$(top_srcdir)/kernel/kformat.c' \
	  --filter '$(top_srcdir)/kernel/cmdline.c' \
	  --exclude-unreachable-branches \
	  --html-details coverage/index.html --txt coverage/summary.txt \
	  --print-summary \
	  --fail-under-line $(COVERAGE_LINE_MIN) --fail-under-branch $(COVERAGE_BRANCH_MIN)
	@echo "coverage: coverage/index.html, coverage/summary.txt"
else
coverage:
	@echo "make coverage: configure with --enable-coverage (needs gcovr)" >&2; exit 1
endif
#help coverage  line and branch coverage of libmem and kformat (./configure --enable-coverage)
.PHONY: coverage
clean-coverage:
	-rm -rf coverage
	-find . -name '*.gcda' -o -name '*.gcno' | xargs rm -f
.PHONY: clean-coverage

## make installcheck: a program built against the installed libmem through
## pkg-config, and the installed kernel images checked.
EXTRA_DIST += tests/installcheck.c
if HOSTED
installcheck-local:
	$(AM_V_at)$(MKDIR_P) tests
	@set -e; \
	PKG_CONFIG_PATH='$(DESTDIR)$(pkgconfigdir)'; export PKG_CONFIG_PATH; \
	PKG_CONFIG_SYSROOT_DIR='$(DESTDIR)'; export PKG_CONFIG_SYSROOT_DIR; \
	cflags=`$(PKG_CONFIG) --cflags libmem`; libs=`$(PKG_CONFIG) --libs libmem`; \
	archive='$(DESTDIR)'`$(PKG_CONFIG) --variable=freestanding_archive libmem`; \
	echo "installcheck: cc $$cflags installcheck.c $$libs"; \
	$(CC) $$cflags -o tests/installcheck $(srcdir)/tests/installcheck.c $$libs \
	  -Wl,-rpath,'$(DESTDIR)$(libdir)'; \
	tests/installcheck; \
	test -f "$$archive" || { echo "installcheck: $$archive missing" >&2; exit 1; }; \
	for f in minikernel.elf minikernel.elf32; do \
	  test -f '$(DESTDIR)$(kerneldir)'/$$f || { echo "installcheck: $$f not installed" >&2; exit 1; }; \
	done; \
	echo "installcheck: libmem, its pkg-config data and the kernel images are installed"
endif
CLEANFILES += tests/installcheck
CLEANFILES += tests/*.notices tests/qemu-aborting-on-kvm tests/qemu-kvm-internal-error tests/qemu-kvm-internal-error.pid
