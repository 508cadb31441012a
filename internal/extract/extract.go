// Package extract turns English prose into PLOVER mentions and quantitative
// claims. It is a shallow, dictionary-driven coder: a hand-written tokenizer,
// trie lookups for actors and predicates, and positional rules for clauses,
// subjects, objects, dates and status. There is no regular expression and no
// parser on the hot path, which is what makes it fast (see docs/coder.md).
//
// A mention is emitted only when a clause has a predicate, a date (or
// period) and two distinct actors; everything else is left out, because
// precision matters as much as recall to analysts.
package extract

import (
	"sort"
	"strconv"
	"strings"
	"sync"
	"unsafe"

	"github.com/pivot-geo/pivot/internal/actors"
	"github.com/pivot-geo/pivot/internal/event"
)

// Options tune one extraction.
type Options struct {
	// Ref is the reference date for relative forms ("last year",
	// "on Wednesday"); zero means none, and relative forms are ignored.
	Ref event.Date
	// Undated also emits mentions without a date. Pivot's knowledge base
	// wants dated events only; evaluation on undated news sentences (the
	// PLOVER gold set) sets it.
	Undated bool
}

// Result is what Document returns.
type Result struct {
	Sentences []event.Span
	Mentions  []event.Mention
	Claims    []event.Claim
}

// Extractor holds the dictionaries. It is safe for concurrent use.
type Extractor struct {
	dict  *actors.Dict
	lex   *lexicon
	words map[string]*wordEntry
	pool  sync.Pool
}

// New loads the embedded dictionaries.
func New() (*Extractor, error) {
	d, err := actors.Default()
	if err != nil {
		return nil, err
	}
	x := &Extractor{dict: d, lex: buildLexicon()}
	x.words = buildWords(d, x.lex)
	x.pool.New = func() any { return &scratch{x: x} }
	return x, nil
}

// Dict exposes the actor dictionary (for tests and tools).
func (x *Extractor) Dict() *actors.Dict { return x.dict }

type actorSpan struct {
	i, j  int
	e     *actors.Entry
	pair  bool // "both nations": stands for the paragraph's dyad
	inPP  bool // inside a prepositional phrase (of/in/from/at … X)
	state bool // the entry's code is a state
	ofPP  bool // the phrase is "of X" ("a consortium of Indian companies")
	group int
}

type trig struct {
	i, j   int
	p      *pred
	clause int
}

// scratch is per-goroutine working memory, reused across sentences.
type scratch struct {
	x      *Extractor
	sent   string
	toks   []token
	keys   []byte
	dates  []dateSpan
	qty    []quantity
	acts   []actorSpan
	trigs  []trig
	clause []int // clause index per token
	bounds []int
	st     event.Status
	stOK   bool
	spans  []event.Span
	// lastDate is the latest date read in the document, for "the
	// following year"
	lastDate event.Date
	prevDate event.Date // lastDate before the current sentence
	ctx      [8]string
	nctx     int
	pair     [2]string // the latest dyad named together, for "both nations"
	// pairPara is set while pair was named in the current paragraph (or
	// in a heading just before it): only then may a sentence without any
	// actor borrow it.
	pairPara bool
	pairHere bool // the pair was set by the current sentence
	prevSubj *actors.Entry
	pairDoc  map[[2]string]int
	pairPar  map[[2]string]int
	// focus is the state named most often so far in the document: the
	// implicit recipient of "U.S. aid fell to US$ 5 million by 1993" in an
	// article about Pakistan.
	focus  string
	counts map[string]int
	out    []frame
}

// frame is one candidate mention inside a sentence.
type frame struct {
	actor, recip []string
	t            *pred
	trig         trig
	date         dateSpan
	hasDate      bool
	amount       *event.Amount
	status       event.Status
	conf         float64
}

func unsafeString(b []byte) string {
	if len(b) == 0 {
		return ""
	}
	return unsafe.String(unsafe.SliceData(b), len(b))
}

// Document segments doc.Text into sentences and extracts mentions and
// claims from each.
func (x *Extractor) Document(doc *event.Document, opt Options) Result {
	var res Result
	if doc == nil {
		return res
	}
	res.Sentences = Sentences(doc.Text)
	sc := x.pool.Get().(*scratch)
	defer x.pool.Put(sc)
	sc.reset()
	prevEnd := 0
	heading := false
	for si, sp := range res.Sentences {
		if strings.IndexByte(doc.Text[prevEnd:sp.Start], '\n') >= 0 {
			// a new paragraph keeps the dyad only after a heading
			// ("Russia and Pakistan")
			sc.pairPara = sc.pairPara && heading
			if !heading {
				clear(sc.pairPar)
			}
		}
		if prevEnd < sp.Start || si == 0 {
			// a paragraph whose text does not end a sentence is a heading
			last := doc.Text[sp.End-1]
			heading = last != '.' && last != '!' && last != '?' && last != '"' && last != ')'
		}
		prevEnd = sp.End
		x.sentence(sc, doc, si, sp, opt, &res)
	}
	return res
}

func (sc *scratch) reset() {
	sc.pair, sc.pairPara, sc.focus = [2]string{}, false, ""
	sc.lastDate, sc.prevDate = event.Date{}, event.Date{}
	sc.prevSubj = nil
	clear(sc.pairDoc)
	clear(sc.pairPar)
	if sc.counts == nil {
		sc.counts = map[string]int{}
	}
	clear(sc.counts)
}

// sentence extracts from one sentence, appending to res.
func (x *Extractor) sentence(sc *scratch, doc *event.Document, si int, sp event.Span, opt Options, res *Result) {
	text := doc.Text[sp.Start:sp.End]
	frames := sc.analyse(text, opt)
	quote := ""
	if len(frames) > 0 || len(sc.qty) > 0 {
		quote = strings.ToValidUTF8(text, "\uFFFD")
	}
	base := doc.ID + "-s" + strconv.Itoa(si)
	for mi, f := range frames {
		m := event.Mention{
			ID:         base + "-m" + strconv.Itoa(mi),
			Actor:      f.actor,
			Recipient:  f.recip,
			Type:       f.t.typ,
			Mode:       f.t.mode,
			Context:    sc.contexts(f.t),
			Amount:     f.amount,
			Status:     f.status,
			Quote:      quote,
			Doc:        doc.ID,
			Span:       sp,
			Confidence: f.conf,
			Source:     "text",
			Sentence:   si,
			Trigger:    strings.Clone(text[sc.toks[f.trig.i].s:sc.toks[f.trig.j-1].e]),
		}
		if f.t.intent && f.t.typ == event.Agree {
			m.Mode = ""
		}
		if f.hasDate {
			m.Date, m.End = f.date.d, f.date.end
		}
		res.Mentions = append(res.Mentions, m)
	}
	for ci, q := range sc.qty {
		c := event.Claim{
			ID:      base + "-c" + strconv.Itoa(ci),
			Doc:     doc.ID,
			Span:    sp,
			Quote:   quote,
			Text:    strings.ToValidUTF8(strings.Clone(text[sc.toks[q.i].s:sc.toks[q.j-1].e]), "\uFFFD"),
			Kind:    q.kind,
			Value:   q.value,
			Unit:    q.unit,
			Per:     q.per,
			Approx:  q.approx,
			Subject: strings.ToValidUTF8(strings.Clone(q.subject), "\uFFFD"),
			Status:  sc.sentenceStatus(),
			Actors:  sc.allCodes(),
		}
		if d, ok := sc.nearestDate(q.i, 0, len(sc.toks)); ok {
			c.Date, c.End = d.d, d.end
		}
		res.Claims = append(res.Claims, c)
	}
}

// analyse runs every stage on one sentence and returns its frames.
func (sc *scratch) analyse(text string, opt Options) []frame {
	sc.sent = text
	sc.stOK = false
	sc.prevDate = sc.lastDate
	sc.tokenize(text)
	sc.out = sc.out[:0]
	if len(sc.toks) < 3 {
		sc.qty = sc.qty[:0]
		return nil
	}
	sc.findDates(opt.Ref)
	sc.findActors()
	defer sc.rememberSubject()
	sc.updatePair()
	if sc.counts != nil {
		sc.countStates()
	}
	sc.findQuantities(text)
	if len(sc.acts) == 0 && !sc.pairPara {
		return nil
	}
	if len(sc.dates) == 0 && !opt.Undated {
		return nil
	}
	sc.findTriggers()
	if len(sc.trigs) == 0 {
		return nil
	}
	sc.findContexts()
	sc.clauses()
	sc.frames(opt)
	return sc.out
}

// findActors matches dictionary phrases (longest first) and "both
// nations"-style references.
func (sc *scratch) findActors() {
	sc.acts = sc.acts[:0]
	n := len(sc.toks)
	for i := 0; i < n; i++ {
		t := &sc.toks[i]
		if t.kind != tWord {
			continue
		}
		// "both nations", "the two countries"
		if (sc.is(i, "BOTH") || (sc.is(i, "TWO") && sc.is(i-1, "THE"))) && sc.cl(i+1, cPairNoun) {
			sc.acts = append(sc.acts, actorSpan{i: i, j: i + 2, pair: true})
			i++
			continue
		}
		// a sentence-initial pronoun ("It also joined CENTO in 1959.",
		// "In 1959, it joined …") stands for the previous sentence's subject
		if sc.prevSubj != nil && (sc.is(i, "IT") || sc.is(i, "THEY")) && sc.sentenceStart(i) {
			sc.acts = append(sc.acts, actorSpan{i: i, j: i + 1, e: sc.prevSubj, state: sc.x.dict.IsState(sc.prevSubj.Code)})
			continue
		}
		if t.w == nil || !t.w.hasAct {
			continue
		}
		if i+1 < n && sc.toks[i+1].glued && sc.is(i+1, "$") {
			continue // "US$ 5 million" is money, not the United States
		}
		c := t.w.act
		var best *actors.Entry
		bestJ := i
		if e := c.Entry(); e != nil {
			best, bestJ = e, i+1
		}
		for j := i + 1; j < n && j < i+10; j++ {
			tj := &sc.toks[j]
			if tj.kind == tPunct && !(sc.is(j, ".") || sc.is(j, "&") || sc.is(j, "'")) {
				break
			}
			if !c.Next(sc.keys[tj.ks:tj.ke]) {
				break
			}
			if e := c.Entry(); e != nil {
				best, bestJ = e, j+1
			}
			if sc.toks[j].poss {
				break
			}
		}
		if best == nil {
			continue
		}
		if best.Acronym {
			if !t.upper {
				continue
			}
		} else if !t.cap && !t.upper && !(best.Name != "" && best.Name[0] >= 'a' && best.Name[0] <= 'z') {
			continue
		}
		if best.Kind == actors.Skip {
			i = bestJ - 1
			continue
		}
		// "the Sea of Japan", "the Gulf of Oman": a place, not the state
		if sc.is(i-1, "OF") && (sc.is(i-2, "SEA") || sc.is(i-2, "GULF") || sc.is(i-2, "BAY") || sc.is(i-2, "STRAIT") ||
			sc.is(i-2, "STRAITS") || sc.is(i-2, "ISLE") || sc.is(i-2, "OCEAN") || sc.is(i-2, "CITY") || sc.is(i-2, "PROVINCE")) {
			i = bestJ - 1
			continue
		}
		// "the Russia-led CSTO", "Beijing-brokered talks": the actor only
		// describes something else
		if bestJ < n && sc.toks[bestJ].hyph && ledWords[sc.key(bestJ)] {
			i = bestJ
			continue
		}
		a := actorSpan{i: i, j: bestJ, e: best, state: sc.x.dict.IsState(best.Code)}
		if p := i - 1; p >= 0 {
			for p >= 0 && (sc.is(p, "THE") || sc.is(p, "A")) {
				p--
			}
			switch sc.key(maxInt(p, 0)) {
			case "OF":
				// "the Representative of Pakistan", "Sidhu of the Pakistan Air Force"
				a.inPP = p >= 1 && !sc.cl(p-1, cTitle) && !(sc.toks[p-1].cap && p-1 > 0)
				a.ofPP = a.inPP
			case "IN", "FROM", "AT", "NEAR", "ACROSS", "INSIDE", "OUTSIDE", "AROUND", "THROUGHOUT", "WITHIN", "VIA", "INTO", "TOWARD", "TOWARDS", "OVER", "FOR", "TO", "WITH", "AGAINST", "ON", "BY", "BETWEEN", "AMONG", "FOLLOWING", "AFTER", "DURING":
				a.inPP = p >= 0
			}
		}
		sc.acts = append(sc.acts, a)
		i = bestJ - 1
	}
	// groups: actors joined by and/or/commas/hyphens/brackets
	g := 0
	for k := range sc.acts {
		if k > 0 && sc.joined(sc.acts[k-1].j, sc.acts[k].i) {
			sc.acts[k].group = sc.acts[k-1].group
			// a group is inside a prepositional phrase when its head is
			sc.acts[k].inPP = sc.acts[k-1].inPP
			sc.acts[k].ofPP = sc.acts[k-1].ofPP
		} else {
			g++
			sc.acts[k].group = g
		}
	}
}

