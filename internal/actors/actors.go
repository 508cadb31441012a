// Package actors resolves names in text to actor codes: states (ISO 3166-1
// alpha-3, SUN for the Soviet Union), organisations (NATO, SCO, UNO, …),
// non-state groups, state organs and agencies, and people whose affiliation
// holds for dated periods.
//
// The dictionary is a token trie: a phrase is a sequence of normalised word
// keys (see Key), and Longest finds the longest phrase starting at a token.
// It is built once from embedded data (the Phoenix country dictionary, the
// GeoNames country table and the hand lists in orgs.go) and is read-only
// afterwards, so it is safe for concurrent use.
package actors

import (
	_ "embed"
	"strings"
)

// Kind classifies an entry.
type Kind uint8

const (
	State   Kind = iota + 1 // a state's name, short name or capital
	Demonym                 // "Pakistani", "Russian": adjective or people of a state
	Organ                   // a state organ or agency: the Pentagon, ISI, PLA
	Person                  // a person with dated roles
	Org                     // an international organisation: NATO, SCO
	Group                   // a non-state armed or political group: Taliban
	Skip                    // a phrase that blocks shorter matches ("Indo-Pacific")
)

// Role is one dated affiliation: Code holds between From and To (yyyymmdd,
// 0 = open).
type Role struct {
	Code     string
	From, To int
}

// Entry is what a phrase resolves to.
type Entry struct {
	Code  string // the actor code when it does not depend on the date
	Kind  Kind
	Name  string // canonical name, for display and debugging
	Roles []Role // people: dated affiliations (Code is the undated fallback)
	// Acronym entries ("ISI", "PLAN", "UN") match only upper-case text, so
	// that "plan" or a sentence-initial "Plan" is not China's navy.
	Acronym bool
	// Surname marks a leader's surname alone ("Sadat"), which is also an
	// ordinary word often enough that callers check its context.
	Surname bool
	// Ruler marks a one-word name that alone names one ruler in his years
	// ("Hussein" for Jordan's king): in a text about his state a namesake
	// named in full elsewhere does not take it over.
	Ruler bool
	// Capital marks a state's capital city ("Hanoi"), which as a place
	// says where an act happened.
	Capital bool
	// aliases counts a person's names in the dictionary: a rough measure
	// of how often the news names them, used to settle shared surnames.
	aliases int
	// fromTable marks a person of the leaders table, whose several codes
	// are one career (Soviet Politburo, then Azerbaijan), not namesakes
	fromTable bool
	// altNames: the leaders table's other spellings of a person, whose last
	// words are surnames too ("Joseph-Désiré Mobutu" for Mobutu Sese Seko)
	altNames []string
}

// CodeAt returns the entry's actor code at date d (yyyymmdd, or yyyy0000 for a
// year, 0 = unknown). People take the role that covers d, else their undated
// or most recent role. Russian codes before the Soviet dissolution
// (1991-12-26) become SUN, because the dictionaries code Soviet leaders as RUS.
func (e *Entry) CodeAt(d int) string {
	code := e.Code
	if len(e.Roles) > 0 && d != 0 {
		lo, hi := d, d
		if d%10000 == 0 {
			lo, hi = d+101, d+1231
		} else if d%100 == 0 {
			lo, hi = d+1, d+31
		}
		for _, r := range e.Roles {
			if (r.From == 0 || hi >= r.From) && (r.To == 0 || lo <= r.To) {
				code = r.Code
				break
			}
		}
	}
	if code == "RUS" && d != 0 && d < 19911226 {
		return "SUN"
	}
	return code
}

type node struct {
	next  map[string]*node
	entry *Entry
}

// Dict is the actor dictionary.
type Dict struct {
	root   map[string]*node
	states map[string]string // ISO3 → canonical name
	n      int
	people []*Entry // people with dated roles, for surname aliases
}

// Len is the number of phrases in the dictionary.
func (d *Dict) Len() int { return d.n }

// IsState reports whether code is a state code (ISO3 or SUN).
func (d *Dict) IsState(code string) bool { _, ok := d.states[code]; return ok }

// StateName returns a state's canonical name.
func (d *Dict) StateName(code string) string { return d.states[code] }

// StateEntry returns an entry naming state code, or nil for an unknown code.
func (d *Dict) StateEntry(code string) *Entry {
	name, ok := d.states[code]
	if !ok {
		return nil
	}
	return &Entry{Code: code, Kind: State, Name: name}
}

// Add inserts a phrase (words separated by spaces, underscores or hyphens).
// A later Add of the same phrase replaces the earlier one unless keep is set.
func (d *Dict) add(phrase string, e *Entry, replace bool) {
	keys := splitPhrase(phrase)
	if len(keys) == 0 {
		return
	}
	m := d.root
	var n *node
	for i, k := range keys {
		n = m[k]
		if n == nil {
			n = &node{}
			m[k] = n
		}
		if i < len(keys)-1 {
			if n.next == nil {
				n.next = map[string]*node{}
			}
			m = n.next
		}
	}
	if n.entry == nil {
		d.n++
		n.entry = e
	} else if replace {
		n.entry = e
	}
}

