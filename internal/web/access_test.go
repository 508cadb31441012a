package web

// Access tests added for issue 8, beside web_test.go's: writes with no
// token configured, cookie-authenticated API writes from other sites,
// cross-site form posts of every kind, and upload limits.

import (
	"bytes"
	"context"
	"mime/multipart"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"

	"github.com/pivot-geo/pivot/internal/event"
)

// do sends one request with headers and cookies and returns status and body.
func do(t *testing.T, method, url, ctype, body string, hdr map[string]string, cookies ...*http.Cookie) (int, string) {
	t.Helper()
	req, _ := http.NewRequest(method, url, strings.NewReader(body))
	if ctype != "" {
		req.Header.Set("Content-Type", ctype)
	}
	for k, v := range hdr {
		req.Header.Set(k, v)
	}
	for _, c := range cookies {
		req.AddCookie(c)
	}
	c := &http.Client{CheckRedirect: func(*http.Request, []*http.Request) error { return http.ErrUseLastResponse }}
	resp, err := c.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	var b bytes.Buffer
	b.ReadFrom(resp.Body)
	return resp.StatusCode, b.String()
}

// TestNoTokenNoWrites: a server started without a token refuses every
// write, whatever token the client sends (an empty token must not match).
func TestNoTokenNoWrites(t *testing.T) {
	st := newFake()
	ingested := 0
	h := New(st, Options{Logf: t.Logf, Ingest: func(context.Context, event.Document) (string, error) { ingested++; return "x", nil }})
	srv := httptest.NewServer(h)
	defer srv.Close()
	for _, hdr := range []map[string]string{nil, {"Authorization": "Bearer "}, {"Authorization": "Bearer x"}, {"X-Pivot-Token": ""}} {
		if code, body := do(t, "POST", srv.URL+"/api/documents", "application/json", `{"text":"In 2018, China aided Pakistan."}`, hdr); code != 401 {
			t.Errorf("add document with %v on a token-less server: %d %s", hdr, code, body)
		}
		if code, body := do(t, "POST", srv.URL+"/api/events/e1/review", "application/json", `{"version":1,"review":"accepted"}`, hdr); code != 401 {
			t.Errorf("review with %v on a token-less server: %d %s", hdr, code, body)
		}
	}
	if code, _ := do(t, "POST", srv.URL+"/login", "application/x-www-form-urlencoded", "token=", nil); code != 401 {
		t.Errorf("login with an empty token on a token-less server: %d", code)
	}
	if code, _ := do(t, "POST", srv.URL+"/documents", "application/x-www-form-urlencoded", "text=x&csrf=", nil,
		&http.Cookie{Name: tokenCookie, Value: ""}); code != 401 {
		t.Errorf("form add with an empty cookie: %d", code)
	}
	if ingested != 0 {
		t.Errorf("%d documents ingested by a token-less server", ingested)
	}
	e, _ := st.Event(t.Context(), "e1")
	if e.Version != 1 {
		t.Errorf("event reviewed on a token-less server: %+v", e)
	}
}

// TestCrossSiteWritesRefused: the browser's token cookie alone never
// authorises a write from another site — API or form, with or without the
// CSRF value — while the same request from the dashboard's own origin does.
func TestCrossSiteWritesRefused(t *testing.T) {
	st := newFake()
	srv, ingested := newTestServer(t, st)
	csrf := New(st, Options{Token: testToken}).(*server).csrf
	cookie := &http.Cookie{Name: tokenCookie, Value: testToken}
	doc := `{"text":"In 2018, China and Pakistan signed a deal."}`
	host := strings.TrimPrefix(srv.URL, "http://")
	cases := []struct {
		name string
		hdr  map[string]string
		want int
	}{
		{"cookie, no CSRF header", nil, 401},
		{"cookie, wrong CSRF header", map[string]string{"X-Pivot-CSRF": "nope"}, 401},
		{"cookie + CSRF, evil Origin", map[string]string{"X-Pivot-CSRF": csrf, "Origin": "http://evil.example"}, 401},
		{"cookie + CSRF, Origin on another port", map[string]string{"X-Pivot-CSRF": csrf, "Origin": "http://127.0.0.1:1"}, 401},
		{"cookie + CSRF, Sec-Fetch-Site cross-site", map[string]string{"X-Pivot-CSRF": csrf, "Sec-Fetch-Site": "cross-site"}, 401},
		{"cookie + CSRF, Sec-Fetch-Site same-site", map[string]string{"X-Pivot-CSRF": csrf, "Sec-Fetch-Site": "same-site"}, 401},
		{"cookie + CSRF, same origin", map[string]string{"X-Pivot-CSRF": csrf, "Origin": "http://" + host, "Sec-Fetch-Site": "same-origin"}, 201},
	}
	for _, c := range cases {
		code, body := do(t, "POST", srv.URL+"/api/documents", "application/json", doc, c.hdr, cookie)
		if code != c.want {
			t.Errorf("API add, %s: %d %s, want %d", c.name, code, body, c.want)
		}
		code, body = do(t, "POST", srv.URL+"/api/events/e3/review", "application/json", `{"version":1,"review":"rejected"}`, c.hdr, cookie)
		if want := map[int]int{401: 401, 201: 200}[c.want]; code != want {
			t.Errorf("API review, %s: %d %s, want %d", c.name, code, body, want)
		}
	}
	if len(*ingested) != 1 {
		t.Errorf("%d documents ingested, want 1 (the same-origin request)", len(*ingested))
	}
	// Forms: a valid cookie and CSRF field from another site are refused
	// on every form endpoint.
	form := "csrf=" + csrf + "&text=In+2019+China+aided+Pakistan.&action=accept&version=1"
	for _, path := range []string{"/documents", "/events/e1/review", "/logout"} {
		for _, hdr := range []map[string]string{{"Origin": "http://evil.example"}, {"Sec-Fetch-Site": "cross-site"}} {
			code, _ := do(t, "POST", srv.URL+path, "application/x-www-form-urlencoded", form, hdr, cookie)
			if path == "/logout" {
				continue // logout answers 303 either way; it only clears cookies same-site
			}
			if code != 401 {
				t.Errorf("cross-site form POST %s with %v: %d, want 401", path, hdr, code)
			}
		}
	}
	// Sign-in itself is refused cross-site (login CSRF).
	if code, _ := do(t, "POST", srv.URL+"/login", "application/x-www-form-urlencoded", "token="+testToken, map[string]string{"Origin": "http://evil.example"}); code != 401 {
		t.Errorf("cross-site login: %d, want 401", code)
	}
	if len(*ingested) != 1 {
		t.Errorf("cross-site forms ingested documents: %d", len(*ingested))
	}
	if e, _ := st.Event(t.Context(), "e1"); e.Version != 1 {
		t.Errorf("cross-site form reviewed e1: %+v", e)
	}
}

