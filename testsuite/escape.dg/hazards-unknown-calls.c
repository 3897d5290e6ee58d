/* hazards-unknown-calls.c - the definite class's assumption about calls
   to code nothing is known of (functions of other files, calls through
   pointers): such a call undoes only what it can reach, that is what its
   arguments reach, the globals it can name (not a static one whose
   address is never taken) and what the function published.  Each rule
   in both directions; lib/escape.exp runs the file in both modes.  */
/* { dg-do compile } */
#include <stdlib.h>

void log_line (const char *);		/* another file's */
void other (void);
void handle (void *);
void register_cmd (void *);
void (*hook) (void);

struct cmd { char *extra; int n; };

/* --- definite: the call cannot reach where the address is ------------ */

int
out_param_then_log (char **out)
{
  char buf[16]; /* { dg-warning "address of 'buf' escapes: stored in memory of the caller, through parameter 'out'" } */
  *out = buf;
  log_line ("x");
  return 0;
}

static char *g_static;

int
static_global_then_other (void)
{
  char buf[16]; /* { dg-warning "address of 'buf' escapes: stored in global 'g_static'" } */
  g_static = buf;
  other ();
  return 0;
}

int
caller_struct_then_hook (struct cmd *c)
{
  char buf[16]; /* { dg-warning "address of 'buf' escapes: stored in memory of the caller, through parameter 'c'" } */
  c->extra = buf;
  hook ();		/* through a pointer: handed nothing */
  log_line ("done");
  return 0;
}

/* A same-file wrapper of code nothing is known of reaches no more.  */
static void trace (const char *m) { log_line (m); }

int
caller_struct_then_wrapper (struct cmd *c)
{
  char buf[16]; /* { dg-warning "address of 'buf' escapes: stored in memory of the caller, through parameter 'c'" } */
  c->extra = buf;
  trace ("x");
  return 0;
}

/* Handed another local: it reaches that local, not the caller.  */
int
handed_a_local (struct cmd *c)
{
  char buf[16]; /* { dg-warning "address of 'buf' escapes: stored in memory of the caller" } */
  int n = 0;
  c->extra = buf;
  handle (&n);
  return n;
}

/* --- possible: the call may reach it ----------------------------------- */

int
handed_the_holder (struct cmd *c)
{
  char buf[16]; /* { dg-possible "address of 'buf' may outlive 'handed_the_holder': stored in memory of the caller" } */
  c->extra = buf;
  handle (c); /* { dg-possible-note "still stored when 'handle' is called" } */
  return 0;
}

char *g_public;

int
public_global_then_other (void)
{
  char buf[16]; /* { dg-possible "address of 'buf' may outlive 'public_global_then_other': stored in global 'g_public'" } */
  g_public = buf;
  other (); /* { dg-possible-note "may be undone by 'other'" } */
  return 0;
}

static char *g_exposed;
char **g_exposed_at = &g_exposed;	/* its address is taken */

int
exposed_static_then_other (void)
{
  char buf[16]; /* { dg-possible "address of 'buf' may outlive 'exposed_static_then_other': stored in global 'g_exposed'" } */
  g_exposed = buf;
  other ();
  return 0;
}

/* Published earlier: the holder was handed to code that may keep it.  */
int
published_before (struct cmd *c)
{
  char buf[16]; /* { dg-possible "address of 'buf' may outlive 'published_before'" } */
  register_cmd (c);
  c->extra = buf;
  other ();
  return 0;
}

/* Published through a global.  */
struct cmd *g_current;

int
published_in_global (struct cmd *c)
{
  char buf[16]; /* { dg-possible "address of 'buf' may outlive 'published_in_global'" } */
  g_current = c;
  c->extra = buf;
  other ();
  return 0;
}

/* Another parameter may point to the same memory.  */
int
other_param_handed (struct cmd *c, struct cmd *d)
{
  char buf[16]; /* { dg-possible "address of 'buf' may outlive 'other_param_handed'" } */
  c->extra = buf;
  handle (d);
  return 0;
}

/* A same-file callee handed the holder that hands it on.  */
static void stash (struct cmd *c) { handle (c); }

int
wrapper_handed_the_holder (struct cmd *c)
{
  char buf[16]; /* { dg-possible "address of 'buf' may outlive 'wrapper_handed_the_holder'" } */
  c->extra = buf;
  stash (c);
  return 0;
}

/* A same-file callee that clears it.  */
static void clear_static (void) { g_static = 0; }

int
cleared_by_callee (void)
{
  char buf[16]; /* { dg-possible "address of 'buf' may outlive 'cleared_by_callee'" } */
  g_static = buf;
  clear_static ();
  return 0;
}

/* --- the fix shapes: quiet by default ---------------------------------- */

int
reset_before_return (struct cmd *c)
{
  char buf[16]; /* { dg-possible "address of 'buf' may outlive 'reset_before_return'" } */
  c->extra = buf;
  handle (c);
  log_line ("x");
  c->extra = NULL;
  return 0;
}

int
reset_on_every_path (struct cmd *c, int fail)
{
  char buf[16]; /* { dg-possible "address of 'buf' may outlive 'reset_on_every_path'" } */
  c->extra = buf;
  log_line ("x");
  if (fail)
    {
      c->extra = NULL;
      return -1;
    }
  other ();
  c->extra = NULL;
  return 0;
}

int
static_reset (void)
{
  char buf[16]; /* { dg-bogus "address of 'buf'" } */
  g_static = buf;
  other ();
  g_static = NULL;
  return 0;
}

/* A holder freed before the return.  */
struct holder { char *p; };

void
holder_freed (void)
{
  char buf[16]; /* { dg-bogus "address of 'buf' escapes" } */
  struct holder *h = malloc (sizeof *h);
  if (!h)
    return;
  h->p = buf;
  log_line ("x");
  free (h);
}

/* Threads joined in a cleanup loop: the handles are an array's
   elements, and the loop joins each.  */
#include <pthread.h>
static void *worker (void *arg) { return arg; }

int
threads_joined_in_loop (void)
{
  int ctx = 0; /* { dg-possible "address of 'ctx' may outlive 'threads_joined_in_loop': passed to another thread" } */
  pthread_t t[4];
  int n = 0;
  for (int i = 0; i < 4; i++)
    if (pthread_create (&t[i], 0, worker, &ctx) == 0)
      n++;
  log_line ("started");
  for (int i = 0; i < n; i++)
    pthread_join (t[i], 0);
  return ctx;
}

/* { dg-prune-output "flow:" } */
/* { dg-prune-output "declared here" } */
/* { dg-prune-output "Wdangling-pointer" } */
