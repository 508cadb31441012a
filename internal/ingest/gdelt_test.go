package ingest

import (
	"errors"
	"os"
	"strings"
	"testing"

	"github.com/pivot-geo/pivot/internal/cameo"
	"github.com/pivot-geo/pivot/internal/event"
)

type parsed struct {
	rows     int
	mentions []event.Mention
	dropped  []RowError
	bad      []RowError
}

func parseFile(t *testing.T, path string, parse func(r *os.File, name string, emit func(event.Mention) error, bad func(RowError)) (int, error)) (parsed, error) {
	t.Helper()
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	var p parsed
	p.rows, err = parse(f, path, func(m event.Mention) error { p.mentions = append(p.mentions, m); return nil },
		func(e RowError) {
			if isDropped(e) {
				p.dropped = append(p.dropped, e)
			} else {
				p.bad = append(p.bad, e)
			}
		})
	return p, err
}

func gdeltFile(r *os.File, name string, emit func(event.Mention) error, bad func(RowError)) (int, error) {
	return parseGDELT(r, name, emit, bad)
}

// Row accounting on the real samples: every row is either a mention or
// skipped for a stated reason. Expected counts were taken with awk on the
// EventRootCode column (01 and 02 have no PLOVER event).
func TestGDELTSamplesAccounting(t *testing.T) {
	tests := []struct {
		file                    string
		rows, mentions, dropped int
		v57, v58, v61           int
		translingual            bool
	}{
		{"testdata/gdelt/gdelt1_events_historical_mixed_aamend.tsv", 100, 77, 23, 40, 60, 0, false},
		{"testdata/gdelt/gdelt2_events_mixed_aamend.tsv", 100, 82, 18, 0, 0, 100, false},
		{"testdata/gdelt/gdelt2_translation_events_mixed_aamend.tsv", 100, 81, 19, 0, 0, 100, true},
	}
	for _, tt := range tests {
		t.Run(tt.file, func(t *testing.T) {
			p, err := parseFile(t, tt.file, gdeltFile)
			if err != nil {
				t.Fatal(err)
			}
			if p.rows != tt.rows || len(p.mentions) != tt.mentions || len(p.dropped) != tt.dropped || len(p.bad) != 0 {
				t.Fatalf("rows %d mentions %d dropped %d bad %v; want %d %d %d 0",
					p.rows, len(p.mentions), len(p.dropped), p.bad, tt.rows, tt.mentions, tt.dropped)
			}
			var n57, n58, n61 int
			for _, m := range p.mentions {
				switch {
				case strings.Contains(m.Quote, "(GDELT 1.0 back file,"):
					n57++
				case strings.Contains(m.Quote, "(GDELT 1.0,"):
					n58++
				case strings.Contains(m.Quote, "(GDELT 2.0 translingual,"):
					n61++
					if !tt.translingual {
						t.Errorf("%s: translingual label on a plain 2.0 row", m.ID)
					}
				case strings.Contains(m.Quote, "(GDELT 2.0,"):
					n61++
				default:
					t.Errorf("%s: quote %q names no GDELT version", m.ID, m.Quote)
				}
				// Codes keep leading zeros, map through the official table, keep Goldstein.
				mp, ok := cameo.PLOVER(m.CAMEO)
				if !ok || mp.Type != m.Type || m.Source != "gdelt" || !strings.HasPrefix(m.ID, "gdelt:") || m.Doc != m.ID {
					t.Errorf("%s: code %q type %v source %q doc %q", m.ID, m.CAMEO, m.Type, m.Source, m.Doc)
				}
				if g, _ := cameo.Goldstein(m.CAMEO); m.Goldstein == nil || *m.Goldstein != g {
					t.Errorf("%s: Goldstein %v, table says %v", m.ID, m.Goldstein, g)
				}
				if m.Date.Day == 0 || m.Status != event.Asserted || m.Confidence < 0.5 || m.Confidence > 0.9 {
					t.Errorf("%s: date %v status %q confidence %v", m.ID, m.Date, m.Status, m.Confidence)
				}
				for _, a := range append(append([]string(nil), m.Actor...), m.Recipient...) {
					if len(a) < 2 || a == "ROM" || a == "AFR" {
						t.Errorf("%s: actor code %q", m.ID, a)
					}
				}
			}
			// The sample's back-file rows are the 1979 ones, which precede the
			// first 01/02-free row count; check only the totals by version.
			if n57+n58+n61 != tt.mentions || (tt.v61 == 0 && n61 != 0) || (tt.v61 > 0 && n61 != tt.mentions) {
				t.Errorf("versions: 57=%d 58=%d 61=%d", n57, n58, n61)
			}
			if tt.v57 > 0 && (n57 == 0 || n58 == 0) {
				t.Errorf("mixed 57/58 file: 57=%d 58=%d", n57, n58)
			}
		})
	}
}

