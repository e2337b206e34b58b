/* crashtest.c -- fail on purpose, so the crash reports can be seen and
   tested: "crash=panic|ud2|pagefault|null|divide|stack".  */

#include <stdint.h>

#include "kernel.h"
#include "kprintf.h"
#include "mem.h"
#include "panic.h"

/* Each frame holds a buffer the compiler cannot drop, so the recursion
   really eats stack until it hits the guard page.  */
static volatile int keep_going = 1;

static __attribute__ ((noinline)) unsigned
recurse (unsigned depth)
{
  volatile unsigned char frame[256];
  frame[0] = (unsigned char) depth;
  if (keep_going)
    return recurse (depth + 1) + frame[0];
  return frame[0];
}

void
crashtest_run (const char *what)
{
  kprintf ("crash test: %s\n", what);
  if (memcmp (what, "panic", 6) == 0)
    kpanic ("deliberate panic (crash=panic on the command line)");
  else if (memcmp (what, "ud2", 4) == 0)
    __asm__ volatile ("ud2");
  else if (memcmp (what, "pagefault", 10) == 0)
    *(volatile uint64_t *) 0x100000000ull = 1;  /* above the 4 GiB mapped */
  else if (memcmp (what, "null", 5) == 0)
    (void) *(volatile uint64_t *) 0;
  else if (memcmp (what, "divide", 7) == 0)
    {
      /* In assembly: C compilers may fold a division they can see.  */
      uint32_t quotient, remainder;
      __asm__ volatile ("divl %2"
                        : "=a" (quotient), "=d" (remainder)
                        : "r" (0), "a" (1), "d" (0));
      kprintf ("%u %u\n", quotient, remainder);
    }
  else if (memcmp (what, "stack", 6) == 0)
    kprintf ("%u\n", recurse (0));
  kpanic ("crash=%s: unknown crash test (panic, ud2, pagefault, null, "
          "divide, stack), or it did not crash", what);
}
