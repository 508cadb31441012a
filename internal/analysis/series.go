package analysis

import (
	"context"
	"fmt"
	"sort"
	"strconv"
	"strings"

	"github.com/pivot-geo/pivot/internal/event"
	"github.com/pivot-geo/pivot/internal/store"
)

// Measures a dyad series can show.
const (
	MeasureIntensity = "intensity" // summed PLOVER cooperation–conflict score
	MeasureCount     = "count"     // number of events
	MeasureAid       = "aid"       // aid appropriations (series "aid")
	MeasureArms      = "arms"      // arms transfers (series "arms")
)

// ValidMeasure reports whether m is one of the four measures.
func ValidMeasure(m string) bool {
	switch m {
	case MeasureIntensity, MeasureCount, MeasureAid, MeasureArms:
		return true
	}
	return false
}

// SeriesQuery asks for a dyad series.
type SeriesQuery struct {
	Dyad      [2]string // unordered pair, e.g. {USA, PAK}
	Measure   string    // intensity, count, aid or arms
	ByMonth   bool      // monthly periods (event measures only)
	Direction string    // "A>B" for one direction, "" for both
	From, To  int       // years, inclusive; 0 for open
	AsOf      int64     // batch, 0 for the latest state
}

// Point is one period of a dyad series. Value carries the chosen measure;
// the other fields give the whole picture for that period so one request
// can chart event counts and material flows side by side.
type Point struct {
	Year  int     `json:"year"`
	Month int     `json:"month,omitempty"`
	Value float64 `json:"value"`

	Count     int     `json:"count"`      // events in the direction and period
	Score     float64 `json:"score"`      // summed PLOVER scores
	MeanScore float64 `json:"mean_score"` // Score/Count, 0 when Count is 0
	// Goldstein is summed over the CAMEO-sourced events only (GoldsteinN).
	Goldstein     float64        `json:"goldstein,omitempty"`
	MeanGoldstein float64        `json:"mean_goldstein,omitempty"`
	GoldsteinN    int            `json:"goldstein_n,omitempty"`
	Types         map[string]int `json:"types,omitempty"` // count by PLOVER type
	Quads         map[string]int `json:"quads,omitempty"` // count by quad class name

	Aid  *float64 `json:"aid,omitempty"`  // USD million in the year (fiscal year = calendar year of its end)
	Arms *float64 `json:"arms,omitempty"` // SIPRI TIV million delivered in the year
	// Period names the source period when a multi-year value (e.g. the CRS
	// "FY2002-FY2007" aggregate) was spread evenly over its years.
	Period string `json:"period,omitempty"`
}

// Label renders the point's period: YYYY or YYYY-MM.
func (p Point) Label() string {
	if p.Month > 0 {
		return fmt.Sprintf("%04d-%02d", p.Year, p.Month)
	}
	return strconv.Itoa(p.Year)
}

// DirectionSeries is the series of one direction of a dyad.
type DirectionSeries struct {
	Direction string  `json:"direction"` // "USA>PAK"
	Actor     string  `json:"actor"`
	Recipient string  `json:"recipient"`
	Points    []Point `json:"points"`
}

// SeriesResult is what `pivot series` prints and /api/series serves.
type SeriesResult struct {
	Dyad       string            `json:"dyad"`
	Measure    string            `json:"measure"`
	By         string            `json:"by"` // year or month
	Unit       string            `json:"unit"`
	Directions []DirectionSeries `json:"directions"`
	Sources    []string          `json:"sources,omitempty"`
	Notes      []string          `json:"notes,omitempty"`
}

// ParseDirection splits "A>B" and checks it belongs to the dyad.
func ParseDirection(s string, dyad [2]string) (string, string, error) {
	a, b, ok := strings.Cut(strings.ToUpper(strings.TrimSpace(s)), ">")
	if !ok || a == "" || b == "" {
		return "", "", fmt.Errorf("direction %q: want A>B, e.g. USA>PAK", s)
	}
	if !((a == dyad[0] && b == dyad[1]) || (a == dyad[1] && b == dyad[0])) {
		return "", "", fmt.Errorf("direction %q is not part of the dyad %s-%s", s, dyad[0], dyad[1])
	}
	return a, b, nil
}

