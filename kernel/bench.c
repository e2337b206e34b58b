/* bench.c -- "bench" on the command line: libmem and the bare string
   instructions timed with the TSC, inside the kernel ("bench=quick" for a
   short run over a few sizes).

   Each figure is the minimum over several samples of a batch of calls,
   with the cost of reading the clock subtracted.  The clock reads are
   ordered so the timed calls neither start early nor finish late, with
   what this CPU has (see choose_clock).  One machine-readable line per
   figure:
     BENCH fn=memcpy impl=libmem size=4096 cycles=61.5 bytes_per_cycle=66.60
   bench/report.py turns them into CSV.  */

#include <stdint.h>

#include "arch/x86_64/cpu.h"
#include "arch/x86_64/cpuinfo.h"
#include "cmdline.h"
#include "kernel.h"
#include "kprintf.h"
#include "libmem.h"
#include "mem.h"
#include "x86_64/cpuid.h"
#include "x86_64/string-ops.h"

/* The full run's and the quick run's largest size and samples.  */
enum { FULL_MAX_SIZE = 4 << 20, FULL_SAMPLES = 15,
       QUICK_MAX_SIZE = 64 << 10, QUICK_SAMPLES = 3 };
static size_t max_size;
static int samples;

typedef void *copy_fn (void *, const void *, size_t);
typedef void *set_fn (void *, int, size_t);
typedef int cmp_fn (const void *, const void *, size_t);

static void *
rep_copy (void *dst, const void *src, size_t n)
{
  lm_rep_movsb (dst, src, n);
  return dst;
}

static void *
rep_set (void *dst, int c, size_t n)
{
  lm_rep_stosb (dst, (uint8_t) c, n);
  return dst;
}

static void *
rep_move (void *dst, const void *src, size_t n)
{
  lm_rep_movsb_move (dst, src, n);
  return dst;
}

/* Through volatile pointers, so no call is inlined or folded.  */
static copy_fn *volatile libmem_copy = memcpy, *volatile libmem_move = memmove;
static set_fn *volatile libmem_set = memset;
static cmp_fn *volatile libmem_cmp = memcmp;
static copy_fn *volatile bare_copy = rep_copy, *volatile bare_move = rep_move;
static set_fn *volatile bare_set = rep_set;

/* How the TSC is read around the timed code.  RDTSCP waits for every
   earlier instruction; where it is missing (QEMU's default qemu64 model,
   core2duo, Nehalem, Opteron_G1...) a fence before RDTSC does that job.
   LFENCE is that fence on Intel, and on AMD from family 19h or where
   CPUID says it is dispatch-serialising; older AMD parts get MFENCE, as
   Linux's rdtsc_ordered chooses.  A fence after the read keeps the timed
   code from starting before it.  */
enum clock_kind { CLOCK_RDTSCP, CLOCK_LFENCE_RDTSC, CLOCK_MFENCE_RDTSC };
static enum clock_kind clock_kind;
static const char *const clock_names[] = {
  [CLOCK_RDTSCP] = "rdtscp", [CLOCK_LFENCE_RDTSC] = "lfence+rdtsc",
  [CLOCK_MFENCE_RDTSC] = "mfence+rdtsc",
};

static void
choose_clock (void)
{
  clock_kind = cpu.rdtscp ? CLOCK_RDTSCP
               : cpu.lfence_serialising ? CLOCK_LFENCE_RDTSC
               : CLOCK_MFENCE_RDTSC;
}

static inline uint64_t
tsc (uint32_t lo, uint32_t hi)
{
  return (uint64_t) hi << 32 | lo;
}

static inline uint64_t
clock_start (void)
{
  uint32_t lo, hi;
  if (clock_kind == CLOCK_MFENCE_RDTSC)
    __asm__ volatile ("mfence; rdtsc; mfence" : "=a" (lo), "=d" (hi) : : "memory");
  else
    __asm__ volatile ("lfence; rdtsc; lfence" : "=a" (lo), "=d" (hi) : : "memory");
  return tsc (lo, hi);
}

static inline uint64_t
clock_stop (void)
{
  uint32_t lo, hi, aux;
  switch (clock_kind)
    {
    case CLOCK_RDTSCP:
      __asm__ volatile ("rdtscp; lfence" : "=a" (lo), "=d" (hi), "=c" (aux) : : "memory");
      break;
    case CLOCK_LFENCE_RDTSC:
      __asm__ volatile ("lfence; rdtsc; lfence" : "=a" (lo), "=d" (hi) : : "memory");
      break;
    default:
      __asm__ volatile ("mfence; rdtsc; mfence" : "=a" (lo), "=d" (hi) : : "memory");
      break;
    }
  return tsc (lo, hi);
}

