package extract

import (
	"unicode"
	"unicode/utf8"

	"github.com/pivot-geo/pivot/internal/actors"
	"github.com/pivot-geo/pivot/internal/event"
)

// maxSentence caps a sentence's length in bytes: a 10 MB line without a full
// stop is cut into pieces at spaces so that work per sentence stays bounded.
const maxSentence = 2000

type tokKind uint8

const (
	tWord tokKind = iota + 1
	tNum
	tPunct
)

// token is one word, number or punctuation mark of a sentence. Offsets are
// relative to the sentence. key is the normalised form (upper case,
// possessive removed) held in the scratch buffer.
type token struct {
	s, e   int
	kind   tokKind
	ks, ke int  // key bounds in scratch.keys
	cap    bool // first letter upper case
	upper  bool // every letter upper case (acronyms)
	poss   bool // ended in 's / ’s / s'
	glued  bool // no space before (e.g. "bn" in "1.5bn", "s" in "1980s", "$" in "US$")
	hyph   bool // joined to the previous word by a hyphen ("U.S.-Pakistan")
	num    float64
	cls    uint32 // word classes (classes.go)
	ctx    uint8  // context index + 1
	w      *wordEntry
	inDate bool // set by indexDates
	inAct  bool // set by indexActors
}

func isSpaceByte(c byte) bool {
	return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v'
}

// tokenize splits sentence s into tokens, appending keys to sc.keys.
// It never allocates per token beyond the reused slices.
func (sc *scratch) tokenize(s string) {
	sc.toks = sc.toks[:0]
	sc.keys = sc.keys[:0]
	i := 0
	prevEnd := -1
	hyph := false
	for i < len(s) {
		c := s[i]
		// A hyphen inside a compound ("U.S.-Pakistan", "post-2011",
		// "1962-1971") is not a token: the next token is marked hyph.
		if c == '-' && prevEnd == i && i+1 < len(s) && (s[i+1] >= '0' && s[i+1] <= '9' || isLetterAt(s, i+1)) {
			hyph = true
			i++
			prevEnd = i
			continue
		}
		if c < 0x80 {
			if isSpaceByte(c) {
				i++
				continue
			}
		} else {
			r, n := utf8.DecodeRuneInString(s[i:])
			if r == utf8.RuneError || r == 0xA0 || unicode.IsSpace(r) || (!unicode.IsLetter(r) && !isPunctRune(r)) {
				// invalid bytes, spaces and symbols outside our alphabet are separators
				i += n
				continue
			}
		}
		start := i
		var t token
		t.s = start
		t.glued = prevEnd == start && !hyph
		t.hyph = hyph
		hyph = false
		switch {
		case c >= '0' && c <= '9':
			i = scanNumber(s, i, &t)
			t.kind = tNum
		case isLetterAt(s, i):
			i = scanWord(s, i, &t)
			i = currencyCut(s, start, i)
			t.kind = tWord
		default:
			_, n := utf8.DecodeRuneInString(s[i:])
			i += n
			t.kind = tPunct
		}
		t.e = i
		t.ks = len(sc.keys)
		if t.kind == tWord {
			sc.keys = actors.AppendKey(sc.keys, s[t.s:t.e])
			w := s[t.s:t.e]
			stem := len(w) // the word without a possessive 's ("NATO's" is an acronym)
			if n := len(w); n > 2 && (w[n-2] == '\'' && (w[n-1] == 's' || w[n-1] == 'S')) {
				t.poss, stem = true, n-2
			} else if n > 4 && w[n-4] == 0xE2 && w[n-3] == 0x80 && w[n-2] == 0x99 && (w[n-1] == 's' || w[n-1] == 'S') {
				t.poss, stem = true, n-4
			}
			t.cap = w[0] >= 'A' && w[0] <= 'Z' || w[0] >= 0x80
			t.upper = true
			for k := 0; k < stem; k++ {
				if w[k] >= 'a' && w[k] <= 'z' {
					t.upper = false
					break
				}
			}
		} else {
			sc.keys = append(sc.keys, s[t.s:t.e]...)
		}
		t.ke = len(sc.keys)
		// one lookup per word; numbers and most punctuation need none
		if t.kind == tWord || t.kind == tPunct && (s[t.s] == '$' || s[t.s] == '%' || s[t.s] >= 0x80) {
			if w := sc.x.words[unsafeString(sc.keys[t.ks:t.ke])]; w != nil {
				t.w, t.cls, t.ctx = w, w.cls, w.ctx
			}
		}
		sc.toks = append(sc.toks, t)
		prevEnd = i
	}
}

