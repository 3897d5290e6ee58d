/* base/options.c - parse and validate -fplugin-arg-NAME-KEY[=VALUE].
 *
 * Keys (documented for users in README.md and docs/interface.md):
 *   verbose=N      0 warnings only, 1 a note per decision, 2 notes + flow
 *   report=FILE    append JSON Lines records for every decision to FILE
 *   promote[=N]    heap-to-stack promotion for allocations up to N bytes
 *   promote-budget=N   stack bytes promotion may add to one frame
 *   promote-recursive  variable-size buffers in recursive functions too
 *   promote-skip=FILE:LINE[,...]  leave these allocation sites alone
 *   promote-only=FILE:LINE[,...]  promote these sites only (bisecting)
 *   allocator=ALLOC[/SIZE]:FREE[/PTR][,...]  the project's own allocator
 *                  pairs, with the index of the size (or COUNT*SIZE) and
 *                  of the freed pointer
 *   disable        load the plugin but do nothing
 *   dump           write the pass's dump file, as -fdump-tree-escape would
 *                  (GCC reads -fdump-* before it loads plugins, so it
 *                  rejects -fdump-tree-escape itself)
 *   suggest        note the parameters that could be declared noescape
 *   embed          write the records into the object's .escape section
 *   no-werror      the plugin's warnings stay warnings under -Werror
 *   hazards=definite|possible|none  which hazards warn: the definite
 *                  ones (the default), the possible ones too, or none
 *   check-internal test-only: a constraint or walk the analysis cannot
 *                  complete is an error instead of a silent "escapes"
 *
 * Every unknown key and every malformed value is one error: that quotes
 * the whole flag and lists the valid keys; the compile then fails.  A
 * report path is checked here, when it is named, so that an unwritable
 * one fails the compile before any work is done.  */

#include "base/options.h"
#include <unistd.h>
#include <errno.h>
#include <sys/stat.h>

struct escape_options escape_opts = { 0, NULL, false,
				      ESCAPE_DEFAULT_PROMOTE_LIMIT,
				      ESCAPE_DEFAULT_PROMOTE_BUDGET, false,
				      NULL, NULL, NULL,
				      false, false, false, false, false, false,
				      ESCAPE_WARN_DEFINITE };

const char *escape_plugin_name = "escape";

static const char escape_valid_keys[]
  = "valid keys are 'verbose=0|1|2', 'report=FILE', 'promote[=BYTES]', "
    "'promote-budget=BYTES', 'promote-recursive', "
    "'promote-skip=FILE:LINE[,...]', 'promote-only=FILE:LINE[,...]', "
    "'allocator=ALLOC:FREE[,...]', 'embed', 'suggest', 'dump', 'no-werror', "
    "'hazards=definite|possible|none' and 'disable'";

/* Can PATH be appended to, without creating it now?  On failure *WHY
   says why in words.  */
static bool
escape_path_writable (const char *path, const char **why)
{
  struct stat st;
  if (stat (path, &st) == 0)
    {
      if (S_ISDIR (st.st_mode))
	{
	  *why = "it is a directory";
	  return false;
	}
      if (access (path, W_OK) != 0)
	{
	  *why = xstrerror (errno);
	  return false;
	}
      return true;
    }
  if (errno != ENOENT)
    {
      *why = xstrerror (errno);
      return false;
    }
  /* The file does not exist: its directory must exist and be writable.  */
  char *dir = xstrdup (path);
  char *slash = strrchr (dir, '/');
  const char *dirname = ".";
  if (slash == dir)
    dirname = "/";
  else if (slash)
    {
      *slash = '\0';
      dirname = dir;
    }
  bool ok = true;
  if (stat (dirname, &st) != 0)
    {
      *why = "its directory does not exist";
      ok = false;
    }
  else if (!S_ISDIR (st.st_mode))
    {
      *why = "its directory is not a directory";
      ok = false;
    }
  else if (access (dirname, W_OK | X_OK) != 0)
    {
      *why = "its directory is not writable";
      ok = false;
    }
  free (dir);
  return ok;
}

/* Rebuild the flag the user typed, for quoting in errors.  */
static const char *
escape_flag_text (const struct plugin_argument *arg)
{
  if (arg->value)
    return ACONCAT (("-fplugin-arg-", escape_plugin_name, "-", arg->key, "=",
		     arg->value, NULL));
  return ACONCAT (("-fplugin-arg-", escape_plugin_name, "-", arg->key, NULL));
}

