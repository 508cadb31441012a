package analysis

import (
	"encoding/csv"
	"os"
	"strconv"
	"testing"

	"github.com/pivot-geo/pivot/internal/event"
)

// iso maps the SIPRI supplier names in testdata to the codes the importer
// stores (only those the tests need; others keep their name).
var iso = map[string]string{"United States": "USA", "China": "CHN", "Russia": "RUS", "Soviet Union": "SUN",
	"France": "FRA", "United Kingdom": "GBR", "Sweden": "SWE", "Italy": "ITA", "Ukraine": "UKR"}

// loadSIPRI reads testdata/sipri_tiv_to_pakistan_by_supplier_year.csv (a
// copy of the shared file; see testdata/SOURCES.md) as stored series points.
func loadSIPRI(t *testing.T) []event.SeriesPoint {
	t.Helper()
	f, err := os.Open("testdata/sipri_tiv_to_pakistan_by_supplier_year.csv")
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	recs, err := csv.NewReader(f).ReadAll()
	if err != nil {
		t.Fatal(err)
	}
	var pts []event.SeriesPoint
	for _, r := range recs[1:] {
		y, _ := strconv.Atoi(r[2])
		v, _ := strconv.ParseFloat(r[3], 64)
		a := iso[r[0]]
		if a == "" {
			a = r[0]
		}
		pts = append(pts, event.SeriesPoint{Series: "arms", Actor: a, Recipient: "PAK", Period: r[2], Start: y, End: y,
			Value: v, Unit: "TIV million", Source: "SIPRI"})
	}
	return pts
}

func supplier(pts []event.SeriesPoint, actor string) []event.SeriesPoint {
	var out []event.SeriesPoint
	for _, p := range pts {
		if p.Actor == actor {
			out = append(out, p)
		}
	}
	return out
}

func toPoints(yv []YearValue) []Point {
	out := make([]Point, len(yv))
	for i, v := range yv {
		out[i] = Point{Year: v.Year, Value: v.Value}
	}
	return out
}

// TestPhasesUSPakistanArms: the default phases of US→Pakistan SIPRI
// deliveries show the 1965 embargo, the 1980s surge, the 1990 Pressler
// cut-off and the post-2001 revival. Deliveries lag policy: the revival
// in deliveries starts in 2005 (2002–2004 stay at the 1990s level:
// 45, 28, 73 TIV), so that change point is accepted within 2002+3.
func TestPhasesUSPakistanArms(t *testing.T) {
	all := loadSIPRI(t)
	lo, hi := coverage(all)
	if lo != 1950 || hi != 2021 {
		t.Fatalf("coverage %d–%d, want 1950–2021", lo, hi)
	}
	yv, _ := MaterialYears(supplier(all, "USA"), lo, hi)
	if len(yv) != 72 {
		t.Fatalf("%d years, want 72 (zero-filled)", len(yv))
	}
	ph, seg, err := Phases(toPoints(yv), DefaultPhaseOptions(MeasureArms, false))
	if err != nil {
		t.Fatal(err)
	}
	for _, p := range ph {
		t.Logf("%d–%d n=%d level=%.0f rel=%.2f %s", p.Start, p.End, p.N, p.Level, p.Relative, p.Label)
	}
	starts := map[int]Phase{}
	for _, p := range ph[1:] {
		starts[p.Start] = p
	}
	near := func(y, lo, hi int) (Phase, bool) {
		for s := y - lo; s <= y+hi; s++ {
			if p, ok := starts[s]; ok {
				return p, true
			}
		}
		return Phase{}, false
	}
	for _, w := range []struct {
		what     string
		year     int
		lo, hi   int
		labels   []string
		goesDown bool
	}{
		{"embargo after the 1965 war", 1965, 2, 2, []string{"estrangement"}, true},
		{"1980s Afghan-war surge", 1981, 2, 2, []string{"surge", "revival"}, false},
		{"1990 Pressler cut-off", 1990, 2, 2, []string{"estrangement"}, true},
		{"post-2001 revival", 2002, 2, 3, []string{"revival"}, false},
	} {
		p, ok := near(w.year, w.lo, w.hi)
		if !ok {
			t.Errorf("%s: no change point in %d−%d..%d+%d; changes at %v", w.what, w.year, w.lo, w.year, w.hi, seg.Changes)
			continue
		}
		if p.Change == nil || (*p.Change < 1) != w.goesDown {
			t.Errorf("%s: phase from %d has change %v, want down=%v", w.what, p.Start, p.Change, w.goesDown)
		}
		okLabel := false
		for _, l := range w.labels {
			okLabel = okLabel || p.Label == l
		}
		if !okLabel {
			t.Errorf("%s: phase from %d labelled %q, want one of %v", w.what, p.Start, p.Label, w.labels)
		}
	}
	if len(ph) > 9 {
		t.Errorf("%d phases: over-segmented", len(ph))
	}
}

// TestLabelMaterial checks the label rules on hand-made levels.
func TestLabelMaterial(t *testing.T) {
	cases := []struct {
		levels []float64
		want   []string
	}{
		{[]float64{150, 5, 80, 300, 40, 290, 10}, []string{"alignment", "estrangement", "revival", "surge", "estrangement", "revival", "estrangement"}},
		{[]float64{10, 200, 150, 120}, []string{"distance", "alignment", "alignment", "alignment"}},
		{[]float64{100, 90, 110, 300}, []string{"engagement", "steady", "steady", "surge"}},
		{[]float64{100, 60}, []string{"alignment", "cooling"}},
		{[]float64{5, 20, 60}, []string{"distance", "rapprochement", "surge"}},
	}
	for _, tc := range cases {
		ph := make([]Phase, len(tc.levels))
		var m float64
		for i, l := range tc.levels {
			ph[i].Level = l
			m += l
		}
		m /= float64(len(ph))
		labelMaterial(ph, m)
		for i := range ph {
			if ph[i].Label != tc.want[i] {
				t.Errorf("levels %v (M=%.0f): phase %d label %q, want %q", tc.levels, m, i, ph[i].Label, tc.want[i])
			}
		}
	}
}

func TestPhasesErrors(t *testing.T) {
	if _, _, err := Phases(nil, PhaseOptions{}); err == nil {
		t.Error("no points: want error")
	}
	if _, _, err := Phases([]Point{{Year: 1, Value: -1}}, PhaseOptions{}); err == nil {
		t.Error("negative value with log1p: want error")
	}
	if _, _, err := Phases([]Point{{Year: 1, Value: 1}}, PhaseOptions{Transform: "sqrt"}); err == nil {
		t.Error("unknown transform: want error")
	}
}

// TestQuietEventPhases: an event-based phase without events is "quiet",
// while zeros in a material flow stay an estrangement.
func TestQuietEventPhases(t *testing.T) {
	var pts []Point
	for y := 0; y < 30; y++ {
		p := Point{Year: 1990 + y}
		if y < 10 {
			p.Value, p.Count = 5, 2
		}
		pts = append(pts, p)
	}
	ph, _, err := Phases(pts, DefaultPhaseOptions(MeasureIntensity, false))
	if err != nil || len(ph) != 2 || ph[1].Label != "quiet" || ph[0].Label == "quiet" {
		t.Errorf("intensity: %+v %v", ph, err)
	}
	ph, _, _ = Phases(pts, DefaultPhaseOptions(MeasureArms, false))
	if len(ph) != 2 || ph[1].Label != "estrangement" {
		t.Errorf("arms: %+v", ph)
	}
}