// currencyCut ends a word at the number a currency abbreviation is glued
// to ("RM144", "R300m", "Rs10", "DKK700m"), so the number is read as money.
// The list is chosen, not every code: "COP26" is a conference.
func currencyCut(s string, start, end int) int {
	k := start
	for k < end && k-start < 4 && (s[k] >= 'A' && s[k] <= 'Z' || s[k] >= 'a' && s[k] <= 'z') {
		k++
	}
	if k == start || k == end || s[k] < '0' || s[k] > '9' {
		return end
	}
	switch s[start:k] {
	case "RM", "R", "Rs", "Rp", "Tk", "KSh", "FF", "FFr", "DM", "USD", "EUR", "GBP", "INR", "PKR", "DKK", "NOK", "SEK", "CHF", "AUD", "CAD", "SGD", "NZD", "ZAR":
		return k
	}
	return end
}

func isPunctRune(r rune) bool {
	switch r {
	case '–', '—', '‘', '’', '“', '”', '€', '£', '¥', '₹', '%':
		return true
	}
	return false
}

func isLetterAt(s string, i int) bool {
	c := s[i]
	if c < 0x80 {
		return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z'
	}
	r, _ := utf8.DecodeRuneInString(s[i:])
	return unicode.IsLetter(r)
}

// scanWord reads letters and digits, inner apostrophes ("Pakistan's",
// "Pakistan’s") and abbreviation dots ("U.S.", "U.N.").
func scanWord(s string, i int, t *token) int {
	segLen := 0 // letters since the last dot, for "U.S."
	dots := 0
	for i < len(s) {
		c := s[i]
		switch {
		case c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9':
			i++
			segLen++
		case c == '\'' && i+1 < len(s) && isLetterAt(s, i+1):
			i++
		case c == 0xE2 && i+3 < len(s) && s[i+1] == 0x80 && s[i+2] == 0x99 && isLetterAt(s, i+3):
			i += 3
		case c == '.' && segLen == 1 && i+1 < len(s) && isLetterAt(s, i+1) && i+2 < len(s) && (s[i+2] == '.' || i+2 == len(s)):
			i++
			segLen = 0
			dots++
		case c == '.' && dots > 0 && segLen == 1:
			// closing dot of "U.S."
			return i + 1
		case c >= 0x80:
			r, n := utf8.DecodeRuneInString(s[i:])
			if !unicode.IsLetter(r) {
				return i
			}
			i += n
			segLen++
		default:
			return i
		}
	}
	return i
}

// scanNumber reads 1954, 2,700, 4.2 and 18,000.5; letters after it ("bn",
// "s" of "1980s", "km") become their own glued token.
func scanNumber(s string, i int, t *token) int {
	v, frac, scale := 0.0, false, 0.1
	for i < len(s) {
		c := s[i]
		switch {
		case c >= '0' && c <= '9':
			if frac {
				v += float64(c-'0') * scale
				scale /= 10
			} else {
				v = v*10 + float64(c-'0')
			}
			i++
		case c == ',' && !frac && digits3(s, i+1):
			i++
		case c == '.' && !frac && i+1 < len(s) && s[i+1] >= '0' && s[i+1] <= '9':
			frac = true
			i++
		default:
			t.num = v
			return i
		}
	}
	t.num = v
	return i
}

func digits3(s string, i int) bool {
	if i+3 > len(s) {
		return false
	}
	for k := i; k < i+3; k++ {
		if s[k] < '0' || s[k] > '9' {
			return false
		}
	}
	return i+3 == len(s) || s[i+3] < '0' || s[i+3] > '9'
}

// abbreviations that end with a dot without ending a sentence.
var abbrev = map[string]bool{
	"MR": true, "MRS": true, "MS": true, "DR": true, "GEN": true, "LT": true, "COL": true, "MAJ": true,
	"CAPT": true, "ADM": true, "SGT": true, "ST": true, "NO": true, "VS": true, "ETC": true, "INC": true,
	"CORP": true, "CO": true, "LTD": true, "JR": true, "SR": true, "PROF": true, "GOV": true, "SEN": true,
	"REP": true, "AMB": true, "JAN": true, "FEB": true, "MAR": true, "APR": true, "JUN": true, "JUL": true,
	"AUG": true, "SEP": true, "SEPT": true, "OCT": true, "NOV": true, "DEC": true, "FIG": true, "APPROX": true,
	"EST": true, "RS": true, "E.G": true, "I.E": true, "U.S": true, "U.N": true, "U.K": true, "MT": true,
	"BRIG": true, "CMDR": true, "PRES": true, "VOL": true, "PP": true, "ART": true, "SEC": true,
}

