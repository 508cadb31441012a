// Package duckdb is the embedded knowledge base: one DuckDB file. It is the
// only package that links DuckDB, so tests elsewhere stay fast.
package duckdb

import (
	"context"
	"database/sql"
	"database/sql/driver"
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"strings"
	"sync"
	"time"

	duck "github.com/duckdb/duckdb-go/v2"

	"github.com/pivot-geo/pivot/internal/event"
	"github.com/pivot-geo/pivot/internal/store"
	"github.com/pivot-geo/pivot/internal/store/sqlstore"
)

// Store is a store.Store on a DuckDB file.
type Store struct {
	*sqlstore.Store
	path string
	// DuckDB takes one writing transaction at a time per process in
	// practice; writers queue here instead of failing with conflicts.
	writeMu sync.Mutex
}

var _ store.Store = (*Store)(nil)

var dialect = sqlstore.Dialect{
	Name:    "duckdb",
	InList:  func(col string) string { return "list_contains(?::VARCHAR[], " + col + ")" },
	ListArg: func(l []string) any { return duckList(l) },
}

// Open opens (creating if needed) the DuckDB file at path and migrates it.
// ":memory:" gives a private in-memory store.
func Open(ctx context.Context, path string) (*Store, error) {
	dsn := path
	if path == ":memory:" {
		dsn = ""
	}
	connector, err := duck.NewConnector(dsn, func(ex driver.ExecerContext) error {
		// Bound DuckDB's memory so a huge import spills to disk instead of
		// taking the machine; $PIVOT_DUCKDB_MEMORY overrides (e.g. "8GB").
		_, err := ex.ExecContext(context.Background(), "SET memory_limit = '"+memoryLimit()+"'", nil)
		return err
	})
	if err != nil {
		return nil, fmt.Errorf("open %s: %w", path, err)
	}
	db := sql.OpenDB(connector)
	s := &Store{path: path}
	s.Store = &sqlstore.Store{DB: db, D: dialect, Mu: &s.writeMu}
	if err := s.Migrate(ctx, nil); err != nil {
		db.Close()
		return nil, fmt.Errorf("open %s: %w", path, err)
	}
	return s, nil
}

func (s *Store) Close() error { return s.DB.Close() }

// DefaultMemoryLimit is DuckDB's memory_limit unless $PIVOT_DUCKDB_MEMORY
// says otherwise (docs/performance.md has the peak RSS it gives).
const DefaultMemoryLimit = "2GB"

func memoryLimit() string {
	v := os.Getenv("PIVOT_DUCKDB_MEMORY")
	for _, r := range v {
		// A value reaches SQL as text: allow only digits, a dot and unit letters.
		if !(r >= '0' && r <= '9' || r == '.' || r >= 'A' && r <= 'Z' || r >= 'a' && r <= 'z') {
			v = ""
			break
		}
	}
	if v == "" {
		return DefaultMemoryLimit
	}
	return v
}

// duckList renders a string list as a DuckDB list literal, passed as one
// parameter value and cast in SQL.
func duckList(l []string) string {
	var b strings.Builder
	b.WriteByte('[')
	for i, s := range l {
		if i > 0 {
			b.WriteByte(',')
		}
		b.WriteByte('\'')
		b.WriteString(strings.ReplaceAll(s, "'", "''"))
		b.WriteByte('\'')
	}
	b.WriteByte(']')
	return b.String()
}

// ---- writing ----

type writer struct {
	s      *Store
	ctx    context.Context
	conn   *sql.Conn
	id     int64
	stage  string
	evApp  *duck.Appender
	mnApp  *duck.Appender
	docs   int
	points int
	claims int
	done   bool
}

