package ingest

import (
	"context"
	"fmt"
	"strings"

	"github.com/pivot-geo/pivot/internal/corpus"
	"github.com/pivot-geo/pivot/internal/event"
	"github.com/pivot-geo/pivot/internal/store"
)

// Default builds the default knowledge base from the embedded corpus: the
// founding article through the extractor, and the SIPRI and CRS tables as
// series. Each is its own batch, so running it again changes nothing.
func Default(ctx context.Context, st store.Store, opt Options) ([]Report, error) {
	var reps []Report
	text := string(corpus.Article())
	doc := event.Document{Title: "Pakistan and the superpowers: the United States, China and Russia, 1947–2025", Text: text}
	// The article opens with its byline: "By: Name, Role, Publisher".
	if first, _, ok := strings.Cut(text, "\n"); ok && strings.HasPrefix(first, "By:") {
		parts := strings.Split(strings.TrimPrefix(first, "By:"), ",")
		doc.Author = strings.TrimSpace(parts[0])
		if len(parts) > 1 {
			doc.Publisher = strings.TrimSpace(parts[len(parts)-1])
		}
	}
	rep, err := Text(ctx, st, doc, opt)
	if err != nil {
		return reps, fmt.Errorf("default corpus: %w", err)
	}
	rep.File = "builtin:pakistan-superpowers.txt"
	reps = append(reps, rep)
	for _, t := range []struct {
		name  string
		data  []byte
		parse func(string, []byte) ([]event.SeriesPoint, error)
	}{
		{"builtin:sipri_tiv_to_pakistan_by_supplier_year.csv", corpus.SIPRI(), parseSIPRI},
		{"builtin:us_aid_pakistan_by_fy_summary.csv", corpus.USAid(), parseUSAid},
	} {
		pts, err := t.parse(t.name, t.data)
		if err != nil {
			return reps, err
		}
		rep, err := write(ctx, st, store.Batch{Source: t.name, Format: "series", Checksum: "series:" + checksum(t.data), Rows: dataRows(t.data)},
			&records{points: pts})
		if err != nil {
			return reps, err
		}
		reps = append(reps, rep)
	}
	return reps, nil
}
