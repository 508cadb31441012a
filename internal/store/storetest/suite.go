// Package storetest is the behavioural test suite every store backend must
// pass; each backend's tests call Run with a factory for a fresh, empty store.
package storetest

import (
	"context"
	"errors"
	"testing"

	"github.com/pivot-geo/pivot/internal/event"
	"github.com/pivot-geo/pivot/internal/store"
)

// Run runs the suite; open must return a new empty store.
func Run(t *testing.T, open func(t *testing.T) store.Store) {
	tests := []struct {
		name string
		fn   func(t *testing.T, st store.Store)
	}{
		{"BatchRoundTrip", testBatchRoundTrip},
		{"DuplicateChecksum", testDuplicate},
		{"RollbackLeavesNothing", testRollback},
		{"EventIDsMergeAcrossBatches", testMergeAcrossBatches},
		{"Filters", testFilters},
		{"Counts", testCounts},
		{"ReviewAndConflict", testReview},
		{"RemoveBatchAndAsOf", testRemoveAsOf},
		{"SeriesAndClaims", testSeriesClaims},
		{"MultiPartyDyads", testMultiParty},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) { tc.fn(t, open(t)) })
	}
}

func ev(id string, date event.Date, actor, recip string, typ event.Type) (event.Event, event.Mention) {
	e := event.Event{ID: id, Date: date, Actor: []string{actor}, Recipient: []string{recip}, Type: typ,
		Status: event.Asserted, Quote: "quote " + id, Doc: "doc1", Span: event.Span{Start: 1, End: 9},
		Confidence: 0.8, Review: event.Proposed, Sources: []string{"text"}, Score: typ.Score(), Version: 1,
		Context: []string{"military"}}
	m := event.Mention{ID: "m-" + id, Event: id, Date: date, Actor: e.Actor, Recipient: e.Recipient, Type: typ,
		Status: event.Asserted, Quote: e.Quote, Doc: "doc1", Span: e.Span, Confidence: 0.8, Source: "text",
		Context: []string{"military"}}
	return e, m
}

func load(t *testing.T, st store.Store, checksum string, evs ...event.Event) store.Batch {
	t.Helper()
	ctx := context.Background()
	w, _, err := st.Begin(ctx, store.Batch{Source: checksum, Format: "test", Checksum: checksum})
	if err != nil {
		t.Fatalf("begin: %v", err)
	}
	for i := range evs {
		e := evs[i]
		_, m := ev(e.ID, e.Date, e.Actor[0], e.Recipient[0], e.Type)
		m.ID = "m-" + e.ID + "-" + checksum
		if err := w.Event(&e); err != nil {
			t.Fatal(err)
		}
		if err := w.Mention(&m); err != nil {
			t.Fatal(err)
		}
	}
	b, err := w.Commit(store.Batch{Source: checksum, Format: "test", Checksum: checksum, Rows: len(evs)})
	if err != nil {
		t.Fatalf("commit: %v", err)
	}
	return b
}

func testBatchRoundTrip(t *testing.T, st store.Store) {
	ctx := context.Background()
	if empty, err := st.Empty(ctx); err != nil || !empty {
		t.Fatalf("new store: empty=%v err=%v", empty, err)
	}
	a, _ := ev("e1", event.Y(1954), "USA", "PAK", event.Agree)
	a.Amount = &event.Amount{Value: 630e6, Currency: "USD", Per: "year"}
	a.Mode = "x"
	b := load(t, st, "c1", a)
	if b.ID == 0 || b.Events != 1 || b.Mentions != 1 {
		t.Fatalf("batch = %+v", b)
	}
	got, err := st.Event(ctx, "e1")
	if err != nil {
		t.Fatal(err)
	}
	if got.Date.String() != "1954" || got.Amount == nil || got.Amount.Value != 630e6 || got.Amount.Per != "year" ||
		got.Mode != "x" || len(got.Mentions) != 1 || got.Actor[0] != "USA" || got.Context[0] != "military" {
		t.Fatalf("event = %+v", got)
	}
	if _, err := st.Event(ctx, "nope"); !errors.Is(err, store.ErrNotFound) {
		t.Fatalf("missing event: %v", err)
	}
	bs, err := st.Batches(ctx)
	if err != nil || len(bs) != 1 || bs[0].Checksum != "c1" {
		t.Fatalf("batches = %+v, %v", bs, err)
	}
}

