/* memcmp.c -- memcmp a word at a time.

   Words are loaded little-endian and byte-swapped, so comparing them as
   integers compares their bytes in memory order, as unsigned char.  */

#include "impl.h"

static inline uint64_t
load_be64 (const unsigned char *p)
{
  return __builtin_bswap64 (lm_load64 (p));
}

static inline uint32_t
load_be32 (const unsigned char *p)
{
  return __builtin_bswap32 (lm_load32 (p));
}

static inline int
order (uint64_t a, uint64_t b)
{
  return (a > b) - (a < b);
}

/* 0..16 bytes: at most two overlapping word compares.  When the first
   word is equal, the overlap is too, so the second word's first
   difference is the buffers' first difference.  */
int
lm_cmp_small (const unsigned char *a, const unsigned char *b, size_t n)
{
  if (n >= 8)
    {
      uint64_t x = load_be64 (a), y = load_be64 (b);
      if (x != y)
        return order (x, y);
      return order (load_be64 (a + n - 8), load_be64 (b + n - 8));
    }
  if (n >= 4)
    {
      uint32_t x = load_be32 (a), y = load_be32 (b);
      if (x != y)
        return order (x, y);
      return order (load_be32 (a + n - 4), load_be32 (b + n - 4));
    }
  if (n > 0)
    {
      /* First, middle and last byte, most significant first, order 1, 2
         and 3 bytes alike.  */
      uint32_t x = (uint32_t) a[0] << 16 | (uint32_t) a[n / 2] << 8 | a[n - 1];
      uint32_t y = (uint32_t) b[0] << 16 | (uint32_t) b[n / 2] << 8 | b[n - 1];
      return order (x, y);
    }
  return 0;
}

/* More than 16 bytes: 32 bytes a step, folding the differences of four
   word pairs into one test; then the last 16 bytes, overlapping.  */
int
lm_cmp_words (const unsigned char *a, const unsigned char *b, size_t n)
{
  size_t i = 0;
  for (; n - i > 32; i += 32)
    {
      uint64_t d = (lm_load64 (a + i) ^ lm_load64 (b + i))
                   | (lm_load64 (a + i + 8) ^ lm_load64 (b + i + 8))
                   | (lm_load64 (a + i + 16) ^ lm_load64 (b + i + 16))
                   | (lm_load64 (a + i + 24) ^ lm_load64 (b + i + 24));
      if (d != 0)
        break;
    }
  for (; n - i > 16; i += 8)
    {
      uint64_t x = load_be64 (a + i), y = load_be64 (b + i);
      if (x != y)
        return order (x, y);
    }
  return lm_cmp_small (a + n - 16, b + n - 16, 16);
}

LM_EXPORT int
LM_ENTRY (memcmp) (const void *a, const void *b, size_t n)
{
  if (n <= 16)
    return lm_cmp_small (a, b, n);
  return lm_cmp_words (a, b, n);
}
