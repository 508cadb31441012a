package cli

import (
	"bytes"
	"context"
	"encoding/csv"
	"encoding/json"
	"encoding/xml"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/pivot-geo/pivot/internal/event"
	"github.com/pivot-geo/pivot/internal/store/duckdb"
	"github.com/pivot-geo/pivot/internal/store/postgres/pgtest"
)

// run calls the command line as a user would and returns stdout, stderr and the exit code.
func run(t *testing.T, stdin string, args ...string) (string, string, int) {
	t.Helper()
	var out, errb bytes.Buffer
	code := Main(context.Background(), args, &Env{Stdin: strings.NewReader(stdin), Stdout: &out, Stderr: &errb})
	return out.String(), errb.String(), code
}

func TestHelpEverywhere(t *testing.T) {
	out, _, code := run(t, "", "--help")
	if code != 0 || !strings.Contains(out, "extract") || !strings.Contains(out, "events") {
		t.Fatalf("pivot --help: code %d\n%s", code, out)
	}
	for name := range commands {
		out, _, code := run(t, "", name, "--help")
		if code != 0 || !strings.Contains(out, "usage: pivot "+name) {
			t.Errorf("pivot %s --help: code %d\n%s", name, code, out)
		}
	}
}

func TestBadInvocations(t *testing.T) {
	db := filepath.Join(t.TempDir(), "kb.duckdb")
	cases := []struct {
		args []string
		want string
	}{
		{[]string{"frobnicate"}, "unknown command"},
		{[]string{"events", "--db", db, "--dyad", "USAPAK"}, "--dyad"},
		{[]string{"events", "--db", db, "--type", "HUG"}, "not a PLOVER event type"},
		{[]string{"events", "--db", db, "--format", "xml"}, "--format"},
		{[]string{"events", "--db", db, "--from", "2010", "--to", "2000"}, "after --to"},
		{[]string{"extract"}, "name one FILE"},
		{[]string{"extract", "/no/such/file.txt"}, "no such file"},
		{[]string{"extract", "--date", "2020-13-01", "-"}, "--date"},
		{[]string{"ingest", "--db", db}, "at least one FILE"},
		{[]string{"ingest", "--db", db, "/no/such/*.csv"}, "no files match"},
		{[]string{"events", "--db", "postgres://nobody@127.0.0.1:1/x"}, "postgres"},
	}
	for _, c := range cases {
		_, errOut, code := run(t, "", c.args...)
		if code == 0 || !strings.Contains(errOut, c.want) {
			t.Errorf("pivot %v: code %d, stderr %q; want non-zero and %q", c.args, code, errOut, c.want)
		}
	}
}

func TestExtractJSONLines(t *testing.T) {
	text := "In 1954, Pakistan signed the Mutual Defence Assistance Agreement with the United States.\n"
	out, errOut, code := run(t, text, "extract", "-")
	if code != 0 {
		t.Fatalf("code %d: %s", code, errOut)
	}
	lines := strings.Split(strings.TrimSpace(out), "\n")
	var m event.Mention
	if err := json.Unmarshal([]byte(lines[0]), &m); err != nil {
		t.Fatalf("not JSON: %q: %v", lines[0], err)
	}
	if m.Date.String() != "1954" || m.Quote == "" || !strings.Contains(text, m.Quote) {
		t.Fatalf("mention = %+v", m)
	}
	var raw map[string]any
	json.Unmarshal([]byte(lines[0]), &raw)
	for _, k := range []string{"id", "date", "end", "actor", "recipient", "type", "mode", "context", "amount", "status", "quote", "doc", "span", "confidence"} {
		if _, ok := raw[k]; !ok {
			t.Errorf("mention JSON lacks %q", k)
		}
	}
}

