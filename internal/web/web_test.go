package web

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"io"
	"mime/multipart"
	"net/http"
	"net/http/httptest"
	"net/url"
	"strings"
	"testing"

	"github.com/pivot-geo/pivot/internal/event"
)

const testToken = "s3cret-token"

func newTestServer(t *testing.T, st *fakeStore) (*httptest.Server, *[]event.Document) {
	t.Helper()
	var ingested []event.Document
	h := New(st, Options{Token: testToken, Logf: t.Logf, Ingest: func(ctx context.Context, d event.Document) (string, error) {
		if strings.Contains(d.Text, "FAIL") {
			return "", errors.New("extractor exploded")
		}
		d.ID = "new" + string(rune('0'+len(ingested)))
		ingested = append(ingested, d)
		st.mu.Lock()
		st.docs = append(st.docs, d)
		st.mu.Unlock()
		return d.ID, nil
	}})
	srv := httptest.NewServer(h)
	t.Cleanup(srv.Close)
	return srv, &ingested
}

func get(t *testing.T, url string) (int, string, http.Header) {
	t.Helper()
	resp, err := http.Get(url)
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	b, _ := io.ReadAll(resp.Body)
	return resp.StatusCode, string(b), resp.Header
}

func TestAPIBadParameters(t *testing.T) {
	srv, _ := newTestServer(t, newFake())
	cases := []struct {
		path, param string
	}{
		{"/api/events?dyad=USA", "dyad"},
		{"/api/events?dyad=USA-USA", "dyad"},
		{"/api/events?dyad=US'--PAK", "dyad"},
		{"/api/events?dyad=USA-PAK&type=HUG", "type"},
		{"/api/events?from=19x4", "from"},
		{"/api/events?from=2000&to=1990", "to"},
		{"/api/events?review=maybe", "review"},
		{"/api/events?limit=0", "limit"},
		{"/api/events?as_of=-3", "as_of"},
		{"/api/events?format=xml", "format"},
		{"/api/events?q=" + strings.Repeat("x", 201), "q"},
		{"/api/series?dyad=USA-PAK&measure=gdp", "measure"},
		{"/api/series?measure=arms", "dyad"},
		{"/api/phases?dyad=USA-PAK&measure=gdp", "measure"},
		{"/api/network?from=abc", "from"},
		{"/api/search", "q"},
		{"/api/drivers?dyad=x", "dyad"},
	}
	for _, c := range cases {
		t.Run(c.path, func(t *testing.T) {
			code, body, _ := get(t, srv.URL+c.path)
			if code != http.StatusBadRequest {
				t.Fatalf("status %d, want 400: %s", code, body)
			}
			var e struct{ Error, Param string }
			if err := json.Unmarshal([]byte(body), &e); err != nil {
				t.Fatalf("not JSON: %s", body)
			}
			if e.Param != c.param || !strings.Contains(e.Error, c.param) {
				t.Errorf("error %+v does not name %q", e, c.param)
			}
		})
	}
}

