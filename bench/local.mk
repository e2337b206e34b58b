## bench: libmem's speed against glibc and the bare instructions, on the
## host (Google Benchmark) and inside the kernel (rdtsc over serial).
## Never part of make check: speed is measured, not tested.

EXTRA_DIST += bench/report.py bench/plot.gp

# The machines are shared and noisy: every case runs BENCH_REPETITIONS
# times and the report keeps the fastest, since noise only ever adds time.
# The repetitions are interleaved at random and kept short.  Run back to
# back, a few seconds of noise slowed every repetition of a whole group;
# and the same code at the same size reads either fast or about 2x slow
# for seconds at a time (memset 256 B over 15 repetitions: 5.7 ns seven
# times, 11.9 ns seven times), so 3 repetitions often caught only the slow
# mode, while the fastest of 10 short ones agreed within 1-2% between two
# runs at every mid size.  Those times fill the tables and plots; the
# ratios behind the targets come from paired rounds (bench_rounds in
# bench-host.cc), which BENCH_ROUND_PROCESSES processes run, since where
# a process lands in memory moves some rows by whole cycles.  A run takes
# about 17 minutes here; for a quick look:
# make bench BENCH_REPETITIONS=2 BENCH_ROUNDS=3 BENCH_ROUND_PROCESSES=1 BENCH_MIN_TIME=0.002
#help bench  time libmem on this machine against glibc, musl and the bare instructions (bench/host.md)
#help bench-kernel  time libmem inside the kernel with the TSC (bench/kernel.csv)
#help bench-report  bench/report.md: targets, ratio tables and plots from both
#help-var BENCH_REPETITIONS  repetitions of each benchmark; the fastest counts (default 10)
#help-var BENCH_ROUNDS  paired rounds behind the regret figures (default 30; 0 leaves them, and the sizes from 2 MiB, out)
#help-var BENCH_ROUND_PROCESSES  processes that run the rounds; each row is the middle one's (default 5)
#help-var BENCH_MIN_TIME  seconds each repetition runs at least (default 0.005)
#help-var BENCH_FLAGS  more Google Benchmark flags, e.g. --benchmark_filter=memcpy
#help-var BENCH_ACCEL  accelerator for bench-kernel (default kvm, falling back to tcg)
BENCH_MIN_TIME = 0.005
BENCH_REPETITIONS = 10
BENCH_ROUNDS = 30
BENCH_ROUND_PROCESSES = 5
BENCH_FLAGS =

if HAVE_BENCHMARK
EXTRA_PROGRAMS = bench/bench-host
bench_bench_host_SOURCES = bench/bench-host.cc
bench_bench_host_CPPFLAGS = $(AM_CPPFLAGS) $(BENCHMARK_CFLAGS)
# Every contender starts on a 64-byte boundary, as libmem does (see
# configure.ac), so that a change in one does not move the others' code
# across fetch blocks: musl's memcmp of 16 bytes took 6.8 or 10.4 ns
# depending only on how large libmem's functions before it were.  The
# harness's own call loops start on one too: a loop that straddles two
# fetch blocks slows every contender by a different amount (Zen 4, the
# batch loop moved 32 bytes on, make bench's rounds: memcpy 97 B libmem
# 3.90 -> 5.36 ns, musl 5.44 -> 7.24, bare rep movsb 3.81 -> 4.61; at
# 193 B libmem over musl 1.10 -> 1.11-1.73), so any edit above a loop
# could move the small-size ratios.
bench_bench_host_CXXFLAGS = $(BENCH_CXXSTD) -O2 -falign-functions=64 -falign-loops=64
bench_bench_host_LDADD = libmem/libmem-core.la $(BENCHMARK_LIBS)
CLEANFILES += bench/bench-host$(EXEEXT)

