/* cmdline.c -- options on the kernel command line.  Plain C, no kernel
   dependencies.  */

#include "cmdline.h"

/* The word of CMDLINE whose name is NAME: a pointer just past the name
   (at '=', a space or the end), or null.  */
static const char *
find (const char *cmdline, const char *name)
{
  const char *p = cmdline;
  while (*p)
    {
      while (*p == ' ')
        p++;
      const char *n = name;
      const char *w = p;
      while (*n && *w == *n)
        w++, n++;
      if (!*n && (*w == '\0' || *w == ' ' || *w == '='))
        return w;
      while (*p && *p != ' ')
        p++;
    }
  return 0;
}

bool
cmdline_has (const char *cmdline, const char *name)
{
  return find (cmdline, name) != 0;
}

bool
cmdline_value (const char *cmdline, const char *name, char *buf, size_t size)
{
  const char *w = find (cmdline, name);
  if (!w || *w != '=' || size == 0)
    return false;
  w++;
  size_t i = 0;
  while (w[i] && w[i] != ' ' && i + 1 < size)
    {
      buf[i] = w[i];
      i++;
    }
  buf[i] = '\0';
  return true;
}

bool
cmdline_is (const char *cmdline, const char *name, const char *value)
{
  const char *w = find (cmdline, name);
  if (!w || *w != '=')
    return false;
  w++;
  while (*value && *w == *value)
    w++, value++;
  return !*value && (*w == '\0' || *w == ' ');
}

size_t
cmdline_collect (const char *cmdline, const char *prefix, char sep,
                 char *buf, size_t size)
{
  size_t len = 0, plen = 0;
  while (prefix[plen])
    plen++;
  if (size)
    buf[0] = '\0';
  for (const char *p = cmdline; *p;)
    {
      while (*p == ' ')
        p++;
      size_t wlen = 0;
      while (p[wlen] && p[wlen] != ' ')
        wlen++;
      size_t i = 0;
      while (i < plen && i < wlen && p[i] == prefix[i])
        i++;
      if (i == plen && wlen > plen)
        {
          size_t need = (len ? 1 : 0) + wlen - plen;
          if (len + need + 1 > size)
            return (size_t) -1;
          if (len)
            buf[len++] = sep;
          for (i = plen; i < wlen; i++)
            buf[len++] = p[i];
          buf[len] = '\0';
        }
      p += wlen;
    }
  return len;
}
