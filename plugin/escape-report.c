/* escape-report.c - the machine-readable report (report=FILE).
 *
 * Records are JSON objects, one per line (JSON Lines), in the format of
 * docs/interface.md.  They are collected in memory while the translation
 * unit is compiled and appended to FILE once, at the end, with a single
 * write under an exclusive flock, so that parallel compilers appending to
 * one file (make -j) never lose or interleave lines.  Nothing is written
 * when the compile failed, so no half-written report is left behind.  */

#include "escape.h"
#include <fcntl.h>
#include <unistd.h>
#include <errno.h>
#include <sys/file.h>
#include <sys/stat.h>

/* The pending records of this translation unit.  */
static char *escape_report_buf;
static size_t escape_report_len, escape_report_cap;

/* Can PATH be appended to, without creating it now?  On failure *WHY
   says why in words.  */
bool
escape_report_path_writable (const char *path, const char **why)
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

static void
escape_report_reserve (size_t more)
{
  if (escape_report_len + more + 1 <= escape_report_cap)
    return;
  size_t cap = escape_report_cap ? escape_report_cap : 4096;
  while (cap < escape_report_len + more + 1)
    cap *= 2;
  escape_report_buf = (char *) xrealloc (escape_report_buf, cap);
  escape_report_cap = cap;
}

/* Append raw text to the pending records.  */
void
escape_report_append (const char *text, size_t len)
{
  escape_report_reserve (len);
  memcpy (escape_report_buf + escape_report_len, text, len);
  escape_report_len += len;
  escape_report_buf[escape_report_len] = '\0';
}

void
escape_report_puts (const char *text)
{
  escape_report_append (text, strlen (text));
}

/* Append TEXT as a JSON string literal, quotes included.  */
void
escape_report_json_string (const char *text)
{
  static const char hex[] = "0123456789abcdef";
  escape_report_puts ("\"");
  for (const unsigned char *c = (const unsigned char *) text; c && *c; c++)
    {
      char esc[7];
      if (*c == '"' || *c == '\\')
	{
	  esc[0] = '\\';
	  esc[1] = (char) *c;
	  escape_report_append (esc, 2);
	}
      else if (*c < 0x20)
	{
	  memcpy (esc, "\\u00", 4);
	  esc[4] = hex[*c >> 4];
	  esc[5] = hex[*c & 15];
	  escape_report_append (esc, 6);
	}
      else
	escape_report_append ((const char *) c, 1);
    }
  escape_report_puts ("\"");
}

/* Append the pending records to the report file in one locked write.  */
static void
escape_report_flush (void)
{
  int fd = open (escape_opts.report_path, O_WRONLY | O_APPEND | O_CREAT
		 | O_CLOEXEC, 0666);
  if (fd < 0)
    {
      error ("cannot open the escape report %qs: %s",
	     escape_opts.report_path, xstrerror (errno));
      return;
    }
  if (flock (fd, LOCK_EX) != 0)
    error ("cannot lock the escape report %qs: %s",
	   escape_opts.report_path, xstrerror (errno));
  size_t done = 0;
  while (done < escape_report_len)
    {
      ssize_t n = write (fd, escape_report_buf + done,
			 escape_report_len - done);
      if (n < 0 && errno == EINTR)
	continue;
      if (n <= 0)
	{
	  error ("cannot write the escape report %qs: %s",
		 escape_opts.report_path, xstrerror (errno));
	  break;
	}
      done += (size_t) n;
    }
  flock (fd, LOCK_UN);
  if (close (fd) != 0)
    error ("cannot write the escape report %qs: %s",
	   escape_opts.report_path, xstrerror (errno));
}

static void
escape_report_finish (void *gcc_data ATTRIBUTE_UNUSED,
		      void *user_data ATTRIBUTE_UNUSED)
{
  /* A failed compile leaves the report untouched.  */
  if (!seen_error ())
    escape_report_flush ();
  free (escape_report_buf);
  escape_report_buf = NULL;
  escape_report_len = escape_report_cap = 0;
}

void
escape_report_register (const char *plugin_name)
{
  if (escape_opts.report_path)
    register_callback (plugin_name, PLUGIN_FINISH, escape_report_finish,
		       NULL);
}
