package analysis

import (
	"context"
	"sort"

	"github.com/pivot-geo/pivot/internal/store"
)

// Share is one category's count and share of a total.
type Share struct {
	Name  string  `json:"name"`
	Count int     `json:"count"`
	Share float64 `json:"share"` // 0..1
}

// DriverResult is the composition of a dyad's events over a period: what
// the relationship was about (PLOVER context), how (mode), and what was
// done (type, quad class).
type DriverResult struct {
	Dyad      string  `json:"dyad,omitempty"`
	From      int     `json:"from"`
	To        int     `json:"to"`
	Events    int     `json:"events"`
	MeanScore float64 `json:"mean_score"`
	Contexts  []Share `json:"contexts"`
	Modes     []Share `json:"modes"`
	Types     []Share `json:"types"`
	Quads     []Share `json:"quads"`
}

// none names events without a context or mode, so shares add up to 1.
const none = "(none)"

// Drivers computes the composition of rows with from ≤ year ≤ to (0 for
// open ends). Count rows carry each event's first context only, so an
// event counts once; shares are of events, not of context tags.
func Drivers(rows []store.CountRow, from, to int) DriverResult {
	r := DriverResult{From: from, To: to}
	ctx, mode, typ, quad := map[string]int{}, map[string]int{}, map[string]int{}, map[string]int{}
	var score float64
	for _, x := range rows {
		if (from > 0 && x.Year < from) || (to > 0 && x.Year > to) || x.Count == 0 {
			continue
		}
		r.Events += x.Count
		score += x.Score
		ctx[orNone(x.Context)] += x.Count
		mode[orNone(x.Mode)] += x.Count
		typ[orNone(string(x.Type))] += x.Count
		quad[x.Type.Quad().String()] += x.Count
	}
	if r.Events > 0 {
		r.MeanScore = score / float64(r.Events)
	}
	r.Contexts, r.Modes, r.Types, r.Quads = shares(ctx, r.Events), shares(mode, r.Events), shares(typ, r.Events), shares(quad, r.Events)
	return r
}

func orNone(s string) string {
	if s == "" {
		return none
	}
	return s
}

// shares sorts by count, descending, then name, so output is stable.
func shares(m map[string]int, total int) []Share {
	out := make([]Share, 0, len(m))
	for k, v := range m {
		s := Share{Name: k, Count: v}
		if total > 0 {
			s.Share = float64(v) / float64(total)
		}
		out = append(out, s)
	}
	sort.Slice(out, func(i, j int) bool {
		if out[i].Count != out[j].Count {
			return out[i].Count > out[j].Count
		}
		return out[i].Name < out[j].Name
	})
	return out
}

// DyadDrivers fetches a dyad's event counts and returns their composition
// in from..to.
func DyadDrivers(ctx context.Context, st store.Store, dyad [2]string, from, to int, asOf int64) (DriverResult, error) {
	rows, err := st.Counts(ctx, store.CountQuery{Filter: store.Filter{Dyad: dyad, From: from, To: to, AsOf: asOf, Reviews: store.Analysed}})
	if err != nil {
		return DriverResult{}, err
	}
	r := Drivers(rows, from, to)
	r.Dyad = dyad[0] + "-" + dyad[1]
	return r, nil
}
