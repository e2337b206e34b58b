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
   one rep movsb streams its stores and the copy then runs at DRAM speed
   (profiles.c, amd-zen5), at once elsewhere.  A move whose source lies
   just ahead (NEAR) goes in pieces past copy_piece_max too: every line
   it writes it has just read, so streaming its stores saves no reads
   and only sends the lines to memory (Zen 5, 64 MiB: 1.4x as fast in
   pieces).  Only copies of band_min bytes or more get here, so the
   smaller ones pay no test for it.  */
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
   layout (a test written into it, ahead of every rep movsb, cost
   copies from 512 B up one to three cycles: Zen 4, make bench's
   rounds, median of 5 processes, memcpy 769 B 14.46 -> 15.24 ns).  */
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
   movsb_words_max, so that the sizes up to it keep their tests as they
   were (with a test ahead of every rep movsb, memmove 64 bytes down at
   512 and 769 B took 0.2-1.1 ns longer; placed here, 512 B-4 KiB did
   not move in make bench's rounds, median of 5 processes).  */
static __attribute__ ((noinline, cold)) void *
copy_near_band (unsigned char *dst, const unsigned char *src, size_t n)
{
  bool near = lm_near (dst, src);
  if (n >= lm_tuning.near_loop_min && near)
    return lm_copy_fwd_loop (dst, src, n);
  return movsb_band (dst, src, n, near);
}

/* A forward-safe copy of more than LM_SMALL_MAX bytes.  BACKWARD_OK says
   the buffers do not overlap, so a backward copy is allowed too.  rep
   movsq serves two size ranges where the profile says so (movsq_max):
   below LM_SHORT_MOVSQ_END and copy_rep_min, its short path, and from
   copy_rep_min up for a destination that is not 8-byte aligned, which
   slows rep movsb more (Zen 4, make bench: 1 KiB 16.9 against 18.9 ns;
   aligned, rep movsb is as fast or faster).  The rest below copy_rep_min
   goes to a register loop: lm_copy_apart_loop where the buffers do not
   overlap (no tests on the size left at its end), lm_copy_fwd_loop
   where they do.  A destination on a 64-byte
   boundary goes to rep movsb behind the fewest tests, since every
   instruction before it delays its start (Zen 4, make bench's rounds,
   median of 5-7 processes, with this test first: memcpy 769 B 14.71 ->
   14.43 ns, 1 KiB 15.52 -> 15.02, 2 KiB 24.27 -> 23.77, bare rep movsb
   14.71 and 14.98; 512 B 11.2-12.0 from build to build, against 12.0
   and bare 10.6; other destinations from 1.5 KiB up to 1% slower).
   Elsewhere, where the buffers do not overlap, rep movsb starts at the
   destination's next 64-byte boundary, the bytes before it going as one
   unaligned 64-byte block in registers (Zen 4, make bench, src+3 to
   dst+2053: 2 KiB 25.9 against 27.4 ns, 4 KiB 43.3 against 45.1, level
   from 8 KiB).  An overlapping forward move cannot: that block's stores
   could reach source bytes rep movsb has yet to read.  From band_min
   bytes, these last two ways go on in copy_band; the test sits among
   the head block's stores, where it costs nothing measurable (make
   bench's rounds, 5 processes: src+3 to dst+2053 at 2 and 4 KiB 25.41
   and 42.97 ns with and without it).  A destination on a 64-byte
   boundary is not tested for skew: a skewed copy there keeps rep movsb
   (1.17x the loop's time at 16 MiB in a scratch loop) rather than cost
   every aligned copy a cycle; it is tested for a source just ahead
   past movsb_words_max only (copy_near_band).  Both ways to rep movsb
   with an aligned destination leave a ragged end to 32 bytes stored
   after it, where the profile says so (movsb_words_max,
   lm_rep_movsb_words).  */
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

/* memcpy of 65-128 bytes.  The buffers never overlap, so the copy goes
   in four independent, possibly overlapping 32-byte pieces, with no
   test but the size's.  FSRM's rep movsb is no faster
   there once it has to be reached through tests (Zen 4, make bench's
   rounds, 3 processes, at 97 bytes: pieces 4.09 ns aligned, 3.54-3.78
   from src+3 to dst+2053, 3.84 at distance 64, against 4.34 for rep
   movsb behind the size, profile and alias tests and 3.81 for the bare
   instruction), and pieces need no 4K-alias guard.  Out of line, so
   that memcpy's smallest sizes keep their code (see below).  */
static __attribute__ ((noinline)) void *
copy_above64 (unsigned char *d, const unsigned char *s, size_t n)
{
  lm_copy32 (d, s, 0);
  lm_copy32 (d, s, 32);
  lm_copy32 (d + n - 64, s + n - 64, 0);
  lm_copy32 (d + n - 32, s + n - 32, 0);
  return d;
}

/* Up to 64 bytes here, with no push.  The size is tested in the order
   that costs the fewest mispredicted branches when sizes are mixed, as
   memset's are (memset.c): more than 64 bytes first, then below 4,
   below 8, and 8-32 bytes apart from 33-64.  A compiler copies a small
   constant size inline, so the calls that reach memcpy are mostly of
   sizes that vary.  The order this replaced, below 8 first and then
   more than 128, 32 and 64, cost more on the random list and more at
   every fixed size (Zen 5, make bench's rounds, median of 5 processes
   each, the new order against the old: random list 8.13 against 8.32
   ns, 1.26 against 1.33 times bare rep movsb's time; 1-7 B 1.11-1.39
   ns against 1.65-1.92, 8-32 B 1.39 against 1.91, 33-64 B 1.90-1.93
   against 2.19, glibc 1.65).  On Zen 4 a test for more than 128 bytes
   ahead of the one for 16 once made 8-16 B copies two cycles slower;
   this order has not been measured there.

   From 129 bytes the copy goes on in copy_forward, 65-128 bytes in
   copy_above64, both behind one taken branch (through copy_above64,
   copies from 129 bytes took two more: make bench's rounds, Zen 4,
   median of 5 processes: 193 B 5.98 -> 5.44 ns, 256 B 8.43 -> 7.62,
   512 B 11.96 -> 11.15 against bare rep movsb's 10.6, 769 B 13.61 ->
   13.08).  Both are reached by a jump, not a call: a call's return
   address, and the destination saved on the stack across it, are stores
   just before rep movsb, which can stall it when they alias its first
   loads modulo 4096 (Zen 4, make bench's rounds, median of 7 processes,
   libmem over bare rep movsb, with the jump against the call: memmove
   769 B 1.07 against 1.18, 1537 B 1.05 against 1.12; memcpy from src+3
   to dst+2053, 512 B 0.82 against 1.00).  With copy_above64's tests
   written in here instead, GCC 12 moved the destination out of the
   return register and the 1-3 byte copies ended in a jump to a shared
   return.  8 to 32 bytes are one class (lm_small_copy8to32), not two
   split at 16: each test on the size is a branch the CPU mispredicts
   about as often as not when sizes are mixed, and a size a test fewer
   saved more than its two extra words cost (Zen 5, make bench's
   rounds, median of 5 processes: the random list 10.99 -> 8.93 ns,
   bare rep movsb 6.64; 1-64 B within 0.03 ns, where source and
   destination share their offset in a page; a scratch loop with the
   two 2 KiB apart modulo 4096 found 8-16 B a cycle slower, 4.0-5.0 TSC
   cycles against 3.1-3.8).  memmove keeps the split at 16
   (lm_small_copy): with the four words loaded first, its 8-16 B took
   1.69-1.94 ns against 1.40 in the rounds.  */
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
   done, where memcpy stores a word loaded before it (lm_rep_movsq_bytes).
   When the move overlaps, that word's store would straddle two of the
   words the next move of the same bytes loads, and neither can be
   forwarded from it (Zen 4, a scratch loop moving 97 bytes 64 down: 18.1
   TSC cycles against 19.1; memcpy keeps the word, at 12.6 against
   13.3-14.0).  Reached without copy_forward's tests, and the alias test
   written with "&" so that GCC lays the common case out straight (make
   bench's rounds, median of 5 processes, 64 bytes down: 97 B 7.32 -> 7.10
   ns, 128 B 5.70 -> 5.16, 193 B 7.64 -> 7.33; musl's rep movsq 6.78, 4.89,
   7.06).  97 and 128 bytes have since gone to move_mid.  */
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
   stores just before a rep movsb can stall it when they alias its first
   loads modulo 4096 (make bench, Zen 4: 512 B 13.4 ns with the pushes,
   against 10.6 for the bare instruction).  A forward move onto an
   overlapping source longer than move_piece_max goes in pieces
   (lm_move_pieces) up to band_min, from which copy_forward's bands
   decide.  */
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
   the caller-saved registers: the register loop pushes three and pops
   them (Zen 4, a scratch loop, TSC cycles per move of 65-128 bytes:
   buffers apart 9.1-12.7 -> 7.0-9.4; 64 down, 72-96 B 9.1-11.9 -> 7.7-9.1,
   128 B 12.7 -> 11.9).  */
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
   the first 32 bytes loaded first and stored last (64 up, 72-128 B:
   11.2-20.1 -> 8.4-11.9 cycles).  */
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
   path is slower at these sizes (Zen 4, a scratch loop moving 65-127
   bytes 64 down: 0.5-7 TSC cycles at every size, 72 B 10.5 against
   17.5), and so are the backward chunks.  The pieces above take
   overlapping moves of a multiple of 8 bytes and forward copies between
   buffers apart (make bench's rounds, median of 5 processes, 128 B: 64
   down 5.16-5.35 -> 4.61 ns, musl's rep movsq 4.89; 64 up and by half
   6.26 -> 4.60).  An overlapping move of another size keeps the register
   loops: the 32 bytes stored last straddle the 8-byte words the next
   move of the same bytes loads, so none of those loads can take its
   data from a store, and the loops, which end in smaller stores, were
   faster at some such sizes and slower at others (97 B 64 down 16.9
   against 18.8 cycles; 64 up 65 B 16.9 against 18.3; 127 B 64 up 21.1
   against 19.5).  Sorted out in memmove itself, where the test costs
   the smallest moves a cycle at most (1 B 1.63 -> 1.90 ns, against
   glibc's 2.44), rather than in move_large, where it delayed rep movsq
   at 128 B (5.16 -> 5.43).  */
static __attribute__ ((noinline)) void *
move_mid (unsigned char *d, const unsigned char *s, size_t n)
{
  bool whole_words = n % 8 == 0;
  if ((uintptr_t) d - (uintptr_t) s >= n)
    {
      if (whole_words || (uintptr_t) s - (uintptr_t) d >= n)
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
