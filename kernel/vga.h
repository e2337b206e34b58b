/* vga.h -- the 80x25 VGA text console.  */

#ifndef KERNEL_VGA_H
#define KERNEL_VGA_H

#include <stdint.h>

enum vga_color
{
  VGA_BLACK, VGA_BLUE, VGA_GREEN, VGA_CYAN, VGA_RED, VGA_MAGENTA, VGA_BROWN,
  VGA_LIGHT_GREY, VGA_DARK_GREY, VGA_LIGHT_BLUE, VGA_LIGHT_GREEN,
  VGA_LIGHT_CYAN, VGA_LIGHT_RED, VGA_LIGHT_MAGENTA, VGA_YELLOW, VGA_WHITE,
};

void vga_init (void);
void vga_set_color (enum vga_color fg, enum vga_color bg);
void vga_putc (char c);

#endif /* KERNEL_VGA_H */
