// bench-host.cc -- libmem against glibc, musl, the bare string
// instructions and a byte loop, and against itself with each of its
// strategies forced, on the host, with Google Benchmark.
//
// Every function is called through a volatile function pointer, so the
// compiler can neither inline nor fold a call away; every case reports
// bytes per second, and bench/report.py turns one run's JSON into ratios
// measured side by side: libmem / glibc, and libmem's "regret", its time
// over the fastest SIMD-free alternative (a forced strategy, bare rep,
// musl).

#include <benchmark/benchmark.h>

#include <gnu/libc-version.h>
#include <sys/mman.h>

#include <algorithm>
#include <array>
#include <chrono>
#include <cmath>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <numeric>
#include <random>
#include <string>
#include <utility>
#include <vector>

extern "C" {
#include "impl.h"
}
#include "libmem.h"
#include "x86_64/string-ops.h"

#ifdef HAVE_MUSL
extern "C" {
void *musl_memcpy (void *, const void *, size_t);
void *musl_memmove (void *, const void *, size_t);
void *musl_memset (void *, int, size_t);
int musl_memcmp (const void *, const void *, size_t);
}
#endif

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
  return n == 0 ? 0 : lm_repe_cmpsb (a, b, n);
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
  std::string name;
  copy_fn copy, move;
  set_fn set;
  cmp_fn compare;
  // libmem with this tuning forced while the benchmark runs, or null.
  const struct lm_tuning *forced;
};

// volatile: the compiler must load each pointer at the call.
implementation *volatile impls;
size_t impl_count;

// Each implementation is called from call sites of its own (one
// instance of each loop per slot in the table).  With one indirect call
// shared by all of them, every function ran 2-3 cycles a call slower once
// the site had called another, for the rest of the process, presumably
// as the branch predictor went from a single target to a slower
// prediction of several (Zen 4, make bench's rounds: libmem's memset of
// 8 B 1.36 ns alone and 2.17 beside bare rep stosb, memcmp of 1 B 1.63
// and 2.17; with a site each, 1.36 and 1.63 beside all the others).  Rows
// at 1-32 B then compared which function a site had seen first, and the
// fixed-size loop, which runs them one after another, disagreed with the
// rounds.  A caller of memcpy has a call site that only calls memcpy.
// The calls stay indirect through a volatile pointer, so that the
// compiler can neither inline nor fold them.  One slot each for
// libmem, glibc, musl, bare rep and the byte loop, for each of
// libmem's other tunings, and for make tune's own two (tune_impl_name,
// no_prefetch_name).
constexpr size_t call_sites = 5 + LM_TUNING_VARIANTS - 1 + 2;

// An array of MAKE's result for each slot I, called with
// std::integral_constant<size_t, I>: one template instance per slot.
template <typename Make, size_t... Slot>
constexpr auto
per_slot (Make make, std::index_sequence<Slot...>)
{
  return std::array { make (std::integral_constant<size_t, Slot> ())... };
}

// Forces an implementation's tuning for one benchmark, and restores
// libmem's own afterwards.
struct forced_tuning
{
  struct lm_tuning saved = lm_tuning;
  explicit forced_tuning (size_t impl)
  {
    if (impls[impl].forced)
      lm_tuning = *impls[impl].forced;
  }
  ~forced_tuning () { lm_tuning = saved; }
};

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

// A case: which function, and where it writes and reads.
enum class op { copy, move, set, compare };

struct bench_case
{
  std::string name;
  op kind;
  size_t dst_off, src_off; // copy: region_a + dst_off from region_b + src_off
                           // (page-aligned regions, so dst_off - src_off is
                           // the distance modulo 4096)
  ptrdiff_t gap;           // move, within region_a: the destination GAP
                           // bytes after the source (negative: before; 0:
                           // half the size)
  bool differ;             // compare: the last byte differs
  bool all_strategies;     // also run with every libmem strategy forced
  bool byte_loop;          // also run the byte loop (up to 1 MiB)
};

// Where case C at N bytes writes and reads.
struct buffers
{
  unsigned char *dst;
  const unsigned char *src;
};

buffers
case_buffers (const bench_case &c, size_t n)
{
  if (c.kind == op::move)
    {
      ptrdiff_t gap = c.gap != 0 ? c.gap : ptrdiff_t (n / 2);
      unsigned char *src = region_a + 4096 + (gap < 0 ? size_t (-gap) : 0);
      return { src + gap, src };
    }
  return { region_a + c.dst_off, region_b + c.src_off };
}

// memcmp's buffers: equal, then with the last byte different if the case
// asks; called again afterwards, it undoes the difference.
void
compare_buffers (const bench_case &c, size_t n, bool before)
{
  if (before)
    memcpy (region_a, region_b, n);
  if (c.differ && n > 0)
    region_a[n - 1] ^= 1;
}


