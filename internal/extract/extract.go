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
	"math"
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
	pair  bool     // "both nations": stands for the paragraph's dyad
	multi []string // "the three states": the states named last
	inPP  bool     // inside a prepositional phrase (of/in/from/at … X)
	state bool     // the entry's code is a state
	ofPP  bool     // the phrase is "of X" ("a consortium of Indian companies")
	group int
}

type trig struct {
	i, j   int
	p      *pred
	clause int
}

// scratch is per-goroutine working memory, reused across sentences.
type scratch struct {
	x       *Extractor
	sent    string
	toks    []token
	keys    []byte
	dates   []dateSpan
	qty     []quantity
	acts    []actorSpan
	trigs   []trig
	conduit bool  // frame: an aid recipient was skipped as the channel ("through Pakistan")
	clause  []int // clause index per token
	bounds  []int
	st      event.Status
	stOK    bool
	// datesIdx is set once date tokens are marked (inDate becomes O(1))
	datesIdx bool
	spans    []event.Span
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
	sentPair [2]string
	headPair [2]string // the two states of the current section's heading
	prevSubj *actors.Entry
	// prevPerson: the previous sentence's first person, possessive or not
	// ("Khan's foreign policy … He travelled to Beijing")
	prevPerson *actors.Entry
	recent     []string // the states named most recently, latest first
	// prevGroup holds the codes of the previous sentence's subject group
	// ("Finland and Sweden applied …"), the owners of "both bids" next.
	prevGroup []string
	// listSubj is the subject of a line ending in ':' that introduces a
	// list; an item that starts with a verb ("- signed …") is its act.
	listSubj  *actors.Entry
	listItem  bool          // the current sentence is a list item
	titleLine bool          // the current sentence is a title or heading
	docTitle  bool          // the current sentence is the document's title
	docFirst  bool          // the current sentence opens an untitled document
	titleOne  string        // the one state the document's title names
	lastOrg   *actors.Entry // the latest organisation named, for "the alliance"
	// lastGroup is the latest armed group named, for "the rebels"
	lastGroup *actors.Entry
	// lastAlliance is the latest body named that "the alliance" can mean
	lastAlliance *actors.Entry
	// juntaOf is the state whose junta or coup was named last
	juntaOf *actors.Entry
	// lastCourt is the international court named last (ICJ, ICC), for "the court"
	lastCourt *actors.Entry
	// lastBank and lastAgency are the lending bank and the agency named
	// last, for "the Bank" (World Bank, ADB …) and "the agency" (IAEA …)
	lastBank, lastAgency *actors.Entry
	// lastEU and lastCouncil resolve "the Commission" and "the Council"
	lastEU, lastCouncil *actors.Entry
	// euNamed: the document has named the EU or one of its bodies other
	// than by "Brussels"
	euNamed bool
	// lastAssembly: the UN General Assembly, once named, for "the Assembly"
	lastAssembly *actors.Entry
	// lastAdmin: the state of the last "X administration" named, for "the
	// administration"
	lastAdmin *actors.Entry
	// juntaAge counts the sentences since juntaOf was named
	juntaAge int
	// alias maps a person's surname, once the full name was matched in
	// the document, to the person
	alias map[string]*actors.Entry
	// namesakes holds surnames the document gave to a person the
	// dictionary does not know ("Xiomara Castro"): the bare surname then
	// names no one the dictionary knows either
	namesakes map[string]bool
	// paraDate is the latest date of the current paragraph (zero at a
	// paragraph break): a sentence with no date of its own ("Turkey
	// blocked both bids.") happened in its year. inherit is set while the
	// current sentence uses it.
	paraDate event.Date
	inhDate  event.Date // the paragraph's date before the current sentence
	inherit  bool
	pairDoc  map[[2]string]int
	pairPar  map[[2]string]int
	// focus is the state named most often so far in the document: the
	// implicit recipient of "U.S. aid fell to US$ 5 million by 1993" in an
	// article about Pakistan.
	focus  string
	counts map[string]int
	out    []frame
	// prevOut: the previous sentence's frames, for an echo that opens the
	// next ("Sudan followed suit within a day.")
	prevOut []frame
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
	heading, list := false, false
	for si, sp := range res.Sentences {
		if strings.IndexByte(doc.Text[prevEnd:sp.Start], '\n') >= 0 {
			// a new paragraph keeps the dyad only after a heading
			// ("Russia and Pakistan") or inside a list introduced by a
			// line ending in ':' (its items are about the same dyad)
			c := doc.Text[sp.Start]
			item := c == '-' || c == '*' || strings.HasPrefix(doc.Text[sp.Start:], "•")
			wasList := list
			list = list && item || heading && item && doc.Text[prevEnd-1] == ':'
			sc.pairPara = sc.pairPara && (heading || list)
			if !heading && !list {
				clear(sc.pairPar)
			}
			if !list {
				// the paragraph right after a list goes on with its story
				// ("… were back in post by 26 January. / Iran's foreign
				// minister visited Islamabad on 29 January")
				if !wasList || heading {
					sc.paraDate = event.Date{}
				}
				sc.listSubj = nil
			}
			sc.listItem = list
		}
		if prevEnd < sp.Start || si == 0 {
			// a paragraph whose text does not end a sentence is a heading
			last := doc.Text[sp.End-1]
			heading = last != '.' && last != '!' && last != '?' && last != '"' && last != ')'
		}
		prevEnd = sp.End
		// a title or section heading ("Russia–Pakistan Relations,
		// 1947–2025") names a topic: only its verbs are acts
		sc.titleLine = heading && !sc.listItem && doc.Text[sp.End-1] != ';' && doc.Text[sp.End-1] != ':' && doc.Text[sp.End-1] != ','
		sc.docTitle = sc.titleLine && si == 0
		sc.docFirst = !sc.titleLine && si == 0
		x.sentence(sc, doc, si, sp, opt, &res)
		if heading {
			// a section heading naming two states ("Rwanda and the DR
			// Congo") sets the section's dyad until the next heading
			sc.headPair = sc.sentPair
		}
		if doc.Text[sp.End-1] == ':' {
			sc.listSubj = sc.prevSubj
		}
	}
	return res
}

