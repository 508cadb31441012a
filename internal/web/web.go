// Package web serves Pivot's JSON API and analyst dashboard. Pages are
// rendered with html/template (so every piece of source text is escaped) and
// enhanced by a small hand-written script; charts use d3 and the network
// view cytoscape, both vendored from npm and embedded, so the dashboard works
// with no network at all.
//
// The package reads only through store.Store, derives intensity, phases,
// drivers and checks with internal/analysis (which links no database
// either), and receives ingestion as a function in Options, so it links
// neither a database nor the extractor.
package web

import (
	"context"
	"crypto/hmac"
	"crypto/sha256"
	"crypto/subtle"
	"embed"
	"encoding/hex"
	"io/fs"
	"log"
	"net/http"
	"net/url"
	"strings"
	"sync"
	"sync/atomic"

	"github.com/pivot-geo/pivot/internal/event"
	"github.com/pivot-geo/pivot/internal/store"
)

//go:embed assets templates
var assetFS embed.FS

// Options configures the handler.
type Options struct {
	// Token guards every write (adding documents, reviewing events). Empty
	// disables writes altogether rather than leaving them open.
	Token string
	// Ingest extracts and stores one document and returns its id. It is
	// injected by the serve command so this package needs no ingest import;
	// nil disables POST /api/documents.
	Ingest func(ctx context.Context, doc event.Document) (docID string, err error)

	// Pivot is the state the overview opens on (default "PAK") and Partners
	// the powers shown for it (default USA, CHN, RUS).
	Pivot    string
	Partners []string

	// Logf receives server-side errors; nil uses the log package.
	Logf func(format string, args ...any)
}

// Direction is one directed series: points by year.
type Direction struct {
	Direction string   `json:"direction"` // "USA>PAK"
	Category  string   `json:"category,omitempty"`
	Unit      string   `json:"unit,omitempty"`
	Sources   []string `json:"sources,omitempty"`
	Points    []Point  `json:"points"`
}

// Point is one value of a series. End and Period are set when the source
// value covers more than one year (e.g. the CRS "FY2002-FY2007" total).
type Point struct {
	Year   int     `json:"year"`
	End    int     `json:"end,omitempty"`
	Period string  `json:"period,omitempty"`
	Value  float64 `json:"value"`
	Count  int     `json:"count,omitempty"`
}

type server struct {
	st     store.Store
	opt    Options
	mux    *http.ServeMux
	static http.Handler
	pages  map[string]*pageTemplate

	// gen counts writes made through this handler; derived data is cached
	// per generation, so reads never recompute while the store is unchanged.
	gen   atomic.Int64
	cache sync.Map // key -> *cached
	// size counts cache entries; free-text and year parameters make keys
	// unbounded, so the cache is dropped whole when it grows past maxCache.
	size atomic.Int64
	csrf string // HMAC of the token: the form token bound to it
}

type cached struct {
	once sync.Once
	gen  int64
	val  any
	err  error
}

// New returns the dashboard and API handler.
func New(st store.Store, opt Options) http.Handler {
	opt.Pivot = strings.ToUpper(strings.TrimSpace(opt.Pivot))
	if opt.Pivot == "" {
		opt.Pivot = "PAK"
	}
	if len(opt.Partners) == 0 && opt.Pivot == "PAK" {
		opt.Partners = []string{"USA", "CHN", "RUS"}
	}
	if opt.Logf == nil {
		opt.Logf = log.Printf
	}
	s := &server{st: st, opt: opt, mux: http.NewServeMux()}
	if opt.Token != "" {
		m := hmac.New(sha256.New, []byte(opt.Token))
		m.Write([]byte("pivot-csrf"))
		s.csrf = hex.EncodeToString(m.Sum(nil))
	}
	sub, err := fs.Sub(assetFS, "assets")
	if err != nil {
		panic(err) // the embed directive guarantees the directory
	}
	s.static = http.StripPrefix("/static/", staticHandler(sub))
	s.pages = parsePages()
	s.routes()
	// Compute the overview before the first visitor asks: it is the page
	// everyone opens first, and its first computation is the slowest.
	go func() {
		if _, err := s.overview(context.Background(), opt.Pivot); err != nil {
			opt.Logf("web: warming the overview: %v", err)
		}
	}()
	return s
}

