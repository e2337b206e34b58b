/* selftest.c -- "selftest" on the command line: libmem's exactness cases
   and kformat's cases, run inside the kernel with the kernel's flags, no
   SIMD and kernel memory, under every libmem tuning variant.
   "selftest=quick" runs the same cases under the tuning in force only
   (the CPU's profile with any libmem.* options), which is what differs
   from one CPU to the next.  Failures are printed; the verdict becomes
   QEMU's exit status (see stop.h).  */

#include <stdint.h>

#include "cmdline.h"
#include "impl.h"
#include "kernel.h"
#include "kformat.h"
#include "kprintf.h"
#include "mem.h"

enum { BUF = 4096, LARGE = 4 << 20 };

static unsigned char src_buf[BUF], dst_buf[BUF], want_buf[BUF];
static unsigned long cases, failures;


static void
fail (const char *what, const char *variant, size_t n, size_t a, size_t b)
{
  if (++failures <= 20)
    kprintf ("  FAIL %s [%s] n=%zu at %zu/%zu\n", what, variant, n, a, b);
}

/* References, byte by byte through volatile pointers so the compiler
   cannot turn them back into calls to the code under test.  */
static void
ref_move (unsigned char *dst, const unsigned char *src, size_t n)
{
  volatile unsigned char *d = dst;
  const volatile unsigned char *s = src;
  if (d < s)
    for (size_t i = 0; i < n; i++)
      d[i] = s[i];
  else
    for (size_t i = n; i > 0; i--)
      d[i - 1] = s[i - 1];
}

static int
ref_compare (const unsigned char *a, const unsigned char *b, size_t n)
{
  const volatile unsigned char *x = a, *y = b;
  for (size_t i = 0; i < n; i++)
    if (x[i] != y[i])
      return x[i] < y[i] ? -1 : 1;
  return 0;
}

static int
same (const unsigned char *a, const unsigned char *b, size_t n)
{
  return ref_compare (a, b, n) == 0;
}

static uint64_t seed = 0x2545f4914f6cdd1d;

static void
fill_random (unsigned char *p, size_t n)
{
  for (size_t i = 0; i < n; i++)
    {
      seed = seed * 6364136223846793005u + 1442695040888963407u;
      ((volatile unsigned char *) p)[i] = (unsigned char) (seed >> 56);
    }
}

static const size_t offsets[] = { 0, 1, 7, 8, 13, 31, 63 };
enum { OFFSETS = sizeof offsets / sizeof offsets[0] };

static void
test_copy_and_set (const char *variant)
{
  for (size_t n = 0; n <= 600; n += n < 80 ? 1 : 7)
    for (size_t i = 0; i < OFFSETS; i++)
      for (size_t j = 0; j < OFFSETS; j++)
        {
          size_t so = offsets[i], doff = offsets[j] + 64;
          ref_move (want_buf, dst_buf, BUF);
          ref_move (want_buf + doff, src_buf + so, n);
          cases++;
          if (memcpy (dst_buf + doff, src_buf + so, n) != dst_buf + doff
              || !same (dst_buf, want_buf, BUF))
            fail ("memcpy", variant, n, so, doff);

          int c = (int) (n * 7 + i * 3 + 0x100);  /* above 255 on purpose */
          for (size_t k = 0; k < n; k++)
            ((volatile unsigned char *) want_buf)[doff + k] = (unsigned char) c;
          cases++;
          if (memset (dst_buf + doff, c, n) != dst_buf + doff
              || !same (dst_buf, want_buf, BUF))
            fail ("memset", variant, n, 0, doff);
        }
}

static void
test_move (const char *variant)
{
  for (size_t n = 0; n <= 300; n += n < 80 ? 1 : 11)
    for (int dist = -100; dist <= 100; dist++)
      {
        size_t s = 1024, d = (size_t) ((ptrdiff_t) s + dist);
        ref_move (want_buf, dst_buf, BUF);
        ref_move (want_buf + d, want_buf + s, n);
        cases++;
        if (memmove (dst_buf + d, dst_buf + s, n) != dst_buf + d
            || !same (dst_buf, want_buf, BUF))
          fail ("memmove", variant, n, s, d);
      }
}

static void
test_compare (const char *variant)
{
  for (size_t n = 0; n <= 200; n++)
    for (size_t pos = 0; pos <= n; pos += n < 40 ? 1 : 5)
      {
        unsigned char *a = src_buf + 3, *b = dst_buf + 17;
        ref_move (b, a, n);
        if (pos < n)
          b[pos] = (unsigned char) (a[pos] ^ (0x80 | pos));
        int got = memcmp (a, b, n), want = ref_compare (a, b, n);
        cases++;
        if ((got > 0) != (want > 0) || (got < 0) != (want < 0))
          fail ("memcmp", variant, n, pos, 0);
      }
}

