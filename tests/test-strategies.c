/* test-strategies.c -- each copy, fill and compare strategy on its own,
   over its whole range of sizes, whatever the CPU: the rep forms run with
   both the byte (ERMS) and the quadword instructions.  */

#include <config.h>

#include <stdio.h>
#include <string.h>

#include "harness.h"
#include "x86_64/string-ops.h"

enum { BUF = 8192, MAX_LEN = 700 };

typedef void *copy_fn (unsigned char *, const unsigned char *, size_t);

static struct guarded buf;
static unsigned char clean[BUF], want[BUF];

/* rep movsb on whole 32-byte blocks and the last 32 bytes from
   registers, wherever it may apply.  */
static void *
movsb_blocks (unsigned char *dst, const unsigned char *src, size_t n)
{
  lm_rep_movsb_words (dst, src, n, SIZE_MAX);
  return dst;
}

/* Run COPY from offset S to offset D over N bytes; check that it returns
   the destination and compare the whole buffer with the byte-by-byte
   reference.  */
static void
check_copy (const char *name, copy_fn *copy, size_t d, size_t s, size_t n)
{
  memcpy (buf.lo, clean, BUF);
  memcpy (want, clean, BUF);
  ref_memmove (want + d, want + s, n);
  if (copy (buf.lo + d, buf.lo + s, n) != buf.lo + d)
    test_fail ("%s: n=%zu dst=%zu src=%zu: wrong result", name, n, d, s);
  if (memcmp (buf.lo, want, BUF) != 0)
    test_fail ("%s: n=%zu dst=%zu src=%zu", name, n, d, s);
}

/* Non-overlapping copies at every length in [MIN, MAX] and a spread of
   alignments, plus overlapping ones in the direction the strategy allows
   (DIRECTION < 0: dst below src, > 0: dst above src).  */
static void
check_copy_range (const char *name, copy_fn *copy, size_t min, size_t max,
                  int direction)
{
  for (size_t n = min; n <= max; n++)
    {
      check_copy (name, copy, 4096 + n % 61, n % 7, n);
      check_copy (name, copy, BUF - n, 2000 + n % 13, n);
      for (size_t gap = 1; gap < 100 && gap < n; gap += 7)
        {
          if (direction < 0)
            check_copy (name, copy, 100, 100 + gap, n);
          if (direction > 0)
            check_copy (name, copy, 100 + gap, 100, n);
        }
    }
}

static void
check_fill (const char *name, void *(*fill) (unsigned char *, uint64_t, size_t),
            size_t min, size_t max)
{
  for (size_t n = min; n <= max; n++)
    for (size_t off = 0; off < 16; off += 5)
      {
        unsigned char v = (unsigned char) (n * 31 + off);
        memcpy (buf.lo, clean, BUF);
        memcpy (want, clean, BUF);
        memset (want + 64 + off, v, n);
        if (fill (buf.lo + 64 + off, v * UINT64_C (0x0101010101010101), n)
            != buf.lo + 64 + off)
          test_fail ("%s: n=%zu off=%zu: wrong result", name, n, off);
        if (memcmp (buf.lo, want, BUF) != 0)
          test_fail ("%s: n=%zu off=%zu", name, n, off);
      }
}

static void
check_compare (const char *name,
               int (*cmp) (const unsigned char *, const unsigned char *, size_t),
               size_t min, size_t max)
{
  unsigned char *a = buf.lo, *b = buf.lo + BUF / 2 + 3;
  for (size_t n = min; n <= max; n++)
    for (size_t pos = 0; pos <= n; pos++)
      {
        test_fill_random (a, n);
        memcpy (b, a, n);
        if (pos < n)
          b[pos] = (unsigned char) (a[pos] + 1 + pos % 254);
        int got = cmp (a, b, n), ref = ref_memcmp (a, b, n);
        if ((got > 0) != (ref > 0) || (got < 0) != (ref < 0))
          test_fail ("%s: n=%zu difference at %zu: got %d, want %d", name, n,
                     pos, got, ref);
      }
}

