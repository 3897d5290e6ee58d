/* report/section.c - a unit's records in the compact form of the
 * object's .escape section: format ESCAPE_SECTION_VERSION, documented in
 * docs/reports.md and read by bin/escape_section.py.
 *
 * The unit's JSON Lines text (report/sink.c) is read back one line at a
 * time (report/json.c) and each value is laid out in streams of bytes,
 * one per field path and kind of data ("the integers at .flow[].line"),
 * so that zlib sees like next to like:
 *
 *   - each value's tag (null, false, true, integer, string, list,
 *     object) in its path's tag stream;
 *   - an integer as the zigzag varint of its difference from the last
 *     integer of the same key in the same record (the record's line for
 *     a flow step's line), else from the last integer at its path;
 *   - a string split at its single quotes: the template (the text with
 *     each quoted part emptied, "passed to ''") and the quoted parts
 *     (identifiers); each string is written once per unit, and a
 *     reference to it is its place in a recency list (the path's own
 *     list, or the identifiers' list shared by the names, the functions,
 *     the callees and every quoted part) or its number in the unit's
 *     string table, which starts with a fixed vocabulary (the keys'
 *     lists, kinds, reasons, flow notes);
 *   - a list's length, and an object's key list (its shape, a string).
 *
 * The streams are deflated with zlib, the string bytes with its default
 * strategy, the rest filtered, each large stream in its own block.
 * The decoder walks the values in the same order, so each stream is
 * used first at the same point on both sides: streams are numbered in
 * the order of first use, and no names are stored.  */

#include "report/section.h"
#include "report/json.h"
#include <zlib.h>

/* Each unit starts with these bytes, then the version byte.  */
#define ESCAPE_SECTION_MAGIC "ESC"
#define ESCAPE_SECTION_MAGIC_LEN 3
/* How many strings a recency list remembers.  */
#define ESCAPE_SECTION_RECENT 64
/* Streams go into a deflate block of their own once this many bytes
   are pending.  */
#define ESCAPE_SECTION_BLOCK 4096
/* The separator of the keys in an object's shape.  */
#define ESCAPE_SECTION_KEY_SEP '\n'

/* The strings every unit's table starts with, numbered from 0: the
   records' key lists, the words of the report's vocabulary and the
   templates of the flow notes.  Part of the format: a change is a new
   ESCAPE_SECTION_VERSION, and bin/escape_section.py has the same list
   (testsuite/escape.report-tool/section.exp compares them).  */