// Begin opens a batch on a dedicated connection inside one transaction;
// mentions and events go through DuckDB appenders into staging tables
// that Commit folds in, skipping ids already stored.
func (s *Store) Begin(ctx context.Context, b store.Batch) (store.Writer, *store.Batch, error) {
	if b.Checksum != "" {
		if old, err := s.BatchByChecksum(ctx, b.Checksum); err == nil {
			return nil, &old, store.ErrDuplicate
		} else if !errors.Is(err, store.ErrNotFound) {
			return nil, nil, err
		}
	}
	s.writeMu.Lock()
	w := &writer{s: s, ctx: ctx}
	fail := func(err error) (store.Writer, *store.Batch, error) {
		if w.conn != nil {
			w.conn.ExecContext(context.Background(), `ROLLBACK`)
			w.conn.Close()
		}
		s.writeMu.Unlock()
		return nil, nil, fmt.Errorf("begin batch: %w", err)
	}
	conn, err := s.DB.Conn(ctx)
	if err != nil {
		return fail(err)
	}
	w.conn = conn
	if err := conn.QueryRowContext(ctx, `SELECT nextval('batch_ids')`).Scan(&w.id); err != nil {
		return fail(err)
	}
	w.stage = fmt.Sprintf("stage_events_%d", w.id)
	// Everything happens in one transaction: a crash or a rollback leaves
	// nothing. Mentions are appended straight to their table; events go to a
	// staging table (in the database file, so DuckDB can spill it to disk)
	// and are folded in at Commit, where ids already stored are skipped.
	for _, q := range []string{
		`BEGIN TRANSACTION`,
		`CREATE TABLE ` + w.stage + ` AS SELECT * FROM events LIMIT 0`,
	} {
		if _, err := conn.ExecContext(ctx, q); err != nil {
			return fail(err)
		}
	}
	err = conn.Raw(func(dc any) error {
		var err error
		if w.evApp, err = duck.NewAppender(dc.(driver.Conn), "", "main", w.stage); err != nil {
			return err
		}
		w.mnApp, err = duck.NewAppender(dc.(driver.Conn), "", "main", "mentions")
		return err
	})
	if err != nil {
		return fail(err)
	}
	return w, nil, nil
}

func (w *writer) Document(d *event.Document) error {
	sent, _ := json.Marshal(d.Sentences)
	_, err := w.conn.ExecContext(w.ctx, `INSERT INTO documents VALUES (?,?,?,?,?,?,?,?,?) ON CONFLICT DO NOTHING`,
		d.ID, w.id, d.Title, d.Author, d.Publisher, d.Date.String(), d.URL, d.Text, string(sent))
	if err != nil {
		return fmt.Errorf("store document %s: %w", d.ID, err)
	}
	w.docs++
	return nil
}

func (w *writer) Event(e *event.Event) error {
	return w.evApp.AppendRow(values(e.ID, w.id, sqlstore.EventRow(e))...)
}

func (w *writer) Mention(m *event.Mention) error {
	return w.mnApp.AppendRow(values(m.ID, w.id, sqlstore.MentionRow(m))...)
}

func (w *writer) SeriesPoint(p *event.SeriesPoint) error {
	_, err := w.conn.ExecContext(w.ctx, `INSERT INTO series VALUES (?,?,?,?,?,?,?,?,?,?,?)`,
		w.id, p.Series, p.Actor, p.Recipient, p.Period, p.Start, p.End, p.Value, p.Unit, p.Category, p.Source)
	if err == nil {
		w.points++
	}
	return err
}

func (w *writer) Claim(c *event.Claim) error {
	_, err := w.conn.ExecContext(w.ctx, `INSERT INTO claims VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)`,
		c.ID, w.id, c.Doc, c.Span.Start, c.Span.End, c.Quote, c.Text, c.Kind, c.Value, c.Unit, c.Per,
		c.Approx, c.Date.String(), c.End.String(), store.JoinCodes(c.Actors), c.Subject, string(c.Status))
	if err == nil {
		w.claims++
	}
	return err
}

