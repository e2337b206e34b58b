/* test-freestanding.c -- the seed's freestanding binary, in C.

   No C library: its own entry point (freestanding-start.S), its own panic
   routine, and the kernel's compiler flags.  Its struct copies, zeroed
   arrays and variable-size copies make the compiler emit calls to memcpy,
   memset, memmove and memcmp, which only libmem-freestanding.a can
   resolve: the program links only if libmem provides every intrinsic the
   compiler needs.  It runs on the Linux host and reports its verdict
   through the exit system call.  */

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "libmem.h"

void *memcpy (void *restrict, const void *restrict, size_t);
void *memmove (void *, const void *, size_t);
void *memset (void *, int, size_t);
int memcmp (const void *, const void *, size_t);
_Noreturn void freestanding_main (void);

enum { SYS_write = 1, SYS_exit = 60 };

static long
syscall3 (long nr, long a, long b, long c)
{
  long ret;
  __asm__ volatile ("syscall"
                    : "=a" (ret)
                    : "a" (nr), "D" (a), "S" (b), "d" (c)
                    : "rcx", "r11", "memory");
  return ret;
}

static size_t
length (const char *s)
{
  size_t n = 0;
  while (s[n])
    n++;
  return n;
}

static void
say (const char *s)
{
  syscall3 (SYS_write, 2, (long) s, (long) length (s));
}

static _Noreturn void
leave (int status)
{
  for (;;)
    syscall3 (SYS_exit, status, 0, 0);
}

/* The counterpart of the seed's #[panic_handler]: say why, then stop.  */
static _Noreturn void
panic (const char *why)
{
  say ("test-freestanding: panic: ");
  say (why);
  say ("\n");
  leave (1);
}

#define check(cond) ((cond) ? (void) 0 : panic (#cond))

struct record
{
  uint64_t id;
  unsigned char payload[20000]; /* large enough that GCC and Clang
                                    call memcpy for a copy */
  uint32_t checksum;
};

/* noinline and volatile sizes keep the compiler from proving anything
   about the buffers, so the calls stay calls.  */
static __attribute__ ((noinline)) struct record
make_record (uint64_t id)
{
  struct record r = { 0 };      /* a memset the compiler emits */
  r.id = id;
  for (size_t i = 0; i < sizeof r.payload; i++)
    r.payload[i] = (unsigned char) (id + i);
  r.checksum = (uint32_t) id * 2654435761u;
  return r;
}

static void
run (void)
{
  static struct record table[4];
  for (uint64_t i = 0; i < 4; i++)
    table[i] = make_record (i + 7);   /* struct copies: memcpy */

  struct record copy = table[2];
  check (copy.id == 9 && copy.payload[19999] == (unsigned char) (9 + 19999));
  check (memcmp (&copy, &table[2], sizeof copy) == 0);
  copy.payload[500] ^= 0x80;
  check (memcmp (&copy, &table[2], sizeof copy) != 0);

  volatile size_t n = 777;
  unsigned char zeroes[4096] = { 0 };
  for (size_t i = 0; i < sizeof zeroes; i++)
    check (zeroes[i] == 0);

  memset (zeroes, 0xab, n);
  check (zeroes[n - 1] == 0xab && zeroes[n] == 0);

  memmove (table[0].payload + 1, table[0].payload, n);
  check (table[0].payload[1] == (unsigned char) 7
         && table[0].payload[n] == (unsigned char) (7 + n - 1));
}

_Noreturn void
freestanding_main (void)
{
  run ();       /* with the safe defaults a kernel has before lm_init */
  lm_init ();
  run ();       /* with the strategies chosen for this CPU */
  say ("test-freestanding: no libc, libmem resolved every intrinsic: PASS\n");
  leave (0);
}
