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
#define LM_CPU_ERMS 0x1u  /* Enhanced REP MOVSB/STOSB */
#define LM_CPU_FSRM 0x2u  /* Fast Short REP MOV */
#define LM_CPU_FZRM 0x4u  /* Fast Zero-length REP MOVSB */
#define LM_CPU_FSRS 0x8u  /* Fast Short REP STOSB */
#define LM_CPU_FSRC 0x10u /* Fast Short REP CMPSB and SCASB */

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

/* Override the chosen tuning with SPEC, "key=value" settings separated
   by colons (the keys of LIBMEM_TUNABLES, see libmem(3)), e.g.
   "copy_rep_min=1024:alias_guard=0".  A hosted program gets
   LIBMEM_TUNABLES applied before main; a kernel calls this after
   lm_init with what its command line says.  Returns the number of
   settings refused (each keeps the profile's value); the first refusal
   is explained in ERROR (SIZE bytes, may be NULL; 512 hold any message
   but one that quotes a long setting, which is cut to fit).  */
int lm_tune (const char *spec, char *error, size_t size);

/* Write into BUF (SIZE bytes, NUL-terminated, cut to fit) one line
   describing the CPU and the tuning in force, e.g.
   "cpu=AuthenticAMD family=0x19 model=0x11 features=ERMS,FSRM
   profile=amd-zen3 copy_rep_min=512 ...".  Returns the length the whole
   line needs, as snprintf does.  */
size_t lm_tuning_describe (char *buf, size_t size);

#ifdef __cplusplus
}
#endif

#undef LM_RESTRICT
#endif /* LIBMEM_H */
