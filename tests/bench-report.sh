#!/bin/bash
# bench/report.py's regret verdict from paired rounds: a row is over the
# limit only where the lower end of its 95% interval is, and the rows over
# it only within their interval are listed apart, not hidden; and a 1-32 B
# target is unsettled where the rounds and the fixed-size loop disagree;
# and a target against glibc that misses says what the floor of a
# register copy is there.
. "$srcdir/tests/report-lib.sh"

# report.py on a run whose benchmarks (JSON objects, comma-separated) come
# on standard input; the report goes to $work/host.md.
report_on () {
  { printf '%s\n' '{"context": {"num_cpus": 2, "mhz_per_cpu": 2600, "glibc": "2.36",' \
      '             "date": "test", "libmem_tuning": "profile=test"},' \
      ' "benchmarks": ['
    cat
    printf ']}\n'; } > "$work/host.json"
  "$PYTHON3" "$report" host "$work/host.json" > "$work/host.md"
}

# A run with one plain row and paired rounds; $1 is the lower end of the
# memcpy 4 KiB row's interval (its median is 1.11).
write_run () {
  report_on <<JSON ||
  {"name": "memcpy/libmem/64", "run_type": "iteration", "real_time": 2.0, "time_unit": "ns"},
  {"name": "memcpy/rep/64", "run_type": "iteration", "real_time": 2.5, "time_unit": "ns"},
  {"name": "memcpy/rounds/4096/iterations:31", "run_type": "iteration",
   "real_time": 1000, "time_unit": "ns",
   "libmem": 100.0, "rep": 90.0, "glibc": 50.0,
   "vs_rep": 1.11, "vs_rep_lo": $1, "vs_rep_hi": 1.15,
   "vs_glibc": 2.0, "vs_glibc_lo": 1.9, "vs_glibc_hi": 2.1},
  {"name": "memset/rounds/4096/iterations:31", "run_type": "iteration",
   "real_time": 1000, "time_unit": "ns",
   "libmem": 54.0, "rep": 50.0,
   "vs_rep": 1.08, "vs_rep_lo": 1.01, "vs_rep_hi": 1.12},
  {"name": "memset_random/libmem/4096", "run_type": "iteration",
   "real_time": 18000, "time_unit": "ns"},
  {"name": "memset_random/rounds/4096/iterations:31", "run_type": "iteration",
   "real_time": 1000, "time_unit": "ns",
   "libmem": 6.0, "glibc": 5.0, "musl": 7.0,
   "vs_musl": 0.857, "vs_musl_lo": 0.85, "vs_musl_hi": 0.86,
   "vs_glibc": 1.2, "vs_glibc_lo": 1.19, "vs_glibc_hi": 1.21}
JSON
    { fail "report.py host failed"; cat "$work/host.md"; return 1; }
  grep '^| regret' "$work/host.md"
}

row=$(write_run 1.08)
case $row in
  *"worst: memcpy 4 KiB"*"1 rows over the limit, 1 more over it only within their noise"*"| MISS |") ;;
  *) fail "an interval above 1.05 should be a miss, named: $row" ;;
esac

row=$(write_run 1.02)
case $row in
  *"0 rows over the limit, 2 more over it only within their noise"*"| pass |") ;;
  *) fail "intervals reaching below 1.05 should pass, and be counted: $row" ;;
esac
grep -q '^| memcpy | 4 KiB | 1.110 | 1.020-1.150 | paired: rep |' "$work/host.md" ||
  fail "the rows within their noise are not listed with their interval"

# The random lists: per-call times and regret from their rounds (not the
# loop's 18000 ns a pass), and counted in calls, not bytes.
grep -q '^| memset_random | 6.00 ns | 5.00 ns | 7.00 ns | - | 0.857 |' "$work/host.md" ||
  fail "the random table does not use the paired rounds"
grep -q '^| memset_random | 1 | 0.857 | 0.857 | 4096 calls | paired: musl |' "$work/host.md" ||
  fail "the random list's regret row is not from its rounds, in calls"

# At 1-32 B a verdict needs the fixed-size loop and the rounds to agree:
# here the rounds read memset 8 B at 1.33 of glibc's time and the loop at
# 0.75, so the row is unsettled, while memcpy's agree and pass.
report_on <<JSON ||
  {"name": "memset/libmem/8", "run_type": "iteration", "real_time": 1.5, "time_unit": "ns"},
  {"name": "memset/glibc/8", "run_type": "iteration", "real_time": 2.0, "time_unit": "ns"},
  {"name": "memset/musl/8", "run_type": "iteration", "real_time": 1.6, "time_unit": "ns"},
  {"name": "memset/rounds/8/iterations:31", "run_type": "iteration",
   "real_time": 1000, "time_unit": "ns", "libmem": 2.0, "glibc": 1.5, "musl": 1.5,
   "vs_glibc": 1.33, "vs_glibc_lo": 1.32, "vs_glibc_hi": 1.34,
   "vs_musl": 1.33, "vs_musl_lo": 1.32, "vs_musl_hi": 1.34},
  {"name": "memcpy/libmem/8", "run_type": "iteration", "real_time": 1.5, "time_unit": "ns"},
  {"name": "memcpy/glibc/8", "run_type": "iteration", "real_time": 2.0, "time_unit": "ns"},
  {"name": "memcpy/rounds/8/iterations:31", "run_type": "iteration",
   "real_time": 1000, "time_unit": "ns", "libmem": 1.5, "glibc": 2.0,
   "vs_glibc": 0.75, "vs_glibc_lo": 0.74, "vs_glibc_hi": 0.76}
