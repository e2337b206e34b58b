/* test-tunables.c -- LIBMEM_TUNABLES and lm_tune: good settings apply,
   bad ones (unknown keys, malformed or out-of-range values) are refused
   with a message and keep the profile's value, and the environment
   variable is read at load.  */

#include <config.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "harness.h"

static const struct lm_tuning base = {
  .erms = true, .alias_guard = true,
  .copy_rep_min = 512, .movsq_max = 1536, .set_rep_min = 768,
  .set_stosb_span = SIZE_MAX - 768,
  .movsb_words_max = 2016, .skew_loop_min = SIZE_MAX,
  .near_loop_min = SIZE_MAX, .band_min = SIZE_MAX, .move_chunk_min = 512,
  .move_piece_max = SIZE_MAX, .move_prefetch_min = LM_MOVE_PREFETCH_MIN,
  .cmp_rep_max = SIZE_MAX,
};

/* Whether memset sends N bytes straight to rep stosb under T.  */
static bool
plain_stosb (const struct lm_tuning *t, size_t n)
{
  return n - t->set_rep_min < t->set_stosb_span;
}

/* Parse SPEC over BASE; expect REFUSED refusals and, if WHY is given, a
   message containing it.  */
static struct lm_tuning
parse (const char *spec, int refused, const char *why)
{
  struct lm_tuning t = base;
  char error[512];
  int got = lm_tunables_parse (spec, &t, error, sizeof error);
  printf ("\"%s\": %d refused%s%s\n", spec, got, got ? ": " : "",
          got ? error : "");
  if (got != refused)
    test_fail ("\"%s\": %d refused, expected %d", spec, got, refused);
  if (why && !strstr (error, why))
    test_fail ("\"%s\": message \"%s\" lacks \"%s\"", spec, error, why);
  return t;
}

/* Run this program again with LIBMEM_TUNABLES=SPEC; return what it
   printed (both streams).  */
static char *
run_child (const char *self, const char *spec)
{
  static char out[4096];
  char command[1024];
  snprintf (command, sizeof command, "LIBMEM_TUNABLES='%s' %s --child 2>&1",
            spec, self);
  FILE *p = popen (command, "r");
  size_t n = p ? fread (out, 1, sizeof out - 1, p) : 0;
  out[n] = '\0';
  if (!p || pclose (p) != 0)
    test_fail ("%s failed", command);
  printf ("LIBMEM_TUNABLES='%s': %s", spec, out);
  return out;
}

