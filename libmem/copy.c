/* copy.c -- the copy strategies behind memcpy and memmove.

   Every strategy reads all the source bytes of a block before it writes
   that block, which is what makes the same code serve memmove.  */

#include "impl.h"
#include "small.h"
#include "x86_64/string-ops.h"

void *
lm_copy_small (unsigned char *dst, const unsigned char *src, size_t n)
{
  lm_small_copy (dst, src, n);
  return dst;
}

/* Copy the 64-byte block at OFFSET, loads first.  64 bytes a step runs
   about 1.5x faster than 32 on the Zen 4 machines here (bench/).  */
static inline void
copy_block64 (unsigned char *dst, const unsigned char *src, size_t offset)
{
  uint64_t a = lm_load64 (src + offset), b = lm_load64 (src + offset + 8);
  uint64_t c = lm_load64 (src + offset + 16), d = lm_load64 (src + offset + 24);
  uint64_t e = lm_load64 (src + offset + 32), f = lm_load64 (src + offset + 40);
  uint64_t g = lm_load64 (src + offset + 48), h = lm_load64 (src + offset + 56);
  lm_store64 (dst + offset, a);
  lm_store64 (dst + offset + 8, b);
  lm_store64 (dst + offset + 16, c);
  lm_store64 (dst + offset + 24, d);
  lm_store64 (dst + offset + 32, e);
  lm_store64 (dst + offset + 40, f);
  lm_store64 (dst + offset + 48, g);
  lm_store64 (dst + offset + 56, h);
}

/* More than 64 bytes, low to high, 64 bytes a step with the destination
   8-byte aligned; the unaligned first word is loaded up front and stored
   last, the ragged end goes in a 32-byte piece and a small copy of at
   most 32.  Each step is two 32-byte halves, each loaded before it is
   stored: safe for overlap with dst < src, since a half's stores only
   reach source bytes that it or an earlier half has already loaded; and
   with four words in flight instead of eight, GCC saves three registers
   instead of six.  */
void *
lm_copy_fwd_loop (unsigned char *dst, const unsigned char *src, size_t n)
{
  uint64_t head = lm_load64 (src);
  size_t skip = -(uintptr_t) dst & 7;
  unsigned char *d = dst + skip;
  const unsigned char *s = src + skip;
  size_t left = n - skip;
  for (; left >= 64; d += 64, s += 64, left -= 64)
    {
      lm_copy32 (d, s, 0);
      lm_copy32 (d, s, 32);
    }
  if (left > 32)
    {
      lm_copy32 (d, s, 0);
      d += 32, s += 32, left -= 32;
    }
  if (left > 16)
    lm_small_copy32 (d, s, left);
  else
    lm_small_copy16 (d, s, left);
  lm_store64 (dst, head);
  return dst;
}

/* At least 39 bytes between buffers that do not overlap, low to high,
   32 bytes a step with the destination 8-byte aligned.  Apart, the
   bytes can be stored in any order, so the last 32 go first and the
   steps end in one more 32-byte piece, which the last 32 overlap: no
   cascade of tests on what is left, each of which mispredicts about
   half the time when sizes are mixed.  The last 32 come first because,
   copied after the steps, they load from the page offsets the steps
   have just stored to in the other buffer, and wait.  The first word is
   stored last, as in lm_copy_fwd_loop.  */
void *
lm_copy_apart_loop (unsigned char *dst, const unsigned char *src, size_t n)
{
  uint64_t head = lm_load64 (src);
  size_t skip = -(uintptr_t) dst & 7;
  unsigned char *d = dst + skip;
  const unsigned char *s = src + skip;
  size_t left = n - skip;
  lm_copy32 (dst, src, n - 32);
  for (; left > 64; d += 32, s += 32, left -= 32)
    lm_copy32 (d, s, 0);
  lm_copy32 (d, s, 0);
  lm_store64 (dst, head);
  return dst;
}

/* More than 64 bytes, high to low: the mirror image of lm_copy_fwd_loop,
   safe for overlap with dst > src.  It also serves copies in the 4K-alias
   window, since loads running ahead of the stores downwards never match a
   recent store's low address bits.  A load and a store per 8 bytes at
   three memory operations a cycle make 12 bytes a cycle on Zen 4, the
   most general registers can do there; Zen 5 stores two words a cycle,
   16 bytes, and the loop moves 15.3 in L1 (doc/measurements.md).  */
