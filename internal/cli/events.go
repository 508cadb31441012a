package cli

import (
	"bufio"
	"context"
	"encoding/csv"
	"flag"
	"fmt"
	"strconv"
	"strings"

	"github.com/pivot-geo/pivot/internal/event"
	"github.com/pivot-geo/pivot/internal/store"
)

func init() {
	Register(&Command{
		Name:    "events",
		Summary: "list events from the knowledge base, filtered by dyad, actor, type and years",
		Usage:   "pivot events [--db DSN] [--dyad A-B] [--actor X] [--type T] [--from YEAR] [--to YEAR] [--format jsonl|csv|table]",
		Flags: func(fs *flag.FlagSet) Runner {
			db := DBFlag(fs)
			dyad := fs.String("dyad", "", "two actor codes, either direction, e.g. USA-PAK")
			actor := fs.String("actor", "", "events with this actor on either side, e.g. CHN")
			typ := fs.String("type", "", "PLOVER event type, e.g. AGREE, AID, COOPERATE")
			from := fs.Int("from", 0, "first year")
			to := fs.Int("to", 0, "last year")
			source := fs.String("source", "", "only events with a mention from this source: text, gdelt, icews, plover")
			asOf := fs.Int64("as-of", 0, "the knowledge base as it was after this batch")
			q := fs.String("q", "", "only events whose quote contains this text")
			limit := fs.Int("limit", 0, "at most this many events")
			format := fs.String("format", "table", "jsonl, csv or table")
			return func(ctx context.Context, env *Env, args []string) error {
				if len(args) > 0 {
					return Usagef("unexpected argument %q", args[0])
				}
				if err := checkFormat(*format, "jsonl", "csv", "table"); err != nil {
					return err
				}
				f := store.Filter{Actor: strings.ToUpper(*actor), From: *from, To: *to, Source: *source, AsOf: *asOf, Query: *q, Limit: *limit}
				if *dyad != "" {
					d, err := SplitDyad(*dyad)
					if err != nil {
						return err
					}
					f.Dyad = d
				}
				if *typ != "" {
					f.Type = event.Type(strings.ToUpper(*typ))
					if !f.Type.Valid() {
						return Usagef("--type %q is not a PLOVER event type (%s)", *typ, typeList())
					}
				}
				if *limit < 0 {
					return Usagef("--limit %d: want 0 (no limit) or more", *limit)
				}
				if *from != 0 && *to != 0 && *from > *to {
					return Usagef("--from %d is after --to %d", *from, *to)
				}
				st, err := OpenStore(ctx, *db)
				if err != nil {
					return err
				}
				defer st.Close()
				evs, err := st.Events(ctx, f)
				if err != nil {
					return err
				}
				return writeEvents(env, *format, evs)
			}
		},
	})
}

func typeList() string {
	var s []string
	for _, t := range event.Types {
		s = append(s, string(t))
	}
	return strings.Join(s, ", ")
}

func writeEvents(env *Env, format string, evs []event.Event) error {
	w := bufio.NewWriter(env.Stdout)
	defer w.Flush()
	switch format {
	case "jsonl":
		return writeJSONL(w, evs)
	case "csv":
		cw := csv.NewWriter(w)
		cw.Write([]string{"id", "date", "end", "actor", "recipient", "type", "mode", "context", "amount", "currency", "per",
			"status", "review", "sources", "mentions", "score", "confidence", "doc", "span_start", "span_end", "quote"})
		for _, e := range evs {
			var amt, cur, per string
			if e.Amount != nil {
				amt, cur, per = ftoa(e.Amount.Value), e.Amount.Currency, e.Amount.Per
			}
			cw.Write([]string{e.ID, e.Date.String(), e.End.String(), strings.Join(e.Actor, ";"), strings.Join(e.Recipient, ";"),
				string(e.Type), e.Mode, strings.Join(e.Context, ";"), amt, cur, per, string(e.Status), string(e.Review),
				strings.Join(e.Sources, ";"), strconv.Itoa(len(e.Mentions)), ftoa(e.Score), ftoa(e.Confidence), e.Doc,
				strconv.Itoa(e.Span.Start), strconv.Itoa(e.Span.End), e.Quote})
		}
		cw.Flush()
		return cw.Error()
	default:
		var rows [][]string
		for _, e := range evs {
			date := e.Date.String()
			if !e.End.IsZero() {
				date += "–" + e.End.String()
			}
			amt := ""
			if e.Amount != nil {
				amt = fmt.Sprintf("%s %s", e.Amount.Currency, humanMoney(e.Amount.Value))
				if e.Amount.Per != "" {
					amt += "/" + e.Amount.Per
				}
			}
			rows = append(rows, []string{date, strings.Join(e.Actor, ","), strings.Join(e.Recipient, ","), string(e.Type),
				string(e.Status), amt, clip(e.Quote, 90)})
		}
		if err := table(w, []string{"DATE", "ACTOR", "RECIPIENT", "TYPE", "STATUS", "AMOUNT", "QUOTE"}, rows); err != nil {
			return err
		}
		fmt.Fprintf(w, "%d events\n", len(evs))
	}
	return nil
}

func humanMoney(v float64) string {
	switch {
	case v >= 1e9:
		return ftoa(float64(int64(v/1e7))/100) + " bn"
	case v >= 1e6:
		return ftoa(float64(int64(v/1e4))/100) + " m"
	}
	return ftoa(v)
}
