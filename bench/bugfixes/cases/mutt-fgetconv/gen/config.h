/* minimal config.h written for this corpus (mutt generates it with configure) */
#define HAVE_UNISTD_H 1
#define HAVE_WCHAR_H 1
#define HAVE_ICONV 1
#define HAVE_LANGINFO_CODESET 1
#define _GNU_SOURCE 1
#define VERSION "1.3.3"
#define SUBVERSION "i"
#define PKGDATADIR "/usr/share/mutt"
#define SHAREDIR "/usr/share/mutt"
#define SYSCONFDIR "/etc"
#define SENDMAIL "/usr/sbin/sendmail"
#define MAILPATH "/var/mail"
#define ICONV_CONST
#define RETSIGTYPE void
#define STDC_HEADERS 1
#define HAVE_STRERROR 1
#define HAVE_MEMMOVE 1
#define HAVE_SETLOCALE 1
#define HAVE_STRCASECMP 1
#define HAVE_STRFTIME 1
#define SIG_ATOMIC_VOLATILE_T volatile sig_atomic_t
#define HAVE_SNPRINTF 1
#define HAVE_VSNPRINTF 1
#define HAVE_REGCOMP 1
#define USE_FCNTL 1
#define HAVE_START_COLOR 1
#define HAVE_TYPEAHEAD 1
#define HAVE_BKGDSET 1
#define HAVE_CURS_SET 1
#define HAVE_META 1
#define HAVE_USE_DEFAULT_COLORS 1
#define HAVE_RESIZETERM 1
#define HAVE_COLOR 1
