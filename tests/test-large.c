/* test-large.c -- large and odd sizes up to 64 MiB with random offsets,
   including destinations a few bytes ahead of the source modulo 4096 (the
   distance at which libmem avoids rep movsb).  */

#include <config.h>

#include <stdio.h>
#include <string.h>

#include "harness.h"

enum { BIG = 64 << 20, SLACK = 8192 };

static struct guarded src, dst;

static void
check_copy (const char *config, size_t n, size_t so, size_t doff)
{
  unsigned char *d = dst.lo + doff, *s = src.lo + so;
  memset (dst.lo, 0x5a, doff);
  memset (d + n, 0x5a, dst.size - doff - n);
  if (lm_memcpy (d, s, n) != d || memcmp (d, s, n) != 0)
    test_fail ("%s: memcpy n=%zu src+%zu dst+%zu: wrong bytes", config, n,
               so, doff);
  for (size_t i = doff >= 64 ? doff - 64 : 0; i < doff; i++)
    if (dst.lo[i] != 0x5a)
      test_fail ("%s: memcpy n=%zu wrote below dst", config, n);
  for (size_t i = doff + n; i < doff + n + 64 && i < dst.size; i++)
    if (dst.lo[i] != 0x5a)
      test_fail ("%s: memcpy n=%zu wrote past dst+n", config, n);

  if (lm_memcmp (d, s, n) != 0)
    test_fail ("%s: memcmp n=%zu: equal buffers differ", config, n);
  d[n - 1] ^= 1;
  if ((lm_memcmp (d, s, n) > 0) != (d[n - 1] > s[n - 1]))
    test_fail ("%s: memcmp n=%zu: wrong order for a last-byte change", config, n);
}

static void
check_set (const char *config, size_t n, size_t off)
{
  unsigned char *d = dst.lo + off;
  if (lm_memset (d, 0x1c3, n) != d)
    test_fail ("%s: memset n=%zu returned the wrong pointer", config, n);
  for (size_t i = 0; i < n; i++)
    if (d[i] != 0xc3)
      {
        test_fail ("%s: memset n=%zu off=%zu byte %zu wrong", config, n, off, i);
        break;
      }
}

/* Move N bytes GAP bytes up (or down), the lower of source and
   destination AT bytes into dst's buffer.  */
static void
check_move (const char *config, size_t n, ptrdiff_t gap, size_t at)
{
  /* Positions in dst's buffer hold their own index mod 251: the result of
     any move is then easy to predict byte by byte.  */
  size_t s = at + (gap < 0 ? (size_t) -gap : 0), d = s + (size_t) gap;
  for (size_t i = 0; i < at + n + (size_t) (gap < 0 ? -gap : gap); i++)
    dst.lo[i] = (unsigned char) (i % 251);
  lm_memmove (dst.lo + d, dst.lo + s, n);
  for (size_t i = 0; i < n; i++)
    if (dst.lo[d + i] != (unsigned char) ((s + i) % 251))
      {
        test_fail ("%s: memmove n=%zu gap %+td: byte %zu wrong", config, n, gap, i);
        break;
      }
}

int
main (void)
{
  static const size_t sizes[] = { 2049, 4095, 4097, 65535, 65537,
                                  (1 << 20) + 1,
                                  4 << 20, /* amd-zen5's fills and copies
                                              in pieces */
                                  (8 << 20) - 1,
                                  (8 << 20) + 1, /* past amd-zen5's repe cmpsb */
                                  (16 << 20) + 3, /* amd-zen3's skew band;
                                                     past amd-zen5's copies
                                                     in pieces, but for
                                                     moves 64 bytes down */
                                  (64 << 20) - 5 };
  const struct lm_tuning_variant *configs;
  size_t nconfigs = test_configs (&configs);
  size_t max = (size_t) BIG / test_sample ();

  src = guarded_alloc (BIG + SLACK);
  dst = guarded_alloc (BIG + SLACK);
  test_fill_random (src.lo, src.size);

  for (size_t c = 0; c < nconfigs; c++)
    {
      const char *name = configs[c].name;
      test_use_config (&configs[c]);
      for (size_t i = 0; i < sizeof sizes / sizeof sizes[0]; i++)
        {
          size_t n = sizes[i];
          if (n > max)
            continue;
          size_t so = test_random () % 4096;
          check_copy (name, n, so, test_random () % 4096);
          check_copy (name, n, so, so + 1);  /* 1 byte ahead mod 4096 */
          check_copy (name, n, so, so + 16);
          check_copy (name, n, 64, 0);       /* 64 bytes behind */
          check_set (name, n, test_random () % 64);
          check_move (name, n, 64, 0);
          check_move (name, n, -64, 0);
          check_move (name, n, -67, 5);      /* skewed: lm_skewed */
          /* Wide gaps need room for source and destination side by side.  */
          size_t m = n < BIG / 2 ? n : BIG / 2;
          check_move (name, m, (ptrdiff_t) (m / 2) + 1, 0);
          check_move (name, m, -(ptrdiff_t) (m / 3), 0);
        }
    }
  return test_finish ("large sizes up to 64 MiB");
}
