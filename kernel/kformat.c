/* kformat.c -- printf-style formatting without a C library.

   Plain C with no kernel dependencies, so the host test suite compiles
   this very file and compares its output with snprintf.  */

#include "kformat.h"

#include <stdbool.h>
#include <stdint.h>

struct spec
{
  bool left;            /* '-' */
  bool zero;            /* '0' */
  int width;
  int length;           /* 'H' hh, 'h', 'l', 'L' ll, 'z', or 0 */
};

struct out
{
  kformat_sink *sink;
  void *context;
  int count;
};

static void
put (struct out *o, char c)
{
  o->sink (o->context, c);
  o->count++;
}

static void
pad (struct out *o, char c, int n)
{
  for (; n > 0; n--)
    put (o, c);
}

/* Emit PREFIX (a sign or "0x") and the LEN characters at TEXT in a field
   of the spec's width.  */
static void
field (struct out *o, const struct spec *s, const char *prefix,
       const char *text, int len, bool numeric)
{
  int plen = 0;
  while (prefix[plen])
    plen++;
  int fill = s->width - plen - len;
  if (!s->left && !(s->zero && numeric))
    pad (o, ' ', fill);
  for (int i = 0; i < plen; i++)
    put (o, prefix[i]);
  if (!s->left && s->zero && numeric)
    pad (o, '0', fill);
  for (int i = 0; i < len; i++)
    put (o, text[i]);
  if (s->left)
    pad (o, ' ', fill);
}

static void
number (struct out *o, const struct spec *s, uintmax_t v, unsigned base,
        bool upper, const char *prefix)
{
  const char *digits = upper ? "0123456789ABCDEF" : "0123456789abcdef";
  char buf[24];
  int i = sizeof buf;
  do
    {
      buf[--i] = digits[v % base];
      v /= base;
    }
  while (v != 0);
  field (o, s, prefix, buf + i, (int) sizeof buf - i, true);
}

static intmax_t
signed_arg (va_list *ap, int length)
{
  switch (length)
    {
    case 'H': return (signed char) va_arg (*ap, int);
    case 'h': return (short) va_arg (*ap, int);
    case 'l': return va_arg (*ap, long);
    case 'L': return va_arg (*ap, long long);
    case 'z': return (intmax_t) va_arg (*ap, size_t);
    default: return va_arg (*ap, int);
    }
}

static uintmax_t
unsigned_arg (va_list *ap, int length)
{
  switch (length)
    {
    case 'H': return (unsigned char) va_arg (*ap, unsigned);
    case 'h': return (unsigned short) va_arg (*ap, unsigned);
    case 'l': return va_arg (*ap, unsigned long);
    case 'L': return va_arg (*ap, unsigned long long);
    case 'z': return va_arg (*ap, size_t);
    default: return va_arg (*ap, unsigned);
    }
}

/* Parse flags, width and length at *FMT into S.  */
static void
parse_spec (const char **fmt, struct spec *s, va_list *ap)
{
  const char *f = *fmt;
  *s = (struct spec) { 0 };
  for (;; f++)
    if (*f == '-')
      s->left = true;
    else if (*f == '0')
      s->zero = true;
    else
      break;
  if (*f == '*')
    {
      s->width = va_arg (*ap, int);
      if (s->width < 0)
        {
          s->left = true;
          s->width = -s->width;
        }
      f++;
    }
  else
    while (*f >= '0' && *f <= '9')
      s->width = s->width * 10 + (*f++ - '0');
  if (*f == 'h')
    s->length = (*++f == 'h') ? (f++, 'H') : 'h';
  else if (*f == 'l')
    s->length = (*++f == 'l') ? (f++, 'L') : 'l';
  else if (*f == 'z')
    s->length = (f++, 'z');
  *fmt = f;
}

int
kvformat (kformat_sink *sink, void *context, const char *fmt, va_list ap)
{
  struct out o = { sink, context, 0 };
  va_list args;
  va_copy (args, ap);
  while (*fmt)
    {
      if (*fmt != '%')
        {
          put (&o, *fmt++);
          continue;
        }
      fmt++;
      struct spec s;
      parse_spec (&fmt, &s, &args);
      char conv = *fmt ? *fmt++ : '\0';
      switch (conv)
        {
        case 'c':
          {
            char c = (char) va_arg (args, int);
            field (&o, &s, "", &c, 1, false);
            break;
          }
        case 's':
          {
            const char *str = va_arg (args, const char *);
            if (!str)
              str = "(null)";
            int len = 0;
            while (str[len])
              len++;
            field (&o, &s, "", str, len, false);
            break;
          }
        case 'd':
        case 'i':
          {
            intmax_t v = signed_arg (&args, s.length);
            uintmax_t mag = v < 0 ? -(uintmax_t) v : (uintmax_t) v;
            number (&o, &s, mag, 10, false, v < 0 ? "-" : "");
            break;
          }
        case 'u':
          number (&o, &s, unsigned_arg (&args, s.length), 10, false, "");
          break;
        case 'x':
        case 'X':
          number (&o, &s, unsigned_arg (&args, s.length), 16, conv == 'X', "");
          break;
        case 'p':
          {
            void *p = va_arg (args, void *);
            if (p)
              number (&o, &s, (uintptr_t) p, 16, false, "0x");
            else
              field (&o, &s, "", "(nil)", 5, false);
            break;
          }
        case '%':
          put (&o, '%');
          break;
        case '\0':
          break;
        default:
          /* Unknown conversion: show it rather than guess.  */
          put (&o, '%');
          put (&o, conv);
          break;
        }
    }
  va_end (args);
  return o.count;
}

struct buffer
{
  char *buf;
  size_t size;
  size_t len;
};

static void
buffer_sink (void *context, char c)
{
  struct buffer *b = context;
  if (b->len + 1 < b->size)
    b->buf[b->len] = c;
  b->len++;
}

int
kvsnprintf (char *buf, size_t size, const char *fmt, va_list ap)
{
  struct buffer b = { buf, size, 0 };
  int n = kvformat (buffer_sink, &b, fmt, ap);
  if (size > 0)
    buf[b.len < size ? b.len : size - 1] = '\0';
  return n;
}

int
ksnprintf (char *buf, size_t size, const char *fmt, ...)
{
  va_list ap;
  va_start (ap, fmt);
  int n = kvsnprintf (buf, size, fmt, ap);
  va_end (ap);
  return n;
}
