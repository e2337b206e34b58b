/* profiles.c -- libmem's tuning for each class of CPU, in one table.

   The first row that matches the CPU wins, so the specific rows come
   first and the table ends with rows that match anything.  Each number
   says where it was measured; "not measured" marks a choice made from a
   neighbouring CPU's figures, to be replaced by `make tune` on such a
   machine (its output is a row for this table).

   The fields: copy_rep_min, from which size forward copies use rep movs
   instead of the 64-byte register loop; movsq_max, up to which size
   copies use rep movsq instead (below 256 B, its short path, and from
   copy_rep_min for an unaligned destination; 0: never); move_movsq_max,
   up to which size forward moves onto an overlapping source take that
   short path too (0: never); move_short_rep_max, up to which size
   memmove's forward moves onto an overlapping source of 65-128 bytes
   take rep movsb where the register code is slow, for a CPU whose rep
   movsb runs short counts fast (0, or left out: never); movsb_words_max,
   up to which size rep movsb stops at the last whole 32 bytes and the
   ragged end is stored from registers (0: never); skew_loop_min and
   skew_loop_max, the sizes between which forward copies between skewed
   buffers go back to the register loop (SIZE_MAX: never); near_loop_min,
   from which forward moves whose source lies less than 2 KiB ahead do
   so too (SIZE_MAX: never); copy_piece_min and copy_piece_max, the
   sizes between which such copies as would take one rep movsb take it
   in pieces of half copy_piece_min, and from which moves whose source
   lies just ahead do (copy_piece_max 0, or left out: never; see
   set_piece_min below for why); set_rep_min,
   likewise for fills with rep stos (fills of up to 64 bytes never use
   it); set_short_rep_max, up to which fills from 65 bytes use rep
   stosb whatever set_rep_min says, for a CPU whose rep stosb runs
   short counts fast (0, or left out: never); set_piece_min and
   set_piece_max, the sizes between which fills use rep stosb in
   pieces of half set_piece_min, below the count from which the CPU
   may stream its stores past the caches (set_piece_max 0, or left
   out: never); move_chunk_min, the narrowest gap at which
   a backward memmove copies gap-sized chunks with rep movs;
   move_piece_max, the longest forward move onto an overlapping source
   that one rep movsb takes, longer ones going in pieces of it rounded
   down to 64 bytes (0, or left out: never); move_prefetch_min, from
   which size backward copies by the register loop, up to 2 MiB, ask for
   their source 1 KiB ahead (SIZE_MAX: never; 0, or left out: 32 KiB);
   cmp_rep_min, from which size memcmp uses repe cmpsb instead of its
   word loop (SIZE_MAX: never, where that instruction is a slow
   microcode loop or not measured), and cmp_rep_max, up to which it
   does (0, or left out: no limit);
   alias_guard, whether the CPU has the 4K-alias cliff (impl.h) that
   copies in the window must avoid.  */

#include "impl.h"

/* Which CPUs a row is for.  */
struct profile_row
{
  unsigned vendors;           /* 1 << enum lm_vendor, or 0 for any */
  unsigned family_min, family_max;
  unsigned features;          /* LM_CPU_* the CPU must all have */
  struct lm_profile profile;
};

#define VENDOR(v) (1u << (v))
#define AMD_LIKE (VENDOR (LM_VENDOR_AMD) | VENDOR (LM_VENDOR_HYGON))

