/* vga.c -- the 80x25 VGA text console at 0xB8000: colours, newline,
   tabs, backspace and scrolling.  */

#include "vga.h"

#include "mem.h"

#include "arch/x86_64/cpu.h"

enum { COLUMNS = 80, ROWS = 25 };

static volatile uint16_t *const screen = (volatile uint16_t *) 0xB8000;
static int row, column;
static uint8_t attribute = VGA_LIGHT_GREY | VGA_BLACK << 4;

static uint16_t
cell (char c)
{
  return (uint16_t) ((uint8_t) c | attribute << 8);
}

/* Move the blinking hardware cursor to where the next character goes.  */
static void
update_cursor (void)
{
  uint16_t pos = (uint16_t) (row * COLUMNS + column);
  outb (0x3D4, 0x0F);
  outb (0x3D5, (uint8_t) pos);
  outb (0x3D4, 0x0E);
  outb (0x3D5, (uint8_t) (pos >> 8));
}

/* Blank rows take the default colours, not the current ones: a panic in
   white on red should not paint the rest of the screen red.  */
static void
clear_row (int r)
{
  uint16_t blank = (uint16_t) (' ' | (VGA_LIGHT_GREY | VGA_BLACK << 4) << 8);
  for (int x = 0; x < COLUMNS; x++)
    screen[r * COLUMNS + x] = blank;
}

void
vga_init (void)
{
  for (int r = 0; r < ROWS; r++)
    clear_row (r);
  row = column = 0;
  update_cursor ();
}

void
vga_set_color (enum vga_color fg, enum vga_color bg)
{
  attribute = (uint8_t) (fg | bg << 4);
}

static void
newline (void)
{
  column = 0;
  if (++row < ROWS)
    return;
  /* Scroll: the screen is plain memory, so memmove (libmem) does it.  */
  memmove ((void *) screen, (const void *) (screen + COLUMNS),
           (ROWS - 1) * COLUMNS * sizeof *screen);
  row = ROWS - 1;
  clear_row (row);
}

void
vga_putc (char c)
{
  switch (c)
    {
    case '\n':
      newline ();
      break;
    case '\r':
      column = 0;
      break;
    case '\t':
      column = (column + 8) & ~7;
      if (column >= COLUMNS)
        newline ();
      break;
    case '\b':
      if (column > 0)
        screen[row * COLUMNS + --column] = cell (' ');
      break;
    default:
      screen[row * COLUMNS + column] = cell (c);
      if (++column == COLUMNS)
        newline ();
    }
  update_cursor ();
}
