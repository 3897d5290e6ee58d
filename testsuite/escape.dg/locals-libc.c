/* locals-libc.c - known C library calls that keep nothing (verbose=1).

   printf, snprintf, strlen, memcpy, qsort with a comparator defined in
   this file, fread/fwrite and read/write use their pointer arguments
   during the call only, so the locals passed to them do not escape.
   (Printing an address with %p does not keep it either.)  qsort with a
   comparator the analysis cannot see passes the array to unknown code,
   so the array escapes there.  */
/* { dg-do compile } */
/* { dg-options "-fplugin-arg-escape-verbose=1" } */

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

extern int ext_cmp (const void *, const void *);

static int
cmp_int (const void *a, const void *b) /* { dg-note "a does not escape" } */
{ /* { dg-note "b does not escape" "" { target *-*-* } 20 } */
  int x = *(const int *) a, y = *(const int *) b;
  return (x > y) - (x < y);
}

int
print_things (void)
{
  int v = 3; /* { dg-note "'v' does not escape" } */
  char name[8] = "abc"; /* { dg-note "'name' does not escape" } */
  char buf[32]; /* { dg-note "'buf' does not escape" } */
  printf ("%d %s %p\n", v, name, (void *) &v);
  snprintf (buf, sizeof buf, "%s-%d", name, v);
  return (int) strlen (buf);
}

size_t
copy_bytes (size_t n)
{
  char src[64] = "hello"; /* { dg-note "'src' does not escape" } */
  char dst[64]; /* { dg-note "'dst' does not escape" } */
  memcpy (dst, src, n);
  return strlen (dst);
}

int
sort_local (void)
{
  int arr[5] = { 5, 3, 1, 4, 2 }; /* { dg-note "'arr' does not escape" } */
  qsort (arr, 5, sizeof arr[0], cmp_int);
  return arr[0];
}

int
sort_unknown_cmp (void)
{
  int arr2[5] = { 5, 3, 1, 4, 2 }; /* { dg-note "address of 'arr2' escapes" } */
  qsort (arr2, 5, sizeof arr2[0], ext_cmp);
  return arr2[0];
}

struct header { int magic; int len; };

int
stdio_io (void)
{
  struct header h; /* { dg-note "'h' does not escape" } */
  char data[16]; /* { dg-note "'data' does not escape" } */
  if (fread (&h, sizeof h, 1, stdin) != 1)
    return -1;
  if (fread (data, 1, sizeof data, stdin) != sizeof data)
    return -1;
  fwrite (&h, sizeof h, 1, stdout);
  return h.len;
}

long
fd_io (int fd)
{
  char rbuf[128]; /* { dg-note "'rbuf' does not escape" } */
  int word; /* { dg-note "'word' does not escape" } */
  ssize_t n = read (fd, rbuf, sizeof rbuf);
  if (n > 0)
    n = write (fd, rbuf, n);
  if (read (fd, &word, sizeof word) != sizeof word)
    return -1;
  return n + word;
}
