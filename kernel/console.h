/* console.h -- kernel output to every console there is: serial and, when
   the boot loader left a text mode up, VGA.  */

#ifndef KERNEL_CONSOLE_H
#define KERNEL_CONSOLE_H

#include <stdbool.h>
#include <stddef.h>

#include "vga.h"

struct console_status
{
  bool serial;
  bool vga;
};

/* Start serial (always tried) and VGA (when VGA_TEXT says a text console
   exists).  */
struct console_status console_init (bool vga_text);
void console_putc (char c);
void console_write (const char *s, size_t n);
/* Colour for VGA; serial output stays plain.  */
void console_set_color (enum vga_color fg, enum vga_color bg);

#endif /* KERNEL_CONSOLE_H */
