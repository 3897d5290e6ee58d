/* config.c - program settings.  */
#include "inv.h"

static const char *current_name;

void config_set_name (const char *name)
{
  current_name = name;
}

const char *config_name (void)
{
  return inv_or (current_name, "inventory");
}
