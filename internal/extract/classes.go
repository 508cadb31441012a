package extract

import "github.com/pivot-geo/pivot/internal/actors"

// Word classes let each stage test a token with one bit operation instead
// of a map lookup: tokenize looks every word up once in wordClass.
const (
	cNeg uint32 = 1 << iota
	cHedge
	cIntent
	cBe
	cClause
	cTime
	cNounPrep
	cBlock
	cTitle
	cFunc
	cMonth
	cPairNoun
	cQty // a word findQuantities looks at: currency, scale, unit, number word, roman numeral, approximation
)

// wordEntry is everything the coder knows about one word key, found with
// a single map lookup per token: its classes, context, the actor trie
// cursor for phrases starting with it and the predicate trie node.
type wordEntry struct {
	cls    uint32
	ctx    uint8
	hasAct bool
	act    actors.Cursor
	lex    *pnode
}

// buildWords merges the class table, the actor dictionary's first words and
// the predicate lexicon's first words.
func buildWords(d *actors.Dict, lex *lexicon) map[string]*wordEntry {
	m := make(map[string]*wordEntry, 1<<15)
	get := func(k string) *wordEntry {
		w := m[k]
		if w == nil {
			w = &wordEntry{}
			m[k] = w
		}
		return w
	}
	for k, wi := range wordClass {
		w := get(k)
		w.cls, w.ctx = wi.cls, wi.ctx
	}
	for _, tab := range []map[string]float64{scales, gluedScales, numberWords, romans} {
		for k := range tab {
			get(k).cls |= cQty
		}
	}
	for _, tab := range []map[string]string{currencyWords, currencyPrefix, approxWords, distanceUnits, powerUnits} {
		for k := range tab {
			get(k).cls |= cQty
		}
	}
	for _, k := range []string{"US", "PER", "PERCENT", "%", "MORE", "THAN", "UP", "TO"} {
		get(k).cls |= cQty
	}
	d.EachRoot(func(k string, c actors.Cursor) {
		w := get(k)
		w.hasAct, w.act = true, c
	})
	for k, n := range lex.root {
		get(k).lex = n
	}
	return m
}

type wordInfo struct {
	cls uint32
	ctx uint8 // 1 + index into ctxNames, 0 = none
}

var (
	wordClass = map[string]wordInfo{}
	ctxNames  []string
)

func init() {
	set := func(m map[string]bool, c uint32) {
		for k, v := range m {
			if v {
				w := wordClass[k]
				w.cls |= c
				wordClass[k] = w
			}
		}
	}
	set(negWords, cNeg)
	set(hedgeWords, cHedge)
	set(intentWords, cIntent)
	set(beForms, cBe)
	set(clauseWords, cClause)
	set(timePreps, cTime)
	set(nounPreps, cNounPrep)
	set(blockBefore, cBlock)
	set(titleWords, cTitle)
	set(functionWords, cFunc)
	set(pairNouns, cPairNoun)
	for k := range months {
		w := wordClass[k]
		w.cls |= cMonth
		wordClass[k] = w
	}
	idx := map[string]uint8{}
	for k, c := range contextWords {
		if _, ok := idx[c]; !ok {
			ctxNames = append(ctxNames, c)
			idx[c] = uint8(len(ctxNames))
		}
		w := wordClass[k]
		w.ctx = idx[c]
		wordClass[k] = w
	}
}

// has reports whether token i (in range) has class c.
func (sc *scratch) cl(i int, c uint32) bool {
	return i >= 0 && i < len(sc.toks) && sc.toks[i].cls&c != 0
}
