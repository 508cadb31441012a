package ingest

import (
	"bytes"
	"context"
	"os"
	"path/filepath"
	"runtime"
	"strconv"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/pivot-geo/pivot/internal/event"
	"github.com/pivot-geo/pivot/internal/store"
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

// nullStore accepts batches and discards what they write.
type nullStore struct{ *memStore }

type nullWriter struct{ mentions, events int }

func (nullStore) Begin(ctx context.Context, b store.Batch) (store.Writer, *store.Batch, error) {
	return &nullWriter{}, nil, nil
}
func (w *nullWriter) Document(*event.Document) error       { return nil }
func (w *nullWriter) Event(*event.Event) error             { w.events++; return nil }
func (w *nullWriter) Mention(*event.Mention) error         { w.mentions++; return nil }
func (w *nullWriter) SeriesPoint(*event.SeriesPoint) error { return nil }
func (w *nullWriter) Claim(*event.Claim) error             { return nil }
func (w *nullWriter) Commit(b store.Batch) (store.Batch, error) {
	b.Mentions, b.Events = w.mentions, w.events
	return b, nil
}
func (w *nullWriter) Rollback() error { return nil }

// BenchmarkImportFileNullStore: the whole importer on a generated file on
// disk (checksum, read, parse, merge, hand to a writer that discards), with
// the peak Go heap. PIVOT_BENCH_GDELT_ROWS sets the size (default 1M).
func BenchmarkImportFileNullStore(b *testing.B) {
	rows := 1_000_000
	if v, err := strconv.Atoi(os.Getenv("PIVOT_BENCH_GDELT_ROWS")); err == nil && v > 0 {
		rows = v
	}
	p := filepath.Join(b.TempDir(), "g.export.CSV")
	f, _ := os.Create(p)
	if err := GenerateGDELT(f, GenOptions{Rows: rows, Seed: 4}); err != nil {
		b.Fatal(err)
	}
	f.Close()
	fi, _ := os.Stat(p)
	b.SetBytes(fi.Size())
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		var peak atomic.Uint64
		done := make(chan struct{})
		go func() {
			var ms runtime.MemStats
			for {
				select {
				case <-done:
					return
				case <-time.After(100 * time.Millisecond):
					runtime.ReadMemStats(&ms)
					if ms.HeapInuse > peak.Load() {
						peak.Store(ms.HeapInuse)
					}
				}
			}
		}()
		rep, err := File(context.Background(), nullStore{newMemStore()}, p, Options{Format: "gdelt"})
		close(done)
		if err != nil || rep.Batch.Rows != rows {
			b.Fatalf("%v %+v", err, rep.Batch)
		}
		b.ReportMetric(float64(rows)/b.Elapsed().Seconds()*float64(i+1), "rows/s")
		b.ReportMetric(float64(peak.Load())/(1<<20), "peak-heap-MB")
	}
}
