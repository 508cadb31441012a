package analysis

import (
	"context"
	"fmt"
	"math"

	"github.com/pivot-geo/pivot/internal/store"
)

// PhaseOptions parameterises Phases.
type PhaseOptions struct {
	PELTOptions
	// Transform applied before segmentation: "log1p" (default for aid, arms
	// and count: lumpy, heavy-tailed, non-negative series whose changes are
	// multiplicative), "none" (default for intensity, which is signed).
	Transform string
	// Signed selects the labels for a signed measure (intensity).
	Signed bool
	// EventBased marks event measures (intensity, count): a phase with no
	// events at all is labelled "quiet", since missing coverage is not
	// estrangement. Material flows keep their zeros (an embargo is real).
	EventBased bool
}

// Phase is one segment of a series.
type Phase struct {
	Direction  string   `json:"direction,omitempty"`
	Measure    string   `json:"measure,omitempty"`
	Start      int      `json:"start"` // first year
	End        int      `json:"end"`   // last year, inclusive
	StartMonth int      `json:"start_month,omitempty"`
	EndMonth   int      `json:"end_month,omitempty"`
	N          int      `json:"n"`        // periods in the phase
	Level      float64  `json:"level"`    // mean value per period (untransformed)
	Total      float64  `json:"total"`    // sum of values
	Relative   float64  `json:"relative"` // level / mean of the whole series
	Change     *float64 `json:"change"`   // level / previous phase's level (null for the first, or after a zero level)
	Label      string   `json:"label"`
	Unit       string   `json:"unit,omitempty"`
	// Drivers is the phase's event composition (with --drivers).
	Drivers *DriverResult `json:"drivers,omitempty"`
}

// Phases segments pts (one direction, consecutive periods) with PELT and
// labels each segment.
func Phases(pts []Point, o PhaseOptions) ([]Phase, Segmentation, error) {
	if len(pts) == 0 {
		return nil, Segmentation{}, fmt.Errorf("no data to segment")
	}
	y := make([]float64, len(pts))
	for i, p := range pts {
		y[i] = p.Value
		switch o.Transform {
		case "", "log1p":
			if p.Value < 0 {
				return nil, Segmentation{}, fmt.Errorf("log1p transform needs non-negative values (got %g in %s); use --transform none", p.Value, p.Label())
			}
			y[i] = math.Log1p(p.Value)
		case "none":
		default:
			return nil, Segmentation{}, fmt.Errorf("transform %q: want log1p or none", o.Transform)
		}
	}
	seg, err := PELT(y, o.PELTOptions)
	if err != nil {
		return nil, seg, err
	}
	var overall float64
	for _, p := range pts {
		overall += p.Value
	}
	overall /= float64(len(pts))
	bounds := append(append([]int{0}, seg.Changes...), len(pts))
	phases := make([]Phase, 0, len(bounds)-1)
	for i := 0; i+1 < len(bounds); i++ {
		s, e := bounds[i], bounds[i+1]
		ph := Phase{Start: pts[s].Year, End: pts[e-1].Year, StartMonth: pts[s].Month, EndMonth: pts[e-1].Month, N: e - s}
		for _, p := range pts[s:e] {
			ph.Total += p.Value
		}
		ph.Level = ph.Total / float64(ph.N)
		if overall != 0 {
			ph.Relative = ph.Level / math.Abs(overall)
		}
		if i > 0 && phases[i-1].Level != 0 && !o.Signed {
			c := ph.Level / phases[i-1].Level
			ph.Change = &c
		}
		phases = append(phases, ph)
	}
	if o.Signed {
		labelSigned(phases, pts, overall)
	} else {
		labelMaterial(phases, overall)
	}
	if o.EventBased {
		at := 0
		for i := range phases {
			quiet := true
			for _, p := range pts[at : at+phases[i].N] {
				quiet = quiet && p.Value == 0 && p.Count == 0
			}
			if quiet {
				phases[i].Label = "quiet"
			}
			at += phases[i].N
		}
	}
	return phases, seg, nil
}

// Thresholds for labels, relative to the whole series' mean level M.
const (
	lowShare  = 0.5 // a phase below 0.5·M is "low"
	riseRatio = 1.5 // a phase 1.5× the previous one is a rise (1/1.5 a fall)
)

// labelMaterial names phases of a non-negative flow (arms, aid, counts):
//
//	first phase:   alignment (≥ M), distance (< M/2), engagement
//	rise ≥ 1.5×:   from a low phase → revival if an earlier phase was ≥ M,
//	               else alignment (≥ M) or rapprochement; from a non-low
//	               phase → surge
//	fall ≥ 1.5×:   estrangement (ends < M/2), else cooling
//	otherwise:     alignment (≥ M), estrangement (< M/2), steady
func labelMaterial(ph []Phase, m float64) {
	earlierHigh := false
	for i := range ph {
		l := ph[i].Level
		low, high := l < lowShare*m, l >= m
		switch {
		case i == 0:
			ph[i].Label = pick(high, "alignment", pick(low, "distance", "engagement"))
		case l >= riseRatio*ph[i-1].Level:
			prevLow := ph[i-1].Level < lowShare*m
			switch {
			case prevLow && earlierHigh:
				ph[i].Label = "revival"
			case prevLow && high:
				ph[i].Label = "alignment"
			case prevLow:
				ph[i].Label = "rapprochement"
			default:
				ph[i].Label = "surge"
			}
		case l*riseRatio <= ph[i-1].Level:
			ph[i].Label = pick(low, "estrangement", "cooling")
		default:
			ph[i].Label = pick(high, "alignment", pick(low, "estrangement", "steady"))
		}
		if high {
			earlierHigh = true
		}
	}
}

