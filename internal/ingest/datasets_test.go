package ingest

import (
	"archive/zip"
	"bytes"
	"compress/gzip"
	"context"
	"errors"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"

	"github.com/pivot-geo/pivot/internal/event"
	"github.com/pivot-geo/pivot/internal/merge"
)

const (
	gdelt1Sample = "testdata/gdelt/gdelt1_events_historical_mixed_aamend.tsv"
	gdelt2Sample = "testdata/gdelt/gdelt2_events_mixed_aamend.tsv"
	gdeltTSample = "testdata/gdelt/gdelt2_translation_events_mixed_aamend.tsv"
	mentionsSamp = "testdata/gdelt/gdelt2_mentions_mixed_aamend.tsv"
	icewsSample  = "testdata/icews/icews_events.2018.sample.tab"
	ploverSample = "testdata/plover/PLOVER_GSR_CAMEO.json"
)

func TestDetect(t *testing.T) {
	for file, want := range map[string]string{
		gdelt1Sample: "gdelt", gdelt2Sample: "gdelt", gdeltTSample: "gdelt", mentionsSamp: "gdelt",
		icewsSample: "icews", ploverSample: "plover",
		"../corpus/data/sipri_tiv_to_pakistan_by_supplier_year.csv": "",
		"../corpus/data/pakistan-superpowers.txt":                   "",
	} {
		b, err := os.ReadFile(file)
		if err != nil {
			t.Fatal(err)
		}
		if len(b) > 64<<10 {
			b = b[:64<<10]
		}
		if got := detect(b); got != want {
			t.Errorf("detect(%s) = %q, want %q", file, got, want)
		}
	}
	if got := detect([]byte("series,actor,recipient,period,value,unit,source\naid,USA,PAK,FY2009,1,USD million,CRS\n")); got != "series" {
		t.Errorf("series CSV detected as %q", got)
	}
}

func copyTo(t *testing.T, dir, name string, data []byte) string {
	t.Helper()
	p := filepath.Join(dir, name)
	if err := os.WriteFile(p, data, 0o644); err != nil {
		t.Fatal(err)
	}
	return p
}

func read(t *testing.T, p string) []byte {
	t.Helper()
	b, err := os.ReadFile(p)
	if err != nil {
		t.Fatal(err)
	}
	return b
}

func zipOf(t *testing.T, files map[string][]byte) []byte {
	var buf bytes.Buffer
	zw := zip.NewWriter(&buf)
	for name, data := range files {
		w, err := zw.Create(name)
		if err != nil {
			t.Fatal(err)
		}
		w.Write(data)
	}
	zw.Close()
	return buf.Bytes()
}

func gzipOf(data []byte) []byte {
	var buf bytes.Buffer
	zw := gzip.NewWriter(&buf)
	zw.Write(data)
	zw.Close()
	return buf.Bytes()
}

// End to end through File with --format auto: batches with exact counts,
// the skip summary, idempotent re-import, and the Mentions join.
func TestIngestGDELTBatches(t *testing.T) {
	ctx := context.Background()
	st := newMemStore()
	reps, err := Files(ctx, st, []string{gdelt2Sample, mentionsSamp}, Options{Format: "auto"})
	if err != nil {
		t.Fatal(err)
	}
	if len(reps) != 2 {
		t.Fatalf("%d reports", len(reps))
	}
	b := reps[0].Batch
	if reps[0].Format != "gdelt" || b.Rows != 100 || b.Skipped != 18 || b.Mentions != 82 || b.Events == 0 || b.Events > 82 ||
		!strings.HasPrefix(b.Checksum, "gdelt:") || len(reps[0].Problems) != 0 ||
		!strings.Contains(b.Note, "18 × CAMEO 01 (statement) or 02 (appeal) event") {
		t.Errorf("events batch: %+v (problems %d)", b, len(reps[0].Problems))
	}
	// 100 mentions rows: 41 join imported events, 11 name 01/02 events, 48 events not in the sample.
	m := reps[1].Batch
	if m.Rows != 100 || m.Skipped != 59 || m.Mentions != 41 || m.Events != 0 || len(reps[1].Problems) != 48 ||
		reps[1].Problems[0].Line != 6 || !strings.Contains(m.Note, "48 × event … not found") {
		t.Errorf("mentions batch: %+v, %d problems, first %+v", m, len(reps[1].Problems), reps[1].Problems[0])
	}
	// Every joined mention hangs on the event of its event row.
	for _, id := range st.order {
		mm := st.mentions[id]
		if mm.Batch != 2 {
			continue
		}
		row := st.mentions[mm.Doc]
		if row.Event == "" || mm.Event != row.Event {
			t.Errorf("mention %s on event %q, its row on %q", mm.ID, mm.Event, row.Event)
		}
	}
	events, mentions := len(st.events), len(st.mentions)
	// Re-import: nothing changes.
	again, err := Files(ctx, st, []string{gdelt2Sample, mentionsSamp}, Options{Format: "gdelt"})
	if err != nil {
		t.Fatal(err)
	}
	if !again[0].Duplicate || !again[1].Duplicate || again[0].Batch.ID != 1 || len(st.events) != events ||
		len(st.mentions) != mentions || len(st.batches) != 2 {
		t.Errorf("re-import changed the store: %+v", again)
	}
}

