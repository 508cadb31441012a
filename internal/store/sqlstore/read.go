// Package sqlstore is the SQL both backends share: every read, review and
// batch removal. Backends add their own bulk writer (DuckDB appenders,
// PostgreSQL COPY) and connection set-up.
package sqlstore

import (
	"context"
	"database/sql"
	"encoding/json"
	"errors"
	"fmt"
	"strings"
	"time"

	"github.com/pivot-geo/pivot/internal/event"
	"github.com/pivot-geo/pivot/internal/store"
)

const batchCols = `id, source, format, checksum, rows, skipped, docs, mentions, events, points, claims, started, finished, coalesce(note,'')`

func scanBatch(sc interface{ Scan(...any) error }) (store.Batch, error) {
	var b store.Batch
	err := sc.Scan(&b.ID, &b.Source, &b.Format, &b.Checksum, &b.Rows, &b.Skipped, &b.Docs, &b.Mentions,
		&b.Events, &b.Points, &b.Claims, &b.Started, &b.Finished, &b.Note)
	return b, err
}

func (s *Store) batchBy(ctx context.Context, cond string, arg any) (store.Batch, error) {
	b, err := scanBatch(s.queryRow(ctx, `SELECT `+batchCols+` FROM batches WHERE `+cond, arg))
	if errors.Is(err, sql.ErrNoRows) {
		return b, store.ErrNotFound
	}
	return b, err
}

func (s *Store) Batches(ctx context.Context) ([]store.Batch, error) {
	rows, err := s.query(ctx, `SELECT `+batchCols+` FROM batches ORDER BY id`)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var out []store.Batch
	for rows.Next() {
		b, err := scanBatch(rows)
		if err != nil {
			return nil, err
		}
		out = append(out, b)
	}
	return out, rows.Err()
}

// RemoveBatch deletes everything a batch stored, in one transaction. Events
// it first stored that other batches also mention stay, handed to the
// earliest of those batches.
func (s *Store) RemoveBatch(ctx context.Context, id int64) error {
	if _, err := s.batchBy(ctx, `id = ?`, id); err != nil {
		return fmt.Errorf("batch %d: %w", id, err)
	}
	s.lock()
	defer s.unlock()
	tx, err := s.DB.BeginTx(ctx, nil)
	if err != nil {
		return err
	}
	defer tx.Rollback()
	for _, q := range []string{
		`DELETE FROM mentions WHERE batch = ?`,
		`UPDATE events SET batch = m.b FROM (SELECT event, min(batch) AS b FROM mentions GROUP BY event) m
			WHERE events.id = m.event AND events.batch = ?`,
		`DELETE FROM events WHERE batch = ?`,
		`DELETE FROM documents WHERE batch = ?`,
		`DELETE FROM series WHERE batch = ?`,
		`DELETE FROM claims WHERE batch = ?`,
		`DELETE FROM batches WHERE id = ?`,
	} {
		if _, err := tx.ExecContext(ctx, s.D.Rebind(q), id); err != nil {
			return fmt.Errorf("remove batch %d: %w", id, err)
		}
	}
	return tx.Commit()
}

const eventCols = `id, batch, date, end_date, actors, recipients, type, coalesce(mode,''), coalesce(contexts,''),
	amount, currency, per, coalesce(status,''), coalesce(quote,''), coalesce(doc,''), span_start, span_end,
	confidence, review, coalesce(sources,''), score, goldstein, coalesce(cameo,''), version`

func scanEvent(sc interface{ Scan(...any) error }) (event.Event, error) {
	var e event.Event
	var batch int64
	var date, end, actors, recips, typ, contexts, status, sources, review string
	var amount sql.NullFloat64
	var cur, per sql.NullString
	var gold sql.NullFloat64
	err := sc.Scan(&e.ID, &batch, &date, &end, &actors, &recips, &typ, &e.Mode, &contexts, &amount, &cur, &per,
		&status, &e.Quote, &e.Doc, &e.Span.Start, &e.Span.End, &e.Confidence, &review, &sources, &e.Score,
		&gold, &e.CAMEO, &e.Version)
	if err != nil {
		return e, err
	}
	e.Date, _ = event.ParseDate(date)
	e.End, _ = event.ParseDate(end)
	e.Actor, e.Recipient, e.Context = store.SplitCodes(actors), store.SplitCodes(recips), store.SplitCodes(contexts)
	e.Type, e.Status, e.Review, e.Sources = event.Type(typ), event.Status(status), event.Review(review), store.SplitCodes(sources)
	if amount.Valid {
		e.Amount = &event.Amount{Value: amount.Float64, Currency: cur.String, Per: per.String}
	}
	if gold.Valid {
		g := gold.Float64
		e.Goldstein = &g
	}
	return e, nil
}

