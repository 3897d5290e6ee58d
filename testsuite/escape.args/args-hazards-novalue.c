/* Bad plugin argument: -fplugin-arg-escape-hazards without a value */
/* { dg-do compile } */
/* { dg-options "-fplugin-arg-escape-hazards" } */
/* { dg-error "malformed plugin argument '-fplugin-arg-escape-hazards': 'hazards' takes 'definite', 'possible' or 'none'" "" { target *-*-* } 0 } */
int x;