// Repeated reports of one happening (same dyad, type and day) from several
// rows and files become one event that keeps every row as a mention.
func TestIngestDuplicatesMerge(t *testing.T) {
	ctx := context.Background()
	dir := t.TempDir()
	lines := strings.Split(string(read(t, gdelt2Sample)), "\n")
	row := func(i int, id string) string {
		f := strings.Split(lines[i], "\t")
		f[0] = id
		f[7], f[17] = "USA", "PAK" // Actor1CountryCode, Actor2CountryCode
		f[26], f[27], f[28], f[30] = "042", "042", "04", "1.9"
		return strings.Join(f, "\t")
	}
	rev := func(i int, id string) string { // the same visit, seen from the other side
		f := strings.Split(row(i, id), "\t")
		f[7], f[17] = "PAK", "USA"
		return strings.Join(f, "\t")
	}
	a := copyTo(t, dir, "a.export.CSV", []byte(row(2, "900001")+"\n"+rev(3, "900002")+"\n"))
	b := copyTo(t, dir, "b.export.CSV", []byte(row(4, "900003")+"\n"))
	st := newMemStore()
	reps, err := Files(ctx, st, []string{a, b}, Options{Format: "gdelt"})
	if err != nil {
		t.Fatal(err)
	}
	if reps[0].Batch.Events != 1 || reps[0].Batch.Mentions != 2 || reps[1].Batch.Events != 0 || reps[1].Batch.Mentions != 1 {
		t.Fatalf("batches %+v / %+v", reps[0].Batch, reps[1].Batch)
	}
	ev := st.mentions["gdelt:900001"].Event
	for _, id := range []string{"gdelt:900002", "gdelt:900003"} {
		if st.mentions[id].Event != ev {
			t.Errorf("%s on %s, want %s", id, st.mentions[id].Event, ev)
		}
	}
	if e := st.events[ev]; len(e.Mentions) != 3 || e.Type != "CONSULT" {
		t.Errorf("event %+v", e)
	}
}

func TestIngestArchives(t *testing.T) {
	ctx := context.Background()
	dir := t.TempDir()
	st := newMemStore()
	z := copyTo(t, dir, "two.zip", zipOf(t, map[string][]byte{
		"20160728.export.CSV":                   read(t, gdelt1Sample),
		"20200318104500.translation.export.CSV": read(t, gdeltTSample),
	}))
	g := copyTo(t, dir, "icews.tab.gz", gzipOf(read(t, icewsSample)))
	reps, err := Files(ctx, st, []string{z, g}, Options{Format: "auto"})
	if err != nil {
		t.Fatal(err)
	}
	if b := reps[0].Batch; reps[0].Format != "gdelt" || b.Rows != 200 || b.Skipped != 23+19 || b.Mentions != 77+81 {
		t.Errorf("zip batch %+v", b)
	}
	if b := reps[1].Batch; reps[1].Format != "icews" || b.Rows != 3705 || b.Skipped != 808 || b.Mentions != 2897 {
		t.Errorf("gz batch %+v", b)
	}
	var translingual int
	for _, m := range st.mentions {
		if strings.Contains(m.Quote, "GDELT 2.0 translingual") {
			translingual++
		}
	}
	if translingual != 81 {
		t.Errorf("%d translingual mentions, want 81", translingual)
	}
}

