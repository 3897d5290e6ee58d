/* locals-memcpy.c - copying pointer values with memcpy (verbose=1).

   memcpy reads its source and writes its destination during the call
   only, so neither buffer escapes by being passed.  But memcpy copies
   the pointer VALUES the source holds: when the destination is local,
   nothing escapes; when it is global or caller memory, the locals the
   copied pointers point to escape (hazards), while the buffers do not.
   Also covers memmove, memset, and struct assignment, which GCC may
   turn memcpy into.  Sizes are parameters so the calls stay calls.

   Through memcpy/memmove into a global, the message names the global
   ('gs', 'gtab') written through the destination argument, as a direct
   store or a struct assignment does, never just "stored in global
   memory".  */
/* { dg-do compile } */
/* { dg-options "-fplugin-arg-escape-verbose=1" } */

#include <string.h>

struct S { int *p; int n; };

struct S gs;
int *gtab[8];

int
into_local (size_t n)
{
  int x = 1; /* { dg-note "'x' does not escape" } */
  struct S src; /* { dg-note "'src' does not escape" } */
  struct S dst; /* { dg-note "'dst' does not escape" } */
  src.p = &x;
  src.n = 1;
  memcpy (&dst, &src, n);
  return *dst.p;
}

void
into_global (size_t n)
{
  int y; /* { dg-possible "address of 'y' may outlive \\S+: stored in global 'gs'" "global named" } */
  /* { dg-bogus "stored in global memory" "global not named" { target *-*-* } 40 } */
  struct S src; /* { dg-note "'src' does not escape" } */
  src.p = &y; /* { dg-possible-note "flow: address of 'y' taken at \\S*:43" } */
  /* { dg-possible-note "flow: stored in 'src' at \\S*:43" "" { target *-*-* } 43 } */
  src.n = 2;
  memcpy (&gs, &src, n); /* { dg-possible-note "flow: stored in global 'gs' at \\S*:46" "global named" } */
  /* { dg-bogus "flow: stored in global memory" "global not named" { target *-*-* } 46 } */
}

void
into_caller (struct S *out, size_t n) /* { dg-note "out does not escape" } */
{
  int z; /* { dg-possible "address of 'z' may outlive \\S+: stored in memory of the caller, through parameter 'out'" } */
  struct S src; /* { dg-note "'src' does not escape" } */
  src.p = &z; /* { dg-possible-note "flow: address of 'z' taken at \\S*:55" } */
  /* { dg-possible-note "flow: stored in 'src' at \\S*:55" "" { target *-*-* } 55 } */
  src.n = 3;
  memcpy (out, &src, n); /* { dg-possible-note "flow: stored in memory of the caller, through parameter 'out' at \\S*:58" } */
}

void
array_memmove (size_t n)
{
  int a; /* { dg-possible "address of 'a' may outlive \\S+: stored in global 'gtab'" "global named" } */
  /* { dg-bogus "stored in global memory" "global not named" { target *-*-* } 64 } */
  int *tab[4]; /* { dg-note "'tab' does not escape" } */
  tab[0] = &a; /* { dg-possible-note "flow: address of 'a' taken at \\S*:67" } */
  /* { dg-possible-note "flow: stored in 'tab' at \\S*:67" "" { target *-*-* } 67 } */
  memmove (gtab, tab, n); /* { dg-possible-note "flow: stored in global 'gtab' at \\S*:69" "global named" } */
  /* { dg-bogus "flow: stored in global memory" "global not named" { target *-*-* } 69 } */
}

/* Copying the pointer VALUES out of a local array into another local.  */
int
local_to_local_array (size_t n)
{
  int b = 4; /* { dg-note "'b' does not escape" } */
  int *from[2]; /* { dg-note "'from' does not escape" } */
  int *to[2]; /* { dg-note "'to' does not escape" } */
  from[0] = &b;
  from[1] = &b;
  memcpy (to, from, n);
  return *to[1];
}

/* memset writes bytes, it keeps nothing.  */
int
cleared (size_t n)
{
  struct S s; /* { dg-note "'s' does not escape" } */
  memset (&s, 0, n);
  return s.n;
}

/* Struct assignment to a global copies the pointer held in 'loc': a
   definite hazard, told by the field and the copy.  */
void
struct_assign (void)
{
  int c; /* { dg-warning "address of 'c' escapes: stored in 'loc.p', stored in global 'gs' at \\S*:105" } */
  struct S loc;
  loc.p = &c; /* { dg-note "flow: address of 'c' taken at \\S*:102" } */
  /* { dg-note "flow: stored in 'loc.p' at \\S*:102" "" { target *-*-* } 102 } */
  loc.n = 0;
  gs = loc; /* { dg-note "flow: stored in global 'gs' at \\S*:105" } */
}
/* The path that keeps a store (hazards-kept-flow.c tests it).  */
/* { dg-prune-output "flow: still stored" } */
