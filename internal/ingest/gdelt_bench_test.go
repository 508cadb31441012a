package ingest

import (
	"bytes"
	"sync"
	"testing"

	"github.com/pivot-geo/pivot/internal/event"
)

var (
	benchOnce sync.Once
	benchData []byte
)

const benchRows = 200_000

func benchGDELT(b *testing.B) []byte {
	benchOnce.Do(func() {
		var buf bytes.Buffer
		if err := GenerateGDELT(&buf, GenOptions{Rows: benchRows, Seed: 1}); err != nil {
			b.Fatal(err)
		}
		benchData = buf.Bytes()
	})
	return benchData
}

// BenchmarkParseGDELT: parsing and mapping GDELT 2.0 rows into mentions.
func BenchmarkParseGDELT(b *testing.B) {
	data := benchGDELT(b)
	b.SetBytes(int64(len(data)))
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		n := 0
		_, err := parseGDELT(bytes.NewReader(data), "bench", func(m event.Mention) error { n++; return nil }, func(RowError) {})
		if err != nil {
			b.Fatal(err)
		}
	}
	b.ReportMetric(float64(benchRows)*float64(b.N)/b.Elapsed().Seconds(), "rows/s")
}

// BenchmarkParseMergeGDELT adds chunked merging into events (no store).
func BenchmarkParseMergeGDELT(b *testing.B) {
	data := benchGDELT(b)
	b.SetBytes(int64(len(data)))
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		chunk := make([]event.Mention, 0, chunkRows)
		flush := func() {
			mergeDataset(chunk)
			clear(chunk)
			chunk = chunk[:0]
		}
		_, err := parseGDELT(bytes.NewReader(data), "bench", func(m event.Mention) error {
			chunk = append(chunk, m)
			if len(chunk) == chunkRows {
				flush()
			}
			return nil
		}, func(RowError) {})
		if err != nil {
			b.Fatal(err)
		}
		flush()
	}
	b.ReportMetric(float64(benchRows)*float64(b.N)/b.Elapsed().Seconds(), "rows/s")
}
