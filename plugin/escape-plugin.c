/* escape-plugin.c - the plugin's entry point.
 *
 * plugin_init checks the GCC version, parses the -fplugin-arg-escape-*
 * options, announces the plugin (version and help for gcc -v / --help)
 * and registers the "escape" GIMPLE pass right after GCC's "ssa" pass,
 * the front-end hook (frontend/generic.c) and the report sink
 * (report/sink.c).  Everything is registered under the name the plugin
 * was loaded as (base_name), as GCC plugins conventionally do.
 * GCC runs that stage one function at a time, callees before callers,
 * so the summaries of functions analysed earlier are ready for callers.
 *
 * Options (see README.md and docs/interface.md; parsed by
 * base/options.c):
 *   -fplugin-arg-escape-verbose=0|1|2
 *   -fplugin-arg-escape-report=FILE
 *   -fplugin-arg-escape-promote[=BYTES]
 *   -fplugin-arg-escape-dump
 *   -fplugin-arg-escape-no-werror
 *   -fplugin-arg-escape-disable
 *   -fplugin-arg-escape-check-internal   (test-only)  */

#include "base/escape.h"
#include "base/options.h"
#include "frontend/generic.h"
#include "report/sink.h"
#include "escape-pass.h"
#include "frontend/attribute.h"
#include "plugin-version.h"

int plugin_is_GPL_compatible;

/* The pass's name: -fdump-passes lists it, and its dump is tree-escape.  */
#define ESCAPE_PASS_NAME "escape"

static struct plugin_info escape_plugin_info = {
  ESCAPE_VERSION,
  "verbose=0|1|2\t0: warn about hazards only; 1: a note per decision "
  "(like go -m); 2: notes with flow paths (like go -m=2)\n"
  "report=FILE\tappend JSON Lines records of every decision to FILE\n"
  "promote[=BYTES]\tmove non-escaping heap allocations of up to BYTES "
  "bytes to the stack\n"
  "dump\twrite the pass's dump file (what -fdump-tree-escape would)\n"
  "no-werror\tthe plugin's warnings stay warnings under -Werror\n"
  "disable\tload the plugin but do nothing\n"
};

static const pass_data escape_pass_data = {
  GIMPLE_PASS,		/* type */
  ESCAPE_PASS_NAME,	/* name */
  OPTGROUP_NONE,	/* optinfo_flags */
  TV_PLUGIN_RUN,	/* tv_id: -ftime-report shows it as "plugin execution" */
  PROP_ssa | PROP_cfg,	/* properties_required */
  0,			/* properties_provided */
  0,			/* properties_destroyed */
  0,			/* todo_flags_start */
  0,			/* todo_flags_finish */
};

/* The only C++ in the plugin: the pass object GCC's pass manager needs.  */
class escape_pass : public gimple_opt_pass
{
public:
  escape_pass (gcc::context *ctxt) : gimple_opt_pass (escape_pass_data, ctxt)
  {
  }
  bool gate (function *) final override { return !escape_opts.disable; }
  unsigned int execute (function *fun) final override
  {
    return escape_analyze_function (fun);
  }
};

static bool
escape_check_version (const char *name, struct plugin_gcc_version *version)
{
  if (plugin_default_version_check (version, &gcc_version))
    return true;
  int loading_major = atoi (version->basever);
  error ("the %s plugin was built for GCC %s (%s) but is loaded into "
	 "GCC %s (%s); rebuild it for this compiler with %<make CC=gcc-%d%> "
	 "(escape supports GCC " ESCAPE_SUPPORTED_GCC ")",
	 name, gcc_version.basever, gcc_version.datestamp, version->basever,
	 version->datestamp, loading_major);
  return false;
}

static void
escape_register_pass (const char *plugin_name)
{
  struct register_pass_info info;
  info.pass = new escape_pass (g);
  info.reference_pass_name = "ssa";
  info.ref_pass_instance_number = 1;
  info.pos_op = PASS_POS_INSERT_AFTER;
  register_callback (plugin_name, PLUGIN_PASS_MANAGER_SETUP, NULL, &info);
  /* GCC has read -fdump-* before loading plugins; the dump of a plugin's
     pass is switched on once the pass exists.  */
  if (escape_opts.dump)
    g->get_dumps ()->dump_switch_p ("tree-" ESCAPE_PASS_NAME);
}

int
plugin_init (struct plugin_name_args *info, struct plugin_gcc_version *version)
{
  if (!escape_check_version (info->base_name, version))
    return 0;
  bool options_ok = escape_parse_options (info);
  register_callback (info->base_name, PLUGIN_INFO, NULL, &escape_plugin_info);
  /* The attribute is known even with disable, so that code using it
     compiles the same way.  */
  if (options_ok)
    escape_attribute_register (info->base_name);
  /* Bad options: the compile fails with the errors already given, and
     the plugin stays inert so nothing else is reported or written.  */
  if (!options_ok || escape_opts.disable)
    return 0;
  escape_register_pass (info->base_name);
  escape_frontend_register (info->base_name);
  escape_sink_register (info->base_name, escape_opts.report_path);
  return 0;
}
