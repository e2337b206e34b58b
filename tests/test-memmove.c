/* test-memmove.c -- lm_memmove is exact for every overlap distance from
   -300 to +300 and every length up to 600, both directions, for forward
   moves around the length at which they go in pieces, and for large
   overlapping moves, under every strategy configuration.  */

#include <config.h>

#include <stdio.h>
#include <string.h>

#include "harness.h"

enum { MAX_LEN = 600, MAX_DIST = 300, AROUND = 64, BUF = 8192 };
enum { BIG = 4 << 20 };

static struct guarded buf;
static unsigned char clean[BUF], want[BUF];

/* Move N bytes from offset S to offset D of G (whose pristine contents are
   CLEAN_) and compare the whole touched area with the reference.  */
static void
check (const char *config, struct guarded *g, unsigned char *clean_,
       unsigned char *want_, size_t d, size_t s, size_t n)
{
  size_t lo = (d < s ? d : s), hi = (d < s ? s : d) + n;
  lo = lo > AROUND ? lo - AROUND : 0;
  hi = hi + AROUND < g->size ? hi + AROUND : g->size;

  ref_memmove (want_ + d, want_ + s, n);
  void *ret = lm_memmove (g->lo + d, g->lo + s, n);
  if (ret != g->lo + d)
    test_fail ("%s: n=%zu returned the wrong pointer", config, n);
  if (memcmp (g->lo + lo, want_ + lo, hi - lo) != 0)
    test_fail ("%s: n=%zu distance %+td (src+%zu): wrong result", config, n,
               (ptrdiff_t) (d - s), s % 64);
  memcpy (g->lo + lo, clean_ + lo, hi - lo);
  memcpy (want_ + lo, clean_ + lo, hi - lo);
}

static void
check_big (const char *config, struct guarded *g, unsigned char *clean_,
           unsigned char *want_)
{
  const size_t n = (1 << 20) + 3;
  const ptrdiff_t gaps[] = { 1, 7, 8, 31, 63, 64, 65, 4095, 4096, 4097,
                             100000, (ptrdiff_t) n / 2, (ptrdiff_t) n - 1 };
  for (size_t i = 0; i < sizeof gaps / sizeof gaps[0]; i++)
    for (int sign = -1; sign <= 1; sign += 2)
      {
        ptrdiff_t dist = sign * gaps[i];
        size_t s = (size_t) (1 << 21) - (size_t) (dist / 2) + 5;
        check (config, g, clean_, want_, s + (size_t) dist, s, n);
      }
}

int
main (void)
{
  const struct lm_tuning_variant *configs;
  size_t nconfigs = test_configs (&configs);
  unsigned step = test_sample ();

  buf = guarded_alloc (BUF);
  test_fill_random (clean, BUF);
  memcpy (buf.lo, clean, BUF);
  memcpy (want, clean, BUF);

  struct guarded big = guarded_alloc (BIG);
  static unsigned char big_clean[BIG], big_want[BIG];
  test_fill_random (big_clean, BIG);
  memcpy (big.lo, big_clean, BIG);
  memcpy (big_want, big_clean, BIG);

  for (size_t c = 0; c < nconfigs; c++)
    {
      const char *name = configs[c].name;
      test_use_config (&configs[c]);
      for (size_t n = 0; n <= MAX_LEN; n += (n < 80 ? 1 : step))
        for (int dist = -MAX_DIST; dist <= MAX_DIST; dist++)
          {
            size_t back = dist < 0 ? (size_t) -dist : 0;
            size_t fwd = dist > 0 ? (size_t) dist : 0;
            /* Flush against the lower guard page, then the upper one.  */
            check (name, &buf, clean, want, fwd, back, n);
            check (name, &buf, clean, want, BUF - n - back, BUF - n - fwd, n);
          }
      /* Around amd-zen5's move_piece_max, 2111, and its pieces of 2048
         bytes: every overlap distance a piece can have with the next.  */
      static const size_t piece_sizes[] = { 2047, 2048, 2111, 2112, 2113,
                                            4159, 4160, 4161, 6000 };
      static const size_t piece_gaps[] = { 1, 63, 64, 65, 2047, 2048, 2112 };
      for (size_t i = 0; i < sizeof piece_sizes / sizeof piece_sizes[0]; i++)
        for (size_t j = 0; j < sizeof piece_gaps / sizeof piece_gaps[0]; j++)
          {
            size_t n = piece_sizes[i], gap = piece_gaps[j];
            check (name, &buf, clean, want, 0, gap, n);
            check (name, &buf, clean, want, BUF - n - gap, BUF - n, n);
          }
      check_big (name, &big, big_clean, big_want);
    }
  return test_finish ("memmove, distances -300..300, lengths 0..600");
}
