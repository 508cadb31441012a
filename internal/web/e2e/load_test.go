package e2e_test

import (
	"io"
	"net/http"
	"os"
	"slices"
	"sync"
	"sync/atomic"
	"testing"
	"time"
)

// TestAPILoad is the sustained version of TestAPILatency (issue 8): 32
// concurrent clients on the default knowledge base, over the same mix of
// API calls and pages, with no error allowed. `make test` runs it for 5 s;
// PIVOT_LOAD=1 runs the full 30 s of the issue, and PIVOT_LOAD_DURATION
// sets any length. The p99 bound is the DESIGN.md target, 50 ms, with
// PIVOT_PERF=1 (a quiet machine), else 10× that.
//
//	PIVOT_LOAD=1 go test ./internal/web/e2e/ -run TestAPILoad -v
func TestAPILoad(t *testing.T) {
	if testing.Short() {
		t.Skip("load run skipped in -short mode")
	}
	dur := 5 * time.Second
	if os.Getenv("PIVOT_LOAD") == "1" {
		dur = 30 * time.Second
	}
	if v := os.Getenv("PIVOT_LOAD_DURATION"); v != "" {
		d, err := time.ParseDuration(v)
		if err != nil {
			t.Fatalf("PIVOT_LOAD_DURATION=%q: %v", v, err)
		}
		dur = d
	}
	srv := server(t)
	paths := requestMix(t, srv)
	for _, p := range paths { // warm the caches once, as a first visitor would
		resp, err := http.Get(srv.URL + p)
		if err != nil {
			t.Fatal(err)
		}
		io.Copy(io.Discard, resp.Body)
		resp.Body.Close()
	}
	client := &http.Client{Transport: &http.Transport{MaxIdleConnsPerHost: 64}, Timeout: 10 * time.Second}
	const clients = 32
	var (
		mu      sync.Mutex
		lat     []time.Duration
		errs    atomic.Int64
		firstMu sync.Mutex
		first   string
		wg      sync.WaitGroup
	)
	deadline := time.Now().Add(dur)
	start := time.Now()
	for c := range clients {
		wg.Add(1)
		go func() {
			defer wg.Done()
			local := make([]time.Duration, 0, 4096)
			for i := c; time.Now().Before(deadline); i++ {
				p := paths[i%len(paths)]
				t0 := time.Now()
				resp, err := client.Get(srv.URL + p)
				if err == nil {
					_, err = io.Copy(io.Discard, resp.Body)
					resp.Body.Close()
					if err == nil && resp.StatusCode != 200 {
						err = &statusErr{p, resp.StatusCode}
					}
				}
				local = append(local, time.Since(t0))
				if err != nil {
					if errs.Add(1) == 1 {
						firstMu.Lock()
						first = err.Error()
						firstMu.Unlock()
					}
				}
			}
			mu.Lock()
			lat = append(lat, local...)
			mu.Unlock()
		}()
	}
	wg.Wait()
	wall := time.Since(start)
	slices.Sort(lat)
	q := func(f float64) time.Duration { return lat[int(f*float64(len(lat)-1))] }
	t.Logf("load: %d clients for %v: %d requests, %.0f req/s, %d errors; p50 %v, p90 %v, p99 %v, max %v",
		clients, wall.Round(time.Millisecond), len(lat), float64(len(lat))/wall.Seconds(), errs.Load(),
		q(.5), q(.9), q(.99), lat[len(lat)-1])
	if n := errs.Load(); n > 0 {
		t.Errorf("%d of %d requests failed; first: %s", n, len(lat), first)
	}
	limit := 500 * time.Millisecond
	if os.Getenv("PIVOT_PERF") == "1" {
		limit = 50 * time.Millisecond
	}
	if p99 := q(.99); p99 > limit {
		t.Errorf("p99 %v exceeds %v", p99, limit)
	}
}

type statusErr struct {
	path string
	code int
}

func (e *statusErr) Error() string { return e.path + ": HTTP " + http.StatusText(e.code) }
