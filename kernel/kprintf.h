/* kprintf.h -- formatted output to the console.  */

#ifndef KERNEL_KPRINTF_H
#define KERNEL_KPRINTF_H

#include <stdarg.h>

#include "kformat.h"

int kprintf (const char *fmt, ...) __attribute__ ((format (printf, 1, 2)));
int kvprintf (const char *fmt, va_list ap);

#endif /* KERNEL_KPRINTF_H */