// Specific real rows, field by field.
func TestGDELTRealRows(t *testing.T) {
	p, err := parseFile(t, "testdata/gdelt/gdelt2_events_mixed_aamend.tsv", gdeltFile)
	if err != nil {
		t.Fatal(err)
	}
	byID := map[string]event.Mention{}
	for _, m := range p.mentions {
		byID[m.ID] = m
	}
	// Row 2: no Actor1; Actor2 IND (MUMBAI); 042 "Make a visit"; SQLDATE
	// 20140218 (a year before DATEADDED); action in Bengaluru (FIPS IN → IND).
	m, ok := byID["gdelt:410412348"]
	if !ok {
		t.Fatal("row 410412348 missing")
	}
	if m.Date != event.YMD(2014, 2, 18) || m.CAMEO != "042" || m.Type != event.Consult || m.Mode != "visit" ||
		len(m.Recipient) != 1 || m.Recipient[0] != "IND" || len(m.Actor) != 0 || *m.Goldstein != 1.9 ||
		!strings.HasPrefix(m.URL, "http://timesofindia.indiatimes.com/") {
		t.Errorf("row 410412348: %+v", m)
	}
	if want := "? → IND 042 Make a visit in IND (GDELT 2.0, row 2)"; m.Quote != want {
		t.Errorf("quote %q, want %q", m.Quote, want)
	}
	// Row 1: Actor2 GOV "PRESIDENT" without a country: no code, the name in
	// the quote; 043 Host a visit; action in Waterkloof (FIPS SF → ZAF).
	m = byID["gdelt:410412347"]
	if len(m.Actor)+len(m.Recipient) != 0 || m.CAMEO != "043" || m.Type != event.Consult || !strings.HasPrefix(m.Quote, "? → PRESIDENT 043 Host a visit in ZAF") {
		t.Errorf("row 410412347: %+v", m)
	}
	// v1 back-file rows: 57 fields, no SOURCEURL, DATEADDED 20130203.
	p1, err := parseFile(t, "testdata/gdelt/gdelt1_events_historical_mixed_aamend.tsv", gdeltFile)
	if err != nil {
		t.Fatal(err)
	}
	first := p1.mentions[0]
	if first.ID != "gdelt:0" || first.CAMEO != "040" || first.Date != event.YMD(1979, 1, 1) || first.URL != "" ||
		len(first.Actor)+len(first.Recipient) != 0 { // AFR is a region, not a state
		t.Errorf("first v1 row: %+v", first)
	}
	if !strings.HasPrefix(first.Quote, "? → AFRICA 040 Consult, not specified below (GDELT 1.0 back file, row 1)") {
		t.Errorf("first v1 quote %q", first.Quote)
	}
	// Dropped rows carry their reason and line.
	if p1.dropped[0].Line < 1 || !strings.Contains(p1.dropped[0].Reason, "PLOVER has no event type") {
		t.Errorf("dropped: %+v", p1.dropped[0])
	}
}