func testDuplicate(t *testing.T, st store.Store) {
	ctx := context.Background()
	e, _ := ev("e1", event.Y(1954), "USA", "PAK", event.Agree)
	first := load(t, st, "same", e)
	_, old, err := st.Begin(ctx, store.Batch{Checksum: "same"})
	if !errors.Is(err, store.ErrDuplicate) || old == nil || old.ID != first.ID {
		t.Fatalf("second begin: old=%v err=%v", old, err)
	}
}

func testRollback(t *testing.T, st store.Store) {
	ctx := context.Background()
	w, _, err := st.Begin(ctx, store.Batch{Checksum: "r"})
	if err != nil {
		t.Fatal(err)
	}
	e, m := ev("e1", event.Y(1954), "USA", "PAK", event.Agree)
	w.Event(&e)
	w.Mention(&m)
	w.Document(&event.Document{ID: "d", Text: "t"})
	if err := w.Rollback(); err != nil {
		t.Fatal(err)
	}
	evs, err := st.Events(ctx, store.Filter{})
	if err != nil || len(evs) != 0 {
		t.Fatalf("after rollback: %d events, %v", len(evs), err)
	}
	if ms, _ := st.Mentions(ctx, "", ""); len(ms) != 0 {
		t.Fatalf("after rollback: %d mentions", len(ms))
	}
	if empty, _ := st.Empty(ctx); !empty {
		t.Fatal("store not empty after rollback")
	}
	// The same checksum can be loaded after a rollback.
	load(t, st, "r", e)
}

func testMergeAcrossBatches(t *testing.T, st store.Store) {
	ctx := context.Background()
	e, _ := ev("e1", event.YMD(2013, 8, 31), "PAK", "RUS", event.Consult)
	load(t, st, "a", e)
	e2 := e
	e2.Quote = "a later report"
	e2.Sources = []string{"gdelt"}
	b := load(t, st, "b", e2)
	if b.Events != 0 || b.Mentions != 1 {
		t.Fatalf("second batch = %+v, want 0 new events and 1 mention", b)
	}
	// The same rows again under another checksum (say, the file gzipped)
	// add no mention twice.
	w, _, err := st.Begin(ctx, store.Batch{Checksum: "b.gz"})
	if err != nil {
		t.Fatal(err)
	}
	_, m := ev("e1", e.Date, "PAK", "RUS", event.Consult)
	m.ID = "m-e1-b"
	w.Event(&e2)
	w.Mention(&m)
	b3, err := w.Commit(store.Batch{Checksum: "b.gz"})
	if err != nil || b3.Mentions != 0 || b3.Events != 0 {
		t.Fatalf("same rows again: %+v %v", b3, err)
	}

	got, err := st.Event(ctx, "e1")
	if err != nil {
		t.Fatal(err)
	}
	if got.Quote != e.Quote || len(got.Mentions) != 2 {
		t.Fatalf("merged event = %+v", got)
	}
	ms, _ := st.Mentions(ctx, "e1", "")
	if len(ms) != 2 {
		t.Fatalf("mentions = %d", len(ms))
	}
}

func testFilters(t *testing.T, st store.Store) {
	ctx := context.Background()
	a, _ := ev("a", event.Y(1954), "USA", "PAK", event.Agree)
	b, _ := ev("b", event.Y(2015), "RUS", "PAK", event.Aid)
	c, _ := ev("c", event.Y(2011), "PAK", "USA", event.Accuse)
	c.Quote = "Drone strikes fuelled unrest"
	load(t, st, "x", a, b, c)
	cases := []struct {
		f    store.Filter
		want []string
	}{
		{store.Filter{Dyad: [2]string{"PAK", "USA"}}, []string{"a", "c"}},
		{store.Filter{Dyad: [2]string{"USA", "PAK"}, From: 2000}, []string{"c"}},
		{store.Filter{Actor: "RUS"}, []string{"b"}},
		{store.Filter{Type: event.Aid}, []string{"b"}},
		{store.Filter{To: 1999}, []string{"a"}},
		{store.Filter{Query: "drone"}, []string{"c"}},
		{store.Filter{Query: "%"}, nil},
		{store.Filter{Query: "dr_ne"}, nil},
		{store.Filter{Dyad: [2]string{"CHN", "PAK"}}, nil},
		{store.Filter{Actor: "US' OR 1=1 --"}, nil},
		{store.Filter{Actor: "R_S"}, nil},
		{store.Filter{Dyad: [2]string{"US_", "PAK"}}, nil},
		{store.Filter{Source: "tex_"}, nil},
		{store.Filter{Source: "text"}, []string{"a", "c", "b"}}, // by date: 1954, 2011, 2015
	}
	for _, tc := range cases {
		got, err := st.Events(ctx, tc.f)
		if err != nil {
			t.Fatalf("%+v: %v", tc.f, err)
		}
		var ids []string
		for _, e := range got {
			ids = append(ids, e.ID)
		}
		if len(ids) != len(tc.want) {
			t.Fatalf("%+v: got %v want %v", tc.f, ids, tc.want)
		}
		for i := range ids {
			if ids[i] != tc.want[i] {
				t.Fatalf("%+v: got %v want %v", tc.f, ids, tc.want)
			}
		}
	}
}

