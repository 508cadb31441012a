package ingest

import (
	"context"
	"fmt"
	"strings"
	"sync"
	"unicode/utf8"

	"github.com/pivot-geo/pivot/internal/event"
	"github.com/pivot-geo/pivot/internal/extract"
	"github.com/pivot-geo/pivot/internal/merge"
	"github.com/pivot-geo/pivot/internal/store"
)

var (
	extractorOnce sync.Once
	extractor     *extract.Extractor
	extractorErr  error
)

// Extractor returns the shared extractor, loading its dictionaries once.
func Extractor() (*extract.Extractor, error) {
	extractorOnce.Do(func() { extractor, extractorErr = extract.New() })
	return extractor, extractorErr
}

// Text ingests one prose document: it is stored verbatim with its sentence
// offsets, and its mentions, merged events and claims come with it.
func Text(ctx context.Context, st store.Store, doc event.Document, opt Options) (Report, error) {
	if !utf8.ValidString(doc.Text) {
		return Report{File: doc.Title}, fmt.Errorf("%s: text is not valid UTF-8", nameOf(doc))
	}
	if strings.TrimSpace(doc.Text) == "" {
		return Report{File: doc.Title}, fmt.Errorf("%s: text is empty", nameOf(doc))
	}
	x, err := Extractor()
	if err != nil {
		return Report{}, fmt.Errorf("load extractor: %w", err)
	}
	if doc.ID == "" {
		doc.ID = DocID(doc.Text)
	}
	ref := opt.Date
	if ref.IsZero() {
		ref = doc.Date
	}
	res := x.Document(&doc, extract.Options{Ref: ref})
	doc.Sentences = res.Sentences
	events := merge.Merge(res.Mentions)
	b := store.Batch{Source: nameOf(doc), Format: "text", Checksum: "text:" + checksum([]byte(doc.Text)),
		Rows: len(res.Sentences)}
	rep, err := write(ctx, st, b, &records{docs: []event.Document{doc}, events: events, mentions: res.Mentions, claims: res.Claims})
	rep.DocID = doc.ID
	return rep, err
}

func nameOf(d event.Document) string {
	if d.Title != "" {
		return d.Title
	}
	return d.ID
}
