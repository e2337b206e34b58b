/* fuzz-libmem.c -- libFuzzer differential target: libmem against the
   byte-at-a-time reference on sizes, offsets, overlaps and strategy
   configurations taken from the fuzzer's input.  */

#include <config.h>

#include <stdlib.h>
#include <string.h>

#include "harness.h"

int LLVMFuzzerTestOneInput (const uint8_t *data, size_t size);

enum { ARENA = 1 << 14 };

static unsigned char arena[ARENA], want[ARENA];

/* Take the next SIZE-byte little-endian number from the input.  */
static uint64_t
take (const uint8_t **data, size_t *size, size_t bytes)
{
  uint64_t v = 0;
  for (size_t i = 0; i < bytes && *size > 0; i++, (*data)++, (*size)--)
    v |= (uint64_t) **data << (8 * i);
  return v;
}

int
LLVMFuzzerTestOneInput (const uint8_t *data, size_t size)
{
  const struct lm_tuning_variant *configs;
  size_t nconfigs = test_configs (&configs);

  test_use_config (&configs[take (&data, &size, 1) % nconfigs]);
  unsigned op = take (&data, &size, 1) % 4;
  size_t n = take (&data, &size, 3) % (ARENA / 2);
  size_t a = take (&data, &size, 2) % (ARENA - n);
  size_t b = take (&data, &size, 2) % (ARENA - n);
  int c = (int) take (&data, &size, 4);

  /* The rest of the input is the arena's contents.  */
  for (size_t i = 0; i < ARENA; i++)
    arena[i] = size ? data[i % size] ^ (unsigned char) (i * 131) : (unsigned char) i;
  memcpy (want, arena, ARENA);

  switch (op)
    {
    case 0: /* memcpy needs disjoint buffers */
      if (a < b ? a + n > b : b + n > a)
        return 0;
      lm_memcpy (arena + a, arena + b, n);
      ref_memmove (want + a, want + b, n);
      break;
    case 1:
      lm_memmove (arena + a, arena + b, n);
      ref_memmove (want + a, want + b, n);
      break;
    case 2:
      lm_memset (arena + a, c, n);
      for (size_t i = 0; i < n; i++)
        want[a + i] = (unsigned char) c;
      break;
    default:
      /* Mostly-equal buffers make memcmp's search worth fuzzing.  */
      if (c & 1)
        {
          memmove (arena + a, arena + b, n);
          if (n > 0)
            arena[a + (size_t) c % n] ^= (unsigned char) (c >> 8);
        }
      {
        int got = lm_memcmp (arena + a, arena + b, n);
        int ref = ref_memcmp (arena + a, arena + b, n);
        if ((got > 0) != (ref > 0) || (got < 0) != (ref < 0))
          abort ();
      }
    }
  if (op != 3 && memcmp (arena, want, ARENA) != 0)
    abort ();
  return 0;
}