func TestGDELTBadRows(t *testing.T) {
	good, _ := os.ReadFile("testdata/gdelt/gdelt2_events_mixed_aamend.tsv")
	lines := strings.Split(strings.TrimRight(string(good), "\n"), "\n")
	row := func(i int, edit func(f []string)) string {
		f := strings.Split(lines[i], "\t")
		edit(f)
		return strings.Join(f, "\t")
	}
	tests := []struct {
		name   string
		line   string
		reason string
	}{
		{"short", strings.Join(strings.Split(lines[1], "\t")[:40], "\t"), "40 fields; GDELT events have 57, 58 or 61"},
		{"id", row(1, func(f []string) { f[0] = "x12" }), `GLOBALEVENTID "x12" is not a number`},
		{"date", row(1, func(f []string) { f[1] = "20140231" }), `SQLDATE "20140231" is not a YYYYMMDD date`},
		{"code as int", row(1, func(f []string) { f[26] = "42" }), `EventCode "42" is not a CAMEO code`},
		{"goldstein", row(1, func(f []string) { f[30] = "abc" }), `GoldsteinScale "abc" is not a number`},
		{"mentions row inside events", strings.Repeat("1\t", 15) + "1", "16 fields; GDELT events have 57, 58 or 61"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			in := lines[0] + "\n" + tt.line + "\n" + lines[2] + "\n"
			var ms []event.Mention
			var bad []RowError
			rows, err := parseGDELT(strings.NewReader(in), "x.tsv", func(m event.Mention) error { ms = append(ms, m); return nil },
				func(e RowError) { bad = append(bad, e) })
			if err != nil {
				t.Fatal(err)
			}
			if rows != 3 || len(ms) != 2 || len(bad) != 1 || bad[0].Line != 2 || !strings.Contains(bad[0].Reason, tt.reason) {
				t.Fatalf("rows %d mentions %d bad %+v; want 3 2 and line 2 %q", rows, len(ms), bad, tt.reason)
			}
		})
	}
}

// A damaged first row is a bad row, not a wrong file.
func TestGDELTDamagedFirstRow(t *testing.T) {
	raw := string(read(t, gdelt2Sample))
	first, rest, _ := strings.Cut(raw, "\n")
	in := strings.Join(strings.Split(first, "\t")[:45], "\t") + "\n" + rest
	var bad []RowError
	n := 0
	rows, err := parseGDELT(strings.NewReader(in), "d.tsv", func(event.Mention) error { n++; return nil },
		func(e RowError) {
			if !isDropped(e) {
				bad = append(bad, e)
			}
		})
	if err != nil || rows != 100 || n != 81 || len(bad) != 1 || bad[0].Line != 1 {
		t.Errorf("err %v rows %d mentions %d bad %+v", err, rows, n, bad)
	}
}

func TestGDELTWrongFormat(t *testing.T) {
	tests := []struct{ name, in, msg string }{
		{"icews", "Event ID\tEvent Date\tSource Name\n1\t2018-01-01\tX\n", "not a GDELT events or mentions file"},
		{"csv", "a,b,c\n1,2,3\n", "not a GDELT events or mentions file"},
		{"gkg", "20150218230000-0" + strings.Repeat("\tx", 26) + "\n", "GKG"},
		{"utf8", "1\t\xff\xfe" + strings.Repeat("\t", 59) + "\n", "invalid UTF-8"},
	}
	for _, tt := range tests {
		_, err := parseGDELT(strings.NewReader(tt.in), tt.name, func(event.Mention) error { return nil }, func(RowError) {})
		var fe *FormatError
		if !errors.As(err, &fe) || !strings.Contains(err.Error(), tt.msg) {
			t.Errorf("%s: err %v, want a FormatError with %q", tt.name, err, tt.msg)
		}
	}
}