// Sentences segments text into sentences: a line break always ends one; a
// '.', '!' or '?' ends one when followed by space and an upper-case letter,
// a digit, a quote or a bracket, unless the word before is an abbreviation
// or a single initial. Sentences longer than maxSentence are cut at a space.
func Sentences(text string) []event.Span {
	var out []event.Span
	return appendSentences(out, text, 0)
}

func appendSentences(out []event.Span, text string, base int) []event.Span {
	start := 0
	emit := func(a, b int) {
		for a < b && isSpaceByte(text[a]) {
			a++
		}
		for b > a && isSpaceByte(text[b-1]) {
			b--
		}
		for b-a > maxSentence {
			cut := a + maxSentence
			for k := cut; k > a+maxSentence/2; k-- {
				if text[k] == ' ' {
					cut = k
					break
				}
			}
			// never cut inside a UTF-8 sequence
			for cut > a && cut < b && !utf8.RuneStart(text[cut]) {
				cut--
			}
			if cut <= a {
				cut = a + maxSentence
			}
			out = append(out, event.Span{Start: base + a, End: base + cut})
			a = cut
			for a < b && isSpaceByte(text[a]) {
				a++
			}
		}
		if b > a {
			out = append(out, event.Span{Start: base + a, End: base + b})
		}
	}
	for i := 0; i < len(text); i++ {
		c := text[i]
		if c == '\n' {
			emit(start, i)
			start = i + 1
			continue
		}
		if c != '.' && c != '!' && c != '?' {
			continue
		}
		j := i + 1
		// closing quotes and brackets belong to the sentence
		for j < len(text) {
			if text[j] == '"' || text[j] == '\'' || text[j] == ')' {
				j++
			} else if j+2 < len(text) && text[j] == 0xE2 && text[j+1] == 0x80 && (text[j+2] == 0x9D || text[j+2] == 0x99) {
				j += 3
			} else {
				break
			}
		}
		if j < len(text) && !isSpaceByte(text[j]) {
			continue
		}
		k := j
		for k < len(text) && (text[k] == ' ' || text[k] == '\t') {
			k++
		}
		if k < len(text) && text[k] != '\n' {
			n := text[k]
			if !(n >= 'A' && n <= 'Z' || n >= '0' && n <= '9' || n == '"' || n == '(' || n == '[' || n == 0xE2 || n == '-') {
				continue
			}
		}
		if c == '.' && isAbbrevBefore(text, start, i) {
			continue
		}
		emit(start, j)
		start = j
	}
	emit(start, len(text))
	return out
}

// dottedInitials: "H.D", "A.Q" (the final dot excluded): capitals joined
// by dots.
func dottedInitials(w string) bool {
	if len(w) < 3 || len(w)%2 == 0 {
		return false
	}
	for k := 0; k < len(w); k++ {
		c := w[k]
		if k%2 == 0 && (c < 'A' || c > 'Z') || k%2 == 1 && c != '.' {
			return false
		}
	}
	return true
}

// isAbbrevBefore reports whether the word ending at the dot at i is an
// abbreviation or a single initial ("V. Putin").
func isAbbrevBefore(text string, lo, i int) bool {
	a := i
	for a > lo && text[a-1] != ' ' && text[a-1] != '\t' && text[a-1] != '(' && text[a-1] != '\n' {
		a--
	}
	w := text[a:i]
	if len(w) == 1 && w[0] >= 'A' && w[0] <= 'Z' || dottedInitials(w) {
		return true // "V. Putin", "H.D. Deve Gowda"
	}
	if len(w) > 6 || len(w) == 0 {
		return false
	}
	var buf [8]byte
	k := 0
	for j := 0; j < len(w); j++ {
		c := w[j]
		if c >= 'a' && c <= 'z' {
			c -= 32
		}
		buf[k] = c
		k++
	}
	return abbrev[string(buf[:k])]
}
