/* memset.c -- memset and its fill strategies.  */

#include "impl.h"
#include "x86_64/string-ops.h"

/* 0..64 bytes: a fixed set of possibly overlapping stores.  */
void
lm_set_small (unsigned char *dst, uint64_t pattern, size_t n)
{
  if (n >= 32)
    {
      lm_store64 (dst, pattern);
      lm_store64 (dst + 8, pattern);
      lm_store64 (dst + 16, pattern);
      lm_store64 (dst + 24, pattern);
      lm_store64 (dst + n - 32, pattern);
      lm_store64 (dst + n - 24, pattern);
      lm_store64 (dst + n - 16, pattern);
      lm_store64 (dst + n - 8, pattern);
    }
  else if (n >= 16)
    {
      lm_store64 (dst, pattern);
      lm_store64 (dst + 8, pattern);
      lm_store64 (dst + n - 16, pattern);
      lm_store64 (dst + n - 8, pattern);
    }
  else if (n >= 8)
    {
      lm_store64 (dst, pattern);
      lm_store64 (dst + n - 8, pattern);
    }
  else if (n >= 4)
    {
      lm_store32 (dst, (uint32_t) pattern);
      lm_store32 (dst + n - 4, (uint32_t) pattern);
    }
  else if (n > 0)
    {
      dst[0] = (unsigned char) pattern;
      dst[n / 2] = (unsigned char) pattern;
      dst[n - 1] = (unsigned char) pattern;
    }
}

/* More than 32 bytes: an unaligned first and last 32 bytes, and 32 bytes a
   step in between with the destination 8-byte aligned.  */
void
lm_set_loop (unsigned char *dst, uint64_t pattern, size_t n)
{
  lm_set_small (dst, pattern, 32);
  lm_set_small (dst + n - 32, pattern, 32);
  for (size_t i = 32 - ((uintptr_t) dst & 7); n - i > 32; i += 32)
    {
      lm_store64 (dst + i, pattern);
      lm_store64 (dst + i + 8, pattern);
      lm_store64 (dst + i + 16, pattern);
      lm_store64 (dst + i + 24, pattern);
    }
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
  /* The standard converts c to unsigned char; spread it over a word.  */
  uint64_t pattern = (unsigned char) c * UINT64_C (0x0101010101010101);

  if (n <= LM_SMALL_MAX)
    lm_set_small (d, pattern, n);
  else if (n >= lm_tuning.set_rep_min)
    lm_set_rep (d, pattern, n);
  else
    lm_set_loop (d, pattern, n);
  return dst;
}
