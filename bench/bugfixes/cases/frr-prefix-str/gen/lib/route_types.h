/* generated for this corpus with the project's own lib/route_types.pl < lib/route_types.txt at fix^ */
/* Auto-generated from route_types.txt by . */
/* Do not edit! */

#ifndef _FRR_ROUTE_TYPES_H
#define _FRR_ROUTE_TYPES_H

/* Zebra route's' types. */
#define ZEBRA_ROUTE_SYSTEM               0
#define ZEBRA_ROUTE_KERNEL               1
#define ZEBRA_ROUTE_CONNECT              2
#define ZEBRA_ROUTE_STATIC               3
#define ZEBRA_ROUTE_RIP                  4
#define ZEBRA_ROUTE_RIPNG                5
#define ZEBRA_ROUTE_OSPF                 6
#define ZEBRA_ROUTE_OSPF6                7
#define ZEBRA_ROUTE_ISIS                 8
#define ZEBRA_ROUTE_BGP                  9
#define ZEBRA_ROUTE_PIM                  10
#define ZEBRA_ROUTE_EIGRP                11
#define ZEBRA_ROUTE_NHRP                 12
#define ZEBRA_ROUTE_HSLS                 13
#define ZEBRA_ROUTE_OLSR                 14
#define ZEBRA_ROUTE_TABLE                15
#define ZEBRA_ROUTE_LDP                  16
#define ZEBRA_ROUTE_VNC                  17
#define ZEBRA_ROUTE_VNC_DIRECT           18
#define ZEBRA_ROUTE_VNC_DIRECT_RH        19
#define ZEBRA_ROUTE_BGP_DIRECT           20
#define ZEBRA_ROUTE_BGP_DIRECT_EXT       21
#define ZEBRA_ROUTE_BABEL                22
#define ZEBRA_ROUTE_SHARP                23
#define ZEBRA_ROUTE_PBR                  24
#define ZEBRA_ROUTE_BFD                  25
#define ZEBRA_ROUTE_OPENFABRIC           26
#define ZEBRA_ROUTE_VRRP                 27
#define ZEBRA_ROUTE_NHG                  28
#define ZEBRA_ROUTE_SRTE                 29
#define ZEBRA_ROUTE_ALL                  30
#define ZEBRA_ROUTE_MAX                  31

#define SHOW_ROUTE_V4_HEADER \
  "Codes:\n" \
  "       > - selected route, * - FIB route, q - queued, r - rejected, b - backup\n"  "       t - trapped, o - offload failure\n\n"
#define SHOW_ROUTE_V6_HEADER \
  "Codes:\n" \
  "       > - selected route, * - FIB route, q - queued, r - rejected, b - backup\n"  "       t - trapped, o - offload failure\n\n"

/* babeld */
#define FRR_REDIST_STR_BABELD \
  "<>"
#define FRR_REDIST_HELP_STR_BABELD \

#define FRR_IP_REDIST_STR_BABELD \
  "<>"
#define FRR_IP_REDIST_HELP_STR_BABELD \

#define FRR_IP6_REDIST_STR_BABELD \
  "<>"
#define FRR_IP6_REDIST_HELP_STR_BABELD \


/* bgpd */
#define FRR_REDIST_STR_BGPD \
  "<>"
#define FRR_REDIST_HELP_STR_BGPD \

#define FRR_IP_REDIST_STR_BGPD \
  "<>"
#define FRR_IP_REDIST_HELP_STR_BGPD \

#define FRR_IP6_REDIST_STR_BGPD \
  "<>"
#define FRR_IP6_REDIST_HELP_STR_BGPD \


/* eigrpd */
#define FRR_REDIST_STR_EIGRPD \
  "<>"
#define FRR_REDIST_HELP_STR_EIGRPD \


/* fabricd */
#define FRR_REDIST_STR_FABRICD \
  "<>"
#define FRR_REDIST_HELP_STR_FABRICD \

#define FRR_IP_REDIST_STR_FABRICD \
  "<>"
#define FRR_IP_REDIST_HELP_STR_FABRICD \

#define FRR_IP6_REDIST_STR_FABRICD \
  "<>"
#define FRR_IP6_REDIST_HELP_STR_FABRICD \


/* isisd */
#define FRR_REDIST_STR_ISISD \
  "<>"
#define FRR_REDIST_HELP_STR_ISISD \

#define FRR_IP_REDIST_STR_ISISD \
  "<>"
#define FRR_IP_REDIST_HELP_STR_ISISD \

#define FRR_IP6_REDIST_STR_ISISD \
  "<>"
#define FRR_IP6_REDIST_HELP_STR_ISISD \


/* nhrpd */
#define FRR_REDIST_STR_NHRPD \
  "<>"
#define FRR_REDIST_HELP_STR_NHRPD \

#define FRR_IP_REDIST_STR_NHRPD \
  "<>"
#define FRR_IP_REDIST_HELP_STR_NHRPD \

#define FRR_IP6_REDIST_STR_NHRPD \
  "<>"
#define FRR_IP6_REDIST_HELP_STR_NHRPD \


/* ospf6d */
#define FRR_REDIST_STR_OSPF6D \
  "<>"
#define FRR_REDIST_HELP_STR_OSPF6D \


/* ospfd */
#define FRR_REDIST_STR_OSPFD \
  "<>"
#define FRR_REDIST_HELP_STR_OSPFD \


/* pbrd */
#define FRR_REDIST_STR_PBRD \
  "<>"
#define FRR_REDIST_HELP_STR_PBRD \

#define FRR_IP_REDIST_STR_PBRD \
  "<>"
#define FRR_IP_REDIST_HELP_STR_PBRD \

#define FRR_IP6_REDIST_STR_PBRD \
  "<>"
