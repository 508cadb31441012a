// Package analysis turns stored events, series and claims into analysis:
// dyad series, change-point phases, drivers, multi-alignment shares and
// checks (contradictions, claims against data, hedged claims). Its functions
// take plain slices so they are unit-testable without a database; thin
// wrappers fetch from a store.Store. It must not import a database package.
package analysis

import (
	"errors"
	"math"
	"sort"
)

// PELTOptions parameterises change-point detection.
type PELTOptions struct {
	// Penalty is the cost added per segment (in units of the normalised cost,
	// i.e. squared deviations divided by the noise variance). Zero selects
	// PenaltyFactor·log(n).
	Penalty float64
	// PenaltyFactor multiplies log(n) when Penalty is zero. Zero selects 3
	// (close to the changepoint R package's MBIC default, conservative);
	// 2 is BIC (one mean and one location per change), which `pivot phases`
	// uses for short annual series.
	PenaltyFactor float64
	// MinSegment is the shortest segment allowed (default 4).
	MinSegment int
	// Sigma is the noise standard deviation. Zero estimates it robustly
	// from the data (see NoiseSigma).
	Sigma float64
}

// Segmentation is the result of PELT.
type Segmentation struct {
	// Changes are the start indices of every segment after the first,
	// ascending: segment i covers [Changes[i-1], Changes[i]).
	Changes []int
	Sigma   float64 // noise scale used
	Penalty float64 // penalty used
	Cost    float64 // optimal penalised cost
}

// NoiseSigma estimates the noise standard deviation of a piecewise-constant
// signal from its first differences: differences cancel the level except at
// the (few) change points. The largest 10% of absolute differences are
// dropped (they hold the jumps) and the root mean square of the rest is
// corrected for that truncation under normality, then divided by √2. This
// trimmed estimator is far less variable than the MAD of differences (MAD
// has 37% efficiency), which matters for series of 50–100 years: an
// underestimated σ splits on noise.
func NoiseSigma(y []float64) float64 {
	if len(y) < 3 {
		return 1
	}
	d := make([]float64, len(y)-1)
	for i := 1; i < len(y); i++ {
		d[i-1] = math.Abs(y[i] - y[i-1])
	}
	sort.Float64s(d)
	keep := len(d) - int(math.Ceil(0.1*float64(len(d))))
	if keep < 2 {
		keep = len(d)
	}
	var ss float64
	for _, x := range d[:keep] {
		ss += x * x
	}
	frac := float64(keep) / float64(len(d))
	s := math.Sqrt(ss/float64(keep)/truncatedVar(frac)) / math.Sqrt2
	if s <= 1e-9 {
		// A mostly flat series (many equal values): fall back to the plain
		// RMS difference so we neither divide by zero nor split on every wiggle.
		ss = 0
		for _, x := range d {
			ss += x * x
		}
		s = math.Sqrt(ss/float64(len(d))) / math.Sqrt2
	}
	if s <= 1e-9 {
		s = 1
	}
	return s
}

// truncatedVar is E[Z² | |Z| ≤ q] for standard normal Z, where q is the
// quantile of |Z| that keeps fraction p: 1 − 2qφ(q)/p.
func truncatedVar(p float64) float64 {
	if p >= 1 {
		return 1
	}
	q := math.Sqrt2 * math.Erfinv(p)
	phi := math.Exp(-q*q/2) / math.Sqrt(2*math.Pi)
	return 1 - 2*q*phi/p
}

func median(x []float64) float64 {
	if len(x) == 0 {
		return 0
	}
	c := append([]float64(nil), x...)
	sort.Float64s(c)
	n := len(c)
	if n%2 == 1 {
		return c[n/2]
	}
	return (c[n/2-1] + c[n/2]) / 2
}

// meanCost evaluates the Gaussian mean-change cost of y[s:t] in O(1) from
// prefix sums: Σ(y−ȳ)²/σ², i.e. −2·log-likelihood up to a constant.
type meanCost struct {
	s1, s2 []float64
	inv    float64
}

