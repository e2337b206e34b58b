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
/* For 8..32 bytes as four words at 0, MID, N - 8 - MID and N - 8: MID
   is 0 below 16 bytes, 8 from 16 and 16 at 32, so the words cover every
   size in the range with no test on it (lm_small_copy8to32, memset).  */
static inline size_t
lm_mid_word (size_t n)
{
  return (n & ~(size_t) 15) >> 1;
}

/* memset fills up to this size with a fixed set of overlapping stores
   (memset.c), never with rep stos, whatever the tuning.  */
#define LM_SET_SMALL_MAX 64
/* Zen 4 runs rep movsq on a short path while its count stays under 32
   words: 193 bytes take 6.3 ns, where rep movsb takes 12.0 and the
   register loop 8.4; 256 bytes take 12.7 (make bench).  */
#define LM_SHORT_MOVSQ_END 256

/* AMD Zen 3/4 run rep movsb 15-25x slower when the destination is 1 to 15
   bytes ahead of the source modulo 4096 (measured here at 4 KiB and
   64 KiB; from 16 bytes on it is back to normal speed): 4K aliasing
   between its loads and its own earlier stores.  Where the profile says
   the CPU has this cliff (lm_tuning.alias_guard), copies whose distance
   falls in this window take a register path instead.  */
#define LM_ALIAS_WINDOW 16

static inline bool
lm_in_window (const void *dst, const void *src, uintptr_t window)
{
  uintptr_t distance = ((uintptr_t) dst - (uintptr_t) src) & 4095;
  return distance - 1 < window - 1;
}

static inline bool
lm_in_alias_window (const void *dst, const void *src)
{
  return lm_in_window (dst, src, LM_ALIAS_WINDOW);
}

/* Buffers whose distance is not a multiple of 32 bytes: rep movsb then
   has to shift every block it moves, which where the copy streams
   through the L3 makes it slower than the register loop (Zen 4, 12-32
   MiB: 1.12-1.38 times the loop's time; skew_loop_min, skew_loop_max).
   Distances of 32 and 64 bytes are as fast as 0.  */
static inline bool
lm_skewed (const void *dst, const void *src)
{
  return (((uintptr_t) dst - (uintptr_t) src) & 31) != 0;
}

/* A forward move whose source lies less than this many bytes ahead of
   its destination.  Where rep movsb streams its stores past the caches
   (Zen 4 from 32 MiB), such moves run 1.15-1.5 times as long by rep
   movsb as by the register loop (near_loop_min).  From about 3.5 KiB
   ahead the loop's loads meet its own stores modulo 4096 and it loses.  */
#define LM_NEAR_WINDOW 2048

static inline bool
lm_near (const void *dst, const void *src)
{
  return (uintptr_t) src - (uintptr_t) dst < LM_NEAR_WINDOW;
}

/* Everything below is internal: hidden from the shared library's users,
   and reached without a GOT load.  */
#pragma GCC visibility push(hidden)

/* Backward copies from LM_MOVE_PREFETCH_MIN on outgrow L1 (32-48 KiB),
   and the register loop asks for the source LM_MOVE_PREFETCH_AHEAD bytes
   below the block it copies (Zen 4, 64-512 KiB: 5% faster).  In L1 the
   prefetch only costs, and from 16 MiB, where the copy runs from L3 and
   DRAM, it made the copy 1.5 times as slow, presumably by competing with
   the hardware prefetcher for the same miss buffers; so it stops at
   LM_MOVE_PREFETCH_END.  A profile may start it later or never
   (move_prefetch_min; amd-zen5 never).  */
#define LM_MOVE_PREFETCH_MIN (32 * 1024)
#define LM_MOVE_PREFETCH_END (2 * 1024 * 1024)
#define LM_MOVE_PREFETCH_AHEAD 1024