// Random sizes and alignments, as real callers mix them (struct copies,
// packets, pages): a fixed, seeded list, weighted to small sizes, so the
// branch predictor cannot learn one size.  45% are 0-16 bytes, 30%
// 17-64, 15% 65-256, 7% 257-1024 and 3% 1025-4096; successive calls move
// through 128 KiB of each region.  Destination and source each lie
// anywhere in the first 4 KiB of their slot, so that their distance
// modulo 4096 is spread as between unrelated buffers, as in glibc's
// bench-memcpy-random.  (With both at 0-63 bytes, every copy was within
// 63 bytes of the other buffer modulo 4096, the short distances that
// slow rep movs on Zen 4 and that the memcpy_distance rows measure
// apart: a scratch loop copying 193 bytes with rep movsq took 25-36 TSC
// cycles there, 86 with the destination 5-8 bytes ahead, and 14.6 with
// the two 2 KiB apart.  With the destination alone at 0-63 bytes, the
// sixteen slots 8 KiB apart met in the same few cache sets, more than
// the L1's ways: on Zen 5, a scratch loop over 64-byte memsets took
// libmem 11.0 TSC cycles a call, and 4.3 with destinations spread.)
//
// The list is long enough that the branch predictor cannot learn it
// either.  Zen 5 learned a list of 4096 calls: in a scratch loop of
// memsets, libmem took 7.4 TSC cycles a call over 4096 calls, 12.7 over
// 8192, 19.8 over 16384, and 23.7-24.6 from 32768 on, where bare rep
// stosb took 10.3-11.4 throughout; make bench's rounds over the 4096,
// between other implementations' passes, read 13.
struct random_call
{
  uint32_t size, dst, src;
};
constexpr size_t random_calls = 65536;
std::vector<random_call> random_list;

void
make_random_list ()
{
  uint64_t x = 0x9e3779b97f4a7c15u;
  auto next = [&x] (uint32_t bound) {
    x ^= x >> 12, x ^= x << 25, x ^= x >> 27;
    return uint32_t ((x * 0x2545f4914f6cdd1du) >> 33) % bound;
  };
  static const struct { uint32_t percent, lo, hi; } classes[] = {
    { 45, 0, 16 }, { 30, 17, 64 }, { 15, 65, 256 }, { 7, 257, 1024 },
    { 3, 1025, 4096 },
  };
  for (size_t i = 0; i < random_calls; i++)
    {
      uint32_t pick = next (100), size = 0;
      for (const auto &c : classes)
        {
          if (pick < c.percent)
            {
              size = c.lo + next (c.hi - c.lo + 1);
              break;
            }
          pick -= c.percent;
        }
      uint32_t slot = uint32_t (i % 16) * 8192;
      random_list.push_back ({ size, slot + next (4096), slot + next (4096) });
    }
}

void
finish_random (benchmark::State &state)
{
  int64_t bytes = 0;
  for (const auto &c : random_list)
    bytes += c.size;
  state.SetBytesProcessed (int64_t (state.iterations ()) * bytes);
}

// One pass over the random list with implementation IMPL; memcmp's
// results summed, so that they are used.  One instance per
// implementation, so that each call site only ever calls one function
// (see call_sites).
template <size_t Impl>
int
random_pass_from (op kind)
{
  const implementation &f = impls[Impl];
  // The function and the regions in registers, as in call_batch_from:
  // read from memory after each call, the function's pointer could wait
  // for the stores of the call before, and how likely that was depended
  // on where its slot of the table lay (memset's list: libmem 5.9 ns,
  // libmem with the same tuning forced from another slot 5.2).
  unsigned char *const a = region_a;
  const unsigned char *const b = region_b;
  int sink = 0;
  switch (kind)
    {
    case op::copy:
    case op::move:
      {
        auto copy = f.copy;
        for (const auto &c : random_list)
          copy (a + c.dst, b + c.src, c.size);
        break;
      }
    case op::set:
      {
        auto set = f.set;
        for (const auto &c : random_list)
          set (a + c.dst, 0x11, c.size);
        break;
      }
    case op::compare:
      {
        // Equal buffers (random_equalize): memcmp reads every byte.
        auto compare = f.compare;
        for (const auto &c : random_list)
          sink += compare (a + c.dst, b + c.dst, c.size);
        break;
      }
    }
  return sink;
}

int
random_pass (op kind, size_t impl)
{
  static constexpr auto sites
    = per_slot ([] (auto slot) { return &random_pass_from<slot>; },
                std::make_index_sequence<call_sites> ());
  return sites[impl] (kind);
}

void
random_equalize ()
{
  memcpy (region_a, region_b, 16 * 8192 + 4096 + 64);
}

