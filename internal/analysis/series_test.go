package analysis

import (
	"reflect"
	"strings"
	"testing"

	"github.com/pivot-geo/pivot/internal/event"
	"github.com/pivot-geo/pivot/internal/store"
)

func TestMaterialYears(t *testing.T) {
	pt := func(period string, cat string, v float64) event.SeriesPoint {
		return event.SeriesPoint{Series: "aid", Actor: "USA", Recipient: "PAK", Period: period, Category: cat, Value: v}
	}
	cases := []struct {
		name      string
		pts       []event.SeriesPoint
		from, to  int
		want      map[int]float64
		wantNote  string
		noteCount int
	}{
		{"total wins over categories", []event.SeriesPoint{pt("FY2009", "security", 1), pt("FY2009", "economic", 2), pt("FY2009", "total", 10)}, 0, 0,
			map[int]float64{2009: 10}, "", 0},
		{"categories summed without a total", []event.SeriesPoint{pt("FY2009", "security", 1), pt("FY2009", "economic", 2)}, 0, 0,
			map[int]float64{2009: 3}, "", 0},
		{"aggregate spread", []event.SeriesPoint{pt("FY2002-FY2004", "total", 30), pt("FY2005", "total", 7)}, 0, 0,
			map[int]float64{2002: 10, 2003: 10, 2004: 10, 2005: 7}, "spread evenly", 1},
		{"aggregate overlapping a single year is dropped", []event.SeriesPoint{pt("FY2002-FY2008", "total", 70), pt("FY2008", "total", 20)}, 0, 0,
			map[int]float64{2008: 20}, "dropped", 1},
		{"second edition of the same cell ignored", []event.SeriesPoint{pt("FY2013", "total", 1548), pt("FY2013", "total", 1600)}, 0, 0,
			map[int]float64{2013: 1548}, "", 0},
		{"zero fill (arms)", []event.SeriesPoint{pt("1990", "", 5), pt("1993", "", 2)}, 1989, 1994,
			map[int]float64{1989: 0, 1990: 5, 1991: 0, 1992: 0, 1993: 2, 1994: 0}, "", 0},
		{"unparseable period skipped", []event.SeriesPoint{pt("sometime", "", 5)}, 0, 0, map[int]float64{}, "", 0},
		{"Start/End fallback", []event.SeriesPoint{{Period: "", Start: 1999, End: 1999, Value: 4}}, 0, 0, map[int]float64{1999: 4}, "", 0},
	}
	for _, tc := range cases {
		got, notes := MaterialYears(tc.pts, tc.from, tc.to)
		m := map[int]float64{}
		prev := 0
		for _, v := range got {
			m[v.Year] = v.Value
			if v.Year <= prev {
				t.Errorf("%s: years not ascending: %+v", tc.name, got)
			}
			prev = v.Year
		}
		if !reflect.DeepEqual(m, tc.want) {
			t.Errorf("%s: %v, want %v", tc.name, m, tc.want)
		}
		if len(notes) != tc.noteCount || (tc.wantNote != "" && !strings.Contains(strings.Join(notes, " "), tc.wantNote)) {
			t.Errorf("%s: notes %q", tc.name, notes)
		}
	}
}

func TestEventPointsMonthly(t *testing.T) {
	rows := []store.CountRow{
		{Year: 2020, Month: 11, Actor: "A", Recipient: "B", Type: event.Consult, Count: 2, Score: 5},
		{Year: 2021, Month: 0, Actor: "A", Recipient: "B", Type: event.Threaten, Count: 1, Score: -3.5},
		{Year: 2021, Month: 2, Actor: "B", Recipient: "A", Type: event.Aid, Count: 1, Score: 10},
	}
	pts := EventPoints(rows, "A", "B", true, MeasureCount)
	if len(pts) != 4 || pts[0].Label() != "2020-11" || pts[3].Label() != "2021-02" {
		t.Fatalf("months %+v", pts)
	}
	// a year-only row lands in January; the B→A row is not in A→B
	if pts[2].Label() != "2021-01" || pts[2].Value != 1 || pts[2].Quads["verbal conflict"] != 1 || pts[3].Value != 0 {
		t.Errorf("points %+v", pts)
	}
	if got := EventPoints(nil, "A", "B", false, MeasureCount); len(got) != 0 {
		t.Errorf("no rows: %+v", got)
	}
}

func TestParseDirection(t *testing.T) {
	d := [2]string{"USA", "PAK"}
	for _, tc := range []struct {
		in   string
		a, b string
		ok   bool
	}{{"USA>PAK", "USA", "PAK", true}, {" pak>usa ", "PAK", "USA", true}, {"USA-PAK", "", "", false}, {"CHN>PAK", "", "", false}, {">PAK", "", "", false}} {
		a, b, err := ParseDirection(tc.in, d)
		if (err == nil) != tc.ok || a != tc.a || b != tc.b {
			t.Errorf("ParseDirection(%q) = %q %q %v", tc.in, a, b, err)
		}
	}
}

// BenchmarkPELTMonthly: a 75-year monthly series (900 points).
func BenchmarkPELTMonthly(b *testing.B) {
	y, _ := piecewise(1, []int{200, 300, 150, 250}, []float64{0, 1, 0.2, 1.5}, 0.3)
	for b.Loop() {
		if _, err := PELT(y, PELTOptions{MinSegment: 6}); err != nil {
			b.Fatal(err)
		}
	}
}
