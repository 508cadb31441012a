package extract

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
)

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
