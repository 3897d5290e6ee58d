/* A C port of the kinds of cases in Go's test/escape2.go: addresses of
   locals flowing into other locals, struct fields and arrays, out through
   results, globals and the caller's memory, pointer chains several levels
   deep, parameters leaking to results at various levels, and loops.
   The code is new; only the kinds of cases follow Go.  Locals whose
   address outlives the frame are warnings; their flow notes are not
   checked here.  */
/* { dg-do compile } */
/* The harness adds -fno-show-column: stock DejaGnu matches ":LINE:"
   anywhere, so a column number could be taken for a line.  */
/* { dg-options "-fplugin-arg-escape-verbose=1" } */
/* { dg-note "flow:" "" { target *-*-* } 0 } */

struct pt { int x, y; };
struct holder { int *p; struct pt *pt; };
struct chain { struct chain *next; int *val; };

int *gp;
int **gpp;
struct holder gh;
extern void sink (void *);

/* Address into a local pointer that dies: nothing escapes.  */
int addr_local (void)
{
  int i = 0;			/* { dg-note "'i' does not escape" } */
  int *p = &i;
  *p = 3;
  return i;
}

/* Address out through a struct returned by value.  */
struct holder addr_in_result (void)
{
  int i = 0;			/* { dg-warning "address of 'i' escapes: returned" } */
  struct holder h;
  h.p = &i;
  h.pt = 0;
  return h;
}

/* Address stored in a global through a local pointer.  */
void addr_to_global (void)
{
  int i = 0;			/* { dg-warning "address of 'i' escapes: stored in global 'gp'" } */
  int *p = &i;
  gp = p;
}

/* A field of a global struct.  */
void addr_to_global_field (void)
{
  struct pt q = { 1, 2 };	/* { dg-warning "address of 'q' escapes: stored in global 'gh'" } */
  gh.pt = &q;
}

/* Into the caller's memory through a parameter.  */
void addr_to_caller (int **out)	/* { dg-note "out does not escape" } */
{
  int i = 0;			/* { dg-warning "address of 'i' escapes: stored in memory of the caller, through parameter 'out'" } */
  *out = &i;
}

/* The address of one element of a local array: the whole array
   escapes.  */
void elem_to_global (void)
{
  int a[8];			/* { dg-warning "address of 'a' escapes: stored in global 'gp'" } */
  gp = &a[3];
}

/* The address of a field: the whole struct escapes.  */
void field_to_global (void)
{
  struct pt q;			/* { dg-warning "address of 'q' escapes: stored in global 'gp'" } */
  gp = &q.y;
}

/* A local struct holds &i, and the struct's address goes to sink:
   the struct escapes, and i with it because it is stored in it.  */
void through_struct (void)
{
  int i = 0;			/* { dg-note "address of 'i' escapes: stored in 'h', which escapes" } */
  struct holder h;		/* { dg-note "address of 'h' escapes: passed to 'sink'" } */
  h.p = &i;
  sink (&h);
}

/* A local array of pointers: storing &i into it does not escape while
   the array stays private.  */
int array_of_ptrs (void)
{
  int i = 0, j = 1;		/* { dg-note "'(i|j)' does not escape" } */
  int *v[2];
  v[0] = &i;
  v[1] = &j;
  return *v[0] + *v[1];
}

/* Three levels: i <- p <- pp <- ppp.  Only reads.  */
int chain3_private (void)
{
  int i = 0;			/* { dg-note "'i' does not escape" } */
  int *p = &i;			/* { dg-note "'p' does not escape" } */
  int **pp = &p;		/* { dg-note "'pp' does not escape" } */
  int ***ppp = &pp;
  return ***ppp;
}

/* Three levels, and the bottom pointer value goes to a global: only i
   escapes, p and pp do not.  */
void chain3_bottom (void)
{
  int i = 0;			/* { dg-possible "address of 'i' may outlive \\S+: stored in global 'gp'" } */
  int *p = &i;			/* { dg-note "'p' does not escape" } */
  int **pp = &p;		/* { dg-note "'pp' does not escape" } */
  int ***ppp = &pp;
  gp = **ppp;
}

/* Three levels, and the middle pointer goes to a global: p escapes, and
   i, stored in p, escapes with it (a warning too: through p it outlives
   the frame); pp does not.  */
void chain3_middle (void)
{
  int i = 0;			/* { dg-possible "address of 'i' may outlive \\S+: stored in 'p', which escapes" } */
  int *p = &i;			/* { dg-possible "address of 'p' may outlive \\S+: stored in global 'gpp'" } */
  int **pp = &p;		/* { dg-note "'pp' does not escape" } */
  int ***ppp = &pp;
  gpp = *ppp;
}

/* Parameters leaking to the result at levels 0, 1 and 2 through local
   copies (escape2.go's foo-style functions).  */
int *level0 (int *p)		/* { dg-note "leaking param: p to result level=0" } */
{
  int *q = p;
  return q;
}

int *level1 (int **pp)		/* { dg-note "leaking param: pp to result level=1" } */
{
  int **t = pp;
  int *q = *t;
  return q;
}

int *level2 (int ***ppp)	/* { dg-note "leaking param: ppp to result level=2" } */
{
  int **t = *ppp;
  return *t;
}

/* Level 1 through a struct field pointer.  */
struct pt *field_level1 (struct holder *h) /* { dg-note "leaking param: h to result level=1" } */
{
  return h->pt;
}

/* A local handed to level1 through a local pointer: the result is only
   read, so neither escapes.  */
int use_level1 (void)
{
  int i = 4;			/* { dg-note "'i' does not escape" } */
  int *p = &i;			/* { dg-note "'p' does not escape" } */
  return *level1 (&p);
}

/* The same, but the result goes to a global: i escapes, p does not.  */
void use_level1_global (void)
{
  int i = 4;			/* { dg-possible "address of 'i' may outlive \\S+: stored in global 'gp'" } */
  int *p = &i;			/* { dg-note "'p' does not escape" } */
  gp = level1 (&p);
}

/* Loops: a pointer that walks a local array and ends in a global.  */
void loop_walk (int n)
{
  int a[16];			/* { dg-warning "address of 'a' escapes: stored in global 'gp'" } */
  int *p = a;
  for (int k = 0; k < n && k < 15; k++)
    p++;
  gp = p;
}

/* Loops: a list of locals linked in a loop, only read.  */
int loop_list (void)
{
  struct chain c[4];		/* { dg-note "'c' does not escape" } */
  struct chain *l = 0;
  for (int k = 0; k < 4; k++)
    {
      c[k].next = l;
      l = &c[k];
    }
  int n = 0;
  for (; l; l = l->next)
    n++;
  return n;
}

/* A loop-carried pointer that may be either of two locals at the end:
   both escape.  */
void loop_either (int n)
{
  int x = 0, y = 0;		/* { dg-warning "address of '(x|y)' escapes: stored in global 'gp'" } */
  int *p = &x, *q = &y;
  for (int k = 0; k < n; k++)
    {
      int *t = p;
      p = q;
      q = t;
    }
  gp = p;
}
