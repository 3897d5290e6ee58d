/* link.exp's program: main.c calls functions of other files that keep,
   read, return, store into caller memory or free their argument, a pair
   of functions that call each other across files, and a function that
   no input defines.  */
#include <stdlib.h>

void keep (int *p);
void look (const int *p);
int *ret (int *p);
void into (int **out, int *p);
void release (int *p);
int ping (int *p, int n);
void elsewhere (int *p);

int *holder;

int
main (void)
{
  int kept = 1, read = 2, back = 3, stored = 4, cycle = 5, unknown = 6;
  int *slot[1];
  int *heap = malloc (sizeof *heap);
  keep (&kept);
  look (&read);
  holder = ret (&back);
  into (slot, &stored);
  release (heap);
  int r = ping (&cycle, 3);
  if (r < 0)
    elsewhere (&unknown);
  holder = 0;
  return r + read + *slot[0] - stored;
}
