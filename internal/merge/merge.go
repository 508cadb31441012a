// Package merge groups mentions into events.
//
// Dataset rows (Source other than "text") describe one coded happening each;
// rows merge when they share the unordered dyad, the type and the exact day.
// Text mentions merge only when they describe the same happening: the same
// unordered dyad and type, compatible dates, and a similar trigger or object
// ("the 1954 agreement" re-mentioned later). Two different events never
// merge merely because dyad and year match.
//
// Event ids are a hash of the merge key of the event's first mention, so the
// same event found again by a later batch gets the same id.
package merge

import (
	"crypto/sha1"
	"encoding/hex"
	"sort"
	"strings"

	"github.com/pivot-geo/pivot/internal/event"
)

type cluster struct {
	key      string
	ms       []int
	dyad     string
	typ      event.Type
	text     bool
	date     event.Date
	end      event.Date
	triggers []string
}

// Merge groups ms into events and sets each mention's Event field. The
// events come out in the order of their first mention.
func Merge(ms []event.Mention) []event.Event {
	var cs []*cluster
	byKey := map[string][]*cluster{} // dyad|type → clusters
	for i := range ms {
		m := &ms[i]
		dy := dyadKey(m)
		text := m.Source == "" || m.Source == "text"
		k := dy + "|" + string(m.Type)
		var into *cluster
		for _, c := range byKey[k] {
			if c.text != text {
				continue
			}
			if !text {
				if c.date == m.Date && m.Date.Day != 0 {
					into = c
					break
				}
				continue
			}
			if compatible(c.date, c.end, m.Date, m.End) && similar(c.triggers, m.Trigger) {
				into = c
				break
			}
		}
		if into == nil {
			into = &cluster{dyad: dy, typ: m.Type, text: text, date: m.Date, end: m.End}
			if text {
				into.key = "t|" + k + "|" + m.Date.String() + "|" + m.End.String() + "|" + stem(m.Trigger)
			} else {
				into.key = "d|" + k + "|" + m.Date.String()
			}
			cs = append(cs, into)
			byKey[k] = append(byKey[k], into)
		} else if precise(m.Date) > precise(into.date) {
			into.date = m.Date
			if !m.End.IsZero() {
				into.end = m.End
			}
		}
		into.ms = append(into.ms, i)
		if t := stem(m.Trigger); t != "" && !hasStr(into.triggers, t) {
			into.triggers = append(into.triggers, t)
		}
	}
	out := make([]event.Event, 0, len(cs))
	for _, c := range cs {
		out = append(out, build(c, ms))
	}
	return out
}

func build(c *cluster, ms []event.Mention) event.Event {
	sum := sha1.Sum([]byte(c.key))
	id := "ev-" + hex.EncodeToString(sum[:8])
	best := c.ms[0]
	for _, i := range c.ms[1:] {
		if ms[i].Confidence > ms[best].Confidence {
			best = i
		}
	}
	b := &ms[best]
	e := event.Event{
		ID: id, Actor: b.Actor, Recipient: b.Recipient, Type: b.Type, Mode: b.Mode,
		Amount: b.Amount, Status: b.Status, Quote: b.Quote, Doc: b.Doc, Span: b.Span,
		Confidence: b.Confidence, Review: event.Proposed, Version: 1,
		CAMEO: b.CAMEO, Goldstein: b.Goldstein,
	}
	// most precise date among the mentions, and any period end
	e.Date, e.End = b.Date, b.End
	var ctx []string
	for _, i := range c.ms {
		m := &ms[i]
		if precise(m.Date) > precise(e.Date) || e.Date.IsZero() {
			e.Date = m.Date
		}
		if e.End.IsZero() && !m.End.IsZero() {
			e.End = m.End
		}
		if e.Amount == nil && m.Amount != nil {
			e.Amount = m.Amount
		}
		if e.Mode == "" && m.Mode != "" {
			e.Mode = m.Mode
		}
		for _, x := range m.Context {
			if !hasStr(ctx, x) {
				ctx = append(ctx, x)
			}
		}
		src := m.Source
		if src == "" {
			src = "text"
		}
		if !hasStr(e.Sources, src) {
			e.Sources = append(e.Sources, src)
		}
		e.Mentions = append(e.Mentions, m.ID)
		m.Event = id
	}
	sort.Strings(ctx)
	e.Context = ctx
	e.Score = e.Type.ModeScore(e.Mode)
	return e
}

