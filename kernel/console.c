/* console.c -- kernel output to serial and VGA at once.  */

#include "console.h"

#include "serial.h"

static struct console_status status;

struct console_status
console_init (bool vga_text)
{
  status.serial = serial_init ();
  status.vga = vga_text;
  if (status.vga)
    vga_init ();
  return status;
}

void
console_putc (char c)
{
  if (status.serial)
    {
      /* Terminals want CR LF.  */
      if (c == '\n')
        serial_putc ('\r');
      serial_putc (c);
    }
  if (status.vga)
    vga_putc (c);
}

void
console_write (const char *s, size_t n)
{
  for (size_t i = 0; i < n; i++)
    console_putc (s[i]);
}

void
console_set_color (enum vga_color fg, enum vga_color bg)
{
  if (status.vga)
    vga_set_color (fg, bg);
}
