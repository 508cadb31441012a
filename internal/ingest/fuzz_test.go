package ingest

// Fuzz targets for every importer parser (issue 8). Plain `go test` runs
// the seeds (real rows from testdata and the embedded corpus tables) and
// any crashers kept under testdata/fuzz/FuzzXxx; `scripts/fuzz.sh` runs
// each target for FUZZTIME. The contract checked on arbitrary input: no
// panic; a rejected row is a RowError naming this file and a line that
// exists; a whole-file failure names the file; what is emitted is valid.

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/pivot-geo/pivot/internal/event"
)

// seedLines adds the first n lines of a testdata file one by one, and the
// first k lines together, as seeds.
func seedLines(f *testing.F, path string, n, k int) {
	f.Helper()
	b, err := os.ReadFile(path)
	if err != nil {
		f.Fatalf("seed corpus: %v", err)
	}
	lines := bytes.SplitAfter(b, []byte("\n"))
	for i := 0; i < n && i < len(lines); i++ {
		f.Add(append([]byte(nil), lines[i]...))
	}
	if k > len(lines) {
		k = len(lines)
	}
	f.Add(bytes.Join(lines[:k], nil))
}

// checkRows is the shared contract of a parser run on data.
func checkRows(t *testing.T, name string, data []byte, rows int, err error, bad []RowError) {
	t.Helper()
	lines := bytes.Count(data, []byte("\n")) + 1
	if rows < 0 {
		t.Fatalf("negative row count %d", rows)
	}
	for _, e := range bad {
		if e.File != name {
			t.Fatalf("row error %+v does not name the file %q", e, name)
		}
		if e.Line < 1 || e.Line > lines {
			t.Fatalf("row error %+v names line %d; the input has %d lines", e, e.Line, lines)
		}
		if strings.TrimSpace(e.Reason) == "" {
			t.Fatalf("row error %+v has no reason", e)
		}
	}
	if err != nil {
		var fe *FormatError
		if errors.As(err, &fe) && fe.Line > lines {
			t.Fatalf("format error %v names line %d; the input has %d lines", err, fe.Line, lines)
		}
		if !strings.Contains(err.Error(), name) {
			t.Fatalf("error %q does not name the file %q", err, name)
		}
	}
}

// checkMention: what an importer emits must be storable and valid.
func checkMention(t *testing.T, m event.Mention) {
	t.Helper()
	if m.ID == "" {
		t.Fatalf("mention without id: %+v", m)
	}
	if m.Type != "" && !m.Type.Valid() {
		t.Fatalf("mention %s has invalid type %q", m.ID, m.Type)
	}
	for _, d := range []event.Date{m.Date, m.End} {
		if d.IsZero() {
			continue
		}
		p, err := event.ParseDate(d.String())
		if err != nil || p != d {
			t.Fatalf("mention %s has invalid date %+v (%v)", m.ID, d, err)
		}
	}
	if m.Confidence < 0 || m.Confidence > 1 {
		t.Fatalf("mention %s confidence %v outside [0,1]", m.ID, m.Confidence)
	}
}

func fuzzMentions(f *testing.F, name string, parse func(r *bytes.Reader, name string, emit func(event.Mention) error, bad func(RowError)) (int, error)) {
	f.Fuzz(func(t *testing.T, data []byte) {
		var bad []RowError
		rows, err := parse(bytes.NewReader(data), name, func(m event.Mention) error {
			checkMention(t, m)
			return nil
		}, func(e RowError) { bad = append(bad, e) })
		checkRows(t, name, data, rows, err, bad)
	})
}

func FuzzGDELT(f *testing.F) {
	for _, p := range []string{"gdelt1_events_historical_mixed_aamend.tsv", "gdelt2_events_mixed_aamend.tsv",
		"gdelt2_translation_events_mixed_aamend.tsv", "gdelt2_mentions_mixed_aamend.tsv"} {
		seedLines(f, filepath.Join("testdata", "gdelt", p), 6, 12)
	}
	var gen bytes.Buffer
	if err := GenerateGDELT(&gen, GenOptions{Rows: 20, Seed: 7, Version: 1}); err != nil {
		f.Fatal(err)
	}
	f.Add(gen.Bytes())
	f.Add([]byte("1\t2\t3\n"))
	f.Add([]byte{})
	fuzzMentions(f, "fuzz.export.CSV", func(r *bytes.Reader, name string, emit func(event.Mention) error, bad func(RowError)) (int, error) {
		return parseGDELT(r, name, emit, bad)
	})
}

func FuzzICEWS(f *testing.F) {
	seedLines(f, filepath.Join("testdata", "icews", "icews_events.2018.sample.tab"), 8, 20)
	fuzzMentions(f, "fuzz.tab", func(r *bytes.Reader, name string, emit func(event.Mention) error, bad func(RowError)) (int, error) {
		return parseICEWS(r, name, emit, bad)
	})
}