func TestAPIEvents(t *testing.T) {
	srv, _ := newTestServer(t, newFake())
	cases := []struct {
		query string
		ids   []string
	}{
		{"dyad=USA-PAK", []string{"e1"}},
		{"dyad=pak-usa", []string{"e1"}}, // order and case do not matter
		{"dyad=CHN-PAK&type=aid", []string{"e2"}},
		{"dyad=CHN-PAK&type=AGREE", nil},
		{"actor=PAK&from=2000", []string{"e3", "e2"}}, // sorted by date
		{"actor=PAK&to=2000", []string{"e1"}},
		{"q=druzhba", []string{"e3"}},
	}
	for _, c := range cases {
		t.Run(c.query, func(t *testing.T) {
			code, body, _ := get(t, srv.URL+"/api/events?"+c.query)
			if code != 200 {
				t.Fatalf("status %d: %s", code, body)
			}
			var res struct {
				Count  int
				Events []event.Event
			}
			if err := json.Unmarshal([]byte(body), &res); err != nil {
				t.Fatal(err)
			}
			var ids []string
			for _, e := range res.Events {
				ids = append(ids, e.ID)
			}
			if strings.Join(ids, ",") != strings.Join(c.ids, ",") || res.Count != len(c.ids) {
				t.Errorf("ids %v (count %d), want %v", ids, res.Count, c.ids)
			}
			if !strings.Contains(body, `"events":[`) {
				t.Errorf("empty result must still be a list: %s", body)
			}
		})
	}
	// The contract fields of DESIGN.md are present.
	_, body, _ := get(t, srv.URL+"/api/events?dyad=USA-PAK")
	for _, f := range []string{`"date":"1954"`, `"end":null`, `"actor":["PAK"]`, `"type":"AGREE"`, `"mode":null`, `"amount":null`, `"span":[0,`, `"review":"proposed"`, `"version":1`} {
		if !strings.Contains(body, f) {
			t.Errorf("missing %s in %s", f, body)
		}
	}
	code, csv, h := get(t, srv.URL+"/api/events?dyad=CHN-PAK&format=csv")
	if code != 200 || !strings.HasPrefix(h.Get("Content-Type"), "text/csv") || !strings.Contains(csv, "e2,2021,,CHN,PAK,AID,2,") {
		t.Errorf("csv export: %d %s", code, csv)
	}
}

func TestAPISeries(t *testing.T) {
	srv, _ := newTestServer(t, newFake())
	type pt struct {
		Year   int
		End    int
		Period string
		Value  float64
	}
	type res struct {
		Dyad, Measure, Unit string
		Series              []struct {
			Direction, Category string
			Points              []pt
		}
	}
	cases := []struct {
		query string
		want  map[string][]pt // direction/category -> points
	}{
		{"dyad=USA-PAK&measure=arms", map[string][]pt{"USA>PAK/": {{Year: 1984, Value: 100}, {Year: 1985, Value: 549}}}},
		{"dyad=PAK-CHN&measure=arms", map[string][]pt{"CHN>PAK/": {{Year: 2021, Value: 753}}}},
		// Soviet deliveries belong to the Russia dyad.
		{"dyad=RUS-PAK&measure=arms", map[string][]pt{"RUS>PAK/": {{Year: 2017, Value: 10}}, "SUN>PAK/": {{Year: 1968, Value: 20}}}},
		{"dyad=USA-PAK&measure=aid", map[string][]pt{"USA>PAK/total": {{Year: 2002, End: 2007, Period: "FY2002-FY2007", Value: 10097}, {Year: 2009, Period: "FY2009", Value: 3040}}}},
		{"dyad=CHN-PAK&measure=aid", map[string][]pt{}},
	}
	for _, c := range cases {
		t.Run(c.query, func(t *testing.T) {
			code, body, _ := get(t, srv.URL+"/api/series?"+c.query)
			if code != 200 {
				t.Fatalf("status %d: %s", code, body)
			}
			var r res
			if err := json.Unmarshal([]byte(body), &r); err != nil {
				t.Fatal(err)
			}
			got := map[string][]pt{}
			for _, s := range r.Series {
				got[s.Direction+"/"+s.Category] = s.Points
			}
			if len(got) != len(c.want) {
				t.Fatalf("series %v, want %v", got, c.want)
			}
			for k, w := range c.want {
				g := got[k]
				if len(g) != len(w) {
					t.Fatalf("%s: %v, want %v", k, g, w)
				}
				for i := range w {
					if g[i] != w[i] {
						t.Errorf("%s[%d] = %+v, want %+v", k, i, g[i], w[i])
					}
				}
			}
		})
	}
}