func (sc *scratch) reset() {
	sc.pair, sc.pairPara, sc.focus, sc.titleOne = [2]string{}, false, "", ""
	sc.lastDate, sc.prevDate = event.Date{}, event.Date{}
	sc.prevSubj, sc.listSubj, sc.listItem, sc.lastOrg, sc.lastGroup, sc.juntaOf, sc.lastAlliance = nil, nil, false, nil, nil, nil, nil
	sc.prevPerson, sc.lastCourt, sc.lastBank, sc.lastAgency = nil, nil, nil, nil
	sc.lastEU, sc.lastCouncil, sc.euNamed, sc.lastAssembly, sc.lastAdmin = nil, nil, false, nil, nil
	sc.recent = sc.recent[:0]
	sc.prevGroup = sc.prevGroup[:0]
	sc.headPair = [2]string{}
	sc.paraDate, sc.inherit = event.Date{}, false
	clear(sc.alias)
	clear(sc.namesakes)
	sc.prevOut = sc.prevOut[:0]
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
			Confidence: math.Round(f.conf*100) / 100,
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
	sc.datesIdx = false
	sc.prevOut, sc.out = sc.out, sc.prevOut[:0]
	if len(sc.toks) < 3 {
		sc.qty = sc.qty[:0]
		return nil
	}
	sc.findDates(opt.Ref)
	sc.dropComparedPeriods()
	sc.indexDates()
	prevPara := sc.paraDate
	if len(sc.dates) > 0 {
		sc.paraDate = sc.lastDate
	} else if sc.paraDate.IsZero() && !sc.lastDate.IsZero() && sc.continuesStory() {
		// "Days after Geneva, the UAE rolled over …" opening a paragraph:
		// the story goes on from the last date told
		sc.paraDate, prevPara = sc.lastDate, sc.lastDate
	}
	sc.findActors()
	sc.dropContrasted()
	sc.brusselsAsBelgium()
	for _, a := range sc.acts {
		for k := a.i; k < a.j; k++ {
			sc.toks[k].inAct = true
		}
	}
	defer sc.rememberSubject()
	sc.updatePair()
	if sc.counts != nil {
		sc.countStates()
	}
	sc.findQuantities(text)
	if len(sc.acts) == 0 && !sc.pairPara {
		return nil
	}
	sc.inherit, sc.inhDate = false, prevPara
	if len(sc.dates) == 0 {
		sc.inherit = !sc.paraDate.IsZero() && sc.inheritable()
		if !sc.inherit && !opt.Undated {
			return nil
		}
	} else if !prevPara.IsZero() && sc.onlyModifierDates() {
		// a sentence whose only dates name things ("London rejected the
		// request, saying … in their 2013 referendum") happened in the
		// paragraph's year
		sc.inherit = sc.inheritable()
	}
	sc.findContexts() // before the triggers: "agreed to buy fighters" needs the sentence's own context
	sc.findTriggers()
	if len(sc.trigs) == 0 && !sc.hasEcho() {
		return nil
	}
	sc.clauses()
	sc.frames(opt)
	return sc.out
}

// continuesStory: the sentence opens with a time phrase that counts from
// the last act told ("Days after Geneva", "Weeks later", "Soon after",
// "Later that year").
func (sc *scratch) continuesStory() bool {
	for k := 0; k < len(sc.toks) && k < 4; k++ {
		switch sc.key(k) {
		case "DAYS", "WEEKS", "MONTHS", "HOURS", "DAY", "WEEK", "MONTH", "A", "FEW", "SOON", "SHORTLY", "ONLY", "JUST", "TWO", "THREE":
			continue
		case "AFTER", "LATER":
			return k > 0 && !sc.is(k+1, "YEARS") && !(sc.is(k, "LATER") && sc.is(k-1, "A")) || sc.is(k, "LATER") && sc.is(k+1, "THAT")
		}
		return false
	}
	return false
}