func (w *writer) Commit(b store.Batch) (store.Batch, error) {
	if w.done {
		return b, errors.New("batch already finished")
	}
	fail := func(err error) (store.Batch, error) {
		w.Rollback()
		return b, fmt.Errorf("commit batch: %w", err)
	}
	if err := w.evApp.Close(); err != nil {
		return fail(err)
	}
	if err := w.mnApp.Close(); err != nil {
		return fail(err)
	}
	w.evApp, w.mnApp = nil, nil
	ctx := w.ctx
	// Fold staged events in: the first row of each id wins, and ids that
	// earlier batches stored are kept as they were.
	res, err := w.conn.ExecContext(ctx, `INSERT INTO events SELECT s.* FROM `+w.stage+` s
		WHERE s.rowid IN (SELECT min(rowid) FROM `+w.stage+` GROUP BY id)
		AND NOT EXISTS (SELECT 1 FROM events e WHERE e.id = s.id)`)
	if err != nil {
		return fail(err)
	}
	ne, _ := res.RowsAffected()
	// A mention id stored by an earlier batch (the same rows in another
	// file) is not stored twice.
	if _, err := w.conn.ExecContext(ctx, `DELETE FROM mentions WHERE batch = ? AND id IN
		(SELECT id FROM mentions WHERE batch < ?)`, w.id, w.id); err != nil {
		return fail(err)
	}
	var nm int64
	if err := w.conn.QueryRowContext(ctx, `SELECT count(*) FROM mentions WHERE batch = ?`, w.id).Scan(&nm); err != nil {
		return fail(err)
	}
	// Events stored earlier that this batch mentions again gain its sources.
	if _, err := w.conn.ExecContext(ctx, `UPDATE events SET sources = array_to_string(list_sort(list_distinct(
			string_split(coalesce(events.sources, '') || ',' || n.srcs, ','))), ',')
		FROM (SELECT event, string_agg(DISTINCT source, ',') AS srcs FROM mentions WHERE batch = ? GROUP BY event) n
		WHERE events.id = n.event AND events.batch < ?`, w.id, w.id); err != nil {
		return fail(err)
	}
	if _, err := w.conn.ExecContext(ctx, `DROP TABLE `+w.stage); err != nil {
		return fail(err)
	}
	b.ID = w.id
	b.Events, b.Mentions, b.Docs, b.Points, b.Claims = int(ne), int(nm), w.docs, w.points, w.claims
	if b.Started.IsZero() {
		b.Started = time.Now()
	}
	b.Finished = time.Now()
	if _, err := w.conn.ExecContext(ctx, `INSERT INTO batches VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?)`,
		b.ID, b.Source, b.Format, b.Checksum, b.Rows, b.Skipped, b.Docs, b.Mentions, b.Events, b.Points, b.Claims,
		b.Started.UTC(), b.Finished.UTC(), b.Note); err != nil {
		if strings.Contains(err.Error(), "checksum") || strings.Contains(strings.ToLower(err.Error()), "duplicate key") {
			w.Rollback()
			return b, store.ErrDuplicate
		}
		return fail(err)
	}
	if _, err := w.conn.ExecContext(ctx, `COMMIT`); err != nil {
		return fail(err)
	}
	w.finish()
	return b, nil
}

func (w *writer) Rollback() error {
	if w.done {
		return nil
	}
	if w.evApp != nil {
		w.evApp.Close()
	}
	if w.mnApp != nil {
		w.mnApp.Close()
	}
	_, err := w.conn.ExecContext(context.Background(), `ROLLBACK`)
	w.finish()
	return err
}

func (w *writer) finish() {
	w.conn.Close()
	w.done = true
	w.s.writeMu.Unlock()
}

func values(id string, batch int64, row []any) []driver.Value {
	v := make([]driver.Value, 0, len(row)+2)
	v = append(v, id, batch)
	for _, x := range row {
		v = append(v, x)
	}
	return v
}
