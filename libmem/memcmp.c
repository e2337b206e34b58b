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
   step and none for the end.  The word loop this replaced ended in 8-byte
   steps, a test each, whose count varied with the size, which random
   sizes mispredict.  Zen 5, make bench's rounds: the random list 21.3 ->
   14.7 ns a call (1.19 -> 1.09 x repe cmpsb), equal 32 B 2.25 -> 1.64 ns,
   256 B 6.11 -> 5.51 ns; a last byte that differs costs the search again,
   49-193 B 0.4-0.6 ns slower (97 B 3.35 -> 3.85 ns).  */
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
     small compare): behind the small compare's cascade 2 bytes took four
     taken branches, and musl's byte loop was faster (Zen 4, make bench's
     rounds, median of 5 processes, two builds: 2 B 2.98 -> 2.17-2.44
     ns, musl 1.90-2.17; 1 B unchanged at 2.17, 4-16 B unchanged or a
     step faster).  An earlier 1-byte test alone left 2 B behind the
     cascade.  Every class is laid out to reach its code with at most
     one taken branch, 8-16 bytes with none, and equal buffers, the
     common answer, fall through to the return: GCC had laid out the
     tests for more than 16 bytes straight on and the equal return out
     of line, so that 8-16 equal bytes took two taken branches and 4-7
     three.  Zen 5, make bench's rounds, two processes of each build,
     ns, before -> after (glibc): equal 1 B 1.74 -> 1.46 (1.46), 4 B
     2.61-2.63 -> 1.53-1.75 (1.46), 8-16 B 2.04-2.62 -> 1.45-1.47
     (1.46), 25-32 B 2.33-2.90 -> 2.08-2.14 (1.46); the last byte
     different, 4-16 B 2.04-3.79 -> 1.46-2.05 (1.75); the random list
     15.7 -> 15.0-15.2 (10.1-10.4); 64 B-4 KiB level.  */
  if (__builtin_expect (n - 1 < 3, 0))
    return lm_small_cmp3 (a, b, n);
  if (__builtin_expect (n > 16, 0))
    return cmp_large (a, b, n);
  return lm_small_cmp (a, b, n);
}