func testCounts(t *testing.T, st store.Store) {
	ctx := context.Background()
	a, _ := ev("a", event.Y(2015), "RUS", "PAK", event.Aid)
	b, _ := ev("b", event.YM(2015, 3), "RUS", "PAK", event.Aid)
	c, _ := ev("c", event.Y(2016), "PAK", "RUS", event.Cooperate)
	load(t, st, "x", a, b, c)
	rows, err := st.Counts(ctx, store.CountQuery{Filter: store.Filter{Dyad: [2]string{"RUS", "PAK"}}})
	if err != nil {
		t.Fatal(err)
	}
	if len(rows) != 2 || rows[0].Year != 2015 || rows[0].Count != 2 || rows[0].Score != 2*event.Aid.Score() ||
		rows[1].Actor != "PAK" || rows[1].Recipient != "RUS" {
		t.Fatalf("counts = %+v", rows)
	}
}

func testReview(t *testing.T, st store.Store) {
	ctx := context.Background()
	e, _ := ev("e1", event.Y(1954), "USA", "PAK", event.Agree)
	load(t, st, "x", e)
	acc := event.Accepted
	got, err := st.Review(ctx, "e1", 1, "ana", store.Edit{Review: &acc})
	if err != nil || got.Review != event.Accepted || got.Version != 2 {
		t.Fatalf("accept: %+v %v", got, err)
	}
	typ := event.Cooperate
	if _, err := st.Review(ctx, "e1", 1, "bob", store.Edit{Type: &typ}); !errors.Is(err, store.ErrConflict) {
		t.Fatalf("stale edit: %v, want conflict", err)
	}
	bad := event.Type("HUG")
	if _, err := st.Review(ctx, "e1", 2, "bob", store.Edit{Type: &bad}); err == nil {
		t.Fatal("invalid type accepted")
	}
	d := event.Y(1955)
	got, err = st.Review(ctx, "e1", 2, "bob", store.Edit{Type: &typ, Date: &d})
	if err != nil || got.Type != event.Cooperate || got.Date.Year != 1955 || got.Score != event.Cooperate.Score() {
		t.Fatalf("edit: %+v %v", got, err)
	}
	rej := event.Rejected
	if _, err := st.Review(ctx, "e1", 3, "bob", store.Edit{Review: &rej}); err != nil {
		t.Fatal(err)
	}
	aud, err := st.Audit(ctx, "e1")
	if err != nil || len(aud) != 3 || aud[0].Who != "ana" || aud[2].Who != "bob" {
		t.Fatalf("audit = %+v %v", aud, err)
	}
	rows, _ := st.Counts(ctx, store.CountQuery{Filter: store.Filter{Reviews: store.Analysed}})
	if len(rows) != 0 {
		t.Fatalf("rejected event still counted: %+v", rows)
	}
	all, _ := st.Events(ctx, store.Filter{})
	if len(all) != 1 || all[0].Review != event.Rejected {
		t.Fatalf("rejected event must stay visible: %+v", all)
	}
}

