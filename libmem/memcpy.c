/* memcpy.c -- memcpy and memmove: pick a copy strategy by size, overlap and
   distance.  */

#include "impl.h"
#include "small.h"
#include "x86_64/string-ops.h"

/* Whether a forward copy of N >= 2 * LM_SMALL_MAX bytes fits rep
   movsq's short path, where the profile uses it (movsq_max).  */
static inline bool
short_movsq (size_t n)
{
  return n < LM_SHORT_MOVSQ_END && n <= lm_tuning.movsq_max;
}

/* N bytes forward with rep movsb: in pieces (lm_copy_pieces) from
   copy_piece_min to copy_piece_max, where the profile has found that
   one rep movsb streams its stores past the caches and the copy then
   runs at DRAM speed (profiles.c, amd-zen5), at once elsewhere.  A move
   whose source lies just ahead (NEAR) goes in pieces past
   copy_piece_max too: it has just read every line it writes, so
   streaming saves it no reads.  Only copies of band_min bytes or more
   get here, so the smaller ones pay no test for it.  */
static inline void *
movsb_band (unsigned char *dst, const unsigned char *src, size_t n,
            bool near)
{
  if (lm_in_piece_band (n, near))
    return lm_copy_pieces (dst, src, n);
  lm_rep_movsb (dst, src, n);
  return dst;
}

/* The rest of a forward copy of band_min bytes or more to a destination
   off a 64-byte boundary, past the HEAD bytes already copied: the
   register loop for a move whose source lies just ahead (lm_near) from
   near_loop_min, and for skewed buffers (lm_skewed) from skew_loop_min
   to skew_loop_max, else rep movsb (movsb_band).  Out of line and
   reached by a jump, so that copy_forward keeps its registers and
   layout: a test there delays every rep movsb.  */
static __attribute__ ((noinline, cold)) void *
copy_band (unsigned char *dst, const unsigned char *src, size_t n,
           size_t head)
{
  bool near = lm_near (dst, src);
  if ((n >= lm_tuning.near_loop_min && near)
      || (n >= lm_tuning.skew_loop_min && n <= lm_tuning.skew_loop_max
          && lm_skewed (dst, src)))
    lm_copy_fwd_loop (dst + head, src + head, n - head);
  else
    movsb_band (dst + head, src + head, n - head, near);
  return dst;
}

/* A forward copy of band_min bytes or more, and more than
   movsb_words_max, to a destination on a 64-byte boundary: the
   register loop for a move whose source lies just ahead (lm_near) from
   near_loop_min, else rep movsb (movsb_band).  Tested for only past
   movsb_words_max, so that the sizes up to it pay nothing for it.  */
static __attribute__ ((noinline, cold)) void *
copy_near_band (unsigned char *dst, const unsigned char *src, size_t n)
{
  bool near = lm_near (dst, src);
  if (n >= lm_tuning.near_loop_min && near)
    return lm_copy_fwd_loop (dst, src, n);
  return movsb_band (dst, src, n, near);
}

/* A forward-safe copy of more than 2 * LM_SMALL_MAX bytes.
   BACKWARD_OK says the buffers do not overlap, so a backward copy is
   allowed too.  In order:
   - within the 4K-alias window on a CPU with the cliff: a register loop;
   - below copy_rep_min: rep movsq's short path where the profile says
     so (short_movsq), else the register loop, lm_copy_apart_loop for
     buffers apart (no tests on the size left at its end) and
     lm_copy_fwd_loop for a move;
   - a destination on a 64-byte boundary: rep movsb, behind the fewest
     tests, since every instruction before it delays its start;
   - without ERMS, or to a destination off an 8-byte boundary up to
     movsq_max: rep movsq, which such a destination slows less;
   - buffers apart: the bytes up to the destination's next 64-byte
     boundary as one 64-byte block from registers, then rep movsb from
     there.  A move cannot do that: the block's stores could reach source
     bytes rep movsb has yet to read.
   From band_min bytes, the bands of pieces, skew and near moves are
   consulted out of line (copy_band, copy_near_band); an aligned
   destination is not tested for skew, which would cost every aligned
   copy a cycle.  Both ways to rep movsb with an aligned destination
   leave a ragged end to registers where the profile says so
   (lm_rep_movsb_words).  The measurements
   behind each step: doc/measurements.md, "By function".  */
