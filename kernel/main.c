/* main.c -- kmain: from the boot loader's information to Hello World!  */

#include <config.h>

#include <stdint.h>

#include "arch/x86_64/cpu.h"
#include "arch/x86_64/cpuinfo.h"
#include "arch/x86_64/trap.h"
#include "bootinfo.h"
#include "cmdline.h"
#include "console.h"
#include "kernel.h"
#include "kprintf.h"
#include "libmem.h"
#include "stop.h"

__attribute__ ((noreturn)) void kmain (uint32_t magic, uintptr_t info_addr);

static const char *
memory_type_name (uint32_t type)
{
  switch (type)
    {
    case MEMORY_AVAILABLE: return "available";
    case MEMORY_ACPI_RECLAIMABLE: return "ACPI reclaimable";
    case MEMORY_ACPI_NVS: return "ACPI NVS";
    case MEMORY_BAD: return "bad";
    default: return "reserved";
    }
}

static void
print_summary (const struct boot_info *info, struct console_status consoles)
{
  kprintf ("Booted by Multiboot %d from \"%s\"\n", info->protocol,
           info->loader);
  kprintf ("Command line: \"%s\"\n", info->cmdline);
  if (info->cmdline_truncated)
    kprintf ("Command line truncated: only its first %zu bytes were kept "
             "(BOOT_CMDLINE_MAX in kernel/bootinfo.h)\n",
             sizeof info->cmdline - 1);
  kprintf ("Memory: %llu KiB lower, %llu KiB upper; map:\n",
           (unsigned long long) info->mem_lower_kib,
           (unsigned long long) info->mem_upper_kib);
  for (size_t i = 0; i < info->region_count; i++)
    {
      const struct memory_region *r = &info->regions[i];
      kprintf ("  %016llx-%016llx %s\n", (unsigned long long) r->base,
               (unsigned long long) (r->base + r->length - 1),
               memory_type_name (r->type));
    }
  if (consoles.vga)
    kprintf ("Console: VGA text 80x25%s\n",
             consoles.serial ? " and serial COM1" : "");
  else if (info->display == DISPLAY_GRAPHICS || info->uefi)
    kprintf ("Console: serial COM1 only: %s has no VGA text mode "
             "(framebuffer %ux%ux%u)\n", info->uefi ? "UEFI" : "this boot",
             info->fb_width, info->fb_height, info->fb_bpp);
  else
    kprintf ("Console: serial COM1 only\n");
  unsigned features = lm_cpu_features ();
  kprintf ("CPU: %s (%s family 0x%x model 0x%x), ERMS %s, FSRM %s, "
           "RDTSCP %s\n", cpu.brand[0] ? cpu.brand : "no brand string",
           cpu.vendor, cpu.family, cpu.model,
           features & LM_CPU_ERMS ? "yes" : "no",
           features & LM_CPU_FSRM ? "yes" : "no", cpu.rdtscp ? "yes" : "no");
  if (cpu.hypervisor[0])
    kprintf ("Hypervisor: \"%s\"%s\n", cpu.hypervisor,
             cpu_is_emulated () ? " (QEMU TCG: an emulated CPU)" : "");
}

/* libmem.KEY=VALUE words on the command line tune libmem as
   LIBMEM_TUNABLES does on a hosted system; then say what is in force.  */
static void
apply_libmem_tunables (const char *cmdline)
{
  char spec[BOOT_CMDLINE_MAX], why[512];
  if (cmdline_collect (cmdline, "libmem.", ':', spec, sizeof spec) > 0
      && lm_tune (spec, why, sizeof why) > 0)
    kprintf ("libmem: refused on the command line: %s; keeping the "
             "profile's value\n", why);
  /* Room for every threshold at its longest (13 digits, 2^40).  */
  char line[768];
  lm_tuning_describe (line, sizeof line);
  kprintf ("libmem: %s\n", line);
}

void
kmain (uint32_t magic, uintptr_t info_addr)
{
  static struct boot_info info;
  bool known = bootinfo_parse (magic, info_addr, &info);
  /* First, so that a CPU exception in what follows ends QEMU too.  */
  stop_use_qemu_exit (known && cmdline_has (info.cmdline, "qemu-exit"));

  /* With an unknown magic nothing describes the display; a BIOS text
     screen is the best guess for showing the error.  */
  struct console_status consoles =
    console_init (known ? bootinfo_has_text_console (&info) : true);
  trap_init ();
  cpu_identify ();
  lm_init ();

  console_set_color (VGA_LIGHT_CYAN, VGA_BLACK);
  kprintf ("minikernel %s (x86_64)\n", PACKAGE_VERSION);
  console_set_color (VGA_LIGHT_GREY, VGA_BLACK);

  if (!known)
    {
      console_set_color (VGA_WHITE, VGA_RED);
      kprintf ("Wrong boot magic 0x%08x: minikernel must be started by a "
               "Multiboot loader\n(0x%08x for Multiboot 1, 0x%08x for "
               "Multiboot 2), e.g. GRUB's multiboot2 command or\n"
               "qemu-system-x86_64 -kernel minikernel.elf32.  Halted.\n",
               magic, MULTIBOOT1_MAGIC, MULTIBOOT2_MAGIC);
      kernel_stop (KERNEL_FAIL);
    }
  if (!consoles.serial)
    kprintf ("No serial port answered its loopback test: VGA only.\n");

  print_summary (&info, consoles);
  apply_libmem_tunables (info.cmdline);
  console_set_color (VGA_LIGHT_GREEN, VGA_BLACK);
  kprintf ("Hello World!\n");
  console_set_color (VGA_LIGHT_GREY, VGA_BLACK);

  char crash[32];
  if (cmdline_value (info.cmdline, "crash", crash, sizeof crash))
    crashtest_run (crash);
  /* Both may be asked for in one boot (the CPU-model tests do).  */
  bool selftest = cmdline_has (info.cmdline, "selftest");
  bool bench = cmdline_has (info.cmdline, "bench");
  if (selftest || bench)
    {
      bool ok = !selftest || selftest_run (&info);
      ok = (!bench || bench_run (&info)) && ok;
      kernel_stop (ok ? KERNEL_PASS : KERNEL_FAIL);
    }

  kprintf ("Nothing more to do: halting.\n");
  kernel_stop (KERNEL_PASS);
}
