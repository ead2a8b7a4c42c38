# Consolidation of the units' progress reports on Plan 554/KH-BQL.
#   make report                 consolidate inputs/ into outputs/ (latest period found)
#   make report PERIOD=2023-Q1  a chosen period; also INPUTS=, OUTPUTS=, PLAN=
#   make validate               check the inputs only; print every problem
#   make plan                   export the embedded plan for editing (PLAN_FILE=…)
#   make templates              blank submission templates per unit (CSV, and Excel with drop-downs)
#   make test                   the whole test suite
#   make bench                  the tool beside a C floor and a pandas peer: a real year, 100k and 1M rows (~15 min)
#   make bench-micro            intake throughput on one large generated file
#   make stress                 100 kills of a 100k-row report, two runs at once, every locale
#   make fuzz                   each libFuzzer target for FUZZ_TIME seconds (600)
#   make lint                   swift format's findings on Sources and Tests (none, in the house style)

SHELL := /bin/bash
INPUTS ?= inputs
OUTPUTS ?= outputs
PERIOD ?=
PLAN ?=
PLAN_FILE ?= ke-hoach-554-KH-BQL.yaml
BENCH_ROWS ?= 1000000
BENCH_SPLIT ?= 1100000
VENV := .build/bench-venv
# The OOXML validator the tests check every written workbook with (openxml-audit, from PyPI).
TEST_VENV := .build/test-venv

BIN := .build/release/khth
SOURCES := Package.swift $(shell find Sources -name '*.swift' -o -name '*.modulemap' -o -name '*.h')
ARGS := --inputs "$(INPUTS)" $(if $(PERIOD),--period "$(PERIOD)") $(if $(PLAN),--plan "$(PLAN)")

# Root installs what is missing with apt-get; anyone else is told what to install.
define need_apt
	@if ! ( $(2) ) >/dev/null 2>&1; then \
	  if [ "$$(id -u)" = 0 ] && command -v apt-get >/dev/null; then \
	    echo "Đang cài $(1)…"; \
	    apt-get update -qq >/dev/null && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq $(3) $(1) >/dev/null; \
	  else \
	    echo "Thiếu $(1). Cài bằng: sudo apt-get install $(3) $(1)" >&2; exit 2; \
	  fi; \
	fi
endef

.PHONY: report validate plan templates test stress fuzz fuzz-build fuzz-smoke fuzz-one fuzz-replay bench bench-micro bench-smoke bench-deps lint deps test-deps clean

report: $(BIN)
	$(BIN) report $(ARGS) --outputs "$(OUTPUTS)"

validate: $(BIN)
	$(BIN) validate $(ARGS)

plan: $(BIN)
	$(BIN) plan --output "$(PLAN_FILE)"

templates: $(BIN)
	$(BIN) templates --output "$(OUTPUTS)/mau-bao-cao" $(if $(PLAN),--plan "$(PLAN)")

# libxlsxwriter writes the workbook; minizip and libxml2 read the units' workbooks.
deps:
	$(call need_apt,libxlsxwriter-dev pkg-config,test -f /usr/include/xlsxwriter.h && command -v pkg-config,)
	$(call need_apt,libminizip-dev libxml2-dev,test -f /usr/include/minizip/unzip.h && test -f /usr/include/libxml2/libxml/xmlreader.h,)

$(BIN): $(SOURCES) | deps
	swift build -c release --product khth
	@touch $(BIN)

# The tests read the workbooks back with independent readers: openpyxl, and
# LibreOffice to recalculate every formula; openxml-audit validates them.
test-deps: deps
	$(call need_apt,python3-openpyxl,/usr/bin/python3 -c 'import openpyxl',)
	$(call need_apt,libreoffice-calc,command -v soffice,--no-install-recommends)
	$(call need_apt,python3-venv,/usr/bin/python3 -m venv --help && /usr/bin/python3 -c 'import ensurepip',)
	@test -x $(TEST_VENV)/bin/openxml-audit || { /usr/bin/python3 -m venv $(TEST_VENV) && $(TEST_VENV)/bin/pip install -q openxml-audit==0.8.0; }
	$(call need_apt,locales,command -v localedef && test -d /usr/share/i18n/locales,)
	@locale -a 2>/dev/null | grep -qix 'vi_VN.utf8' || { [ "$$(id -u)" = 0 ] && localedef -i vi_VN -c -f UTF-8 vi_VN.UTF-8; } \
	  || echo "Thiếu locale vi_VN.UTF-8 (sudo localedef -i vi_VN -f UTF-8 vi_VN.UTF-8): phép thử locale chạy không có nó." >&2

test: test-deps
	swift build --build-tests
	swift test --skip-build
	$(MAKE) --no-print-directory bench-smoke
	$(MAKE) --no-print-directory fuzz-replay