#define ESCAPE_HEAD "schema\nfile\nline\ncolumn\nfunction\nkind\nname\nescapes\nreason\n"
static const char *const escape_section_vocabulary[] = {
  "escape_unit\nplugin\nfile",
  ESCAPE_HEAD "index\nvisible\nleaks\nflow",
  ESCAPE_HEAD "index\nvisible\ndepends\nleaks\nflow",
  ESCAPE_HEAD "index\nvisible\nleaks\nnoescape\nflow",
  ESCAPE_HEAD "index\nvisible\ndepends\nleaks\nnoescape\nflow",
  ESCAPE_HEAD "outlives\nhazard\nflow",
  ESCAPE_HEAD "depends\noutlives\nhazard\nflow",
  ESCAPE_HEAD "promoted\nnot_promoted\nstack_bytes\nfallback\nflow",
  ESCAPE_HEAD "depends\npromoted\nnot_promoted\nstack_bytes\nfallback\nflow",
  "file\nline\ncolumn\nnote",
  "callee\narg\nlevel",
  "param", "local", "heap",
  "call", "caller-memory", "returned", "escaping-object", "global",
  "integer", "thread", "asm", "unknown",
  "definite", "possible",
  "content", "freed", "result:0", "result:1", "result:2", "result:3",
  "declared", "suggested",
  "too-large", "non-constant-size", "escapes", "freed-elsewhere", "realloc",
  "reallocarray", "live-across-iterations", "stack-budget", "zero-size",
  "bad-alignment", "may-throw", "skipped", "recursive",
  "passed to ''", "value of parameter ''",
  "what is pointed to by parameter ''", "address of '' taken",
  "assigned to ''", "stored in memory of the caller, through parameter ''",
  "passed to an indirect call", "still stored at return",
  "stored in deeper memory of the caller, through parameter ''",
  "stored in global memory", "stored in ''",
  "still stored when '' is called", "stored in global ''",
  "allocated by malloc(...)", "allocated by calloc(...)",
  "allocated by realloc(...)", "allocated by strdup(...)",
  "stored in malloc(...)", "stored in calloc(...)",
  "converted to an integer", "used by inline asm",
  "still stored at a call through a pointer",
  "still stored at an asm statement", "passed to another thread by ''",
  "used in a way the analysis does not understand",
  "malloc", "calloc", "strdup",
  /* Format 4: the records' key lists with must_keep, outlives_caller,
     must_return and may-write, the locals' with undo, and the
     dependencies' with must, result and returns.  */
  ESCAPE_HEAD "index\nvisible\nleaks\nmust_keep\noutlives_caller\nmust_return\nwrites\nwrites_globals\nwrites_global_memory\ncalls_unknown\nflow",
  ESCAPE_HEAD "index\nvisible\ndepends\nleaks\nmust_keep\noutlives_caller\nmust_return\nwrites\nwrites_globals\nwrites_global_memory\ncalls_unknown\nflow",
  ESCAPE_HEAD "index\nvisible\nleaks\nmust_keep\noutlives_caller\nmust_return\nwrites\nwrites_globals\nwrites_global_memory\ncalls_unknown\nnoescape\nflow",
  ESCAPE_HEAD "index\nvisible\ndepends\nleaks\nmust_keep\noutlives_caller\nmust_return\nwrites\nwrites_globals\nwrites_global_memory\ncalls_unknown\nnoescape\nflow",
  "callee\narg\nlevel\nmust\nresult\nreturns",
  ESCAPE_HEAD "outlives\nhazard\nundo\nflow",
  ESCAPE_HEAD "depends\noutlives\nhazard\nundo\nflow",
  "callee\nargs\nglobal\nglobal_memory",
  "not certain: what runs after the call to '' may clear it",
  "not certain: '' may not keep it on every path",
};

/* The paths whose strings share the identifiers' recency list with the
   quoted parts of every string.  */
static const char *const escape_section_identifier_paths[] = {
  ".name", ".function", ".depends[].callee",
};

/* The kinds of stream a path has.  */
enum escape_stream_kind
{
  ESCAPE_STREAM_TAG,
  ESCAPE_STREAM_INT,
  ESCAPE_STREAM_STRING,
  ESCAPE_STREAM_ARG,
  ESCAPE_STREAM_LENGTH,
  ESCAPE_STREAM_SHAPE,
  ESCAPE_STREAM_KINDS
};

/* The strings used last, most recent first, by their numbers.  */
struct escape_recent
{
  int n;
  int ids[ESCAPE_SECTION_RECENT];
};

/* A field path (".flow[].line"): its streams, its last integer, its
   recency lists.  */
struct escape_slot
{
  char *path;
  int streams[ESCAPE_STREAM_KINDS];	/* -1 until first used */
  HOST_WIDE_INT last;
  struct escape_recent *strings;	/* its own, or the identifiers' */
  struct escape_recent own, shapes;
};

/* An integer seen in the current record, by its key.  */
struct escape_seen_int
{
  const char *key;
  HOST_WIDE_INT value;
};

typedef vec<unsigned char> escape_stream;

struct escape_section_enc
{
  vec<escape_stream> streams;		/* [0]: the bytes of new strings */
  vec<escape_slot *> slots;
  hash_map<nofree_string_hash, int> *slot_ids;
  vec<const char *> strings;		/* the unit's table, by number */
  hash_map<nofree_string_hash, int> *string_ids;
  struct escape_recent identifiers;
  vec<escape_seen_int> seen;		/* the current record's integers */
  const struct escape_json_doc *doc;
  vec<char> scratch;
  unsigned values;
  const char *problem;
};