func newMeanCost(y []float64, sigma float64) *meanCost {
	c := &meanCost{s1: make([]float64, len(y)+1), s2: make([]float64, len(y)+1), inv: 1 / (sigma * sigma)}
	for i, v := range y {
		c.s1[i+1] = c.s1[i] + v
		c.s2[i+1] = c.s2[i] + v*v
	}
	return c
}

func (c *meanCost) cost(s, t int) float64 {
	n := float64(t - s)
	sum := c.s1[t] - c.s1[s]
	v := (c.s2[t] - c.s2[s]) - sum*sum/n
	if v < 0 { // rounding
		v = 0
	}
	return v * c.inv
}

// PELT finds the optimal segmentation of y into segments of constant mean
// under a linear penalty (Killick, Fearnhead & Eckley 2012, "Optimal
// detection of changepoints with a linear computational cost", JASA 107).
// The result is exactly that of optimal partitioning; pruning only saves
// work. Minimum segment length is honoured exactly: a candidate that fails
// the pruning test at time t is kept until t+MinSegment, because t itself
// only becomes a legal predecessor then.
func PELT(y []float64, o PELTOptions) (Segmentation, error) {
	n := len(y)
	m := o.MinSegment
	if m <= 0 {
		m = 4
	}
	if n == 0 {
		return Segmentation{}, errors.New("empty series")
	}
	for _, v := range y {
		if math.IsNaN(v) || math.IsInf(v, 0) {
			return Segmentation{}, errors.New("series has NaN or infinite values")
		}
	}
	sigma := o.Sigma
	if sigma <= 0 {
		sigma = NoiseSigma(y)
	}
	beta := o.Penalty
	if beta <= 0 {
		f := o.PenaltyFactor
		if f <= 0 {
			f = 3
		}
		beta = f * math.Log(float64(max(n, 2)))
	}
	c := newMeanCost(y, sigma)
	if n < 2*m {
		return Segmentation{Sigma: sigma, Penalty: beta, Cost: c.cost(0, n) + beta}, nil
	}
	F := make([]float64, n+1)
	last := make([]int, n+1)
	for t := 1; t < m; t++ {
		F[t] = math.Inf(1)
	}
	F[0] = -beta
	type cand struct{ tau, until int }
	R := []cand{{0, math.MaxInt}}
	for t := m; t <= n; t++ {
		if tau := t - m; tau >= m && !math.IsInf(F[tau], 1) {
			R = append(R, cand{tau, math.MaxInt})
		}
		best, arg := math.Inf(1), 0
		vals := make([]float64, len(R))
		for i, r := range R {
			v := F[r.tau] + c.cost(r.tau, t)
			vals[i] = v
			if v+beta < best {
				best, arg = v+beta, r.tau
			}
		}
		F[t], last[t] = best, arg
		keep := R[:0]
		for i, r := range R {
			if r.until <= t {
				continue
			}
			if vals[i] > F[t] && r.until == math.MaxInt {
				r.until = t + m
			}
			keep = append(keep, r)
		}
		R = keep
	}
	var ch []int
	for t := last[n]; t > 0; t = last[t] {
		ch = append(ch, t)
	}
	sort.Ints(ch)
	return Segmentation{Changes: ch, Sigma: sigma, Penalty: beta, Cost: F[n]}, nil
}

// optimalPartition is the O(n²) exhaustive dynamic programme PELT must
// agree with; kept for tests.
func optimalPartition(y []float64, sigma, beta float64, m int) ([]int, float64) {
	n := len(y)
	c := newMeanCost(y, sigma)
	F := make([]float64, n+1)
	last := make([]int, n+1)
	F[0] = -beta
	for t := 1; t <= n; t++ {
		F[t] = math.Inf(1)
		for tau := 0; tau <= t-m; tau++ {
			if tau != 0 && tau < m {
				continue
			}
			if v := F[tau] + c.cost(tau, t) + beta; v < F[t] {
				F[t], last[t] = v, tau
			}
		}
	}
	if math.IsInf(F[n], 1) {
		return nil, c.cost(0, n) + beta
	}
	var ch []int
	for t := last[n]; t > 0; t = last[t] {
		ch = append(ch, t)
	}
	sort.Ints(ch)
	return ch, F[n]
}
