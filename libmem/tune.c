/* tune.c -- choose libmem's strategies once: the CPU's profile
   (profiles.c), then LIBMEM_TUNABLES on a hosted system.  */

#include "impl.h"

/* Until lm_init runs (a kernel's first steps), use what is correct and
   reasonable on every x86_64 CPU: rep movsq/stosq for large sizes only.  */
struct lm_tuning lm_tuning = {
  .erms = false,
  .copy_rep_min = 4096,
  .movsq_max = 0,
  .skew_loop_min = SIZE_MAX,
  .near_loop_min = SIZE_MAX,
  .band_min = SIZE_MAX,
  .set_rep_min = 4096,
  .set_stosb_span = 0,
  .move_chunk_min = 4096,
  .move_piece_max = SIZE_MAX,
  .move_prefetch_min = LM_MOVE_PREFETCH_MIN,
  .cmp_rep_min = SIZE_MAX,
  .cmp_rep_max = SIZE_MAX,
};

struct lm_cpu lm_cpu;
const struct lm_profile *lm_profile;

void
lm_tuning_settle (struct lm_tuning *t)
{
  /* Plain rep stosb from set_rep_min to the band of pieces, or to the
     end where there is none (set_piece_max 0, as in a profile that
     leaves both out); with SIZE_MAX as the end, a fill of SIZE_MAX
     bytes takes set_large's other way, to rep stosb too.  */
  bool band = t->set_piece_max != 0 && t->set_piece_max >= t->set_piece_min;
  size_t stosb_end = !t->erms ? t->set_rep_min
                     : band ? t->set_piece_min : SIZE_MAX;
  t->set_stosb_span = stosb_end > t->set_rep_min ? stosb_end - t->set_rep_min
                                                 : 0;
  if (t->cmp_rep_max == 0)
    t->cmp_rep_max = SIZE_MAX;
  if (t->move_piece_max == 0 || !t->erms)
    t->move_piece_max = SIZE_MAX;
  if (t->move_prefetch_min == 0)
    t->move_prefetch_min = LM_MOVE_PREFETCH_MIN;
  if (!t->erms)
    t->set_short_rep_max = t->move_short_rep_max = 0;
  size_t loop_min = t->skew_loop_min < t->near_loop_min ? t->skew_loop_min
                                                        : t->near_loop_min;
  bool pieces = t->erms && t->copy_piece_max != 0;
  t->band_min = pieces && t->copy_piece_min < loop_min ? t->copy_piece_min
                                                       : loop_min;
}

LM_EXPORT void
lm_init (void)
{
  struct lm_cpuid_record rec = lm_cpuid_read ();
  lm_cpu = lm_cpu_decode (&rec);
  lm_profile = lm_profile_for (&lm_cpu);
  lm_tuning = lm_profile->tuning;
  lm_tuning_settle (&lm_tuning);
}

LM_EXPORT unsigned
lm_cpu_features (void)
{
  return lm_cpu.features;
}

size_t
lm_tuning_variants (struct lm_tuning_variant *v)
{
  size_t n = 0;
  v[n++] = (struct lm_tuning_variant) { "the tuning in force", lm_tuning };
  for (size_t i = 0; lm_profile_at (i); i++)
    v[n++] = (struct lm_tuning_variant) {
      lm_profile_at (i)->name, lm_profile_at (i)->tuning };
  v[n++] = (struct lm_tuning_variant) {
    "rep movsb/stosb/cmpsb above 64 B",
    { .erms = true, .alias_guard = false,
      .copy_rep_min = LM_SMALL_MAX + 1, .skew_loop_min = SIZE_MAX,
      .near_loop_min = SIZE_MAX,
      .set_rep_min = LM_SMALL_MAX + 1, .set_short_rep_max = SIZE_MAX,
      .move_chunk_min = 1, .move_short_rep_max = SIZE_MAX,
      .cmp_rep_min = 17 } };
  v[n++] = (struct lm_tuning_variant) {
    "rep movsq/stosq above 64 B",
    { .erms = false, .alias_guard = false,
      .copy_rep_min = LM_SMALL_MAX + 1, .skew_loop_min = SIZE_MAX,
      .near_loop_min = SIZE_MAX,
      .set_rep_min = LM_SMALL_MAX + 1,
      .move_chunk_min = 1, .cmp_rep_min = SIZE_MAX } };
  v[n++] = (struct lm_tuning_variant) {
    "register loops only",
    { .erms = true, .alias_guard = true,
      .copy_rep_min = SIZE_MAX, .skew_loop_min = SIZE_MAX,
      .near_loop_min = SIZE_MAX,
      .set_rep_min = SIZE_MAX,
      .move_chunk_min = SIZE_MAX, .cmp_rep_min = SIZE_MAX } };
  for (size_t i = 0; i < n; i++)
    lm_tuning_settle (&v[i].tuning);
  return n;
}

#ifndef LM_FREESTANDING
# include <stdio.h>
# include <stdlib.h>

/* A hosted program gets its tuning before main, LIBMEM_TUNABLES
   included.  A bad setting is reported and keeps the profile's value.  */
__attribute__ ((constructor)) static void
lm_init_at_load (void)
{
  lm_init ();
  const char *spec = getenv ("LIBMEM_TUNABLES");
  char why[512];
  int refused = spec ? lm_tune (spec, why, sizeof why) : 0;
  if (refused)
    fprintf (stderr, "libmem: LIBMEM_TUNABLES: %s%s; keeping the %s "
             "profile's value%s (see libmem(3))\n", why,
             refused > 1 ? " (and more)" : "", lm_profile->name,
             refused > 1 ? "s" : "");
}
#endif
