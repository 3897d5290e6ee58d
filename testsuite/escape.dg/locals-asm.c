/* locals-asm.c - locals used by inline asm (verbose=1).

   The analysis does not look inside asm templates, so a local whose
   address (or whose memory, through an "m" operand) is an asm operand
   escapes: "used by inline asm".  This holds for inputs, outputs and
   in/out operands, directly or through a pointer variable.  A local the
   asm does not mention does not escape, even with a "memory" clobber:
   the asm cannot find its address.  */
/* { dg-do compile } */
/* { dg-options "-fplugin-arg-escape-verbose=1" } */

int
input_operand (void)
{
  int x = 1; /* { dg-note "address of 'x' escapes: used by inline asm" } */
  __asm__ volatile ("" : : "r" (&x));
  return x;
}

int
inout_pointer (void)
{
  int y = 2; /* { dg-note "address of 'y' escapes: used by inline asm" } */
  int *p = &y;
  __asm__ volatile ("" : "+r" (p));
  return *p;
}

int
memory_output (void)
{
  int m; /* { dg-note "address of 'm' escapes: used by inline asm" } */
  __asm__ ("" : "=m" (m));
  return m;
}

int
memory_input (void)
{
  int arr[4] = { 1, 2, 3, 4 }; /* { dg-note "address of 'arr' escapes: used by inline asm" } */
  int r;
  __asm__ ("" : "=r" (r) : "m" (arr));
  return r;
}

/* The asm does not mention 'z': it stays local.  */
int
not_mentioned (void)
{
  int z = 3; /* { dg-note "'z' does not escape" } */
  int *p = &z;
  __asm__ volatile ("nop" : : : "memory");
  return *p;
}
