/* Old-style (K&R) declarations let a program call built-ins with too
   few or too many arguments.  Such calls must not crash the plugin (they
   once did: a missing argument was read out of range); they are treated
   as unknown calls.  */
/* { dg-do compile } */
/* C17: in C23 (the default from GCC 15) "void *malloc ();" is a prototype.  */
/* { dg-options "-std=gnu17 -w -fplugin-arg-escape-promote -fplugin-arg-escape-verbose=1" } */

void *malloc ();
void free ();
void *memcpy ();
char *strcpy ();
int qsort ();

int
too_few (void)
{
  char *p = malloc ();	/* { dg-note "malloc\\(\\.\\.\\.\\) escapes to heap: passed to 'memcpy'" } */
  free ();
  memcpy (p);
  strcpy ();
  qsort (p);
  return 0;
}

int
too_many (void)
{
  char *p = malloc (1, 2, 3);	/* { dg-note "malloc\\(\\.\\.\\.\\) escapes to heap: passed to 'free'" } */
  free (p, p);
  return 0;
}