// Mentions rows join their events by GLOBALEVENTID: 41 rows name one of the
// sample's imported events, 11 an event coded 01/02 (not imported), 48 an
// event outside the sample (counted with awk).
func TestGDELTMentionsJoin(t *testing.T) {
	ev, err := parseFile(t, "testdata/gdelt/gdelt2_events_mixed_aamend.tsv", gdeltFile)
	if err != nil {
		t.Fatal(err)
	}
	index := map[string]*event.Mention{}
	for i := range ev.mentions {
		index[strings.TrimPrefix(ev.mentions[i].ID, "gdelt:")] = &ev.mentions[i]
	}
	droppedIDs := map[string]bool{}
	raw, _ := os.ReadFile("testdata/gdelt/gdelt2_events_mixed_aamend.tsv")
	for _, l := range strings.Split(strings.TrimSpace(string(raw)), "\n") {
		f := strings.Split(l, "\t")
		if strings.HasPrefix(f[26], "01") || strings.HasPrefix(f[26], "02") {
			droppedIDs[f[0]] = true
		}
	}
	p := &gdeltParser{name: "mentions.tsv", lookup: func(id string) (*event.Mention, string, bool) {
		if m, ok := index[id]; ok {
			return m, "", true
		}
		if droppedIDs[id] {
			return nil, "010", true
		}
		return nil, "", false
	}}
	got, err := parseFile(t, "testdata/gdelt/gdelt2_mentions_mixed_aamend.tsv", func(r *os.File, name string, emit func(event.Mention) error, bad func(RowError)) (int, error) {
		return p.parse(r, emit, bad)
	})
	if err != nil {
		t.Fatal(err)
	}
	if got.rows != 100 || len(got.mentions) != 41 || len(got.dropped) != 11 || len(got.bad) != 48 {
		t.Fatalf("rows %d mentions %d dropped %d bad %d; want 100 41 11 48", got.rows, len(got.mentions), len(got.dropped), len(got.bad))
	}
	m := got.mentions[0]
	base := index["410412347"]
	if m.Doc != "gdelt:410412347" || m.ID == base.ID || m.Type != base.Type || m.CAMEO != "043" ||
		m.Confidence != 0.5 || !strings.HasPrefix(m.URL, "http://www.dailymaverick.co.za/") ||
		!strings.Contains(m.Quote, "GDELT 2.0 mention in dailymaverick.co.za, sentence 19, row 1") {
		t.Errorf("first mention: %+v", m)
	}
	if !strings.Contains(got.bad[0].Reason, "not found: import its events file first") {
		t.Errorf("bad reason %q", got.bad[0].Reason)
	}
	ids := map[string]bool{}
	for _, m := range got.mentions {
		if ids[m.ID] {
			t.Errorf("duplicate mention id %s", m.ID)
		}
		ids[m.ID] = true
	}
}

func TestSovietUnion(t *testing.T) {
	for _, tt := range []struct {
		d    event.Date
		want string
	}{{event.YMD(1979, 12, 27), "SUN"}, {event.YMD(1991, 12, 25), "SUN"}, {event.YMD(1991, 12, 26), "RUS"}, {event.YMD(2014, 1, 1), "RUS"}} {
		if got := sovietBefore1992("RUS", tt.d); got != tt.want {
			t.Errorf("%v: %s, want %s", tt.d, got, tt.want)
		}
	}
	if sovietBefore1992("USA", event.YMD(1979, 1, 1)) != "USA" {
		t.Error("USA renamed")
	}
}

func TestParseNum(t *testing.T) {
	for in, want := range map[string]float64{"1.9": 1.9, "-10": -10, "-4.4776119402985": -4.4776119402985, "0": 0, "3.4": 3.4, "+2": 2, "1e2": 100, "-0.1": -0.1} {
		if v, ok := parseNum([]byte(in)); !ok || v != want {
			t.Errorf("parseNum(%q) = %v %v", in, v, ok)
		}
	}
	for _, in := range []string{"", "-", "abc", "1.2.3", "."} {
		if _, ok := parseNum([]byte(in)); ok {
			t.Errorf("parseNum(%q) ok", in)
		}
	}
}
