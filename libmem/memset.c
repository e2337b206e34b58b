/* memset.c -- memset and its fill strategies.  */

#include "impl.h"
#include "x86_64/string-ops.h"

/* The 32 bytes at P, in four word stores.  */
static inline void
fill32 (unsigned char *p, uint64_t pattern)
{
  lm_store64 (p, pattern);
  lm_store64 (p + 8, pattern);
  lm_store64 (p + 16, pattern);
  lm_store64 (p + 24, pattern);
}

/* More than 32 bytes: an unaligned first word, then 32 bytes a step
   from the 8-byte boundary past it while below the last 32 bytes, then
   those 32 bytes, which overlap the last step: every size is a loop of
   whole steps and one fixed tail, with no cascade of tests for the end.
   The steps start past the first word even where the destination is
   aligned, so that no word is stored twice at the start.  Aligned steps
   keep every word within a cache line; unaligned ones split every
   eighth (make bench's rounds, Zen 4, destination 3 bytes past a page:
   385 B 0.91 against 0.60 times bare rep stosb's time, 512 B 1.04
   against 0.75).  Starting an aligned destination's steps at its
   second word rather than its first (make bench's rounds, median of 5
   processes): 193 B 4.63 -> 3.96 ns, 385 B 7.90 -> 7.23; 256 B 4.64 ->
   4.73, 512 B 9.01 -> 9.10.  */
static inline void
fill_from_word (unsigned char *dst, size_t n, uint64_t pattern)
{
  uintptr_t past_first = ((uintptr_t) dst + 8) & ~(uintptr_t) 7;
  unsigned char *p = (unsigned char *) past_first;
  unsigned char *last = dst + n - 32;
  lm_store64 (dst, pattern);
  for (; p < last; p += 32)
    fill32 (p, pattern);
  fill32 (last, pattern);
}

void *
lm_set_loop (unsigned char *dst, uint64_t pattern, size_t n)
{
  fill_from_word (dst, n, pattern);
  return dst;
}

/* At least 8 bytes with rep stosq and an overlapping last word.  With
   ERMS, memset runs rep stosb itself (set_large).  */
void *
lm_set_stosq (unsigned char *dst, uint64_t pattern, size_t n)
{
  lm_rep_stosq (dst, pattern, n / 8);
  lm_store64 (dst + n - 8, pattern);
  return dst;
}

/* The fill byte C, as the standard converts it to unsigned char, in
   every byte of a word.  */
static inline uint64_t
fill_pattern (int c)
{
  return (unsigned char) c * UINT64_C (0x0101010101010101);
}

/* N bytes with rep stosb, in pieces of half set_piece_min (lm_tuning;
   all at once if that is 0): none of them reaches the count from which
   the CPU may stream its stores past the caches.  */
void *
lm_set_pieces (unsigned char *dst, uint64_t pattern, size_t n)
{
  size_t piece = lm_tuning.set_piece_min / 2;
  unsigned char *p = dst;
  if (piece == 0)
    piece = n;
  for (; n > piece; p += piece, n -= piece)
    lm_rep_stosb (p, (uint8_t) pattern, piece);
  lm_rep_stosb (p, (uint8_t) pattern, n);
  return dst;
}

/* Fills of set_rep_min bytes or more that plain rep stosb does not take
   (set_large): rep stosq on a CPU without ERMS, rep stosb in pieces
   within the band from set_piece_min to set_piece_max, plain rep stosb
   past it.  Out of line, and making the pattern itself, so that the
   loop below rep stosb's threshold keeps its place in set_large: with
   the pattern made in set_large for both, GCC hoists it ahead of their
   test.  */
static __attribute__ ((noinline, cold)) void *
set_rep_other (unsigned char *d, int c, size_t n)
{
  if (!lm_tuning.erms)
    return lm_set_stosq (d, fill_pattern (c), n);
  if (n >= lm_tuning.set_piece_min && n <= lm_tuning.set_piece_max)
    return lm_set_pieces (d, (uint8_t) c, n);
  lm_rep_stosb (d, (uint8_t) c, n);
  return d;
}

/* More than 128 bytes, or at least set_rep_min: rep stos from
   set_rep_min, the loop below it.  rep stosb comes behind one test,
   one unsigned compare for the range from set_rep_min to the band of
   pieces (set_stosb_span; none without ERMS), and
   takes the fill byte as it came; the pattern is made only on the
   paths that store it.  (The range's second bound cost nothing
   measurable: Zen 5, make bench's rounds, 4 processes, 769 B-4 KiB
   within 0.2 ns of the single bound, aligned and from 3 bytes past a
   page.)  A second test on the tuning ahead of rep
   stosb, for ERMS, cost it a cycle or two (Zen 4, a scratch loop, TSC
   cycles, bare rep stosb / one test / two tests: 1 KiB 34.3 / 33.8 /
   36.0, and 39.3 / 38.7 / 42.4 from 3 bytes past a page; make bench's
   rounds, median of 5 processes, over bare rep stosb, one test against
   two: 1 KiB 1.022 against 1.044, and from 3 bytes past a page 769 B
   1.038 against 1.059, 1 KiB 1.038 against 1.072, 1537 B 1.032 against
   1.064).  Loading both thresholds and testing them in one branch was
   between the two (40.0 cycles from 3 bytes past a page).  The loop
   pays the second test instead (the random list 4.76 ns either way,
   median of 7 processes).  memset reaches this function, and it the
   loop, by jumps, so that the destination stays in the return register
   and no return address is pushed before the instruction (make bench's
   rounds, median of 7 processes, over bare rep stosb, with the jumps
   against inline with a call: 769 B 1.04 against 1.11, 1537 B 1.03
   against 1.07).  */
