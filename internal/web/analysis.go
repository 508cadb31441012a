package web

import (
	"context"
	"net/http"
	"sort"
	"strconv"
	"strings"

	"github.com/pivot-geo/pivot/internal/analysis"
	"github.com/pivot-geo/pivot/internal/store"
)

// The derived views come from internal/analysis. Web only chooses what to
// feed it: event counts of proposed and accepted events (store.Analysed),
// so a rejected event leaves every number while staying visible in lists.

// dyadRows are the dyad's count rows without rejected events.
func (s *server) dyadRows(ctx context.Context, d [2]string) ([]store.CountRow, error) {
	v, err := s.memo("rows|"+dyadName(d), func() (any, error) {
		return s.st.Counts(ctx, store.CountQuery{Filter: store.Filter{Dyad: d, Reviews: store.Analysed}})
	})
	if err != nil {
		return nil, err
	}
	return v.([]store.CountRow), nil
}

// eventPoints returns analysis points per direction for an event measure.
func (s *server) eventPoints(ctx context.Context, d [2]string, measure string) (map[string][]analysis.Point, error) {
	v, err := s.memo("epts|"+dyadName(d)+"|"+measure, func() (any, error) {
		rows, err := s.dyadRows(ctx, d)
		if err != nil {
			return nil, err
		}
		out := map[string][]analysis.Point{}
		for _, dir := range [][2]string{{d[0], d[1]}, {d[1], d[0]}} {
			pts := analysis.EventPoints(rows, dir[0], dir[1], false, measure)
			n := 0
			for _, p := range pts {
				n += p.Count
			}
			if n > 0 {
				out[dir[0]+">"+dir[1]] = pts
			}
		}
		return out, nil
	})
	if err != nil {
		return nil, err
	}
	return v.(map[string][]analysis.Point), nil
}

func (s *server) eventSeries(ctx context.Context, d [2]string, measure string, res *seriesResponse) error {
	by, err := s.eventPoints(ctx, d, measure)
	if err != nil {
		return err
	}
	res.Unit = "events"
	if measure == analysis.MeasureIntensity {
		res.Unit = "PLOVER score (sum)"
	}
	dirs := make([]string, 0, len(by))
	for k := range by {
		dirs = append(dirs, k)
	}
	sort.Strings(dirs)
	for _, dir := range dirs {
		sr := Direction{Direction: dir, Unit: res.Unit, Points: []Point{}}
		for _, p := range by[dir] {
			sr.Points = append(sr.Points, Point{Year: p.Year, Value: p.Value, Count: p.Count})
		}
		res.Series = append(res.Series, sr)
	}
	return nil
}

// phases segments each direction with PELT (analysis.Phases) using the
// documented defaults. Event measures use the review-filtered points;
// aid and arms go through analysis.DyadPhases.
func (s *server) phases(ctx context.Context, d [2]string, m string) ([]analysis.Phase, error) {
	v, err := s.memo("phases|"+dyadName(d)+"|"+m, func() (any, error) {
		o := analysis.DefaultPhaseOptions(m, false)
		out := []analysis.Phase{}
		if m == analysis.MeasureAid || m == analysis.MeasureArms {
			res, err := analysis.DyadPhases(ctx, s.st, analysis.SeriesQuery{Dyad: d, Measure: m}, o, false)
			if err != nil {
				return nil, err
			}
			return append(out, res.Phases...), nil
		}
		by, err := s.eventPoints(ctx, d, m)
		if err != nil {
			return nil, err
		}
		dirs := make([]string, 0, len(by))
		for k := range by {
			dirs = append(dirs, k)
		}
		sort.Strings(dirs)
		for _, dir := range dirs {
			ph, _, err := analysis.Phases(by[dir], o)
			if err != nil {
				continue // too short to segment: no phases, not an error page
			}
			for i := range ph {
				ph[i].Direction, ph[i].Measure = dir, m
			}
			out = append(out, ph...)
		}
		return out, nil
	})
	if err != nil {
		return nil, err
	}
	return v.([]analysis.Phase), nil
}

// mainPhases picks the phases of the direction carrying most events, the
// one whose story the overview card tells.
func (s *server) mainPhases(ctx context.Context, d [2]string) ([]analysis.Phase, error) {
	ps, err := s.phases(ctx, d, analysis.MeasureIntensity)
	if err != nil || len(ps) == 0 {
		return nil, err
	}
	by, err := s.eventPoints(ctx, d, analysis.MeasureIntensity)
	if err != nil {
		return nil, err
	}
	best, bestN := "", -1
	for dir, pts := range by {
		n := 0
		for _, p := range pts {
			n += p.Count
		}
		if n > bestN || n == bestN && dir < best {
			best, bestN = dir, n
		}
	}
	var out []analysis.Phase
	for _, p := range ps {
		if p.Direction == best {
			out = append(out, p)
		}
	}
	return out, nil
}

