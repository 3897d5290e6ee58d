/* Values that cannot carry an address do not make a local a hazard:
   an integer index is not a pointer parameter's memory, and a search
   function's result points into one argument only (strstr, strchr,
   memchr and the like, also spelled __builtin_strstr).  Their broken twins
   still warn, as definite hazards: a search's result is a pointer into
   its argument or NULL, and a returned NULL makes it no less certain.  */
/* { dg-do compile } */

#include <string.h>

struct slot { int *ptr; };

static void
put (struct slot *v, int idx, int *x)
{
  v[idx].ptr = x;
}

int
index_is_not_memory (int i)
{
  int local = 1; /* { dg-bogus "escapes" } */
  struct slot arr[2];
  put (arr, i & 1, &local);
  return *arr[i & 1].ptr;
}

static void
put_long (struct slot *v, long idx, int *x)
{
  (v + idx)->ptr = x;
}

int
long_index_is_not_memory (long i)
{
  int local = 2; /* { dg-bogus "escapes" } */
  struct slot arr[2];
  put_long (arr, i & 1, &local);
  return *arr[i & 1].ptr;
}

char *
search_needle (char *haystack)
{
  char needle[] = "ab"; /* { dg-bogus "escapes" } */
  return strstr (haystack, needle);
}

char *
search_set (char *s)
{
  char set[] = ",;"; /* { dg-bogus "escapes" } */
  return strpbrk (s, set);
}

/* The same spelled as GCC's built-ins (GCC's own test
   c-c++-common/Wdangling-pointer-7.c calls them so).  */
char *
search_builtin (char *p)
{
  char q[] = "0123456789"; /* { dg-bogus "escapes" } */
  return __builtin_strstr (p, q);
}

char *
search_builtin_set (char *p)
{
  char q[] = "0123456789"; /* { dg-bogus "escapes" } */
  return __builtin_strpbrk (p, q);
}

char *
search_builtin_local (void)
{
  char buf[8] = "xay"; /* { dg-warning "address of 'buf' escapes: returned" } */
  return __builtin_strchr (buf, 'a');
}

char *
search_local (void)
{
  char buf[8] = "xay"; /* { dg-warning "address of 'buf' escapes: returned" } */
  return strchr (buf, 'a');
}

void *
search_memory (void)
{
  char mem[4] = { 1, 2, 3, 4 }; /* { dg-warning "address of 'mem' escapes: returned" } */
  return memchr (mem, 3, sizeof mem);
}

/* { dg-prune-output "flow:" } */
/* { dg-prune-output "Wreturn-local-addr" } */
/* { dg-prune-output "declared here" } */
