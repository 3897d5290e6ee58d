/* inv.h - a tiny inventory program, split over many translation units
   so that the build-system examples have something real to analyse.  */
#ifndef INV_H
#define INV_H
#include <stddef.h>

struct item { char *name; int count; struct item *next; };
struct strbuf { char *data; size_t len, cap; };

/* Inline helpers: every translation unit that uses them reports them,
   so the report holds duplicate records that escape-report drops.  */
static inline const char *inv_or (const char *s, const char *fallback)
{
  return s ? s : fallback;
}

static inline int inv_is_blank (const char *s)
{
  while (*s == ' ' || *s == '\t')
    s++;
  return *s == '\0';
}

struct item *list_push (struct item *head, char *name, int count);
struct item *list_find (struct item *head, const char *name);
void list_free (struct item *head);
int list_total (const struct item *head);

void sb_init (struct strbuf *sb);
void sb_add (struct strbuf *sb, const char *s);
char *sb_take (struct strbuf *sb);

unsigned hash_name (const char *s);
int hash_bucket (const char *s, int nbuckets);

void config_set_name (const char *name);
const char *config_name (void);

void log_msg (const char *fmt, const char *arg);
int log_count (void);

char *pool_strdup (const char *s);
void pool_release (void);

int parse_line (const char *line, char *name, size_t size, int *count);
struct item *parse_all (const char **lines, int n);

char *report_render (const struct item *head);
#endif
