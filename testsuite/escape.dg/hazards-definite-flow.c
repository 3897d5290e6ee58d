/* hazards-definite-flow.c - a definite warning's flow is the path that
   makes it certain: the store that a path carries to the return with
   nothing after it, not an earlier store of the same address that a
   call handed the holder may undo (xz's xzdec uncompress).  */
/* { dg-do compile } */
struct stream { unsigned char *next_out; unsigned long avail_out; };
int code (struct stream *);

void
uncompress (struct stream *strm)
{
  unsigned char out_buf[64]; /* { dg-warning "address of 'out_buf' escapes: stored in memory of the caller, through parameter 'strm'" } */
  strm->next_out = out_buf; /* { dg-bogus "flow: address of 'out_buf' taken" } */
  strm->avail_out = 64;
  while (1)
    {
      int ret = code (strm); /* { dg-bogus "still stored when" } */
      if (strm->avail_out == 0 || ret != 0)
	{
	  strm->next_out = out_buf; /* { dg-note "flow: stored in memory of the caller, through parameter 'strm' at \\S*:20" } */
	  strm->avail_out = 64;
	}
      if (ret != 0)
	return; /* { dg-note "flow: still stored at return at \\S*:24" } */
    }
}

/* { dg-prune-output "flow: address of 'out_buf' taken at \\S*:20" } */
/* { dg-prune-output "declared here" } */
/* { dg-prune-output "Wdangling-pointer" } */