static void
escape_put_uvarint (escape_stream *s, unsigned HOST_WIDE_INT n)
{
  while (n >= 0x80)
    {
      s->safe_push ((unsigned char) (n | 0x80));
      n >>= 7;
    }
  s->safe_push ((unsigned char) n);
}

/* N - BASE, wrapping at 64 bits, as a zigzag varint.  */
static void
escape_put_delta (escape_stream *s, HOST_WIDE_INT n, HOST_WIDE_INT base)
{
  unsigned HOST_WIDE_INT d = (unsigned HOST_WIDE_INT) n
			     - (unsigned HOST_WIDE_INT) base;
  unsigned HOST_WIDE_INT sign = (d >> (HOST_BITS_PER_WIDE_INT - 1)) ? ~0ULL : 0;
  escape_put_uvarint (s, (d << 1) ^ sign);
}

/* The stream of KIND of SLOT, numbered at its first use.  */
static escape_stream *
escape_slot_stream (struct escape_section_enc *e, struct escape_slot *slot,
		    enum escape_stream_kind kind)
{
  if (slot->streams[kind] < 0)
    {
      slot->streams[kind] = (int) e->streams.length ();
      e->streams.safe_push (escape_stream ());
    }
  return &e->streams[slot->streams[kind]];
}

/* The slot of PATH, made at its first use.  */
static struct escape_slot *
escape_slot_of (struct escape_section_enc *e, const char *path)
{
  int *id = e->slot_ids->get (path);
  if (id)
    return e->slots[*id];
  struct escape_slot *slot = XCNEW (struct escape_slot);
  slot->path = xstrdup (path);
  for (int k = 0; k < ESCAPE_STREAM_KINDS; k++)
    slot->streams[k] = -1;
  slot->strings = &slot->own;
  for (unsigned i = 0; i < ARRAY_SIZE (escape_section_identifier_paths); i++)
    if (strcmp (path, escape_section_identifier_paths[i]) == 0)
      slot->strings = &e->identifiers;
  e->slot_ids->put (slot->path, (int) e->slots.length ());
  e->slots.safe_push (slot);
  return slot;
}

/* The slot below PARENT: PARENT.KEY, or PARENT[] without a key.  */
static struct escape_slot *
escape_slot_child (struct escape_section_enc *e, struct escape_slot *parent,
		   const char *key)
{
  e->scratch.truncate (0);
  for (const char *c = parent->path; *c; c++)
    e->scratch.safe_push (*c);
  const char *tail = key ? key : "[]";
  if (key)
    e->scratch.safe_push ('.');
  for (const char *c = tail; *c; c++)
    e->scratch.safe_push (*c);
  e->scratch.safe_push ('\0');
  return escape_slot_of (e, e->scratch.address ());
}

/* Move string ID to the front of R, at POS (-1: not in R).  */
static void
escape_recent_use (struct escape_recent *r, int pos, int id)
{
  if (pos < 0)
    pos = r->n < ESCAPE_SECTION_RECENT ? r->n++ : r->n - 1;
  memmove (&r->ids[1], &r->ids[0], pos * sizeof r->ids[0]);
  r->ids[0] = id;
}

/* A reference to string TEXT in stream S, through recency list R: its
   place in R plus 1; else R's length plus 1 plus its number in the
   table; else 0, and its bytes go to the strings' stream.  */
