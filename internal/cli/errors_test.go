package cli

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestErrorsNameTheirSource (issue 8): a bad input is reported with the
// file, and where there is one the line, field or flag, and what is wanted.
// Gaps found by the same scan are listed in docs/reliability.md.
func TestErrorsNameTheirSource(t *testing.T) {
	dir := t.TempDir()
	db := filepath.Join(dir, "kb.duckdb")
	write := func(name, content string) string {
		p := filepath.Join(dir, name)
		if err := os.WriteFile(p, []byte(content), 0o644); err != nil {
			t.Fatal(err)
		}
		return p
	}
	gdeltRow := strings.Repeat("x\t", 60) + "x\n"
	cases := []struct {
		name string
		args []string
		ok   bool     // exit 0 (rows skipped) or not
		want []string // all in stderr
	}{
		{"series row with unknown actor", []string{"ingest", "--db", db, write("s.csv",
			"series,actor,recipient,period,value\naid,USA,PAK,FY2009,1\narms,Atlantis,PAK,1985,1\n")},
			true, []string{"s.csv:3", "field actor", `"Atlantis"`}},
		{"series row with a broken quote", []string{"ingest", "--db", db, write("q.csv",
			"series,actor,recipient,period,value\naid,USA,PAK,FY2010,1\n\"broken\n")},
			true, []string{"q.csv:3", "malformed CSV"}},
		{"series header without value", []string{"ingest", "--db", db, "--format", "series", write("h.csv", "series,actor,period\naid,USA,2001\n")},
			false, []string{"h.csv", `"value"`}},
		{"GDELT short row", []string{"ingest", "--db", db, "--format", "gdelt", write("g.tsv", gdeltRow+"1\t2\n")},
			false, []string{"g.tsv"}},
		{"ICEWS forced on a GDELT file", []string{"ingest", "--db", db, "--format", "icews", write("i.tsv", gdeltRow)},
			false, []string{"i.tsv:1", "ICEWS", "Event ID"}},
		{"unknown format", []string{"ingest", "--db", db, "--format", "bogus", write("b.tsv", gdeltRow)},
			false, []string{"b.tsv", `"bogus"`, "gdelt"}},
		{"binary input", []string{"ingest", "--db", db, write("r.bin", "\x00\x01\x02\xff\xfe")},
			false, []string{"r.bin", "--format"}},
		{"invalid UTF-8 text", []string{"ingest", "--db", db, "--format", "text", write("u.txt", "\xff\xfe In 1954 Pakistan\n")},
			false, []string{"u.txt", "UTF-8"}},
		{"a directory", []string{"ingest", "--db", db, dir}, false, []string{dir}},
		{"events --dyad", []string{"events", "--db", db, "--dyad", "USA"}, false, []string{"--dyad", "USA-PAK"}},
		{"series --measure", []string{"series", "--db", db, "--dyad", "USA-PAK", "--measure", "gdp"}, false, []string{"--measure", "aid"}},
		{"serve --addr in use or bad", []string{"serve", "--db", db, "--addr", "256.1.1.1:x"}, false, []string{"256.1.1.1:x", "--addr"}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			_, errOut, code := run(t, "", c.args...)
			if (code == 0) != c.ok {
				t.Errorf("exit %d; stderr %s", code, errOut)
			}
			for _, w := range c.want {
				if !strings.Contains(errOut, w) {
					t.Errorf("stderr does not name %q:\n%s", w, errOut)
				}
			}
		})
	}
}
