package web

import (
	"bytes"
	"context"
	"encoding/csv"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"mime"
	"net/http"
	"regexp"
	"sort"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/pivot-geo/pivot/internal/event"
	"github.com/pivot-geo/pivot/internal/store"
)

// paramError is a bad request parameter; the API answers 400 naming it.
type paramError struct {
	Param string
	Msg   string
}

func (e *paramError) Error() string { return e.Param + ": " + e.Msg }

func badParam(p, format string, a ...any) error {
	return &paramError{Param: p, Msg: fmt.Sprintf(format, a...)}
}

func writeJSON(w http.ResponseWriter, status int, v any) {
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetEscapeHTML(false) // served as application/json with nosniff; keep "USA>PAK" readable
	if err := enc.Encode(v); err != nil {
		writeErr(w, http.StatusInternalServerError, "", "encoding response: "+err.Error())
		return
	}
	w.Header().Set("Content-Type", "application/json; charset=utf-8")
	w.Header().Set("Cache-Control", "no-cache")
	w.WriteHeader(status)
	w.Write(buf.Bytes())
}

// cachedJSON answers with fn's value encoded once per store generation:
// for the larger responses, encoding costs more than the lookup.
func (s *server) cachedJSON(w http.ResponseWriter, key string, fn func() (any, error)) {
	v, err := s.memo("json|"+key, func() (any, error) {
		val, err := fn()
		if err != nil {
			return nil, err
		}
		var buf bytes.Buffer
		enc := json.NewEncoder(&buf)
		enc.SetEscapeHTML(false)
		if err := enc.Encode(val); err != nil {
			return nil, err
		}
		return buf.Bytes(), nil
	})
	if err != nil {
		s.fail(w, err)
		return
	}
	w.Header().Set("Content-Type", "application/json; charset=utf-8")
	w.Header().Set("Cache-Control", "no-cache")
	w.Write(v.([]byte))
}

func writeErr(w http.ResponseWriter, status int, param, msg string) {
	body := map[string]string{"error": msg}
	if param != "" {
		body["param"] = param
	}
	b, _ := json.Marshal(body)
	w.Header().Set("Content-Type", "application/json; charset=utf-8")
	w.WriteHeader(status)
	w.Write(append(b, '\n'))
}

// fail maps an error to a status: parameter errors 400, unknown ids 404,
// review conflicts 409, anything else 500 (logged, not leaked).
func (s *server) fail(w http.ResponseWriter, err error) {
	var pe *paramError
	switch {
	case errors.As(err, &pe):
		writeErr(w, http.StatusBadRequest, pe.Param, pe.Error())
	case errors.Is(err, store.ErrNotFound):
		writeErr(w, http.StatusNotFound, "", "not found")
	case errors.Is(err, store.ErrConflict):
		writeErr(w, http.StatusConflict, "version", err.Error())
	case errors.Is(err, context.Canceled):
		// client went away; nothing to write
	default:
		s.opt.Logf("web: %v", err)
		writeErr(w, http.StatusInternalServerError, "", "internal error")
	}
}

// Parameter parsing. Everything is validated into typed values here, so no
// request text reaches the store except as a typed field of store.Filter.

var actorRe = regexp.MustCompile(`^[A-Z][A-Z0-9_]{1,15}$`)

func parseActor(param, v string) (string, error) {
	v = strings.ToUpper(strings.TrimSpace(v))
	if !actorRe.MatchString(v) {
		return "", badParam(param, "want an actor code such as PAK or USA")
	}
	return v, nil
}

func parseDyad(v string) ([2]string, error) {
	a, b, ok := strings.Cut(v, "-")
	if !ok {
		return [2]string{}, badParam("dyad", "want two actor codes joined by '-', e.g. USA-PAK")
	}
	x, err1 := parseActor("dyad", a)
	y, err2 := parseActor("dyad", b)
	if err1 != nil || err2 != nil || x == y {
		return [2]string{}, badParam("dyad", "want two different actor codes joined by '-', e.g. USA-PAK")
	}
	return [2]string{x, y}, nil
}