func maxInt(a, b int) int {
	if a > b {
		return a
	}
	return b
}

// sentenceStart: token i begins the sentence, possibly after a fronted
// date or adverbial ("In 1959, it …", "However, it …").
func (sc *scratch) sentenceStart(i int) bool {
	if i == 0 {
		return true
	}
	if !sc.is(i-1, ",") {
		return false
	}
	for k := 0; k < i-1; k++ {
		if sc.inDate(k) || sc.is(k, "IN") || sc.is(k, "ON") || sc.is(k, "BY") || sc.toks[k].kind == tWord && strings.HasSuffix(sc.key(k), "LY") ||
			sc.is(k, "HOWEVER") || sc.is(k, "THEN") || sc.is(k, "LATER") || sc.is(k, "MEANWHILE") || sc.is(k, ",") {
			continue
		}
		return false
	}
	return true
}

// joined reports whether tokens [a, b) only connect two actors
// ("and", ",", "(", "the", "-"); a dated list ("SEATO in 1955 and CENTO in
// 1959") must contain "and"; a possessive's head may sit between
// ("India's DRDO and Russia's NPO").
func (sc *scratch) joined(a, b int) bool {
	if a == b {
		return true
	}
	and, dated := false, false
	if b-a > 8 {
		return false
	}
	// "Russia, Armenia's treaty ally, …": an appositive, not a list
	if b < len(sc.toks) && sc.is(b-1, ",") && b-a == 1 && sc.possAt(b) {
		return false
	}
	for i := a; i < b; i++ {
		switch sc.key(i) {
		case "AND", "OR", "&":
			and = true
		case ",", "(", ")", "THE", "/", "–", "—", "BOTH", "AS", "WELL":
		case "IN", "ON":
			if !sc.inDate(i + 1) {
				return false
			}
		default:
			if sc.inDate(i) {
				dated = true
				continue
			}
			// the head noun of a possessive actor: "India's DRDO"
			if i < a+2 && a > 0 && sc.toks[a-1].poss && sc.toks[i].kind == tWord && sc.toks[i].cap {
				continue
			}
			return false
		}
	}
	if dated && !and {
		return false
	}
	if dated {
		// a dated list is parallel: the next member has its own date
		// ("SEATO in 1955 and CENTO in 1959"), unlike "attacked Israel on
		// October 7, 2023, and Riyadh has since …"
		ok := false
		for k := b; k < len(sc.toks) && k < b+8; k++ {
			if sc.inDate(k) {
				ok = true
				break
			}
			if sc.is(k, ",") || sc.is(k, ";") || sc.is(k, "AND") {
				break
			}
		}
		if !ok {
			return false
		}
	}
	return b-a <= 4 || dated || and && b-a <= 5
}

// possAt: the actor starting at token i ends in a possessive.
func (sc *scratch) possAt(i int) bool {
	for _, a := range sc.acts {
		if a.i == i {
			return sc.toks[a.j-1].poss
		}
	}
	// acts of the current group are still being built: look ahead
	for j := i; j < len(sc.toks) && j < i+4; j++ {
		if sc.toks[j].poss {
			return true
		}
		if sc.toks[j].kind != tWord || !sc.toks[j].cap {
			return false
		}
	}
	return false
}

// updatePair remembers the latest pair of distinct states named together
// in a sentence, so that "both nations" in a later sentence resolves.
func (sc *scratch) updatePair() {
	sc.pairHere = false
	defer func() {
		if sc.pairHere {
			sc.pairPara = true
		}
	}()
	// an explicitly coordinated pair ("China and Pakistan",
	// "U.S.-Pakistan") wins; else the only two states of the sentence
	var last [2]string
	for k := 0; k < len(sc.acts); k++ {
		g := sc.acts[k].group
		var codes [3]string
		n := 0
		for ; k < len(sc.acts) && sc.acts[k].group == g; k++ {
			a := sc.acts[k]
			if a.e == nil || !a.state {
				continue
			}
			c := a.e.Code
			if n < 3 && c != codes[0] && c != codes[1] {
				codes[n] = c
				n++
			}
		}
		k--
		if n == 2 {
			last = [2]string{codes[0], codes[1]}
		}
	}
	if last[0] != "" {
		sc.seePair(last)
		return
	}
	var a, b string
	for _, x := range sc.acts {
		if x.e == nil || !x.state {
			continue
		}
		c := x.e.Code
		if a == "" {
			a = c
		} else if c != a && b == "" {
			b = c
		} else if c != a && c != b {
			return // three states: ambiguous, keep the old pair
		}
	}
	if a != "" && b != "" {
		sc.seePair([2]string{a, b})
	}
}

// seePair counts a dyad named in the sentence and makes the dyad named
// most often (in the document, with the paragraph counting double) the
// current one: in a paragraph about Saudi Arabia and China that mentions a
// Saudi–Iran deal, "the two countries" are still Saudi Arabia and China.
func (sc *scratch) seePair(p [2]string) {
	if p[0] > p[1] {
		p[0], p[1] = p[1], p[0]
	}
	sc.pairHere = true
	if sc.pairDoc == nil {
		sc.pairDoc, sc.pairPar = map[[2]string]int{}, map[[2]string]int{}
	}
	sc.pairDoc[p]++
	sc.pairPar[p]++
	// ties go to the pair just seen, then to the lexically smaller one, so
	// that the result never depends on map iteration order
	best, bs := p, sc.pairDoc[p]+2*sc.pairPar[p]
	for q, n := range sc.pairPar {
		s := sc.pairDoc[q] + 2*n
		if s > bs || s == bs && best != p && (q[0] < best[0] || q[0] == best[0] && q[1] < best[1]) {
			best, bs = q, s
		}
	}
	sc.pair = best
}

// rememberSubject keeps the sentence's first subject actor (not inside a
// prepositional phrase) for a pronoun in the next sentence.
func (sc *scratch) rememberSubject() {
	sc.prevSubj = nil
	for _, a := range sc.acts {
		if a.e != nil && !a.inPP && !sc.toks[a.j-1].poss {
			sc.prevSubj = a.e
			return
		}
	}
}

// countStates updates the document's focus state.
func (sc *scratch) countStates() {
	for _, x := range sc.acts {
		if x.e == nil || !x.state {
			continue
		}
		sc.counts[x.e.Code]++
		if sc.focus == "" || sc.counts[x.e.Code] > sc.counts[sc.focus] {
			sc.focus = x.e.Code
		}
	}
}

// findTriggers matches predicate phrases outside actor names.
func (sc *scratch) findTriggers() {
	sc.trigs = sc.trigs[:0]
	n := len(sc.toks)
	ai := 0
	mil := false
	for i := 0; i < n; i++ {
		if sc.toks[i].ctx != 0 && ctxNames[sc.toks[i].ctx-1] == "military" {
			mil = true
			break
		}
	}
	for i := 0; i < n; i++ {
		for ai < len(sc.acts) && sc.acts[ai].j <= i {
			ai++
		}
		if ai < len(sc.acts) && sc.acts[ai].i <= i {
			i = sc.acts[ai].j - 1
			continue
		}
		t := &sc.toks[i]
		if t.kind != tWord {
			continue
		}
		// "Russia said that Sudan must return …": a demand by the speaker
		if (sc.is(i, "MUST") || sc.is(i, "SHOULD")) && sc.speakerBefore(i) >= 0 {
			sc.trigs = append(sc.trigs, trig{i: i, j: i + 1, p: mustRequest})
			continue
		}
		if t.w == nil || t.w.lex == nil {
			continue
		}
		nd := t.w.lex
		root := nd
		var best *pred
		bestJ := i
		if nd.p != nil {
			best, bestJ = nd.p, i+1
			if nd.pn != nil && sc.nounContext(i) {
				best = nd.pn
			}
		}
		for j := i + 1; j < n && j < i+7 && nd.next != nil; j++ {
			nd = nd.next[sc.key(j)]
			if nd == nil {
				break
			}
			if nd.p != nil {
				best, bestJ = nd.p, j+1
			}
		}
		if best == nil {
			continue
		}
		if best.key == "-" || (best.needMil && !mil) {
			i = bestJ - 1
			continue
		}
		// a verb-only trigger after a determiner or possessive is a noun
		// ("Armenia's treaty ally"); a noun trigger before a head noun is a
		// modifier ("treaty ally", "aid workers")
		if !best.noun && root.pn == nil && bestJ == i+1 && (sc.is(i-1, "THE") || sc.is(i-1, "A") || sc.is(i-1, "AN") || i > 0 && sc.toks[i-1].poss ||
			sc.is(i-1, "TREATY") || sc.is(i-1, "ITS") || sc.is(i-1, "THEIR") || sc.is(i-1, "HIS") || sc.is(i-1, "HER")) {
			continue
		}
		// "artillery shells", "gas supplies": a plural after a modifier is a noun
		if !best.noun && root.pn == nil && bestJ == i+1 && strings.HasSuffix(sc.key(i), "S") && i > 0 &&
			sc.toks[i-1].kind == tWord && !sc.toks[i-1].cap && sc.toks[i-1].cls&(cFunc|cNounPrep|cBe|cIntent|cNeg) == 0 && !strings.HasSuffix(sc.key(i-1), "LY") {
			continue
		}
		if best.noun && (sc.toks[bestJ-1].poss || bestJ < n && (modifiedHeads[sc.key(bestJ)] || sc.nounTriggerWord(bestJ))) {
			i = bestJ - 1
			continue
		}
		// inside a capitalised name only the head may trigger: "Mutual
		// Defence Assistance Agreement" is an agreement, not aid
		if t.cap && bestJ < n && sc.toks[bestJ].kind == tWord && sc.toks[bestJ].cap && i > 0 {
			continue
		}
		// a participle used as an adjective: "coordinated efforts"
		if !best.noun && strings.HasSuffix(sc.key(i), "ED") && bestJ < n && adjHeads[sc.key(bestJ)] {
			continue
		}
		// a hyphenated modifier ("long-threatened invasion", "US-backed")
		if t.hyph && i > 0 && sc.toks[i-1].kind == tWord && !best.noun {
			continue
		}
		// a bare participle needs its agent right before it ("Moscow
		// supplying Pakistan"), else it modifies a noun ("a satellite
		// providing coverage")
		if !best.noun && strings.HasSuffix(sc.key(i), "ING") && !sc.agentBefore(i) {
			continue
		}
		// an infinitive is an event only under an intent or act verb or
		// another trigger ("plans to sign", "voted to reject", "veto to
		// block"); "allows forces to train", "forcing India to divert" are not
		if !best.noun && sc.is(i-1, "TO") && !sc.infinitiveOK(i-1) {
			continue
		}
		sc.trigs = append(sc.trigs, trig{i: i, j: bestJ, p: best})
		i = bestJ - 1
	}
}

