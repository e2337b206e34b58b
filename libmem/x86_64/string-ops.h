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
   store right behind rep movsq costs it about 2 ns on Zen 4, and one
   ahead of it more.  */
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

/* Whether lm_rep_movsb_words stores the ragged end from registers (the
   benchmark asks too, to tell the paths of two tunings apart): N not a
   multiple of 32, at most WORDS_MAX, and the last 32 bytes of the
   destination within one page.  */
static inline _Bool
lm_movsb_words_apply (const void *dst, size_t n, size_t words_max)
{
  return __builtin_expect (n % 32 != 0, 1) && n <= words_max
         && ((uintptr_t) dst + n) & 4064;
}

/* N > 32 bytes, low to high, with rep movsb; up to WORDS_MAX bytes, when
   N is not a multiple of 32, rep movsb stops at the last whole 32 bytes
   and the last 32 bytes, loaded before, are stored after it: Zen 4's rep
   movsb takes 3-7 TSC cycles longer for a count that is not a multiple
   of 32, whatever the remainder (Zen 5's, about 3 for one not a multiple
   of 64).  Not where the last 32 bytes cross a page boundary, where a
   split store costs more than it saves.  Safe for overlap with dst <
   src: the last bytes are loaded before the copy.  One asm statement, so
   that the four words sit in registers rep movsb does not use: written
   in C, GCC saved a register on the stack for them, and a store just
   before rep movsb stalls it.  The count is chosen by a branch, not
   computed: rep movsb waits for its count, where a predicted branch
   lets it start.  */
static inline void
lm_rep_movsb_words (void *dst, const void *src, size_t n, size_t words_max)
{
  if (lm_movsb_words_apply (dst, n, words_max))
    {
      /* rdx holds the size, then the end of the destination.  */
      size_t count = n & ~(size_t) 31, end = n;
      uint64_t t0, t1, t2, t3;
      __asm__ volatile ("mov -32(%%rsi,%%rdx), %[t0]\n\t"
                        "mov -24(%%rsi,%%rdx), %[t1]\n\t"
                        "mov -16(%%rsi,%%rdx), %[t2]\n\t"
                        "mov -8(%%rsi,%%rdx), %[t3]\n\t"
                        "add %%rdi, %%rdx\n\t"
                        "rep movsb\n\t"
                        "mov %[t0], -32(%%rdx)\n\t"
                        "mov %[t1], -24(%%rdx)\n\t"
                        "mov %[t2], -16(%%rdx)\n\t"
                        "mov %[t3], -8(%%rdx)"
                        : "+D" (dst), "+S" (src), "+c" (count), "+d" (end),
                          [t0] "=&r" (t0), [t1] "=&r" (t1), [t2] "=&r" (t2),
                          [t3] "=&r" (t3)
                        :
                        : "memory");
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
   (8 KiB equal in 133 ns, against 260 ns for libmem's word loop), a
   byte-at-a-time microcode loop on many other CPUs.  The result is the
   difference of the last pair compared, with no branch on the flags:
   when every byte is equal that pair is equal too.  A branch there
   mispredicted on every call in one of make bench's two memcmp cases,
   equal or last byte different, whichever the process drew.  */
static inline int
lm_repe_cmpsb (const void *a, const void *b, size_t n)
{
  const unsigned char *x = (const unsigned char *) a;
  const unsigned char *y = (const unsigned char *) b;
  __asm__ volatile ("repe cmpsb"
                    : "+S" (x), "+D" (y), "+c" (n)
                    :
                    : "memory", "cc");
  return x[-1] - y[-1];
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
