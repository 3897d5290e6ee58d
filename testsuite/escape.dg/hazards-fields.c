/* Fields, slots and bytes (issue "warnings that hold on real code"):
   a local's address stored in one field of a local struct does not
   outlive the frame because another field is read and returned or
   stored; a slot overwritten before it is read no longer holds it; a
   byte copy does not carry an address; a parameter's contents stored
   through another parameter is the caller's business.  The broken
   variants still warn.  Each runs at -O0 and -O2 (the harness's
   levels).  */
/* { dg-do compile } */

#include <stdlib.h>
#include <string.h>

struct info { void *ctx; unsigned long long next; };

unsigned long long
field_returned (void)
{
  int local = 0; /* { dg-bogus "warning" } */
  struct info info = { .ctx = &local, .next = 7 };
  local++;
  return info.next;
}

void *
field_returned_bad (void)
{
  int local2 = 0; /* { dg-warning "address of 'local2' escapes: returned" } */
  struct info info = { .ctx = &local2, .next = 7 };
  local2++;
  return info.ctx;
}

int *g_b;
int g;

void
field_stored (void)
{
  int x = 0; /* { dg-bogus "warning" } */
  struct { int *a, *b; } s;
  s.a = &x;
  s.b = &g;
  g_b = s.b;
  (void) s.a;
}

void
field_stored_bad (void)
{
  int y = 0; /* { dg-warning "address of 'y' escapes: stored in global" } */
  struct { int *a, *b; } s;
  s.a = &g;
  s.b = &y;
  g_b = s.b;
}

int *g_x;

void
slot_reused (void)
{
  int x = 0; /* { dg-bogus "warning" } */
  int *slot[1];
  slot[0] = &x;
  slot[0] = &g;
  g_x = slot[0];
}

void
slot_kept (int c)
{
  int z = 0; /* { dg-warning "address of 'z' escapes: stored in global" } */
  int *slot[1];
  slot[0] = &g;
  if (c)
    slot[0] = &z;
  g_x = slot[0];
}

/* Bytes: one char copied through two parameters is not an address.  */
static void
copy_char (char **in, char **out)
{
  **out = **in;
}

char g_buf[8];
char *g_out = g_buf;

void
bytes_copied (void)
{
  char s[4] = "ab"; /* { dg-bogus "warning" } */
  char *p = s;
  copy_char (&p, &g_out);
}

struct jmp { void *buf; unsigned char status; };

int
narrow_field (void)
{
  int x = 0; /* { dg-bogus "warning" } */
  struct jmp lj;
  lj.buf = &x;
  lj.status = 3;
  return lj.status;
}

/* A parameter's contents stored through another parameter.  */
struct n { struct n *child, *next; };

static void
take_next (struct n *parent, struct n *item)
{
  parent->child = item->next;
}

int
contents_through_param (void)
{
  struct n parent = { 0, 0 }; /* { dg-bogus "warning" } */
  struct n list[2] = { { 0, 0 }, { 0, 0 } }; /* { dg-bogus "warning" } */
  take_next (&parent, &list[0]);
  return parent.child != 0;
}

struct n *g_list;

void
contents_through_param_bad (void)
{
  struct n item = { 0, 0 }; /* { dg-possible "address of 'item' may outlive" } */
  struct n list[2] = { { 0, 0 }, { 0, &item } }; /* { dg-bogus "warning" } */
  struct n root = { 0, 0 };
  take_next (&root, &list[1]);
  g_list = root.child;
}

/* { dg-prune-output "flow:" } */
/* { dg-prune-output "Wreturn-local-addr" } */
/* { dg-prune-output "declared here" } */

/* Fields of a struct reached through a pointer, with a call between the
   stores and the read: the flow-sensitive walk stops at the call, the
   field mode of the hazard question tells the fields apart.  */
struct pair { int *a; int *b; };
void sink (int *);

void
fields_across_call (void)
{
  int x = 0; /* { dg-bogus "warning" } */
  struct pair s;
  struct pair *ps = &s;
  ps->a = &x;
  ps->b = &g;
  sink (&g);
  g_b = ps->b;
}

void
fields_across_call_bad (void)
{
  int y = 0; /* { dg-possible "address of 'y' may outlive \\S+: stored in global" } */
  struct pair s;
  struct pair *ps = &s;
  ps->a = &g;
  ps->b = &y;
  sink (&g);
  g_b = ps->b;
}

/* A union's members overlap: no field is told apart.  */
union either { int *a; int *b; };

void
union_members (void)
{
  int z = 0; /* { dg-possible "address of 'z' may outlive \\S+: stored in global" } */
  union either u;
  union either *pu = &u;
  pu->a = &z;
  sink (&g);
  g_b = pu->b;
}

/* A struct that points into its own inline buffer (sqlite's JsonString,
   Lua's luaL_Buffer): growing it copies the buffer's bytes elsewhere,
   not the struct's pointers.  Copying an array of pointers does carry
   them.  */
struct jstr { char *z; unsigned n; char space[32]; };
char *g_copy;

static void
grow (struct jstr *p)
{
  char *nz = malloc (64);
  if (!nz)
    return;
  memcpy (nz, p->z, p->n);
  p->z = nz;
  g_copy = nz;
}

int
self_buffer (void)
{
  struct jstr s; /* { dg-bogus "warning" } */
  s.z = s.space;
  s.n = 0;
  grow (&s);
  return s.n;
}

void *g_ptrs[4];

static void
save_ptrs (void **from)
{
  memcpy (g_ptrs, from, sizeof g_ptrs);
}

void
pointers_copied (void)
{
  int x; /* { dg-possible "address of 'x' may outlive" } */
  void *ptrs[4] = { &x, 0, 0, 0 };
  save_ptrs (ptrs);
}
