/* Contexts linked on the stack through recursion (sqlite's NameContext,
   a parser's scope chain): each activation links a local context to its
   caller's and passes it down.  A function's calls to itself join its
   own parameters in one graph, so no level of the parameters is lost to
   the recursion (the summary fixpoint it replaces climbed one level per
   round until the parameter itself was "returned").  Storing the context
   where it outlives the frame, or returning it, still warns.

   Joining the activations makes inner.outer point to inner itself, so
   the names read through the chain would hold &inner if the fields were
   not told apart: the hazard question's field mode does (sqlite's
   columnTypeImpl is the same case).

   XFAIL (resolve): lookup's summary, which the decisions use and which
   is field-insensitive, says its parameter may be returned, so resolve's
   &top seems returned.  */
/* { dg-do compile } */

struct scope { struct scope *outer; const char **names; int n; };
struct scope *g_scope;

static const char *
lookup (struct scope *sc, int depth, int want)
{
  struct scope inner; /* { dg-bogus "warning" } */
  inner.outer = sc;
  inner.names = sc->names;
  inner.n = sc->n - 1;
  if (depth > 0)
    return lookup (&inner, depth - 1, want);
  for (struct scope *p = sc; p; p = p->outer)
    if (p->n > want)
      return p->names[want];
  return 0;
}

const char *
resolve (const char **names, int n, int want)
{
  struct scope top = { 0, names, n }; /* { dg-possible "address of 'top' may outlive" "field-insensitive: a false one, in the possible class only" } */
  return lookup (&top, 3, want);
}

/* The broken variants.  */
static int
install (struct scope *sc, int depth)
{
  struct scope inner; /* { dg-warning "address of 'inner' escapes: stored in global" } */
  inner.outer = sc;
  inner.n = depth;
  if (depth == 0)
    {
      g_scope = &inner;
      return 0;
    }
  return install (&inner, depth - 1);
}

int
start_install (void)
{
  struct scope top = { 0, 0, 0 }; /* { dg-possible "address of 'top' may outlive" } */
  return install (&top, 2);
}

static struct scope *
innermost (struct scope *sc, int depth)
{
  struct scope inner; /* { dg-warning "address of 'inner' escapes: returned" } */
  inner.outer = sc;
  if (depth == 0)
    return &inner;
  return innermost (&inner, depth - 1);
}

int
use_innermost (void)
{
  struct scope top = { 0, 0, 0 }; /* { dg-possible "address of 'top' may outlive" } */
  return innermost (&top, 2)->n;
}
/* { dg-prune-output "flow:" } */
/* { dg-prune-output "Wreturn-local-addr" } */
/* { dg-prune-output "declared here" } */
