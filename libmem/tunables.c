/* tunables.c -- "key=value:key=value" overrides of the tuning, and the
   one-line description of what is in force.  Freestanding code: no
   stdio, so the text is assembled by hand.  */

#include "impl.h"

/* A NUL-terminated string being built in a fixed buffer, cut to fit;
   LEN counts what the whole would need.  */
struct text
{
  char *buf;
  size_t size, len;
};

static void
put (struct text *t, const char *s, size_t n)
{
  if (t->size == 0)
    {
      t->len += n;
      return;
    }
  /* Room is counted as size - 1, not len + 1 < size, which GCC -O3 reads
     as a store at buf[-1] should len ever wrap.  */
  size_t room = t->size - 1;
  for (size_t i = 0; i < n; i++, t->len++)
    if (t->len < room)
      t->buf[t->len] = s[i];
  t->buf[t->len < room ? t->len : room] = '\0';
}

static void
puts_ (struct text *t, const char *s)
{
  size_t n = 0;
  while (s[n])
    n++;
  put (t, s, n);
}

static void
put_number (struct text *t, uint64_t v, unsigned base)
{
  char digits[24];
  int i = sizeof digits;
  do
    digits[--i] = "0123456789abcdef"[v % base];
  while (v /= base);
  if (base == 16)
    puts_ (t, "0x");
  put (t, digits + i, sizeof digits - i);
}

static bool
same (const char *a, size_t n, const char *b)
{
  size_t i = 0;
  for (; i < n && b[i]; i++)
    if (a[i] != b[i])
      return false;
  return i == n && !b[i];
}

/* Values above this are refused as typing mistakes; "max" means never.  */
#define SIZE_LIMIT (UINT64_C (1) << 40)

/* Every key and where its value lives in struct lm_tuning, one row each:
   the parser, the comparison with the profile and the description all
   read this table, so a new tunable is one more row.  The sizes come in
   the order lm_tuning_describe prints them, the flags last.  */
enum kind { PROFILE, SIZE, FLAG };
static const struct key
{
  const char *name;
  enum kind kind;
  size_t offset;
} keys[] = {
#define SIZE_KEY(field) { #field, SIZE, offsetof (struct lm_tuning, field) }
#define FLAG_KEY(field) { #field, FLAG, offsetof (struct lm_tuning, field) }
  { "profile", PROFILE, 0 },
  SIZE_KEY (copy_rep_min),
  SIZE_KEY (movsq_max),
  SIZE_KEY (move_movsq_max),
  SIZE_KEY (move_short_rep_max),
  SIZE_KEY (movsb_words_max),
  SIZE_KEY (skew_loop_min),
  SIZE_KEY (skew_loop_max),
  SIZE_KEY (near_loop_min),
  SIZE_KEY (copy_piece_min),
  SIZE_KEY (copy_piece_max),
  SIZE_KEY (set_rep_min),
  SIZE_KEY (set_short_rep_max),
  SIZE_KEY (set_piece_min),
  SIZE_KEY (set_piece_max),
  SIZE_KEY (move_chunk_min),
  SIZE_KEY (move_piece_max),
  SIZE_KEY (move_prefetch_min),
  SIZE_KEY (cmp_rep_min),
  SIZE_KEY (cmp_rep_max),
  FLAG_KEY (erms),
  FLAG_KEY (alias_guard),
#undef SIZE_KEY
#undef FLAG_KEY
};
enum { KEYS = sizeof keys / sizeof keys[0] };

/* The field of *T that key K names.  */
static size_t *
size_field (struct lm_tuning *t, const struct key *k)
{
  return (size_t *) (void *) ((char *) t + k->offset);
}

static bool *
flag_field (struct lm_tuning *t, const struct key *k)
{
  return (bool *) (void *) ((char *) t + k->offset);
}

/* Apply NAME=VALUE to *T, or explain in *WHY why not.  */
static bool
apply (const char *name, size_t name_len, const char *value, size_t value_len,
       struct lm_tuning *t, struct text *why)
{
  const struct key *k = NULL;
  for (size_t i = 0; i < KEYS && !k; i++)
    if (same (name, name_len, keys[i].name))
      k = &keys[i];
  if (!k)
    {
      puts_ (why, "unknown key '");
      put (why, name, name_len);
      puts_ (why, "' (known:");
      for (size_t i = 0; i < KEYS; i++)
        {
          puts_ (why, " ");
          puts_ (why, keys[i].name);
        }
      puts_ (why, ")");
      return false;
    }
  put (why, name, name_len);
  puts_ (why, "=");
  put (why, value, value_len);
  if (k->kind == PROFILE)
    {
      for (size_t i = 0; lm_profile_at (i); i++)
        if (same (value, value_len, lm_profile_at (i)->name))
          {
            *t = lm_profile_at (i)->tuning;
            return true;
          }
      puts_ (why, ": no such profile (known:");
      for (size_t i = 0; lm_profile_at (i); i++)
        {
          puts_ (why, " ");
          puts_ (why, lm_profile_at (i)->name);
        }
      puts_ (why, ")");
      return false;
    }
  if (k->kind == FLAG)
    {
      if (value_len != 1 || (value[0] != '0' && value[0] != '1'))
        {
          puts_ (why, ": must be 0 or 1");
          return false;
        }
      *flag_field (t, k) = value[0] == '1';
      return true;
    }
  size_t *size = size_field (t, k);
  if (same (value, value_len, "max"))
    {
      *size = SIZE_MAX;
      return true;
    }
  uint64_t v = 0;
  for (size_t i = 0; i < value_len; i++)
    {
      if (value[i] < '0' || value[i] > '9')
        {
          puts_ (why, ": not a size in bytes (digits, or \"max\" for never)");
          return false;
        }
      v = v * 10 + (uint64_t) (value[i] - '0');
      if (v > SIZE_LIMIT)
        {
          puts_ (why, ": out of range (at most ");
          put_number (why, SIZE_LIMIT, 10);
          puts_ (why, ", or \"max\" for never)");
          return false;
        }
    }
  if (value_len == 0)
    {
      puts_ (why, ": empty value");
      return false;
    }
  *size = (size_t) v;
  return true;
}

