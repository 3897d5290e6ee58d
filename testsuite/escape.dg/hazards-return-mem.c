/* hazards-return-mem.c - a local's address returned through memory.

   Covers: a struct field returned by value, an array field of a struct
   returned by value, a nested struct, a union, a big struct returned in
   memory (hidden result pointer), a compound literal built at the return,
   and a pointer that goes through a local pointer variable in memory
   ('*pp = &w; return p;').  GCC's -Wreturn-local-addr sees none of these
   at any level, so they are plugin warnings at both -O0 and -O2, each
   with its flow notes.  */
/* { dg-do compile } */

struct span { int *data; int len; };
struct vec2 { int *v[2]; };
struct outer { int tag; struct span in; };
union pun { int *p; long l; };
struct big { int *p; long pad[16]; };

struct span
field (int n)
{
  int buf[3] = { n, 2 * n, 3 * n }; /* { dg-warning "address of 'buf' escapes: returned" } */
  struct span s;
  s.data = buf; /* { dg-note "flow: address of 'buf' taken at \\S*:23" } */
  /* { dg-note "flow: stored in 's' at \\S*:23" "" { target *-*-* } 23 } */
  s.len = 3;
  return s; /* { dg-note "flow: returned at \\S*:26" } */
}

struct vec2
array_field (void)
{
  int z; /* { dg-warning "address of 'z' escapes: returned" } */
  struct vec2 a;
  a.v[0] = 0;
  a.v[1] = &z; /* { dg-note "flow: address of 'z' taken at \\S*:35" } */
  /* { dg-note "flow: stored in 'a' at \\S*:35" "" { target *-*-* } 35 } */
  return a; /* { dg-note "flow: returned at \\S*:37" } */
}

struct outer
nested (void)
{
  int k; /* { dg-warning "address of 'k' escapes: returned" } */
  struct outer o = { 0, { 0, 1 } };
  o.in.data = &k; /* { dg-note "flow: address of 'k' taken at \\S*:45" } */
  /* { dg-note "flow: stored in 'o' at \\S*:45" "" { target *-*-* } 45 } */
  return o; /* { dg-note "flow: stored in the return value at \\S*:47" } */
  /* { dg-note "flow: returned at \\S*:47" "" { target *-*-* } 47 } */
}

union pun
through_union (void)
{
  int u; /* { dg-warning "address of 'u' escapes: returned" } */
  union pun x;
  x.p = &u; /* { dg-note "flow: address of 'u' taken at \\S*:56" } */
  /* { dg-note "flow: stored in 'x' at \\S*:56" "" { target *-*-* } 56 } */
  return x; /* { dg-note "flow: returned at \\S*:58" } */
}

struct big
in_memory (void)
{
  int m; /* { dg-warning "address of 'm' escapes: returned" } */
  struct big b = { 0 };
  b.p = &m; /* { dg-note "flow: address of 'm' taken at \\S*:66" } */
  /* { dg-note "flow: stored in 'b' at \\S*:66" "" { target *-*-* } 66 } */
  return b; /* { dg-note "flow: stored in the return value at \\S*:68" } */
  /* { dg-note "flow: returned at \\S*:68" "" { target *-*-* } 68 } */
}

/* The struct is a compound literal at the return statement.  */
struct span
literal (int n)
{
  int buf[2] = { n, n }; /* { dg-warning "address of 'buf' escapes: returned" } */
  int *p = buf; /* { dg-note "flow: address of 'buf' taken at \\S*:77" } */
  /* { dg-note "flow: assigned to 'p' at \\S*:77" "" { target *-*-* } 77 } */
  return (struct span) { p, 2 }; /* { dg-note "flow: returned at \\S*:79" } */
}

/* Through a pointer to a local struct.  (Through a plain pointer
   variable, '*pp = &w; return p;', GCC -O2 promotes 'p' to a register and
   warns itself, so that form is not used here.)  */
struct vec2
through_memory (void)
{
  int w; /* { dg-warning "address of 'w' escapes: returned" } */
  struct vec2 b;
  struct vec2 *bp = &b;
  bp->v[0] = &w; /* { dg-note "flow: address of 'w' taken at \\S*:91" } */
  /* { dg-note "flow: stored in 'b' at \\S*:91" "" { target *-*-* } 91 } */
  bp->v[1] = 0;
  return b; /* { dg-note "flow: returned at \\S*:94" } */
}

/* Not hazards: the value is copied out, not the address.  */
struct span
copied_out (int n)
{
  int v = n; /* { dg-bogus "escapes" } */
  int *p = &v;
  struct span s = { 0, *p };
  return s;
}
