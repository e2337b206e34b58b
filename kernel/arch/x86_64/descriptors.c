/* descriptors.c -- the GDT with its TSS, and the IDT.

   The GDT keeps boot32.S's selectors (0x08 code, 0x10 data), so the
   segment registers stay valid across the switch, and adds a TSS whose
   IST1 stack the double-fault handler runs on: a kernel stack overflow
   hits the guard page, the CPU cannot push the page-fault frame onto the
   dead stack, raises #DF instead, and that lands on a good stack.  */

#include <stddef.h>

#include "arch/x86_64/cpu.h"
#include "arch/x86_64/trap.h"

enum
{
  KERNEL_CODE = 0x08,
  TSS_SELECTOR = 0x18,
  DOUBLE_FAULT = 8,
  IST_DOUBLE_FAULT = 1,
  GATE_INTERRUPT = 0x8E,        /* present, ring 0, 64-bit interrupt gate */
};

struct __attribute__ ((packed)) tss
{
  uint32_t reserved0;
  uint64_t rsp[3];
  uint64_t reserved1;
  uint64_t ist[7];
  uint64_t reserved2;
  uint16_t reserved3;
  uint16_t iomap_base;
};

struct idt_gate
{
  uint16_t offset_low;
  uint16_t selector;
  uint8_t ist;
  uint8_t type;
  uint16_t offset_mid;
  uint32_t offset_high;
  uint32_t reserved;
};

static struct tss tss;
static uint8_t double_fault_stack[8192] __attribute__ ((aligned (16)));
static uint64_t gdt[5];
static struct idt_gate idt[32];
extern const uint64_t isr_stubs[32];

static void
load_gdt (void)
{
  uint64_t base = (uint64_t) &tss, limit = sizeof tss - 1;
  gdt[0] = 0;
  gdt[1] = 0x00AF9A000000FFFF;  /* 64-bit code, ring 0 */
  gdt[2] = 0x00CF92000000FFFF;  /* data, ring 0 */
  /* A 64-bit TSS descriptor takes two slots.  */
  gdt[3] = (limit & 0xFFFF) | (base & 0xFFFFFF) << 16
           | (uint64_t) 0x89 << 40 /* present, available 64-bit TSS */
           | ((limit >> 16) & 0xF) << 48 | (base >> 24 & 0xFF) << 56;
  gdt[4] = base >> 32;

  struct table_pointer p = { sizeof gdt - 1, (uint64_t) gdt };
  __asm__ volatile ("lgdt %0" : : "m" (p));
  load_task_register (TSS_SELECTOR);
}

void
trap_init (void)
{
  tss.ist[IST_DOUBLE_FAULT - 1] =
    (uint64_t) (double_fault_stack + sizeof double_fault_stack);
  tss.iomap_base = sizeof tss;  /* no I/O permission bitmap */
  load_gdt ();

  for (int v = 0; v < 32; v++)
    {
      uint64_t handler = isr_stubs[v];
      idt[v] = (struct idt_gate) {
        .offset_low = (uint16_t) handler,
        .selector = KERNEL_CODE,
        .ist = v == DOUBLE_FAULT ? IST_DOUBLE_FAULT : 0,
        .type = GATE_INTERRUPT,
        .offset_mid = (uint16_t) (handler >> 16),
        .offset_high = (uint32_t) (handler >> 32),
      };
    }
  struct table_pointer p = { sizeof idt - 1, (uint64_t) idt };
  load_idt (&p);
}
