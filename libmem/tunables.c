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

enum field { PROFILE, COPY_REP_MIN, MOVSQ_MAX, MOVE_MOVSQ_MAX, MOVSB_WORDS_MAX,
             SKEW_LOOP_MIN, SKEW_LOOP_MAX, NEAR_LOOP_MIN, COPY_PIECE_MIN,
             COPY_PIECE_MAX,
             SET_REP_MIN, SET_SHORT_REP_MAX, SET_PIECE_MIN, SET_PIECE_MAX,
             MOVE_CHUNK_MIN, MOVE_PIECE_MAX, MOVE_PREFETCH_MIN, CMP_REP_MIN,
             CMP_REP_MAX,
             ALIAS_GUARD, ERMS };
static const struct key
{
  const char *name;
  enum field field;
} keys[] = {
  { "profile", PROFILE },
  { "copy_rep_min", COPY_REP_MIN },
  { "movsq_max", MOVSQ_MAX },
  { "move_movsq_max", MOVE_MOVSQ_MAX },
  { "movsb_words_max", MOVSB_WORDS_MAX },
  { "skew_loop_min", SKEW_LOOP_MIN },
  { "skew_loop_max", SKEW_LOOP_MAX },
  { "near_loop_min", NEAR_LOOP_MIN },
  { "copy_piece_min", COPY_PIECE_MIN },
  { "copy_piece_max", COPY_PIECE_MAX },
  { "set_rep_min", SET_REP_MIN },
  { "set_short_rep_max", SET_SHORT_REP_MAX },
  { "set_piece_min", SET_PIECE_MIN },
  { "set_piece_max", SET_PIECE_MAX },
  { "move_chunk_min", MOVE_CHUNK_MIN },
  { "move_piece_max", MOVE_PIECE_MAX },
  { "move_prefetch_min", MOVE_PREFETCH_MIN },
  { "cmp_rep_min", CMP_REP_MIN },
  { "cmp_rep_max", CMP_REP_MAX },
  { "alias_guard", ALIAS_GUARD },
  { "erms", ERMS },
};
enum { KEYS = sizeof keys / sizeof keys[0] };

/* The size threshold F names in *T, or NULL for the flags.  */
static size_t *
size_field (struct lm_tuning *t, enum field f)
{
  switch (f)
    {
    case COPY_REP_MIN: return &t->copy_rep_min;
    case MOVSQ_MAX: return &t->movsq_max;
    case MOVE_MOVSQ_MAX: return &t->move_movsq_max;
    case MOVSB_WORDS_MAX: return &t->movsb_words_max;
    case SKEW_LOOP_MIN: return &t->skew_loop_min;
    case SKEW_LOOP_MAX: return &t->skew_loop_max;
    case NEAR_LOOP_MIN: return &t->near_loop_min;
    case COPY_PIECE_MIN: return &t->copy_piece_min;
    case COPY_PIECE_MAX: return &t->copy_piece_max;
    case SET_REP_MIN: return &t->set_rep_min;
    case SET_SHORT_REP_MAX: return &t->set_short_rep_max;
    case SET_PIECE_MIN: return &t->set_piece_min;
    case SET_PIECE_MAX: return &t->set_piece_max;
    case MOVE_CHUNK_MIN: return &t->move_chunk_min;
    case MOVE_PIECE_MAX: return &t->move_piece_max;
    case MOVE_PREFETCH_MIN: return &t->move_prefetch_min;
    case CMP_REP_MIN: return &t->cmp_rep_min;
    case CMP_REP_MAX: return &t->cmp_rep_max;
    default: return NULL;
    }
}