void *
lm_copy_bwd_loop (unsigned char *dst, const unsigned char *src, size_t n)
{
  uint64_t tail = lm_load64 (src + n - 8);
  size_t end = n - ((uintptr_t) (dst + n) & 7);
  if (n >= lm_tuning.move_prefetch_min && n < LM_MOVE_PREFETCH_END)
    for (; end >= LM_MOVE_PREFETCH_AHEAD + 64; end -= 64)
      {
        lm_prefetch ((uintptr_t) src + end - LM_MOVE_PREFETCH_AHEAD - 64);
        copy_block64 (dst, src, end - 64);
      }
  for (; end >= 64; end -= 64)
    copy_block64 (dst, src, end - 64);
  lm_small_copy (dst, src, end);
  lm_store64 (dst + n - 8, tail);
  return dst;
}

/* At least 8 bytes, low to high, with the string instruction the tuning
   chose: rep movsb on ERMS CPUs, in pieces within the band of copies in
   pieces (lm_in_piece_band), else rep movsq plus an overlapping last
   word.  Safe for overlap with dst < src.  */
void *
lm_copy_fwd_rep (unsigned char *dst, const unsigned char *src, size_t n)
{
  if (!lm_tuning.erms)
    return lm_copy_fwd_movsq (dst, src, n);
  if (lm_in_piece_band (n, false))
    return lm_copy_pieces (dst, src, n);
  lm_rep_movsb (dst, src, n);
  return dst;
}

/* N bytes low to high with rep movsb, PIECE bytes at a time while more
   than LONGEST are left, then the rest in one.  Safe for overlap with
   dst < src, as one rep movsb is: a piece's stores end below the source
   bytes the later pieces read.  */
static void *
movsb_pieces (unsigned char *dst, const unsigned char *src, size_t n,
              size_t piece, size_t longest)
{
  unsigned char *d = dst;
  for (; n > longest; d += piece, src += piece, n -= piece)
    lm_rep_movsb (d, src, piece);
  lm_rep_movsb (d, src, n);
  return dst;
}

/* N bytes low to high with rep movsb, in pieces of half copy_piece_min
   (lm_tuning; all at once if that is 0), so that none reaches the count
   from which the CPU may stream its stores past the caches.  */
void *
lm_copy_pieces (unsigned char *dst, const unsigned char *src, size_t n)
{
  size_t piece = lm_tuning.copy_piece_min / 2;
  if (piece == 0)
    piece = n;
  return movsb_pieces (dst, src, n, piece, piece);
}

/* A forward move onto an overlapping source (dst < src) with rep movsb,
   no more than move_piece_max bytes (lm_tuning) at a time: Zen 5 takes
   some 70 TSC cycles longer over such a move from 2112 bytes on,
   whatever the distance up to 1000 bytes and the alignment, and over
   none below (profiles.c, amd-zen5).  The pieces are move_piece_max
   rounded down to 64 bytes, so that a destination on a 64-byte boundary
   stays on one, and the last holds what is left, up to move_piece_max.  */
void *
lm_move_pieces (unsigned char *dst, const unsigned char *src, size_t n)
{
  size_t longest = lm_tuning.move_piece_max;
  size_t piece = longest >= 64 ? longest & ~(size_t) 63 : longest;
  if (piece == 0)
    piece = longest = n;
  return movsb_pieces (dst, src, n, piece, longest);
}

/* At least 8 bytes, low to high, with rep movsq.  Safe for overlap with
   dst < src.  */
void *
lm_copy_fwd_movsq (unsigned char *dst, const unsigned char *src, size_t n)
{
  lm_rep_movsq_bytes (dst, src, n);
  return dst;
}

/* memmove with dst > src: backward "std; rep movsb" is a microcoded byte
   loop, ~30x slower than a vector loop.  Instead copy gap-sized chunks
   from the top down, each one forward with rep movs: a chunk no wider
   than the gap never overlaps its own destination, and it reads only
   bytes no earlier chunk has written.  The chunk at the top is what is
   left over a whole number of gaps, so that the others keep the
   destination's alignment where the gap is a multiple of 64.  Chunks
   within the band of pieces go in pieces (lm_copy_fwd_rep), as forward
   copies of those sizes do, so that their rep movsb does not stream its
   stores.  */
void *
lm_copy_bwd_chunks (unsigned char *dst, const unsigned char *src, size_t n)
{
  size_t gap = (size_t) (dst - src);
  size_t end = n;
  size_t len = n % gap != 0 ? n % gap : gap;
  for (; end > 0; len = gap)
    {
      size_t start = end - len;
      if (len <= LM_SMALL_MAX)
        lm_small_copy (dst + start, src + start, len);
      else
        lm_copy_fwd_rep (dst + start, src + start, len);
      end = start;
    }
  return dst;
}