static __attribute__ ((noinline)) void *
set_large (unsigned char *d, int c, size_t n)
{
  if (n - lm_tuning.set_rep_min < lm_tuning.set_stosb_span)
    {
      lm_rep_stosb (d, (uint8_t) c, n);
      return d;
    }
  if (__builtin_expect (n >= lm_tuning.set_rep_min, 0))
    return set_rep_other (d, c, n);
  return lm_set_loop (d, fill_pattern (c), n);
}

/* Up to 64 bytes (LM_SET_SMALL_MAX): overlapping stores from both ends,
   in four classes tested in order of the mispredictions they cost when
   sizes come at random: more than 64 bytes first, then below 4 (first,
   middle and last byte), below 8 (two 4-byte stores), and 8-32 bytes as
   four words (lm_mid_word) apart from 33-64 as two 32-byte blocks.
   Most real sizes are small, so a test in the middle of them, where
   each side is taken half the time, mispredicts most: the order this
   replaced (32 bytes first, then below 8 and then 4) cost memset's
   random list (of 4096 calls then, which Zen 5 partly learned; see
   bench-host.cc) 8.05 ns a call against 6.50 for this one, and the fixed
   sizes of 1-64 bytes 1.65-1.93 ns against 1.39-1.40 (Zen 5, make
   bench's rounds, median of 5 processes each; bare rep stosb 4.6 and
   2.0, glibc 3.9 and 1.9-2.2).  Eight words for the whole of 8-64
   bytes, their offsets clamped to the size, saved another 1.2 ns on
   the random list but took 2.2 ns at every fixed size from 8 bytes:
   their dozen extra instructions cost a cycle a call.  (A cascade that
   fell through a step per size class, 4, 8 and 16 bytes, each ending in
   a test, took a cycle or two longer from 13 bytes up on Zen 5; a tree
   of tests, with a taken branch or two before the stores, was one to
   two cycles slower at 1-16 bytes on Zen 4 than musl's cascade of
   stores.)

   Fills of 65 bytes to set_short_rep_max (0 unless the profile sets
   it) go to rep stosb behind one more test: Zen 5 runs rep stosb of up
   to 127 bytes in the same short time at every count (profiles.c).
   With that test laid out as the likely way, the loop's sizes from 128
   bytes took 0.5-0.8 ns longer (make bench's rounds, 128 and 193 B).

   Other fills of 65-128 bytes below set_rep_min are stored here as
   lm_set_loop stores them (9 to 17 stores).  Unaligned steps from the
   destination itself did that before, and stored 16 words at 97 bytes
   where these store 13, one of them split between cache lines when the
   destination is not aligned (make bench's rounds, Zen 4, median of 7
   processes, these against those: 97 B 2.45 against 2.72 ns, and 2.45
   against 3.53 from 3 bytes past a page, where bare rep stosb takes
   2.45 and 2.72; 128 B 2.72 against 2.45, and 2.86 against 3.27 from 3
   bytes past a page, where rep stosb takes 8.7, FSRM's short fills
   ending at 127 bytes).  Those steps had replaced 64-byte steps and rep
   stosb for 65-127 bytes, 49 B 0.75 against 1.00 times bare rep stosb's
   time, 64 B 0.70 against 0.90, 128 B 0.28 against 0.53.  */
LM_EXPORT void *
LM_ENTRY (memset) (void *dst, int c, size_t n)
{
  unsigned char *d = dst;
  if (__builtin_expect (n > LM_SET_SMALL_MAX, 0))
    {
      if (n <= lm_tuning.set_short_rep_max)
        {
          lm_rep_stosb (d, (uint8_t) c, n);
          return dst;
        }
      if (n > 128 || n >= lm_tuning.set_rep_min)
        return set_large (d, c, n);
      fill_from_word (d, n, fill_pattern (c));
      return dst;
    }
  if (n < 4)
    {
      if (n > 0)
        {
          d[0] = (unsigned char) c;
          d[n / 2] = (unsigned char) c;
          d[n - 1] = (unsigned char) c;
        }
      return dst;
    }
  if (n < 8)
    {
      uint32_t pattern = (uint32_t) fill_pattern (c);
      lm_store32 (d, pattern);
      lm_store32 (d + n - 4, pattern);
      return dst;
    }
  uint64_t pattern = fill_pattern (c);
  if (n > 32)
    {
      fill32 (d, pattern);
      fill32 (d + n - 32, pattern);
      return dst;
    }
  size_t mid = lm_mid_word (n);
  lm_store64 (d, pattern);
  lm_store64 (d + mid, pattern);
  lm_store64 (d + n - 8 - mid, pattern);
  lm_store64 (d + n - 8, pattern);
  return dst;
}