static void
escape_put_string_ref (struct escape_section_enc *e, escape_stream *s,
		       struct escape_recent *r, const char *text)
{
  int *known = e->string_ids->get (text);
  int id = known ? *known : -1, pos = -1;
  for (int i = 0; id >= 0 && i < r->n; i++)
    if (r->ids[i] == id)
      pos = i;
  if (pos >= 0)
    escape_put_uvarint (s, (unsigned) pos + 1);
  else if (id >= 0)
    escape_put_uvarint (s, (unsigned) (r->n + 1 + id));
  else
    {
      escape_put_uvarint (s, 0);
      size_t len = strlen (text);
      escape_put_uvarint (&e->streams[0], len);
      for (size_t i = 0; i < len; i++)
	e->streams[0].safe_push ((unsigned char) text[i]);
      id = (int) e->strings.length ();
      char *copy = xstrdup (text);
      e->strings.safe_push (copy);
      e->string_ids->put (copy, id);
    }
  escape_recent_use (r, pos, id);
}

/* A string value at SLOT: its template, then its quoted parts.  */
static void
escape_put_string (struct escape_section_enc *e, struct escape_slot *slot,
		   const char *text)
{
  size_t len = strlen (text);
  char *tmpl = XNEWVEC (char, len + 1), *args = XNEWVEC (char, len + 1);
  char *t = tmpl, *a = args;
  bool quoted = false;
  for (const char *c = text; *c; c++)
    if (*c == '\'')
      {
	*t++ = '\'';
	if (quoted)
	  *a++ = '\0';
	quoted = !quoted;
      }
    else if (quoted)
      *a++ = *c;
    else
      *t++ = *c;
  if (quoted)
    *a++ = '\0';
  *t = '\0';
  escape_put_string_ref (e, escape_slot_stream (e, slot, ESCAPE_STREAM_STRING),
			 slot->strings, tmpl);
  for (char *p = args; p < a; p += strlen (p) + 1)
    escape_put_string_ref (e, escape_slot_stream (e, slot, ESCAPE_STREAM_ARG),
			   &e->identifiers, p);
  free (tmpl);
  free (args);
}

/* An integer value N at SLOT, under KEY (NULL in a list).  */
static void
escape_put_int (struct escape_section_enc *e, struct escape_slot *slot,
		const char *key, HOST_WIDE_INT n)
{
  HOST_WIDE_INT base = slot->last;
  escape_seen_int *seen = NULL;
  for (unsigned i = 0; key && i < e->seen.length (); i++)
    if (strcmp (e->seen[i].key, key) == 0)
      seen = &e->seen[i];
  if (seen)
    base = seen->value;
  escape_put_delta (escape_slot_stream (e, slot, ESCAPE_STREAM_INT), n, base);
  slot->last = n;
  if (seen)
    seen->value = n;
  else if (key)
    {
      escape_seen_int s = { key, n };
      e->seen.safe_push (s);
    }
}

/* An object's shape: its keys, separated by ESCAPE_SECTION_KEY_SEP.  */
static bool
escape_put_shape (struct escape_section_enc *e, struct escape_slot *slot,
		  const escape_json_value *v)
{
  vec<char> shape = vec<char> ();
  for (int m = v->first; m >= 0; m = e->doc->values[m].next)
    {
      const char *key = escape_json_text (e->doc, e->doc->values[m].key);
      if (strchr (key, ESCAPE_SECTION_KEY_SEP) || !*key)
	{
	  shape.release ();
	  e->problem = "an empty key, or a key with a newline";
	  return false;
	}
      if (m != v->first)
	shape.safe_push (ESCAPE_SECTION_KEY_SEP);
      for (const char *c = key; *c; c++)
	shape.safe_push (*c);
    }
  shape.safe_push ('\0');
  escape_put_string_ref (e, escape_slot_stream (e, slot, ESCAPE_STREAM_SHAPE),
			 &slot->shapes, shape.address ());
  shape.release ();
  return true;
}

/* Value V of the document at SLOT, under KEY (NULL in a list or at the
   top).  */
