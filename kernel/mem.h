/* mem.h -- the C memory functions in the kernel.

   libmem-freestanding.a defines them.  -ffreestanding stops the compiler
   from treating these names as built-ins, so the macros hand them back:
   a small fixed-size copy is inlined, anything else calls libmem.  */

#ifndef KERNEL_MEM_H
#define KERNEL_MEM_H

#include <stddef.h>

void *memcpy (void *restrict dst, const void *restrict src, size_t n);
void *memmove (void *dst, const void *src, size_t n);
void *memset (void *dst, int c, size_t n);
int memcmp (const void *a, const void *b, size_t n);

#define memcpy(d, s, n) __builtin_memcpy ((d), (s), (n))
#define memmove(d, s, n) __builtin_memmove ((d), (s), (n))
#define memset(d, c, n) __builtin_memset ((d), (c), (n))
#define memcmp(a, b, n) __builtin_memcmp ((a), (b), (n))

#endif /* KERNEL_MEM_H */
