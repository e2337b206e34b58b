/* test-profiles.c -- the profile chosen for recorded CPUID values of CPUs
   nobody here may have: the table must send each to the right row, and
   the rows must keep their promises (the alias guard only where the cliff
   is known or the CPU unknown, rep movsq without ERMS).  */

#include <config.h>

#include <stdio.h>
#include <string.h>

#include "harness.h"

/* The vendor string's registers, as CPUID leaf 0 returns them.  */
#define INTEL 0x756e6547, 0x6c65746e, 0x49656e69 /* "GenuineIntel" */
#define AMD 0x68747541, 0x444d4163, 0x69746e65   /* "AuthenticAMD" */
#define HYGON 0x6f677948, 0x656e6975, 0x6e65476e /* "HygonGenuine" */
#define CENTAUR 0x746e6543, 0x736c7561, 0x48727561 /* "CentaurHauls" */

/* leaf 7.0 EBX bit 9 = ERMS, EDX bit 4 = FSRM; leaf 7.1 EAX bits 10-12 =
   FZRM, FSRS, FSRC.  */
#define ERMS (1u << 9)
#define FSRM (1u << 4)
#define SHORT_ALL (7u << 10)

static const struct
{
  const char *cpu, *profile;
  struct lm_cpuid_record rec;
  unsigned features;
} cases[] = {
  { "AMD Zen 3 (EPYC 7003, family 19h model 01h)", "amd-zen3",
    { 0x10, AMD, 0x00a00f11, ERMS, FSRM, 0 }, LM_CPU_ERMS | LM_CPU_FSRM },
  { "AMD Zen 4 (EPYC 9004, family 19h model 11h)", "amd-zen3",
    { 0x10, AMD, 0x00a10f11, ERMS, FSRM, 0 }, LM_CPU_ERMS | LM_CPU_FSRM },
  { "AMD Zen 5 (EPYC 9005, family 1Ah model 02h)", "amd-zen5",
    { 0x10, AMD, 0x00b00f21, ERMS, FSRM, 0 }, LM_CPU_ERMS | LM_CPU_FSRM },
  { "AMD Zen 5 (Ryzen 9000, family 1Ah model 44h)", "amd-zen5",
    { 0x10, AMD, 0x00b40f40, ERMS, FSRM, 0 }, LM_CPU_ERMS | LM_CPU_FSRM },
  { "AMD Zen 5 under a hypervisor that hides FSRM", "generic-erms",
    { 0x10, AMD, 0x00b00f21, ERMS, 0, 0 }, LM_CPU_ERMS },
  { "AMD Zen 4 under a hypervisor that hides FSRM", "generic-erms",
    { 0x10, AMD, 0x00a10f11, ERMS, 0, 0 }, LM_CPU_ERMS },
  { "AMD Zen 2 (EPYC 7002, family 17h model 31h)", "amd-zen1",
    { 0x10, AMD, 0x00830f10, ERMS, 0, 0 }, LM_CPU_ERMS },
  { "Hygon Dhyana (family 18h)", "amd-zen1",
    { 0x0d, HYGON, 0x00900f01, ERMS, 0, 0 }, LM_CPU_ERMS },
  { "Intel Golden Cove (Sapphire Rapids, family 6 model 8Fh)", "intel-fsrm",
    { 0x20, INTEL, 0x000806f8, ERMS, FSRM, SHORT_ALL },
    LM_CPU_ERMS | LM_CPU_FSRM | LM_CPU_FZRM | LM_CPU_FSRS | LM_CPU_FSRC },
  { "Intel Ice Lake server (family 6 model 6Ah)", "intel-fsrm",
    { 0x1b, INTEL, 0x000606a6, ERMS, FSRM, 0 }, LM_CPU_ERMS | LM_CPU_FSRM },
  { "Intel Skylake server (family 6 model 55h)", "intel-erms",
    { 0x16, INTEL, 0x00050654, ERMS, 0, 0 }, LM_CPU_ERMS },
  { "Centaur/Zhaoxin, an unknown vendor, with ERMS", "generic-erms",
    { 0x0d, CENTAUR, 0x000006fe, ERMS, 0, 0 }, LM_CPU_ERMS },
  { "QEMU's qemu64 (AMD family 0Fh, no leaf 7)", "no-erms",
    { 0x0d, AMD, 0x00060fb1, 0, 0, 0 }, 0 },
  { "Intel Core 2 (family 6 model 0Fh, no leaf 7)", "no-erms",
    { 0x0a, INTEL, 0x000006fb, 0, 0, 0 }, 0 },
};