#define FRR_IP6_REDIST_HELP_STR_PBRD \


/* ripd */
#define FRR_REDIST_STR_RIPD \
  "<>"
#define FRR_REDIST_HELP_STR_RIPD \


/* ripngd */
#define FRR_REDIST_STR_RIPNGD \
  "<>"
#define FRR_REDIST_HELP_STR_RIPNGD \


/* sharpd */
#define FRR_REDIST_STR_SHARPD \
  "<>"
#define FRR_REDIST_HELP_STR_SHARPD \

#define FRR_IP_REDIST_STR_SHARPD \
  "<>"
#define FRR_IP_REDIST_HELP_STR_SHARPD \

#define FRR_IP6_REDIST_STR_SHARPD \
  "<>"
#define FRR_IP6_REDIST_HELP_STR_SHARPD \


/* zebra */
#define FRR_REDIST_STR_ZEBRA \
  "<>"
#define FRR_REDIST_HELP_STR_ZEBRA \

#define FRR_IP_REDIST_STR_ZEBRA \
  "<>"
#define FRR_IP_REDIST_HELP_STR_ZEBRA \

#define FRR_IP6_REDIST_STR_ZEBRA \
  "<>"
#define FRR_IP6_REDIST_HELP_STR_ZEBRA \

#define FRR_IP_PROTOCOL_MAP_STR_ZEBRA \
  "<any>"
#define FRR_IP_PROTOCOL_MAP_HELP_STR_ZEBRA \
  "Any of the above protocols\n"
#define FRR_IP6_PROTOCOL_MAP_STR_ZEBRA \
  "<any>"
#define FRR_IP6_PROTOCOL_MAP_HELP_STR_ZEBRA \
  "Any of the above protocols\n"


#ifdef FRR_DEFINE_DESC_TABLE

struct zebra_desc_table
{
  unsigned int type;
  const char *string;
  char chr;
};

#define DESC_ENTRY(T,S,C) [(T)] = { (T), (S), (C) }
static const struct zebra_desc_table route_types[] = {
  DESC_ENTRY	(ZEBRA_ROUTE_SYSTEM,	 "system",	'X' ),
  DESC_ENTRY	(ZEBRA_ROUTE_KERNEL,	 "kernel",	'K' ),
  DESC_ENTRY	(ZEBRA_ROUTE_CONNECT,	 "connected",	'C' ),
  DESC_ENTRY	(ZEBRA_ROUTE_STATIC,	 "static",	'S' ),
  DESC_ENTRY	(ZEBRA_ROUTE_RIP,	 "rip",	'R' ),
  DESC_ENTRY	(ZEBRA_ROUTE_RIPNG,	 "ripng",	'R' ),
  DESC_ENTRY	(ZEBRA_ROUTE_OSPF,	 "ospf",	'O' ),
  DESC_ENTRY	(ZEBRA_ROUTE_OSPF6,	 "ospf6",	'O' ),
  DESC_ENTRY	(ZEBRA_ROUTE_ISIS,	 "isis",	'I' ),
  DESC_ENTRY	(ZEBRA_ROUTE_BGP,	 "bgp",	'B' ),
  DESC_ENTRY	(ZEBRA_ROUTE_PIM,	 "pim",	'P' ),
  DESC_ENTRY	(ZEBRA_ROUTE_EIGRP,	 "eigrp",	'E' ),
  DESC_ENTRY	(ZEBRA_ROUTE_NHRP,	 "nhrp",	'N' ),
  DESC_ENTRY	(ZEBRA_ROUTE_HSLS,	 "hsls",	'H' ),
  DESC_ENTRY	(ZEBRA_ROUTE_OLSR,	 "olsr",	'o' ),
  DESC_ENTRY	(ZEBRA_ROUTE_TABLE,	 "table",	'T' ),
  DESC_ENTRY	(ZEBRA_ROUTE_LDP,	 "ldp",	'L' ),
  DESC_ENTRY	(ZEBRA_ROUTE_VNC,	 "vnc",	'v' ),
  DESC_ENTRY	(ZEBRA_ROUTE_VNC_DIRECT,	 "vnc-direct",	'V' ),
  DESC_ENTRY	(ZEBRA_ROUTE_VNC_DIRECT_RH,	 "vnc-rn",	'V' ),
  DESC_ENTRY	(ZEBRA_ROUTE_BGP_DIRECT,	 "bgp-direct",	'b' ),
  DESC_ENTRY	(ZEBRA_ROUTE_BGP_DIRECT_EXT,	 "bgp-direct-to-nve-groups",	'e' ),
  DESC_ENTRY	(ZEBRA_ROUTE_BABEL,	 "babel",	'A' ),
  DESC_ENTRY	(ZEBRA_ROUTE_SHARP,	 "sharp",	'D' ),
  DESC_ENTRY	(ZEBRA_ROUTE_PBR,	 "pbr",	'F' ),
  DESC_ENTRY	(ZEBRA_ROUTE_BFD,	 "bfd",	'-' ),
  DESC_ENTRY	(ZEBRA_ROUTE_OPENFABRIC,	 "openfabric",	'f' ),
  DESC_ENTRY	(ZEBRA_ROUTE_VRRP,	 "vrrp",	'-' ),
  DESC_ENTRY	(ZEBRA_ROUTE_NHG,	 "zebra",	'-' ),
  DESC_ENTRY	(ZEBRA_ROUTE_SRTE,	 "srte",	'-' ),
  DESC_ENTRY	(ZEBRA_ROUTE_ALL,	 "wildcard",	'-' ),
};
#undef DESC_ENTRY

#endif /* FRR_DEFINE_DESC_TABLE */

#endif /* _FRR_ROUTE_TYPES_H */