static void
escape_bad_value (const struct plugin_argument *arg, const char *expected)
{
  error ("malformed plugin argument %qs: %s; %s", escape_flag_text (arg),
	 expected, escape_valid_keys);
}

/* Parse a decimal number made only of digits, with no sign or suffix.  */
static bool
escape_parse_number (const char *text, unsigned long *out)
{
  unsigned long n = 0;
  if (!text || !*text)
    return false;
  for (const char *c = text; *c; c++)
    {
      if (*c < '0' || *c > '9')
	return false;
      if (n > (~0UL - 9) / 10)
	return false;
      n = n * 10 + (unsigned long) (*c - '0');
    }
  *out = n;
  return true;
}

static bool
escape_parse_verbose (const struct plugin_argument *arg)
{
  unsigned long level;
  if (!escape_parse_number (arg->value, &level) || level > 2)
    {
      escape_bad_value (arg, "'verbose' takes a level of 0, 1 or 2");
      return false;
    }
  escape_opts.verbose = (int) level;
  return true;
}

static bool
escape_parse_hazards (const struct plugin_argument *arg)
{
  static const char *const names[] = { "definite", "possible", "none" };
  for (unsigned i = 0; i < ARRAY_SIZE (names); i++)
    if (arg->value && strcmp (arg->value, names[i]) == 0)
      {
	escape_opts.hazards = (enum escape_hazard_warnings) i;
	return true;
      }
  escape_bad_value (arg, "'hazards' takes 'definite', 'possible' or 'none'");
  return false;
}

static bool
escape_parse_report (const struct plugin_argument *arg)
{
  const char *why = NULL;
  if (!arg->value || !*arg->value)
    {
      escape_bad_value (arg, "'report' takes a file name, as in "
			"'report=escape.jsonl'");
      return false;
    }
  if (!escape_path_writable (arg->value, &why))
    {
      error ("cannot write the escape report %qs named by %qs: %s; "
	     "name a file in an existing, writable directory",
	     arg->value, escape_flag_text (arg), why);
      return false;
    }
  escape_opts.report_path = arg->value;
  return true;
}

static bool
escape_parse_promote (const struct plugin_argument *arg)
{
  unsigned long limit = ESCAPE_DEFAULT_PROMOTE_LIMIT;
  if (arg->value
      && (!escape_parse_number (arg->value, &limit) || limit == 0
	  || limit > ESCAPE_MAX_PROMOTE_LIMIT))
    {
      char expected[128];
      snprintf (expected, sizeof expected, "'promote' takes an optional "
		"size limit in bytes from 1 to %lu, as in 'promote=128'",
		ESCAPE_MAX_PROMOTE_LIMIT);
      escape_bad_value (arg, expected);
      return false;
    }
  escape_opts.promote = true;
  escape_opts.promote_limit = limit;
  return true;
}

/* Was promote-budget given?  Otherwise it is the default, raised to the
   limit when promote=BYTES is larger.  */
static bool escape_budget_given;

static bool
escape_parse_budget (const struct plugin_argument *arg)
{
  unsigned long budget;
  if (!escape_parse_number (arg->value, &budget)
      || budget > ESCAPE_MAX_PROMOTE_BUDGET)
    {
      char expected[128];
      snprintf (expected, sizeof expected, "'promote-budget' takes a number "
		"of bytes from 0 to %lu, as in 'promote-budget=4096'",
		ESCAPE_MAX_PROMOTE_BUDGET);
      escape_bad_value (arg, expected);
      return false;
    }
  escape_opts.promote_budget = budget;
  escape_budget_given = true;
  return true;
}

/* Does TEXT (up to END) hold a FILE:LINE item: a non-empty file name, a
   colon, a line number from 1?  */
static bool
escape_valid_site (const char *text, const char *end)
{
  const char *colon = NULL;
  for (const char *c = text; c < end; c++)
    if (*c == ':')
      colon = c;
  if (!colon || colon == text || colon + 1 == end)
    return false;
  for (const char *c = colon + 1; c < end; c++)
    if (*c < '0' || *c > '9')
      return false;
  return atoi (colon + 1) > 0;
}

/* Is [TEXT, END) a C identifier?  */
static bool
escape_valid_ident (const char *text, const char *end)
{
  if (text == end || ISDIGIT (text[0]))
    return false;
  for (const char *c = text; c < end; c++)
    if (!ISIDNUM (*c))
      return false;
  return true;
}

