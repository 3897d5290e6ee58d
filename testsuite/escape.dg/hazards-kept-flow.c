/* The flow of a store that is not undone ends with the path that keeps
   it (issue "warnings that hold on real code"): the return it reaches
   still stored, or the call that may read it before it is undone.  */
/* { dg-do compile } */

struct ctx { struct ctx *outer; int v; };
struct db { struct ctx *cur; };
void unknown (struct db *);

int
early_return (struct db *db, int x)
{
  struct ctx c; /* { dg-warning "address of 'c' escapes: stored in memory of the caller" } */
  c.outer = db->cur;
  db->cur = &c;
  if (x)
    return 1; /* { dg-note "flow: still stored at return" } */
  db->cur = c.outer;
  return 0;
}

int
read_before_restore (struct db *db)
{
  struct ctx c; /* { dg-possible "address of 'c' may outlive \\S+: stored in memory of the caller" } */
  c.outer = db->cur;
  db->cur = &c;
  unknown (db); /* { dg-possible-note "flow: still stored when 'unknown' is called" } */
  db->cur = c.outer;
  return c.v;
}

struct ctx *g_cur;

void
never_restored (void)
{
  struct ctx c = { 0, 0 }; /* { dg-warning "address of 'c' escapes: stored in global 'g_cur'" } */
  g_cur = &c;
} /* { dg-note "flow: still stored at return" } */

/* { dg-prune-output "flow: address of" } */
/* { dg-prune-output "flow: stored in" } */
/* { dg-prune-output "flow: passed to" } */
