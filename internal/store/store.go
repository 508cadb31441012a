// Package store defines the knowledge base's storage contract. Backends live
// in sub-packages (duckdb, the embedded default); this package does not import
// any of them, so packages that only need the contract link no database.
package store

import (
	"context"
	"errors"
	"time"

	"github.com/pivot-geo/pivot/internal/event"
)

// ErrDuplicate is returned by Begin when a batch with the same checksum is
// already stored: re-running an import changes nothing.
var ErrDuplicate = errors.New("already imported")

// ErrNotFound is returned when an id names nothing stored.
var ErrNotFound = errors.New("not found")

// ErrConflict is returned by Review when the event changed since the caller
// read it (optimistic locking).
var ErrConflict = errors.New("event was changed by someone else")

// Batch is one ingest run.
type Batch struct {
	ID       int64     `json:"id"`
	Source   string    `json:"source"`   // file name or "builtin:…"
	Format   string    `json:"format"`   // text, series, gdelt, icews, plover
	Checksum string    `json:"checksum"` // sha256 of the input bytes
	Rows     int       `json:"rows"`     // rows or sentences read
	Skipped  int       `json:"skipped"`  // rows rejected
	Docs     int       `json:"documents"`
	Mentions int       `json:"mentions"`
	Events   int       `json:"events"` // events first stored by this batch
	Points   int       `json:"points"` // series points
	Claims   int       `json:"claims"`
	Started  time.Time `json:"started"`
	Finished time.Time `json:"finished"`
	Note     string    `json:"note,omitempty"`
}

// Writer receives one batch's records. Nothing is visible to readers until
// Commit; Rollback (or a crash) leaves the store as it was.
type Writer interface {
	Document(d *event.Document) error
	// Event stores e unless an event with its id exists already, in which
	// case the existing event is kept and later mentions attach to it.
	Event(e *event.Event) error
	Mention(m *event.Mention) error
	SeriesPoint(p *event.SeriesPoint) error
	Claim(c *event.Claim) error
	// Commit finishes the batch, recording b's counters, and returns it with its id.
	Commit(b Batch) (Batch, error)
	Rollback() error
}

// Filter selects events. Zero fields select everything.
type Filter struct {
	Dyad    [2]string // unordered pair of actor codes
	Actor   string    // events with this actor on either side
	Type    event.Type
	From    int // first year, inclusive
	To      int // last year, inclusive
	Source  string
	AsOf    int64 // only what batches <= AsOf stored
	Reviews []event.Review
	Query   string // free-text search in quotes
	Limit   int
}

// Edit is an analyst's change to an event; nil fields stay as they are.
type Edit struct {
	Review    *event.Review
	Type      *event.Type
	Date      *event.Date
	End       *event.Date
	Actor     []string
	Recipient []string
	Amount    *event.Amount
	Note      string
}

// AuditEntry records one review action.
type AuditEntry struct {
	Event  string    `json:"event"`
	Who    string    `json:"who"`
	When   time.Time `json:"when"`
	Before string    `json:"before"` // event JSON before the edit
	After  string    `json:"after"`
	Note   string    `json:"note,omitempty"`
}

// DocumentInfo lists a document without its text.
type DocumentInfo struct {
	ID       string     `json:"id"`
	Title    string     `json:"title"`
	Author   string     `json:"author,omitempty"`
	Date     event.Date `json:"date"`
	URL      string     `json:"url,omitempty"`
	Mentions int        `json:"mentions"`
	Batch    int64      `json:"batch"`
}

// CountQuery asks for event counts and scores grouped by period and direction.
type CountQuery struct {
	Filter
	ByMonth bool
}

// CountRow is one group of a CountQuery.
type CountRow struct {
	Year      int        `json:"year"`
	Month     int        `json:"month,omitempty"`
	Actor     string     `json:"actor"`     // first actor
	Recipient string     `json:"recipient"` // first recipient (or second actor)
	Type      event.Type `json:"type"`
	Context   string     `json:"context"` // first context
	Mode      string     `json:"mode"`
	Count     int        `json:"count"`
	Score     float64    `json:"score"`     // sum of PLOVER scores
	Goldstein float64    `json:"goldstein"` // sum of Goldstein values (CAMEO sources)
	GoldN     int        `json:"goldstein_n"`
}

// Store is the knowledge base.
type Store interface {
	// Begin opens a batch. It returns ErrDuplicate (and the stored batch)
	// when b.Checksum was imported before.
	Begin(ctx context.Context, b Batch) (Writer, *Batch, error)
	Batches(ctx context.Context) ([]Batch, error)
	RemoveBatch(ctx context.Context, id int64) error

	Events(ctx context.Context, f Filter) ([]event.Event, error)
	Event(ctx context.Context, id string) (event.Event, error)
	Mentions(ctx context.Context, eventID, docID string) ([]event.Mention, error)
	Counts(ctx context.Context, q CountQuery) ([]CountRow, error)

	Documents(ctx context.Context) ([]DocumentInfo, error)
	Document(ctx context.Context, id string) (event.Document, error)

	Series(ctx context.Context, series, actor, recipient string) ([]event.SeriesPoint, error)
	Claims(ctx context.Context) ([]event.Claim, error)

	// Review applies an edit if the event is still at version; it records
	// an audit entry and returns the new event.
	Review(ctx context.Context, id string, version int, who string, e Edit) (event.Event, error)
	Audit(ctx context.Context, eventID string) ([]AuditEntry, error)

	// Empty reports whether nothing has been ingested yet.
	Empty(ctx context.Context) (bool, error)
	Close() error
}
