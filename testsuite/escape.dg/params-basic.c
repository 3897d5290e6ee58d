/* Parameter summaries, one small function per case.
   Covers: "p does not escape", "leaking param: p" (global, unknown call,
   caller memory through another parameter, escaping object, integer
   conversion, inline asm), "leaking param: p to result level=N" for
   N = 0, 1, 2, "leaking param content: p", and combinations of these.
   Only pointer parameters get a note; int parameters get none.  */
/* { dg-do compile } */
/* The harness adds -fno-show-column: stock DejaGnu matches ":LINE:"
   anywhere, so a column number could be taken for a line.  */
/* { dg-options "-fplugin-arg-escape-verbose=1" } */

typedef __SIZE_TYPE__ size_t;
extern void *malloc (size_t);
extern void free (void *);
extern void ext (int *);

struct pair { int *a; int *b; };

int *g;
int **gpp;
long gl;

/* Reads through p, keeps nothing.  */
int read_only (int *p)		/* { dg-note "p does not escape" } */
{
  return *p + 1;
}

/* Writes through p, keeps nothing.  */
void write_only (int *p)	/* { dg-note "p does not escape" } */
{
  *p = 42;
}

/* An int parameter gets no note at all.  */
int plain_int (int n)		/* { dg-bogus "does not escape|leaking" } */
{
  return n * 2;
}

/* Copying p into a local that dies is not an escape.  */
void dead_copy (int *p)		/* { dg-note "p does not escape" } */
{
  int *t = p;
  *t = 0;
}

/* Stored in a global.  */
void to_global (int *p)		/* { dg-note "leaking param: p(?! to)" } */
{
  g = p;
}

/* Passed to a function the analysis cannot see.  */
void to_unknown (int *p)	/* { dg-note "leaking param: p(?! to)" } */
{
  ext (p);
}

/* Stored in the caller's memory through another parameter: p leaks,
   out itself does not.  */
void to_caller (int *p,		/* { dg-note "leaking param: p(?! to)" } */
		int **out)	/* { dg-note "out does not escape" } */
{
  *out = p;
}

/* Two levels down in the caller's memory.  */
void to_caller2 (int *p,		/* { dg-note "leaking param: p(?! to)" } */
		 int ***out)	/* { dg-note "out does not escape" } */
{
  **out = p;
}

/* Stored in a struct the caller passed: p leaks, s does not.  */
void into_field (struct pair *s,	/* { dg-note "s does not escape" } */
		 int *p)	/* { dg-note "leaking param: p(?! to)" } */
{
  s->a = p;
}

/* Stored in a heap object that itself escapes.  */
void in_escaping_object (int *p) /* { dg-note "leaking param: p(?! to)" } */
{
  struct pair *o = malloc (sizeof *o); /* { dg-note "malloc\\(\\.\\.\\.\\) escapes to heap: stored in global 'gpp'" } */
  o->a = p;
  gpp = (int **) o;
}

/* Stored in a heap object that is freed: no escape.  */
void in_private_object (int *p)	/* { dg-note "p does not escape" } */
{
  struct pair *o = malloc (sizeof *o); /* { dg-note "malloc\\(\\.\\.\\.\\) does not escape" } */
  o->a = p;
  free (o);
}

/* Turned into an integer: the analysis loses track, so it leaks.  */
void to_integer (int *p)	/* { dg-note "leaking param: p(?! to)" } */
{
  gl = (long) p;
}

/* Used by inline asm: anything may happen to it.  */
void to_asm (int *p)		/* { dg-note "leaking param: p(?! to)" } */
{
  __asm__ volatile ("" : : "r" (p) : "memory");
}

/* Returned as is: level 0.  */
int *ret_level0 (int *p)	/* { dg-note "leaking param: p to result level=0" } */
{
  return p;
}

/* Returned after pointer arithmetic: still level 0.  */
int *ret_plus (int *p)		/* { dg-note "leaking param: p to result level=0" } */
{
  return p + 4;
}

/* The address of a field is still the same object: level 0.  */
int **ret_field_addr (struct pair *s) /* { dg-note "leaking param: s to result level=0" } */
{
  return &s->b;
}

/* One dereference: level 1.  */
int *ret_level1 (int **p)	/* { dg-note "leaking param: p to result level=1" } */
{
  return *p;
}

/* A field loaded through the pointer: level 1.  */
int *ret_field (struct pair *s)	/* { dg-note "leaking param: s to result level=1" } */
{
  return s->a;
}

/* Indexing an array of pointers: level 1.  */
int *ret_elem (int **v, int i)	/* { dg-note "leaking param: v to result level=1" } */
{
  return v[i];
}

/* Two dereferences: level 2.  */
int *ret_level2 (int ***p)	/* { dg-note "leaking param: p to result level=2" } */
{
  return **p;
}

/* Either parameter may be returned.  */
int *ret_either (int *p,	/* { dg-note "leaking param: p to result level=0" } */
		 int *q,	/* { dg-note "leaking param: q to result level=0" } */
		 int c)
{
  return c ? p : q;
}

/* Returned inside a struct: still a result leak.  */
struct pair ret_struct (int *p,	/* { dg-note "leaking param: p to result level=0" } */
			int *q)	/* { dg-note "leaking param: q to result level=0" } */
{
  struct pair s;
  s.a = p;
  s.b = q;
  return s;
}

/* What p points to is stored in a global, not p itself.  */
void content_to_global (int **p) /* { dg-note "leaking param content: p" } */
{
  g = *p;
}

/* What p points to goes to an unknown function.  */
void content_to_unknown (int **p) /* { dg-note "leaking param content: p" } */
{
  int *t = *p;
  ext (t);
}

/* Copying *p into the caller's memory leaks the content of p.  */
void content_to_caller (int **p,	/* { dg-note "leaking param content: p" } */
			int **q)	/* { dg-note "q does not escape" } */
{
  *q = *p;
}

/* One parameter returned, the other leaks.  */
int *mixed (int *p,		/* { dg-note "leaking param: p to result level=0" } */
	    int *q)		/* { dg-note "leaking param: q(?! to)" } */
{
  g = q;
  return p;
}

/* Returned and stored in a global: leaking outright, which covers the
   result leak, so no "to result" note (the pattern refuses one, and a
   second note would be an excess message).  */
int *leak_and_return (int *p)	/* { dg-note "leaking param: p(?! to)" } */
{
  g = p;
  return p;
}

/* A function returning void (or an int) never reports a result leak.  */
int no_result_level (int *p)	/* { dg-note "p does not escape" } */
{
  return p != 0;
}
