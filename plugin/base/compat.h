/* base/compat.h - every difference between the GCC versions we support.
 *
 * The plugin supports GCC 11 to 16 from one source (make check-compilers
 * tests each).  Anything that is spelled differently between them is
 * wrapped here and nowhere else, the way the Linux kernel keeps
 * scripts/gcc-plugins/gcc-common.h.  GCC 13 to 16 need nothing beyond what
 * GCC 12 needs: the API the plugin uses compiles unchanged.  A plugin
 * only loads into the GCC it was built for; each version gets its own
 * build (build/gcc-N/escape.so, compiled by g++-N).  */

#ifndef ESCAPE_BASE_COMPAT_H
#define ESCAPE_BASE_COMPAT_H

/* The GCC major versions the plugin is built and tested with (make
   check-compilers), for the version gate below and the run-time
   version-mismatch error.  */
#define ESCAPE_SUPPORTED_GCC "11 to 16"

#if BUILDING_GCC_VERSION < 11000 || BUILDING_GCC_VERSION >= 17000
#error "escape supports GCC 11 to 16 only"
#endif

/* EAF ("escape argument flags") were split in GCC 12 into direct and
   indirect variants.  These helpers answer the two questions the
   analysis asks of a call argument's flags.  */
#if BUILDING_GCC_VERSION >= 12000

/* The pointer itself is not retained by the callee.  */
#define ESCAPE_EAF_NO_DIRECT_ESCAPE(f)   (((f) & (EAF_UNUSED | EAF_NO_DIRECT_ESCAPE)) != 0)
/* Pointers loaded from what the argument points to are not retained.  */
#define ESCAPE_EAF_NO_INDIRECT_ESCAPE(f) (((f) & (EAF_UNUSED | EAF_NO_INDIRECT_ESCAPE)) != 0)
/* The callee does not store pointers into what the argument points to
   (we only use this as "does not clobber" for the argument's pointee).  */
#define ESCAPE_EAF_NO_CLOBBER(f)         (((f) & (EAF_UNUSED | EAF_NO_DIRECT_CLOBBER)) != 0)
/* The argument (directly) is not returned.  */
#define ESCAPE_EAF_NOT_RETURNED(f)       (((f) & (EAF_UNUSED | EAF_NOT_RETURNED_DIRECTLY)) != 0)
/* Nothing read through the argument is returned.  */
#define ESCAPE_EAF_NOT_RETURNED_CONTENT(f) (((f) & (EAF_UNUSED | EAF_NOT_RETURNED_INDIRECTLY)) != 0)

#else /* GCC 11 */

#define ESCAPE_EAF_NO_DIRECT_ESCAPE(f)   (((f) & (EAF_UNUSED | EAF_NOESCAPE | EAF_NODIRECTESCAPE)) != 0)
#define ESCAPE_EAF_NO_INDIRECT_ESCAPE(f) (((f) & (EAF_UNUSED | EAF_NOESCAPE)) != 0)
#define ESCAPE_EAF_NO_CLOBBER(f)         (((f) & (EAF_UNUSED | EAF_NOCLOBBER)) != 0)
/* GCC 11 has no "not returned" flags: returns are only described by
   gimple_call_return_flags, so assume anything may be returned.  */
#define ESCAPE_EAF_NOT_RETURNED(f)       (((f) & EAF_UNUSED) != 0)
#define ESCAPE_EAF_NOT_RETURNED_CONTENT(f) (((f) & EAF_UNUSED) != 0)

#endif

/* Internal functions that exist only in some versions (IFN_DEFERRED_INIT:
   GCC 12 and later), as case labels for escape_call_internal.  */
#if BUILDING_GCC_VERSION >= 12000
#define ESCAPE_CASE_IFN_DEFERRED_INIT case IFN_DEFERRED_INIT:
#else
#define ESCAPE_CASE_IFN_DEFERRED_INIT
#endif

/* Give a statement the plugin just built its location.  GCC 12's
   gimple_set_location calls copy_warning, a symbol GCC 11 lacks; using
   it would make a GCC 12 build fail to load into GCC 11 before the
   version check could explain why.  A new statement has no location and
   no warning data to copy, so the field is set directly.  */
#define ESCAPE_SET_NEW_STMT_LOCATION(stmt, loc) ((stmt)->location = (loc))

/* Did the compile fail?  seen_error () counts errors, but not warnings
   that -Werror turned into errors (DK_WERROR), which fail it as well.  */
#define ESCAPE_COMPILE_FAILED() (seen_error () || werrorcount != 0)

/* Whether -Werror turns warnings into errors, read and set around the
   plugin's own warnings for no-werror.  GCC 14 made the field private,
   with accessors.  */
#if BUILDING_GCC_VERSION >= 14000
#define ESCAPE_WERROR_REQUESTED() (global_dc->warning_as_error_requested_p ())
#define ESCAPE_SET_WERROR_REQUESTED(v) \
  (global_dc->set_warning_as_error_requested (v))
#else
#define ESCAPE_WERROR_REQUESTED() (global_dc->warning_as_error_requested)
#define ESCAPE_SET_WERROR_REQUESTED(v) \
  (global_dc->warning_as_error_requested = (v))
#endif

/* The column GCC's own diagnostics print for X, as
   -fdiagnostics-column-unit, -fdiagnostics-column-origin and -ftabstop
   say (a tab counts to the next tab stop by default): the report gives
   the warning's column.  Needs diagnostic.h.  */
#if BUILDING_GCC_VERSION >= 16000
#define ESCAPE_DIAGNOSTIC_COLUMN(x) \
  (diagnostics::column_policy (*global_dc).converted_column (x))
#elif BUILDING_GCC_VERSION >= 15000
#define ESCAPE_DIAGNOSTIC_COLUMN(x) \
  (diagnostic_column_policy (*global_dc).converted_column (x))
#elif BUILDING_GCC_VERSION >= 14000
#define ESCAPE_DIAGNOSTIC_COLUMN(x) (global_dc->converted_column (x))
#else
#define ESCAPE_DIAGNOSTIC_COLUMN(x) (diagnostic_converted_column (global_dc, (x)))
#endif

/* GCC 16's system.h no longer defines CONST_CAST (report/section.c
   casts const away for free and zlib's next_in).  */
#ifndef CONST_CAST
#define CONST_CAST(TYPE, X) ((TYPE) (X))
#endif

#endif /* ESCAPE_BASE_COMPAT_H */
