/* locals-static.c - static locals are never reported (verbose=1).

   A static local lives for the whole program, so returning its address,
   storing it in a global or passing it anywhere is fine: no warning and
   no note, at any verbosity.  Automatic locals next to them are still
   reported, to show the analysis did run.  */
/* { dg-do compile } */
/* { dg-options "-fplugin-arg-escape-verbose=1" } */

extern void ext (int *);
int *g;

int *
counter (void)
{
  static int count; /* { dg-bogus "count" "static locals are not reported" } */
  int *p = &count;
  ++*p;
  return p;
}

char *
name_buffer (int i)
{
  static char buf[32]; /* { dg-bogus "buf" "static locals are not reported" } */
  buf[0] = (char) ('a' + i);
  char *p = buf;
  return p;
}

void
publish (void)
{
  static int shared[4]; /* { dg-bogus "shared" "static locals are not reported" } */
  static struct { int *p; } holder; /* { dg-bogus "holder" "static locals are not reported" } */
  int automatic = 0; /* { dg-note "address of 'automatic' escapes: passed to 'ext'" } */
  g = &shared[1];
  holder.p = shared;
  ext (holder.p);
  ext (&automatic);
}

int
local_use (void)
{
  static int table[3] = { 1, 2, 3 }; /* { dg-bogus "table" "static locals are not reported" } */
  int idx = 1; /* { dg-note "'idx' does not escape" } */
  int *pi = &idx;
  const int *pt = table;
  return pt[*pi];
}