func parseYear(param, v string) (int, error) {
	if v == "" {
		return 0, nil
	}
	n, err := strconv.Atoi(v)
	if err != nil || n < 1 || n > 9999 {
		return 0, badParam(param, "want a year such as 1954")
	}
	return n, nil
}

func parseType(v string) (event.Type, error) {
	if v == "" {
		return "", nil
	}
	t := event.Type(strings.ToUpper(v))
	if !t.Valid() {
		return "", badParam("type", "want a PLOVER event type such as AGREE or AID")
	}
	return t, nil
}

func parseReviews(v string) ([]event.Review, error) {
	if v == "" {
		return nil, nil
	}
	var out []event.Review
	for _, p := range strings.Split(v, ",") {
		r := event.Review(strings.TrimSpace(p))
		switch r {
		case event.Proposed, event.Accepted, event.Rejected:
			out = append(out, r)
		default:
			return nil, badParam("review", "want proposed, accepted or rejected (comma-separated)")
		}
	}
	return out, nil
}

func parseQuery(v string) (string, error) {
	v = strings.TrimSpace(v)
	if len(v) > 200 || !utf8.ValidString(v) {
		return "", badParam("q", "want at most 200 characters of text")
	}
	return v, nil
}

// analysed are the review states that count in series and analysis:
// rejected events stay visible but leave the numbers.
var analysed = []event.Review{event.Proposed, event.Accepted}

// eventFilter reads the common event query parameters.
func eventFilter(r *http.Request) (store.Filter, error) {
	q := r.URL.Query()
	var f store.Filter
	var err error
	if v := q.Get("dyad"); v != "" {
		if f.Dyad, err = parseDyad(v); err != nil {
			return f, err
		}
	}
	if v := q.Get("actor"); v != "" {
		if f.Actor, err = parseActor("actor", v); err != nil {
			return f, err
		}
	}
	if f.Type, err = parseType(q.Get("type")); err != nil {
		return f, err
	}
	if f.From, err = parseYear("from", q.Get("from")); err != nil {
		return f, err
	}
	if f.To, err = parseYear("to", q.Get("to")); err != nil {
		return f, err
	}
	if f.From != 0 && f.To != 0 && f.From > f.To {
		return f, badParam("to", "must not be before from")
	}
	if f.Query, err = parseQuery(q.Get("q")); err != nil {
		return f, err
	}
	if f.Reviews, err = parseReviews(q.Get("review")); err != nil {
		return f, err
	}
	if v := q.Get("as_of"); v != "" {
		n, err := strconv.ParseInt(v, 10, 64)
		if err != nil || n < 1 {
			return f, badParam("as_of", "want a batch id (see /api/batches)")
		}
		f.AsOf = n
	}
	if v := q.Get("limit"); v != "" {
		n, err := strconv.Atoi(v)
		if err != nil || n < 1 || n > 100000 {
			return f, badParam("limit", "want a number between 1 and 100000")
		}
		f.Limit = n
	}
	return f, nil
}

// defaultLimit bounds an event list nobody bounded: a dyad in a GDELT-sized
// base has more events than a browser or a JSON parser wants at once.
const defaultLimit = 10000

func filterKey(f store.Filter) string {
	return fmt.Sprintf("ev|%s|%s|%s|%s|%d|%d|%q|%v|%d|%d|%q", f.Dyad[0], f.Dyad[1], f.Actor, f.Type, f.From, f.To, f.Query, f.Reviews, f.Limit, f.AsOf, f.Source)
}