int
main (void)
{
  buf = guarded_alloc (BUF);
  test_fill_random (clean, BUF);

  check_copy_range ("copy_small", lm_copy_small, 0, LM_SMALL_MAX, 0);
  check_copy_range ("copy_apart_loop", lm_copy_apart_loop, 39, MAX_LEN, 0);
  check_copy_range ("copy_fwd_loop", lm_copy_fwd_loop, 65, MAX_LEN, -1);
  check_copy_range ("copy_bwd_loop", lm_copy_bwd_loop, 65, MAX_LEN, +1);
  check_copy_range ("copy_fwd_movsq", lm_copy_fwd_movsq, 8, MAX_LEN, -1);
  check_copy_range ("rep movsb on 32-byte blocks", movsb_blocks, 33,
                    MAX_LEN, -1);
  /* Larger sizes in steps, which take every remainder of 32 in turn:
     ending 1-40 bytes before the end of the buffer, and ending 0-39
     bytes into its second page, where up to 31 the last 32 bytes would
     cross the page boundary and plain rep movsb copies them.  */
  for (size_t n = MAX_LEN + 1; n < 3950; n += 33)
    {
      check_copy ("rep movsb on 32-byte blocks", movsb_blocks,
                  BUF - 1 - n - n % 40, n % 97, n);
      check_copy ("rep movsb on 32-byte blocks", movsb_blocks,
                  4096 + n % 40 - n, 4096 + 40 + n % 97, n);
    }
  check_fill ("set_loop", lm_set_loop, 33, MAX_LEN);
  check_fill ("rep stosq", lm_set_stosq, 8, MAX_LEN);
  /* Pieces of 32 and of 100 bytes: every size is several, and ends in
     a whole or a partial piece.  set_piece_min 1 is pieces of 0 bytes,
     which must still fill.  */
  static const size_t piece_mins[] = { 64, 200, 1 };
  for (size_t i = 0; i < sizeof piece_mins / sizeof piece_mins[0]; i++)
    {
      lm_tuning.set_piece_min = piece_mins[i];
      check_fill ("rep stosb in pieces", lm_set_pieces, 8, MAX_LEN);
    }
  /* The same pieces for copies, forward moves among them.  */
  for (size_t i = 0; i < sizeof piece_mins / sizeof piece_mins[0]; i++)
    {
      lm_tuning.copy_piece_min = piece_mins[i];
      check_copy_range ("rep movsb in pieces", lm_copy_pieces, 0, MAX_LEN,
                        -1);
    }

  /* Forward moves in pieces: 100 is pieces of 64 up to 100 bytes at a
     time, 64 pieces of 64, 30 pieces of 30; 0 is one piece.  */
  static const size_t move_maxes[] = { 100, 64, 30, 0 };
  for (size_t i = 0; i < sizeof move_maxes / sizeof move_maxes[0]; i++)
    {
      lm_tuning.move_piece_max = move_maxes[i];
      check_copy_range ("forward move in pieces", lm_move_pieces, 0, MAX_LEN,
                        -1);
    }

  /* Forward rep copies, and so backward chunks, from copy_piece_min to
     copy_piece_max bytes go in pieces (here of 40 bytes), shorter and
     longer ones whole.  */
  lm_tuning.erms = true;
  lm_tuning.copy_piece_min = 80;
  lm_tuning.copy_piece_max = 400;
  check_copy_range ("rep movsb, in pieces in the band", lm_copy_fwd_rep, 8,
                    MAX_LEN, -1);
  for (size_t gap = 65; gap < 500; gap += 29)
    for (size_t n = gap + 1; n <= MAX_LEN; n += 11)
      check_copy ("backward chunks in pieces", lm_copy_bwd_chunks,
                  100 + gap + n % 9, 100 + n % 9, n);
  lm_tuning.copy_piece_max = 0;

  for (int erms = 0; erms <= 1; erms++)
    {
      lm_tuning.erms = erms;
      const char *movs = erms ? "rep movsb" : "rep movsq";
      check_copy_range (movs, lm_copy_fwd_rep, 8, MAX_LEN, -1);
      check_copy_range (erms ? "chunks of rep movsb" : "chunks of rep movsq",
                        lm_copy_bwd_chunks, 1, MAX_LEN, +1);
    }

  check_compare ("cmp_small", lm_cmp_small, 0, 16);
  check_compare ("cmp_words", lm_cmp_words, 17, 300);
  check_compare ("cmp_rep", lm_cmp_rep, 1, 300);
  return test_finish ("every strategy over its whole size range");
}
