package duckdb

import (
	"context"
	"database/sql"
	"database/sql/driver"
	"fmt"
	"strings"

	duck "github.com/duckdb/duckdb-go/v2"

	"github.com/pivot-geo/pivot/internal/event"
)

// WriteEventsParquet writes events to a Parquet file (zstd), whatever store
// they came from: DuckDB is the Parquet writer, in memory. Lists are Parquet
// lists, so pandas, R's arrow and Spark read actor codes as lists.
func WriteEventsParquet(ctx context.Context, path string, evs []event.Event) error {
	connector, err := duck.NewConnector("", nil)
	if err != nil {
		return err
	}
	db := sql.OpenDB(connector)
	defer db.Close()
	conn, err := db.Conn(ctx)
	if err != nil {
		return err
	}
	defer conn.Close()
	if _, err := conn.ExecContext(ctx, `CREATE TABLE export (
		id VARCHAR, date VARCHAR, end_date VARCHAR, year INTEGER, actor VARCHAR[], recipient VARCHAR[],
		type VARCHAR, quad INTEGER, mode VARCHAR, context VARCHAR[], amount DOUBLE, currency VARCHAR, per VARCHAR,
		status VARCHAR, review VARCHAR, sources VARCHAR[], mentions INTEGER, score DOUBLE, goldstein DOUBLE,
		cameo VARCHAR, confidence DOUBLE, doc VARCHAR, span_start INTEGER, span_end INTEGER, quote VARCHAR)`); err != nil {
		return err
	}
	err = conn.Raw(func(dc any) error {
		app, err := duck.NewAppender(dc.(driver.Conn), "", "main", "export")
		if err != nil {
			return err
		}
		for i := range evs {
			e := &evs[i]
			var amt, cur, per, gold any
			if e.Amount != nil {
				amt, cur, per = e.Amount.Value, e.Amount.Currency, e.Amount.Per
			}
			if e.Goldstein != nil {
				gold = *e.Goldstein
			}
			if err := app.AppendRow(e.ID, e.Date.String(), e.End.String(), int32(e.Date.Year), anyList(e.Actor),
				anyList(e.Recipient), string(e.Type), int32(e.Type.Quad()), e.Mode, anyList(e.Context), amt, cur, per,
				string(e.Status), string(e.Review), anyList(e.Sources), int32(len(e.Mentions)), e.Score, gold, e.CAMEO,
				e.Confidence, e.Doc, int32(e.Span.Start), int32(e.Span.End), e.Quote); err != nil {
				app.Close()
				return fmt.Errorf("event %s: %w", e.ID, err)
			}
		}
		return app.Close()
	})
	if err != nil {
		return err
	}
	// The path reaches SQL as a literal (COPY takes no parameter there).
	lit := "'" + strings.ReplaceAll(path, "'", "''") + "'"
	if _, err := conn.ExecContext(ctx, `COPY export TO `+lit+` (FORMAT PARQUET, COMPRESSION ZSTD)`); err != nil {
		return fmt.Errorf("write %s: %w", path, err)
	}
	return nil
}

func anyList(l []string) []any {
	out := make([]any, len(l))
	for i, s := range l {
		out[i] = s
	}
	return out
}
