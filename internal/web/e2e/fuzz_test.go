package e2e_test

// FuzzAPIQuery throws arbitrary query strings and path segments at every
// read endpoint of the API and the pages, on a real DuckDB store holding
// the default knowledge base (built once per fuzz process). The contract:
// never a 5xx, never a panic, errors are JSON naming the parameter, and
// the store is unchanged afterwards. It lives here, not in package web,
// so web's own unit tests keep linking no database.

import (
	"context"
	"encoding/json"
	"net/http"
	"net/http/httptest"
	"net/url"
	"path/filepath"
	"strings"
	"testing"

	"github.com/pivot-geo/pivot/internal/ingest"
	"github.com/pivot-geo/pivot/internal/store"
	"github.com/pivot-geo/pivot/internal/store/duckdb"
	"github.com/pivot-geo/pivot/internal/web"
)

// fuzzPaths are the read endpoints; "%s" takes the fuzzed path segment.
var fuzzPaths = []string{
	"/api/events", "/api/series", "/api/phases", "/api/drivers", "/api/network", "/api/search",
	"/api/overview", "/api/checks", "/api/batches", "/api/documents",
	"/api/events/%s", "/api/documents/%s", "/dyad/%s", "/events/%s", "/documents/%s",
	"/search", "/network", "/", "/documents", "/checks",
}

// kbStats is a fingerprint of the store: rows per table.
func kbStats(tb testing.TB, st *duckdb.Store) string {
	tb.Helper()
	var out []string
	for _, tbl := range []string{"batches", "documents", "events", "mentions", "series", "claims", "audit"} {
		var n int
		if err := st.DB.QueryRowContext(context.Background(), "SELECT count(*) FROM "+tbl).Scan(&n); err != nil {
			tb.Fatalf("count %s: %v", tbl, err)
		}
		out = append(out, tbl+"="+itoa(n))
	}
	return strings.Join(out, " ")
}

func itoa(n int) string {
	b, _ := json.Marshal(n)
	return string(b)
}

func FuzzAPIQuery(f *testing.F) {
	ctx := context.Background()
	st, err := duckdb.Open(ctx, filepath.Join(f.TempDir(), "kb.duckdb"))
	if err != nil {
		f.Fatal(err)
	}
	f.Cleanup(func() { st.Close() })
	if _, err := ingest.Default(ctx, st, ingest.Options{}); err != nil {
		f.Fatal(err)
	}
	var _ store.Store = st
	h := web.New(st, web.Options{Token: token, Logf: func(string, ...any) {}})
	before := kbStats(f, st)
	f.Cleanup(func() {
		if after := kbStats(f, st); after != before {
			f.Errorf("store changed by reads: %s -> %s", before, after)
		}
	})

	seeds := []struct {
		ep       uint8
		seg, raw string
	}{
		{0, "", "dyad=USA-PAK"}, {0, "", "dyad=CHN-PAK&from=2000&to=2020&type=AID"},
		{0, "", "dyad=US'--PAK"}, {0, "", "q=CPEC&limit=5&format=csv"}, {0, "", "q=%27%3B+DROP+TABLE+events%3B--"},
		{0, "", "actor=PAK&as_of=1&review=proposed,accepted"}, {0, "", "from=1e9&to=-1"},
		{0, "", "q=%25_%5C"}, {0, "", "dyad=USA-PAK&type=AID%27+OR+1%3D1--"}, {0, "", "as_of=99999999999999999999"},
		{1, "", "dyad=USA-PAK&measure=arms&by=month"}, {2, "", "dyad=RUS-PAK&measure=intensity"},
		{3, "", "dyad=USA-PAK&from=1980&to=1990"}, {4, "", "from=1990&top=5"}, {5, "", "q=%3Cscript%3E"},
		{10, "x' OR '1'='1", ""}, {11, "..%2F..%2Fetc%2Fpasswd", ""}, {12, "USA-PAK", "from=2001"},
		{12, "PAK-PAK", ""}, {13, "%00", ""}, {15, "", "q=Pakistan"}, {16, "", "from=2000&to=2010&top=1000000"},
	}
	for _, s := range seeds {
		f.Add(s.ep, s.seg, s.raw)
	}
	f.Fuzz(func(t *testing.T, ep uint8, seg, raw string) {
		p := fuzzPaths[int(ep)%len(fuzzPaths)]
		if strings.Contains(p, "%s") {
			if seg == "" || strings.ContainsAny(seg, "/?#") {
				seg = "x"
			}
			p = strings.Replace(p, "%s", url.PathEscape(seg), 1)
		}
		u, err := url.Parse(p)
		if err != nil {
			t.Skip()
		}
		u.RawQuery = raw
		req := (&http.Request{Method: "GET", URL: u, Header: http.Header{}, Host: "127.0.0.1", RequestURI: u.RequestURI()}).WithContext(ctx)
		rec := httptest.NewRecorder()
		h.ServeHTTP(rec, req)
		code := rec.Code
		if code >= 500 {
			t.Fatalf("GET %s: %d %s", u, code, rec.Body.String())
		}
		if code == 400 && strings.HasPrefix(u.Path, "/api/") {
			var e struct{ Error, Param string }
			if err := json.Unmarshal(rec.Body.Bytes(), &e); err != nil || e.Error == "" {
				t.Fatalf("GET %s: 400 without a JSON error: %s", u, rec.Body.String())
			}
		}
	})
}
