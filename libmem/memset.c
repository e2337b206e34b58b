/* memset.c -- memset and its fill strategies.  */

#include "impl.h"
#include "small.h"
#include "x86_64/string-ops.h"

void
lm_set_small (unsigned char *dst, uint64_t pattern, size_t n)
{
  lm_small_set (dst, pattern, n);
}

/* More than 64 bytes: an unaligned first word, 64 bytes a step with the
   destination 8-byte aligned, and the small fill for the ragged end.  */
void
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
}

/* At least 8 bytes with rep stosb on ERMS CPUs, else rep stosq and an
   overlapping last word.  */
void
lm_set_rep (unsigned char *dst, uint64_t pattern, size_t n)
{
  if (lm_tuning.erms)
    {
      lm_rep_stosb (dst, (uint8_t) pattern, n);
      return;
    }
  lm_rep_stosq (dst, pattern, n / 8);
  lm_store64 (dst + n - 8, pattern);
}

LM_EXPORT void *
LM_ENTRY (memset) (void *dst, int c, size_t n)
{
  unsigned char *d = dst;
  if (n <= 16)
    {
      lm_small_set16 (d, (unsigned char) c, n);
      return dst;
    }
  if (n > LM_SMALL_MAX && n < LM_SHORT_REP_END && lm_tuning.short_rep)
    {
      lm_rep_stosb (d, (uint8_t) c, n);   /* inline: a call costs as much */
      return dst;
    }
  /* The standard converts c to unsigned char; spread it over a word.  */
  uint64_t pattern = (unsigned char) c * UINT64_C (0x0101010101010101);
  if (n <= LM_SMALL_MAX)
    lm_small_set (d, pattern, n);
  else if (n >= lm_tuning.set_rep_min)
    lm_set_rep (d, pattern, n);
  else
    lm_set_loop (d, pattern, n);
  return dst;
}