// splitPhrase turns "UNITED_STATES_OF_AMERICA_" or "Inter-Services Intelligence"
// into normalised keys.
func splitPhrase(p string) []string {
	f := strings.FieldsFunc(p, func(r rune) bool { return r == '_' || r == ' ' || r == '-' || r == '\t' })
	out := f[:0]
	for _, w := range f {
		k := Key(w)
		if k != "" {
			out = append(out, k)
		}
	}
	return out
}

// Key normalises one word for lookup: upper case, curly apostrophes made
// straight, a trailing possessive ('s, ’s, s') removed. Callers on the hot
// path use AppendKey to avoid the allocation.
func Key(w string) string { return string(AppendKey(nil, w)) }

// AppendKey appends the key of w to dst.
// latinFold maps U+00C0–U+017F to an upper-case ASCII letter; '_' keeps the
// letter as it is (Æ, ß, Œ …).
const latinFold = "AAAAAA_CEEEEIIIIDNOOOOO_OUUUUY__AAAAAA_CEEEEIIIIDNOOOOO_OUUUUY_YAAAAAACCCCCCCCDDDDEEEEEEEEEEGGGGGGGGHH__IIIIIIIIII__JJKK_LLLLLL__LLNNNNNN___OOOOOO__RRRRRRSSSSSSSSTTTT__UUUUUUUUUUUUWWYYYZZZZZZ_"

func AppendKey(dst []byte, w string) []byte {
	start := len(dst)
	for i := 0; i < len(w); i++ {
		c := w[i]
		switch {
		case c >= 'a' && c <= 'z':
			dst = append(dst, c-32)
		case c == 0xE2 && i+2 < len(w) && w[i+1] == 0x80 && (w[i+2] == 0x99 || w[i+2] == 0x98):
			dst = append(dst, '\'')
			i += 2
		case c >= 0xC3 && c <= 0xC5 && i+1 < len(w) && w[i+1] >= 0x80 && w[i+1] <= 0xBF:
			// Latin-1 and Latin Extended-A letters fold to their base letter, so
			// "Brasília", "Bogotá" and "Erdoğan" match the plain spellings
			r := (rune(c&0x1F) << 6) | rune(w[i+1]&0x3F)
			if f := latinFold[r-0xC0]; f != '_' {
				dst = append(dst, f)
			} else {
				dst = append(dst, c, w[i+1])
			}
			i++
		default:
			dst = append(dst, c)
		}
	}
	k := dst[start:]
	// an initial's full stop ("W." in "George W. Bush") is not part of the
	// key: the tokenizer splits it off
	if n := len(k); n == 2 && k[1] == '.' && k[0] >= 'A' && k[0] <= 'Z' {
		dst = dst[:len(dst)-1]
		return dst
	}
	if n := len(k); n > 2 && k[n-2] == '\'' && k[n-1] == 'S' {
		dst = dst[:len(dst)-2]
	} else if n > 1 && k[n-1] == '\'' {
		dst = dst[:len(dst)-1]
	}
	return dst
}

// Cursor walks the trie one key at a time, so callers can match phrases
// without building slices: Start at the first key, then Next for each
// following key until it returns false.
type Cursor struct{ n *node }

// Start begins a match at key k.
func (d *Dict) Start(k []byte) (Cursor, bool) {
	n := d.root[string(k)]
	return Cursor{n}, n != nil
}

// EachRoot calls fn for every first word of a phrase with a cursor at it,
// so that callers can fold the dictionary's first-word lookup into their
// own word table.
func (d *Dict) EachRoot(fn func(key string, c Cursor)) {
	for k, n := range d.root {
		fn(k, Cursor{n})
	}
}

// Next extends the match by key k.
func (c *Cursor) Next(k []byte) bool {
	if c.n == nil || c.n.next == nil {
		return false
	}
	n := c.n.next[string(k)]
	if n == nil {
		return false
	}
	c.n = n
	return true
}

// Entry is the entry of the phrase matched so far, or nil.
func (c Cursor) Entry() *Entry {
	if c.n == nil {
		return nil
	}
	return c.n.entry
}

// Lookup resolves a whole phrase ("the Pentagon" must be given without
// "the"); nil when unknown.
func (d *Dict) Lookup(phrase string) *Entry {
	keys := splitPhrase(phrase)
	if len(keys) == 0 {
		return nil
	}
	c, ok := d.Start([]byte(keys[0]))
	if !ok {
		return nil
	}
	for _, k := range keys[1:] {
		if !c.Next([]byte(k)) {
			return nil
		}
	}
	return c.Entry()
}
