/* tally.h - the tally example's counters (examples/build-autotools).  */
#ifndef TALLY_H
#define TALLY_H
struct tally { const char *name; int count; };
void tally_watch (int *counter);
int tally_peek (void);
void tally_add (struct tally *t, int n);
char *words_first (const char *line);
#endif
