#!/usr/bin/env bash
# Run every Go fuzz target in the module for FUZZTIME each (default 10s),
# one after another (each run already uses FUZZPARALLEL cores, default 2).
#
#   scripts/fuzz.sh                   # all targets, 10s each
#   FUZZTIME=60s scripts/fuzz.sh      # longer
#   scripts/fuzz.sh FuzzGDELT FuzzICEWS   # only these
#
# Plain `go test` (and so `make test`) already runs each target's seed
# corpus and the crashers kept under PKG/testdata/fuzz/FuzzXxx/ as
# regression cases; this script is the `make fuzz` step that searches for
# new ones. A crasher is written to PKG/testdata/fuzz/FuzzXxx/: fix the
# code and keep the file. Exit status: 0 when no target failed.
#
# Makefile hook (for the lead):
#   fuzz:
#   	@FUZZTIME=$(FUZZTIME) scripts/fuzz.sh
set -uo pipefail
cd "$(dirname "$0")/.."
GO=${GO:-go}
FUZZTIME=${FUZZTIME:-10s}
PARALLEL=${FUZZPARALLEL:-2}

# "dir name" for every `func FuzzXxx(f *testing.F)` in a _test.go file.
mapfile -t targets < <(grep -rEo --include='*_test.go' '^func Fuzz[A-Za-z0-9_]+\(f \*testing\.F\)' . |
	sed -E 's#^\./(.*)/[^/]+_test\.go:func (Fuzz[A-Za-z0-9_]+).*#\1 \2#' | sort -u)

failed=()
ran=0
for t in "${targets[@]}"; do
	dir=${t% *}
	name=${t#* }
	if [ $# -gt 0 ] && [[ " $* " != *" $name "* ]]; then
		continue
	fi
	ran=$((ran + 1))
	printf '== %-20s ./%s for %s\n' "$name" "$dir" "$FUZZTIME"
	log=$(mktemp)
	run_target() {
		"$GO" test "./$dir" -run '^$' -fuzz "^$name\$" -fuzztime "$FUZZTIME" -parallel "$PARALLEL" >"$log" 2>&1
	}
	run_target
	rc=$?
	# Go's fuzzing engine sometimes ends a short run with "context deadline
	# exceeded" while its workers are still starting: no input failed and
	# nothing is written to testdata. Try once more; if it happens again it is
	# reported, not counted as a crasher.
	if [ $rc -ne 0 ] && ! grep -q 'Failing input written to' "$log" && grep -q 'context deadline exceeded' "$log"; then
		run_target
		rc=$?
		if [ $rc -ne 0 ] && ! grep -q 'Failing input written to' "$log" && grep -q 'context deadline exceeded' "$log"; then
			echo "   $name: the fuzzing engine timed out twice without a failing input (not a crasher)"
			rc=0
		fi
	fi
	# the last progress line has the totals
	grep -E '^fuzz: elapsed: .*execs' "$log" | tail -1 | sed 's/^/   /'
	if [ $rc -ne 0 ]; then
		failed+=("$name")
		grep -vE '^fuzz: elapsed|gathering baseline' "$log" | sed 's/^/   /'
	fi
	rm -f "$log"
done
if [ $ran -eq 0 ]; then
	echo "fuzz: no target matches: $*" >&2
	exit 2
fi
if [ ${#failed[@]} -gt 0 ]; then
	echo "fuzz: ${#failed[@]} of $ran targets failed: ${failed[*]}" >&2
	echo "fuzz: crashers are in PKG/testdata/fuzz/<target>/; fix the code and keep them as regression cases" >&2
	exit 1
fi
echo "fuzz: $ran targets, $FUZZTIME each, no failures"
