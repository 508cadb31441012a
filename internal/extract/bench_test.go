package extract

import (
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/pivot-geo/pivot/internal/actors"
	"github.com/pivot-geo/pivot/internal/event"
)

// newsProse is the benchmark corpus: the founding article and the other
// analyst texts of the gold sets plus the PLOVER news sentences, i.e.
// news-like and analyst prose.
func newsProse(b *testing.B) (string, []event.Span) {
	b.Helper()
	var sb strings.Builder
	dir := filepath.Join("..", "..", "testdata", "gold")
	for _, n := range []string{"pakistan-superpowers", "india-russia", "turkey-us-saudi-china", "plover-gsr"} {
		t, err := os.ReadFile(filepath.Join(dir, n+".txt"))
		if err != nil {
			b.Fatal(err)
		}
		sb.Write(t)
		sb.WriteByte('\n')
	}
	text := sb.String()
	return text, Sentences(text)
}

func reportRate(b *testing.B, sentences int) {
	b.ReportMetric(float64(sentences*b.N)/b.Elapsed().Seconds(), "sentences/s")
}

// BenchmarkExtractPipeline is the whole coder on one core: segmentation,
// tokens, dates, actors, amounts, predicates, frames, mentions and claims.
func BenchmarkExtractPipeline(b *testing.B) {
	text, spans := newsProse(b)
	doc := &event.Document{ID: "bench", Text: text}
	b.SetBytes(int64(len(text)))
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		testXB(b).Document(doc, Options{})
	}
	reportRate(b, len(spans))
}

// BenchmarkExtractStream runs Stream on one worker over the same prose
// repeated, to include line reading and ordered emission.
func BenchmarkExtractStream(b *testing.B) {
	text, spans := newsProse(b)
	x := testXB(b)
	b.SetBytes(int64(len(text)))
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		_, err := x.Stream(context.Background(), strings.NewReader(text), "bench", Options{}, 1, func(event.Mention) error { return nil })
		if err != nil {
			b.Fatal(err)
		}
	}
	reportRate(b, len(spans))
}

func BenchmarkExtractSentences(b *testing.B) {
	text, spans := newsProse(b)
	b.SetBytes(int64(len(text)))
	for i := 0; i < b.N; i++ {
		Sentences(text)
	}
	reportRate(b, len(spans))
}

// stage benchmarks: each runs its stage over every sentence.
func benchStage(b *testing.B, stage func(sc *scratch, s string)) {
	text, spans := newsProse(b)
	sc := testXB(b).pool.Get().(*scratch)
	sc.reset()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		for _, sp := range spans {
			sc.sent = text[sp.Start:sp.End]
			stage(sc, sc.sent)
		}
	}
	reportRate(b, len(spans))
}

func BenchmarkExtractTokenize(b *testing.B) {
	benchStage(b, func(sc *scratch, s string) { sc.tokenize(s) })
}

func BenchmarkExtractDates(b *testing.B) {
	benchStage(b, func(sc *scratch, s string) { sc.tokenize(s); sc.findDates(event.Date{}) })
}

func BenchmarkExtractActors(b *testing.B) {
	benchStage(b, func(sc *scratch, s string) { sc.tokenize(s); sc.findDates(event.Date{}); sc.findActors() })
}

func BenchmarkExtractAmounts(b *testing.B) {
	benchStage(b, func(sc *scratch, s string) { sc.tokenize(s); sc.findDates(event.Date{}); sc.findQuantities(s) })
}

func BenchmarkExtractPredicates(b *testing.B) {
	benchStage(b, func(sc *scratch, s string) {
		sc.tokenize(s)
		sc.findDates(event.Date{})
		sc.findActors()
		sc.findTriggers()
	})
}

// BenchmarkExtractLoad measures building the dictionaries from the
// embedded files (New must stay ≤ 0.5 s).
func BenchmarkExtractLoad(b *testing.B) {
	for i := 0; i < b.N; i++ {
		d, err := actors.Build()
		if err != nil {
			b.Fatal(err)
		}
		buildWords(d, buildLexicon())
	}
}

func testXB(b *testing.B) *Extractor {
	if testX == nil {
		x, err := New()
		if err != nil {
			b.Fatal(err)
		}
		testX = x
	}
	return testX
}
