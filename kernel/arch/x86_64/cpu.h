/* cpu.h -- single x86_64 instructions the C code needs, as inline
   functions.  */

#ifndef KERNEL_ARCH_X86_64_CPU_H
#define KERNEL_ARCH_X86_64_CPU_H

#include <stdint.h>

static inline void
outb (uint16_t port, uint8_t value)
{
  __asm__ volatile ("outb %0, %1" : : "a" (value), "Nd" (port));
}

static inline void
outl (uint16_t port, uint32_t value)
{
  __asm__ volatile ("outl %0, %1" : : "a" (value), "Nd" (port));
}

static inline uint8_t
inb (uint16_t port)
{
  uint8_t value;
  __asm__ volatile ("inb %1, %0" : "=a" (value) : "Nd" (port));
  return value;
}

static inline void
cpu_disable_interrupts (void)
{
  __asm__ volatile ("cli" : : : "memory");
}

/* Stop this CPU for good: interrupts off, then hlt (again after an NMI).  */
static inline __attribute__ ((noreturn)) void
cpu_halt_forever (void)
{
  for (;;)
    __asm__ volatile ("cli; hlt" : : : "memory");
}

static inline uint64_t
read_cr2 (void)
{
  uint64_t v;
  __asm__ volatile ("mov %%cr2, %0" : "=r" (v));
  return v;
}

/* A descriptor-table register operand for lgdt and lidt.  */
struct __attribute__ ((packed)) table_pointer
{
  uint16_t limit;
  uint64_t base;
};

static inline void
load_idt (const struct table_pointer *p)
{
  __asm__ volatile ("lidt %0" : : "m" (*p));
}

static inline void
load_task_register (uint16_t selector)
{
  __asm__ volatile ("ltr %0" : : "r" (selector));
}

#endif /* KERNEL_ARCH_X86_64_CPU_H */
