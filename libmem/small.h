/* small.h -- the small-size strategies (up to LM_SMALL_MAX bytes), inline
   so the entry points pay no extra call for the sizes where a call costs
   the most.  The out-of-line lm_copy_small and lm_cmp_small wrap
   them for the tests.  (memset's sizes up to 64 bytes are its own, in
   memset.c.)

   memcmp's words are loaded little-endian and byte-swapped, so comparing
   them as integers compares their bytes in memory order, as unsigned
   char.  */

#ifndef LIBMEM_SMALL_H
#define LIBMEM_SMALL_H

#include "impl.h"

/* 0..64 bytes: a fixed set of possibly overlapping loads, then the stores.
   All loads come first, so this is also a correct memmove.  */
/* 0..3 bytes: the first, middle and last byte, which cover 1, 2 and 3
   bytes alike.  */
static inline void
lm_small_copy3 (unsigned char *dst, const unsigned char *src, size_t n)
{
  if (n > 0)
    {
      unsigned char a = src[0], m = src[n / 2], z = src[n - 1];
      dst[0] = a;
      dst[n / 2] = m;
      dst[n - 1] = z;
    }
}

/* 4..7 bytes: two overlapping 4-byte pieces.  */
static inline void
lm_small_copy4to7 (unsigned char *dst, const unsigned char *src, size_t n)
{
  uint32_t a = lm_load32 (src), b = lm_load32 (src + n - 4);
  lm_store32 (dst, a);
  lm_store32 (dst + n - 4, b);
}

/* 0..7 bytes.  */
static inline void
lm_small_copy7 (unsigned char *dst, const unsigned char *src, size_t n)
{
  if (n >= 4)
    lm_small_copy4to7 (dst, src, n);
  else
    lm_small_copy3 (dst, src, n);
}

/* 0..16 bytes, at most two words in flight: the part of the small copy
   that every size class's entry shares.  */
static inline void
lm_small_copy16 (unsigned char *dst, const unsigned char *src, size_t n)
{
  if (n >= 8)
    {
      uint64_t a = lm_load64 (src), b = lm_load64 (src + n - 8);
      lm_store64 (dst, a);
      lm_store64 (dst + n - 8, b);
    }
  else
    lm_small_copy7 (dst, src, n);
}

/* 8..32 bytes: four words, loads first (lm_mid_word; memcpy.c says what
   one path for the range is worth).  */
static inline void
lm_small_copy8to32 (unsigned char *dst, const unsigned char *src, size_t n)
{
  size_t mid = lm_mid_word (n);
  uint64_t a = lm_load64 (src), b = lm_load64 (src + mid);
  uint64_t c = lm_load64 (src + n - 8 - mid), d = lm_load64 (src + n - 8);
  lm_store64 (dst, a);
  lm_store64 (dst + mid, b);
  lm_store64 (dst + n - 8 - mid, c);
  lm_store64 (dst + n - 8, d);
}

/* 17..32 bytes: two overlapping 16-byte halves, all loads first.  */
static inline void
lm_small_copy32 (unsigned char *dst, const unsigned char *src, size_t n)
{
  uint64_t a0 = lm_load64 (src), a1 = lm_load64 (src + 8);
  uint64_t b0 = lm_load64 (src + n - 16), b1 = lm_load64 (src + n - 8);
  lm_store64 (dst, a0);
  lm_store64 (dst + 8, a1);
  lm_store64 (dst + n - 16, b0);
  lm_store64 (dst + n - 8, b1);
}

/* Copy the 16 bytes at OFFSET, loads first.  */
static inline void
lm_copy16 (unsigned char *dst, const unsigned char *src, size_t offset)
{
  uint64_t a = lm_load64 (src + offset), b = lm_load64 (src + offset + 8);
  lm_store64 (dst + offset, a);
  lm_store64 (dst + offset + 8, b);
}

/* Copy the 32 bytes at OFFSET, loads first.  */
static inline void
lm_copy32 (unsigned char *dst, const unsigned char *src, size_t offset)
{
  uint64_t a = lm_load64 (src + offset), b = lm_load64 (src + offset + 8);
  uint64_t c = lm_load64 (src + offset + 16), d = lm_load64 (src + offset + 24);
  lm_store64 (dst + offset, a);
  lm_store64 (dst + offset + 8, b);
  lm_store64 (dst + offset + 16, c);
  lm_store64 (dst + offset + 24, d);
}

static inline void
lm_small_copy (unsigned char *dst, const unsigned char *src, size_t n)
{
  /* The smallest sizes are the most common and the most sensitive to a
     mispredicted branch, so they are tested first.  */
  if (n <= 16)
    lm_small_copy16 (dst, src, n);
  else if (n <= 32)
    lm_small_copy32 (dst, src, n);
  else
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
}

static inline uint64_t
load_be64 (const unsigned char *p)
{
  return __builtin_bswap64 (lm_load64 (p));
}

static inline int
order (uint64_t a, uint64_t b)
{
  return (a > b) - (a < b);
}

/* 1..3 bytes: first, middle and last byte as one 24-bit number, most
   significant first, so that one subtraction orders them (the difference
   fits an int).  For 1 and 2 bytes the repeated bytes change nothing:
   they compare equal exactly when the bytes before them do.  */
static inline int
lm_small_cmp3 (const unsigned char *a, const unsigned char *b, size_t n)
{
  return (int) ((uint32_t) a[0] << 16 | (uint32_t) a[n / 2] << 8 | a[n - 1])
         - (int) ((uint32_t) b[0] << 16 | (uint32_t) b[n / 2] << 8 | b[n - 1]);
}

/* 0..16 bytes: at most two overlapping word compares.  Equal buffers,
   the common answer, are found with the words as loaded, one test for
   both; only a difference pays for the byte swaps.  When the first word
   is equal, the overlap is too, so the second word's first difference is
   the buffers' first difference.  Laid out for 8-16 bytes and equal
   buffers, each of which falls straight through (memcmp.c).  */
static inline int
lm_small_cmp (const unsigned char *a, const unsigned char *b, size_t n)
{
  if (__builtin_expect (n >= 8, 1))
    {
      uint64_t x0 = lm_load64 (a), y0 = lm_load64 (b);
      uint64_t x1 = lm_load64 (a + n - 8), y1 = lm_load64 (b + n - 8);
      if (__builtin_expect (((x0 ^ y0) | (x1 ^ y1)) == 0, 1))
        return 0;
      if (x0 != y0)
        return order (__builtin_bswap64 (x0), __builtin_bswap64 (y0));
      return order (__builtin_bswap64 (x1), __builtin_bswap64 (y1));
    }
  if (n >= 4)
    {
      uint32_t x0 = lm_load32 (a), y0 = lm_load32 (b);
      uint32_t x1 = lm_load32 (a + n - 4), y1 = lm_load32 (b + n - 4);
      if (__builtin_expect (((x0 ^ y0) | (x1 ^ y1)) == 0, 1))
        return 0;
      if (x0 != y0)
        return order (__builtin_bswap32 (x0), __builtin_bswap32 (y0));
      return order (__builtin_bswap32 (x1), __builtin_bswap32 (y1));
    }
  if (n > 0)
    return lm_small_cmp3 (a, b, n);
  return 0;
}

#endif /* LIBMEM_SMALL_H */