static bool
escape_put_value (struct escape_section_enc *e, struct escape_slot *slot,
		  const char *key, int v)
{
  const escape_json_value val = e->doc->values[v];
  escape_slot_stream (e, slot, ESCAPE_STREAM_TAG)->safe_push
    ((unsigned char) val.kind);
  switch (val.kind)
    {
    case ESCAPE_JSON_INT:
      escape_put_int (e, slot, key, val.num);
      return true;
    case ESCAPE_JSON_STRING:
      escape_put_string (e, slot, escape_json_text (e->doc, val.str));
      return true;
    case ESCAPE_JSON_LIST:
      {
	escape_put_uvarint (escape_slot_stream (e, slot, ESCAPE_STREAM_LENGTH),
			    (unsigned) val.count);
	struct escape_slot *child = escape_slot_child (e, slot, NULL);
	for (int m = val.first; m >= 0; m = e->doc->values[m].next)
	  if (!escape_put_value (e, child, NULL, m))
	    return false;
	return true;
      }
    case ESCAPE_JSON_OBJECT:
      if (!escape_put_shape (e, slot, &val))
	return false;
      for (int m = val.first; m >= 0; m = e->doc->values[m].next)
	{
	  const char *k = escape_json_text (e->doc, e->doc->values[m].key);
	  if (!escape_put_value (e, escape_slot_child (e, slot, k), k, m))
	    return false;
	}
      return true;
    default:
      return true;
    }
}

/* Lay out each line of TEXT (LEN bytes) in E's streams.  */
static bool
escape_section_layout (struct escape_section_enc *e, const char *text,
		       size_t len)
{
  struct escape_json_doc doc = { vec<escape_json_value> (), vec<char> () };
  struct escape_slot *top = escape_slot_of (e, "");
  const char *end = text + len;
  e->doc = &doc;
  for (const char *line = text; line < end && !e->problem;)
    {
      const char *nl = (const char *) memchr (line, '\n', end - line);
      const char *stop = nl ? nl : end;
      if (stop > line)
	{
	  e->seen.truncate (0);
	  if (escape_json_parse (&doc, line, stop - line, &e->problem))
	    escape_put_value (e, top, NULL, 0);
	  e->values++;
	}
      line = stop + 1;
    }
  escape_json_release (&doc);
  return e->problem == NULL;
}

static void
escape_section_init (struct escape_section_enc *e)
{
  memset (e, 0, sizeof *e);
  e->slot_ids = new hash_map<nofree_string_hash, int>;
  e->string_ids = new hash_map<nofree_string_hash, int>;
  e->streams.safe_push (escape_stream ());
  for (unsigned i = 0; i < ARRAY_SIZE (escape_section_vocabulary); i++)
    {
      e->strings.safe_push (escape_section_vocabulary[i]);
      e->string_ids->put (escape_section_vocabulary[i], (int) i);
    }
}

static void
escape_section_fini (struct escape_section_enc *e)
{
  for (unsigned i = ARRAY_SIZE (escape_section_vocabulary);
       i < e->strings.length (); i++)
    free (CONST_CAST (char *, e->strings[i]));
  for (unsigned i = 0; i < e->slots.length (); i++)
    {
      free (e->slots[i]->path);
      free (e->slots[i]);
    }
  for (unsigned i = 0; i < e->streams.length (); i++)
    e->streams[i].release ();
  e->streams.release ();
  e->slots.release ();
  e->strings.release ();
  e->seen.release ();
  e->scratch.release ();
  delete e->slot_ids;
  delete e->string_ids;
}

/* Deflate LEN bytes of DATA into OUT with FLUSH, growing OUT as
   needed.  */
static bool
escape_deflate (z_stream *z, vec<unsigned char> *out, const unsigned char *data,
		size_t len, int flush)
{
  z->next_in = CONST_CAST (unsigned char *, data);
  z->avail_in = (uInt) len;
  for (;;)
    {
      size_t done = out->length ();
      out->safe_grow (done + len / 2 + 1024);
      z->next_out = out->address () + done;
      z->avail_out = (uInt) (out->length () - done);
      int rc = deflate (z, flush);
      out->truncate (out->length () - z->avail_out);
      if (rc == Z_STREAM_END)
	return true;
      if (rc != Z_OK && rc != Z_BUF_ERROR)
	return false;
      if (flush != Z_FINISH && z->avail_in == 0 && z->avail_out != 0)
	return true;
    }
}