/* How libmem behaves on this CPU.  */
struct lm_tuning
{
  bool erms;               /* rep movsb/stosb, else rep movsq/stosq */
  bool alias_guard;        /* the CPU has the 4K-alias cliff: keep
                              rep movsb away from it */
  size_t copy_rep_min;     /* forward copies this long use rep movs */
  size_t movsq_max;        /* forward copies up to this size use rep
                              movsq: from 129 bytes to below
                              LM_SHORT_MOVSQ_END (for memcpy, also
                              below copy_rep_min), and
                              from copy_rep_min when the destination
                              is not 8-byte aligned (0: never) */
  size_t movsb_words_max;  /* rep movsb to a 64-byte aligned
                              destination, up to this size, copies
                              whole 32-byte blocks and the ragged
                              end goes from registers (0: never) */
  size_t skew_loop_min;    /* forward copies from skew_loop_min to
                              skew_loop_max bytes between skewed
                              buffers (lm_skewed) use the register
                              loop instead of rep movs (SIZE_MAX:
                              never) */
  size_t skew_loop_max;
  size_t near_loop_min;    /* forward moves this long whose source
                              lies less than LM_NEAR_WINDOW bytes
                              ahead of the destination (lm_near) use
                              the register loop (SIZE_MAX: never) */
  size_t copy_piece_min;   /* with erms, forward copies from
                              copy_piece_min to copy_piece_max bytes
                              (moves whose source lies just ahead,
                              lm_near: from copy_piece_min up) that
                              rep movsb takes go in pieces of half
                              copy_piece_min, so that none reaches
                              the count from which the CPU may
                              stream its stores past the caches
                              (copy_piece_max 0: never) */
  size_t copy_piece_max;
  size_t band_min;         /* not a tunable: the smallest of
                              skew_loop_min, near_loop_min and, where
                              there are pieces, copy_piece_min, from
                              which large copies consult them (see
                              memcpy.c); set by lm_tuning_settle */
  size_t set_rep_min;      /* fills this long use rep stos */
  size_t set_short_rep_max; /* with erms, fills from 65 bytes
                              (LM_SET_SMALL_MAX + 1) to this long use
                              rep stosb, where the CPU runs short
                              counts on a fast path (0: never, as it is
                              without erms, set by lm_tuning_settle) */
  size_t set_piece_min;    /* with erms, fills from set_piece_min to
                              set_piece_max bytes use rep stosb in
                              pieces of half set_piece_min, so that
                              none reaches the count from which the
                              CPU may stream its stores past the
                              caches (set_piece_max 0: never) */
  size_t set_piece_max;
  size_t set_stosb_span;   /* not a tunable: fills from set_rep_min
                              bytes to below set_rep_min +
                              set_stosb_span use plain rep stosb, so
                              that memset reaches it behind one test
                              (0 without erms); set by
                              lm_tuning_settle */
  size_t move_chunk_min;   /* backward moves with a gap this wide use
                              rep movs chunk by chunk */
  size_t move_movsq_max;   /* forward moves onto an overlapping source
                              (dst below src) up to this size, from
                              129 bytes to below LM_SHORT_MOVSQ_END,
                              use rep movsq's short path too (0:
                              never; movsq_max takes them anyway) */
  size_t move_short_rep_max; /* with erms, forward moves onto an
                              overlapping source of 65-128 bytes
                              (memmove's move_mid) up to this long use
                              rep movsb where the register code is
                              slow: the source less than a word
                              ahead, or a size not a multiple of 8
                              that leaves the loop more than 96 bytes
                              past the destination's first word
                              boundary (0: never, as it is without
                              erms, set by lm_tuning_settle) */
  size_t move_piece_max;   /* forward moves onto an overlapping source
                              (dst below src) longer than this, below
                              band_min, take rep movsb in pieces of
                              it rounded down to 64 bytes (0: never,
                              set to SIZE_MAX by lm_tuning_settle, as
                              it is without erms) */
  size_t move_prefetch_min; /* backward copies by the register loop
                              from this long to below
                              LM_MOVE_PREFETCH_END ask for their
                              source LM_MOVE_PREFETCH_AHEAD bytes
                              below the block they copy (SIZE_MAX:
                              never; 0, as in a profile that leaves
                              it out: LM_MOVE_PREFETCH_MIN, set by
                              lm_tuning_settle) */
  size_t cmp_rep_min;      /* compares from this long (above 16 bytes)
                              to cmp_rep_max use repe cmpsb; longer
                              ones go back to the word loop (cmp_rep_max
                              0: no limit, set to SIZE_MAX by
                              lm_tuning_settle) */
  size_t cmp_rep_max;
};

extern struct lm_tuning lm_tuning;

/* Whether a forward copy of N bytes by rep movsb goes in pieces
   (lm_copy_pieces): N from copy_piece_min to copy_piece_max, or past
   copy_piece_max too where BEYOND (a move whose source lies just ahead,
   memcpy.c).  */
static inline bool
lm_in_piece_band (size_t n, bool beyond)
{
  return n >= lm_tuning.copy_piece_min && lm_tuning.copy_piece_max != 0
         && (n <= lm_tuning.copy_piece_max || beyond);
}

/* Whether T sends a forward move of N bytes (65-128) onto an
   overlapping source, D below S, to rep movsb (move_short_rep_max): where
   the source lies less than a word ahead, or N is not a multiple of 8 and
   leaves lm_copy_fwd_loop more than 96 bytes past D's first word
   boundary, a third step (memcpy.c, move_mid).  */
static inline bool
lm_short_move_by_rep (const struct lm_tuning *t, const void *d,
                      const void *s, size_t n)
{
  size_t ahead = (uintptr_t) s - (uintptr_t) d;
  size_t past_word = n - (-(uintptr_t) d & 7);
  return n <= t->move_short_rep_max
         && (ahead < 8 || (n % 8 != 0 && past_word > 96));
}

