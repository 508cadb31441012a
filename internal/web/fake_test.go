package web

import (
	"context"
	"encoding/json"
	"errors"
	"sort"
	"strings"
	"sync"
	"time"

	"github.com/pivot-geo/pivot/internal/event"
	"github.com/pivot-geo/pivot/internal/store"
)

// fakeStore is an in-memory store.Store for handler unit tests only; the
// browser tests run on the real DuckDB store.
type fakeStore struct {
	mu       sync.Mutex
	events   []event.Event
	mentions []event.Mention
	docs     []event.Document
	series   []event.SeriesPoint
	audit    []store.AuditEntry
}

func (f *fakeStore) Begin(ctx context.Context, b store.Batch) (store.Writer, *store.Batch, error) {
	return nil, nil, errors.New("fake: read-only")
}
func (f *fakeStore) Batches(ctx context.Context) ([]store.Batch, error) {
	return []store.Batch{{ID: 1, Source: "test", Format: "text"}}, nil
}
func (f *fakeStore) RemoveBatch(ctx context.Context, id int64) error { return errors.New("fake") }

func has(l []string, s string) bool {
	for _, x := range l {
		if x == s {
			return true
		}
	}
	return false
}

func (f *fakeStore) match(e *event.Event, fl store.Filter) bool {
	if fl.Dyad[0] != "" && !e.Involves(fl.Dyad[0], fl.Dyad[1]) {
		return false
	}
	if fl.Actor != "" && !has(e.Actor, fl.Actor) && !has(e.Recipient, fl.Actor) {
		return false
	}
	if fl.Type != "" && e.Type != fl.Type {
		return false
	}
	if fl.From != 0 && e.Date.Year < fl.From || fl.To != 0 && e.Date.Year > fl.To {
		return false
	}
	if fl.Query != "" && !strings.Contains(strings.ToLower(e.Quote), strings.ToLower(fl.Query)) {
		return false
	}
	if len(fl.Reviews) > 0 {
		ok := false
		for _, r := range fl.Reviews {
			ok = ok || r == e.Review
		}
		if !ok {
			return false
		}
	}
	return true
}

func (f *fakeStore) Events(ctx context.Context, fl store.Filter) ([]event.Event, error) {
	f.mu.Lock()
	defer f.mu.Unlock()
	var out []event.Event
	for i := range f.events {
		if f.match(&f.events[i], fl) {
			out = append(out, f.events[i])
		}
		if fl.Limit > 0 && len(out) == fl.Limit {
			break
		}
	}
	return out, nil
}

func (f *fakeStore) Event(ctx context.Context, id string) (event.Event, error) {
	f.mu.Lock()
	defer f.mu.Unlock()
	for _, e := range f.events {
		if e.ID == id {
			return e, nil
		}
	}
	return event.Event{}, store.ErrNotFound
}

func (f *fakeStore) Mentions(ctx context.Context, eventID, docID string) ([]event.Mention, error) {
	f.mu.Lock()
	defer f.mu.Unlock()
	var out []event.Mention
	for _, m := range f.mentions {
		if (eventID == "" || m.Event == eventID) && (docID == "" || m.Doc == docID) {
			out = append(out, m)
		}
	}
	return out, nil
}

func (f *fakeStore) Counts(ctx context.Context, q store.CountQuery) ([]store.CountRow, error) {
	evs, _ := f.Events(ctx, q.Filter)
	type key struct {
		y            int
		a, r, c, mod string
		t            event.Type
	}
	by := map[key]*store.CountRow{}
	var keys []key
	for _, e := range evs {
		k := key{y: e.Date.Year, t: e.Type, mod: e.Mode}
		if len(e.Actor) > 0 {
			k.a = e.Actor[0]
		}
		if len(e.Recipient) > 0 {
			k.r = e.Recipient[0]
		}
		if len(e.Context) > 0 {
			k.c = e.Context[0]
		}
		r := by[k]
		if r == nil {
			r = &store.CountRow{Year: k.y, Actor: k.a, Recipient: k.r, Type: k.t, Context: k.c, Mode: k.mod}
			by[k] = r
			keys = append(keys, k)
		}
		r.Count++
		r.Score += e.Score
	}
	out := make([]store.CountRow, 0, len(keys))
	for _, k := range keys {
		out = append(out, *by[k])
	}
	sort.Slice(out, func(i, j int) bool { return out[i].Year < out[j].Year })
	return out, nil
}

func (f *fakeStore) Documents(ctx context.Context) ([]store.DocumentInfo, error) {
	f.mu.Lock()
	docs := append([]event.Document(nil), f.docs...)
	f.mu.Unlock()
	var out []store.DocumentInfo
	for _, d := range docs {
		ms, _ := f.Mentions(ctx, "", d.ID)
		out = append(out, store.DocumentInfo{ID: d.ID, Title: d.Title, Date: d.Date, Mentions: len(ms), Batch: 1})
	}
	return out, nil
}

func (f *fakeStore) Document(ctx context.Context, id string) (event.Document, error) {
	f.mu.Lock()
	defer f.mu.Unlock()
	for _, d := range f.docs {
		if d.ID == id {
			return d, nil
		}
	}
	return event.Document{}, store.ErrNotFound
}

func (f *fakeStore) Series(ctx context.Context, series, actor, recipient string) ([]event.SeriesPoint, error) {
	var out []event.SeriesPoint
	for _, p := range f.series {
		if p.Series == series && (actor == "" || p.Actor == actor) && (recipient == "" || p.Recipient == recipient) {
			out = append(out, p)
		}
	}
	return out, nil
}

