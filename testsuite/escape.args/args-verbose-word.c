/* Bad plugin argument: -fplugin-arg-escape-verbose=x */
/* { dg-do compile } */
/* { dg-options "-fplugin-arg-escape-verbose=x" } */
/* { dg-error "malformed plugin argument '-fplugin-arg-escape-verbose=x': 'verbose' takes a level of 0, 1 or 2; valid keys are 'verbose=0.1.2', 'report=FILE', 'promote.=BYTES.', 'promote-budget=BYTES', 'promote-recursive', 'promote-skip=FILE:LINE.,....', 'promote-only=FILE:LINE.,....', 'allocator=ALLOC:FREE.,....', 'embed', 'suggest', 'dump', 'no-werror', 'hazards=definite.possible.none' and 'disable'" "" { target *-*-* } 0 } */
int x;
