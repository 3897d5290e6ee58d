/* hot-chain: three wrappers, an allocator reached only through a
   function pointer, and a pointer to malloc itself (as libcurl's
   Curl_cmalloc).  Compiled with the plugin.  */
#include <stdlib.h>
#include "hot-chain.h"

void *
w1 (size_t n)
{
  void *p = malloc (n);
  if (!p)
    abort ();
  return p;
}

void *
w2 (size_t n)
{
  return w1 (n);
}

void *
w3 (size_t n)
{
  return w2 (n);
}

static void *
fp_alloc (size_t n)
{
  return malloc (n);
}

void *(*volatile alloc_hook) (size_t) = fp_alloc;
void *(*volatile raw_malloc) (size_t) = malloc;
