// Package postgres is the server backend: PostgreSQL through pgx, bulk
// loads through COPY, the schema shared with DuckDB and laid out so a Citus
// cluster can distribute it (docs/scale.md).
package postgres

import (
	"context"
	"errors"
	"fmt"
	"strings"
	"time"

	"github.com/jackc/pgx/v5"
	"github.com/jackc/pgx/v5/pgconn"
	"github.com/jackc/pgx/v5/pgxpool"
	"github.com/jackc/pgx/v5/stdlib"

	"github.com/pivot-geo/pivot/internal/event"
	"github.com/pivot-geo/pivot/internal/store"
	"github.com/pivot-geo/pivot/internal/store/sqlstore"
)

// Store is a store.Store on a PostgreSQL server.
type Store struct {
	*sqlstore.Store
	pool *pgxpool.Pool
}

var _ store.Store = (*Store)(nil)

var dialect = sqlstore.Dialect{
	Name:      "postgres",
	Dollar:    true,
	InList:    func(col string) string { return col + " = ANY(?)" },
	ListArg:   func(l []string) any { return l },
	ForUpdate: " FOR UPDATE",
}

// extra are PostgreSQL-only migrations, applied after the shared ones:
// uniqueness that concurrent writers rely on, and the indexes the
// dashboard's queries use.
var extra = []string{
	`CREATE UNIQUE INDEX events_id ON events (id);
CREATE UNIQUE INDEX mentions_id ON mentions (id);
CREATE INDEX events_pair_year ON events (pair, year);
CREATE INDEX events_batch ON events (batch);
CREATE INDEX mentions_event ON mentions (event);
CREATE INDEX mentions_doc ON mentions (doc);
CREATE INDEX mentions_batch ON mentions (batch);
CREATE INDEX series_key ON series (series, actor, recipient);
CREATE INDEX audit_event ON audit (event);`,
}

// Open connects to dsn (postgres://…) and migrates the schema. Migrations
// take an advisory lock so several analysts starting at once do not race.
func Open(ctx context.Context, dsn string) (*Store, error) {
	pool, err := pgxpool.New(ctx, dsn)
	if err != nil {
		return nil, fmt.Errorf("postgres: %w", err)
	}
	if err := pool.Ping(ctx); err != nil {
		pool.Close()
		return nil, fmt.Errorf("postgres: cannot connect: %w", err)
	}
	db := stdlib.OpenDBFromPool(pool)
	s := &Store{Store: &sqlstore.Store{DB: db, D: dialect}, pool: pool}
	if err := s.migrate(ctx); err != nil {
		s.Close()
		return nil, fmt.Errorf("postgres: %w", err)
	}
	return s, nil
}

func (s *Store) migrate(ctx context.Context) error {
	conn, err := s.DB.Conn(ctx)
	if err != nil {
		return err
	}
	defer conn.Close()
	if _, err := conn.ExecContext(ctx, `SELECT pg_advisory_lock(724017)`); err != nil {
		return err
	}
	defer conn.ExecContext(context.Background(), `SELECT pg_advisory_unlock(724017)`)
	return s.Migrate(ctx, extra)
}

func (s *Store) Close() error {
	err := s.DB.Close()
	s.pool.Close()
	return err
}

type writer struct {
	s      *Store
	ctx    context.Context
	tx     pgx.Tx
	id     int64
	events [][]any
	ments  [][]any
	docs   int
	points int
	claims int
	done   bool
}

// flushAt bounds the rows a writer holds before COPYing them out.
const flushAt = 20000

// Begin opens a batch in one transaction; rows are COPYed into temporary
// staging tables and folded in at Commit, skipping ids already stored.
func (s *Store) Begin(ctx context.Context, b store.Batch) (store.Writer, *store.Batch, error) {
	if b.Checksum != "" {
		if old, err := s.BatchByChecksum(ctx, b.Checksum); err == nil {
			return nil, &old, store.ErrDuplicate
		} else if !errors.Is(err, store.ErrNotFound) {
			return nil, nil, err
		}
	}
	tx, err := s.pool.Begin(ctx)
	if err != nil {
		return nil, nil, fmt.Errorf("begin batch: %w", err)
	}
	w := &writer{s: s, ctx: ctx, tx: tx}
	for _, q := range []string{
		`CREATE TEMP TABLE stage_events (LIKE events) ON COMMIT DROP`,
		`CREATE TEMP TABLE stage_mentions (LIKE mentions) ON COMMIT DROP`,
	} {
		if _, err := tx.Exec(ctx, q); err != nil {
			tx.Rollback(ctx)
			return nil, nil, fmt.Errorf("begin batch: %w", err)
		}
	}
	if err := tx.QueryRow(ctx, `SELECT nextval('batch_ids')`).Scan(&w.id); err != nil {
		tx.Rollback(ctx)
		return nil, nil, fmt.Errorf("begin batch: %w", err)
	}
	return w, nil, nil
}

var eventColumns = []string{"id", "batch", "year", "month", "day", "date", "end_date", "actors", "recipients", "pair", "pairs",
	"a1", "r1", "type", "mode", "contexts", "context1", "amount", "currency", "per", "status", "quote", "doc",
	"span_start", "span_end", "confidence", "review", "sources", "score", "goldstein", "cameo", "version"}

