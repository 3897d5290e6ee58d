/* With a report (or embed), the dump lists the decisions that depend on
   other files: the callee, the argument and level, whether the callee's
   must-keep would carry over ("must"), and how deep below the call's
   result something escapes (summarize/results.c).  */
/* { dg-do compile } */
/* { dg-options "-fplugin-arg-escape-dump -fplugin-arg-escape-report=dump-depends.jsonl" } */

char *skip (char *s);		/* defined in another file */
void take (int *p);		/* defined in another file */
char *held;
extern int *other;

int
read_back (void)
{
  char buf[8];
  buf[0] = 0;
  char *end = skip (buf);	/* the result is only read */
  return *end;
}

int
store_back (void)
{
  char buf[8];
  buf[0] = 0;
  held = skip (buf);		/* the result is stored */
  return 0;
}

int
taken_last (void)
{
  int x = 0;
  take (&x);			/* nothing after it may clear a global */
  return x;
}

int
taken_then_cleared (void)
{
  int y = 0;
  take (&y);
  other = 0;			/* may clear where take() put it */
  return y;
}

/* { dg-final { scan-tree-dump ";; depends:\n;;   #\[0-9\]+ callee=skip arg=0 level=0 must result=none" "escape" } } */
/* { dg-final { scan-tree-dump ";;   #\[0-9\]+ callee=skip arg=0 level=0 result=0" "escape" } } */
/* { dg-final { scan-tree-dump ";;   #\[0-9\]+ callee=take arg=0 level=0 must result=none" "escape" } } */
/* { dg-final { scan-tree-dump ";;   #\[0-9\]+ callee=take arg=0 level=0 result=none" "escape" } } */