// labelSigned names phases of a signed cooperation–conflict score: the
// sign says cooperation or tension, moves of more than half the series'
// standard deviation say which way the relationship went.
func labelSigned(ph []Phase, pts []Point, m float64) {
	var ss float64
	for _, p := range pts {
		ss += (p.Value - m) * (p.Value - m)
	}
	sd := math.Sqrt(ss / float64(len(pts)))
	for i := range ph {
		l := ph[i].Level
		d := 0.0
		if i > 0 {
			d = l - ph[i-1].Level
		}
		switch {
		case l < 0 && d > 0.5*sd:
			ph[i].Label = "easing"
		case l < 0:
			ph[i].Label = "tension"
		case i > 0 && d < -0.5*sd:
			ph[i].Label = "cooling"
		case i > 0 && d > 0.5*sd && ph[i-1].Level < 0:
			ph[i].Label = "rapprochement"
		case i > 0 && d > 0.5*sd:
			ph[i].Label = "surge"
		default:
			ph[i].Label = pick(l >= m, "alignment", "steady")
		}
	}
}

func pick2(c bool, a, b int) int {
	if c {
		return a
	}
	return b
}

func pick(c bool, a, b string) string {
	if c {
		return a
	}
	return b
}

// DefaultPhaseOptions returns the documented defaults for a measure:
// log1p and BIC (2·log n) for material and count series — annual series
// are short (n≈70), where MBIC misses real shifts — minimum segment 4
// years (6 months for monthly series); no transform for intensity.
func DefaultPhaseOptions(measure string, byMonth bool) PhaseOptions {
	o := PhaseOptions{Transform: "log1p"}
	o.PenaltyFactor = 2
	o.MinSegment = 4
	if byMonth {
		o.MinSegment = 6
	}
	if measure == MeasureIntensity {
		o.Transform = "none"
		o.Signed = true
	}
	o.EventBased = measure == MeasureIntensity || measure == MeasureCount
	return o
}

// PhasesResult is the phases of every direction of a dyad that has data.
type PhasesResult struct {
	Dyad    string   `json:"dyad"`
	Measure string   `json:"measure"`
	Method  string   `json:"method"`
	Phases  []Phase  `json:"phases"`
	Notes   []string `json:"notes,omitempty"`
}

// DyadPhases fetches a dyad series and segments each direction that has
// any non-zero value. With drivers, each phase carries the composition of
// the dyad's events (both directions) in its years.
func DyadPhases(ctx context.Context, st store.Store, q SeriesQuery, o PhaseOptions, drivers bool) (*PhasesResult, error) {
	sr, err := DyadSeries(ctx, st, q)
	if err != nil {
		return nil, err
	}
	res := &PhasesResult{Dyad: sr.Dyad, Measure: sr.Measure, Phases: []Phase{}, Notes: sr.Notes}
	var rows []store.CountRow
	if drivers {
		rows, err = st.Counts(ctx, store.CountQuery{Filter: store.Filter{Dyad: q.Dyad, AsOf: q.AsOf, Reviews: store.Analysed}})
		if err != nil {
			return nil, err
		}
	}
	for _, d := range sr.Directions {
		if !anyNonZero(d.Points) {
			continue
		}
		// Start at the first non-zero period: the zero-filled years before
		// a supplier's first delivery (Russia before 1992, China before
		// 1964) are not a phase of the relationship.
		pts := d.Points
		first := 0
		for first < len(pts) && pts[first].Value == 0 {
			first++
		}
		if first > 0 {
			res.Notes = append(res.Notes, fmt.Sprintf("%s: starts at %s, the first period with a non-zero value", d.Direction, pts[first].Label()))
			pts = pts[first:]
		}
		ph, seg, err := Phases(pts, o)
		if err != nil {
			return nil, fmt.Errorf("%s: %w", d.Direction, err)
		}
		// σ̂ and the penalty depend on each direction's data: say both.
		m := fmt.Sprintf("PELT, Gaussian mean change on %s values, penalty %.2f (σ̂=%.3f), min segment %d",
			pick(o.Transform == "none", "raw", "log1p"), seg.Penalty, seg.Sigma, pick2(o.MinSegment > 0, o.MinSegment, 4))
		if res.Method != "" {
			res.Method += "; "
		}
		res.Method += d.Direction + ": " + m
		for i := range ph {
			ph[i].Direction, ph[i].Measure, ph[i].Unit = d.Direction, sr.Measure, sr.Unit
			if drivers {
				dr := Drivers(rows, ph[i].Start, ph[i].End)
				dr.Dyad = sr.Dyad
				ph[i].Drivers = &dr
			}
		}
		res.Phases = append(res.Phases, ph...)
	}
	if len(res.Phases) == 0 {
		res.Notes = append(res.Notes, "no non-zero data for this dyad and measure")
	}
	return res, nil
}

func anyNonZero(pts []Point) bool {
	for _, p := range pts {
		if p.Value != 0 {
			return true
		}
	}
	return false
}