// dyadKey is the unordered set of all actor and recipient codes.
func dyadKey(m *event.Mention) string {
	codes := make([]string, 0, len(m.Actor)+len(m.Recipient))
	for _, c := range m.Actor {
		if !hasStr(codes, c) {
			codes = append(codes, c)
		}
	}
	for _, c := range m.Recipient {
		if !hasStr(codes, c) {
			codes = append(codes, c)
		}
	}
	sort.Strings(codes)
	return strings.Join(codes, "+")
}

func precise(d event.Date) int {
	switch {
	case d.IsZero():
		return 0
	case d.Month == 0:
		return 1
	case d.Day == 0:
		return 2
	}
	return 3
}

// compatible: one date refines the other (1954 and 1954-05), or one lies
// within the other's period.
func compatible(d1, e1, d2, e2 event.Date) bool {
	if d1.IsZero() || d2.IsZero() {
		return d1.IsZero() && d2.IsZero()
	}
	if refines(d1, d2) || refines(d2, d1) {
		// two different periods starting the same year are different
		if !e1.IsZero() && !e2.IsZero() && e1 != e2 {
			return false
		}
		return true
	}
	return false
}

func refines(a, b event.Date) bool {
	if a.Year != b.Year {
		return false
	}
	if a.Month == 0 || b.Month == 0 {
		return true
	}
	if a.Month != b.Month {
		return false
	}
	return a.Day == 0 || b.Day == 0 || a.Day == b.Day
}

// similar: the new trigger shares a stem with the cluster's triggers, or is
// of the same family (visit/visited, agreement/signed).
func similar(ts []string, trig string) bool {
	s := stem(trig)
	if s == "" || len(ts) == 0 {
		return true
	}
	for _, t := range ts {
		if t == s || family[t] != "" && family[t] == family[s] {
			return true
		}
	}
	return false
}

// family groups triggers that name the same act.
var family = map[string]string{
	"sign": "agree", "agre": "agree", "agreement": "agree", "accord": "agree", "treaty": "agree", "pact": "agree",
	"deal": "agree", "contract": "agree",
	"visit": "visit", "host": "visit",
	"sale": "transfer", "sell": "transfer", "sold": "transfer", "supply": "transfer", "suppli": "transfer",
	"deliver": "transfer", "transfer": "transfer", "purchas": "transfer", "bought": "transfer",
	"aid": "aid", "assistanc": "aid", "assist": "aid", "fund": "aid", "provid": "aid", "receiv": "aid",
	"exercis": "exercise", "drill": "exercise", "joint exercis": "exercise", "joint military exercis": "exercise",
	"military exercis": "exercise", "dialogu": "talks", "talk": "talks", "meet": "talks", "met": "talks",
	"strategic dialogu": "talks", "meeting": "talks",
}

// stem lower-cases a trigger and strips common inflections.
func stem(t string) string {
	t = strings.ToLower(strings.TrimSpace(t))
	for _, suf := range []string{"ings", "ing", "ies", "ied", "es", "ed", "s", "e"} {
		if len(t) > len(suf)+2 && strings.HasSuffix(t, suf) {
			t = t[:len(t)-len(suf)]
			if suf == "ies" || suf == "ied" {
				t += "i"
			}
			break
		}
	}
	return t
}

func hasStr(l []string, s string) bool {
	for _, x := range l {
		if x == s {
			return true
		}
	}
	return false
}
