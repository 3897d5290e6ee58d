/* A callee's summary says at which level a parameter's content leaks:
   a callee that copies only what lies three levels down does not keep
   a local whose address the caller put one level down (sqlite's
   sqlite3_db_status: db->pnBytesFreed = &nByte; sqlite3BtreeEnterAll
   (db) copies pointers found deeper in *db).  A callee that copies
   what lies at that level keeps it.  */
/* { dg-do compile } */

struct lock { struct db *owner; struct lock *next; };
struct db { int *counter; struct lock *locks; };

static void
enter_all (struct db *db)
{
  struct lock *l = db->locks;
  l->next->owner = l->owner;
}

int
status (struct db *db)
{
  int n = 0; /* { dg-bogus "warning" } */
  enter_all (db);
  db->counter = &n;
  enter_all (db);
  db->counter = 0;
  return n;
}

static void
keep_counter (struct db *db)
{
  db->locks->next = (struct lock *) db->counter;
}

int
status_kept (struct db *db)
{
  int n = 0; /* { dg-possible "address of 'n' may outlive" } */
  db->counter = &n;
  keep_counter (db);
  db->counter = 0;
  return n;
}
/* { dg-prune-output "flow:" } */

/* A cycle reaches the same object again deeper: the callee that keeps
   what lies three levels down keeps, through t->a->a == t, the address
   stored one level down, which the restore does not undo.  */
struct ring { struct ring *a; int *cur; };
int *g_keep;

static void
keep_deep (struct ring *t)
{
  g_keep = t->a->a->cur;
}

int
ring_user (struct ring *t)
{
  int c = 0; /* { dg-possible "address of 'c' may outlive" } */
  int *old = t->cur;
  t->a->a = t;
  t->cur = &c;
  keep_deep (t);
  t->cur = old;
  return c;
}