func (s *server) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	h := w.Header()
	// The page only ever talks to its own origin: a CSP that forbids other
	// origins both hardens it and proves it needs no CDN.
	h.Set("Content-Security-Policy", "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; connect-src 'self'; frame-ancestors 'none'; base-uri 'none'; form-action 'self'")
	h.Set("X-Content-Type-Options", "nosniff")
	h.Set("Referrer-Policy", "same-origin")
	if r.Method == http.MethodGet || r.Method == http.MethodHead {
		// Reads share memoised computations: one reader hanging up must
		// not cancel (and fail) the computation another reader waits on.
		// Every read is a few store queries, so finishing it is cheap.
		r = r.WithContext(context.WithoutCancel(r.Context()))
	}
	s.mux.ServeHTTP(w, r)
}

func (s *server) routes() {
	m := s.mux
	m.Handle("GET /static/", s.static)
	m.HandleFunc("GET /{$}", s.pageHome)
	m.HandleFunc("GET /dyad/{dyad}", s.pageDyad)
	m.HandleFunc("GET /events/{id}", s.pageEvent)
	m.HandleFunc("POST /events/{id}/review", s.formReview)
	m.HandleFunc("GET /documents", s.pageDocuments)
	m.HandleFunc("POST /documents", s.formAddDocument)
	m.HandleFunc("GET /documents/{id}", s.pageDocument)
	m.HandleFunc("GET /checks", s.pageChecks)
	m.HandleFunc("GET /search", s.pageSearch)
	m.HandleFunc("GET /network", s.pageNetwork)
	m.HandleFunc("GET /login", s.pageLogin)
	m.HandleFunc("POST /login", s.formLogin)
	m.HandleFunc("POST /logout", s.formLogout)

	m.HandleFunc("GET /api/events", s.apiEvents)
	m.HandleFunc("GET /api/events/{id}", s.apiEvent)
	m.HandleFunc("POST /api/events/{id}/review", s.apiReview)
	m.HandleFunc("GET /api/series", s.apiSeries)
	m.HandleFunc("GET /api/documents", s.apiDocuments)
	m.HandleFunc("POST /api/documents", s.apiAddDocument)
	m.HandleFunc("GET /api/documents/{id}", s.apiDocument)
	m.HandleFunc("GET /api/overview", s.apiOverview)
	m.HandleFunc("GET /api/network", s.apiNetwork)
	m.HandleFunc("GET /api/search", s.apiSearch)
	m.HandleFunc("GET /api/phases", s.apiPhases)
	m.HandleFunc("GET /api/checks", s.apiChecks)
	m.HandleFunc("GET /api/drivers", s.apiDrivers)
	m.HandleFunc("GET /api/batches", s.apiBatches)
	m.HandleFunc("/api/", func(w http.ResponseWriter, r *http.Request) {
		writeErr(w, http.StatusNotFound, "", "no such endpoint: "+r.URL.Path)
	})
}

// memo returns fn's value, computed at most once per store generation.
func (s *server) memo(key string, fn func() (any, error)) (any, error) {
	g := s.gen.Load()
	for {
		v, loaded := s.cache.LoadOrStore(key, &cached{gen: g})
		if !loaded && s.size.Add(1) > maxCache {
			s.size.Store(0)
			s.cache.Clear()
		}
		c := v.(*cached)
		if c.gen != g {
			// Stale: replace it once, then retry with the fresh entry.
			s.cache.CompareAndSwap(key, c, &cached{gen: g})
			continue
		}
		c.once.Do(func() { c.val, c.err = fn() })
		if c.err != nil {
			// Errors are not cached: the next request tries again.
			s.cache.CompareAndDelete(key, c)
		}
		return c.val, c.err
	}
}

const maxCache = 4096

// changed invalidates every cached derivation after a write.
func (s *server) changed() {
	s.gen.Add(1)
	s.size.Store(0)
	s.cache.Clear()
}

