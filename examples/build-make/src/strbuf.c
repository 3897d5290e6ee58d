/* strbuf.c - a growable string.  */
#include <stdlib.h>
#include <string.h>
#include "inv.h"

void sb_init (struct strbuf *sb)
{
  sb->data = NULL;
  sb->len = sb->cap = 0;
}

void sb_add (struct strbuf *sb, const char *s)
{
  size_t n = strlen (s);
  if (sb->len + n + 1 > sb->cap)
    {
      size_t cap = (sb->len + n + 1) * 2;
      char *p = realloc (sb->data, cap);
      if (!p)
        return;
      sb->data = p;
      sb->cap = cap;
    }
  memcpy (sb->data + sb->len, s, n + 1);
  sb->len += n;
}

char *sb_take (struct strbuf *sb)
{
  char *s = sb->data;
  sb_init (sb);
  return s;
}
