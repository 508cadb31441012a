package web

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"html/template"
	"io"
	"net/http"
	"net/url"
	"strconv"
	"strings"

	"github.com/pivot-geo/pivot/internal/event"
	"github.com/pivot-geo/pivot/internal/store"
)

type pageTemplate struct{ t *template.Template }

var funcs = template.FuncMap{
	"json": func(v any) (string, error) {
		b, err := json.Marshal(v)
		return string(b), err
	},
	"name":   actorName,
	"join":   strings.Join,
	"amount": amountString,
	"quad":   func(t event.Type) int { return int(t.Quad()) },
	"quadName": func(t event.Type) string {
		return t.Quad().String()
	},
	"actors": func(l []string) string {
		ns := make([]string, len(l))
		for i, a := range l {
			ns[i] = actorName(a)
		}
		return strings.Join(ns, ", ")
	},
	"period": func(d, end event.Date) string {
		if end.IsZero() {
			return d.String()
		}
		return d.String() + "–" + end.String()
	},
	"types": func() []event.Type { return event.Types },
	"num":   formatFloat,
	"pct":   func(f float64) string { return strconv.Itoa(int(f*100+0.5)) + "%" },
	"add":   func(a, b int) int { return a + b },
	"human": human,
	"hl":    highlightQuery,
	"asset": assetURL,
	"deref": func(f *float64) float64 {
		if f == nil {
			return 0
		}
		return *f
	},
}

func formatFloat(f float64) string { return strconv.FormatFloat(f, 'f', 3, 64) }

// highlightQuery splits text around the first case-insensitive match of
// q, for <mark>; without a match (or when case-folding changes byte
// lengths, which would misplace the cut) the text comes back whole.
func highlightQuery(text, q string) []string {
	lt, lq := strings.ToLower(text), strings.ToLower(q)
	i := strings.Index(lt, lq)
	if q == "" || i < 0 || len(lt) != len(text) || len(lq) != len(q) {
		return []string{text, "", ""}
	}
	return []string{text[:i], text[i : i+len(q)], text[i+len(q):]}
}

// human writes large quantities the way the sources do ("18 billion").
func human(f float64) string {
	a := f
	if a < 0 {
		a = -a
	}
	switch {
	case a >= 1e9:
		return strconv.FormatFloat(f/1e9, 'g', 4, 64) + " billion"
	case a >= 1e6:
		return strconv.FormatFloat(f/1e6, 'g', 4, 64) + " million"
	}
	return strconv.FormatFloat(f, 'g', 6, 64)
}

// parsePages builds one template set per page (layout + page), so pages
// can each define "content" without colliding.
func parsePages() map[string]*pageTemplate {
	layout := template.Must(template.New("layout.html").Funcs(funcs).ParseFS(assetFS, "templates/layout.html"))
	out := map[string]*pageTemplate{}
	for _, name := range []string{"home", "dyad", "event", "document", "documents", "checks", "search", "network", "login", "error"} {
		t := template.Must(template.Must(layout.Clone()).ParseFS(assetFS, "templates/"+name+".html"))
		out[name] = &pageTemplate{t}
	}
	return out
}

// page is what every template receives.
type page struct {
	Title    string
	Page     string
	Q        string
	SignedIn bool
	CanWrite bool // a token is configured at all
	CSRF     string
	Path     string
	Charts   bool // load d3
	Network  bool // load cytoscape
	Error    string
	Data     any
}

func (s *server) newPage(r *http.Request, name, title string, data any) *page {
	p := &page{Title: title, Page: name, Data: data, CanWrite: s.opt.Token != "", Path: r.URL.RequestURI()}
	if s.signedIn(r) {
		p.SignedIn, p.CSRF = true, s.csrf
	}
	return p
}