func (f *fakeStore) Claims(ctx context.Context) ([]event.Claim, error) { return nil, nil }

func (f *fakeStore) Review(ctx context.Context, id string, version int, who string, e store.Edit) (event.Event, error) {
	f.mu.Lock()
	defer f.mu.Unlock()
	for i := range f.events {
		ev := &f.events[i]
		if ev.ID != id {
			continue
		}
		if ev.Version != version {
			return event.Event{}, store.ErrConflict
		}
		before, _ := json.Marshal(ev)
		if e.Review != nil {
			ev.Review = *e.Review
		}
		if e.Type != nil {
			ev.Type = *e.Type
			ev.Score = ev.Type.Score()
		}
		if e.Date != nil {
			ev.Date = *e.Date
		}
		if e.End != nil {
			ev.End = *e.End
		}
		if e.Actor != nil {
			ev.Actor = e.Actor
		}
		if e.Recipient != nil {
			ev.Recipient = e.Recipient
		}
		if e.Amount != nil {
			a := *e.Amount
			ev.Amount = &a
		}
		ev.Version++
		after, _ := json.Marshal(ev)
		f.audit = append(f.audit, store.AuditEntry{Event: id, Who: who, When: time.Now(), Before: string(before), After: string(after), Note: e.Note})
		return *ev, nil
	}
	return event.Event{}, store.ErrNotFound
}

func (f *fakeStore) Audit(ctx context.Context, eventID string) ([]store.AuditEntry, error) {
	f.mu.Lock()
	defer f.mu.Unlock()
	var out []store.AuditEntry
	for _, a := range f.audit {
		if a.Event == eventID {
			out = append(out, a)
		}
	}
	return out, nil
}

func (f *fakeStore) Empty(ctx context.Context) (bool, error) { return len(f.events) == 0, nil }
func (f *fakeStore) Close() error                            { return nil }

const fakeText = "In 1954, Pakistan signed the Mutual Defence Assistance Agreement with the United States. " +
	"China supplied <script>alert(1)</script> fighter jets in 2021.\nRussia and Pakistan held Druzhba exercises in 2016."

// newFake builds a small knowledge base: one document with three events.
func newFake() *fakeStore {
	s1 := event.Span{Start: 0, End: strings.Index(fakeText, " China")}
	s2 := event.Span{Start: s1.End + 1, End: strings.Index(fakeText, "\n")}
	s3 := event.Span{Start: s2.End + 1, End: len(fakeText)}
	doc := event.Document{ID: "doc1", Title: "Founding <b>article</b>", Text: fakeText, Sentences: []event.Span{s1, s2, s3}}
	mk := func(id string, d event.Date, a, r string, t event.Type, sp event.Span, ctx string) event.Event {
		return event.Event{ID: id, Date: d, Actor: []string{a}, Recipient: []string{r}, Type: t, Context: []string{ctx},
			Status: event.Asserted, Quote: fakeText[sp.Start:sp.End], Doc: "doc1", Span: sp, Confidence: 0.9,
			Review: event.Proposed, Sources: []string{"text"}, Mentions: []string{"m-" + id}, Score: t.Score(), Version: 1}
	}
	evs := []event.Event{
		mk("e1", event.Y(1954), "PAK", "USA", event.Agree, s1, "military"),
		mk("e2", event.Y(2021), "CHN", "PAK", event.Aid, s2, "military"),
		mk("e3", event.Y(2016), "RUS", "PAK", event.Cooperate, s3, "military"),
	}
	var ms []event.Mention
	for i, e := range evs {
		ms = append(ms, event.Mention{ID: "m-" + e.ID, Date: e.Date, Actor: e.Actor, Recipient: e.Recipient, Type: e.Type,
			Context: e.Context, Status: e.Status, Quote: e.Quote, Doc: "doc1", Span: e.Span, Confidence: 0.9,
			Source: "text", Sentence: i, Event: e.ID, Batch: 1})
	}
	return &fakeStore{
		events: evs, mentions: ms, docs: []event.Document{doc},
		series: []event.SeriesPoint{
			{Series: "arms", Actor: "USA", Recipient: "PAK", Period: "1985", Start: 1985, End: 1985, Value: 549, Unit: "TIV million", Source: "SIPRI"},
			{Series: "arms", Actor: "USA", Recipient: "PAK", Period: "1984", Start: 1984, End: 1984, Value: 100, Unit: "TIV million", Source: "SIPRI"},
			{Series: "arms", Actor: "CHN", Recipient: "PAK", Period: "2021", Start: 2021, End: 2021, Value: 753, Unit: "TIV million", Source: "SIPRI"},
			{Series: "arms", Actor: "SUN", Recipient: "PAK", Period: "1968", Start: 1968, End: 1968, Value: 20, Unit: "TIV million", Source: "SIPRI"},
			{Series: "arms", Actor: "RUS", Recipient: "PAK", Period: "2017", Start: 2017, End: 2017, Value: 10, Unit: "TIV million", Source: "SIPRI"},
			{Series: "aid", Actor: "USA", Recipient: "PAK", Period: "FY2009", Start: 2009, End: 2009, Value: 3040, Unit: "USD million", Category: "total", Source: "CRS"},
			{Series: "aid", Actor: "USA", Recipient: "PAK", Period: "FY2002-FY2007", Start: 2002, End: 2007, Value: 10097, Unit: "USD million", Category: "total", Source: "CRS"},
		},
	}
}
