/* string-ops.h -- the x86_64 string instructions libmem is built on.

   Each wrapper names exactly what the instruction reads and writes: rdi,
   rsi and rcx are both inputs and outputs ("+D", "+S", "+c"), and the
   "memory" clobber tells the compiler that memory changed behind its back.
   The direction flag is clear on entry to any function by the ABI, so the
   forward forms need no cld.  */

#ifndef LIBMEM_X86_64_STRING_OPS_H
#define LIBMEM_X86_64_STRING_OPS_H

#include <stddef.h>
#include <stdint.h>

/* A word at any address, allowed to alias anything.  */
typedef uint64_t __attribute__ ((may_alias, aligned (1))) lm_string_word;

/* Ask for the cache line at ADDR ahead of need.  An address, not a
   pointer: the line may lie outside any object, and a prefetch never
   faults.  prefetcht0 is baseline on x86_64 and touches no vector
   state, so a kernel built without SIMD may use it.  */
static inline void
lm_prefetch (uintptr_t addr)
{
  __asm__ volatile ("prefetcht0 (%0)" : : "r" (addr));
}

static inline void
lm_rep_movsb (void *dst, const void *src, size_t n)
{
  __asm__ volatile ("rep movsb"
                    : "+D" (dst), "+S" (src), "+c" (n)
                    :
                    : "memory");
}

static inline void
lm_rep_movsq (void *dst, const void *src, size_t words)
{
  __asm__ volatile ("rep movsq"
                    : "+D" (dst), "+S" (src), "+c" (words)
                    :
                    : "memory");
}

/* N >= 8 bytes, low to high: rep movsq for the whole words, then the
   last word, loaded before the copy could overwrite it (a forward move
   with dst < src) and stored only where the words leave bytes over: a
   store right behind rep movsq costs it about 2 ns (Zen 4, 128 bytes
   moved 64 bytes down: 7.0 against 5.0 ns).  Storing the last word
   first is worse still (193 bytes: 8.0 against 5.5 ns).  */
static inline void
lm_rep_movsq_bytes (void *dst, const void *src, size_t n)
{
  lm_string_word last
    = *(const lm_string_word *) ((const unsigned char *) src + n - 8);
  lm_string_word *last_dst
    = (lm_string_word *) ((unsigned char *) dst + n - 8);
  lm_rep_movsq (dst, src, n / 8);
  if (n % 8 != 0)
    *last_dst = last;
}

/* Whether lm_rep_movsb_words stores the ragged end as a word (the
   benchmark asks too, to tell the paths of two tunings apart).  */
static inline _Bool
lm_movsb_words_apply (const void *dst, size_t n, size_t words_max)
{
  return __builtin_expect (n % 8 != 0, 1) && n <= words_max
         && ((uintptr_t) dst + n) & 4088;
}

/* N >= 8 bytes, low to high, with rep movsb; up to WORDS_MAX bytes, when
   N is not a multiple of 8, rep movsb stops at the last whole word and
   the last word, loaded before, is stored after it, as in
   lm_rep_movsq_bytes.  Zen 4's rep movsb takes about 5 TSC cycles longer
   for a count that is not a multiple of 8 (scratch loop, 64-byte aligned
   destination: 769 B 37.9 against 32.9 TSC cycles, 1025 B 43.5 against
   38.6, 2017 B 0.92 of the time at the median over source offsets; level
   from about 2040 B, and worse from 2 KiB at some distances: 2047 B up
   to 1.41).  Not where that word would straddle a page boundary: such a
   store made the copy take 1.14-1.44 times as long (1025 B ending 1
   byte into a page).  Safe for overlap with dst < src: the last word is
   loaded before the copy.  The tests cost sizes the branch predictor
   cannot learn: make bench's random memcpy list takes 7.1-7.4 ns a call
   with them, 6.8-7.0 with movsb_words_max=0 (Zen 4, 8 processes).  A
   count computed without branches was worse: rep movsb waits for its
   count, where a predicted branch lets it start (memcpy 512 B 11.2 ->
   15.2 ns, 1537 B 19.9 -> 22.4).  */
static inline void
lm_rep_movsb_words (void *dst, const void *src, size_t n, size_t words_max)
{
  if (lm_movsb_words_apply (dst, n, words_max))
    {
      lm_string_word last
        = *(const lm_string_word *) ((const unsigned char *) src + n - 8);
      lm_rep_movsb (dst, src, n & ~(size_t) 7);
      *(lm_string_word *) ((unsigned char *) dst + n - 8) = last;
    }
  else
    lm_rep_movsb (dst, src, n);
}

static inline void
lm_rep_stosb (void *dst, uint8_t value, size_t n)
{
  __asm__ volatile ("rep stosb"
                    : "+D" (dst), "+c" (n)
                    : "a" (value)
                    : "memory");
}

static inline void
lm_rep_stosq (void *dst, uint64_t pattern, size_t words)
{
  __asm__ volatile ("rep stosq"
                    : "+D" (dst), "+c" (words)
                    : "a" (pattern)
                    : "memory");
}

/* Compare N > 0 bytes with repe cmpsb; return the difference of the
   first differing bytes, as unsigned char, or 0.  Fast on AMD Zen 4
   (measured: 8 KiB equal in 133 ns, against 260 ns for libmem's word
   loop), a byte-at-a-time microcode loop on many other CPUs.  */
static inline int
lm_repe_cmpsb (const void *a, const void *b, size_t n)
{
  const unsigned char *x = (const unsigned char *) a;
  const unsigned char *y = (const unsigned char *) b;
  _Bool differ;
  __asm__ volatile ("repe cmpsb"
                    : "+S" (x), "+D" (y), "+c" (n), "=@ccnz" (differ)
                    :
                    : "memory");
  return differ ? x[-1] - y[-1] : 0;
}

/* memmove with nothing but rep movsb: backward, when it must be, is
   "std; rep movsb" from the last byte down.  libmem never does this (it
   is a microcoded byte loop, ~30x slower than a vector loop); the
   benchmarks use it as the bare-instruction baseline.  */
static inline void
lm_rep_movsb_move (void *dst, const void *src, size_t n)
{
  unsigned char *d = (unsigned char *) dst;
  const unsigned char *s = (const unsigned char *) src;
  if (d <= s || d >= s + n)
    lm_rep_movsb (d, s, n);
  else if (n > 0)
    {
      unsigned char *dl = d + n - 1;
      const unsigned char *sl = s + n - 1;
      __asm__ volatile ("std; rep movsb; cld"
                        : "+D" (dl), "+S" (sl), "+c" (n)
                        :
                        : "memory");
    }
}

#endif /* LIBMEM_X86_64_STRING_OPS_H */
