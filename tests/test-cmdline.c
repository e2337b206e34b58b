/* test-cmdline.c -- the kernel's command-line option parser
   (kernel/cmdline.c, compiled here as it is).  */

#include <config.h>

#include <stdio.h>
#include <string.h>

#include "cmdline.h"

static int failures;

static void
expect (int ok, const char *what)
{
  if (!ok)
    {
      failures++;
      printf ("FAIL: %s\n", what);
    }
}

int
main (void)
{
  const char *line = "/boot/minikernel.elf selftest  crash=ud2 qemu-exit bench=quick";
  char buf[16];

  expect (cmdline_has (line, "selftest"), "finds a bare word");
  expect (cmdline_has (line, "qemu-exit"), "finds a word after a double space");
  expect (cmdline_has (line, "crash"), "finds a word with a value");
  expect (!cmdline_has (line, "self"), "does not match a prefix");
  expect (!cmdline_has (line, "test"), "does not match inside a word");
  expect (!cmdline_has ("", "selftest"), "empty line has nothing");

  char spec[32];
  expect (cmdline_collect ("x libmem.a=1  libmem.b=22 libmem. libmemc=3 libmem.c",
                           "libmem.", ':', spec, sizeof spec) == 10
          && strcmp (spec, "a=1:b=22:c") == 0, "collects prefixed words");
  expect (cmdline_collect ("selftest", "libmem.", ':', spec, sizeof spec) == 0
          && spec[0] == '\0', "collects nothing from a line without them");
  expect (cmdline_collect ("libmem.copy_rep_min=1024 libmem.set_rep_min=1024",
                           "libmem.", ':', spec, 20) == (size_t) -1
          && strcmp (spec, "copy_rep_min=1024") == 0, "says when the buffer is short");

  expect (cmdline_value (line, "crash", buf, sizeof buf)
          && strcmp (buf, "ud2") == 0, "reads a value");
  expect (cmdline_value (line, "bench", buf, sizeof buf)
          && strcmp (buf, "quick") == 0, "reads the last value");
  expect (!cmdline_value (line, "selftest", buf, sizeof buf),
          "a bare word has no value");
  expect (cmdline_value ("x=0123456789abcdefXYZ", "x", buf, 8)
          && strcmp (buf, "0123456") == 0, "cuts a long value to the buffer");
  expect (cmdline_value ("x=", "x", buf, sizeof buf) && buf[0] == '\0',
          "an empty value is empty");

  expect (cmdline_is (line, "bench", "quick"), "matches a value");
  expect (cmdline_is ("bench=quick", "bench", "quick"), "matches at the end");
  expect (!cmdline_is ("bench=quickly", "bench", "quick"),
          "does not match a longer value");
  expect (!cmdline_is ("bench=quic", "bench", "quick"),
          "does not match a shorter value");
  expect (!cmdline_is ("bench", "bench", "quick"), "a bare word has no value");
  expect (!cmdline_is ("benchmark=quick", "bench", "quick"),
          "does not match a longer name");

  printf ("cmdline: %d failures\n", failures);
  return failures ? 1 : 0;
}
