/* panic.c -- print where and why on every console, then stop for good.  */

#include "panic.h"

#include <stdbool.h>

#include "arch/x86_64/cpu.h"
#include "console.h"
#include "kprintf.h"
#include "stop.h"

void
kpanic_at (const char *file, int line, const char *fmt, ...)
{
  static bool panicking;

  cpu_disable_interrupts ();
  /* A panic while panicking (say, in kprintf) must not recurse.  */
  if (panicking)
    kernel_stop (KERNEL_FAIL);
  panicking = true;

  console_set_color (VGA_WHITE, VGA_RED);
  kprintf ("\nKERNEL PANIC at %s:%d: ", file, line);
  va_list ap;
  va_start (ap, fmt);
  kvprintf (fmt, ap);
  va_end (ap);
  kprintf ("\nSystem halted.\n");
  kernel_stop (KERNEL_FAIL);
}
