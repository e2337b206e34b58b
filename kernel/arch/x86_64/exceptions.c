/* exceptions.c -- report a CPU exception in full, then panic.

   The report names the vector, decodes the error code, and prints RIP,
   RSP, CR2 for page faults and every general register, so the log alone
   is usually enough to find the faulting instruction (addr2line -e
   minikernel.elf RIP).  */

#include <stddef.h>
#include <stdint.h>

#include "console.h"
#include "kprintf.h"
#include "panic.h"
#include "arch/x86_64/cpu.h"
#include "arch/x86_64/trap.h"

enum { PAGE_FAULT = 14, DOUBLE_FAULT = 8, PAGE_SIZE = 4096 };

static const char *const names[32] = {
  [0] = "#DE divide error",
  [1] = "#DB debug",
  [2] = "NMI non-maskable interrupt",
  [3] = "#BP breakpoint",
  [4] = "#OF overflow",
  [5] = "#BR bound range exceeded",
  [6] = "#UD invalid opcode",
  [7] = "#NM device not available",
  [8] = "#DF double fault",
  [9] = "coprocessor segment overrun",
  [10] = "#TS invalid TSS",
  [11] = "#NP segment not present",
  [12] = "#SS stack-segment fault",
  [13] = "#GP general protection fault",
  [14] = "#PF page fault",
  [16] = "#MF x87 floating-point error",
  [17] = "#AC alignment check",
  [18] = "#MC machine check",
  [19] = "#XM SIMD floating-point exception",
  [20] = "#VE virtualization exception",
  [21] = "#CP control protection exception",
  [28] = "#HV hypervisor injection exception",
  [29] = "#VC VMM communication exception",
  [30] = "#SX security exception",
};

static const char *
name_of (uint64_t vector)
{
  if (vector < 32 && names[vector])
    return names[vector];
  return "reserved exception";
}

static int
in_guard_page (uint64_t address)
{
  uint64_t guard = (uint64_t) stack_guard;
  return address >= guard && address < guard + PAGE_SIZE;
}

static void
explain_address (uint64_t cr2)
{
  if (in_guard_page (cr2))
    kprintf ("  => kernel stack overflow: the stack ran into its guard page"
             " at %p\n", (void *) stack_guard);
  else if (cr2 < PAGE_SIZE)
    kprintf ("  => null pointer dereference (page 0 is never mapped)\n");
}

void
exception_handler (struct trap_frame *f)
{
  console_set_color (VGA_WHITE, VGA_RED);
  kprintf ("\nCPU EXCEPTION %llu: %s, error code 0x%llx\n",
           (unsigned long long) f->vector, name_of (f->vector),
           (unsigned long long) f->error_code);
  if (f->vector == PAGE_FAULT)
    {
      uint64_t e = f->error_code;
      kprintf ("  page fault: %s on a %s page, in %s mode%s\n",
               e & 2 ? "write" : (e & 16) ? "instruction fetch" : "read",
               e & 1 ? "present (protection violation)" : "not-present",
               e & 4 ? "user" : "kernel", e & 8 ? ", reserved bit set" : "");
    }
  if (f->vector == PAGE_FAULT || f->vector == DOUBLE_FAULT)
    kprintf ("  CR2 %016llx (the address that faulted)\n",
             (unsigned long long) read_cr2 ());
  kprintf ("  RIP %016llx  RSP %016llx  RFLAGS %016llx\n"
           "  CS  %04llx              SS  %04llx\n",
           (unsigned long long) f->rip, (unsigned long long) f->rsp,
           (unsigned long long) f->rflags, (unsigned long long) f->cs,
           (unsigned long long) f->ss);
  kprintf ("  RAX %016llx  RBX %016llx  RCX %016llx\n"
           "  RDX %016llx  RSI %016llx  RDI %016llx\n"
           "  RBP %016llx  R8  %016llx  R9  %016llx\n"
           "  R10 %016llx  R11 %016llx  R12 %016llx\n"
           "  R13 %016llx  R14 %016llx  R15 %016llx\n",
           (unsigned long long) f->rax, (unsigned long long) f->rbx,
           (unsigned long long) f->rcx, (unsigned long long) f->rdx,
           (unsigned long long) f->rsi, (unsigned long long) f->rdi,
           (unsigned long long) f->rbp, (unsigned long long) f->r8,
           (unsigned long long) f->r9, (unsigned long long) f->r10,
           (unsigned long long) f->r11, (unsigned long long) f->r12,
           (unsigned long long) f->r13, (unsigned long long) f->r14,
           (unsigned long long) f->r15);
  if (f->vector == PAGE_FAULT || f->vector == DOUBLE_FAULT)
    explain_address (read_cr2 ());
  kpanic ("unhandled CPU exception %llu (%s)",
          (unsigned long long) f->vector, name_of (f->vector));
}