func (s *server) render(w http.ResponseWriter, status int, p *page) {
	exec := func() (any, error) {
		var buf bytes.Buffer
		if err := s.pages[p.Page].t.ExecuteTemplate(&buf, "layout.html", p); err != nil {
			return nil, err
		}
		return buf.Bytes(), nil
	}
	var v any
	var err error
	if status == http.StatusOK && p.Error == "" {
		// A page depends only on its URL, the store generation (its data
		// is memoised) and whether the reader is signed in (the CSRF
		// field is the same for every signed-in reader), so the rendered
		// bytes are cached on exactly that.
		v, err = s.memo("page|"+p.Path+"|"+strconv.FormatBool(p.SignedIn), exec)
	} else {
		v, err = exec()
	}
	if err != nil {
		s.opt.Logf("web: rendering %s: %v", p.Page, err)
		http.Error(w, "internal error", http.StatusInternalServerError)
		return
	}
	w.Header().Set("Content-Type", "text/html; charset=utf-8")
	w.Header().Set("Cache-Control", "no-cache")
	w.WriteHeader(status)
	w.Write(v.([]byte))
}

// pageErr renders an error page with the status fail would give.
func (s *server) pageErr(w http.ResponseWriter, r *http.Request, err error) {
	status, msg := http.StatusInternalServerError, "Something went wrong; the error was logged."
	var pe *paramError
	switch {
	case errors.As(err, &pe):
		status, msg = http.StatusBadRequest, "Bad request: "+pe.Error()
	case errors.Is(err, store.ErrNotFound):
		status, msg = http.StatusNotFound, "Nothing is stored under that name."
	case errors.Is(err, context.Canceled):
		return
	default:
		s.opt.Logf("web: %s: %v", r.URL.Path, err)
	}
	p := s.newPage(r, "error", http.StatusText(status), nil)
	p.Error = msg
	s.render(w, status, p)
}

// Overview.

func (s *server) pageHome(w http.ResponseWriter, r *http.Request) {
	actor := s.opt.Pivot
	if v := r.URL.Query().Get("actor"); v != "" {
		var err error
		if actor, err = parseActor("actor", v); err != nil {
			s.pageErr(w, r, err)
			return
		}
	}
	ov, err := s.overview(r.Context(), actor)
	if err != nil {
		s.pageErr(w, r, err)
		return
	}
	p := s.newPage(r, "home", ov.Name+" and the powers", ov)
	p.Charts = true
	s.render(w, http.StatusOK, p)
}

// Dyad.

type dyadView struct {
	Dyad      string
	A, B      string
	Events    []eventRow
	Contexts  []string
	HasAid    bool
	HasArms   bool
	Truncated bool // the list shows the first pageEvents events only
	Rejected  int
}

// pageEvents bounds the events listed on a dyad page; the CSV export and
// the API give the rest.
const pageEvents = 2000

type eventRow struct {
	event.Event
	Evidence evidence
}

func (s *server) evidenceFor(ctx context.Context, e *event.Event) evidence {
	if e.Doc == "" {
		return evidence{Quote: e.Quote, Sentence: -1}
	}
	d, err := s.documentDetail(ctx, e.Doc)
	if err != nil {
		return evidence{Quote: e.Quote, Sentence: -1, Doc: e.Doc}
	}
	return evidenceIn(&d.Document, e.Span, e.Quote)
}

func (s *server) pageDyad(w http.ResponseWriter, r *http.Request) {
	d, err := parseDyad(r.PathValue("dyad"))
	if err != nil {
		s.pageErr(w, r, err)
		return
	}
	ctx := r.Context()
	evs, err := s.events(ctx, store.Filter{Dyad: d, Limit: pageEvents})
	if err != nil {
		s.pageErr(w, r, err)
		return
	}
	v := dyadView{Dyad: dyadName(d), A: d[0], B: d[1], Truncated: len(evs) == pageEvents}
	seen := map[string]bool{}
	for i := range evs {
		v.Events = append(v.Events, eventRow{Event: evs[i], Evidence: s.evidenceFor(ctx, &evs[i])})
		for _, c := range evs[i].Context {
			if !seen[c] {
				seen[c] = true
				v.Contexts = append(v.Contexts, c)
			}
		}
		if evs[i].Review == event.Rejected {
			v.Rejected++
		}
	}
	for _, m := range []string{"aid", "arms"} {
		sr, err := s.series(ctx, d, m)
		if err != nil {
			s.pageErr(w, r, err)
			return
		}
		has := false
		for _, x := range sr.Series {
			has = has || len(x.Points) > 0
		}
		if m == "aid" {
			v.HasAid = has
		} else {
			v.HasArms = has
		}
	}
	p := s.newPage(r, "dyad", actorName(d[0])+" – "+actorName(d[1]), v)
	p.Charts = true
	s.render(w, http.StatusOK, p)
}

