// bench-host.cc -- libmem against glibc, the bare string instructions and
// a byte loop, on the host, with Google Benchmark.
//
// Every function is called through a volatile function pointer, so the
// compiler can neither inline nor fold a call away; every case reports
// bytes per second, and bench/report.py turns one run's JSON into ratios
// (libmem / glibc, libmem / rep) measured side by side.

#include <benchmark/benchmark.h>

#include <gnu/libc-version.h>
#include <sys/mman.h>

#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <string>
#include <vector>

#include "libmem.h"
#include "x86_64/string-ops.h"

namespace {

using copy_fn = void *(*) (void *, const void *, size_t);
using set_fn = void *(*) (void *, int, size_t);
using cmp_fn = int (*) (const void *, const void *, size_t);

// The bare instructions libmem is built on.
void *
rep_copy (void *dst, const void *src, size_t n)
{
  lm_rep_movsb (dst, src, n);
  return dst;
}

void *
rep_move (void *dst, const void *src, size_t n)
{
  lm_rep_movsb_move (dst, src, n);
  return dst;
}

void *
rep_set (void *dst, int c, size_t n)
{
  lm_rep_stosb (dst, static_cast<uint8_t> (c), n);
  return dst;
}

int
rep_compare (const void *a, const void *b, size_t n)
{
  auto x = static_cast<const unsigned char *> (a);
  auto y = static_cast<const unsigned char *> (b);
  if (n == 0)
    return 0;
  __asm__ volatile ("repe cmpsb" : "+S" (x), "+D" (y), "+c" (n) : : "memory", "cc");
  return x[-1] - y[-1];
}

// The floor: one byte at a time.  The empty asm keeps the compiler from
// turning the loop back into a library call or vector code.
void *
byte_copy (void *dst, const void *src, size_t n)
{
  auto d = static_cast<unsigned char *> (dst);
  auto s = static_cast<const unsigned char *> (src);
  for (size_t i = 0; i < n; i++)
    {
      d[i] = s[i];
      __asm__ volatile ("" ::: "memory");
    }
  return dst;
}

void *
byte_move (void *dst, const void *src, size_t n)
{
  auto d = static_cast<unsigned char *> (dst);
  auto s = static_cast<const unsigned char *> (src);
  if (d <= s)
    return byte_copy (dst, src, n);
  for (size_t i = n; i > 0; i--)
    {
      d[i - 1] = s[i - 1];
      __asm__ volatile ("" ::: "memory");
    }
  return dst;
}

void *
byte_set (void *dst, int c, size_t n)
{
  auto d = static_cast<unsigned char *> (dst);
  for (size_t i = 0; i < n; i++)
    {
      d[i] = static_cast<unsigned char> (c);
      __asm__ volatile ("" ::: "memory");
    }
  return dst;
}

int
byte_compare (const void *a, const void *b, size_t n)
{
  auto x = static_cast<const unsigned char *> (a);
  auto y = static_cast<const unsigned char *> (b);
  for (size_t i = 0; i < n; i++)
    {
      if (x[i] != y[i])
        return x[i] - y[i];
      __asm__ volatile ("" ::: "memory");
    }
  return 0;
}

struct implementation
{
  const char *name;
  copy_fn copy, move;
  set_fn set;
  cmp_fn compare;
};

// volatile: the compiler must load each pointer at the call.
implementation *volatile impls;
const size_t impl_count = 4;

constexpr size_t max_size = size_t (64) << 20;
constexpr size_t slack = 2 * 4096;
unsigned char *region_a, *region_b;

unsigned char *
map_region (size_t bytes)
{
  void *p = mmap (nullptr, bytes, PROT_READ | PROT_WRITE,
                  MAP_PRIVATE | MAP_ANONYMOUS | MAP_POPULATE, -1, 0);
  if (p == MAP_FAILED)
    {
      perror ("mmap");
      exit (1);
    }
  memset (p, 0x5a, bytes);
  return static_cast<unsigned char *> (p);
}

void
finish (benchmark::State &state, size_t n)
{
  state.SetBytesProcessed (int64_t (state.iterations ()) * int64_t (n));
}

// memcpy from region_b + src_off to region_a + dst_off (page-aligned
// regions, so dst_off - src_off is the distance modulo 4096).
void
bench_copy (benchmark::State &state, size_t impl, size_t n, size_t dst_off,
            size_t src_off)
{
  unsigned char *d = region_a + dst_off, *s = region_b + src_off;
  for (auto _ : state)
    {
      impls[impl].copy (d, s, n);
      benchmark::ClobberMemory ();
    }
  finish (state, n);
}

// memmove within region_a, the destination GAP bytes after the source
// (negative: before).
void
bench_move (benchmark::State &state, size_t impl, size_t n, ptrdiff_t gap)
{
  unsigned char *s = region_a + 4096 + (gap < 0 ? size_t (-gap) : 0);
  unsigned char *d = s + gap;
  for (auto _ : state)
    {
      impls[impl].move (d, s, n);
      benchmark::ClobberMemory ();
    }
  finish (state, n);
}

void
bench_set (benchmark::State &state, size_t impl, size_t n)
{
  for (auto _ : state)
    {
      impls[impl].set (region_a, 0x11, n);
      benchmark::ClobberMemory ();
    }
  finish (state, n);
}

void
bench_compare (benchmark::State &state, size_t impl, size_t n, bool differ)
{
  memcpy (region_a, region_b, n);
  if (differ && n > 0)
    region_a[n - 1] ^= 1;
  int sink = 0;
  for (auto _ : state)
    {
      sink += impls[impl].compare (region_a, region_b, n);
      benchmark::DoNotOptimize (sink);
    }
  if (differ && n > 0)
    region_a[n - 1] ^= 1;
  finish (state, n);
}

std::vector<size_t>
sizes ()
{
  std::vector<size_t> v;
  for (size_t p = 1; p <= max_size; p *= 2)
    {
      v.push_back (p);
      // An odd size between powers of two: ragged heads and tails.
      if (p >= 4 && p < max_size)
        v.push_back (p + p / 2 + 1);
    }
  return v;
}

void
register_all ()
{
  using benchmark::RegisterBenchmark;
  for (size_t n : sizes ())
    for (size_t i = 0; i < impl_count; i++)
      {
        std::string impl = impls[i].name, size = "/" + std::to_string (n);
        // The byte loop is a floor for small sizes; past 1 MiB it would
        // only make the run long.
        if (impl == "byteloop" && n > (size_t (1) << 20))
          continue;
        RegisterBenchmark (("memcpy/" + impl + size).c_str (), bench_copy, i, n, 0, 0);
        RegisterBenchmark (("memcpy_misaligned/" + impl + size).c_str (), bench_copy,
                           i, n, 2048 + 5, 3);
        RegisterBenchmark (("memmove_forward/" + impl + size).c_str (), bench_move,
                           i, n, ptrdiff_t (-64));
        RegisterBenchmark (("memmove_backward_64/" + impl + size).c_str (),
                           bench_move, i, n, ptrdiff_t (64));
        RegisterBenchmark (("memmove_backward_half/" + impl + size).c_str (),
                           bench_move, i, n, ptrdiff_t (n / 2));
        RegisterBenchmark (("memset/" + impl + size).c_str (), bench_set, i, n);
        RegisterBenchmark (("memcmp_equal/" + impl + size).c_str (), bench_compare,
                           i, n, false);
        RegisterBenchmark (("memcmp_last/" + impl + size).c_str (), bench_compare,
                           i, n, true);
      }
  // The short-distance rows: destination 1, 16 or 64 bytes ahead of the
  // source modulo 4096, where rep movsb slows down on AMD Zen 3/4.
  for (size_t n : { size_t (4096), size_t (65536) })
    for (size_t distance : { 1, 16, 64 })
      for (size_t i = 0; i < impl_count; i++)
        {
          std::string impl = impls[i].name;
          if (impl == "byteloop")
            continue;
          RegisterBenchmark (("memcpy_distance" + std::to_string (distance) + "/"
                              + impl + "/" + std::to_string (n)).c_str (),
                             bench_copy, i, n, distance, 0);
        }
}

} // namespace

int
main (int argc, char **argv)
{
  static implementation table[] = {
    { "libmem", lm_memcpy, lm_memmove, lm_memset, lm_memcmp },
    { "glibc", memcpy, memmove, memset, memcmp },
    { "rep", rep_copy, rep_move, rep_set, rep_compare },
    { "byteloop", byte_copy, byte_move, byte_set, byte_compare },
  };
  impls = table;
  region_a = map_region (2 * max_size + slack);
  region_b = map_region (max_size + slack);

  benchmark::Initialize (&argc, argv);
  if (benchmark::ReportUnrecognizedArguments (argc, argv))
    return 1;
  benchmark::AddCustomContext ("libmem_cpu_features",
                               std::to_string (lm_cpu_features ()));
  benchmark::AddCustomContext ("glibc", gnu_get_libc_version ());
  register_all ();
  benchmark::RunSpecifiedBenchmarks ();
  benchmark::Shutdown ();
  return 0;
}
