/* git-commit-graph-topo: the address stored in every node of a list
   reached from a parameter, then calls handed the context */
struct graph { struct graph *base; void *topo; };
struct repo { struct graph *graph; };
struct ctx { struct repo *r; void *topo; };
void merge_strategy (struct ctx *);
unsigned long approx_count (struct repo *);
int write_graph (struct repo *r)
{
  int topo_levels[8];
  struct ctx ctx = { r, &topo_levels };
  for (struct graph *g = r->graph; g; g = g->base)
    g->topo = &topo_levels;
  approx_count (r);
  merge_strategy (&ctx);
  return 0;
}
