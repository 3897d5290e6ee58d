/* frr-prefix-str: the local returned through a callee of another file
   that returns its argument (prefix2str in lib/prefix.c) */
struct prefix { int family; };
const char *prefix2str (const struct prefix *p, char *str, int size);
const char *dest_prefix_str (const struct prefix *p)
{
  char str[64] = { 0 };
  if (p)
    return prefix2str (p, str, sizeof (str));
  return 0;
}