void
bench_random (benchmark::State &state, op kind, size_t impl)
{
  forced_tuning tuning (impl);
  if (kind == op::compare)
    random_equalize ();
  int sink = 0;
  for (auto _ : state)
    {
      sink += random_pass (kind, impl);
      benchmark::DoNotOptimize (sink);
      benchmark::ClobberMemory ();
    }
  finish_random (state);
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

// Regret is measured in paired rounds.  These machines are shared: the
// same code at the same size reads fast or about 2x slow for seconds at a
// time, and from 2 MiB, where the L3 and DRAM are shared too, a call's
// time drifts by 10-30%.  The fastest of a few repetitions of libmem and
// of another implementation can then come from different weather, and in
// one run 10 repetitions of a 97-byte copy all landed in a slow spell
// (8.4 ns, against 4.6 in the next run).  So each round times a short
// batch of calls of every implementation in turn, in an order shuffled
// afresh each round, and a round's ratios compare batches a few
// microseconds (from 2 MiB, milliseconds) apart.  (An order that only
// rotated kept each implementation behind the same predecessor, and
// from 4 MiB that alone moved a ratio: libmem's memmove 64 bytes down,
// the very rep movsb the bare implementation runs, read 0.89-1.23 of its
// time over five processes, and 0.99-1.01 shuffled.)  The counters are
// each implementation's median time per call and, for each other
// implementation X, "vs_X": the median over rounds of libmem's time over
// X's, with a 95% confidence interval for it (vs_X_lo, vs_X_hi).  (Not
// libmem over the faster of the others in each round: the minimum of
// several equally noisy times is biased low.)  --rounds=N sets the number
// of rounds; 0 leaves the rounds out, and with them every size from
// 2 MiB, which only they time.
constexpr size_t large_size = size_t (2) << 20;
int rounds = 30;

// --tune (make tune): also the rows only make tune reads: the backward
// moves at fixed gaps from which move_chunk_min is found, aligned
// copies of ragged sizes by rep movsb with and without its ragged end
// stored from registers, from which movsb_words_max is (tune_impl_name),
// bare rep movsb's moves 64 bytes down and between buffers apart,
// from which move_piece_max is, and the backward register loop without
// its prefetch in memmove_backward_64's rounds (no_prefetch_name), from
// which move_prefetch_min is.
bool tune_cases = false;

// make tune's own implementation: rep movsb above 64 bytes, as the
// forced "rep movsb/stosb/cmpsb above 64 B", but with the ragged end
// always stored from registers (movsb_words_max SIZE_MAX).  It runs only
// the memcpy_ragged rows, never the rounds or the random lists.
const std::string tune_impl_name = "tune:rep-movsb-ragged-end-in-registers";

// make tune's other: the register loops, forced, with the backward
// loop's prefetch off (move_prefetch_min SIZE_MAX), beside the register
// loops forced as they are (the prefetch from LM_MOVE_PREFETCH_MIN) in
// the paired rounds of memmove_backward_64 only.
const std::string no_prefetch_name = "tune:register-loops-without-prefetch";

// Whether IMPL is one of make tune's own, which run only where it reads
// them.
bool
tune_only (const std::string &impl)
{
  return impl.rfind ("tune:", 0) == 0;
}

int compare_sink;

// COUNT calls of implementation IMPL for case C at N bytes, from the
// implementation's own call sites (call_sites).  The loops
// keep everything in registers: a load from the harness's own memory
// after the function's stores can be held up as if it depended on them
// when their addresses agree modulo 4096 (with the case descriptor
// reloaded in the loop, a 32-byte memset read 3.7 ns here against 1.6).
template <size_t Impl>
void
call_batch_from (const bench_case &c, size_t n, size_t count)
{
  const implementation &f = impls[Impl];
  forced_tuning tuning (Impl);
  // Returned, not written through pointers: locals whose address has
  // escaped are reloaded from the stack after every call the loop makes.
  auto [d, s] = case_buffers (c, n);
  switch (c.kind)
    {
    case op::copy:
      for (auto copy = f.copy; count > 0; count--)
        {
          copy (d, s, n);
          benchmark::ClobberMemory ();
        }
      break;
    case op::move:
      for (auto move = f.move; count > 0; count--)
        {
          move (d, s, n);
          benchmark::ClobberMemory ();
        }
      break;
    case op::set:
      for (auto set = f.set; count > 0; count--)
        {
          set (d, 0x11, n);
          benchmark::ClobberMemory ();
        }
      break;
    case op::compare:
      {
        int sink = 0;
        for (auto compare = f.compare; count > 0; count--)
          {
            sink += compare (d, s, n);
            benchmark::DoNotOptimize (sink);
          }
        compare_sink += sink;
        break;
      }
    }
}

void
call_batch (const bench_case &c, size_t impl, size_t n, size_t count)
{
  static constexpr auto sites
    = per_slot ([] (auto slot) { return &call_batch_from<slot>; },
                std::make_index_sequence<call_sites> ());
  sites[impl] (c, n, count);
}

// Calls of case C at N bytes in a batch: about 16 us, long against the
// clock's own cost (some 20 ns).
size_t
batch_count (size_t n)
{
  return std::max (size_t (1), size_t (16000 / (2 + n / 16)));
}

// Case C at N bytes in batches of calls, the loop the rounds time too; the
// fastest repetition counts (bench/report.py).
void
bench_fixed (benchmark::State &state, size_t impl, const bench_case *c,
             size_t n)
{
  size_t count = batch_count (n);
  if (c->kind == op::compare)
    compare_buffers (*c, n, true);
  while (state.KeepRunningBatch (count))
    call_batch (*c, impl, n, count);
  if (c->kind == op::compare)
    compare_buffers (*c, n, false);
  finish (state, n);
}

double
median (std::vector<double> v)
{
  std::sort (v.begin (), v.end ());
  size_t m = v.size () / 2;
  return v.size () % 2 ? v[m] : (v[m - 1] + v[m]) / 2;
}

// A 95% confidence interval for the median of the population V was drawn
// from, with no assumption about its shape: the K-th smallest and K-th
// largest of V, for the largest K with P(Binomial (|V|, 1/2) < K) <= 2.5%
// (for 30 rounds, the 10th and the 21st).
std::pair<double, double>
median_interval (std::vector<double> v)
{
  std::sort (v.begin (), v.end ());
  size_t n = v.size (), k = 0;
  double p = std::pow (0.5, double (n)), below = p; // P(X <= k)
  for (size_t x = 1; below <= 0.025 && x < n / 2; x++)
    {
      k = x;
      p *= double (n - x + 1) / double (x);
      below += p;
    }
  if (k == 0)
    return { v.front (), v.back () };
  return { v[k - 1], v[n - k] };
}

// The path of copy.c's backward register loop, NAME, over N bytes under
// tuning T: with the prefetch from move_prefetch_min or without.
std::string
backward_loop_path (const struct lm_tuning &t, const char *name, size_t n)
{
  bool prefetch = n >= t.move_prefetch_min && n < LM_MOVE_PREFETCH_END;
  return std::string (name) + (prefetch ? "-prefetch" : "");
}

// The path memcpy.c's copy_forward takes under tuning T.  Paths that run
// the same instruction from different places keep different names.
std::string
forward_path (const struct lm_tuning &t, const unsigned char *d,
              const unsigned char *s, size_t n, bool backward_ok)
{
  auto movsb = [&] (const unsigned char *to, size_t len) {
    return std::string (lm_movsb_words_apply (to, len, t.movsb_words_max)
                        ? "movsb-words" : "movsb");
  };
  auto band_movsb = [&] (size_t len) {
    return std::string (len >= t.copy_piece_min && t.copy_piece_max != 0
                        && (len <= t.copy_piece_max || lm_near (d, s))
                        ? "band-pieces" : "band-movsb");
  };
  auto band = [&] (size_t head) {
    return (n >= t.near_loop_min && lm_near (d, s))
           || (n >= t.skew_loop_min && n <= t.skew_loop_max
               && lm_skewed (d, s))
           ? std::string ("band-loop") : band_movsb (n - head);
  };
  if (t.alias_guard && lm_in_alias_window (d, s))
    return backward_ok ? backward_loop_path (t, "alias-loop", n)
                       : "alias-forward-loop";
  if (n < t.copy_rep_min)
    return n < LM_SHORT_MOVSQ_END && n <= t.movsq_max ? "short-movsq"
                                                        : "loop";
  if ((uintptr_t (d) & 63) == 0 && t.erms)
    {
      if (n > t.movsb_words_max && n >= t.band_min)
        return n >= t.near_loop_min && lm_near (d, s)
               ? "aligned-near-loop" : "aligned-" + band_movsb (n);
      return "aligned-" + movsb (d, n);
    }
  if (!t.erms || (n <= t.movsq_max && (uintptr_t (d) & 7) != 0))
    return "movsq";
  if (backward_ok)
    {
      size_t head = 64 - (uintptr_t (d) & 63);
      return "head-" + (n >= t.band_min ? band (head)
                                        : movsb (d + head, n - head));
    }
  return n >= t.band_min ? band (0) : "movsb";
}

// The path case C at N bytes takes under tuning T, following the tests
// memcpy.c, memset.c and memcmp.c make at that size on this case's
// buffers ("": one that consults no tuning).  Two tunings with the same
// path run the same code, and timing the second would only add noise to
// the regret, the worst over the alternatives: where memset of 49 bytes
// runs the same stores under every tuning, libmem took 1.63 or 1.90 ns
// from one process to the next, and so did the same code forced, each in
// its own call site (Zen 4).  This mirrors libmem's dispatch, so a
// change there belongs here too; a path named wrongly as another one
// only hides a tuning from the regret if it is faster.
std::string
strategy_path (const struct lm_tuning &t, const bench_case &c, size_t n)
{
  auto [d, s] = case_buffers (c, n);
  switch (c.kind)
    {
    case op::copy:
      return n > 2 * LM_SMALL_MAX ? forward_path (t, d, s, n, true) : "";
    case op::move:
      {
        size_t gap = uintptr_t (d) - uintptr_t (s);
        bool alias = t.alias_guard && lm_in_alias_window (d, s);
        bool apart = uintptr_t (s) - uintptr_t (d) >= n;
        if (n > LM_SMALL_MAX && n <= 2 * LM_SMALL_MAX && gap >= n && !apart
            && lm_short_move_by_rep (&t, d, s, n))
          return "short-movsb";
        if (n <= 2 * LM_SMALL_MAX || gap == 0)
          return "";
        if (gap >= n && n < LM_SHORT_MOVSQ_END
            && ((n <= t.movsq_max && !alias)
                || (!apart && n <= t.move_movsq_max)))
          return "short-movsq";
        if (gap >= n && !apart && n > t.move_piece_max && n < t.band_min
            && !alias)
          return "move-pieces-" + std::to_string (t.move_piece_max);
        if (gap >= n)
          return forward_path (t, d, s, n, apart);
        if (n >= t.copy_rep_min && gap >= t.move_chunk_min && !alias)
          return t.erms ? "chunks-movsb" : "chunks-movsq";
        return backward_loop_path (t, "backward-loop", n);
      }
    case op::set:
      if (n <= LM_SET_SMALL_MAX)
        return "";
      if (n <= t.set_short_rep_max)
        return "stosb";
      if (n <= 128 && n < t.set_rep_min)
        return "";
      if (n < t.set_rep_min)
        return "loop";
      if (t.erms && n >= t.set_piece_min && n <= t.set_piece_max)
        return "stosb-pieces";
      return t.erms ? "stosb" : "stosq";
    case op::compare:
      return n > 16 && n >= t.cmp_rep_min && n <= t.cmp_rep_max ? "cmpsb"
                                                                 : "";
    }
  return "";
}

// BATCH (K) makes K calls: the time per call of COUNT of them, after
// WARM untimed.
template <typename Batch>
double
timed_batch (Batch batch, size_t warm, size_t count)
{
  batch (warm);
  auto start = std::chrono::steady_clock::now ();
  batch (count);
  std::chrono::duration<double, std::nano> d
    = std::chrono::steady_clock::now () - start;
  return d.count () / double (count);
}

// The paired rounds of the implementations WHO (libmem among them):
// TIME (i) runs one batch of impls[i] and gives its time per call.  The
// counters go to STATE.
template <typename Time>
void
paired_rounds (benchmark::State &state, const std::vector<size_t> &who,
               Time time)
{
  std::vector<std::vector<double>> ns (who.size ()), vs (who.size ());
  size_t mine = 0;
  while (impls[who[mine]].name != "libmem")
    mine++;
  size_t round = 0;
  std::vector<size_t> order (who.size ());
  std::iota (order.begin (), order.end (), 0);
  std::minstd_rand shuffle_rng (1);
  for (auto _ : state)
    {
      std::vector<double> t (who.size ());
      std::shuffle (order.begin (), order.end (), shuffle_rng);
      for (size_t j : order)
        t[j] = time (who[j]);
      // The first round warms the buffers and the code.
      if (round++ == 0)
        continue;
      for (size_t j = 0; j < who.size (); j++)
        {
          ns[j].push_back (t[j]);
          vs[j].push_back (t[mine] / t[j]);
        }
    }
  for (size_t j = 0; j < who.size () && !ns[j].empty (); j++)
    {
      const std::string &name = impls[who[j]].name;
      state.counters[name] = median (ns[j]);
      if (j != mine)
        {
          auto [lo, hi] = median_interval (vs[j]);
          state.counters["vs_" + name] = median (vs[j]);
          state.counters["vs_" + name + "_lo"] = lo;
          state.counters["vs_" + name + "_hi"] = hi;
        }
    }
}

void
bench_rounds (benchmark::State &state, const bench_case *c, size_t n)
{
  // libmem, glibc, musl, bare rep, and each forced strategy that can take
  // another path at this size than libmem and the ones before it; under
  // --tune, also the ones make tune reads by name, whoever else takes
  // their path (bench/report.py: near_start, move_movsq_limit,
  // prefetch_start, and for fills and moves below 129 bytes
  // short_rep_limit).
  std::vector<size_t> who;
  std::vector<std::string> paths = { strategy_path (lm_tuning, *c, n) };
  for (size_t i = 0; i < impl_count; i++)
    if (tune_only (impls[i].name))
      {
        if (impls[i].name == no_prefetch_name
            && c->name == "memmove_backward_64")
          who.push_back (i);
      }
    else if (impls[i].forced)
      {
        std::string p = strategy_path (*impls[i].forced, *c, n);
        bool read_by_tune
          = tune_cases
            && (impls[i].name == "forced:register-loops-only"
                || impls[i].name == "forced:rep-movsq-stosq-above-64-B"
                || ((c->kind == op::set
                     || (c->kind == op::move && n <= 2 * LM_SMALL_MAX))
                    && impls[i].name
                         == "forced:rep-movsb-stosb-cmpsb-above-64-B"));
        if (read_by_tune
            || std::find (paths.begin (), paths.end (), p) == paths.end ())
          {
            paths.push_back (p);
            who.push_back (i);
          }
      }
    else if (impls[i].name != "byteloop")
      who.push_back (i);
  if (c->kind == op::compare)
    compare_buffers (*c, n, true);
  // Each batch after an untimed quarter as long, to warm the branch
  // predictor and the caches for this implementation.
  size_t count = batch_count (n);
  size_t warm = count / 4 + 1;
  paired_rounds (state, who, [&] (size_t impl) {
    return timed_batch ([&] (size_t k) { call_batch (*c, impl, n, k); },
                        warm, count);
  });
  if (c->kind == op::compare)
    compare_buffers (*c, n, false);
  finish (state, n);
}

// The random list in paired rounds, a pass (some 20-70 us) a batch after
// an untimed one, so that its regret is as robust as the fixed sizes':
// timed one implementation after another, a slow spell of the machine
// once doubled every time in a run and made a forced strategy look 1.23
// times as fast as libmem.
void
bench_random_rounds (benchmark::State &state, op kind)
{
  std::vector<size_t> who;
  for (size_t i = 0; i < impl_count; i++)
    if (impls[i].name != "byteloop" && !tune_only (impls[i].name))
      who.push_back (i);
  if (kind == op::compare)
    random_equalize ();
  int sink = 0;
  paired_rounds (state, who, [&] (size_t impl) {
    forced_tuning tuning (impl);
    sink += random_pass (kind, impl);
    auto start = std::chrono::steady_clock::now ();
    sink += random_pass (kind, impl);
    std::chrono::duration<double, std::nano> d
      = std::chrono::steady_clock::now () - start;
    benchmark::DoNotOptimize (sink);
    return d.count () / double (random_calls);
  });
  finish_random (state);
}

// The floor of every copy in general registers: the N bytes at DST in
// 8-byte stores alone, eight a step, high to low, with no loads.  A copy
// stores as many words and loads them too, so no register loop can take
// less time; against glibc's vector stores, that bounds how near any
// SIMD-free memmove can come (report.py's floor).  In asm, so that the
// compiler cannot make vector stores of it.
void
store_words (unsigned char *dst, size_t n)
{
  for (unsigned char *p = dst + (n & ~size_t (63)); p > dst; p -= 64)
    __asm__ volatile ("movq %1, -64(%0)\n\tmovq %1, -56(%0)\n\t"
                      "movq %1, -48(%0)\n\tmovq %1, -40(%0)\n\t"
                      "movq %1, -32(%0)\n\tmovq %1, -24(%0)\n\t"
                      "movq %1, -16(%0)\n\tmovq %1, -8(%0)"
                      :
                      : "r" (p), "r" (uint64_t (0x5a5a5a5a5a5a5a5a))
                      : "memory");
}

// The floor of case C at N bytes against glibc, in paired rounds as
// bench_rounds times them: each round a batch of glibc's calls and one
// of store_words on the same destination, in turns.  The counters are
// the two median times per call and "floor_vs_glibc", the median over
// rounds of the stores' time over glibc's.
void
bench_floor (benchmark::State &state, const bench_case *c, size_t n)
{
  size_t glibc = 0;
  while (impls[glibc].name != "glibc")
    glibc++;
  unsigned char *dst = case_buffers (*c, n).dst;
  size_t count = batch_count (n), warm = count / 4 + 1;
  auto timed = [&] (auto batch) { return timed_batch (batch, warm, count); };
  auto glibc_batch = [&] (size_t k) { call_batch (*c, glibc, n, k); };
  auto store_batch = [&] (size_t k) {
    for (; k > 0; k--)
      {
        store_words (dst, n);
        benchmark::ClobberMemory ();
      }
  };
  std::vector<double> stores, theirs, vs;
  bool first = true, stores_first = false;
  for (auto _ : state)
    {
      double g, s;
      if (stores_first)
        s = timed (store_batch), g = timed (glibc_batch);
      else
        g = timed (glibc_batch), s = timed (store_batch);
      stores_first = !stores_first;
      // The first round warms the buffers and the code.
      if (first)
        {
          first = false;
          continue;
        }
      stores.push_back (s);
      theirs.push_back (g);
      vs.push_back (s / g);
    }
  state.counters["stores"] = median (stores);
  state.counters["glibc"] = median (theirs);
  state.counters["floor_vs_glibc"] = median (vs);
}

// Forced strategies only run where they differ: above the small sizes
// every strategy shares, and up to 1 MiB (beyond, all are rep or loop
// and the run would only grow); odd sizes up to 8 KiB, where the
// crossovers are.
bool
forced_size (size_t n)
{
  return n > LM_SMALL_MAX && n <= (size_t (1) << 20)
         && (n <= 8192 || (n & (n - 1)) == 0);
}

// Every case at every size it runs at.
std::vector<std::pair<bench_case, size_t>>
all_cases ()
{
  std::vector<std::pair<bench_case, size_t>> v;
  for (size_t n : sizes ())
    for (const bench_case &c : {
           bench_case { "memcpy", op::copy, 0, 0, 0, false, true, true },
           bench_case { "memcpy_misaligned", op::copy, 2048 + 5, 3, 0, false, true, true },
           bench_case { "memmove_forward", op::move, 0, 0, -64, false, false, true },
           bench_case { "memmove_backward_64", op::move, 0, 0, 64, false, true, true },
           bench_case { "memmove_backward_half", op::move, 0, 0, 0, false, true, true },
           bench_case { "memset", op::set, 0, 0, 0, false, true, true },
           bench_case { "memset_misaligned", op::set, 3, 0, 0, false, true, false },
           bench_case { "memcmp_equal", op::compare, 0, 0, 0, false, true, true },
           bench_case { "memcmp_last", op::compare, 0, 0, 0, true, false, true } })
      v.push_back ({ c, n });
  // The short-distance rows: destination 1, 16 or 64 bytes ahead of the
  // source modulo 4096, where rep movsb slows down on AMD Zen 3/4 (at 97
  // bytes, FSRM's short copies, from 1 to 31 bytes); and src+1 to dst+3,
  // an ordinary misaligned copy at distance 2.
  for (size_t n : { size_t (97), size_t (4096), size_t (16384), size_t (65536) })
    {
      if (n != 16384)
        for (size_t distance : { 1, 16, 64 })
          v.push_back ({ { "memcpy_distance" + std::to_string (distance), op::copy,
                           distance, 0, 0, false, true, false }, n });
      v.push_back ({ { "memcpy_src1_dst3", op::copy, 3, 1, 0, false, true, false }, n });
    }
  // make tune's: memmove with the destination a fixed gap above the
  // source, where the profile chooses between gap-sized chunks of rep
  // movs and the backward register loop by the gap alone
  // (move_chunk_min).  memmove by half its size moves two chunks only,
  // where the loop does best.
  if (tune_cases)
    for (size_t n : { size_t (4096), size_t (16384), size_t (65536) })
      for (size_t gap : { 256, 384, 512, 768, 1024, 2048 })
        v.push_back ({ { "memmove_gap" + std::to_string (gap), op::move, 0, 0,
                         ptrdiff_t (gap), false, true, false }, n });
  // make tune's too: aligned copies 13 bytes past a multiple of 32,
  // about every 320 bytes to 2 KiB and sparser to 8 KiB, where rep movsb
  // takes longer for a count that is not a multiple of 32 (string-ops.h,
  // lm_rep_movsb_words).  The last 32 bytes of each lie within a page.
  if (tune_cases)
    for (size_t n : { 781, 1101, 1421, 1741, 2061, 2573, 3085, 4045, 6157, 8141 })
      v.push_back ({ { "memcpy_ragged", op::copy, 0, 0, 0, false, true, false }, n });
  // make tune's too: bare rep movsb moving 64 bytes down, and between
  // buffers apart, on both sides of the counts from which a CPU may take
  // longer over an overlapping source (Zen 5 from 2112 bytes:
  // move_piece_max, profiles.c).
  if (tune_cases)
    for (size_t n : { 1024, 1536, 2047, 2111, 2112, 2560, 3072, 4095, 4159, 4160,
                      6144, 8192 })
      {
        v.push_back ({ { "memmove_down64", op::move, 0, 0, -64, false, false, false }, n });
        v.push_back ({ { "memmove_apart", op::move, 0, 0, -8192, false, false, false }, n });
      }
  return v;
}

void
register_all ()
{
  using benchmark::RegisterBenchmark;
  static const std::vector<std::pair<bench_case, size_t>> cases = all_cases ();
  for (const auto &[c, n] : cases)
    {
      std::string size = "/" + std::to_string (n);
      // Each implementation's fastest repetition, below the sizes only the
      // rounds time.
      for (size_t i = 0; i < impl_count && n < large_size; i++)
        {
          const std::string &impl = impls[i].name;
          if (impls[i].forced && !(c.all_strategies && forced_size (n)))
            continue;
          if (tune_only (impl)
              && !(impl == tune_impl_name && c.name == "memcpy_ragged"))
            continue;
          // The byte loop is a floor for small sizes; past 1 MiB it would
          // only make the run long.
          if (impl == "byteloop" && !(c.byte_loop && n <= (size_t (1) << 20)))
            continue;
          RegisterBenchmark ((c.name + "/" + impl + size).c_str (), bench_fixed,
                             i, &c, n);
        }
      if (rounds > 0)
        RegisterBenchmark ((c.name + "/rounds" + size).c_str (), bench_rounds, &c, n)
          ->Iterations (rounds + 1);
    }
  // The floor of the backward move against glibc, over the target's
  // sizes and the mid sizes report.py's notes cite.
  if (rounds > 0)
    for (const auto &[c, n] : cases)
      if (c.name == "memmove_backward_64" && n >= 256
          && n <= (size_t (1) << 20))
        RegisterBenchmark ((c.name + "/floor/" + std::to_string (n)).c_str (),
                           bench_floor, &c, n)
          ->Iterations (rounds + 1);
  // Random sizes; the "size" in the name is the number of calls.
  for (size_t i = 0; i < impl_count; i++)
    {
      const std::string &impl = impls[i].name;
      if (impl == "byteloop" || tune_only (impl))
        continue;
      std::string tail = "/" + impl + "/" + std::to_string (random_calls);
      RegisterBenchmark (("memcpy_random" + tail).c_str (), bench_random, op::copy, i);
      RegisterBenchmark (("memset_random" + tail).c_str (), bench_random, op::set, i);
      RegisterBenchmark (("memcmp_random" + tail).c_str (), bench_random, op::compare, i);
    }
  if (rounds > 0)
    for (auto [name, kind] : { std::pair { "memcpy_random", op::copy },
                               std::pair { "memset_random", op::set },
                               std::pair { "memcmp_random", op::compare } })
      RegisterBenchmark ((std::string (name) + "/rounds/"
                          + std::to_string (random_calls)).c_str (),
                         bench_random_rounds, kind)
        ->Iterations (rounds + 1);
}

// "rep movsb/stosb above 64 B" -> "rep-movsb-stosb-above-64-B": a name
// that fits between the slashes of a benchmark's name.
std::string
slug (const char *name)
{
  std::string s;
  for (const char *p = name; *p; p++)
    s += (*p == ' ' || *p == '/') ? '-' : *p;
  return s;
}

} // namespace

