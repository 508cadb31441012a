package web

import (
	"sort"
	"strings"
	"unicode/utf8"

	"github.com/pivot-geo/pivot/internal/event"
)

// A document is rendered as pieces: runs of text inside one sentence (or in
// the gap between sentences), each split into parts covered by the same set
// of mentions. Templates turn sentences into anchors (#s-N) and covered
// parts into marks, so every highlight is escaped text, never raw HTML.

type docPiece struct {
	Sentence int // -1 for text between sentences
	Parts    []docPart
}

type docPart struct {
	Text     string
	Mentions []*event.Mention
}

// Quad is the quad class of the part's first mention, for colouring.
func (p docPart) Quad() int {
	if len(p.Mentions) == 0 {
		return 0
	}
	return int(p.Mentions[0].Type.Quad())
}

// Coding describes the part's mentions, shown on hover and focus.
func (p docPart) Coding() string {
	var b strings.Builder
	for i, m := range p.Mentions {
		if i > 0 {
			b.WriteString("\n")
		}
		b.WriteString(coding(m.Actor, m.Type, m.Recipient, m.Date, m.End, string(m.Status)))
		if m.Amount != nil {
			b.WriteString(" · " + amountString(m.Amount))
		}
	}
	return b.String()
}

// Link is where a highlight leads: the event its first mention was merged
// into, when there is one.
func (p docPart) Link() string {
	for _, m := range p.Mentions {
		if m.Event != "" {
			return "/events/" + m.Event
		}
	}
	return ""
}

func coding(actor []string, t event.Type, recip []string, d, end event.Date, status string) string {
	s := strings.Join(actor, ",") + " " + string(t) + " " + strings.Join(recip, ",")
	if !d.IsZero() {
		s += " · " + d.String()
		if !end.IsZero() {
			s += "–" + end.String()
		}
	}
	if status != "" && status != string(event.Asserted) {
		s += " · " + status
	}
	return s
}

// snap moves a byte offset back to a rune start within text, so a bad span
// can never split a UTF-8 sequence.
func snap(text string, i int) int {
	if i <= 0 {
		return 0
	}
	if i >= len(text) {
		return len(text)
	}
	for i > 0 && !utf8.RuneStart(text[i]) {
		i--
	}
	return i
}

// renderDoc splits text into pieces by sentence and mention spans.
func renderDoc(text string, sentences []event.Span, mentions []event.Mention) []docPiece {
	cuts := map[int]bool{0: true, len(text): true}
	sents := make([]event.Span, 0, len(sentences))
	for _, s := range sentences {
		a, b := snap(text, s.Start), snap(text, s.End)
		if a < b {
			sents = append(sents, event.Span{Start: a, End: b})
			cuts[a], cuts[b] = true, true
		}
	}
	sort.Slice(sents, func(i, j int) bool { return sents[i].Start < sents[j].Start })
	type mspan struct {
		a, b int
		m    *event.Mention
	}
	var ms []mspan
	for i := range mentions {
		m := &mentions[i]
		a, b := snap(text, m.Span.Start), snap(text, m.Span.End)
		if a < b {
			ms = append(ms, mspan{a, b, m})
			cuts[a], cuts[b] = true, true
		}
	}
	bounds := make([]int, 0, len(cuts))
	for c := range cuts {
		bounds = append(bounds, c)
	}
	sort.Ints(bounds)

	// sentenceAt finds the sentence whose span contains [a,b), or -1. The
	// original index is kept so anchors match the store's sentence numbers.
	index := map[event.Span]int{}
	for i, s := range sentences {
		index[event.Span{Start: snap(text, s.Start), End: snap(text, s.End)}] = i
	}
	sentenceAt := func(a int) int {
		k := sort.Search(len(sents), func(i int) bool { return sents[i].End > a })
		if k < len(sents) && sents[k].Start <= a {
			return index[sents[k]]
		}
		return -1
	}

	var out []docPiece
	for i := 0; i+1 < len(bounds); i++ {
		a, b := bounds[i], bounds[i+1]
		part := docPart{Text: text[a:b]}
		for _, m := range ms {
			if m.a <= a && b <= m.b {
				part.Mentions = append(part.Mentions, m.m)
			}
		}
		si := sentenceAt(a)
		if n := len(out); n > 0 && out[n-1].Sentence == si {
			last := &out[n-1].Parts[len(out[n-1].Parts)-1]
			if samePtrs(last.Mentions, part.Mentions) {
				last.Text += part.Text
			} else {
				out[n-1].Parts = append(out[n-1].Parts, part)
			}
			continue
		}
		out = append(out, docPiece{Sentence: si, Parts: []docPart{part}})
	}
	return out
}

func samePtrs(a, b []*event.Mention) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if a[i] != b[i] {
			return false
		}
	}
	return true
}

// evidence is a quote shown inside its neighbouring sentences.
type evidence struct {
	Before, Quote, After string
	Sentence             int // index of the sentence holding the quote, -1 if unknown
	Doc                  string
	DocTitle             string
}

// sentenceOf returns the index of the sentence containing offset, or -1.
func sentenceOf(sentences []event.Span, offset int) int {
	for i, s := range sentences {
		if s.Start <= offset && offset < s.End {
			return i
		}
	}
	return -1
}

// evidenceIn cuts a document around span: the sentence before, the quote,
// and the sentence after, so a reader sees the claim in context.
func evidenceIn(d *event.Document, sp event.Span, quote string) evidence {
	ev := evidence{Quote: quote, Sentence: -1, Doc: d.ID, DocTitle: d.Title}
	a, b := snap(d.Text, sp.Start), snap(d.Text, sp.End)
	if a >= b {
		return ev
	}
	ev.Quote = d.Text[a:b]
	si := sentenceOf(d.Sentences, a)
	ev.Sentence = si
	from, to := a, b
	if si > 0 {
		from = snap(d.Text, d.Sentences[si-1].Start)
	} else if si == 0 {
		from = snap(d.Text, d.Sentences[0].Start)
	}
	if si >= 0 {
		if last := sentenceOf(d.Sentences, b-1); last >= 0 && last+1 < len(d.Sentences) {
			to = snap(d.Text, d.Sentences[last+1].End)
		}
	}
	if from > a {
		from = a
	}
	if to < b {
		to = b
	}
	ev.Before, ev.After = d.Text[from:a], d.Text[b:to]
	return ev
}

func amountString(a *event.Amount) string {
	if a == nil {
		return ""
	}
	v := a.Value
	unit := ""
	switch {
	case v >= 1e9:
		v, unit = v/1e9, " billion"
	case v >= 1e6:
		v, unit = v/1e6, " million"
	}
	s := strings.TrimSuffix(strings.TrimRight(strings.TrimRight(formatFloat(v), "0"), "."), ".")
	out := a.Currency + " " + s + unit
	if a.Per != "" {
		out += " per " + a.Per
	}
	return out
}