static void *
copy_forward (unsigned char *dst, const unsigned char *src, size_t n,
              bool backward_ok)
{
  if (lm_tuning.alias_guard & lm_in_alias_window (dst, src))
    return backward_ok ? lm_copy_bwd_loop (dst, src, n)
                       : lm_copy_fwd_loop (dst, src, n);
  if (n < lm_tuning.copy_rep_min)
    {
      if (short_movsq (n))
        lm_rep_movsq_bytes (dst, src, n);
      else if (backward_ok)
        return lm_copy_apart_loop (dst, src, n);
      else
        return lm_copy_fwd_loop (dst, src, n);
    }
  else if (((uintptr_t) dst & 63) == 0 && lm_tuning.erms)
    {
      if (n > lm_tuning.movsb_words_max
          && __builtin_expect (n >= lm_tuning.band_min, 0))
        return copy_near_band (dst, src, n);
      lm_rep_movsb_words (dst, src, n, lm_tuning.movsb_words_max);
    }
  else if (!lm_tuning.erms || (n <= lm_tuning.movsq_max
                               && ((uintptr_t) dst & 7) != 0))
    lm_rep_movsq_bytes (dst, src, n);
  else if (backward_ok)
    {
      size_t head = 64 - ((uintptr_t) dst & 63);
      lm_copy32 (dst, src, 0);
      lm_copy32 (dst, src, 32);
      if (__builtin_expect (n >= lm_tuning.band_min, 0))
        return copy_band (dst, src, n, head);
      lm_rep_movsb_words (dst + head, src + head, n - head,
                          lm_tuning.movsb_words_max);
    }
  else if (__builtin_expect (n >= lm_tuning.band_min, 0))
    return copy_band (dst, src, n, 0);
  else
    lm_rep_movsb (dst, src, n);
  return dst;
}

/* memcpy of 65-128 bytes: the buffers never overlap, so the copy goes in
   four independent, possibly overlapping 32-byte pieces, with no test
   but the size's.  FSRM's rep movsb is no faster here once reached
   through tests, and the pieces need no 4K-alias guard.  Out of line, so
   that memcpy's smallest sizes keep their code.  */
static __attribute__ ((noinline)) void *
copy_above64 (unsigned char *d, const unsigned char *s, size_t n)
{
  lm_copy32 (d, s, 0);
  lm_copy32 (d, s, 32);
  lm_copy32 (d + n - 64, s + n - 64, 0);
  lm_copy32 (d + n - 32, s + n - 32, 0);
  return d;
}

/* Up to 64 bytes here, with no push, the size tested in the order that
   mispredicts least when sizes are mixed, as memset's (memset.c): more
   than 64 bytes first, then below 4, below 8, and 8-32 bytes apart from
   33-64.  A compiler copies a small constant size inline, so the calls
   that reach memcpy are mostly of sizes that vary.  8 to 32 bytes are
   one class (lm_small_copy8to32): a size test fewer saves more than two
   extra words cost.  memmove keeps the split at 16 (lm_small_copy),
   where the four words loaded first were slower.

   Larger copies go on in copy_above64 (65-128 bytes) and copy_forward,
   behind one taken branch, and by a jump, not a call: a return address
   and registers saved across a call are stores just before rep movsb,
   which stall it when they alias its first loads modulo 4096.  */
LM_EXPORT void *
LM_ENTRY (memcpy) (void *restrict dst, const void *restrict src, size_t n)
{
  unsigned char *d = dst;
  const unsigned char *s = src;
  if (__builtin_expect (n > LM_SMALL_MAX, 0))
    {
      if (n > 2 * LM_SMALL_MAX)
        return copy_forward (d, s, n, true);
      return copy_above64 (d, s, n);
    }
  if (n < 4)
    lm_small_copy3 (d, s, n);
  else if (n < 8)
    lm_small_copy4to7 (d, s, n);
  else if (n <= 32)
    lm_small_copy8to32 (d, s, n);
  else
    {
      lm_copy32 (d, s, 0);
      lm_copy32 (d + n - 32, s + n - 32, 0);
    }
  return dst;
}

/* A forward move of 129-255 bytes on rep movsq's short path (short_movsq),
   the bytes after the last whole word copied from registers once it is
   done.  memcpy stores a word loaded before instead (lm_rep_movsq_bytes);
   in an overlapping move that word would straddle two of the words the
   next move of the same bytes loads, and neither could take its data
   from the store.  Reached without copy_forward's tests, and
   move_large's alias tests are written with "&" so that GCC lays the
   common case out straight.  */
static inline void *
move_short_movsq (unsigned char *d, const unsigned char *s, size_t n)
{
  size_t whole = n & ~(size_t) 7;
  lm_rep_movsq (d, s, n / 8);
  if (n % 8 != 0)
    lm_small_copy16 (d + whole, s + whole, n % 8);
  return d;
}

/* memmove of more than 128 bytes, apart from memmove itself so that the
   eight registers the small copy holds cost the large sizes no pushes:
   stores just before a rep movsb stall it when they alias its first
   loads modulo 4096.  A forward move onto an overlapping source longer
   than move_piece_max goes in pieces (lm_move_pieces) up to band_min,
   from which copy_forward's bands decide.  */