/* Set T's fields that follow from the others (band_min,
   set_stosb_span), cmp_rep_max 0 to SIZE_MAX, so that a profile that
   leaves it out puts no limit on repe cmpsb, and move_piece_max 0 to
   SIZE_MAX, so that one that leaves it out moves in one piece (and so
   does a CPU without ERMS, where the pieces would need rep movsq's
   word-sized ends), move_prefetch_min 0 to LM_MOVE_PREFETCH_MIN, and
   set_short_rep_max and move_short_rep_max to 0 without ERMS.  Every
   tuning put in force has been through it: lm_init's, lm_tune's (the
   parser's result) and lm_tuning_variants'.  A profile's own table
   entry has not.  */
void lm_tuning_settle (struct lm_tuning *t);

/* What CPUID says, as libmem needs it (cpu.c).  */
enum lm_vendor { LM_VENDOR_OTHER, LM_VENDOR_INTEL, LM_VENDOR_AMD, LM_VENDOR_HYGON };
struct lm_cpu
{
  enum lm_vendor vendor;
  char vendor_name[13];
  unsigned family, model;
  unsigned features;       /* LM_CPU_* */
};

/* The CPUID registers the decoding reads: leaf 0 (vendor), leaf 1 EAX
   (signature), leaf 7 subleaf 0 EBX and EDX, leaf 7 subleaf 1 EAX (zero
   where the CPU lacks them).  Recorded ones let tests stand in for CPUs
   nobody here has.  */
struct lm_cpuid_record
{
  uint32_t max_leaf, vendor_ebx, vendor_ecx, vendor_edx;
  uint32_t signature, leaf7_ebx, leaf7_edx, leaf7_1_eax;
};
struct lm_cpu lm_cpu_decode (const struct lm_cpuid_record *record);
struct lm_cpuid_record lm_cpuid_read (void);

/* A named tuning for a class of CPUs (profiles.c).  */
struct lm_profile
{
  const char *name;
  struct lm_tuning tuning;
};
/* The profile for CPU: the first row of the table that matches it.  */
const struct lm_profile *lm_profile_for (const struct lm_cpu *cpu);
/* The table's rows in order, or NULL past the last.  */
const struct lm_profile *lm_profile_at (size_t index);

/* The CPU and profile lm_init chose (tune.c).  */
extern struct lm_cpu lm_cpu;
extern const struct lm_profile *lm_profile;

/* Apply "key=value:key=value" to *T (tunables.c) and settle it; return
   the number of settings refused, the first refusal explained in
   ERROR.  */
int lm_tunables_parse (const char *spec, struct lm_tuning *t, char *error,
                       size_t error_size);

/* Tunings that between them route the public functions through every
   strategy, whatever the CPU: tests run each of them, and the benchmark
   times libmem against each one forced.  */
struct lm_tuning_variant
{
  const char *name;
  struct lm_tuning tuning;
};
/* Fill VARIANTS (at most LM_TUNING_VARIANTS) and return their number;
   the first is always the tuning in force.  */
enum { LM_TUNING_VARIANTS = 16 };
size_t lm_tuning_variants (struct lm_tuning_variant *variants);

/* Copy strategies.  "fwd" copies low to high and is safe for overlap when
   dst < src; "bwd" copies high to low and is safe when dst > src;
   "apart" needs buffers that do not overlap at all.  Each
   returns DST, as memcpy does, so that the dispatch can end in a jump to
   it: a call would push a return address, and a store just before a rep
   movsb can stall it (memcpy.c).  */
void *lm_copy_small (unsigned char *dst, const unsigned char *src, size_t n);
void *lm_copy_apart_loop (unsigned char *dst, const unsigned char *src,
                          size_t n);
void *lm_copy_fwd_loop (unsigned char *dst, const unsigned char *src,
                        size_t n);
void *lm_copy_bwd_loop (unsigned char *dst, const unsigned char *src,
                        size_t n);
void *lm_copy_fwd_rep (unsigned char *dst, const unsigned char *src, size_t n);
void *lm_copy_pieces (unsigned char *dst, const unsigned char *src,
                      size_t n);
void *lm_move_pieces (unsigned char *dst, const unsigned char *src,
                      size_t n);
void *lm_copy_fwd_movsq (unsigned char *dst, const unsigned char *src,
                         size_t n);
void *lm_copy_bwd_chunks (unsigned char *dst, const unsigned char *src,
                          size_t n);

/* Fill strategies.  PATTERN is the fill byte repeated eight times.  Each
   returns DST, as the copy strategies do.  */
void *lm_set_loop (unsigned char *dst, uint64_t pattern, size_t n);
void *lm_set_stosq (unsigned char *dst, uint64_t pattern, size_t n);
void *lm_set_pieces (unsigned char *dst, uint64_t pattern, size_t n);

/* Compare strategies.  */
int lm_cmp_small (const unsigned char *a, const unsigned char *b, size_t n);
int lm_cmp_words (const unsigned char *a, const unsigned char *b, size_t n);
int lm_cmp_rep (const unsigned char *a, const unsigned char *b, size_t n);

#pragma GCC visibility pop

#endif /* LIBMEM_IMPL_H */
