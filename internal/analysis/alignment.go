package analysis

import (
	"context"
	"fmt"
	"sort"

	"github.com/pivot-geo/pivot/internal/event"
	"github.com/pivot-geo/pivot/internal/store"
)

// AlignmentQuery asks how a pivot state's engagement is split among powers.
type AlignmentQuery struct {
	Pivot   string // e.g. PAK
	Measure string // arms (SIPRI imports by supplier) or count (events with each partner)
	Window  int    // years in the rolling sum shares are computed on (default 5)
	Top     int    // partners shown by name (default 6); the rest are "other"
	From    int
	To      int
	AsOf    int64
}

// ShareRow is one partner's part of the pivot's engagement in one year.
type ShareRow struct {
	Year   int     `json:"year"`
	Actor  string  `json:"actor"`        // the partner (supplier, or the other side of events)
	Value  float64 `json:"value"`        // in the year itself
	Window float64 `json:"window_value"` // rolling sum over the window ending in Year
	Share  float64 `json:"share"`        // Window / all partners' Window, 0..1
	Rank   int     `json:"rank"`         // 1 = largest share that year
}

// Overtake records a change of the leading partner.
type Overtake struct {
	Year          int     `json:"year"` // first year of the new leader's lead
	Leader        string  `json:"leader"`
	Previous      string  `json:"previous"`
	LeaderShare   float64 `json:"leader_share"`
	PreviousShare float64 `json:"previous_share"`
	// Years is how long the new lead lasted (to the next change or the end).
	Years int `json:"years"`
	// Durable is true when the lead lasted at least a full window.
	Durable bool `json:"durable"`
}

// AlignmentResult is the multi-alignment picture for a pivot state.
type AlignmentResult struct {
	Pivot     string     `json:"pivot"`
	Measure   string     `json:"measure"`
	Unit      string     `json:"unit"`
	Window    int        `json:"window"`
	Partners  []string   `json:"partners"` // by total, descending
	Rows      []ShareRow `json:"rows"`
	Overtakes []Overtake `json:"overtakes"`
	// Leader is the partner leading at the end of the data, since LeaderSince.
	Leader      string   `json:"leader"`
	LeaderSince int      `json:"leader_since,omitempty"`
	Sources     []string `json:"sources,omitempty"`
}

// Other collects partners beyond the top N.
const Other = "other"

// Alignment computes partners' rolling shares of the pivot's engagement and
// the changes of leader. values[partner][year] is the partner's volume in
// the year. Shares use a rolling window sum because single years of
// deliveries are lumpy (one ship or squadron). The first window−1 years
// use the shorter window available. Leaders are chosen among named
// partners only; a year where the window total is zero has no leader.
func Alignment(values map[string]map[int]float64, window, top int) ([]ShareRow, []Overtake, []string) {
	if window <= 0 {
		window = 5
	}
	if top <= 0 {
		top = 6
	}
	totals := map[string]float64{}
	lo, hi := 1<<30, -1<<30
	for p, ys := range values {
		for y, v := range ys {
			totals[p] += v
			lo, hi = min(lo, y), max(hi, y)
		}
	}
	partners := make([]string, 0, len(totals))
	for p := range totals {
		partners = append(partners, p)
	}
	sort.Slice(partners, func(i, j int) bool {
		if totals[partners[i]] != totals[partners[j]] {
			return totals[partners[i]] > totals[partners[j]]
		}
		return partners[i] < partners[j]
	})
	named := partners
	if len(named) > top {
		named = partners[:top]
	}
	isNamed := map[string]bool{}
	for _, p := range named {
		isNamed[p] = true
	}
	series := map[string]map[int]float64{}
	for p, ys := range values {
		k := p
		if !isNamed[p] {
			k = Other
		}
		if series[k] == nil {
			series[k] = map[int]float64{}
		}
		for y, v := range ys {
			series[k][y] += v
		}
	}
	keys := append([]string(nil), named...)
	if _, ok := series[Other]; ok {
		keys = append(keys, Other)
	}
	var rows []ShareRow
	var overtakes []Overtake
	leader := ""
	for y := lo; y <= hi; y++ {
		var total float64
		win := map[string]float64{}
		for _, k := range keys {
			for w := y - window + 1; w <= y; w++ {
				win[k] += series[k][w]
			}
			total += win[k]
		}
		start := len(rows)
		for _, k := range keys {
			r := ShareRow{Year: y, Actor: k, Value: series[k][y], Window: win[k]}
			if total > 0 {
				r.Share = win[k] / total
			}
			rows = append(rows, r)
		}
		yr := rows[start:]
		order := make([]int, len(yr))
		for i := range order {
			order[i] = i
		}
		sort.SliceStable(order, func(a, b int) bool { return yr[order[a]].Window > yr[order[b]].Window })
		for rank, i := range order {
			yr[i].Rank = rank + 1
		}
		if total == 0 {
			continue
		}
		best := ""
		for _, i := range order {
			if yr[i].Actor != Other {
				best = yr[i].Actor
				break
			}
		}
		// A tie keeps the current leader: overtaking means exceeding.
		if leader != "" && best != leader && win[best] > win[leader] {
			overtakes = append(overtakes, Overtake{Year: y, Leader: best, Previous: leader,
				LeaderShare: win[best] / total, PreviousShare: win[leader] / total})
			leader = best
		} else if leader == "" {
			leader = best
		}
	}
	for i := range overtakes {
		end := hi + 1
		if i+1 < len(overtakes) {
			end = overtakes[i+1].Year
		}
		overtakes[i].Years = end - overtakes[i].Year
		overtakes[i].Durable = overtakes[i].Years >= window
	}
	return rows, overtakes, named
}