func TestAPIDocumentAndEvent(t *testing.T) {
	srv, _ := newTestServer(t, newFake())
	code, body, _ := get(t, srv.URL+"/api/documents/doc1")
	if code != 200 {
		t.Fatalf("%d %s", code, body)
	}
	var d struct {
		ID        string
		Text      string
		Sentences [][2]int
		Mentions  []event.Mention
	}
	if err := json.Unmarshal([]byte(body), &d); err != nil {
		t.Fatal(err)
	}
	if d.Text != fakeText || len(d.Sentences) != 3 || len(d.Mentions) != 3 || d.Mentions[1].Event != "e2" {
		t.Errorf("document detail wrong: %+v", d)
	}
	if code, _, _ := get(t, srv.URL+"/api/documents/nope"); code != 404 {
		t.Errorf("unknown document: %d", code)
	}
	code, body, _ = get(t, srv.URL+"/api/events/e3")
	if code != 200 || !strings.Contains(body, `"mentions":[{"id":"m-e3"`) || !strings.Contains(body, `"audit":[]`) {
		t.Errorf("event detail: %d %s", code, body)
	}
}

func post(t *testing.T, url, ctype, body string, hdr map[string]string) (int, string) {
	t.Helper()
	req, _ := http.NewRequest("POST", url, strings.NewReader(body))
	req.Header.Set("Content-Type", ctype)
	for k, v := range hdr {
		req.Header.Set(k, v)
	}
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	b, _ := io.ReadAll(resp.Body)
	return resp.StatusCode, string(b)
}

func TestAddDocument(t *testing.T) {
	srv, ingested := newTestServer(t, newFake())
	auth := map[string]string{"Authorization": "Bearer " + testToken}
	cases := []struct {
		name, ctype, body string
		hdr               map[string]string
		status            int
		want              string
	}{
		{"no token", "application/json", `{"title":"x","text":"y"}`, nil, 401, `"param":"token"`},
		{"wrong token", "application/json", `{"title":"x","text":"y"}`, map[string]string{"Authorization": "Bearer nope"}, 401, "token"},
		{"json", "application/json", `{"title":"Visit","text":"In 2018, China and Pakistan signed a deal.","date":"2018-05","url":"https://example.org/a"}`, auth, 201, `"id":"new0"`},
		{"plain text", "text/plain; charset=utf-8", "Pakistan thanked Russia.\nSecond line.", auth, 201, `"id":"new1"`},
		{"empty text", "application/json", `{"title":"x","text":"  "}`, auth, 400, `"param":"text"`},
		{"bad date", "application/json", `{"text":"t","date":"May 2018"}`, auth, 400, `"param":"date"`},
		{"bad url", "application/json", `{"text":"t","url":"javascript:alert(1)"}`, auth, 400, `"param":"url"`},
		{"unknown field", "application/json", `{"text":"t","body":"x"}`, auth, 400, `"param":"body"`},
		{"bad type", "application/xml", `<doc/>`, auth, 415, "Content-Type"},
		{"ingest fails", "application/json", `{"text":"FAIL"}`, auth, 500, "internal error"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			code, body := post(t, srv.URL+"/api/documents", c.ctype, c.body, c.hdr)
			if code != c.status || !strings.Contains(body, c.want) {
				t.Errorf("got %d %s, want %d containing %s", code, body, c.status, c.want)
			}
		})
	}
	if len(*ingested) != 2 {
		t.Fatalf("ingested %d documents, want 2", len(*ingested))
	}
	d0, d1 := (*ingested)[0], (*ingested)[1]
	if d0.Title != "Visit" || d0.Date != event.YM(2018, 5) || d0.URL != "https://example.org/a" {
		t.Errorf("json document: %+v", d0)
	}
	if d1.Title != "Pakistan thanked Russia." || !strings.HasPrefix(d1.Text, "Pakistan thanked") {
		t.Errorf("plain document: %+v", d1)
	}
	// The new document is readable at once: the cache was invalidated.
	if code, body, _ := get(t, srv.URL+"/api/documents"); code != 200 || !strings.Contains(body, `"id":"new1"`) {
		t.Errorf("documents list after add: %s", body)
	}
}

