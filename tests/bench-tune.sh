#!/bin/bash
# make tune's arithmetic (bench/report.py tune) on a synthetic run: the
# crossovers come from the forced rows up to 1 MiB, movsb_words_max from
# the ragged copies, the skew band and near_loop_min from the paired
# rounds above 1 MiB, move_piece_max from bare rep movsb moving 64 bytes
# down and between buffers apart, set_short_rep_max from fills of 65-127
# bytes, move_short_rep_max from moves of 65-127 bytes 64 bytes down,
# move_prefetch_min from the backward loop with and without its
# prefetch, and all reach the LIBMEM_TUNABLES string and the profile row.
. "$srcdir/tests/report-lib.sh"

LOOPS=forced:register-loops-only
REP=forced:rep-movsb-stosb-cmpsb-above-64-B
WORDS=tune:rep-movsb-ragged-end-in-registers
MOVSQ=forced:rep-movsq-stosq-above-64-B
NOPF=tune:register-loops-without-prefetch

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

# Paired rounds of memcpy_misaligned (or of CASE) at SIZE: loop and
# bare rep times.
rounds () {
  printf '{"name": "%s/rounds/%s/iterations:31", "run_type": "iteration", "real_time": 1, "time_unit": "ns", "%s": %s, "rep": %s, "libmem": %s},\n' \
    "${CASE:-memcpy_misaligned}" "$1" $LOOPS "$2" "$3" "$3"
}

# rep movsb's ragged copies, with the end from registers and without;
# RAGGED_ROWS picks a set.  "to2061": the registers win to 2061 B and
# lose from 2573 B (over the cap, 2016).  "to781": they lose at 1101 B,
# though they win again at 2061.
ragged_rows () {
  case $RAGGED_ROWS in
    to2061) set -- 781 15 16.6  1101 16.8 18.3  2061 21.9 23.0  2573 33.3 25.2 ;;
    to781) set -- 781 15 16.6  1101 18.4 18.3  2061 21.9 23.0 ;;
  esac
  while [ $# -gt 0 ]; do
    row memcpy_ragged $WORDS $1 $2; row memcpy_ragged $REP $1 $3
    shift 3
  done
}
RAGGED_ROWS=to2061

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

# Bare rep movsb moving 64 bytes down and between buffers apart;
# STEP_ROWS picks a set.  "at2112": the move takes 2.6x as long from
# 2112 B.  "none": no step.  "early": a step from 1536 B, too early for
# pieces.
step_rows () {
  case $STEP_ROWS in
    at2112) set -- 1024 14 14  2047 20 20  2111 20.1 20  2112 53.2 20.2  4096 70 36 ;;
    none) set -- 1024 14 14  2111 20.1 20  2112 20.4 20.2  4096 37 36 ;;
    early) set -- 1024 14 14  1536 40 17  2112 53.2 20.2 ;;
  esac
  while [ $# -gt 0 ]; do
    row memmove_down64 rep $1 $2; row memmove_apart rep $1 $3
    shift 3
  done
}
STEP_ROWS=at2112

# Paired rounds of memset at 65-127 bytes: memset's own stores (the
# loops forced) and rep stosb (the rep strategy forced); SHORT_ROWS picks
# a set.  "rep": rep stosb is faster at both sizes, though not in the
# fixed-size rows.  "mixed": the stores win at 120 B.
short_rows () {
  case $SHORT_ROWS in
    rep) set -- 97 2.6 2.2  120 2.9 2.3 ;;
    mixed) set -- 97 2.6 2.2  120 2.4 2.5 ;;
  esac
  while [ $# -gt 0 ]; do
    printf '{"name": "memset/rounds/%s/iterations:31", "run_type": "iteration", "real_time": 1, "time_unit": "ns", "%s": %s, "%s": %s, "rep": %s, "libmem": %s},\n' \
      $1 $LOOPS $2 $REP $3 $3 $3
    row memset $LOOPS $1 2.0; row memset $REP $1 3.0
    shift 3
  done
}
SHORT_ROWS=rep

# Paired rounds of memmove 64 bytes down at 65-127 bytes: the register
# code (the loops forced) and rep movsb (the rep strategy forced);
# SHORT_MOVE_ROWS picks a set.  "rep": rep movsb is faster at 97 B.
# "registers": the register loop is faster there.
short_move_rows () {
  case $SHORT_MOVE_ROWS in
    rep) set -- 97 3.1 2.7 ;;
    registers) set -- 97 2.6 2.9 ;;
  esac
  printf '{"name": "memmove_forward/rounds/%s/iterations:31", "run_type": "iteration", "real_time": 1, "time_unit": "ns", "%s": %s, "%s": %s, "rep": %s, "libmem": %s},\n' \
    $1 $LOOPS $2 $REP $3 $3 $3
}
SHORT_MOVE_ROWS=rep