// nounContext decides a verb/noun homograph from the word before it: a
// determiner, possessive, preposition or modifier makes it a noun ("the
// visit", "Pakistan's supply", "gas supplies"); a subject, "to" or an
// auxiliary makes it a verb ("Russia will supply", "to visit").
func (sc *scratch) nounContext(i int) bool {
	p := i - 1
	if p < 0 {
		return true
	}
	t := &sc.toks[p]
	if t.kind != tWord {
		return t.kind == tNum || sc.is(p, "(")
	}
	if t.poss {
		return true
	}
	switch sc.key(p) {
	case "THE", "A", "AN", "THIS", "THAT", "THESE", "THOSE", "ITS", "THEIR", "HIS", "HER", "OUR", "ANY", "NO", "EACH",
		"EVERY", "FIRST", "NEW", "ANOTHER", "SUCH", "FURTHER", "MORE", "FOREIGN", "MILITARY", "STATE":
		return true
	case "TO", "WILL", "WOULD", "SHALL", "CAN", "COULD", "MAY", "MIGHT", "MUST", "SHOULD", "DID", "DOES", "DO",
		"NOT", "ALSO", "THEY", "WE", "IT", "HE", "SHE", "WHO", "WHICH", "THAT'S":
		return false
	}
	for _, a := range sc.acts {
		if a.j == i {
			if sc.is(a.i-1, "A") || sc.is(a.i-1, "AN") || sc.is(a.i-1, "THE") {
				return true // "a U.S. request"
			}
			return sc.toks[a.i].kind == tWord && (t.cls&cFunc == 0) && !sc.isSubjectLike(a)
		}
	}
	if t.cls&(cNounPrep|cTime) != 0 {
		return true
	}
	// a lowercase modifier ("gas supplies", "joint exercise") before it
	return !t.cap && t.cls&cFunc == 0 && !strings.HasSuffix(sc.key(p), "LY")
}

// isSubjectLike: an actor that is not a possessive and not itself a
// modifier inside a prepositional phrase reads as a subject ("Russia
// supplies"); "U.S. aid" has the actor as modifier, decided by plural -s.
func (sc *scratch) isSubjectLike(a actorSpan) bool {
	return !sc.toks[a.j-1].poss && !a.inPP
}

func (sc *scratch) infinitiveOK(to int) bool {
	for k := to - 1; k >= 0 && k >= to-3; k-- {
		key := sc.key(k)
		if sc.toks[k].cls&cIntent != 0 || actVerbs[key] {
			return true
		}
		for _, t := range sc.trigs {
			if k >= t.i && k < t.j {
				return true
			}
		}
		if sc.x.lex.root[key] != nil {
			return true // a trigger word not yet scanned (nouns are scanned in order, so rare)
		}
		if sc.inActor(k) {
			// "prompting the UN Security Council to impose sanctions": the
			// caused act happened; "pressured Pakistan to withdraw": the
			// pressure is the act
			for a := k; a >= 0 && a >= k-5; a-- {
				if causatives[sc.key(a)] {
					return true
				}
				if !sc.inActor(a) && !sc.is(a, "THE") {
					break
				}
			}
			return false
		}
		if sc.toks[k].kind != tWord {
			return false
		}
	}
	return false
}

// adjHeads are nouns a participle can modify ("coordinated efforts").
var adjHeads = map[string]bool{"EFFORTS": true, "EFFORT": true, "ACTION": true, "APPROACH": true, "RESPONSE": true,
	"STRATEGY": true, "POLICY": true, "CAMPAIGN": true, "FORCES": true, "TERRITORY": true, "TERRITORIES": true,
	"REGIONS": true, "AREAS": true, "STATES": true, "GROUPS": true, "ELEMENTS": true}

// nounTriggerWord: token i starts a noun trigger ("export deal": export
// modifies deal).
func (sc *scratch) nounTriggerWord(i int) bool {
	t := &sc.toks[i]
	if t.w == nil || t.w.lex == nil || t.cap {
		return false
	}
	p := t.w.lex.p
	if t.w.lex.pn != nil {
		p = t.w.lex.pn
	}
	return p != nil && p.noun && p.key != "-"
}

var ledWords = map[string]bool{"LED": true, "BACKED": true, "BASED": true, "BROKERED": true, "MADE": true,
	"SPONSORED": true, "FUNDED": true, "BUILT": true, "CONTROLLED": true, "ALIGNED": true, "FRIENDLY": true,
	"DESIGNED": true, "FINANCED": true, "OWNED": true, "RUN": true, "INSPIRED": true, "STYLE": true}

// causatives report an act they caused: "prompting X to impose sanctions".
var causatives = map[string]bool{"PROMPTING": true, "PROMPTED": true, "FORCING": true, "FORCED": true, "LEADING": true,
	"LED": true, "CAUSING": true, "CAUSED": true, "PUSHING": true, "PUSHED": true, "PERSUADED": true, "CONVINCED": true}

// modifiedHeads are nouns that a trigger noun can modify without being an
// event itself.
var modifiedHeads = map[string]bool{"ALLY": true, "ALLIES": true, "PARTNER": true, "PARTNERS": true, "WORKERS": true,
	"OBLIGATIONS": true, "ZONE": true, "AREA": true, "CRIMES": true, "REGIME": true, "ROUTE": true, "ROUTES": true,
	"SHIPS": true, "VESSELS": true, "DEPENDENCE": true, "DEPENDENCY": true, "RECIPIENT": true, "RECIPIENTS": true,
	"DONOR": true, "DONORS": true, "CLIENT": true, "OFFICIALS": true, "NEGOTIATORS": true, "TEAM": true, "PARTNERSHIP": false}

func (sc *scratch) agentBefore(i int) bool {
	p := i - 1
	if sc.headNoun(p) && (sc.actorEndsAt(p) || p > 0 && sc.headNoun(p-1) && sc.actorEndsAt(p-1)) {
		return true // "the UN vote condemning …"
	}
	if sc.is(p, "BY") {
		return true // "responded by banning …"
	}
	if sc.is(p, ",") {
		return true // participial clause: ", coordinating closely with …"
	}
	if sc.is(p, ")") {
		p--
	}
	if sc.is(p-1, "BE") || sc.is(p, "BEEN") || sc.is(p, "IS") || sc.is(p, "ARE") || sc.is(p, "WAS") || sc.is(p, "WERE") || sc.is(p, "THE") {
		return true
	}
	for _, a := range sc.acts {
		if a.j == p+1 {
			return true
		}
	}
	return false
}

func (sc *scratch) findContexts() {
	sc.nctx = 0
	for i := range sc.toks {
		if sc.toks[i].ctx == 0 {
			continue
		}
		c := ctxNames[sc.toks[i].ctx-1]
		dup := false
		for k := 0; k < sc.nctx; k++ {
			if sc.ctx[k] == c {
				dup = true
				break
			}
		}
		if !dup && sc.nctx < len(sc.ctx) {
			sc.ctx[sc.nctx] = c
			sc.nctx++
		}
	}
}

func (sc *scratch) contexts(p *pred) []string {
	out := make([]string, 0, sc.nctx+1)
	if p.ctx != "" {
		out = append(out, p.ctx)
	}
	for k := 0; k < sc.nctx; k++ {
		if sc.ctx[k] != p.ctx {
			out = append(out, sc.ctx[k])
		}
	}
	sort.Strings(out)
	return out
}

// clauses numbers the clauses of the sentence: a clause starts after ';'
// or ':', at a subordinating word (when, while, which …), and at ", and" /
// ", but" / ", while" that join clauses.
func (sc *scratch) clauses() {
	sc.clause = sc.clause[:0]
	n := len(sc.toks)
	// candidate boundaries; ", and" / ", but" / ", with" count only when
	// what follows has its own actor and predicate (so a list "weapons,
	// and small arms" stays one clause)
	sc.bounds = sc.bounds[:0]
	for i := 0; i < n; i++ {
		k := sc.key(i)
		switch {
		case k == ";" || k == ":":
			sc.bounds = append(sc.bounds, i)
		case sc.toks[i].cls&cClause != 0 && !sc.inDate(i):
			sc.bounds = append(sc.bounds, i)
		case k == "," && i+1 < n && (sc.is(i+1, "AND") || sc.is(i+1, "BUT") || sc.is(i+1, "WITH") || sc.is(i+1, "AFTER") || sc.is(i+1, "BEFORE") || sc.is(i+1, "UNTIL")):
			sc.bounds = append(sc.bounds, -i-1) // tentative
		case k == "," && i+1 < n && sc.toks[i+1].kind == tWord && strings.HasSuffix(sc.key(i+1), "ING") && !sc.toks[i+1].cap && !sc.is(i+1, "INCLUDING"):
			sc.bounds = append(sc.bounds, i) // participial clause: ", formalising …"
		}
	}
	// a fronted subordinate clause ("After Turkey invaded Cyprus in July
	// 1974, the U.S. Congress imposed …") ends at its first comma
	f := 0
	for f < n && (sc.inDate(f) || sc.is(f, "IN") || sc.is(f, ",") || sc.is(f, "ON")) {
		f++
	}
	if f < n && (sc.is(f, "AFTER") || sc.is(f, "BEFORE") || sc.is(f, "ONCE") || sc.is(f, "WHEN") || sc.is(f, "WHILE") ||
		sc.is(f, "ALTHOUGH") || sc.is(f, "THOUGH") || sc.is(f, "BECAUSE") || sc.is(f, "SINCE") || sc.is(f, "AS") ||
		sc.is(f, "IF") || sc.is(f, "UNTIL") || sc.is(f, "FOLLOWING") || sc.is(f, "DURING")) && !sc.inDate(f+1) {
		for k := f + 3; k < n; k++ {
			if sc.is(k, ",") && !sc.inDate(k-1) || sc.is(k, ",") && k+1 < n && !sc.inDate(k+1) {
				sc.bounds = append(sc.bounds, k)
				break
			}
		}
		// tentative bounds are stored as -pos-1: sort by position
		sort.Slice(sc.bounds, func(x, y int) bool { return boundPos(sc.bounds[x]) < boundPos(sc.bounds[y]) })
	}
	kept := sc.bounds[:0]
	for bi, b := range sc.bounds {
		if b >= 0 {
			kept = append(kept, b)
			continue
		}
		start := -b - 1
		end := n
		for _, nb := range sc.bounds[bi+1:] {
			if nb < 0 {
				nb = -nb - 1
			}
			end = nb
			break
		}
		hasAct, hasTrig := false, false
		for _, a := range sc.acts {
			if a.i > start && a.i < end {
				hasAct = true
			}
		}
		for _, t := range sc.trigs {
			if t.i > start && t.i < end && (!t.p.weak || sc.lightBefore(t)) {
				hasTrig = true
			}
		}
		if hasAct && hasTrig {
			kept = append(kept, start)
		}
	}
	sc.bounds = kept
	c, bi := 0, 0
	for i := 0; i < n; i++ {
		for bi < len(sc.bounds) && sc.bounds[bi] == i {
			c++
			bi++
		}
		sc.clause = append(sc.clause, c)
	}
	for k := range sc.trigs {
		sc.trigs[k].clause = sc.clause[sc.trigs[k].i]
	}
}