int
main (int argc, char **argv)
{
  if (argc > 1 && strcmp (argv[1], "--child") == 0)
    {
      char line[1024];
      lm_tuning_describe (line, sizeof line);
      puts (line);
      return 0;
    }

  struct lm_tuning t = parse ("copy_rep_min=1024:set_rep_min=2048:alias_guard=0", 0, NULL);
  if (t.copy_rep_min != 1024 || t.set_rep_min != 2048 || t.alias_guard)
    test_fail ("good settings not applied");
  t = parse ("move_chunk_min=max:erms=0:cmp_rep_min=4096:movsq_max=0", 0,
             NULL);
  if (t.move_chunk_min != SIZE_MAX || t.erms
      || t.cmp_rep_min != 4096 || t.movsq_max != 0)
    test_fail ("max, flags, cmp_rep_min and movsq_max not applied");
  t = parse ("movsb_words_max=0", 0, NULL);
  if (t.movsb_words_max != 0)
    test_fail ("movsb_words_max not applied");
  t = parse ("move_movsq_max=255", 0, NULL);
  if (t.move_movsq_max != 255 || t.movsq_max != base.movsq_max)
    test_fail ("move_movsq_max not applied, or applied to movsq_max");
  t = parse ("move_piece_max=2111", 0, NULL);
  if (t.move_piece_max != 2111 || t.band_min != base.band_min)
    test_fail ("move_piece_max not applied");
  t = parse ("move_piece_max=0", 0, NULL);
  if (t.move_piece_max != SIZE_MAX)
    test_fail ("move_piece_max=0 left %zu, not never", t.move_piece_max);
  t = parse ("move_piece_max=2111:erms=0", 0, NULL);
  if (t.move_piece_max != SIZE_MAX)
    test_fail ("move_piece_max kept %zu without ERMS", t.move_piece_max);
  t = parse ("move_piece_max=2KiB", 1, "move_piece_max=2KiB: not a size in bytes");
  if (t.move_piece_max != base.move_piece_max)
    test_fail ("a refused move_piece_max changed the tuning");
  t = parse ("move_prefetch_min=max", 0, NULL);
  if (t.move_prefetch_min != SIZE_MAX)
    test_fail ("move_prefetch_min=max left %zu, not never",
               t.move_prefetch_min);
  t = parse ("move_prefetch_min=65536", 0, NULL);
  if (t.move_prefetch_min != 65536 || t.move_chunk_min != base.move_chunk_min)
    test_fail ("move_prefetch_min not applied, or applied elsewhere");
  t = parse ("move_prefetch_min=0", 0, NULL);
  if (t.move_prefetch_min != LM_MOVE_PREFETCH_MIN)
    test_fail ("move_prefetch_min=0 left %zu, not the default",
               t.move_prefetch_min);
  t = parse ("move_prefetch_min=32K", 1,
             "move_prefetch_min=32K: not a size in bytes");
  if (t.move_prefetch_min != base.move_prefetch_min)
    test_fail ("a refused move_prefetch_min changed the tuning");
  t = parse ("set_short_rep_max=127", 0, NULL);
  if (t.set_short_rep_max != 127 || t.set_rep_min != base.set_rep_min)
    test_fail ("set_short_rep_max not applied, or applied to set_rep_min");
  t = parse ("set_short_rep_max=127:erms=0", 0, NULL);
  if (t.set_short_rep_max != 0)
    test_fail ("set_short_rep_max kept %zu without ERMS", t.set_short_rep_max);
  t = parse ("set_short_rep_max=1e2", 1, "set_short_rep_max=1e2: not a size in bytes");
  if (t.set_short_rep_max != base.set_short_rep_max)
    test_fail ("a refused set_short_rep_max changed the tuning");
  t = parse ("move_short_rep_max=127", 0, NULL);
  if (t.move_short_rep_max != 127 || t.set_short_rep_max != base.set_short_rep_max
      || t.move_movsq_max != base.move_movsq_max)
    test_fail ("move_short_rep_max not applied, or applied to another key");
  t = parse ("erms=0:move_short_rep_max=100", 0, NULL);
  if (t.move_short_rep_max != 0)
    test_fail ("move_short_rep_max kept %zu without ERMS", t.move_short_rep_max);
  t = parse ("move_short_rep_max=-1", 1, "move_short_rep_max=-1: not a size in bytes");
  if (t.move_short_rep_max != base.move_short_rep_max)
    test_fail ("a refused move_short_rep_max changed the tuning");
  t = parse ("skew_loop_min=1048576:skew_loop_max=max", 0, NULL);
  if (t.skew_loop_min != 1048576 || t.skew_loop_max != SIZE_MAX)
    test_fail ("skew_loop_min and skew_loop_max not applied");
  t = parse ("near_loop_min=33554432", 0, NULL);
  if (t.near_loop_min != 33554432 || t.band_min != 33554432)
    test_fail ("near_loop_min not applied, or band_min %zu not its value",
               t.band_min);
  t = parse ("skew_loop_min=1048576:near_loop_min=33554432", 0, NULL);
  if (t.band_min != 1048576)
    test_fail ("band_min %zu, not the smaller of skew_loop_min and "
               "near_loop_min", t.band_min);
  /* Copies in pieces join the band where there are any, and only with
     ERMS (pieces are of rep movsb).  */
  t = parse ("copy_piece_min=4194304:copy_piece_max=16777215", 0, NULL);
  if (t.copy_piece_min != 4194304 || t.copy_piece_max != 16777215
      || t.band_min != 4194304)
    test_fail ("copy_piece_min=4 MiB: band_min %zu, not 4 MiB", t.band_min);
  t = parse ("copy_piece_min=4194304:near_loop_min=1048576:"
             "copy_piece_max=max", 0, NULL);
  if (t.band_min != 1048576 || t.copy_piece_max != SIZE_MAX)
    test_fail ("band_min %zu, not the smaller of copy_piece_min and "
               "near_loop_min", t.band_min);
  t = parse ("copy_piece_min=4194304:copy_piece_max=0", 0, NULL);
  if (t.band_min != SIZE_MAX)
    test_fail ("copy_piece_max=0: band_min %zu, not no band", t.band_min);
  t = parse ("copy_piece_min=4194304:copy_piece_max=max:erms=0", 0, NULL);
  if (t.band_min != SIZE_MAX)
    test_fail ("erms=0: copies in pieces from %zu", t.band_min);
  parse ("copy_piece_min=4M", 1, "copy_piece_min=4M: not a size in bytes");
  t = parse ("near_loop_min=-1", 1, "near_loop_min=-1: not a size");
  if (t.near_loop_min != base.near_loop_min)
    test_fail ("a refused near_loop_min changed the tuning");
  t = parse ("skew_loop_max=12MiB", 1, "skew_loop_max=12MiB: not a size");
  if (t.skew_loop_max != base.skew_loop_max)
    test_fail ("a refused skew_loop_max changed the tuning");
  t = parse ("::copy_rep_min=0:", 0, NULL);
  if (t.copy_rep_min != 0)
    test_fail ("empty settings upset the parse");
  t = parse ("profile=no-erms:copy_rep_min=4096", 0, NULL);
  if (t.erms || t.copy_rep_min != 4096 || t.set_rep_min != 2048)
    test_fail ("profile=no-erms then an override not applied in order");

  /* The sizes memset sends straight to rep stosb follow erms,
     set_rep_min and the band of pieces, whichever way they were set.  */
  t = parse ("set_rep_min=1000", 0, NULL);
  if (plain_stosb (&t, 999) || !plain_stosb (&t, 1000)
      || !plain_stosb (&t, SIZE_MAX - 1))
    test_fail ("set_rep_min=1000: rep stosb from %zu, for %zu more",
               t.set_rep_min, t.set_stosb_span);
  t = parse ("set_rep_min=1000:erms=0", 0, NULL);
  if (t.set_stosb_span != 0)
    test_fail ("erms=0: rep stosb for %zu sizes, not never", t.set_stosb_span);
  t = parse ("profile=no-erms:erms=1", 0, NULL);
  if (!plain_stosb (&t, t.set_rep_min) || plain_stosb (&t, t.set_rep_min - 1))
    test_fail ("profile=no-erms:erms=1: rep stosb from %zu for %zu more",
               t.set_rep_min, t.set_stosb_span);
  t = parse ("erms=0:bogus=1", 1, "unknown key");
  if (t.set_stosb_span != 0)
    test_fail ("erms=0 beside a refusal: rep stosb for %zu sizes",
               t.set_stosb_span);
  /* Within the band, and past it, memset takes its other way.  */
  t = parse ("set_piece_min=4194304:set_piece_max=16777216", 0, NULL);
  if (t.set_piece_min != 4194304 || t.set_piece_max != 16777216
      || !plain_stosb (&t, 4194303) || plain_stosb (&t, 4194304)
      || plain_stosb (&t, 16777217))
    test_fail ("set_piece_min=4 MiB, set_piece_max=16 MiB: rep stosb from "
               "%zu for %zu more", t.set_rep_min, t.set_stosb_span);
  t = parse ("set_piece_min=4194304:set_piece_max=0", 0, NULL);
  if (!plain_stosb (&t, 4194304) || !plain_stosb (&t, SIZE_MAX - 1))
    test_fail ("set_piece_max=0 did not mean no band");
  t = parse ("set_piece_min=100:set_piece_max=max", 0, NULL);
  if (t.set_stosb_span != 0 || t.set_piece_max != SIZE_MAX)
    test_fail ("a band from below set_rep_min left rep stosb %zu sizes",
               t.set_stosb_span);
  parse ("set_piece_max=4MiB", 1, "set_piece_max=4MiB: not a size in bytes");
  /* repe cmpsb's range: an upper end, or none when it is 0.  */
  t = parse ("cmp_rep_min=2048:cmp_rep_max=8388608", 0, NULL);
  if (t.cmp_rep_min != 2048 || t.cmp_rep_max != 8388608)
    test_fail ("cmp_rep_min=2048, cmp_rep_max=8 MiB not applied");
  t = parse ("cmp_rep_max=0", 0, NULL);
  if (t.cmp_rep_max != SIZE_MAX)
    test_fail ("cmp_rep_max=0 left %zu, not no limit", t.cmp_rep_max);
  t = parse ("cmp_rep_max=8MiB", 1, "cmp_rep_max=8MiB: not a size in bytes");
  if (t.cmp_rep_max != base.cmp_rep_max)
    test_fail ("a refused cmp_rep_max changed the tuning");
  struct lm_tuning_variant variants[LM_TUNING_VARIANTS];
  size_t count = lm_tuning_variants (variants);
  for (size_t v = 0; v < count; v++)
    {
      struct lm_tuning settled = variants[v].tuning;
      lm_tuning_settle (&settled);
      if (memcmp (&settled, &variants[v].tuning, sizeof settled) != 0)
        test_fail ("tuning variant %s is not settled", variants[v].name);
    }

  t = parse ("copy_rep_min=abc", 1, "copy_rep_min=abc: not a size");
  t = parse ("copy_rep_min=", 1, "empty value");
  t = parse ("set_rep_min=-5", 1, "not a size");
  t = parse ("set_rep_min=99999999999999999999", 1, "out of range");
  t = parse ("alias_guard=2", 1, "must be 0 or 1");
  t = parse ("alias_guard=yes", 1, "must be 0 or 1");
  t = parse ("copy_rep_mn=100", 1, "unknown key 'copy_rep_mn' (known: profile copy_rep_min movsq_max");
  /* The whole list, not cut short on the way.  */
  t = parse ("copy_rep_mn=100", 1, " cmp_rep_max erms alias_guard)");
  t = parse ("profile=zen9", 1, "no such profile");
  t = parse ("copy_rep_min", 1, "not key=value");
  if (memcmp (&t, &base, sizeof t) != 0)
    test_fail ("a refused setting changed the tuning");
  t = parse ("copy_rep_min=x:set_rep_min=1000:bogus=1", 2, "copy_rep_min=x");
  if (t.set_rep_min != 1000 || t.copy_rep_min != base.copy_rep_min)
    test_fail ("the good setting between two bad ones was not applied");

  /* The public entry point changes the tuning in force.  */
  struct lm_tuning saved = lm_tuning;
  char error[128];
  if (lm_tune ("copy_rep_min=777", error, sizeof error) != 0
      || lm_tuning.copy_rep_min != 777)
    test_fail ("lm_tune did not apply copy_rep_min=777");
  char line[512];
  lm_tuning_describe (line, sizeof line);
  if (!strstr (line, "copy_rep_min=777") || !strstr (line, "+tunables"))
    test_fail ("lm_tuning_describe: \"%s\"", line);
  size_t need = lm_tuning_describe (line, 8);
  if (strlen (line) != 7 || need <= 8)
    test_fail ("lm_tuning_describe into 8 bytes: \"%s\", need %zu", line, need);
  if (lm_tuning_describe (NULL, 0) != need)
    test_fail ("lm_tuning_describe (NULL, 0) did not return the length");
  /* An error buffer of one byte gets the terminator alone; NULL none.  */
  char one[2] = "xy";
  if (lm_tune ("copy_rep_min=lots", one, 1) != 1 || one[0] || one[1] != 'y')
    test_fail ("lm_tune into 1 byte wrote past it or not the NUL");
  if (lm_tune ("copy_rep_min=lots", NULL, 0) != 1)
    test_fail ("lm_tune with no error buffer did not count the refusal");
  lm_tuning = saved;

  /* LIBMEM_TUNABLES at load.  */
  char *out = run_child (argv[0], "copy_rep_min=1234:alias_guard=0");
  if (!strstr (out, "copy_rep_min=1234") || !strstr (out, "alias_guard=0")
      || !strstr (out, "+tunables"))
    test_fail ("LIBMEM_TUNABLES not applied at load");
  out = run_child (argv[0], "copy_rep_min=lots");
  if (!strstr (out, "libmem: LIBMEM_TUNABLES: copy_rep_min=lots: not a size"))
    test_fail ("no message for a bad LIBMEM_TUNABLES");
  /* The child's own profile (under valgrind, whose CPUID differs, not
     necessarily this process's), untouched: no "+tunables".  */
  if (!strstr (out, " profile=") || strstr (out, "+tunables"))
    test_fail ("a bad LIBMEM_TUNABLES did not keep the profile's values");
  return test_finish ("tunables");
}
