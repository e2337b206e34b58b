/* impl.h -- libmem internals shared by its sources and its tests.

   libmem picks a strategy by size class.  Small sizes use overlapping
   general-register loads and stores (no byte loops); mid sizes an unrolled
   register loop; large sizes the string instructions.  The thresholds
   depend on the CPU and live in lm_tuning, chosen once by lm_init.  Every
   strategy is a function of its own so tests can call each one directly.  */

#ifndef LIBMEM_IMPL_H
#define LIBMEM_IMPL_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "libmem.h"

/* The hosted library exports lm_memcpy and friends; the freestanding
   archive exports the C names the compiler emits calls to.  */
#ifdef LM_FREESTANDING
# define LM_ENTRY(name) name
void *memcpy (void *restrict dst, const void *restrict src, size_t n);
void *memmove (void *dst, const void *src, size_t n);
void *memset (void *dst, int c, size_t n);
int memcmp (const void *a, const void *b, size_t n);
#else
# define LM_ENTRY(name) lm_##name
#endif
#define LM_EXPORT __attribute__ ((visibility ("default")))

/* Unaligned, alias-anything access to 8- and 4-byte words.  A may_alias
   type with alignment 1 makes plain C loads and stores legal at any
   address, with no call to memcpy behind them.  */
typedef uint64_t __attribute__ ((may_alias, aligned (1))) lm_u64;
typedef uint32_t __attribute__ ((may_alias, aligned (1))) lm_u32;

static inline uint64_t
lm_load64 (const unsigned char *p)
{
  return *(const lm_u64 *) p;
}

static inline uint32_t
lm_load32 (const unsigned char *p)
{
  return *(const lm_u32 *) p;
}

static inline void
lm_store64 (unsigned char *p, uint64_t v)
{
  *(lm_u64 *) p = v;
}

static inline void
lm_store32 (unsigned char *p, uint32_t v)
{
  *(lm_u32 *) p = v;
}

/* Sizes up to this are "small": every strategy below handles them with a
   fixed number of overlapping loads and stores.  */
#define LM_SMALL_MAX 64
/* FSRM makes rep movsb and rep stosb cheap below this size (measured:
   rep stosb 2.8 ns from 1 to 127 bytes, 9.0 ns at 128).  */
#define LM_SHORT_REP_END 128

/* AMD Zen 3/4 run rep movsb 15-25x slower when the destination is 1 to 15
   bytes ahead of the source modulo 4096 (measured here at 4 KiB and
   64 KiB; from 16 bytes on it is back to normal speed): 4K aliasing
   between its loads and its own earlier stores.  Copies whose distance
   falls in this window take a register path instead.  */
#define LM_ALIAS_WINDOW 16

static inline bool
lm_in_alias_window (const void *dst, const void *src)
{
  uintptr_t distance = ((uintptr_t) dst - (uintptr_t) src) & 4095;
  return distance - 1 < LM_ALIAS_WINDOW - 1;
}

/* Everything below is internal: hidden from the shared library's users,
   and reached without a GOT load.  */
#pragma GCC visibility push(hidden)

/* How libmem behaves on this CPU.  */
struct lm_tuning
{
  bool erms;               /* rep movsb/stosb, else rep movsq/stosq */
  bool short_rep;          /* FSRM: rep stosb also for 65-127 byte fills,
                              where its start-up is short */
  size_t copy_rep_min;     /* forward copies this long use rep movs */
  size_t set_rep_min;      /* fills this long use rep stos */
  size_t move_chunk_min;   /* backward moves with a gap this wide use
                              rep movs chunk by chunk */
};

extern struct lm_tuning lm_tuning;

/* The tuning libmem would choose for a CPU with FEATURES (LM_CPU_*).  */
struct lm_tuning lm_tuning_for (unsigned features);

/* Tunings that between them route the public functions through every
   strategy, whatever the CPU: tests run each of them.  */
struct lm_tuning_variant
{
  const char *name;
  struct lm_tuning tuning;
};
/* Fill VARIANTS (LM_TUNING_VARIANTS entries) and return their number.  */
enum { LM_TUNING_VARIANTS = 7 };
size_t lm_tuning_variants (struct lm_tuning_variant *variants);

/* The LM_CPU_* features of the running CPU, from CPUID.  */
unsigned lm_cpu_detect (void);

/* Copy strategies.  "fwd" copies low to high and is safe for overlap when
   dst < src; "bwd" copies high to low and is safe when dst > src.  */
void lm_copy_small (unsigned char *dst, const unsigned char *src, size_t n);
void lm_copy_fwd_loop (unsigned char *dst, const unsigned char *src, size_t n);
void lm_copy_bwd_loop (unsigned char *dst, const unsigned char *src, size_t n);
void lm_copy_fwd_rep (unsigned char *dst, const unsigned char *src, size_t n);
void lm_copy_bwd_chunks (unsigned char *dst, const unsigned char *src,
                         size_t n);

/* Fill strategies.  PATTERN is the fill byte repeated eight times.  */
void lm_set_small (unsigned char *dst, uint64_t pattern, size_t n);
void lm_set_loop (unsigned char *dst, uint64_t pattern, size_t n);
void lm_set_rep (unsigned char *dst, uint64_t pattern, size_t n);

/* Compare strategies.  */
int lm_cmp_small (const unsigned char *a, const unsigned char *b, size_t n);
int lm_cmp_words (const unsigned char *a, const unsigned char *b, size_t n);

#pragma GCC visibility pop

#endif /* LIBMEM_IMPL_H */