func boundPos(b int) int {
	if b < 0 {
		return -b - 1
	}
	return b
}

func (sc *scratch) clauseStart(t trig) int {
	lo, _ := sc.clauseRange(t.clause)
	return lo
}

func (sc *scratch) clauseRange(c int) (int, int) {
	lo, hi := -1, 0
	for i, ci := range sc.clause {
		if ci == c {
			if lo < 0 {
				lo = i
			}
			hi = i + 1
		}
	}
	if lo < 0 {
		lo = 0
	}
	return lo, hi
}

// codes returns the distinct codes of actor group g at date d.
func (sc *scratch) groupCodes(g int, d int, dst []string) []string {
	for _, a := range sc.acts {
		if a.group != g {
			continue
		}
		if a.pair {
			for _, c := range sc.pair {
				if c != "" && !has(dst, c) {
					dst = append(dst, c)
				}
			}
			continue
		}
		c := a.e.CodeAt(d)
		if c != "" && !has(dst, c) {
			dst = append(dst, c)
		}
	}
	return dst
}

func has(l []string, s string) bool {
	for _, x := range l {
		if x == s {
			return true
		}
	}
	return false
}

func dateKey(d event.Date) int { return d.Year*10000 + d.Month*100 + d.Day }

// nearestDate returns the date span closest to token i within [lo, hi).
func (sc *scratch) nearestDate(i, lo, hi int) (dateSpan, bool) {
	best, bd := dateSpan{}, 1<<30
	for _, d := range sc.dates {
		if d.i < lo || d.j > hi {
			continue
		}
		dist := d.i - i
		if dist < 0 {
			dist = i - d.j + 1
		}
		if dist < bd {
			best, bd = d, dist
		}
	}
	return best, bd < 1<<30
}

// nearestDateFor is nearestDate for a trigger, ignoring dates that belong
// to another verb between them ("accused Russia in 2023 … and suspended …
// in February 2024").
func (sc *scratch) nearestDateFor(t trig, lo, hi int) (dateSpan, bool) {
	best, bd := dateSpan{}, 1<<30
	// a coordinated verb ("… and suspended …") does not take the dates of
	// the first verb's phrase
	and := -1
	if !t.p.noun && (sc.is(t.i-1, "AND") || sc.is(t.i-2, "AND")) {
		and = t.i - 2
	}
	for _, d := range sc.dates {
		if d.i < lo || d.j > hi || d.j <= and {
			continue
		}
		a, b := d.j, t.i
		if d.i > t.i {
			a, b = t.j, d.i
		}
		blocked := false
		for _, o := range sc.trigs {
			if !o.p.noun && o.i != t.i && o.i >= a && o.j <= b {
				blocked = true
				break
			}
		}
		if blocked {
			continue
		}
		dist := b - a
		if dist < bd {
			best, bd = d, dist
		}
	}
	if bd == 1<<30 {
		return sc.nearestDate(t.i, lo, hi)
	}
	return best, true
}

// frames builds candidate mentions from each trigger.
func (sc *scratch) frames(opt Options) {
	// weak triggers yield only in clauses where nothing stronger did
	var strong [16]bool
	for pass := 0; pass < 2; pass++ {
		for _, t := range sc.trigs {
			if t.p.weak != (pass == 1) {
				continue
			}
			c := t.clause
			if c >= len(strong) {
				c = len(strong) - 1
			}
			if pass == 1 && strong[c] {
				continue
			}
			n := len(sc.out)
			sc.frame(t, opt)
			if len(sc.out) > n && pass == 0 {
				strong[c] = true
			}
		}
	}
}

// frame finds the actors, date, status and amount for one trigger.
func (sc *scratch) frame(t trig, opt Options) {
	lo, hi := sc.clauseRange(t.clause)
	for k := t.i - 1; k >= 0 && k >= t.i-4; k-- {
		if sc.cl(k, cBlock) {
			return
		}
	}
	if t.p.weak && !sc.lightBefore(t) && !sc.compoundBefore(t) && !sc.lightAfter(t) {
		return
	}
	if t.p.weak && sc.negVerbBefore(t) {
		return
	}
	if t.p.weak && len(sc.out) > 0 && lo > 0 && sc.is(lo, ",") && strings.HasSuffix(sc.key(lo+1), "ING") {
		return // ", formalising military cooperation" elaborates the act already coded
	}
	if sc.complement(t) {
		return
	}
	if t.p.noun && sc.stoppedAfter(t) {
		return // "talks … were frozen", "negotiations collapsed": no happening to code
	}
	subj := sc.subject(t, lo)
	obj := sc.object(t, lo, hi, subj, t.j+14)
	if t.p == mustRequest {
		// the speaker demands of the actor before "must"
		obj = -1
		for _, a := range sc.acts {
			if a.j == t.i {
				obj = a.group
			}
		}
		v := sc.speakerBefore(t.i)
		subj = -1
		for _, a := range sc.acts {
			if a.j <= v && !a.inPP {
				subj = a.group
				break
			}
		}
	}
	if t.p.needFor && (obj < 0 || !sc.introducedBy(obj, "FOR") && !sc.possessiveObject(t, obj)) {
		return // "built a plant for Iran", "building Turkey's first plant" are aid; "built a plant" is not an event
	}
	if t.p.needDirect && (obj < 0 || !sc.actorAt(t.j)) {
		return
	}
	passive := !t.p.noun && t.i > 0 && (sc.cl(t.i-1, cBe) || sc.cl(t.i-2, cBe))
	if t.p.mode == "third-party" {
		// "talks between Washington and Tehran, mediated by Oman", "Russia
		// brokered a ceasefire between Armenia and Azerbaijan": the mediator
		// consults each party
		if sc.is(t.j, "BY") {
			subj = sc.object(t, lo, len(sc.toks), -1, t.j+6)
		}
		if subj > 0 {
			ds, ok := sc.nearestDateFor(t, lo, hi)
			if !ok {
				ds, ok = sc.sentenceDate(t.i)
			}
			med := sc.groupCodes(subj, dateKey(ds.d), nil)
			if parties := removeAll(sc.coGroup(t.i, dateKey(ds.d)), med); len(med) == 1 && len(parties) >= 2 && (ok || opt.Undated) {
				for _, p := range parties {
					sc.emit(frame{actor: med, recip: []string{p}, t: t.p, trig: t, date: ds, hasDate: ok, status: sc.status(t), conf: 0.7})
				}
				return
			}
		}
	}
	// the date: the nearest in the clause, else one that frames the sentence
	ds, hasDate := sc.nearestDateFor(t, lo, hi)
	if !hasDate {
		ds, hasDate = sc.sentenceDate(t.i)
	}
	if hasDate && ds.j <= t.i && (sc.is(t.i-1, "SINCE") || sc.is(t.i-1, "SUBSEQUENTLY")) {
		hasDate = false // "has since agreed": after the date, not at it
	}
	if hasDate && ds.j <= t.i && sc.is(t.i-1, "LATER") {
		ds.d, ds.end = event.Y(ds.d.Year), event.Date{} // "later sent": later that year
	}
	if !hasDate && !sc.prevDate.IsZero() && sc.anaphoricEvent(lo, hi) {
		// "Turkey backed Baku throughout the war": the war dated in an
		// earlier sentence
		ds, hasDate = dateSpan{i: t.i, j: t.i, d: event.Y(sc.prevDate.Year)}, true
	}
	if !hasDate && !opt.Undated {
		return
	}
	dk := 0
	if hasDate {
		dk = dateKey(ds.d)
	}
	conf := 0.9
	if t.p.noun {
		conf = 0.8
	}
	var A, R []string
	if subj > 0 {
		A = sc.groupCodes(subj, dk, nil)
	}
	if obj > 0 {
		R = removeAll(sc.groupCodes(obj, dk, nil), A)
	}
	switch {
	case len(A) == 0 && len(R) == 0:
		// a co-actor group elsewhere in the sentence ("exercises … held in
		// Pakistan and Russia"), else the paragraph's dyad when the
		// sentence names no actor at all ("the 1963 Boundary Agreement").
		if g := sc.coGroup(t.i, dk); len(g) >= 2 {
			A, R = g[:1], g[1:]
			conf -= 0.2
		} else if sc.pairPara && sc.pair[0] != "" && (!t.p.weak || sc.lightAfter(t)) && sc.onlyPairActors() && (!sc.pairHere || !sc.actorIn(lo, hi)) &&
			(!t.p.noun || !refPreps[sc.governingPrep(t.i, lo)]) {
			A, R = []string{sc.pair[0]}, []string{sc.pair[1]}
			conf = 0.5
		} else {
			return
		}
	case len(R) == 0:
		if len(A) >= 3 {
			break // "the navies of South Africa, Russia and China held …": co-actors, every pair
		}
		if len(A) >= 2 {
			A, R = A[:1], A[1:]
			break
		}
		if g := sc.object(t, lo, len(sc.toks), subj, t.j+12); g > 0 && !t.p.weak {
			R = removeAll(sc.groupCodes(g, dk, nil), A)
		}
		// the other member of the paragraph's dyad, for acts that need a
		// recipient ("India agreed to buy the carrier …" in a paragraph on
		// India and Russia)
		if len(R) == 0 && !t.p.exercise && (needsRecipient(t.p.typ) || isVerbal(t.p.typ) || t.p.typ == event.Sanction || t.p.typ == event.Retreat) &&
			sc.pairPara && (A[0] == sc.pair[0] || A[0] == sc.pair[1]) && len(sc.acts) > 0 {
			if A[0] == sc.pair[0] {
				R = []string{sc.pair[1]}
			} else {
				R = []string{sc.pair[0]}
			}
			conf -= 0.2
		}
		// "Turkey rejected a U.S. request": the request was made to the
		// rejecting party
		if len(R) == 0 && t.p.noun {
			if g := sc.governorSubject(t, lo); g > 0 {
				R = removeAll(sc.groupCodes(g, dk, nil), A)
			}
		}
		if len(R) == 0 && (t.p.typ == event.Aid && sc.hasMoney(lo, hi) || t.p.typ == event.Sanction) && sc.focus != "" && sc.focus != A[0] {
			R = []string{sc.focus}
			conf -= 0.2
		}
		if len(R) == 0 {
			return
		}
	case len(A) == 0:
		if len(R) >= 2 {
			A, R = R[:1], R[1:]
			break
		}
		// "the visit of Russia's minister to Pakistan": the first group
		// after a noun, introduced by "of" or "by", is its agent when
		// another group follows.
		if t.p.noun && sc.introducedBy(obj, "OF", "BY") {
			if g2 := sc.nextGroup(obj, hi, dk, R); g2 != nil {
				A, R = R, g2
				break
			}
		}
		// "the sale of helicopters to Pakistan" in a sentence about
		// "Pakistan and Russia": the rest of the co-actor group
		if g := sc.coGroup(t.i, dk); len(g) >= 2 && has(g, R[0]) {
			A = removeAll(g, R)
			conf -= 0.1
			break
		}
		// "the first visit by an American carrier" in a paragraph on the
		// United States and Vietnam: the other member of the dyad
		if t.p.noun && sc.introducedBy(obj, "BY", "OF") && t.p.typ != event.Assault && t.p.typ != event.Mobilize && t.p.typ != event.Coerce &&
			sc.pairPara && (R[0] == sc.pair[0] || R[0] == sc.pair[1]) {
			if R[0] == sc.pair[0] {
				A = []string{sc.pair[1]}
			} else {
				A = []string{sc.pair[0]}
			}
			conf -= 0.2
			break
		}
		return
	}
	if len(A) == 0 || len(R) == 0 && len(A) < 3 {
		return
	}
	if t.p.reverse || (passive && sc.is(t.j, "BY")) {
		A, R = R, A
	}
	st := sc.status(t)
	f := frame{actor: A, recip: R, t: t.p, trig: t, date: ds, hasDate: hasDate, status: st}
	if t.p.typ == event.Retreat && t.p.mode == "withdraw" && len(R) == 1 && !sc.x.dict.IsState(R[0]) && R[0] != "" && sc.is(t.j, "FROM") {
		f.t = leaveOrg // "withdrawal from ECOWAS": leaving an organisation reduces relations
	}
	if t.p.key == "designate" && sc.wordAfter(t, 6, "PARTNER", "ALLY", "ALLIES", "PARTNERS") {
		f.t = designatePartner // "designated India a Major Defence Partner"
	}
	if t.p.typ == event.Mobilize && sc.hasCtx("peacekeeping") {
		f.t = peacekeepingAid // peacekeepers sent at a government's request protect it
	}
	if (t.p.key == "released" || t.p.key == "return") && sc.wordAfter(t, 5, "PRISONERS", "PILOT", "DETAINEES", "HOSTAGES", "CAPTIVES", "SOLDIERS", "CREW", "FISHERMEN", "NATIONALS", "PRISONER") {
		f.t = releaseRetreat // releasing prisoners has immediate material effect: RETREAT
	} else if t.p.key == "return" {
		return // "returned to", "returned its ambassador" are handled as phrases
	}
	if t.p.key == "order" && sc.toInfinitiveAfter(t) {
		f.t = orderRequest // "ordered French troops to leave"
	}
	if t.p.key == "remove" && sc.actorAt(t.j) {
		f.t = removeFrom // "removed Turkey from the F-35 programme"
	}
	if t.p.trade && sc.hasCtx("energy", "economic") && !sc.hasCtx("military") {
		f.t = tradeCoop // buying crude is exchange, not aid
	}
	// PLOVER codes promised or future cooperation as AGREE; a future
	// conflict act ("would terminate the agreement") keeps its type
	if t.p.intent || sc.intentBefore(t) && (t.p.typ.Quad() == event.VerbalCoop || t.p.typ.Quad() == event.MaterialCoop) {
		f.t = asAgree(t.p)
	}
	if t.p.typ == event.Aid && sc.accessAfter(t) {
		f.t = accessCoop // "granted U.S. forces access to four bases"
	}
	if t.p.noun && (t.p.typ == event.Aid || t.p.typ == event.Cooperate) && sc.cutBefore(t) {
		f.t = cutSanction // "cut gas deliveries", "suspended military aid"
	}
	if t.p.key == "reverse" {
		switch sc.policyNear(t) {
		case 0:
			return // "reversing months of hesitation" is not a concession to anyone
		case 2:
			f.t = removeFrom // reversing an opening or a deal reduces relations
		}
	}
	if t.p.exercise && !sc.jointExercise(t, subj, obj) {
		f.t = soloDrill // one side's drills "around the island" are a show of force
	}
	if t.p.weak {
		conf = 0.6
	}
	if st == event.Hedged || st == event.Unconfirmed {
		conf *= 0.8
	}
	f.conf = conf
	money := f.t.typ == event.Aid || f.t.typ == event.Cooperate || f.t.typ == event.Agree || f.t.typ == event.Sanction
	if money {
		f.amount = sc.amountNear(t.i, lo, hi)
		// "from US$ 4.2 billion in the 1980s to US$ 5 million by 1993"
		if sc.splitByAmounts(f, lo, hi) {
			return
		}
	}
	// several dated objects after one trigger: "SEATO in 1955 and CENTO in 1959"
	if obj > 0 && len(R) > 1 && sc.splitByDates(f, obj, dk) {
		return
	}
	// coordinated dates: "Pakistan's 1965 and 1971 wars with India"
	if hasDate && sc.splitCoordDates(f) {
		return
	}
	sc.emit(f)
}

