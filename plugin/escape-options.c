/* escape-options.c - parse and validate -fplugin-arg-escape-KEY[=VALUE].
 *
 * Keys (documented for users in README.md and docs/interface.md):
 *   verbose=N      0 warnings only, 1 a note per decision, 2 notes + flow
 *   report=FILE    append JSON Lines records for every decision to FILE
 *   promote[=N]    heap-to-stack promotion for allocations up to N bytes
 *   disable        load the plugin but do nothing
 *
 * Every unknown key and every malformed value is one error: that quotes
 * the whole flag and lists the valid keys; the compile then fails.  */

#include "escape.h"

struct escape_options escape_opts = { 0, NULL, false,
				      ESCAPE_DEFAULT_PROMOTE_LIMIT, false };

static const char escape_valid_keys[]
  = "valid keys are 'verbose=0|1|2', 'report=FILE', 'promote[=BYTES]' "
    "and 'disable'";

/* Rebuild the flag the user typed, for quoting in errors.  */
static const char *
escape_flag_text (const struct plugin_argument *arg)
{
  if (arg->value)
    return ACONCAT (("-fplugin-arg-" ESCAPE_PLUGIN_NAME "-", arg->key, "=",
		     arg->value, NULL));
  return ACONCAT (("-fplugin-arg-" ESCAPE_PLUGIN_NAME "-", arg->key, NULL));
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
  if (!escape_report_path_writable (arg->value, &why))
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
	  || limit > 65536))
    {
      escape_bad_value (arg, "'promote' takes an optional size limit in "
			"bytes from 1 to 65536, as in 'promote=128'");
      return false;
    }
  escape_opts.promote = true;
  escape_opts.promote_limit = limit;
  return true;
}

static bool
escape_parse_disable (const struct plugin_argument *arg)
{
  if (arg->value)
    {
      escape_bad_value (arg, "'disable' takes no value");
      return false;
    }
  escape_opts.disable = true;
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
    return escape_parse_disable (arg);
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
  for (int i = 0; i < info->argc; i++)
    if (!escape_parse_one (&info->argv[i]))
      ok = false;
  return ok;
}