func (q SeriesQuery) directions() ([][2]string, error) {
	if q.Direction != "" {
		a, b, err := ParseDirection(q.Direction, q.Dyad)
		if err != nil {
			return nil, err
		}
		return [][2]string{{a, b}}, nil
	}
	return [][2]string{{q.Dyad[0], q.Dyad[1]}, {q.Dyad[1], q.Dyad[0]}}, nil
}

// EventPoints aggregates count rows into one point per period for the
// direction actor→recipient. Periods with no events between the first and
// last period of rows (any direction) are filled with zeros, so both
// directions share one axis and change-point detection sees the silences.
func EventPoints(rows []store.CountRow, actor, recipient string, byMonth bool, measure string) []Point {
	lo, hi := periodRange(rows, byMonth)
	if lo > hi {
		return []Point{}
	}
	pts := make([]Point, hi-lo+1)
	for i := range pts {
		pts[i].Year, pts[i].Month = unkey(lo+i, byMonth)
	}
	for _, r := range rows {
		if r.Actor != actor || r.Recipient != recipient {
			continue
		}
		p := &pts[key(r.Year, r.Month, byMonth)-lo]
		p.Count += r.Count
		p.Score += r.Score
		p.Goldstein += r.Goldstein
		p.GoldsteinN += r.GoldN
		if r.Type != "" {
			if p.Types == nil {
				p.Types = map[string]int{}
				p.Quads = map[string]int{}
			}
			p.Types[string(r.Type)] += r.Count
			p.Quads[r.Type.Quad().String()] += r.Count
		}
	}
	for i := range pts {
		p := &pts[i]
		if p.Count > 0 {
			p.MeanScore = p.Score / float64(p.Count)
		}
		if p.GoldsteinN > 0 {
			p.MeanGoldstein = p.Goldstein / float64(p.GoldsteinN)
		}
		if measure == MeasureCount {
			p.Value = float64(p.Count)
		} else {
			p.Value = p.Score
		}
	}
	return pts
}

func key(y, m int, byMonth bool) int {
	if byMonth {
		if m < 1 {
			m = 1 // year-only dates count in January: documented limit
		}
		return y*12 + m - 1
	}
	return y
}

func unkey(k int, byMonth bool) (int, int) {
	if byMonth {
		return k / 12, k%12 + 1
	}
	return k, 0
}

func periodRange(rows []store.CountRow, byMonth bool) (int, int) {
	lo, hi := 1<<30, -1<<30
	for _, r := range rows {
		if r.Year == 0 {
			continue
		}
		k := key(r.Year, r.Month, byMonth)
		lo, hi = min(lo, k), max(hi, k)
	}
	return lo, hi
}

// fyRange reads a series period: "1985", "FY2009" or "FY2002-FY2007"; a
// fiscal year is placed in the calendar year it ends in (US FY N runs
// October N−1 to September N, nine months of it in year N). It falls back
// to the point's Start/End.
func fyRange(p event.SeriesPoint) (int, int) {
	s := strings.ToUpper(strings.TrimSpace(p.Period))
	a, b, isRange := strings.Cut(s, "-")
	parse := func(x string) (int, bool) {
		x = strings.TrimPrefix(strings.TrimSpace(x), "FY")
		n, err := strconv.Atoi(x)
		return n, err == nil && n > 0
	}
	if y1, ok := parse(a); ok {
		if !isRange {
			return y1, y1
		}
		if y2, ok := parse(b); ok && y2 >= y1 {
			return y1, y2
		}
	}
	if p.Start > 0 {
		e := p.End
		if e < p.Start {
			e = p.Start
		}
		return p.Start, e
	}
	return 0, 0
}

// YearValue is one year of a material series, with the period it came from.
type YearValue struct {
	Year   int
	Value  float64
	Period string // source period when spread from a range
}

