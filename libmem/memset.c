/* memset.c -- memset and its fill strategies.  */

#include "impl.h"
#include "x86_64/string-ops.h"

/* 32 bytes a step from P while P is below LAST, then the 32 bytes at
   LAST, which overlap the last step: every size from 32 bytes past P's
   start is a loop of whole steps and one fixed tail, with no cascade
   of tests for the end.  */
static inline void
fill_steps (unsigned char *p, unsigned char *last, uint64_t pattern)
{
  for (; p < last; p += 32)
    {
      lm_store64 (p, pattern);
      lm_store64 (p + 8, pattern);
      lm_store64 (p + 16, pattern);
      lm_store64 (p + 24, pattern);
    }
  lm_store64 (last, pattern);
  lm_store64 (last + 8, pattern);
  lm_store64 (last + 16, pattern);
  lm_store64 (last + 24, pattern);
}

/* More than 32 bytes: an unaligned first word, then the steps from the
   first 8-byte boundary.  Unaligned steps lose beyond 128 bytes, where
   every eighth word is split between cache lines (make bench's rounds,
   Zen 4, destination 3 bytes past a page: 385 B 0.91 against 0.60 times
   bare rep stosb's time, 512 B 1.04 against 0.75).  */
void *
lm_set_loop (unsigned char *dst, uint64_t pattern, size_t n)
{
  lm_store64 (dst, pattern);
  fill_steps (dst + (-(uintptr_t) dst & 7), dst + n - 32, pattern);
  return dst;
}

/* At least 8 bytes with rep stosb on ERMS CPUs, else rep stosq and an
   overlapping last word.  */
void *
lm_set_rep (unsigned char *dst, uint64_t pattern, size_t n)
{
  if (lm_tuning.erms)
    lm_rep_stosb (dst, (uint8_t) pattern, n);
  else
    {
      lm_rep_stosq (dst, pattern, n / 8);
      lm_store64 (dst + n - 8, pattern);
    }
  return dst;
}

/* The fill byte C, as the standard converts it to unsigned char, in
   every byte of a word.  */
static inline uint64_t
fill_pattern (int c)
{
  return (unsigned char) c * UINT64_C (0x0101010101010101);
}

/* More than 128 bytes, or at least set_rep_min: rep stosb from
   set_rep_min, the loop below it.  rep stosb comes behind the tuning's
   two tests and takes the fill byte as it came; the pattern is made
   only on the paths that store it.  memset reaches this function, and
   it the loop, by jumps, so that the destination stays in the return
   register and no return address is pushed before the instruction
   (make bench's rounds, median of 7 processes, over bare rep stosb,
   with the jumps against inline with a call: 769 B 1.04 against 1.11,
   1537 B 1.03 against 1.07).  */
static __attribute__ ((noinline)) void *
set_large (unsigned char *d, int c, size_t n)
{
  if (n < lm_tuning.set_rep_min)
    return lm_set_loop (d, fill_pattern (c), n);
  if (__builtin_expect (!lm_tuning.erms, 0))
    return lm_set_rep (d, fill_pattern (c), n);
  lm_rep_stosb (d, (uint8_t) c, n);
  return d;
}

/* Up to 32 bytes: a cascade of overlapping stores from both ends, each
   step wider, where every size falls through the steps it needs and
   leaves by one taken branch.  (A tree of tests, with a taken branch or
   two before the stores, was one to two cycles slower at 1-16 bytes on
   Zen 4 than musl's cascade of stores.)  Each step's stores lie within
   the buffer for every size that reaches it: 4-byte stores at both ends
   cover 4-8 bytes, 8-byte ones at both ends 9-16, and 8-byte ones at 8
   and n - 16 the rest up to 32.

   33-128 bytes below set_rep_min take unaligned steps here, with no
   jump: one to three steps and the tail, 8 to 16 stores.  Against the
   64-byte steps and cascade they replace, reached through a function
   that also chose rep stosb for 65-127 bytes on Zen 4 (make bench's
   rounds, median of five processes, over bare rep stosb's time): 49 B
   0.75 against 1.00, 64 B 0.70 against 0.90, 128 B 0.28 against 0.53
   (and 256 B, by lm_set_loop, 0.50 against 0.62); 97 B 1.11 against
   1.22, but 1.30 against 1.10 with the destination 3 bytes past a
   page.  There rep stosb takes 9 cycles (FSRM prices 1-127 bytes
   alike) and the 16 stores 10, or 13 where one of them is split
   between cache lines.  */
LM_EXPORT void *
LM_ENTRY (memset) (void *dst, int c, size_t n)
{
  unsigned char *d = dst;
  if (__builtin_expect (n > LM_SET_CASCADE_MAX, 0))
    {
      if (n > 128 || n >= lm_tuning.set_rep_min)
        return set_large (d, c, n);
      fill_steps (d, d + n - 32, fill_pattern (c));
      return dst;
    }
  uint64_t pattern = fill_pattern (c);
  /* No __builtin_expect here: with it, GCC put the 1-3 byte stores
     past the steps above, across a 64-byte line, and 1-2 byte fills
     took a cycle longer.  */
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
  lm_store32 (d, (uint32_t) pattern);
  lm_store32 (d + n - 4, (uint32_t) pattern);
  if (n <= 8)
    return dst;
  lm_store64 (d, pattern);
  lm_store64 (d + n - 8, pattern);
  if (n <= 16)
    return dst;
  lm_store64 (d + 8, pattern);
  lm_store64 (d + n - 16, pattern);
  return dst;
}