if HAVE_MUSL
# musl's memcpy, memmove, memset and memcmp renamed musl_*, so they link
# beside glibc's.
bench_bench_host_CPPFLAGS += -DHAVE_MUSL=1
bench_bench_host_LDADD += bench/musl-string.a
musl_members = memcpy.lo memmove.lo memset.lo memcmp.lo
bench/musl-string.a: $(MUSL_LIBC_A)
	$(AM_V_GEN)rm -rf $@ $@.tmp && $(MKDIR_P) $@.tmp && \
	(cd $@.tmp && $(AR) x '$(MUSL_LIBC_A)' $(musl_members)) && \
	for o in $(musl_members); do \
	  $(OBJCOPY) --redefine-sym memcpy=musl_memcpy \
	    --redefine-sym memmove=musl_memmove --redefine-sym memset=musl_memset \
	    --redefine-sym memcmp=musl_memcmp --redefine-sym __memcpy_fwd=musl_memcpy_fwd \
	    --set-section-alignment .text=64 \
	    $@.tmp/$$o || exit 1; \
	done && \
	$(AR) cr $@ $(musl_members:%=$@.tmp/%) && rm -rf $@.tmp
CLEANFILES += bench/musl-string.a
endif

# Google Benchmark's console shows each benchmark as it finishes (and a
# copy goes to bench/host.txt) while every repetition goes to the JSON.
bench: bench/bench-host$(EXEEXT)
	$(AM_V_at)$(MKDIR_P) bench
	@n=`bench/bench-host$(EXEEXT) --benchmark_list_tests $(BENCH_FLAGS) | wc -l`; \
	echo "bench: $$n benchmarks, $(BENCH_REPETITIONS) repetitions each, or $(BENCH_ROUNDS) paired rounds; each line as it finishes:"
	@{ bench/bench-host$(EXEEXT) --benchmark_min_time=$(BENCH_MIN_TIME) \
	  --benchmark_repetitions=$(BENCH_REPETITIONS) \
	  --rounds=$(BENCH_ROUNDS) \
	  --benchmark_enable_random_interleaving=true \
	  --benchmark_display_aggregates_only=true \
	  --benchmark_out=bench/host.json --benchmark_out_format=json \
	  $(BENCH_FLAGS); echo $$? > bench/host.status; } | tee bench/host.txt; \
	status=`cat bench/host.status`; rm -f bench/host.status; exit $$status
	@rm -f bench/host-rounds-*.json; \
	rounds=`bench/bench-host$(EXEEXT) --rounds=$(BENCH_ROUNDS) \
	  --benchmark_list_tests $(BENCH_FLAGS) | \
	  sed -n 's|^\([^/]*/rounds/[0-9]*\)/.*|\1|p' | paste -s -d '|' -`; \
	if test -n "$$rounds"; then \
	  i=2; while test $$i -le $(BENCH_ROUND_PROCESSES); do \
	    echo "bench: the paired rounds again, in process $$i of $(BENCH_ROUND_PROCESSES)"; \
	    bench/bench-host$(EXEEXT) --benchmark_filter="^($$rounds)/" \
	      --rounds=$(BENCH_ROUNDS) \
	      --benchmark_out=bench/host-rounds-$$i.json \
	      --benchmark_out_format=json > /dev/null || exit 1; \
	    i=`expr $$i + 1`; \
	  done; \
	fi
	$(AM_V_at)$(PYTHON3) $(srcdir)/bench/report.py host bench/host.json \
	  > bench/host.md
	@echo "bench: bench/host.json (raw), bench/host.txt, bench/host.md (ratios)"

