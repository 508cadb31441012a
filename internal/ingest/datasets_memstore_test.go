package ingest

import (
	"context"
	"sync"
	"time"

	"github.com/pivot-geo/pivot/internal/event"
	"github.com/pivot-geo/pivot/internal/store"
)

// memStore is a store.Store in memory with the contract's batch semantics
// (checksum duplicates, nothing visible before Commit, first event id
// wins, mention ids unique), so importer tests need no database.
type memStore struct {
	mu       sync.Mutex
	batches  []store.Batch
	events   map[string]event.Event
	mentions map[string]event.Mention
	order    []string // mention ids in insertion order
	points   []event.SeriesPoint
	begun    int
	rolled   int
}

func newMemStore() *memStore {
	return &memStore{events: map[string]event.Event{}, mentions: map[string]event.Mention{}}
}

type memWriter struct {
	s        *memStore
	events   []event.Event
	mentions []event.Mention
	points   []event.SeriesPoint
	done     bool
}

func (s *memStore) Begin(ctx context.Context, b store.Batch) (store.Writer, *store.Batch, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	for i := range s.batches {
		if s.batches[i].Checksum == b.Checksum {
			old := s.batches[i]
			return nil, &old, store.ErrDuplicate
		}
	}
	s.begun++
	return &memWriter{s: s}, nil, nil
}

func (w *memWriter) Document(d *event.Document) error { return nil }
func (w *memWriter) Event(e *event.Event) error       { w.events = append(w.events, *e); return nil }
func (w *memWriter) Mention(m *event.Mention) error {
	w.mentions = append(w.mentions, *m)
	return nil
}
func (w *memWriter) SeriesPoint(p *event.SeriesPoint) error {
	w.points = append(w.points, *p)
	return nil
}
func (w *memWriter) Claim(c *event.Claim) error { return nil }
func (w *memWriter) Commit(b store.Batch) (store.Batch, error) {
	s := w.s
	s.mu.Lock()
	defer s.mu.Unlock()
	b.ID = int64(len(s.batches) + 1)
	ne, nm := 0, 0
	for _, e := range w.events {
		if _, ok := s.events[e.ID]; !ok {
			e.Sources = nil
			s.events[e.ID] = e
			ne++
		}
	}
	for _, m := range w.mentions {
		if _, ok := s.mentions[m.ID]; !ok {
			m.Batch = b.ID
			s.mentions[m.ID] = m
			s.order = append(s.order, m.ID)
			nm++
			e := s.events[m.Event]
			e.Sources = appendUniq(e.Sources, m.Source)
			e.Mentions = appendUniq(e.Mentions, m.ID)
			s.events[m.Event] = e
		}
	}
	s.points = append(s.points, w.points...)
	b.Events, b.Mentions, b.Points = ne, nm, len(w.points)
	b.Finished = time.Now()
	s.batches = append(s.batches, b)
	w.done = true
	return b, nil
}
func (w *memWriter) Rollback() error {
	w.s.mu.Lock()
	w.s.rolled++
	w.s.mu.Unlock()
	w.done = true
	return nil
}

func (s *memStore) Batches(ctx context.Context) ([]store.Batch, error) { return s.batches, nil }
func (s *memStore) RemoveBatch(ctx context.Context, id int64) error    { return nil }
func (s *memStore) Events(ctx context.Context, f store.Filter) ([]event.Event, error) {
	var out []event.Event
	for _, e := range s.events {
		out = append(out, e)
	}
	return out, nil
}
func (s *memStore) Event(ctx context.Context, id string) (event.Event, error) {
	e, ok := s.events[id]
	if !ok {
		return e, store.ErrNotFound
	}
	return e, nil
}
func (s *memStore) Mentions(ctx context.Context, eventID, docID string) ([]event.Mention, error) {
	var out []event.Mention
	for _, id := range s.order {
		m := s.mentions[id]
		if (eventID == "" || m.Event == eventID) && (docID == "" || m.Doc == docID) {
			out = append(out, m)
		}
	}
	return out, nil
}
func (s *memStore) Counts(ctx context.Context, q store.CountQuery) ([]store.CountRow, error) {
	return nil, nil
}
func (s *memStore) Documents(ctx context.Context) ([]store.DocumentInfo, error) { return nil, nil }
func (s *memStore) Document(ctx context.Context, id string) (event.Document, error) {
	return event.Document{}, store.ErrNotFound
}
func (s *memStore) Series(ctx context.Context, series, actor, recipient string) ([]event.SeriesPoint, error) {
	return s.points, nil
}
func (s *memStore) Claims(ctx context.Context) ([]event.Claim, error) { return nil, nil }
func (s *memStore) Review(ctx context.Context, id string, version int, who string, e store.Edit) (event.Event, error) {
	return event.Event{}, nil
}
func (s *memStore) Audit(ctx context.Context, eventID string) ([]store.AuditEntry, error) {
	return nil, nil
}
func (s *memStore) Empty(ctx context.Context) (bool, error) { return len(s.batches) == 0, nil }
func (s *memStore) Close() error                            { return nil }
