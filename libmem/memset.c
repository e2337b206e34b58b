/* memset.c -- memset and its fill strategies.  */

#include "impl.h"
#include "small.h"
#include "x86_64/string-ops.h"

void *
lm_set_small (unsigned char *dst, uint64_t pattern, size_t n)
{
  lm_small_set (dst, pattern, n);
  return dst;
}

/* More than 64 bytes: an unaligned first word, 64 bytes a step with the
   destination 8-byte aligned, and the small fill for the ragged end.  */
void *
lm_set_loop (unsigned char *dst, uint64_t pattern, size_t n)
{
  lm_store64 (dst, pattern);
  size_t i = -(uintptr_t) dst & 7;
  for (; n - i >= 64; i += 64)
    {
      lm_store64 (dst + i, pattern);
      lm_store64 (dst + i + 8, pattern);
      lm_store64 (dst + i + 16, pattern);
      lm_store64 (dst + i + 24, pattern);
      lm_store64 (dst + i + 32, pattern);
      lm_store64 (dst + i + 40, pattern);
      lm_store64 (dst + i + 48, pattern);
      lm_store64 (dst + i + 56, pattern);
    }
  lm_small_set (dst + i, pattern, n - i);
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

/* More than 32 bytes.  From LM_SHORT_REP_END on, rep stosb comes first,
   behind one size test and the tuning's two, and takes the fill byte as
   it came rather than from the pattern, which is only made on the paths
   that store it.  Each test or multiply before the instruction cost it
   time (Zen 4, make bench, against the tree of tests this replaced:
   1 KiB 14.1-14.3 ns against 15.0, 1.5 KiB 17.4 against 18.5, 2 KiB 18.5
   against 19.6, the last two now level with bare rep stosb; 33-64 bytes
   pay one test more, 2.45 against 2.2 ns at 64).  memset reaches it, and
   it the loops, by jumps, so that the destination stays in the return
   register and no return address is pushed before the instruction
   (make bench's rounds, median of 7 processes, over bare rep stosb, with
   the jumps against inline with a call: 769 B 1.04 against 1.11, 1537 B
   1.03 against 1.07, 1-2 B 0.50-0.56 against 0.60-0.67; 64 B 0.90
   against 0.80).  */
static __attribute__ ((noinline)) void *
set_large (unsigned char *d, int c, size_t n)
{
  if (n >= LM_SHORT_REP_END)
    {
      if (n >= lm_tuning.set_rep_min && lm_tuning.erms)
        lm_rep_stosb (d, (uint8_t) c, n);
      else if (n < lm_tuning.set_rep_min)
        return lm_set_loop (d, fill_pattern (c), n);
      else
        return lm_set_rep (d, fill_pattern (c), n);
    }
  else if (n > LM_SMALL_MAX && lm_tuning.short_rep)
    lm_rep_stosb (d, (uint8_t) c, n);
  else if (n > LM_SMALL_MAX)
    return lm_set_loop (d, fill_pattern (c), n);
  else
    lm_small_set (d, fill_pattern (c), n);
  return d;
}

/* Up to 32 bytes: a cascade of overlapping stores from both ends, each
   step wider, where every size falls through the steps it needs and
   leaves by one taken branch.  (A tree of tests, with a taken branch or
   two before the stores, was one to two cycles slower at 1-16 bytes on
   Zen 4 than musl's cascade of stores.)  Each step's stores lie within
   the buffer for every size that reaches it: 4-byte stores at both ends
   cover 4-8 bytes, 8-byte ones at both ends 9-16, and 8-byte ones at 8
   and n - 16 the rest up to 32.  */
LM_EXPORT void *
LM_ENTRY (memset) (void *dst, int c, size_t n)
{
  unsigned char *d = dst;
  if (__builtin_expect (n > 32, 0))
    return set_large (d, c, n);
  uint64_t pattern = fill_pattern (c);
  if (__builtin_expect (n < 4, 0))
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
