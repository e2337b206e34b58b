/* copy.c -- the copy strategies behind memcpy and memmove.

   Every strategy reads all the source bytes of a block before it writes
   that block, which is what makes the same code serve memmove.  */

#include "impl.h"
#include "x86_64/string-ops.h"

/* 0..64 bytes: a fixed set of possibly overlapping loads, then the stores.
   All loads come first, so this is also a correct memmove.  */
void
lm_copy_small (unsigned char *dst, const unsigned char *src, size_t n)
{
  if (n >= 32)
    {
      uint64_t a0 = lm_load64 (src), a1 = lm_load64 (src + 8);
      uint64_t a2 = lm_load64 (src + 16), a3 = lm_load64 (src + 24);
      uint64_t b0 = lm_load64 (src + n - 32), b1 = lm_load64 (src + n - 24);
      uint64_t b2 = lm_load64 (src + n - 16), b3 = lm_load64 (src + n - 8);
      lm_store64 (dst, a0);
      lm_store64 (dst + 8, a1);
      lm_store64 (dst + 16, a2);
      lm_store64 (dst + 24, a3);
      lm_store64 (dst + n - 32, b0);
      lm_store64 (dst + n - 24, b1);
      lm_store64 (dst + n - 16, b2);
      lm_store64 (dst + n - 8, b3);
    }
  else if (n >= 16)
    {
      uint64_t a0 = lm_load64 (src), a1 = lm_load64 (src + 8);
      uint64_t b0 = lm_load64 (src + n - 16), b1 = lm_load64 (src + n - 8);
      lm_store64 (dst, a0);
      lm_store64 (dst + 8, a1);
      lm_store64 (dst + n - 16, b0);
      lm_store64 (dst + n - 8, b1);
    }
  else if (n >= 8)
    {
      uint64_t a = lm_load64 (src), b = lm_load64 (src + n - 8);
      lm_store64 (dst, a);
      lm_store64 (dst + n - 8, b);
    }
  else if (n >= 4)
    {
      uint32_t a = lm_load32 (src), b = lm_load32 (src + n - 4);
      lm_store32 (dst, a);
      lm_store32 (dst + n - 4, b);
    }
  else if (n > 0)
    {
      /* First, middle and last byte cover 1, 2 and 3 bytes alike.  */
      unsigned char a = src[0], m = src[n / 2], z = src[n - 1];
      dst[0] = a;
      dst[n / 2] = m;
      dst[n - 1] = z;
    }
}

/* More than 64 bytes, low to high, 32 bytes a step with the destination
   8-byte aligned.  The first and last 32 bytes are loaded up front and
   stored last, which covers the unaligned head and the ragged tail and
   keeps the loop safe for overlap with dst < src.  */
void
lm_copy_fwd_loop (unsigned char *dst, const unsigned char *src, size_t n)
{
  uint64_t h0 = lm_load64 (src), h1 = lm_load64 (src + 8);
  uint64_t h2 = lm_load64 (src + 16), h3 = lm_load64 (src + 24);
  uint64_t t0 = lm_load64 (src + n - 32), t1 = lm_load64 (src + n - 24);
  uint64_t t2 = lm_load64 (src + n - 16), t3 = lm_load64 (src + n - 8);

  size_t i = -(uintptr_t) dst & 7;
  for (; n - i > 32; i += 32)
    {
      uint64_t a = lm_load64 (src + i), b = lm_load64 (src + i + 8);
      uint64_t c = lm_load64 (src + i + 16), d = lm_load64 (src + i + 24);
      lm_store64 (dst + i, a);
      lm_store64 (dst + i + 8, b);
      lm_store64 (dst + i + 16, c);
      lm_store64 (dst + i + 24, d);
    }

  lm_store64 (dst + n - 32, t0);
  lm_store64 (dst + n - 24, t1);
  lm_store64 (dst + n - 16, t2);
  lm_store64 (dst + n - 8, t3);
  lm_store64 (dst, h0);
  lm_store64 (dst + 8, h1);
  lm_store64 (dst + 16, h2);
  lm_store64 (dst + 24, h3);
}

/* More than 64 bytes, high to low: the mirror image of lm_copy_fwd_loop,
   safe for overlap with dst > src.  It also serves copies in the 4K-alias
   window, since loads running ahead of the stores downwards never match a
   recent store's low address bits.  */
void
lm_copy_bwd_loop (unsigned char *dst, const unsigned char *src, size_t n)
{
  uint64_t h0 = lm_load64 (src), h1 = lm_load64 (src + 8);
  uint64_t h2 = lm_load64 (src + 16), h3 = lm_load64 (src + 24);
  uint64_t t0 = lm_load64 (src + n - 32), t1 = lm_load64 (src + n - 24);
  uint64_t t2 = lm_load64 (src + n - 16), t3 = lm_load64 (src + n - 8);

  size_t end = n - ((uintptr_t) (dst + n) & 7);
  for (; end > 32; end -= 32)
    {
      uint64_t a = lm_load64 (src + end - 8), b = lm_load64 (src + end - 16);
      uint64_t c = lm_load64 (src + end - 24), d = lm_load64 (src + end - 32);
      lm_store64 (dst + end - 8, a);
      lm_store64 (dst + end - 16, b);
      lm_store64 (dst + end - 24, c);
      lm_store64 (dst + end - 32, d);
    }

  lm_store64 (dst, h0);
  lm_store64 (dst + 8, h1);
  lm_store64 (dst + 16, h2);
  lm_store64 (dst + 24, h3);
  lm_store64 (dst + n - 32, t0);
  lm_store64 (dst + n - 24, t1);
  lm_store64 (dst + n - 16, t2);
  lm_store64 (dst + n - 8, t3);
}

/* At least 8 bytes, low to high, with the string instruction the tuning
   chose: rep movsb on ERMS CPUs, else rep movsq plus an overlapping last
   word.  Safe for overlap with dst < src.  */
void
lm_copy_fwd_rep (unsigned char *dst, const unsigned char *src, size_t n)
{
  if (lm_tuning.erms)
    {
      lm_rep_movsb (dst, src, n);
      return;
    }
  uint64_t last = lm_load64 (src + n - 8);
  lm_rep_movsq (dst, src, n / 8);
  lm_store64 (dst + n - 8, last);
}

/* memmove with dst > src: backward "std; rep movsb" is a microcoded byte
   loop, ~30x slower than a vector loop.  Instead copy gap-sized chunks
   from the top down, each one forward with rep movs: a chunk no wider
   than the gap never overlaps its own destination, and it reads only
   bytes no earlier chunk has written.  */
void
lm_copy_bwd_chunks (unsigned char *dst, const unsigned char *src, size_t n)
{
  size_t gap = (size_t) (dst - src);
  size_t end = n;
  while (end > 0)
    {
      size_t len = end < gap ? end : gap;
      size_t start = end - len;
      if (len <= LM_SMALL_MAX)
        lm_copy_small (dst + start, src + start, len);
      else
        lm_copy_fwd_rep (dst + start, src + start, len);
      end = start;
    }
}
