/* noescape's arguments are checked as GCC checks nonnull's: a
   parameter number from 1, within the parameters, naming a pointer.  */
/* { dg-do compile } */

void not_a_pointer (int x) __attribute__ ((noescape (1))); /* { dg-warning "'noescape' attribute argument value 1 refers to parameter type 'int', not a pointer" } */
void too_far (char *x) __attribute__ ((noescape (3))); /* { dg-warning "'noescape' attribute argument value 3 exceeds the number of function parameters" } */
void zero (char *x) __attribute__ ((noescape (0))); /* { dg-warning "'noescape' attribute argument is not a parameter number from 1" } */
int var __attribute__ ((noescape)); /* { dg-warning "'noescape' attribute applies to functions and pointer parameters only" } */
void parm_arg (char *p __attribute__ ((noescape (1)))); /* { dg-warning "'noescape' attribute on a parameter takes no argument" } */
void on_pointer_type (char * __attribute__ ((noescape)) p); /* { dg-warning "'noescape' attribute applies to functions and pointer parameters only" } */
void not_pointer_parm (int n __attribute__ ((noescape))); /* { dg-warning "'noescape' attribute on a parameter takes no argument and needs a pointer parameter" } */