// Whole-file failures write nothing: truncated archives, invalid UTF-8,
// a wrong format, --strict with a bad row.
func TestIngestNothingHalfWritten(t *testing.T) {
	ctx := context.Background()
	dir := t.TempDir()
	big := bytes.Repeat(append(read(t, gdelt2Sample), '\n'), 50)
	zipped := zipOf(t, map[string][]byte{"x.export.CSV": big})
	gz := gzipOf(big)
	withBadUTF8 := append(append([]byte(nil), big[:len(big)/2]...), "\xff\xfe\n"...)
	withBadUTF8 = append(withBadUTF8, big[len(big)/2:]...)
	lines := strings.Split(string(read(t, gdelt2Sample)), "\n")
	badRow := strings.Join(append([]string{lines[0], "12\tnot a row"}, lines[1:]...), "\n")
	tests := []struct {
		name, file string
		data       []byte
		opt        Options
		msg        string
	}{
		{"truncated zip", "t.zip", zipped[:len(zipped)-30], Options{Format: "auto"}, "zip"},
		{"truncated zip member", "m.zip", zipped[:len(zipped)/2], Options{Format: "gdelt"}, "zip"},
		{"truncated gzip", "t.gz", gz[:len(gz)/2], Options{Format: "gdelt"}, "gzip stream truncated"},
		{"invalid utf-8", "u.tsv", withBadUTF8, Options{Format: "gdelt"}, "invalid UTF-8"},
		{"wrong format", "w.tab", read(t, icewsSample), Options{Format: "gdelt"}, "not a GDELT events or mentions file"},
		{"strict", "s.tsv", []byte(badRow), Options{Format: "gdelt", Strict: true}, "--strict"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			st := newMemStore()
			p := copyTo(t, dir, tt.file, tt.data)
			_, err := File(ctx, st, p, tt.opt)
			if err == nil || !strings.Contains(err.Error(), tt.msg) {
				t.Fatalf("err %v, want %q", err, tt.msg)
			}
			if len(st.batches) != 0 || len(st.mentions) != 0 || st.rolled != st.begun {
				t.Errorf("store touched: %d batches, %d mentions, begun %d rolled back %d", len(st.batches), len(st.mentions), st.begun, st.rolled)
			}
		})
	}
	// Without --strict the bad row is reported with file and line, the rest imports.
	st := newMemStore()
	p := copyTo(t, dir, "s2.tsv", []byte(badRow))
	rep, err := File(ctx, st, p, Options{Format: "gdelt"})
	if err != nil {
		t.Fatal(err)
	}
	if rep.Batch.Rows != 101 || rep.Batch.Skipped != 19 || rep.Batch.Mentions != 82 || len(rep.Problems) != 1 ||
		rep.Problems[0].Line != 2 || rep.Problems[0].File != p || !strings.Contains(rep.Problems[0].Reason, "2 fields") ||
		!strings.Contains(rep.Batch.Note, "1 × 2 fields; GDELT events have 57, 58 or 61") {
		t.Errorf("report %+v problems %+v", rep.Batch, rep.Problems)
	}
}

func TestIngestStdinAndGlobs(t *testing.T) {
	ctx := context.Background()
	st := newMemStore()
	rep, err := ingestOther(ctx, st, "-", "stdin", "auto", gzipOf(read(t, icewsSample)), Options{})
	if err != nil {
		t.Fatal(err)
	}
	if rep.Format != "icews" || rep.Batch.Mentions != 2897 || rep.Batch.Source != "stdin" {
		t.Errorf("stdin: %+v", rep)
	}
	paths, err := ExpandPaths([]string{"testdata/gdelt/gdelt2_*events*.tsv", "-", icewsSample})
	if err != nil {
		t.Fatal(err)
	}
	want := []string{gdelt2Sample, gdeltTSample, "-", icewsSample}
	if strings.Join(paths, " ") != strings.Join(want, " ") {
		t.Errorf("ExpandPaths = %v, want %v", paths, want)
	}
	if _, err := ExpandPaths([]string{"testdata/nothing-*.tsv"}); err == nil {
		t.Error("a glob matching nothing should fail")
	}
}

func TestIngestPLOVERAndSeries(t *testing.T) {
	ctx := context.Background()
	dir := t.TempDir()
	st := newMemStore()
	s := copyTo(t, dir, "aid.csv", []byte("series,actor,recipient,period,value,unit,source\naid,USA,PAK,FY2009,3060,USD million,CRS\narms,CHN,PAK,1990,x,TIV million,SIPRI\n"))
	reps, err := Files(ctx, st, []string{ploverSample, s}, Options{Format: "auto"})
	if err != nil {
		t.Fatal(err)
	}
	if b := reps[0].Batch; reps[0].Format != "plover" || b.Rows != 323 || b.Skipped != 3 || b.Mentions != 320 {
		t.Errorf("plover batch %+v", b)
	}
	if b := reps[1].Batch; reps[1].Format != "series" || b.Rows != 2 || b.Skipped != 1 || b.Points != 1 || len(reps[1].Problems) != 1 {
		t.Errorf("series batch %+v", b)
	}
	// The SIPRI table loads through --format series too.
	sipri := "../corpus/data/sipri_tiv_to_pakistan_by_supplier_year.csv"
	rep, err := File(ctx, st, sipri, Options{Format: "series"})
	if err != nil {
		t.Fatal(err)
	}
	if rep.Batch.Points == 0 || rep.Batch.Points != rep.Batch.Rows {
		t.Errorf("sipri as series: %+v", rep.Batch)
	}
	var fe *FormatError
	if _, err := File(ctx, st, s, Options{Format: "icews"}); !errors.As(err, &fe) {
		t.Errorf("series file as icews: %v", err)
	}
}

