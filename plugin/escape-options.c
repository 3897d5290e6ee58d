/* escape-options.c - parse and validate -fplugin-arg-NAME-KEY[=VALUE].
 *
 * Keys (documented for users in README.md and docs/interface.md):
 *   verbose=N      0 warnings only, 1 a note per decision, 2 notes + flow
 *   report=FILE    append JSON Lines records for every decision to FILE
 *   promote[=N]    heap-to-stack promotion for allocations up to N bytes
 *   disable        load the plugin but do nothing
 *   dump           write the pass's dump file, as -fdump-tree-escape would
 *                  (GCC reads -fdump-* before it loads plugins, so it
 *                  rejects -fdump-tree-escape itself)
 *   no-werror      the plugin's warnings stay warnings under -Werror
 *   check-internal test-only: a constraint or walk the analysis cannot
 *                  complete is an error instead of a silent "escapes"
 *
 * Every unknown key and every malformed value is one error: that quotes
 * the whole flag and lists the valid keys; the compile then fails.  A
 * report path is checked here, when it is named, so that an unwritable
 * one fails the compile before any work is done.  */

#include "escape-options.h"
#include <unistd.h>
#include <errno.h>
#include <sys/stat.h>

struct escape_options escape_opts = { 0, NULL, false,
				      ESCAPE_DEFAULT_PROMOTE_LIMIT, false,
				      false, false, false };

const char *escape_plugin_name = "escape";

static const char escape_valid_keys[]
  = "valid keys are 'verbose=0|1|2', 'report=FILE', 'promote[=BYTES]', "
    "'dump', 'no-werror' and 'disable'";

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
  if (strcmp (arg->key, "promote") == 0)
    return escape_parse_promote (arg);
  if (strcmp (arg->key, "disable") == 0)
    return escape_parse_flag (arg, &escape_opts.disable);
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
  return ok;
}
