/* the same without handing the holder to the call: only rule 1 (a call
   that cannot reach it) stands in the way */
struct opts { void *acked; };
struct transport { struct opts *smart; };
static struct transport *gtransport;
void log_line (const char *);
int cmd_fetch (void)
{
  int acked_commits[4] = { 0 };
  gtransport->smart->acked = &acked_commits;
  log_line ("done");
  return 0;
}