// Event.

type eventView struct {
	*eventDetail
	Evidence []mentionView
	Trail    []auditRow
	Conflict bool
}

// auditRow is one audit entry shown as the fields it changed.
type auditRow struct {
	store.AuditEntry
	Changes []fieldChange
}

type fieldChange struct{ Field, Before, After string }

// auditDiff compares the before and after event JSON field by field, so
// the trail reads "type: AGREE → AID" rather than two JSON blobs.
func auditDiff(before, after string) []fieldChange {
	var b, a map[string]json.RawMessage
	if json.Unmarshal([]byte(before), &b) != nil || json.Unmarshal([]byte(after), &a) != nil {
		return []fieldChange{{Field: "event", Before: before, After: after}}
	}
	var out []fieldChange
	for _, k := range []string{"review", "type", "date", "end", "actor", "recipient", "amount", "mode", "context"} {
		if string(b[k]) != string(a[k]) {
			out = append(out, fieldChange{k, strings.Trim(string(b[k]), `"`), strings.Trim(string(a[k]), `"`)})
		}
	}
	if len(out) == 0 {
		out = []fieldChange{{Field: "—", Before: "", After: ""}}
	}
	return out
}

type mentionView struct {
	Mention  event.Mention
	Evidence evidence
}

func (s *server) pageEvent(w http.ResponseWriter, r *http.Request) {
	s.showEvent(w, r, http.StatusOK, "")
}

func (s *server) showEvent(w http.ResponseWriter, r *http.Request, status int, errMsg string) {
	id := r.PathValue("id")
	if !validID(id) {
		s.pageErr(w, r, badParam("id", "not an event id"))
		return
	}
	ctx := r.Context()
	d, err := s.eventDetail(ctx, id)
	if err != nil {
		s.pageErr(w, r, err)
		return
	}
	v := eventView{eventDetail: d, Conflict: status == http.StatusConflict}
	for _, a := range d.Audit {
		v.Trail = append(v.Trail, auditRow{AuditEntry: a, Changes: auditDiff(a.Before, a.After)})
	}
	for _, m := range d.Mentions {
		mv := mentionView{Mention: m, Evidence: evidence{Quote: m.Quote, Sentence: -1}}
		if m.Doc != "" {
			if doc, err := s.documentDetail(ctx, m.Doc); err == nil {
				mv.Evidence = evidenceIn(&doc.Document, m.Span, m.Quote)
			}
		}
		v.Evidence = append(v.Evidence, mv)
	}
	if len(v.Evidence) == 0 {
		// Events built from one mention still show their own quote.
		v.Evidence = append(v.Evidence, mentionView{Evidence: s.evidenceFor(ctx, &d.Event)})
	}
	e := d.Event
	p := s.newPage(r, "event", string(e.Type)+" "+strings.Join(e.Actor, ",")+"→"+strings.Join(e.Recipient, ",")+" "+e.Date.String(), v)
	p.Error = errMsg
	s.render(w, status, p)
}