func TestReviewAPI(t *testing.T) {
	st := newFake()
	srv, _ := newTestServer(t, st)
	auth := map[string]string{"Authorization": "Bearer " + testToken, "X-Pivot-User": "ana"}
	count := func() float64 {
		_, body, _ := get(t, srv.URL+"/api/series?dyad=CHN-PAK&measure=count")
		var r seriesResponse
		json.Unmarshal([]byte(body), &r)
		var n float64
		for _, s := range r.Series {
			for _, p := range s.Points {
				n += p.Value
			}
		}
		return n
	}
	if n := count(); n != 1 {
		t.Fatalf("count before review = %v, want 1", n)
	}
	steps := []struct {
		name, body string
		hdr        map[string]string
		status     int
		want       string
	}{
		{"no token", `{"version":1,"review":"accepted"}`, nil, 401, "token"},
		{"no version", `{"review":"accepted"}`, auth, 400, `"param":"version"`},
		{"nothing", `{"version":1}`, auth, 400, `"param":"review"`},
		{"bad type", `{"version":1,"type":"HUG"}`, auth, 400, `"param":"type"`},
		{"bad actor", `{"version":1,"actor":["<b>"]}`, auth, 400, `"param":"actor"`},
		{"bad amount", `{"version":1,"amount":{"value":5,"currency":"dollars"}}`, auth, 400, `"param":"amount"`},
		{"edit", `{"version":1,"type":"AGREE","date":"2021-03","amount":{"value":5e8,"currency":"usd"}}`, auth, 200, `"type":"AGREE"`},
		{"stale version", `{"version":1,"review":"rejected"}`, auth, 409, `"version":2`},
		{"reject", `{"version":2,"review":"rejected","note":"duplicate"}`, auth, 200, `"review":"rejected"`},
	}
	for _, s := range steps {
		t.Run(s.name, func(t *testing.T) {
			code, body := post(t, srv.URL+"/api/events/e2/review", "application/json", s.body, s.hdr)
			if code != s.status || !strings.Contains(body, s.want) {
				t.Errorf("got %d %s, want %d containing %s", code, body, s.status, s.want)
			}
		})
	}
	// Rejected events leave the series at once but stay readable.
	if n := count(); n != 0 {
		t.Errorf("count after reject = %v, want 0", n)
	}
	_, body, _ := get(t, srv.URL+"/api/events/e2")
	var d eventDetail
	if err := json.Unmarshal([]byte(body), &d); err != nil {
		t.Fatal(err)
	}
	if d.Event.Review != event.Rejected || d.Event.Date != event.YM(2021, 3) || d.Event.Amount == nil || d.Event.Amount.Currency != "USD" {
		t.Errorf("event after review: %+v", d.Event)
	}
	if len(d.Audit) != 2 || d.Audit[0].Who != "ana" || d.Audit[1].Note != "duplicate" {
		t.Errorf("audit: %+v", d.Audit)
	}
	// The event page shows the trail as changed fields.
	_, page, _ := get(t, srv.URL+"/events/e2")
	for _, w := range []string{"<td>type</td><td>AID</td><td>AGREE</td>", "<td>review</td><td>proposed</td><td>rejected</td>", "duplicate", "ana"} {
		if !strings.Contains(page, w) {
			t.Errorf("event page lacks %q", w)
		}
	}
}

// client is a cookie-keeping browser stand-in that does not follow redirects.
func client() *http.Client {
	jar := &cookieJar{m: map[string]*http.Cookie{}}
	return &http.Client{Jar: jar, CheckRedirect: func(*http.Request, []*http.Request) error { return http.ErrUseLastResponse }}
}

type cookieJar struct{ m map[string]*http.Cookie }

func (j *cookieJar) SetCookies(u *url.URL, cs []*http.Cookie) {
	for _, c := range cs {
		j.m[c.Name] = c
	}
}
func (j *cookieJar) Cookies(u *url.URL) []*http.Cookie {
	var out []*http.Cookie
	for _, c := range j.m {
		if c.MaxAge >= 0 {
			out = append(out, c)
		}
	}
	return out
}