func testRemoveAsOf(t *testing.T, st store.Store) {
	ctx := context.Background()
	a, _ := ev("a", event.Y(1954), "USA", "PAK", event.Agree)
	b1 := load(t, st, "one", a)
	b, _ := ev("b", event.Y(1955), "USA", "PAK", event.Agree)
	b2 := load(t, st, "two", b, a)
	old, err := st.Events(ctx, store.Filter{AsOf: b1.ID})
	if err != nil || len(old) != 1 {
		t.Fatalf("as of %d: %d events, %v", b1.ID, len(old), err)
	}
	if err := st.RemoveBatch(ctx, b1.ID); err != nil {
		t.Fatal(err)
	}
	got, _ := st.Events(ctx, store.Filter{})
	if len(got) != 2 {
		t.Fatalf("after removing batch 1: %d events, want 2 (a is still mentioned by batch 2)", len(got))
	}
	if err := st.RemoveBatch(ctx, b2.ID); err != nil {
		t.Fatal(err)
	}
	got, _ = st.Events(ctx, store.Filter{})
	if len(got) != 0 {
		t.Fatalf("after removing both: %d events", len(got))
	}
	if err := st.RemoveBatch(ctx, 999); !errors.Is(err, store.ErrNotFound) {
		t.Fatalf("remove missing batch: %v", err)
	}
}

func testSeriesClaims(t *testing.T, st store.Store) {
	ctx := context.Background()
	w, _, err := st.Begin(ctx, store.Batch{Checksum: "s"})
	if err != nil {
		t.Fatal(err)
	}
	for _, p := range []event.SeriesPoint{
		{Series: "arms", Actor: "USA", Recipient: "PAK", Period: "1985", Start: 1985, End: 1985, Value: 549, Unit: "TIV million", Source: "SIPRI"},
		{Series: "arms", Actor: "CHN", Recipient: "PAK", Period: "2021", Start: 2021, End: 2021, Value: 753, Unit: "TIV million", Source: "SIPRI"},
	} {
		p := p
		if err := w.SeriesPoint(&p); err != nil {
			t.Fatal(err)
		}
	}
	c := event.Claim{ID: "c1", Doc: "d", Kind: "money", Value: 18e9, Unit: "USD", Date: event.Y(2001), End: event.Y(2010),
		Actors: []string{"USA", "PAK"}, Status: event.Asserted, Quote: "q"}
	if err := w.Claim(&c); err != nil {
		t.Fatal(err)
	}
	doc := event.Document{ID: "d", Title: "T", Text: "One. Two.", Sentences: []event.Span{{Start: 0, End: 4}, {Start: 5, End: 9}}, Date: event.Y(2025)}
	if err := w.Document(&doc); err != nil {
		t.Fatal(err)
	}
	b, err := w.Commit(store.Batch{Checksum: "s"})
	if err != nil || b.Points != 2 || b.Claims != 1 || b.Docs != 1 {
		t.Fatalf("commit: %+v %v", b, err)
	}
	ps, err := st.Series(ctx, "arms", "USA", "PAK")
	if err != nil || len(ps) != 1 || ps[0].Value != 549 {
		t.Fatalf("series = %+v %v", ps, err)
	}
	cs, err := st.Claims(ctx)
	if err != nil || len(cs) != 1 || cs[0].End.Year != 2010 || cs[0].Actors[1] != "PAK" {
		t.Fatalf("claims = %+v %v", cs, err)
	}
	d, err := st.Document(ctx, "d")
	if err != nil || d.Text != "One. Two." || len(d.Sentences) != 2 || d.Sentences[1].Start != 5 {
		t.Fatalf("document = %+v %v", d, err)
	}
	infos, _ := st.Documents(ctx)
	if len(infos) != 1 || infos[0].Title != "T" {
		t.Fatalf("documents = %+v", infos)
	}
}

// testMultiParty: an event with several parties is found under each dyad.
func testMultiParty(t *testing.T, st store.Store) {
	ctx := context.Background()
	e, _ := ev("m", event.Y(2015), "PAK", "RUS", event.Agree)
	e.Actor = []string{"PAK", "RUS"}
	e.Recipient = []string{"CHN"}
	load(t, st, "x", e)
	for _, d := range [][2]string{{"PAK", "RUS"}, {"CHN", "PAK"}, {"RUS", "CHN"}} {
		got, err := st.Events(ctx, store.Filter{Dyad: d})
		if err != nil || len(got) != 1 {
			t.Errorf("dyad %v: %d events, %v", d, len(got), err)
		}
	}
	got, _ := st.Events(ctx, store.Filter{Dyad: [2]string{"USA", "PAK"}})
	if len(got) != 0 {
		t.Errorf("USA–PAK matched a PAK/RUS/CHN event")
	}
}