static __attribute__ ((noinline)) void *
move_large (unsigned char *d, const unsigned char *s, size_t n)
{
  /* Unsigned wrap-around folds "dst before src" and "dst after the end of
     src" into one test: both allow a forward copy.  */
  size_t gap = (uintptr_t) d - (uintptr_t) s;

  if (__builtin_expect (gap >= n, 1))
    {
      /* A move onto an overlapping source has its destination below the
         source, never just ahead of it modulo 4096: move_movsq_max needs
         no alias test (profiles.c, amd-zen5).  */
      bool apart = (uintptr_t) s - (uintptr_t) d >= n;
      if ((short_movsq (n)
           && !(lm_tuning.alias_guard & lm_in_alias_window (d, s)))
          || (!apart && n < LM_SHORT_MOVSQ_END
              && n <= lm_tuning.move_movsq_max))
        return move_short_movsq (d, s, n);
      if (!apart && n > lm_tuning.move_piece_max && n < lm_tuning.band_min
          && !(lm_tuning.alias_guard & lm_in_alias_window (d, s)))
        return lm_move_pieces (d, s, n);
      return copy_forward (d, s, n, apart);
    }
  if (gap == 0)
    return d;
  if (n >= lm_tuning.copy_rep_min && gap >= lm_tuning.move_chunk_min
      && !(lm_tuning.alias_guard && lm_in_alias_window (d, s)))
    return lm_copy_bwd_chunks (d, s, n);
  return lm_copy_bwd_loop (d, s, n);
}

/* A forward move of 65-128 bytes in 16-byte pieces from the start, each
   loaded before it is stored, and the last 32 bytes, loaded first and
   stored last.  A piece's stores reach only source bytes at or below
   its own, already loaded, so this is safe for dst < src as well as for
   buffers apart.  Two words in flight and the end in four registers fit
   the registers a call may use without saving any; the register loop
   pushes three.  */
static __attribute__ ((noinline)) void *
move_mid_forward (unsigned char *d, const unsigned char *s, size_t n)
{
  uint64_t t0 = lm_load64 (s + n - 32), t1 = lm_load64 (s + n - 24);
  uint64_t t2 = lm_load64 (s + n - 16), t3 = lm_load64 (s + n - 8);
  lm_copy16 (d, s, 0);
  lm_copy16 (d, s, 16);
  lm_copy16 (d, s, 32);
  lm_copy16 (d, s, 48);
  if (n > 96)
    {
      lm_copy16 (d, s, 64);
      lm_copy16 (d, s, 80);
    }
  lm_store64 (d + n - 32, t0);
  lm_store64 (d + n - 24, t1);
  lm_store64 (d + n - 16, t2);
  lm_store64 (d + n - 8, t3);
  return d;
}

/* The mirror image, for dst > src: 16-byte pieces from the end down, and
   the first 32 bytes loaded first and stored last.  */
static __attribute__ ((noinline)) void *
move_mid_backward (unsigned char *d, const unsigned char *s, size_t n)
{
  uint64_t t0 = lm_load64 (s), t1 = lm_load64 (s + 8);
  uint64_t t2 = lm_load64 (s + 16), t3 = lm_load64 (s + 24);
  lm_copy16 (d, s, n - 16);
  lm_copy16 (d, s, n - 32);
  lm_copy16 (d, s, n - 48);
  lm_copy16 (d, s, n - 64);
  if (n > 96)
    {
      lm_copy16 (d, s, n - 80);
      lm_copy16 (d, s, n - 96);
    }
  lm_store64 (d, t0);
  lm_store64 (d + 8, t1);
  lm_store64 (d + 16, t2);
  lm_store64 (d + 24, t3);
  return d;
}

/* memmove of 65-128 bytes, in registers either way: rep movsq's short
   path and the backward chunks are slower at these sizes.  The pieces
   above take overlapping moves of a multiple of 8 bytes and copies
   between buffers apart.  An overlapping move of another size keeps the
   register loops: the 32 bytes stored last straddle the words the next
   move of the same bytes loads, so none of those loads can take its
   data from a store, and the pieces lost at some such sizes.

   Where the CPU runs short rep movsb in the same time at every count
   (move_short_rep_max), it takes the overlapping forward moves the
   register code is slower at (lm_short_move_by_rep; doc/measurements.md,
   "By function").  Such a move never has its destination just ahead of
   its source modulo 4096, so rep movsb needs no alias test.  Sorted out
   behind memmove's own size test, which costs the smallest moves a
   cycle at most, rather than in move_large, where the test delayed rep
   movsq at 128 B.  */
static __attribute__ ((noinline)) void *
move_mid (unsigned char *d, const unsigned char *s, size_t n)
{
  bool whole_words = n % 8 == 0;
  if ((uintptr_t) d - (uintptr_t) s >= n)
    {
      if ((uintptr_t) s - (uintptr_t) d >= n)
        return move_mid_forward (d, s, n);
      if (lm_short_move_by_rep (&lm_tuning, d, s, n))
        {
          lm_rep_movsb (d, s, n);
          return d;
        }
      if (whole_words)
        return move_mid_forward (d, s, n);
      return lm_copy_fwd_loop (d, s, n);
    }
  if (whole_words)
    return move_mid_backward (d, s, n);
  return lm_copy_bwd_loop (d, s, n);
}

LM_EXPORT void *
LM_ENTRY (memmove) (void *dst, const void *src, size_t n)
{
  if (n > 2 * LM_SMALL_MAX)
    return move_large (dst, src, n);
  if (n > LM_SMALL_MAX)
    return move_mid (dst, src, n);
  lm_small_copy (dst, src, n);
  return dst;
}
