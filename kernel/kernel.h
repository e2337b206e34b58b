/* kernel.h -- the kernel's optional modes, chosen on the command line.  */

#ifndef KERNEL_KERNEL_H
#define KERNEL_KERNEL_H

#include <stdbool.h>

#include "bootinfo.h"

/* "selftest": libmem and kformat checked inside the kernel; true if all
   passed.  */
bool selftest_run (const struct boot_info *info);

/* "bench": libmem and the bare string instructions timed with the TSC,
   one "BENCH ..." line per figure on the console; false if there is not
   enough memory.  */
bool bench_run (const struct boot_info *info);

/* "crash=WHAT": fail on purpose (panic, ud2, pagefault, null, divide,
   stack) to show the crash reports; does not return.  */
__attribute__ ((noreturn)) void crashtest_run (const char *what);

/* Free memory for scratch buffers: SIZE bytes of available RAM at or
   above 16 MiB and inside the identity-mapped 4 GiB, or null.  */
void *scratch_memory (const struct boot_info *info, uint64_t size);

#endif /* KERNEL_KERNEL_H */
