/* stop.c -- halt, or exit QEMU through its isa-debug-exit device.  */

#include "stop.h"

#include "arch/x86_64/cpu.h"

enum { QEMU_DEBUG_EXIT_PORT = 0xf4 };

static bool qemu_exit;

void
stop_use_qemu_exit (bool enable)
{
  qemu_exit = enable;
}

void
kernel_stop (enum kernel_status status)
{
  cpu_disable_interrupts ();
  /* Only when asked: on real hardware port 0xf4 may belong to something.  */
  if (qemu_exit)
    outl (QEMU_DEBUG_EXIT_PORT, status);
  cpu_halt_forever ();
}