// TestInitThenEvents is the README's path: build the default knowledge
// base, then list the article's events per dyad in each format.
func TestInitThenEvents(t *testing.T) {
	db := filepath.Join(t.TempDir(), "kb.duckdb")
	_, errOut, code := run(t, "", "init", "--db", db)
	if code != 0 {
		t.Fatalf("init: %d %s", code, errOut)
	}
	if !strings.Contains(errOut, "batch") {
		t.Errorf("init printed no batch summary: %s", errOut)
	}
	// Running init again changes nothing.
	_, errOut, code = run(t, "", "init", "--db", db)
	if code != 0 || !strings.Contains(errOut, "already imported") {
		t.Fatalf("second init: %d %s", code, errOut)
	}
	total := 0
	for _, dyad := range []string{"USA-PAK", "CHN-PAK", "RUS-PAK"} {
		out, errOut, code := run(t, "", "events", "--db", db, "--dyad", dyad, "--format", "jsonl")
		if code != 0 {
			t.Fatalf("events %s: %s", dyad, errOut)
		}
		n := 0
		for _, line := range strings.Split(strings.TrimSpace(out), "\n") {
			if line == "" {
				continue
			}
			var e event.Event
			if err := json.Unmarshal([]byte(line), &e); err != nil {
				t.Fatalf("%s: %v", line, err)
			}
			a, b, _ := strings.Cut(dyad, "-")
			if !e.Involves(a, b) || e.Quote == "" || e.Date.IsZero() {
				t.Errorf("%s event %+v", dyad, e)
			}
			n++
		}
		if n < 5 {
			t.Errorf("%s: %d events, want at least 5", dyad, n)
		}
		total += n
	}
	if total < 30 {
		t.Errorf("%d events across the three dyads, want at least 30", total)
	}
	out, _, code := run(t, "", "events", "--db", db, "--dyad", "CHN-PAK", "--format", "csv")
	recs, err := csv.NewReader(strings.NewReader(out)).ReadAll()
	if code != 0 || err != nil || len(recs) < 2 || recs[0][0] != "id" {
		t.Fatalf("csv: %v %v", err, recs)
	}
	out, _, _ = run(t, "", "events", "--db", db, "--dyad", "USA-PAK", "--from", "1950", "--to", "1960")
	if !strings.Contains(out, "1954") || !strings.Contains(out, "events") {
		t.Errorf("table for 1950–1960 lacks 1954:\n%s", out)
	}
}

func TestIngestTextIsIdempotent(t *testing.T) {
	dir := t.TempDir()
	db := filepath.Join(dir, "kb.duckdb")
	doc := filepath.Join(dir, "note.txt")
	os.WriteFile(doc, []byte("In March 2019, India and Russia signed an agreement on the lease of a nuclear submarine.\n"), 0o644)
	_, errOut, code := run(t, "", "ingest", "--db", db, doc)
	if code != 0 || !strings.Contains(errOut, "batch 1") {
		t.Fatalf("ingest: %d %s", code, errOut)
	}
	_, errOut, code = run(t, "", "ingest", "--db", db, doc)
	if code != 0 || !strings.Contains(errOut, "already imported") {
		t.Fatalf("re-ingest: %d %s", code, errOut)
	}
	out, _, _ := run(t, "", "events", "--db", db, "--dyad", "IND-RUS", "--format", "jsonl")
	if !strings.Contains(out, `"2019-03"`) {
		t.Errorf("IND–RUS events: %s", out)
	}
}

// TestPostgresInitThenEvents: the same first steps against a PostgreSQL
// server give the same knowledge base as the embedded default.
func TestPostgresInitThenEvents(t *testing.T) {
	dsn := pgtest.DSN(t)
	_, errOut, code := run(t, "", "init", "--db", dsn)
	if code != 0 {
		t.Fatalf("init: %d %s", code, errOut)
	}
	local := filepath.Join(t.TempDir(), "kb.duckdb")
	if _, errOut, code := run(t, "", "init", "--db", local); code != 0 {
		t.Fatal(errOut)
	}
	for _, dyad := range []string{"USA-PAK", "CHN-PAK", "RUS-PAK"} {
		pg, _, code1 := run(t, "", "events", "--db", dsn, "--dyad", dyad, "--format", "jsonl")
		dk, _, code2 := run(t, "", "events", "--db", local, "--dyad", dyad, "--format", "jsonl")
		if code1 != 0 || code2 != 0 || pg == "" || pg != dk {
			t.Errorf("%s: PostgreSQL and DuckDB answers differ:\n%s\n---\n%s", dyad, pg, dk)
		}
	}
}

