/* installcheck.c -- make installcheck builds this against the installed
   libmem through pkg-config and runs it.  */

#include <libmem.h>
#include <stdio.h>
#include <string.h>

int
main (void)
{
  char buf[32] = "hello, world";
  lm_memmove (buf + 1, buf, 13);        /* overlapping */
  lm_memset (buf, '>', 1);
  char copy[32];
  lm_memcpy (copy, buf, sizeof buf);
  int ok = strcmp (buf, ">hello, world") == 0
           && lm_memcmp (copy, buf, sizeof buf) == 0
           && lm_memcmp (">a", ">b", 2) < 0;
  printf ("installed libmem: \"%s\", CPU features %#x: %s\n", buf,
          lm_cpu_features (), ok ? "ok" : "WRONG");
  return ok ? 0 : 1;
}
