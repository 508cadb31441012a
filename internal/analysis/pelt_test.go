package analysis

import (
	"math"
	"math/rand/v2"
	"reflect"
	"testing"
)

// piecewise builds a series with the given segment lengths and means plus
// Gaussian noise of standard deviation sigma, from a seeded generator.
func piecewise(seed uint64, lens []int, means []float64, sigma float64) ([]float64, []int) {
	r := rand.New(rand.NewPCG(seed, seed^0x9e3779b97f4a7c15))
	var y []float64
	var cps []int
	for i, l := range lens {
		if i > 0 {
			cps = append(cps, len(y))
		}
		for j := 0; j < l; j++ {
			y = append(y, means[i]+sigma*r.NormFloat64())
		}
	}
	return y, cps
}

// TestPELTExactRecovery: at noise σ = 1/6 of the smallest jump and segments
// of at least 10 points, PELT with the default penalty (3·log n, MBIC-like), minimum segment 4 and an
// estimated σ recovers every change point exactly, for each of 20 seeds.
// At σ = 1/4 of the smallest jump it finds the right number of changes,
// each within ±2 points (a boundary point 2σ out can look like the other
// side, so exactness is not achievable there).
func TestPELTExactRecovery(t *testing.T) {
	cases := []struct {
		name  string
		lens  []int
		means []float64
	}{
		{"one step up", []int{30, 30}, []float64{0, 1}},
		{"up down", []int{15, 20, 15}, []float64{0, 1.25, 0.25}},
		{"four phases like arms", []int{15, 10, 12, 14}, []float64{1.25, 0, 1.25, 0.25}},
		{"short segments", []int{10, 10, 10, 10, 10}, []float64{0, 1, 0, -1, 0}},
		{"monthly length", []int{120, 80, 200}, []float64{0.5, -0.5, 0.5}},
	}
	for _, tc := range cases {
		for seed := uint64(1); seed <= 20; seed++ {
			y, want := piecewise(seed, tc.lens, tc.means, 1.0/6)
			seg, err := PELT(y, PELTOptions{})
			if err != nil {
				t.Fatal(err)
			}
			if !reflect.DeepEqual(seg.Changes, want) {
				t.Errorf("%s seed %d σ=1/6: changes %v, want %v (σ̂=%.2f)", tc.name, seed, seg.Changes, want, seg.Sigma)
			}
			y, want = piecewise(seed, tc.lens, tc.means, 1.0/4)
			seg, _ = PELT(y, PELTOptions{})
			ok := len(seg.Changes) == len(want)
			for i := 0; ok && i < len(want); i++ {
				ok = abs(seg.Changes[i]-want[i]) <= 2
			}
			if !ok {
				t.Errorf("%s seed %d σ=1/4: changes %v, want %v ±2 (σ̂=%.2f)", tc.name, seed, seg.Changes, want, seg.Sigma)
			}
		}
	}
}

// TestPELTBICRecall: with the BIC penalty (2·log n) that `pivot phases`
// uses, every true change point is still found exactly at σ = jump/6; BIC
// may add spurious ones, which TestPELTFalseAlarmRate bounds.
func TestPELTBICRecall(t *testing.T) {
	lens, means := []int{15, 10, 12, 14}, []float64{1.25, 0, 1.25, 0.25}
	for seed := uint64(1); seed <= 20; seed++ {
		y, want := piecewise(seed, lens, means, 1.0/6)
		seg, _ := PELT(y, PELTOptions{PenaltyFactor: 2})
		got := map[int]bool{}
		for _, c := range seg.Changes {
			got[c] = true
		}
		for _, w := range want {
			if !got[w] {
				t.Errorf("seed %d: BIC missed change %d: %v", seed, w, seg.Changes)
			}
		}
	}
}

// TestPELTFalseAlarmRate measures how often pure noise of length 72 (the
// SIPRI 1950–2021 span) is split: in at most 2% of 100 series at the
// default penalty (measured: 1%), at most 10% under BIC (measured: 7%).
func TestPELTFalseAlarmRate(t *testing.T) {
	for _, tc := range []struct {
		factor float64
		maxPct int
	}{{3, 2}, {2, 10}} {
		bad := 0
		for seed := uint64(1); seed <= 100; seed++ {
			y, _ := piecewise(seed, []int{72}, []float64{3}, 1)
			seg, _ := PELT(y, PELTOptions{PenaltyFactor: tc.factor})
			if len(seg.Changes) > 0 {
				bad++
			}
		}
		if bad > tc.maxPct {
			t.Errorf("penalty %g·log n: %d%% of noise series split, want ≤ %d%%", tc.factor, bad, tc.maxPct)
		}
		t.Logf("penalty %g·log n: %d%% of pure-noise series split", tc.factor, bad)
	}
}

// TestPELTMatchesOptimalPartitioning: pruning must not change the optimum,
// including with a minimum segment length.
func TestPELTMatchesOptimalPartitioning(t *testing.T) {
	for seed := uint64(1); seed <= 40; seed++ {
		y, _ := piecewise(seed, []int{7, 5, 9, 4, 12}, []float64{0, 2, -1, 3, 0}, 1.2)
		for _, m := range []int{1, 2, 3, 5} {
			for _, beta := range []float64{1, 4, 10} {
				seg, err := PELT(y, PELTOptions{Sigma: 1, Penalty: beta, MinSegment: m})
				if err != nil {
					t.Fatal(err)
				}
				want, cost := optimalPartition(y, 1, beta, m)
				if !reflect.DeepEqual(seg.Changes, want) || math.Abs(seg.Cost-cost) > 1e-9 {
					t.Errorf("seed %d m %d β %g: PELT %v (%.4f), OP %v (%.4f)", seed, m, beta, seg.Changes, seg.Cost, want, cost)
				}
				prev := 0
				for _, c := range seg.Changes {
					if c-prev < m {
						t.Errorf("segment shorter than %d: %v", m, seg.Changes)
					}
					prev = c
				}
				if len(y)-prev < m {
					t.Errorf("last segment shorter than %d: %v", m, seg.Changes)
				}
			}
		}
	}
}

func TestPELTErrors(t *testing.T) {
	for _, y := range [][]float64{nil, {1, math.NaN(), 2}, {math.Inf(1)}} {
		if _, err := PELT(y, PELTOptions{}); err == nil {
			t.Errorf("PELT(%v): want error", y)
		}
	}
	seg, err := PELT([]float64{1, 2, 3}, PELTOptions{MinSegment: 3})
	if err != nil || len(seg.Changes) != 0 {
		t.Errorf("short series: %v %v", seg.Changes, err)
	}
}

func TestNoiseSigma(t *testing.T) {
	y, _ := piecewise(7, []int{500, 500}, []float64{0, 10}, 2)
	if s := NoiseSigma(y); math.Abs(s-2) > 0.25 {
		t.Errorf("σ̂ = %.3f, want ≈ 2 despite the level shift", s)
	}
	if s := NoiseSigma([]float64{0, 0, 0, 0, 5, 5, 5}); s <= 0 || math.IsInf(s, 0) {
		t.Errorf("flat series σ̂ = %v, want a positive finite fallback", s)
	}
}
