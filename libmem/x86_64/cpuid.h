/* cpuid.h -- the CPUID instruction, without the compiler's hosted header.  */

#ifndef LIBMEM_X86_64_CPUID_H
#define LIBMEM_X86_64_CPUID_H

#include <stdint.h>

struct lm_cpuid
{
  uint32_t eax, ebx, ecx, edx;
};

static inline struct lm_cpuid
lm_cpuid (uint32_t leaf, uint32_t subleaf)
{
  struct lm_cpuid r;
  __asm__ volatile ("cpuid"
                    : "=a" (r.eax), "=b" (r.ebx), "=c" (r.ecx), "=d" (r.edx)
                    : "a" (leaf), "c" (subleaf));
  return r;
}

#endif /* LIBMEM_X86_64_CPUID_H */
