/* mutt-fgetconv: a local array stored in a block from the project's own
   allocator wrapper (another file), the block returned */
void *safe_malloc (unsigned long);
struct conv { const char **inrepls; };
struct conv *conv_open (int utf8)
{
  const char *repls[] = { "\357\277\275", "?", 0 };
  struct conv *fc = safe_malloc (sizeof *fc);
  fc->inrepls = utf8 ? repls : repls + 1;
  return fc;
}
