package e2e_test

import (
	"encoding/json"
	"io"
	"net/http"
	"net/http/httptest"
	"os"
	"slices"
	"sync"
	"testing"
	"time"
)

// TestAPILatency measures the API and pages on the default knowledge base
// with 32 concurrent clients, the DESIGN.md target being p99 ≤ 50 ms. The
// hard assertion uses that target only with PIVOT_PERF=1 (a quiet machine);
// otherwise a shared CI box gets 10× headroom, so the test still catches a
// handler that recomputes per request, without flaking on a busy neighbour.
func TestAPILatency(t *testing.T) {
	if testing.Short() {
		t.Skip("latency run skipped in -short mode")
	}
	srv := server(t)
	paths := requestMix(t, srv)
	// Cold pass: the first request of each kind computes and caches.
	var cold time.Duration
	for _, p := range paths {
		start := time.Now()
		fetch(t, srv.URL+p)
		cold = max(cold, time.Since(start))
	}
	if testing.Verbose() {
		for _, p := range paths {
			start := time.Now()
			for range 20 {
				fetch(t, srv.URL+p)
			}
			t.Logf("warm %-45s %v", p, time.Since(start)/20)
		}
	}

	const clients, perClient = 32, 100
	var mu sync.Mutex
	var lat []time.Duration
	var wg sync.WaitGroup
	start := time.Now()
	for c := range clients {
		wg.Add(1)
		go func() {
			defer wg.Done()
			local := make([]time.Duration, 0, perClient)
			for i := range perClient {
				p := paths[(c+i)%len(paths)]
				t0 := time.Now()
				fetch(t, srv.URL+p)
				local = append(local, time.Since(t0))
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
	t.Logf("%d requests, %d clients, %.0f req/s: p50 %v, p90 %v, p99 %v, max %v; slowest cold request %v",
		len(lat), clients, float64(len(lat))/wall.Seconds(), q(.5), q(.9), q(.99), lat[len(lat)-1], cold)
	limit := 500 * time.Millisecond
	if os.Getenv("PIVOT_PERF") == "1" {
		limit = 50 * time.Millisecond
	}
	if p99 := q(.99); p99 > limit {
		t.Errorf("p99 %v exceeds %v", p99, limit)
	}
}

func fetch(t *testing.T, url string) {
	resp, err := http.Get(url)
	if err != nil {
		t.Error(err)
		return
	}
	io.Copy(io.Discard, resp.Body)
	resp.Body.Close()
	if resp.StatusCode != 200 {
		t.Errorf("%s: %d", url, resp.StatusCode)
	}
}

func getJSON(t *testing.T, url string, v any) {
	t.Helper()
	resp, err := http.Get(url)
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	if err := json.NewDecoder(resp.Body).Decode(v); err != nil {
		t.Fatal(err)
	}
}

// requestMix is the API and page mix the latency and load tests replay:
// events, series, phases, documents, search, checks and the main pages.
func requestMix(t *testing.T, srv *httptest.Server) []string {
	t.Helper()
	var docs struct{ Documents []struct{ ID string } }
	var evs struct{ Events []struct{ ID string } }
	getJSON(t, srv.URL+"/api/documents", &docs)
	getJSON(t, srv.URL+"/api/events?dyad=USA-PAK", &evs)
	if len(docs.Documents) == 0 || len(evs.Events) == 0 {
		t.Fatal("default knowledge base is empty")
	}
	paths := []string{
		"/api/events?dyad=USA-PAK", "/api/events?dyad=CHN-PAK&from=2000", "/api/series?dyad=USA-PAK&measure=arms",
		"/api/series?dyad=USA-PAK&measure=aid", "/api/series?dyad=RUS-PAK&measure=intensity",
		"/api/documents/" + docs.Documents[0].ID, "/api/events/" + evs.Events[0].ID, "/api/overview",
		"/api/network", "/api/phases?dyad=USA-PAK", "/api/search?q=CPEC", "/api/checks",
		"/", "/dyad/USA-PAK", "/events/" + evs.Events[0].ID, "/documents/" + docs.Documents[0].ID,
	}
	return paths
}