func TestFormsNeedSignInAndCSRF(t *testing.T) {
	st := newFake()
	srv, _ := newTestServer(t, st)
	c := client()
	postForm := func(path string, v url.Values, origin string) (int, string, string) {
		req, _ := http.NewRequest("POST", srv.URL+path, strings.NewReader(v.Encode()))
		req.Header.Set("Content-Type", "application/x-www-form-urlencoded")
		if origin != "" {
			req.Header.Set("Origin", origin)
		}
		resp, err := c.Do(req)
		if err != nil {
			t.Fatal(err)
		}
		defer resp.Body.Close()
		b, _ := io.ReadAll(resp.Body)
		return resp.StatusCode, resp.Header.Get("Location"), string(b)
	}
	if code, _, body := postForm("/events/e1/review", url.Values{"action": {"accept"}, "version": {"1"}}, ""); code != 401 || !strings.Contains(body, "Sign in") {
		t.Fatalf("review without sign-in: %d", code)
	}
	if code, _, _ := postForm("/login", url.Values{"token": {"wrong"}}, ""); code != 401 {
		t.Fatalf("wrong token login: %d", code)
	}
	if code, loc, _ := postForm("/login", url.Values{"token": {testToken}, "name": {"Ana Analyst"}, "next": {"//evil.example/"}}, ""); code != 303 || loc != "/" {
		t.Fatalf("login: %d %q (open redirect must fall back to /)", code, loc)
	}
	// Signed in, but a form without the CSRF field (as a forged one would
	// be) is refused, and so is a cross-origin one with it.
	if code, _, _ := postForm("/events/e1/review", url.Values{"action": {"accept"}, "version": {"1"}}, ""); code != 401 {
		t.Fatalf("review without csrf: %d", code)
	}
	_, page, _ := get(t, srv.URL+"/events/e1") // anonymous: no form
	if strings.Contains(page, `name="csrf"`) {
		t.Fatal("anonymous page carries a CSRF token")
	}
	req, _ := http.NewRequest("GET", srv.URL+"/events/e1", nil)
	resp, _ := c.Do(req)
	b, _ := io.ReadAll(resp.Body)
	resp.Body.Close()
	i := strings.Index(string(b), `name="csrf" value="`)
	if i < 0 {
		t.Fatal("signed-in event page has no review form")
	}
	csrf := string(b)[i+len(`name="csrf" value="`):]
	csrf = csrf[:strings.IndexByte(csrf, '"')]
	if code, _, _ := postForm("/events/e1/review", url.Values{"action": {"accept"}, "version": {"1"}, "csrf": {csrf}}, "http://evil.example"); code != 401 {
		t.Fatalf("cross-origin review: %d", code)
	}
	steps := []struct {
		form   url.Values
		status int
	}{
		{url.Values{"action": {"accept"}, "version": {"1"}}, 303},
		// An edit sends every field; only changed ones reach the store.
		{url.Values{"action": {"edit"}, "version": {"2"}, "type": {"SUPPORT"}, "date": {"1954"}, "end": {""}, "actor": {"PAK"}, "recipient": {"USA"}, "amount": {""}}, 303},
		{url.Values{"action": {"reject"}, "version": {"2"}}, 409}, // stale
		{url.Values{"action": {"edit"}, "version": {"3"}, "type": {"SUPPORT"}, "date": {"soon"}, "actor": {"PAK"}, "recipient": {"USA"}}, 400},
	}
	for i, s := range steps {
		s.form.Set("csrf", csrf)
		code, loc, body := postForm("/events/e1/review", s.form, srv.URL)
		if code != s.status {
			t.Fatalf("step %d: %d %s %s", i, code, loc, body)
		}
	}
	e, _ := st.Event(context.Background(), "e1")
	if e.Review != event.Accepted || e.Type != event.Support || e.Date != event.Y(1954) || e.Version != 3 {
		t.Errorf("after form review: %+v", e)
	}
	au, _ := st.Audit(context.Background(), "e1")
	if len(au) != 2 || au[0].Who != "Ana Analyst" || strings.Contains(au[1].After, `"date":"1954-`) {
		t.Errorf("audit: %+v", au)
	}
}