/* An index of an allocator= shape: digits, at most
   ESCAPE_MAX_SHAPE_INDEX.  Returns the character after it, or NULL.  */
static const char *
escape_shape_index (const char *text, const char *end, int *out)
{
  const char *c = text;
  int n = 0;
  for (; c < end && ISDIGIT (*c); c++)
    {
      n = n * 10 + (*c - '0');
      if (n > ESCAPE_MAX_SHAPE_INDEX)
	return NULL;
    }
  if (c == text)
    return NULL;
  *out = n;
  return c;
}

/* Split an item ALLOC[/SIZE]:FREE[/PTR] of allocator= into *IT; SIZE is
   an index or COUNT*SIZE.  False when it is malformed.  */
static bool
escape_split_pair (const char *text, const char *end,
		   struct escape_allocator_item *it)
{
  const char *colon = (const char *) memchr (text, ':', end - text);
  if (!colon || memchr (colon + 1, ':', end - colon - 1))
    return false;
  const char *slash = (const char *) memchr (text, '/', colon - text);
  const char *fslash = (const char *) memchr (colon + 1, '/',
					       end - colon - 1);
  it->alloc = text;
  it->alloc_len = (slash ? slash : colon) - text;
  it->free = colon + 1;
  it->free_len = (fslash ? fslash : end) - (colon + 1);
  it->size = it->count = it->ptr = ESCAPE_SHAPE_NONE;
  if (!escape_valid_ident (it->alloc, it->alloc + it->alloc_len)
      || !escape_valid_ident (it->free, it->free + it->free_len))
    return false;
  if (slash)
    {
      int first;
      const char *c = escape_shape_index (slash + 1, colon, &first);
      if (!c)
	return false;
      if (c < colon && *c == '*')
	{
	  it->count = first;
	  c = escape_shape_index (c + 1, colon, &it->size);
	}
      else
	it->size = first;
      if (c != colon)
	return false;
    }
  if (fslash && escape_shape_index (fslash + 1, end, &it->ptr) != end)
    return false;
  return true;
}

/* ALLOC[/SIZE]:FREE[/PTR], two C identifiers and their shapes.  */
static bool
escape_valid_pair (const char *text, const char *end)
{
  struct escape_allocator_item it;
  return escape_split_pair (text, end, &it);
}

/* The items of a comma-separated list, one at a time: start *CURSOR at
   the list's text (NULL or "" is a list without items); each call sets
   [*ITEM, *END) to the next item, which is empty between two commas or
   after a last one, and returns false once there is none left.  */
static bool
escape_list_next (const char **cursor, const char **item, const char **end)
{
  const char *c = *cursor;
  if (!c)
    return false;
  const char *e = strchr (c, ',');
  if (!e)
    e = c + strlen (c);
  *item = c;
  *end = e;
  *cursor = *e ? e + 1 : NULL;
  return true;
}

/* A cursor on the list TEXT for escape_list_next.  */
static const char *
escape_list_start (const char *text)
{
  return text && *text ? text : NULL;
}

/* Is each comma-separated item of TEXT valid by CHECK?  An empty TEXT is
   an empty list when EMPTY_OK.  */
static bool
escape_valid_list (const char *text, bool empty_ok,
		   bool (*check) (const char *, const char *))
{
  if (!text)
    return false;
  if (!*text)
    return empty_ok;
  const char *cursor = escape_list_start (text), *item, *end;
  while (escape_list_next (&cursor, &item, &end))
    if (!check (item, end))
      return false;
  return true;
}

static bool
escape_parse_sites (const struct plugin_argument *arg, const char **out)
{
  bool empty_ok = strcmp (arg->key, "promote-only") == 0;
  if (!escape_valid_list (arg->value, empty_ok, escape_valid_site))
    {
      escape_bad_value (arg, ACONCAT (("'", arg->key, "' takes a list of "
				       "allocation sites FILE:LINE separated "
				       "by commas, as in '", arg->key,
				       "=src/a.c:12,b.c:40'", NULL)));
      return false;
    }
  *out = arg->value;
  return true;
}

/* Does allocator= give one name two different shapes: an ALLOC two
   SIZEs, or a FREE two PTRs?  Says so and returns true.  */
