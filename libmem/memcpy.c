/* memcpy.c -- memcpy and memmove: pick a copy strategy by size, overlap and
   distance.  */

#include "impl.h"
#include "small.h"
#include "x86_64/string-ops.h"

/* A forward-safe copy of more than LM_SMALL_MAX bytes.  BACKWARD_OK says
   the buffers do not overlap, so a backward copy is allowed too.  */
static inline void
copy_forward (unsigned char *dst, const unsigned char *src, size_t n,
              bool backward_ok)
{
  if (lm_tuning.alias_guard && lm_in_alias_window (dst, src))
    {
      if (backward_ok)
        lm_copy_bwd_loop (dst, src, n);
      else
        lm_copy_fwd_loop (dst, src, n);
    }
  else if (n >= lm_tuning.copy_rep_min)
    {
      /* rep movsb inline, so the common ERMS path makes no call.  */
      if (lm_tuning.erms)
        lm_rep_movsb (dst, src, n);
      else
        lm_copy_fwd_rep (dst, src, n);
    }
  else
    lm_copy_fwd_loop (dst, src, n);
}

/* memcpy's buffers never overlap, so up to 128 bytes it can copy in
   independent 32-byte pieces.  Four registers in flight instead of the
   eight a memmove-safe copy holds leave the function without a single
   push, which the smallest copies would feel most.  Between 65 and 127
   bytes FSRM's rep movsb is faster where the profile says so (short_rep;
   Zen 4: 3.8 ns against 4.5-4.7 at 97 bytes, aligned or not); at 128
   bytes and beyond the pieces are clearly faster (rep movsb: 8.7 ns).  */
LM_EXPORT void *
LM_ENTRY (memcpy) (void *restrict dst, const void *restrict src, size_t n)
{
  unsigned char *d = dst;
  const unsigned char *s = src;
  if (n <= 16)
    lm_small_copy16 (d, s, n);
  else if (n <= 32)
    lm_small_copy32 (d, s, n);
  else if (n <= 64)
    {
      lm_copy32 (d, s, 0);
      lm_copy32 (d + n - 32, s + n - 32, 0);
    }
  else if (n < LM_SHORT_REP_END && lm_tuning.short_rep
           && !(lm_tuning.alias_guard && lm_in_alias_window (d, s)))
    lm_rep_movsb (d, s, n);
  else if (n <= 2 * LM_SMALL_MAX)
    {
      lm_copy32 (d, s, 0);
      lm_copy32 (d, s, 32);
      lm_copy32 (d + n - 64, s + n - 64, 0);
      lm_copy32 (d + n - 32, s + n - 32, 0);
    }
  else
    copy_forward (d, s, n, true);
  return dst;
}

LM_EXPORT void *
LM_ENTRY (memmove) (void *dst, const void *src, size_t n)
{
  unsigned char *d = dst;
  const unsigned char *s = src;
  /* Unsigned wrap-around folds "dst before src" and "dst after the end of
     src" into one test: both allow a forward copy.  */
  size_t gap = (uintptr_t) d - (uintptr_t) s;

  if (n <= LM_SMALL_MAX)
    lm_small_copy (d, s, n);
  else if (gap >= n)
    copy_forward (d, s, n, (uintptr_t) s - (uintptr_t) d >= n);
  else if (gap == 0)
    ;
  else if (n >= lm_tuning.copy_rep_min && gap >= lm_tuning.move_chunk_min
           && !(lm_tuning.alias_guard && lm_in_alias_window (d, s)))
    lm_copy_bwd_chunks (d, s, n);
  else
    lm_copy_bwd_loop (d, s, n);
  return dst;
}
