package extract

import (
	"bufio"
	"encoding/json"
	"fmt"
	"io"
	"math"
	"sort"
	"strconv"
	"strings"

	"github.com/pivot-geo/pivot/internal/event"
)

// Gold is one labelled event of a gold set (testdata/gold/README.md).
type Gold struct {
	Year   int           `json:"year,omitempty"`
	A      string        `json:"a"`
	B      string        `json:"b"`
	Type   event.Type    `json:"type"`
	Amount *event.Amount `json:"amount,omitempty"`
	// Line, when set, ties the event to one input line (sentence-per-line
	// gold sets such as the PLOVER examples).
	Line int    `json:"line,omitempty"`
	Note string `json:"note,omitempty"`
	ID   string `json:"id,omitempty"`
}

// ReadGold reads a JSON-lines gold file.
func ReadGold(r io.Reader) ([]Gold, error) {
	var out []Gold
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 1<<20), 1<<20)
	n := 0
	for sc.Scan() {
		n++
		line := strings.TrimSpace(sc.Text())
		if line == "" || line[0] == '#' {
			continue
		}
		var g Gold
		if err := json.Unmarshal([]byte(line), &g); err != nil {
			return nil, fmt.Errorf("gold line %d: %w", n, err)
		}
		if g.A == "" || g.B == "" || !g.Type.Valid() {
			return nil, fmt.Errorf("gold line %d: want a, b and a PLOVER type", n)
		}
		out = append(out, g)
	}
	return out, sc.Err()
}

// ScoreOptions control matching.
type ScoreOptions struct {
	NoYear bool // match on (dyad, type) only
}

// Key is one distinct (year, unordered dyad, type[, line]) item.
type Key struct {
	Year int        `json:"year,omitempty"`
	A    string     `json:"a"`
	B    string     `json:"b"`
	Type event.Type `json:"type"`
	Line int        `json:"line,omitempty"`
}

func (k Key) String() string {
	s := ""
	if k.Line > 0 {
		s = "line " + strconv.Itoa(k.Line) + " "
	}
	if k.Year > 0 {
		s += strconv.Itoa(k.Year) + " "
	}
	return s + k.A + "-" + k.B + " " + string(k.Type)
}

// Item is a miss or a false positive, with evidence.
type Item struct {
	Kind  string `json:"kind"` // miss, false_positive
	Key   Key    `json:"key"`
	Quote string `json:"quote,omitempty"`
	Note  string `json:"note,omitempty"`
}

// Report is the outcome of scoring.
type Report struct {
	Gold, System, Matched int
	Precision, Recall, F1 float64
	// AmountTotal counts matched gold events with an amount, AmountRight
	// those where a system mention with the same key has the same amount
	// (value within 0.5 %, same currency and rate).
	AmountTotal, AmountRight int
	// USDTotal and USDRight count the same for gold amounts in US dollars,
	// the currency the accuracy target names.
	USDTotal, USDRight     int
	Misses, FalsePositives []Item
	// AmountMisses are matched events whose amount is missing or wrong;
	// Note gives the gold amount and what the coder found.
	AmountMisses []Item
}

