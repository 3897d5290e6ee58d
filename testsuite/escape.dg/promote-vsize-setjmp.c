/* Variable-size promotion, torture style: setjmp and longjmp around
   allocations (a callee that may jump out while the block is live, a
   jump back to before the allocation, repeated).  Passes without the
   plugin too.  */
/* { dg-do run } */
/* { dg-options "-fplugin-arg-escape-promote -fchecking" } */

#include <setjmp.h>
#include <stdlib.h>
#include <string.h>

static jmp_buf env;

__attribute__ ((noinline)) static long
check_or_jump (const unsigned char *p, size_t n, int jump)
{
  long s = 0;
  for (size_t i = 0; i < n; i++)
    s += p[i];
  if (jump)
    longjmp (env, (int) (s & 0x7f) + 1);
  return s;
}

/* The block is freed on both the normal and the longjmp path.  */
__attribute__ ((noinline)) static long
guarded (size_t n, int jump)
{
  unsigned char *volatile p = malloc (n);
  if (!p)
    abort ();
  memset (p, 1, n);
  int r = setjmp (env);
  if (r)
    {
      free (p);
      return -r;
    }
  long s = check_or_jump (p, n, jump);
  free (p);
  return s;
}

/* setjmp before the allocation, longjmp back after it: the site runs
   again while the earlier block may still be in use.  */
__attribute__ ((noinline)) static long
again (size_t n)
{
  volatile int round = 0;
  volatile long total = 0;
  unsigned char *volatile keep = NULL;
  setjmp (env);
  unsigned char *p = malloc (n + (size_t) round);
  if (!p)
    abort ();
  memset (p, round + 1, n + (size_t) round);
  if (keep)
    {
      total += keep[0];
      free (keep);
    }
  keep = p;
  round++;
  if (round < 4)
    longjmp (env, 1);
  total += keep[0];
  free (keep);
  return total;
}

/* The block of one round is freed before the jump back.  */
__attribute__ ((noinline)) static long
rounds (size_t n)
{
  volatile int round = 0;
  volatile long total = 0;
  if (setjmp (env) < 0)
    abort ();
  unsigned char *p = malloc (n + (size_t) round);
  if (!p)
    abort ();
  memset (p, round + 1, n + (size_t) round);
  total += check_or_jump (p, n + (size_t) round, 0);
  free (p);
  round++;
  if (round < 4)
    longjmp (env, 1);
  return total;
}

int
main (void)
{
  static const size_t sizes[] = { 1, 100, 255, 256, 257, 2000 };
  for (unsigned i = 0; i < sizeof sizes / sizeof sizes[0]; i++)
    {
      size_t n = sizes[i];
      if (guarded (n, 0) != (long) n)
	abort ();
      if (guarded (n, 1) != -(long) ((n & 0x7f) + 1))
	abort ();
      /* Rounds 1 to 3 read the block of the round before: 1, 2, 3; the
	 last reads its own: 4.  */
      if (again (n) != 1 + 2 + 3 + 4)
	abort ();
      long want = 0;
      for (int r = 0; r < 4; r++)
	want += (long) (n + r) * (r + 1);
      if (rounds (n) != want)
	abort ();
    }
  exit (0);
}