// formReview handles the review form: accept, reject, or save edits.
func (s *server) formReview(w http.ResponseWriter, r *http.Request) {
	r.Body = http.MaxBytesReader(w, r.Body, 1<<20)
	if !s.formAuth(r) {
		s.showEvent(w, r, http.StatusUnauthorized, "Sign in with the write token to review events.")
		return
	}
	id := r.PathValue("id")
	cur, err := s.st.Event(r.Context(), id)
	if err != nil {
		s.pageErr(w, r, err)
		return
	}
	version, err := strconv.Atoi(r.PostFormValue("version"))
	if err != nil {
		s.showEvent(w, r, http.StatusBadRequest, "The form lost its version; reload the page.")
		return
	}
	rq := reviewRequest{Version: &version, Note: r.PostFormValue("note")}
	switch r.PostFormValue("action") {
	case "accept":
		rq.Review = string(event.Accepted)
	case "reject":
		rq.Review = string(event.Rejected)
	case "propose":
		rq.Review = string(event.Proposed)
	case "edit":
		editFromForm(r, &cur, &rq)
	default:
		s.showEvent(w, r, http.StatusBadRequest, "Unknown review action.")
		return
	}
	ed, err := rq.edit()
	if err != nil {
		s.showEvent(w, r, http.StatusBadRequest, err.Error())
		return
	}
	if _, err := s.st.Review(r.Context(), id, version, s.who(r), ed); err != nil {
		if errors.Is(err, store.ErrConflict) {
			s.changed() // someone else wrote: drop what we cached
			s.showEvent(w, r, http.StatusConflict, "Someone changed this event while you were editing it. The page now shows the current version; apply your change again.")
			return
		}
		s.pageErr(w, r, err)
		return
	}
	s.changed()
	http.Redirect(w, r, "/events/"+url.PathEscape(id)+"#review", http.StatusSeeOther)
}

// editFromForm copies only the fields the analyst changed, so an edit of
// the type does not silently rewrite the date's precision or the actors.
func editFromForm(r *http.Request, cur *event.Event, rq *reviewRequest) {
	if t := r.PostFormValue("type"); t != "" && t != string(cur.Type) {
		rq.Type = t
	}
	if d := strings.TrimSpace(r.PostFormValue("date")); d != cur.Date.String() {
		rq.Date = &d
	}
	if d := strings.TrimSpace(r.PostFormValue("end")); d != cur.End.String() {
		rq.End = &d
	}
	if a := splitActors(r.PostFormValue("actor")); strings.Join(a, ",") != strings.Join(cur.Actor, ",") {
		rq.Actor = nonNil(a)
	}
	if a := splitActors(r.PostFormValue("recipient")); strings.Join(a, ",") != strings.Join(cur.Recipient, ",") {
		rq.Recipient = nonNil(a)
	}
	if v := strings.TrimSpace(r.PostFormValue("amount")); v != "" {
		f, err := strconv.ParseFloat(v, 64)
		a := event.Amount{Value: f, Currency: r.PostFormValue("currency"), Per: r.PostFormValue("per")}
		if err != nil {
			a.Value = -1 // rejected by edit() with a message naming "amount"
		}
		if cur.Amount == nil || *cur.Amount != a {
			rq.Amount = &a
		}
	}
}

func splitActors(s string) []string {
	var out []string
	for _, f := range strings.FieldsFunc(s, func(r rune) bool { return r == ',' || r == ' ' || r == ';' }) {
		out = append(out, strings.ToUpper(f))
	}
	return out
}

func nonNil(l []string) []string {
	if l == nil {
		return []string{}
	}
	return l
}

// Documents.

type documentView struct {
	*documentDetail
	// Body is the highlighted text, rendered once per store generation:
	// it is the costliest part of any page and the same for every reader.
	Body template.HTML
}

// docText renders the text with its highlights (escaped by html/template).
var docText = template.Must(template.New("doctext.html").Funcs(funcs).ParseFS(assetFS, "templates/doctext.html"))

