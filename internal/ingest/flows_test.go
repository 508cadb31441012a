package ingest

import (
	"strings"
	"testing"

	"github.com/pivot-geo/pivot/internal/corpus"
)

func TestParseSIPRIEmbedded(t *testing.T) {
	pts, err := parseSIPRI("sipri.csv", corpus.SIPRI())
	if err != nil {
		t.Fatal(err)
	}
	if len(pts) != 403 {
		t.Fatalf("%d points, want the table's 403 rows", len(pts))
	}
	want := map[string]float64{"USA 1985": 549, "CHN 2021": 753}
	sums := map[string]float64{}
	for _, p := range pts {
		if p.Recipient != "PAK" || p.Series != "arms" || p.Start != p.End || p.Unit != "TIV million" {
			t.Fatalf("odd point %+v", p)
		}
		key := p.Actor + " " + p.Period
		if v, ok := want[key]; ok && v != p.Value {
			t.Errorf("%s = %v, want %v", key, p.Value, v)
		}
		delete(want, key)
		sums[p.Actor] += p.Value
	}
	if len(want) != 0 {
		t.Errorf("missing points %v", want)
	}
	// SOURCES.md: China→Pakistan 1950–2021 sums to 17,263 and US→Pakistan to 8,519 in this file.
	if sums["CHN"] != 17263 || sums["USA"] != 8519 {
		t.Errorf("sums CHN %v USA %v, want 17263 and 8519", sums["CHN"], sums["USA"])
	}
	if sums["SUN"] == 0 || sums["RUS"] == 0 {
		t.Error("Soviet Union and Russia must both be present, coded SUN and RUS")
	}
}

func TestParseUSAidEmbedded(t *testing.T) {
	pts, err := parseUSAid("aid.csv", corpus.USAid())
	if err != nil {
		t.Fatal(err)
	}
	var agg, fy2010, csf2017 int
	for _, p := range pts {
		if p.Period == "FY2002-FY2007" && p.Category == "total" {
			agg++
			if p.Start != 2002 || p.End != 2007 || p.Value != 10097 {
				t.Errorf("aggregate = %+v", p)
			}
		}
		if p.Period == "FY2010" && p.Category == "total" {
			fy2010++
			if p.Value != 4504 {
				t.Errorf("FY2010 total = %v", p.Value)
			}
		}
		if p.Period == "FY2017" && p.Category == "csf" {
			csf2017++
		}
	}
	if agg != 1 || fy2010 != 1 {
		t.Errorf("aggregate %d, FY2010 %d", agg, fy2010)
	}
	if csf2017 != 0 {
		t.Error("an empty CSF cell must be missing, not zero")
	}
}

func TestFlowErrorsNameLineAndField(t *testing.T) {
	cases := []struct {
		name, data, want string
		parse            func(string, []byte) error
	}{
		{"bad year", "supplier,recipient,year,tiv_musd\nChina,Pakistan,19x5,3\n", "t.csv: line 2: field year", sipriErr},
		{"unknown supplier", "supplier,recipient,year,tiv_musd\nAtlantis,Pakistan,1985,3\n", "line 2: field supplier", sipriErr},
		{"missing column", "supplier,recipient,year\n", "missing column \"tiv_musd\"", sipriErr},
		{"bad FY", "fiscal_year,grand_total_musd\n2009,5\n", "line 2: field fiscal_year", aidErr},
		{"bad value", "fiscal_year,grand_total_musd\nFY2009,lots\n", "line 2: field grand_total_musd", aidErr},
	}
	for _, c := range cases {
		err := c.parse("t.csv", []byte(c.data))
		if err == nil || !strings.Contains(err.Error(), c.want) {
			t.Errorf("%s: err = %v, want %q", c.name, err, c.want)
		}
	}
}

func sipriErr(n string, b []byte) error { _, err := parseSIPRI(n, b); return err }
func aidErr(n string, b []byte) error   { _, err := parseUSAid(n, b); return err }

func TestFiscalYears(t *testing.T) {
	for _, c := range []struct {
		in     string
		s, e   int
		hasErr bool
	}{{"FY2009", 2009, 2009, false}, {"FY2002-FY2007", 2002, 2007, false}, {"FY2010-FY2002", 0, 0, true}, {"2009", 0, 0, true}} {
		s, e, err := fiscalYears(c.in)
		if (err != nil) != c.hasErr || s != c.s || e != c.e {
			t.Errorf("fiscalYears(%q) = %d, %d, %v", c.in, s, e, err)
		}
	}
}