func (s *Store) Events(ctx context.Context, f store.Filter) ([]event.Event, error) {
	where, args := store.Where(f, s.ph, s.D.Dyad)
	q := `SELECT ` + eventCols + ` FROM events WHERE ` + where + ` ORDER BY year NULLS LAST, month, day, id`
	if f.Limit > 0 {
		q += fmt.Sprintf(" LIMIT %d", f.Limit)
	}
	rows, err := s.query(ctx, q, args...)
	if err != nil {
		return nil, fmt.Errorf("events: %w", err)
	}
	defer rows.Close()
	out := []event.Event{}
	for rows.Next() {
		e, err := scanEvent(rows)
		if err != nil {
			return nil, err
		}
		out = append(out, e)
	}
	if err := rows.Err(); err != nil {
		return nil, err
	}
	return out, s.attachMentionIDs(ctx, out, &f)
}

// attachMentionIDs fills each event's mention list in one query.
// A short list goes as a list parameter; a long one (an export) is
// selected again by the same filter, which the engine joins by hash.
func (s *Store) attachMentionIDs(ctx context.Context, evs []event.Event, f *store.Filter) error {
	if len(evs) == 0 {
		return nil
	}
	idx := make(map[string]int, len(evs))
	ids := make([]string, len(evs))
	for i, e := range evs {
		idx[e.ID] = i
		ids[i] = e.ID
	}
	q, args := `SELECT event, id FROM mentions WHERE `+s.D.InList("event")+` ORDER BY doc, span_start, id`, []any{s.D.ListArg(ids)}
	if len(evs) > 5000 && f != nil {
		where, wargs := store.Where(*f, s.ph, s.D.Dyad)
		q, args = `SELECT event, id FROM mentions WHERE event IN (SELECT id FROM events WHERE `+where+`) ORDER BY doc, span_start, id`, wargs
	}
	rows, err := s.query(ctx, q, args...)
	if err != nil {
		return err
	}
	defer rows.Close()
	for rows.Next() {
		var ev, id string
		if err := rows.Scan(&ev, &id); err != nil {
			return err
		}
		if i, ok := idx[ev]; ok {
			evs[i].Mentions = append(evs[i].Mentions, id)
		}
	}
	return rows.Err()
}

func (s *Store) Event(ctx context.Context, id string) (event.Event, error) {
	e, err := scanEvent(s.queryRow(ctx, `SELECT `+eventCols+` FROM events WHERE id = ?`, id))
	if errors.Is(err, sql.ErrNoRows) {
		return e, fmt.Errorf("event %s: %w", id, store.ErrNotFound)
	}
	if err != nil {
		return e, err
	}
	evs := []event.Event{e}
	err = s.attachMentionIDs(ctx, evs, nil)
	return evs[0], err
}

const mentionCols = `id, batch, coalesce(event,''), date, end_date, actors, recipients, type, coalesce(mode,''),
	coalesce(contexts,''), amount, currency, per, coalesce(status,''), coalesce(quote,''), coalesce(doc,''),
	span_start, span_end, confidence, coalesce(source,''), sentence, coalesce(trigger,''), coalesce(cameo,''),
	goldstein, coalesce(url,'')`

func (s *Store) Mentions(ctx context.Context, eventID, docID string) ([]event.Mention, error) {
	var conds []string
	var args []any
	if eventID != "" {
		conds, args = append(conds, "event = ?"), append(args, eventID)
	}
	if docID != "" {
		conds, args = append(conds, "doc = ?"), append(args, docID)
	}
	if len(conds) == 0 {
		conds = []string{"TRUE"}
	}
	rows, err := s.query(ctx, `SELECT `+mentionCols+` FROM mentions WHERE `+strings.Join(conds, " AND ")+
		` ORDER BY doc, span_start, id`, args...)
	if err != nil {
		return nil, fmt.Errorf("mentions: %w", err)
	}
	defer rows.Close()
	out := []event.Mention{}
	for rows.Next() {
		var m event.Mention
		var date, end, actors, recips, typ, contexts, status string
		var amount, gold sql.NullFloat64
		var cur, per sql.NullString
		if err := rows.Scan(&m.ID, &m.Batch, &m.Event, &date, &end, &actors, &recips, &typ, &m.Mode, &contexts,
			&amount, &cur, &per, &status, &m.Quote, &m.Doc, &m.Span.Start, &m.Span.End, &m.Confidence,
			&m.Source, &m.Sentence, &m.Trigger, &m.CAMEO, &gold, &m.URL); err != nil {
			return nil, err
		}
		m.Date, _ = event.ParseDate(date)
		m.End, _ = event.ParseDate(end)
		m.Actor, m.Recipient, m.Context = store.SplitCodes(actors), store.SplitCodes(recips), store.SplitCodes(contexts)
		m.Type, m.Status = event.Type(typ), event.Status(status)
		if amount.Valid {
			m.Amount = &event.Amount{Value: amount.Float64, Currency: cur.String, Per: per.String}
		}
		if gold.Valid {
			g := gold.Float64
			m.Goldstein = &g
		}
		out = append(out, m)
	}
	return out, rows.Err()
}

