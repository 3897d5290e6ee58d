/* hazards-clone.c - Linux's clone with CLONE_VM hands the child its
   stack and its argument: a local array as the child's stack is a
   definite hazard when nothing on the path waits for the child (the
   failure edge, a result of -1, started nothing); waiting through a
   call nothing is known of (waitpid) leaves it possible; without
   CLONE_VM the child has a copy of the memory, and no thread runs on
   the frame.  */
/* { dg-do compile { target *-*-linux* } } */
#define _GNU_SOURCE
#include <sched.h>
#include <signal.h>
#include <sys/wait.h>

#define STACK 4096

static int child (void *arg) { return *(int *) arg; }

int
started (void)
{
  char stack[STACK]; /* { dg-warning "address of 'stack' escapes: passed to another thread by 'clone'" } */
  int x = 1; /* { dg-warning "address of 'x' escapes: passed to another thread by 'clone'" } */
  int pid = clone (child, stack + sizeof stack, CLONE_VM | SIGCHLD, &x);
  if (pid == -1)
    return -1;
  return 0;
}

int
started_and_waited (void)
{
  char stack[STACK]; /* { dg-possible "address of 'stack' may outlive 'started_and_waited': passed to another thread by 'clone'" } */
  int x = 1; /* { dg-possible "address of 'x' may outlive 'started_and_waited'" } */
  int pid = clone (child, stack + sizeof stack, CLONE_VM | SIGCHLD, &x);
  if (pid < 0)
    return -1;
  waitpid (pid, 0, 0);
  return 0;
}

int
copied_memory (void)
{
  char stack[STACK]; /* { dg-bogus "address of 'stack'" } */
  return clone (child, stack + sizeof stack, SIGCHLD, 0);
}

/* { dg-prune-output "flow:" } */
/* { dg-prune-output "declared here" } */
