package store

import (
	"fmt"
	"strings"

	"github.com/pivot-geo/pivot/internal/event"
)

// Pair is the canonical unordered dyad key of two actor codes: "PAK-USA".
func Pair(a, b string) string {
	if b < a {
		a, b = b, a
	}
	return a + "-" + b
}

// Pairs lists every unordered dyad an event links: each actor with each
// recipient, and co-actors with each other, as "|A-B|C-D|" so a substring
// test finds a dyad in both backends.
func Pairs(actor, recipient []string) string {
	seen := map[string]bool{}
	var out []string
	add := func(a, b string) {
		if a == "" || b == "" || a == b {
			return
		}
		p := Pair(a, b)
		if !seen[p] {
			seen[p] = true
			out = append(out, p)
		}
	}
	for _, a := range actor {
		for _, r := range recipient {
			add(a, r)
		}
	}
	for i, a := range actor {
		for _, b := range actor[i+1:] {
			add(a, b)
		}
	}
	if len(out) == 0 {
		return ""
	}
	return "|" + strings.Join(out, "|") + "|"
}

// Direction returns the first actor and the counterpart that defines the
// event's direction: the first recipient, or the second co-actor.
func Direction(actor, recipient []string) (string, string) {
	var a, r string
	if len(actor) > 0 {
		a = actor[0]
	}
	if len(recipient) > 0 {
		r = recipient[0]
	} else if len(actor) > 1 {
		r = actor[1]
	}
	return a, r
}

// JoinCodes stores a code list as "A,B"; SplitCodes reads it back.
func JoinCodes(l []string) string { return strings.Join(l, ",") }

func SplitCodes(s string) []string {
	if s == "" {
		return []string{}
	}
	return strings.Split(s, ",")
}

// DyadCond renders the condition "the event links this pair": arg adds a
// parameter and returns its placeholder. Backends choose the form their
// engine runs fastest.
type DyadCond func(arg func(any) string, pair string) string

// DyadByPairs matches the pair among all the event's pairs: one columnar
// substring scan, fastest in DuckDB.
func DyadByPairs(arg func(any) string, pair string) string {
	return "pairs LIKE " + arg("%|"+likeEscape(pair)+"|%") + likeEsc
}

// Where renders f as a SQL condition on the events table with positional
// placeholders produced by ph(n) (n counts from 1), and its arguments.
// Both backends share it; nothing from f reaches SQL as text.
func Where(f Filter, ph func(int) string, dyad DyadCond) (string, []any) {
	var conds []string
	var args []any
	arg := func(v any) string {
		args = append(args, v)
		return ph(len(args))
	}
	if f.Dyad[0] != "" {
		if dyad == nil {
			dyad = DyadByPairs
		}
		conds = append(conds, dyad(arg, Pair(f.Dyad[0], f.Dyad[1])))
	}
	if f.Actor != "" {
		pat := "%," + likeEscape(f.Actor) + ",%"
		conds = append(conds, fmt.Sprintf("(','||actors||',' LIKE %s%s OR ','||recipients||',' LIKE %s%s)", arg(pat), likeEsc, arg(pat), likeEsc))
	}
	if f.Type != "" {
		conds = append(conds, "type = "+arg(string(f.Type)))
	}
	if f.From != 0 {
		conds = append(conds, "year >= "+arg(f.From))
	}
	if f.To != 0 {
		conds = append(conds, "year <= "+arg(f.To))
	}
	if f.Source != "" {
		conds = append(conds, "','||sources||',' LIKE "+arg("%,"+likeEscape(f.Source)+",%")+likeEsc)
	}
	if f.AsOf != 0 {
		conds = append(conds, "batch <= "+arg(f.AsOf))
	}
	if len(f.Reviews) > 0 {
		var ps []string
		for _, r := range f.Reviews {
			ps = append(ps, arg(string(r)))
		}
		conds = append(conds, "review IN ("+strings.Join(ps, ",")+")")
	}
	if f.Query != "" {
		conds = append(conds, "lower(quote) LIKE "+arg("%"+likeEscape(strings.ToLower(f.Query))+"%")+likeEsc)
	}
	if len(conds) == 0 {
		return "TRUE", nil
	}
	return strings.Join(conds, " AND "), args
}

// Analysed is the review filter analysis uses: rejected events leave it.
var Analysed = []event.Review{event.Proposed, event.Accepted}

// PrimaryPair is the unordered dyad of an event's direction, "" when it has
// only one side. It is the distribution key of events and mentions.
func PrimaryPair(actor, recipient []string) string {
	a, r := Direction(actor, recipient)
	if a == "" || r == "" || a == r {
		return ""
	}
	return Pair(a, r)
}

// likeEscape makes user text match literally inside a LIKE pattern: % and _
// (and the escape character itself) lose their wildcard meaning.
func likeEscape(s string) string {
	return strings.NewReplacer(`\`, `\\`, "%", `\%`, "_", `\_`).Replace(s)
}

const likeEsc = ` ESCAPE '\'`