# Paired rounds of memmove 64 bytes up by the backward loop with its
# prefetch (the loops forced) and without; PREFETCH_ROWS picks a set.
# "from64k": the prefetch loses at 32 KiB and wins from 64 KiB, also at
# 16 KiB, where the loops forced do not prefetch.  "never": it wins up
# to 1 MiB and loses at 1.5 MiB.  "none": no rows.
prefetch_rows () {
  case $PREFETCH_ROWS in
    from64k) set -- 16384 100 90  32768 200 190  65536 380 400 \
                    1048576 6000 6500  1572865 9500 10000 ;;
    never) set -- 32768 190 200  1048576 6000 6500  1572865 10100 10000 ;;
    none) set -- ;;
  esac
  while [ $# -gt 0 ]; do
    printf '{"name": "memmove_backward_64/rounds/%s/iterations:31", "run_type": "iteration", "real_time": 1, "time_unit": "ns", "%s": %s, "%s": %s, "libmem": %s},\n' \
      $1 $LOOPS $2 $NOPF $3 $3
    shift 3
  done
}
PREFETCH_ROWS=from64k

# Paired rounds where the register loop never wins by 5% (no skew band,
# near_loop_min never), and rep movsq slower than the loop at 193 B.
no_band_rows () {
  rounds 16777216 1000 1040
  rounds 33554432 2000 1900
  CASE=memmove_forward rounds 16777216 1000 1100
  CASE=memmove_forward rounds 33554432 2000 2000
  row memmove_forward $MOVSQ 193 7.1
  row memmove_forward $LOOPS 193 7.0
}

