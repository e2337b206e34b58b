/* cpu.c -- what CPUID says about the features that change libmem's best
   strategy.  Decoding is apart from reading, so tests can feed recorded
   CPUID values of CPUs nobody here has.  */

#include "impl.h"
#include "x86_64/cpuid.h"

static bool
same12 (const char *a, const char *b)
{
  for (int i = 0; i < 12; i++)
    if (a[i] != b[i])
      return false;
  return true;
}

struct lm_cpuid_record
lm_cpuid_read (void)
{
  struct lm_cpuid r = lm_cpuid (0, 0);
  struct lm_cpuid_record rec = { r.eax, r.ebx, r.ecx, r.edx, 0, 0, 0, 0 };
  if (rec.max_leaf >= 1)
    rec.signature = lm_cpuid (1, 0).eax;
  if (rec.max_leaf >= 7)
    {
      struct lm_cpuid leaf7 = lm_cpuid (7, 0);
      rec.leaf7_ebx = leaf7.ebx;
      rec.leaf7_edx = leaf7.edx;
      /* Leaf 7's EAX is its highest subleaf.  */
      if (leaf7.eax >= 1)
        rec.leaf7_1_eax = lm_cpuid (7, 1).eax;
    }
  return rec;
}

struct lm_cpu
lm_cpu_decode (const struct lm_cpuid_record *rec)
{
  struct lm_cpu cpu = { LM_VENDOR_OTHER, "", 0, 0, 0 };
  /* The vendor string is EBX, EDX, ECX, in that order.  */
  lm_cpuid_string (cpu.vendor_name, rec->vendor_ebx, rec->vendor_edx,
                   rec->vendor_ecx);
  if (same12 (cpu.vendor_name, "GenuineIntel"))
    cpu.vendor = LM_VENDOR_INTEL;
  else if (same12 (cpu.vendor_name, "AuthenticAMD"))
    cpu.vendor = LM_VENDOR_AMD;
  else if (same12 (cpu.vendor_name, "HygonGenuine"))
    cpu.vendor = LM_VENDOR_HYGON;
  unsigned stepping;
  lm_cpuid_signature (rec->signature, &cpu.family, &cpu.model, &stepping);

  if (lm_cpuid_bit (rec->leaf7_ebx, 9))
    cpu.features |= LM_CPU_ERMS;
  if (lm_cpuid_bit (rec->leaf7_edx, 4))
    cpu.features |= LM_CPU_FSRM;
  if (lm_cpuid_bit (rec->leaf7_1_eax, 10))
    cpu.features |= LM_CPU_FZRM;
  if (lm_cpuid_bit (rec->leaf7_1_eax, 11))
    cpu.features |= LM_CPU_FSRS;
  if (lm_cpuid_bit (rec->leaf7_1_eax, 12))
    cpu.features |= LM_CPU_FSRC;
  return cpu;
}
