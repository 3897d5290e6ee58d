/* A definition is checked against the noescape parameters of every
   declaration before it, as GCC merges nonnull: a prototype's parameter
   form counts at the definition, and redeclarations add to the set.  */
/* { dg-do compile } */
/* { dg-options "" } */
/* { dg-prune-output "flow: value of parameter" } */
/* { dg-prune-output "flow: still stored at return" } */
/* GCC 16 warns of old-style definitions by default (C23).  */
/* { dg-prune-output "old-style function definition" } */

char *kept;

/* The prototype marks p; the definition does not repeat it.  */
void stores (char *p __attribute__ ((noescape)));

void
stores (char *p) /* { dg-error "parameter 'p' is declared 'noescape' but escapes: global" } */
{
  kept = p; /* { dg-note "flow: stored in global 'kept'" } */
}

/* The first declaration marks a, the second b: both are checked.  */
void both (char *a __attribute__ ((noescape)), char *b, char *c);
void both (char *a, char *b __attribute__ ((noescape)), char *c);

void
both (char *a, char *b, char *c) /* { dg-error "parameter 'b' is declared 'noescape' but escapes: global" } */
{
  a[0] = c[0];
  kept = b; /* { dg-note "flow: stored in global 'kept'" } */
}

char *returns (char *p __attribute__ ((noescape)));
char *returns (char *p);

char *
returns (char *p) /* { dg-error "parameter 'p' is declared 'noescape' but escapes: returned" } */
{
  return p; /* { dg-note "flow: returned" } */
}

/* An old-style definition takes its parameter types from the
   prototype, the mark with them.  */
void old_style (char *p __attribute__ ((noescape)));

void
old_style (p)
     char *p; /* { dg-error "parameter 'p' is declared 'noescape' but escapes: global" } */
{
  kept = p; /* { dg-note "flow: stored in global 'kept'" } */
}

/* A body that only reads the parameter keeps to the prototype.  */
int reads (const char *p __attribute__ ((noescape)), char *q);

int
reads (const char *p, char *q) /* { dg-bogus "error" } */
{
  kept = q;
  return p[0];
}

/* A parameter of a function pointer parameter marks that pointer's
   type, not the function: q is not noescape.  */
void takes_callback (void (*cb) (char *item __attribute__ ((noescape))),
		     char *q);

void
takes_callback (void (*cb) (char *item), char *q) /* { dg-bogus "error" } */
{
  kept = q;
  cb (q);
}
