/* report/json.c - one line of the report's JSON read back into a tree of
 * values, for the compact .escape section (report/section.c).
 *
 * The lines are the ones report/records.c writes: objects, lists,
 * strings (with the escapes \" \\ \/ \b \f \n \r \t \uXXXX), integers,
 * true, false and null.  Anything else (a fraction, an exponent, a
 * number beyond 64 bits, a NUL character, a raw control character,
 * nesting deeper than ESCAPE_JSON_MAX_DEPTH, text after the value) is a
 * problem named in *PROBLEM, never a crash.  */

#include "report/json.h"

/* The deepest nesting of lists and objects read.  */
#define ESCAPE_JSON_MAX_DEPTH 32

struct escape_json_reader
{
  const char *p, *end;
  struct escape_json_doc *doc;
  const char *problem;
};

static bool
escape_json_fail (struct escape_json_reader *r, const char *problem)
{
  if (!r->problem)
    r->problem = problem;
  return false;
}

static void
escape_json_skip_space (struct escape_json_reader *r)
{
  while (r->p < r->end
	 && (*r->p == ' ' || *r->p == '\t' || *r->p == '\n' || *r->p == '\r'))
    r->p++;
}

/* A new value of KIND; its index.  */
static int
escape_json_new (struct escape_json_reader *r, enum escape_json_kind kind)
{
  escape_json_value v;
  memset (&v, 0, sizeof v);
  v.kind = kind;
  v.str = v.key = v.first = v.next = -1;
  r->doc->values.safe_push (v);
  return (int) r->doc->values.length () - 1;
}

/* Append code point C to the text, as UTF-8.  */
static bool
escape_json_utf8 (struct escape_json_reader *r, unsigned c)
{
  vec<char> &t = r->doc->text;
  if (c == 0)
    return escape_json_fail (r, "a NUL character in a string");
  if (c < 0x80)
    t.safe_push ((char) c);
  else if (c < 0x800)
    {
      t.safe_push ((char) (0xC0 | (c >> 6)));
      t.safe_push ((char) (0x80 | (c & 0x3F)));
    }
  else if (c < 0x10000)
    {
      t.safe_push ((char) (0xE0 | (c >> 12)));
      t.safe_push ((char) (0x80 | ((c >> 6) & 0x3F)));
      t.safe_push ((char) (0x80 | (c & 0x3F)));
    }
  else
    {
      t.safe_push ((char) (0xF0 | (c >> 18)));
      t.safe_push ((char) (0x80 | ((c >> 12) & 0x3F)));
      t.safe_push ((char) (0x80 | ((c >> 6) & 0x3F)));
      t.safe_push ((char) (0x80 | (c & 0x3F)));
    }
  return true;
}

/* Four hex digits after \u.  */
static bool
escape_json_hex4 (struct escape_json_reader *r, unsigned *out)
{
  unsigned c = 0;
  for (int i = 0; i < 4; i++, r->p++)
    {
      char d = r->p < r->end ? TOLOWER (*r->p) : 0;
      if (!ISDIGIT (d) && !(d >= 'a' && d <= 'f'))
	return escape_json_fail (r, "a malformed \\u escape");
      c = c * 16 + (unsigned) (ISDIGIT (d) ? d - '0' : d - 'a' + 10);
    }
  *out = c;
  return true;
}

/* \uXXXX, with a surrogate pair joined; R->p is after the u.  */
static bool
escape_json_unicode (struct escape_json_reader *r)
{
  unsigned c, low;
  if (!escape_json_hex4 (r, &c))
    return false;
  if (c >= 0xDC00 && c < 0xE000)
    return escape_json_fail (r, "a lone low surrogate");
  if (c >= 0xD800 && c < 0xDC00)
    {
      if (r->end - r->p < 2 || r->p[0] != '\\' || r->p[1] != 'u')
	return escape_json_fail (r, "a lone high surrogate");
      r->p += 2;
      if (!escape_json_hex4 (r, &low))
	return false;
      if (low < 0xDC00 || low >= 0xE000)
	return escape_json_fail (r, "a lone high surrogate");
      c = 0x10000 + ((c - 0xD800) << 10) + (low - 0xDC00);
    }
  return escape_json_utf8 (r, c);
}

/* A string at R->p (its opening quote); *OFFSET is where its text
   starts.  */
static bool
escape_json_string (struct escape_json_reader *r, int *offset)
{
  static const char simple[] = "\"\"\\\\//b\bf\fn\nr\rt\t";
  vec<char> &t = r->doc->text;
  *offset = (int) t.length ();
  r->p++;
  while (r->p < r->end && *r->p != '"')
    {
      unsigned char c = (unsigned char) *r->p++;
      if (c < 0x20)
	return escape_json_fail (r, "a raw control character in a string");
      if (c != '\\')
	{
	  t.safe_push ((char) c);
	  continue;
	}
      if (r->p >= r->end)
	break;
      char e = *r->p++;
      if (e == 'u')
	{
	  if (!escape_json_unicode (r))
	    return false;
	  continue;
	}
      const char *s;
      for (s = simple; *s && *s != e; s += 2)
	;
      if (!*s)
	return escape_json_fail (r, "an unknown escape in a string");
      t.safe_push (s[1]);
    }
  if (r->p >= r->end)
    return escape_json_fail (r, "an unterminated string");
  r->p++;
  t.safe_push ('\0');
  return true;
}