func TestAddDocumentForm(t *testing.T) {
	st := newFake()
	srv, ingested := newTestServer(t, st)
	c := client()
	resp, err := c.PostForm(srv.URL+"/login", url.Values{"token": {testToken}})
	if err != nil || resp.StatusCode != 303 {
		t.Fatalf("login: %v %v", err, resp.Status)
	}
	h := New(st, Options{Token: testToken})
	csrf := h.(*server).csrf
	upload := func(fields map[string]string, file string) (int, string) {
		var body bytes.Buffer
		mw := multipart.NewWriter(&body)
		for k, v := range fields {
			mw.WriteField(k, v)
		}
		if file != "" {
			fw, _ := mw.CreateFormFile("file", "naval-ties.txt")
			fw.Write([]byte(file))
		}
		mw.Close()
		req, _ := http.NewRequest("POST", srv.URL+"/documents", &body)
		req.Header.Set("Content-Type", mw.FormDataContentType())
		resp, err := c.Do(req)
		if err != nil {
			t.Fatal(err)
		}
		resp.Body.Close()
		return resp.StatusCode, resp.Header.Get("Location")
	}
	if code, _ := upload(map[string]string{"title": "x"}, "In 2020, China delivered frigates to Pakistan."); code != 401 {
		t.Errorf("upload without csrf: %d", code)
	}
	if code, _ := upload(map[string]string{"csrf": csrf}, ""); code != 400 {
		t.Errorf("empty upload: %d", code)
	}
	code, loc := upload(map[string]string{"csrf": csrf, "date": "2023"}, "In 2020, China delivered frigates to Pakistan.")
	if code != 303 || loc != "/documents/new0" {
		t.Fatalf("upload: %d %q", code, loc)
	}
	if d := (*ingested)[0]; d.Title != "naval-ties" || d.Date != event.Y(2023) || !strings.Contains(d.Text, "frigates") {
		t.Errorf("uploaded document: %+v", d)
	}
}

func TestPagesEscapeSourceText(t *testing.T) {
	srv, _ := newTestServer(t, newFake())
	for _, path := range []string{"/documents/doc1", "/dyad/CHN-PAK", "/events/e2", "/search?q=fighter", "/documents", "/"} {
		t.Run(path, func(t *testing.T) {
			code, body, h := get(t, srv.URL+path)
			if code != 200 {
				t.Fatalf("%d: %s", code, body)
			}
			if strings.Contains(body, "<script>alert") || strings.Contains(body, "<b>article") {
				t.Errorf("unescaped source text in %s", path)
			}
			if !strings.Contains(h.Get("Content-Security-Policy"), "default-src 'self'") {
				t.Errorf("no CSP")
			}
		})
	}
	_, body, _ := get(t, srv.URL+"/documents/doc1")
	for _, w := range []string{`id="s-0"`, `id="s-2"`, `class="m q2" href="/events/e2"`, "&lt;script&gt;alert(1)&lt;/script&gt;", `data-coding="CHN AID PAK · 2021"`} {
		if !strings.Contains(body, w) {
			t.Errorf("document page lacks %q", w)
		}
	}
	_, body, _ = get(t, srv.URL+"/dyad/USA-PAK")
	for _, w := range []string{`data-id="e1"`, `<mark>In 1954, Pakistan signed the Mutual Defence Assistance Agreement with the United States.</mark>`, `href="/documents/doc1#s-0"`, `id="arms"`, `id="aid"`, `id="timeline"`} {
		if !strings.Contains(body, w) {
			t.Errorf("dyad page lacks %q", w)
		}
	}
	_, body, _ = get(t, srv.URL+"/dyad/CHN-PAK")
	if strings.Contains(body, `id="aid"`) {
		t.Error("CHN-PAK has no aid series but shows an aid chart")
	}
	_, body, _ = get(t, srv.URL+"/search?q=FIGHTER")
	if !strings.Contains(body, "<mark>fighter</mark> jets") || !strings.Contains(body, "&lt;script&gt;") {
		t.Errorf("search page does not mark the match or escape the text")
	}
	code, _, _ := get(t, srv.URL+"/dyad/nonsense")
	if code != 400 {
		t.Errorf("bad dyad page: %d", code)
	}
	code, _, _ = get(t, srv.URL+"/events/missing")
	if code != 404 {
		t.Errorf("missing event page: %d", code)
	}
}

