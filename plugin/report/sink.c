/* report/sink.c - where the report's text goes (report=FILE).
 *
 * report/records.c lays out the records; this file only keeps their
 * text.  It is collected in memory while the translation unit is
 * compiled and appended to FILE once, at the end, with a single write
 * under an exclusive flock, so that parallel compilers appending to one
 * file (make -j) never lose or interleave lines.  Nothing is written
 * when the compile failed, so no half-written report is left behind.
 *
 * With embed, the same records go into the object itself: a
 * non-allocated ELF section named .escape (as annobin writes its notes),
 * emitted through GCC's own section machinery at the end of the unit,
 * in the compact form of report/section.c.  It takes no memory at run
 * time, the linker concatenates the sections of the objects it links,
 * ccache and distcc carry it with the object, and `objcopy
 * --remove-section=.escape` drops it.  Each unit's records start with
 * one {"escape_unit":N,"plugin":...,"file":...}, N the section's format
 * version.  */

#include "report/sink.h"
#include "report/section.h"
#include "diagnostic.h"
#include "output.h"
#include <fcntl.h>
#include <unistd.h>
#include <errno.h>
#include <sys/file.h>
#include <sys/stat.h>

/* Where the records go, and the pending records of this translation
   unit.  */
static const char *escape_report_path;
static char *escape_report_buf;
static size_t escape_report_len, escape_report_cap;

/* The buffer starts at this size and doubles.  */
#define ESCAPE_SINK_FIRST_SIZE 4096

static void
escape_report_reserve (size_t more)
{
  if (escape_report_len + more + 1 <= escape_report_cap)
    return;
  size_t cap = escape_report_cap ? escape_report_cap : ESCAPE_SINK_FIRST_SIZE;
  while (cap < escape_report_len + more + 1)
    cap *= 2;
  escape_report_buf = (char *) xrealloc (escape_report_buf, cap);
  escape_report_cap = cap;
}

/* Append raw text to the pending records.  */
void
escape_sink_append (const char *text, size_t len)
{
  escape_report_reserve (len);
  memcpy (escape_report_buf + escape_report_len, text, len);
  escape_report_len += len;
  escape_report_buf[escape_report_len] = '\0';
}

void
escape_sink_puts (const char *text)
{
  escape_sink_append (text, strlen (text));
}

/* Append TEXT as a JSON string literal, quotes included.  */
void
escape_sink_json_string (const char *text)
{
  static const char hex[] = "0123456789abcdef";
  escape_sink_puts ("\"");
  for (const unsigned char *c = (const unsigned char *) text; c && *c; c++)
    {
      char esc[7];
      if (*c == '"' || *c == '\\')
	{
	  esc[0] = '\\';
	  esc[1] = (char) *c;
	  escape_sink_append (esc, 2);
	}
      else if (*c < 0x20)
	{
	  memcpy (esc, "\\u00", 4);
	  esc[4] = hex[*c >> 4];
	  esc[5] = hex[*c & 15];
	  escape_sink_append (esc, 6);
	}
      else
	escape_sink_append ((const char *) c, 1);
    }
  escape_sink_puts ("\"");
}

/* Append the pending records to the report file in one locked write.  */
static void
escape_report_flush (void)
{
  int fd = open (escape_report_path, O_WRONLY | O_APPEND | O_CREAT
		 | O_CLOEXEC, 0666);
  if (fd < 0)
    {
      error ("cannot open the escape report %qs: %s",
	     escape_report_path, xstrerror (errno));
      return;
    }
  if (flock (fd, LOCK_EX) != 0)
    error ("cannot lock the escape report %qs: %s",
	   escape_report_path, xstrerror (errno));
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
		 escape_report_path, xstrerror (errno));
	  break;
	}
      done += (size_t) n;
    }
  flock (fd, LOCK_UN);
  if (close (fd) != 0)
    error ("cannot write the escape report %qs: %s",
	   escape_report_path, xstrerror (errno));
}

static void
escape_report_finish (void *gcc_data ATTRIBUTE_UNUSED,
		      void *user_data ATTRIBUTE_UNUSED)
{
  /* A failed compile leaves the report untouched, also one that failed
     because -Werror made a warning (ours included) an error.  */
  if (!ESCAPE_COMPILE_FAILED ())
    escape_report_flush ();
  free (escape_report_buf);
  escape_report_buf = NULL;
  escape_report_len = escape_report_cap = 0;
}

/* Is a report being written, to a file or into the object?  */
bool
escape_sink_active (void)
{
  return escape_report_path != NULL || escape_opts.embed;
}

/* The name of the section the records are embedded in.  */
#define ESCAPE_SECTION_NAME ".escape"

/* embed: write the unit's records into the object's .escape section, in
   the section's compact form (report/section.c).  */
static void
escape_embed_finish (void *gcc_data ATTRIBUTE_UNUSED,
		     void *user_data ATTRIBUTE_UNUSED)
{
  if (ESCAPE_COMPILE_FAILED () || !asm_out_file)
    return;
  /* The unit's line is laid out after the pending records, copied in
     front of them, and taken off again: report= writes the records
     alone.  */
  size_t records = escape_report_len;
  char head[64];
  snprintf (head, sizeof head, "{\"escape_unit\":%d,\"plugin\":\"%s\",\"file\":",
	    ESCAPE_SECTION_VERSION, ESCAPE_VERSION);
  escape_sink_puts (head);
  escape_sink_json_string (main_input_filename ? main_input_filename : "");
  escape_sink_puts ("}\n");
  size_t line = escape_report_len - records;
  char *text = XNEWVEC (char, escape_report_len);
  memcpy (text, escape_report_buf + records, line);
  memcpy (text + line, escape_report_buf, records);
  escape_report_len = records;
  escape_report_buf[records] = '\0';
  const char *problem;
  size_t size;
  unsigned char *unit = escape_section_encode (text, line + records, &size,
					       &problem);
  free (text);
  if (!unit)
    {
      error ("cannot embed the escape records in the object: %s", problem);
      return;
    }
  switch_to_section (get_section (ESCAPE_SECTION_NAME, SECTION_DEBUG, NULL));
  assemble_string ((const char *) unit, (int) size);
  free (unit);
}

/* Append records to PATH when the translation unit is done.  */
void
escape_sink_register (const char *plugin_name, const char *path)
{
  if (escape_opts.embed)
    register_callback (plugin_name, PLUGIN_FINISH_UNIT, escape_embed_finish,
		       NULL);
  escape_report_path = path;
  if (path)
    register_callback (plugin_name, PLUGIN_FINISH, escape_report_finish,
		       NULL);
}