# The fuzz targets' invariants over the seeds and every input a fuzzer once found
# (Tests/FuzzSeeds), with the debug build the tests made: no fuzzer needed.
fuzz-replay:
	KHTH_FUZZ=csv .build/debug/khth-fuzz $$(find inputs/_vi-du Tests/FuzzSeeds/csv -type f -name '*' | sort)
	KHTH_FUZZ=workbook .build/debug/khth-fuzz $$(find inputs/_vi-du Tests/XlsxReaderTests/Fixtures -name '*.xlsx' | sort)
	KHTH_FUZZ=values .build/debug/khth-fuzz Tests/FuzzSeeds/values/*
	KHTH_FUZZ=decoding .build/debug/khth-fuzz $$(find inputs/_vi-du Tests/FuzzSeeds/csv Tests/FuzzSeeds/decoding -type f -name '*' | sort)
	KHTH_FUZZ=parser .build/debug/khth-fuzz Tests/FuzzSeeds/parser/*
	KHTH_FUZZ=header .build/debug/khth-fuzz Tests/FuzzSeeds/header/*

# A killed run, two at once, every locale: the test of `make test` at a real size —
# 100 kills at random moments of a 100k-row report (~81k events in 252 files),
# and 50,000 one-row files.
stress: test-deps
	swift build --build-tests
	rm -rf .build/stress && .build/debug/khth-bench --write-year .build/stress/inputs --events-per-file 1218 >/dev/null
	KHTH_STRESS_KILLS=100 KHTH_STRESS_INPUTS=$(CURDIR)/.build/stress/inputs swift test --skip-build --filter OutputSafetyTests
	KHTH_STRESS_MANY_FILES=50000 swift test --skip-build --filter HostileSizeTests/fiftyThousandOneRowFiles

# libFuzzer targets (the toolchain's -sanitize=fuzzer,address), each for FUZZ_TIME seconds,
# seeded from the examples, the test fixtures and the templates; new inputs stay in
# .build-fuzz/corpus, crashes in .build-fuzz/crashes. fuzz-smoke: a few seconds each, for CI.
FUZZ_TIME ?= 600
FUZZ_TARGETS := csv workbook values decoding parser header
FUZZ := .build-fuzz/release/khth-fuzz
fuzz-build: deps
	swift build -c release --scratch-path .build-fuzz --product khth-fuzz -Xswiftc -sanitize=fuzzer,address -Xswiftc -DFUZZING -Xswiftc -enable-testing
	@mkdir -p .build-fuzz/seeds/workbook .build-fuzz/crashes $(foreach t,$(FUZZ_TARGETS),.build-fuzz/corpus/$(t))
	@test -d .build-fuzz/seeds/workbook/mau || $(FUZZ_SEED_TEMPLATES)

FUZZ_SEED_TEMPLATES = swift build --product khth >/dev/null && .build/debug/khth templates --output .build-fuzz/seeds/workbook/mau >/dev/null

fuzz: fuzz-build
	@for t in $(FUZZ_TARGETS); do $(MAKE) --no-print-directory fuzz-one TARGET=$$t SECONDS=$(FUZZ_TIME) || exit 1; done

fuzz-smoke: fuzz-build
	@for t in $(FUZZ_TARGETS); do $(MAKE) --no-print-directory fuzz-one TARGET=$$t SECONDS=15 SEED=1 || exit 1; done

FUZZ_SEEDS_csv := inputs/_vi-du Tests/FuzzSeeds/csv
FUZZ_SEEDS_workbook := inputs/_vi-du Tests/XlsxReaderTests/Fixtures .build-fuzz/seeds/workbook
FUZZ_SEEDS_values := Tests/FuzzSeeds/values
FUZZ_SEEDS_decoding := inputs/_vi-du Tests/FuzzSeeds/csv Tests/FuzzSeeds/decoding
FUZZ_SEEDS_parser := Tests/FuzzSeeds/parser
FUZZ_SEEDS_header := Tests/FuzzSeeds/header
fuzz-one:
	@echo "fuzz $(TARGET): $(SECONDS) s"
	set -o pipefail; KHTH_FUZZ=$(TARGET) $(FUZZ) -max_total_time=$(SECONDS) $(if $(SEED),-seed=$(SEED)) -timeout=10 -rss_limit_mb=2048 -max_len=65536 \
	  -print_final_stats=1 -artifact_prefix=.build-fuzz/crashes/$(TARGET)- \
	  .build-fuzz/corpus/$(TARGET) $(FUZZ_SEEDS_$(TARGET)) 2>&1 | grep -E '^(#[0-9]+ +DONE|stat::number_of_executed_units|stat::peak_rss|Done|==|SUMMARY|invariant)|cov:' | tail -4

# The peer (pandas + XlsxWriter) lives in a virtual environment of its own, made here only.
bench-deps: test-deps
	@test -x $(VENV)/bin/python || /usr/bin/python3 -m venv $(VENV)
	@$(VENV)/bin/python -c 'import pandas, xlsxwriter' 2>/dev/null || $(VENV)/bin/pip install -q pandas xlsxwriter

bench: bench-deps
	swift build -c release --product khth
	swift build -c release --product khth-floor
	swift build -c release --product khth-bench
	.build/release/khth-bench --python $(VENV)/bin/python --peer Sources/khth-bench/peer.py --split $(BENCH_SPLIT)
	@echo; echo "The same 100k investment rows read as CSV and as a unit's .xlsx:"
	.build/release/khth-bench --micro --rows 1000000 --only validate-csv,validate-xlsx

bench-micro: deps
	swift build -c release --product khth-bench
	.build/release/khth-bench --micro --rows $(BENCH_ROWS)

# What CI runs of the bench: the real year once, with the debug build the tests made — that it runs, not how fast.
bench-smoke:
	.build/debug/khth-bench --smoke

# The house style is .swift-format (4 spaces, 120 columns); `swift format -i -r Sources Tests` applies it.
lint:
	swift format lint --strict -r Sources Tests

clean:
	rm -rf .build outputs/*.xlsx outputs/phan-hoi-*
