/* the same with no call after the loop */
struct graph { struct graph *base; void *topo; };
struct repo { struct graph *graph; };
int write_graph (struct repo *r)
{
  int topo_levels[8];
  for (struct graph *g = r->graph; g; g = g->base)
    g->topo = &topo_levels;
  return 0;
}