// events runs a filter through the cache and sorts by date, so every view
// and export lists events in the same order.
func (s *server) events(ctx context.Context, f store.Filter) ([]event.Event, error) {
	v, err := s.memo(filterKey(f), func() (any, error) {
		evs, err := s.st.Events(ctx, f)
		if err != nil {
			return nil, err
		}
		sort.SliceStable(evs, func(i, j int) bool {
			a, b := evs[i].Date, evs[j].Date
			if a != b {
				return a.Before(b)
			}
			return evs[i].ID < evs[j].ID
		})
		return evs, nil
	})
	if err != nil {
		return nil, err
	}
	return v.([]event.Event), nil
}

func dyadName(d [2]string) string { return d[0] + "-" + d[1] }

func (s *server) apiEvents(w http.ResponseWriter, r *http.Request) {
	f, err := eventFilter(r)
	if err != nil {
		s.fail(w, err)
		return
	}
	format := r.URL.Query().Get("format")
	if format != "" && format != "json" && format != "csv" {
		s.fail(w, badParam("format", "want json or csv"))
		return
	}
	if f.Limit == 0 {
		f.Limit = defaultLimit
	}
	evs, err := s.events(r.Context(), f)
	if err != nil {
		s.fail(w, err)
		return
	}
	if format == "csv" {
		writeEventsCSV(w, evs)
		return
	}
	out := struct {
		Dyad      string        `json:"dyad,omitempty"`
		Count     int           `json:"count"`
		Limit     int           `json:"limit"`
		Truncated bool          `json:"truncated"` // more events match; narrow the filter or raise limit
		Events    []event.Event `json:"events"`
	}{Count: len(evs), Limit: f.Limit, Truncated: len(evs) == f.Limit, Events: evs}
	if f.Dyad[0] != "" {
		out.Dyad = dyadName(f.Dyad)
	}
	if out.Events == nil {
		out.Events = []event.Event{}
	}
	writeJSON(w, http.StatusOK, out)
}

func writeEventsCSV(w http.ResponseWriter, evs []event.Event) {
	w.Header().Set("Content-Type", "text/csv; charset=utf-8")
	w.Header().Set("Content-Disposition", `attachment; filename="events.csv"`)
	cw := csv.NewWriter(w)
	cw.Write([]string{"id", "date", "end", "actor", "recipient", "type", "quad", "mode", "context", "amount", "currency", "status", "review", "score", "quote", "doc", "span_start", "span_end"})
	for _, e := range evs {
		amt, cur := "", ""
		if e.Amount != nil {
			amt, cur = strconv.FormatFloat(e.Amount.Value, 'f', -1, 64), e.Amount.Currency
		}
		cw.Write([]string{e.ID, e.Date.String(), e.End.String(), strings.Join(e.Actor, ";"), strings.Join(e.Recipient, ";"),
			string(e.Type), strconv.Itoa(int(e.Type.Quad())), e.Mode, strings.Join(e.Context, ";"), amt, cur,
			string(e.Status), string(e.Review), strconv.FormatFloat(e.Score, 'f', -1, 64), csvSafe(e.Quote), e.Doc,
			strconv.Itoa(e.Span.Start), strconv.Itoa(e.Span.End)})
	}
	cw.Flush()
}

// csvSafe defuses spreadsheet formula injection from source text.
func csvSafe(s string) string {
	if s != "" && strings.ContainsRune("=+-@\t\r", rune(s[0])) {
		return "'" + s
	}
	return s
}

// eventDetail is GET /api/events/{id}.
type eventDetail struct {
	Event    event.Event        `json:"event"`
	Mentions []event.Mention    `json:"mentions"`
	Audit    []store.AuditEntry `json:"audit"`
}

func (s *server) eventDetail(ctx context.Context, id string) (*eventDetail, error) {
	v, err := s.memo("event|"+id, func() (any, error) {
		e, err := s.st.Event(ctx, id)
		if err != nil {
			return nil, err
		}
		ms, err := s.st.Mentions(ctx, id, "")
		if err != nil {
			return nil, err
		}
		au, err := s.st.Audit(ctx, id)
		if err != nil {
			return nil, err
		}
		if ms == nil {
			ms = []event.Mention{}
		}
		if au == nil {
			au = []store.AuditEntry{}
		}
		return &eventDetail{Event: e, Mentions: ms, Audit: au}, nil
	})
	if err != nil {
		return nil, err
	}
	return v.(*eventDetail), nil
}

