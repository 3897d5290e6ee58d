/* Callers use their callees' parameter summaries.
   A local whose address is passed to a function whose parameter does not
   escape does not escape; passed to a leaking parameter it escapes
   ("passed to 'f'"; a hazard warning when the callee keeps it in a
   global or the like, as 'keep' and 'keep_content' do); passed to an
   identity function it escapes only if the result does.  Summaries
   compose along call chains, and a caller's own parameters inherit what
   its callees do with them.  */
/* { dg-do compile } */
/* The harness adds -fno-show-column: stock DejaGnu matches ":LINE:"
   anywhere, so a column number could be taken for a line.  */
/* { dg-options "-fplugin-arg-escape-verbose=1" } */
/* The warnings' flow notes are checked in other files: drop them here.  */
/* { dg-note "flow:" "" { target *-*-* } 0 } */

typedef __SIZE_TYPE__ size_t;
extern void *malloc (size_t);
extern void free (void *);

int *g;

/* --- the callees ------------------------------------------------------ */

int peek (int *p)		/* { dg-note "p does not escape" } */
{
  return *p;
}

void keep (int *p)		/* { dg-note "leaking param: p(?! to)" } */
{
  g = p;
}

int *id (int *p)		/* { dg-note "leaking param: p to result level=0" } */
{
  return p;
}

int *load (int **pp)		/* { dg-note "leaking param: pp to result level=1" } */
{
  return *pp;
}

int **loadp (int ***ppp)	/* { dg-note "leaking param: ppp to result level=1" } */
{
  return *ppp;
}

void keep_content (int **pp)	/* { dg-note "leaking param content: pp" } */
{
  g = *pp;
}

/* --- callers with locals ---------------------------------------------- */

/* peek keeps nothing.  */
int call_peek (void)
{
  int x = 1;			/* { dg-note "'x' does not escape" } */
  return peek (&x);
}

/* keep stores its argument in a global: a hazard.  */
void call_keep (void)
{
  int x = 1;			/* { dg-warning "address of 'x' escapes: passed to 'keep'" } */
  keep (&x);
}

/* id's result is only read: x does not escape.  */
int call_id_local (void)
{
  int x = 1;			/* { dg-note "'x' does not escape" } */
  int *q = id (&x);
  return *q;
}

/* id's result is stored in a global: x escapes through it, and as id
   must-return its parameter, it is a definite hazard.  */
void call_id_global (void)
{
  int x = 1;			/* { dg-warning "address of 'x' escapes: stored in global 'g'" } */
  g = id (&x);
}

/* load returns what its argument points to: px does not escape, but x
   (what px points to) is what comes back.  */
int call_load_local (void)
{
  int x = 1;			/* { dg-note "'x' does not escape" } */
  int *px = &x;			/* { dg-note "'px' does not escape" } */
  return *load (&px);
}

void call_load_global (void)
{
  int x = 1;			/* { dg-possible "address of 'x' may outlive \\S+: stored in global 'g'" } */
  int *px = &x;			/* { dg-note "'px' does not escape" } */
  g = load (&px);
}

/* keep_content leaks what px points to, not px: into a global, so x is
   a hazard.  */
void call_keep_content (void)
{
  int x = 1;			/* { dg-possible "address of 'x' may outlive \\S+: passed to 'keep_content'" } */
  int *px = &x;			/* { dg-note "'px' does not escape" } */
  keep_content (&px);
}

/* A heap object handed to peek does not escape; handed to keep it does.  */
int heap_to_peek (void)
{
  int *m = malloc (sizeof *m);	/* { dg-note "malloc\\(\\.\\.\\.\\) does not escape" } */
  *m = 3;
  int r = peek (m);
  free (m);
  return r;
}

void heap_to_keep (void)
{
  int *m = malloc (sizeof *m);	/* { dg-note "malloc\\(\\.\\.\\.\\) escapes to heap: passed to 'keep'" } */
  keep (m);
}

int *heap_through_id (void)
{
  return id (malloc (sizeof (int))); /* { dg-note "malloc\\(\\.\\.\\.\\) escapes to heap: returned" } */
}

/* --- callers with parameters: summaries compose ----------------------- */

int chain_peek (int *p)		/* { dg-note "p does not escape" } */
{
  return peek (p) + peek (p);
}

void chain_keep (int *p)	/* { dg-note "leaking param: p(?! to)" } */
{
  keep (p);
}

int *chain_id (int *p)		/* { dg-note "leaking param: p to result level=0" } */
{
  return id (id (p));
}

/* id's result is stored in a global: p leaks.  */
void chain_id_global (int *p)	/* { dg-note "leaking param: p(?! to)" } */
{
  g = id (p);
}

/* id's result is only read: p does not escape.  */
int chain_id_read (int *p)	/* { dg-note "p does not escape" } */
{
  return *id (p);
}

int *chain_load (int **pp)	/* { dg-note "leaking param: pp to result level=1" } */
{
  return load (pp);
}

/* A load of a load: level 2.  */
int *chain_load2 (int ***ppp)	/* { dg-note "leaking param: ppp to result level=2" } */
{
  return load (loadp (ppp));
}

void chain_keep_content (int **pp) /* { dg-note "leaking param content: pp" } */
{
  keep_content (pp);
}

/* Storing load's result in the caller's memory leaks the content of pp.  */
void chain_load_out (int **pp,	/* { dg-note "leaking param content: pp" } */
		     int **out)	/* { dg-note "out does not escape" } */
{
  *out = load (pp);
}
