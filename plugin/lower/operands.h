/* lower/operands.h - GIMPLE operands as graph nodes: values, memory
   references and the objects of declarations (lower/operands.c).  */

#ifndef ESCAPE_LOWER_OPERANDS_H
#define ESCAPE_LOWER_OPERANDS_H

#include "graph/graph.h"

int escape_operand_node (struct escape_graph *g, tree op, gimple *stmt);
int escape_address_of (struct escape_graph *g, tree ref, gimple *stmt);
void escape_assign_node (struct escape_graph *g, tree lhs, int value,
			 gimple *stmt);
void escape_unknown_operand (struct escape_graph *g, tree op, gimple *stmt);
bool escape_is_memory_ref (tree op);
tree escape_value_expr_owner (function *fun, tree base, tree field);

#endif /* ESCAPE_LOWER_OPERANDS_H */
