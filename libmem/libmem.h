/* libmem.h -- memory intrinsics for freestanding x86_64 code.

   The four functions behave exactly as the C standard's memcpy, memmove,
   memset and memcmp.  On a hosted system they carry the lm_ prefix so a
   program can use them beside the C library's; the freestanding build
   (libmem-freestanding.a) also provides them under their standard names,
   which is what a kernel's compiler-generated calls resolve to.

   Copyright (C) 2026 The minikernel authors.  MIT licence, see COPYING.  */

#ifndef LIBMEM_H
#define LIBMEM_H

#include <stddef.h>

#ifdef __cplusplus
extern "C" {
# define LM_RESTRICT __restrict
#else
# define LM_RESTRICT restrict
#endif

/* CPU features libmem's strategy choice depends on (lm_cpu_features).  */
#define LM_CPU_ERMS 0x1u /* Enhanced REP MOVSB/STOSB */
#define LM_CPU_FSRM 0x2u /* Fast Short REP MOV */

void *lm_memcpy (void *LM_RESTRICT dst, const void *LM_RESTRICT src, size_t n);
void *lm_memmove (void *dst, const void *src, size_t n);
void *lm_memset (void *dst, int c, size_t n);
int lm_memcmp (const void *a, const void *b, size_t n);

/* The LM_CPU_* bits of the CPU libmem tuned itself for.  */
unsigned lm_cpu_features (void);

/* Detect the CPU and choose strategies.  A hosted program never needs this
   (it runs before main); a kernel calls it once early, and until then the
   functions use strategies that are correct and safe on any x86_64 CPU.  */
void lm_init (void);

#ifdef __cplusplus
}
#endif

#undef LM_RESTRICT
#endif /* LIBMEM_H */