static bool
escape_shapes_conflict (const struct plugin_argument *arg)
{
  const char *c1 = escape_list_start (arg->value), *i1, *e1;
  while (escape_list_next (&c1, &i1, &e1))
    {
      struct escape_allocator_item a, b;
      escape_split_pair (i1, e1, &a);
      const char *c2 = c1, *i2, *e2;
      while (escape_list_next (&c2, &i2, &e2))
	{
	  escape_split_pair (i2, e2, &b);
	  bool alloc = a.alloc_len == b.alloc_len
		       && memcmp (a.alloc, b.alloc, a.alloc_len) == 0
		       && a.size != ESCAPE_SHAPE_NONE
		       && b.size != ESCAPE_SHAPE_NONE
		       && (a.size != b.size || a.count != b.count);
	  bool free = a.free_len == b.free_len
		      && memcmp (a.free, b.free, a.free_len) == 0
		      && a.ptr != ESCAPE_SHAPE_NONE
		      && b.ptr != ESCAPE_SHAPE_NONE && a.ptr != b.ptr;
	  if (alloc || free)
	    {
	      escape_bad_value (arg, ACONCAT (("'allocator' gives '",
					       xstrndup (alloc ? a.alloc
							 : a.free,
							 alloc ? a.alloc_len
							 : a.free_len),
					       "' two different shapes",
					       NULL)));
	      return true;
	    }
	}
    }
  return false;
}

static bool
escape_parse_allocators (const struct plugin_argument *arg)
{
  if (!escape_valid_list (arg->value, false, escape_valid_pair))
    {
      escape_bad_value (arg, "'allocator' takes allocator pairs "
			"ALLOC[/SIZE]:FREE[/PTR] separated by commas, where "
			"SIZE is the index (from 0) of the size argument or "
			"COUNT*SIZE, and PTR the index of the freed pointer, "
			"as in 'allocator=zmalloc:zfree,xcalloc/0*1:free,"
			"db_alloc/1:db_free/1'");
      return false;
    }
  if (escape_shapes_conflict (arg))
    return false;
  escape_opts.allocators = arg->value;
  return true;
}

/* A key that takes no value and sets *FLAG.  */
static bool
escape_parse_flag (const struct plugin_argument *arg, bool *flag)
{
  if (arg->value)
    {
      escape_bad_value (arg, ACONCAT (("'", arg->key, "' takes no value",
				       NULL)));
      return false;
    }
  *flag = true;
  return true;
}

static bool
escape_parse_one (const struct plugin_argument *arg)
{
  if (strcmp (arg->key, "verbose") == 0)
    return escape_parse_verbose (arg);
  if (strcmp (arg->key, "report") == 0)
    return escape_parse_report (arg);
  if (strcmp (arg->key, "hazards") == 0)
    return escape_parse_hazards (arg);
  if (strcmp (arg->key, "promote") == 0)
    return escape_parse_promote (arg);
  if (strcmp (arg->key, "promote-budget") == 0)
    return escape_parse_budget (arg);
  if (strcmp (arg->key, "promote-recursive") == 0)
    return escape_parse_flag (arg, &escape_opts.promote_recursive);
  if (strcmp (arg->key, "promote-skip") == 0)
    return escape_parse_sites (arg, &escape_opts.promote_skip);
  if (strcmp (arg->key, "promote-only") == 0)
    return escape_parse_sites (arg, &escape_opts.promote_only);
  if (strcmp (arg->key, "allocator") == 0)
    return escape_parse_allocators (arg);
  if (strcmp (arg->key, "disable") == 0)
    return escape_parse_flag (arg, &escape_opts.disable);
  if (strcmp (arg->key, "embed") == 0)
    return escape_parse_flag (arg, &escape_opts.embed);
  if (strcmp (arg->key, "suggest") == 0)
    return escape_parse_flag (arg, &escape_opts.suggest);
  if (strcmp (arg->key, "dump") == 0)
    return escape_parse_flag (arg, &escape_opts.dump);
  if (strcmp (arg->key, "no-werror") == 0)
    return escape_parse_flag (arg, &escape_opts.no_werror);
  if (strcmp (arg->key, "check-internal") == 0)
    return escape_parse_flag (arg, &escape_opts.check_internal);
  error ("unknown plugin argument %qs; %s", escape_flag_text (arg),
	 escape_valid_keys);
  return false;
}

/* The promotion keys mean nothing without promote: say so rather than
   ignore them.  */
