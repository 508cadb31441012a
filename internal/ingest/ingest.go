// Package ingest turns input files into batches in a store: prose documents
// through the extractor, material series tables, and event datasets.
package ingest

import (
	"bytes"
	"context"
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/pivot-geo/pivot/internal/event"
	"github.com/pivot-geo/pivot/internal/store"
)

// Options steer an ingest run.
type Options struct {
	Format string     // auto, text, series, gdelt, icews, plover
	Strict bool       // refuse a whole file on its first bad row
	Date   event.Date // reference date for relative dates in prose
	// Document metadata for prose inputs.
	Title, Author, Publisher, URL string
	// Progress receives progress lines when non-nil (a terminal).
	Progress io.Writer
	Workers  int
}

// RowError is one rejected input row.
type RowError struct {
	File   string `json:"file"`
	Line   int    `json:"line"`
	Field  string `json:"field,omitempty"`
	Reason string `json:"reason"`
}

func (e RowError) Error() string {
	s := fmt.Sprintf("%s:%d", e.File, e.Line)
	if e.Field != "" {
		s += ": field " + e.Field
	}
	return s + ": " + e.Reason
}

// Report is the outcome of ingesting one input.
type Report struct {
	File      string      `json:"file"`
	Format    string      `json:"format"`
	Batch     store.Batch `json:"batch"`
	Duplicate bool        `json:"duplicate"` // already imported: nothing changed
	DocID     string      `json:"document,omitempty"`
	Problems  []RowError  `json:"problems,omitempty"`
}

func checksum(b []byte) string {
	h := sha256.Sum256(b)
	return hex.EncodeToString(h[:])
}

// DocID is the deterministic id of a document's text.
func DocID(text string) string {
	h := sha256.Sum256([]byte(text))
	return "doc-" + hex.EncodeToString(h[:6])
}

// records is what one batch writes.
type records struct {
	docs     []event.Document
	events   []event.Event
	mentions []event.Mention
	points   []event.SeriesPoint
	claims   []event.Claim
}

// write stores recs as one batch; a batch whose checksum is stored already
// changes nothing and reports Duplicate.
func write(ctx context.Context, st store.Store, b store.Batch, recs *records) (Report, error) {
	rep := Report{File: b.Source, Format: b.Format}
	if b.Started.IsZero() {
		b.Started = time.Now()
	}
	w, old, err := st.Begin(ctx, b)
	if err == store.ErrDuplicate {
		rep.Batch, rep.Duplicate = *old, true
		return rep, nil
	}
	if err != nil {
		return rep, err
	}
	fail := func(err error) (Report, error) {
		w.Rollback()
		return rep, fmt.Errorf("%s: %w", b.Source, err)
	}
	for i := range recs.docs {
		if err := w.Document(&recs.docs[i]); err != nil {
			return fail(err)
		}
	}
	for i := range recs.events {
		if err := w.Event(&recs.events[i]); err != nil {
			return fail(err)
		}
	}
	for i := range recs.mentions {
		if err := w.Mention(&recs.mentions[i]); err != nil {
			return fail(err)
		}
	}
	for i := range recs.points {
		if err := w.SeriesPoint(&recs.points[i]); err != nil {
			return fail(err)
		}
	}
	for i := range recs.claims {
		if err := w.Claim(&recs.claims[i]); err != nil {
			return fail(err)
		}
	}
	done, err := w.Commit(b)
	if err == store.ErrDuplicate {
		rep.Duplicate = true
		return rep, nil
	}
	if err != nil {
		return rep, fmt.Errorf("%s: %w", b.Source, err)
	}
	rep.Batch = done
	return rep, nil
}

// Files ingests each path ("-" is stdin) with opt.Format, one batch per input.
// Dataset formats (gdelt, icews, plover) and generic series CSV are added by
// datasets.go through ingestOther.
func Files(ctx context.Context, st store.Store, paths []string, opt Options) ([]Report, error) {
	var reps []Report
	for _, p := range paths {
		rep, err := File(ctx, st, p, opt)
		if err != nil {
			return reps, err
		}
		reps = append(reps, rep)
	}
	return reps, nil
}

// File ingests one input.
func File(ctx context.Context, st store.Store, path string, opt Options) (Report, error) {
	display := path
	// Event datasets stream from disk (datasets.go).
	if rep, ok, err := ingestDatasetFile(ctx, st, path, opt); ok {
		return rep, err
	}
	var data []byte
	var err error
	if path == "-" {
		display = "stdin"
		data, err = io.ReadAll(os.Stdin)
	} else {
		data, err = os.ReadFile(path)
	}
	if err != nil {
		return Report{File: display}, err
	}
	format := opt.Format
	if format == "" || format == "auto" {
		format = sniffFormat(display, data)
	}
	switch format {
	case "text":
		title := opt.Title
		if title == "" {
			title = filepath.Base(display)
		}
		doc := event.Document{Title: title, Author: opt.Author, Publisher: opt.Publisher, URL: opt.URL, Date: opt.Date, Text: string(data)}
		rep, err := Text(ctx, st, doc, opt)
		rep.File = display
		return rep, err
	case "sipri", "crs":
		parse := parseSIPRI
		if format == "crs" {
			parse = parseUSAid
		}
		pts, err := parse(display, data)
		if err != nil {
			return Report{File: display}, err
		}
		return write(ctx, st, store.Batch{Source: display, Format: "series", Checksum: "series:" + checksum(data), Rows: dataRows(data)},
			&records{points: pts})
	}
	return ingestOther(ctx, st, path, display, format, data, opt)
}

// sniffFormat recognises the inputs this file handles itself (prose and
// the two material tables); anything else is left to ingestOther ("auto").
func sniffFormat(name string, data []byte) string {
	head := data
	if len(head) > 4096 {
		head = head[:4096]
	}
	first, _, _ := strings.Cut(string(head), "\n")
	low := strings.ToLower(strings.TrimSpace(first))
	lname := strings.ToLower(name)
	switch {
	case strings.HasPrefix(low, "supplier,recipient,year,tiv"):
		return "sipri"
	case strings.HasPrefix(low, "fiscal_year,"):
		return "crs"
	case strings.HasSuffix(lname, ".txt") || strings.HasSuffix(lname, ".md"):
		return "text"
	case hasAnySuffix(lname, ".csv", ".tsv", ".tab", ".json", ".jsonl", ".zip", ".gz"):
		return "auto" // a table by its name: never read it as prose
	case !utf8.Valid(head) || bytes.IndexByte(head, 0) >= 0:
		return "auto" // binary: zip, gzip, or garbage
	case strings.Contains(first, "\t") || strings.HasPrefix(low, "{") || strings.HasPrefix(low, "[") || strings.Count(first, ",") >= 4:
		return "auto" // tabular or JSON
	}
	return "text"
}

func hasAnySuffix(s string, suffixes ...string) bool {
	for _, x := range suffixes {
		if strings.HasSuffix(s, x) {
			return true
		}
	}
	return false
}