// MaterialYears turns stored series points (one actor→recipient series)
// into one value per year. For series with categories (CRS aid), the
// "total" category is used when present, otherwise the categories are
// summed. Single-year values win over multi-year aggregates; an aggregate
// is spread evenly over its years only when none of them has a single-year
// value (otherwise it would double count) — notes say what was done.
// fillFrom..fillTo (0 for none) are filled with zeros where nothing is
// stored: SIPRI lists only non-zero deliveries.
func MaterialYears(pts []event.SeriesPoint, fillFrom, fillTo int) ([]YearValue, []string) {
	type agg struct {
		y1, y2 int
		period string
		total  *float64
		sum    float64
		n      int
	}
	byPeriod := map[string]*agg{}
	var order []string
	seen := map[string]bool{}
	for _, p := range pts {
		y1, y2 := fyRange(p)
		if y1 == 0 {
			continue
		}
		k := fmt.Sprintf("%d-%d", y1, y2)
		cat := strings.ToLower(p.Category)
		// The same period and category from two editions: keep the first.
		if dk := k + "|" + cat; seen[dk] {
			continue
		} else {
			seen[dk] = true
		}
		a := byPeriod[k]
		if a == nil {
			a = &agg{y1: y1, y2: y2, period: p.Period}
			byPeriod[k] = a
			order = append(order, k)
		}
		if cat == "" || cat == "total" {
			v := p.Value
			a.total = &v
		} else {
			a.sum += p.Value
			a.n++
		}
	}
	single := map[int]float64{}
	var ranges []*agg
	for _, k := range order {
		a := byPeriod[k]
		v := a.sum
		if a.total != nil {
			v = *a.total
		}
		if a.y1 == a.y2 {
			single[a.y1] += v
			continue
		}
		a.sum = v
		ranges = append(ranges, a)
	}
	var notes []string
	spread := map[int]YearValue{}
	for _, a := range ranges {
		overlap := false
		for y := a.y1; y <= a.y2; y++ {
			if _, ok := single[y]; ok {
				overlap = true
			}
		}
		if overlap {
			notes = append(notes, fmt.Sprintf("%s aggregate dropped: some of its years have single-year values", a.period))
			continue
		}
		n := a.y2 - a.y1 + 1
		for y := a.y1; y <= a.y2; y++ {
			spread[y] = YearValue{Year: y, Value: a.sum / float64(n), Period: a.period}
		}
		notes = append(notes, fmt.Sprintf("%s aggregate (%.0f) spread evenly over %d years: per-year values are not in the source", a.period, a.sum, n))
	}
	years := map[int]YearValue{}
	for y, v := range single {
		years[y] = YearValue{Year: y, Value: v}
	}
	for y, v := range spread {
		years[y] = v
	}
	if fillFrom > 0 && fillTo >= fillFrom {
		for y := fillFrom; y <= fillTo; y++ {
			if _, ok := years[y]; !ok {
				years[y] = YearValue{Year: y}
			}
		}
	}
	out := make([]YearValue, 0, len(years))
	for _, v := range years {
		out = append(out, v)
	}
	sort.Slice(out, func(i, j int) bool { return out[i].Year < out[j].Year })
	return out, notes
}

// coverage is the span of years a set of series points covers.
func coverage(pts []event.SeriesPoint) (int, int) {
	lo, hi := 0, 0
	for _, p := range pts {
		y1, y2 := fyRange(p)
		if y1 == 0 {
			continue
		}
		if lo == 0 || y1 < lo {
			lo = y1
		}
		if y2 > hi {
			hi = y2
		}
	}
	return lo, hi
}

func sourcesOf(pts []event.SeriesPoint) []string {
	seen := map[string]bool{}
	var out []string
	for _, p := range pts {
		if p.Source != "" && !seen[p.Source] {
			seen[p.Source] = true
			out = append(out, p.Source)
		}
	}
	sort.Strings(out)
	return out
}

// material fetches one material series actor→recipient and returns it per
// year. Arms series are zero-filled over the span the recipient's whole
// arms table covers (SIPRI omits zero years); aid is not, because a
// missing fiscal year is unknown, not zero.
func material(ctx context.Context, st store.Store, series, actor, recipient string) ([]YearValue, []string, []string, string, error) {
	pts, err := st.Series(ctx, series, actor, recipient)
	if err != nil {
		return nil, nil, nil, "", err
	}
	lo, hi := 0, 0
	if series == MeasureArms {
		all, err := st.Series(ctx, series, "", recipient)
		if err != nil {
			return nil, nil, nil, "", err
		}
		if len(all) == 0 {
			all = pts
		}
		if len(pts) > 0 {
			lo, hi = coverage(all)
		}
	}
	yv, notes := MaterialYears(pts, lo, hi)
	unit := ""
	if len(pts) > 0 {
		unit = pts[0].Unit
	}
	return yv, notes, sourcesOf(pts), unit, nil
}