func (s *server) pageDocument(w http.ResponseWriter, r *http.Request) {
	id := r.PathValue("id")
	if !validID(id) {
		s.pageErr(w, r, badParam("id", "not a document id"))
		return
	}
	d, err := s.documentDetail(r.Context(), id)
	if err != nil {
		s.pageErr(w, r, err)
		return
	}
	v, err := s.memo("docview|"+id, func() (any, error) {
		var buf bytes.Buffer
		if err := docText.ExecuteTemplate(&buf, "doctext", renderDoc(d.Text, d.Sentences, d.Mentions)); err != nil {
			return nil, err
		}
		return &documentView{documentDetail: d, Body: template.HTML(buf.String())}, nil
	})
	if err != nil {
		s.pageErr(w, r, err)
		return
	}
	s.render(w, http.StatusOK, s.newPage(r, "document", d.Title, v))
}

type documentsView struct {
	Documents []store.DocumentInfo
	CanIngest bool
	Form      newDocument
}

func (s *server) pageDocuments(w http.ResponseWriter, r *http.Request) {
	s.showDocuments(w, r, http.StatusOK, "", newDocument{})
}

func (s *server) showDocuments(w http.ResponseWriter, r *http.Request, status int, errMsg string, form newDocument) {
	ds, err := s.documents(r.Context())
	if err != nil {
		s.pageErr(w, r, err)
		return
	}
	p := s.newPage(r, "documents", "Documents", documentsView{Documents: ds, CanIngest: s.opt.Ingest != nil, Form: form})
	p.Error = errMsg
	s.render(w, status, p)
}

// formAddDocument takes the add-document form: pasted text or an uploaded
// file (multipart), then shows the new document with its extractions.
func (s *server) formAddDocument(w http.ResponseWriter, r *http.Request) {
	// The body may hold the document plus the form's other fields.
	r.Body = http.MaxBytesReader(w, r.Body, maxDocument+1<<16)
	if err := r.ParseMultipartForm(1 << 20); err != nil && !errors.Is(err, http.ErrNotMultipart) {
		var tooBig *http.MaxBytesError
		if errors.As(err, &tooBig) {
			s.showDocuments(w, r, http.StatusRequestEntityTooLarge, "The document is larger than 32 MiB: split it into several documents.", newDocument{})
			return
		}
		s.showDocuments(w, r, http.StatusBadRequest, "Could not read the form.", newDocument{})
		return
	}
	if r.MultipartForm != nil {
		defer r.MultipartForm.RemoveAll()
	}
	nd := newDocument{Title: r.PostFormValue("title"), Text: r.PostFormValue("text"), Date: r.PostFormValue("date"),
		URL: r.PostFormValue("url"), Author: r.PostFormValue("author")}
	if !s.formAuth(r) {
		s.showDocuments(w, r, http.StatusUnauthorized, "Sign in with the write token to add documents.", nd)
		return
	}
	if s.opt.Ingest == nil {
		s.showDocuments(w, r, http.StatusNotImplemented, "This server does not ingest documents.", nd)
		return
	}
	if f, fh, err := r.FormFile("file"); err == nil {
		// Read one byte past the limit so an oversized file is refused, never cut.
		b, err := io.ReadAll(io.LimitReader(f, maxDocument+1))
		f.Close()
		if err != nil {
			s.showDocuments(w, r, http.StatusBadRequest, "Could not read the uploaded file.", nd)
			return
		}
		if len(b) > maxDocument || len(nd.Text) > maxDocument {
			s.showDocuments(w, r, http.StatusRequestEntityTooLarge, "The document is larger than 32 MiB: split it into several documents.", nd)
			return
		}
		if strings.TrimSpace(nd.Text) == "" {
			nd.Text = string(b)
		}
		if nd.Title == "" {
			nd.Title = strings.TrimSuffix(fh.Filename, ".txt")
		}
	}
	doc, err := nd.document()
	if err != nil {
		s.showDocuments(w, r, http.StatusBadRequest, err.Error(), nd)
		return
	}
	id, err := s.opt.Ingest(r.Context(), doc)
	if err != nil {
		s.opt.Logf("web: ingest: %v", err)
		s.showDocuments(w, r, http.StatusInternalServerError, "Ingesting the document failed: "+err.Error(), nd)
		return
	}
	s.changed()
	http.Redirect(w, r, "/documents/"+url.PathEscape(id), http.StatusSeeOther)
}

