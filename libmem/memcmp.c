/* memcmp.c -- memcmp a word at a time (see small.h for the byte
   order).  */

#include "impl.h"
#include "small.h"
#include "x86_64/string-ops.h"

int
lm_cmp_small (const unsigned char *a, const unsigned char *b, size_t n)
{
  return lm_small_cmp (a, b, n);
}

/* The differences of the 16 bytes at OFFSET, folded into one word that
   is zero exactly when they are equal.  */
static inline uint64_t
diff16 (const unsigned char *a, const unsigned char *b, size_t offset)
{
  return (lm_load64 (a + offset) ^ lm_load64 (b + offset))
         | (lm_load64 (a + offset + 8) ^ lm_load64 (b + offset + 8));
}

/* The order of the first difference in the 16 bytes at A and B, which
   differ somewhere, all bytes before them being equal.  */
static inline int
order16 (const unsigned char *a, const unsigned char *b)
{
  uint64_t x = lm_load64 (a), y = lm_load64 (b);
  if (x != y)
    return order (__builtin_bswap64 (x), __builtin_bswap64 (y));
  return order (load_be64 (a + 8), load_be64 (b + 8));
}

/* The order of the first difference in the 32 bytes at A and B, which
   differ somewhere, all bytes before them being equal.  Out of line, so
   that the loop that finds them keeps its registers to itself (inlined,
   it saved and restored more of them: 193-512 B slower).  */
static __attribute__ ((noinline)) int
order32 (const unsigned char *a, const unsigned char *b)
{
  if (diff16 (a, b, 0) != 0)
    return order16 (a, b);
  return order16 (a + 16, b + 16);
}

/* More than 16 bytes: 32 bytes a step, folding the differences of four
   word pairs into one test, then the last 32 bytes, overlapping; 17-32
   bytes as two overlapping halves.  Only a difference pays for finding
   where it is, so equal buffers, the common answer, take one test per
   step and none for the end, whose count would vary with the size and
   mispredict when sizes are mixed.  */
int
lm_cmp_words (const unsigned char *a, const unsigned char *b, size_t n)
{
  if (n <= 32)
    {
      if ((diff16 (a, b, 0) | diff16 (a, b, n - 16)) == 0)
        return 0;
      if (diff16 (a, b, 0) != 0)
        return order16 (a, b);
      return order16 (a + n - 16, b + n - 16);
    }
  size_t i = 0;
  for (; n - i > 32; i += 32)
    if ((diff16 (a, b, i) | diff16 (a, b, i + 16)) != 0)
      break;
  if (n - i <= 32)
    {
      i = n - 32;
      if ((diff16 (a, b, i) | diff16 (a, b, i + 16)) == 0)
        return 0;
    }
  return order32 (a + i, b + i);
}

/* More than 0 bytes with the string instruction.  */
int
lm_cmp_rep (const unsigned char *a, const unsigned char *b, size_t n)
{
  return lm_repe_cmpsb (a, b, n);
}

/* More than 16 bytes: repe cmpsb where the tuning says so, else the
   word loop.  */
static __attribute__ ((noinline)) int
cmp_large (const unsigned char *a, const unsigned char *b, size_t n)
{
  if (n >= lm_tuning.cmp_rep_min && n <= lm_tuning.cmp_rep_max)
    return lm_repe_cmpsb (a, b, n);
  return lm_cmp_words (a, b, n);
}

LM_EXPORT int
LM_ENTRY (memcmp) (const void *a, const void *b, size_t n)
{
  /* 1-3 bytes first, in one test (n == 0 wraps around and ends in the
     small compare): behind the small compare's cascade 2 bytes took
     four taken branches.  Every class then reaches its code with at
     most one taken branch, 8-16 bytes with none, and equal buffers, the
     common answer, fall straight through to the return.  */
  if (__builtin_expect (n - 1 < 3, 0))
    return lm_small_cmp3 (a, b, n);
  if (__builtin_expect (n > 16, 0))
    return cmp_large (a, b, n);
  return lm_small_cmp (a, b, n);
}