// inheritable reports whether a sentence without a date may take its
// paragraph's: it reports a happening, not a standing state of affairs.
// It must have a finite past-tense verb ("blocked", "went") and no
// present ("is", "has been", "remains"), and not open with a demonstrative
// ("This agreement was …", "These alliances provided …"): those describe
// or evaluate something already dated.
func (sc *scratch) inheritable() bool {
	past := false
	first := true
	for i := range sc.toks {
		if sc.toks[i].kind != tWord {
			continue
		}
		k := sc.key(i)
		if first {
			first = false
			switch k {
			case "THIS", "THESE", "THOSE", "SUCH", "ITS", "THEIR":
				return false
			}
		}
		if past {
			// the first finite verb decides: "Both sides agreed a ceasefire
			// …, although neither has dropped its grievances" happened
			return true
		}
		switch k {
		case "IS", "ARE", "AM", "HAS", "HAVE", "REMAIN", "REMAINS", "CONTINUES", "WILL",
			"COULD", "CAN", "MIGHT", "SHOULD", "MUST":
			if sc.inRelativeAside(i) {
				continue // "Russia, which has bases in both countries, urged …"
			}
			return false // a description, a future or a possibility reports no dated happening
		case "MAY":
			if !sc.inDate(i) {
				return false
			}
		}
		if past || sc.toks[i].cap && i > 0 || sc.toks[i].inAct {
			continue
		}
		// A participle opening an aside ("CPEC, valued at US$ 62 billion,")
		// is not a finite verb: it reports nothing that happened.
		// After a relative clause closes ("Russia, which keeps bases there,
		// urged …") the word after the comma is the main verb.
		if i > 0 && sc.toks[i-1].kind == tPunct && sc.sent[sc.toks[i-1].s] == ',' && !sc.closesRelative(i-1) {
			continue
		}
		// "the disputed border", "its contested waters": an adjective
		if i > 0 && (sc.is(i-1, "THE") || sc.is(i-1, "A") || sc.is(i-1, "AN") || sc.is(i-1, "ITS") || sc.is(i-1, "THEIR")) {
			continue
		}
		if strings.HasSuffix(k, "ED") && len(k) > 4 && !sc.cl(i-1, cBe) || pastIrregular[k] {
			past = true
		}
	}
	return past
}

// inRelativeAside: token i lies in a ", which …" / ", who …" clause.
func (sc *scratch) inRelativeAside(i int) bool {
	for k := i - 1; k > 0; k-- {
		if sc.is(k, ",") || sc.is(k, ";") {
			return false
		}
		if (sc.is(k, "WHICH") || sc.is(k, "WHO") || sc.is(k, "WHOSE") || sc.is(k, "WHERE")) && sc.is(k-1, ",") {
			return true
		}
	}
	return false
}

// modifierDate: a bare year right after a determiner or possessive ("its
// 2002 friendship treaty").
func (sc *scratch) modifierDate(d dateSpan) bool {
	if d.j != d.i+1 || d.i == 0 {
		return false
	}
	p := d.i - 1
	return sc.is(p, "THE") || sc.is(p, "THEIR") || sc.is(p, "ITS") || sc.is(p, "A") || sc.is(p, "AN") || sc.is(p, "HIS") || sc.is(p, "HER") || sc.toks[p].poss
}

// onlyModifierDates: every date of the sentence is a year used as a
// modifier after a determiner ("their 2013 referendum", "the 1974
// agreement").
func (sc *scratch) onlyModifierDates() bool {
	for _, d := range sc.dates {
		if sc.participleDateAside(d) {
			continue // ("jets, delivered from 2022, downed …")
		}
		if d.j != d.i+1 || d.i == 0 {
			return false
		}
		p := d.i - 1
		if !(sc.is(p, "THE") || sc.is(p, "THEIR") || sc.is(p, "ITS") || sc.is(p, "A") || sc.is(p, "AN") || sc.is(p, "HIS") || sc.is(p, "HER") || sc.toks[p].poss) {
			return false
		}
	}
	return true
}

// decisionNouns with a possessive owner make the infinitive after them
// the owner's act.
var decisionNouns = map[string]bool{"DECISION": true, "MOVE": true, "ORDER": true, "RESOLVE": true}

// leaderAbroad: "IN" at i follows a person (directly, after a comma, or
// after the person's past-tense verb) and precedes a capital of a state
// other than the person's.
func (sc *scratch) leaderAbroad(i int) bool {
	var place *actorSpan
	for k := range sc.acts {
		if sc.acts[k].i == i+1 {
			place = &sc.acts[k]
			break
		}
	}
	if place == nil || !place.state || place.e == nil || !place.e.Capital {
		return false
	}
	p := i - 1
	if sc.is(p, ",") {
		p--
	} else if p >= 0 && sc.toks[p].kind == tWord && !sc.toks[p].cap && (strings.HasSuffix(sc.key(p), "ED") || pastIrregular[sc.key(p)] || sc.is(p, "SAID")) {
		if sc.is(p, "MET") || sc.is(p, "TALKED") || sc.is(p, "CONFERRED") {
			return false // "Jaishankar and Wang Yi met in Moscow": a venue
		}
		p--
	}
	for _, a := range sc.acts {
		if a.j == p+1 && a.e != nil && a.e.Kind == actors.Person && (!a.inPP || sc.is(a.i-1, "WITH")) {
			// ("met Trump in Singapore": the object of a meeting, at a venue)
			if v := a.i - 1; v >= 0 && sc.toks[v].kind == tWord && !sc.toks[v].cap && (strings.HasSuffix(sc.key(v), "ED") || pastIrregular[sc.key(v)]) {
				return false
			}
			return a.e.Code != place.e.Code
		}
	}
	return false
}