// mergeDataset is merge.Merge's dataset rule, made fast: same event ids,
// same grouping, on real rows of every format.
func TestMergeDatasetMatchesMerge(t *testing.T) {
	var all []event.Mention
	for _, f := range []string{gdelt1Sample, gdelt2Sample, gdeltTSample} {
		p, err := parseFile(t, f, gdeltFile)
		if err != nil {
			t.Fatal(err)
		}
		all = append(all, p.mentions...)
	}
	p, _ := parseFile(t, icewsSample, icewsFile)
	all = append(all, p.mentions...)
	p, _ = parseFile(t, ploverSample, ploverFile)
	all = append(all, p.mentions...)
	var gen bytes.Buffer
	GenerateGDELT(&gen, GenOptions{Rows: 20000, Seed: 3})
	parseGDELT(&gen, "gen", func(m event.Mention) error { all = append(all, m); return nil }, func(RowError) {})

	var withActors []event.Mention
	for _, m := range all {
		if len(m.Actor)+len(m.Recipient) > 0 {
			withActors = append(withActors, m)
		}
	}
	a := append([]event.Mention(nil), withActors...)
	b := append([]event.Mention(nil), withActors...)
	fast := mergeDataset(a)
	ref := merge.Merge(b)
	refByID := map[string]event.Event{}
	for _, e := range ref {
		if _, ok := refByID[e.ID]; !ok {
			refByID[e.ID] = e
		}
	}
	if len(fast) != len(refByID) || len(fast) == len(withActors) {
		t.Fatalf("%d events from mergeDataset, %d from merge.Merge, %d mentions", len(fast), len(refByID), len(withActors))
	}
	for i := range a {
		if a[i].Event != b[i].Event {
			t.Fatalf("mention %s: event %s, merge.Merge says %s", a[i].ID, a[i].Event, b[i].Event)
		}
	}
	for _, e := range fast {
		r := refByID[e.ID]
		if r.Type != e.Type || r.Date != e.Date || r.Quote != e.Quote || !reflect.DeepEqual(r.Context, e.Context) ||
			r.Score != e.Score || !reflect.DeepEqual(r.Sources, e.Sources) || r.Mode != e.Mode {
			t.Errorf("event %s differs:\n%+v\n%+v", e.ID, e, r)
		}
	}
	// Rows without actors each get an event of their own.
	solo := 0
	for _, m := range all {
		if len(m.Actor)+len(m.Recipient) == 0 {
			solo++
		}
	}
	c := append([]event.Mention(nil), all...)
	if n := len(mergeDataset(c)); n != len(fast)+solo {
		t.Errorf("%d events with %d actor-less rows, want %d", n, solo, len(fast)+solo)
	}
}

// Mentions rows join events stored by an earlier process through the store.
func TestIngestGDELTMentionsFromStore(t *testing.T) {
	ctx := context.Background()
	st := newMemStore()
	if _, err := File(ctx, st, gdelt2Sample, Options{}); err != nil {
		t.Fatal(err)
	}
	gdeltIndexMu.Lock()
	gdeltIndex = map[string]gdeltIndexed{} // a new process knows nothing
	gdeltIndexMu.Unlock()
	rep, err := File(ctx, st, mentionsSamp, Options{})
	if err != nil {
		t.Fatal(err)
	}
	// Events coded 01/02 were never stored: from the store alone their 11
	// Mentions rows cannot be told from unknown events (59 bad in all).
	if b := rep.Batch; b.Mentions != 41 || b.Skipped != 59 || len(rep.Problems) != 59 {
		t.Errorf("mentions batch %+v, %d problems", b, len(rep.Problems))
	}
}

// An empty GDELT slot file is no data, not an error; a header-only ICEWS
// file likewise. Both are recorded, so re-reading them changes nothing.
func TestIngestEmpty(t *testing.T) {
	ctx := context.Background()
	dir := t.TempDir()
	st := newMemStore()
	empty := copyTo(t, dir, "20150218231500.export.CSV.zip", zipOf(t, map[string][]byte{"20150218231500.export.CSV": nil}))
	head, _, _ := strings.Cut(string(read(t, icewsSample)), "\n")
	hdr := copyTo(t, dir, "h.tab", []byte(head+"\n"))
	for _, tt := range []struct{ path, format string }{{empty, "gdelt"}, {hdr, "auto"}} {
		rep, err := File(ctx, st, tt.path, Options{Format: tt.format})
		if err != nil {
			t.Fatalf("%s: %v", tt.path, err)
		}
		if rep.Batch.ID == 0 || rep.Batch.Rows != 0 || !strings.Contains(rep.Batch.Note, "empty") {
			t.Errorf("%s: %+v", tt.path, rep.Batch)
		}
		again, err := File(ctx, st, tt.path, Options{Format: tt.format})
		if err != nil || !again.Duplicate {
			t.Errorf("%s again: %v %+v", tt.path, err, again)
		}
	}
}
