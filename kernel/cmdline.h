/* cmdline.h -- options on the kernel command line: words separated by
   spaces, each either "name" or "name=value".  */

#ifndef KERNEL_CMDLINE_H
#define KERNEL_CMDLINE_H

#include <stdbool.h>
#include <stddef.h>

/* Whether CMDLINE has the word NAME (with or without a value).  */
bool cmdline_has (const char *cmdline, const char *name);

/* The value of NAME=value in CMDLINE, NUL-terminated in BUF (cut to
   SIZE - 1 characters); false when there is no such option.  */
bool cmdline_value (const char *cmdline, const char *name, char *buf,
                    size_t size);

/* Whether CMDLINE has NAME=VALUE, the value exactly VALUE ("bench=quick"
   but not "bench=quickly").  */
bool cmdline_is (const char *cmdline, const char *name, const char *value);

/* The words of CMDLINE that start with PREFIX, without it, joined by SEP
   into BUF (SIZE bytes): "libmem.a=1 x libmem.b=2" with "libmem." and
   ':' gives "a=1:b=2".  Returns the length, or (size_t) -1 when BUF is
   too small (BUF then holds the words that fitted).  */
size_t cmdline_collect (const char *cmdline, const char *prefix, char sep,
                        char *buf, size_t size);

#endif /* KERNEL_CMDLINE_H */