// closesRelative: the comma at c ends a relative clause opened by an
// earlier ", which" / ", who".
func (sc *scratch) closesRelative(c int) bool {
	for k := c - 1; k > 0; k-- {
		if sc.is(k, ",") {
			// "Taipei, rather than wait for formal notification, announced
			// …": an aside after a sentence-opening subject closes here
			return sc.toks[k-1].inAct && sc.subjectOpens(k)
		}
		if (sc.is(k, "WHICH") || sc.is(k, "WHO") || sc.is(k, "WHOSE") || sc.is(k, "WHERE")) && sc.is(k-1, ",") {
			return true
		}
	}
	return false
}

// pastIrregular: irregular past forms of verbs of state relations.
var pastIrregular = map[string]bool{"SOLD": true, "SENT": true, "MET": true, "FOUGHT": true, "STRUCK": true,
	"BROKE": true, "FROZE": true, "LENT": true, "BOUGHT": true, "WITHDREW": true, "SHOT": true, "TOOK": true,
	"BEGAN": true, "WENT": true, "GAVE": true, "HELD": true, "LEFT": true, "SOUGHT": true, "FLEW": true,
	"WROTE": true, "SPOKE": true, "CAME": true, "SAW": true, "MADE": true, "KEPT": true, "LED": true, "WON": true}

