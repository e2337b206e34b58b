/* harness.h -- shared helpers for libmem's host tests.  */

#ifndef TESTS_HARNESS_H
#define TESTS_HARNESS_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "impl.h"

/* A buffer with an inaccessible page directly below and directly above
   it: any access outside [lo, lo + size) faults.  */
struct guarded
{
  unsigned char *lo;
  size_t size;
};

struct guarded guarded_alloc (size_t size);
void guarded_free (struct guarded *g);

/* Set *CONFIGS to libmem's tuning variants, which between them route the
   public functions through every strategy whatever the CPU; return how
   many there are.  */
size_t test_configs (const struct lm_tuning_variant **configs);
void test_use_config (const struct lm_tuning_variant *config);

/* Test thoroughness: 1 tests everything; N > 1 keeps every Nth offset or
   length (set LM_TEST_SAMPLE=N, as the valgrind run does).  */
unsigned test_sample (void);

/* Deterministic pseudo-random numbers (xorshift64*).  */
uint64_t test_random (void);
void test_fill_random (unsigned char *p, size_t n);

/* Whether the AROUND bytes on each side of BUF[AT, AT + N) still equal
   CLEAN, within BUF's SIZE bytes: nothing outside a destination moved.  */
bool test_surroundings_intact (const unsigned char *buf,
                               const unsigned char *clean, size_t size,
                               size_t at, size_t n, size_t around);

/* Trivial byte-at-a-time references.  */
void ref_memmove (unsigned char *dst, const unsigned char *src, size_t n);
int ref_memcmp (const unsigned char *a, const unsigned char *b, size_t n);

/* Report a failure (printf-style) and count it.  */
void test_fail (const char *fmt, ...) __attribute__ ((format (printf, 1, 2)));
/* Print a summary; return the process exit status (0 or 1).  */
int test_finish (const char *what);

#endif /* TESTS_HARNESS_H */
