/* cpuinfo.c -- identify the CPU from CPUID, reading only the leaves the
   CPU reports having (a leaf past the maximum returns another one's
   data).  */

#include <stddef.h>
#include <stdint.h>

#include "arch/x86_64/cpuinfo.h"
#include "mem.h"
#include "x86_64/cpuid.h"

struct cpu_info cpu;

/* The brand string: 48 bytes from leaves 0x80000002-4, NUL-padded, and
   space-padded by some vendors.  */
static void
read_brand (char brand[49])
{
  brand[0] = '\0';
  if (lm_cpuid_max (0x80000000) < 0x80000004)
    return;
  char raw[3 * 16 + 1];
  for (uint32_t i = 0; i < 3; i++)
    {
      struct lm_cpuid r = lm_cpuid (0x80000002 + i, 0);
      const uint32_t regs[4] = { r.eax, r.ebx, r.ecx, r.edx };
      lm_cpuid_chars (raw + 16 * i, regs, 4);
    }
  raw[48] = '\0';
  const char *start = raw;
  while (*start == ' ')
    start++;
  size_t len = 0;
  while (start[len])
    len++;
  while (len && start[len - 1] == ' ')
    len--;
  memcpy (brand, start, len);
  brand[len] = '\0';
}

void
cpu_identify (void)
{
  struct lm_cpuid r = lm_cpuid (0, 0);
  lm_cpuid_string (cpu.vendor, r.ebx, r.edx, r.ecx);
  struct lm_cpuid leaf1 = lm_cpuid (1, 0);
  lm_cpuid_signature (leaf1.eax, &cpu.family, &cpu.model, &cpu.stepping);
  read_brand (cpu.brand);

  cpu.rdtscp = lm_cpuid_bit (lm_cpuid_if (0x80000001, 0).edx, 27);
  cpu.invariant_tsc = lm_cpuid_bit (lm_cpuid_if (0x80000007, 0).edx, 8);

  bool amd = memcmp (cpu.vendor, "AuthenticAMD", 12) == 0
             || memcmp (cpu.vendor, "HygonGenuine", 12) == 0;
  cpu.lfence_serialising
    = !amd || cpu.family >= 0x19
      || lm_cpuid_bit (lm_cpuid_if (0x80000021, 0).eax, 2);

  cpu.hypervisor[0] = '\0';
  if (lm_cpuid_bit (leaf1.ecx, 31))
    {
      r = lm_cpuid (0x40000000, 0);
      lm_cpuid_string (cpu.hypervisor, r.ebx, r.ecx, r.edx);
    }
}

bool
cpu_is_emulated (void)
{
  return memcmp (cpu.hypervisor, "TCGTCGTCGTCG", 12) == 0;
}