// Score compares mentions extracted from text with a gold set.
func (x *Extractor) Score(gold []Gold, ms []event.Mention, text string, opt ScoreOptions) Report {
	orgs := false
	lines := false
	for _, g := range gold {
		if g.A == "IGO" || g.B == "IGO" {
			orgs = true
		}
		if g.Line > 0 {
			lines = true
		}
	}
	canon := func(c string) string {
		if c2, ok := cameoToISO[c]; ok {
			c = c2
		}
		if orgs && !x.dict.IsState(c) {
			return "IGO"
		}
		return c
	}
	var lineStarts []int
	if lines {
		lineStarts = append(lineStarts, 0)
		for i := 0; i < len(text); i++ {
			if text[i] == '\n' {
				lineStarts = append(lineStarts, i+1)
			}
		}
	}
	mk := func(year int, a, b string, t event.Type, line int) Key {
		a, b = canon(a), canon(b)
		if a > b {
			a, b = b, a
		}
		if opt.NoYear {
			year = 0
		}
		return Key{Year: year, A: a, B: b, Type: t, Line: line}
	}
	goldKeys := map[Key]*Gold{}
	for i := range gold {
		g := &gold[i]
		k := mk(g.Year, g.A, g.B, g.Type, g.Line)
		if k.A == k.B {
			continue
		}
		if old, ok := goldKeys[k]; !ok || old.Amount == nil {
			goldKeys[k] = g
		}
	}
	sys := map[Key][]*event.Mention{}
	for i := range ms {
		m := &ms[i]
		if m.Status == event.Negated {
			continue // a negated mention asserts that the event did not happen
		}
		line := 0
		if lines {
			line = sort.Search(len(lineStarts), func(j int) bool { return lineStarts[j] > m.Span.Start })
		}
		for _, k := range mentionPairs(m) {
			key := mk(m.Date.Year, k[0], k[1], m.Type, line)
			if key.A != key.B {
				sys[key] = append(sys[key], m)
			}
		}
	}
	var r Report
	r.Gold, r.System = len(goldKeys), len(sys)
	for k, g := range goldKeys {
		got, ok := sys[k]
		if !ok {
			r.Misses = append(r.Misses, Item{Kind: "miss", Key: k, Note: g.Note})
			continue
		}
		r.Matched++
		if g.Amount != nil {
			r.AmountTotal++
			usd := g.Amount.Currency == "USD"
			if usd {
				r.USDTotal++
			}
			right := false
			var seen []string
			for _, m := range got {
				if sameAmount(g.Amount, m.Amount) {
					right = true
					break
				}
				if m.Amount != nil {
					seen = append(seen, amountString(m.Amount))
				}
			}
			if right {
				r.AmountRight++
				if usd {
					r.USDRight++
				}
			} else {
				found := "none"
				if len(seen) > 0 {
					found = strings.Join(seen, ", ")
				}
				r.AmountMisses = append(r.AmountMisses, Item{Kind: "amount_miss", Key: k,
					Note: "gold " + amountString(g.Amount) + ", found " + found})
			}
		}
	}
	for k, list := range sys {
		if _, ok := goldKeys[k]; !ok {
			r.FalsePositives = append(r.FalsePositives, Item{Kind: "false_positive", Key: k, Quote: list[0].Quote})
		}
	}
	less := func(items []Item) func(i, j int) bool {
		return func(i, j int) bool { return items[i].Key.String() < items[j].Key.String() }
	}
	sort.Slice(r.Misses, less(r.Misses))
	sort.Slice(r.FalsePositives, less(r.FalsePositives))
	sort.Slice(r.AmountMisses, less(r.AmountMisses))
	if r.System > 0 {
		r.Precision = float64(r.Matched) / float64(r.System)
	}
	if r.Gold > 0 {
		r.Recall = float64(r.Matched) / float64(r.Gold)
	}
	if r.Precision+r.Recall > 0 {
		r.F1 = 2 * r.Precision * r.Recall / (r.Precision + r.Recall)
	}
	return r
}

// mentionPairs lists the dyads a mention asserts: actor × recipient, or
// the co-actors among themselves when there is no recipient.
func mentionPairs(m *event.Mention) [][2]string {
	var out [][2]string
	if len(m.Recipient) == 0 {
		for i := range m.Actor {
			for j := i + 1; j < len(m.Actor); j++ {
				out = append(out, [2]string{m.Actor[i], m.Actor[j]})
			}
		}
		return out
	}
	for _, a := range m.Actor {
		for _, b := range m.Recipient {
			out = append(out, [2]string{a, b})
		}
	}
	return out
}

func amountString(a *event.Amount) string {
	s := strconv.FormatFloat(a.Value, 'g', -1, 64) + " " + a.Currency
	if a.Per != "" {
		s += "/" + a.Per
	}
	return s
}

func sameAmount(g, m *event.Amount) bool {
	if m == nil || g.Currency != m.Currency {
		return false
	}
	if g.Per != "" && g.Per != m.Per {
		return false
	}
	return math.Abs(g.Value-m.Value) <= 0.005*math.Abs(g.Value)
}

// cameoToISO maps the CAMEO country codes that differ from ISO 3166
// alpha-3, as gold sets coded in CAMEO use them.
var cameoToISO = map[string]string{"JAP": "JPN", "ITL": "ITA", "ROM": "ROU", "GMY": "DEU", "NGO": "IGO", "IMG": "IGO"}