int
lm_tunables_parse (const char *spec, struct lm_tuning *t, char *error,
                   size_t error_size)
{
  int refused = 0;
  struct text first = { error, error ? error_size : 0, 0 };
  put (&first, "", 0);
  for (const char *p = spec; p && *p;)
    {
      const char *end = p, *eq = NULL;
      for (; *end && *end != ':'; end++)
        if (*end == '=' && !eq)
          eq = end;
      /* Room for the list of known keys after an unknown one.  */
      char message[512];
      struct text why = { message, sizeof message, 0 };
      bool ok = true;
      if (end == p)
        ;                       /* "a::b" or a trailing colon */
      else if (!eq)
        {
          put (&why, p, (size_t) (end - p));
          puts_ (&why, ": not key=value");
          ok = false;
        }
      else
        ok = apply (p, (size_t) (eq - p), eq + 1, (size_t) (end - eq - 1),
                    t, &why);
      if (!ok && refused++ == 0)
        puts_ (&first, message);
      p = *end ? end + 1 : end;
    }
  lm_tuning_settle (t);
  return refused;
}

LM_EXPORT int
lm_tune (const char *spec, char *error, size_t size)
{
  struct lm_tuning t = lm_tuning;
  int refused = lm_tunables_parse (spec, &t, error, size);
  lm_tuning = t;
  return refused;
}

/* Whether A and B tune libmem alike once settled: a profile's table
   entry may say 0 where lm_tuning_settle puts the value it stands for.  */
static bool
tuning_equal (const struct lm_tuning *a, const struct lm_tuning *b)
{
  struct lm_tuning x = *a, y = *b;
  lm_tuning_settle (&x);
  lm_tuning_settle (&y);
  for (size_t i = 0; i < KEYS; i++)
    if ((keys[i].kind == SIZE
         && *size_field (&x, &keys[i]) != *size_field (&y, &keys[i]))
        || (keys[i].kind == FLAG
            && *flag_field (&x, &keys[i]) != *flag_field (&y, &keys[i])))
      return false;
  return true;
}

LM_EXPORT size_t
lm_tuning_describe (char *buf, size_t size)
{
  static const char *const feature_names[] = { "ERMS", "FSRM", "FZRM", "FSRS", "FSRC" };
  struct text t = { buf, size, 0 };
  put (&t, "", 0);
  puts_ (&t, "cpu=");
  puts_ (&t, lm_cpu.vendor_name[0] ? lm_cpu.vendor_name : "unknown");
  puts_ (&t, " family=");
  put_number (&t, lm_cpu.family, 16);
  puts_ (&t, " model=");
  put_number (&t, lm_cpu.model, 16);
  puts_ (&t, " features=");
  const char *sep = "";
  for (unsigned i = 0; i < 5; i++)
    if (lm_cpu.features & (1u << i))
      {
        puts_ (&t, sep);
        puts_ (&t, feature_names[i]);
        sep = ",";
      }
  if (!*sep)
    puts_ (&t, "none");
  puts_ (&t, " profile=");
  puts_ (&t, lm_profile ? lm_profile->name : "none (lm_init not called)");
  if (lm_profile && !tuning_equal (&lm_tuning, &lm_profile->tuning))
    puts_ (&t, "+tunables");
  for (size_t i = 0; i < KEYS; i++)
    if (keys[i].kind == FLAG)
      {
        puts_ (&t, " ");
        puts_ (&t, keys[i].name);
        puts_ (&t, *flag_field (&lm_tuning, &keys[i]) ? "=1" : "=0");
      }
  for (size_t i = 0; i < KEYS; i++)
    if (keys[i].kind == SIZE)
      {
        size_t v = *size_field (&lm_tuning, &keys[i]);
        puts_ (&t, " ");
        puts_ (&t, keys[i].name);
        puts_ (&t, "=");
        if (v == SIZE_MAX)
          puts_ (&t, "max");
        else
          put_number (&t, v, 10);
      }
  return t.len;
}
