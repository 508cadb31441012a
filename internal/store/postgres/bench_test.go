package postgres

import (
	"context"
	"os"
	"strconv"
	"testing"

	"github.com/pivot-geo/pivot/internal/store"
	"github.com/pivot-geo/pivot/internal/store/postgres/pgtest"
)

func benchEvents() int {
	if v, err := strconv.Atoi(os.Getenv("PIVOT_BENCH_EVENTS")); err == nil && v > 0 {
		return v
	}
	return 10_000_000
}

// BenchmarkDyadSeries is the PostgreSQL twin of the DuckDB benchmark of the
// same name: the USA–PAK yearly series over PIVOT_BENCH_EVENTS synthetic
// events (default 10 million), through the Store API.
func BenchmarkDyadSeries(b *testing.B) {
	ctx := context.Background()
	s, err := Open(ctx, pgtest.DSN(b))
	if err != nil {
		b.Fatal(err)
	}
	defer s.Close()
	n := benchEvents()
	states := `ARRAY['USA','PAK','CHN','RUS','IND','AFG','IRN','SAU','GBR','FRA','DEU','JPN','TUR','ISR','EGY','BRA','ZAF','NGA','KOR','PRK',
		'UKR','POL','ITA','ESP','CAN','MEX','AUS','IDN','MYS','THA','VNM','PHL','BGD','LKA','NPL','QAT','ARE','IRQ','SYR','JOR']`
	q := `INSERT INTO events SELECT 'e' || i, 1, 1979 + h(i, 'y') % 47, 1 + h(i, 'm') % 12, 1 + h(i, 'd') % 28, '', '', a, r,
		CASE WHEN a < r THEN a || '-' || r ELSE r || '-' || a END,
		'|' || CASE WHEN a < r THEN a || '-' || r ELSE r || '-' || a END || '|', a, r,
		t, '', 'military', 'military', NULL, NULL, NULL, 'asserted', 'synthetic row', 'gdelt:' || i, 0, 0, 0.5,
		'proposed', 'gdelt', 0.0, 1.0, '042', 1
		FROM (SELECT i, (` + states + `)[1 + h(i, 'a') % 40] AS a,
			(ARRAY['USA','PAK','CHN','RUS','IND','AFG','IRN','SAU','GBR','FRA'])[1 + h(i, 'r') % 10] AS r,
			(ARRAY['AGREE','CONSULT','SUPPORT','CONCEDE','COOPERATE','AID','RETREAT','REQUEST','ACCUSE','REJECT','THREATEN','PROTEST','SANCTION','MOBILIZE','COERCE','ASSAULT'])[1 + h(i, 't') % 16] AS t
			FROM generate_series(1::bigint, $1::bigint) i) g`
	// h is a fixed hash so the data are the same on every run.
	if _, err := s.pool.Exec(ctx, `CREATE FUNCTION h(i bigint, salt text) RETURNS int IMMUTABLE LANGUAGE sql AS
		$$ SELECT abs(hashtext(i::text || salt) % 1000000) $$`); err != nil {
		b.Fatal(err)
	}
	if _, err := s.pool.Exec(ctx, q, n); err != nil {
		b.Fatal(err)
	}
	if _, err := s.pool.Exec(ctx, `ANALYZE events`); err != nil {
		b.Fatal(err)
	}
	cq := store.CountQuery{Filter: store.Filter{Dyad: [2]string{"USA", "PAK"}, Reviews: store.Analysed}}
	rows, err := s.Counts(ctx, cq)
	if err != nil || len(rows) == 0 {
		b.Fatalf("%d rows, %v", len(rows), err)
	}
	b.ReportMetric(float64(n), "events")
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		if _, err := s.Counts(ctx, cq); err != nil {
			b.Fatal(err)
		}
	}
}
