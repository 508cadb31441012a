package actors

import (
	"strings"
	"testing"
)

func TestParseLeaders(t *testing.T) {
	cases := []struct {
		name, text, err string
		lookup, code    string
		date            int
	}{
		{"one office", "UGA\tIdi Amin|Idi Amin Dada\t1971\t1979\tpresident\n", "", "Idi Amin Dada", "UGA", 19750101},
		{"two codes", "SUN\tEduard Shevardnadze\t1985\t1990\tforeign minister\nGEO\tEduard Shevardnadze\t1992\t2003\tpresident\n", "", "Eduard Shevardnadze", "SUN", 19870101},
		{"later code", "SUN\tEduard Shevardnadze\t1985\t1990\tforeign minister\nGEO\tEduard Shevardnadze\t1992\t2003\tpresident\n", "", "Eduard Shevardnadze", "GEO", 19950101},
		{"open term", "KEN\tWilliam Ruto\t2022\t\tpresident\n", "", "William Ruto", "KEN", 20240101},
		{"comment", "# CODE\tNAMES\n", "", "", "", 0},
		// the office that begins as another ends holds the year of the change
		{"overlap", "ANC\tNelson Mandela\t1991\t1994\tANC president\nZAF\tNelson Mandela\t1994\t1999\tpresident\n", "", "Nelson Mandela", "ZAF", 19940601},
		{"before overlap", "ANC\tNelson Mandela\t1991\t1994\tANC president\nZAF\tNelson Mandela\t1994\t1999\tpresident\n", "", "Nelson Mandela", "ANC", 19920601},
		// an office inside a longer one does not end it; the last office is the code
		{"inner office", "TCD\tHissène Habré\t1978\t1990\tpresident\nFAN\tHissène Habré\t1980\t1982\trebel leader\n", "", "Hissène Habré", "TCD", 19950101},
		// initials are written both ways
		{"initials", "ZAF\tP. W. Botha\t1978\t1989\tpresident\n", "", "P.W. Botha", "ZAF", 19850101},
		{"four fields", "UGA\tIdi Amin\t1971\t1979\n", "line 1: 4 fields", "", "", 0},
		{"bad year", "# c\nUGA\tIdi Amin\t71\t1979\tpresident\n", "line 2: from: year \"71\"", "", "", 0},
		{"lower-case code", "uga\tIdi Amin\t1971\t1979\tpresident\n", "line 1: bad code", "", "", 0},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			d := &Dict{root: map[string]*node{}, states: map[string]string{}}
			if !parsedAsWanted(t, parseLeaders(d, c.text), c.err) {
				return
			}
			if c.lookup == "" {
				return
			}
			e := d.Lookup(c.lookup)
			if e == nil {
				t.Fatalf("%q not found", c.lookup)
			}
			if got := e.CodeAt(c.date); got != c.code {
				t.Errorf("%q at %d = %s, want %s", c.lookup, c.date, got, c.code)
			}
		})
	}
}

// TestLeadersTable: the embedded table parses, and a name the Phoenix file
// already knows keeps its Phoenix entry.
func TestLeadersTable(t *testing.T) {
	d, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	if e := d.Lookup("Idi Amin"); e == nil || e.CodeAt(19750101) != "UGA" {
		t.Errorf("Idi Amin = %+v, want UGA", e)
	}
	if e := d.Lookup("Pervez Musharraf"); e == nil || e.Kind != Person || len(e.Roles) < 2 {
		t.Errorf("Pervez Musharraf = %+v, want the Phoenix entry with its dated roles", e)
	}
}

func TestParseBodies(t *testing.T) {
	cases := []struct {
		name, text, err string
		lookup, code    string
		kind            Kind
		date            int
	}{
		{"movement", "PATHETLAO\tPathet Lao\tgroup\tLao communists\n", "", "Pathet Lao", "PATHETLAO", Group, 0},
		{"organ", "MMR\tTatmadaw|Myanmar armed forces\torgan\tarmy\n", "", "Tatmadaw", "MMR", Organ, 0},
		{"acronym", "ECOWAS\tEconomic Community of West African States|ECOWAS\torg\tbloc\n", "", "ECOWAS", "ECOWAS", Org, 0},
		// a Soviet organ is Russia's code, read as the Soviet Union's before 1992
		{"soviet organ", "SUN\tKGB\torgan\tsecurity service\n", "", "KGB", "SUN", Organ, 19800101},
		// a body coded with a state acts for it
		{"state code", "IRN\tIslamic Revolutionary Guard Corps|IRGC\tgroup\tguards\n", "", "IRGC", "IRN", Organ, 0},
		{"three fields", "ECOWAS\tECOWAS\torg\n", "line 1: 3 fields", "", "", 0, 0},
		// a name starting with a common word is left out (it would slow every "as")
		{"function word", "SAIQA\tas-Sa'iqa|al-Sa'iqa\tgroup\tfaction\n", "", "al-Sa'iqa", "SAIQA", Group, 0},
		{"bad kind", "# c\nECOWAS\tECOWAS\tbloc\tx\n", "line 2: kind \"bloc\"", "", "", 0, 0},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			d := &Dict{root: map[string]*node{}, states: map[string]string{"IRN": "Iran", "MMR": "Myanmar"}}
			if !parsedAsWanted(t, parseBodies(d, c.text), c.err) {
				return
			}
			e := d.Lookup(c.lookup)
			if e == nil {
				t.Fatalf("%q not found", c.lookup)
			}
			if got := e.CodeAt(c.date); got != c.code || e.Kind != c.kind {
				t.Errorf("%q = %s kind %v, want %s kind %v", c.lookup, got, e.Kind, c.code, c.kind)
			}
		})
	}
}

// TestFunctionWordNames: no table name may start with a common word, or
// every such word in prose would run the actor rules.
func TestFunctionWordNames(t *testing.T) {
	d := &Dict{root: map[string]*node{}, states: map[string]string{}}
	if err := parseBodies(d, "SAIQA\tas-Sa'iqa|al-Sa'iqa\tgroup\tfaction\n"); err != nil {
		t.Fatal(err)
	}
	if err := parseLeaders(d, "XX\tAs Someone|Some One\t1990\t1991\tleader\n"); err != nil {
		t.Fatal(err)
	}
	for _, k := range []string{"AS", "EX"} {
		if n := d.root[k]; n != nil {
			t.Errorf("%s starts a dictionary phrase", k)
		}
	}
	if d.Lookup("Some One") == nil {
		t.Error("Some One not added")
	}
}

// parsedAsWanted fails t unless err matches want (empty: no error) and
// reports whether the case goes on to check what was parsed.
func parsedAsWanted(t *testing.T, err error, want string) bool {
	t.Helper()
	if want != "" {
		if err == nil || !strings.Contains(err.Error(), want) {
			t.Fatalf("err = %v, want %q", err, want)
		}
		return false
	}
	if err != nil {
		t.Fatal(err)
	}
	return true
}
