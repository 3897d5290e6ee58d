/* shape.h - shapes kept in a registry.  */
#ifndef SHAPE_H
#define SHAPE_H
struct shape { const char *name; double w, h; };
struct shape *shape_new (const char *name, double w, double h);
double shape_area (const struct shape *s);
void registry_add (struct shape *s);
struct shape *registry_largest (void);
void registry_clear (void);
#endif
