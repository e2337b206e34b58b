/* bootinfo.h -- what the boot loader told us, from Multiboot 1 or 2.  */

#ifndef KERNEL_BOOTINFO_H
#define KERNEL_BOOTINFO_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#define MULTIBOOT1_MAGIC 0x2BADB002u
#define MULTIBOOT2_MAGIC 0x36D76289u

enum memory_type
{
  MEMORY_AVAILABLE = 1,
  MEMORY_RESERVED = 2,
  MEMORY_ACPI_RECLAIMABLE = 3,
  MEMORY_ACPI_NVS = 4,
  MEMORY_BAD = 5,
};

struct memory_region
{
  uint64_t base, length;
  uint32_t type;                /* enum memory_type; others are reserved */
};

enum display
{
  DISPLAY_UNKNOWN,              /* the loader did not say */
  DISPLAY_TEXT,                 /* EGA/VGA text mode at 0xB8000 */
  DISPLAY_GRAPHICS,             /* a linear framebuffer, no text mode */
};

/* Linux takes 2048 bytes of command line on x86; so do we.  */
enum { BOOT_MAX_REGIONS = 64, BOOT_CMDLINE_MAX = 2048 };

struct boot_info
{
  int protocol;                 /* 1 or 2 */
  char cmdline[BOOT_CMDLINE_MAX]; /* copied: the loader's memory is not */
  bool cmdline_truncated;       /* it was longer, and was cut */
  char loader[64];              /* ours to keep */
  uint64_t mem_lower_kib, mem_upper_kib;
  size_t region_count;
  struct memory_region regions[BOOT_MAX_REGIONS];
  enum display display;
  uint32_t fb_width, fb_height, fb_bpp;
  bool uefi;                    /* booted from UEFI firmware */
};

/* Fill *INFO from the structure at ADDR if MAGIC names a Multiboot
   protocol; return false (and read nothing) otherwise.  */
bool bootinfo_parse (uint32_t magic, uintptr_t addr, struct boot_info *info);

/* Whether a VGA text console can be used.  */
bool bootinfo_has_text_console (const struct boot_info *info);

#endif /* KERNEL_BOOTINFO_H */