// PivotAlignment fetches the pivot's arms imports by supplier (measure
// arms) or its events by partner (measure count) and computes shares.
func PivotAlignment(ctx context.Context, st store.Store, q AlignmentQuery) (*AlignmentResult, error) {
	if q.Pivot == "" {
		q.Pivot = "PAK"
	}
	if q.Measure == "" {
		q.Measure = MeasureArms
	}
	if q.Window <= 0 {
		q.Window = 5
	}
	res := &AlignmentResult{Pivot: q.Pivot, Measure: q.Measure, Window: q.Window}
	values := map[string]map[int]float64{}
	add := func(p string, y int, v float64) {
		if (q.From > 0 && y < q.From) || (q.To > 0 && y > q.To) {
			return
		}
		if values[p] == nil {
			values[p] = map[int]float64{}
		}
		values[p][y] += v
	}
	switch q.Measure {
	case MeasureArms, MeasureAid:
		pts, err := st.Series(ctx, q.Measure, "", q.Pivot)
		if err != nil {
			return nil, err
		}
		bySupplier := map[string][]int{}
		for i, p := range pts {
			bySupplier[p.Actor] = append(bySupplier[p.Actor], i)
		}
		lo, hi := coverage(pts)
		for s, idx := range bySupplier {
			sub := make([]event.SeriesPoint, len(idx))
			for i, j := range idx {
				sub[i] = pts[j]
			}
			yv, _ := MaterialYears(sub, lo, hi)
			for _, v := range yv {
				add(s, v.Year, v.Value)
			}
		}
		if len(pts) > 0 {
			res.Unit = pts[0].Unit
		}
		res.Sources = sourcesOf(pts)
	case MeasureCount:
		rows, err := st.Counts(ctx, store.CountQuery{Filter: store.Filter{Actor: q.Pivot, From: q.From, To: q.To, AsOf: q.AsOf, Reviews: store.Analysed}})
		if err != nil {
			return nil, err
		}
		for _, r := range rows {
			p := r.Recipient
			if r.Recipient == q.Pivot {
				p = r.Actor
			}
			if p == "" || p == q.Pivot {
				continue
			}
			add(p, r.Year, float64(r.Count))
		}
		res.Unit = "events"
	default:
		return nil, fmt.Errorf("measure %q: shares need arms, aid or count", q.Measure)
	}
	res.Rows, res.Overtakes, res.Partners = Alignment(values, q.Window, q.Top)
	if n := len(res.Overtakes); n > 0 {
		res.Leader, res.LeaderSince = res.Overtakes[n-1].Leader, res.Overtakes[n-1].Year
	} else {
		for _, r := range res.Rows {
			if r.Rank == 1 && r.Window > 0 && r.Actor != Other {
				res.Leader, res.LeaderSince = r.Actor, r.Year
				break
			}
		}
	}
	if res.Rows == nil {
		res.Rows = []ShareRow{}
	}
	if res.Overtakes == nil {
		res.Overtakes = []Overtake{}
	}
	return res, nil
}
