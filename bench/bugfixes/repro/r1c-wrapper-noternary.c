/* wrapper allocator, no ?: */
void *safe_malloc (unsigned long);
struct conv { const char **inrepls; };
struct conv *conv_open (void)
{
  const char *repls[] = { "a", "?", 0 };
  struct conv *fc = safe_malloc (sizeof *fc);
  fc->inrepls = repls;
  return fc;
}