// DyadSeries assembles a dyad's series for the chosen measure, per
// direction. Event measures carry aid and arms for the same year when the
// knowledge base has them (yearly only).
func DyadSeries(ctx context.Context, st store.Store, q SeriesQuery) (*SeriesResult, error) {
	if q.Measure == "" {
		q.Measure = MeasureIntensity
	}
	if !ValidMeasure(q.Measure) {
		return nil, fmt.Errorf("measure %q: want intensity, count, aid or arms", q.Measure)
	}
	if q.Dyad[0] == "" || q.Dyad[1] == "" {
		return nil, fmt.Errorf("a dyad needs two actors")
	}
	dirs, err := q.directions()
	if err != nil {
		return nil, err
	}
	res := &SeriesResult{Dyad: q.Dyad[0] + "-" + q.Dyad[1], Measure: q.Measure, By: "year", Directions: []DirectionSeries{}}
	if q.ByMonth {
		res.By = "month"
	}
	var rows []store.CountRow
	if q.Measure == MeasureIntensity || q.Measure == MeasureCount {
		rows, err = st.Counts(ctx, store.CountQuery{Filter: store.Filter{Dyad: q.Dyad, From: q.From, To: q.To, AsOf: q.AsOf, Reviews: store.Analysed}, ByMonth: q.ByMonth})
		if err != nil {
			return nil, err
		}
		res.Unit = "events"
		if q.Measure == MeasureIntensity {
			res.Unit = "PLOVER score (sum)"
		}
	} else if q.ByMonth {
		res.Notes = append(res.Notes, "aid and arms series are yearly; --by month ignored")
		res.By = "year"
	}
	srcSeen := map[string]bool{}
	addSources := func(s []string) {
		for _, x := range s {
			if !srcSeen[x] {
				srcSeen[x] = true
				res.Sources = append(res.Sources, x)
			}
		}
	}
	for _, d := range dirs {
		ds := DirectionSeries{Direction: d[0] + ">" + d[1], Actor: d[0], Recipient: d[1]}
		switch q.Measure {
		case MeasureIntensity, MeasureCount:
			ds.Points = EventPoints(rows, d[0], d[1], q.ByMonth, q.Measure)
			if !q.ByMonth {
				for _, s := range []string{MeasureAid, MeasureArms} {
					yv, _, src, _, err := material(ctx, st, s, d[0], d[1])
					if err != nil {
						return nil, err
					}
					addSources(src)
					attach(ds.Points, yv, s)
				}
			}
		default:
			yv, notes, src, unit, err := material(ctx, st, q.Measure, d[0], d[1])
			if err != nil {
				return nil, err
			}
			addSources(src)
			res.Notes = append(res.Notes, notes...)
			if unit != "" {
				res.Unit = unit
			}
			ds.Points = []Point{}
			for _, v := range yv {
				if (q.From > 0 && v.Year < q.From) || (q.To > 0 && v.Year > q.To) {
					continue
				}
				val := v.Value
				p := Point{Year: v.Year, Value: val, Period: v.Period}
				if q.Measure == MeasureAid {
					p.Aid = &val
				} else {
					p.Arms = &val
				}
				ds.Points = append(ds.Points, p)
			}
		}
		res.Directions = append(res.Directions, ds)
	}
	return res, nil
}

func attach(pts []Point, yv []YearValue, series string) {
	idx := map[int]float64{}
	for _, v := range yv {
		idx[v.Year] = v.Value
	}
	for i := range pts {
		v, ok := idx[pts[i].Year]
		if !ok {
			continue
		}
		if series == MeasureAid {
			pts[i].Aid = &v
		} else {
			pts[i].Arms = &v
		}
	}
}
