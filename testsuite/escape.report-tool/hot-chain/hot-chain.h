#include <stddef.h>
void *w1 (size_t n);
void *w2 (size_t n);
void *w3 (size_t n);
extern void *(*volatile alloc_hook) (size_t);
extern void *(*volatile raw_malloc) (size_t);
char *plain_copy (const char *s);