// dateTokens counts tokens in [a, b) that belong to dates.
func (sc *scratch) dateTokens(a, b int) int {
	n := 0
	for k := a; k < b; k++ {
		if sc.inDate(k) {
			n++
		}
	}
	return n
}

// complement reports whether trigger t is the complement of an earlier
// verb trigger of another type: "halted military sales", "threatened to
// impose sanctions", "agreed to buy", "calling for a ceasefire". The
// governing verb is the event. A noun with its own agent ("rejected a
// U.S. request") stays an event.
func (sc *scratch) complement(t trig) bool {
	// "sanctions on Iranian oil exports", "a ban on arms sales": the
	// object of a restriction is not an event of its own
	if t.p.noun {
		for _, o := range sc.trigs {
			if o.p.noun && o.p.typ == event.Sanction && o.j <= t.i && o.j >= t.i-4 && (sc.is(o.j, "ON") || sc.is(o.j, "AGAINST")) {
				return true
			}
		}
	}
	for _, o := range sc.trigs {
		if o.p.noun || o.p.weak || o.j > t.i || o.p.typ == event.Accuse {
			continue // what is alleged is an event of its own (hedged by the accusation)
		}
		if o.p.typ == t.p.typ && !t.p.noun {
			continue
		}
		// "demanded that the US cancel plans to sell …": everything in the
		// that-clause of a verbal act is its content, not another event
		if o.j < t.i-6-sc.dateTokens(o.j, t.i) {
			if (o.p.typ.Quad() == event.VerbalConf || o.p.typ == event.Agree) && sc.is(o.j, "THAT") && sc.clause[o.j] == sc.clause[t.i] {
				return true
			}
			continue
		}
		// a verb is a complement only as an infinitive ("threatened to
		// withdraw"); "accused … and suspended" are two acts
		if !t.p.noun && !sc.is(t.i-1, "TO") && !(sc.is(t.i-2, "TO") && strings.HasSuffix(sc.key(t.i-1), "LY")) {
			continue
		}
		ok := true
		for k := o.j; k < t.i; k++ {
			t2 := &sc.toks[k]
			if sc.is(k, "AND") || sc.is(k, "BUT") {
				ok = false // coordination: a second act
				break
			}
			if sc.inActor(k) {
				continue // the indirect object: "offered Riyadh a defence pact"
			}
			if sc.is(k, "THAT") || sc.is(k, "WHICH") || sc.is(k, "WHO") {
				ok = false // a relative clause has its own predicate
				break
			}
			if sc.inDate(k) || sc.is(k, "IN") && sc.inDate(k+1) {
				continue // "threatened in 2018 to impose sanctions"
			}
			if sc.is(k, "TO") || sc.is(k, "FOR") || sc.is(k, "BE") || t2.kind == tWord && t2.cls&cFunc != 0 && !sc.is(k, "BY") && !sc.is(k, "WITH") && !sc.is(k, "IN") && !sc.is(k, "ON") {
				continue
			}
			if t2.kind == tWord {
				continue // modifiers and names, or the verb of "to impose sanctions"
			}
			ok = false
			break
		}
		if !ok {
			continue
		}
		// a noun with its own agent right before it is an event of its own
		// ("rejected a U.S. request", "deplored Russia's invasion",
		// "ratified Sweden's accession") unless the governing act stops or
		// only seeks it ("blocked Bangladesh's admission")
		if t.p.noun && (isVerbal(t.p.typ) || o.p.typ == event.Accuse || o.p.typ == event.Support || o.p.typ == event.Agree && !o.p.intent) {
			for _, a := range sc.acts {
				if a.i >= o.j && a.j <= t.i && a.j >= t.i-1 && (sc.toks[a.j-1].poss || sc.adjacentModifier(a.j, t.i)) {
					return false
				}
			}
		}
		return true
	}
	return false
}