// TestExportFormats: every export format reads back in the tools analysts
// use — Parquet through DuckDB's reader, GraphML as XML, CSV and JSON lines.
func TestExportFormats(t *testing.T) {
	dir := t.TempDir()
	db := filepath.Join(dir, "kb.duckdb")
	if _, errOut, code := run(t, "", "init", "--db", db); code != 0 {
		t.Fatal(errOut)
	}
	jl, _, code := run(t, "", "export", "--db", db, "--format", "jsonl", "--dyad", "RUS-PAK")
	n := strings.Count(jl, "\n")
	if code != 0 || n < 5 {
		t.Fatalf("jsonl export: code %d, %d lines", code, n)
	}
	pq := filepath.Join(dir, "ev.parquet")
	if _, errOut, code := run(t, "", "export", "--db", db, "--format", "parquet", "--dyad", "RUS-PAK", "--out", pq); code != 0 {
		t.Fatal(errOut)
	}
	st, err := duckdb.Open(context.Background(), ":memory:")
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	var rows, withActors int
	if err := st.DB.QueryRow(`SELECT count(*), count(*) FILTER (WHERE len(actor) > 0) FROM read_parquet(?)`, pq).Scan(&rows, &withActors); err != nil {
		t.Fatal(err)
	}
	if rows != n || withActors != n {
		t.Errorf("parquet has %d rows (%d with actors), jsonl %d", rows, withActors, n)
	}
	gml, _, code := run(t, "", "export", "--db", db, "--format", "graphml")
	var g struct {
		Nodes []struct {
			ID string `xml:"id,attr"`
		} `xml:"graph>node"`
		Edges []struct {
			Source string `xml:"source,attr"`
			Target string `xml:"target,attr"`
		} `xml:"graph>edge"`
	}
	if err := xml.Unmarshal([]byte(gml), &g); code != 0 || err != nil {
		t.Fatalf("graphml: %v", err)
	}
	seen := map[string]bool{}
	for _, e := range g.Edges {
		seen[e.Source+">"+e.Target] = true
	}
	if len(g.Nodes) < 4 || !(seen["RUS>PAK"] || seen["PAK>RUS"]) || !(seen["USA>PAK"] || seen["PAK>USA"]) {
		t.Errorf("graphml: %d nodes, edges %v", len(g.Nodes), seen)
	}
	if _, errOut, code := run(t, "", "export", "--db", db, "--format", "parquet"); code == 0 || !strings.Contains(errOut, "--out") {
		t.Errorf("parquet to stdout: code %d, %s", code, errOut)
	}
}

// TestEvalQuotesStayUTF8: the shortened quotes of false positives never cut
// a character in two, wherever the cut falls.
func TestEvalQuotesStayUTF8(t *testing.T) {
	dir := t.TempDir()
	gold := filepath.Join(dir, "g.jsonl")
	if err := os.WriteFile(gold, []byte(`{"year":1900,"a":"AAA","b":"BBB","type":"AGREE"}`+"\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	for pad := 28; pad < 48; pad++ {
		text := "In March 2020 Turkey signed a ceasefire protocol with Russia " + strings.Repeat("x", pad) + " ğğğğğğğğğğ after Erdoğan met Putin."
		path := filepath.Join(dir, "t.txt")
		if err := os.WriteFile(path, []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
		out, errs, code := run(t, "", "eval", "--gold", gold, path)
		if code != 0 {
			t.Fatalf("eval: code %d: %s", code, errs)
		}
		if !strings.Contains(out, "false positives") || !utf8.ValidString(out) {
			t.Fatalf("pad %d: output not valid UTF-8 or no false positive:\n%s", pad, out)
		}
	}
}
