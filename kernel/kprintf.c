/* kprintf.c -- formatted output to the console.  */

#include "kprintf.h"

#include "console.h"

static void
console_sink (void *context, char c)
{
  (void) context;
  console_putc (c);
}

int
kvprintf (const char *fmt, va_list ap)
{
  return kvformat (console_sink, 0, fmt, ap);
}

int
kprintf (const char *fmt, ...)
{
  va_list ap;
  va_start (ap, fmt);
  int n = kvprintf (fmt, ap);
  va_end (ap);
  return n;
}