JSON
  fail "report.py host failed on the small-size run"
grep -q '^| memset, 1-32 B / glibc | <= 1.00 | 1.330 | 8 B | unsettled: the fixed-size loop reads 0.750 at 8 B |' "$work/host.md" ||
  fail "a small-size row where the rounds and the loop disagree is not unsettled"
grep -q '^| memcpy, 1-32 B / glibc | <= 1.00 | 0.750 | 8 B | pass |' "$work/host.md" ||
  fail "a small-size row where the rounds and the loop agree lost its verdict"
# Its regret against musl, 1.33 in the rounds but 0.94 in the loop, is
# unsettled too: counted and listed apart, not as a miss.
grep '^| regret' "$work/host.md" |
  grep -q '0 rows over the limit, 0 more over it only within their noise, 1 unsettled).*| unsettled |$' ||
  fail "a small row's regret where the rounds and the loop disagree is not unsettled"
grep -q '^| memset | 8 B | 1.330 | paired: musl | 0.938 |' "$work/host.md" ||
  fail "the unsettled regret row is not listed with the loop's figure"

# A target against glibc that misses names the floor of a register copy
# (bench_floor's rows: 8-byte stores alone over glibc's time, the middle
# of the repetitions) at its worst size, and the sizes where the floor
# itself is over the limit; the floor rows are no implementation's times.
report_on <<JSON ||
  {"name": "memmove_backward_64/rounds/4096/iterations:31",
   "run_type": "iteration",
   "real_time": 1000, "time_unit": "ns", "libmem": 80.0, "glibc": 20.0,
   "vs_glibc": 4.0, "vs_glibc_lo": 3.9, "vs_glibc_hi": 4.1},
  {"name": "memmove_backward_64/rounds/262144/iterations:31",
   "run_type": "iteration",
   "real_time": 1000, "time_unit": "ns", "libmem": 5800.0, "glibc": 1650.0,
   "vs_glibc": 3.5, "vs_glibc_lo": 3.4, "vs_glibc_hi": 3.6},
  {"name": "memmove_backward_64/floor/4096/iterations:31",
   "run_type": "iteration",
   "real_time": 1000, "time_unit": "ns",
   "stores": 74.0, "glibc": 20.0, "floor_vs_glibc": 3.7},
  {"name": "memmove_backward_64/floor/4096/iterations:31",
   "run_type": "iteration",
   "real_time": 1000, "time_unit": "ns",
   "stores": 78.0, "glibc": 20.0, "floor_vs_glibc": 3.9},
  {"name": "memmove_backward_64/floor/4096/iterations:31",
   "run_type": "iteration",
   "real_time": 1000, "time_unit": "ns",
   "stores": 76.0, "glibc": 20.0, "floor_vs_glibc": 3.8},
  {"name": "memmove_backward_64/floor/262144/iterations:31",
   "run_type": "iteration",
   "real_time": 1000, "time_unit": "ns",
   "stores": 4000.0, "glibc": 1650.0, "floor_vs_glibc": 2.4}
JSON
  fail "report.py host failed on the floor run"
grep -q '^| memmove backward, gap 64 B, 4 KiB-1 MiB / glibc | <= 3.00 | 4.000 | 4 KiB | MISS (the floor, 8-byte stores alone, is 3.80x glibc.s time at 4 KiB; over the limit at 1 of 2 sizes, 4 KiB) |$' "$work/host.md" ||
  fail "a miss against glibc does not name the floor where it was measured"
grep -v '^| memmove backward, gap 64 B' "$work/host.md" | grep -qi 'floor' &&
  fail "the floor rows showed up outside the target they explain"

# The full report's notes describe the CPU the run was on: the floor's
# figures, and the short-distance note by whether rep movsb has the cliff
# here (AMD Zen 3 and 4) or not.
full_report () {
  "$PYTHON3" "$report" report "$work/host.json" "$work/none.csv" "$work" "" "" \
    > "$work/report.md" || fail "report.py report failed"
}
distance_rows () {
  report_on <<JSON ||
  {"name": "memcpy_distance1/rep/4096", "run_type": "iteration", "real_time": $1, "time_unit": "ns"},
  {"name": "memcpy_distance1/libmem/4096", "run_type": "iteration", "real_time": 60.0, "time_unit": "ns"},
  {"name": "memcpy_distance64/rep/4096", "run_type": "iteration", "real_time": 40.0, "time_unit": "ns"},
  {"name": "memmove_backward_64/floor/4096/iterations:31",
   "run_type": "iteration", "real_time": 1000, "time_unit": "ns",
   "stores": 76.0, "glibc": 20.0, "floor_vs_glibc": 3.8}
JSON
    fail "report.py host failed on the distance rows"
  full_report
}
distance_rows 1150.0
grep -q 'rep movsb takes 1150.0 ns here' "$work/report.md" ||
  fail "the full report does not describe the cliff where rep movsb has it"
grep -q 'at 4 KiB the stores take 76.0 ns, 3.80x glibc.s time' "$work/report.md" ||
  fail "the full report does not give the floor's figures"
distance_rows 45.0
grep -q 'This CPU has no cliff: rep movsb takes 45.0 ns' "$work/report.md" ||
  fail "the full report describes a cliff this CPU does not have"

[ "$failures" -eq 0 ] || { cat "$work/host.md"; exit 1; }
echo "bench-report: paired regret and small-size verdicts as documented"