func TestHome(t *testing.T) {
	srv, _ := newTestServer(t, newFake())
	_, body, _ := get(t, srv.URL+"/")
	for _, w := range []string{`href="/dyad/USA-PAK"`, `href="/dyad/CHN-PAK"`, `href="/dyad/RUS-PAK"`, "United States – Pakistan", "China – Pakistan", "Russia – Pakistan", `class="spark"`} {
		if !strings.Contains(body, w) {
			t.Errorf("home lacks %q", w)
		}
	}
	code, body, _ := get(t, srv.URL+"/api/overview")
	if code != 200 || !strings.Contains(body, `"code":"USA"`) || !strings.Contains(body, `"arms_total":649`) {
		t.Errorf("overview: %d %s", code, body)
	}
	code, body, _ = get(t, srv.URL+"/api/network")
	if code != 200 || !strings.Contains(body, `"source":"PAK","target":"USA","count":1`) {
		t.Errorf("network: %d %s", code, body)
	}
}

func TestStaticAssetsEmbedded(t *testing.T) {
	srv, _ := newTestServer(t, newFake())
	for _, p := range []string{"/static/app.js", "/static/app.css", "/static/vendor/d3/d3.min.js", "/static/vendor/cytoscape/cytoscape.min.js", "/static/vendor/SOURCES.md"} {
		code, body, _ := get(t, srv.URL+p)
		if code != 200 || len(body) < 100 {
			t.Errorf("%s: %d (%d bytes)", p, code, len(body))
		}
	}
	_, page, _ := get(t, srv.URL+"/")
	if !strings.Contains(page, `src="/static/app.js?v=`+assetVersions["app.js"]+`"`) || len(assetVersions["app.js"]) != 12 {
		t.Errorf("page does not link the versioned script")
	}
	if _, _, h := get(t, srv.URL+"/static/app.js?v=x"); !strings.Contains(h.Get("Cache-Control"), "immutable") {
		t.Errorf("versioned asset cache: %q", h.Get("Cache-Control"))
	}
	if code, _, _ := get(t, srv.URL+"/static/"); code != 404 {
		t.Errorf("directory listing: %d", code)
	}
}

func TestRenderDoc(t *testing.T) {
	text := "Aé b. Cc dd. Ee"
	sents := []event.Span{{Start: 0, End: 6}, {Start: 7, End: 13}}
	ms := []event.Mention{
		{ID: "m1", Span: event.Span{Start: 0, End: 6}, Type: event.Aid, Actor: []string{"USA"}, Recipient: []string{"PAK"}, Event: "e1"},
		{ID: "m2", Span: event.Span{Start: 7, End: 9}, Type: event.Assault, Actor: []string{"X"}, Recipient: []string{"Y"}},
		{ID: "bad", Span: event.Span{Start: 2, End: 99}}, // clipped to the text, not a panic
	}
	ps := renderDoc(text, sents, ms)
	var b strings.Builder
	for _, p := range ps {
		b.WriteString("[" + string(rune('0'+p.Sentence+1)))
		for _, part := range p.Parts {
			b.WriteString("(" + part.Text + ":" + string(rune('0'+len(part.Mentions))) + ")")
		}
		b.WriteString("]")
	}
	// Every byte appears exactly once, in order.
	var all strings.Builder
	for _, p := range ps {
		for _, part := range p.Parts {
			all.WriteString(part.Text)
		}
	}
	if all.String() != text {
		t.Fatalf("pieces lose text: %q", all.String())
	}
	want := "[1(A:1)(é b.:2)][0( :1)][2(Cc:2)( dd.:1)][0( Ee:1)]"
	if b.String() != want {
		t.Errorf("pieces %s, want %s", b.String(), want)
	}
	if ps[0].Parts[0].Link() != "/events/e1" || ps[0].Parts[0].Quad() != 2 {
		t.Errorf("part link/quad wrong")
	}
}

