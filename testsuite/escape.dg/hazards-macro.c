/* A local declared by a macro (LMDB's WITH_CURSOR_TRACKING): the
   warning and its notes are at the line that uses the macro, where the
   report's record is too (expand_location gives the expansion point),
   not at the macro's definition.  */
/* { dg-do compile } */

struct cur { struct cur *next; int v; };
struct cur *g_cur;

#define TRACK(c) struct cur track_ = { 0, 0 }; g_cur = &track_; (void) (c)

int
use (int c)
{
  TRACK (c); /* { dg-warning "address of 'track_' escapes: stored in global 'g_cur'" } */
  return c;
}

/* { dg-prune-output "flow:" } */
