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
  if (lm_in_alias_window (dst, src))
    {
      if (backward_ok)
        lm_copy_bwd_loop (dst, src, n);
      else
        lm_copy_fwd_loop (dst, src, n);
    }
  else if (n >= lm_tuning.copy_rep_min)
    lm_copy_fwd_rep (dst, src, n);
  else
    lm_copy_fwd_loop (dst, src, n);
}

LM_EXPORT void *
LM_ENTRY (memcpy) (void *restrict dst, const void *restrict src, size_t n)
{
  unsigned char *d = dst;
  const unsigned char *s = src;
  if (n <= LM_SMALL_MAX)
    lm_small_copy (d, s, n);
  else if (n < LM_SHORT_REP_END && lm_tuning.short_rep
           && !lm_in_alias_window (d, s))
    lm_rep_movsb (d, s, n);   /* inline: a call costs as much as the copy */
  else if (n <= 2 * LM_SMALL_MAX)
    {
      /* Two overlapping halves: cheaper than any loop or rep start-up, and
         fine here because memcpy's buffers never overlap.  */
      lm_small_copy (d, s, LM_SMALL_MAX);
      lm_small_copy (d + n - LM_SMALL_MAX, s + n - LM_SMALL_MAX, LM_SMALL_MAX);
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
           && !lm_in_alias_window (d, s))
    lm_copy_bwd_chunks (d, s, n);
  else
    lm_copy_bwd_loop (d, s, n);
  return dst;
}
