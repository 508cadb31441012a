package extract

// Frames: for each trigger, its agent, recipient, date, status and
// amount, and the rules that fold complements and split lists.

import (
	"slices"
	"strings"

	"github.com/pivot-geo/pivot/internal/actors"
	"github.com/pivot-geo/pivot/internal/event"
)

// frames builds candidate mentions from each trigger.
func (sc *scratch) frames(opt Options) {
	if sc.aboutTheText() {
		return // "This brief traces the relationships from the 2015 deal to the war": the text's plan, not history
	}
	// weak triggers yield only where nothing stronger did for the same
	// parties in their clause ("declared a partnership …, weeks before the
	// invasion of Ukraine" keeps the partnership)
	about := sc.textPlanAt() // ", and this survey traces …": what follows is the text's plan
	nStrong := 0
	for pass := 0; pass < 2; pass++ {
		for _, t := range sc.trigs {
			if sc.weakHere(t) != (pass == 1) || about > 0 && t.i > about {
				continue
			}
			n := len(sc.out)
			sc.frame(t, opt)
			if pass == 0 {
				nStrong = len(sc.out)
				continue
			}
			kept := sc.out[:n]
			for _, f := range sc.out[n:] {
				if !sc.coveredByStrong(f, nStrong) {
					kept = append(kept, f)
				}
			}
			sc.out = kept
		}
	}
	sc.followedBy()
	sc.loneAmount()
}

// aboutTheText: the sentence describes the text itself ("This brief
// traces …", "The paper examines …").
func (sc *scratch) aboutTheText() bool {
	if len(sc.toks) < 3 || !(sc.is(0, "THIS") && textNouns[sc.key(1)] || sc.is(0, "THE") && textNouns[sc.key(1)] && !reportNouns[sc.key(1)]) {
		return false // ("The report says …" is often someone else's report)
	}
	k := sc.key(2)
	return sc.toks[2].kind == tWord && !sc.toks[2].cap && (strings.HasSuffix(k, "S") || sc.cl(2, cBe) || sc.is(2, "WILL") || sc.is(2, "ARGUES")) && !strings.HasSuffix(k, "SS")
}

// objectIn: the head of the verb's object, within four words and before
// a preposition, is one of words ("suspended the ban", "withdrew its WTO
// complaint").
func (sc *scratch) objectIn(t trig, words map[string]bool) bool {
	for k := t.j; k < len(sc.toks) && k < t.j+4; k++ {
		switch k := sc.key(k); {
		case words[k]:
			return true
		case k == "," || k == ";" || k == "ON" || k == "OF" || k == "TO" || k == "WITH" || k == "FROM":
			return false
		}
	}
	return false
}

// restrictionNouns: what suspending or terminating eases.
var restrictionNouns = map[string]bool{"BAN": true, "BANS": true, "EMBARGO": true, "SANCTIONS": true, "TARIFFS": true, "RESTRICTIONS": true, "CURBS": true}

// legalActions: what withdrawing or suspending drops ("its WTO complaint",
// "its proceedings against China").
var legalActions = map[string]bool{"COMPLAINT": true, "COMPLAINTS": true, "CASE": true, "PROCEEDINGS": true, "LAWSUIT": true, "SUIT": true,
	"CHARGES": true, "CLAIM": true, "CLAIMS": true, "PETITION": true}

// joinedInAct: "joined <states> in <act>": the states joined are
// partners in the act, not a body joined.
func (sc *scratch) joinedInAct(t trig) bool {
	for _, a := range sc.acts {
		if a.i != t.j && !(a.i == t.j+1 && sc.is(t.j, "THE")) {
			continue
		}
		e := sc.groupEnd(a.group)
		return e > 0 && sc.is(e, "IN") && sc.trigWithin(e+1, e+4)
	}
	return false
}

// joinedCompanions: the group of states joined before "in" and t ("joined
// Saudi Arabia, the UAE and Egypt in severing …"), or 0.
func (sc *scratch) joinedCompanions(t trig) int {
	k := t.i - 1
	for k > 0 && k >= t.i-3 && !sc.is(k, "IN") {
		k--
	}
	if k <= 0 || !sc.is(k, "IN") {
		return 0
	}
	return sc.joinedGroupEndingAt(k)
}

// joinedGroupEndingAt: the group of actors that ends right before k and
// follows "joined", or 0.
func (sc *scratch) joinedGroupEndingAt(k int) int {
	for _, a := range sc.acts {
		if a.j != k {
			continue
		}
		st := sc.groupStart(a.group)
		if st > 0 && (sc.is(st-1, "JOINED") || sc.is(st-1, "JOIN") || sc.is(st-1, "JOINS") || st > 1 && sc.is(st-1, "THE") && sc.is(st-2, "JOINED")) {
			return a.group
		}
	}
	return 0
}

// orgNamed: the sentence names an organisation.
func (sc *scratch) orgNamed() bool {
	for _, a := range sc.acts {
		if a.e != nil && a.e.Kind == actors.Org {
			return true
		}
	}
	return false
}

// textPlanAt: the index of "this <text noun> <verb>" inside the sentence
// ("Few states have swung … as often as Myanmar, and this survey traces
// …"), or 0.
func (sc *scratch) textPlanAt() int {
	for k := 1; k+2 < len(sc.toks); k++ {
		if sc.is(k, "THIS") && textNouns[sc.key(k+1)] && sc.toks[k+2].kind == tWord && !sc.toks[k+2].cap &&
			strings.HasSuffix(sc.key(k+2), "S") && !strings.HasSuffix(sc.key(k+2), "SS") && (sc.is(k-1, ",") || sc.is(k-1, "AND")) {
			return k
		}
	}
	return 0
}

var reportNouns = map[string]bool{"REPORT": true, "STUDY": true, "ANALYSIS": true, "SURVEY": true, "REVIEW": true, "MEMO": true, "COMMENTARY": true}

// accusingLabels: what calling an act or actor accuses it of.
var accusingLabels = []string{"GENOCIDE", "AGGRESSION", "CLEANSING", "TERRORIST", "TERRORISTS", "TERRORISM", "CRIMINAL", "CRIMINALS",
	"ILLEGAL", "ILLEGITIMATE", "UNPROVOKED", "BARBARIC", "STAB", "BETRAYAL", "PROVOCATION", "PROVOCATIONS", "ROGUE", "LIES", "DECEIT",
	"AGGRESSOR", "OCCUPIER", "OCCUPATION", "MASSACRE", "WAR CRIME", "CRIMES", "VIOLATION", "INTERFERENCE", "PIRACY", "BLACKMAIL"}

// praiseLabels: what a leader calls a state he backs ("a traditional
// partner", "a brother").
var praiseLabels = []string{"PARTNER", "PARTNERS", "FRIEND", "FRIENDS", "ALLY", "ALLIES", "BROTHER", "BROTHERS", "BROTHERLY"}

var textNouns = map[string]bool{"BRIEF": true, "ARTICLE": true, "PAPER": true, "ESSAY": true, "REPORT": true, "STUDY": true,
	"ANALYSIS": true, "CHAPTER": true, "SECTION": true, "SURVEY": true, "PIECE": true, "MEMO": true, "COMMENTARY": true, "REVIEW": true}

// loneAmount gives a sentence's only money amount to the nearest act that
// can carry one when no act took it in its own clause ("signed a 30-year
// concession …, pledging some US$ 442 million in investment").
func (sc *scratch) loneAmount() {
	q := -1
	for k, x := range sc.qty {
		if x.kind != "money" {
			continue
		}
		if q >= 0 {
			return // several amounts: each belongs where it stands
		}
		q = k
	}
	if q < 0 {
		return
	}
	best, bd := -1, 1<<30
	for k, f := range sc.out {
		if f.amount != nil {
			return
		}
		switch f.t.typ {
		case event.Aid, event.Agree, event.Cooperate, event.Sanction, event.Coerce:
		default:
			continue
		}
		d := f.trig.i - sc.qty[q].i
		if d < 0 {
			d = -d
		}
		if d < bd {
			best, bd = k, d
		}
	}
	if best >= 0 {
		x := sc.qty[q]
		sc.out[best].amount = x.amount()
	}
}

// weakHere: a weak trigger that its context makes an act of its own
// ("killed the al-Qaeda leader", "pressed him to withdraw") is strong.
func (sc *scratch) weakHere(t trig) bool {
	if !t.p.weak {
		return false
	}
	// ("the EU and China proclaimed a comprehensive strategic partnership at
	// their summit": a relationship noun under its own light verb is the
	// clause's act, beside the summit)
	// ("a US$ 500 million package": a package with its sum is a transfer)
	return !(t.p.key == "kill" && sc.victimAfter(t)) && !(t.p.key == "press" && sc.pressedTo(t)) && !(t.p.typ == event.Support && sc.lightBefore(t)) &&
		!sc.packageSum(t)
}

// packageSum: "a US$ 500 million package", "a $3bn package".
func (sc *scratch) packageSum(t trig) bool {
	return t.p.key == "package" && sc.hasMoney(t.i-5, t.i)
}

// coveredByStrong: a strong frame of f's clause already involves one of
// f's parties.
func (sc *scratch) coveredByStrong(f frame, nStrong int) bool {
	for _, s := range sc.out[:nStrong] {
		if s.trig.clause != f.trig.clause {
			continue
		}
		if twoSums(s, f) {
			continue // "an arms package worth $7.5bn, alongside the write-off of $4.7bn": two sums, two acts
		}
		for _, c := range f.actor {
			if has(s.actor, c) || has(s.recip, c) {
				return true
			}
		}
		for _, c := range f.recip {
			if has(s.actor, c) || has(s.recip, c) {
				return true
			}
		}
	}
	return false
}

// followedBy repeats the acts before ", followed by X in 2018" for X:
// "Panama switched its recognition from Taiwan to China in June 2017,
// followed by the Dominican Republic and El Salvador in 2018".
func (sc *scratch) followedBy() {
	// "…, followed by the Dominican Republic in 2018", "…; Turkey followed
	// on 16 December, and the United States on 25 December": later actors
	// doing the same act
	f, g := -1, -1
	for k := 1; k+1 < len(sc.toks); k++ {
		if sc.echoVerb(k) {
			sc.echoAct(k)
			return
		}
		if !sc.is(k, "FOLLOWED") {
			continue
		}
		if sc.is(k+1, "BY") && sc.is(k-1, ",") {
			for _, a := range sc.acts {
				if a.i == k+2 || a.i == k+3 && sc.is(k+2, "THE") {
					f, g = k, a.group
					break
				}
			}
		} else if !sc.is(k+1, "BY") {
			for _, a := range sc.acts {
				if a.j == k && a.i > 0 && (sc.is(a.i-1, ";") || sc.is(a.i-1, ",") || sc.is(a.i-1, "AND")) && !a.inPP {
					f, g = k, a.group
					break
				}
			}
		}
		if f >= 0 {
			break
		}
	}
	if f < 0 || len(sc.out) == 0 {
		return
	}
	type follower struct {
		g  int
		ds dateSpan
	}
	var fs []follower
	for _, d := range sc.dates {
		if d.i > f {
			fs = append(fs, follower{g, d})
			break
		}
	}
	if len(fs) == 0 {
		return
	}
	// gapped followers: ", and the United States on Christmas Day"
	last := fs[0].ds.j
	for _, a := range sc.acts {
		if a.i <= last || a.group == g || !(sc.is(a.i-1, "AND") || sc.is(a.i-1, ",") || sc.is(a.i-1, "THE") && sc.is(a.i-2, "AND")) {
			continue
		}
		for _, d := range sc.dates {
			if d.i >= sc.groupEnd(a.group) && d.i <= sc.groupEnd(a.group)+1 {
				fs = append(fs, follower{a.group, d})
				last = d.j
			}
		}
	}
	n := len(sc.out)
	for _, fl := range fs {
		who := sc.groupCodes(fl.g, dateKey(fl.ds.d), nil)
		for _, o := range sc.out[:n] {
			if o.trig.i > f || len(o.actor) != 1 {
				continue
			}
			c := o
			c.actor = append([]string(nil), who...)
			c.recip = removeAll(append([]string(nil), o.recip...), who)
			c.date, c.hasDate = fl.ds, true
			c.amount = nil
			c.conf = o.conf - 0.2
			if len(c.recip) > 0 {
				sc.out = append(sc.out, c)
			}
		}
	}
}

// joinedInDoing: "joined X in <doing>": joining others in an act, not
// joining a body.
func (sc *scratch) joinedInDoing(t trig) bool {
	for k := t.j; k+1 < len(sc.toks) && k < t.j+10; k++ {
		if sc.is(k, ",") || sc.is(k, ";") || sc.verbTriggerAt(k) && k > t.j && !strings.HasSuffix(sc.key(k), "ING") {
			return false
		}
		if sc.is(k, "IN") && strings.HasSuffix(sc.key(k+1), "ING") && !sc.toks[k+1].cap {
			return true
		}
	}
	return false
}

// venuePhrase: the noun at t names where another act of the sentence
// happened ("at the Wales summit …, Helsinki and Stockholm signed", "on
// the margins of the CSCE summit in Budapest, the United States … gave").
func (sc *scratch) venuePhrase(t trig) bool {
	at := false
	for k := t.i - 1; k >= 0 && k >= t.i-6; k-- {
		if sc.is(k, "AT") || sc.is(k, "DURING") || sc.is(k, "OF") && (sc.is(k-1, "MARGINS") || sc.is(k-1, "SIDELINES") || sc.is(k-1, "MARGIN")) {
			at = true
			break
		}
		if sc.is(k, ",") || sc.toks[k].kind == tWord && !sc.toks[k].cap && sc.toks[k].cls&cFunc == 0 && !sc.inDate(k) && !strings.HasSuffix(sc.key(k), "S") {
			break // (only the summit's own name and modifiers between)
		}
	}
	if !at {
		return false
	}
	for _, o := range sc.trigs {
		if o.i != t.i && !o.p.noun && !o.p.weak {
			return true
		}
	}
	return false
}

// echoVerb: the words at k restate an act already told ("followed
// suit", "did so", "did likewise", "did the same").
func (sc *scratch) echoVerb(k int) bool {
	return sc.is(k, "FOLLOWED") && sc.is(k+1, "SUIT") ||
		sc.is(k, "DID") && (sc.is(k+1, "SO") || sc.is(k+1, "LIKEWISE") || sc.is(k+1, "THE") && sc.is(k+2, "SAME"))
}

// echoAct gives the actor right before an echo at k ("…, and Nicaragua
// followed suit", "China established relations in January and the United
// States did so in February", "Phnom Penh did the same") the acts told
// before it in the sentence, on the echo's own date or else theirs. The
// follower is no party to those acts, though a list may have put it among
// their objects.
func (sc *scratch) echoAct(k int) {
	fa := -1
	for m, a := range sc.acts {
		if a.j == k && a.e != nil && (a.i > 0 && (sc.is(a.i-1, ";") || sc.is(a.i-1, ",") || sc.is(a.i-1, "AND") || sc.is(a.i-1, "THE") && sc.is(a.i-2, "AND")) || sc.sentenceStart(a.i)) {
			fa = m
		}
	}
	if fa < 0 {
		return
	}
	who := sc.acts[fa].e.Code
	before := false
	for _, o := range sc.out {
		before = before || o.trig.i < k
	}
	if !before {
		// ("The Dominican Republic and El Salvador did so in 2018": each)
		for _, c := range sc.groupCodes(sc.acts[fa].group, 0, nil) {
			sc.echoPrevious(k, c)
		}
		return
	}
	// "… relations with Turkmenistan on 6 January and the United States
	// did so": a follower the list joined to the act's objects is none
	listed := false
	for _, a := range sc.acts[:fa] {
		if a.group == sc.acts[fa].group {
			listed = true
		}
	}
	var ds dateSpan
	for _, d := range sc.dates {
		if d.i > k {
			ds = d
			break
		}
	}
	// the act's object answers in kind when the sentence or the passage
	// made it the object ("Bangkok recalled its ambassador [from Cambodia],
	// Phnom Penh did the same"); otherwise the act's reading of the
	// follower as its object is the follower's own clause misread
	named := false
	for _, a := range sc.acts[:fa] {
		if a.e != nil && a.e.Code == who {
			named = true
		}
	}
	answers := func(o frame) bool {
		if listed || len(o.actor) != 1 {
			return false
		}
		if named {
			return true
		}
		// (acts of diplomatic tit for tat between the passage's pair)
		p := [2]string{o.actor[0], who}
		if p[0] > p[1] {
			p[0], p[1] = p[1], p[0]
		}
		w := sc.key(o.trig.i) // (the act's verb; k stays the echo's place)
		return sc.pair == p && (strings.HasPrefix(w, "RECALL") || strings.HasPrefix(w, "EXPEL") || strings.HasPrefix(w, "SEVER") || strings.HasPrefix(w, "CLOSE"))
	}
	kept := sc.out[:0]
	for _, o := range sc.out {
		if o.trig.i < k && has(o.recip, who) && !answers(o) {
			if !ds.d.IsZero() && o.date.i == ds.i {
				continue // (on the follower's own date)
			}
			o.recip = removeAll(o.recip, []string{who})
			if len(o.recip) == 0 && sc.focus != "" && sc.focus != who && !has(o.actor, sc.focus) {
				o.recip = []string{sc.focus}
			}
			if len(o.recip) == 0 {
				continue
			}
		}
		kept = append(kept, o)
	}
	sc.out = kept
	n := len(sc.out)
	for _, o := range sc.out[:n] {
		if o.trig.i > k || len(o.actor) != 1 || has(o.actor, who) {
			continue
		}
		c := echoed(o, who, ds)
		c.conf = o.conf - 0.2
		sc.out = append(sc.out, c)
	}
}

// echoed is act o repeated by the follower who, on date ds if the echo
// gives one ("Bangkok recalled its ambassador, Phnom Penh did the same":
// the act's object answers in kind).
func echoed(o frame, who string, ds dateSpan) frame {
	c := o
	c.actor = []string{who}
	c.recip = removeAll(append([]string(nil), o.recip...), []string{who})
	if len(c.recip) < len(o.recip) {
		c.recip = append(c.recip, o.actor...)
	}
	if !ds.d.IsZero() {
		c.date, c.hasDate = ds, true
	}
	c.amount = nil
	return c
}

// hasEcho: the sentence has an echo verb ("did so", "followed suit").
func (sc *scratch) hasEcho() bool {
	for k := 1; k+1 < len(sc.toks); k++ {
		if sc.echoVerb(k) {
			return true
		}
	}
	return false
}

// echoPrevious gives the follower who the acts of the previous sentence
// ("Riyadh severed relations with Tehran. Sudan followed suit within a
// day."), on the echo's own date or else theirs; the echo's words are the
// trigger.
func (sc *scratch) echoPrevious(k int, who string) {
	var ds dateSpan
	for _, d := range sc.dates {
		if d.i > k {
			ds = d
			break
		}
	}
	j := k + 2
	if sc.is(k+1, "THE") {
		j = k + 3
	}
	for _, o := range sc.prevOut {
		if len(o.actor) != 1 || has(o.actor, who) {
			continue
		}
		// (the trigger and the date's place are the echo's, in this sentence)
		o.trig, o.date.i, o.date.j = trig{i: k, j: j, p: o.trig.p}, k, k
		c := echoed(o, who, ds)
		if len(c.recip) == 0 {
			continue
		}
		c.conf = o.conf - 0.3
		sc.out = append(sc.out, c)
	}
}

