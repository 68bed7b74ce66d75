# Folio's two everyday commands:
#   make site   builds folio and the site (Content/ + Templates/ -> Public/)
#   make test   runs every test
#   make install  builds a release folio and copies it to $(PREFIX)/bin (PREFIX=/usr/local;
#               DESTDIR is put before it, for packaging)
#   make bench  compares a release build of folio with Hugo and with cmark alone
#               (Benchmarks/README.md; SIZES=1000,10000 RUNS=5)
#   make micro  times front matter, Markdown, templates and a whole page on one brief, and
#               the CSV readers on the activities of 1,000 accounts
#   make fuzz   builds the libFuzzer targets (Fuzz/README.md) and runs each for FUZZ_RUNS
#               inputs (default 100000; FUZZ_TARGETS="csv markdown" runs only those)
# Both install libcmark (the CommonMark C library) first when pkg-config cannot find it.

SWIFT ?= swift
CONFIG ?= debug
FOLIO = .build/$(CONFIG)/folio
SHARED ?= ../shared/data

export FOLIO_COMMONMARK_SPEC ?= $(abspath $(SHARED)/commonmark-spec-0.30.json)
export FOLIO_MUSTACHE_SPEC ?= $(abspath $(SHARED)/mustache-spec)

PREFIX ?= /usr/local
DESTDIR ?=

SIZES ?= 1000,10000
RUNS ?= 5
BENCH_DIR ?= /dev/shm/folio-bench
FUZZ_RUNS ?= 100000
FUZZ_TARGETS ?=

.PHONY: site test lint cmark folio install bench micro fuzz

site: folio
	$(FOLIO) build

folio: cmark
	$(SWIFT) build -c $(CONFIG) --product folio

test: cmark
	$(SWIFT) test

# The program alone: it needs libcmark at run time, and nothing of this repository (the
# default theme for `folio init` is built in).
install: cmark
	$(SWIFT) build -c release --product folio
	install -d "$(DESTDIR)$(PREFIX)/bin"
	install -m 755 "$$($(SWIFT) build -c release --show-bin-path)/folio" "$(DESTDIR)$(PREFIX)/bin/folio"
	@echo "Installed $(DESTDIR)$(PREFIX)/bin/folio"

bench: cmark
	$(SWIFT) build -c release --product folio
	python3 Benchmarks/bench.py --sizes $(SIZES) --runs $(RUNS) --folio .build/release/folio \
		--workdir $(BENCH_DIR)

micro: cmark
	$(SWIFT) build -c release --package-path Benchmarks
	python3 Benchmarks/generate.py 1000 $(BENCH_DIR)/micro
	Benchmarks/.build/release/folio-micro \
		$$(ls $(BENCH_DIR)/micro/folio/Content/clients/*.md | head -1) \
		$(BENCH_DIR)/micro/folio/Content/data/activities.csv

fuzz: cmark
	Fuzz/fuzz.sh $(FUZZ_RUNS) $(FUZZ_TARGETS)

lint:
	$(SWIFT) format lint --strict --recursive Package.swift Plugins Sources Tests Fuzz/Package.swift Fuzz/Sources

# libcmark-dev on Debian and Ubuntu, cmark on Homebrew.
cmark:
	@if ! pkg-config --exists libcmark 2>/dev/null; then \
		if command -v apt-get >/dev/null 2>&1; then \
			SUDO=$$( [ "$$(id -u)" = 0 ] || echo sudo ); \
			$$SUDO apt-get update && $$SUDO apt-get install -y libcmark-dev pkg-config; \
		elif command -v brew >/dev/null 2>&1; then \
			brew install cmark pkg-config; \
		else \
			echo "Install libcmark (the CommonMark C library) and pkg-config, then run make again." >&2; \
			exit 1; \
		fi; \
	fi