// Authentication: API clients send the token as "Authorization: Bearer T"
// (or X-Pivot-Token); browsers sign in once and keep it in an HttpOnly,
// SameSite=Strict cookie. Cookie-authenticated form posts must also carry
// the CSRF field, which is an HMAC of the token, so a forged cross-site
// form cannot produce it.
const tokenCookie = "pivot_token"
const whoCookie = "pivot_who"

func (s *server) tokenOK(t string) bool {
	return s.opt.Token != "" && t != "" && subtle.ConstantTimeCompare([]byte(t), []byte(s.opt.Token)) == 1
}

// apiAuth reports whether an API write is authorised. Header tokens need no
// CSRF check (browsers never attach them on their own); a cookie alone is
// accepted only from same-origin requests.
func (s *server) apiAuth(r *http.Request) bool {
	if t, ok := strings.CutPrefix(r.Header.Get("Authorization"), "Bearer "); ok {
		return s.tokenOK(strings.TrimSpace(t))
	}
	if t := r.Header.Get("X-Pivot-Token"); t != "" {
		return s.tokenOK(t)
	}
	if c, err := r.Cookie(tokenCookie); err == nil && s.tokenOK(c.Value) {
		return sameOrigin(r) && r.Header.Get("X-Pivot-CSRF") == s.csrf
	}
	return false
}

// signedIn reports whether the browser holds the token cookie.
func (s *server) signedIn(r *http.Request) bool {
	c, err := r.Cookie(tokenCookie)
	return err == nil && s.tokenOK(c.Value)
}

// formAuth checks a cookie-authenticated form post: token cookie, CSRF
// field and, when the browser sends one, a same-origin Origin header.
func (s *server) formAuth(r *http.Request) bool {
	if !s.signedIn(r) || !sameOrigin(r) {
		return false
	}
	return subtle.ConstantTimeCompare([]byte(r.PostFormValue("csrf")), []byte(s.csrf)) == 1
}

// sameOrigin rejects requests a browser marks as coming from another site.
// Origin is compared when present; older clients without it fall back to
// Sec-Fetch-Site.
func sameOrigin(r *http.Request) bool {
	if site := r.Header.Get("Sec-Fetch-Site"); site == "cross-site" || site == "same-site" {
		return false
	}
	o := r.Header.Get("Origin")
	if o == "" {
		return true
	}
	o = strings.TrimPrefix(strings.TrimPrefix(o, "http://"), "https://")
	return o == r.Host
}

func (s *server) who(r *http.Request) string {
	if u := r.Header.Get("X-Pivot-User"); u != "" {
		return clip(u, 64)
	}
	if c, err := r.Cookie(whoCookie); err == nil && c.Value != "" {
		if v, err := url.QueryUnescape(c.Value); err == nil && v != "" {
			return clip(v, 64)
		}
	}
	return "analyst"
}

func clip(s string, n int) string {
	s = strings.TrimSpace(s)
	if len(s) > n {
		s = s[:n]
	}
	return s
}

// assetVersions maps an embedded asset path to a short hash of its content.
var assetVersions = func() map[string]string {
	m := map[string]string{}
	fs.WalkDir(assetFS, "assets", func(p string, d fs.DirEntry, err error) error {
		if err == nil && !d.IsDir() {
			if b, err := assetFS.ReadFile(p); err == nil {
				sum := sha256.Sum256(b)
				m[strings.TrimPrefix(p, "assets/")] = hex.EncodeToString(sum[:6])
			}
		}
		return nil
	})
	return m
}()

// assetURL is the cache-busting URL of an embedded asset.
func assetURL(p string) string { return "/static/" + p + "?v=" + assetVersions[p] }

func staticHandler(fsys fs.FS) http.Handler {
	fileServer := http.FileServerFS(fsys)
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.URL.Path == "" || strings.HasSuffix(r.URL.Path, "/") {
			http.NotFound(w, r)
			return
		}
		// Pages link assets as /static/x?v=<content hash> (see assetURL),
		// so a versioned URL never changes content and may be cached for
		// good; an unversioned one is revalidated.
		if r.URL.Query().Get("v") != "" {
			w.Header().Set("Cache-Control", "public, max-age=31536000, immutable")
		} else {
			w.Header().Set("Cache-Control", "no-cache")
		}
		fileServer.ServeHTTP(w, r)
	})
}