// frame finds the actors, date, status and amount for one trigger.
func (sc *scratch) frame(t trig, opt Options) {
	sc.conduit = false
	if t.p.noun && t.j == t.i+1 && strings.HasSuffix(sc.key(t.i), "ING") && sc.is(t.i-1, ",") && sc.actorAt(t.j) {
		// "…, meeting Vladimir Putin in Vladivostok": a participle with its
		// object, not the noun "meeting"
		p := *t.p
		p.noun = false
		t.p = &p
	}
	lo, hi := sc.clauseRange(t.clause)
	for k := t.i - 1; k >= 0 && k >= t.i-4; k-- {
		if sc.cl(k, cBlock) && !(t.p.noun && sc.is(k, "ORDERED") && isAttack(t.p.typ)) {
			return // ("ordered 25 per cent tariffs on Mexican goods": an order that takes effect)
		}
	}
	if t.p.weak && t.p.typ == event.Support && sc.endedSpan(t) {
		t.p = endedRelations // "voted to end thirty-six years of diplomatic relations with Taiwan"
	}
	if t.p.weak && !sc.lightBefore(t) && !sc.compoundBefore(t) && !sc.lightAfter(t) && !(t.p.key == "kill" && sc.victimAfter(t)) &&
		!(t.p.key == "press" && sc.pressedTo(t)) && !sc.packageSum(t) && !(t.p.key == "charge" && !t.p.noun && sc.actorAt(t.j) && sc.wordAfter(t, 4, "WITH")) {
		return // (not "charged Beijing with dollar diplomacy": an accusation)
	}
	if t.p.weak && sc.negVerbBefore(t) {
		return
	}
	if t.p.key == "listed" && !(sc.wordAfter(t, 10, "TERRORIST", "TERRORISTS", "TERROR") && sc.wordAfter(t, 5, "AS")) {
		return // "listed the Houthis as a … terrorist entity" designates; other lists do not
	}
	if t.p.key == "offensive" && t.p.noun && nonMilitaryOffensive[sc.key(t.i-1)] {
		return // "a legal offensive", "a diplomatic offensive", "a charm offensive": no attack
	}
	if !t.p.noun && t.p.typ == event.Agree && sc.is(t.j, "AS") && sc.wordAfter(t, 4, "WITNESS", "WITNESSES", "GUARANTOR", "GUARANTORS", "OBSERVER", "OBSERVERS") {
		return // "the United States, Britain, France and Germany signed as witness states": no agreement among the witnesses
	}
	if t.p.noun && sc.backReference(t) {
		return // "groups that had stayed outside the 2018 deal" in a passage on 2024: an earlier event named, not told
	}
	if t.p.key == "left" && sc.wordAfter(t, 4, "DEAD", "KILLED", "WOUNDED", "INJURED", "HOMELESS", "STRANDED") {
		return // "engagements that left dozens dead": casualties, not a withdrawal
	}
	if responseVerbs[sc.key(t.i)] && sc.is(t.j, "WITH") && sc.trigWithin(t.j+1, t.j+5) {
		return // "retaliated with bans on Turkish food imports": the act is what it answered with
	}
	if (t.p.key == "ban on" || t.p.key == "bans on") && !sc.actorIn(t.j, min(t.j+6, len(sc.toks))) && !sc.wordAfter(t, 6, bannedDealings...) {
		return // "a ban on 26 social media platforms": a domestic ban, no other party
	}
	if t.p.trade && sc.restrictedGoods(t) {
		return // "an embargo on imports from Argentina": what the ban stops, not a trade
	}
	if t.p.noun && sc.titleLine {
		return // "Russia–Pakistan Relations, 1947–2025": a heading's nouns name its topic
	}
	if t.p.weak && len(sc.out) > 0 && lo > 0 && sc.is(lo, ",") && strings.HasSuffix(sc.key(lo+1), "ING") && !(t.p.key == "kill" && sc.victimAfter(t) && !sc.frontedSubordinate()) {
		return // ", formalising military cooperation" elaborates the act already coded
	}
	if !t.p.noun && t.p.typ == event.Aid {
		// "extended diplomatic recognition to Hanoi", "granted it de facto
		// recognition", "delivered an ultimatum to New Delhi": the verb
		// gives what its object names
		for _, o := range sc.trigs {
			if o.p.noun && (o.p.typ == event.Support || o.p.typ == event.Threaten || o.p.typ == event.Accuse || o.p.typ == event.Request) &&
				o.i > t.i && o.i <= t.j+4 && sc.plainNP(t.j, o.i) {
				np := *o.p
				np.noun = false
				t.p = &np
				break
			}
		}
	}
	if sc.complement(t) || sc.deniedContent(t) {
		return
	}
	// "sent the People's Liberation Army across the Vietnamese border":
	// forces sent across a border attack
	if !t.p.noun && t.p.typ == event.Aid && (sc.is(t.i, "SENT") || sc.is(t.i, "SEND") || sc.is(t.i, "SENDS") || sc.is(t.i, "SENDING")) {
		for k := t.j; k < len(sc.toks) && k <= t.j+6; k++ {
			if sc.is(k, "ACROSS") && (sc.wordAfter(trig{i: k, j: k + 1}, 4, "BORDER", "FRONTIER")) {
				t.p = crossBorder
				break
			}
		}
	}
	if (t.p.key == "close" || t.p.key == "seal" || t.p.key == "shut" && !passiveAt(sc, t) || t.p.key == "shuts" || t.p.key == "shutting") && !sc.wordAfter(t, 5, "BORDER", "BORDERS", "FRONTIER", "AIRSPACE", "CROSSINGS", "CONSULATE", "CONSULATES", "PORTS", "ROUTES", "ROUTE", "EMBASSY", "EMBASSIES", "CROSSING", "STRAIT", "WATERS") {
		return // closing a border or airspace reduces relations; "close ties" does not
	}
	if t.p.noun && isAttack(t.p.typ) && sc.wordBefore(t, 4, "ENDING", "ENDED", "END", "ENDS") {
		return // "a declaration ending the state of war": the war is over, not waged
	}
	if t.p.noun && t.p.typ == event.Sanction && (sc.wordBefore(t, 4, "LIFTING", "EASING", "RELIEF", "REMOVAL", "SUSPENSION", "WAIVER") || sc.wordAfter(t, 1, "RELIEF", "WAIVER", "WAIVERS")) {
		return // "in return for the lifting of sanctions", "sanctions relief": an easing, not a sanction
	}
	if (t.p.key == "called off" || t.p.key == "call off" || t.p.key == "calling off") && !sc.wordAfter(t, 4, "TALKS", "VISIT", "VISITS", "MEETING", "NEGOTIATIONS", "SUMMIT", "EXERCISES", "EXERCISE", "DEAL", "TRIP", "DIALOGUE", "DRILLS", "AGREEMENT", "SALE", "PURCHASE") {
		return // calling off talks or a visit reduces relations; "called off the strike" does not
	}
	if (t.p.key == "entered" || t.p.key == "moved into") && !sc.wordAfter(t, 4, "WATERS", "AIRSPACE", "TERRITORY", "TERRITORIAL") {
		return // "entered Guyanese waters" is a deployment; "entered talks" is not
	}
	if forumKeys[t.p.key] && !sc.wordBefore(t, 8, "TOOK", "TAKEN", "TAKE", "TAKES", "TAKING", "BROUGHT", "REFERRED", "APPEALED") {
		return // "took the duties to the WTO" is a complaint; "accession to the WTO" is not
	}
	if t.p.key == "stormed" && t.i >= 1 && !sc.inActor(t.i-1) && !sc.inActor(t.i-2) {
		return // "protesters stormed its embassy": no state's agent named ("Ecuadorian police stormed" is)
	}
	if (t.p.key == "called" || t.p.key == "calls") && !sc.wordAfter(t, 8, accusingLabels...) && !sc.wordAfter(t, 6, praiseLabels...) {
		return // "called the killings genocide" accuses; "called a summit", "called it a partnership" do not
	}
	if t.p.key == "called" || t.p.key == "calls" {
		for _, o := range sc.trigs {
			if o.p.noun && isAttack(o.p.typ) && o.i >= t.j && o.i <= t.j+3 {
				return // "called the attack on Iran aggression": the attacker, unnamed here, is accused
			}
		}
	}
	if !t.p.noun && sc.is(t.i-1, "HAVE") && sc.is(t.i-2, "TO") && sc.rankedBefore(t.i-2) {
		return // "Pakistan, one of only three states to have recognised the Taliban, …": a description, not the act
	}
	if t.p.noun && t.p.typ == event.Sanction && sc.wordBefore(t, 3, "ATTRACT", "ATTRACTING", "RISK", "RISKED", "RISKING", "AVOID", "AVOIDED", "AVOIDING", "ESCAPE", "EVADE", "EVADED", "EVADING", "INCUR") {
		return // "warnings that it could attract sanctions": a risk, not a sanction
	}
	if t.p.key == "met" && t.i > 0 && sc.cl(t.i-1, cBe) && sc.is(t.j, "WITH") {
		return // "the uprising was met with force": a response, not a meeting
	}
	if t.p.key == "asked" && (sc.wordBefore(t, 4, "QUESTION", "QUESTIONS") || sc.is(t.j, "WHY") || sc.is(t.j, "WHETHER") || sc.is(t.j, "HOW") || sc.is(t.j, "WHAT") || sc.is(t.j, "IF")) {
		return // "the first question Pakistani strategists asked", "Lula asked why every country …": a question, not a request
	}
	if t.p.key == "insist" && !(sc.is(t.j, "ON") || sc.is(t.j, "THAT") && sc.wordAfter(t, 8, "BE", "SHOULD", "MUST")) {
		return // "insisted that the intruders be pulled back" asks; "insisted that it had no role" claims
	}
	if t.p.key == "returned to" && (sc.is(t.j, "POWER") || sc.is(t.j, "OFFICE") || sc.is(t.j, "THE") && (sc.is(t.j+1, "PRESIDENCY") || sc.is(t.j+1, "PREMIERSHIP"))) {
		return // "after the Awami League returned to power": not a visit
	}
	if t.p.key == "became" && !(sc.wordAfter(t, 5, "MEMBER") && sc.actorIn(t.j, t.j+3)) {
		return // "Sweden became NATO's 32nd member" is joining; "became president" is not an act
	}
	if t.p.mode == "ceasefire" && t.p.noun && sc.agreedPassiveAfter(t, true) {
		return // "a ceasefire was agreed": the agreement is the act (AGREE), coded from its verb
	}
	embassyFirst := sc.wordBefore(t, 5, "EMBASSY") && !sc.actorAt(t.j) && !sc.is(t.j, "THE") // "The US embassy in Honiara reopened in February 2023"
	if t.p.key == "reopen" && !sc.wordAfter(t, 5, "BORDER", "BORDERS", "FRONTIER", "AIRSPACE", "CROSSINGS", "CROSSING", "ROUTES", "ROUTE", "EMBASSY", "EMBASSIES") &&
		!(t.i > 0 && sc.cl(t.i-1, cBe) && sc.wordBefore(t, 8, "BORDER", "BORDERS", "FRONTIER", "AIRSPACE", "CROSSINGS", "CROSSING", "ROUTES", "ROUTE")) && !embassyFirst {
		return // reopening a border resumes exchange; "reopened the case" does not
	}
	if (t.p.key == "handed" || t.p.key == "hands") && !sc.wordAfter(t, 4, "BACK") && !(sc.wordAfter(t, 2, "OVER") && sc.wordAfter(t, 6, "PENINSULA", "TERRITORY", "ISLAND", "ISLANDS", "ZONE", "REGION", "PROVINCE", "CONTROL", "SOVEREIGNTY")) &&
		!sc.handedMateriel(t) &&
		!(passiveAt(sc, t) && sc.wordBefore(t, 8, "BASE", "BASES", "INSTALLATIONS", "GARRISON", "CAMP")) {
		return // "handed Hong Kong back", "handed over the peninsula"; not "handed over documents"
	}
	if (t.p.key == "sign" || t.p.key == "signed") && sc.wordAfter(t, 6, "ACT", "BILL", "LAW", "DECREE", "LEGISLATION") && !sc.wordAfter(t, 6, "AGREEMENT", "TREATY", "ACCORD", "DEAL", "PACT") {
		return // "Obama signed the Kerry-Lugar-Berman Act": a law, not an agreement with a state
	}
	if !t.p.noun && t.p.mode != "third-party" && t.p.key != "host" && strings.HasSuffix(sc.key(t.i), "ED") && sc.is(t.j, "BY") && t.i > 0 && sc.toks[t.i-1].kind == tWord &&
		!sc.toks[t.i-1].cap && !sc.cl(t.i-1, cBe) && sc.toks[t.i-1].cls&cFunc == 0 && !sc.inActor(t.i-1) && !sc.actorIn(t.j, t.j+3) {
		return // "a cruise missile banned by the treaty": a participle describing a noun
	}
	if t.p.key == "released" && sc.wordAfter(t, 3, "VIDEO", "STATEMENT", "REPORT", "FOOTAGE", "DOCUMENT", "DOCUMENTS", "IMAGES", "PHOTOS", "DATA", "FIGURES", "RECORDING", "DETAILS") {
		return // "released a video": not a concession
	}
	if t.p.key == "dropped" && !sc.wordAfter(t, 4, "FROM") {
		return // "dropped India from the railway project"; not "dropped its objection"
	}
	if t.p.key == "mined" && !sc.wordAfter(t, 4, "PORTS", "PORT", "HARBOURS", "HARBORS", "HARBOUR", "HARBOR", "WATERS", "STRAIT") {
		return // mining another state's ports is an attack; "mined copper" is not
	}
	if t.p.key == "admit" && !sc.wordAfter(t, 8, "MEMBER", "MEMBERS", "MEMBERSHIP") && !((sc.is(t.j, "TO") || sc.is(t.j, "INTO")) && (sc.orgAt(t.j+1) || sc.is(t.j+1, "THE") && sc.orgAt(t.j+2))) {
		return // "admitted India and Pakistan as full members", "were admitted to NATO"; not "admitted the mistake"
	}
	if t.p.key == "destroy" && passiveAt(sc, t) && !sc.is(t.j, "BY") {
		return // "Pan Am Flight 103 was destroyed over Lockerbie": no agent named
	}
	if t.p.key == "file" && !sc.wordAfter(t, 4, "CASE", "COMPLAINT", "SUIT", "LAWSUIT", "CLAIM", "PETITION", "APPEAL") {
		return // "filed an arbitration case against China"; not "filed a report"
	}
	if t.p.key == "boarded" && !sc.wordAfter(t, 5, "BOAT", "BOATS", "SHIP", "SHIPS", "VESSEL", "VESSELS", "TANKER", "TANKERS", "FREIGHTER", "TRAWLER") {
		return // boarding a ship by force; not "boarded a plane"
	}
	if t.p.key == "impose" && sc.wordAfter(t, 5, "LAW", "CURFEW", "RULE", "EMERGENCY") {
		return // "imposed a security law on Hong Kong": domestic rule, not a sanction
	}
	if t.p.key == "airlifted" && sc.wordAfter(t, 5, "ARMS", "AMMUNITION", "WEAPONS", "SUPPLIES", "EQUIPMENT", "AID") {
		t.p = airliftAid // "airlifted small arms and ammunition to New Delhi"
	} else if (t.p.key == "flew in" || t.p.key == "airlifted") && !sc.wordAfter(t, 4, "TROOPS", "PARATROOPERS", "SOLDIERS", "FORCES", "MARINES", "COMMANDOS", "UNITS") {
		return // "flew in paratroopers"; not "flew in from Paris"
	}
	if (t.p.key == "recall") && !sc.wordAfter(t, 5, "AMBASSADOR", "AMBASSADORS", "COMMISSIONER", "ENVOY", "ENVOYS", "DIPLOMATS", "EXPERTS", "ADVISERS", "ADVISORS", "TECHNICIANS", "TROOPS", "STAFF", "PERSONNEL") {
		return // "recalled its experts", not "recalled that …"
	}
	if (t.p.key == "cut" || t.p.key == "cuts" || t.p.key == "cutting" || t.p.key == "sever") && !sc.wordAfter(t, 4, cutObjects...) {
		return // "cut its official ties", "cut the sugar quota"; not "cut taxes"
	}
	// ("received him at the White House": a person, not her first cargo)
	personObj := sc.is(t.j, "HIM") || sc.is(t.j, "HER") && (sc.is(t.j+1, "AT") || sc.is(t.j+1, "IN") || sc.is(t.j+1, "ON") || sc.is(t.j+1, ",") || sc.is(t.j+1, "."))
	if t.p.key == "receive" && !passiveAt(sc, t) && (sc.actorAfterTitles(t.j) || personObj) && !sc.hasMoney(t.j, hi) && !sc.wordAfter(t, 6, materiel...) {
		t.p = receivedVisit // "Putin received Erdogan in St Petersburg": a host's meeting
	} else if t.p.key == "receive" && passiveAt(sc, t) && !sc.hasMoney(t.j, hi) {
		t.p = receivedVisit // "Putin was received in Astana on a state visit"
	} else if t.p.key == "receive" && !sc.hasMoney(t.j, hi) && !sc.wordAfter(t, 6, materiel...) {
		return // "received US$ 1.3 billion", "received 24 Rafale jets"; not "received a delegation"
	}
	if !t.p.noun && (t.p.key == "join" || t.p.key == "joined") && sc.joinedInDoing(t) {
		return // "Japan joined its G7 partners in freezing Russia's assets": the act is the freezing
	}
	if t.p.noun && (t.p.key == "summit" || t.p.key == "meeting") && sc.venuePhrase(t) {
		return // "on the margins of the G20 summit in New Delhi, Angola signed …": the act's setting
	}
	if (t.p.key == "stop in" || t.p.key == "stopover in") && (sc.is(t.i-1, "MONTHLY") || sc.is(t.i-1, "WEEKLY") || sc.is(t.i-1, "DAILY") || sc.is(t.i-1, "REFUELLING") ||
		sc.is(t.i-1, "REFUELING") || sc.is(t.i-1, "TECHNICAL") || sc.is(t.i-1, "SCHEDULED")) {
		return // "flights … with a monthly stop in Córdoba": a route, not a visit
	}
	if t.p.key == "grant" && sc.is(t.i-1, "FOR") {
		return // "could be taken for granted": an idiom
	}
	if t.p.key == "protest" && sc.is(t.i-1, "IN") {
		return // "recalled its ambassador in protest": the manner of another act
	}
	if !t.p.noun && t.j == t.i+1 && strings.HasSuffix(sc.key(t.i), "ED") && t.i > 0 &&
		(sc.toks[t.i-1].kind == tNum && !sc.inDate(t.i-1) || numberWords[sc.key(t.i-1)] > 0 || quantifiers[sc.key(t.i-1)] || sc.is(t.i-1, "THE") || sc.is(t.i-1, "A") || sc.is(t.i-1, "AN")) &&
		t.j < len(sc.toks) && sc.toks[t.j].kind == tWord && sc.toks[t.j].cls&cFunc == 0 && !sc.inDate(t.j) {
		return // "freed seven jailed Americans", "the armed forces": a participle used as an adjective
	}
	if !t.p.noun && sc.toks[t.i].cap && t.i > 0 && sc.toks[t.i-1].cap && sc.toks[t.i-1].kind == tWord && !sc.sentenceStart(t.i) && !sc.inActor(t.i-1) {
		return // "the Amazon Fund": a capitalised word inside a name
	}
	if t.p.noun && sc.toks[t.i].cap && sc.inDocTitle(t.i) {
		return // "Treaty of Friendship, Alliance and Mutual Assistance": words of a title
	}
	if !t.p.noun && t.j == t.i+1 && (sc.is(t.i-1, "UNDER") || sc.is(t.i-2, "UNDER") && sc.toks[t.i-1].kind == tWord && !sc.toks[t.i-1].cap) {
		return // "under heavy pressure": a circumstance
	}
	if !t.p.noun && t.j == t.i+1 && !strings.HasSuffix(sc.key(t.i), "ED") && !strings.HasSuffix(sc.key(t.i), "ING") && !pastIrregular[sc.key(t.i)] && sc.detAdjBefore(t) {
		return // "a rare honour", "an abrupt halt": a verb form used as a noun
	}
	if t.p.noun && (sc.is(t.i-1, "THAT") || sc.is(t.i-1, "THIS") || sc.is(t.i-1, "THESE") || sc.is(t.i-1, "THOSE")) && !sc.is(t.j, "OF") && !sc.lightAfter(t) {
		// "That pact was terminated": the pact was coded where it was made
		// ("These exercises were initiated in 2016" dates it, and stays)
		return
	}
	if t.p.noun && (t.p.key == "war" || t.p.key == "conflict") && sc.is(t.i-1, "THE") && !sc.wordAfter(t, 2, "WITH", "BETWEEN", "AGAINST", "ON", "OF", "IN") {
		return // "the leverage that the war had given": the war named before
	}
	if t.p.noun && (t.p.key == "talk" || t.p.key == "negotiation") && (sc.is(t.i-1, "THE") && !sc.wordAfter(t, 2, "WITH", "BETWEEN", "ON", "OF", "IN", "AT") ||
		sc.is(t.i-1, "OF") && (sc.is(t.i-2, "YEARS") || sc.is(t.i-2, "YEAR") || sc.is(t.i-2, "DECADE") || sc.is(t.i-2, "DECADES") || sc.is(t.i-2, "MONTHS") || sc.is(t.i-2, "CENTURY"))) {
		return // "Cairo declared the talks dead", "after a decade of talks": talks told before, or their length
	}
	if t.p.noun && (t.p.key == "war" || t.p.key == "conflict") && (sc.is(t.i-1, "AT") || sc.is(t.j, "ENDED") || sc.is(t.j, "ENDS") ||
		sc.wordBefore(t, 4, "ENDED", "ENDING", "END", "ENDS", "CLOSING")) {
		return // "formally at war", "the war ended with a statement", "ended eight years of war": the war's state or end, not its fighting
	}
	if t.p.noun && t.p.mode == "multilateral" && t.i > 0 && sc.orgAt(t.i-1) {
		return // "met Xi at the G20 summit": the forum's summit is the venue
	}
	// "Pakistan's J-10C fighters, delivered from 2022, downed …": a
	// participle aside describes a thing; its giver is not named
	if !t.p.noun && sc.is(t.i-1, ",") && strings.HasSuffix(sc.key(t.i), "ED") && t.i > 1 && sc.toks[t.i-2].kind == tWord && !sc.inActor(t.i-2) &&
		!sc.toks[t.i-2].cap && !sc.is(t.j, "BY") && sc.closingCommaAfter(t.j, 5) && !sc.closesRelative(t.i-1) {
		return
	}
	if !t.p.noun && (sc.is(t.i, "STRUCK") || sc.is(t.i, "STRIKE") || sc.is(t.i, "STRIKES")) && sc.wordAfter(t, 4, "DEAL", "BARGAIN", "AGREEMENT", "COMPROMISE", "ACCORD", "PACT", "OFF") {
		return // "the two governments struck a deal", "struck South Korea off its white list": not an attack
	}
	if !t.p.noun && (sc.is(t.i, "STRUCK") || sc.is(t.i, "STRIKE") || sc.is(t.i, "STRIKES")) && sc.wordBefore(t, 4, "BARGAIN", "BARGAINS", "DEAL", "DEALS", "COMPROMISE", "AGREEMENT", "AGREEMENTS") {
		return // "the bargains that Karachi struck with Washington": a deal made, not an attack
	}
	if t.p.noun && sc.stoppedAfter(t) {
		return // "talks … were frozen", "negotiations collapsed": no happening to code
	}
	if t.p.noun && t.p.typ == event.Assault && sc.is(t.j, "WITH") && sc.wordAfter(t, 6, "BROKE", "ERUPTED") && !sc.actorIn(lo, t.i) {
		return // "When war with India broke out, the United States …": the other side is not named
	}
	if !t.p.noun && t.p.typ == event.Agree && (sc.is(t.i, "SIGNED") || sc.is(t.i, "SIGNS") || sc.is(t.i, "SIGN") || sc.is(t.i, "SIGNING")) {
		for _, o := range sc.trigs {
			if o.p.noun && o.p.typ == event.Sanction && (o.i == t.j || o.i == t.j+1 && (sc.is(t.j, "NEW") || sc.is(t.j, "THE"))) {
				return // "Trump signed sanctions on the vessels": the sanction is the act
			}
		}
	}
	if t.p.noun && t.p.key == "deposit" && !sc.is(t.j, "WITH") && !(sc.is(t.j, "IN") && !sc.inDate(t.j+1)) {
		return // "a $2bn deposit with the State Bank" is aid; "a deposit included" in a list is part of another act
	}
	if t.p.typ == event.Sanction && sc.is(t.i-1, "TEST") && (sc.is(t.j, "TREATY") || sc.is(t.j, "TALKS") || sc.is(t.j, "AGREEMENT")) {
		return // "a partial test ban treaty": the treaty's name, not a ban
	}
	if !t.p.noun && t.p.typ == event.Aid && strings.HasPrefix(t.p.key, "deliver") && sc.wordAfter(t, 3, "MESSAGE", "LETTER", "NOTE", "WARNING", "ULTIMATUM",
		"SPEECH", "ADDRESS", "VERDICT", "RULING", "REPLY", "ANSWER", "LECTURE", "REBUKE", "DEMARCHE", "INVITATION", "PROPOSAL") {
		return // "Yahya delivered the message in person": words, not goods
	}
	if !t.p.noun && t.p.typ == event.Aid && (sc.is(t.i, "LENDING") || sc.is(t.i, "LENT") || sc.is(t.i, "LEND") || sc.is(t.i, "LENDS")) &&
		sc.wordAfter(t, 8, "COVER", "WEIGHT", "LEGITIMACY", "CREDIBILITY", "CREDENCE", "BACKING", "VOICE", "SUPPORT", "EAR") {
		return // "lending the American action a legal cover": backing, not a loan
	}
	byPassive := false
	subj := sc.subject(t, lo)
	if subj <= 0 {
		subj = sc.decisionSubject(t, lo)
	}
	if t.p.noun && t.p.typ == event.Agree && subj > 0 && (sc.orgAt(t.i-1) || sc.orgAt(t.i-2)) {
		// "Australia, Britain and the United States announced the AUKUS
		// security pact": the pact's name is not a party; its makers are
		for _, a := range sc.acts {
			if a.i >= lo && a.j <= t.i && a.group != subj && !a.inPP && len(sc.groupCodes(a.group, 0, nil)) >= 2 {
				subj = a.group
				break
			}
		}
	}
	obj := sc.object(t, lo, hi, subj, t.j+14)
	// (also a participle aside: "the Indus Waters Treaty, signed by Ayub
	// and Nehru in Karachi", whatever the main clause's subject)
	if by := sc.byAgent(t, hi); by > 0 && (!sc.actorIn(lo, t.i) || !t.p.noun && sc.is(t.i-1, ",") && strings.HasSuffix(sc.key(t.i), "ED")) {
		// "an embargo had been imposed on Iraq by the Security Council":
		// no actor before the passive verb; the agent follows "by"
		subj, obj = by, -1
		for _, a := range sc.acts {
			if bp := sc.byAfter(t); bp >= 0 && a.i > bp && sc.keyBetween(bp, a.i, ",") {
				break // "…, signed … by Khartoum and the SPLM, paved the way for … South Sudan": another clause
			}
			if a.i >= t.j && a.i < hi && a.group != by && !(a.state && (sc.is(a.i-1, "IN") || sc.is(a.i-1, "AT"))) && !sc.mediatorAt(a.i) {
				obj = a.group // (not "in Prague": the place of signing)
				break
			}
		}
		if sc.is(t.i-1, ",") && sc.actorIn(lo, t.i) {
			// "Qatar, blockaded by Saudi Arabia …": the aside's object is
			// the actor it follows
			for _, a := range sc.acts {
				if a.j == t.i-1 && a.group != by {
					obj = a.group
				}
			}
		}
		byPassive = true
	}
	if g, org := sc.withdrawnFrom(t); g > 0 {
		// "Bhutto withdrew Pakistan from SEATO": the state withdrawn leaves
		// the body, as in "Pakistan withdrew from SEATO"
		subj, obj, t.p = g, org, leftBody
	}
	if forumKeys[t.p.key] {
		// "The European Union took China to the WTO": the agent is TOOK's
		// subject, the party taken is between TOOK and the forum
		for _, a := range sc.acts {
			if a.group == subj && a.j <= t.i && sc.wordBefore(trig{i: a.i}, 2, "TOOK", "TAKEN", "TAKE", "TAKES", "TAKING", "BROUGHT") {
				obj = subj
				subj = -1
				for _, b := range sc.acts {
					if b.j < a.i && !b.inPP && b.i >= lo {
						subj = b.group
						break
					}
				}
				break
			}
		}
	}
	// "the FATF placed Pakistan on its grey list": the lister lists the
	// object of "placed"
	if t.p.noun && t.p.typ == event.Sanction && sc.is(t.j-1, "LIST") {
		for _, a := range sc.acts {
			v := a.i - 1
			if a.j > t.i || !(sc.is(v, "PLACED") || sc.is(v, "PUT") || sc.is(v, "ADDED") || sc.is(v, "PLACES") || sc.is(v, "PUTS")) || !sc.is(a.j, "ON") && !sc.is(a.j, "TO") {
				continue
			}
			for _, b := range sc.acts {
				if b.j <= v && !b.inPP && b.group != a.group {
					subj, obj = b.group, a.group
					break
				}
			}
			break
		}
	}
	if g := sc.betweenGroup(t); g > 0 && (t.p.typ == event.Consult || sc.ceasefireAgreed(t)) && t.p.noun {
		subj, obj = -1, g // "talks between Kinshasa and the M23": the parties are co-actors
	} else if g := sc.betweenAfterOutbreak(t); g > 0 && t.p.noun && (t.p.typ == event.Assault || t.p.typ == event.Consult) {
		subj, obj = -1, g // "war broke out between the Sudanese army and the RSF"
	}
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
	if t.p.reverse && sc.fromNonActor(t) {
		return // "Tokyo purchased the islands from a private owner": no state sold them
	}
	passive := !t.p.noun && t.i > 0 && (sc.cl(t.i-1, cBe) || sc.cl(t.i-2, cBe))
	if byPassive {
		passive = false // roles already set from the "by" agent
	}
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
			if !ok && sc.inherit {
				ds, ok = dateSpan{i: t.i, j: t.i, d: event.Y(sc.inhDate.Year)}, true
			}
			med := sc.groupCodes(subj, dateKey(ds.d), nil)
			parties := removeAll(sc.coGroup(t.i, dateKey(ds.d)), med)
			if len(parties) < 2 {
				// the mediators' own list was nearer: the parties' list after the verb
				for _, a := range sc.acts {
					if c := sc.groupCodes(a.group, dateKey(ds.d), nil); a.group != subj && a.i > t.j && len(c) >= 2 {
						parties = removeAll(c, med)
						break
					}
				}
			}
			if len(parties) < 2 && sc.pairPara && sc.pair[0] != "" && len(med) == 1 && !has(sc.pair[:], med[0]) {
				parties = []string{sc.pair[0], sc.pair[1]} // the paragraph's parties: "Russia brokered a ceasefire"
			}
			if len(med) >= 1 && len(med) <= 4 && len(parties) >= 2 && (ok || opt.Undated) {
				// ("Qatari, Egyptian and American mediators brokered …": each consults each party)
				for _, m := range med {
					for _, p := range parties {
						sc.emit(frame{actor: []string{m}, recip: []string{p}, t: t.p, trig: t, date: ds, hasDate: ok, status: sc.status(t), conf: 0.7})
					}
				}
				// "brokered a week-long truce between Israel and Hamas": the
				// two parties agreed to it
				if len(parties) == 2 && sc.brokeredPact(t) {
					sc.emit(frame{actor: parties[:1], recip: parties[1:], t: brokeredDeal, trig: t, date: ds, hasDate: ok, status: sc.status(t), conf: 0.7})
				}
				return
			}
		}
	}
	// the date: the nearest in the clause, else one that frames the sentence
	ds, hasDate := sc.nearestDateFor(t, lo, hi)
	if !hasDate {
		ds, hasDate = sc.sentenceDate(t.i)
	} else if ds.i > t.i && sc.is(ds.i, "SINCE") && sc.keyBetween(t.j, ds.i, ",") {
		// "…, a clash killed twenty soldiers, the first deaths since 1975":
		// the sentence's opening date is the act's
		if d2, ok := sc.sentenceDate(t.i); ok && d2.j <= t.i {
			ds = d2
		}
	}
	if hasDate && ds.j <= t.i && (sc.is(t.i-1, "SINCE") || sc.is(t.i-1, "SUBSEQUENTLY")) {
		hasDate = false // "has since agreed": after the date, not at it
	}
	if hasDate && ds.i > t.j && sc.modifierDate(ds) && !sc.toks[ds.i-1].poss && !sc.is(ds.i-2, "DURING") {
		// "Bush waived the sanctions imposed after the 1998 nuclear tests
		// on 22 September" in a passage on 2001: the year names the tests;
		// the act takes the sentence's other date, else the passage's time
		if alt, ok := sc.actDateAfter(t, ds); ok {
			ds = alt
		} else if sc.inherit && sc.inhDate.Year > ds.d.Year {
			hasDate = false
		} else {
			// "On 4 October 1963 … signed the Agreed Minutes, under which
			// Iraq recognised … boundaries as described in a 1932 exchange
			// of letters": the sentence's own earlier date
			for _, d := range sc.dates {
				if d.j <= t.i && !d.open && !sc.modifierDate(d) && !sc.ofYear(d) && d.d.Year > ds.d.Year {
					ds = d
				}
			}
		}
	}
	if hasDate && ds.open && (sc.is(ds.i, "UNTIL") || sc.is(ds.i, "TILL")) {
		// "announced on 28 November that Georgia would not seek talks until
		// the end of 2028": a deadline; the act takes the sentence's date
		for _, d := range sc.dates {
			if d.j <= t.i && !d.open && !sc.modifierDate(d) {
				ds = d
			}
		}
	}
	if hasDate && ds.j < t.i && sc.modifierDate(ds) && sc.namesOtherTrig(ds, t) {
		// "opened the Tumaini Initiative in May 2024 to bring groups that had
		// stayed outside the 2018 deal into talks": the year names the deal;
		// the talks take the sentence's own date
		for _, d := range sc.dates {
			if d.j <= ds.i && !sc.modifierDate(d) && !d.open {
				ds = d
			}
		}
	}
	if hasDate && ds.j <= t.i && sc.is(t.i-1, "LATER") {
		ds.d, ds.end = event.Y(ds.d.Year), event.Date{} // "later sent": later that year
	}
	if !hasDate && !sc.prevDate.IsZero() && sc.anaphoricEvent(lo, hi) {
		// "Turkey backed Baku throughout the war": the war dated in an
		// earlier sentence
		ds, hasDate = dateSpan{i: t.i, j: t.i, d: event.Y(sc.prevDate.Year)}, true
	}
	if !hasDate && sc.inherit {
		// no date in the sentence: the paragraph's
		ds, hasDate = dateSpan{i: t.i, j: t.i, d: event.Y(sc.inhDate.Year)}, true
	}
	if !hasDate && !t.p.noun && !passiveAt(sc, t) && !sc.inhDate.IsZero() && sc.datesOnlyAfter(t) && sc.inhDate.Year == sc.dates[0].d.Year {
		// "France condemned the military coup, …, and on 31 August the
		// African Union …": an undated clause before the sentence's first
		// date happened in the paragraph's time
		ds, hasDate = dateSpan{i: t.i, j: t.i, d: event.Y(sc.inhDate.Year)}, true
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
		// "treaties first with Khrushchev's Soviet Union and then with
		// Zhou Enlai's China": coordinated with-phrases share the act
		if sc.introducedBy(obj, "WITH") {
			end := sc.groupEnd(obj)
			for _, a := range sc.acts {
				if a.i <= end || a.group == obj || !sc.is(a.i-1, "WITH") {
					continue
				}
				ok := a.i-1 > end
				for k := end; k < a.i-1; k++ {
					if !(sc.is(k, "AND") || sc.is(k, "THEN") || sc.is(k, "LATER") || sc.is(k, "ALSO") || sc.is(k, ",")) {
						ok = false
					}
				}
				if ok {
					R = append(R, removeAll(sc.groupCodes(a.group, dk, nil), append(append([]string(nil), A...), R...))...)
				}
				break
			}
		}
		if len(R) == 0 && len(A) > 0 && len(A) == 1 && !t.p.noun && sc.plainSpan(t.j, sc.groupStart(obj), 5) && sc.is(sc.groupEnd(obj), "TO") {
			// "declined the invitation for Argentina to join BRICS": the
			// subject's own state is no recipient; the next party is
			R = sc.nextGroup(obj, hi, dk, A)
		}
	}
	// "Bahrain joined Saudi Arabia, the UAE and Egypt in severing
	// relations with Qatar": the states joined act too
	if g := sc.joinedCompanions(t); g > 0 {
		codes := sc.groupCodes(g, dk, nil)
		jn := sc.groupStart(g) - 1 // "joined"
		if sc.is(jn, "THE") {
			jn--
		}
		for _, a := range sc.acts {
			if a.j == jn && a.group != g {
				codes = append(codes, sc.groupCodes(a.group, dk, nil)...) // the subject of "joined"
			}
		}
		for _, c := range codes {
			if !has(A, c) && !has(R, c) {
				A = append(A, c)
			}
		}
	}
	// "The Sino-Indian war of October 1962 changed the calculus in
	// Washington": a hyphened pair before a two-sided noun is its dyad
	if c1, c2, ok := sc.dyadCompound(t, dk); ok && has(A, c1) && has(A, c2) {
		A, R = []string{c1}, []string{c2}
	}
	// "when war broke out with India, the Johnson administration
	// suspended …": the war's other side is the state the text is about,
	// not the main clause's subject
	if t.p.noun && isAttack(t.p.typ) && (sc.is(t.j, "BROKE") && sc.is(t.j+1, "OUT") && sc.is(t.j+2, "WITH") || sc.is(t.j, "ERUPTED") && sc.is(t.j+1, "WITH")) {
		k := t.j + 2
		if sc.is(t.j, "BROKE") {
			k = t.j + 3
		}
		R = nil
		for _, a := range sc.acts {
			if a.i == k || a.i == k+1 && sc.is(k, "THE") {
				R = sc.groupCodes(a.group, dk, nil)
				break
			}
		}
		if len(R) == 0 || !sc.focusDominant() || has(R, sc.focus) {
			return
		}
		A = []string{sc.focus}
	}
	// "Kyrgyzstan accused Tajikistan of shelling its villages": the
	// alleged act is the accused's, against the accuser
	if !t.p.noun && len(R) == 0 && sc.is(t.i-1, "OF") && strings.HasSuffix(sc.key(t.i), "ING") {
		for _, a := range sc.acts {
			if a.j != t.i-1 {
				continue
			}
			acc := -1 // the ACCUS* verb right before the accused
			for k := a.i - 1; k >= lo && k >= a.i-2; k-- {
				if strings.HasPrefix(sc.key(k), "ACCUS") {
					acc = k
				}
			}
			if acc < 0 {
				break
			}
			for _, b := range sc.acts {
				if b.j <= acc && b.group != a.group && !b.inPP && b.i >= lo {
					A, R = sc.groupCodes(a.group, dk, nil), removeAll(sc.groupCodes(b.group, dk, nil), sc.groupCodes(a.group, dk, nil))
				}
			}
			break
		}
	}
	// "a $3bn Stand-By Arrangement", "an Extended Fund Facility": the
	// IMF's own lending instruments name their lender
	if t.p.noun && t.p.typ == event.Aid && sc.imfInstrument(t) && !has(R, "IMF") {
		// the borrower: a state the sentence names, else the previous
		// sentence's subject
		borrower := ""
		for _, a := range sc.acts {
			// "a $7bn facility for Pakistan", "Pakistan's 2019 programme"
			if a.e != nil && a.state && (sc.is(a.i-1, "TO") || sc.is(a.i-1, "FOR") && !sc.is(a.j, "TO") || sc.is(a.i-1, "WITH") || sc.toks[a.j-1].poss && a.j <= t.i && a.j >= t.i-6) {
				if c := a.e.CodeAt(dk); c != "IMF" && !has(R, c) {
					borrower = c
					break
				}
			}
		}
		for _, a := range sc.acts {
			if c := ""; a.e != nil && a.state && !sc.adjunctParty(a) && !(a.i > t.j && a.j > hi) && !(sc.is(a.i-1, "FOR") && sc.is(a.j, "TO")) {
				if c = a.e.CodeAt(dk); c != "IMF" && !has(R, c) && borrower == "" {
					borrower = c
				}
			}
		}
		if borrower == "" && sc.focus != "" && sc.x.dict.IsState(sc.focus) && !has(R, sc.focus) {
			borrower = sc.focus // the state the text is most about borrows (the IMF lends to states)
		}
		if borrower == "" && sc.prevSubj != nil && sc.x.dict.IsState(sc.prevSubj.Code) {
			borrower = sc.prevSubj.CodeAt(dk)
		}
		if len(R) > 0 && borrower != "" && (sc.adjunctOnly(R, dk) || !sc.namesAny(R, dk)) {
			R = nil // the recipient found was only a backer, or is no party the sentence names
		}
		switch {
		case len(R) > 0:
			A = []string{"IMF"}
		case borrower != "":
			A, R = []string{"IMF"}, []string{borrower}
		}
	}
	// "Putin and Erdoğan agreed to create a buffer zone around Idlib": an
	// agreement of a coordinated subject is between its members; what
	// follows is its content, not a party (unless "with")
	if t.p.typ == event.Agree && !t.p.noun && len(A) >= 2 && len(R) > 0 && obj > 0 && !sc.introducedBy(obj, "WITH") && subj > 0 && sc.groupBefore(t.i) &&
		(sc.is(t.j-1, "TO") || sc.is(t.j, "TO") || sc.is(t.j, "ON")) && sc.groupInPP(obj) || t.p.typ == event.Agree && !t.p.noun && len(A) >= 2 && len(R) > 0 && obj > 0 && sc.contentPP(t, obj) {
		R = nil // ("Menderes and Karamanlis agreed in Zurich on the outline of an independent Cypriot republic")
	}
	// "India and Pakistan exchanged missile and drone strikes": fire
	// exchanged within a coordinated subject
	if isAttack(t.p.typ) && len(A) >= 2 && sc.wordBefore(t, 5, "EXCHANGED", "TRADED", "EXCHANGING", "TRADING") {
		A, R = A[:1], append([]string(nil), A[1:]...)
	}
	for _, a := range sc.acts {
		if len(R) > 0 && a.e != nil && sc.guarantorAt(a.i) {
			R = removeAll(R, []string{a.e.CodeAt(dk)})
		}
	}
	switch {
	case len(A) == 0 && len(R) == 0:
		// a co-actor group elsewhere in the sentence ("exercises … held in
		// Pakistan and Russia"), else the paragraph's dyad when the
		// sentence names no actor at all ("the 1963 Boundary Agreement").
		if g := sc.coGroup(t.i, dk); len(g) >= 2 && (!isAttack(t.p.typ) || reciprocal[t.p.key] && sc.groupBefore(t.i)) {
			A, R = g[:1], g[1:]
			conf -= 0.2
		} else if g := sc.frontedSubject(t); g > 0 && t.p.noun && t.p.typ == event.Consult && (sc.is(0, "AT") || sc.is(0, "DURING")) &&
			len(sc.nextGroup(g, hi, dk, sc.groupCodes(g, dk, nil))) > 0 {
			// "At a televised Oval Office meeting on 28 February 2025, Trump
			// told Zelensky …": the meeting's parties are the main clause's
			A = sc.groupCodes(g, dk, nil)
			R = sc.nextGroup(g, len(sc.toks), dk, A)
			conf -= 0.2
		} else if g := sc.frontedSubject(t); g > 0 && t.p.noun && t.p.typ == event.Agree && sc.pairPara && len(sc.groupCodes(g, dk, nil)) == 1 &&
			has(sc.pair[:], sc.groupCodes(g, dk, nil)[0]) {
			// "Under the Mutual Defence Assistance Agreement signed in Karachi
			// in 1954, Washington undertook …": the subject and its partner
			A = sc.groupCodes(g, dk, nil)
			if A[0] == sc.pair[0] {
				R = []string{sc.pair[1]}
			} else {
				R = []string{sc.pair[0]}
			}
			conf = 0.6
		} else if sc.pairPara && sc.pair[0] != "" && (!t.p.weak || sc.lightAfter(t)) && !isConflict(t.p.typ) && t.p.typ != event.Protest && sc.onlyPairActors() && (!sc.pairHere || !sc.actorIn(lo, hi)) &&
			(!t.p.noun || !refPreps[sc.governingPrep(t.i, lo)]) {
			A, R = []string{sc.pair[0]}, []string{sc.pair[1]}
			conf = 0.5
		} else if a, r := sc.instrumentOfClause(t, dk); len(a) > 0 && len(r) > 0 {
			// "Riyadh has helped keep Saied's government solvent, most
			// visibly with a US$ 500 million package": the clause's act
			A, R = a, r
			conf -= 0.2
		} else {
			return
		}
	case len(R) == 0:
		if obj > 0 && subj > 0 && !t.p.noun && sc.ownPerson(obj, A, dk) && sc.ownPerson(subj, A, dk) && !sc.otherActor(lo, hi, A, dk) {
			return // "Kasavubu dismissed Lumumba": an act within one state
		}
		if len(A) >= 2 && isAttack(t.p.typ) && !reciprocal[t.p.key] {
			// "When Egypt and Syria attacked on 6 October 1973, Israel was
			// caught unprepared": allies attacking, the target comes later
			if g := sc.nextGroup(subj, len(sc.toks), dk, A); len(g) > 0 {
				R = g
				break
			}
			if len(A) >= 3 {
				return // "the United States, Britain and France struck …": allies, not foes
			}
		}
		if len(A) >= 2 && !mutualType(t.p.typ) && t.p.typ != event.Aid && !reciprocal[t.p.key] && !isAttack(t.p.typ) && !sc.keyBetween(lo, hi, "EACH") && !sc.keyBetween(lo, hi, "ANOTHER") {
			return // "the two countries vetoed a Western draft": co-actors, not each other's target
		}
		if t.p.typ == event.Agree && len(A) >= 3 {
			// "Britain, France and Germany secured the Tehran Declaration,
			// under which Iran agreed …": the party of the relative clause
			if g := sc.underWhichGroup(t); g > 0 {
				R = removeAll(sc.groupCodes(g, dk, nil), A)
				if len(R) > 0 {
					break
				}
			}
		}
		if len(A) >= 2 && sc.moneyApiece(t, lo, hi) && sc.focusDominant() && !has(A, sc.focus) {
			// "The World Bank and the Asian Development Bank offered $1bn
			// apiece": co-donors, each to the state the text is about
			R = []string{sc.focus}
			conf -= 0.2
			break
		}
		if len(A) >= 3 && t.p.typ == event.Support && !t.p.noun && praiseKeys[t.p.key] && !sc.is(t.j, "EACH") && !sc.is(t.j, "ONE") {
			// "Pakistan, China and India all voted for a resolution …
			// commending the government's victory": co-voters praise a
			// third party, in a text about one state that state
			if !sc.focusDominant() || has(A, sc.focus) {
				return
			}
			R = []string{sc.focus}
			conf -= 0.2
			break
		}
		if len(A) >= 3 {
			break // "the navies of South Africa, Russia and China held …": co-actors, every pair
		}
		if len(A) >= 2 && !t.p.noun && (sc.is(t.j, "HIM") || sc.is(t.j, "HER")) {
			// "Washington and Bogotá recognised him": co-subjects acting on
			// someone named before, not on each other
			if R = sc.pronounObject(t, subj, dk, A); len(R) > 0 {
				break
			}
		}
		if len(A) >= 2 {
			A, R = A[:1], A[1:]
			break
		}
		if g := sc.object(t, lo, len(sc.toks), subj, t.j+12); g > 0 && !t.p.weak {
			R = removeAll(sc.groupCodes(g, dk, nil), A)
		}
		if g := sc.frontedSubject(t); len(R) == 0 && g > 0 && t.p.noun && t.p.typ == event.Consult && (sc.is(0, "AT") || sc.is(0, "DURING")) {
			// "At a televised Oval Office meeting on 28 February 2025, Trump
			// told Zelensky …": the meeting's parties are the main clause's
			R = sc.nextGroup(g, len(sc.toks), dk, A)
		}
		// "Caracas rejected the judgment outright": a ruling rejected or
		// defied answers the court that gave it
		if len(R) == 0 && !t.p.noun && (t.p.typ == event.Reject || t.p.typ == event.Accuse) && sc.lastOrg != nil && courts[sc.lastOrg.Code] &&
			sc.objectIn(t, rulingNouns) && !has(A, sc.lastOrg.Code) {
			R = []string{sc.lastOrg.Code} // (the latest body named: lastCourt may be decades back)
		}
		// a reaction to another actor's act in the same sentence: "When the
		// United States recognised Guaidó, Russia condemned the move"
		if len(R) == 0 && isVerbal(t.p.typ) && !(t.p.typ == event.Agree && sc.hasMoney(t.j, hi) && sc.hasMoney(0, t.i)) {
			// (two donors' sums are no exchange: "Saudi Arabia was the biggest
			// donor with $573m …, while Washington pledged $510m")
			if other := removeAll(sc.sentenceCodes(dk, lo), A); len(other) == 1 {
				R = other
				conf -= 0.2
			}
		}
		// "France condemned the military coup": the state the coup took
		if len(R) == 0 && (t.p.typ == event.Accuse || t.p.typ == event.Reject) && !t.p.noun && sc.wordAfter(t, 4, "COUP", "PUTSCH", "TAKEOVER") {
			if e := sc.juntaOf; e != nil && sc.juntaAge <= 6 && !has(A, e.CodeAt(dk)) {
				R = []string{e.CodeAt(dk)}
			} else if sc.focusDominant() && !has(A, sc.focus) {
				R = []string{sc.focus}
			}
		}
		// the other member of the paragraph's dyad, for acts that need a
		// recipient ("India agreed to buy the carrier …" in a paragraph on
		// India and Russia)
		if len(R) == 0 && !t.p.exercise && (needsRecipient(t.p.typ) || isVerbal(t.p.typ) || t.p.typ == event.Sanction || t.p.typ == event.Retreat || t.p.typ == event.Mobilize) &&
			(sc.pairPara || sc.sumOfPair(t, lo, hi, A, dk)) && (A[0] == sc.pair[0] || A[0] == sc.pair[1]) && len(sc.acts) > 0 && !sc.conduit && !sc.donorToFocus(t, hi) {
			if A[0] == sc.pair[0] {
				R = []string{sc.pair[1]}
			} else {
				R = []string{sc.pair[0]}
			}
			conf -= 0.2
		}
		// "Finland and Sweden applied to join NATO … Turkey blocked both
		// bids": a reaction to the act of the previous sentence's subject
		if len(R) == 0 && sc.reactiveObject(t) {
			R = removeAll(sc.reactedTo(t, dk), A)
			conf -= 0.2
		}
		// "Norway … became one of Ukraine's largest donors, funding it":
		// an object pronoun is the latest other actor before the verb
		if len(R) == 0 && !t.p.noun && (sc.is(t.j, "IT") || sc.is(t.j, "THEM") || sc.is(t.j, "HIM") || sc.is(t.j, "HER")) {
			R = sc.pronounObject(t, subj, dk, A)
		}
		// "The European Union took China to the World Trade Organization":
		// the party taken to the forum stands between the verb and it
		if len(R) == 0 && forumKeys[t.p.key] {
			for _, a := range sc.acts {
				if a.j <= t.i && a.i > lo && a.e != nil && !has(A, a.e.CodeAt(dk)) && (sc.wordBefore(trig{i: a.i}, 3, "TOOK", "TAKEN", "TAKE", "TAKES", "TAKING")) {
					R = []string{a.e.CodeAt(dk)}
					break
				}
			}
		}
		// "Iranian missiles struck … bases near Panjgur, in Pakistani
		// Balochistan": an attack's place names its target state
		if len(R) == 0 && isAttack(t.p.typ) && !t.p.noun {
			for _, a := range sc.acts {
				if a.i > t.j && a.i < hi && a.state && a.e != nil && !has(A, a.e.CodeAt(dk)) &&
					(sc.is(a.i-1, "IN") || sc.is(a.i-1, "INSIDE") || sc.is(a.i-1, "NEAR") || sc.is(a.i-1, "ACROSS") || sc.is(a.i-1, "THE") && sc.is(a.i-2, "ACROSS")) {
					R = []string{a.e.CodeAt(dk)}
					conf -= 0.2
					break
				}
			}
		}
		// "Turkey blocked both bids, accusing the two countries …, and
		// demanded the extradition of suspects": the same actor's earlier
		// act in the sentence names whom this one addresses
		if len(R) == 0 && !t.p.noun && (isVerbal(t.p.typ) || t.p.typ == event.Sanction) {
			for _, o := range sc.out {
				if len(o.actor) == len(A) && o.actor[0] == A[0] && len(o.recip) > 0 && o.trig.i < t.i {
					R = append([]string(nil), o.recip...)
					conf -= 0.2
					break
				}
			}
		}
		// "Turkey rejected a U.S. request": the request was made to the
		// rejecting party
		if len(R) == 0 && t.p.noun {
			if g := sc.governorSubject(t, lo); g > 0 {
				R = removeAll(sc.groupCodes(g, dk, nil), A)
			}
		}
		// "Indian Mirage 2000s struck a camp at Balakot …; Pakistan's air
		// force retaliated": an attack on a place names no state, and the
		// one other state of the sentence is the one attacked
		if len(R) == 0 && isAttack(t.p.typ) && !t.p.noun && len(A) == 1 {
			other := ""
			for _, a := range sc.acts {
				if a.e == nil || !a.state || a.i < t.j {
					continue
				}
				if v := sc.key(minInt(a.j, len(sc.toks)-1)); !a.inPP && (v == "HAD" || v == "HAS" || v == "WAS" || v == "WERE" || pastIrregular[v] || strings.HasSuffix(v, "ED") && !sc.toks[a.j].cap ||
					sc.is(a.i-1, "AND") && sc.is(a.i-2, ",") && sc.is(a.j, ",") || sc.is(a.i-1, "WHILE") || sc.is(a.i-1, "WHEREAS") || sc.is(a.i-2, "WHILE") && sc.is(a.i-1, "THE")) {
					continue // "…, and Washington had recalled its ambassador", "…, and Japan, then …, froze": another clause's subject
				}
				if c := a.e.CodeAt(dk); c != "" && !has(A, c) {
					if other != "" && other != c {
						other = "-"
						break
					}
					other = c
				}
			}
			if other != "" && other != "-" {
				R = []string{other}
				conf -= 0.2
			}
		}
		if len(R) == 0 && t.p.typ == event.Aid && sc.hasMoney(lo, hi) {
			if c := sc.distressedOwner(t, dk, A); c != "" {
				R = []string{c}
			}
		}
		// "Hu's visit in November 2008" in a text on Costa Rica and China:
		// a leader's visit with no destination goes to the other state of
		// the text's main pair
		if len(R) == 0 && t.p.mode == "visit" && t.p.noun && sc.possAt(t.i-1) && sc.pair[0] != "" && (A[0] == sc.pair[0] || A[0] == sc.pair[1]) && !sc.conduit {
			if A[0] == sc.pair[0] {
				R = []string{sc.pair[1]}
			} else {
				R = []string{sc.pair[0]}
			}
			conf -= 0.2
		}
		if len(R) == 0 && (t.p.typ == event.Aid && (sc.hasMoney(lo, hi) || !t.p.noun) || t.p.typ == event.Sanction || t.p.typ == event.Agree && !t.p.noun || t.p.typ == event.Support && !t.p.noun || t.p.noun && t.p.mode == "visit" && sc.possAt(t.i-1)) && sc.focusDominant() && sc.focus != A[0] &&
			!sc.conduit { // (not to the state the aid was "channelled through")
			// ("Vladimir Putin's visit in June 2024": to the state the text is about)
			R = []string{sc.focus}
			conf -= 0.2
		}
		if len(R) == 0 {
			return
		}
	case len(A) == 0:
		// "During a visit to Lahore in August 1976 he offered …": the
		// visitor is the main clause's subject
		if t.p.noun && t.p.mode == "visit" && sc.frontedVisit(t) && obj > 0 {
			end := sc.groupEnd(obj)
			found := false
			for _, a := range sc.acts {
				if a.i > end && !a.inPP && a.group != obj {
					if c := removeAll(sc.groupCodes(a.group, dk, nil), R); len(c) > 0 {
						A, found = c, true
					}
					break
				}
			}
			if found {
				break
			}
		}
		// "Since the 1979 peace treaty with Israel, Egypt has received …":
		// a noun in a fronted phrase belongs to the main clause's subject
		if t.p.noun && sc.is(t.j, "WITH") && !sc.wordAfter(t, 6, "BROKE", "ERUPTED", "BEGAN", "STARTED", "ENDED", "ESCALATED") {
			// (not "When war with India broke out, the United States …": the
			// war has its own clause)
			if g := sc.frontedSubject(t); g > 0 {
				if a := removeAll(sc.groupCodes(g, dk, nil), R); len(a) > 0 {
					A = a
					conf -= 0.1
					break
				}
			}
		}
		// "That pact was terminated by Argentina": the agent after "by",
		// acting on the other member of the paragraph's dyad
		if passive && sc.is(t.j, "BY") && sc.pairPara && (R[0] == sc.pair[0] || R[0] == sc.pair[1]) && len(R) == 1 {
			A = R
			if R[0] == sc.pair[0] {
				R = []string{sc.pair[1]}
			} else {
				R = []string{sc.pair[0]}
			}
			passive = false // roles are already the right way round
			conf -= 0.2
			break
		}
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
		// "a second ten-year agreement with Doha followed": the other
		// member of the paragraph's dyad made it
		if t.p.noun && (t.p.typ == event.Agree || t.p.typ == event.Consult || t.p.typ == event.Cooperate) && sc.introducedBy(obj, "WITH") &&
			sc.pairPara && len(R) == 1 && (R[0] == sc.pair[0] || R[0] == sc.pair[1]) {
			if R[0] == sc.pair[0] {
				A = []string{sc.pair[1]}
			} else {
				A = []string{sc.pair[0]}
			}
			conf -= 0.2
			break
		}
		// "A stabilisation programme agreed with the IMF in 1986" in a
		// survey of Tunisia: the partner named alone dealt with the state
		// the text is about
		if (t.p.typ == event.Agree || t.p.typ == event.Cooperate) && sc.introducedBy(obj, "WITH") && len(R) == 1 && (t.p.noun || strings.HasSuffix(sc.key(t.i), "ED") && sc.headNoun(t.i-1) && !sc.inActor(t.i-1)) &&
			sc.focusDominant() && R[0] != sc.focus && !sc.pairPara {
			A = []string{sc.focus}
			conf -= 0.2
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
	leaving := t.p.key == "hours to leave" || t.p.key == "days to leave"
	if leaving {
		g := sc.giveAt(t)
		if g < 0 || sc.is(g-1, "WHICH") || sc.is(g-1, "THAT") {
			return // ("a ceasefire that gave all foreign fighters 90 days to leave": no state expels)
		}
		if sc.givenTo(t, A, dk) {
			A, R = R, A // "Mobutu gave the Soviet embassy forty-eight hours to leave": the embassy is expelled
		}
	}
	deadline := false
	if !t.p.noun && sc.is(t.i-1, "TO") && (sc.is(t.i-2, "DAYS") || sc.is(t.i-2, "HOURS") || sc.is(t.i-2, "WEEKS") || sc.is(t.i-2, "MONTHS")) && !leaving {
		// "Obama gave Pretoria 60 days to lift barriers": the giver's
		// demand, not the act it asks for
		if !sc.givenTo(t, A, dk) {
			return
		}
		A, R, deadline = R, A, true
	}
	if t.p.noun && len(R) == 1 && sc.relativeAgent(t, dk) == R[0] {
		A, R = R, A // "Saudi Arabia never answered the requests … that Tunis began sending": Tunis requested
	}
	if t.p.noun && isVerbal(t.p.typ) && sc.is(t.j, "FROM") && obj > 0 && sc.introducedBy(obj, "FROM") && subj > 0 {
		A, R = R, A // "drawing criticism from Washington": the critic follows "from"
	}
	st := sc.status(t)
	f := frame{actor: A, recip: R, t: t.p, trig: t, date: ds, hasDate: hasDate, status: st}
	if deadline {
		f.t = deadlineRequest
	}
	if t.p.typ == event.Retreat && t.p.mode == "withdraw" && len(R) == 1 && !sc.x.dict.IsState(R[0]) && R[0] != "" && (sc.is(t.j, "FROM") || leaveKeys[t.p.key] && sc.orgObjectAt(t.j)) {
		f.t = leaveOrg // "withdrawal from ECOWAS": leaving an organisation reduces relations
	}
	// "switched its recognition from Taipei to Beijing", "transferred
	// recognition to the People's Republic": recognising one China drops
	// the other
	if t.p.noun && t.p.typ == event.Support && sc.is(t.i, "RECOGNITION") &&
		sc.wordBefore(t, 3, "SWITCHED", "TRANSFERRED", "SHIFTED", "SWITCH", "TRANSFER", "SWITCHING", "TRANSFERRING", "SWITCHES") {
		from, to := sc.codeAfterWord(t, "FROM", dk), sc.codeAfterWord(t, "TO", dk)
		if to != "" && from == "" && !has(A, to) { // (with "from", both parties are named and coded already)
			if from == "" && to == "CHN" {
				from = "TWN"
			} else if from == "" && to == "TWN" {
				from = "CHN"
			}
			if from != "" && !has(A, from) {
				g := f
				g.recip, g.t = []string{from}, droppedRecognition
				sc.emit(g)
			}
			f.recip = []string{to}
		}
	}
	if t.p.key == "designate" && sc.wordAfter(t, 6, "PARTNER", "ALLY", "ALLIES", "PARTNERS") {
		f.t = designatePartner // "designated India a Major Defence Partner"
	}
	if (t.p.key == "send" || t.p.key == "sent") && sc.wordAfter(t, 6, "ULTIMATUM", "LETTER", "MESSAGE", "NOTE", "NOTICE", "WARNING", "SIGNAL", "INVITATION",
		"LETTERS", "MESSAGES", "NOTES", "WARNINGS", "SIGNALS", "PROTEST", "PROTESTS") {
		if !sc.wordAfter(t, 9, "PROTEST", "PROTESTS", "PROTESTING") {
			return // "sent India an ultimatum": the noun is the act
		}
		f.t = protestNote // "sent Karachi a series of notes protesting its entry into SEATO"
	}
	if t.p.key == "provide" && !t.p.noun && sc.is(t.j, "FOR") && !sc.actorAt(t.j+1) && !(sc.is(t.j+1, "THE") && sc.actorAt(t.j+2)) {
		return // "providing for the return of Aghdam": what a text stipulates
	}
	if (t.p.key == "send" || t.p.key == "sent") && sc.wordAfter(t, 4, "AMBASSADOR", "AMBASSADORS", "ENVOY", "ENVOYS", "CHARGE") && !sc.wordAfter(t, 6, "HOME", "PACKING") {
		f.t = envoySent // "sent its ambassador back to Tehran": relations kept or restored
	}
	if (t.p.key == "send" || t.p.key == "sent") && (sc.sentHome(t, A, dk) || sc.wordAfter(t, 6, "PACKING")) {
		f.t = expelOrder // "sent the American trainers home": another state's people expelled
	}
	if (t.p.key == "send" || t.p.key == "sent") && sc.messageAntecedent(t) {
		return // "the extradition requests … that Tunis began sending": the requests are the act
	}
	if (t.p.key == "send" || t.p.key == "sent") && sc.wordAfter(t, 4, "BOMBER", "BOMBERS", "GUNMEN", "ATTACKERS", "MILITANTS") && sc.wordAfter(t, 6, "AGAINST") {
		f.t = crossBorder // "sent a suicide bomber against the Confucius Institute": an attack
	}
	if (t.p.key == "send" || t.p.key == "sent") && sc.wordAfter(t, 5, "TROOPS", "SHIP", "SHIPS", "WARSHIPS", "WARSHIP", "FORCES", "FORCE", "VESSEL", "VESSELS", "SOLDIERS", "BATTALIONS", "JETS", "CARRIER", "FLEET", "DESTROYER", "DESTROYERS", "SQUADRON", "SUBMARINE", "SUBMARINES", "PARATROOPERS", "MARINES", "FRIGATES", "FRIGATE", "CORVETTES", "CORVETTE", "GUNBOATS", "GUNBOAT", "CRUISERS", "CRUISER", "MINESWEEPERS", "SQUADRONS") {
		f.t = sendForces // sending troops or warships is a military move
		if sc.wordAfter(t, 10, "DEFEND", "PROTECT", "HELP") {
			f.t = forcesAid // "sent several thousand soldiers to help defend Saudi territory": military aid
		}
	}
	if (t.p.key == "seize" || t.p.key == "capture") && !t.p.noun && (sc.placeAfter(t) || passive && sc.wordBefore(t, 6, "HEIGHTS", "TOWN", "CITY", "TERRITORY", "ISLAND", "ISLANDS", "POSTS", "VILLAGE", "OILFIELD", "AIRPORT", "PORT", "PENINSULA", "PROVINCE", "REGION")) {
		f.t = seizePlace // seizing a town or territory is occupation (ASSAULT), seizing a ship is COERCE
	}
	if t.p.typ == event.Mobilize && sc.hasCtx("peacekeeping") {
		f.t = peacekeepingAid // peacekeepers sent at a government's request protect it
	}
	if f.t.typ == event.Retreat && (t.p.key == "withdraw" || t.p.key == "withdrew" || t.p.key == "withdrawn") && sc.fromPactAfter(t) {
		f.t = leaveOrg // "withdrew the United States from the nuclear agreement"
	}
	if f.t.typ == event.Retreat && (t.p.key == "withdraw" || t.p.key == "withdrew" || t.p.key == "withdrawn") &&
		sc.wordAfter(t, 5, "OFFER", "OFFERS", "SUPPORT", "RECOGNITION", "AID", "ASSISTANCE", "FUNDING", "INVITATION", "AMBASSADOR", "AMBASSADORS", "BACKING", "GUARANTEES", "STATUS", "PRIVILEGES", "CONCESSIONS") {
		f.t = leaveOrg // withdrawing an offer or support reduces relations
	}
	if t.p.key == "grant" && !t.p.noun && sc.wordAfter(t, 5, "STATUS") && !sc.hasMoney(t.j, hi) {
		f.t = grantedStatus // "granted Pakistan observer status", "granted Moldova candidate status"
	}
	if (t.p.key == "released" || t.p.key == "return") && (sc.wordAfter(t, 5, "PRISONERS", "PILOT", "DETAINEES", "HOSTAGES", "CAPTIVES", "SOLDIERS", "CREW", "FISHERMEN", "NATIONALS", "PRISONER") ||
		passive && sc.wordBefore(t, 5, "PRISONERS", "HOSTAGES", "DETAINEES", "CAPTIVES", "PRISONER", "CREW")) {
		f.t = releaseRetreat // releasing prisoners has immediate material effect: RETREAT
	} else if t.p.key == "return" {
		return // "returned to", "returned its ambassador" are handled as phrases
	}
	if t.p.key == "block" && sc.cutNounAfter(t) {
		f.t = cutSanction // "blocked the use of American military financing": aid cut off
	}
	if (t.p.key == "establish" || t.p.key == "restore") && (sc.wordAfter(t, 4, "RELATIONS", "TIES") || passive && sc.wordBefore(t, 3, "RELATIONS", "TIES")) {
		f.t = embassyRestored // "established full diplomatic relations"
	}
	if (t.p.key == "join" || t.p.key == "joined") && sc.wordAfter(t, 3, "SANCTIONS", "EMBARGO", "EMBARGOES", "BOYCOTT") {
		f.t = cutSanction // "Japan joined Western sanctions": a sanction of its own
	}
	if (t.p.key == "join" || t.p.key == "joined") && sc.joinedInAct(t) {
		return // "joined Saudi Arabia, the UAE and Egypt in severing relations": the act is the severing
	}
	if (t.p.key == "sent" || t.p.key == "send") && sc.is(t.j, "BACK") && sc.hasMoney(t.j, hi) {
		f.t = returnedAid // "Saied sent back €60m disbursed by the Commission": refused money
	}
	if t.p.key == "released" && sc.hasMoney(t.j, hi) {
		f.t = financialAid // "released more than US$ 1.6 billion in aid"
	}
	if t.p.noun && t.p.key == "support" && sc.hasMoney(lo, hi) {
		f.t = financialAid // "a further $4.2 billion in Saudi support": money given
	}
	if t.p.key == "extend" && !sc.hasMoney(t.j, hi) && !sc.wordAfter(t, 4, "CREDIT", "LOAN", "LOANS", "CREDITS", "GRANT", "GRANTS") {
		return // "extended the deadline", "extended an invitation"
	}
	if t.p.key == "reopen" && (sc.wordAfter(t, 5, "EMBASSY", "EMBASSIES") || embassyFirst) {
		f.t = embassyRestored // reopening embassies restores relations
	}
	if f.t.typ == event.Sanction && (t.p.key == "withdrew from" || t.p.key == "pulled out of") && len(R) == 1 && sc.x.dict.IsState(R[0]) && sc.actorAt(t.j) {
		f.t = withdrawRetreat // leaving a country is a withdrawal; leaving a treaty or a bloc reduces relations
	}
	if (t.p.key == "handed" || t.p.key == "hands") && sc.handedMateriel(t) {
		f.t = handedArms // "handed over the submarine INS Sindhuvir to the Myanmar navy"
	}
	if (t.p.key == "handed" || t.p.key == "hands") && len(R) > 0 {
		// "handed Hong Kong back to China": the receiving state follows "to"
		for _, a := range sc.acts {
			if a.i > t.j && a.i < hi && sc.is(a.i-1, "TO") && a.e != nil && !has(A, a.e.CodeAt(dk)) {
				f.recip = []string{a.e.CodeAt(dk)}
				break
			}
		}
	}
	if t.p.key == "order" && !sc.toInfinitiveAfter(t) && sc.wordAfter(t, 10, "STRIPPED", "REMOVED", "BANNED", "CLOSED", "HALTED", "EXPELLED", "SUSPENDED", "FROZEN", "SEIZED") {
		f.t = cutSanction // "ordered Huawei's equipment stripped from its networks"
	} else if t.p.key == "order" && !sc.toInfinitiveAfter(t) && (sc.wordAfter(t, 9, materiel...) || sc.is(t.j, "FROM") || sc.modelAfter(t.j, 5) ||
		sc.is(t.j, "BY") && sc.wordBefore(t, 4, materiel...)) {
		// ("eight submarines, ordered by Pakistan in 2015": the passive's agent buys)
		f.t = orderedArms // "Hanoi ordered six submarines from Russia": an arms purchase
		f.actor, f.recip = R, A
	}
	if t.p.key == "admit" && passiveAt(sc, t) && sc.lastOrg != nil && !sc.orgNamed() {
		// "Pakistan and India were admitted as full members" after "the
		// organisation granted …": each joins the body the text is about
		all := append([]string{}, f.actor...)
		for _, c := range f.recip {
			if !has(all, c) {
				all = append(all, c)
			}
		}
		f.actor, f.recip = all, []string{sc.lastOrg.Code}
	}
	if t.p.noun && t.p.typ == event.Agree {
		for _, o := range sc.trigs {
			if !o.p.noun && endTreatyKeys[o.p.key] && o.j <= t.i && t.i-o.j <= 6 && sc.plainNP(o.j, t.i) {
				return // "denounced the Soviet–Turkish Treaty": the treaty was made long before
			}
		}
	}
	if t.p.key == "arrived in" || t.p.mode == "personnel" {
		// "about 100 Russian military personnel landed in Caracas", "some
		// 2,000 CSTO troops arrived": a state's forces sent to another
		// state (PLOVER: aid in personnel); a visitor's arrival is a visit
		if p := t.i - 1; p > 0 && personnelNouns[sc.key(p)] {
			q := p - 1
			for q > 0 && (sc.is(q, "MILITARY") || sc.is(q, "SPECIAL") || sc.is(q, "ARMY")) {
				q--
			}
			if sc.inActor(q) && !sc.ppAt(q) {
				f.t = personnelAid
			} else if t.p.mode == "personnel" {
				return
			}
		} else if t.p.mode == "personnel" {
			return
		}
	}
	if t.p.key == "return" && !t.p.noun && (sc.is(t.j, "WITH") || sc.is(t.j, "HOME") || sc.is(t.j, "FROM")) {
		return // "returning with Chinese pledges", "returned home": a traveller, not a handover
	}
	if t.p.key == "frozen" && !(sc.cl(t.i-1, cBe) || sc.cl(t.i-2, cBe) || auxWords[sc.key(t.i-1)] || auxWords[sc.key(t.i-2)]) {
		return // "from frozen facilities", "the frontier stayed frozen": a state, not an act
	}
	if t.p.noun && t.p.typ == event.Agree && !t.p.intent && sc.endedBefore(t) {
		f.t = endedPact // "N'Djamena ended its defence cooperation agreement with Paris"
	}
	if (t.p.key == "withdraw" || t.p.key == "withdrew" || t.p.key == "withdrawn") && !t.p.noun && sc.wordAfter(t, 7, "FACILITY", "FACILITIES", "PRIVILEGES", "PREFERENCES", "CONCESSIONS", "ACCREDITATION", "INVITATION", "LICENCE", "LICENSE", "LICENCES", "LICENSES") {
		f.t = cutSanction // "New Delhi withdrew the transshipment facility": a benefit taken back
	}
	if t.p.key == "denounce" && !t.p.noun && sc.wordAfter(t, 8, "TREATY", "PACT", "AGREEMENT", "ACCORD", "CONVENTION") && !sc.wordAfter(t, 8, "VIOLATION", "VIOLATIONS", "BREACH") {
		f.t = denouncedTreaty // "Moscow denounced the Soviet–Turkish Treaty": a state ending a treaty
	}
	if t.p.key == "order" && !passive && !sc.is(t.j, "OUT") && sc.outOfCountry(t) {
		f.t = expelOrder // "ordered the Soviet advisers … out of the country": an expulsion
	} else if t.p.key == "order" && sc.wordAfter(t, 8, "TROOPS", "FORCES", "SOLDIERS") && sc.wordAfter(t, 10, "LEAVE", "WITHDRAW") && sc.ownTroops(t, A) {
		f.t = troopsOut // "Trump ordered the roughly 700 US troops in Somalia to leave"
	} else if t.p.key == "order" && sc.toInfinitiveAfter(t) && sc.wordAfter(t, 5, "AMBASSADOR", "AMBASSADORS", "DIPLOMATS", "ENVOY", "ATTACHE", "CHARGE") && sc.wordAfter(t, 8, "LEAVE") {
		f.t = expelOrder // "ordered the Russian ambassador to leave": an expulsion
	} else if t.p.key == "order" && sc.toInfinitiveAfter(t) {
		f.t = orderRequest // "ordered French troops to leave"
	}
	if (t.p.key == "remove" || t.p.key == "lift" || t.p.key == "withdraw") && (sc.wordAfter(t, 4, "DUTIES", "TARIFFS", "TARIFF", "SANCTIONS", "RESTRICTIONS", "BANS", "BAN", "EMBARGO", "CURBS") ||
		(passive || sc.is(t.i-1, ",")) && sc.wordBefore(t, 8, "DUTIES", "TARIFFS", "TARIFF", "SANCTIONS", "RESTRICTIONS", "BANS", "BAN", "EMBARGO", "CURBS")) {
		f.t = liftConcede // "barley duties … removed in August 2023"
	} else if (t.p.key == "suspend" || t.p.key == "terminate") && !t.p.noun && sc.objectIn(t, restrictionNouns) {
		f.t = liftConcede // "suspended the ban on new American investment": an easing
	} else if (t.p.key == "suspend" || t.p.key == "withdraw" || t.p.key == "withdrew" || t.p.key == "withdrawn") && !t.p.noun && sc.objectIn(t, legalActions) {
		f.t = droppedCase // "withdrew its WTO complaint", "suspended its proceedings against China"
	} else if t.p.key == "remove" && sc.wordAfter(t, 8, "LIST") {
		f.t = delist // "Cuba was removed from the list of state sponsors of terrorism"
	} else if t.p.key == "remove" && sc.actorAt(t.j) {
		f.t = removeFrom // "removed Turkey from the F-35 programme"
	}
	if t.p.noun && t.p.key == "withdrawal" && sc.is(t.j, "FROM") && sc.orgOrPactAfter(trig{i: t.j, j: t.j + 1}) {
		f.t = leftBody // "announced their withdrawal from ECOWAS": leaving a body reduces relations
	}
	if (t.p.key == "called" || t.p.key == "calls") && !sc.wordAfter(t, 8, accusingLabels...) && sc.wordAfter(t, 6, praiseLabels...) {
		f.t = praiseSupport // "Putin called Pakistan a traditional partner"
	}
	if t.p.key == "lease" && !t.p.noun && (sc.wordAfter(t, 8, materiel...) || sc.modelAfter(t.j, 8)) {
		f.t = leasedArms // "leased India a Charlie-class nuclear submarine": an arms transfer
	}
	if t.p.key == "stormed" && (sc.wordBefore(t, 3, "TROOPS", "FORCES", "SOLDIERS", "PARATROOPERS", "UNITS", "COMMANDOS", "ARMY", "MARINES") ||
		sc.is(t.j+3, "KILLING") || sc.wordAfter(t, 8, "KILLING")) {
		f.t = stormAssault // "Soviet troops stormed the television tower, killing fourteen": an armed attack
	}
	if t.p.key == "withdrew from" && t.p != leftBody && !sc.orgOrPactAfter(t) {
		f.t = withdrawRetreat // "Nigerian forces withdrew from most of the peninsula"
	}
	if t.p.noun && strings.Contains(t.p.key, "swap") && sc.wordBefore(t, 4, "EXTENDED", "EXTEND", "EXTENDING", "PROVIDED", "GRANTED") {
		f.t = swapAid // "India extended a currency swap of US$ 400 million"
	}
	if t.p.trade && sc.hasCtx("energy", "economic") && !sc.hasCtx("military") {
		f.t = tradeCoop // buying crude is exchange, not aid
	}
	if f.t.typ == event.Aid && !t.p.noun && (t.p.key == "shipped" || t.p.key == "sold" || t.p.key == "export" || t.p.key == "sell") &&
		sc.wordAfter(t, 11, "GOODS", "PRODUCTS", "MERCHANDISE", "EXPORTS", "MANUFACTURES", "CONSUMER") && !sc.hasCtx("military") {
		f.t = tradeCoop // "had shipped the United States $137bn of goods": trade, not aid
	}
	// PLOVER codes promised or future cooperation as AGREE; a future
	// conflict act ("would terminate the agreement") keeps its type
	if t.p.intent || sc.intentBefore(t) && (t.p.typ.Quad() == event.VerbalCoop || t.p.typ.Quad() == event.MaterialCoop) && !sc.agreedSale(t) {
		f.t = asAgree(t.p)
	}
	if t.p.noun && (t.p.typ == event.Cooperate || t.p.key == "package") && (!t.p.weak || t.p.key == "accession" || t.p.key == "membership" || t.p.key == "package") && sc.wordBefore(t, 4, "SIGNED", "CONCLUDED", "SIGN", "CONCLUDE", "SIGNING", "INKED", "RENEWED", "APPROVE", "APPROVED") {
		f.t = asAgree(t.p) // "concluded a currency swap": the agreement is the act
	}
	if t.p.key == "invite" && sc.wordAfter(t, 12, "JOIN", "BECOME") {
		f.t = asAgree(t.p) // "invited Saudi Arabia and the UAE to join the group": an offer
	}
	if sc.ceasefireAgreed(t) {
		f.t = asAgree(t.p) // "reached a ceasefire", "a ceasefire between X and Y": both sides agreed
	}
	if sc.armsContract(t) {
		// "signed a contract for the S-400 air-defence system": an arms order
		// is AID from the seller; the signer is the buyer unless it supplies
		f.t = orderedArms
		if !sc.wordAfter(t, 8, "SUPPLY", "SELL", "DELIVER", "PROVIDE") && !sc.saleTo(t, hi) {
			f.actor, f.recip = f.recip, f.actor
		}
	}
	if t.p.noun && t.p.typ == event.Consult && sc.wordBefore(t, 4, "POSTPONED", "CANCELLED", "CANCELED", "SCRAPPED", "POSTPONE", "CANCEL") {
		f.t = visitCancelled // "Rousseff postponed her state visit to Washington"
	}
	if t.p.key == "grant" && sc.wordAfter(t, 4, "WAIVER", "EXEMPTION", "EXEMPTIONS") {
		f.t = waiverConcede // "granted India a waiver from its export guidelines"
	} else if t.p.typ == event.Aid && sc.accessAfter(t) {
		f.t = accessCoop // "granted U.S. forces access to four bases"
	}
	if t.p.noun && (t.p.typ == event.Aid || t.p.typ == event.Cooperate) && sc.cutBefore(t) {
		f.t = cutSanction // "cut gas deliveries", "suspended military aid"
	}
	if !t.p.noun && t.p.trade && strings.HasSuffix(sc.key(t.i), "ING") && sc.wordBefore(t, 2, "STOPPED", "CEASED", "HALTED", "SUSPENDED", "QUIT") {
		f.t = cutSanction // "Gazprom stopped buying Turkmen gas"
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
	money := f.t.typ == event.Aid || f.t.typ == event.Cooperate || f.t.typ == event.Agree || f.t.typ == event.Sanction || f.t.typ == event.Request ||
		f.t.typ == event.Reject && sc.hasMoney(t.j, minInt(hi, t.j+10)) // "sent back €60m", "rejected a $3bn loan"
	if !money && (f.t.typ == event.Accuse || f.t.typ == event.Threaten) && !t.p.noun && sc.hasMoney(t.j, hi) {
		// "accused Kuwait of siphoning some $2.4bn worth of crude": the sum the charge is about
		f.amount = sc.amountNear(t.i, t.j, hi)
	}
	if f.t.typ == event.Reject && !money {
		// "assessed at £843,947, a sum Tirana flatly refused to pay"
		for _, q := range sc.qty {
			if q.kind == "money" && sc.is(q.j, ",") && sc.is(q.j+1, "A") && sc.is(q.j+2, "SUM") && t.i > q.j+2 && t.i <= q.j+6 {
				f.amount = q.amount()
			}
		}
	}
	if money {
		f.amount = sc.amountNear(t.i, lo, hi)
		if f.amount == nil && (f.t.typ == event.Agree || f.t.typ == event.Aid || f.t.typ == event.Sanction) {
			f.amount = sc.termsAmount(t, hi)
		}
		// "from US$ 4.2 billion in the 1980s to US$ 5 million by 1993"
		if sc.splitByAmounts(f, lo, hi) {
			return
		}
		if sc.splitRespectively(f, t) {
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
	// "switched its recognition from Taiwan to China": dropping Taiwan
	// reduces relations with it
	if t.p.typ == event.Support && t.p.noun && strings.HasPrefix(t.p.key, "recogni") && sc.is(t.j, "FROM") {
		for _, a := range sc.acts {
			if a.i == t.j+1 {
				if from := removeAll(sc.groupCodes(a.group, dk, nil), A); len(from) > 0 {
					g := f
					g.t, g.recip, g.conf = dropRecognition, from, f.conf-0.1
					sc.emit(g)
				}
				break
			}
		}
	}
	// "invaded Congo in 1996 and again in August 1998": the act repeated
	if hasDate {
		for _, d := range sc.dates {
			if d.i > ds.i && d.i >= lo && d.j <= hi && (sc.is(d.i-1, "AGAIN") || sc.is(d.i-2, "AGAIN") && (sc.is(d.i-1, "IN") || sc.is(d.i-1, "ON")) || sc.againBefore(d.i)) {
				g := f
				g.date = d
				sc.emit(g)
			}
		}
	}
}

// sentenceCodes lists the distinct codes of the sentence's actors that end
// before token before.
func (sc *scratch) sentenceCodes(dk, before int) []string {
	var out []string
	for _, a := range sc.acts {
		if a.pair || a.e == nil || a.j > before {
			continue
		}
		if c := a.e.CodeAt(dk); c != "" && !has(out, c) {
			out = append(out, c)
		}
	}
	return out
}

// plainNP: tokens [a, b) hold no clause boundary or finite verb, so they
// continue one noun phrase.
func (sc *scratch) plainNP(a, b int) bool {
	for k := a; k < b; k++ {
		if sc.is(k, ",") || sc.is(k, ";") || sc.is(k, "THAT") || sc.is(k, "WHICH") || sc.cl(k, cBe) {
			return false
		}
		for _, o := range sc.trigs {
			if o.i == k && !o.p.noun {
				return false
			}
		}
	}
	return true
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
	if t.p.noun {
		// "India protested the agreement", "attributed the attack to the
		// TTP": the object of a protest or an accusation is not a new event
		for _, o := range sc.trigs {
			if !o.p.noun && (o.p.typ == event.Accuse || o.p.typ == event.Reject) && o.j <= t.i && t.i <= o.j+2 &&
				(o.j == t.i || sc.is(o.j, "THE") || sc.is(o.j, "THIS") || sc.is(o.j, "THAT")) && !sc.is(t.j, "OF") {
				return true
			}
		}
	}
	if t.p.mode == "third-party" && sc.is(t.j, "BY") {
		return false // "agreed to a ceasefire brokered by Egypt": the go-between's own act
	}
	// "signed a security agreement with Beijing under which Chinese police
	// may be deployed": the terms of an agreement are not events
	for k := t.i - 1; k > 0 && k >= t.i-25; k-- {
		if sc.is(k, ";") {
			break
		}
		if sc.is(k, "WHEREBY") || sc.is(k, "WHICH") && sc.is(k-1, "UNDER") {
			if t.p.typ == event.Agree || sc.intentBefore(t) {
				break // "under which Italy would train the coast guard": a promise the agreement makes
			}
			for _, o := range sc.trigs {
				if o.p.typ == event.Agree && o.j <= k && o.j >= k-6 {
					return true
				}
			}
			break
		}
	}
	if t.p.typ == event.Consult && t.p.noun && sc.betweenGroup(t) > 0 {
		return false // "hosted talks between Kinshasa and the M23": the talks are the parties' own
	}
	// "the three monarchies, joined by Egypt, severed relations": an aside
	// naming a co-actor, not an accession
	if sc.is(t.i, "JOINED") && sc.is(t.j, "BY") && sc.is(t.i-1, ",") {
		return true
	}
	// "Muscat hosted the first round of talks between Washington and
	// Tehran": the host is the venue of the parties' talks
	if t.p.key == "host" && !t.p.noun {
		for _, o := range sc.trigs {
			if o.p.noun && o.p.typ == event.Consult && o.i > t.i && o.i <= t.j+8 && sc.betweenGroup(o) > 0 {
				return true
			}
		}
	}
	// "sanctions on Iranian oil exports", "a ban on arms sales": the
	// object of a restriction is not an event of its own
	if t.p.noun {
		for _, o := range sc.trigs {
			if o.p.noun && (o.p.typ == event.Sanction || o.p.typ == event.Agree || o.p.typ == event.Consult) && o.j <= t.i && o.j >= t.i-8 &&
				(sc.is(o.j, "ON") || sc.is(o.j, "AGAINST") || sc.is(o.j, "ABOUT") || sc.is(o.j, "OVER") ||
					sc.is(o.j, "OF") && o.p.typ == event.Agree && (sc.is(o.i, "TREATY") || sc.is(o.i, "TREATIES")) && sc.plainList(o.j+1, t.i)) &&
				(sc.plainNP(o.j+1, t.i) || sc.is(o.j, "OF")) {
				// ("treaties of friendship, cooperation and mutual assistance": the treaty's name)
				return true // "an agreement on the reciprocal provision of supplies"
			}
		}
	}
	for _, o := range sc.trigs {
		if o.p.noun || o.p.weak || o.j > t.i || o.p.typ == event.Accuse || o.p.key == "return" {
			continue // what is alleged is an event of its own; "returned the visit" is the visit
		}
		if o.p.typ == t.p.typ && !t.p.noun {
			continue
		}
		if responseVerbs[sc.key(o.i)] && sc.is(o.j, "WITH") {
			continue // "retaliated with bans on Turkish food imports": the response is the act
		}
		if o.p.typ == event.Consult && !o.p.noun && t.p.noun && (t.p.typ == event.Agree || t.p.typ == event.Support) && sc.cameToSign(t) {
			continue // "Putin came to Ashgabat to sign a treaty": the visit's purpose, done
		}
		// "demanded that Lithuania withdraw its envoy": the that-clause of a
		// demand or an accusation is its content, however short
		if (o.p.typ == event.Request || o.p.typ == event.Accuse || o.p.typ == event.Threaten) && sc.is(o.j, "THAT") && sc.clause[o.j] == sc.clause[t.i] && !t.p.noun {
			return true
		}
		// "agreed that both superpowers would halt arms deliveries": what
		// was agreed is the agreement's content
		if o.p.typ == event.Agree && sc.is(o.j, "THAT") && sc.clause[o.j] == sc.clause[t.i] && !t.p.noun &&
			(sc.is(t.i-1, "WOULD") || sc.is(t.i-1, "WILL") || sc.is(t.i-1, "SHOULD") || sc.is(t.i-1, "SHALL")) {
			return true
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
		if !t.p.noun && !sc.is(t.i-1, "TO") && !(sc.is(t.i-2, "TO") && strings.HasSuffix(sc.key(t.i-1), "LY")) && !sc.afterDeterminer(t) && !sc.helpedBefore(t) {
			continue
		}
		ok := true
		for k := o.j; k < t.i; k++ {
			t2 := &sc.toks[k]
			if sc.is(k, "AND") && k >= t.i-2 && t.p.noun {
				continue // "economic and military assistance": coordinated modifiers
			}
			if sc.is(k, "AND") || sc.is(k, "BUT") {
				ok = false // coordination: a second act
				break
			}
			if sc.inActor(k) || sc.inMoney(k) || o.p.typ == event.Threaten && sc.inQty(k, "percent") {
				continue // the indirect object: "offered Riyadh a defence pact", "offered Pakistan $400 million in aid"; "threatened a 5 per cent tariff"
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
				// "…, but Egypt declared the talks over and blamed …": the
				// subject of an untriggered verb in between is nearer
				for m := len(sc.acts) - 1; m >= 0; m-- {
					a := sc.acts[m]
					if a.i > o.j && a.j < t.i && !a.inPP && !sc.toks[a.j-1].poss && a.j < len(sc.toks) && sc.toks[a.j].kind == tWord && !sc.toks[a.j].cap &&
						(strings.HasSuffix(sc.key(a.j), "ED") || pastIrregular[sc.key(a.j)]) && !sc.is(a.j+1, "BY") {
						return a.group
					}
				}
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
	// "Indonesia, which then chaired ASEAN, mediated …": the subject is the
	// antecedent of a relative clause closed by the comma before the verb
	if !t.p.noun {
		p := t.i - 1
		for p > 0 && (strings.HasSuffix(sc.key(p), "LY") || sc.is(p, "THEN") || sc.is(p, "ALSO") || sc.is(p, "LATER") || sc.cl(p, cBe) || sc.is(p, "HAS") || sc.is(p, "HAD") || sc.is(p, "HAVE")) {
			p--
		}
		if sc.is(p, ",") {
			for k := p - 1; k > 1 && k >= p-25; k-- {
				if sc.is(k, ",") || sc.is(k, ";") {
					break
				}
				// … or of a participle aside ("the rebels, reportedly backed
				// by Rwandan troops, captured Goma")
				aside := sc.is(k, "WHICH") || sc.is(k, "WHO") || sc.is(k, "WHOSE") || sc.toks[k].kind == tWord && !sc.toks[k].cap &&
					(strings.HasSuffix(sc.key(k), "LY") || strings.HasSuffix(sc.key(k), "ED") || strings.HasSuffix(sc.key(k), "ING") ||
						sc.is(k, "MOST") || sc.is(k, "MANY") || sc.is(k, "SOME") || sc.is(k, "ALL") || sc.is(k, "BOTH") || sc.is(k, "EACH") ||
						sc.is(k, "ITSELF") || sc.is(k, "THEMSELVES") || sc.is(k, "LIKE") || sc.is(k, "ALONG") || sc.is(k, "TOGETHER"))
				if aside && sc.is(k-1, ",") {
					for _, a := range sc.acts {
						if (a.j == k-1 || a.j == k-2 && sc.headNoun(a.j)) && !a.inPP {
							return a.group
						}
					}
					break
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
			if sc.is(p-1, ":") || sc.inDate(p-1) && sc.keyBetween(maxInt(0, p-8), p, ":") {
				// "Iran's entry into the clubs that Beijing champions
				// followed: it became …": resolved with the sentence's subject
				for _, a := range sc.acts {
					if a.i == p {
						return a.group
					}
				}
			}
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
			a.j == t.i-2 && sc.headNoun(a.j) && sc.headNoun(a.j+1) ||
			// "Russian forces had invaded": the head noun, then auxiliaries
			sc.headNoun(a.j) && sc.auxRun(a.j+1, t.i)
		locPP := a.inPP && (sc.is(a.i-1, "NEAR") || sc.is(a.i-1, "IN") || sc.is(a.i-1, "AT") || sc.is(a.i-1, "OUTSIDE") || sc.is(a.i-1, "BESIDE")) &&
			!(sc.is(a.i-2, "GOVERNMENT") || sc.is(a.i-2, "AUTHORITIES") || sc.is(a.i-2, "REGIME") || sc.is(a.i-2, "ADMINISTRATION") ||
				sc.is(a.i-2, "JUNTA") || sc.is(a.i-2, "LEADERSHIP") || sc.is(a.i-2, "OFFICIALS")) // "the government in Port Sudan cut"
		if (!a.inPP || adjacent && !locPP) && !sc.nounTriggerAt(a.j) {
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
	if t.p.noun && t.p.mode == "visit" && t.i > 1 && sc.is(t.i-1, "A") && sc.is(t.i-2, "WITH") {
		// "the Russian prime minister returned the gesture with a visit to
		// Islamabad": the visit is the subject's
		for _, a := range sc.acts {
			if a.i >= lo && a.j <= t.i && !a.inPP {
				return a.group
			}
		}
	}
	if t.p.noun && (sc.is(lo, "WHO") || sc.is(lo, "WHICH")) {
		// "… Vladimir Putin, who paid a return visit to Pyongyang": the
		// relative pronoun's antecedent
		for k := len(sc.acts) - 1; k >= 0; k-- {
			if a := sc.acts[k]; a.j <= lo && a.j >= lo-2 {
				return a.group
			}
		}
	}
	if pron || t.clause > 0 || !t.p.noun {
		// the clause's (or the sentence's) first subject; failing that the
		// owner in "a consortium of Indian companies bought …"
		// "…, and by December fighters of the Wagner Group had been
		// deployed": the clause's own "of" owner beats the sentence subject
		for _, from := range []int{lo, 0} {
			for pass := 0; pass < 2; pass++ {
				for _, a := range sc.acts {
					if a.i >= from && a.j <= t.i && (!a.inPP || pass == 1 && a.ofPP) {
						return a.group
					}
				}
			}
			if t.p.noun && !pron {
				break
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
		if k == 0 && sc.listItem && sc.listSubj != nil && (sc.is(0, "-") || sc.is(0, "*") || sc.is(0, "•")) {
			return true // "- a US$ 6 billion facility in July 2019;" after "The IMF has approved:"
		}
		if t.kind != tWord || sc.inDate(k) {
			if sc.inDate(k) || t.kind == tNum || sc.is(k, "$") || sc.is(k, "%") || sc.is(k, "-") || sc.is(k, "€") || sc.is(k, "£") || sc.is(k, "¥") ||
				sc.quoteTok(k) && (k == i-1 && sc.quoteTok(k-2) || sc.quoteTok(k+2) && k+3 == i) { // (and a one-word quoted modifier: a 46 per cent "reciprocal" tariff)
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
		if key == "WITH" && k > lo && (responseVerbs[sc.key(k-1)] || sc.inDate(k-1) && responseVerbs[sc.key(sc.beforeDate(k-1))]) {
			return true // "Ottawa answered with counter-tariffs": the response is the subject's act
		}
		if key == "DURING" || key == "AT" || key == "AMID" || key == "FOR" || key == "WITH" && k <= lo+1 || t.cls&cBe != 0 {
			return true // "during a meeting with …", ", with sanctions imposed …": the clause's own act
		}
		if t.cls&cNounPrep != 0 || t.cls&cTime != 0 || key == "AS" || key == "THAN" || key == "LIKE" {
			return false
		}
		if t.cls&cFunc != 0 || t.cap || key == "A" || key == "AN" {
			continue // determiners, modifiers and names inside the noun phrase
		}
		if strings.HasSuffix(key, "ED") || strings.HasSuffix(key, "ING") || sc.x.lex.light[key] || key == "CAST" || key == "HELD" || key == "BEGAN" ||
			key == "MADE" || key == "TOOK" || key == "PUT" || key == "KEPT" || key == "SET" || key == "SENT" || key == "PAID" || key == "GAVE" {
			return true
		}
	}
	return false
}

// nonMilitaryOffensive qualify an "offensive" that is a campaign of words.
var nonMilitaryOffensive = map[string]bool{"LEGAL": true, "DIPLOMATIC": true, "CHARM": true, "PROPAGANDA": true, "MEDIA": true,
	"PEACE": true, "ECONOMIC": true, "RELATIONS": true, "LOBBYING": true, "RHETORICAL": true, "POLITICAL": true, "TRADE": true}

// trigWithin: a trigger starts in [lo, hi).
func (sc *scratch) trigWithin(lo, hi int) bool {
	for _, o := range sc.trigs {
		if o.i >= lo && o.i < hi {
			return true
		}
	}
	return false
}

// backReference: a noun trigger named by "the YEAR" in a sentence whose
// own date is later, with no party of its own ("the 2018 deal with Juba").
func (sc *scratch) backReference(t trig) bool {
	var md *dateSpan
	for k := range sc.dates {
		d := &sc.dates[k]
		if (d.j == t.i || d.j == t.i-1 && sc.toks[t.i-1].kind == tWord && !sc.toks[t.i-1].cap) && d.j == d.i+1 && sc.is(d.i-1, "THE") {
			md = d
		}
	}
	if md == nil || t.j < len(sc.toks) && (sc.cl(t.j, cBe) || sc.is(t.j, "WOULD") || sc.is(t.j, "WILL") || sc.is(t.j, "HAD") || sc.is(t.j, "HAS")) {
		return false // "the 1971 treaty would be extended": the old treaty is the subject of a new act
	}
	later := false
	for _, d := range sc.dates {
		if !sc.modifierDate(d) && !d.open && d.d.Year > md.d.Year {
			later = true
		}
	}
	if !later {
		return false
	}
	for k := t.j; k < t.j+2 && k < len(sc.toks); k++ {
		if (sc.is(k, "WITH") || sc.is(k, "BETWEEN") || sc.is(k, "BY") || sc.is(k, "TO")) && sc.actorIn(k+1, min(k+5, len(sc.toks))) {
			return false
		}
	}
	return true
}

// namesOtherTrig: the modifier year d qualifies a noun trigger before t
// ("the 2018 deal … talks"), not t itself.
func (sc *scratch) namesOtherTrig(d dateSpan, t trig) bool {
	for _, o := range sc.trigs {
		if o.p.noun && o.i >= d.j && o.i <= d.j+2 && o.j <= t.i {
			for k := o.j; k < t.i; k++ {
				if sc.toks[k].kind == tWord && !sc.toks[k].cap && !sc.is(k, "OF") && !sc.is(k, "AND") && !sc.is(k, "THE") {
					return true // "the 2018 deal into talks"; not "the 1904 Treaty of Peace and Friendship"
				}
			}
		}
	}
	return false
}

// bannedDealings: what a ban on dealings with another state stops.
var bannedDealings = []string{"IMPORTS", "IMPORT", "EXPORTS", "EXPORT", "INVESTMENT", "INVESTMENTS", "ARMS", "WEAPONS", "SALES", "TRADE", "FLIGHTS",
	"VISAS", "TRAVEL", "GOODS", "SHIPMENTS", "PRODUCTS", "OIL", "GAS", "FISHING", "OVERFLIGHTS", "AIRLINES", "VESSELS", "SHIPS", "LOANS", "AID", "TRANSFERS"}

// restrictedGoods: a trade word that a restriction noun governs ("a ban
// on imports", "tariffs on Chinese exports", "curbs on the purchase").
func (sc *scratch) restrictedGoods(t trig) bool {
	k := t.i - 1
	for k >= 0 && k >= t.i-3 && (sc.is(k, "THE") || sc.is(k, "ALL") || sc.inActor(k) || sc.toks[k].kind == tWord && !sc.toks[k].cap && sc.toks[k].cls&cFunc == 0 && !sc.is(k, "ON")) {
		k--
	}
	if !sc.is(k, "ON") {
		return false
	}
	switch sc.key(k - 1) {
	case "BAN", "BANS", "EMBARGO", "EMBARGOES", "TARIFF", "TARIFFS", "DUTIES", "DUTY", "RESTRICTIONS", "CURBS", "SANCTIONS", "LEVY", "LEVIES", "QUOTAS", "QUOTA", "LIMITS", "CAP", "MORATORIUM", "CONTROLS", "TAX":
		return true
	}
	return false
}

// quoteTok: token k is a double quotation mark.
func (sc *scratch) quoteTok(k int) bool {
	return sc.is(k, "\"") || sc.is(k, "“") || sc.is(k, "”")
}

// adjunctParty: the actor sits in a stance noun's phrase ("backing from
// the Bush administration").
func (sc *scratch) adjunctParty(a actorSpan) bool {
	p := a.i - 1
	for n := 0; n < 3 && p > 0 && (sc.is(p, "THE") || sc.toks[p].kind == tWord && !sc.toks[p].cap && sc.toks[p].cls&(cFunc|cNounPrep) == 0); n++ {
		p--
	}
	return (sc.is(p, "FROM") || sc.is(p, "OF") || sc.is(p, "BY")) && adjunctNouns[sc.key(p-1)]
}

// namesAny: the sentence names one of the codes.
func (sc *scratch) namesAny(codes []string, dk int) bool {
	for _, a := range sc.acts {
		if a.e != nil && has(codes, a.e.CodeAt(dk)) {
			return true
		}
	}
	return false
}

// adjunctOnly: every mention of the codes is in a stance noun's phrase.
func (sc *scratch) adjunctOnly(codes []string, dk int) bool {
	for _, a := range sc.acts {
		if a.e != nil && has(codes, a.e.CodeAt(dk)) && !sc.adjunctParty(a) {
			return false
		}
	}
	return true
}

// adjunctNouns name a stance toward an act; the party after them ("backing
// from Washington", "objections by India") is not the act's recipient.
var adjunctNouns = map[string]bool{"BACKING": true, "SUPPORT": true, "BLESSING": true, "ENCOURAGEMENT": true, "OBJECTIONS": true,
	"OBJECTION": true, "OPPOSITION": true, "PRESSURE": true, "APPROVAL": true, "ENDORSEMENT": true, "CONSENT": true}

// brokeredPact: what the mediator brought about is a pact the parties
// made ("brokered a truce", "mediated the 2020 ceasefire"), not talks.
func (sc *scratch) brokeredPact(t trig) bool {
	return sc.wordAfter(t, 5, "TRUCE", "CEASEFIRE", "CEASE-FIRE", "ARMISTICE", "DEAL", "AGREEMENT", "ACCORD", "ACCORDS", "PEACE", "TREATY", "SETTLEMENT")
}

// actDateAfter: a date after trigger t, other than d, that names no thing.
func (sc *scratch) actDateAfter(t trig, d dateSpan) (dateSpan, bool) {
	for _, o := range sc.dates {
		if o.i > t.j && o.i != d.i && !sc.modifierDate(o) && !o.open {
			return o, true
		}
	}
	return dateSpan{}, false
}

// beforeDate: the token before the date span (and its "in"/"on") that
// covers token i ("followed in mid-April with …").
func (sc *scratch) beforeDate(i int) int {
	for i >= 0 && (sc.inDate(i) || sc.is(i, "MID") || sc.is(i, "EARLY") || sc.is(i, "LATE") || sc.is(i, "-")) {
		i--
	}
	if sc.is(i, "IN") || sc.is(i, "ON") {
		i--
	}
	return i
}

// responseVerbs take the act they answer with as a "with" phrase.
var responseVerbs = map[string]bool{"FOLLOWED": true, "ANSWERED": true, "RESPONDED": true, "RETALIATED": true, "REPLIED": true, "REACTED": true,
	"BACK": true, "COUNTERED": true, "ANSWER": true, "RESPOND": true, "RETALIATE": true, "REPLY": true, "REACT": true}

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
	// "Baker and Pankin agreed that both powers would halt deliveries to
	// the Afghan parties": the two subjects agreed with each other
	if !t.p.noun && t.p.typ == event.Agree && sc.is(t.j, "THAT") && sc.groupStates(subj) >= 2 {
		return -1
	}
	comma := len(sc.toks)
	for k := t.j; k < len(sc.toks); k++ {
		if sc.is(k, ",") && sc.nounListComma(k) {
			continue // "imposed an arms embargo, travel bans and asset freezes on Eritrea"
		}
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
		if a.i-1 != t.j && sc.mediatorAt(a.i) {
			skip = a.group // "restored following mediation by Qatar": the go-between of another act
			continue
		}
		if a.i == t.j && a.inPP && sc.toks[a.j-1].poss && sc.relationWithAfter(a.j) {
			continue // "cut Pakistan's remaining ties with the Taliban": the partner follows "with"
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
		if p >= 0 && (sc.cl(p, cTime) || sc.cl(p-1, cTime) && sc.toks[p].poss || sc.is(p, "UNDER") || sc.is(p, "WITHOUT") ||
			sc.is(p, "FOUNDING") || sc.is(p, "ESTABLISHING") || sc.is(p, "CREATING") || sc.is(p, "FORMING")) {
			skip = a.group // "following India's tests", "under EU mediation": circumstances, not parties
			continue
		}
		// "weapons for the mujahideen, channelled through Pakistan's ISI":
		// the conduit is not who the aid was for
		if t.p.typ == event.Aid && sc.is(p, "THROUGH") {
			skip, sc.conduit = a.group, true
			continue
		}
		// "agreed in Beijing", "a summit in Samarkand": a place, not a party
		if verbal && p >= t.j && (sc.is(p, "IN") || sc.is(p, "AT")) && !sc.toks[a.j-1].poss && !(t.p.mode == "visit" && a.state && sc.is(p, "IN")) {
			continue // (a visit "in Astana" is to Kazakhstan)
		}
		if t.p.noun && p >= t.j && !sc.cl(p, cNounPrep) {
			continue
		}
		// "an Israeli strike on its consulate in Damascus": the object is
		// whoever "its" refers to, not the place
		locative := (sc.is(p, "IN") || sc.is(p, "AT") || sc.is(p, "NEAR")) && isAttack(t.p.typ)
		for k := t.j; locative && k < a.i-1; k++ {
			if (sc.is(k+1, "ITS") || sc.is(k+1, "THEIR")) && sc.cl(k, cNounPrep) {
				for m := len(sc.acts) - 1; m >= 0; m-- {
					if b := sc.acts[m]; b.j <= t.i && b.group != subj && !sc.adjacentModifier(b.j, t.i) {
						return b.group
					}
				}
				return -1
			}
		}
		// "approved a stand-by arrangement with strong backing from the
		// Bush administration": the party of another noun's phrase
		if p > t.j && (sc.is(p, "FROM") || sc.is(p, "OF") || sc.is(p, "BY")) && adjunctNouns[sc.key(p-1)] && sc.keyBetween(t.j, p, "WITH") {
			skip = a.group
			continue
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
// decisionSubject: "Gazprom's decision on 27 April 2022 to halt deliveries
// to Poland": the possessor of a decision, plan or move is the one who acts
// in the infinitive after it.
func (sc *scratch) decisionSubject(t trig, lo int) int {
	k := t.i - 1
	if t.p.noun && k > lo && !sc.is(k, "TO") && sc.is(k-1, "TO") && sc.toks[k].kind == tWord && !sc.toks[k].cap {
		k-- // "to halt deliveries"
	}
	if !sc.is(k, "TO") {
		return -1
	}
	k--
	for k > lo && sc.inDate(k) {
		k--
	}
	if sc.is(k, "IN") || sc.is(k, "ON") {
		k--
	}
	if k < 0 {
		return -1
	}
	switch sc.key(k) {
	case "DECISION", "PLAN", "PLANS", "MOVE", "ORDER", "REFUSAL", "THREAT", "BID", "ATTEMPT", "EFFORT", "EFFORTS", "PLEDGE", "PROMISE", "OFFER", "READINESS", "WILLINGNESS":
	default:
		return -1
	}
	for _, a := range sc.acts {
		if a.j == k && a.i >= lo && sc.toks[a.j-1].poss {
			return a.group
		}
	}
	return -1
}

// underWhichGroup: the subject of "under which" or "by which" right
// after an agreement noun ("the Tehran Declaration, under which Iran …").
func (sc *scratch) underWhichGroup(t trig) int {
	k := t.j
	if sc.is(k, ",") {
		k++
	}
	if !(sc.is(k, "UNDER") || sc.is(k, "BY") || sc.is(k, "IN")) || !sc.is(k+1, "WHICH") {
		return -1
	}
	for _, a := range sc.acts {
		if a.i == k+2 || a.i == k+3 && sc.is(k+2, "THE") {
			return a.group
		}
	}
	return -1
}

// groupStates counts the distinct codes of actor group g.
func (sc *scratch) groupStates(g int) int {
	if g < 0 {
		return 0
	}
	var seen []string
	for _, a := range sc.acts {
		if a.group != g || a.e == nil {
			continue
		}
		if c := a.e.CodeAt(0); !slices.Contains(seen, c) {
			seen = append(seen, c)
		}
	}
	return len(seen)
}

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

// isConflict: military moves, which a paragraph's dyad does not license
// without a named party ("border mobilisations" in a list about China and
// Pakistan were aimed at India).
// isAttack: material conflict (attacks, coercion, deployments).
// mutualType: acts that co-actors do with each other ("India and Russia
// agreed", "held talks", "held exercises", "restored relations").
// pronounObject: the object pronoun right after a verb ("funding it",
// "recognised him") is the latest other actor before the verb — for
// "him" and "her", the latest person.
func (sc *scratch) pronounObject(t trig, subj, dk int, A []string) []string {
	person := sc.is(t.j, "HIM") || sc.is(t.j, "HER")
	for k := len(sc.acts) - 1; k >= 0; k-- {
		if a := sc.acts[k]; a.j <= t.i && a.group != subj && a.e != nil && !has(A, a.e.CodeAt(dk)) && (!person || a.e.Kind == actors.Person) {
			return []string{a.e.CodeAt(dk)}
		}
	}
	// "Kennedy … received him at the White House": the person the last
	// sentence named
	if person && sc.prevPerson != nil && !has(A, sc.prevPerson.CodeAt(dk)) && sc.x.dict.IsState(sc.prevPerson.CodeAt(dk)) {
		return []string{sc.prevPerson.CodeAt(dk)}
	}
	return nil
}

// courts and rulingNouns: a court's ruling, rejected, answers the court.
var courts = map[string]bool{"ICJ": true, "PCA": true, "ITLOS": true, "ICC": true, "ECJ": true, "ECHR": true}
var rulingNouns = map[string]bool{"JUDGMENT": true, "JUDGEMENT": true, "RULING": true, "VERDICT": true, "AWARD": true,
	"OPINION": true, "DECISION": true, "ORDER": true, "JUDGMENTS": true, "RULINGS": true}

// praiseKeys: verbs of praise and endorsement, aimed at a third party
// even when several states utter them together.
var praiseKeys = map[string]bool{"commend": true, "praise": true, "welcome": true, "endorse": true, "applaud": true, "hail": true,
	"congratulate": true, "voted for": true, "vote for": true}

func mutualType(t event.Type) bool {
	return t == event.Agree || t == event.Consult || t == event.Cooperate || t == event.Support || t == event.Retreat
}

func isAttack(t event.Type) bool { return t.Quad() == event.MaterialConf }

func isConflict(t event.Type) bool {
	return t == event.Mobilize
}

func isVerbal(t event.Type) bool {
	return t.Quad() == event.VerbalCoop || t.Quad() == event.VerbalConf
}

func (sc *scratch) inActor(k int) bool {
	return k >= 0 && k < len(sc.toks) && sc.toks[k].inAct
}

// maxTriggers bounds the work on pathological sentences (a 2 KB piece of
// a list with a predicate every few words): frames are quadratic in
// triggers and actors, real sentences have a handful.
const maxTriggers = 24

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
	for k := t.j; k < len(sc.toks) && k < t.j+10; k++ {
		switch sc.key(k) {
		case "FROZEN", "SUSPENDED", "HALTED", "CANCELLED", "CANCELED", "POSTPONED", "COLLAPSED", "STALLED", "ABANDONED", "BROKE",
			"LIFTED", "EASED", "RESCINDED", "REVOKED", "REPEALED":
			return !(sc.is(k, "BROKE") && sc.is(k+1, "OUT")) // ("war broke out": it began)
		case "LASTED", "DRAGGED", "PERSISTED", "ENDURED", "LAPSED", "EXPIRED":
			return true // "The blockade lasted three and a half years": a duration, not a new act
		case ",", ";":
			return false
		case "WHICH", "WHOM":
			if sc.cl(k-1, cFunc) {
				return false // "an agreement under which the tariffs were suspended": another clause's subject
			}
		}
		if k >= t.j+6 && (sc.verbTriggerAt(k) || sc.is(k, "WHICH") || sc.is(k, "THAT") || sc.is(k, "WHO")) {
			return false // "aid and further F-16 deliveries were halted": far only within the noun phrase
		}
	}
	return false
}

// deniedContent: t sits in the that-clause of a denial ("Jakarta denied
// that the statement recognised China's claim"): what is denied did not
// happen as far as the text says.
func (sc *scratch) deniedContent(t trig) bool {
	for k := t.i - 1; k >= 1 && k >= t.i-14; k-- {
		switch sc.key(k) {
		case ";", ".", "BUT", "YET", "WHILE", "ALTHOUGH":
			return false
		case "THAT":
			p := k - 1
			for p > 0 && (sc.inDate(p) || sc.is(p, "IN") && sc.inDate(p+1)) {
				p--
			}
			switch sc.key(p) {
			case "DENIED", "DENY", "DENIES", "DENYING", "REFUTED", "DISPUTED":
				return true
			case "CLAIMS", "REPORTS", "SUGGESTIONS", "ALLEGATIONS", "CLAIM", "REPORT":
				return sc.wordBefore(trig{i: p}, 3, "DENIED", "DENY", "DENIES", "DENYING", "DISMISSED", "REJECTED", "REFUTED")
			}
			return false
		}
	}
	return false
}

// plainSpan: tokens [a, b) are at most n words with no punctuation or
// clause word between them.
func (sc *scratch) plainSpan(a, b, n int) bool {
	if b-a > n || b < a {
		return false
	}
	for k := a; k < b; k++ {
		if sc.toks[k].kind != tWord || sc.toks[k].cls&cClause != 0 {
			return false
		}
	}
	return true
}

// groupEnd returns the token after group g.
func (sc *scratch) groupEnd(g int) int {
	e := -1
	for _, a := range sc.acts {
		if a.group == g {
			e = a.j
		}
	}
	return e
}

// outOfCountry: "ordered the advisers, … of them, out of the country": an
// order that sends people out of the subject's state.
func (sc *scratch) outOfCountry(t trig) bool {
	for k := t.j; k < len(sc.toks) && k < t.j+16; k++ {
		if sc.is(k, "OUT") && sc.is(k+1, "OF") {
			return sc.is(k+2, "THE") && (sc.is(k+3, "COUNTRY") || sc.is(k+3, "KINGDOM")) || sc.inActor(k+2)
		}
		// "ordering the French special forces of Operation Sabre out in
		// January 2023": a foreign force ordered out, the sentence ending
		if sc.is(k, "OUT") && k > t.j+1 && sc.actorIn(t.j, k) && (k+1 >= len(sc.toks) || sc.toks[k+1].kind == tPunct || sc.inDate(k+1) || sc.is(k+1, "IN") && sc.inDate(k+2)) {
			return true
		}
		if sc.is(k, ";") || sc.is(k, "AND") && (k+1 >= len(sc.toks) || sc.toks[k+1].kind != tNum) || sc.is(k, "TO") {
			return false
		}
	}
	return false
}

// plainList: tokens [a, b) are words, commas and "and" only ("friendship,
// cooperation and mutual").
func (sc *scratch) plainList(a, b int) bool {
	for k := a; k < b; k++ {
		if !(sc.is(k, ",") || sc.toks[k].kind == tWord && !sc.is(k, "THAT") && !sc.is(k, "WHICH") && !sc.verbTriggerAt(k)) {
			return false
		}
	}
	return true
}

// nounListComma: the comma at k separates members of a list of common
// nouns ("an arms embargo, travel bans and asset freezes") or of a title
// ("Treaty of Peace, Friendship and Cooperation"): one to four words, no
// verb or actor, then "and" or another such comma.
func (sc *scratch) nounListComma(k int) bool {
	for m := k + 1; m < len(sc.toks) && m <= k+5; m++ {
		if sc.is(m, "AND") {
			return m > k+1
		}
		if sc.is(m, ",") {
			return m > k+1 && sc.nounListComma(m)
		}
		tk := &sc.toks[m]
		if tk.kind != tWord || tk.cap && !(sc.toks[k-1].cap && sc.toks[k-1].kind == tWord) || tk.cls&(cFunc|cBe|cClause) != 0 || sc.inActor(m) || sc.verbTriggerAt(m) ||
			strings.HasSuffix(sc.key(m), "ED") || strings.HasSuffix(sc.key(m), "ING") {
			return false
		}
	}
	return false
}

// saleTo: "agreed to the sale of fifty F-4 Phantoms to Israel", "an arms
// package for Cairo": the party after "to"/"for" buys, so the subject sells.
func (sc *scratch) saleTo(t trig, hi int) bool {
	for _, a := range sc.acts {
		if a.i > t.j && a.i < hi && a.i <= t.j+14 && (sc.is(a.i-1, "TO") || sc.is(a.i-1, "FOR")) && !sc.is(a.i-2, "AGREEMENT") {
			return true
		}
	}
	return false
}

// modelAfter: a weapon's type designator ("F-4", "Su-35", "S-400",
// "MiG-29") among the n tokens from k.
func (sc *scratch) modelAfter(k, n int) bool {
	for m := k; m+1 < len(sc.toks) && m < k+n; m++ {
		if w := sc.key(m); sc.toks[m].kind == tWord && sc.toks[m].cap && len(w) <= 3 && sc.toks[m+1].kind == tNum && sc.toks[m+1].hyph {
			return true
		}
	}
	return false
}

func minInt(a, b int) int {
	if a < b {
		return a
	}
	return b
}

// endedBefore: an agreement noun that a verb of ending governs ("ended its
// defence cooperation agreement", "terminated the pact").
func (sc *scratch) endedBefore(t trig) bool {
	for k := t.i - 1; k >= 0 && k >= t.i-6; k-- {
		switch sc.key(k) {
		case "ENDED", "ENDS", "ENDING", "TERMINATED", "TERMINATING", "TERMINATES", "SCRAPPED", "REVOKED", "CANCELLED", "CANCELED",
			"HALTED", "SUSPENDED", "FROZE", "ABROGATED", "RENOUNCED", "REPUDIATED", "DENOUNCED":
			return sc.plainNP(k+1, t.i) && !sc.is(k+1, "BY") && !sc.is(k+1, "WITH") // (not "the visit ended with the Shanghai Communiqué")
		case ",", ";", "THAT", "WHICH", "AND", "BY":
			return false
		}
	}
	return false
}

// keyBetween reports token key w among tokens [a, b).
func (sc *scratch) keyBetween(a, b int, w string) bool {
	for k := a; k < b; k++ {
		if sc.is(k, w) {
			return true
		}
	}
	return false
}

// groupStart returns the first token of group g.
func (sc *scratch) groupStart(g int) int {
	for _, a := range sc.acts {
		if a.group == g {
			return a.i
		}
	}
	return 0
}

// verbTriggerAt reports whether a verb trigger starts at token i.
func (sc *scratch) verbTriggerAt(i int) bool {
	for _, t := range sc.trigs {
		if t.i == i && !t.p.noun {
			return true
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
	circ := -1
	for _, a := range sc.acts {
		if sc.cl(a.i-1, cTime) || sc.mediatorAt(a.i) {
			circ = a.group // "during India-Pakistan conflicts", "following mediation by Qatar": circumstance, not party
		}
		if a.group == circ {
			continue
		}
		if (sc.is(a.i-1, "IN") || sc.is(a.i-1, "AT")) && a.i > 1 && strings.HasSuffix(sc.key(a.i-2), "ED") {
			continue // "signed in Ankara": the place of the act
		}
		if a.e != nil && a.e.Code != sc.pair[0] && a.e.Code != sc.pair[1] {
			return false
		}
	}
	return true
}

// reactiveNouns name another party's act that a reaction answers.
var reactiveNouns = map[string]bool{"BID": true, "BIDS": true, "REQUEST": true, "REQUESTS": true, "PROPOSAL": true,
	"PROPOSALS": true, "APPLICATION": true, "APPLICATIONS": true, "OFFER": true, "OFFERS": true, "PLAN": true,
	"MOVE": true, "DECISION": true, "DEMAND": true, "DEMANDS": true, "APPEAL": true, "OVERTURE": true,
	"OVERTURES": true, "INITIATIVE": true, "CANDIDACY": true, "CLAIM": true, "CLAIMS": true, "ACCUSATION": true,
	"ACCUSATIONS": true, "ALLEGATION": true, "ALLEGATIONS": true, "CHARGES": true, "STEP": true, "ULTIMATUM": true,
	"INVASION": true, "ANNEXATION": true, "OCCUPATION": true, "INCURSION": true, "STRIKES": true, "ACTION": true}

// reactiveObject: the trigger's object is a definite noun for another
// party's act ("blocked both bids", "rejected the proposal", "denied the
// allegations") with no actor of its own.
func (sc *scratch) reactiveObject(t trig) bool {
	switch t.p.typ {
	case event.Reject, event.Accuse, event.Support, event.Concede, event.Agree:
	default:
		return false
	}
	if t.p.noun {
		return false
	}
	det := false
	for k := t.j; k < len(sc.toks) && k < t.j+4; k++ {
		switch {
		case sc.is(k, "THE") || sc.is(k, "BOTH") || sc.is(k, "THEIR") || sc.is(k, "THIS") || sc.is(k, "THAT") || sc.is(k, "THESE") || sc.is(k, "THOSE"):
			det = true
		case reactiveNouns[sc.key(k)]:
			return det && !sc.is(k+1, "OF") && !sc.is(k+1, "BY") && !sc.toks[k].poss
		case sc.toks[k].kind != tWord || sc.toks[k].inAct:
			return false
		}
	}
	return false
}

// betweenGroup returns the group right after "between" following a noun
// trigger ("talks between Kinshasa and the M23"), or -1.
func (sc *scratch) betweenGroup(t trig) int {
	if !sc.is(t.j, "BETWEEN") {
		return -1
	}
	for _, a := range sc.acts {
		if a.i == t.j+1 || a.i == t.j+2 && sc.is(t.j+1, "THE") {
			return a.group
		}
	}
	return -1
}

// betweenAfterOutbreak: "war broke out between X and Y", "fighting
// erupted between X and Y": the group after "between".
func (sc *scratch) betweenAfterOutbreak(t trig) int {
	k := t.j
	switch {
	case sc.is(k, "BROKE") && sc.is(k+1, "OUT"):
		k += 2
	case sc.is(k, "ERUPTED") || sc.is(k, "FLARED") || sc.is(k, "RAGED"):
		k++
	default:
		return -1
	}
	if sc.inDate(k) || sc.is(k, "IN") && sc.inDate(k+1) {
		for k < len(sc.toks) && (sc.inDate(k) || sc.is(k, "IN") || sc.is(k, "ON")) {
			k++
		}
	}
	return sc.betweenGroup(trig{i: k - 1, j: k})
}

// helpedBefore: "to help Australia acquire submarines": a bare infinitive
// after "help" and its object.
func (sc *scratch) helpedBefore(t trig) bool {
	k := t.i - 1
	for k > 0 && sc.inActor(k) {
		k--
	}
	return k < t.i-1 && (sc.is(k, "HELP") || sc.is(k, "HELPED") || sc.is(k, "HELPING")) && sc.is(k-1, "TO")
}

// quantifiers count the noun a participle modifies ("several jailed Americans").
var quantifiers = map[string]bool{"SEVERAL": true, "SOME": true, "MANY": true, "FEW": true}

// frontedSubject: t sits in a sentence-initial phrase closed by a comma
// ("Since the 1979 treaty with Israel, Egypt …"); the group of the actor
// right after the comma, or -1.
func (sc *scratch) frontedSubject(t trig) int {
	c := -1
	start := 0
	for start < len(sc.toks) && (sc.inDate(start) || sc.is(start, "IN") || sc.is(start, "ON")) {
		start++ // "On 19 December 2003, after nine months of talks with …, X announced"
	}
	if start > 0 && sc.is(start, ",") {
		start++
	} else {
		start = 0
	}
	for k := start; k < len(sc.toks); k++ {
		if sc.is(k, ",") {
			c = k
			break
		}
		if sc.is(k, ";") || k > 0 && sc.toks[k].cls&cClause != 0 {
			return -1
		}
	}
	if c < t.j {
		return -1
	}
	s := c + 1
	for s < len(sc.toks) && s < c+4 && (sc.cl(s, cTitle) || nameTitles[sc.key(s)]) && sc.toks[s].cap {
		s++ // "…, President Donald Trump told …"
	}
	for _, a := range sc.acts {
		if (a.i == c+1 || a.i == s) && !a.inPP {
			return a.group
		}
	}
	return -1
}

// quotedBetween: a quotation mark lies between tokens a and b.
func (sc *scratch) quotedBetween(a, b int) bool {
	for k := a - 1; k <= b && k < len(sc.toks); k++ {
		if k >= 0 && sc.toks[k].kind == tPunct {
			switch sc.sent[sc.toks[k].s] {
			case '"', '\'':
				return true
			}
			if strings.HasPrefix(sc.sent[sc.toks[k].s:], "“") || strings.HasPrefix(sc.sent[sc.toks[k].s:], "”") {
				return true
			}
		}
	}
	return false
}

// victimAfter: "killed the al-Qaeda leader", "killed three Chinese
// teachers": an actor's people right after the verb.
func (sc *scratch) victimAfter(t trig) bool {
	for k := t.j; k < len(sc.toks) && k < t.j+4; k++ {
		if sc.inActor(k) {
			return true
		}
		if sc.toks[k].kind == tNum || numberWords[sc.key(k)] > 0 || sc.is(k, "THE") || sc.is(k, "A") || sc.is(k, "AN") || sc.is(k, "AT") && sc.is(k+1, "LEAST") || sc.is(k, "LEAST") {
			continue
		}
		return false
	}
	return false
}

// cutObjects: what a state cuts when it reduces relations.
var cutObjects = []string{"TIES", "RELATIONS", "AID", "ASSISTANCE", "SUPPLIES", "SUPPLY", "IMPORTS", "EXPORTS", "QUOTA",
	"CONTACTS", "LINKS", "FUNDING", "LOANS", "CREDIT", "FLIGHTS", "TRADE", "ELECTRICITY", "GAS", "OIL", "WATER", "DELIVERIES"}

// materiel: what is received as aid or arms.
var materiel = []string{"JETS", "FIGHTERS", "FIGHTER", "SYSTEM", "REGIMENTS", "HELICOPTER", "TANK", "SUBMARINE", "FRIGATE", "TYPHOON", "RAFALE", "CORVETTES", "DESTROYERS", "BOMBERS", "GUNS", "HOWITZERS", "AIRCRAFT", "HELICOPTERS", "TANKS", "MISSILES", "WEAPONS", "ARMS", "SYSTEMS",
	"SUBMARINES", "FRIGATES", "SHIPS", "DRONES", "ROCKETS", "SHELLS", "AMMUNITION", "RIFLES", "LOANS", "LOAN", "GRANTS",
	"GRANT", "VACCINES", "DOSES", "WHEAT", "GRAIN", "FUEL", "SHIPMENTS", "DELIVERIES", "BATTERIES", "LAUNCHERS",
	"SQUADRONS", "VESSELS", "BOATS", "CARRIER", "CARRIERS", "RADARS", "MUNITIONS", "INTERCEPTORS", "ARTILLERY", "WARSHIPS", "CORVETTE", "DESTROYER"}

// handedMateriel: "handed over" arms or ships is a transfer (aid), not a
// territorial handover.
func (sc *scratch) handedMateriel(t trig) bool {
	// ("handed over some $18 million in precision-guided munitions")
	return sc.wordAfter(t, 2, "OVER") && !sc.wordAfter(t, 4, "BACK") && (sc.wordAfter(t, 6, materiel...) || sc.hasMoney(t.j, t.j+5) && sc.wordAfter(t, 11, materiel...))
}

// detAdjBefore: a determiner, possibly with one adjective, right before t.
func (sc *scratch) detAdjBefore(t trig) bool {
	det := func(k int) bool { return sc.is(k, "A") || sc.is(k, "AN") || sc.is(k, "THE") }
	if det(t.i - 1) {
		return true
	}
	k := t.i - 1
	return k > 0 && det(k-1) && sc.toks[k].kind == tWord && !sc.toks[k].cap && sc.toks[k].cls&cFunc == 0 && !sc.inActor(k)
}

// ceasefireAgreed: a ceasefire the two sides reached ("reached a
// ceasefire", "a ceasefire concluded by Erdoğan and Putin", "a ceasefire
// between India and Pakistan") is an agreement; a unilateral one, or one
// that "took effect", is a pull-back (RETREAT).
func (sc *scratch) ceasefireAgreed(t trig) bool {
	if t.p.mode != "ceasefire" || !t.p.noun || sc.wordBefore(t, 3, "UNILATERAL") ||
		sc.wordAfter(t, 12, "EFFECT", "HOLD", "HELD", "COLLAPSED", "BROKE", "VIOLATED", "VIOLATIONS") {
		return false
	}
	return sc.wordBefore(t, 4, "REACHED", "REACH", "SIGNED", "SIGN", "CONCLUDED", "CONCLUDE", "NEGOTIATED", "NEGOTIATE", "AGREED", "ACCEPTED", "ACCEPT", "BROKERED", "BROKER", "ANNOUNCED", "ANNOUNCE") ||
		sc.agreedAt(t.j) || sc.agreedPassiveAfter(t, false) || sc.betweenGroup(t) > 0
}

// agreedPassiveAfter: "a ceasefire along the Line of Control was agreed".
// With verbOnly, only participles that are triggers of their own count.
func (sc *scratch) agreedPassiveAfter(t trig, verbOnly bool) bool {
	for k := t.j; k < len(sc.toks)-1 && k < t.j+8; k++ {
		if sc.is(k, ",") || sc.is(k, ";") {
			return false
		}
		if sc.cl(k, cBe) && (sc.is(k+1, "AGREED") || sc.is(k+1, "SIGNED") || !verbOnly && sc.agreedAt(k+1)) {
			return true
		}
	}
	return false
}

// orgOrPactAfter: "withdrew from" is followed by an organisation or an
// agreement ("withdrew from ECOWAS", "withdrew from the deal").
func (sc *scratch) orgOrPactAfter(t trig) bool {
	for _, a := range sc.acts {
		if a.i >= t.j && a.i <= t.j+2 {
			return a.e != nil && (a.e.Kind == actors.Org || a.e.Kind == actors.Group)
		}
	}
	return sc.wordAfter(t, 5, "DEAL", "TREATY", "AGREEMENT", "PACT", "ACCORD", "ACCORDS", "PROGRAMME", "PROGRAM", "TALKS",
		"ALLIANCE", "CONVENTION", "BLOC", "ORGANISATION", "ORGANIZATION", "UNION", "COUNCIL", "INITIATIVE", "NEGOTIATIONS", "PLAN", "MISSION",
		"DECLARATION", "MEMORANDUM", "PROTOCOL", "ARRANGEMENT")
}

// actorAfterTitles: an actor starts at i, after any titles ("received
// Prime Minister Nawaz Sharif").
func (sc *scratch) actorAfterTitles(i int) bool {
	for i < len(sc.toks) && (sc.cl(i, cTitle) || sc.is(i, "PRIME") || sc.is(i, "FOREIGN") || sc.is(i, "CROWN") || sc.is(i, "VICE")) {
		i++
	}
	return sc.actorAt(i)
}

// pressedTo: "pressed him to pull his forces back", "pressed Islamabad to
// act": pressure on a named party to do something is a demand.
func (sc *scratch) pressedTo(t trig) bool {
	k := t.j
	if sc.is(k, "HIM") || sc.is(k, "HER") || sc.is(k, "THEM") || sc.is(k, "IT") {
		k++
	} else {
		for k < len(sc.toks) && sc.inActor(k) {
			k++
		}
		if k == t.j {
			return false
		}
	}
	return sc.is(k, "TO") || sc.is(k, "FOR")
}

// inDocTitle: the capitalised word at i continues the title of a treaty
// or programme named before it.
func (sc *scratch) inDocTitle(i int) bool {
	for k := i - 1; k >= 0 && k >= i-10; k-- {
		t := &sc.toks[k]
		switch {
		case t.kind == tWord && t.cap && docWords[sc.key(k)] || sc.is(k, "TREATY") && t.cap || sc.is(k, "PACT") && t.cap || sc.is(k, "CHARTER") && t.cap:
			return true
		case sc.is(k, "OF") || sc.is(k, "AND") || sc.is(k, ",") || sc.is(k, "FOR") || t.kind == tWord && t.cap:
		default:
			return false
		}
	}
	return false
}

// onlyNounPhrase: the tokens between k and i are a verb's object — names,
// amounts, modifiers — as in "would pay Sudan US$ 3.028 billion in
// transitional financial assistance".
func (sc *scratch) onlyNounPhrase(k, i int) bool {
	verbs := 0
	for m := k + 1; m < i; m++ {
		if sc.inActor(m) || sc.inMoney(m) || sc.is(m, "IN") || sc.is(m, "OF") || sc.is(m, "A") || sc.is(m, "THE") {
			continue
		}
		if sc.toks[m].kind != tWord || sc.toks[m].cls&(cFunc|cClause) != 0 {
			return false
		}
		if strings.HasSuffix(sc.key(m), "ED") {
			verbs++
		}
	}
	return verbs == 0
}

// withdrawnFrom: "withdrew Pakistan from SEATO": the group of the state
// right after a withdrawing verb and the organisation after its "from", or
// -1, -1.
func (sc *scratch) withdrawnFrom(t trig) (int, int) {
	if t.p.noun || t.p.mode != "withdraw" || !(sc.is(t.i, "WITHDREW") || sc.is(t.i, "WITHDRAW") || sc.is(t.i, "WITHDRAWS") || sc.is(t.i, "PULLED")) {
		return -1, -1
	}
	for _, a := range sc.acts {
		if a.i != t.j || !a.state {
			continue
		}
		e := sc.groupEnd(a.group)
		if !sc.is(e, "FROM") {
			return -1, -1
		}
		for _, b := range sc.acts {
			if b.i == e+1 && b.e != nil && b.e.Kind == actors.Org {
				return a.group, b.group
			}
		}
	}
	return -1, -1
}

// leaveKeys take the body left as a direct object ("quit the
// Commonwealth", "had left CENTO").
var leaveKeys = map[string]bool{"left": true, "quit": true, "leave": true}

// orgObjectAt: an organisation's name starts at token j, after an article.
func (sc *scratch) orgObjectAt(j int) bool {
	if sc.is(j, "THE") {
		j++
	}
	for _, a := range sc.acts {
		if a.i == j && a.e != nil && a.e.Kind == actors.Org {
			return true
		}
	}
	return false
}

// orgAt: an organisation's name ends at token i.
func (sc *scratch) orgAt(i int) bool {
	for _, a := range sc.acts {
		if a.j == i+1 && a.e != nil && a.e.Kind == actors.Org {
			return true
		}
	}
	return false
}

// afterOtherVerb: the date starting at d (with its "in") directly follows
// another verb trigger than the one at t ("imposed in May 2020, removed …").
func (sc *scratch) afterOtherVerb(d, t int) bool {
	for _, o := range sc.trigs {
		if !o.p.noun && o.i != t && o.j <= d && o.j >= d-1 {
			return true
		}
	}
	return false
}

// byAgent: the group introduced by "by" after a passive verb trigger in
// its clause, or -1.
func (sc *scratch) byAgent(t trig, hi int) int {
	by := sc.byAfter(t)
	// a reduced passive: "submarines, ordered by Pakistan", "a statement
	// signed on the night of 9–10 November by Aliyev, Pashinyan and Putin"
	reduced := by >= 0 && (sc.is(t.i-1, ",") || t.p.typ == event.Agree && sc.nounTriggerAt(t.i-1)) &&
		strings.HasSuffix(sc.key(t.i), "ED") && t.p.mode != "third-party"
	if t.p.noun || t.i == 0 || !(sc.cl(t.i-1, cBe) || sc.cl(t.i-2, cBe) || reduced) {
		return -1
	}
	lim := t.j + 8
	if by >= 0 {
		lim = by + 3
	}
	for _, a := range sc.acts {
		if a.i > t.j && a.i < hi && a.i <= lim && (sc.is(a.i-1, "BY") || sc.is(a.i-1, "THE") && sc.is(a.i-2, "BY")) {
			return a.group
		}
	}
	return -1
}

// byAfter returns the "by" that follows verb t over dates and a place
// ("signed in Tashkent in May 1992 by"), or -1.
func (sc *scratch) byAfter(t trig) int {
	for k := t.j; k < len(sc.toks) && k < t.j+12; k++ {
		switch {
		case sc.is(k, "BY"):
			return k
		case sc.inDate(k), sc.is(k, "IN"), sc.is(k, "ON"), sc.is(k, "AT"), sc.is(k, "OF"), sc.is(k, "THE"), sc.is(k, "NIGHT"):
		case sc.inActor(k) && (sc.is(k-1, "IN") || sc.is(k-1, "AT") || sc.inActor(k-1)):
		default:
			return -1
		}
	}
	return -1
}

// fromPactAfter: "… from the nuclear agreement", "from the treaty".
func (sc *scratch) fromPactAfter(t trig) bool {
	for k := t.j - 1; k < len(sc.toks) && k < t.j+6; k++ {
		if sc.is(k, "FROM") {
			return sc.wordAfter(trig{i: k, j: k + 1}, 4, "AGREEMENT", "DEAL", "TREATY", "ACCORD", "ACCORDS", "PACT", "CONVENTION", "TALKS",
				"DECLARATION", "MEMORANDUM", "PROTOCOL", "ARRANGEMENT")
		}
		if sc.is(k, ",") || sc.is(k, ";") {
			return false
		}
	}
	return false
}

// againBefore: "and again in Astana in July 2024": AGAIN a few tokens
// before the date, with only a place between.
func (sc *scratch) againBefore(i int) bool {
	for k := i - 1; k >= 0 && k >= i-5; k-- {
		if sc.is(k, "AGAIN") {
			return sc.is(k-1, "AND")
		}
		if sc.is(k, ",") || sc.is(k, ";") || sc.toks[k].kind == tWord && !sc.toks[k].cap && !sc.is(k, "IN") && !sc.is(k, "AT") && !sc.is(k, "ON") {
			return false
		}
	}
	return false
}

// reciprocal attack words take both sides from one group ("Chinese and
// Indian troops clashed"); one-sided ones do not ("Soviet and Afghan
// aircraft … raids": allies, not adversaries).
var reciprocal = map[string]bool{"clash": true, "clashed": true, "war": true, "fighting": true, "fought": true,
	"hostilities": true, "skirmish": true, "exchange of fire": true, "exchanges of fire": true, "exchanged fire": true,
	"conflict": true, "went to war": true}

// groupBefore: a group of two or more actors starts before token i (the
// parties of "Bolivia lost its coastline to Chile in the War"), not after
// it (the victims in "bombed …, killing nine Chinese and four Pakistanis").
func (sc *scratch) groupBefore(i int) bool {
	for _, a := range sc.acts {
		if a.i < i && len(sc.groupCodes(a.group, 0, nil)) >= 2 {
			return true
		}
		if a.i < i {
			for _, b := range sc.acts {
				if b.i < i && b.group != a.group && b.e != nil && a.e != nil && b.e.Code != a.e.Code {
					return true
				}
			}
		}
	}
	return false
}

// ownTroops: the troops after the trigger belong to the actor ("ordered
// the US troops in Somalia to leave").
func (sc *scratch) ownTroops(t trig, A []string) bool {
	for _, a := range sc.acts {
		if a.i >= t.j && a.i < t.j+8 && a.e != nil && has(A, a.e.Code) && (sc.is(a.j, "TROOPS") || sc.is(a.j, "FORCES") || sc.is(a.j, "SOLDIERS")) {
			return true
		}
	}
	return false
}

// auxRun: tokens [a, b) are one or more auxiliaries ("had", "had been").
func (sc *scratch) auxRun(a, b int) bool {
	if a >= b {
		return false
	}
	for k := a; k < b; k++ {
		if !(sc.is(k, "HAD") || sc.is(k, "HAS") || sc.is(k, "HAVE") || sc.cl(k, cBe) || sc.is(k, "WILL") || sc.is(k, "WOULD")) {
			return false
		}
	}
	return true
}

// inMoney: token k is part of a money amount ("about US$ 800 million").
func (sc *scratch) inMoney(k int) bool {
	return sc.inQty(k, "money") || sc.is(k, "ABOUT") || sc.is(k, "SOME") || sc.is(k, "NEARLY") || sc.is(k, "FURTHER")
}

// inQty: token k is part of a quantity of the kind ("a 5 per cent tariff").
func (sc *scratch) inQty(k int, kind string) bool {
	for _, q := range sc.qty {
		if q.kind == kind && k >= q.i && k < q.j {
			return true
		}
	}
	return false
}

// passiveAt: the verb trigger t follows a form of "be".
func passiveAt(sc *scratch, t trig) bool {
	return !t.p.noun && t.i > 0 && (sc.cl(t.i-1, cBe) || sc.cl(t.i-2, cBe))
}

// armsContract: "a contract in August 2015 for four Mi-35M helicopters",
// "signed a contract for five regiments of the S-400": an arms order.
func (sc *scratch) armsContract(t trig) bool {
	k := t.i
	if !t.p.noun {
		if t.p.typ != event.Agree {
			return false
		}
		k = -1
		for m := t.j; m < len(sc.toks) && m < t.j+6; m++ {
			if m >= t.j+3 && !sc.inMoney(m) && !sc.is(m, "CONTRACT") && !sc.is(m, "DEAL") {
				break // beyond an article and an adjective only a sum ("signed a $1.6bn contract")
			}
			if (sc.is(m, "SALE") || sc.is(m, "SALES")) && sc.is(m+1, "OF") && (sc.wordAfter(trig{i: m, j: m + 2}, 8, materiel...) || sc.modelAfter(m+2, 6)) {
				return true // "agreed to the sale of fifty F-4 Phantoms": an arms sale
			}
			if sc.is(m, "PACKAGE") && !t.p.intent && sc.hasMoney(m, minInt(m+8, len(sc.toks))) {
				return true // "approved a supplemental package worth about $26bn": aid
			}
			if sc.is(m, "CONTRACT") || sc.is(m, "DEAL") || sc.is(m, "CONTRACTS") || sc.is(m, "DEALS") || sc.is(m, "PACKAGE") ||
				(sc.is(m, "AGREEMENT") || sc.is(m, "AGREEMENTS")) && (sc.is(m-1, "ARMS") || sc.is(m-1, "WEAPONS")) {
				k = m // (also "signed an arms agreement")
				break
			}
		}
		if k < 0 {
			return false
		}
	} else if t.p.key != "contract" && t.p.key != "deal" && t.p.key != "package" && !((t.p.key == "agreement" || sc.is(t.i, "AGREEMENT")) && (sc.is(k-1, "ARMS") || sc.is(k-1, "WEAPONS"))) {
		return false
	}
	if sc.is(k-1, "ARMS") || sc.is(k-1, "WEAPONS") || sc.is(k-1, "HELICOPTER") || sc.is(k-1, "SUBMARINE") || sc.is(k-1, "FIGHTER") || sc.is(k-1, "MISSILE") {
		return true // "an arms package", "a submarine contract"
	}
	for m := k + 1; m < len(sc.toks) && m < k+8; m++ {
		if sc.is(m, "FOR") {
			return sc.wordAfter(trig{i: m, j: m + 1}, 8, materiel...) || sc.modelAfter(m+1, 6)
		}
		if sc.is(m, ",") || sc.is(m, ";") {
			return false
		}
	}
	return false
}

// cutNounAfter: an aid noun follows the verb in its
// phrase ("blocked the use of American foreign military financing").
func (sc *scratch) cutNounAfter(t trig) bool {
	for _, o := range sc.trigs {
		if o.i >= t.j && o.i <= t.j+8 && o.p.noun && o.p.typ == event.Aid && !o.p.weak {
			for k := t.j; k < o.i; k++ {
				if sc.is(k, ",") || sc.is(k, ";") || sc.is(k, "AND") {
					return false
				}
			}
			return true
		}
	}
	return false
}

// reactedTo: whose act a reaction answers: the subject of the clause
// before a semicolon ("… Buenos Aires wanted negotiations reopened;
// London rejected the request"), else the previous sentence's subject.
func (sc *scratch) reactedTo(t trig, dk int) []string {
	semi := -1
	for k := t.i - 1; k > 0; k-- {
		if sc.is(k, ";") {
			semi = k
			break
		}
	}
	if semi > 0 {
		for _, a := range sc.acts {
			if a.j <= semi && !a.inPP {
				return sc.groupCodes(a.group, dk, nil)
			}
		}
	}
	return append([]string(nil), sc.prevGroup...)
}

// guarantorAt: "signed by Pakistan and Afghanistan with the United
// States and the Soviet Union as guarantors": the group at i guarantees or
// witnesses; it is no party.
func (sc *scratch) guarantorAt(i int) bool {
	g := -1
	for _, a := range sc.acts {
		if a.i == i {
			g = a.group
		}
	}
	if g < 0 {
		return false
	}
	first := i
	for _, a := range sc.acts {
		if a.group == g && a.i < first {
			first = a.i
		}
	}
	if !(sc.is(first-1, "WITH") || sc.is(first-1, "THE") && sc.is(first-2, "WITH")) {
		return false
	}
	e := sc.groupEnd(g)
	if sc.is(e, "ACTING") || sc.is(e, "SERVING") {
		e++ // "… acting as guarantors"
	}
	return sc.is(e, "AS") && (sc.is(e+1, "GUARANTORS") || sc.is(e+1, "WITNESSES") || sc.is(e+1, "OBSERVERS") ||
		sc.is(e+1, "MEDIATORS") || sc.is(e+1, "GUARANTOR") || sc.is(e+1, "WITNESS"))
}

// mediatorAt: the actor at i is introduced as a go-between ("mediation
// by Qatar", "talks brokered by Turkey", "hosted by Malaysia").
func (sc *scratch) mediatorAt(i int) bool {
	if sc.is(i-1, "OF") && sc.is(i-2, "PRESENCE") {
		return true // "signed … in the presence of Erdogan": a witness, not a party
	}
	if sc.guarantorAt(i) {
		return true
	}
	if !sc.is(i-1, "BY") {
		return false
	}
	for _, t := range sc.trigs {
		if t.j == i-1 && (t.p.mode == "third-party" || t.p.key == "host") {
			return true
		}
	}
	return false
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

// donorToFocus: a sum given or pledged, in a text about one state that the
// paragraph's pair leaves out ("Saudi Arabia emerged as the biggest donor
// …, while Washington pledged $510m" in a brief on aid to Pakistan): the
// sum goes to that state, not to the other donor.
func (sc *scratch) donorToFocus(t trig, hi int) bool {
	return (t.p.typ == event.Aid || t.p.typ == event.Agree) && sc.hasMoney(t.j, hi) && sc.focusDominant() &&
		sc.pair[0] != sc.focus && sc.pair[1] != sc.focus
}

// moneyApiece: "offered $1bn apiece", "pledged $50m each" — the amount is
// every co-actor's own.
func (sc *scratch) moneyApiece(t trig, lo, hi int) bool {
	if t.p.typ != event.Aid && t.p.typ != event.Agree {
		return false
	}
	for _, q := range sc.qty {
		if q.kind == "money" && q.i >= t.j && q.j <= hi && (sc.is(q.j, "APIECE") || sc.is(q.j, "EACH")) {
			return true
		}
	}
	return false
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
	if sc.is(k, "BETWEEN") || sc.is(k, "WITH") {
		// "relations between Cairo and Washington were restored": over the parties
		m := k + 1
		for m < len(sc.toks) && m < k+10 && (sc.inActor(m) || sc.is(m, "AND") || sc.is(m, "THE") || sc.is(m, ",")) {
			m++
		}
		if m > k+1 && sc.inActor(m-1) {
			k = m
		}
	}
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

// ownDateBefore: "In May 2022 Congress passed a US$ 40 billion package,
// and in April 2024 … a further $61bn was approved" — the latest date
// before an amount, when no other amount stands between them and a
// further sum follows the first.
func (sc *scratch) ownDateBefore(q quantity, lo int) *dateSpan {
	var best *dateSpan
	for di := range sc.dates {
		d := &sc.dates[di]
		if d.j <= q.i && d.i >= lo && (best == nil || d.i > best.i) {
			best = d
		}
	}
	if best == nil || best.open {
		return nil // ("by 1987 … $630m a year, up from $30m in 1980": a level reached, not a sum granted)
	}
	first := true
	for _, o := range sc.qty {
		if o.kind != "money" || o.i == q.i || o.i < lo {
			continue
		}
		if o.i > best.j && o.i < q.i {
			return nil // another sum between the date and this one
		}
		if o.i < q.i {
			first = false
		}
	}
	if !first {
		if sc.furtherSum(q) {
			return best
		}
		return nil
	}
	// the first sum takes its date only when a further one follows
	for _, o := range sc.qty {
		if o.kind == "money" && o.i > q.i && sc.furtherSum(o) {
			return best
		}
	}
	return nil
}

func (sc *scratch) furtherSum(q quantity) bool {
	return sc.is(q.i-1, "FURTHER") || sc.is(q.i-1, "ANOTHER") || sc.is(q.i-1, "ADDITIONAL")
}

// splitByAmounts emits one frame per money amount when the clause holds
// several, each followed (or, for a further sum, preceded) by its own date.
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
			found = sc.ownDateBefore(q, lo)
		}
		if found == nil {
			return false
		}
		g := f
		g.amount = q.amount()
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
		if sc.is(k, "ACCESS") || sc.is(k, "BASING") || sc.is(k, "OVERFLIGHT") || sc.is(k, "LANDING") || sc.is(k, "LISTENING") || sc.is(k, "BASE") || sc.is(k, "BASES") {
			return true
		}
	}
	return false
}

func (sc *scratch) cutBefore(t trig) bool {
	for k := t.i - 1; k >= 0 && k >= t.i-8; k-- {
		switch sc.key(k) {
		case "CUT", "CUTS", "REDUCED", "REDUCE", "SUSPENDED", "STOPPED", "ENDED", "SLASHED", "FROZE", "CURTAILED", "HALTED", "POSTPONED", "DEFERRED",
			"SUSPEND", "SUSPENDS", "HALT", "HALTS", "BARRED", "BARS", "BLOCKED", "BLOCKS", "WITHHELD", "WITHHOLDS", "FROZEN", "BANNED",
			"TIGHTENED", "RESTRICTED", "CURBED", "CAPPED", "LIMITED", "CANCELLED", "CANCELED", "SCRAPPED", "TERMINATED", "REVOKED", "PAUSED",
			"CUTTING", "SUSPENDING", "HALTING", "POSTPONING", "DEFERRING", "FREEZING", "WITHHOLDING", "CANCELLING", "CANCELING", "STOPPING", "ENDING",
			"STOPS", "ENDS", "FREEZES", "PAUSES", "PAUSING", "PAUSE", "STOP", "FREEZE":
			return !sc.is(k+1, "WITH") // ("the visit ended with the signing of 33 agreements": a close, not a cut)
		case ",", ";", "AND", "BUT", "WHICH", "THAT":
			return false
		}
		if k < t.i-3 && !sc.is(k, "THE") && !sc.is(k, "OF") && !sc.is(k, "USE") && !sc.is(k, "IN") && !sc.inActor(k) && sc.toks[k].cls&cFunc == 0 && !sc.inMoney(k) {
			// beyond three tokens only through "the use of American …"
			if sc.toks[k].kind != tWord || sc.toks[k].cap {
				return false
			}
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

// visitIn is the visit a leader's presence in a foreign capital implies.
var visitIn = &pred{typ: event.Consult, mode: "visit", ctx: "diplomatic", key: "in"}

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

// placeAfter: the object of the verb is a place — a town, a territory or a
// capitalised name that is no actor ("seized Goma", "captured the city").
func (sc *scratch) placeAfter(t trig) bool {
	k := t.j
	if sc.is(k, "THE") {
		k++
	}
	if k >= len(sc.toks) {
		return false
	}
	if sc.toks[k].kind == tWord && sc.toks[k].cap && !sc.inDate(k) {
		if !sc.toks[k].inAct {
			return true
		}
		for _, a := range sc.acts {
			if a.i == k {
				// "seized Goma" (a city), not "seized Iranian assets"
				return a.e != nil && a.state && a.e.Kind != actors.Demonym && a.e.Kind != actors.Person && !sc.toks[a.j-1].poss
			}
		}
	}
	return sc.wordAfter(t, 4, "TOWN", "CITY", "TERRITORY", "CAPITAL", "PROVINCE", "REGION", "VILLAGE", "VILLAGES", "ISLAND", "ISLANDS", "AIRPORT", "PORT")
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
	leaveOrg           = &pred{typ: event.Sanction, key: "withdraw"}
	sendForces         = &pred{typ: event.Mobilize, mode: "troops", ctx: "military", key: "send"}
	seizePlace         = &pred{typ: event.Assault, mode: "occupy", ctx: "military", key: "seize"}
	releaseRetreat     = &pred{typ: event.Retreat, mode: "release", key: "release"}
	designatePartner   = &pred{typ: event.Support, ctx: "diplomatic", key: "designate"}
	peacekeepingAid    = &pred{typ: event.Aid, ctx: "peacekeeping", key: "deploy"}
	orderRequest       = &pred{typ: event.Request, key: "order"}
	soloDrill          = &pred{typ: event.Mobilize, mode: "troops", ctx: "military", key: "drills"}
	cutSanction        = &pred{typ: event.Sanction, key: "cut"}
	returnedAid        = &pred{typ: event.Reject, key: "send back"}
	endedRelations     = &pred{typ: event.Sanction, ctx: "diplomatic", key: "end relations"}
	deadlineRequest    = &pred{typ: event.Request, key: "deadline"}
	accessCoop         = &pred{typ: event.Cooperate, ctx: "military", key: "access"}
	removeFrom         = &pred{typ: event.Sanction, key: "remove"}
	tradeCoop          = &pred{typ: event.Cooperate, ctx: "economic", key: "trade"}
	embassyRestored    = &pred{typ: event.Support, ctx: "diplomatic", key: "reopen"}
	expelOrder         = &pred{typ: event.Sanction, mode: "expel", ctx: "diplomatic", key: "expel"}
	denouncedTreaty    = &pred{typ: event.Sanction, ctx: "diplomatic", key: "denounce"}
	endedPact          = &pred{typ: event.Sanction, ctx: "diplomatic", key: "end"}
	crossBorder        = &pred{typ: event.Assault, ctx: "military", key: "cross"}
	droppedRecognition = &pred{typ: event.Sanction, ctx: "diplomatic", key: "derecognise"}
	forcesAid          = &pred{typ: event.Aid, ctx: "military", key: "send"}
	personnelAid       = &pred{typ: event.Aid, mode: "personnel", ctx: "military", key: "personnel"}
	airliftAid         = &pred{typ: event.Aid, ctx: "military", key: "airlift"}
	visitCancelled     = &pred{typ: event.Reject, ctx: "diplomatic", key: "cancel"}
	troopsOut          = &pred{typ: event.Retreat, mode: "withdraw", ctx: "military", key: "order"}
	droppedCase        = &pred{typ: event.Concede, ctx: "legal", key: "withdraw"}
	grantedStatus      = &pred{typ: event.Support, ctx: "diplomatic", key: "grant"}
	liftConcede        = &pred{typ: event.Concede, ctx: "economic", key: "lift"}
	waiverConcede      = &pred{typ: event.Concede, key: "waiver"}
	financialAid       = &pred{typ: event.Aid, ctx: "economic", key: "support"}
	delist             = &pred{typ: event.Concede, ctx: "terrorism", key: "remove"}
	swapAid            = &pred{typ: event.Aid, ctx: "economic", key: "swap"}
	receivedVisit      = &pred{typ: event.Consult, mode: "visit", ctx: "diplomatic", key: "received"}
	handedArms         = &pred{typ: event.Aid, ctx: "military", key: "handed"}
	orderedArms        = &pred{typ: event.Aid, ctx: "military", key: "order", reverse: true, trade: true}
	dropRecognition    = &pred{typ: event.Sanction, ctx: "diplomatic", key: "recognition"}
	protestNote        = &pred{typ: event.Accuse, mode: "disapprove", ctx: "diplomatic", key: "protest"}
	envoySent          = &pred{typ: event.Support, ctx: "diplomatic", key: "sent"}
	praiseSupport      = &pred{typ: event.Support, ctx: "diplomatic", key: "called"}
	leasedArms         = &pred{typ: event.Aid, ctx: "military", key: "lease"}
	stormAssault       = &pred{typ: event.Assault, ctx: "military", key: "stormed"}
	tookCapital        = &pred{typ: event.Assault, mode: "occupy", ctx: "military", key: "took"}
	leftBody           = &pred{typ: event.Sanction, key: "withdrew from"}
	withdrawRetreat    = &pred{typ: event.Retreat, mode: "withdraw", ctx: "military", key: "withdraw"}
	brokeredDeal       = &pred{typ: event.Agree, ctx: "diplomatic", key: "brokered"}
)

// rankedBefore: "one of only three states", "the first state" in the
// eight tokens before i: a description of who did something, not the act.
func (sc *scratch) rankedBefore(i int) bool {
	for k := i - 1; k >= 0 && k >= i-8; k-- {
		if sc.is(k, "ONLY") || sc.is(k, "ONE") && sc.is(k+1, "OF") || (sc.is(k, "FIRST") || sc.is(k, "LAST")) && sc.is(k-1, "THE") {
			return true
		}
	}
	return false
}

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
	// codes carried from the paragraph's pair or an earlier sentence were
	// read without this event's date: Russia before 1992 is the Soviet Union
	if dk := dateKey(f.date.d); dk != 0 && dk < 19911226 {
		for _, list := range [][]string{f.actor, f.recip} {
			for k, c := range list {
				if c == "RUS" {
					list[k] = "SUN"
				}
			}
		}
		if has(f.actor, "SUN") && has(f.recip, "SUN") {
			f.recip = removeAll(append([]string(nil), f.recip...), []string{"SUN"})
			if len(f.recip) == 0 && len(f.actor) < 2 {
				return // "Moscow … Russia": one party twice
			}
		}
	} else if dk >= 19920000 {
		// … and the Soviet Union carried from an earlier paragraph's pair
		// is Russia after 1991 ("The partnership was elevated in 2010")
		for _, list := range [][]string{f.actor, f.recip} {
			for k, c := range list {
				if c == "SUN" {
					list[k] = "RUS"
				}
			}
		}
	}
	for k, o := range sc.out {
		if o.t.typ == f.t.typ && o.date.d == f.date.d && o.date.end == f.date.end && sameDyad(o, f) {
			if twoSums(o, f) {
				break // two sums, two acts (see coveredByStrong)
			}
			if o.amount == nil && f.amount != nil {
				sc.out[k].amount = f.amount // the same event, stated with its amount
			}
			return
		}
	}
	sc.out = append(sc.out, f)
}

// twoSums: frames of one kind of act between the same parties in one
// clause that state different sums are two acts, not one stated twice.
func twoSums(a, b frame) bool {
	return a.amount != nil && b.amount != nil && a.amount.Value != b.amount.Value && a.t.typ == b.t.typ &&
		a.trig.clause == b.trig.clause && sameDyad(a, b)
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

// dyadCompound: the noun trigger t follows a hyphened pair of parties
// ("Sino-Indian war", "Indo-Pakistani talks", "US-Soviet summit") and
// names a two-sided act, so the pair are its two sides.
func (sc *scratch) dyadCompound(t trig, dk int) (string, string, bool) {
	if !t.p.noun || !twoSidedNouns[sc.key(t.j-1)] {
		return "", "", false
	}
	for k, b := range sc.acts {
		if k == 0 || !sc.toks[b.i].hyph || b.j < t.i-1 || b.j > t.i || b.j == t.i-1 && !sc.headNoun(b.j) {
			continue
		}
		a := sc.acts[k-1]
		if a.j != b.i || a.e == nil || b.e == nil {
			continue
		}
		c1, c2 := a.e.CodeAt(dk), b.e.CodeAt(dk)
		if c1 == "" || c2 == "" || c1 == c2 {
			continue
		}
		return c1, c2, true
	}
	return "", "", false
}

// twoSidedNouns: acts that have two sides rather than a doer and a target.
var twoSidedNouns = map[string]bool{"WAR": true, "WARS": true, "CONFLICT": true, "CLASH": true, "CLASHES": true, "HOSTILITIES": true,
	"TALKS": true, "SUMMIT": true, "DIALOGUE": true, "NEGOTIATIONS": true, "RAPPROCHEMENT": true, "RIVALRY": true, "DISPUTE": true,
	"SPLIT": true, "THAW": true, "DETENTE": true, "ACCORD": true, "AGREEMENT": true, "TREATY": true, "PACT": true}

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
		if d.i < len(sc.clause) && sc.clause[d.i] < c && !sc.inParticipleAside(d, i) && !sc.ofYear(d) {
			best, ok = d, true
		}
	}
	if !ok {
		// "The partnership was upgraded … when Widodo met Biden on 13
		// November 2023": the when-clause's date is the main clause's too
		for _, d := range sc.dates {
			if d.i < len(sc.clause) && sc.clause[d.i] == c+1 {
				if lo, _ := sc.clauseRange(c + 1); sc.is(lo, "WHEN") || sc.is(lo, "WHERE") || sc.is(lo, ",") && sc.is(lo+1, "WHERE") {
					return d, true
				}
			}
		}
	}
	return best, ok
}

// frontedSubordinate: the sentence opens with a subordinate clause
// ("When Chinese and Indian troops fought …, killing twenty …, Moscow
// kept its distance").
func (sc *scratch) frontedSubordinate() bool {
	switch sc.key(0) {
	case "WHEN", "AFTER", "AS", "WHILE", "ONCE", "BEFORE", "SINCE", "ALTHOUGH", "THOUGH", "IF", "BECAUSE":
		return true
	}
	return false
}

// closingCommaAfter: a comma within n tokens from k, with no verb
// trigger or actor before it.
func (sc *scratch) closingCommaAfter(k, n int) bool {
	for m := k; m < len(sc.toks) && m < k+n; m++ {
		if sc.is(m, ",") {
			return true
		}
		if sc.inActor(m) || sc.verbTriggerAt(m) {
			return false
		}
	}
	return false
}

// contentPP: group g sits in a phrase opened by "on", "about" or "over"
// after t, with no other party between: what was agreed, not with whom.
func (sc *scratch) contentPP(t trig, g int) bool {
	first := -1
	for _, a := range sc.acts {
		if a.group == g {
			first = a.i
			break
		}
	}
	if first <= t.j {
		return false
	}
	for k := first - 1; k >= t.j; k-- {
		if sc.inActor(k) {
			return false
		}
		if sc.is(k, "ON") || sc.is(k, "ABOUT") || sc.is(k, "OVER") {
			return true
		}
		if sc.is(k, "WITH") || sc.is(k, "TO") || sc.is(k, ",") {
			return false
		}
	}
	return false
}

// groupInPP: group g's first actor sits in a place phrase ("around Idlib
// province", "in Syria").
func (sc *scratch) groupInPP(g int) bool {
	for _, a := range sc.acts {
		if a.group == g {
			p := a.i - 1
			for p > 0 && (sc.is(p, "THE") || sc.toks[p].kind == tWord && !sc.toks[p].cap && sc.toks[p].cls&cFunc == 0 && p > a.i-3) {
				p--
			}
			return a.inPP && !sc.toks[a.j-1].poss && (sc.is(p, "AROUND") || sc.is(p, "IN") || sc.is(p, "NEAR") || sc.is(p, "ALONG") ||
				sc.is(p, "ACROSS") || sc.is(p, "AT") || sc.is(p, "INSIDE") || sc.is(p, "OVER"))
		}
	}
	return false
}

// imfInstrument: t names one of the IMF's lending facilities.
func (sc *scratch) imfInstrument(t trig) bool {
	k := sc.key(t.i)
	return k == "STAND" || k == "STANDBY" || k == "EXTENDED" && (sc.is(t.i+1, "FUND") || sc.is(t.i+1, "FACILITY") || sc.is(t.i+1, "ARRANGEMENT")) || k == "EXTENDED" && sc.is(t.i+1, "CREDIT") ||
		k == "RAPID" || k == "POVERTY" || k == "FLEXIBLE" && sc.is(t.i+1, "CREDIT") || k == "RESILIENCE" || k == "COMPENSATORY" ||
		k == "STRUCTURAL" && sc.is(t.i+1, "ADJUSTMENT") && sc.is(t.i+2, "FACILITY")
}

// codeAfterWord: the state or body named right after word (and an
// optional "the") within six tokens after trigger t.
func (sc *scratch) codeAfterWord(t trig, word string, dk int) string {
	for k := t.j; k < len(sc.toks) && k <= t.j+6; k++ {
		if !sc.is(k, word) {
			continue
		}
		for _, a := range sc.acts {
			if a.e != nil && (a.i == k+1 || a.i == k+2 && sc.is(k+1, "THE")) {
				return a.e.CodeAt(dk)
			}
		}
		return ""
	}
	return ""
}

// agreedSale: "agreed to sell Beijing 24 Su-35 fighters", "agreed to supply
// Pakistan with arms" — an agreed sale is the sale itself (AID), as an arms
// order is.
func (sc *scratch) agreedSale(t trig) bool {
	buy := sc.is(t.i, "BUY") || sc.is(t.i, "PURCHASE") || sc.is(t.i, "ACQUIRE")
	if t.p.noun || t.p.typ != event.Aid || !(sc.is(t.i, "SELL") || sc.is(t.i, "SUPPLY") || sc.is(t.i, "DELIVER") || buy && sc.hasCtx("military")) || !sc.is(t.i-1, "TO") {
		return false // ("agreed to buy eight submarines" is an arms order; "agreed to buy soybeans" a promise)
	}
	// ("agreed to sell", "agreed for the first time to sell")
	for k := t.i - 2; k >= 0 && k >= t.i-7; k-- {
		if sc.is(k, "AGREED") || sc.is(k, "AGREES") || sc.is(k, "AGREE") {
			return true
		}
		if sc.is(k, ",") || sc.verbTriggerAt(k) && !sc.is(k, "AGREED") {
			return false
		}
	}
	return false
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
	for k := t.i - 1; k >= 0 && k >= t.i-14; k-- {
		if sc.clause[k] != t.clause || sc.is(k, ",") {
			return false
		}
		if k < t.i-8 && !sc.keyBetween(k, t.i, "AND") && !sc.onlyNounPhrase(k, t.i) {
			return false // far back only through a coordination or a noun phrase
		}
		switch sc.key(k) {
		case "WILL", "SHALL", "WOULD":
			return !sc.is(k+1, "NOT")
		}
		for _, o := range sc.trigs {
			if o.i == k {
				// "would buy sugar and lend the island US$ 100 million": a
				// verb coordinated with a future one is future too
				if !o.p.noun && !t.p.noun && sc.keyBetween(o.j, t.i, "AND") && o.i < t.i {
					return sc.futureBefore(o)
				}
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
	untilDate := false // "was not fully lifted until February 1975": it was, then
	for k := t.j; k < len(sc.toks) && k < t.j+3; k++ {
		if sc.is(k, "UNTIL") && sc.inDate(k+1) {
			untilDate = true
		}
	}
	for k := t.i - 1; k >= 0 && k >= t.i-3 && !untilDate; k-- {
		key := sc.key(k)
		if sc.cl(k, cNeg) && !(key == "NO" && sc.quotedBetween(k, t.i)) {
			return event.Negated // (a quoted "no limits" partnership is not a denied one)
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
		if sc.toks[i].cls&cHedge != 0 && !sc.inDate(i) {
			hedged = true // "in May 2021" is a month, not a hedge
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
		if i >= q.j && i <= q.j+4 && !sc.keyBetween(q.j, i, "AND") && !sc.keyBetween(q.j, i, ",") && !sc.actorIn(q.j, i) {
			// (not "of the phase's cost of $248m Beijing supplied roughly $198m": the subject between)
			d = 0 // "US$ 18 billion in U.S. aid": the amount of this act (not "$2 billion of deposits and promised …")
		}
		if sc.conversion(q) {
			d += 100 // "Nfl 3.5 billion (about €1.6bn at later conversion)": the same sum in another currency
		}
		if sc.fromFigure(q) {
			d += 100 // "triple the payment from about $120m to $360m a year": the new figure is the act's
		}
		if sc.is(q.i-1, "INCLUDING") || sc.is(q.i-2, "INCLUDING") || sc.is(q.i-1, "WHICH") {
			d += 100 // a part of another amount
		}
		if sc.inRelativeAside(q.i) != sc.inRelativeAside(i) {
			d += 50 // ", which had a lease for US$ 63 million a year, agreed …": another act's amount
		}
		if d < bd {
			best, bd = k, d
		}
	}
	if best < 0 {
		return nil
	}
	q := sc.qty[best]
	return q.amount()
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

// wordBefore reports whether one of words occurs in the n tokens before t.
func (sc *scratch) wordBefore(t trig, n int, words ...string) bool {
	for k := t.i - 1; k >= 0 && k >= t.i-n; k-- {
		for _, w := range words {
			if sc.is(k, w) {
				return true
			}
		}
	}
	return false
}

// agreedAt: token i is a participle of agreeing ("was agreed", "was signed").
func (sc *scratch) agreedAt(i int) bool {
	return sc.is(i, "AGREED") || sc.is(i, "SIGNED") || sc.is(i, "REACHED") || sc.is(i, "DECLARED") ||
		sc.is(i, "ANNOUNCED") || sc.is(i, "BROKERED") || sc.is(i, "CONCLUDED")
}

// fromNonActor: the source after the verb ("from a private owner") is a
// noun phrase that names no actor.
func (sc *scratch) fromNonActor(t trig) bool {
	for k := t.j; k < len(sc.toks) && k < t.j+8; k++ {
		if sc.is(k, ",") || sc.is(k, ";") {
			return false
		}
		if !sc.is(k, "FROM") {
			continue
		}
		p := k + 1
		for sc.is(p, "THE") || sc.is(p, "A") || sc.is(p, "AN") {
			p++
		}
		for q := p; q < len(sc.toks) && q < p+4; q++ {
			if sc.inActor(q) {
				return false // "from private Russian firms"
			}
		}
		return p < len(sc.toks) && sc.toks[p].kind == tWord && !sc.toks[p].cap
	}
	return false
}

// afterDeterminer: a verb/noun homograph read as a verb that is a noun
// after all ("lifted the seafood ban"): a determiner within three words
// before it, with only content words between.
func (sc *scratch) afterDeterminer(t trig) bool {
	for k := t.i - 1; k >= 0 && k >= t.i-3; k-- {
		switch sc.key(k) {
		case "THE", "A", "AN", "ITS", "THEIR":
			return true
		}
		if tk := &sc.toks[k]; tk.kind != tWord || tk.cls&cFunc != 0 || sc.inActor(k) || sc.inDate(k) {
			return false
		}
	}
	return false
}

// forumKeys are triggers that name a court or the WTO as the forum of a
// complaint: they count only after a verb of taking a case there.
var forumKeys = map[string]bool{"to the international court of justice": true, "to the world trade organization": true,
	"to the icj": true, "to the wto": true}

// endTreatyKeys end a treaty named as their object.
var endTreatyKeys = map[string]bool{"denounce": true, "abrogate": true, "annul": true, "repudiate": true, "renounce": true, "tore up": true}

// personnelNouns are forces a state sends: their arrival is aid in personnel.
var personnelNouns = map[string]bool{"PERSONNEL": true, "INSTRUCTORS": true, "ADVISERS": true, "ADVISORS": true, "PEACEKEEPERS": true,
	"TRAINERS": true, "BATTALIONS": true, "TROOPS": true, "SOLDIERS": true, "CONTINGENT": true, "CONTINGENTS": true}

// ppAt reports whether the actor covering token k sits in a prepositional phrase.
func (sc *scratch) ppAt(k int) bool {
	for _, a := range sc.acts {
		if a.i <= k && k < a.j {
			return a.inPP
		}
	}
	return false
}

// instrumentOfClause: the parties of a sum given "with" after a comma
// ("Riyadh has helped keep Saied's government solvent, most visibly with a
// US$ 500 million package"): the subject of the clause before the comma and
// the other state or body it names.
func (sc *scratch) instrumentOfClause(t trig, dk int) (A, R []string) {
	if !t.p.noun || t.p.typ != event.Aid || !sc.hasMoney(t.i-6, t.i) {
		return nil, nil
	}
	w := t.i - 1
	for w > 0 && w >= t.i-8 && !sc.is(w, "WITH") && !sc.is(w, ",") {
		w--
	}
	if !sc.is(w, "WITH") {
		return nil, nil
	}
	c := w - 1
	for c > 0 && (strings.HasSuffix(sc.key(c), "LY") || sc.is(c, "MOST") || sc.is(c, "NOT") || sc.is(c, "LEAST") || sc.is(c, "ABOVE") || sc.is(c, "ALL")) {
		c--
	}
	if !sc.is(c, ",") {
		return nil, nil
	}
	subj := -1
	for _, a := range sc.acts {
		if a.j >= c || a.inPP || a.e == nil || sc.toks[a.j-1].poss {
			continue
		}
		if v := sc.key(a.j); v == "HAS" || v == "HAD" || v == "HAVE" || sc.toks[a.j].kind == tWord && !sc.toks[a.j].cap && strings.HasSuffix(v, "ED") {
			subj = a.group
		}
	}
	if subj <= 0 {
		return nil, nil
	}
	A = sc.groupCodes(subj, dk, nil)
	end := sc.groupEnd(subj)
	for _, a := range sc.acts {
		if a.i > end && a.j <= c && a.e != nil && a.group != subj {
			if r := removeAll(sc.groupCodes(a.group, dk, nil), A); len(r) > 0 {
				return A, r
			}
		}
	}
	return nil, nil
}

// messageAntecedent: the verb's object is a message named before a relative
// pronoun ("the extradition requests for Ben Ali that Tunis began
// sending").
func (sc *scratch) messageAntecedent(t trig) bool {
	for k := t.i - 1; k > 0 && k >= t.i-5; k-- {
		if sc.is(k, ",") {
			return false
		}
		if !sc.is(k, "THAT") && !sc.is(k, "WHICH") {
			continue
		}
		for m := k - 1; m >= 0 && m >= k-6 && !sc.is(m, ","); m-- {
			if messageNouns[sc.key(m)] {
				return true
			}
		}
		return false
	}
	return false
}

var messageNouns = map[string]bool{"REQUEST": true, "REQUESTS": true, "DEMAND": true, "DEMANDS": true, "APPEAL": true, "APPEALS": true,
	"LETTER": true, "LETTERS": true, "MESSAGE": true, "MESSAGES": true, "NOTE": true, "NOTES": true, "SIGNAL": true, "SIGNALS": true,
	"WARNING": true, "WARNINGS": true, "INVITATION": true, "INVITATIONS": true, "PROPOSAL": true, "PROPOSALS": true}

// relativeAgent: the subject of a relative clause on the trigger noun that
// makes or sends it ("the extradition requests for Ben Ali that Tunis began
// sending", "the demands which Moscow had made").
func (sc *scratch) relativeAgent(t trig, dk int) string {
	for k := t.j; k < len(sc.toks) && k <= t.j+5; k++ {
		if sc.is(k, ",") || sc.is(k, ";") {
			return ""
		}
		if !sc.is(k, "THAT") && !sc.is(k, "WHICH") {
			continue
		}
		for _, a := range sc.acts {
			if a.i != k+1 || a.e == nil {
				continue
			}
			v := a.j
			for v < len(sc.toks) && v <= a.j+2 && (sc.is(v, "BEGAN") || sc.is(v, "HAD") || sc.is(v, "HAS") || sc.is(v, "HAVE") || sc.is(v, "KEPT") || strings.HasSuffix(sc.key(v), "LY")) {
				v++
			}
			switch sc.key(v) {
			case "SENT", "SENDING", "MADE", "MAKING", "FILED", "FILING", "SUBMITTED", "SUBMITTING", "ISSUED", "LODGED", "ADDRESSED", "DELIVERED", "TABLED", "PUT":
				return a.e.CodeAt(dk)
			}
		}
		return ""
	}
	return ""
}

// frontedVisit: the visit noun opens its clause in a phrase ("During a
// visit to Lahore …", "…, and on a visit to Tunis in April 2024 Prime
// Minister Giorgia Meloni signed …").
func (sc *scratch) frontedVisit(t trig) bool {
	for p := t.i - 1; p >= 0 && p >= t.i-3; p-- {
		if !sc.is(p, "DURING") && !sc.is(p, "ON") {
			continue
		}
		return p == 0 || sc.is(p-1, ",") || sc.is(p-1, "AND") || sc.is(p-1, "BUT")
	}
	return false
}

// givenTo: the actor coded A sits between "gave" and the trigger ("gave
// the Soviet embassy forty-eight hours to leave").
func (sc *scratch) givenTo(t trig, A []string, dk int) bool {
	g := sc.giveAt(t)
	if g < 0 {
		return false
	}
	for _, a := range sc.acts {
		if a.i > g && a.j <= t.i && a.e != nil && has(A, a.e.CodeAt(dk)) {
			return true
		}
	}
	return false
}

// giveAt: the "gave" or "given" within seven tokens before t, else -1.
func (sc *scratch) giveAt(t trig) int {
	for g := t.i - 1; g >= 0 && g >= t.i-7; g-- {
		if k := sc.key(g); k == "GAVE" || strings.HasPrefix(k, "GIV") {
			return g
		}
	}
	return -1
}

// ownPerson: the group g is one person of a state in A ("Kasavubu
// dismissed Lumumba").
func (sc *scratch) ownPerson(g int, A []string, dk int) bool {
	n := 0
	for _, a := range sc.acts {
		if a.group != g {
			continue
		}
		if a.e == nil || a.e.Kind != actors.Person || !has(A, a.e.CodeAt(dk)) {
			return false
		}
		n++
	}
	return n == 1
}

// otherActor: the clause lo..hi names an actor coded outside A.
func (sc *scratch) otherActor(lo, hi int, A []string, dk int) bool {
	for _, a := range sc.acts {
		if a.i >= lo && a.j <= hi && a.e != nil && !has(A, a.e.CodeAt(dk)) {
			return true
		}
	}
	return false
}

// sumOfPair: a sum given or cut by a member of the last pair, in a sentence
// naming no one else ("Washington, for its part, tightened the purse
// strings, and … $800m in military assistance had been suspended" after a
// paragraph on Pakistan and the United States).
func (sc *scratch) sumOfPair(t trig, lo, hi int, A []string, dk int) bool {
	if sc.pair[0] == "" || (t.p.typ != event.Sanction && t.p.typ != event.Aid) || !sc.hasMoney(lo, hi) {
		return false
	}
	for _, a := range sc.acts {
		if a.e == nil || !has(A, a.e.CodeAt(dk)) {
			return false
		}
	}
	return true
}

// sentHome: "sent the American trainers home", "had been sent home" — the
// people sent home are another state's.
func (sc *scratch) sentHome(t trig, A []string, dk int) bool {
	for k := t.j; k < len(sc.toks) && k <= t.j+6; k++ {
		if sc.is(k, ",") || sc.is(k, ";") {
			return false
		}
		if !sc.is(k, "HOME") {
			continue
		}
		for _, a := range sc.acts {
			if a.i >= t.j && a.j <= k && a.e != nil && !has(A, a.e.CodeAt(dk)) {
				return true
			}
		}
		// "most of the American military trainers … had been sent home"
		for _, a := range sc.acts {
			if a.j <= t.i && a.e != nil && a.e.Kind == actors.Demonym && sc.cl(t.i-1, cBe) {
				return true
			}
		}
		return false
	}
	return false
}

// endedSpan: relations ended after a span of years ("to end thirty-six
// years of diplomatic relations", "cut off three decades of ties").
func (sc *scratch) endedSpan(t trig) bool {
	if k := sc.key(t.i); k != "RELATIONS" && k != "TIES" && k != "DIPLOMATIC" {
		return false
	}
	of := -1
	for k := t.i - 1; k >= 0 && k >= t.i-2; k-- {
		if sc.is(k, "OF") {
			of = k
			break
		}
	}
	if of < 2 || !sc.is(of-1, "YEARS") && !sc.is(of-1, "DECADES") {
		return false
	}
	for k := of - 2; k >= 0 && k >= of-4; k-- {
		switch sc.key(k) {
		case "END", "ENDED", "ENDING", "ENDS", "CUT", "SEVER", "SEVERED", "SEVERING", "TERMINATE", "TERMINATED", "ABANDON", "ABANDONED":
			return true
		}
	}
	return false
}

// datesOnlyAfter: every date of the sentence lies in a later clause than t.
func (sc *scratch) datesOnlyAfter(t trig) bool {
	if len(sc.dates) == 0 {
		return false
	}
	for _, d := range sc.dates {
		if d.i <= t.j || d.i < len(sc.clause) && sc.clause[d.i] <= t.clause {
			return false
		}
	}
	return true
}

// distressNouns: what a state's trouble is named by ("Pakistan's reserves
// collapsed").
var distressNouns = map[string]bool{"RESERVES": true, "ECONOMY": true, "FINANCES": true, "CURRENCY": true, "BUDGET": true,
	"TREASURY": true, "DEBTS": true, "BANKS": true, "EXPORTS": true, "HARVEST": true}

// distressedOwner: the state whose reserves, economy or finances an
// opening clause puts in trouble ("When Pakistan's reserves collapsed in
// the autumn, China extended a loan of some $500m"): the one helped.
func (sc *scratch) distressedOwner(t trig, dk int, A []string) string {
	switch sc.key(0) {
	case "WHEN", "AS", "AFTER", "ONCE", "WHILE", "WITH":
	default:
		return ""
	}
	for _, a := range sc.acts {
		if a.j >= t.i || a.e == nil || !a.state || !sc.toks[a.j-1].poss || !distressNouns[sc.key(a.j)] || !sc.keyBetween(a.j, t.i, ",") {
			continue
		}
		if c := a.e.CodeAt(dk); c != "" && !has(A, c) {
			return c
		}
	}
	return ""
}

// fromFigure: q is the first of "from <sum> to <sum>".
func (sc *scratch) fromFigure(q quantity) bool {
	k := sc.beforeQty(q)
	if !sc.is(k, "FROM") || !sc.is(q.j, "TO") {
		return false
	}
	for _, o := range sc.qty {
		if o.kind == "money" && o.i > q.j && o.i <= q.j+3 {
			return true
		}
	}
	return false
}

// splitRespectively gives each of the actors its own sum when the sums
// follow them "respectively" ("the United States and Britain offered to
// finance the dam, pledging $56m and $14m respectively").
func (sc *scratch) splitRespectively(f frame, t trig) bool {
	r := -1
	for k := t.j; k < len(sc.toks); k++ {
		if sc.is(k, "RESPECTIVELY") {
			r = k
			break
		}
	}
	if r < 0 {
		return false
	}
	if len(f.actor) < 2 {
		// ", pledging $56m and $14m respectively" after the act already
		// split: the same act, not one between the actors
		n := 0
		for _, o := range sc.out {
			if o.t.typ == f.t.typ && o.trig.i < t.i && o.amount != nil && len(o.actor) == 1 && (has(f.actor, o.actor[0]) || has(f.recip, o.actor[0])) {
				n++
			}
		}
		return n >= 2
	}
	var sums []quantity
	for _, q := range sc.qty {
		if q.kind == "money" && q.i > t.j && q.j <= r {
			if n := len(sums); n > 0 && !(sc.is(q.i-1, "AND") || sc.is(q.i-1, ",")) {
				sums = sums[:0] // only the run of sums right before "respectively"
			}
			sums = append(sums, q)
		}
	}
	if len(sums) != len(f.actor) || sums[len(sums)-1].j < r-1 {
		return false
	}
	for k, q := range sums {
		g := f
		g.actor = []string{f.actor[k]}
		g.amount = q.amount()
		sc.emit(g)
	}
	return true
}

// cameToSign: the noun is the object of an infinitive of signing ("to sign
// a treaty on strategic partnership").
func (sc *scratch) cameToSign(t trig) bool {
	for k := t.i - 1; k > 0 && k >= t.i-8; k-- {
		switch sc.key(k) {
		case "SIGN", "CONCLUDE", "INK":
			return sc.is(k-1, "TO")
		case ",", ";", "AND", "BUT":
			return false
		}
	}
	return false
}

// conversion: q, in brackets, restates the money sum right before them.
func (sc *scratch) conversion(q quantity) bool {
	k := sc.beforeQty(q)
	if !sc.is(k, "(") {
		return false
	}
	for _, o := range sc.qty {
		if o.kind == "money" && o.j == k {
			return true
		}
	}
	return false
}

// termsAmount: the sum an agreement's terms state in the clause that
// spells them out ("an agreement under which Japan would contribute ¥1bn",
// "signed a 99-year lease of Hambantota, giving the firm a 70 per cent
// stake for US$1.12 billion").
func (sc *scratch) termsAmount(t trig, hi int) *event.Amount {
	start := -1
	if t.p.noun && sc.is(t.j, "UNDER") && sc.is(t.j+1, "WHICH") {
		start = t.j + 2
	} else if sc.is(hi, ",") {
		w := sc.key(hi + 1)
		if t.p.typ == event.Sanction {
			// "imposed measures on Kosovo, suspending … and freezing €150m in funding"
			if w == "SUSPENDING" || w == "FREEZING" || w == "WITHHOLDING" || w == "CUTTING" {
				start = hi + 2
			}
		} else if w == "GIVING" || w == "GRANTING" || w == "ALLOWING" ||
			w == "WITH" && sc.actorAt(hi+2) || // ", with Moscow lending $25bn of the cost"
			w == "A" && (sc.is(hi+2, "CONTRACT") || sc.is(hi+2, "DEAL")) { // ", a contract reportedly worth around $80 billion"
			start = hi + 2
		}
	}
	if start < 0 {
		return nil
	}
	end := start
	for end < len(sc.toks) && end < start+25 && !sc.is(end, ";") && !(sc.is(end, ",") && sc.is(end+1, "AND")) {
		end++
	}
	for _, q := range sc.qty {
		if q.kind == "money" && q.i >= start && q.j <= end {
			return q.amount()
		}
	}
	return nil
}

// beforeQty: the token before q and its qualifier ("from about $120m":
// FROM).
func (sc *scratch) beforeQty(q quantity) int {
	switch q.approx {
	case "":
		return q.i - 1
	case "over", "up to":
		if sc.is(q.i-1, "THAN") || sc.is(q.i-1, "TO") {
			return q.i - 3 // "more than", "up to"
		}
	}
	return q.i - 2
}
