#!/bin/bash
# make tune's arithmetic (bench/report.py tune) on a synthetic run: the
# crossovers come from the forced rows up to 1 MiB, the skew band from
# the paired rounds of skewed copies above it, and both reach the
# LIBMEM_TUNABLES string and the profile row.
. "$srcdir/tests/report-lib.sh"

LOOPS=forced:register-loops-only
REP=forced:rep-movsb-stosb-cmpsb-above-64-B

# One fixed-size row: case, strategy, size, ns.
row () {
  printf '{"name": "%s/%s/%s", "run_type": "iteration", "real_time": %s, "time_unit": "ns"},\n' "$@"
}

# Loop and rep for CASE at 256 B, 512 B and 1 MiB, rep faster from 512 B;
# and, to show the crossover stops at 1 MiB, the loop faster at 2 MiB.
crossing () {
  row "$1" $LOOPS 256 10; row "$1" $REP 256 12
  row "$1" $LOOPS 512 14; row "$1" $REP 512 12
  row "$1" $LOOPS 1048576 30000; row "$1" $REP 1048576 20000
  row "$1" $LOOPS 2097152 50000; row "$1" $REP 2097152 60000
}

# Paired rounds of memcpy_misaligned at SIZE: loop and bare rep times.
rounds () {
  printf '{"name": "memcpy_misaligned/rounds/%s/iterations:31", "run_type": "iteration", "real_time": 1, "time_unit": "ns", "%s": %s, "rep": %s, "libmem": %s},\n' \
    "$1" $LOOPS "$2" "$3" "$3"
}

# memmove at fixed gaps, 4 KiB and 64 KiB: the loop's times and the
# chunks'; GAP_ROWS picks a set.  "from512": chunks lose at 384 B
# (at one size of two) and win from 512 B, and also at 256 B, which is
# narrower than a gap where they lose.  "never": they lose everywhere.
gap_rows () {
  case $GAP_ROWS in
    from512)
      set -- 256 100 90 1600 1500  384 100 110 1600 1550 \
             512 100 95 1600 1400  768 100 80 1600 1200 ;;
    never)
      set -- 512 100 120 1600 1700  1024 100 101 1600 1610 ;;
  esac
  while [ $# -gt 0 ]; do
    row memmove_gap$1 $LOOPS 4096 $2; row memmove_gap$1 $REP 4096 $3
    row memmove_gap$1 $LOOPS 65536 $4; row memmove_gap$1 $REP 65536 $5
    shift 5
  done
}
GAP_ROWS=from512

# tune on the rows from standard input; the output goes to $work/tune.txt.
tune_on () {
  { printf '%s\n' '{"context": {"date": "2026-11-30T00:00:00",' \
      '  "libmem_tuning": "cpu=AuthenticAMD family=0x19 model=0x11 features=ERMS,FSRM profile=amd-zen3 movsb_words_max=2016 near_loop_min=33554432"},' \
      ' "benchmarks": ['
    for c in memcpy memcpy_misaligned memset memcmp_equal; do
      crossing $c
    done
    gap_rows
    cat
    printf '%s\n' '{"name": "memcpy_distance1/rep/4096", "run_type": "iteration", "real_time": 1150, "time_unit": "ns"},' \
      '{"name": "memcpy_distance64/rep/4096", "run_type": "iteration", "real_time": 41, "time_unit": "ns"}]}'
  } > "$work/tune.json"
  "$PYTHON3" "$report" tune "$work/tune.json" > "$work/tune.txt" 2>&1
}

# The loop 1.3x as fast from 12 to 32 MiB, only 1.02x at 48 MiB.
tune_on <<JSON || fail "report.py tune failed"
$(rounds 8388608 200 160)
$(rounds 12582913 600 780)
$(rounds 16777216 800 1040)
$(rounds 33554432 2000 2600)
$(rounds 50331649 3000 3060)
JSON
grep -q 'LIBMEM_TUNABLES=copy_rep_min=512:movsq_max=0:movsb_words_max=2016:skew_loop_min=12582913:skew_loop_max=33554432:near_loop_min=33554432:set_rep_min=512:' "$work/tune.txt" ||
  fail "the crossover, the skew band or the profile's near_loop_min is not in the settings"
grep -q '\.skew_loop_min = 12582913, \.skew_loop_max = 33554432,' "$work/tune.txt" ||
  fail "the skew band is not in the profile row"
grep -q '\.near_loop_min = 33554432, ' "$work/tune.txt" ||
  fail "the profile's near_loop_min is not in the profile row"
grep -q 'memcpy src+3 to dst+2053, 12582913 B-32 MiB: loop 1-2 us, rep 1-3 us' "$work/tune.txt" ||
  fail "the skew band's evidence is not shown"
# Chunks win from a gap of 512 B at every size and wider gap:
# move_chunk_min 512, with the figures at 512 and at 384 B.
grep -q 'move_chunk_min=512:' "$work/tune.txt" ||
  fail "move_chunk_min is not the narrowest gap from which chunks win"
grep -q "memmove 512 B up, 4 KiB-64 KiB: chunks 0.88-0.95 of the loop's time" "$work/tune.txt" ||
  fail "move_chunk_min's evidence is not shown"
grep -q "memmove 384 B up, 4 KiB-64 KiB: chunks 0.97-1.10 of the loop's time" "$work/tune.txt" ||
  fail "the narrower gap's figures are not shown"

# No size where the loop wins by 5%: no band.  Chunks never win: never.
GAP_ROWS=never
tune_on <<JSON || fail "report.py tune failed without a band"
$(rounds 16777216 1000 1040)
$(rounds 33554432 2000 1900)
JSON
grep -q 'skew_loop_min=max:skew_loop_max=0:' "$work/tune.txt" ||
  fail "a machine without the band got one"
grep -q '\.skew_loop_min = SIZE_MAX, \.skew_loop_max = 0,' "$work/tune.txt" ||
  fail "the profile row without a band does not say never"
grep -q 'move_chunk_min=max:' "$work/tune.txt" &&
  grep -q '\.move_chunk_min = SIZE_MAX,' "$work/tune.txt" &&
  grep -q "memmove 1024 B up, 4 KiB-64 KiB: chunks 1.01-1.01 of the loop's time" "$work/tune.txt" ||
  fail "chunks that never win did not give move_chunk_min never"

# Without the fixed-gap rows (make tune's --chunk-gaps), tune says so.
GAP_ROWS=none
if tune_on < /dev/null; then
  fail "report.py tune succeeded without the fixed-gap rows"
elif ! grep -q 'lacks the forced-strategy rows' "$work/tune.txt"; then
  fail "report.py tune without the fixed-gap rows: $(cat "$work/tune.txt")"
fi

[ "$failures" -eq 0 ] || { cat "$work/tune.txt"; exit 1; }
echo "bench-tune: crossovers and the skew band as documented"
