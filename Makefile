# escape - build, install and test the GCC escape-analysis plugin.
#
#   make                 build escape.so for $(CC) (default gcc)
#   make demo            install what is missing, build, run on examples/
#   make check           install what is missing, build, run the test suite
#   make check CC=gcc-11 the same against GCC 11
#   make check-compilers make check against GCC 11 to 16: 11 and 12 on the
#                        host, 13 to 16 in cached Debian roots (as root;
#                        scripts/check-compilers, scripts/debian-root)
#   make install         copy escape.so into $(CC)'s plugin directory
#                        (honours DESTDIR), so -fplugin=escape works, and
#                        escape-report, escape-scan and escape-bisect into
#                        $(PREFIX)/lib/escape, linked from $(PREFIX)/bin
#   make torture         all of GCC's gcc.c-torture with the plugin
#   make gcc-dg          GCC's own -Wreturn-local-addr/-Wdangling-pointer
#                        tests as an outside check of the warnings (every
#                        hazard with hazards=possible; then the default
#                        definite class measured)
#   make csmith          500 csmith programs with and without the plugin
#   make sqlite          sqlite with the plugin and promotion, a checked workload
#   make real-projects   LMDB, zlib, json-c and redis (Debian source packages)
#                        built and tested with the plugin, with and without
#                        promotion; their warnings and promoted sites counted
#   make scan-validate   escape-scan on zlib, json-c and libyaml: time
#                        against the plain build, records against the
#                        manual way's
#   make bench           compile-time and run-time benchmarks
#   make bugfixes        real bug fixes of dangling stack addresses
#                        (bench/bugfixes): warned before the fix, quiet after
#
# Plugin sources are C-style code compiled as C++ (GCC's plugin headers
# are C++), the way the Linux kernel builds its GCC plugins.

ifeq ($(origin CC),default)
CC = gcc
endif
# The plugin is compiled by the g++ of the GCC that loads it: g++-N for
# CC=gcc-N, else g++.
PLUGIN_CXX ?= $(if $(filter gcc gcc-%,$(notdir $(CC))),$(patsubst gcc%,g++%,$(notdir $(CC))),g++)
PYTHON ?= python3

GCC_MAJOR  := $(shell $(CC) -dumpversion 2>/dev/null | cut -d. -f1)
PLUGIN_DIR := $(shell $(CC) -print-file-name=plugin 2>/dev/null)
PLUGIN_INC := $(PLUGIN_DIR)/include
BUILD      := build/$(notdir $(CC))
PLUGIN_SO  := $(BUILD)/escape.so

# One folder per layer (docs/architecture.md), the driver and the entry at
# the top; each object goes to the same folder under $(BUILD).
SRCS := $(wildcard plugin/*.c plugin/*/*.c)
OBJS := $(patsubst plugin/%.c,$(BUILD)/%.o,$(SRCS))
DEPS := $(OBJS:.o=.d)

PLUGIN_CXXFLAGS := -x c++ -std=gnu++17 -fPIC -fno-rtti -fno-exceptions \
	-fno-common -O2 -g -Wall -Wextra -Wno-unused-parameter \
	-I$(PLUGIN_INC) -Iplugin