// maxUpload is the documented upload limit (docs/api.md: 32 MiB).
const maxUpload = 32 << 20

// TestUploadLimits: documents above the limit are refused with 413 by the
// API and refused by the form, never ingested, never truncated.
func TestUploadLimits(t *testing.T) {
	st := newFake()
	srv, ingested := newTestServer(t, st)
	auth := map[string]string{"Authorization": "Bearer " + testToken}
	sentence := "In 2018, China and Pakistan signed a deal. "
	text := func(n int) string { return strings.Repeat(sentence, n/len(sentence)+1)[:n] }

	if code, body := do(t, "POST", srv.URL+"/api/documents", "text/plain", text(maxUpload+1), auth); code != 413 || !strings.Contains(body, "too large") {
		t.Errorf("text/plain of limit+1 bytes: %d %s, want 413", code, body)
	}
	if code, body := do(t, "POST", srv.URL+"/api/documents", "application/json", `{"text":"`+text(maxUpload)+`"}`, auth); code != 413 {
		t.Errorf("JSON over the limit: %d %.200s, want 413", code, body)
	}
	if code, body := do(t, "POST", srv.URL+"/api/documents", "text/plain", text(40<<20), auth); code != 413 {
		t.Errorf("40 MiB: %d %.200s, want 413", code, body)
	}
	if len(*ingested) != 0 {
		t.Fatalf("oversized documents ingested: %d", len(*ingested))
	}
	if code, body := do(t, "POST", srv.URL+"/api/documents", "text/plain", text(maxUpload), auth); code != 201 {
		t.Errorf("exactly the limit: %d %.200s, want 201", code, body)
	}
	if n := len(*ingested); n != 1 || len((*ingested)[0].Text) != maxUpload {
		t.Fatalf("the document at the limit was not stored whole")
	}

	// The dashboard's upload form (signed in, same origin).
	csrf := New(st, Options{Token: testToken}).(*server).csrf
	cookie := &http.Cookie{Name: tokenCookie, Value: testToken}
	upload := func(size int) (int, string) {
		var body bytes.Buffer
		mw := multipart.NewWriter(&body)
		mw.WriteField("csrf", csrf)
		fw, _ := mw.CreateFormFile("file", "big.txt")
		fw.Write([]byte(text(size)))
		mw.Close()
		return do(t, "POST", srv.URL+"/documents", mw.FormDataContentType(), body.String(), nil, cookie)
	}
	before := len(*ingested)
	if code, _ := upload(40 << 20); code != 413 {
		t.Errorf("form upload of 40 MiB: %d, want 413", code)
	}
	if len(*ingested) != before {
		t.Errorf("a 40 MiB form upload was ingested")
	}
	// Just above the limit (within the form's 64 KiB allowance for the
	// other fields): must be refused, not cut to the limit and stored.
	code, _ := upload(maxUpload + 1000)
	if len(*ingested) != before {
		got := len((*ingested)[len(*ingested)-1].Text)
		t.Errorf("a form upload of limit+1000 bytes answered %d and was stored cut to %d bytes", code, got)
	} else if code != 413 {
		t.Errorf("form upload of limit+1000 bytes: %d, want 413", code)
	}
}