static const struct profile_row rows[] = {
  /* AMD Zen 5 (family 1Ah) and later.  Measured on an AMD EPYC Zen 5
     (family 1Ah model 02h, 2.1 GHz, 48 KiB L1d, 1 MiB L2) with make tune
     (loop / rep, ns) and scratch loops through libmem (LIBMEM_TUNABLES,
     best of 3 processes, TSC cycles):
     - no 4K-alias cliff at 4 KiB and up: rep movsb 4 KiB with the
       destination 1 byte ahead mod 4096 44 ns, 64 bytes ahead 35 (Zen 4:
       1150 and 42); the register loop there took 86 ns.  Below 2 KiB rep
       movsb is slower in the window but not cliff-like (769 B: 60 cycles
       against 38 by the loop; 2 KiB 72 against 85; 4 KiB 91 against
       167): alias_guard off, which costs a copy of 768 B-1.5 KiB in the
       window up to 1.6x and saves 2 KiB and up 1.2-2x.
     - copies: from 769 B rep movsb wins aligned (make tune 16.8 / 15.8
       ns; 28 against 33 cycles) and from src+3 to dst+2053 (32 against
       35 cycles), and ties the loop with the destination 5 bytes past a
       page (16.6 / 17.3 ns): copy_rep_min 768.  Below it the loop
       holds (make bench's rounds, median of 5 processes, the loop
       against rep movsb behind the same tests: 385 B 9.25 / 12.07 ns,
       512 B 11.26 / 12.39, bare rep movsb 11.21).  rep movsq is slower
       everywhere but 1 KiB misaligned (769 B 24.6 against 17.3 ns for
       rep movsb; 1537 B 28.5 against 20.5), and its short path takes
       13 cycles at 129-255 B where the loop takes 9-15, but 52 with the
       destination 2 bytes ahead mod 4096 (the loop 11-17): movsq_max 0.
     - forward moves onto an overlapping source never meet that cliff:
       the destination lies below the source, never just ahead of it.
       There the short path beats the register loop from about 136 B
       (a scratch loop, TSC cycles, gaps of 1-200 bytes, destination 0,
       3 and 6 bytes past alignment, rep movsq over the loop: 129-135 B
       0.80-1.36, mean 0.94-1.07; 136-184 B mean 0.76-0.90; 200-248 B
       0.57-0.91, mean 0.69-0.74, where rep movsq takes 10.8-15.3 cycles
       and the loop 12.5-19.1).  make bench's rounds, memmove 64 bytes
       down at 193 B: 6.88-7.19 ns by the loop, 6.11-6.14 by rep movsq,
       musl's rep movsq 5.8-5.9: move_movsq_max 255.  make tune, once
       it ran these rounds, agrees (193 B: rep movsq 9.8 ns, the loop
       12.0, in a busy spell).
     - below 128 bytes such moves take rep movsb's short path where the
       register code is slower (a scratch loop, TSC cycles, the geometric
       mean of some 40000 samples per cell in each of the machine's two
       states, quiet / slow spell, bare rep movsb over lm_memmove,
       destination 0 and 3 bytes past alignment): the source 1-4 bytes
       ahead, at every size from 65 to 127, 0.63-0.93 / 0.64-0.84; at
       sizes not a multiple of 8 that leave the loop more than 96 bytes
       past the destination's first word boundary (97-127 B aligned,
       105-127 B 3 bytes past), at gaps of 8-96 bytes, 0.82-1.03 /
       0.64-0.83.  The loop stays faster below that (65-91 B aligned,
       65-97 B 3 bytes past, gaps of 8 or more: 1.03-1.29 in quiet
       spells), and the 16-byte pieces at multiples of 8 (1.4-1.9):
       move_short_rep_max 127.  With it, bare rep movsb took 0.93-1.00
       of lm_memmove's time in the cells it takes, in both states.
     - rep movsb takes ~3 cycles longer for a count not a multiple of 64
       (1024 B 28, 1028-1084 B 31; 2048 B 37, 2052 B 40), and stopping
       at the last whole 32 bytes still pays (769 B 28.5 against 31.8
       cycles, 1100 B 31.7 against 34.2, 2000 B 39.5 against 41.6; 1600
       B level): movsb_words_max 2016, as on Zen 4.  make tune agrees
       (aligned, 13 bytes past a multiple of 32: 2061 B 21.6 against
       23.0 ns, 2573 B 33.3 against 24.7).
     - moves whose source lies just ahead (lm_near): rep movsb streams
       its stores from exactly 4 MiB in some processes and not in others
       (make bench's rounds, a move 64 bytes down, some 30 processes: 4
       MiB 55-65 us in half of them, 94-161 in the rest; 8 MiB 114-139
       or 256-328), where the register loop takes 86-142 and 172-258 in
       every process.  On average the two are level at 4-8 MiB, and rep
       movsb is the faster from 16 MiB (16 MiB: 244-590 us, mean 370,
       against 374-575, mean 469; 48 MiB 1701-2061 against 1718-2329, in
       every process): near_loop_min SIZE_MAX.  make tune, in a
       process where rep movsb streamed, found it at 0.49-1.07 of the
       loop's time from 1.5 MiB: never.  (A scratch loop in a
       process where rep movsb streamed had found the loop at 0.54-0.90
       of its time at 4-48 MiB.)  Skewed copies
       show no band where the loop wins (make tune; make bench's rounds
       at 12-32 MiB: the loop 1.13-1.24x slower): skew_loop_min SIZE_MAX.
     - fills: the loop to 512 B (10.2 against 11.9 ns), rep stosb from
       769 B (13.5 against 14.7): set_rep_min 768.  Below 128 bytes rep
       stosb runs a short path, the same time at every count (a scratch
       loop, TSC cycles a fill: 96-127 B 5.3-6.2, 128 B 27.5), where
       memset's 65-127 B stores take longer (make bench's rounds, two
       processes, 97 B over bare rep stosb: the stores 1.21, aligned or
       from 3 bytes past a page; rep stosb behind memset's tests 1.09-1.11,
       2.33-2.53 against 2.13-2.26 ns): set_short_rep_max 127.
     - rep stosb streams its stores past the caches from exactly 4 MiB
       in some spells and not in others, minutes apart and from one
       process to the next (a scratch loop, 4095 KiB 39 us, 4 MiB 108-117
       us or 39).  Streaming, a hot fill runs at DRAM speed, 2.2-2.5x
       as long below 16 MiB.  In pieces of 2 MiB
       (make bench's rounds, 3 processes, libmem against bare rep stosb
       where it streamed, us): 4 MiB 42 against 103, 8 MiB 90 against
       208, 12 MiB 150 against 317-339, 16 MiB 296-352 against 425-461;
       but 24 MiB 733-776 against 714-724 and 32 MiB 1070-1200 against
       930-970, where the fill outgrows what the L3 holds for it and
       streaming is the right call.  Where rep stosb did not stream,
       pieces and one rep stosb took the same time at every size (4 MiB
       37.7 us, 16 MiB 152).  In a later, quieter spell (a scratch loop,
       3-6 processes, fastest of 9 passes, pieces over one rep stosb,
       aligned and from 3 bytes past a page) pieces won to 32 MiB and
       no further: 16 MiB 0.56-0.67, 24 MiB 0.70-1.02, 28 MiB
       0.71-0.99, 32 MiB 0.74-1.11, 40 MiB 0.84-1.21.  In make bench's
       rounds (3 processes each) fills in pieces took 0.46-0.69 of bare
       rep stosb's time at 24 MiB where it streamed (0.98-1.07 where it
       did not) and 0.66-0.80 at 32 MiB; from 3 bytes past a page,
       unaligned rep stosq, which does not stream, had been 1.3-1.8
       times as fast as one rep stosb there, and the pieces now are (32
       MiB: 0.89-0.96 of its time).  At 48 MiB one rep stosb is level
       with the pieces or ahead (the scratch loop: pieces 0.96-1.10 of
       its time).  The test that sends such fills their way sits in
       set_large's one test for rep stosb (769 B-4 KiB within 0.2 ns,
       aligned and not): set_piece_min 4 MiB, set_piece_max 32 MiB.
     - rep movsb streams from 4 MiB as rep stosb does, in the same
       spells.  In pieces of 2 MiB it does not (a scratch loop in such a
       spell, fastest of 9 passes, us, one rep movsb / pieces): a move
       64 bytes down, where every line it writes it has just read, 4
       MiB 126-131 / 54, 8 MiB 258-261 / 108-110, 16 MiB 528-529 /
       224-230, 32 MiB 1069-1098 / 629-635, 64 MiB 2145-2224 /
       1574-1686 (the register loop, make bench's rounds: 4 MiB 86-87,
       16 MiB 376-402, 32 MiB 911-1028); a copy between two buffers 4
       MiB 94-95 / 73-74, 8 MiB 188-195 / 155, 12 MiB 287-314 / 257-279,
       16 MiB 381-387 / 365-374, but 32 MiB 992-999 / 1037-1063 and 64
       MiB 2351-2519 / 2544-2651.  In make bench's rounds (three
       processes, libmem in pieces / bare rep movsb) copies of 16 MiB
       took 440-533 / 442-488, 1.00-1.09 as long, and of 12 MiB 262-309
       / 313-327: copy_piece_min 4 MiB, copy_piece_max just under 16
       MiB, and no end for moves whose source lies just ahead (in the
       rounds, 4-64 MiB: 0.67-0.80 of the register loop's time, one rep
       movsb 1.4-2.3 times as long as the pieces).  The test that sends
       copies there sits where large copies already test for the
       register loop (band_min), behind the sizes below it.
     - backward moves: chunks of rep movsb 0.63-0.81 of the loop's time
       with a 1 KiB gap, 0.76-1.01 with 768 (make tune), and memmove by
       half its size at 1 KiB 32.2 ns in chunks of 512, 20.9 by the loop
       (make bench): move_chunk_min 1024.
     - forward moves onto an overlapping source (dst below src): rep
       movsb takes some 70 TSC cycles longer from a count of 2112 bytes,
       at every distance from 1 to 1000 bytes, destination 0, 3 and 32
       bytes past alignment (a scratch loop, best of 9, 64 bytes down:
       2104 B 43 cycles, 2112 B 114, 4 KiB 144 against 79 in pieces of
       2048; buffers apart, 2112 B 42).  Pieces of 2048 (one rep movsb
       each, the last up to 2111) against one rep movsb: 2112 B 0.39, 4
       KiB 0.55, 8 KiB 0.74, 16 KiB 0.81, 64-256 KiB 0.94-0.96; pieces
       of 1 KiB 1.02-1.48 from 8 KiB, and of 4 KiB 1.02-1.38 (each
       meets the step).  make bench's rounds, three processes, 64 bytes
       down, libmem over bare rep movsb: 3 KiB 0.55-0.62, 4 KiB
       0.51-0.60, 8 KiB 0.65-0.70, 16 KiB 0.78-0.82, 64 KiB 0.94-0.98,
       256 KiB 1.00-1.03, 1 MiB 0.81-0.93; glibc took as long as rep
       movsb.  make tune agrees (2111 B 20.2 / 20.4 ns moved 64 bytes
       down / between buffers apart, 2112 B 51.9 / 20.3; again 24.1 /
       23.7 and 52.8 / 24.5): move_piece_max 2111.  From band_min (4
       MiB) the bands above decide; at 16-64 MiB pieces of 2 MiB beat
       those of 2 KiB (a scratch loop: 16 MiB 313 against 354 us, 64 MiB
       2168 against 2515).
     - backward copies by the register loop without the prefetch that
       helps Zen 4 (impl.h, LM_MOVE_PREFETCH_MIN): a scratch loop, best of
       300-1000 passes, memmove 64 bytes up, ns, libmem's loop with the
       source 1 KiB ahead / the same loads and stores in asm without:
       64 KiB 1429-1690 / 1369-1633, 256 KiB 5681-6803 / 5430-6522, 1
       MiB 22513-27245 / 21962-26844 (the asm loop with 512 B to 4 KiB
       ahead, or prefetchw on the destination, was no faster than 1 KiB);
       lm_memmove itself with the prefetch on and off in turn (lm_tune,
       200-600 pairs a size, two processes), the median of without over
       with: 0.95-0.98 at every size from 32 KiB to 1.5 MiB (make
       bench's rounds, three to five processes of each build, moved more
       than that from one process to the next): move_prefetch_min
       SIZE_MAX.
     - repe cmpsb against the word loop, equal buffers: 1536 B 70 / 65
       cycles, 2 KiB 77 / 86, 4 KiB 108 / 170: cmp_rep_min 2048.  Once
       the two buffers outgrow the L3 the word loop wins again (make
       bench's rounds, two processes, repe cmpsb over the word loop,
       equal buffers and the last byte different: 1 MiB 0.59-0.80, 4
       MiB 0.66-0.87, 8 MiB 0.72-0.94; 12 MiB 0.88-1.56, 16 MiB
       1.02-1.46, 32 MiB 1.01-1.19, 64 MiB 1.15-1.18; make bench on a
       clean clone of 6df5d19, 24-64 MiB 1.12-1.19): cmp_rep_max 8
       MiB.  */
  { AMD_LIKE, 0x1a, ~0u, LM_CPU_ERMS | LM_CPU_FSRM,
    { "amd-zen5", { .erms = true, .alias_guard = false,
                    .copy_rep_min = 768, .movsq_max = 0,
                    .move_movsq_max = 255, .move_short_rep_max = 127,
                    .movsb_words_max = 2016,
                    .skew_loop_min = SIZE_MAX,
                    .near_loop_min = SIZE_MAX,
                    .copy_piece_min = 4 << 20,
                    .copy_piece_max = (16 << 20) - 1,
                    .set_rep_min = 768, .set_short_rep_max = 127,
                    .set_piece_min = 4 << 20, .set_piece_max = 32 << 20,
                    .move_chunk_min = 1024, .move_piece_max = 2111,
                    .move_prefetch_min = SIZE_MAX,
                    .cmp_rep_min = 2048, .cmp_rep_max = 8 << 20 } } },
  /* AMD Zen 3 and Zen 4 (family 19h).  Measured on an AMD EPYC
     Zen 4 (family 19h model 11h, 2.6 GHz) with make bench (best of 10
     interleaved repetitions; aligned / destination 5 and source 3 past
     alignment):
     - copies: rep movsq's short path makes 193 B 6.3 / 6.3 ns, against
       8.4 / 11.0 for the register loop and 12.0 / 13.5 for rep movsb; at
       256 B the loop is fastest (9.0 / 9.8 ns; rep movsb 11.0 / 14.1,
       rep movsq 12.7 / 12.8) and at 512 B rep movsb for an aligned
       destination (11.7 against 14.4 ns) and rep movsq for an unaligned
       one (12.8 against 14.8 for rep movsb, 16.1 for the loop), which
       holds to 1 KiB (16.9 against 18.9) and ends by 2 KiB (42.1 against
       27.6): copy_rep_min 512, movsq_max 1536.
     - rep movsb takes 3-7 TSC cycles longer for a count that is not a
       multiple of 32, up to about 8 KiB (string-ops.h's
       lm_rep_movsb_words; make bench's rounds, median of 5 processes,
       with the last word alone: memcpy 769 B 14.46 -> 13.64 ns, 1537 B
       21.01 -> 19.42; with the last 32 bytes, through memcpy at 1-8 KiB,
       0.95 of plain rep movsb's time at 1 KiB to 0.99 at 7 KiB, level
       from 8 KiB).  But from 2 KiB the blocks cost make bench's random
       list 1% (libmem over bare rep movsb, median of 11 processes: 0.907
       without them, 0.909 up to 2016 B, 0.919 up to 8 KiB):
       movsb_words_max 2016.
     - skewed copies (impl.h's lm_skewed): rep movsb over the register
       loop 1.12-1.38 from 12 to 32 MiB, 0.70-0.80 at 8 MiB, 0.89-0.98
       at 48 MiB (make bench's rounds, src+3 to dst+2053, four
       processes): skew_loop_min 12 MiB, skew_loop_max 32 MiB.  That is
       this part's 32 MiB L3 (per CCD, as on most Zen 3-5 parts), and
       the count from which rep movsb and rep stosb stream their stores
       past the caches (a scratch loop: a copy of 32 MiB - 1 byte 1560
       us, of 32 MiB 1434 us; a fill 722 against 1175 us); one with
       more or less L3 would move the band: make tune measures it.
     - moves whose source lies less than 2 KiB ahead (impl.h's lm_near):
       from that same 32 MiB, rep movsb over the register loop 1.15-1.5
       (a scratch loop, 32 and 48 MiB, aligned and not, 8 to 3000 bytes
       ahead) and 0.91 just below it: near_loop_min 32 MiB.
     - fills: memset's 32-byte steps (memset.c) win to 512 B (9.0
       against 10.7 ns for bare rep stosb; 128 B 2.7 against 8.7) or tie
       (97 B: 2.45 ns, FSRM's rep stosb 2.45 aligned and 2.72 with the
       destination 3 bytes past a page); from 769 B rep stosb wins (12.8
       against 14.5 ns by the loop): set_rep_min 768.
     - backward moves: gap-sized chunks of rep movsb against the
       backward register loop, in a scratch loop (TSC cycles, 1-64 KiB):
       0.88-0.96 of its time with a 512-byte gap, 0.71-0.90 with 768,
       1.06-1.24 with 384; make tune's fixed gaps at 4-64 KiB, 0.88-0.98
       with 512 and 1.06-1.19 with 384.  make bench's rounds disagree
       for two chunks of 512 (memmove by half its size at 1 KiB: 26.4
       against 25.0 ns), where the loop does best: move_chunk_min 512.
     - rep movsb at 4 KiB takes 1150 ns with the destination 1-15 bytes
       ahead of the source modulo 4096 against 42 ns at 64 bytes, and rep
       movsq has the same cliff: the guard avoids it.
     - repe cmpsb beats the word loop from about 2 KiB (equal buffers: 54
       against 61 ns at 2 KiB, 80 against 121 ns at 4 KiB, 1250 against
       2888 ns at 64 KiB; at 1 KiB 39 against 31 ns).
     Zen 3 is not measured here; the guard follows AMD's Zen 3 reports.
     Zen 5 differs (the row above).  */
  { AMD_LIKE, 0x19, 0x19, LM_CPU_ERMS | LM_CPU_FSRM,
    { "amd-zen3", { .erms = true, .alias_guard = true,
                    .copy_rep_min = 512, .movsq_max = 1536,
                    .movsb_words_max = 2016,
                    .skew_loop_min = 12 << 20, .skew_loop_max = 32 << 20,
                    .near_loop_min = 32 << 20,
                    .set_rep_min = 768, .move_chunk_min = 512,
                    .cmp_rep_min = 2048 } } },
  /* Zen 1/2 (family 17h) and Hygon Dhyana (18h): ERMS without FSRM,
     so rep's start-up is dearer.  Not measured: the thresholds are the
     ERMS-without-FSRM middle, and the cliff is not known there.  */
  { AMD_LIKE, 0x17, 0x18, LM_CPU_ERMS,
    { "amd-zen1", { .erms = true, .alias_guard = false,
                    .copy_rep_min = 1024, .skew_loop_min = SIZE_MAX,
                    .near_loop_min = SIZE_MAX,
                    .set_rep_min = 1024, .move_chunk_min = 1024,
                    .cmp_rep_min = SIZE_MAX } } },
  /* Intel with FSRM: Ice Lake, and Golden Cove (Sapphire Rapids,
     Alder Lake P-cores) and later.  From a Golden Cove Xeon's make bench
     (issue 8, glibc 2.36): the register loop took 1.17x rep movsb's time
     at 1 KiB, 1.12x at 2 KiB, 1.07x at 4 KiB, so rep from 512 B (512 B
     itself not measured); the fill loop of the time (64-byte steps)
     took 1.62x rep stosb's at 128 B, so rep stosb from 128 B (65-127 B,
     and memset's 32-byte steps, not measured);
     no short-distance cliff (4 KiB at distance 1 mod 4096: rep movsb
     27 ns, glibc 29 ns), so no guard.  */
  { VENDOR (LM_VENDOR_INTEL), 6, 6, LM_CPU_ERMS | LM_CPU_FSRM,
    { "intel-fsrm", { .erms = true, .alias_guard = false,
                      .copy_rep_min = 512, .skew_loop_min = SIZE_MAX,
                      .near_loop_min = SIZE_MAX,
                      .set_rep_min = 128, .move_chunk_min = 512,
                      .cmp_rep_min = SIZE_MAX } } },
  /* Intel with ERMS, without FSRM: Ivy Bridge to Cascade Lake.  Not
     measured: the FSRM figures' crossovers doubled for the dearer
     start-up; Intel has not shown the cliff.  */
  { VENDOR (LM_VENDOR_INTEL), 6, 6, LM_CPU_ERMS,
    { "intel-erms", { .erms = true, .alias_guard = false,
                      .copy_rep_min = 1024, .skew_loop_min = SIZE_MAX,
                      .near_loop_min = SIZE_MAX,
                      .set_rep_min = 512, .move_chunk_min = 1024,
                      .cmp_rep_min = SIZE_MAX } } },
  /* Any other CPU with ERMS (other vendors and families, and a Zen 3
     or later whose hypervisor hides FSRM): the safe middle.  The guard
     is on: where the cliff is unknown, a copy in the window costs at
     most ~2.7x by the loop (Golden Cove) but up to 25x by rep movsb
     (Zen 4).  */
  { 0, 0, ~0u, LM_CPU_ERMS,
    { "generic-erms", { .erms = true, .alias_guard = true,
                        .copy_rep_min = 1024, .skew_loop_min = SIZE_MAX,
                        .near_loop_min = SIZE_MAX,
                        .set_rep_min = 1024, .move_chunk_min = 1024,
                        .cmp_rep_min = SIZE_MAX } } },
  /* No ERMS: rep movsb is a byte loop in microcode; rep movsq/stosq is
     the fast string form every x86_64 CPU has, but starts slowly (QEMU's
     qemu64 model is such a CPU).  */
  { 0, 0, ~0u, 0,
    { "no-erms", { .erms = false, .alias_guard = false,
                   .copy_rep_min = 2048, .skew_loop_min = SIZE_MAX,
                   .near_loop_min = SIZE_MAX,
                   .set_rep_min = 2048, .move_chunk_min = 2048,
                   .cmp_rep_min = SIZE_MAX } } },
};

enum { ROWS = sizeof rows / sizeof rows[0] };

const struct lm_profile *
lm_profile_for (const struct lm_cpu *cpu)
{
  for (size_t i = 0; i < ROWS; i++)
    {
      const struct profile_row *r = &rows[i];
      if ((!r->vendors || r->vendors & VENDOR (cpu->vendor))
          && cpu->family >= r->family_min && cpu->family <= r->family_max
          && (cpu->features & r->features) == r->features)
        return &r->profile;
    }
  return &rows[ROWS - 1].profile;
}

const struct lm_profile *
lm_profile_at (size_t index)
{
  return index < ROWS ? &rows[index].profile : NULL;
}
