/* git-fetch-acked: stored in a field of a struct a static global points
   to; then a call is handed the global's value, then unrelated calls */
struct opts { void *acked; };
struct transport { struct opts *smart; };
static struct transport *gtransport;
int transport_fetch_refs (struct transport *, void *);
void log_line (const char *);
int cmd_fetch (void)
{
  int acked_commits[4] = { 0 };
  int result;
  gtransport->smart->acked = &acked_commits;
  result = transport_fetch_refs (gtransport, 0);
  log_line ("done");
  /* fix: gtransport->smart->acked = 0; */
  return result;
}
