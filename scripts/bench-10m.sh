#!/usr/bin/env bash
# The 10-million-event figures in docs/performance.md: generate a GDELT 2.0
# file, import it into DuckDB and into a throwaway PostgreSQL with
# `pivot ingest`, then time `pivot series` and `pivot phases` for a dyad on
# both. Usage: scripts/bench-10m.sh [ROWS] [WORKDIR]
set -euo pipefail
rows=${1:-10000000}
work=${2:-$(mktemp -d /tmp/pivot-bench.XXXXXX)}
cd "$(dirname "$0")/.."
go build -o "$work/pivot" ./cmd/pivot
pivot="$work/pivot"
data="$work/gdelt.export.CSV"
[ -f "$data" ] || "$pivot" gen-gdelt --rows "$rows" --seed 1 --out "$data"
ls -l "$data"

timed() { # label command...: wall seconds and peak RSS
  local label=$1; shift
  /usr/bin/time -f "$label: %e s wall, %M KB max RSS" "$@" >/dev/null 2>"$work/time.err" || { cat "$work/time.err"; return 1; }
  tail -n 1 "$work/time.err"
}

query_runs() { # db
  local db=$1
  for i in 1 2 3; do timed "series USA-PAK count (run $i)" "$pivot" series --db "$db" --dyad USA-PAK --measure count --format jsonl; done
  for i in 1 2 3; do timed "phases USA-PAK count (run $i)" "$pivot" phases --db "$db" --dyad USA-PAK --measure count --format jsonl; done
}

echo "== DuckDB"
rm -f "$work/kb.duckdb"
timed "ingest $rows rows" "$pivot" ingest --db "$work/kb.duckdb" "$data"
query_runs "$work/kb.duckdb"

echo "== PostgreSQL"
pg="$work/pg"
dsn=$(scripts/pg.sh start "$pg")
trap 'scripts/pg.sh stop "$pg"' EXIT
timed "ingest $rows rows" "$pivot" ingest --db "$dsn" "$data"
query_runs "$dsn"
