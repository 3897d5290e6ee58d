/* callbacks.c - function pointers and threads.

   A call through a function pointer is a call the analysis cannot see
   into, so whatever is passed to it escapes ("call").  Handing the address
   of a local to a new thread is the classic hazard: the thread may still
   use it after the function has returned ("thread").  This file is only
   compiled (-c), never linked, so it needs no -pthread.  */

#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>

typedef void visit_fn (int *item, void *ctx);

/* Call VISIT on each of the N items.  V and CTX escape: they are passed
   to a function the analysis cannot know.  */
void for_each (int *v, int n, visit_fn *visit, void *ctx)
{
  for (int i = 0; i < n; i++)
    visit (&v[i], ctx);
}

static void add_to_total (int *item, void *ctx)
{
  *(long *) ctx += *item;
}

/* The address of SUM is handed to for_each, which passes it on through a
   function pointer, so SUM escapes ("call") even though this particular
   callback only adds to it.  */
long total (int *v, int n)
{
  long sum = 0;
  for_each (v, n, add_to_total, &sum);
  return sum;
}

struct job
{
  int id;
  const char *name;
};

static void *worker (void *arg)
{
  const struct job *job = arg;
  printf ("job %d: %s\n", job->id, job->name);
  return NULL;
}

/* HAZARD: JOB lives in this function's frame, but the detached thread
   reads it after start_job may have returned.  JOB escapes ("thread").  */
int start_job (int id, const char *name)
{
  struct job job = { id, name };
  pthread_t t;
  int err = pthread_create (&t, NULL, worker, &job);
  if (err == 0)
    pthread_detach (t);
  return err;
}

/* The safe version: the job is on the heap and the thread frees it.
   The allocation escapes ("thread"), as it must.  */
static void *owning_worker (void *arg)
{
  worker (arg);
  free (arg);
  return NULL;
}

int start_job_safely (int id, const char *name)
{
  struct job *job = malloc (sizeof *job);
  pthread_t t;
  if (!job)
    return -1;
  job->id = id;
  job->name = name;
  int err = pthread_create (&t, NULL, owning_worker, job);
  if (err == 0)
    pthread_detach (t);
  else
    free (job);
  return err;
}
