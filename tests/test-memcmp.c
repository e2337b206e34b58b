/* test-memcmp.c -- lm_memcmp orders bytes as unsigned char, finds the first
   difference wherever it lies, reads nothing outside its arguments, and
   dereferences nothing when n is 0, under every strategy configuration.  */

#include <config.h>

#include <stdio.h>
#include <string.h>

#include "harness.h"

enum { MAX_LEN = 1024, MAX_POS_LEN = 300, BUF = 8192 };

static struct guarded abuf, bbuf;

static int
sign (int v)
{
  return (v > 0) - (v < 0);
}

static const char *config;

static void
check (const unsigned char *a, const unsigned char *b, size_t n,
       const char *what)
{
  int got = sign (lm_memcmp (a, b, n)), want = sign (ref_memcmp (a, b, n));
  if (got != want)
    test_fail ("%s: %s: n=%zu a+%zu b+%zu: got %d, want %d", config, what, n,
               (size_t) (a - abuf.lo) % 64, (size_t) (b - bbuf.lo) % 64, got,
               want);
}

/* Every case, under the tuning in force.  */
static void
check_all (unsigned step)
{
  /* Equal buffers, every length and alignment, flush against guards.  */
  test_fill_random (abuf.lo, BUF);
  memcpy (bbuf.lo, abuf.lo, BUF);
  for (size_t n = 0; n <= MAX_LEN; n += (n < 80 ? 1 : step))
    {
      for (size_t ao = 0; ao < 64; ao += step)
        check (abuf.lo + ao, bbuf.lo + ao, n, "equal");
      check (abuf.lo + BUF - n, bbuf.lo + BUF - n, n, "equal, at guard");
      check (abuf.lo, bbuf.lo, n, "equal, at lower guard");
    }

  /* One difference at every position, in both directions and across the
     signed/unsigned boundary, with later differences that must not
     matter.  */
  static const unsigned char pairs[][2] = {
    { 0x00, 0x01 }, { 0x7f, 0x80 }, { 0x00, 0xff }, { 0x80, 0x81 },
    { 0xfe, 0xff }, { 0x01, 0x80 },
  };
  for (size_t n = 1; n <= MAX_POS_LEN; n += (n < 40 ? 1 : step))
    for (size_t pos = 0; pos < n; pos++)
      for (size_t p = 0; p < sizeof pairs / sizeof pairs[0]; p++)
        for (int swap = 0; swap < 2; swap++)
          {
            size_t off = (n + pos + p) % 64;
            unsigned char *a = abuf.lo + BUF - n - off;
            unsigned char *b = bbuf.lo + BUF - n - (off * 7) % 64;
            test_fill_random (a, n);
            memcpy (b, a, n);
            a[pos] = pairs[p][swap];
            b[pos] = pairs[p][!swap];
            /* Later differences, one in the same word, must not count.  */
            if (pos + 1 < n)
              b[pos + 1] = (unsigned char) ~a[pos + 1];
            if (pos + 2 < n)
              b[n - 1] ^= 0x55;
            check (a, b, n, "difference");
          }

  /* Long buffers differing only near the end.  */
  for (size_t n = 1000; n <= 5000; n += 997)
    {
      unsigned char *a = abuf.lo + BUF - n, *b = bbuf.lo + BUF - n - 3;
      test_fill_random (a, n);
      memcpy (b, a, n);
      b[n - 1] ^= 0x80;
      check (a, b, n, "last byte differs");
    }
}

int
main (void)
{
  unsigned step = test_sample ();

  abuf = guarded_alloc (BUF);
  bbuf = guarded_alloc (BUF);

  /* n == 0 compares nothing, so even null pointers are fine.  */
  if (lm_memcmp (NULL, NULL, 0) != 0)
    test_fail ("n=0 with null pointers is not 0");

  const struct lm_tuning_variant *configs;
  size_t nconfigs = test_configs (&configs);
  for (size_t c = 0; c < nconfigs; c++)
    {
      config = configs[c].name;
      test_use_config (&configs[c]);
      check_all (step);
    }
  return test_finish ("memcmp, every difference position and alignment");
}
