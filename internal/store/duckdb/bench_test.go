package duckdb

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"strconv"
	"testing"

	"github.com/pivot-geo/pivot/internal/store"
)

// fillSynthetic writes n events straight through SQL: 40 states, dyads and
// PLOVER types drawn from a fixed hash, years 1979–2025. It is how the
// 10-million-event figures in docs/performance.md are made.
func fillSynthetic(b *testing.B, s *Store, n int) {
	ctx := context.Background()
	q := `INSERT INTO events SELECT
		'e' || i, 1, 1979 + (hash(i) % 47)::INTEGER, 1 + (hash(i*7) % 12)::INTEGER, 1 + (hash(i*11) % 28)::INTEGER,
		'', '', a, r, CASE WHEN a < r THEN a || '-' || r ELSE r || '-' || a END,
		'|' || CASE WHEN a < r THEN a || '-' || r ELSE r || '-' || a END || '|', a, r,
		t, '', 'military', 'military', NULL, NULL, NULL, 'asserted', 'synthetic row', 'gdelt:' || i, 0, 0, 0.5,
		'proposed', 'gdelt', 0.0, 1.0, '042', 1
		FROM (SELECT i,
			['USA','PAK','CHN','RUS','IND','AFG','IRN','SAU','GBR','FRA','DEU','JPN','TUR','ISR','EGY','BRA','ZAF','NGA','KOR','PRK',
			 'UKR','POL','ITA','ESP','CAN','MEX','AUS','IDN','MYS','THA','VNM','PHL','BGD','LKA','NPL','QAT','ARE','IRQ','SYR','JOR'][1 + (hash(i*3) % 40)::INTEGER] AS a,
			['USA','PAK','CHN','RUS','IND','AFG','IRN','SAU','GBR','FRA'][1 + (hash(i*5) % 10)::INTEGER] AS r,
			['AGREE','CONSULT','SUPPORT','CONCEDE','COOPERATE','AID','RETREAT','REQUEST','ACCUSE','REJECT','THREATEN','PROTEST','SANCTION','MOBILIZE','COERCE','ASSAULT'][1 + (hash(i*13) % 16)::INTEGER] AS t
			FROM range(?) r(i))`
	if _, err := s.DB.ExecContext(ctx, q, n); err != nil {
		b.Fatal(err)
	}
	if _, err := s.DB.ExecContext(ctx, `INSERT INTO batches VALUES (1,'synthetic','gdelt','synthetic',?,0,0,0,?,0,0,now(),now(),'')`, n, n); err != nil {
		b.Fatal(err)
	}
}

func benchEvents() int {
	if v, err := strconv.Atoi(os.Getenv("PIVOT_BENCH_EVENTS")); err == nil && v > 0 {
		return v
	}
	return 10_000_000
}

// BenchmarkDyadSeries measures the dyad series query — yearly counts and
// score sums for USA–PAK by direction and type — over PIVOT_BENCH_EVENTS
// synthetic events (default 10 million), end to end through the Store API.
func BenchmarkDyadSeries(b *testing.B) {
	ctx := context.Background()
	s, err := Open(ctx, filepath.Join(b.TempDir(), "bench.duckdb"))
	if err != nil {
		b.Fatal(err)
	}
	defer s.Close()
	n := benchEvents()
	fillSynthetic(b, s, n)
	q := store.CountQuery{Filter: store.Filter{Dyad: [2]string{"USA", "PAK"}, Reviews: store.Analysed}}
	rows, err := s.Counts(ctx, q)
	if err != nil {
		b.Fatal(err)
	}
	total := 0
	for _, r := range rows {
		total += r.Count
	}
	if total == 0 {
		b.Fatal("no USA–PAK events in the synthetic data")
	}
	b.ReportMetric(float64(n), "events")
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		if _, err := s.Counts(ctx, q); err != nil {
			b.Fatal(err)
		}
	}
	b.StopTimer()
	fmt.Fprintf(os.Stderr, "dyad series over %d events: %d groups, %d USA–PAK events\n", n, len(rows), total)
}
