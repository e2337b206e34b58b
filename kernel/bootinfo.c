/* bootinfo.c -- read the Multiboot 1 or Multiboot 2 information
   structure into one struct boot_info.  Layouts: the Multiboot
   Specification 0.6.96 (version 1) and 2.0 (version 2).  */

#include "bootinfo.h"

#include "mem.h"

/* Fields of the version 1 structure may be unaligned (the memory map's
   64-bit fields are), so read them bytewise.  */
static uint32_t
read32 (uintptr_t addr)
{
  uint32_t v;
  memcpy (&v, (const void *) addr, sizeof v);
  return v;
}

static uint64_t
read64 (uintptr_t addr)
{
  uint64_t v;
  memcpy (&v, (const void *) addr, sizeof v);
  return v;
}

/* Copy the loader's string at ADDR into BUF, cut to fit; return whether
   it was cut.  */
static bool
copy_string (char *buf, size_t size, uintptr_t addr)
{
  const char *s = (const char *) addr;
  size_t i = 0;
  for (; s && s[i] && i + 1 < size; i++)
    buf[i] = s[i];
  buf[i] = '\0';
  return s && s[i];
}

static void
add_region (struct boot_info *info, uint64_t base, uint64_t length,
            uint32_t type)
{
  if (info->region_count < BOOT_MAX_REGIONS)
    info->regions[info->region_count++] =
      (struct memory_region) { base, length, type };
}

/* Multiboot 1 flag bits.  */
enum
{
  MB1_MEMORY = 1 << 0, MB1_CMDLINE = 1 << 2, MB1_MMAP = 1 << 6,
  MB1_LOADER_NAME = 1 << 9, MB1_FRAMEBUFFER = 1 << 12,
};

static void
parse_v1 (uintptr_t mbi, struct boot_info *info)
{
  uint32_t flags = read32 (mbi);
  if (flags & MB1_MEMORY)
    {
      info->mem_lower_kib = read32 (mbi + 4);
      info->mem_upper_kib = read32 (mbi + 8);
    }
  if (flags & MB1_CMDLINE)
    info->cmdline_truncated =
      copy_string (info->cmdline, sizeof info->cmdline, read32 (mbi + 16));
  if (flags & MB1_MMAP)
    {
      uintptr_t p = read32 (mbi + 48), end = p + read32 (mbi + 44);
      /* Each entry's size field does not count itself.  */
      for (; p < end; p += read32 (p) + 4)
        add_region (info, read64 (p + 4), read64 (p + 12), read32 (p + 20));
    }
  if (flags & MB1_LOADER_NAME)
    copy_string (info->loader, sizeof info->loader, read32 (mbi + 64));
  if (flags & MB1_FRAMEBUFFER)
    {
      uint8_t type = *(const uint8_t *) (mbi + 109);
      info->display = type == 2 ? DISPLAY_TEXT : DISPLAY_GRAPHICS;
      info->fb_width = read32 (mbi + 100);
      info->fb_height = read32 (mbi + 104);
      info->fb_bpp = *(const uint8_t *) (mbi + 108);
    }
}

/* Multiboot 2 tag types.  */
enum
{
  TAG_END = 0, TAG_CMDLINE = 1, TAG_LOADER_NAME = 2, TAG_BASIC_MEMORY = 4,
  TAG_MMAP = 6, TAG_FRAMEBUFFER = 8, TAG_EFI32 = 11, TAG_EFI64 = 12,
};

static void
parse_v2 (uintptr_t mbi, struct boot_info *info)
{
  uintptr_t end = mbi + read32 (mbi);
  for (uintptr_t tag = mbi + 8; tag + 8 <= end;
       tag += (read32 (tag + 4) + 7) & ~(uintptr_t) 7)
    {
      uint32_t type = read32 (tag), size = read32 (tag + 4);
      switch (type)
        {
        case TAG_END:
          return;
        case TAG_CMDLINE:
          info->cmdline_truncated =
            copy_string (info->cmdline, sizeof info->cmdline, tag + 8);
          break;
        case TAG_LOADER_NAME:
          copy_string (info->loader, sizeof info->loader, tag + 8);
          break;
        case TAG_BASIC_MEMORY:
          info->mem_lower_kib = read32 (tag + 8);
          info->mem_upper_kib = read32 (tag + 12);
          break;
        case TAG_MMAP:
          {
            uint32_t entry_size = read32 (tag + 8);
            for (uintptr_t e = tag + 16; entry_size && e + entry_size <= tag + size;
                 e += entry_size)
              add_region (info, read64 (e), read64 (e + 8), read32 (e + 16));
            break;
          }
        case TAG_FRAMEBUFFER:
          {
            uint8_t fb_type = *(const uint8_t *) (tag + 29);
            info->display = fb_type == 2 ? DISPLAY_TEXT : DISPLAY_GRAPHICS;
            info->fb_width = read32 (tag + 20);
            info->fb_height = read32 (tag + 24);
            info->fb_bpp = *(const uint8_t *) (tag + 28);
            break;
          }
        case TAG_EFI32:
        case TAG_EFI64:
          info->uefi = true;
          break;
        }
    }
}

bool
bootinfo_parse (uint32_t magic, uintptr_t addr, struct boot_info *info)
{
  *info = (struct boot_info) { .loader = "unknown" };
  if (magic == MULTIBOOT1_MAGIC)
    {
      info->protocol = 1;
      parse_v1 (addr, info);
      return true;
    }
  if (magic == MULTIBOOT2_MAGIC)
    {
      info->protocol = 2;
      parse_v2 (addr, info);
      return true;
    }
  return false;
}

bool
bootinfo_has_text_console (const struct boot_info *info)
{
  /* Multiboot 1 loaders such as QEMU's -kernel often say nothing about
     the display; a BIOS boot leaves text mode up, so trust it.  Under
     Multiboot 2, GRUB describes a text console explicitly.  */
  if (info->uefi)
    return false;
  if (info->display == DISPLAY_UNKNOWN)
    return info->protocol == 1;
  return info->display == DISPLAY_TEXT;
}
