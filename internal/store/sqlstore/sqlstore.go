package sqlstore

import (
	"context"
	"database/sql"
	"fmt"
	"strconv"
	"strings"
	"sync"

	"github.com/pivot-geo/pivot/internal/event"
	"github.com/pivot-geo/pivot/internal/store"
)

// Dialect is what differs between the backends' SQL.
type Dialect struct {
	Name string
	// Dollar placeholders ($1, $2, …) instead of "?".
	Dollar bool
	// InList renders "col is one of the list parameter".
	InList func(col string) string
	// ListArg turns a string list into that parameter's value.
	ListArg func([]string) any
	// ForUpdate locks the row read before a review edit ("" when the
	// backend serialises writers itself).
	ForUpdate string
	// Dyad renders the dyad filter (nil: store.DyadByPairs).
	Dyad store.DyadCond
}

// Rebind rewrites "?" placeholders for the dialect.
func (d Dialect) Rebind(q string) string {
	if !d.Dollar || !strings.Contains(q, "?") {
		return q
	}
	var b strings.Builder
	n := 0
	for i := 0; i < len(q); i++ {
		if q[i] == '?' {
			n++
			b.WriteByte('$')
			b.WriteString(strconv.Itoa(n))
			continue
		}
		b.WriteByte(q[i])
	}
	return b.String()
}

// Store is the shared part of a SQL backend.
type Store struct {
	DB *sql.DB
	D  Dialect
	// Mu, when set, serialises writers (DuckDB: one writer per process).
	Mu *sync.Mutex
}

func (s *Store) lock() {
	if s.Mu != nil {
		s.Mu.Lock()
	}
}

func (s *Store) unlock() {
	if s.Mu != nil {
		s.Mu.Unlock()
	}
}

func (s *Store) ph(n int) string {
	if s.D.Dollar {
		return "$" + strconv.Itoa(n)
	}
	return "?"
}

func (s *Store) query(ctx context.Context, q string, args ...any) (*sql.Rows, error) {
	return s.DB.QueryContext(ctx, s.D.Rebind(q), args...)
}

func (s *Store) queryRow(ctx context.Context, q string, args ...any) *sql.Row {
	return s.DB.QueryRowContext(ctx, s.D.Rebind(q), args...)
}

// Migrate applies the shared migrations, then the backend's extra ones
// (indexes and the like), each once and in order.
func (s *Store) Migrate(ctx context.Context, extra []string) error {
	if _, err := s.DB.ExecContext(ctx, `CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, applied TIMESTAMP)`); err != nil {
		return err
	}
	var have int
	if err := s.DB.QueryRowContext(ctx, `SELECT coalesce(max(version),0) FROM schema_migrations`).Scan(&have); err != nil {
		return err
	}
	all := append(append([]string{}, store.Migrations...), extra...)
	for i := have; i < len(all); i++ {
		tx, err := s.DB.BeginTx(ctx, nil)
		if err != nil {
			return err
		}
		if _, err := tx.ExecContext(ctx, all[i]); err != nil {
			tx.Rollback()
			return fmt.Errorf("migration %d: %w", i+1, err)
		}
		if _, err := tx.ExecContext(ctx, s.D.Rebind(`INSERT INTO schema_migrations VALUES (?, now())`), i+1); err != nil {
			tx.Rollback()
			return err
		}
		if err := tx.Commit(); err != nil {
			return fmt.Errorf("migration %d: %w", i+1, err)
		}
	}
	return nil
}

// Empty reports whether no batch has been stored.
func (s *Store) Empty(ctx context.Context) (bool, error) {
	var n int
	err := s.queryRow(ctx, `SELECT count(*) FROM batches`).Scan(&n)
	return n == 0, err
}

// BatchByChecksum finds a stored batch by its input checksum.
func (s *Store) BatchByChecksum(ctx context.Context, sum string) (store.Batch, error) {
	return s.batchBy(ctx, `checksum = ?`, sum)
}

// AmountVals splits an amount into nullable column values.
func AmountVals(a *event.Amount) (any, any, any) {
	if a == nil {
		return nil, nil, nil
	}
	return a.Value, a.Currency, NullStr(a.Per)
}

// NullStr stores "" as NULL.
func NullStr(s string) any {
	if s == "" {
		return nil
	}
	return s
}

// EventRow is the column values of one events row, in table order after
// (id, batch); both bulk writers use it.
func EventRow(e *event.Event) []any {
	amt, cur, per := AmountVals(e.Amount)
	a1, r1 := store.Direction(e.Actor, e.Recipient)
	ctx1 := ""
	if len(e.Context) > 0 {
		ctx1 = e.Context[0]
	}
	var gold any
	if e.Goldstein != nil {
		gold = *e.Goldstein
	}
	review := e.Review
	if review == "" {
		review = event.Proposed
	}
	version := e.Version
	if version == 0 {
		version = 1
	}
	return []any{int32(e.Date.Year), int32(e.Date.Month), int32(e.Date.Day),
		e.Date.String(), e.End.String(), store.JoinCodes(e.Actor), store.JoinCodes(e.Recipient),
		store.PrimaryPair(e.Actor, e.Recipient), store.Pairs(e.Actor, e.Recipient), a1, r1, string(e.Type), e.Mode,
		store.JoinCodes(e.Context), ctx1, amt, cur, per, string(e.Status), e.Quote, e.Doc, int32(e.Span.Start),
		int32(e.Span.End), e.Confidence, string(review), strings.Join(e.Sources, ","), e.Score, gold, e.CAMEO, int32(version)}
}

// MentionRow is the column values of one mentions row after (id, batch).
func MentionRow(m *event.Mention) []any {
	amt, cur, per := AmountVals(m.Amount)
	var gold any
	if m.Goldstein != nil {
		gold = *m.Goldstein
	}
	return []any{m.Event, store.PrimaryPair(m.Actor, m.Recipient), int32(m.Date.Year), m.Date.String(), m.End.String(),
		store.JoinCodes(m.Actor), store.JoinCodes(m.Recipient), string(m.Type), m.Mode,
		store.JoinCodes(m.Context), amt, cur, per, string(m.Status), m.Quote, m.Doc,
		int32(m.Span.Start), int32(m.Span.End), m.Confidence, m.Source, int32(m.Sentence), m.Trigger,
		m.CAMEO, gold, m.URL}
}
