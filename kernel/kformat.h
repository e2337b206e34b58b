/* kformat.h -- printf-style formatting without a C library.

   Conversions: %c %s %d %i %u %x %X %p %%.  Flags: '-' (left-justify)
   and '0' (zero-pad).  A field width, as digits or '*'.  Length
   modifiers: hh h l ll z.  Output matches C's snprintf for all of these
   (the host test compares them), including "(null)" and "(nil)".  */

#ifndef KERNEL_KFORMAT_H
#define KERNEL_KFORMAT_H

#include <stdarg.h>
#include <stddef.h>

/* Called once per output character.  */
typedef void kformat_sink (void *context, char c);

/* Format FMT with AP into SINK; return the number of characters.  */
int kvformat (kformat_sink *sink, void *context, const char *fmt, va_list ap);

/* snprintf's contract: at most SIZE - 1 characters and a NUL are stored;
   the return value is the length the whole output would have.  */
int kvsnprintf (char *buf, size_t size, const char *fmt, va_list ap);
int ksnprintf (char *buf, size_t size, const char *fmt, ...)
  __attribute__ ((format (printf, 3, 4)));

#endif /* KERNEL_KFORMAT_H */