int
main (void)
{
  for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++)
    {
      struct lm_cpu cpu = lm_cpu_decode (&cases[i].rec);
      const struct lm_profile *p = lm_profile_for (&cpu);
      printf ("%-55s %s family %#x model %#x features %#x -> %s\n",
              cases[i].cpu, cpu.vendor_name, cpu.family, cpu.model,
              cpu.features, p->name);
      if (cpu.features != cases[i].features)
        test_fail ("%s: features %#x, expected %#x", cases[i].cpu,
                   cpu.features, cases[i].features);
      if (strcmp (p->name, cases[i].profile) != 0)
        test_fail ("%s: profile %s, expected %s", cases[i].cpu, p->name,
                   cases[i].profile);
      if (cpu.vendor == LM_VENDOR_INTEL && p->tuning.alias_guard)
        test_fail ("%s: the alias guard is on for Intel, which has no cliff",
                   cases[i].cpu);
      if (!(cpu.features & LM_CPU_ERMS) && p->tuning.erms)
        test_fail ("%s: rep movsb without ERMS", cases[i].cpu);
    }

  /* The family and model decoding, extended fields included.  */
  struct lm_cpuid_record zen4 = { 0x10, AMD, 0x00a10f11, 0, 0, 0 };
  struct lm_cpu c = lm_cpu_decode (&zen4);
  if (c.vendor != LM_VENDOR_AMD || c.family != 0x19 || c.model != 0x11)
    test_fail ("Zen 4 decoded as vendor %d family %#x model %#x", c.vendor,
               c.family, c.model);

  /* The backward loop's prefetch, measured to help Zen 4 and to cost
     Zen 5 (profiles.c): on for the one, off for the other, once
     settled as lm_init settles them.  */
  struct lm_cpuid_record zen5 = { 0x10, AMD, 0x00b00f21, ERMS, FSRM, 0 };
  struct lm_cpu c5 = lm_cpu_decode (&zen5);
  struct lm_cpuid_record zen4_full = { 0x10, AMD, 0x00a10f11, ERMS, FSRM, 0 };
  struct lm_cpu c4 = lm_cpu_decode (&zen4_full);
  struct lm_tuning t5 = lm_profile_for (&c5)->tuning;
  struct lm_tuning t4 = lm_profile_for (&c4)->tuning;
  lm_tuning_settle (&t5);
  lm_tuning_settle (&t4);
  if (t5.move_prefetch_min != SIZE_MAX)
    test_fail ("Zen 5 prefetches backward copies from %zu",
               t5.move_prefetch_min);
  if (t4.move_prefetch_min != LM_MOVE_PREFETCH_MIN)
    test_fail ("Zen 4 prefetches backward copies from %zu, not %d",
               t4.move_prefetch_min, LM_MOVE_PREFETCH_MIN);

  /* Every profile has a name and sane thresholds.  */
  size_t count = 0;
  for (; lm_profile_at (count); count++)
    {
      const struct lm_profile *p = lm_profile_at (count);
      if (!p->name || !*p->name || p->tuning.copy_rep_min <= LM_SMALL_MAX
          || p->tuning.set_rep_min <= LM_SMALL_MAX)
        test_fail ("profile %zu (%s) is malformed", count, p->name);
      /* A band of fills in pieces lies above rep stosb's threshold, and
         its pieces, half its start, are whole pages at least.  */
      const struct lm_tuning *t = &p->tuning;
      if (t->set_piece_max != 0
          && (t->set_piece_max < t->set_piece_min
              || t->set_piece_min <= t->set_rep_min
              || t->set_piece_min / 2 % 4096 != 0))
        test_fail ("profile %s: fills in pieces from %zu to %zu", p->name,
                   t->set_piece_min, t->set_piece_max);
      /* So does a band of copies in pieces, above rep movsb's, and only
         where the profile uses rep movsb.  */
      if (t->copy_piece_max != 0
          && (!t->erms || t->copy_piece_max < t->copy_piece_min
              || t->copy_piece_min <= t->copy_rep_min
              || t->copy_piece_min / 2 % 4096 != 0))
        test_fail ("profile %s: copies in pieces from %zu to %zu", p->name,
                   t->copy_piece_min, t->copy_piece_max);
      /* rep movsq's short path for overlapping moves ends where the
         short path does.  */
      if (t->move_movsq_max >= LM_SHORT_MOVSQ_END)
        test_fail ("profile %s: move_movsq_max %zu past the short path",
                   p->name, t->move_movsq_max);
      /* Moves go in pieces only where rep movsb takes them whole up to
         the piece's length, and where the profile uses rep movsb.  */
      if (t->move_piece_max != 0
          && (!t->erms || t->move_piece_max < t->copy_rep_min))
        test_fail ("profile %s: moves in pieces from %zu", p->name,
                   t->move_piece_max);
      /* Short fills go to rep stosb only where the profile uses rep
         stosb, and only above the sizes memset always stores itself.  */
      if (t->set_short_rep_max != 0
          && (!t->erms || t->set_short_rep_max <= LM_SET_SMALL_MAX))
        test_fail ("profile %s: short fills by rep stosb up to %zu", p->name,
                   t->set_short_rep_max);
      /* Likewise short moves to rep movsb, within memmove's move_mid and
         below the count where the short path ends (128 on Zen 4 and 5).  */
      if (t->move_short_rep_max != 0
          && (!t->erms || t->move_short_rep_max <= LM_SMALL_MAX
              || t->move_short_rep_max >= 2 * LM_SMALL_MAX))
        test_fail ("profile %s: short moves by rep movsb up to %zu", p->name,
                   t->move_short_rep_max);
      /* An upper end for repe cmpsb leaves it a range to run in.  */
      if (t->cmp_rep_max != 0 && t->cmp_rep_max < t->cmp_rep_min)
        test_fail ("profile %s: repe cmpsb from %zu to %zu", p->name,
                   t->cmp_rep_min, t->cmp_rep_max);
    }
  if (count < 6)
    test_fail ("only %zu profiles", count);
  return test_finish ("profile choice for recorded CPUs");
}
