/* tune.c -- choose libmem's strategies once, from the CPU's features.  */

#include "impl.h"
#include "x86_64/cpuid.h"

/* Until lm_init runs (a kernel's first steps), use what is correct and
   reasonable on every x86_64 CPU: rep movsq/stosq for large sizes only.  */
struct lm_tuning lm_tuning = {
  .erms = false,
  .copy_rep_min = 4096,
  .set_rep_min = 4096,
  .move_chunk_min = 4096,
};

unsigned
lm_cpu_detect (void)
{
  unsigned features = 0;
  if (lm_cpuid (0, 0).eax >= 7)
    {
      struct lm_cpuid leaf7 = lm_cpuid (7, 0);
      if (leaf7.ebx & (UINT32_C (1) << 9))
        features |= LM_CPU_ERMS;
      if (leaf7.edx & (UINT32_C (1) << 4))
        features |= LM_CPU_FSRM;
    }
  return features;
}

/* The crossover sizes come from the host benchmark (make bench): below
   them the 64-byte register loop beats the string instruction's start-up
   cost.  Measured on AMD Zen 4 (ERMS+FSRM), 2.6 GHz: memcpy 512 B takes
   13.8 ns by loop, 10.8 ns by rep movsb; memset 769 B 14.2 ns by loop,
   13.2 ns by rep stosb.  Without FSRM the start-up is dearer.  */
struct lm_tuning
lm_tuning_for (unsigned features)
{
  /* Without ERMS, rep movsb is a byte loop in microcode; rep movsq is
     the fast string form every x86_64 CPU has.  */
  struct lm_tuning t = {
    .erms = false, .short_rep = false,
    .copy_rep_min = 2048, .set_rep_min = 2048, .move_chunk_min = 2048,
  };
  if (features & LM_CPU_ERMS)
    {
      t.erms = true;
      t.copy_rep_min = t.set_rep_min = t.move_chunk_min = 1024;
      if (features & LM_CPU_FSRM)
        {
          t.short_rep = true;
          t.copy_rep_min = t.move_chunk_min = 512;
          t.set_rep_min = 768;
        }
    }
  return t;
}

size_t
lm_tuning_variants (struct lm_tuning_variant *v)
{
  size_t n = 0;
  v[n++] = (struct lm_tuning_variant) {
    "tuned for this CPU", lm_tuning_for (lm_cpu_detect ()) };
  v[n++] = (struct lm_tuning_variant) {
    "tuned for ERMS+FSRM", lm_tuning_for (LM_CPU_ERMS | LM_CPU_FSRM) };
  v[n++] = (struct lm_tuning_variant) {
    "tuned for ERMS without FSRM", lm_tuning_for (LM_CPU_ERMS) };
  v[n++] = (struct lm_tuning_variant) {
    "tuned for no ERMS", lm_tuning_for (0) };
  v[n++] = (struct lm_tuning_variant) {
    "rep movsb/stosb above 64 B", { true, true, LM_SMALL_MAX + 1, LM_SMALL_MAX + 1, 1 } };
  v[n++] = (struct lm_tuning_variant) {
    "rep movsq/stosq above 64 B", { false, false, LM_SMALL_MAX + 1, LM_SMALL_MAX + 1, 1 } };
  v[n++] = (struct lm_tuning_variant) {
    "register loops only", { true, false, SIZE_MAX, SIZE_MAX, SIZE_MAX } };
  return n;
}

static unsigned lm_features;

LM_EXPORT void
lm_init (void)
{
  lm_features = lm_cpu_detect ();
  lm_tuning = lm_tuning_for (lm_features);
}

LM_EXPORT unsigned
lm_cpu_features (void)
{
  return lm_features;
}

#ifndef LM_FREESTANDING
/* A hosted program gets its tuning before main.  */
__attribute__ ((constructor)) static void
lm_init_at_load (void)
{
  lm_init ();
}
#endif
