#!/bin/sh
# escape-scan's compiler shim (template, filled in by escape_scan_setup.py):
# runs the real compiler, with the escape plugin added to each C compile,
# when called under escape-scan; the real compiler unchanged otherwise.
#
# Under a scan, ESCAPE_SCAN_WORK is the scan's work folder: each call
# appends one line to its 'calls' log (what kind of call it was), and each
# analysed compile's output (an object or program with the records in its
# .escape section, -fplugin-arg-escape-embed) is hard-linked (or copied)
# into its objs/ folder, so that records survive a later delete, a rename
# or a ccache hit.  ESCAPE_SCAN_ARGS holds the -fplugin-arg-escape-*
# options (no blanks inside one), ESCAPE_SCAN_PATH the PATH without the
# shims, so that a ccache or script below the shim finds the real compiler,
# ESCAPE_SCAN_BIN the shims' folder.
real=@REAL@
plugin=@PLUGIN@
kind=@KIND@
name=@NAME@
version=@VERSION@
w=${ESCAPE_SCAN_WORK-}
[ -n "$w" ] && [ -d "$w" ] || exec "$real" "$@"
PATH=$ESCAPE_SCAN_PATH
export PATH
set -f
tab='	'
nl='
'
log () { printf '%s\n' "$1" >>"$w/calls"; }

# The ccache shim: 'ccache gcc ...' runs the gcc shim with ccache under
# it, so that the shim sees every compile, a cache hit too.
if [ "$kind" = ccache ]; then
    n=${1-}
    n=${n##*/}
    if [ -n "$n" ] && [ "$n" != ccache ] && [ -f "$ESCAPE_SCAN_BIN/$n" ]; then
	shift
	ESCAPE_SCAN_CCACHE=$real
	export ESCAPE_SCAN_CCACHE
	exec "$ESCAPE_SCAN_BIN/$n" "$@"
    fi
    exec "$real" "$@"
fi

# One pass over the arguments: classify the call, and drop the escape
# plugin's own options (a project that already loads it gets the scan's).
c=0 other= pre= test= mode=link out= xl= skip= srcs= ins=0 odd=
for a do
    shift
    if [ -n "$skip" ]; then
	case $skip in o) out=$a ;; x) xl=$a ;; esac
	skip=
	set -- "$@" "$a"
	continue
    fi
    case $a in
	-fplugin=escape|-fplugin=*/escape.so|-fplugin-arg-escape-*) continue ;;
	-c) mode=c ;;
	-E|-M|-MM|-S|-fsyntax-only) pre=1 ;;
	-o) skip=o ;;
	-o*) out=${a#-o} ;;
	-x) skip=x ;;
	-x*) xl=${a#-x} ;;
	-I|-include|-imacros|-isystem|-idirafter|-iquote|-iprefix|-iwithprefix|\
-iwithprefixbefore|-isysroot|-imultilib|-MF|-MT|-MQ|-D|-U|-L|-l|-T|-u|-z|\
-Xlinker|-Xassembler|-Xpreprocessor|-aux-info|-dumpbase|-dumpbase-ext|\
-dumpdir|--param|-e|-B|-specs|-wrapper) skip=1 ;;
	@*|-) odd=1 ;;
	-*) ;;
	*)
	    ins=1
	    case $xl:$a in
		:*.c|none:*.c|:*.i|none:*.i|c:*|cpp-output:*)
		    c=$((c + 1))
		    srcs=$srcs$a$nl
		    case $PWD/$a in
			*/CMakeFiles/*|*/meson-private/*|*/conftest.c|*/conftest.i) test=1 ;;
		    esac ;;
		:*.*|none:*.*)
		    case $a in
			*.o|*.a|*.so|*.so.*|*.lo|*.la|*.obj|*.ld|*.lds) ;;
			*) other=1 ;;
		    esac ;;
		:*|none:*) ;;
		*) other=1 ;;
	    esac ;;
    esac
    set -- "$@" "$a"
done

if [ "$kind" = cxx ]; then
    c=0 other=1
fi
if [ -n "${ESCAPE_SCAN_CCACHE-}" ]; then
    set -- "$real" "$@"
    real=$ESCAPE_SCAN_CCACHE
    unset ESCAPE_SCAN_CCACHE
fi
if [ "$c" -eq 0 ] || [ -n "$other$odd" ]; then
    case $PWD/ in
	*/CMakeFiles/*|*/meson-private/*) log "test$tab$name"; exec "$real" "$@" ;;
    esac
    if [ -n "$other" ]; then log "other-language$tab$name"
    elif [ -n "$odd" ]; then log "unknown$tab$name"
    elif [ -n "$pre" ]; then log "preprocess$tab$name"
    elif [ "$ins" = 1 ]; then log "link$tab$name"
    else log "query$tab$name"
    fi
    exec "$real" "$@"
fi
if [ -n "$test" ]; then log "test$tab$name"; exec "$real" "$@"; fi
if [ -n "$pre" ]; then log "preprocess$tab$name"; exec "$real" "$@"; fi
if [ "$kind" = clang ]; then log "clang$tab$name"; exec "$real" "$@"; fi
if [ -z "$plugin" ]; then log "mismatch$tab$name$tab$version"; exec "$real" "$@"; fi

# shellcheck disable=SC2086  # ESCAPE_SCAN_ARGS: one word per option
"$real" "$@" "-fplugin=$plugin" -fplugin-arg-escape-embed $ESCAPE_SCAN_ARGS
status=$?
if [ "$status" -ne 0 ]; then
    log "failed$tab$name$tab$c"
    exit "$status"
fi
log "c$tab$c$tab$PWD"
if [ -n "$out" ]; then
    outs=$out
elif [ "$mode" = c ]; then
    outs=
    IFS=$nl
    for s in $srcs; do
	s=${s##*/}
	outs=$outs${s%.*}.o$nl
    done
    unset IFS
else
    outs=a.out
fi
IFS=$nl
named=
for s in $srcs; do named=$named$tab$s; done
for o in $outs; do
    [ -f "$o" ] || continue
    i=0
    while [ -e "$w/objs/$$-$i" ]; do i=$((i + 1)); done
    ln "$o" "$w/objs/$$-$i" 2>/dev/null || cp "$o" "$w/objs/$$-$i" || continue
    log "o$tab$PWD$tab$w/objs/$$-$i$tab$o$named"
done
exit 0