/* Large, odd sizes in scratch memory: copy, fill, compare, overlap.  */
static void
test_large (const char *variant, unsigned char *mem)
{
  static const size_t sizes[] = { 4097, 65537, (1 << 20) + 3, LARGE - 5 };
  unsigned char *a = mem, *b = mem + LARGE + 4096 + 17;
  for (size_t i = 0; i < sizeof sizes / sizeof sizes[0]; i++)
    {
      size_t n = sizes[i];
      fill_random (a, n);
      cases += 4;
      memcpy (b, a, n);
      if (!same (a, b, n) || memcmp (a, b, n) != 0)
        fail ("large memcpy/memcmp", variant, n, 0, 0);
      b[n - 1] ^= 1;
      if (memcmp (a, b, n) == 0)
        fail ("large memcmp", variant, n, n - 1, 0);
      memset (b, 0x5a, n);
      if (b[0] != 0x5a || b[n / 2] != 0x5a || b[n - 1] != 0x5a)
        fail ("large memset", variant, n, 0, 0);
      memcpy (b, a, n);
      memmove (b + 64, b, n - 64);   /* backward, small gap */
      if (!same (b + 64, a, n - 64))
        fail ("large memmove", variant, n, 0, 64);
    }
}

/* kformat against the output C's printf gives for the same format.  */
static void
expect_format (const char *want, const char *fmt, ...)
{
  char got[128];
  va_list ap;
  va_start (ap, fmt);
  int n = kvsnprintf (got, sizeof got, fmt, ap);
  va_end (ap);
  size_t len = 0;
  while (want[len])
    len++;
  cases++;
  if ((size_t) n != len || !same ((const unsigned char *) got,
                                  (const unsigned char *) want, len + 1))
    {
      if (++failures <= 20)
        kprintf ("  FAIL kformat \"%s\": got \"%s\", want \"%s\"\n", fmt, got,
                 want);
    }
}

static void
test_kformat (void)
{
  expect_format ("hello", "hello");
  expect_format ("42 -42 42", "%d %i %u", 42, -42, 42u);
  expect_format ("[   42][42   ][00042][-0042]", "[%5d][%-5d][%05d][%05d]",
                 42, 42, 42, -42);
  expect_format ("ff FF 0", "%x %X %x", 255u, 255u, 0u);
  expect_format ("-9223372036854775808", "%lld", (long long) INT64_MIN);
  expect_format ("18446744073709551615", "%llu", (unsigned long long) UINT64_MAX);
  expect_format ("-1 255 65535", "%hhd %hhu %hu", -1, 255, 65535);
  expect_format ("4096", "%zu", (size_t) 4096);
  expect_format ("0xb8000 (nil)", "%p %p", (void *) 0xb8000, (void *) 0);
  expect_format ("x|  abc|abc  |(null)", "%c|%5s|%-5s|%s", 'x', "abc", "abc",
                 (const char *) 0);
  expect_format ("100%", "%d%%", 100);
  expect_format ("[    7]", "[%*d]", 5, 7);
}

bool
selftest_run (const struct boot_info *info)
{
  bool quick = cmdline_is (info->cmdline, "selftest", "quick");
  kprintf ("selftest%s: libmem and kformat inside the kernel\n",
           quick ? " (quick: the tuning in force only)" : "");
  unsigned char *mem = scratch_memory (info, 2 * LARGE + 8192);
  if (!mem)
    kprintf ("  no scratch memory at 16 MiB+: large sizes skipped\n");

  struct lm_tuning saved = lm_tuning;
  struct lm_tuning_variant variants[LM_TUNING_VARIANTS];
  size_t count = lm_tuning_variants (variants);
  if (quick)
    count = 1;              /* the first is the tuning in force */
  fill_random (src_buf, BUF);
  fill_random (dst_buf, BUF);
  for (size_t v = 0; v < count; v++)
    {
      unsigned long before = failures;
      lm_tuning = variants[v].tuning;
      test_copy_and_set (variants[v].name);
      test_move (variants[v].name);
      test_compare (variants[v].name);
      if (mem)
        test_large (variants[v].name, mem);
      lm_tuning = saved;
      kprintf ("  libmem, %s: %s\n", variants[v].name,
               failures == before ? "ok" : "FAILED");
    }
  unsigned long before = failures;
  test_kformat ();
  kprintf ("  kformat: %s\n", failures == before ? "ok" : "FAILED");

  if (failures)
    kprintf ("SELFTEST FAILED: %lu of %lu cases\n", failures, cases);
  else
    kprintf ("SELFTEST PASSED: %lu cases\n", cases);
  return failures == 0;
}