func validID(id string) bool {
	if id == "" || len(id) > 200 {
		return false
	}
	for _, r := range id {
		if r < 0x21 || r == 0x7f {
			return false
		}
	}
	return utf8.ValidString(id)
}

func (s *server) apiEvent(w http.ResponseWriter, r *http.Request) {
	id := r.PathValue("id")
	if !validID(id) {
		s.fail(w, badParam("id", "not an event id"))
		return
	}
	d, err := s.eventDetail(r.Context(), id)
	if err != nil {
		s.fail(w, err)
		return
	}
	writeJSON(w, http.StatusOK, d)
}

// reviewRequest is the body of POST /api/events/{id}/review.
type reviewRequest struct {
	Version   *int          `json:"version"`
	Review    string        `json:"review,omitempty"`
	Type      string        `json:"type,omitempty"`
	Date      *string       `json:"date,omitempty"`
	End       *string       `json:"end,omitempty"`
	Actor     []string      `json:"actor,omitempty"`
	Recipient []string      `json:"recipient,omitempty"`
	Amount    *event.Amount `json:"amount,omitempty"`
	Note      string        `json:"note,omitempty"`
}

func (rq *reviewRequest) edit() (store.Edit, error) {
	var e store.Edit
	if rq.Review != "" {
		rv := event.Review(rq.Review)
		if rv != event.Proposed && rv != event.Accepted && rv != event.Rejected {
			return e, badParam("review", "want proposed, accepted or rejected")
		}
		e.Review = &rv
	}
	if rq.Type != "" {
		t, err := parseType(rq.Type)
		if err != nil {
			return e, err
		}
		e.Type = &t
	}
	if rq.Date != nil {
		d, err := event.ParseDate(strings.TrimSpace(*rq.Date))
		if err != nil || d.IsZero() {
			return e, badParam("date", "want YYYY, YYYY-MM or YYYY-MM-DD")
		}
		e.Date = &d
	}
	if rq.End != nil {
		d, err := event.ParseDate(strings.TrimSpace(*rq.End))
		if err != nil {
			return e, badParam("end", "want YYYY, YYYY-MM, YYYY-MM-DD or empty")
		}
		e.End = &d
	}
	var err error
	if e.Actor, err = actorList("actor", rq.Actor); err != nil {
		return e, err
	}
	if e.Recipient, err = actorList("recipient", rq.Recipient); err != nil {
		return e, err
	}
	if rq.Amount != nil {
		a := *rq.Amount
		a.Currency = strings.ToUpper(strings.TrimSpace(a.Currency))
		if a.Value < 0 || len(a.Currency) != 3 {
			return e, badParam("amount", "want a non-negative value and a three-letter currency")
		}
		if a.Per != "" && a.Per != "year" && a.Per != "month" {
			return e, badParam("amount", "per must be year, month or empty")
		}
		e.Amount = &a
	}
	e.Note = clip(rq.Note, 500)
	if e.Review == nil && e.Type == nil && e.Date == nil && e.End == nil && e.Actor == nil && e.Recipient == nil && e.Amount == nil {
		return e, badParam("review", "nothing to change")
	}
	return e, nil
}

func actorList(param string, in []string) ([]string, error) {
	if in == nil {
		return nil, nil
	}
	out := make([]string, 0, len(in))
	for _, a := range in {
		if strings.TrimSpace(a) == "" {
			continue
		}
		c, err := parseActor(param, a)
		if err != nil {
			return nil, err
		}
		out = append(out, c)
	}
	if len(out) == 0 {
		return nil, badParam(param, "want at least one actor code")
	}
	return out, nil
}

