package ingest

import (
	"errors"
	"os"
	"strings"
	"testing"

	"github.com/pivot-geo/pivot/internal/event"
)

func icewsFile(r *os.File, name string, emit func(event.Mention) error, bad func(RowError)) (int, error) {
	return parseICEWS(r, name, emit, bad)
}

// The real ICEWS sample: 3,705 rows; 808 coded 01/02 (no PLOVER event),
// 2,897 imported, none bad (counted with awk on the CAMEO Code column).
func TestICEWSSample(t *testing.T) {
	p, err := parseFile(t, "testdata/icews/icews_events.2018.sample.tab", icewsFile)
	if err != nil {
		t.Fatal(err)
	}
	if p.rows != 3705 || len(p.mentions) != 2897 || len(p.dropped) != 808 || len(p.bad) != 0 {
		t.Fatalf("rows %d mentions %d dropped %d bad %v", p.rows, len(p.mentions), len(p.dropped), p.bad)
	}
	m := p.mentions[0]
	// Row 2: Foreign Affairs (Bangladesh) → High Ranking Military Personnel (Vietnam), 040 Consult, intensity 1.
	want := "BGD → VNM 040 Consult, not specified below: Foreign Affairs (Bangladesh) → High Ranking Military Personnel (Vietnam) (ICEWS, Vietnam News Agency Bulletin, story 47400351, row 2)"
	if m.ID != "icews:32889836" || m.Date != event.YMD(2018, 6, 1) || m.Type != event.Consult || m.CAMEO != "040" ||
		m.Goldstein == nil || *m.Goldstein != 1 || m.Source != "icews" || m.Quote != want ||
		len(m.Actor) != 1 || m.Actor[0] != "BGD" || len(m.Recipient) != 1 || m.Recipient[0] != "VNM" {
		t.Errorf("first row: %+v\nquote %q", m, m.Quote)
	}
	codes := map[string]int{}
	for _, m := range p.mentions {
		for _, a := range append(append([]string(nil), m.Actor...), m.Recipient...) {
			codes[a]++
		}
		if len(m.CAMEO) < 3 {
			t.Errorf("%s: CAMEO %q lost its leading zero", m.ID, m.CAMEO)
		}
	}
	// "Russian Federation" → RUS; organisations without a country resolve by name.
	for _, c := range []string{"RUS", "USA", "CHN", "IND", "PRK", "PSE", "EU", "UNO"} {
		if codes[c] == 0 {
			t.Errorf("no mention with actor %s", c)
		}
	}
	for c := range codes {
		if len(c) < 2 || strings.Contains(c, " ") {
			t.Errorf("odd actor code %q", c)
		}
	}
}

func TestICEWSBadRowsAndFormat(t *testing.T) {
	raw, _ := os.ReadFile("testdata/icews/icews_events.2018.sample.tab")
	lines := strings.Split(string(raw), "\n")
	edit := func(i, col int, v string) string {
		f := strings.Split(lines[i], "\t")
		f[col] = v
		return strings.Join(f, "\t")
	}
	// Sample rows 1, 2, 4, 5, 8, 9 are coded 040 040 032 032 030 044; row 6 is 010.
	in := strings.Join([]string{lines[0], lines[1], edit(2, 6, "40"), edit(4, 4, "Atlantis"), edit(5, 1, "2018-13-01"),
		edit(8, 7, "eleven"), "1\t2\t3", lines[9], lines[6]}, "\n")
	var bad []RowError
	var ms []event.Mention
	rows, err := parseICEWS(strings.NewReader(in), "x.tab", func(m event.Mention) error { ms = append(ms, m); return nil },
		func(e RowError) { bad = append(bad, e) })
	if err != nil {
		t.Fatal(err)
	}
	wantBad := []struct {
		line   int
		reason string
	}{
		{3, `"40" is not a CAMEO code (leading zero lost?`},
		{4, `"Atlantis" is not a country name`},
		{5, `"2018-13-01" is not a YYYY-MM-DD date`},
		{6, `"eleven" is not a number`},
		{7, `3 fields; the header has 20`},
	}
	if rows != 8 || len(ms) != 2 || len(bad) != len(wantBad)+1 || !isDropped(bad[len(bad)-1]) || bad[len(bad)-1].Line != 9 {
		t.Fatalf("rows %d mentions %d bad %+v", rows, len(ms), bad)
	}
	for i, w := range wantBad {
		if bad[i].Line != w.line || !strings.Contains(bad[i].Reason, w.reason) {
			t.Errorf("bad[%d] = %+v, want line %d %q", i, bad[i], w.line, w.reason)
		}
	}
	_, err = parseICEWS(strings.NewReader("a\tb\n1\t2\n"), "y.tab", func(event.Mention) error { return nil }, func(RowError) {})
	var fe *FormatError
	if !errors.As(err, &fe) || !strings.Contains(err.Error(), "not an ICEWS file") {
		t.Errorf("wrong format: %v", err)
	}
}
