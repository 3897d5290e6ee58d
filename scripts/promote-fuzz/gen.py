#!/usr/bin/env python3
"""Ad-hoc generator of random C programs with variable-size temporaries
(malloc, calloc, strdup, strndup, aligned_alloc) for differential testing
of promotion: plain gcc against gcc + promote.  gen.py SEED > prog.c"""
import random, sys

r = random.Random(int(sys.argv[1]))
out = []
def emit(s): out.append(s)

emit('''#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <stdint.h>
static const char *const strs[] = { "", "a", "hello", "0123456789abcdef",
  "a somewhat longer string of more than thirty-two characters",
  "xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx" };
#define NS 6
__attribute__ ((noinline)) static unsigned long
sumb (const unsigned char *p, size_t n)
{
  unsigned long s = 0;
  for (size_t i = 0; i < n; i++)
    s = s * 31 + p[i];
  return s;
}
static unsigned long
peek (const unsigned char *p, size_t n)
{
  return n ? p[0] + 7u * p[n - 1] : 0;
}
''')

def alloc(v, depth):
    """Lines that allocate v (unsigned char *) and set lv; may fail -> return."""
    k = r.randrange(6)
    C = r.choice([0, 1, 15, 16, 100, 200, 240, 255, 256, 257, 300])
    if k == 0:
        return [f"size_t l{v} = n + {C};", f"unsigned char *{v} = malloc (l{v});"]
    if k == 1:
        S = r.choice([1, 2, 4, 8, 16, 24])
        return [f"size_t c{v} = (n + {C}) % {r.choice([7, 40, 70, 300])};",
                f"size_t l{v} = c{v} * {S};",
                f"unsigned char *{v} = calloc (c{v}, {S});",
                f"if ({v}) for (size_t k = 0; k < l{v}; k++) if ({v}[k]) abort ();"]
    if k == 2:
        return [f"const char *s{v} = strs[(n + c + {C}) % NS];",
                f"size_t l{v} = strlen (s{v}) + 1;",
                f"unsigned char *{v} = (unsigned char *) strdup (s{v});",
                f"if ({v} && strcmp ((char *) {v}, s{v})) abort ();"]
    if k == 3:
        return [f"const char *s{v} = strs[(n + {C}) % NS];",
                f"size_t m{v} = (n * {r.choice([1,3,7])} + {C}) % 400;",
                f"size_t l{v} = strnlen (s{v}, m{v}) + 1;",
                f"unsigned char *{v} = (unsigned char *) strndup (s{v}, m{v});",
                f"if ({v} && (strlen ((char *) {v}) != l{v} - 1 || memcmp ({v}, s{v}, l{v} - 1))) abort ();"]
    if k == 4:
        A = r.choice([16, 32, 64])
        return [f"size_t l{v} = ((n + {C}) / {A} + 1) * {A};",
                f"unsigned char *{v} = aligned_alloc ({A}, l{v});",
                f"if ({v} && ((uintptr_t) {v} & {A - 1})) abort ();"]
    return [f"size_t l{v} = (n * {r.choice([2,3,5])} + {C}) % {r.choice([250, 260, 600])} + 1;",
            f"unsigned char *{v} = malloc (l{v});"]

counter = [0]
def block(live, depth, ind):
    """A list of lines; LIVE: names of live pointers (freed by the caller)."""
    lines = []
    n_stmts = r.randint(1, 4)
    for _ in range(n_stmts):
        k = r.randrange(10 if depth < 3 else 6)
        if k <= 2 or not live:
            counter[0] += 1
            v = f"p{counter[0]}"
            lines += alloc(v, depth)
            if "calloc" in lines[-2] or "calloc" in lines[-1]:
                lines.append(f"if (!{v}) {{ if (l{v}) return {fail_ret(live)}; else {{ acc += 3; goto skip{v}; }} }}")
            else:
                lines.append(f"if (!{v}) return {fail_ret(live)};")
            defined = any(x in "".join(lines[-5:]) for x in ("calloc", "strdup", "strndup"))
            old_val = f"{v}[k] + " if defined else ""
            lines.append(f"for (size_t k = 0; k < l{v}; k++) {v}[k] = (unsigned char) ({old_val}k * {r.randint(1,9)} + c);")
            lines.append(f"acc = acc * 3 + sumb ({v}, l{v});")
            inner = block(live + [v], depth + 1, ind) if depth < 3 and r.random() < 0.5 else []
            lines += inner
            lines.append(f"acc += peek ({v}, l{v});")
            lines.append(f"free ({v});")
            if "calloc" in "".join(lines[-12:]):
                pass
            lines.append(f"skip{v}: ;" if any(f"goto skip{v}" in x for x in lines) else ";")
        elif k == 3:
            v = r.choice(live)
            lines.append(f"acc ^= sumb ({v}, l{v}) + peek ({v}, l{v});")
        elif k == 4:
            v = r.choice(live)
            lines.append(f"if (c == {r.randrange(4)} && n > {r.choice([0, 100, 255, 256])}) {{ acc += l{v} ? {v}[0] : 0; " +
                         " ".join(f"free ({w});" for w in reversed(live)) + " return (long) acc; }")
        elif k == 5:
            v = r.choice(live)
            lines.append(f"switch ((n + c) % 3) {{ case 0: acc += l{v} ? {v}[l{v} / 2] : 0; break; case 1: acc -= peek ({v}, l{v}); break; default: memset ({v}, (int) c, l{v}); }}")
        elif k in (6, 7):
            # a loop around a site: alloc, use, free every iteration
            body = block(live, depth + 1, ind)
            lines.append(f"for (int it{depth}_{counter[0]} = 0; it{depth}_{counter[0]} < (int) (c % 3) + 1; it{depth}_{counter[0]}++) {{")
            lines += body
            lines.append("}")
        else:
            body = block(live, depth + 1, ind)
            lines.append(f"if ((n ^ c) & {r.choice([1, 2, 4])}) {{")
            lines += body
            lines.append("} else {")
            lines += block(live, depth + 1, ind)
            lines.append("}")
    return lines

def fail_ret(live):
    return "({ " + " ".join(f"free ({w});" for w in reversed(live)) + " -1L; })"

NF = r.randint(2, 5)
for i in range(NF):
    counter[0] = 0
    body = block([], 0, 1)
    emit(f"__attribute__ ((noinline)) static long\nf{i} (size_t n, unsigned c)\n{{\n  unsigned long acc = c;")
    for l in body:
        emit("  " + l)
    emit("  return (long) acc;\n}")
emit("int\nmain (void)\n{\n  static const size_t ns[] = { 0, 1, 15, 16, 17, 100, 199, 255, 256, 257, 1000 };\n  unsigned long h = 0;")
emit("  for (unsigned i = 0; i < sizeof ns / sizeof ns[0]; i++)\n    for (unsigned c = 0; c < 4; c++)\n      {")
for i in range(NF):
    emit(f"        h = h * 1000003 + (unsigned long) f{i} (ns[i], c);")
emit("      }\n  printf (\"%lu\\n\", h);\n  return 0;\n}")
print("\n".join(out))