/* An integer (no fraction, no exponent) that fits in 64 bits.  */
static bool
escape_json_number (struct escape_json_reader *r, HOST_WIDE_INT *out)
{
  bool minus = r->p < r->end && *r->p == '-';
  unsigned HOST_WIDE_INT n = 0;
  unsigned HOST_WIDE_INT limit = (unsigned HOST_WIDE_INT) HOST_WIDE_INT_MAX
				 + (minus ? 1 : 0);
  if (minus)
    r->p++;
  if (r->p >= r->end || !ISDIGIT (*r->p))
    return escape_json_fail (r, "a malformed number");
  for (; r->p < r->end && ISDIGIT (*r->p); r->p++)
    {
      unsigned digit = (unsigned) (*r->p - '0');
      if (n > (limit - digit) / 10)
	return escape_json_fail (r, "a number beyond 64 bits");
      n = n * 10 + digit;
    }
  if (r->p < r->end && (*r->p == '.' || *r->p == 'e' || *r->p == 'E'))
    return escape_json_fail (r, "a number that is not an integer");
  *out = minus ? (HOST_WIDE_INT) (0 - n) : (HOST_WIDE_INT) n;
  return true;
}

static int escape_json_value_at (struct escape_json_reader *r, int depth);

/* The elements of a list or the members of an object, after its opening
   bracket, up to CLOSE; link them under value SELF.  */
static bool
escape_json_elements (struct escape_json_reader *r, int depth, int self,
		      char close)
{
  bool object = close == '}';
  int prev = -1;
  escape_json_skip_space (r);
  if (r->p < r->end && *r->p == close)
    {
      r->p++;
      return true;
    }
  for (;;)
    {
      int key = -1;
      escape_json_skip_space (r);
      if (object)
	{
	  if (r->p >= r->end || *r->p != '"')
	    return escape_json_fail (r, "an object member without a key");
	  if (!escape_json_string (r, &key))
	    return false;
	  escape_json_skip_space (r);
	  if (r->p >= r->end || *r->p++ != ':')
	    return escape_json_fail (r, "a key without a colon");
	}
      int v = escape_json_value_at (r, depth + 1);
      if (v < 0)
	return false;
      r->doc->values[v].key = key;
      if (prev < 0)
	r->doc->values[self].first = v;
      else
	r->doc->values[prev].next = v;
      prev = v;
      r->doc->values[self].count++;
      escape_json_skip_space (r);
      if (r->p < r->end && *r->p == ',')
	{
	  r->p++;
	  continue;
	}
      if (r->p < r->end && *r->p++ == close)
	return true;
      return escape_json_fail (r, object ? "an unterminated object"
			       : "an unterminated list");
    }
}

/* The value at R->p; its index, or -1 with R->problem set.  */
static int
escape_json_value_at (struct escape_json_reader *r, int depth)
{
  escape_json_skip_space (r);
  if (r->p >= r->end)
    return escape_json_fail (r, "a missing value"), -1;
  if (depth > ESCAPE_JSON_MAX_DEPTH)
    return escape_json_fail (r, "nesting too deep"), -1;
  static const struct { const char *word; enum escape_json_kind kind; }
    words[] = { { "null", ESCAPE_JSON_NULL }, { "false", ESCAPE_JSON_FALSE },
		{ "true", ESCAPE_JSON_TRUE } };
  for (unsigned i = 0; i < ARRAY_SIZE (words); i++)
    {
      size_t n = strlen (words[i].word);
      if ((size_t) (r->end - r->p) >= n && !memcmp (r->p, words[i].word, n))
	{
	  r->p += n;
	  return escape_json_new (r, words[i].kind);
	}
    }
  char c = *r->p;
  if (c == '"')
    {
      int off;
      if (!escape_json_string (r, &off))
	return -1;
      int v = escape_json_new (r, ESCAPE_JSON_STRING);
      r->doc->values[v].str = off;
      return v;
    }
  if (c == '-' || ISDIGIT (c))
    {
      HOST_WIDE_INT n;
      if (!escape_json_number (r, &n))
	return -1;
      int v = escape_json_new (r, ESCAPE_JSON_INT);
      r->doc->values[v].num = n;
      return v;
    }
  if (c != '[' && c != '{')
    return escape_json_fail (r, "an unexpected character"), -1;
  r->p++;
  int v = escape_json_new (r, c == '[' ? ESCAPE_JSON_LIST : ESCAPE_JSON_OBJECT);
  if (!escape_json_elements (r, depth, v, c == '[' ? ']' : '}'))
    return -1;
  return v;
}

/* Parse LINE (LEN bytes, one JSON value) into DOC, replacing what DOC
   held.  On failure, *PROBLEM says what is wrong.  */
bool
escape_json_parse (struct escape_json_doc *doc, const char *line, size_t len,
		   const char **problem)
{
  struct escape_json_reader r = { line, line + len, doc, NULL };
  doc->values.truncate (0);
  doc->text.truncate (0);
  int root = escape_json_value_at (&r, 0);
  escape_json_skip_space (&r);
  if (root == 0 && r.p != r.end)
    escape_json_fail (&r, "text after the value");
  *problem = r.problem;
  return r.problem == NULL;
}

void
escape_json_release (struct escape_json_doc *doc)
{
  doc->values.release ();
  doc->text.release ();
}