// ploverSeeds are records of the PLOVER gold-standard file as a JSON
// array, as JSON lines and a POLECAT-style tab export.
func ploverSeeds(f *testing.F) {
	b, err := os.ReadFile(filepath.Join("testdata", "plover", "PLOVER_GSR_CAMEO.json"))
	if err != nil {
		f.Fatal(err)
	}
	var recs []json.RawMessage
	if err := json.Unmarshal(b, &recs); err != nil {
		f.Fatal(err)
	}
	for i := 0; i+3 <= len(recs) && i < 30; i += 3 {
		arr, _ := json.Marshal(recs[i : i+3])
		f.Add(arr)
		var lines bytes.Buffer
		for _, r := range recs[i : i+3] {
			var c bytes.Buffer
			json.Compact(&c, r)
			lines.Write(c.Bytes())
			lines.WriteByte('\n')
		}
		f.Add(lines.Bytes())
	}
	f.Add([]byte("Event ID\tStory Date\tEvent Type\tMode\tContexts\tActor Country\tRecipient Country\tActor Name\tRecipient Name\n" +
		"p1\t2019-02-27\tASSAULT\tbeat\tmilitary\tIND\tPAK\tIndian Air Force\tPakistan\n" +
		"p2\t2019-02-28\tAID\t\t\tChina\tPakistan;India\t\t\n"))
	f.Add([]byte(`[{"id":"x","event":"AGREE","date":"2013-08","actor":"CHN","recipient":"PAK"}]`))
	f.Add([]byte("{\"id\":\"x\"}\n{bad json\n"))
}

func FuzzPLOVER(f *testing.F) {
	ploverSeeds(f)
	fuzzMentions(f, "fuzz.json", func(r *bytes.Reader, name string, emit func(event.Mention) error, bad func(RowError)) (int, error) {
		return parsePLOVER(r, name, emit, bad)
	})
}

func FuzzSeriesCSV(f *testing.F) {
	f.Add([]byte("\ufeffseries,actor,recipient,period,value,unit,source,category\n" +
		"aid,USA,PAK,FY2009,\"3,060\",USD million,CRS 2013,economic\n" +
		"arms,China,Pakistan,1985,144,TIV million,SIPRI,\n" +
		"aid,United States,PAK,FY2002-FY2007,10097,USD million,CRS,\n" +
		"arms,RUS,PAK,2001-2010,12.5,TIV million,SIPRI,\n"))
	f.Add([]byte("series,actor,period\naid,USA,2001\n"))
	f.Add([]byte("series,actor,recipient,period,value\narms,CHN,PAK,2010-2001,1\narms,CHN,PAK,1990\n"))
	f.Fuzz(func(t *testing.T, data []byte) {
		const name = "fuzz.csv"
		var bad []RowError
		rows, err := parseSeriesCSV(bytes.NewReader(data), name, func(p event.SeriesPoint) error {
			if p.Start > p.End || p.Actor == "" || p.Series == "" {
				t.Fatalf("invalid point %+v", p)
			}
			return nil
		}, func(e RowError) { bad = append(bad, e) })
		checkRows(t, name, data, rows, err, bad)
	})
}

// FuzzFlowTables covers the two embedded-table readers (SIPRI TIV, CRS
// aid summary): an error names the file, never a panic.
func FuzzFlowTables(f *testing.F) {
	for _, p := range []string{"sipri_tiv_to_pakistan_by_supplier_year.csv", "us_aid_pakistan_by_fy_summary.csv"} {
		b, err := os.ReadFile(filepath.Join("..", "corpus", "data", p))
		if err != nil {
			f.Fatal(err)
		}
		lines := bytes.SplitAfter(b, []byte("\n"))
		f.Add(bytes.Join(lines[:min(len(lines), 8)], nil))
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		const name = "fuzz-flows.csv"
		for _, parse := range []func(string, []byte) ([]event.SeriesPoint, error){parseSIPRI, parseUSAid} {
			pts, err := parse(name, data)
			if err != nil && !strings.Contains(err.Error(), name) {
				t.Fatalf("error %q does not name the file", err)
			}
			for _, p := range pts {
				if p.Start > p.End {
					t.Fatalf("invalid point %+v", p)
				}
			}
		}
	})
}

// FuzzImportDataset runs the whole dataset path (format detection, gzip
// and zip members, parsing, merging, the batch) on arbitrary bytes into
// the in-memory store: no panic, and a failed import leaves no batch.
func FuzzImportDataset(f *testing.F) {
	seedLines(f, filepath.Join("testdata", "gdelt", "gdelt2_events_mixed_aamend.tsv"), 2, 5)
	seedLines(f, filepath.Join("testdata", "icews", "icews_events.2018.sample.tab"), 0, 5)
	f.Add([]byte("\x1f\x8b\x08\x00\x00\x00\x00\x00"))
	f.Add([]byte("PK\x03\x04"))
	f.Fuzz(func(t *testing.T, data []byte) {
		st := newMemStore()
		format, err := detectInput(bytes.NewReader(data), int64(len(data)), "fuzz.dat")
		if err != nil {
			if !strings.Contains(err.Error(), "fuzz.dat") {
				t.Fatalf("detect error %q does not name the file", err)
			}
			return
		}
		if format == "" {
			return // not a dataset: the text path handles it
		}
		rep, err := importDataset(context.Background(), st, bytes.NewReader(data), int64(len(data)), "fuzz.dat", format, Options{})
		n := len(st.batches)
		if err != nil {
			if n != 0 || len(st.mentions) != 0 {
				t.Fatalf("failed import (%v) left %d batches, %d mentions", err, n, len(st.mentions))
			}
			if !strings.Contains(err.Error(), "fuzz.dat") {
				t.Fatalf("import error %q does not name the file", err)
			}
			return
		}
		if !rep.Duplicate && n != 1 {
			t.Fatalf("import succeeded with %d batches", n)
		}
		for _, e := range rep.Problems {
			if e.File == "" || e.Line < 0 {
				t.Fatalf("problem %+v does not name file and line", e)
			}
		}
	})
}