// subject finds the agent group of trigger t in the clause starting at lo.
func (sc *scratch) subject(t trig, lo int) int {
	// "Armenia accused Russia … and suspended …": a verb coordinated with
	// an earlier verb shares its subject
	if !t.p.noun && (sc.is(t.i-1, "AND") || sc.is(t.i-2, "AND") && sc.is(t.i-1, "LATER") || sc.is(t.i-2, "AND") && strings.HasSuffix(sc.key(t.i-1), "LY")) {
		for k := len(sc.trigs) - 1; k >= 0; k-- {
			o := sc.trigs[k]
			if o.j < t.i && !o.p.noun && o.i != t.i {
				if g := sc.subject(o, sc.clauseStart(o)); g > 0 {
					return g
				}
				break
			}
		}
	}
	// a reduced relative: "the UN General Assembly vote condemning Russia"
	if !t.p.noun && t.i > 1 && strings.HasSuffix(sc.key(t.i), "ING") && sc.headNoun(t.i-1) {
		for k := len(sc.acts) - 1; k >= 0; k-- {
			if a := sc.acts[k]; a.j == t.i-1 || a.j == t.i-2 && sc.headNoun(t.i-2) {
				return a.group
			}
		}
	}
	// a relative clause: "the resolution that deplored …" — the agent is
	// the actor modifying the noun before "that"/"which"
	if !t.p.noun && t.i > 0 {
		r := t.i - 1
		for r > 0 && (sc.is(r, "HAD") || sc.is(r, "HAS") || sc.is(r, "HAVE") || sc.cl(r, cBe) || sc.is(r, "WILL") || sc.is(r, "WOULD") || sc.is(r, "ALSO")) {
			r--
		}
		if sc.is(r, "THAT") || sc.is(r, "WHICH") || sc.is(r, "WHO") {
			// ", which had imposed sanctions …": the antecedent right before
			for k := len(sc.acts) - 1; k >= 0; k-- {
				if a := sc.acts[k]; a.j <= r && a.j >= r-4 {
					return a.group
				}
			}
		}
	}
	// "… Russia, Armenia's treaty ally, stayed neutral until it brokered …":
	// a pronoun subject is the nearest earlier actor that is a subject
	if !t.p.noun {
		p := t.i - 1
		for p > 0 && (sc.cl(p, cBe|cIntent) || sc.is(p, "HAS") || sc.is(p, "HAD") || sc.is(p, "HAVE") || strings.HasSuffix(sc.key(p), "LY")) {
			p--
		}
		if sc.is(p, "IT") || sc.is(p, "THEY") || sc.is(p, "HE") || sc.is(p, "SHE") {
			// the subject of the pronoun's clause, else of the sentence
			for _, from := range []int{lo, 0} {
				for _, a := range sc.acts {
					if a.i >= from && a.j <= p && !a.inPP && !sc.toks[a.j-1].poss {
						return a.group
					}
				}
			}
		}
	}
	pron := false
	for k := len(sc.acts) - 1; k >= 0; k-- {
		a := sc.acts[k]
		if a.j > t.i || a.i < lo {
			continue
		}
		if t.p.noun {
			if a.j >= t.i-3 && (sc.toks[a.j-1].poss || sc.adjacentModifier(a.j, t.i)) {
				p := a.i - 1
				if p >= 0 && (sc.is(p, "ITS") || sc.is(p, "THEIR") || sc.is(p, "HIS") || sc.is(p, "HER") || sc.is(p, "FIRST")) {
					pron = true
					break
				}
				return a.group
			}
			break
		}
		// "Russia supplied", "(ISI) channelling", "the Turkish parliament
		// ratified": the actor right before the verb, or with its head noun
		adjacent := a.j == t.i || a.j == t.i-1 && (sc.is(a.j, ")") || sc.headNoun(a.j)) ||
			a.j == t.i-2 && sc.headNoun(a.j) && sc.headNoun(a.j+1)
		if (!a.inPP || adjacent) && !sc.nounTriggerAt(a.j) {
			return a.group
		}
	}
	if t.p.noun && !pron {
		for k := t.i - 1; k >= lo && k >= t.i-4; k-- {
			if sc.is(k, "ITS") || sc.is(k, "THEIR") || sc.is(k, "HIS") || sc.is(k, "HER") {
				pron = true
			}
		}
		// a noun governed by a preposition ("on the eve of the war") has
		// no clause agent; one governed by a verb ("initiated technology
		// transfers", "signed an agreement") takes the clause subject
		if !pron && !sc.governedByVerb(t.i, lo) {
			return -1
		}
		pron = true
	}
	if !t.p.noun && t.clause > 0 && sc.ownSubject(t, lo) {
		return -1 // ", and by the autumn Shahed drones were striking …"
	}
	if pron && t.p.noun && (sc.possPronBefore(t, "ITS") || sc.possPronBefore(t, "THEIR")) {
		// "sanctions on the Taliban … for its support", "Israel mounted its
		// invasion": a possessive pronoun refers to the nearest actor before
		for k := len(sc.acts) - 1; k >= 0; k-- {
			if a := sc.acts[k]; a.j <= t.i-1 && !sc.adjacentModifier(a.j, t.i) {
				return a.group
			}
		}
	}
	if pron || t.clause > 0 || !t.p.noun {
		// the clause's (or the sentence's) first subject; failing that the
		// owner in "a consortium of Indian companies bought …"
		for pass := 0; pass < 2; pass++ {
			for _, from := range []int{lo, 0} {
				for _, a := range sc.acts {
					if a.i >= from && a.j <= t.i && (!a.inPP || pass == 1 && a.ofPP) {
						return a.group
					}
				}
				if t.p.noun && !pron {
					break
				}
			}
		}
	}
	return -1
}

// ownSubject: a verb whose clause has its own (non-actor) subject right
// before it, possibly with auxiliaries: that clause does not inherit the
// sentence's subject.
func (sc *scratch) ownSubject(t trig, lo int) bool {
	if k := sc.key(t.i); sc.cl(t.i-1, cBe) && (strings.HasSuffix(k, "ED") || strings.HasSuffix(k, "EN") || strings.HasSuffix(k, "ID")) {
		return false // a passive: its subject is the theme ("a contract was signed")
	}
	p := t.i - 1
	for p > lo && sc.cl(p, cBe|cIntent) || sc.is(p, "HAS") || sc.is(p, "HAVE") || sc.is(p, "HAD") || sc.is(p, "ALSO") {
		p--
	}
	if p <= lo || sc.inActor(p) || sc.inDate(p) {
		return false
	}
	t2 := &sc.toks[p]
	return t2.kind == tWord && t2.cls&cFunc == 0 && (t2.cap || sc.headNoun(p)) && !strings.HasSuffix(sc.key(p), "LY")
}

func (sc *scratch) possPronBefore(t trig, w string) bool {
	for k := t.i - 1; k >= 0 && k >= t.i-4; k-- {
		if sc.is(k, w) {
			return true
		}
	}
	return false
}

// refPreps introduce a reference to an event rather than the event:
// "the first visit since the war", "a veteran of the war".
var refPreps = map[string]bool{"SINCE": true, "AFTER": true, "BEFORE": true, "OF": true, "FOR": true, "UNTIL": true,
	"LIKE": true, "THAN": true, "FOLLOWING": true}

// governingPrep returns the preposition that governs the noun phrase
// ending at noun i ("" when none).
func (sc *scratch) governingPrep(i, lo int) string {
	for k, n := i-1, 0; k >= lo && n < 8; k, n = k-1, n+1 {
		t := &sc.toks[k]
		if sc.inDate(k) || t.kind == tNum || t.kind == tWord && (t.cap || sc.is(k, "THE") || sc.is(k, "A") || sc.is(k, "AN") ||
			t.cls&(cFunc|cNounPrep|cTime) == 0 && !strings.HasSuffix(sc.key(k), "ED") && !strings.HasSuffix(sc.key(k), "ING")) {
			continue
		}
		if t.kind == tWord && t.cls&(cNounPrep|cTime) != 0 {
			return sc.key(k)
		}
		return ""
	}
	return ""
}

// governedByVerb: the noun at i is preceded (over determiners and
// modifiers) by a word that is not a preposition.
func (sc *scratch) governedByVerb(i, lo int) bool {
	for k, n := i-1, 0; k >= lo && n < 8; k, n = k-1, n+1 {
		t := &sc.toks[k]
		if t.kind != tWord || sc.inDate(k) {
			if sc.inDate(k) || t.kind == tNum || sc.is(k, "$") || sc.is(k, "%") || sc.is(k, "-") || sc.is(k, "€") || sc.is(k, "£") || sc.is(k, "¥") {
				continue // "a US$ 80 million sale": numbers inside the noun phrase
			}
			return false
		}
		key := sc.key(k)
		if key == "IN" || key == "OF" {
			// "approved US$ 100 million in aid": the money's verb governs
			skipped := false
			for _, q := range sc.qty {
				if q.kind == "money" && q.j == k {
					k = q.i
					skipped = true
					break
				}
			}
			if skipped {
				continue
			}
		}
		if key == "DURING" || key == "AT" || key == "AMID" || key == "WITH" && k <= lo+1 || t.cls&cBe != 0 {
			return true // "during a meeting with …", ", with sanctions imposed …": the clause's own act
		}
		if t.cls&cNounPrep != 0 || t.cls&cTime != 0 || key == "AS" || key == "THAN" || key == "LIKE" {
			return false
		}
		if t.cls&cFunc != 0 || t.cap || key == "A" || key == "AN" {
			continue // determiners, modifiers and names inside the noun phrase
		}
		if strings.HasSuffix(key, "ED") || strings.HasSuffix(key, "ING") || sc.x.lex.light[key] || key == "CAST" || key == "HELD" || key == "BEGAN" || key == "MADE" || key == "TOOK" {
			return true
		}
	}
	return false
}

var nounPreps = map[string]bool{"NEAR": true, "AROUND": true, "OFF": true, "AT": true, "TO": true, "WITH": true, "FOR": true, "BETWEEN": true, "FROM": true, "INTO": true,
	"OF": true, "ON": true, "AGAINST": true, "IN": true, "BY": true, "AMONG": true, "TOWARDS": true, "TOWARD": true}

var timePreps = map[string]bool{"FOLLOWING": true, "AFTER": true, "BEFORE": true, "DURING": true, "DESPITE": true,
	"AMID": true, "UNLIKE": true, "SINCE": true, "LIKE": true, "THAN": true}

// object finds the nearest group after trigger t (before hi and limit).
// A noun's object must be introduced by a preposition ("sale … to
// Pakistan", "visit to Moscow"); no object sits behind a temporal
// preposition ("following India's tests").
func (sc *scratch) object(t trig, lo, hi, subj, limit int) int {
	skip := -1
	verbal := t.p.typ.Quad() == event.VerbalCoop || t.p.typ.Quad() == event.VerbalConf
	comma := len(sc.toks)
	for k := t.j; k < len(sc.toks); k++ {
		if sc.is(k, ",") || sc.is(k, ";") {
			comma = k // a verb's complement ends at a comma
			break
		}
		// … or where a subordinate clause begins ("ended Operation Barkhane
		// in November 2022 after the juntas in Mali turned to …")
		if !t.p.noun && k > t.j && (sc.is(k, "AFTER") || sc.is(k, "BEFORE") || sc.is(k, "BECAUSE") || sc.is(k, "ALTHOUGH") ||
			sc.is(k, "WHILE") || sc.is(k, "WHEN") || sc.is(k, "UNTIL") || sc.is(k, "SINCE") && !sc.inDate(k+1)) && !sc.inDate(k+1) {
			comma = k
			break
		}
	}
	for _, a := range sc.acts {
		if a.i < t.j || a.i >= hi || a.i >= limit || a.group == subj || a.group == skip {
			continue
		}
		if a.i > comma {
			break
		}
		p := a.i - 1
		for adj := 0; p >= t.j; p-- {
			if sc.is(p, "THE") || sc.is(p, "A") || sc.is(p, "AN") || sc.inDate(p) || sc.is(p, "FELLOW") {
				continue
			}
			// one or two modifiers: "of discounted Russian crude"
			if adj < 2 && sc.toks[p].kind == tWord && !sc.toks[p].cap && sc.toks[p].cls&(cNounPrep|cFunc|cTime) == 0 &&
				!strings.HasSuffix(sc.key(p), "ING") && !strings.HasSuffix(sc.key(p), "ED") {
				adj++
				continue
			}
			break
		}
		// "China's support during Pakistan's 1965 war": the possessor of
		// the war is who was supported
		if t.p.noun && (t.p.typ == event.Support || t.p.typ == event.Aid) && sc.is(p, "DURING") && sc.toks[a.j-1].poss {
			return a.group
		}
		if p >= 0 && (sc.cl(p, cTime) || sc.cl(p-1, cTime) && sc.toks[p].poss) {
			skip = a.group
			continue
		}
		// "agreed in Beijing", "a summit in Samarkand": a place, not a party
		if verbal && p >= t.j && (sc.is(p, "IN") || sc.is(p, "AT")) && !sc.toks[a.j-1].poss {
			continue
		}
		if t.p.noun && p >= t.j && !sc.cl(p, cNounPrep) {
			continue
		}
		// "an Israeli strike on its consulate in Damascus": the object is
		// whoever "its" refers to, not the place
		for k := t.j; k < a.i-1; k++ {
			if (sc.is(k+1, "ITS") || sc.is(k+1, "THEIR")) && sc.cl(k, cNounPrep) {
				for m := len(sc.acts) - 1; m >= 0; m-- {
					if b := sc.acts[m]; b.j <= t.i && b.group != subj && !sc.adjacentModifier(b.j, t.i) {
						return b.group
					}
				}
				return -1
			}
		}
		// "recognition from Taipei to Beijing": the recipient follows "to"
		if t.p.noun && p >= t.j && sc.is(p, "FROM") {
			for _, b := range sc.acts {
				if b.i > a.j && b.i < hi && b.i < limit && b.group != a.group && sc.is(b.i-1, "TO") {
					return b.group
				}
			}
		}
		return a.group
	}
	return -1
}

