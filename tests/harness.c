/* harness.c -- shared helpers for libmem's host tests.  */

#include <config.h>

#include "harness.h"

#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <unistd.h>

static size_t
page_size (void)
{
  return (size_t) sysconf (_SC_PAGESIZE);
}

struct guarded
guarded_alloc (size_t size)
{
  size_t page = page_size ();
  size_t data = (size + page - 1) / page * page;
  unsigned char *map = mmap (NULL, data + 2 * page, PROT_READ | PROT_WRITE,
                             MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
  if (map == MAP_FAILED)
    {
      perror ("mmap");
      exit (99);
    }
  if (mprotect (map, page, PROT_NONE) != 0
      || mprotect (map + page + data, page, PROT_NONE) != 0)
    {
      perror ("mprotect");
      exit (99);
    }
  /* Flush against the upper guard page; when SIZE is a whole number of
     pages the lower guard page is flush too.  */
  return (struct guarded) { map + page + data - size, size };
}

void
guarded_free (struct guarded *g)
{
  size_t page = page_size ();
  size_t data = (g->size + page - 1) / page * page;
  unsigned char *map = g->lo + g->size - data - page;
  munmap (map, data + 2 * page);
  g->lo = NULL;
}

size_t
test_configs (const struct lm_tuning_variant **out)
{
  static struct lm_tuning_variant configs[LM_TUNING_VARIANTS];
  *out = configs;
  return lm_tuning_variants (configs);
}

void
test_use_config (const struct lm_tuning_variant *config)
{
  lm_tuning = config->tuning;
}

unsigned
test_sample (void)
{
  const char *s = getenv ("LM_TEST_SAMPLE");
  int n = s ? atoi (s) : 1;
  return n > 1 ? (unsigned) n : 1;
}

static uint64_t rng_state = 0x9e3779b97f4a7c15u;

uint64_t
test_random (void)
{
  rng_state ^= rng_state >> 12;
  rng_state ^= rng_state << 25;
  rng_state ^= rng_state >> 27;
  return rng_state * 0x2545f4914f6cdd1du;
}

void
test_fill_random (unsigned char *p, size_t n)
{
  for (size_t i = 0; i < n; i++)
    p[i] = (unsigned char) (test_random () >> 56);
}

bool
test_surroundings_intact (const unsigned char *buf, const unsigned char *clean,
                          size_t size, size_t at, size_t n, size_t around)
{
  size_t lo = at > around ? at - around : 0;
  size_t hi = at + n + around < size ? at + n + around : size;
  return memcmp (buf + lo, clean + lo, at - lo) == 0
         && memcmp (buf + at + n, clean + at + n, hi - at - n) == 0;
}

void
ref_memmove (unsigned char *dst, const unsigned char *src, size_t n)
{
  if (dst < src)
    for (size_t i = 0; i < n; i++)
      dst[i] = src[i];
  else
    for (size_t i = n; i > 0; i--)
      dst[i - 1] = src[i - 1];
}

int
ref_memcmp (const unsigned char *a, const unsigned char *b, size_t n)
{
  for (size_t i = 0; i < n; i++)
    if (a[i] != b[i])
      return a[i] < b[i] ? -1 : 1;
  return 0;
}

static unsigned long failures;

void
test_fail (const char *fmt, ...)
{
  /* The first few failures say enough; the rest are only counted.  */
  if (++failures <= 20)
    {
      va_list ap;
      va_start (ap, fmt);
      fputs ("FAIL: ", stderr);
      vfprintf (stderr, fmt, ap);
      fputc ('\n', stderr);
      va_end (ap);
    }
}

int
test_finish (const char *what)
{
  if (failures)
    {
      fprintf (stderr, "%s: %lu failures\n", what, failures);
      return 1;
    }
  printf ("%s: all cases passed\n", what);
  return 0;
}