func TestEmptyStore(t *testing.T) {
	srv, _ := newTestServer(t, &fakeStore{})
	for _, c := range []struct{ path, want string }{
		{"/", "<strong>0</strong> events"},
		{"/?actor=IND", "No partners with events for India yet."},
		{"/dyad/USA-PAK", "No events stored for this dyad."},
		{"/documents", "No documents yet."},
		{"/network", "No interactions in this period."},
		{"/checks", "No checks to report."},
		{"/search?q=x", "No events match."},
		{"/api/events?dyad=USA-PAK", `"events":[]`},
		{"/api/series?dyad=USA-PAK&measure=arms", `"series":[]`},
		{"/api/series?dyad=USA-PAK&measure=intensity", `"series":[]`},
		{"/api/phases?dyad=USA-PAK", `"phases":[]`},
		{"/api/drivers?dyad=USA-PAK", `"years":[]`},
		{"/api/overview", `"partners":[{`},
		{"/api/network", `"nodes":[]`},
	} {
		code, body, _ := get(t, srv.URL+c.path)
		if code != 200 || !strings.Contains(body, c.want) {
			t.Errorf("%s: %d, want %q in\n%.300s", c.path, code, c.want, body)
		}
	}
}

func TestFormatting(t *testing.T) {
	amounts := []struct {
		a    *event.Amount
		want string
	}{
		{&event.Amount{Value: 630e6, Currency: "USD", Per: "year"}, "USD 630 million per year"},
		{&event.Amount{Value: 4.2e9, Currency: "USD"}, "USD 4.2 billion"},
		{&event.Amount{Value: 18e9, Currency: "USD"}, "USD 18 billion"},
		{&event.Amount{Value: 2500, Currency: "EUR"}, "EUR 2500"},
		{nil, ""},
	}
	for _, c := range amounts {
		if got := amountString(c.a); got != c.want {
			t.Errorf("amountString(%+v) = %q, want %q", c.a, got, c.want)
		}
	}
	for _, c := range []struct {
		f    float64
		want string
	}{{1e10, "10 billion"}, {8.881e9, "8.881 billion"}, {-1.119e9, "-1.119 billion"}, {630e6, "630 million"}, {42, "42"}} {
		if got := human(c.f); got != c.want {
			t.Errorf("human(%v) = %q, want %q", c.f, got, c.want)
		}
	}
	for _, c := range []struct {
		text, q string
		want    [3]string
	}{
		{"China-Pakistan Economic Corridor (CPEC)", "cpec", [3]string{"China-Pakistan Economic Corridor (", "CPEC", ")"}},
		{"no match here", "cpec", [3]string{"no match here", "", ""}},
		{"İstanbul talks", "talks", [3]string{"İstanbul talks", "", ""}}, // case folding changes lengths: no cut
	} {
		got := highlightQuery(c.text, c.q)
		if [3]string(got) != c.want {
			t.Errorf("highlightQuery(%q, %q) = %q, want %q", c.text, c.q, got, c.want)
		}
	}
	diff := auditDiff(`{"review":"proposed","type":"AID","date":"2019","amount":null}`, `{"review":"proposed","type":"SANCTION","date":"2019-03","amount":null}`)
	if len(diff) != 2 || diff[0] != (fieldChange{"type", "AID", "SANCTION"}) || diff[1] != (fieldChange{"date", "2019", "2019-03"}) {
		t.Errorf("auditDiff = %+v", diff)
	}
	if d := auditDiff("not json", "{}"); len(d) != 1 || d[0].Field != "event" {
		t.Errorf("auditDiff on bad JSON = %+v", d)
	}
}
