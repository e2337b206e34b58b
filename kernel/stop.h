/* stop.h -- how the kernel ends: halted for good, or, when booted with
   the "qemu-exit" option, by leaving QEMU with a status a test can read.  */

#ifndef KERNEL_STOP_H
#define KERNEL_STOP_H

#include <stdbool.h>

/* Values written to QEMU's isa-debug-exit device (I/O port 0xf4); QEMU
   then exits with (value << 1) | 1, i.e. 33 and 35.  A triple fault under
   -no-reboot exits with 0, so 0 never means success.  */
enum kernel_status
{
  KERNEL_PASS = 0x10,
  KERNEL_FAIL = 0x11,
};

void stop_use_qemu_exit (bool enable);
__attribute__ ((noreturn)) void kernel_stop (enum kernel_status status);

#endif /* KERNEL_STOP_H */
