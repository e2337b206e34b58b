/* panic.h -- stop the kernel with a message: the C counterpart of the
   seed's #[panic_handler].  */

#ifndef KERNEL_PANIC_H
#define KERNEL_PANIC_H

__attribute__ ((noreturn, format (printf, 3, 4))) void
kpanic_at (const char *file, int line, const char *fmt, ...);

#define kpanic(...) kpanic_at (__FILE__, __LINE__, __VA_ARGS__)

#define kassert(cond) \
  ((cond) ? (void) 0 : kpanic ("assertion failed: %s", #cond))

#endif /* KERNEL_PANIC_H */
