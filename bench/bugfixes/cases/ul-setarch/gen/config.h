/* minimal config.h written for this corpus (util-linux generates it with configure) */
#define HAVE_PERSONALITY 1
#define HAVE_ERR_H 1
#define HAVE_ERR 1
#define HAVE_ERRX 1
#define HAVE_WARN 1
#define HAVE_WARNX 1
#define HAVE_NANOSLEEP 1
#define HAVE_PROGRAM_INVOCATION_SHORT_NAME 1
#define HAVE___PROGNAME 1
#define HAVE_LOFF_T 1
#define HAVE_SYS_SYSMACROS_H 1
#define HAVE_STDIO_EXT_H 1
#define HAVE___FPENDING 1
#define HAVE_FSYNC 1
#define PACKAGE "util-linux"
#define PACKAGE_STRING "util-linux 2.33"
#define PACKAGE_VERSION "2.33"
#define LOCALEDIR "/usr/share/locale"
#define _GNU_SOURCE 1
