/* Parameter summaries of recursive functions.
   A self-recursive function's calls to itself join its own parameters
   and result (Go style): a parameter it only passes back to itself and
   reads still "does not escape", and what one
   recursive call does with an argument flows back to the caller's own
   parameters (also when the parameters swap places).  Mutual recursion is
   handled soundly: a call to a function that has not been analysed yet is
   an unknown call, so its arguments leak.  */
/* { dg-do compile } */
/* The harness adds -fno-show-column: stock DejaGnu matches ":LINE:"
   anywhere, so a column number could be taken for a line.  */
/* { dg-options "-fplugin-arg-escape-verbose=1" } */

struct node { struct node *next; int v; };

int *g;

/* Recursion only reads through p.  */
int sum_down (int *p,		/* { dg-note "p does not escape" } */
	      int n)
{
  if (n == 0)
    return *p;
  return *p + sum_down (p, n - 1);
}

/* Walks a list recursively: only reads.  */
int length (struct node *l)	/* { dg-note "l does not escape" } */
{
  return l ? 1 + length (l->next) : 0;
}

/* The base case returns p: level 0 through any number of calls.  */
int *bottom (int *p,		/* { dg-note "leaking param: p to result level=0" } */
	     int n)
{
  if (n == 0)
    return p;
  return bottom (p, n - 1);
}

/* The last node of a list: the parameter itself (level 0) or a node
   reached through it.  Reported as level 0, the smallest level.  */
struct node *last (struct node *l) /* { dg-note "leaking param: l to result level=0" } */
{
  if (l->next == 0)
    return l;
  return last (l->next);
}

/* Only the base case stores p in a global.  */
void keep_at_bottom (int *p,	/* { dg-note "leaking param: p(?! to)" } */
		     int n)
{
  if (n == 0)
    {
      g = p;
      return;
    }
  keep_at_bottom (p, n - 1);
}

/* The recursive call's result is stored in a global, and that result is
   p: the fixpoint must turn the result leak into a real leak.  */
int *keep_result (int *p,	/* { dg-note "leaking param: p(?! to)" } */
		  int n)
{
  if (n > 0)
    g = keep_result (p, n - 1);
  return p;
}

/* Parameters swap places on each call: q is stored, so p leaks too.  */
void swap_keep (int *p,		/* { dg-note "leaking param: p(?! to)" } */
		int *q,		/* { dg-note "leaking param: q(?! to)" } */
		int n)
{
  if (n == 0)
    {
      g = q;
      return;
    }
  swap_keep (q, p, n - 1);
}

/* Swapped places, but nothing is kept: neither escapes.  */
int swap_read (int *p,		/* { dg-note "p does not escape" } */
	       int *q,		/* { dg-note "q does not escape" } */
	       int n)
{
  if (n == 0)
    return *p - *q;
  return swap_read (q, p, n - 1);
}

/* Recursion on the content: level 1 at the bottom.  */
int *deref_bottom (int **pp,	/* { dg-note "leaking param: pp to result level=1" } */
		   int n)
{
  if (n == 0)
    return *pp;
  return deref_bottom (pp, n - 1);
}

/* A local handed to a recursive function that keeps nothing.  */
int use_sum_down (void)
{
  int x = 5;			/* { dg-note "'x' does not escape" } */
  return sum_down (&x, 3);
}

/* Mutual recursion.  Whichever of is_even/is_odd GCC analyses first sees
   a call to the other one before it has a summary: an unknown call, so p
   leaks there, and the other function then calls a leaking parameter.
   Both must leak; "does not escape" would be unsound.  */
int is_odd (int *p, unsigned n);

int is_even (int *p,		/* { dg-note "leaking param: p(?! to)" } */
	     unsigned n)
{
  return n == 0 ? *p : is_odd (p, n - 1);
}

int is_odd (int *p,		/* { dg-note "leaking param: p(?! to)" } */
	    unsigned n)
{
  return n == 0 ? !*p : is_even (p, n - 1);
}

/* A local passed into the mutual recursion escapes.  */
int use_is_even (void)
{
  int x = 1;			/* { dg-note "address of 'x' escapes: passed to 'is_even'" } */
  return is_even (&x, 4);
}