func needsRecipient(t event.Type) bool {
	return t == event.Aid || t == event.Cooperate || t == event.Agree
}

// introducedBy reports whether group g's first actor follows one of the
// given prepositions (over determiners).
func (sc *scratch) introducedBy(g int, preps ...string) bool {
	for _, a := range sc.acts {
		if a.group != g {
			continue
		}
		p := a.i - 1
		for p >= 0 && (sc.is(p, "THE") || sc.is(p, "A") || sc.is(p, "AN")) {
			p--
		}
		for _, w := range preps {
			if sc.is(p, w) {
				return true
			}
		}
		return false
	}
	return false
}

// nextGroup returns the codes of the next group after group g (in the
// clause) that adds a code not in have.
func (sc *scratch) nextGroup(g, hi, dk int, have []string) []string {
	seen := false
	for _, a := range sc.acts {
		if a.group == g {
			seen = true
			continue
		}
		if !seen || a.i >= hi || a.pair {
			continue
		}
		if c := removeAll(sc.groupCodes(a.group, dk, nil), have); len(c) > 0 {
			return c
		}
	}
	return nil
}

func isVerbal(t event.Type) bool {
	return t.Quad() == event.VerbalCoop || t.Quad() == event.VerbalConf
}

func (sc *scratch) inActor(k int) bool {
	for _, a := range sc.acts {
		if k >= a.i && k < a.j {
			return true
		}
	}
	return false
}

// governorSubject returns the subject group of the verb trigger that
// governs noun trigger t ("rejected a U.S. request"), or -1.
func (sc *scratch) governorSubject(t trig, lo int) int {
	if !isVerbal(t.p.typ) {
		return -1
	}
	for _, o := range sc.trigs {
		if o.p.noun || o.j > t.i || o.j < t.i-4 || !isVerbal(o.p.typ) || sc.status(o) == event.Negated {
			continue
		}
		return sc.subject(o, lo)
	}
	return -1
}

// headNoun: a lowercase content word ("parliament", "government").
func (sc *scratch) headNoun(i int) bool {
	if i < 0 || i >= len(sc.toks) {
		return false // callers look before the first token (FuzzDocument)
	}
	t := &sc.toks[i]
	return t.kind == tWord && !t.cap && t.cls&(cFunc|cNounPrep|cTime|cBe|cIntent|cNeg|cClause) == 0 && !strings.HasSuffix(sc.key(i), "LY")
}

// stoppedAfter: the noun is the subject of a verb that stops it.
func (sc *scratch) stoppedAfter(t trig) bool {
	for k := t.j; k < len(sc.toks) && k < t.j+6; k++ {
		switch sc.key(k) {
		case "FROZEN", "SUSPENDED", "HALTED", "CANCELLED", "CANCELED", "POSTPONED", "COLLAPSED", "STALLED", "ABANDONED", "BROKE":
			return true
		case ",", ";":
			return false
		}
	}
	return false
}

// nounTriggerAt reports whether a noun trigger starts at token i: an actor
// right before it modifies that noun ("UN Security Council veto") and is
// not the subject of a later verb.
func (sc *scratch) nounTriggerAt(i int) bool {
	for _, t := range sc.trigs {
		if t.i == i && t.p.noun {
			return true
		}
	}
	return false
}

// possessiveObject: group g is a possessive right after the verb
// ("building Turkey's first nuclear power plant").
func (sc *scratch) possessiveObject(t trig, g int) bool {
	for _, a := range sc.acts {
		if a.group == g {
			return a.i <= t.j+1 && sc.toks[a.j-1].poss
		}
	}
	return false
}

// actorIn reports whether an actor starts in tokens [lo, hi).
func (sc *scratch) actorIn(lo, hi int) bool {
	for _, a := range sc.acts {
		if a.i >= lo && a.i < hi {
			return true
		}
	}
	return false
}

// onlyPairActors: every actor in the sentence belongs to the paragraph's dyad.
func (sc *scratch) onlyPairActors() bool {
	for _, a := range sc.acts {
		if a.e != nil && a.e.Code != sc.pair[0] && a.e.Code != sc.pair[1] {
			return false
		}
	}
	return true
}

// coGroup returns the codes of the group with two or more codes nearest to
// token i, ignoring groups behind a temporal preposition ("during
// India-Pakistan conflicts").
func (sc *scratch) coGroup(i, dk int) []string {
	var best []string
	bd := 1 << 30
	skip := -1
	for _, a := range sc.acts {
		if sc.cl(a.i-1, cTime) {
			skip = a.group
		}
		if a.group == skip {
			continue
		}
		c := sc.groupCodes(a.group, dk, nil)
		if len(c) < 2 {
			continue
		}
		d := a.i - i
		if d < 0 {
			d = -d
		}
		if d < bd {
			best, bd = c, d
		}
	}
	return best
}

func (sc *scratch) hasMoney(lo, hi int) bool {
	for _, q := range sc.qty {
		if q.kind == "money" && q.i >= lo && q.j <= hi {
			return true
		}
	}
	return false
}

// negVerbBefore: "cut diplomatic ties", "ended the partnership".
func (sc *scratch) negVerbBefore(t trig) bool {
	for k := t.i - 1; k >= 0 && k >= t.i-3; k-- {
		switch sc.key(k) {
		case "CUT", "CUTS", "SEVERED", "SEVER", "ENDED", "END", "BROKE", "BREAK", "SUSPENDED", "SUSPEND", "FROZE", "FREEZE", "DOWNGRADED":
			return true
		}
	}
	return false
}

// anaphoricEvent: the clause refers back to an event by a definite
// description: "during the war", "throughout the 44-day war", "at the summit".
func (sc *scratch) anaphoricEvent(lo, hi int) bool {
	for k := lo; k < hi-1; k++ {
		if !(sc.is(k, "DURING") || sc.is(k, "THROUGHOUT") || sc.is(k, "AT") || sc.is(k, "AFTER")) || !sc.is(k+1, "THE") {
			continue
		}
		for m := k + 2; m < hi && m < k+5; m++ {
			switch sc.key(m) {
			case "WAR", "CONFLICT", "CRISIS", "SUMMIT", "TALKS", "VISIT", "NEGOTIATIONS", "FIGHTING", "STANDOFF", "CLASHES", "INVASION":
				return true
			}
		}
	}
	return false
}

// lightAfter: a passive light verb after a weak noun ("the partnership was
// elevated in 2010", "relations were restored").
func (sc *scratch) lightAfter(t trig) bool {
	k := t.j
	if !sc.cl(k, cBe) {
		return false
	}
	k++
	if k < len(sc.toks) && strings.HasSuffix(sc.key(k), "LY") {
		k++
	}
	return k < len(sc.toks) && sc.x.lex.light[sc.key(k)]
}

// lightBefore: a light verb within four tokens before a weak trigger
// ("deepened military cooperation", "formed an alliance").
func (sc *scratch) lightBefore(t trig) bool {
	for k := t.i - 1; k >= 0 && k >= t.i-6; k-- {
		if sc.x.lex.light[sc.key(k)] {
			return true
		}
		if sc.is(k, ",") || sc.is(k, ";") {
			return false
		}
	}
	return false
}

// splitByAmounts emits one frame per money amount when the clause holds
// several, each followed by its own date.
func (sc *scratch) splitByAmounts(f frame, lo, hi int) bool {
	n := 0
	for _, q := range sc.qty {
		if q.kind == "money" && q.i >= lo && q.j <= hi {
			n++
		}
	}
	if n < 2 {
		return false
	}
	var fs []frame
	for _, q := range sc.qty {
		if q.kind != "money" || q.i < lo || q.j > hi {
			continue
		}
		var found *dateSpan
		for di := range sc.dates {
			d := &sc.dates[di]
			if d.i >= q.j && d.i <= q.j+3 {
				found = d
				break
			}
		}
		if found == nil {
			return false
		}
		g := f
		g.amount = &event.Amount{Value: q.value, Currency: q.unit, Per: q.per}
		g.date, g.hasDate = *found, true
		fs = append(fs, g)
	}
	for _, g := range fs {
		sc.emit(g)
	}
	return true
}

// splitCoordDates emits one frame per date when the chosen date is one of
// several joined by "and" / "," ("the 1965 and 1971 wars").
func (sc *scratch) splitCoordDates(f frame) bool {
	k := -1
	for i := range sc.dates {
		if sc.dates[i].i == f.date.i {
			k = i
		}
	}
	if k < 0 {
		return false
	}
	lo, hi := k, k
	for lo > 0 && sc.datesJoined(sc.dates[lo-1].j, sc.dates[lo].i) {
		lo--
	}
	for hi+1 < len(sc.dates) && sc.datesJoined(sc.dates[hi].j, sc.dates[hi+1].i) {
		hi++
	}
	if lo == hi {
		return false
	}
	for i := lo; i <= hi; i++ {
		g := f
		g.date = sc.dates[i]
		sc.emit(g)
	}
	return true
}

func (sc *scratch) datesJoined(a, b int) bool {
	if b-a < 1 || b-a > 2 {
		return false
	}
	for i := a; i < b; i++ {
		if !(sc.is(i, "AND") || sc.is(i, ",") || sc.is(i, "OR") || sc.is(i, "IN")) {
			return false
		}
	}
	return true
}

func (sc *scratch) groupCodesOnly(g, d int) []string {
	if g < 0 {
		return nil
	}
	return sc.groupCodes(g, d, nil)
}

// splitByDates emits one frame per object when each object in the group
// is followed by its own date.
func (sc *scratch) splitByDates(f frame, g, dk int) bool {
	type od struct {
		code string
		d    dateSpan
	}
	var list []od
	for k, a := range sc.acts {
		if a.group != g || a.e == nil {
			continue
		}
		end := len(sc.toks)
		for k2 := k + 1; k2 < len(sc.acts); k2++ {
			if sc.acts[k2].group == g && sc.acts[k2].e != nil && sc.acts[k2].e.CodeAt(dk) != a.e.CodeAt(dk) {
				end = sc.acts[k2].i
				break
			}
		}
		var found *dateSpan
		for di := range sc.dates {
			if sc.dates[di].i >= a.j && sc.dates[di].j <= end {
				found = &sc.dates[di]
				break
			}
		}
		c := a.e.CodeAt(dk)
		dup := false
		for _, x := range list {
			if x.code == c {
				dup = true
			}
		}
		if dup {
			continue
		}
		if found == nil {
			return false
		}
		list = append(list, od{c, *found})
	}
	if len(list) < 2 {
		return false
	}
	for _, x := range list {
		g := f
		g.recip = []string{x.code}
		g.date, g.hasDate = x.d, true
		sc.emit(g)
	}
	return true
}

func (sc *scratch) accessAfter(t trig) bool {
	for k := t.j; k < len(sc.toks) && k < t.j+5; k++ {
		if sc.is(k, "ACCESS") || sc.is(k, "BASING") || sc.is(k, "OVERFLIGHT") {
			return true
		}
	}
	return false
}

