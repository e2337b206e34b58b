/* trap.h -- the CPU exception frame and the descriptor tables behind it.  */

#ifndef KERNEL_ARCH_X86_64_TRAP_H
#define KERNEL_ARCH_X86_64_TRAP_H

#include <stdint.h>

/* What isr.S leaves on the stack, lowest address first.  */
struct trap_frame
{
  uint64_t r15, r14, r13, r12, r11, r10, r9, r8;
  uint64_t rbp, rdi, rsi, rdx, rcx, rbx, rax;
  uint64_t vector, error_code;
  uint64_t rip, cs, rflags, rsp, ss;    /* pushed by the CPU */
};

/* Install the GDT with a TSS (whose IST1 stack double faults use) and the
   IDT for vectors 0-31.  */
void trap_init (void);

/* The page below the kernel stack, left unmapped by boot32.S.  */
extern char stack_guard[];

__attribute__ ((noreturn)) void exception_handler (struct trap_frame *f);

#endif /* KERNEL_ARCH_X86_64_TRAP_H */