int
main (int argc, char **argv)
{
  static std::vector<implementation> table = {
    { "libmem", lm_memcpy, lm_memmove, lm_memset, lm_memcmp, nullptr },
    { "glibc", memcpy, memmove, memset, memcmp, nullptr },
#ifdef HAVE_MUSL
    { "musl", musl_memcpy, musl_memmove, musl_memset, musl_memcmp, nullptr },
#endif
    { "rep", rep_copy, rep_move, rep_set, rep_compare, nullptr },
    { "byteloop", byte_copy, byte_move, byte_set, byte_compare, nullptr },
  };
  // Our options, taken out before Google Benchmark sees the rest.
  const char rounds_option[] = "--rounds=";
  for (int i = 1; i < argc; i++)
    if (strcmp (argv[i], "--tune") == 0)
      {
        tune_cases = true;
        for (int j = i; j < argc; j++)
          argv[j] = argv[j + 1];
        argc--, i--;
      }
    else if (strncmp (argv[i], rounds_option, sizeof rounds_option - 1) == 0)
      {
        char *end;
        long v = strtol (argv[i] + sizeof rounds_option - 1, &end, 10);
        if (*end != '\0' || v < 0 || v > 1000)
          {
            fprintf (stderr, "%s: %s: expected a number of rounds "
                     "from 0 to 1000\n", argv[0], argv[i]);
            return 1;
          }
        rounds = int (v);
        for (int j = i; j < argc; j++)
          argv[j] = argv[j + 1];
        argc--, i--;
      }
  // libmem with each of its tunings forced, but the one in force (that
  // is libmem itself) and duplicates.
  static struct lm_tuning_variant variants[LM_TUNING_VARIANTS];
  size_t count = lm_tuning_variants (variants);
  for (size_t v = 1; v < count; v++)
    {
      bool seen = memcmp (&variants[v].tuning, &lm_tuning, sizeof lm_tuning) == 0;
      for (size_t w = 1; w < v && !seen; w++)
        seen = memcmp (&variants[v].tuning, &variants[w].tuning, sizeof lm_tuning) == 0;
      if (!seen)
        table.push_back ({ "forced:" + slug (variants[v].name), lm_memcpy,
                           lm_memmove, lm_memset, lm_memcmp, &variants[v].tuning });
    }
  static struct lm_tuning ragged_in_registers;
  for (size_t v = 1; v < count && tune_cases; v++)
    if (slug (variants[v].name) == "rep-movsb-stosb-cmpsb-above-64-B")
      {
        ragged_in_registers = variants[v].tuning;
        ragged_in_registers.movsb_words_max = SIZE_MAX;
        table.push_back ({ tune_impl_name, lm_memcpy, lm_memmove, lm_memset,
                           lm_memcmp, &ragged_in_registers });
      }
  static struct lm_tuning without_prefetch;
  for (size_t v = 1; v < count && tune_cases; v++)
    if (slug (variants[v].name) == "register-loops-only")
      {
        without_prefetch = variants[v].tuning;
        without_prefetch.move_prefetch_min = SIZE_MAX;
        table.push_back ({ no_prefetch_name, lm_memcpy, lm_memmove, lm_memset,
                           lm_memcmp, &without_prefetch });
      }
  if (table.size () > call_sites)
    {
      fprintf (stderr, "%s: %zu implementations, but call sites for only "
               "%zu: count the new one in call_sites (bench-host.cc)\n",
               argv[0], table.size (), call_sites);
      return 1;
    }
  impls = table.data ();
  impl_count = table.size ();
  region_a = map_region (2 * max_size + slack);
  region_b = map_region (max_size + slack);
  make_random_list ();

  benchmark::Initialize (&argc, argv);
  if (benchmark::ReportUnrecognizedArguments (argc, argv))
    return 1;
  std::string tuning (lm_tuning_describe (nullptr, 0) + 1, '\0');
  tuning.resize (lm_tuning_describe (tuning.data (), tuning.size ()));
  benchmark::AddCustomContext ("libmem_tuning", tuning);
  benchmark::AddCustomContext ("libmem_cpu_features",
                               std::to_string (lm_cpu_features ()));
  benchmark::AddCustomContext ("glibc", gnu_get_libc_version ());
  register_all ();
  benchmark::RunSpecifiedBenchmarks ();
  benchmark::Shutdown ();
  return 0;
}
