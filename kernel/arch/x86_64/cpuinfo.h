/* cpuinfo.h -- what the CPU says it is and has, read once at boot.  */

#ifndef KERNEL_ARCH_X86_64_CPUINFO_H
#define KERNEL_ARCH_X86_64_CPUINFO_H

#include <stdbool.h>

struct cpu_info
{
  char vendor[13];              /* "GenuineIntel", "AuthenticAMD", ... */
  char brand[49];               /* the marketing name, or "" */
  unsigned family, model, stepping;
  bool rdtscp;                  /* CPUID 0x80000001 EDX bit 27 */
  bool invariant_tsc;           /* CPUID 0x80000007 EDX bit 8 */
  /* Whether LFENCE waits for every earlier instruction (Intel always;
     AMD only from family 19h, or where CPUID 0x80000021 EAX bit 2 says
     so: before that it depends on an MSR a kernel may not read).  */
  bool lfence_serialising;
  char hypervisor[13];          /* CPUID 0x40000000 signature, or "" */
};

extern struct cpu_info cpu;

/* Fill in cpu.  */
void cpu_identify (void);

/* Whether CPU runs under QEMU's emulator (TCG), whose cycle counts
   describe QEMU rather than a processor.  */
bool cpu_is_emulated (void);

#endif /* KERNEL_ARCH_X86_64_CPUINFO_H */
