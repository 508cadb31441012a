package duckdb_test

// GDELT import against DuckDB's own read_csv on the same file (issue 4:
// Pivot's import must reach at least half of read_csv's rate).
//
//	PIVOT_BENCH_GDELT_ROWS=10000000 go test -run XXX -bench ImportGDELT -benchtime 1x ./internal/store/duckdb
//
// The file is made by ingest.GenerateGDELT (the same generator as
// `pivot gen-gdelt`); PIVOT_BENCH_GDELT_FILE reuses an existing file.

import (
	"bufio"
	"context"
	"fmt"
	"os"
	"path/filepath"
	"strconv"
	"testing"
	"time"

	"github.com/pivot-geo/pivot/internal/ingest"
	"github.com/pivot-geo/pivot/internal/store/duckdb"
)

func benchGDELTFile(b *testing.B) (string, int) {
	if p := os.Getenv("PIVOT_BENCH_GDELT_FILE"); p != "" {
		n := 0
		f, err := os.Open(p)
		if err != nil {
			b.Fatal(err)
		}
		sc := bufio.NewScanner(f)
		sc.Buffer(make([]byte, 1<<20), 1<<20)
		for sc.Scan() {
			n++
		}
		f.Close()
		return p, n
	}
	rows := 1_000_000
	if v, err := strconv.Atoi(os.Getenv("PIVOT_BENCH_GDELT_ROWS")); err == nil && v > 0 {
		rows = v
	}
	p := filepath.Join(b.TempDir(), "gen.export.CSV")
	f, err := os.Create(p)
	if err != nil {
		b.Fatal(err)
	}
	if err := ingest.GenerateGDELT(f, ingest.GenOptions{Rows: rows, Seed: 1}); err != nil {
		b.Fatal(err)
	}
	if err := f.Close(); err != nil {
		b.Fatal(err)
	}
	return p, rows
}

func BenchmarkImportGDELT(b *testing.B) {
	ctx := context.Background()
	path, rows := benchGDELTFile(b)
	fi, _ := os.Stat(path)
	dir := b.TempDir()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		// DuckDB alone: read_csv into a table of the file.
		s, err := duckdb.Open(ctx, filepath.Join(dir, fmt.Sprintf("ref%d.duckdb", i)))
		if err != nil {
			b.Fatal(err)
		}
		t0 := time.Now()
		if _, err := s.DB.ExecContext(ctx, `CREATE TABLE raw AS SELECT * FROM read_csv(?, delim='\t', header=false, quote='', escape='', all_varchar=false)`, path); err != nil {
			b.Fatal(err)
		}
		ref := time.Since(t0)
		var n int
		s.DB.QueryRowContext(ctx, `SELECT count(*) FROM raw`).Scan(&n)
		s.Close()
		if n != rows {
			b.Fatalf("read_csv read %d rows of %d", n, rows)
		}

		// Pivot: parse, map, merge and store as one batch.
		st, err := duckdb.Open(ctx, filepath.Join(dir, fmt.Sprintf("pivot%d.duckdb", i)))
		if err != nil {
			b.Fatal(err)
		}
		t1 := time.Now()
		rep, err := ingest.File(ctx, st, path, ingest.Options{Format: "gdelt"})
		if err != nil {
			b.Fatal(err)
		}
		ours := time.Since(t1)
		st.Close()
		if rep.Batch.Rows != rows {
			b.Fatalf("imported %d rows of %d", rep.Batch.Rows, rows)
		}
		refRate := float64(rows) / ref.Seconds()
		ourRate := float64(rows) / ours.Seconds()
		b.ReportMetric(refRate, "read_csv-rows/s")
		b.ReportMetric(ourRate, "pivot-rows/s")
		b.ReportMetric(ourRate/refRate, "ratio")
		fmt.Fprintf(os.Stderr, "GDELT %d rows (%.0f MB): read_csv %.2fs (%.0f rows/s), pivot ingest %.2fs (%.0f rows/s; %d mentions, %d events, %d skipped), ratio %.2f\n",
			rows, float64(fi.Size())/1e6, ref.Seconds(), refRate, ours.Seconds(), ourRate,
			rep.Batch.Mentions, rep.Batch.Events, rep.Batch.Skipped, ourRate/refRate)
	}
}