func (s *server) apiPhases(w http.ResponseWriter, r *http.Request) {
	d, err := parseDyad(r.URL.Query().Get("dyad"))
	if err != nil {
		s.fail(w, err)
		return
	}
	m := r.URL.Query().Get("measure")
	if m == "" {
		m = analysis.MeasureIntensity
	}
	if !analysis.ValidMeasure(m) {
		s.fail(w, badParam("measure", "want arms, aid, count or intensity"))
		return
	}
	ps, err := s.phases(r.Context(), d, m)
	if err != nil {
		s.fail(w, err)
		return
	}
	writeJSON(w, http.StatusOK, map[string]any{"dyad": dyadName(d), "measure": m, "phases": ps})
}

// Drivers: the composition of the dyad's events by context, per year (for
// the stacked area) and over the chosen period.

type driverYear struct {
	Year     int            `json:"year"`
	Contexts map[string]int `json:"contexts"`
}

type driversResponse struct {
	Summary analysis.DriverResult `json:"summary"`
	Years   []driverYear          `json:"years"`
	Keys    []string              `json:"keys"` // contexts, largest first
}

func (s *server) drivers(ctx context.Context, d [2]string, from, to int) (*driversResponse, error) {
	v, err := s.memo("drivers|"+dyadName(d)+"|"+strconv.Itoa(from)+"|"+strconv.Itoa(to), func() (any, error) {
		rows, err := s.dyadRows(ctx, d)
		if err != nil {
			return nil, err
		}
		res := &driversResponse{Summary: analysis.Drivers(rows, from, to), Years: []driverYear{}, Keys: []string{}}
		res.Summary.Dyad = dyadName(d)
		years := map[int]bool{}
		for _, r := range rows {
			if (from == 0 || r.Year >= from) && (to == 0 || r.Year <= to) {
				years[r.Year] = true
			}
		}
		ys := make([]int, 0, len(years))
		for y := range years {
			ys = append(ys, y)
		}
		sort.Ints(ys)
		for _, y := range ys {
			dr := analysis.Drivers(rows, y, y)
			dy := driverYear{Year: y, Contexts: map[string]int{}}
			for _, c := range dr.Contexts {
				dy.Contexts[c.Name] = c.Count
			}
			res.Years = append(res.Years, dy)
		}
		for _, c := range res.Summary.Contexts {
			res.Keys = append(res.Keys, c.Name)
		}
		return res, nil
	})
	if err != nil {
		return nil, err
	}
	return v.(*driversResponse), nil
}

func (s *server) apiDrivers(w http.ResponseWriter, r *http.Request) {
	q := r.URL.Query()
	d, err := parseDyad(q.Get("dyad"))
	if err != nil {
		s.fail(w, err)
		return
	}
	from, err := parseYear("from", q.Get("from"))
	if err != nil {
		s.fail(w, err)
		return
	}
	to, err := parseYear("to", q.Get("to"))
	if err != nil {
		s.fail(w, err)
		return
	}
	res, err := s.drivers(r.Context(), d, from, to)
	if err != nil {
		s.fail(w, err)
		return
	}
	writeJSON(w, http.StatusOK, res)
}

// Checks.

// checkView is one finding with links resolved to document sentences.
type checkView struct {
	analysis.Finding
	ALink, BLink string
}

func (s *server) checks(ctx context.Context) ([]checkView, error) {
	v, err := s.memo("checks", func() (any, error) {
		fs, err := analysis.Checks(ctx, s.st)
		if err != nil {
			return nil, err
		}
		out := make([]checkView, 0, len(fs))
		for _, f := range fs {
			cv := checkView{Finding: f, ALink: s.sideLink(ctx, &f.A)}
			if f.B != nil {
				cv.BLink = s.sideLink(ctx, f.B)
			}
			out = append(out, cv)
		}
		return out, nil
	})
	if err != nil {
		return nil, err
	}
	return v.([]checkView), nil
}

// sideLink points a quoted side at its sentence in the document, or a
// data side ("aid USA>PAK total") at the dyad's chart of that series.
func (s *server) sideLink(ctx context.Context, sd *analysis.Side) string {
	if sd.Doc == "" {
		if f := strings.Fields(sd.Series); len(f) >= 2 {
			if a, b, ok := strings.Cut(f[1], ">"); ok {
				if d, err := parseDyad(a + "-" + b); err == nil && (f[0] == "aid" || f[0] == "arms") {
					return "/dyad/" + dyadName(d) + "#" + f[0] + "-h"
				}
			}
		}
		return ""
	}
	link := "/documents/" + sd.Doc
	if sd.Span != nil {
		if d, err := s.documentDetail(ctx, sd.Doc); err == nil {
			if i := sentenceOf(d.Sentences, sd.Span.Start); i >= 0 {
				link += "#s-" + strconv.Itoa(i)
			}
		}
	}
	return link
}

func (s *server) apiChecks(w http.ResponseWriter, r *http.Request) {
	cs, err := s.checks(r.Context())
	if err != nil {
		s.fail(w, err)
		return
	}
	fs := make([]analysis.Finding, len(cs))
	for i := range cs {
		fs[i] = cs[i].Finding
	}
	writeJSON(w, http.StatusOK, map[string]any{"checks": fs})
}