func (sc *scratch) cutBefore(t trig) bool {
	for k := t.i - 1; k >= 0 && k >= t.i-3; k-- {
		switch sc.key(k) {
		case "CUT", "CUTS", "REDUCED", "REDUCE", "SUSPENDED", "STOPPED", "ENDED", "SLASHED", "FROZE", "CURTAILED", "HALTED":
			return true
		}
	}
	return false
}

// policyNear: "reversed the decision", "a decision it reversed": 1 when
// what is reversed is a restriction (a concession follows), 2 when it is an
// opening or a deal (relations are reduced), 0 when nothing of the kind.
func (sc *scratch) policyNear(t trig) int {
	for k := t.i - 4; k < t.j+5 && k < len(sc.toks); k++ {
		if k < 0 {
			continue
		}
		switch sc.key(k) {
		case "DECISION", "POLICY", "BAN", "MOVE", "SUSPENSION", "TERMINATION", "ORDER", "SANCTIONS", "EMBARGO", "COURSE", "RULING", "WITHDRAWAL", "RESTRICTIONS":
			return 1
		case "OPENING", "DEAL", "AGREEMENT", "RAPPROCHEMENT", "NORMALISATION", "NORMALIZATION", "THAW", "DETENTE", "EASING", "RELAXATION":
			return 2
		}
	}
	return 0
}

// jointExercise: the drills have two parties — a co-actor group, an object
// introduced by "with", or the paragraph's dyad — rather than one side
// exercising near the other.
func (sc *scratch) jointExercise(t trig, subj, obj int) bool {
	if sc.is(t.i-1, "JOINT") || sc.is(t.i-2, "JOINT") {
		return true
	}
	if subj > 0 && len(sc.groupCodes(subj, 0, nil)) >= 2 || obj > 0 && len(sc.groupCodes(obj, 0, nil)) >= 2 {
		return true
	}
	if obj > 0 && sc.introducedBy(obj, "WITH") {
		return true
	}
	return subj < 0
}

// mustRequest is the demand in "X said that Y must …".
var mustRequest = &pred{typ: event.Request, key: "must"}

var commVerbs = map[string]bool{"SAID": true, "SAYS": true, "SAY": true, "TOLD": true, "DECLARED": true, "INSISTED": true,
	"STRESSED": true, "REITERATED": true, "STATED": true, "WARNED": true, "ARGUED": true, "ADDED": true, "ANNOUNCED": true}

// speakerBefore returns the token of the communication verb before a
// "must" whose subject is an actor ("Y must" right before), or -1.
func (sc *scratch) speakerBefore(i int) int {
	if i < 2 || !sc.actorEndsAt(i) && !(sc.is(i-1, "IT") || sc.is(i-1, "THEY")) {
		return -1
	}
	for k := i - 2; k >= 0 && k >= i-12; k-- {
		if commVerbs[sc.key(k)] {
			return k
		}
	}
	return -1
}

func (sc *scratch) actorEndsAt(i int) bool {
	for _, a := range sc.acts {
		if a.j == i {
			return true
		}
	}
	return false
}

func (sc *scratch) wordAfter(t trig, n int, words ...string) bool {
	for k := t.j; k < len(sc.toks) && k < t.j+n; k++ {
		for _, w := range words {
			if sc.is(k, w) {
				return true
			}
		}
	}
	return false
}

func (sc *scratch) toInfinitiveAfter(t trig) bool {
	for k := t.j; k < len(sc.toks) && k < t.j+5; k++ {
		if sc.is(k, "TO") && k+1 < len(sc.toks) && sc.toks[k+1].kind == tWord && !sc.inActor(k+1) && !sc.is(k+1, "THE") {
			return true
		}
		if sc.is(k, ",") {
			return false
		}
	}
	return false
}

var (
	leaveOrg         = &pred{typ: event.Sanction, key: "withdraw"}
	releaseRetreat   = &pred{typ: event.Retreat, mode: "release", key: "release"}
	designatePartner = &pred{typ: event.Support, ctx: "diplomatic", key: "designate"}
	peacekeepingAid  = &pred{typ: event.Aid, ctx: "peacekeeping", key: "deploy"}
	orderRequest     = &pred{typ: event.Request, key: "order"}
	soloDrill        = &pred{typ: event.Mobilize, mode: "troops", ctx: "military", key: "drills"}
	cutSanction      = &pred{typ: event.Sanction, key: "cut"}
	accessCoop       = &pred{typ: event.Cooperate, ctx: "military", key: "access"}
	removeFrom       = &pred{typ: event.Sanction, key: "remove"}
	tradeCoop        = &pred{typ: event.Cooperate, ctx: "economic", key: "trade"}
)

func (sc *scratch) actorAt(i int) bool {
	for _, a := range sc.acts {
		if a.i == i || a.i == i+1 && sc.is(i, "THE") {
			return true
		}
	}
	return false
}

func (sc *scratch) hasCtx(names ...string) bool {
	for k := 0; k < sc.nctx; k++ {
		for _, n := range names {
			if sc.ctx[k] == n {
				return true
			}
		}
	}
	return false
}

func asAgree(p *pred) *pred {
	if p.typ == event.Agree {
		return p
	}
	q := *p
	q.typ, q.mode = event.Agree, ""
	return &q
}

// emit appends a frame unless the sentence already has one with the same
// dyad, type and date.
func (sc *scratch) emit(f frame) {
	for _, o := range sc.out {
		if o.t.typ == f.t.typ && o.date.d == f.date.d && o.date.end == f.date.end && sameDyad(o, f) {
			return
		}
	}
	sc.out = append(sc.out, f)
}

func sameDyad(a, b frame) bool {
	ua := append(append([]string(nil), a.actor...), a.recip...)
	ub := append(append([]string(nil), b.actor...), b.recip...)
	if len(ua) != len(ub) {
		return false
	}
	for _, x := range ua {
		if !has(ub, x) {
			return false
		}
	}
	return true
}

func removeAll(l, rm []string) []string {
	out := l[:0]
	for _, x := range l {
		if !has(rm, x) {
			out = append(out, x)
		}
	}
	return out
}

// adjacentModifier reports whether only adjectives/nouns sit between an
// actor ending at a and a noun trigger at t ("Chinese military assistance").
func (sc *scratch) adjacentModifier(a, t int) bool {
	for i := a; i < t; i++ {
		if sc.toks[i].kind != tWord || sc.toks[i].cls&cFunc != 0 {
			return false
		}
	}
	return true
}

// compoundBefore: a weak noun trigger directly after an actor compound
// ("the U.S.-Pakistan alliance", "Sino-Pakistani partnership").
func (sc *scratch) compoundBefore(t trig) bool {
	if !t.p.noun {
		return false
	}
	for _, a := range sc.acts {
		if a.j <= t.i && a.j >= t.i-3 && sc.adjacentModifier(a.j, t.i) {
			return true
		}
	}
	return false
}

// sentenceDate returns a date that frames the whole sentence: the only
// date in it, or one in the sentence's first clause before any trigger
// ("In 1954, …").
func (sc *scratch) sentenceDate(i int) (dateSpan, bool) {
	if len(sc.dates) == 0 {
		return dateSpan{}, false
	}
	c := sc.clause[i]
	// the nearest date in an earlier clause frames later ones ("In 1954,
	// …, formalising …"); a date in a later clause does not reach back
	best, ok := dateSpan{}, false
	for _, d := range sc.dates {
		if d.i < len(sc.clause) && sc.clause[d.i] < c {
			best, ok = d, true
		}
	}
	return best, ok
}

// intentBefore: "plans to sign", "will supply", "Finland will give Tanzania
// a grant": a future or intent marker before the trigger in its clause,
// with no other predicate between.
func (sc *scratch) intentBefore(t trig) bool {
	if sc.futureBefore(t) {
		return true
	}
	return sc.intentNear(t)
}

func (sc *scratch) futureBefore(t trig) bool {
	for k := t.i - 1; k >= 0 && k >= t.i-8; k-- {
		if sc.clause[k] != t.clause || sc.is(k, ",") {
			return false
		}
		switch sc.key(k) {
		case "WILL", "SHALL", "WOULD":
			return !sc.is(k+1, "NOT")
		}
		for _, o := range sc.trigs {
			if o.i == k {
				return false
			}
		}
	}
	return false
}

func (sc *scratch) intentNear(t trig) bool {
	if sc.is(t.i-1, "TO") {
		for _, o := range sc.trigs {
			if o.j == t.i-1 && o.p.typ == event.Agree {
				return true // "an agreement to buy", "a deal to supply"
			}
		}
	}
	for k := t.i - 1; k >= 0 && k >= t.i-3; k-- {
		key := sc.key(k)
		if sc.cl(k, cIntent) {
			return true
		}
		if key != "TO" && key != "BE" && key != "ALSO" && key != "JOINTLY" && key != "SOON" && key != "CONTINUE" && key != "FURTHER" {
			return false
		}
	}
	return false
}

// status: unconfirmed when the sentence says the report was not confirmed;
// negated when a negation sits just before the trigger; hedged when the
// sentence carries a hedge word.
func (sc *scratch) status(t trig) event.Status {
	if s := sc.sentenceStatus(); s == event.Unconfirmed {
		return s
	}
	for k := t.i - 1; k >= 0 && k >= t.i-3; k-- {
		key := sc.key(k)
		if sc.cl(k, cNeg) {
			return event.Negated
		}
		if key == "," || sc.inDate(k) {
			break
		}
	}
	return sc.sentenceStatus()
}

func (sc *scratch) sentenceStatus() event.Status {
	if sc.stOK {
		return sc.st
	}
	sc.st, sc.stOK = sc.computeStatus(), true
	return sc.st
}

func (sc *scratch) computeStatus() event.Status {
	hedged := false
	for i := range sc.toks {
		k := sc.key(i)
		if k == "CONFIRMED" || k == "VERIFIED" {
			if sc.is(i-1, "NOT") || sc.is(i-2, "NOT") || sc.is(i-1, "UN") {
				return event.Unconfirmed
			}
		}
		if k == "UNCONFIRMED" || k == "UNVERIFIED" {
			return event.Unconfirmed
		}
		if sc.toks[i].cls&cHedge != 0 {
			hedged = true
		}
	}
	if hedged {
		return event.Hedged
	}
	return event.Asserted
}

// amountNear attaches the nearest money quantity in the clause.
func (sc *scratch) amountNear(i, lo, hi int) *event.Amount {
	best, bd := -1, 1<<30
	for k, q := range sc.qty {
		if q.kind != "money" || q.i < lo || q.j > hi {
			continue
		}
		d := q.i - i
		if d < 0 {
			d = -d
		}
		if i >= q.j && i <= q.j+4 {
			d = 0 // "US$ 18 billion in U.S. aid": the amount of this act
		}
		if sc.is(q.i-1, "INCLUDING") || sc.is(q.i-2, "INCLUDING") || sc.is(q.i-1, "WHICH") {
			d += 100 // a part of another amount
		}
		if d < bd {
			best, bd = k, d
		}
	}
	if best < 0 {
		return nil
	}
	q := sc.qty[best]
	return &event.Amount{Value: q.value, Currency: q.unit, Per: q.per}
}

func (sc *scratch) allCodes() []string {
	out := []string{}
	for _, a := range sc.acts {
		if a.e != nil && a.e.Code != "" && !has(out, a.e.Code) {
			out = append(out, a.e.Code)
		}
	}
	return out
}
