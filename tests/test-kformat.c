/* test-kformat.c -- the kernel's formatter (kernel/kformat.c, compiled
   here as it is) produces exactly what the C library's snprintf produces,
   for every conversion, flag, width and length modifier it supports, and
   honours snprintf's truncation contract.  */

#include <config.h>

#include <limits.h>
#include <stdarg.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>

#include "kformat.h"

/* The checks pass formats held in variables, and malformed ones, on
   purpose.  A pragma, not -Wno-format in the Makefile, so that a -Wformat
   in the user's CFLAGS (Debian's build flags have one) cannot undo it.
   GCC 11 still warns of the extra argument after "%q" under the first
   alone.  */
#pragma GCC diagnostic ignored "-Wformat"
#pragma GCC diagnostic ignored "-Wformat-extra-args"
#pragma GCC diagnostic ignored "-Wformat-nonliteral"

static int failures, cases;

static void
check (const char *fmt, ...)
{
  char want[256], got[256];
  va_list ap, aq;
  va_start (ap, fmt);
  va_copy (aq, ap);
  int wn = vsnprintf (want, sizeof want, fmt, ap);
  int gn = kvsnprintf (got, sizeof got, fmt, aq);
  va_end (aq);
  va_end (ap);
  cases++;
  if (wn != gn || strcmp (want, got) != 0)
    {
      failures++;
      printf ("FAIL: \"%s\": kformat gave \"%s\" (%d), snprintf \"%s\" (%d)\n",
              fmt, got, gn, want, wn);
    }
}

int
main (void)
{
  static const int ints[] = { 0, 1, -1, 42, -42, 7, 123456, INT_MAX, INT_MIN };
  static const char *const int_formats[] = {
    "%d", "%i", "%5d", "%-5d|", "%05d", "%-05d|", "%1d", "%12i", "%012d",
    "%u", "%x", "%X", "%8x", "%08X", "%-8x|",
  };
  for (size_t f = 0; f < sizeof int_formats / sizeof *int_formats; f++)
    for (size_t i = 0; i < sizeof ints / sizeof *ints; i++)
      check (int_formats[f], ints[i]);

  check ("%ld %li %lu %lx", LONG_MIN, LONG_MAX, ULONG_MAX, ULONG_MAX);
  check ("%lld %llu %llX %020lld", LLONG_MIN, ULLONG_MAX, ULLONG_MAX, -5LL);
  check ("%hd %hu %hx %hi", -32768, 65535, 0x12345, 70000);
  check ("%hhd %hhu %hhx %hhi", 200, 511, 0x1ff, -129);
  check ("%zu %zx %zd", (size_t) SIZE_MAX, (size_t) 4096, (size_t) 12);
  check ("%p %p %20p|%-20p|", (void *) 0xb8000, (void *) 0,
         (void *) 0xffffffff80000000u, (void *) 1);
  check ("%c%c%c %3c|%-3c|", 'a', 'b', 'c', 'x', 'y');
  check ("%s|%10s|%-10s|%2s|%s", "hello", "right", "left", "wide", "");
  check ("%s", (const char *) NULL);
  check ("%*d|%-*d|%*d|", 6, 42, 6, 42, -6, 42);
  check ("100%% %d%%", 5);
  check ("no conversions at all");
  check ("");

  /* What C leaves undefined, kformat defines: an unknown conversion is
     shown as written, a lone '%' at the end is dropped.  */
  char buf[32];
  cases++;
  if (ksnprintf (buf, sizeof buf, "a%qb%", 1) != 4 || strcmp (buf, "a%qb") != 0)
    {
      failures++;
      printf ("FAIL: unknown conversions gave \"%s\"\n", buf);
    }

  /* Truncation: at most size - 1 characters and a NUL; the return value
     is the full length.  */
  char small[8];
  memset (small, '#', sizeof small);
  int n = ksnprintf (small, sizeof small, "%s-%d", "abcdef", 12345);
  cases++;
  if (n != 12 || strcmp (small, "abcdef-") != 0)
    {
      failures++;
      printf ("FAIL: truncation gave \"%s\" (%d)\n", small, n);
    }
  cases++;
  if (ksnprintf (NULL, 0, "%d", 123) != 3)
    {
      failures++;
      printf ("FAIL: size 0 must store nothing and return the length\n");
    }

  printf ("kformat: %d of %d cases failed\n", failures, cases);
  return failures ? 1 : 0;
}
