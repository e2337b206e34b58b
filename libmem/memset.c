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
   Aligned steps keep every word within a cache line (unaligned ones
   split every eighth), and they start past the first word even where
   the destination is aligned, so that no word is stored twice.  */
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
   set_rep_min, the loop below it.  Plain rep stosb comes behind one
   test, an unsigned compare for the range from set_rep_min to the band
   of pieces (set_stosb_span; empty without ERMS), and takes the fill
   byte as it came; the pattern is made only on the paths that store it.
   A second test ahead of rep stosb cost it a cycle or two, so the loop
   pays it instead.  memset reaches this function, and it the loop, by
   jumps, so that the destination stays in the return register and no
   return address is pushed just before the instruction.  */
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
   in four classes tested in the order that mispredicts least when sizes
   come at random: more than 64 bytes first, then below 4 (first, middle
   and last byte), below 8 (two 4-byte stores), and 8-32 bytes as four
   words (lm_mid_word) apart from 33-64 as two 32-byte blocks.  Most real
   sizes are small, so a test in the middle of them, taken half the
   time, would mispredict most.  Fewer classes (eight clamped words for
   8-64 bytes) or more (a step per power of two) cost every fixed size a
   cycle or more.

   Fills of 65 bytes to set_short_rep_max (0 unless the profile sets it)
   go to rep stosb behind one more test: Zen 5 runs rep stosb of up to
   127 bytes in the same short time at every count (profiles.c).  Other
   fills of 65-128 bytes below set_rep_min are stored here as
   lm_set_loop stores them, 9 to 17 stores, which beat rep stosb there
   on Zen 4.  */
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
