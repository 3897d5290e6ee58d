/* bench/promote/workload-var.c - temporary heap buffers whose size is
   known only at run time, allocated and freed inside functions: joining
   strings, per-request scratch buffers of varying sizes (most below 256
   bytes, one request in 16 above), strdup of short strings and a calloc'd
   histogram.  No size is a compile-time constant, so
   -fplugin-arg-escape-promote gives each site a buffer of the limit (256
   bytes by default) and keeps the allocator for the sizes above it.
   Prints a checksum so all builds can be compared.  */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static const char *const words[] = {
  "alpha", "bravo", "charlie", "delta", "echo", "foxtrot", "golf",
  "hotel", "india", "juliett", "kilo", "lima", "mike", "november",
  "oscar", "papa", "quebec", "romeo", "sierra", "tango", "uniform",
  "victor", "whiskey", "xray", "yankee", "zulu",
};
#define NWORDS (sizeof words / sizeof words[0])

static unsigned
hash_bytes (const unsigned char *p, size_t n)
{
  unsigned h = 2166136261u;
  for (size_t k = 0; k < n; k++)
    h = (h ^ p[k]) * 16777619u;
  return h;
}

/* String join: K words from FIRST on, separated by '/', into a buffer
   of exactly the joined length.  */
static unsigned
join_words (unsigned first, unsigned k)
{
  size_t total = 1;
  for (unsigned j = 0; j < k; j++)
    total += strlen (words[(first + j) % NWORDS]) + 1;
  char *buf = malloc (total);
  if (!buf)
    abort ();
  char *end = buf;
  for (unsigned j = 0; j < k; j++)
    {
      const char *w = words[(first + j) % NWORDS];
      size_t n = strlen (w);
      if (j)
	*end++ = '/';
      memcpy (end, w, n);
      end += n;
    }
  *end = 0;
  unsigned h = hash_bytes ((const unsigned char *) buf, (size_t) (end - buf));
  free (buf);
  return h;
}

/* A request's scratch buffer: 24 to 248 bytes, and 300 to 1,200 bytes
   for one request in 16.  */
static size_t
request_size (unsigned i)
{
  if ((i & 15) == 15)
    return 300 + (i * 37u) % 901;
  return 24 + (i * 13u) % 225;
}

static unsigned long
handle_request (unsigned i)
{
  size_t n = request_size (i);
  unsigned char *scratch = malloc (n);
  if (!scratch)
    abort ();
  for (size_t k = 0; k < n; k++)
    scratch[k] = (unsigned char) (i + k * 3);
  unsigned long s = 0;
  for (size_t k = 0; k < n; k += 2)
    s += scratch[k] ^ scratch[n - 1 - k];
  free (scratch);
  return s + n;
}

/* strdup of a short string, edited in place.  */
static unsigned
shout (unsigned i)
{
  char *s = strdup (words[i % NWORDS]);
  if (!s)
    abort ();
  for (char *c = s; *c; c++)
    if (*c >= 'a' && *c <= 'z')
      *c -= 'a' - 'A';
  unsigned h = hash_bytes ((const unsigned char *) s, strlen (s));
  free (s);
  return h;
}

/* A calloc'd histogram of 8 to 60 counters.  */
static unsigned long
histogram (unsigned i)
{
  size_t bins = 8 + i % 53;
  unsigned *count = calloc (bins, sizeof *count);
  if (!count)
    abort ();
  for (unsigned k = 0; k < 64; k++)
    count[(i * 7 + k * k) % bins]++;
  unsigned long s = 0;
  for (size_t b = 0; b < bins; b++)
    s += count[b] * (b + 1);
  free (count);
  return s;
}

int
main (int argc, char **argv)
{
  long n = argc > 1 ? atol (argv[1]) : 2000000;
  unsigned long check = 0;
  for (long i = 0; i < n; i++)
    {
      unsigned u = (unsigned) i;
      check += join_words (u % NWORDS, 2 + u % 5);
      check += handle_request (u);
      check += shout (u);
      check += histogram (u);
    }
  printf ("%lu\n", check);
  return 0;
}
