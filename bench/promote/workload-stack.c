/* bench/promote/workload-stack.c - workload.c written by hand with its
   temporaries on the stack (a local array or struct where workload.c
   calls malloc or calloc): what promotion could at best achieve.  Prints
   the same checksum as workload.c.  */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

struct point { double x, y, z; };
struct segment { struct point a, b; int id; };

/* String building: format into a temporary buffer, measure it.  */
static unsigned
label_length (int i)
{
  char buf[64];
  snprintf (buf, 64, "item-%d-%x", i, i * 7);
  size_t n = strlen (buf);
  unsigned h = 0;
  for (size_t k = 0; k < n; k++)
    h = h * 31 + (unsigned char) buf[k];
  return h;
}

/* A small vector: fill, reduce, free.  */
static long
window_sum (int base)
{
  int v[16];
  for (int k = 0; k < 16; k++)
    v[k] = base + k * k;
  long s = 0;
  for (int k = 0; k < 16; k++)
    s += v[k] * (k & 3);
  return s;
}

/* A temporary struct, zeroed.  */
static double
segment_length2 (int i)
{
  struct segment seg = { 0 }, *sg = &seg;
  sg->a.x = i;
  sg->b.x = i + 3;
  sg->b.y = i % 5;
  sg->id = i;
  double dx = sg->b.x - sg->a.x, dy = sg->b.y - sg->a.y,
	 dz = sg->b.z - sg->a.z;
  double r = dx * dx + dy * dy + dz * dz;
  return r;
}

int
main (int argc, char **argv)
{
  long n = argc > 1 ? atol (argv[1]) : 2000000;
  unsigned long check = 0;
  double acc = 0;
  for (long i = 0; i < n; i++)
    {
      check += label_length ((int) (i & 1023));
      check += (unsigned long) window_sum ((int) i);
      acc += segment_length2 ((int) i);
    }
  printf ("%lu %.1f\n", check, acc);
  return 0;
}