static uint64_t clock_overhead;

enum op { COPY, MOVE_BACK_64, MOVE_BACK_HALF, SET, CMP_EQUAL };

struct subject
{
  const char *fn, *impl;
  enum op op;
  copy_fn *volatile *copy;
  set_fn *volatile *set;
  cmp_fn *volatile *cmp;
  /* Its own copy of the timed loop (MEASURE).  */
  uint64_t (*measure) (const struct subject *, size_t);
};

static unsigned char *area_a, *area_b;

static void
run_once (const struct subject *s, size_t n)
{
  switch (s->op)
    {
    case COPY:
      (*s->copy) (area_a, area_b, n);
      break;
    case MOVE_BACK_64:
      (*s->copy) (area_a + 64, area_a, n);
      break;
    case MOVE_BACK_HALF:
      (*s->copy) (area_a + n / 2, area_a, n);
      break;
    case SET:
      (*s->set) (area_a, 0x11, n);
      break;
    case CMP_EQUAL:
      (*s->cmp) (area_a, area_b, n);
      break;
    }
}

/* Cycles per call: the best of SAMPLES batches, clock cost removed.  */
static inline __attribute__ ((always_inline)) uint64_t
measure_x100 (const struct subject *s, size_t n)
{
  size_t batch = n >= 4096 ? 1 : 4096 / (n ? n : 1);
  if (batch > 256)
    batch = 256;
  if (s->op == CMP_EQUAL)
    memcpy (area_a, area_b, n);
  for (int w = 0; w < 3; w++)
    run_once (s, n);
  uint64_t best = UINT64_MAX;
  for (int i = 0; i < samples; i++)
    {
      uint64_t t0 = clock_start ();
      for (size_t k = 0; k < batch; k++)
        run_once (s, n);
      uint64_t t = clock_stop () - t0;
      t = t > clock_overhead ? t - clock_overhead : 0;
      if (t < best)
        best = t;
    }
  return best * 100 / batch;
}

/* The timed loop once per subject, each with call sites of its own: on
   the host, one indirect call shared by every function made each of
   them two or three cycles a call slower once it had gone to another
   (bench/bench-host.cc, call_sites).  The empty asm tells the copies
   apart, so that GCC does not fold them back into one.  */
#define MEASURE(i)                                                      \
  static __attribute__ ((noinline)) uint64_t                            \
  measure_##i (const struct subject *s, size_t n)                       \
  {                                                                     \
    __asm__ volatile ("" : : "i" (i));                                  \
    return measure_x100 (s, n);                                         \
  }
MEASURE (0) MEASURE (1) MEASURE (2) MEASURE (3) MEASURE (4)
MEASURE (5) MEASURE (6) MEASURE (7) MEASURE (8)

static void
report (const struct subject *s, size_t n)
{
  uint64_t c = s->measure (s, n);
  uint64_t bpc = c ? (uint64_t) n * 10000 / c : 0;
  kprintf ("BENCH fn=%s impl=%s size=%zu cycles=%llu.%02llu "
           "bytes_per_cycle=%llu.%02llu\n", s->fn, s->impl, n,
           (unsigned long long) (c / 100), (unsigned long long) (c % 100),
           (unsigned long long) (bpc / 100), (unsigned long long) (bpc % 100));
}

static void
calibrate_clock (void)
{
  clock_overhead = UINT64_MAX;
  for (int i = 0; i < 1000; i++)
    {
      uint64_t t0 = clock_start ();
      uint64_t t = clock_stop () - t0;
      if (t < clock_overhead)
        clock_overhead = t;
    }
}

/* The TSC rate in kHz from CPUID (leaf 0x15 or 0x16, or the hypervisor
   leaf 0x40000010), else measured against the PIT; 0 if unknown.  */
static uint64_t
tsc_khz (const char **source)
{
  uint32_t max = lm_cpuid_max (0);
  if (max >= 0x15)
    {
      struct lm_cpuid r = lm_cpuid (0x15, 0);
      if (r.eax && r.ebx && r.ecx)
        {
          *source = "CPUID leaf 0x15";
          return (uint64_t) r.ecx * r.ebx / r.eax / 1000;
        }
    }
  if (max >= 0x16 && (lm_cpuid (0x16, 0).eax & 0xFFFF))
    {
      *source = "CPUID leaf 0x16";
      return (uint64_t) (lm_cpuid (0x16, 0).eax & 0xFFFF) * 1000;
    }
  if (cpu.hypervisor[0] && lm_cpuid (0x40000000, 0).eax >= 0x40000010
      && lm_cpuid (0x40000010, 0).eax)
    {
      *source = "hypervisor CPUID leaf 0x40000010";
      return lm_cpuid (0x40000010, 0).eax;
    }
  /* PIT channel 2, gate on, speaker off, one-shot for 11932 ticks of its
     1193182 Hz clock: 10 ms.  */
  outb (0x61, (uint8_t) ((inb (0x61) & ~0x02) | 0x01));
  outb (0x43, 0xB0);
  outb (0x42, 11932 & 0xFF);
  outb (0x42, 11932 >> 8);
  uint64_t t0 = clock_start ();
  for (uint64_t spins = 0; !(inb (0x61) & 0x20); spins++)
    if (spins > 100000000)
      return 0;
  *source = "PIT calibration";
  return (clock_stop () - t0) / 10;
}