// Checks, search, network.

func (s *server) pageChecks(w http.ResponseWriter, r *http.Request) {
	cs, err := s.checks(r.Context())
	if err != nil {
		s.pageErr(w, r, err)
		return
	}
	s.render(w, http.StatusOK, s.newPage(r, "checks", "Checks", cs))
}

func (s *server) pageSearch(w http.ResponseWriter, r *http.Request) {
	q, err := parseQuery(r.URL.Query().Get("q"))
	if err != nil {
		s.pageErr(w, r, err)
		return
	}
	res, err := s.search(r.Context(), q)
	if err != nil {
		s.pageErr(w, r, err)
		return
	}
	p := s.newPage(r, "search", "Search", res)
	p.Q = q
	s.render(w, http.StatusOK, p)
}

func (s *server) pageNetwork(w http.ResponseWriter, r *http.Request) {
	q := r.URL.Query()
	from, err := parseYear("from", q.Get("from"))
	if err != nil {
		s.pageErr(w, r, err)
		return
	}
	to, err := parseYear("to", q.Get("to"))
	if err != nil {
		s.pageErr(w, r, err)
		return
	}
	top, err := parseTop(q.Get("top"))
	if err != nil {
		s.pageErr(w, r, err)
		return
	}
	n, err := s.network(r.Context(), from, to, top)
	if err != nil {
		s.pageErr(w, r, err)
		return
	}
	p := s.newPage(r, "network", "Network", n)
	p.Network, p.Charts = true, true // d3 supplies the edge colour scale
	s.render(w, http.StatusOK, p)
}

// Sign-in.

func (s *server) pageLogin(w http.ResponseWriter, r *http.Request) {
	s.render(w, http.StatusOK, s.newPage(r, "login", "Sign in", map[string]string{"Next": safeNext(r.URL.Query().Get("next"))}))
}

// safeNext keeps redirects on this site.
func safeNext(n string) string {
	if !strings.HasPrefix(n, "/") || strings.HasPrefix(n, "//") || strings.ContainsAny(n, "\\\r\n") {
		return "/"
	}
	return n
}

func (s *server) formLogin(w http.ResponseWriter, r *http.Request) {
	r.Body = http.MaxBytesReader(w, r.Body, 1<<16)
	next := safeNext(r.PostFormValue("next"))
	if !sameOrigin(r) || !s.tokenOK(strings.TrimSpace(r.PostFormValue("token"))) {
		p := s.newPage(r, "login", "Sign in", map[string]string{"Next": next})
		p.Error = "That token is not this server's write token."
		if s.opt.Token == "" {
			p.Error = "This server was started without a write token; writes are disabled."
		}
		s.render(w, http.StatusUnauthorized, p)
		return
	}
	c := &http.Cookie{Name: tokenCookie, Value: s.opt.Token, Path: "/", HttpOnly: true, SameSite: http.SameSiteStrictMode, Secure: r.TLS != nil}
	http.SetCookie(w, c)
	who := clip(r.PostFormValue("name"), 64)
	if who == "" {
		who = "analyst"
	}
	http.SetCookie(w, &http.Cookie{Name: whoCookie, Value: url.QueryEscape(who), Path: "/", HttpOnly: true, SameSite: http.SameSiteStrictMode, Secure: r.TLS != nil})
	http.Redirect(w, r, next, http.StatusSeeOther)
}

func (s *server) formLogout(w http.ResponseWriter, r *http.Request) {
	if s.formAuth(r) {
		http.SetCookie(w, &http.Cookie{Name: tokenCookie, Value: "", Path: "/", MaxAge: -1})
		http.SetCookie(w, &http.Cookie{Name: whoCookie, Value: "", Path: "/", MaxAge: -1})
	}
	http.Redirect(w, r, "/", http.StatusSeeOther)
}