func (s *Store) Counts(ctx context.Context, q store.CountQuery) ([]store.CountRow, error) {
	where, args := store.Where(q.Filter, s.ph, s.D.Dyad)
	month := "0"
	if q.ByMonth {
		month = "coalesce(month,0)"
	}
	rows, err := s.query(ctx, `SELECT year, `+month+` AS m, coalesce(a1,''), coalesce(r1,''), type,
		coalesce(context1,''), coalesce(mode,''), count(*), coalesce(sum(score),0), coalesce(sum(goldstein),0), count(goldstein)
		FROM events WHERE year IS NOT NULL AND year > 0 AND `+where+`
		GROUP BY 1, 2, 3, 4, 5, 6, 7 ORDER BY 1, 2, 3, 4, 5`, args...)
	if err != nil {
		return nil, fmt.Errorf("counts: %w", err)
	}
	defer rows.Close()
	out := []store.CountRow{}
	for rows.Next() {
		var r store.CountRow
		var typ string
		if err := rows.Scan(&r.Year, &r.Month, &r.Actor, &r.Recipient, &typ, &r.Context, &r.Mode, &r.Count,
			&r.Score, &r.Goldstein, &r.GoldN); err != nil {
			return nil, err
		}
		r.Type = event.Type(typ)
		out = append(out, r)
	}
	return out, rows.Err()
}

func (s *Store) Documents(ctx context.Context) ([]store.DocumentInfo, error) {
	rows, err := s.query(ctx, `SELECT d.id, coalesce(d.title,''), coalesce(d.author,''), coalesce(d.date,''),
		coalesce(d.url,''), d.batch, (SELECT count(*) FROM mentions m WHERE m.doc = d.id)
		FROM documents d ORDER BY d.batch, d.id`)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	out := []store.DocumentInfo{}
	for rows.Next() {
		var d store.DocumentInfo
		var date string
		if err := rows.Scan(&d.ID, &d.Title, &d.Author, &date, &d.URL, &d.Batch, &d.Mentions); err != nil {
			return nil, err
		}
		d.Date, _ = event.ParseDate(date)
		out = append(out, d)
	}
	return out, rows.Err()
}

func (s *Store) Document(ctx context.Context, id string) (event.Document, error) {
	var d event.Document
	var date, sents string
	err := s.queryRow(ctx, `SELECT id, coalesce(title,''), coalesce(author,''), coalesce(publisher,''),
		coalesce(date,''), coalesce(url,''), text, coalesce(sentences,'[]'), batch FROM documents WHERE id = ?`, id).
		Scan(&d.ID, &d.Title, &d.Author, &d.Publisher, &date, &d.URL, &d.Text, &sents, &d.Batch)
	if errors.Is(err, sql.ErrNoRows) {
		return d, fmt.Errorf("document %s: %w", id, store.ErrNotFound)
	}
	if err != nil {
		return d, err
	}
	d.Date, _ = event.ParseDate(date)
	if err := json.Unmarshal([]byte(sents), &d.Sentences); err != nil {
		return d, fmt.Errorf("document %s: sentences: %w", id, err)
	}
	return d, nil
}

func (s *Store) Series(ctx context.Context, series, actor, recipient string) ([]event.SeriesPoint, error) {
	q := `SELECT series, actor, recipient, period, start_year, end_year, value, unit, coalesce(category,''), coalesce(source,'')
		FROM series WHERE (? = '' OR series = ?) AND (? = '' OR actor = ?) AND (? = '' OR recipient = ?)
		ORDER BY series, actor, recipient, start_year, end_year, category`
	rows, err := s.query(ctx, q, series, series, actor, actor, recipient, recipient)
	if err != nil {
		return nil, fmt.Errorf("series: %w", err)
	}
	defer rows.Close()
	out := []event.SeriesPoint{}
	for rows.Next() {
		var p event.SeriesPoint
		if err := rows.Scan(&p.Series, &p.Actor, &p.Recipient, &p.Period, &p.Start, &p.End, &p.Value, &p.Unit,
			&p.Category, &p.Source); err != nil {
			return nil, err
		}
		out = append(out, p)
	}
	return out, rows.Err()
}