# Goals that need the plugin headers.  demo and check run
# scripts/ensure-deps first, then call make again for these.
HEADER_GOALS := all escape.so install build-plugin check-run demo-run
ifneq ($(filter $(HEADER_GOALS),$(or $(MAKECMDGOALS),all)),)
ifeq ($(wildcard $(PLUGIN_INC)/gcc-plugin.h),)
$(error escape: GCC plugin headers for '$(CC)' not found in $(PLUGIN_INC); install them with 'apt-get install gcc-$(or $(GCC_MAJOR),N)-plugin-dev' (as root, 'scripts/ensure-deps $(CC)' does it))
endif
ZLIB_TEST := \#include <zlib.h>
ifneq ($(shell echo '$(ZLIB_TEST)' | $(PLUGIN_CXX) -x c++ -E - >/dev/null 2>&1 && echo yes),yes)
$(error escape: zlib's header zlib.h not found by $(PLUGIN_CXX); install it with 'apt-get install zlib1g-dev' (as root, 'scripts/ensure-deps' does it))
endif
endif

.PHONY: all build-plugin install demo demo-run check check-run \
	check-compilers torture gcc-dg bugfixes csmith sqlite real-projects whole-program profile-demo scan-validate \
	bench clean FORCE

all: escape.so

# escape.so at the top is a copy of the plugin for the last $(CC) built.
escape.so: $(PLUGIN_SO) FORCE
	@cmp -s $(PLUGIN_SO) $@ || cp $(PLUGIN_SO) $@

build-plugin: $(PLUGIN_SO)

# zlib compresses the embedded records (report/section.c); cc1 itself
# links it, so the plugin adds no library the compiler does not load.
$(PLUGIN_SO): $(OBJS)
	$(PLUGIN_CXX) -shared -fPIC -o $@ $(OBJS) -lz

# -MMD -MP: each object depends on the headers it really includes.
$(BUILD)/%.o: plugin/%.c | $(BUILD)
	@mkdir -p $(dir $@)
	$(PLUGIN_CXX) $(PLUGIN_CXXFLAGS) -MMD -MP -c -o $@ $<

-include $(DEPS)

$(BUILD):
	mkdir -p $@

# The report tools go to $(PREFIX)/lib/escape with their modules, and are
# linked from $(PREFIX)/bin; escape-scan then finds the plugin in GCC's
# plugin directory.
PREFIX ?= /usr/local
TOOLS_DIR := $(PREFIX)/lib/escape
TOOLS := escape-report escape-scan escape-bisect
TOOL_FILES := $(TOOLS) $(notdir $(wildcard bin/*.py)) escape_scan_shim.sh

install: escape.so
	install -d $(DESTDIR)$(PLUGIN_DIR)
	install -m 0644 escape.so $(DESTDIR)$(PLUGIN_DIR)/escape.so
	install -d $(DESTDIR)$(TOOLS_DIR) $(DESTDIR)$(PREFIX)/bin
	for f in $(TOOL_FILES); do \
	    install -m 0755 bin/$$f $(DESTDIR)$(TOOLS_DIR)/$$f || exit 1; done
	for t in $(TOOLS); do \
	    ln -sf $(TOOLS_DIR)/$$t $(DESTDIR)$(PREFIX)/bin/$$t || exit 1; done

demo:
	PLUGIN_CXX="$(PLUGIN_CXX)" sh scripts/ensure-deps --cc "$(CC)"
	$(MAKE) --no-print-directory CC="$(CC)" demo-run

demo-run: escape.so
	@sh scripts/demo "$(CC)" "$(abspath $(PLUGIN_SO))"

check:
	PLUGIN_CXX="$(PLUGIN_CXX)" sh scripts/ensure-deps --cc "$(CC)" --tests
	$(MAKE) --no-print-directory CC="$(CC)" check-run

# GCCS="13 14" restricts the run to those versions.
check-compilers:
	sh scripts/check-compilers $(GCCS)

check-run: escape.so
	sh scripts/run-tests "$(CC)" "$(abspath $(PLUGIN_SO))" "$(abspath $(BUILD))/testsuite"

# Long validations, outside make check (results in docs/VALIDATION.md).
torture:
	PLUGIN_CXX="$(PLUGIN_CXX)" sh scripts/ensure-deps --cc "$(CC)" --tests
	$(MAKE) --no-print-directory CC="$(CC)" build-plugin
	$(PYTHON) scripts/torture.py --cc "$(CC)" --suite both --opts "-O0 -O2 -O3" --verbose2

# The plugin this Makefile builds (BUILD=... honoured), not a default path.
bugfixes: build-plugin
	$(PYTHON) bench/bugfixes/run.py "$(abspath $(PLUGIN_SO))" --gcc "$(CC)"

gcc-dg:
	PLUGIN_CXX="$(PLUGIN_CXX)" sh scripts/ensure-deps --cc "$(CC)" --gcc-dg
	$(MAKE) --no-print-directory CC="$(CC)" BUILD="$(BUILD)" build-plugin
	$(PYTHON) scripts/gcc-dg-check.py --cc "$(CC)" --plugin "$(abspath $(PLUGIN_SO))"
	$(PYTHON) scripts/gcc-dg-check.py --cc "$(CC)" --plugin "$(abspath $(PLUGIN_SO))" \
	    --hazards definite --measure

csmith:
	PLUGIN_CXX="$(PLUGIN_CXX)" sh scripts/ensure-deps --cc "$(CC)" --tests
	$(MAKE) --no-print-directory CC="$(CC)" build-plugin
	$(PYTHON) scripts/csmith-check.py --cc "$(CC)" --count 500 --opts "-O0 -O2" --verbose2

sqlite:
	PLUGIN_CXX="$(PLUGIN_CXX)" sh scripts/ensure-deps --cc "$(CC)" --sqlite
	$(MAKE) --no-print-directory CC="$(CC)" build-plugin
	$(PYTHON) scripts/sqlite-check.py --cc "$(CC)"

# BUILD=build/x is honoured: the plugin built there is the one loaded.
real-projects:
	PLUGIN_CXX="$(PLUGIN_CXX)" sh scripts/ensure-deps --cc "$(CC)"
	$(MAKE) --no-print-directory CC="$(CC)" BUILD="$(BUILD)" build-plugin
	$(PYTHON) scripts/real-projects.py --cc "$(CC)" --plugin "$(abspath $(PLUGIN_SO))"

# A small program run under valgrind's DHAT, its heap sites ranked by
# the run's allocations and joined with the decisions (escape-report hot).
profile-demo: escape.so
	PLUGIN_CXX="$(PLUGIN_CXX)" sh scripts/ensure-deps --cc "$(CC)" --tests
	$(MAKE) --no-print-directory -C examples/profile CC="$(CC)" \
	    PLUGIN="$(abspath escape.so)" BUILD="$(abspath build/profile)"

# The whole-program view on the same projects: embed, then link.
whole-program:
	PLUGIN_CXX="$(PLUGIN_CXX)" sh scripts/ensure-deps --cc "$(CC)"
	$(MAKE) --no-print-directory CC="$(CC)" BUILD="$(BUILD)" build-plugin
	$(PYTHON) scripts/whole-program.py --cc "$(CC)" --plugin "$(abspath $(PLUGIN_SO))"

# escape-scan on zlib, json-c and libyaml: its time against the plain
# build, its records against the manual way's (docs/VALIDATION.md).
scan-validate:
	PLUGIN_CXX="$(PLUGIN_CXX)" sh scripts/ensure-deps --cc "$(CC)"
	$(MAKE) --no-print-directory CC="$(CC)" BUILD="$(BUILD)" build-plugin
	$(PYTHON) scripts/scan-validate.py --cc "$(CC)" --plugin "$(abspath $(PLUGIN_SO))"

# BUILD=build/x is honoured: the plugin built there is the one measured.
bench:
	PLUGIN_CXX="$(PLUGIN_CXX)" sh scripts/ensure-deps --cc "$(CC)" --sqlite
	$(MAKE) --no-print-directory CC="$(CC)" BUILD="$(BUILD)" build-plugin
	$(PYTHON) bench/scale.py --cc "$(CC)" --plugin "$(abspath $(PLUGIN_SO))"
	$(PYTHON) bench/promote/run.py --cc "$(CC)" --plugin "$(abspath $(PLUGIN_SO))"
	$(PYTHON) bench/compile-overhead.py --cc "$(CC)" --plugin "$(abspath $(PLUGIN_SO))"
	$(PYTHON) bench/pass-vs-pta.py --cc "$(CC)" --plugin "$(abspath $(PLUGIN_SO))"
	$(PYTHON) scripts/sqlite-check.py --cc "$(CC)" --plugin "$(abspath $(PLUGIN_SO))"

clean:
	rm -rf build escape.so

FORCE:
