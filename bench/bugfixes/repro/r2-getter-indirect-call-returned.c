/* lxc-storage-copy: a block from another file's getter gets the local's
   address, is handed to calls through its own ops table, then returned */
struct rootfs { int fd; };
struct storage;
struct ops { int (*clone_paths) (struct storage *); };
struct storage { const struct ops *ops; struct rootfs *rootfs; };
struct storage *storage_get (const char *type);
struct storage *storage_copy (const char *type)
{
  struct rootfs new_rootfs = { -1 };
  struct storage *new = storage_get (type);
  if (!new)
    return 0;
  new->rootfs = &new_rootfs;
  if (new->ops->clone_paths (new) < 0)
    return 0;
  return new;
}
