/* test-memcpy.c -- lm_memcpy is exact for every length up to 1 KiB, every
   source and destination alignment, under every strategy configuration,
   touching nothing outside its arguments.  */

#include <config.h>

#include <stdio.h>
#include <string.h>

#include "harness.h"

enum { MAX_LEN = 1024, ALL_OFFSETS_UP_TO = 256, AROUND = 64, BUF = 8192 };

static struct guarded src, dst;
static unsigned char clean[BUF];

/* Copy N bytes from S to D and check the result, the return value and
   AROUND bytes on each side of the destination; then restore.  */
static void
check (const char *config, unsigned char *d, const unsigned char *s, size_t n)
{
  size_t at = (size_t) (d - dst.lo);
  void *ret = lm_memcpy (d, s, n);
  if (ret != d)
    test_fail ("%s: n=%zu returned %p, not dst %p", config, n, ret, (void *) d);
  if (memcmp (d, s, n) != 0)
    test_fail ("%s: n=%zu src+%zu dst+%zu: wrong bytes copied", config, n,
               (size_t) (s - src.lo) % 64, at % 64);
  if (!test_surroundings_intact (dst.lo, clean, BUF, at, n, AROUND))
    test_fail ("%s: n=%zu dst+%zu: bytes outside the destination changed",
               config, n, at % 64);
  memcpy (d, clean + at, n);
}

int
main (void)
{
  const struct lm_tuning_variant *configs;
  size_t nconfigs = test_configs (&configs);
  unsigned step = test_sample ();

  /* n == 0 touches nothing, so even null pointers are fine.  */
  if (lm_memcpy (NULL, NULL, 0) != NULL || lm_memmove (NULL, NULL, 0) != NULL
      || lm_memset (NULL, 0x55, 0) != NULL)
    test_fail ("n=0 with null pointers does not return the null destination");

  src = guarded_alloc (BUF);
  dst = guarded_alloc (BUF);
  test_fill_random (src.lo, BUF);
  test_fill_random (clean, BUF);
  memcpy (dst.lo, clean, BUF);

  for (size_t c = 0; c < nconfigs; c++)
    {
      const char *name = configs[c].name;
      test_use_config (&configs[c]);
      for (size_t n = 0; n <= MAX_LEN; n += (n < 80 ? 1 : step))
        {
          if (n <= ALL_OFFSETS_UP_TO)
            for (size_t so = 0; so < 64; so += step)
              for (size_t doff = 0; doff < 64; doff++)
                check (name, dst.lo + doff, src.lo + so, n);
          else
            for (int k = 0; k < 16; k++)
              check (name, dst.lo + test_random () % 64,
                     src.lo + test_random () % 64, n);
          /* Flush against the upper guard pages.  */
          check (name, dst.lo + BUF - n, src.lo + BUF - n, n);
        }
    }
  return test_finish ("memcpy, lengths 0..1024, all alignments");
}
