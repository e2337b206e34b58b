/* cpuid.h -- the CPUID instruction, without the compiler's hosted header,
   and the decoding libmem and the kernel both need.  */

#ifndef LIBMEM_X86_64_CPUID_H
#define LIBMEM_X86_64_CPUID_H

#include <stdint.h>

struct lm_cpuid
{
  uint32_t eax, ebx, ecx, edx;
};

/* Every x86_64 CPU has CPUID; a leaf above the CPU's maximum returns
   another leaf's data, so callers check the maximum first (lm_cpuid_max).  */
static inline struct lm_cpuid
lm_cpuid (uint32_t leaf, uint32_t subleaf)
{
  struct lm_cpuid r;
  __asm__ volatile ("cpuid"
                    : "=a" (r.eax), "=b" (r.ebx), "=c" (r.ecx), "=d" (r.edx)
                    : "a" (leaf), "c" (subleaf));
  return r;
}

/* The highest leaf in the range that BASE starts (0, 0x80000000), or 0 if
   the CPU has no such range.  */
static inline uint32_t
lm_cpuid_max (uint32_t base)
{
  uint32_t max = lm_cpuid (base, 0).eax;
  return (max & 0xFFFF0000u) == base ? max : 0;
}

/* The leaf, or all zeros when the CPU does not have it.  */
static inline struct lm_cpuid
lm_cpuid_if (uint32_t leaf, uint32_t subleaf)
{
  if (lm_cpuid_max (leaf & 0xFFFF0000u) < leaf)
    return (struct lm_cpuid) { 0, 0, 0, 0 };
  return lm_cpuid (leaf, subleaf);
}

/* Bit N of a CPUID register.  */
static inline _Bool
lm_cpuid_bit (uint32_t reg, unsigned n)
{
  return reg >> n & 1;
}

/* COUNT registers' bytes as 4 * COUNT characters, low byte first, as
   CPUID spells vendor, hypervisor and brand names (no NUL added).  */
static inline void
lm_cpuid_chars (char *out, const uint32_t *regs, unsigned count)
{
  for (unsigned i = 0; i < 4 * count; i++)
    out[i] = (char) (regs[i / 4] >> (8 * (i % 4)));
}

/* Three registers' bytes as a 12-character string.  */
static inline void
lm_cpuid_string (char out[13], uint32_t a, uint32_t b, uint32_t c)
{
  const uint32_t w[3] = { a, b, c };
  lm_cpuid_chars (out, w, 3);
  out[12] = '\0';
}

/* Family and model from leaf 1's EAX, with the extended fields counted
   as the vendors document (extended family only when the base family is
   15; extended model for families 6 and 15).  */
static inline void
lm_cpuid_signature (uint32_t eax, unsigned *family, unsigned *model,
                    unsigned *stepping)
{
  unsigned base_family = (eax >> 8) & 0xF, base_model = (eax >> 4) & 0xF;
  *family = base_family == 0xF ? base_family + ((eax >> 20) & 0xFF)
                               : base_family;
  *model = base_family == 0x6 || base_family == 0xF
           ? ((eax >> 12) & 0xF0) | base_model : base_model;
  *stepping = eax & 0xF;
}

#endif /* LIBMEM_X86_64_CPUID_H */