// findTriggers matches predicate phrases outside actor names.
// verbAdverbs stand before a present-tense verb ("still refuses", "now
// supplies"), not before a plural noun.
var verbAdverbs = map[string]bool{"STILL": true, "ALSO": true, "NEVER": true, "AGAIN": true, "ALREADY": true}

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
		// "President Obama announced in Hanoi", "Putin, in Beijing for the
		// Olympics": a leader speaking or acting in another state's capital
		// is visiting it
		if sc.is(i, "IN") && sc.leaderAbroad(i) {
			sc.trigs = append(sc.trigs, trig{i: i, j: i + 1, p: visitIn})
			continue
		}
		// "took Seoul within three days": seizing another state's capital
		if sc.is(i, "TOOK") && ai < len(sc.acts) && sc.acts[ai].i == i+1 && sc.acts[ai].e != nil && sc.acts[ai].e.Capital {
			sc.trigs = append(sc.trigs, trig{i: i, j: i + 1, p: tookCapital})
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
			if j == i+1 && nd.next[sc.key(j)] == nil {
				// "declined in October 2024 to sign": a date between a
				// verb and the rest of its phrase
				k := j
				if sc.is(k, "IN") && (sc.is(k+1, "SECRET") || sc.is(k+1, "PERSON") || sc.is(k+1, "HASTE")) {
					k += 2 // "travelled in secret to Moscow"
				} else if k+1 < n && strings.HasSuffix(sc.key(k), "LY") && sc.toks[k].kind == tWord && !sc.toks[k].cap && nd.next[sc.key(k+1)] != nil {
					k++ // "flew secretly to Beijing"
				}
				if (sc.is(k, "IN") || sc.is(k, "ON")) && sc.inDate(k+1) {
					k++
				}
				if sc.inDate(k) {
					for k < n && sc.inDate(k) {
						k++
					}
				}
				if k > j && k < n && nd.next[sc.key(k)] != nil {
					j = k
				}
			}
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
		if best.key == "-" || best.key == "quit" && !sc.orgObjectAt(bestJ) || (best.needMil && !mil && !(best.key == "order" && !sc.is(bestJ, "OUT") && (sc.outOfCountry(trig{i: i, j: bestJ}) || sc.modelAfter(bestJ, 5))) &&
			!(leaveKeys[best.key] && sc.orgObjectAt(bestJ))) { // ("had left CENTO": a body left needs no troops)
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
			sc.toks[i-1].kind == tWord && !sc.toks[i-1].cap && sc.toks[i-1].cls&(cFunc|cNounPrep|cBe|cIntent|cNeg) == 0 && !strings.HasSuffix(sc.key(i-1), "LY") &&
			!verbAdverbs[sc.key(i-1)] {
			continue
		}
		if best.noun && (sc.toks[bestJ-1].poss || bestJ < n && (modifiedHeads[sc.key(bestJ)] || sc.nounTriggerWord(bestJ) ||
			(sc.is(bestJ, "LINE") || sc.is(bestJ, "LINES")) && best.typ == event.Retreat)) { // ("across the ceasefire line": a place)
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
		if !best.noun && strings.HasSuffix(sc.key(i), "ING") && !sc.agentBefore(i) && !(sc.is(i-1, "IN") && sc.joinedGroupEndingAt(i-1) > 0) {
			// (but "joined Saudi Arabia and Egypt in severing relations")
			continue
		}
		// an infinitive is an event only under an intent or act verb or
		// another trigger ("plans to sign", "voted to reject", "veto to
		// block"); "allows forces to train", "forcing India to divert" are not
		if !best.noun && sc.is(i-1, "TO") && !sc.infinitiveOK(i-1) {
			continue
		}
		// "agreed to sell Beijing 24 Su-35 fighters", "agreed to supply
		// Pakistan with arms": an agreed arms sale is the sale (AID)
		if k := len(sc.trigs) - 1; k >= 0 && sc.trigs[k].j == i && sc.trigs[k].p.typ == event.Agree && sc.agreedSale(trig{i: i, j: bestJ, p: best}) {
			sc.trigs = sc.trigs[:k]
		}
		// "became NATO's 32nd member" joins; "became the first prime
		// minister to visit" is no act of its own
		if sc.is(i, "BECAME") && bestJ == i+1 && best.typ == event.Cooperate && !sc.wordAfter(trig{i: i, j: bestJ}, 5, "MEMBER", "MEMBERS", "ALLY", "SIGNATORY", "OBSERVER", "PARTY") {
			continue
		}
		sc.trigs = append(sc.trigs, trig{i: i, j: bestJ, p: best})
		if len(sc.trigs) >= maxTriggers {
			return
		}
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
			if sc.is(a.i-1, "A") || sc.is(a.i-1, "AN") || sc.is(a.i-1, "THE") || a.e != nil && a.e.Kind == actors.Demonym {
				return true // "a U.S. request", "Mexican imports"
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
	for k := to - 1; k >= 0 && k >= to-8; k-- {
		if k >= to-6 && movementVerbs[sc.key(k)] {
			return true // "troops poured across the border to fight the TPLF": the purpose of a deployment
		}
		// ("the first Australian prime minister since 2016 to visit Beijing")
		if (sc.is(k, "FIRST") || sc.is(k, "LAST")) && sc.is(k-1, "THE") &&
			(sc.is(to+1, "VISIT") || sc.is(to+1, "RECOGNISE") || sc.is(to+1, "RECOGNIZE") || sc.is(to+1, "MEET")) {
			return true // "the first foreign leader to visit Tehran": the visit happened
		}
		if sc.is(k, ",") || sc.is(k, ";") {
			break
		}
	}
	for k := to - 1; k >= 0 && k >= to-3; k-- {
		key := sc.key(k)
		if sc.toks[k].cls&cIntent != 0 || actVerbs[key] {
			return true
		}
		// "Washington's decision to suspend aid": the owner's act
		if decisionNouns[key] && k > 0 && sc.toks[k-1].poss && sc.inActor(k-1) {
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
	"DESIGNED": true, "FINANCED": true, "OWNED": true, "RUN": true, "INSPIRED": true, "STYLE": true,
	"FLAGGED": true, "ORGANISED": true, "ORGANIZED": true, "REGISTERED": true, "MONITORED": true, "MEDIATED": true,
	"SUPERVISED": true, "HOSTED": true, "ARMED": true, "TRAINED": true, "SUPPLIED": true, "EQUIPPED": true}

// causatives report an act they caused: "prompting X to impose sanctions".
var causatives = map[string]bool{"PROMPTING": true, "PROMPTED": true, "FORCING": true, "FORCED": true, "LEADING": true,
	"LED": true, "CAUSING": true, "CAUSED": true, "PUSHING": true, "PUSHED": true, "PERSUADED": true, "CONVINCED": true}

// modifiedHeads are nouns that a trigger noun can modify without being an
// event itself.
var modifiedHeads = map[string]bool{"ALLY": true, "PROTOCOL": true, "PROTOCOLS": true, "ALLIES": true, "PARTNER": true, "PARTNERS": true, "WORKERS": true,
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
	if sc.is(p, "OF") && sc.actorEndsAt(p) {
		for k := p - 2; k >= 0 && k >= p-6; k-- {
			if strings.HasPrefix(sc.key(k), "ACCUS") {
				return true // "accused Tajikistan of shelling …": the alleged act, by the accused
			}
		}
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
		case k == "," && sc.is(i+1, "AS") && sc.is(i+2, "THE") && sc.headNoun(i+3) && !sc.inActor(i+3) && i+4 < n && !sc.toks[i+4].cap &&
			(strings.HasSuffix(sc.key(i+4), "ED") || pastIrregular[sc.key(i+4)]):
			sc.bounds = append(sc.bounds, i) // ", as the pandemic closed the island's borders": a clause of its own
		case k == "," && i+1 < n && sc.toks[i+1].kind == tWord && !sc.toks[i+1].cap && (strings.HasSuffix(sc.key(i+1), "ED") || pastIrregular[sc.key(i+1)]) && sc.closesRelative(i):
			sc.bounds = append(sc.bounds, i) // "The Arab League, which had suspended Damascus in 2011, readmitted it …": the main verb resumes
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
		if len(a.multi) > 0 {
			for _, c := range a.multi {
				if !has(dst, c) {
					dst = append(dst, c)
				}
			}
			continue
		}
		if a.pair {
			// "the two central banks" in a sentence that names the two
			// states refers to them; otherwise to the paragraph's dyad
			p := sc.pair
			if sc.sentPair[0] != "" {
				p = sc.sentPair
			}
			if q, ok := sc.twoStatesBefore(a.i, d); ok && !sc.splitsHeadPair(q) {
				p = q // "Argentina joined the Belt and Road …, and the two central banks …"
			}
			for _, c := range p {
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

// splitsHeadPair: q shares exactly one state with the section heading's
// dyad ("Washington sanctioned Rwanda's minister, and the two countries
// signed …" under "Rwanda and the DR Congo" means Rwanda and Congo).
func (sc *scratch) splitsHeadPair(q [2]string) bool {
	h := sc.headPair
	if h[0] == "" || sc.pair != h && sc.pair != [2]string{h[1], h[0]} {
		return false
	}
	n := 0
	for _, c := range q {
		if c == h[0] || c == h[1] {
			n++
		}
	}
	return n == 1
}

// twoStatesBefore: exactly two distinct states are named before token i in
// the sentence.
func (sc *scratch) twoStatesBefore(i, d int) ([2]string, bool) {
	// "Moscow's answer to the Kissinger trip was to bind India closer: the
	// two countries …": parties outside prepositional phrases first
	if p, ok := sc.twoStatesBeforeIn(i, d, false); ok {
		return p, true
	}
	return sc.twoStatesBeforeIn(i, d, true)
}

func (sc *scratch) twoStatesBeforeIn(i, d int, withPP bool) ([2]string, bool) {
	var p [2]string
	n := 0
	// a semicolon closes the clauses before it ("…, hours after Russian
	// forces had invaded Ukraine; both sides later insisted …")
	start := 0
	for k := i - 1; k > 0; k-- {
		if sc.is(k, ";") {
			start = k
			break
		}
	}
	for _, a := range sc.acts {
		if a.j > i || a.i < start || a.pair || a.e == nil || !a.state || a.inPP && !withPP {
			continue
		}
		c := a.e.CodeAt(d)
		if c == p[0] || c == p[1] {
			continue
		}
		if n == 2 {
			return p, false
		}
		p[n] = c
		n++
	}
	return p, n == 2
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
	if !t.p.noun && sc.is(t.i-1, "AND") {
		and = t.i - 1
	} else if !t.p.noun && sc.is(t.i-2, "AND") && !sc.inActor(t.i-1) {
		and = t.i - 2 // (not "Pashinyan and Aliyev met": coordinated subjects)
	}
	for _, d := range sc.dates {
		if d.i < lo || d.j > hi {
			continue
		}
		if d.j <= and && sc.verbBefore(d.i, lo) {
			continue // (a date fronted before both verbs dates both: "In October 2022 … they met and agreed")
		}
		a, b := d.j, t.i
		if d.i > t.i {
			a, b = t.j, d.i
		}
		if d.i < t.i && sc.inParticipleAside(d, t.i) {
			continue // "the crossings, closed since 2021, were reopened days later"
		}
		if d.i > t.j && sc.reducedRelative(t.j, d.i) && sc.laterDateBefore(d, t.i) {
			continue // "in April 2003, when Aristide demanded that France repay the indemnity extracted from Haiti in 1825"
		}
		relAside := d.i < t.i && sc.inRelativeAside(d.i) && !sc.inRelativeAside(t.i) && sc.keyBetween(d.j, t.i, ",")
		blocked := false
		for _, o := range sc.trigs {
			if !o.p.noun && o.i != t.i && o.i >= a && o.j <= b && !(o.j == t.i-1 && sc.is(t.i-1, "AND") && !sc.verbBefore(d.i, lo)) {
				blocked = true // (not "In October 2022 … they met and agreed": the fronted date is both verbs')
				break
			}
		}
		if blocked && !sc.frontedSentenceDate(d) {
			continue
		}
		dist := b - a
		if d.i < t.i && sc.afterOtherVerb(d.i, t.i) {
			dist += 2 // "imposed in May 2020, removed in August 2023": the first date is the first verb's
		}
		if sc.ofYear(d) {
			continue // "ending the protection agreement of 1899": the year names the agreement
		}
		if sc.modifierDate(d) {
			dist += 3 // "suspended its 2002 friendship treaty": the year names the treaty
			if sc.otherActDate(d, lo, hi) {
				dist += 5 // "repudiated the 1995 agreement in the same month"
			}
			if sc.phraseYear(d) {
				dist += 5 // "a withdrawal to the 1967 lines": a year naming a thing in a phrase
			}
		}
		if d.rel && d.i > t.j && sc.is(d.j-1, "LATER") && sc.explicitDateBefore(t.i) {
			dist += 8 // "supplied by China in March 2022, and … three years later": the later clause's date
		}
		if sc.endDate(d, t) {
			dist += 6 // "an agreement to import gas through 2040": the end of what was agreed
		}
		if relAside {
			dist += 6 // "Burkina Faso, where Traoré took power in September 2022, ordered … out in January 2023"
		}
		if c := sc.frontedPhraseEnd(); c > 0 && d.j <= c && t.i > c && (sc.is(0, "AFTER") || sc.is(0, "FOLLOWING") || sc.is(0, "BEFORE")) {
			dist += 6 // "After the September 1965 war with India, Kosygin hosted … in January 1966"
		}
		if d.i > t.i && (sc.is(d.i, "SINCE") || sc.is(d.i-1, "SINCE")) {
			dist += 6 // "killed twenty soldiers, the first deaths since 1975": a span measured back from the act
		} else if sc.is(d.i, "SINCE") || sc.is(d.i-1, "SINCE") {
			dist += 3 // "the first prime minister since 2016 to visit Beijing in November 2023"
		}
		if dist < bd || dist == bd && d.i > t.i {
			best, bd = d, dist // (a tie goes to the date after the verb: "lifted in March 2024")
		}
	}
	// "at the Beirut summit of March 2002, where the Arab League … offered
	// Israel normal relations for a withdrawal to the 1967 lines", "in
	// August 2025 it concluded a $35bn agreement to import gas through
	// 2040": when the only date left names a thing or an end, the
	// sentence's own earlier date is the act's
	if bd < 1<<30 && sc.weakDate(best, t) {
		if d, ok := sc.plainDateBefore(t); ok {
			return d, true
		}
	}
	if bd == 1<<30 {
		d, ok := sc.nearestDate(t.i, lo, hi)
		if ok && (d.i < t.i && sc.inParticipleAside(d, t.i) || d.i > t.j && sc.reducedRelative(t.j, d.i) && sc.laterDateBefore(d, t.i)) {
			return dateSpan{}, false
		}
		if ok && sc.modifierDate(d) && d.j < t.i-3 {
			// "signed an agreement that turned the 1949 ceasefire line into
			// the Line of Control and committed …": the year names a thing
			// of the clause before
			if d2, ok2 := sc.plainDateBefore(t); ok2 {
				return d2, true
			}
		}
		return d, ok
	}
	return best, true
}

// reducedRelative: a noun and a past participle that modifies it
// ("the indemnity extracted from Haiti") stand between lo and i, so a date
// at i dates the participle.
func (sc *scratch) reducedRelative(lo, i int) bool {
	for k := i - 1; k > lo; k-- {
		if sc.is(k, ",") || sc.is(k, ";") {
			return false
		}
		w := sc.key(k)
		if !sc.toks[k].cap && (strings.HasSuffix(w, "ED") || strings.HasSuffix(w, "EN") || pastIrregular[w]) && sc.headNoun(k-1) && !sc.cl(k-1, cBe) && !sc.inActor(k-1) {
			return true
		}
	}
	return false
}

// laterDateBefore: the sentence gives, before i, a date later than d.
func (sc *scratch) laterDateBefore(d dateSpan, i int) bool {
	for _, o := range sc.dates {
		if o.j <= i && !o.rel && o.d.Year > d.d.Year {
			return true
		}
	}
	return false
}

// plainDateBefore: the sentence's last date before t that names no thing,
// ends no period and sits in no aside.
func (sc *scratch) plainDateBefore(t trig) (dateSpan, bool) {
	for k := len(sc.dates) - 1; k >= 0; k-- {
		if d := sc.dates[k]; d.j <= t.i && !sc.weakDate(d, t) && !sc.inParticipleAside(d, t.i) && !sc.modifierDate(d) {
			return d, true
		}
	}
	return dateSpan{}, false
}

// frontedSentenceDate: the date opens the sentence ("In March 2023 Kishida
// lifted the controls, Seoul withdrew its complaint …") and so sets the
// time of every clause that gives none of its own.
func (sc *scratch) frontedSentenceDate(d dateSpan) bool {
	return d.i == 1 && (sc.is(0, "IN") || sc.is(0, "ON")) && !d.open && d.j < len(sc.toks) && (sc.is(d.j, ",") || sc.toks[d.j].cap)
}

// verbBefore: a trigger between lo and i (a verb, or a noun a light verb
// carries: "held the Nile Eagles exercise … in November 2020 and signed").
func (sc *scratch) verbBefore(i, lo int) bool {
	for _, o := range sc.trigs {
		if o.i >= lo && o.i < i {
			return true
		}
	}
	return false
}

// otherActDate: the clause [lo, hi) has a date besides d that is no
// modifier year.
func (sc *scratch) otherActDate(d dateSpan, lo, hi int) bool {
	for _, o := range sc.dates {
		if o.i != d.i && o.i >= lo && o.j <= hi && !sc.modifierDate(o) {
			return true
		}
	}
	return false
}

// explicitDateBefore: a date of the sentence, not relative, before i.
func (sc *scratch) explicitDateBefore(i int) bool {
	for _, d := range sc.dates {
		if d.j <= i && !d.rel {
			return true
		}
	}
	return false
}

// weakDate: d names a thing ("to the 1967 lines") or the end of what
// was agreed ("through 2040") rather than when t happened.
func (sc *scratch) weakDate(d dateSpan, t trig) bool {
	if sc.budgetYear(d) {
		return true
	}
	if d.j <= t.i && t.i-d.j <= 3 {
		return false // "the 2014 defence cooperation agreement": the year of the named act itself
	}
	return sc.modifierDate(d) && sc.phraseYear(d) || sc.endDate(d, t) || sc.ofYear(d)
}

// budgetYear: "for the 1991 fiscal year", "for fiscal 2010", "for FY
// 2012", "budgeted for the following year": the budget a sum belongs to,
// not when it was granted or cut.
func (sc *scratch) budgetYear(d dateSpan) bool {
	if !d.end.IsZero() || d.open || d.d.Month != 0 {
		return false
	}
	if sc.is(d.i-1, "FOR") && (sc.is(d.i-2, "BUDGETED") || sc.is(d.i-2, "EARMARKED") || sc.is(d.i-2, "APPROPRIATED") || sc.is(d.i-2, "ALLOCATED")) {
		return true // "aid budgeted for the following year"
	}
	p := d.i - 1
	if sc.is(p, "YEAR") {
		p--
	}
	if sc.is(p, "FISCAL") || sc.is(p, "FY") {
		return sc.is(p-1, "FOR")
	}
	return sc.is(d.j, "FISCAL") && sc.is(d.i-1, "THE") && sc.is(d.i-2, "FOR")
}

// phraseYear: a year after "the" in a phrase ("to the 1967 lines").
func (sc *scratch) phraseYear(d dateSpan) bool {
	return sc.is(d.i-1, "THE") && (sc.is(d.i-2, "TO") || sc.is(d.i-2, "OF") || sc.is(d.i-2, "ON") || sc.is(d.i-2, "BEFORE") || sc.is(d.i-2, "SINCE"))
}

// endDate: a date after t that ends a period ("through 2040", "until 2030").
func (sc *scratch) endDate(d dateSpan, t trig) bool {
	return d.i > t.j && (sc.is(d.i, "THROUGH") || sc.is(d.i-1, "THROUGH") || sc.is(d.i-1, "UNTIL") || sc.is(d.i, "UNTIL") ||
		// "the agreement fixing 1 April 1989 as the start", "talks set for
		// March": a date the act names for later
		sc.is(d.i-1, "FIXING") || sc.is(d.i-1, "SETTING") || sc.is(d.i-1, "SCHEDULING") ||
		sc.is(d.i-1, "FOR") && (sc.is(d.i-2, "SET") || sc.is(d.i-2, "SCHEDULED")) || sc.is(d.i-1, "OF") && sc.is(d.i-2, "DEADLINE"))
}

// dropComparedPeriods removes a decade named for comparison ("in an echo
// of the 1970s", "the politics of the 1980s") when the sentence has
// another date for its acts.
func (sc *scratch) dropComparedPeriods() {
	if len(sc.dates) < 2 {
		return
	}
	kept := sc.dates[:0]
	for _, d := range sc.dates {
		if d.i > 1 && sc.is(d.i-1, "THE") && sc.is(d.i-2, "OF") && d.j > d.i+1 && sc.is(d.j-1, "S") {
			continue
		}
		kept = append(kept, d)
	}
	sc.dates = kept
}

// frontedPhraseEnd: the first comma of a sentence opening with a
// subordinate phrase ("After the 1965 war with India, …"), or 0.
func (sc *scratch) frontedPhraseEnd() int {
	if !(sc.is(0, "AFTER") || sc.is(0, "FOLLOWING") || sc.is(0, "BEFORE") || sc.is(0, "DURING") || sc.is(0, "WHEN")) {
		return 0
	}
	for k := 1; k < len(sc.toks) && k < 25; k++ {
		if sc.is(k, ",") {
			return k
		}
	}
	return 0
}

// inParticipleAside: date d sits in a comma-enclosed participle phrase
// (", closed since 2021,") that ends before token t: the date describes the
// aside, not the verb after it.
func (sc *scratch) inParticipleAside(d dateSpan, t int) bool {
	c1 := -1
	for k := d.i - 1; k >= 0 && k >= d.i-4; k-- {
		if sc.is(k, ",") {
			c1 = k
			break
		}
	}
	if c1 < 0 || c1+1 >= d.i {
		return false
	}
	// (also ", president since July 1979,": a title's tenure)
	if k := sc.key(c1 + 1); !strings.HasSuffix(k, "ED") && !strings.HasSuffix(k, "EN") && !sc.cl(c1+1, cTitle) &&
		!sc.is(d.i, "SINCE") && !sc.is(d.i-1, "SINCE") {
		return false
	}
	for k := d.j; k < t && k <= d.j+2; k++ {
		if sc.is(k, ",") {
			return true
		}
	}
	return false
}

// movementVerbs move forces somewhere; an infinitive after them is what
// the forces went to do.
var movementVerbs = map[string]bool{"POURED": true, "CROSSED": true, "MARCHED": true, "ADVANCED": true, "RUSHED": true,
	"INTERVENED": true, "DEPLOYED": true, "MOVED": true}

// subjectOpens: every token before c is part of an actor's name or "the".
func (sc *scratch) subjectOpens(c int) bool {
	for k := 0; k < c; k++ {
		if !sc.toks[k].inAct && !sc.is(k, "THE") {
			return false
		}
	}
	return c > 0
}