func (s *server) apiReview(w http.ResponseWriter, r *http.Request) {
	if !s.apiAuth(r) {
		writeErr(w, http.StatusUnauthorized, "token", "a write token is required (Authorization: Bearer …)")
		return
	}
	id := r.PathValue("id")
	if !validID(id) {
		s.fail(w, badParam("id", "not an event id"))
		return
	}
	var rq reviewRequest
	dec := json.NewDecoder(http.MaxBytesReader(w, r.Body, 1<<20))
	dec.DisallowUnknownFields()
	if err := dec.Decode(&rq); err != nil {
		s.fail(w, badParam("body", "want a JSON object: %v", err))
		return
	}
	if rq.Version == nil {
		s.fail(w, badParam("version", "required: the event version you read (optimistic locking)"))
		return
	}
	ed, err := rq.edit()
	if err != nil {
		s.fail(w, err)
		return
	}
	e, err := s.st.Review(r.Context(), id, *rq.Version, s.who(r), ed)
	if err != nil {
		if errors.Is(err, store.ErrConflict) {
			cur, _ := s.st.Event(r.Context(), id)
			writeJSON(w, http.StatusConflict, map[string]any{"error": err.Error(), "param": "version", "event": cur})
			return
		}
		s.fail(w, err)
		return
	}
	s.changed()
	writeJSON(w, http.StatusOK, map[string]any{"event": e})
}

// Series.

var seriesMeasures = map[string]bool{"arms": true, "aid": true, "count": true, "intensity": true}

type seriesResponse struct {
	Dyad    string      `json:"dyad"`
	Measure string      `json:"measure"`
	Unit    string      `json:"unit"`
	Series  []Direction `json:"series"`
}

func (s *server) apiSeries(w http.ResponseWriter, r *http.Request) {
	q := r.URL.Query()
	d, err := parseDyad(q.Get("dyad"))
	if err != nil {
		s.fail(w, err)
		return
	}
	m := q.Get("measure")
	if m == "" {
		m = "intensity"
	}
	if !seriesMeasures[m] {
		s.fail(w, badParam("measure", "want arms, aid, count or intensity"))
		return
	}
	format := q.Get("format")
	if format != "" && format != "json" && format != "csv" {
		s.fail(w, badParam("format", "want json or csv"))
		return
	}
	res, err := s.series(r.Context(), d, m)
	if err != nil {
		s.fail(w, err)
		return
	}
	if format == "csv" {
		w.Header().Set("Content-Type", "text/csv; charset=utf-8")
		w.Header().Set("Content-Disposition", fmt.Sprintf(`attachment; filename="%s-%s.csv"`, res.Dyad, m))
		cw := csv.NewWriter(w)
		cw.Write([]string{"dyad", "measure", "direction", "category", "year", "end", "period", "value", "unit", "count", "sources"})
		for _, sr := range res.Series {
			for _, p := range sr.Points {
				cw.Write([]string{res.Dyad, m, sr.Direction, sr.Category, strconv.Itoa(p.Year), strconv.Itoa(p.End), p.Period,
					strconv.FormatFloat(p.Value, 'f', -1, 64), res.Unit, strconv.Itoa(p.Count), csvSafe(strings.Join(sr.Sources, "; "))})
			}
		}
		cw.Flush()
		return
	}
	writeJSON(w, http.StatusOK, res)
}

// predecessors lists states whose data rows belong to a successor's dyad:
// SIPRI reports Soviet deliveries under the USSR (SUN), and the Russia
// dyad's arms history is unreadable without them.
var predecessors = map[string][]string{"RUS": {"SUN"}}