var mentionColumns = []string{"id", "batch", "event", "pair", "year", "date", "end_date", "actors", "recipients", "type",
	"mode", "contexts", "amount", "currency", "per", "status", "quote", "doc", "span_start", "span_end", "confidence",
	"source", "sentence", "trigger", "cameo", "goldstein", "url"}

func (w *writer) flush() error {
	if len(w.events) > 0 {
		if _, err := w.tx.CopyFrom(w.ctx, pgx.Identifier{"stage_events"}, eventColumns, pgx.CopyFromRows(w.events)); err != nil {
			return fmt.Errorf("copy events: %w", err)
		}
		w.events = w.events[:0]
	}
	if len(w.ments) > 0 {
		if _, err := w.tx.CopyFrom(w.ctx, pgx.Identifier{"stage_mentions"}, mentionColumns, pgx.CopyFromRows(w.ments)); err != nil {
			return fmt.Errorf("copy mentions: %w", err)
		}
		w.ments = w.ments[:0]
	}
	return nil
}

func (w *writer) Event(e *event.Event) error {
	w.events = append(w.events, append([]any{e.ID, w.id}, sqlstore.EventRow(e)...))
	if len(w.events) >= flushAt {
		return w.flush()
	}
	return nil
}

func (w *writer) Mention(m *event.Mention) error {
	w.ments = append(w.ments, append([]any{m.ID, w.id}, sqlstore.MentionRow(m)...))
	if len(w.ments) >= flushAt {
		return w.flush()
	}
	return nil
}

func (w *writer) Document(d *event.Document) error {
	sent, err := jsonSpans(d.Sentences)
	if err != nil {
		return err
	}
	_, err = w.tx.Exec(w.ctx, `INSERT INTO documents VALUES ($1,$2,$3,$4,$5,$6,$7,$8,$9) ON CONFLICT DO NOTHING`,
		d.ID, w.id, d.Title, d.Author, d.Publisher, d.Date.String(), d.URL, d.Text, sent)
	if err != nil {
		return fmt.Errorf("store document %s: %w", d.ID, err)
	}
	w.docs++
	return nil
}

func (w *writer) SeriesPoint(p *event.SeriesPoint) error {
	_, err := w.tx.Exec(w.ctx, `INSERT INTO series VALUES ($1,$2,$3,$4,$5,$6,$7,$8,$9,$10,$11)`,
		w.id, p.Series, p.Actor, p.Recipient, p.Period, p.Start, p.End, p.Value, p.Unit, p.Category, p.Source)
	if err == nil {
		w.points++
	}
	return err
}

func (w *writer) Claim(c *event.Claim) error {
	_, err := w.tx.Exec(w.ctx, `INSERT INTO claims VALUES ($1,$2,$3,$4,$5,$6,$7,$8,$9,$10,$11,$12,$13,$14,$15,$16,$17)`,
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
	ctx := w.ctx
	fail := func(err error) (store.Batch, error) {
		w.Rollback()
		var pe *pgconn.PgError
		if errors.As(err, &pe) && pe.Code == "23505" && strings.Contains(pe.ConstraintName, "checksum") {
			return b, store.ErrDuplicate
		}
		return b, fmt.Errorf("commit batch: %w", err)
	}
	if err := w.flush(); err != nil {
		return fail(err)
	}
	tag, err := w.tx.Exec(ctx, `INSERT INTO events SELECT DISTINCT ON (id) * FROM stage_events ORDER BY id ON CONFLICT DO NOTHING`)
	if err != nil {
		return fail(err)
	}
	ne := tag.RowsAffected()
	tag, err = w.tx.Exec(ctx, `INSERT INTO mentions SELECT DISTINCT ON (id) * FROM stage_mentions ORDER BY id ON CONFLICT DO NOTHING`)
	if err != nil {
		return fail(err)
	}
	nm := tag.RowsAffected()
	if _, err := w.tx.Exec(ctx, `UPDATE events SET sources = m.srcs FROM (
			SELECT event, string_agg(DISTINCT source, ',' ORDER BY source) AS srcs FROM mentions
			WHERE event IN (SELECT DISTINCT event FROM stage_mentions) GROUP BY event) m
		WHERE events.id = m.event AND events.sources IS DISTINCT FROM m.srcs`); err != nil {
		return fail(err)
	}
	b.ID = w.id
	b.Events, b.Mentions, b.Docs, b.Points, b.Claims = int(ne), int(nm), w.docs, w.points, w.claims
	if b.Started.IsZero() {
		b.Started = time.Now()
	}
	b.Finished = time.Now()
	if _, err := w.tx.Exec(ctx, `INSERT INTO batches VALUES ($1,$2,$3,$4,$5,$6,$7,$8,$9,$10,$11,$12,$13,$14)`,
		b.ID, b.Source, b.Format, b.Checksum, b.Rows, b.Skipped, b.Docs, b.Mentions, b.Events, b.Points, b.Claims,
		b.Started.UTC(), b.Finished.UTC(), b.Note); err != nil {
		return fail(err)
	}
	if err := w.tx.Commit(ctx); err != nil {
		return fail(err)
	}
	w.done = true
	return b, nil
}

func (w *writer) Rollback() error {
	if w.done {
		return nil
	}
	w.done = true
	return w.tx.Rollback(context.Background())
}
