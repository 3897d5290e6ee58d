/* Bad plugin argument: -fplugin-arg-escape-hazards=maybe */
/* { dg-do compile } */
/* { dg-options "-fplugin-arg-escape-hazards=maybe" } */
/* { dg-error "malformed plugin argument '-fplugin-arg-escape-hazards=maybe': 'hazards' takes 'definite', 'possible' or 'none'" "" { target *-*-* } 0 } */
int x;