func (s *server) series(ctx context.Context, d [2]string, measure string) (*seriesResponse, error) {
	v, err := s.memo("series|"+dyadName(d)+"|"+measure, func() (any, error) {
		res := &seriesResponse{Dyad: dyadName(d), Measure: measure, Series: []Direction{}}
		switch measure {
		case "arms", "aid":
			if err := s.dataSeries(ctx, d, measure, res); err != nil {
				return nil, err
			}
		case "intensity", "count":
			if err := s.eventSeries(ctx, d, measure, res); err != nil {
				return nil, err
			}
		}
		return res, nil
	})
	if err != nil {
		return nil, err
	}
	return v.(*seriesResponse), nil
}

func (s *server) dataSeries(ctx context.Context, d [2]string, measure string, res *seriesResponse) error {
	type key struct{ dir, cat string }
	groups := map[key]*Direction{}
	var order []key
	for _, pair := range [][2]string{{d[0], d[1]}, {d[1], d[0]}} {
		actors := append([]string{pair[0]}, predecessors[pair[0]]...)
		for _, a := range actors {
			pts, err := s.st.Series(ctx, measure, a, pair[1])
			if err != nil {
				return err
			}
			for _, p := range pts {
				if res.Unit == "" {
					res.Unit = p.Unit
				}
				k := key{p.Actor + ">" + p.Recipient, p.Category}
				g := groups[k]
				if g == nil {
					g = &Direction{Direction: k.dir, Category: k.cat, Unit: p.Unit}
					groups[k] = g
					order = append(order, k)
				}
				if p.Source != "" && !contains(g.Sources, p.Source) {
					g.Sources = append(g.Sources, p.Source)
				}
				pt := Point{Year: p.Start, Value: p.Value}
				if p.End > p.Start {
					pt.End, pt.Period = p.End, p.Period
				} else if p.Period != strconv.Itoa(p.Start) {
					pt.Period = p.Period
				}
				g.Points = append(g.Points, pt)
			}
		}
	}
	for _, k := range order {
		g := groups[k]
		sort.SliceStable(g.Points, func(i, j int) bool { return g.Points[i].Year < g.Points[j].Year })
		res.Series = append(res.Series, *g)
	}
	return nil
}

// Documents.

type documentDetail struct {
	event.Document
	Mentions []event.Mention `json:"mentions"`
}

func (s *server) documentDetail(ctx context.Context, id string) (*documentDetail, error) {
	v, err := s.memo("doc|"+id, func() (any, error) {
		d, err := s.st.Document(ctx, id)
		if err != nil {
			return nil, err
		}
		ms, err := s.st.Mentions(ctx, "", id)
		if err != nil {
			return nil, err
		}
		if ms == nil {
			ms = []event.Mention{}
		}
		if d.Sentences == nil {
			d.Sentences = []event.Span{}
		}
		return &documentDetail{Document: d, Mentions: ms}, nil
	})
	if err != nil {
		return nil, err
	}
	return v.(*documentDetail), nil
}

func (s *server) documents(ctx context.Context) ([]store.DocumentInfo, error) {
	v, err := s.memo("docs", func() (any, error) {
		ds, err := s.st.Documents(ctx)
		if ds == nil {
			ds = []store.DocumentInfo{}
		}
		return ds, err
	})
	if err != nil {
		return nil, err
	}
	return v.([]store.DocumentInfo), nil
}

func (s *server) apiDocuments(w http.ResponseWriter, r *http.Request) {
	ds, err := s.documents(r.Context())
	if err != nil {
		s.fail(w, err)
		return
	}
	writeJSON(w, http.StatusOK, map[string]any{"documents": ds})
}

func (s *server) apiDocument(w http.ResponseWriter, r *http.Request) {
	id := r.PathValue("id")
	if !validID(id) {
		s.fail(w, badParam("id", "not a document id"))
		return
	}
	s.cachedJSON(w, "doc|"+id, func() (any, error) { return s.documentDetail(r.Context(), id) })
}

// newDocument is the JSON body of POST /api/documents.
type newDocument struct {
	Title     string `json:"title"`
	Text      string `json:"text"`
	Date      string `json:"date"`
	URL       string `json:"url"`
	Author    string `json:"author"`
	Publisher string `json:"publisher"`
}