/* Switch Z to STRATEGY, with room in OUT for what that flushes.  */
static bool
escape_deflate_strategy (z_stream *z, vec<unsigned char> *out, int strategy)
{
  size_t done = out->length ();
  out->safe_grow (done + 1024);
  z->next_out = out->address () + done;
  z->avail_out = (uInt) (out->length () - done);
  int rc = deflateParams (z, Z_BEST_COMPRESSION, strategy);
  out->truncate (out->length () - z->avail_out);
  return rc == Z_OK;
}

/* The payload of E (its counts, the streams' lengths, the streams)
   deflated into OUT.  */
static bool
escape_section_deflate (struct escape_section_enc *e, vec<unsigned char> *out,
			size_t *raw)
{
  escape_stream head = escape_stream ();
  escape_put_uvarint (&head, e->values);
  escape_put_uvarint (&head, e->streams.length ());
  *raw = 0;
  for (unsigned i = 0; i < e->streams.length (); i++)
    {
      escape_put_uvarint (&head, e->streams[i].length ());
      *raw += e->streams[i].length ();
    }
  *raw += head.length ();
  z_stream z;
  memset (&z, 0, sizeof z);
  if (deflateInit (&z, Z_BEST_COMPRESSION) != Z_OK)
    {
      head.release ();
      return false;
    }
  bool ok = escape_deflate (&z, out, head.address (), head.length (),
			    Z_NO_FLUSH);
  head.release ();
  size_t pending = 0;
  for (unsigned i = 0; ok && i < e->streams.length (); i++)
    {
      escape_stream *s = &e->streams[i];
      pending += s->length ();
      bool last = i + 1 == e->streams.length ();
      int flush = last ? Z_FINISH
		  : pending >= ESCAPE_SECTION_BLOCK || i == 0 ? Z_BLOCK
		  : Z_NO_FLUSH;
      ok = escape_deflate (&z, out, s->address (), s->length (), flush);
      if (flush == Z_BLOCK)
	pending = 0;
      /* The strings are text; the other streams small numbers.  */
      if (ok && i == 0 && !last)
	ok = escape_deflate_strategy (&z, out, Z_FILTERED);
    }
  deflateEnd (&z);
  return ok;
}

/* The records of a unit, TEXT (LEN bytes of JSON Lines), in the
   section's format: the magic, the version, the payload's size before
   and after deflating (varints), the deflated payload (zlib).  The
   result is malloc'ed, *SIZE bytes; NULL with *PROBLEM set when TEXT is
   not what report/records.c writes or zlib fails.  */
unsigned char *
escape_section_encode (const char *text, size_t len, size_t *size,
		       const char **problem)
{
  struct escape_section_enc e;
  escape_section_init (&e);
  vec<unsigned char> z = vec<unsigned char> ();
  size_t raw = 0;
  unsigned char *out = NULL;
  *problem = NULL;
  if (!escape_section_layout (&e, text, len))
    *problem = e.problem;
  else if (!escape_section_deflate (&e, &z, &raw))
    *problem = "zlib failed";
  else
    {
      escape_stream unit = escape_stream ();
      for (int i = 0; i < ESCAPE_SECTION_MAGIC_LEN; i++)
	unit.safe_push ((unsigned char) ESCAPE_SECTION_MAGIC[i]);
      unit.safe_push (ESCAPE_SECTION_VERSION);
      escape_put_uvarint (&unit, raw);
      escape_put_uvarint (&unit, z.length ());
      *size = unit.length () + z.length ();
      out = XNEWVEC (unsigned char, *size);
      memcpy (out, unit.address (), unit.length ());
      memcpy (out + unit.length (), z.address (), z.length ());
      unit.release ();
    }
  z.release ();
  escape_section_fini (&e);
  return out;
}
