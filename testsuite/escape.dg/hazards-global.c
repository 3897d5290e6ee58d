/* hazards-global.c - a local's address stored in a global or static.

   Covers: a global pointer, a file-scope static, a static local pointer,
   a field of a global struct, an element of a global array, an extern
   global, a global reached through a pointer to it, and a store guarded
   by a condition or done in a loop.  Each is a warning "stored in global
   'g'" at the declaration, with the flow notes.  Static locals themselves
   are never reported, even when their address is stored.  */
/* { dg-do compile } */

struct holder { int *p; int n; };

int *g;
static int *sg;
struct holder gs;
int *garr[4];
extern int *eg;

void
to_global (void)
{
  int x; /* { dg-warning "address of 'x' escapes: stored in global 'g'" } */
  g = &x; /* { dg-note "flow: address of 'x' taken at \\S*:23" } */
  /* { dg-note "flow: stored in global 'g' at \\S*:23" "" { target *-*-* } 23 } */
}

void
to_static_global (void)
{
  int x; /* { dg-warning "address of 'x' escapes: stored in global 'sg'" } */
  int *p = &x; /* { dg-note "flow: address of 'x' taken at \\S*:31" } */
  /* { dg-note "flow: assigned to 'p' at \\S*:31" "" { target *-*-* } 31 } */
  sg = p; /* { dg-note "flow: stored in global 'sg' at \\S*:33" } */
}

int
to_static_local (int v)
{
  static int *last;
  int x = v; /* { dg-warning "address of 'x' escapes: stored in global 'last'" } */
  int r = last ? *last : 0;
  last = &x; /* { dg-note "flow: address of 'x' taken at \\S*:42" } */
  /* { dg-note "flow: stored in global 'last' at \\S*:42" "" { target *-*-* } 42 } */
  return r;
}

void
to_global_field (void)
{
  int x; /* { dg-warning "address of 'x' escapes: stored in global 'gs'" } */
  gs.p = &x; /* { dg-note "flow: address of 'x' taken at \\S*:51" } */
  /* { dg-note "flow: stored in global 'gs' at \\S*:51" "" { target *-*-* } 51 } */
}

void
to_global_array (int i)
{
  char buf[16]; /* { dg-warning "address of 'buf' escapes: stored in global 'garr'" } */
  garr[i] = (int *) buf; /* { dg-note "flow: address of 'buf' taken at \\S*:59" } */
  /* { dg-note "flow: stored in global 'garr' at \\S*:59" "" { target *-*-* } 59 } */
}

void
to_extern (void)
{
  struct holder h; /* { dg-warning "address of 'h' escapes: stored in global 'eg'" } */
  eg = &h.n; /* { dg-note "flow: address of 'h' taken at \\S*:67" } */
  /* { dg-note "flow: stored in global 'eg' at \\S*:67" "" { target *-*-* } 67 } */
}

/* A pointer to the global is taken first: the store still lands in 'g'.  */
void
through_pointer_to_global (void)
{
  int x; /* { dg-warning "address of 'x' escapes: stored in global" } */
  int **gp = &g;
  *gp = &x; /* { dg-note "flow: address of 'x' taken at \\S*:77" } */
  /* { dg-note "flow: stored in global \[^\n\]* at \\S*:77" "" { target *-*-* } 77 } */
}

void
conditional (int c)
{
  int x; /* { dg-warning "address of 'x' escapes: stored in global 'g'" } */
  if (c)
    g = &x; /* { dg-note "flow: address of 'x' taken at \\S*:86" } */
  /* { dg-note "flow: stored in global 'g' at \\S*:86" "" { target *-*-* } 86 } */
  else
    g = 0;
}

void
in_loop (int n)
{
  int arr[8]; /* { dg-warning "address of 'arr' escapes: stored in global 'garr'" } */
  for (int i = 0; i < n && i < 4; i++)
    garr[i] = &arr[2 * i]; /* { dg-note "flow: address of 'arr' taken at \\S*:97" } */
  /* { dg-note "flow: stored in global 'garr' at \\S*:97" "" { target *-*-* } 97 } */
}

/* Static locals live forever: storing their address is fine, and they
   are never reported.  */
void
static_local_is_fine (void)
{
  static int forever; /* { dg-bogus "escapes" } */
  static int table[4]; /* { dg-bogus "escapes" } */
  g = &forever;
  garr[0] = table;
}

/* Reading a global's pointee or storing a value (not an address) is not
   an escape.  */
void
not_an_escape (void)
{
  int x = 5; /* { dg-bogus "escapes" } */
  int *p = &x;
  if (g)
    *g = *p;
}
/* The path that keeps a store (hazards-kept-flow.c tests it).  */
/* { dg-prune-output "flow: still stored" } */