// maxDocument is the largest document POST /api/documents and the upload
// form take (docs/api.md); larger bodies get 413.
const maxDocument = 32 << 20

func (nd *newDocument) document() (event.Document, error) {
	var d event.Document
	nd.Text = strings.ReplaceAll(nd.Text, "\r\n", "\n")
	if strings.TrimSpace(nd.Text) == "" {
		return d, badParam("text", "required: the document text")
	}
	if !utf8.ValidString(nd.Text) {
		return d, badParam("text", "must be UTF-8")
	}
	date, err := event.ParseDate(strings.TrimSpace(nd.Date))
	if err != nil {
		return d, badParam("date", "want YYYY, YYYY-MM or YYYY-MM-DD")
	}
	if u := strings.TrimSpace(nd.URL); u != "" && !strings.HasPrefix(u, "http://") && !strings.HasPrefix(u, "https://") {
		return d, badParam("url", "want an http(s) URL")
	}
	title := clip(nd.Title, 300)
	if title == "" {
		first, _, _ := strings.Cut(strings.TrimSpace(nd.Text), "\n")
		title = clip(first, 80)
	}
	return event.Document{Title: title, Text: nd.Text, Date: date, URL: strings.TrimSpace(nd.URL),
		Author: clip(nd.Author, 200), Publisher: clip(nd.Publisher, 200)}, nil
}

func (s *server) apiAddDocument(w http.ResponseWriter, r *http.Request) {
	if !s.apiAuth(r) {
		writeErr(w, http.StatusUnauthorized, "token", "a write token is required (Authorization: Bearer …)")
		return
	}
	if s.opt.Ingest == nil {
		writeErr(w, http.StatusNotImplemented, "", "this server does not ingest documents")
		return
	}
	body, err := io.ReadAll(http.MaxBytesReader(w, r.Body, maxDocument))
	if err != nil {
		var tooBig *http.MaxBytesError
		if errors.As(err, &tooBig) {
			writeErr(w, http.StatusRequestEntityTooLarge, "text", "document too large (limit 32 MiB): split it into several documents")
			return
		}
		writeErr(w, http.StatusBadRequest, "text", "could not read the request body: "+err.Error())
		return
	}
	var nd newDocument
	ct, _, _ := mime.ParseMediaType(r.Header.Get("Content-Type"))
	switch ct {
	case "application/json":
		dec := json.NewDecoder(bytes.NewReader(body))
		dec.DisallowUnknownFields()
		if err := dec.Decode(&nd); err != nil {
			s.fail(w, badParam("body", "want a JSON object with title and text: %v", err))
			return
		}
	case "text/plain", "":
		q := r.URL.Query()
		nd = newDocument{Text: string(body), Title: q.Get("title"), Date: q.Get("date"), URL: q.Get("url"), Author: q.Get("author")}
	default:
		writeErr(w, http.StatusUnsupportedMediaType, "Content-Type", "want application/json or text/plain")
		return
	}
	doc, err := nd.document()
	if err != nil {
		s.fail(w, err)
		return
	}
	id, err := s.opt.Ingest(r.Context(), doc)
	if err != nil {
		s.fail(w, err)
		return
	}
	s.changed()
	w.Header().Set("Location", "/documents/"+id)
	writeJSON(w, http.StatusCreated, map[string]string{"id": id, "url": "/documents/" + id})
}

func (s *server) apiBatches(w http.ResponseWriter, r *http.Request) {
	v, err := s.memo("batches", func() (any, error) { return s.st.Batches(r.Context()) })
	if err != nil {
		s.fail(w, err)
		return
	}
	bs := v.([]store.Batch)
	if bs == nil {
		bs = []store.Batch{}
	}
	writeJSON(w, http.StatusOK, map[string]any{"batches": bs})
}