static bool
escape_check_promote_keys (void)
{
  if (escape_opts.promote)
    return true;
  const char *key = escape_opts.promote_skip ? "promote-skip"
		    : escape_opts.promote_only ? "promote-only"
		    : escape_opts.promote_recursive ? "promote-recursive"
		    : escape_budget_given ? "promote-budget" : NULL;
  if (!key)
    return true;
  error ("plugin argument %<-fplugin-arg-%s-%s%> needs promotion on; add "
	 "%<-fplugin-arg-%s-promote%>", escape_plugin_name, key,
	 escape_plugin_name);
  return false;
}

/* Parse every argument, reporting each bad one.  Returns false if any
   was bad; the caller then leaves the plugin inert.  */
bool
escape_parse_options (struct plugin_name_args *info)
{
  bool ok = true;
  escape_plugin_name = info->base_name;
  for (int i = 0; i < info->argc; i++)
    if (!escape_parse_one (&info->argv[i]))
      ok = false;
  /* One buffer of the limit always fits the default budget.  */
  if (!escape_budget_given
      && escape_opts.promote_limit > escape_opts.promote_budget)
    escape_opts.promote_budget = escape_opts.promote_limit;
  return ok && escape_check_promote_keys ();
}

/* Does the list TEXT (as validated above) name FILE:LINE?  An item
   names a file when it is the file's name, or ends it after a '/':
   "a.c:12" names src/a.c line 12.  */
bool
escape_site_listed (const char *text, const char *file, int line)
{
  size_t flen = file ? strlen (file) : 0;
  const char *cursor = escape_list_start (text), *item, *end;
  while (escape_list_next (&cursor, &item, &end))
    {
      const char *digits = end;
      while (digits > item && digits[-1] != ':')
	digits--;
      size_t ilen = digits - 1 - item;
      if (atoi (digits) == line && flen >= ilen
	  && memcmp (file + flen - ilen, item, ilen) == 0
	  && (flen == ilen || file[flen - ilen - 1] == '/'))
	return true;
    }
  return false;
}

/* Does TEXT[0..LEN) spell NAME?  NULL matches anything.  */
static bool
escape_same_name (const char *text, size_t len, const char *name)
{
  return !name || (strlen (name) == len && memcmp (text, name, len) == 0);
}

/* The item of allocator= that names ALLOC (with a SIZE shape when
   SHAPED) or FREE (with a PTR when SHAPED), or NULL: FREE and ALLOC
   as for escape_allocator_listed.  */
static bool
escape_allocator_find (const char *alloc, const char *free, bool shaped,
		       struct escape_allocator_item *out)
{
  const char *cursor = escape_list_start (escape_opts.allocators), *item;
  const char *end;
  while (escape_list_next (&cursor, &item, &end))
    {
      struct escape_allocator_item it;
      if (!escape_split_pair (item, end, &it))
	continue;
      if (escape_same_name (it.alloc, it.alloc_len, alloc)
	  && escape_same_name (it.free, it.free_len, free)
	  && (!shaped || (alloc ? it.size : it.ptr) != ESCAPE_SHAPE_NONE))
	{
	  if (out)
	    *out = it;
	  return true;
	}
    }
  return false;
}

/* Does allocator= name a pair ALLOC:FREE?  A NULL ALLOC or FREE matches
   any: escape_allocator_listed ("zmalloc", NULL) asks whether zmalloc is
   one of the project's allocators.  */
bool
escape_allocator_listed (const char *alloc, const char *free)
{
  return escape_allocator_find (alloc, free, false, NULL);
}

/* The SIZE shape allocator= gives ALLOC: true, with *SIZE the index of
   the size argument and *COUNT that of the count (ESCAPE_SHAPE_NONE
   without one), or false when no item gives ALLOC a shape.  */
bool
escape_allocator_size_shape (const char *alloc, int *size, int *count)
{
  struct escape_allocator_item it;
  if (!alloc || !escape_allocator_find (alloc, NULL, true, &it))
    return false;
  *size = it.size;
  *count = it.count;
  return true;
}

/* The PTR allocator= gives deallocator FREE (the index of the freed
   pointer), or ESCAPE_SHAPE_NONE.  */
int
escape_allocator_free_shape (const char *free)
{
  struct escape_allocator_item it;
  if (!free || !escape_allocator_find (NULL, free, true, &it))
    return ESCAPE_SHAPE_NONE;
  return it.ptr;
}