static bool *
flag_field (struct lm_tuning *t, enum field f)
{
  switch (f)
    {
    case ALIAS_GUARD: return &t->alias_guard;
    case ERMS: return &t->erms;
    default: return NULL;
    }
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
  if (k->field == PROFILE)
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
  bool *flag = flag_field (t, k->field);
  if (flag)
    {
      if (value_len != 1 || (value[0] != '0' && value[0] != '1'))
        {
          puts_ (why, ": must be 0 or 1");
          return false;
        }
      *flag = value[0] == '1';
      return true;
    }
  size_t *size = size_field (t, k->field);
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
      char message[200];
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

/* cmp_rep_max, move_piece_max, move_prefetch_min and set_short_rep_max
   as lm_tuning_settle leaves them: a profile's table entry may say 0
   for never (move_prefetch_min: for the default), and without erms
   move_piece_max and set_short_rep_max are never.  */
static size_t
settled_cmp_rep_max (const struct lm_tuning *t)
{
  return t->cmp_rep_max ? t->cmp_rep_max : SIZE_MAX;
}

static size_t
settled_move_piece_max (const struct lm_tuning *t)
{
  return t->move_piece_max && t->erms ? t->move_piece_max : SIZE_MAX;
}

static size_t
settled_move_prefetch_min (const struct lm_tuning *t)
{
  return t->move_prefetch_min ? t->move_prefetch_min : LM_MOVE_PREFETCH_MIN;
}

static size_t
settled_set_short_rep_max (const struct lm_tuning *t)
{
  return t->erms ? t->set_short_rep_max : 0;
}

static bool
tuning_equal (const struct lm_tuning *a, const struct lm_tuning *b)
{
  return a->erms == b->erms && a->alias_guard == b->alias_guard
         && a->copy_rep_min == b->copy_rep_min
         && a->movsq_max == b->movsq_max
         && a->move_movsq_max == b->move_movsq_max
         && a->movsb_words_max == b->movsb_words_max
         && a->skew_loop_min == b->skew_loop_min
         && a->skew_loop_max == b->skew_loop_max
         && a->near_loop_min == b->near_loop_min
         && a->copy_piece_min == b->copy_piece_min
         && a->copy_piece_max == b->copy_piece_max
         && a->set_rep_min == b->set_rep_min
         && settled_set_short_rep_max (a) == settled_set_short_rep_max (b)
         && a->set_piece_min == b->set_piece_min
         && a->set_piece_max == b->set_piece_max
         && a->move_chunk_min == b->move_chunk_min
         && settled_move_piece_max (a) == settled_move_piece_max (b)
         && settled_move_prefetch_min (a) == settled_move_prefetch_min (b)
         && a->cmp_rep_min == b->cmp_rep_min
         && settled_cmp_rep_max (a) == settled_cmp_rep_max (b);
}

static void
put_size (struct text *t, const char *name, size_t v)
{
  puts_ (t, name);
  if (v == SIZE_MAX)
    puts_ (t, "max");
  else
    put_number (t, v, 10);
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
  puts_ (&t, lm_tuning.erms ? " erms=1" : " erms=0");
  puts_ (&t, lm_tuning.alias_guard ? " alias_guard=1" : " alias_guard=0");
  put_size (&t, " copy_rep_min=", lm_tuning.copy_rep_min);
  put_size (&t, " movsq_max=", lm_tuning.movsq_max);
  put_size (&t, " move_movsq_max=", lm_tuning.move_movsq_max);
  put_size (&t, " movsb_words_max=", lm_tuning.movsb_words_max);
  put_size (&t, " skew_loop_min=", lm_tuning.skew_loop_min);
  put_size (&t, " skew_loop_max=", lm_tuning.skew_loop_max);
  put_size (&t, " near_loop_min=", lm_tuning.near_loop_min);
  put_size (&t, " copy_piece_min=", lm_tuning.copy_piece_min);
  put_size (&t, " copy_piece_max=", lm_tuning.copy_piece_max);
  put_size (&t, " set_rep_min=", lm_tuning.set_rep_min);
  put_size (&t, " set_short_rep_max=", lm_tuning.set_short_rep_max);
  put_size (&t, " set_piece_min=", lm_tuning.set_piece_min);
  put_size (&t, " set_piece_max=", lm_tuning.set_piece_max);
  put_size (&t, " move_chunk_min=", lm_tuning.move_chunk_min);
  put_size (&t, " move_piece_max=", lm_tuning.move_piece_max);
  put_size (&t, " move_prefetch_min=", lm_tuning.move_prefetch_min);
  put_size (&t, " cmp_rep_min=", lm_tuning.cmp_rep_min);
  put_size (&t, " cmp_rep_max=", lm_tuning.cmp_rep_max);
  return t.len;
}