static const struct subject subjects[] = {
  { "memcpy", "libmem", COPY, &libmem_copy, 0, 0, measure_0 },
  { "memcpy", "rep", COPY, &bare_copy, 0, 0, measure_1 },
  { "memmove_backward_64", "libmem", MOVE_BACK_64, &libmem_move, 0, 0, measure_2 },
  { "memmove_backward_64", "rep", MOVE_BACK_64, &bare_move, 0, 0, measure_3 },
  { "memmove_backward_half", "libmem", MOVE_BACK_HALF, &libmem_move, 0, 0,
    measure_4 },
  { "memmove_backward_half", "rep", MOVE_BACK_HALF, &bare_move, 0, 0, measure_5 },
  { "memset", "libmem", SET, 0, &libmem_set, 0, measure_6 },
  { "memset", "rep", SET, 0, &bare_set, 0, measure_7 },
  { "memcmp_equal", "libmem", CMP_EQUAL, 0, 0, &libmem_cmp, measure_8 },
};

/* Why this run's cycles do not describe the processor, or NULL when they
   do.  A 4 KiB copy takes well under 10,000 cycles on any x86_64 CPU; a
   hypervisor that traps every guest memory access (kvm-pvm, or shadow
   paging gone wrong) takes millions.  */
static const char *
not_hardware_because (void)
{
  if (cpu_is_emulated ())
    return "QEMU TCG emulates the CPU: cycles describe QEMU, not a processor";
  if (subjects[0].measure (&subjects[0], 4096) / 100 > 1000000)
    return "a 4 KiB copy took over a million cycles: the hypervisor traps "
           "memory accesses";
  if (!cpu.invariant_tsc)
    return "the TSC is not invariant: it may tick with the core's clock";
  return NULL;
}

bool
bench_run (const struct boot_info *info)
{
  bool quick = cmdline_is (info->cmdline, "bench", "quick");
  max_size = quick ? QUICK_MAX_SIZE : FULL_MAX_SIZE;
  samples = quick ? QUICK_SAMPLES : FULL_SAMPLES;
  area_a = scratch_memory (info, 4 * max_size);
  if (!area_a)
    {
      kprintf ("bench: needs %zu KiB of free RAM above 16 MiB (boot with "
               "-m 64M or more)\n", (4 * max_size) >> 10);
      return false;
    }
  area_b = area_a + 2 * max_size + 4096;
  memset (area_a, 0x5a, 4 * max_size);

  choose_clock ();
  const char *source = "unknown";
  uint64_t khz = tsc_khz (&source);
  calibrate_clock ();
  const char *why = not_hardware_because ();
  kprintf ("BENCH-INFO vendor=%s family=0x%x model=0x%x stepping=%u "
           "brand=\"%s\" hypervisor=%s emulated=%s clock=%s invariant_tsc=%s "
           "tsc_khz=%llu tsc_source=\"%s\" clock_overhead=%llu features=%u "
           "hardware=%s why=\"%s\" mode=%s\n",
           cpu.vendor, cpu.family, cpu.model, cpu.stepping, cpu.brand,
           cpu.hypervisor[0] ? cpu.hypervisor : "none",
           cpu_is_emulated () ? "yes" : "no", clock_names[clock_kind],
           cpu.invariant_tsc ? "yes" : "no", (unsigned long long) khz, source,
           (unsigned long long) clock_overhead, lm_cpu_features (),
           why ? "no" : "yes", why ? why : "", quick ? "quick" : "full");
  if (why)
    kprintf ("bench: these figures do not describe the hardware: %s.\n", why);

  /* The host benchmark's sizes: powers of two, and an odd size between
     each pair; the quick run takes every fourth power of two.  */
  for (size_t i = 0; i < sizeof subjects / sizeof subjects[0]; i++)
    for (size_t p = 1; p <= max_size; p *= quick ? 16 : 2)
      {
        report (&subjects[i], p);
        if (!quick && p >= 4 && p < max_size)
          report (&subjects[i], p + p / 2 + 1);
      }
  kprintf ("BENCH-END\n");
  return true;
}
