/* hazards-containers.c - a local's address in a container that then
   outlives the frame: a block allocated here, or by a function of
   another file, returned or stored where it outlives; a local struct
   copied whole into a global; a field read back through a pointer that
   must point to the struct.  Definite, with the container's step in the
   headline; and the shapes that undo it, possible or quiet.  */
/* { dg-do compile } */
#include <stdlib.h>

struct holder { int *p; int n; };
struct err { const char *msg; int code; };

struct holder *g_holder;
static struct holder *g_static_holder;
struct err g_error;
void *xalloc (unsigned long);		/* another file's allocator */
void other (void);
void handle (void *);
void log_line (const char *);

/* --- definite ------------------------------------------------------------ */

struct holder *
block_returned (void)
{
  int x; /* { dg-warning "address of 'x' escapes: stored in 'h->p', returned at \\S*:31" } */
  struct holder *h = malloc (sizeof *h);
  if (!h)
    return NULL;
  h->p = &x;
  return h;
}

void
block_in_global (void)
{
  int x; /* { dg-warning "address of 'x' escapes: stored in 'h->p', stored in global 'g_holder'" } */
  struct holder *h = malloc (sizeof *h);
  if (!h)
    return;
  h->p = &x;
  h->n = 1;
  g_holder = h;
}

void
block_through_param (struct holder **out)
{
  int x; /* { dg-warning "address of 'x' escapes: stored in 'h->p', stored in memory of the caller, through parameter 'out'" } */
  struct holder *h = malloc (sizeof *h);
  if (!h)
    abort ();
  h->p = &x;
  *out = h;
}

void
struct_copied_to_global (int code)
{
  char buf[32]; /* { dg-warning "address of 'buf' escapes: stored in 'e.msg', stored in global 'g_error'" } */
  struct err e;
  e.msg = buf;
  e.code = code;
  g_error = e;
}

struct holder
read_back_through_pointer (void)
{
  int x; /* { dg-warning "address of 'x' escapes: returned" } */
  struct holder s;
  struct holder *p = &s;
  p->p = &x;
  p->n = 1;
  return s;
}

/* A block another file allocated, filled and returned (mutt's
   fgetconv_open before its fix): the caller gets the address through
   the block, whatever the block is.  */
struct holder *
foreign_block_returned (int c)
{
  int vals[2] = { 1, 2 }; /* { dg-warning "address of 'vals' escapes: stored in 'h->p', returned" } */
  struct holder *h;
  if (c)
    {
      h = xalloc (sizeof *h);
      h->p = c > 1 ? vals : vals + 1;
    }
  else
    h = xalloc (sizeof *h);
  h->n = c;
  return h;
}

/* --- possible or quiet: something may undo it ------------------------- */

struct holder *
block_handed_on (void)
{
  int x; /* { dg-possible "address of 'x' may outlive 'block_handed_on'" } */
  struct holder *h = malloc (sizeof *h);
  if (!h)
    return NULL;
  h->p = &x;
  handle (h);		/* may clear h->p */
  return h;
}

void
block_freed (void)
{
  int x; /* { dg-bogus "address of 'x' escapes" } */
  struct holder *h = malloc (sizeof *h);
  if (!h)
    return;
  h->p = &x;
  log_line ("x");
  free (h);
}

struct holder *
foreign_block_reset (void)
{
  int x; /* { dg-possible "address of 'x' may outlive 'foreign_block_reset'" } */
  struct holder *h = xalloc (sizeof *h);
  h->p = &x;
  log_line ("x");
  h->p = NULL;
  return h;
}

struct holder *
foreign_block_handed_on (void)
{
  int x; /* { dg-possible "address of 'x' may outlive 'foreign_block_handed_on'" } */
  struct holder *h = xalloc (sizeof *h);
  h->p = &x;
  handle (h);
  return h;
}

void
global_reset (void)
{
  int x; /* { dg-bogus "address of 'x' escapes" } */
  struct holder *h = malloc (sizeof *h);
  if (!h)
    return;
  h->p = &x;
  g_static_holder = h;
  other ();
  g_static_holder = NULL;
  free (h);
}

/* A struct that points into itself, through a parameter (redis's
   ps->sockets = ps->def_sockets): no local is involved.  */
struct pollset { int *sockets; int def_sockets[4]; };

void
points_into_itself (struct pollset *ps)
{
  ps->sockets = ps->def_sockets;
  other ();
}

/* A list head on the stack whose nodes point back to it, emptied by a
   callee handed the list.  */
struct node { struct node *next, **pprev; };
void list_empty (struct node **head);

void
list_emptied (struct node *n)
{
  struct node *head = NULL; /* { dg-possible "address of 'head' may outlive 'list_emptied'" } */
  n->next = head;
  n->pprev = &head;
  head = n;
  log_line ("x");
  list_empty (&head);
}

/* { dg-prune-output "flow:" } */
/* { dg-prune-output "declared here" } */
/* { dg-prune-output "Wdangling-pointer" } */
/* { dg-prune-output "Wreturn-local-addr" } */