# make tune: only the rows that decide the crossovers (libmem's register
# loops against rep, both forced, rep movsq against rep movsb for an
# unaligned destination, rep movsb near and far modulo 4096, and the
# rows only --tune adds: the backward moves at fixed gaps, rep movsb's
# ragged ends, and bare rep movsb moving 64 bytes down and between
# buffers apart around 2 and 4 KiB; then the paired rounds from 1 MiB
# of skewed copies for the skew band and of moves 64 bytes down for
# near_loop_min, of moves of 97 bytes 64 bytes down for
# move_short_rep_max and of 129-255 bytes for move_movsq_max, of
# 97-byte fills for set_short_rep_max, and of moves
# 64 bytes up at 32 KiB-1.5 MiB by the backward loop with and without
# its prefetch for move_prefetch_min), then the LIBMEM_TUNABLES string
# and a profile row for this CPU.
tune_filter = ^(memcpy|memcpy_misaligned|memset|memmove_gap[0-9]+|memcmp_equal)/forced:(register-loops-only|rep-movsb-stosb-cmpsb-above-64-B)/|^memcpy_misaligned/forced:rep-movsq-stosq-above-64-B/|^memcpy_distance(1|64)/rep/4096$$|^memcpy_ragged/(forced:rep-movsb-stosb-cmpsb-above-64-B|tune:rep-movsb-ragged-end-in-registers)/|^(memcpy_misaligned|memmove_forward)/rounds/[0-9]{7,}/|^memmove_forward/rounds/(97|129|1[3-9][0-9]|2[0-4][0-9]|25[0-5])/|^memset/rounds/97/|^memmove_(down64|apart)/rep/|^memmove_backward_64/rounds/(32768|49153|65536|98305|131072|196609|262144|393217|524288|786433|1048576|1572865)/
tune: bench/bench-host$(EXEEXT)
	$(AM_V_at)$(MKDIR_P) bench
	@echo "tune: `bench/bench-host$(EXEEXT) --tune --benchmark_list_tests --benchmark_filter='$(tune_filter)' | wc -l` benchmarks, about two minutes; each line as it finishes:"
	@{ bench/bench-host$(EXEEXT) --tune --benchmark_filter='$(tune_filter)' \
	  --benchmark_min_time=$(BENCH_MIN_TIME) --benchmark_repetitions=$(BENCH_REPETITIONS) \
	  --rounds=$(BENCH_ROUNDS) \
	  --benchmark_enable_random_interleaving=true \
	  --benchmark_display_aggregates_only=true \
	  --benchmark_out=bench/tune.json --benchmark_out_format=json; \
	  echo $$? > bench/tune.status; } | tee bench/tune.txt; \
	status=`cat bench/tune.status`; rm -f bench/tune.status; test $$status = 0
	@echo
	$(AM_V_at)$(PYTHON3) $(srcdir)/bench/report.py tune bench/tune.json
else
bench tune:
	@echo "make $@: $(BENCH_MISSING)" >&2; exit 1
endif
#help tune  find libmem's crossovers on this CPU: a LIBMEM_TUNABLES string and a profile row


# The in-kernel benchmark: KVM when usable (falling back to TCG, whose
# figures are labelled emulated).
BENCH_ACCEL = kvm
BENCH_MEMORY = 512M
bench-kernel: kernel/minikernel.elf32
	$(AM_V_at)$(MKDIR_P) bench
	$(qemu_command) --accel '$(BENCH_ACCEL)' --memory '$(BENCH_MEMORY)' \
	  --kernel kernel/minikernel.elf32 --append 'bench qemu-exit' \
	  --serial-log bench/kernel.serial --follow --timeout 1800; \
	  test $$? = 33 || { echo "bench-kernel: the kernel did not finish its benchmark (see bench/kernel.serial)" >&2; exit 1; }
	$(AM_V_at)$(PYTHON3) $(srcdir)/bench/report.py kernel bench/kernel.serial \
	  > bench/kernel.csv
	@echo "bench-kernel: bench/kernel.csv (from bench/kernel.serial)"

bench-report:
	@test -f bench/host.json || { echo "make bench-report: run make bench first" >&2; exit 1; }
	$(AM_V_GEN)$(PYTHON3) $(srcdir)/bench/report.py report bench/host.json \
	  bench/kernel.csv bench '$(GNUPLOT)' $(srcdir)/bench/plot.gp > bench/report.md
	@echo "bench-report: bench/report.md and its plots in bench/"
.PHONY: bench bench-kernel bench-report tune
CLEANFILES += bench/host.json bench/host-rounds-*.json bench/host.txt bench/host.md bench/kernel.serial \
	bench/tune.json bench/tune.txt \
	bench/kernel.csv bench/report.md bench/*.png bench/*.dat
