/* test-memset.c -- lm_memset is exact for every length up to 1 KiB and
   every alignment, converts its int to unsigned char, and writes nothing
   outside its argument.  */

#include <config.h>

#include <limits.h>
#include <stdio.h>
#include <string.h>

#include "harness.h"

enum { MAX_LEN = 1024, AROUND = 64, BUF = 8192 };

static struct guarded buf;
static unsigned char clean[BUF];

static void
check (const char *config, unsigned char *d, int c, size_t n)
{
  size_t at = (size_t) (d - buf.lo);
  unsigned char want = (unsigned char) c;
  void *ret = lm_memset (d, c, n);
  if (ret != d)
    test_fail ("%s: n=%zu returned %p, not dst %p", config, n, ret, (void *) d);
  for (size_t i = 0; i < n; i++)
    if (d[i] != want)
      {
        test_fail ("%s: n=%zu dst+%zu c=%d: byte %zu is %#x, not %#x", config,
                   n, at % 64, c, i, d[i], want);
        break;
      }
  if (!test_surroundings_intact (buf.lo, clean, BUF, at, n, AROUND))
    test_fail ("%s: n=%zu dst+%zu: bytes outside the destination changed",
               config, n, at % 64);
  memcpy (d, clean + at, n);
}

int
main (void)
{
  /* Values outside 0..255 must be truncated to unsigned char.  */
  static const int fills[] = { 0, 0xa5, 0x7f, 0x80, 0xff, -1, 256, 0x1234,
                               -129, INT_MIN, INT_MAX };
  const struct lm_tuning_variant *configs;
  size_t nconfigs = test_configs (&configs);
  unsigned step = test_sample ();

  buf = guarded_alloc (BUF);
  test_fill_random (clean, BUF);
  memcpy (buf.lo, clean, BUF);

  for (size_t c = 0; c < nconfigs; c++)
    {
      const char *name = configs[c].name;
      test_use_config (&configs[c]);
      for (size_t n = 0; n <= MAX_LEN; n += (n < 80 ? 1 : step))
        {
          for (size_t off = 0; off < 64; off++)
            check (name, buf.lo + off, fills[(n + off) % 11], n);
          check (name, buf.lo + BUF - n, fills[n % 11], n);
        }
      for (size_t f = 0; f < sizeof fills / sizeof fills[0]; f++)
        check (name, buf.lo + 3, fills[f], 1000);
    }
  return test_finish ("memset, lengths 0..1024, all alignments and fills");
}
