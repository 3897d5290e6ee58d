/* locals-aggregates.c - arrays, structs, unions, compound literals
   (verbose=1).

   Aggregates are one object each (field-insensitive): the address of any
   element or field is the address of the whole.  Covers: an array passed
   to a helper of this file that only reads it, a struct whose field
   address goes to an unknown function, a union holding a pointer, a
   compound literal used locally, passed to an unknown function, and
   returned through a pointer (a hazard), and an array of structs.  */
/* { dg-do compile } */
/* { dg-options "-fplugin-arg-escape-verbose=1" } */

extern void ext (void *);

struct point { int x, y; };
union u { int *p; long bits; };

static int
sum (const int *sv, int n) /* { dg-note "sv does not escape" } */
{
  int s = 0;
  for (int i = 0; i < n; i++)
    s += sv[i];
  return s;
}

int
array_to_reader (void)
{
  int v[4] = { 1, 2, 3, 4 }; /* { dg-note "'v' does not escape" } */
  return sum (v, 4) + sum (&v[2], 2);
}

void
field_to_external (void)
{
  struct point pt = { 1, 2 }; /* { dg-note "address of 'pt' escapes: passed to 'ext'" } */
  ext (&pt.y);
}

int
union_local (void)
{
  int target = 5; /* { dg-note "'target' does not escape" } */
  union u un; /* { dg-note "'un' does not escape" } */
  union u *up = &un;
  up->p = &target;
  return *un.p;
}

void
union_to_external (void)
{
  int target2; /* { dg-note "address of 'target2' escapes: stored in 'un2', which escapes" } */
  union u un2; /* { dg-note "address of 'un2' escapes: passed to 'ext'" } */
  un2.p = &target2;
  ext (&un2);
}

int
literal_local (void)
{
  int *p = (int[]) { 1, 2, 3 }; /* { dg-note "a compound literal does not escape" } */
  return p[1] + p[2];
}

void
literal_to_external (void)
{
  ext ((struct point[]) { { 1, 2 } }); /* { dg-note "address of a compound literal escapes: passed to 'ext'" } */
}

/* Through a struct holding the pointer, so that GCC -O2 does not see
   it: a plugin hazard at both levels.  */
struct holder { int *p; };

struct holder
literal_returned (void)
{
  struct holder h;
  h.p = (int[]) { 7, 8 }; /* { dg-warning "address of a compound literal escapes: returned" } */
  /* { dg-note "flow: address of a compound literal taken at \\S*:81" "" { target *-*-* } 81 } */
  /* { dg-note "flow: stored in 'h' at \\S*:81" "" { target *-*-* } 81 } */
  return h; /* { dg-note "flow: returned at \\S*:84" } */
}

int
array_of_structs (int i)
{
  struct point pts[3] = { { 0, 0 }, { 1, 1 }, { 2, 2 } }; /* { dg-note "'pts' does not escape" } */
  struct point *pp = &pts[i];
  int *py = &pts[2].y;
  return pp->x + *py;
}