func (s *Store) Claims(ctx context.Context) ([]event.Claim, error) {
	rows, err := s.query(ctx, `SELECT id, coalesce(doc,''), span_start, span_end, coalesce(quote,''), coalesce(text,''),
		coalesce(kind,''), value, coalesce(unit,''), coalesce(per,''), coalesce(approx,''), coalesce(date,''),
		coalesce(end_date,''), coalesce(actors,''), coalesce(subject,''), coalesce(status,'')
		FROM claims ORDER BY doc, span_start, id`)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	out := []event.Claim{}
	for rows.Next() {
		var c event.Claim
		var date, end, actors, status string
		if err := rows.Scan(&c.ID, &c.Doc, &c.Span.Start, &c.Span.End, &c.Quote, &c.Text, &c.Kind, &c.Value,
			&c.Unit, &c.Per, &c.Approx, &date, &end, &actors, &c.Subject, &status); err != nil {
			return nil, err
		}
		c.Date, _ = event.ParseDate(date)
		c.End, _ = event.ParseDate(end)
		c.Actors, c.Status = store.SplitCodes(actors), event.Status(status)
		out = append(out, c)
	}
	return out, rows.Err()
}

// Review applies an analyst's edit under optimistic locking.
func (s *Store) Review(ctx context.Context, id string, version int, who string, ed store.Edit) (event.Event, error) {
	s.lock()
	defer s.unlock()
	tx, err := s.DB.BeginTx(ctx, nil)
	if err != nil {
		return event.Event{}, err
	}
	defer tx.Rollback()
	before, err := scanEvent(tx.QueryRowContext(ctx, s.D.Rebind(`SELECT `+eventCols+` FROM events WHERE id = ?`+s.D.ForUpdate), id))
	if errors.Is(err, sql.ErrNoRows) {
		return before, fmt.Errorf("event %s: %w", id, store.ErrNotFound)
	}
	if err != nil {
		return before, err
	}
	if version != 0 && before.Version != version {
		return before, fmt.Errorf("event %s is at version %d, you edited version %d: %w", id, before.Version, version, store.ErrConflict)
	}
	after, err := store.ApplyEdit(before, ed)
	if err != nil {
		return before, err
	}
	after.Version = before.Version + 1
	amt, cur, per := AmountVals(after.Amount)
	a1, r1 := store.Direction(after.Actor, after.Recipient)
	res, err := tx.ExecContext(ctx, s.D.Rebind(`UPDATE events SET review = ?, type = ?, year = ?, month = ?, day = ?, date = ?,
		end_date = ?, actors = ?, recipients = ?, pair = ?, pairs = ?, a1 = ?, r1 = ?, amount = ?, currency = ?, per = ?,
		score = ?, version = ? WHERE id = ? AND version = ?`),
		string(after.Review), string(after.Type), after.Date.Year, after.Date.Month, after.Date.Day, after.Date.String(),
		after.End.String(), store.JoinCodes(after.Actor), store.JoinCodes(after.Recipient),
		store.PrimaryPair(after.Actor, after.Recipient), store.Pairs(after.Actor, after.Recipient), a1, r1, amt, cur, per, after.Score, after.Version, id, before.Version)
	if err != nil {
		return before, fmt.Errorf("review %s: %w", id, err)
	}
	if n, _ := res.RowsAffected(); n != 1 {
		return before, fmt.Errorf("event %s: %w", id, store.ErrConflict)
	}
	bj, _ := json.Marshal(before)
	aj, _ := json.Marshal(after)
	if _, err := tx.ExecContext(ctx, s.D.Rebind(`INSERT INTO audit VALUES (?,?,?,?,?,?)`), id, who, time.Now().UTC(), string(bj), string(aj), ed.Note); err != nil {
		return before, err
	}
	if err := tx.Commit(); err != nil {
		return before, fmt.Errorf("review %s: %w", id, err)
	}
	return after, nil
}

func (s *Store) Audit(ctx context.Context, eventID string) ([]store.AuditEntry, error) {
	rows, err := s.query(ctx, `SELECT event, coalesce(who,''), at_time, before_json, after_json, coalesce(note,'')
		FROM audit WHERE (? = '' OR event = ?) ORDER BY at_time`, eventID, eventID)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	out := []store.AuditEntry{}
	for rows.Next() {
		var a store.AuditEntry
		if err := rows.Scan(&a.Event, &a.Who, &a.When, &a.Before, &a.After, &a.Note); err != nil {
			return nil, err
		}
		out = append(out, a)
	}
	return out, rows.Err()
}
