/* hazards-thread.c - a local handed to another thread.

   The thread argument of pthread_create (and thrd_create) may be used
   after the creating function returns, so a local passed there is a
   hazard: "passed to another thread by 'pthread_create'".  A local that
   only reaches the thread through another object escapes transitively,
   and is a hazard too.  The pthread_t object, written by pthread_create
   during the call only, does not escape.  pthread_attr_init is an
   unknown external function, so 'attr' escapes (a note, not a hazard).
   Runs at verbose=1 so that the non-hazard decisions are visible.

   When '&local' is itself a call argument, the flow step "address of
   'job' taken" is located at the call that takes the address, not at
   the declaration of 'job'.  */
/* { dg-do compile } */
/* { dg-options "-fplugin-arg-escape-verbose=1" } */

#include <pthread.h>
#include <threads.h>

struct job { int id; int *result; };

static void *
worker (void *warg) /* { dg-note "warg does not escape" } */
{
  struct job *j = warg;
  *j->result = 1;
  return 0;
}

static int
c11_worker (void *carg) /* { dg-note "carg does not escape" } */
{
  return *(int *) carg;
}

int
start (int id)
{
  struct job job = { id, 0 }; /* { dg-possible "address of 'job' may outlive 'start': passed to another thread by 'pthread_create'" "pthread_attr_destroy, a function nothing is known of, may wait for the thread" } */
  /* { dg-bogus "flow: address of 'job' taken" "address taken at the declaration" { target *-*-* } 40 } */
  pthread_t t; /* { dg-note "'t' does not escape" } */
  pthread_attr_t attr; /* { dg-note "address of 'attr' escapes: passed to 'pthread_attr_init'" } */
  pthread_attr_init (&attr);
  int err = pthread_create (&t, &attr, worker, &job); /* { dg-possible-note "flow: address of 'job' taken at \\S*:45" "address taken at the call" } */
  /* { dg-possible-note "flow: passed to another thread by 'pthread_create' at \\S*:45" "" { target *-*-* } 45 } */
  pthread_attr_destroy (&attr);
  if (err == 0)
    pthread_detach (t);
  return err;
}

/* The result slot is reached by the thread through 'rjob'.  */
int
start_with_result (int id)
{
  int result = 0; /* { dg-possible "address of 'result' may outlive \\S+: stored in 'rjob', which escapes" } */
  struct job rjob; /* { dg-possible "address of 'rjob' may outlive \\S+: passed to another thread by 'pthread_create'" } */
  /* { dg-bogus "flow: address of 'rjob' taken" "address taken at the declaration" { target *-*-* } 58 } */
  pthread_t t2; /* { dg-note "'t2' does not escape" } */
  rjob.id = id;
  rjob.result = &result; /* { dg-possible-note "flow: address of 'result' taken at \\S*:62" } */
  /* { dg-possible-note "flow: stored in 'rjob' at \\S*:62" "" { target *-*-* } 62 } */
  if (pthread_create (&t2, 0, worker, &rjob) != 0) /* { dg-possible-note "flow: address of 'rjob' taken at \\S*:64" "address taken at the call" } */
  /* { dg-possible-note "flow: passed to another thread by 'pthread_create' at \\S*:64" "" { target *-*-* } 64 } */
    return -1;
  pthread_join (t2, 0); /* { dg-possible-note "flow: joined only on some paths" } */
  return result;
}

/* Through a pointer variable first: every step has its own line.  */
int
start_via_pointer (int id)
{
  struct job pjob = { id, 0 }; /* { dg-warning "address of 'pjob' escapes: passed to another thread by 'pthread_create'" } */
  struct job *jp = &pjob; /* { dg-note "flow: address of 'pjob' taken at \\S*:76" } */
  /* { dg-note "flow: assigned to 'jp' at \\S*:76" "" { target *-*-* } 76 } */
  pthread_t t3; /* { dg-note "'t3' does not escape" } */
  return pthread_create (&t3, 0, worker, jp); /* { dg-note "flow: passed to another thread by 'pthread_create' at \\S*:79" } */
}

int
start_c11 (void)
{
  int value = 42; /* { dg-warning "address of 'value' escapes: passed to another thread by 'thrd_create'" } */
  /* { dg-bogus "flow: address of 'value' taken" "address taken at the declaration" { target *-*-* } 85 } */
  thrd_t t4; /* { dg-note "'t4' does not escape" } */
  return thrd_create (&t4, c11_worker, &value); /* { dg-note "flow: address of 'value' taken at \\S*:88" "address taken at the call" } */
  /* { dg-note "flow: passed to another thread by 'thrd_create' at \\S*:88" "" { target *-*-* } 88 } */
}