# tune on the rows from standard input; the output goes to $work/tune.txt.
tune_on () {
  { printf '%s\n' '{"context": {"date": "2026-11-30T00:00:00",' \
      '  "libmem_tuning": "cpu=AuthenticAMD family=0x19 model=0x11 features=ERMS,FSRM profile=amd-zen3 movsb_words_max=2016 near_loop_min=33554432 copy_piece_min=4194304 copy_piece_max=16777215 set_piece_min=4194304 set_piece_max=16777216 cmp_rep_max=8388608"},' \
      ' "benchmarks": ['
    for c in memcpy memcpy_misaligned memset memcmp_equal; do
      crossing $c
    done
    gap_rows
    ragged_rows
    step_rows
    short_rows
    short_move_rows
    prefetch_rows
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
$(CASE=memmove_forward rounds 16777216 1000 1040)
$(CASE=memmove_forward rounds 33554432 2000 2200)
$(CASE=memmove_forward rounds 67108864 4000 4400)
$(row memmove_forward $MOVSQ 193 5.9)
$(row memmove_forward $LOOPS 193 7.0)
JSON
grep -q 'LIBMEM_TUNABLES=copy_rep_min=512:movsq_max=0:move_movsq_max=255:move_short_rep_max=127:movsb_words_max=2016:skew_loop_min=12582913:skew_loop_max=33554432:near_loop_min=33554432:copy_piece_min=4194304:copy_piece_max=16777215:set_rep_min=512:set_short_rep_max=127:set_piece_min=4194304:set_piece_max=16777216:move_chunk_min=512:' "$work/tune.txt" ||
  fail "the crossover, the capped movsb_words_max, the skew band, near_loop_min or the profile's bands of pieces are not in the settings"
grep -q '\.copy_piece_min = 4194304, \.copy_piece_max = 16777215, /\* the profile.s \*/' "$work/tune.txt" ||
  fail "the profile's band of copies in pieces is not in the profile row"
grep -q '\.set_piece_min = 4194304, \.set_piece_max = 16777216, /\* the profile.s:' "$work/tune.txt" ||
  fail "the profile's band of pieces is not in the profile row"
grep -q ':move_piece_max=2111:move_prefetch_min=' "$work/tune.txt" &&
  grep -q '\.move_piece_max = 2111,' "$work/tune.txt" &&
  grep -q 'rep movsb 64 bytes down / buffers apart: 2111 B 20.1 / 20.0 ns, 2112 B 53.2 / 20.2 ns' "$work/tune.txt" ||
  fail "move_piece_max is not the largest size below the step, or its evidence is missing"
grep -q '\.set_rep_min = 512, \.set_short_rep_max = 127,' "$work/tune.txt" &&
  grep -q 'memset 97 B: stores 2.60 ns, rep stosb 2.20 ns, 120 B: stores 2.90 ns, rep stosb 2.30 ns' "$work/tune.txt" ||
  fail "set_short_rep_max or its evidence is not in the profile row"
grep -q ':move_prefetch_min=65536:cmp_rep_min=' "$work/tune.txt" &&
  grep -q '\.move_prefetch_min = 65536,' "$work/tune.txt" &&
  grep -q "memmove 64 B up, 64 KiB-1572865 B: the backward loop with its prefetch 0.92-0.95 of its time without" "$work/tune.txt" ||
  fail "move_prefetch_min is not the smallest size from which the prefetch wins, or its evidence is missing"
# The profile row compiles where it says to put it: at the head of
# profiles.c's table, in the compiler the package was configured with.
awk '/^  \/\* .* make tune /, /\} \} \},$/' "$work/tune.txt" > "$work/row.c"
if [ ! -s "$work/row.c" ]; then
  fail "no profile row in make tune's output"
elif [ -n "${TUNE_ROW_CC:-}" ]; then
  sed "/^static const struct profile_row rows\[\] = {/r $work/row.c" \
    "$srcdir/libmem/profiles.c" > "$work/profiles.c"
  cmp -s "$srcdir/libmem/profiles.c" "$work/profiles.c" &&
    fail "the row found no place in profiles.c"
  $TUNE_ROW_CC -ffreestanding -fsyntax-only -Wall -Wextra -Werror \
    -I"$srcdir/libmem" "$work/profiles.c" ||
    fail "make tune's profile row does not compile in profiles.c"
fi
grep -q ':cmp_rep_max=8388608:alias_guard=' "$work/tune.txt" &&
  grep -q '\.cmp_rep_max = 8388608 /\* the profile.s \*/' "$work/tune.txt" ||
  fail "the profile's end of repe cmpsb is not in the settings and the profile row"
grep -q '\.skew_loop_min = 12582913, \.skew_loop_max = 33554432,' "$work/tune.txt" ||
  fail "the skew band is not in the profile row"
grep -q '\.near_loop_min = 33554432,' "$work/tune.txt" &&
  grep -q '\.movsb_words_max = 2016,' "$work/tune.txt" ||
  fail "near_loop_min or movsb_words_max is not in the profile row"
grep -q 'rep movsb, aligned, 2061 B: 21.9 ns with the ragged end from registers, 23.0 without; 2573 B: 33.3 ns with the ragged end from registers, 25.2 without' "$work/tune.txt" ||
  fail "movsb_words_max's evidence is not shown"
grep -q "memmove 64 B down, 32 MiB-64 MiB: rep movsb 1.10-1.10 of the loop's time" "$work/tune.txt" ||
  fail "near_loop_min's evidence is not shown"
grep -q 'memcpy src+3 to dst+2053, 12582913 B-32 MiB: loop 1-2 us, rep 1-3 us' "$work/tune.txt" ||
  fail "the skew band's evidence is not shown"
grep -q '\.move_movsq_max = 255, \.move_short_rep_max = 127,' "$work/tune.txt" &&
  grep -q 'memmove 193 B 64 bytes down: rep movsq 5.9 ns, loop 7.0 ns' "$work/tune.txt" &&
  grep -q 'memmove 97 B 64 bytes down: registers 3.10 ns, rep movsb 2.70 ns' "$work/tune.txt" ||
  fail "move_movsq_max, move_short_rep_max or their evidence is not in the profile row"
# Chunks win from a gap of 512 B at every size and wider gap:
# move_chunk_min 512, with the figures at 512 and at 384 B.
grep -q 'move_chunk_min=512:' "$work/tune.txt" ||
  fail "move_chunk_min is not the narrowest gap from which chunks win"
grep -q "memmove 512 B up, 4 KiB-64 KiB: chunks 0.88-0.95 of the loop's time" "$work/tune.txt" ||
  fail "move_chunk_min's evidence is not shown"
grep -q "memmove 384 B up, 4 KiB-64 KiB: chunks 0.97-1.10 of the loop's time" "$work/tune.txt" ||
  fail "the narrower gap's figures are not shown"

# No size where the loop wins by 5%: no band, and near_loop_min never.
# Chunks never win: never.  The ragged end loses at the second size:
# movsb_words_max is the first.
GAP_ROWS=never RAGGED_ROWS=to781 STEP_ROWS=none
no_band_rows | tune_on || fail "report.py tune failed without a band"
grep -q 'movsb_words_max=781:' "$work/tune.txt" ||
  fail "movsb_words_max did not stop where the ragged end first lost"
grep -q 'move_movsq_max=0:' "$work/tune.txt" ||
  fail "rep movsq slower than the loop for overlapping moves gave a move_movsq_max"
grep -q ':move_piece_max=0:' "$work/tune.txt" &&
  grep -q 'buffers apart: 4 KiB 37.0 / 36.0 ns (no step)' "$work/tune.txt" ||
  fail "a machine without the step got a move_piece_max"
grep -q 'near_loop_min=max:' "$work/tune.txt" &&
  grep -q '\.near_loop_min = SIZE_MAX,' "$work/tune.txt" ||
  fail "a machine where the loop never wins the near moves got a near_loop_min"
grep -q 'skew_loop_min=max:skew_loop_max=0:' "$work/tune.txt" ||
  fail "a machine without the band got one"
grep -q '\.skew_loop_min = SIZE_MAX, \.skew_loop_max = 0,' "$work/tune.txt" ||
  fail "the profile row without a band does not say never"
grep -q 'move_chunk_min=max:' "$work/tune.txt" &&
  grep -q '\.move_chunk_min = SIZE_MAX,' "$work/tune.txt" &&
  grep -q "memmove 1024 B up, 4 KiB-64 KiB: chunks 1.01-1.01 of the loop's time" "$work/tune.txt" ||
  fail "chunks that never win did not give move_chunk_min never"

# The stores win at one size of 65-127 bytes: no short rep stosb.
SHORT_ROWS=mixed
no_band_rows | tune_on || fail "report.py tune failed with the stores winning a short fill"
grep -q ':set_short_rep_max=0:' "$work/tune.txt" &&
  grep -q '\.set_short_rep_max = 0,' "$work/tune.txt" ||
  fail "rep stosb losing a short fill gave a set_short_rep_max"
SHORT_ROWS=rep

# The register loop wins the short move: no short rep movsb.
SHORT_MOVE_ROWS=registers
no_band_rows | tune_on || fail "report.py tune failed with the registers winning a short move"
grep -q ':move_short_rep_max=0:' "$work/tune.txt" &&
  grep -q '\.move_short_rep_max = 0,' "$work/tune.txt" ||
  fail "rep movsb losing a short move gave a move_short_rep_max"
SHORT_MOVE_ROWS=rep

# The prefetch loses at the largest size: never.
PREFETCH_ROWS=never
no_band_rows | tune_on || fail "report.py tune failed with the prefetch losing"
grep -q ':move_prefetch_min=max:' "$work/tune.txt" &&
  grep -q '\.move_prefetch_min = SIZE_MAX,' "$work/tune.txt" &&
  grep -q "memmove 64 B up, 32 KiB-1572865 B: the backward loop with its prefetch 0.92-1.01 of its time without" "$work/tune.txt" ||
  fail "a prefetch that loses at the largest size gave a move_prefetch_min"
PREFETCH_ROWS=from64k

# A step below 2 KiB: pieces would cost more than it, so never.
STEP_ROWS=early
no_band_rows | tune_on || fail "report.py tune failed with an early step"
grep -q ':move_piece_max=0:' "$work/tune.txt" &&
  grep -q 'buffers apart: 1 KiB 14.0 / 14.0 ns, 1536 B 40.0 / 17.0 ns (a step, too early' "$work/tune.txt" ||
  fail "a step below 2 KiB gave a move_piece_max"
STEP_ROWS=at2112

# Without the fixed-gap rows (make tune's --tune), tune says so.
GAP_ROWS=none
if tune_on < /dev/null; then
  fail "report.py tune succeeded without the fixed-gap rows"
elif ! grep -q 'lacks the forced-strategy rows' "$work/tune.txt"; then
  fail "report.py tune without the fixed-gap rows: $(cat "$work/tune.txt")"
fi

# Without the prefetch rows (an older make tune), tune says so.
GAP_ROWS=from512 PREFETCH_ROWS=none
if no_band_rows | tune_on; then
  fail "report.py tune succeeded without the prefetch rows"
elif ! grep -q 'lacks the forced-strategy rows' "$work/tune.txt"; then
  fail "report.py tune without the prefetch rows: $(cat "$work/tune.txt")"
fi

[ "$failures" -eq 0 ] || { cat "$work/tune.txt"; exit 1; }
echo "bench-tune: crossovers, movsb_words_max, the skew band, near_loop_min, move_piece_max, set_short_rep_max, move_short_rep_max and move_prefetch_min as documented"
