/* minimal config.h written for this corpus (cracklib generates it with configure) */
#define HAVE_INTTYPES_H 1
#define HAVE_STDINT_H 1
#define HAVE_UNISTD_H 1
#define HAVE_ZLIB_H 1
#define DEFAULT_CRACKLIB_DICT "/usr/share/cracklib/pw_dict"
