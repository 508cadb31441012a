# Pivot — build and test. `make test` sets up what the tests need on a fresh
# Debian machine (Chromium for the browser tests, a throwaway PostgreSQL for
# the server-store tests) and runs the whole suite.
GO ?= go
PKGS := ./...

.PHONY: build test test-deps vet bench fuzz run clean

FUZZTIME ?= 10s
TEST_FUZZTIME ?= 5s

build:
	$(GO) build -o bin/pivot ./cmd/pivot

run:
	$(GO) run ./cmd/pivot serve

# The PostgreSQL server lives in a temporary folder, on a unix socket only,
# and is stopped whatever the tests do.
test: test-deps vet
	@pgdir=$$(mktemp -d /tmp/pivot-pg.XXXXXX); \
	trap 'scripts/pg.sh stop "$$pgdir"' EXIT; \
	dsn=$$(scripts/pg.sh start "$$pgdir") || exit 1; \
	PIVOT_TEST_POSTGRES="$$dsn" $(GO) test -count=1 -timeout 45m $(PKGS)
	@# Each fuzz target also searches briefly for new crashers.
	@FUZZTIME=$(TEST_FUZZTIME) scripts/fuzz.sh

vet:
	@unformatted=$$(gofmt -l $$(git ls-files '*.go' 2>/dev/null || find . -name '*.go')); \
	if [ -n "$$unformatted" ]; then echo "gofmt needed: $$unformatted"; exit 1; fi
	$(GO) vet $(PKGS)

test-deps:
	@scripts/test-deps.sh

# Every fuzz target for FUZZTIME each (`make test` runs their seeds, then TEST_FUZZTIME each).
fuzz:
	@FUZZTIME=$(FUZZTIME) scripts/fuzz.sh

bench:
	$(GO) test -run '^$$' -bench . -benchmem $(PKGS)

clean:
	rm -rf bin
