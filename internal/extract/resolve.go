package extract

// Actor resolution inside a sentence and across sentences: dictionary
// matches, groups, the paragraph dyad, pronouns and the document focus.

import (
	"slices"
	"strings"

	"github.com/pivot-geo/pivot/internal/actors"
)

// findActors matches dictionary phrases (longest first) and "both
// nations"-style references.
func (sc *scratch) findActors() {
	sc.acts = sc.acts[:0]
	n := len(sc.toks)
	// a list item that opens with its verb ("- signed an agreement with
	// Morocco") has the introducing line's subject ("Spain:") as agent
	if sc.listItem && sc.listSubj != nil && n > 1 && (sc.is(0, "-") || sc.is(0, "*") || sc.is(0, "•")) &&
		sc.toks[1].kind == tWord && !sc.toks[1].cap && !sc.toks[1].upper {
		sc.acts = append(sc.acts, actorSpan{i: 0, j: 1, e: sc.listSubj, state: sc.x.dict.IsState(sc.listSubj.Code)})
	}
	for i := 0; i < n; i++ {
		t := &sc.toks[i]
		if t.kind != tWord {
			continue
		}
		// most words are lower-case and start no name: only the words the
		// rules below look for need the checks (a speed shortcut)
		if !t.cap && !t.upper && (t.w == nil || !t.w.hasAct) && !resolveWords[sc.key(i)] {
			continue
		}
		// "both nations", "the two countries"
		if sc.is(i, "BOTH") || sc.is(i, "TWO") && sc.is(i-1, "THE") {
			// "both nations", "the two countries", "the two central banks"
			k := i + 1
			if k < n && !sc.cl(k, cPairNoun) && sc.toks[k].kind == tWord && sc.toks[k].cls&cFunc == 0 {
				k++
			}
			if sc.cl(k, cPairNoun) {
				sc.acts = append(sc.acts, actorSpan{i: i, j: k + 1, pair: true})
				i = k
				continue
			}
			// "the two signed the declaration": the pair as the subject
			if sc.is(i, "TWO") && i+1 < n && sc.toks[i+1].kind == tWord && !sc.toks[i+1].cap && sc.toks[i+1].cls&cFunc == 0 &&
				(strings.HasSuffix(sc.key(i+1), "ED") || pastIrregular[sc.key(i+1)]) {
				sc.acts = append(sc.acts, actorSpan{i: i, j: i + 1, pair: true})
				continue
			}
		}
		// "the three states joined NATO", "all three countries": the
		// states named last, when the text named that many
		if (sc.is(i, "THREE") || sc.is(i, "FOUR")) && (sc.is(i-1, "THE") || sc.is(i-1, "ALL")) && sc.cl(i+1, cPairNoun) && !sc.is(i+1, "PARTIES") {
			n := 3
			if sc.is(i, "FOUR") {
				n = 4
			}
			var states []string
			for _, a := range sc.acts {
				if a.state && a.e != nil && !slices.Contains(states, a.e.Code) {
					states = append(states, a.e.Code)
				}
			}
			if len(states) < n {
				states = append(states[:0], sc.recent...)
			}
			if len(states) >= n {
				sc.acts = append(sc.acts, actorSpan{i: i, j: i + 2, multi: append([]string(nil), states[:n]...), state: true})
				i++
				continue
			}
		}
		// "the country": the most recent state named before it
		newAdj := sc.is(i, "COUNTRY") && (sc.is(i-1, "NEW") || sc.is(i-1, "YOUNG")) && sc.is(i-2, "THE")
		if (sc.is(i, "COUNTRY") || !sc.toks[i].cap && (sc.is(i, "EMIRATE") || sc.is(i, "KINGDOM") || sc.is(i, "REPUBLIC") || sc.is(i, "SULTANATE") || sc.is(i, "ISLAND") || sc.is(i, "ARCHIPELAGO"))) &&
			(sc.is(i-1, "THE") || newAdj) && !sc.is(i+1, "'S") && !sc.is(i+1, "OF") {
			var last *actors.Entry
			for k := len(sc.acts) - 1; k >= 0; k-- {
				if sc.acts[k].state && sc.acts[k].e != nil {
					last = sc.acts[k].e
					break
				}
			}
			// "N'Djamena ended its agreement with Paris; the last French base
			// in the country …": neither a demonym nor a partner after "with"
			// is the country the base is in
			if last != nil && sc.is(i-2, "IN") {
				for k := len(sc.acts) - 1; k >= 0; k-- {
					a := sc.acts[k]
					if a.state && a.e != nil && !sc.is(a.i-1, "WITH") && a.e.Kind != actors.Demonym {
						last = a.e
						break
					}
				}
			}
			if last == nil && sc.prevSubj != nil && sc.x.dict.IsState(sc.prevSubj.Code) {
				last = sc.prevSubj
			}
			// "The country joined OPEC in July 1971" in an essay on Nigeria
			if last == nil && sc.is(i, "COUNTRY") && sc.focus != "" {
				last = sc.x.dict.StateEntry(sc.focus)
			}
			// "Poland was the first state to recognise the new country": not
			// the subject itself but the newly independent state before it
			if newAdj && last != nil && len(sc.acts) > 0 && sc.acts[0].e == last {
				last = nil
				if sc.prevSubj != nil && sc.x.dict.IsState(sc.prevSubj.Code) && sc.prevSubj.Code != sc.acts[0].e.Code {
					last = sc.prevSubj
				} else if sc.focus != "" && sc.focus != sc.acts[0].e.Code {
					last = sc.x.dict.StateEntry(sc.focus)
				}
			}
			// "the kingdom", "the emirate": the latest kingdom named, else
			// the kingdom the text is about
			if kind := sc.key(i); kind == "KINGDOM" || kind == "EMIRATE" {
				set := kingdoms
				if kind == "EMIRATE" {
					set = emirates
				}
				if last == nil || !set[last.Code] {
					last = nil
					for k := len(sc.acts) - 1; k >= 0; k-- {
						if e := sc.acts[k].e; sc.acts[k].state && e != nil && set[e.Code] {
							last = e
							break
						}
					}
					if last == nil && sc.prevSubj != nil && set[sc.prevSubj.Code] {
						last = sc.prevSubj
					}
					if last == nil && set[sc.focus] {
						last = sc.x.dict.StateEntry(sc.focus)
					}
					for _, c := range sc.recent {
						if last != nil {
							break
						}
						if set[c] {
							last = sc.x.dict.StateEntry(c) // the kingdom the text named last
						}
					}
				}
			}
			if last != nil {
				sc.acts = append(sc.acts, actorSpan{i: i, j: i + 1, e: last, state: true})
				continue
			}
		}
		// "President Anote Tong", "Foreign Minister Eduardo Enrique Reina":
		// a titled leader the dictionaries lack serves the state the passage
		// is about
		if t.cap && !(len(sc.acts) > 0 && sc.acts[len(sc.acts)-1].j == i) && !(i > 0 && sc.toks[i-1].poss) {
			if tl := sc.leaderTitle(i); tl > 0 {
				if e, j := sc.titledLeader(i, i+tl); e != nil {
					sc.acts = append(sc.acts, actorSpan{i: i, j: j, e: e, state: false})
					i = j - 1
					continue
				}
			}
		}
		// "King Abdullah", "Emir Tamim": a monarch the dictionaries lack
		// reigns over the latest kingdom named, else the one the text is about
		if t.cap && (sc.is(i, "KING") || sc.is(i, "QUEEN") || sc.is(i, "EMIR") || sc.is(i, "SULTAN") || sc.is(i, "PRINCE") && sc.is(i-1, "CROWN")) &&
			i+1 < n && sc.toks[i+1].cap && sc.toks[i+1].kind == tWord && sc.dictEnd(i) == i && sc.dictEnd(i+1) == i+1 {
			if e, j := sc.monarch(i); e != nil {
				sc.acts = append(sc.acts, actorSpan{i: i, j: j, e: e, state: false})
				i = j - 1
				continue
			}
		}
		// "the Ramos government", "the Arias administration": a government
		// named for a leader the dictionaries lack is the state the
		// sentence or the passage is about
		if t.cap && sc.is(i-1, "THE") && !t.upper && (t.w == nil || !t.w.hasAct) && t.cls&(cFunc|cTitle) == 0 && !sc.inDate(i) && months[sc.key(i)] == 0 &&
			i+1 < n && (sc.is(i+1, "GOVERNMENT") || sc.is(i+1, "ADMINISTRATION")) && !sc.toks[i+1].cap {
			var st *actors.Entry
			for _, a := range sc.acts {
				if a.state && a.e != nil && a.e.Code == sc.focus {
					st = sc.x.dict.StateEntry(sc.focus) // (the text's own state, named in the sentence)
					break
				}
			}
			for _, a := range sc.acts {
				if st == nil && a.state && a.e != nil && !a.inPP && a.e.Kind != actors.Demonym {
					st = a.e
					break
				}
			}
			if st == nil && sc.prevSubj != nil && sc.x.dict.IsState(sc.prevSubj.Code) {
				st = sc.prevSubj
			}
			if st == nil && sc.focus != "" {
				st = sc.x.dict.StateEntry(sc.focus)
			}
			if st != nil {
				sc.acts = append(sc.acts, actorSpan{i: i, j: i + 2, e: st, state: true})
				i++
				continue
			}
		}
		// "the government of Óscar Arias": a government named for a leader
		// the dictionaries lack is the state the sentence or the passage is
		// about
		if (sc.is(i, "GOVERNMENT") || sc.is(i, "ADMINISTRATION")) && sc.is(i-1, "THE") && sc.is(i+1, "OF") &&
			i+3 < n && sc.toks[i+2].kind == tWord && sc.toks[i+2].cap && !sc.toks[i+2].upper && (sc.toks[i+2].w == nil || !sc.toks[i+2].w.hasAct) {
			j := i + 2
			for j < n && sc.toks[j].kind == tWord && sc.toks[j].cap {
				j++
			}
			var st *actors.Entry
			for _, a := range sc.acts {
				if a.state && a.e != nil && !a.inPP && a.e.Kind != actors.Demonym {
					st = a.e
					break
				}
			}
			if st == nil && sc.prevSubj != nil && sc.x.dict.IsState(sc.prevSubj.Code) {
				st = sc.prevSubj
			}
			if j >= i+4 && st != nil {
				sc.acts = append(sc.acts, actorSpan{i: i, j: j, e: st, state: true})
				i = j - 1
				continue
			}
		}
		// "the North", "the South" in a text on the Korean peninsula
		if t.cap && (sc.is(i, "NORTH") || sc.is(i, "SOUTH")) && sc.is(i-1, "THE") && sc.counts != nil && sc.counts["PRK"]+sc.counts["KOR"] >= 2 &&
			!(i+1 < n && sc.toks[i+1].kind == tWord && sc.toks[i+1].cap) {
			code := "PRK"
			if sc.is(i, "SOUTH") {
				code = "KOR"
			}
			if e := sc.x.dict.StateEntry(code); e != nil {
				sc.acts = append(sc.acts, actorSpan{i: i, j: i + 1, e: e, state: true})
				continue
			}
		}
		// "the Kennedy amendment", "the Symington and Glenn amendments",
		// "the Kerry-Lugar-Berman amendment": laws named for their sponsors
		// in the US Congress act for the United States
		if (sc.is(i, "AMENDMENT") || sc.is(i, "AMENDMENTS")) && !t.cap && i >= 2 && sc.toks[i-1].cap && sc.toks[i-1].kind == tWord &&
			!sc.inActor(i-1) && !sc.inDate(i-1) && months[sc.key(i-1)] == 0 {
			k := i - 1
			for k > 0 && (sc.toks[k-1].cap && sc.toks[k-1].kind == tWord && !sc.inActor(k-1) || sc.is(k-1, "-") || sc.is(k-1, "AND")) && !sc.is(k-1, "THE") {
				k--
			}
			if sc.is(k-1, "THE") && !sc.toks[k].poss {
				if e := sc.x.dict.StateEntry("USA"); e != nil {
					sc.acts = append(sc.acts, actorSpan{i: k, j: i + 1, e: e, state: true})
					continue
				}
			}
		}
		// "the court found that it had jurisdiction": the international
		// court the text has named
		if sc.is(i, "COURT") && sc.is(i-1, "THE") && sc.lastCourt != nil && !(i+1 < n && sc.toks[i+1].kind == tWord && sc.toks[i+1].cap) &&
			!(i > 1 && sc.toks[i-2].cap && sc.toks[i-2].kind == tWord) && !sc.is(i+1, "OF") {
			sc.acts = append(sc.acts, actorSpan{i: i, j: i + 1, e: sc.lastCourt})
			continue
		}
		// "Pakistan asked the Bank for a court", "the agency's inspectors",
		// "the Commission declined", "the Council froze eight chapters": the
		// lending bank, the agency, the EU institution or the council the
		// text named
		if e := sc.namedBodyAt(i); e != nil && (t.cap || sc.is(i, "AGENCY") || sc.is(i, "ADMINISTRATION")) && sc.is(i-1, "THE") &&
			!(i+1 < n && sc.toks[i+1].kind == tWord && sc.toks[i+1].cap) && !(i > 1 && sc.toks[i-2].cap && sc.toks[i-2].kind == tWord && sc.toks[i-2].cls&cMonth == 0) &&
			!sc.is(i+1, "OF") {
			sc.acts = append(sc.acts, actorSpan{i: i, j: i + 1, e: e})
			continue
		}
		// "turned to the Fund": the IMF, in the shorthand of economic prose
		if t.cap && sc.is(i, "FUND") && sc.is(i-1, "THE") && !(i+1 < n && sc.toks[i+1].kind == tWord && sc.toks[i+1].cap) && !(i > 1 && sc.toks[i-2].cap && sc.toks[i-2].kind == tWord) {
			if e := sc.x.dict.Lookup("International Monetary Fund"); e != nil {
				sc.acts = append(sc.acts, actorSpan{i: i, j: i + 1, e: e})
				continue
			}
		}
		// "the alliance", "the bloc": the latest organisation named
		if i > 0 && sc.is(i-1, "THE") && (sc.is(i, "ALLIANCE") || sc.is(i, "BLOC") || sc.is(i, "ORGANISATION") || sc.is(i, "ORGANIZATION")) {
			last := sc.lastOrg
			for k := len(sc.acts) - 1; k >= 0; k-- {
				if e := sc.acts[k].e; e != nil && (e.Kind == actors.Org || e.Kind == actors.Group && sc.is(i, "ALLIANCE") && sc.is(sc.acts[k].j-1, "ALLIANCE")) {
					last = e // (also "the Three Brotherhood Alliance … the alliance" in one sentence)
					break
				}
			}
			// "the Three Brotherhood Alliance … the alliance": a group named
			// as an alliance after the latest organisation
			if sc.is(i, "ALLIANCE") && sc.lastAlliance != nil && sc.lastAlliance.Kind == actors.Group {
				last = sc.lastAlliance
			}
			if last != nil {
				sc.acts = append(sc.acts, actorSpan{i: i, j: i + 1, e: last})
				continue
			}
		}
		// "the junta", "the regime": the state whose junta or coup was
		// named last ("Mali's junta", "the coup in Niamey")
		if i > 0 && sc.is(i-1, "THE") && (sc.is(i, "JUNTA") || sc.is(i, "REGIME")) && sc.juntaOf != nil && !sc.actorNext(i+1) {
			e := sc.juntaOf
			if sc.juntaAge > 6 && sc.prevSubj != nil && sc.prevSubj.Kind == actors.State && sc.prevSubj.Code != sc.focus {
				// a junta named pages ago is not this one: "Bamako expelled
				// the ambassador … In May the junta renounced the treaty"
				e = sc.prevSubj
			}
			sc.acts = append(sc.acts, actorSpan{i: i, j: i + 1, e: e, state: true})
			continue
		}
		// "the rebels", "the militants": the latest armed group named
		if i > 0 && sc.is(i-1, "THE") && groupNouns[sc.key(i)] {
			last := sc.lastGroup
			for k := len(sc.acts) - 1; k >= 0; k-- {
				if e := sc.acts[k].e; e != nil && e.Kind == actors.Group {
					last = e
					break
				}
			}
			if last != nil {
				sc.acts = append(sc.acts, actorSpan{i: i, j: i + 1, e: last})
				continue
			}
		}
		// a sentence-initial pronoun ("It also joined CENTO in 1959.",
		// "In 1959, it joined …") stands for the previous sentence's subject
		if sc.prevSubj != nil && (sc.is(i, "IT") || sc.is(i, "THEY") ||
			(sc.is(i, "HE") || sc.is(i, "SHE")) && sc.prevSubj.Kind == actors.Person) && sc.sentenceStart(i) {
			sc.acts = append(sc.acts, actorSpan{i: i, j: i + 1, e: sc.prevSubj, state: sc.x.dict.IsState(sc.prevSubj.Code)})
			continue
		}
		// "In October 2022 its staff reached agreement with Tunis": the
		// previous subject's own people act for it
		if sc.prevSubj != nil && sc.prevSubj.Kind != actors.Person && (sc.is(i, "ITS") || sc.is(i, "THEIR")) && agentNouns[sc.key(i+1)] && sc.sentenceStart(i) {
			sc.acts = append(sc.acts, actorSpan{i: i, j: i + 2, e: sc.prevSubj, state: sc.x.dict.IsState(sc.prevSubj.Code)})
			i++
			continue
		}
		if (sc.is(i, "HE") || sc.is(i, "SHE")) && sc.prevPerson != nil && (sc.prevSubj == nil || sc.prevSubj.Kind != actors.Person) && sc.sentenceStart(i) {
			sc.acts = append(sc.acts, actorSpan{i: i, j: i + 1, e: sc.prevPerson, state: false})
			continue
		}
		if t.cap && !(i > 0 && sc.toks[i-1].cap && sc.toks[i-1].kind == tWord) {
			if e, j := sc.groupName(i); e != nil {
				sc.acts = append(sc.acts, actorSpan{i: i, j: j, e: e})
				i = j - 1
				continue
			}
		}
		// "…, and in April 2014 it signed the EDCA": a pronoun opening a
		// coordinated clause stands for the sentence's subject
		if (sc.is(i, "IT") || sc.is(i, "THEY") || (sc.is(i, "HE") || sc.is(i, "SHE")) && len(sc.acts) > 0 && sc.acts[0].e != nil && sc.acts[0].e.Kind == actors.Person ||
			(sc.is(i, "HIS") || sc.is(i, "HER")) && (sc.is(i+1, "ADMINISTRATION") || sc.is(i+1, "GOVERNMENT")) && len(sc.acts) > 0 && sc.acts[0].e != nil && sc.acts[0].e.Kind == actors.Person) && len(sc.acts) > 0 {
			k := i - 1
			for k > 0 && (sc.inDate(k) || sc.is(k, "IN") || sc.is(k, "ON") || sc.is(k, ",")) {
				if sc.is(k, ",") && !sc.inDate(k-1) {
					// ", and in July 1961, within the space of a week, he …": skip a short aside
					m := k - 1
					for m > 0 && m >= k-7 && !sc.is(m, ",") && sc.toks[m].kind == tWord && !sc.inActor(m) {
						m--
					}
					if sc.is(m, ",") && m < k-1 {
						k = m
					}
				}
				k--
			}
			// (also after a colon: "Iran's entry into the clubs that Beijing
			// champions followed: it became a full member …")
			if k < i-1 && (sc.is(k, "AND") || sc.is(k, "BUT")) || k == i-1 && sc.is(k, "AND") && sc.is(k-1, ",") || sc.is(k, ":") {
				if a := sc.acts[0]; a.e != nil && !a.inPP && a.j <= k {
					sc.acts = append(sc.acts, actorSpan{i: i, j: i + 1, e: a.e, state: a.state})
					continue
				}
			}
		}
		if t.w == nil || !t.w.hasAct {
			// a surname alone after the full name ("Prime Minister Pedro
			// Sanchez … Sanchez visited Rabat")
			if len(sc.alias) > 0 && t.cap && !sc.inDate(i) {
				if e := sc.alias[sc.key(i)]; e != nil {
					sc.acts = append(sc.acts, actorSpan{i: i, j: i + 1, e: e, state: sc.x.dict.IsState(e.Code)})
				}
			}
			continue
		}
		if i+1 < n && sc.toks[i+1].glued && sc.is(i+1, "$") {
			continue // "US$ 5 million" is money, not the United States
		}
		best, bestJ := sc.longestName(i)
		if best == nil {
			// "Yoon" after "Yoon Suk Yeol": a name that only starts a
			// dictionary phrase may still be a known person's alias
			if e := sc.alias[sc.key(i)]; e != nil && t.cap && !sc.inDate(i) {
				sc.acts = append(sc.acts, actorSpan{i: i, j: i + 1, e: e, state: sc.x.dict.IsState(e.Code)})
			}
			continue
		}
		if best.Kind == actors.Person && bestJ < n && sc.longerFrom(i+1, bestJ) {
			continue // "Sheikh Abdullah al-Salim al-Sabah": Kuwait's emir, not Kashmir's Sheikh Abdullah
		}
		if best.Acronym {
			if !t.upper {
				continue
			}
		} else if !t.cap && !t.upper && !(best.Name != "" && best.Name[0] >= 'a' && best.Name[0] <= 'z') &&
			!(namePrefix[sc.key(i)] && bestJ > i+1 && sc.toks[i+1].cap) { // "al-Qaeda", "al-Shabaab"
			continue
		}
		if best.Kind == actors.Skip {
			i = bestJ - 1
			continue
		}
		// "Xiomara Castro, Zelaya's wife … Castro announced": the bare
		// surname of a namesake the document introduced (below) is hers
		if best.Kind == actors.Person && bestJ == i+1 && sc.namesakes[sc.key(i)] && sc.alias[sc.key(i)] == nil {
			continue
		}
		// "Iván Duque … Duque backed Guaidó": a surname the text gave in
		// full names that person, not a namesake the files know better, and
		// as a name the text introduced it needs no other sign of a person
		if (best.Surname || best.Kind == actors.Person) && bestJ == i+1 && sc.alias[sc.key(i)] != nil && t.cap && !(best.Ruler && best.Code == sc.focus && sc.alias[sc.key(i)].Code != sc.focus) {
			best = sc.alias[sc.key(i)]
		} else if best.Surname && !sc.surnameFits(i, bestJ) {
			continue
		}
		// "signed the founding declaration of the Bolivarian Alternative",
		// "the Treaty of Lagos establishing ECOWAS": the body a document
		// creates is no party to it
		if best.Kind == actors.Org && sc.createdBody(i) {
			i = bestJ - 1
			continue
		}
		// "the founding declaration of the Bolivarian Alternative for the
		// Americas (ALBA)": the gloss of a name not counted as a party
		if best.Kind == actors.Org && i >= 2 && sc.is(i-1, "(") && sc.is(bestJ, ")") && (len(sc.acts) == 0 || sc.acts[len(sc.acts)-1].j != i-1) &&
			sc.toks[i-2].cap {
			i = bestJ - 1
			continue
		}
		// "the Itamaraty Peace Declaration": a body's name opening a
		// document's name names the document
		if (best.Kind == actors.Org || best.Kind == actors.Organ) && sc.opensDocumentName(bestJ) {
			i = bestJ - 1
			continue
		}
		// "at the Rio Group summit", "during the D-8 summit in Cairo": a body
		// whose meeting is a venue is no party to what happens there
		if best.Kind == actors.Org && bestJ < n && venueNouns[sc.key(bestJ)] {
			p := i - 1
			if sc.is(p, "THE") || sc.is(p, "A") || sc.is(p, "AN") || sc.is(p, "ITS") || sc.is(p, "THEIR") {
				p--
			}
			if sc.is(p, "AT") || sc.is(p, "DURING") || sc.is(p, "ON") && sc.is(p-1, "MARGINS") {
				i = bestJ
				continue
			}
		}
		// "Yunus-Bek Yevkurov", "Yunus Yevkurov": a one-word name before a
		// name the dictionaries lack is someone else's given name
		if best.Kind == actors.Person && bestJ == i+1 && bestJ < n && sc.toks[bestJ].kind == tWord && sc.toks[bestJ].cap && !sc.toks[bestJ].upper &&
			(sc.toks[bestJ].w == nil || !sc.toks[bestJ].w.hasAct) && months[sc.key(bestJ)] == 0 && sc.toks[bestJ].cls&cFunc == 0 && !sc.toks[i].poss &&
			!eponymHeads[sc.key(bestJ)] {
			i = bestJ
			continue
		}
		// "Xiomara Castro": a one-word name after a given name the
		// dictionaries lack is someone else ("Foreign Minister Shah Mehmood
		// Qureshi", with a title, is the known one)
		if best.Kind == actors.Person && bestJ == i+1 && i > 0 && sc.unknownGivenName(i) {
			if sc.namesakes == nil {
				sc.namesakes = map[string]bool{}
			}
			sc.namesakes[strings.Clone(sc.key(i))] = true
			continue
		}
		if best.Kind == actors.Person && bestJ == i+1 && i > 1 && sc.is(i-1, "AL") && sc.toks[i-2].kind == tWord && sc.toks[i-2].cap && !sc.cl(i-2, cTitle) && !sc.inActor(i-2) {
			continue // (also "Ali Youssef al-Sharif", not Pakistan's Sharifs)
		}
		// "Foreign Minister Santiago Cafiero": a city's name as a first name
		if best.Kind == actors.State && i > 0 && sc.cl(i-1, cTitle) && sc.toks[i-1].cap && bestJ < n &&
			sc.toks[bestJ].kind == tWord && sc.toks[bestJ].cap {
			i = bestJ
			continue
		}
		// "Lula and Santiago Peña agreed": after a leader and "and", a city
		// followed by a name the dictionaries lack is a person
		if best.Kind == actors.State && bestJ == i+1 && i > 1 && (sc.is(i-1, "AND") || sc.is(i-1, ",")) && len(sc.acts) > 0 &&
			sc.acts[len(sc.acts)-1].j == i-1 && sc.acts[len(sc.acts)-1].e != nil && sc.acts[len(sc.acts)-1].e.Kind == actors.Person &&
			bestJ < n && sc.toks[bestJ].kind == tWord && sc.toks[bestJ].cap && !sc.toks[bestJ].upper && (sc.toks[bestJ].w == nil || !sc.toks[bestJ].w.hasAct) {
			i = bestJ
			continue
		}
		// "Huawei’s Lahore R&D centre": a place after a company's
		// possessive only places the company's site
		if best.Kind == actors.State && i > 0 && sc.toks[i-1].poss && len(sc.acts) > 0 && sc.acts[len(sc.acts)-1].j == i &&
			sc.acts[len(sc.acts)-1].e != nil && sc.acts[len(sc.acts)-1].e.Kind == actors.Organ {
			i = bestJ - 1
			continue
		}
		// "eight Lockheed Martin F-16s": the maker names the product
		if best.Kind == actors.Organ && sc.modelAfter(bestJ, 1) {
			i = bestJ - 1
			continue
		}
		// "in Operation Gibraltar", "Operation Iraqi Freedom": a code name
		if sc.is(i-1, "OPERATION") && sc.toks[i-1].cap && best.Kind != actors.Person {
			i = bestJ - 1
			continue
		}
		// "the Sea of Japan", "the Gulf of Oman": a place, not the state
		if sc.is(i-1, "OF") && (sc.is(i-2, "SEA") || sc.is(i-2, "GULF") || sc.is(i-2, "BAY") || sc.is(i-2, "STRAIT") ||
			sc.is(i-2, "STRAITS") || sc.is(i-2, "ISLE") || sc.is(i-2, "OCEAN") || sc.is(i-2, "CITY") || sc.is(i-2, "PROVINCE")) {
			i = bestJ - 1
			continue
		}
		// "met on the margins of the UN General Assembly", "on the sidelines
		// of the SCO summit": the body's meeting is where they met
		if best.Kind == actors.Org && i > 1 && (sc.is(i-1, "OF") || sc.is(i-1, "THE") && sc.is(i-2, "OF")) {
			k := i - 2
			if sc.is(i-1, "THE") {
				k = i - 3
			}
			if sc.is(k, "MARGINS") || sc.is(k, "MARGIN") || sc.is(k, "SIDELINES") || sc.is(k, "SIDELINE") {
				i = bestJ - 1
				continue
			}
		}
		// "Mocímboa da Praia", "Rio de Janeiro": after a Romance particle
		// a capital's or a country's name ends a longer place name
		if best.Kind == actors.State && i > 1 && !sc.toks[i-1].cap && sc.toks[i-2].cap && sc.toks[i-2].kind == tWord &&
			(sc.is(i-1, "DA") || sc.is(i-1, "DE") || sc.is(i-1, "DO") || sc.is(i-1, "DOS") || sc.is(i-1, "DAS") || sc.is(i-1, "DEL") || sc.is(i-1, "DI")) {
			i = bestJ - 1
			continue
		}
		// "the Russia-led CSTO", "Beijing-brokered talks": the actor only
		// describes something else
		if bestJ < n && sc.toks[bestJ].hyph && ledWords[sc.key(bestJ)] {
			// "a US-led coalition began bombing Iraq": with no body named
			// after it, the leader acts; "the Russia-led CSTO" is the CSTO
			// "stormed the lead ship of a Turkish-organised flotilla",
			// "seized a British-flagged tanker": the state the target belongs to
			if (sc.is(bestJ, "OWNED") || sc.is(bestJ, "FLAGGED") || sc.is(bestJ, "ORGANISED") || sc.is(bestJ, "ORGANIZED") || sc.is(bestJ, "REGISTERED")) && i > 0 &&
				(sc.is(i-1, "A") || sc.is(i-1, "AN") || sc.is(i-1, "THE")) {
				sc.acts = append(sc.acts, actorSpan{i: i, j: bestJ + 1, e: best, state: sc.x.dict.IsState(best.Code), inPP: true})
				i = bestJ
				continue
			}
			if sc.is(bestJ, "LED") && bestJ+1 < n && ledBodies[sc.key(bestJ+1)] {
				sc.acts = append(sc.acts, actorSpan{i: i, j: bestJ + 2, e: best, state: sc.x.dict.IsState(best.Code)})
				i = bestJ + 1
				continue
			}
			if sc.is(bestJ, "LED") && bestJ+1 < n && ledActs[sc.key(bestJ+1)] {
				sc.acts = append(sc.acts, actorSpan{i: i, j: bestJ + 1, e: best, state: sc.x.dict.IsState(best.Code)})
				i = bestJ
				continue
			}
			i = bestJ
			continue
		}
		// "the Geneva Agreement", "the Pretoria agreement", "the Oslo
		// Accords": a place names a document, not a party to it
		if best.Kind == actors.State && bestJ < n && docWords[sc.key(bestJ)] &&
			(sc.toks[bestJ].cap || sc.is(i-1, "THE") || sc.is(i-1, "THEIR") || sc.is(i-1, "ITS")) {
			// ("the United States–Mexico–Canada Agreement": every state of
			// the chain names the document)
			for c := i; len(sc.acts) > 0; {
				last := sc.acts[len(sc.acts)-1]
				if last.e == nil || !last.state || !(last.j == c && sc.toks[c].hyph || last.j == c-1 && (sc.is(c-1, "–") || sc.is(c-1, "-"))) {
					break
				}
				sc.acts = sc.acts[:len(sc.acts)-1]
				c = last.i
			}
			i = bestJ - 1
			continue
		}
		// "signed in Vienna", "met in Geneva": a seat of international
		// bodies after "in" is where parties meet, not a party
		if best.Kind == actors.State && i > 0 && (sc.is(i-1, "IN") || sc.is(i-1, "AT")) && hubCities[sc.phraseKey(i, bestJ)] &&
			(sc.partiesBefore(best.Code) >= 2 || i > 1 && hubBodies[sc.key(i-2)]) {
			i = bestJ - 1
			continue
		}
		// "the Strategic and Cooperative Partnership for Peace and
		// Prosperity": a bloc's long name inside a longer proper name
		if best.Kind == actors.Org && bestJ-i >= 3 && i > 1 && sc.toks[i-1].kind == tWord && sc.toks[i-1].cap && !sc.toks[i-1].upper &&
			sc.toks[i-1].cls&(cFunc|cTitle|cMonth) == 0 && !sc.toks[i-1].poss && (sc.toks[i-1].w == nil || !sc.toks[i-1].w.hasAct || sc.dictEnd(i-1) == i-1) {
			i = bestJ - 1 // (a word that only starts other names is no name: "Cooperative")
			continue
		}
		// "its WTO complaint", "the ICJ case": the body is the forum of
		// one party's action against another, not a party
		if best.Kind == actors.Org && bestJ < n && bestJ == i+1 && legalNouns[sc.key(bestJ)] && i > 0 && (sc.toks[i-1].poss || sc.is(i-1, "ITS") || sc.is(i-1, "THEIR") || sc.is(i-1, "HIS") || sc.is(i-1, "HER")) {
			i = bestJ - 1
			continue
		}
		// "the first ASEAN state to establish relations", "a NATO member":
		// a bloc naming the class of one state is not the bloc acting
		if best.Kind == actors.Org && bestJ < n && bestJ == i+1 && memberNouns[sc.key(bestJ)] &&
			(sc.is(i-1, "A") || sc.is(i-1, "AN") || sc.is(i-1, "FIRST") || sc.is(i-1, "ONLY") || sc.is(i-1, "ANOTHER") || sc.is(i-1, "LAST") || sc.is(i-1, "SOLE")) {
			i = bestJ - 1
			continue
		}
		// "the Vilnius summit", "the Astana talks": a city hosting a meeting
		// is its venue, not a party to it
		if best.Kind == actors.State && bestJ < n && venueWords[sc.key(bestJ)] && !sc.toks[bestJ].hyph &&
			(sc.is(i-1, "THE") || sc.is(i-1, "A") || sc.is(i-1, "ITS") || sc.is(i-1, "THEIR") || sc.is(i-1, "WHOSE") || i > 0 && sc.toks[i-1].poss && sc.toks[i-1].w != nil && sc.toks[i-1].w.hasAct) && !sc.toks[i].upper {
			// (also "NATO's Bucharest summit")
			i = bestJ - 1
			continue
		}
		// "Santiago Peña, elected president …": a capital's name before a
		// capitalised name the dictionaries lack, closing a phrase, is a
		// given name, not the state
		if best.Capital && bestJ == i+1 && bestJ+1 < n && sc.toks[bestJ].cap && sc.toks[bestJ].kind == tWord && !sc.toks[bestJ].upper &&
			!sc.toks[i].poss && (sc.toks[bestJ].w == nil || !sc.toks[bestJ].w.hasAct) && sc.toks[bestJ].cls&(cFunc|cTitle|cMonth) == 0 && sc.toks[bestJ+1].kind != tWord {
			i = bestJ - 1
			continue
		}
		// "Syrian refugees", "Afghan migrants": people who left a state are
		// not that state acting
		if best.Kind == actors.Demonym && bestJ < n && (sc.is(bestJ, "REFUGEES") || sc.is(bestJ, "MIGRANTS") || sc.is(bestJ, "ASYLUM") || sc.is(bestJ, "EXILES") || sc.is(bestJ, "DIASPORA")) {
			i = bestJ
			continue
		}
		// "the former Portuguese colony", "a onetime British protectorate":
		// the territory, not the state that ruled it
		if best.Kind == actors.Demonym && bestJ < n && (sc.is(i-1, "FORMER") || sc.is(i-1, "ONETIME")) &&
			(sc.is(bestJ, "COLONY") || sc.is(bestJ, "PROTECTORATE") || sc.is(bestJ, "TERRITORY") || sc.is(bestJ, "POSSESSION") || sc.is(bestJ, "ENCLAVE") || sc.is(bestJ, "MANDATE")) {
			i = bestJ
			continue
		}
		// "an OPEC+ meeting in Vienna", "the BRICS leaders meeting in
		// Johannesburg": a capital as the venue of a gathering, not a party
		if best.Kind == actors.State && best.Capital && (sc.is(i-1, "IN") || sc.is(i-1, "AT")) && i >= 2 && venueNouns[sc.key(i-2)] {
			i = bestJ - 1
			continue
		}
		// "Sheikh Sabah al-Ahmad": after an honorific, a region's name that
		// the dictionary files under its state (Sabah, Malaysia) is part of
		// a person's name
		if best.Kind == actors.State && !best.Capital && bestJ == i+1 && i > 0 && (honorifics[sc.key(i-1)] || sc.is(i-1, "AL") || sc.is(i-1, "BIN") || sc.is(i-1, "IBN")) && actors.Key(best.Name) != sc.key(i) {
			i = bestJ - 1
			continue
		}
		// "according to Boston University estimates": a source, not a party
		if sc.is(i-1, "TO") && sc.is(i-2, "ACCORDING") {
			i = bestJ - 1
			continue
		}
		a := actorSpan{i: i, j: bestJ, e: best, state: sc.x.dict.IsState(best.Code)}
		// "the US Export-Import Bank (EXIM)": the acronym glossed after a
		// known body names it for the rest of the document
		if best.Kind != actors.Person && bestJ+2 < n && sc.is(bestJ, "(") && sc.is(bestJ+2, ")") && sc.toks[bestJ+1].upper &&
			sc.toks[bestJ+1].kind == tWord && len(sc.key(bestJ+1)) >= 2 && (sc.toks[bestJ+1].w == nil || !sc.toks[bestJ+1].w.hasAct || sc.toks[bestJ+1].w.act.Entry() == nil) {
			if sc.alias == nil {
				sc.alias = map[string]*actors.Entry{}
			}
			if k := sc.key(bestJ + 1); sc.alias[k] == nil {
				sc.alias[strings.Clone(k)] = best
			}
		}
		if best.Kind == actors.Person && bestJ-i >= 2 && (sc.toks[bestJ-1].cap || sc.toks[bestJ-1].hyph) { // ("Moon Jae-in")
			if sc.alias == nil {
				sc.alias = map[string]*actors.Entry{}
			}
			if k := sc.key(bestJ - 1); sc.alias[k] == nil && sc.toks[bestJ-1].cap {
				sc.alias[strings.Clone(k)] = best
			}
			// the family name comes first in Chinese, Korean and other
			// names ("Yoon Suk Yeol … Yoon"): the first word names the
			// person too, unless it is a title or a common word
			f := i
			for f < bestJ-1 && sc.cl(f, cTitle) {
				f++
			}
			if k := sc.key(f); f < bestJ-1 && sc.toks[f].cap && len(k) >= 2 && sc.alias[k] == nil && !sc.cl(f, cTitle) && sc.toks[f].cls&cFunc == 0 {
				sc.alias[strings.Clone(k)] = best
			}
		}
		if p := i - 1; p >= 0 {
			for p >= 0 && (sc.is(p, "THE") || sc.is(p, "A")) {
				p--
			}
			switch sc.key(maxInt(p, 0)) {
			case "OF":
				// "the Representative of Pakistan", "Sidhu of the Pakistan Air Force"
				a.inPP = p >= 1 && !sc.cl(p-1, cTitle) && !(sc.toks[p-1].cap && p-1 > 0)
				a.ofPP = a.inPP
			case "TO":
				// "a woman belonging to the BLA": the group acts through her
				a.inPP = true
				a.ofPP = p >= 1 && sc.is(p-1, "BELONGING")
			case "FROM":
				// "a suicide bomber from the Balochistan Liberation Army":
				// the group the people come from acts through them
				a.inPP = p >= 0
				a.ofPP = p >= 1 && fromPeople[sc.key(p-1)]
			case "IN", "AT", "NEAR", "ACROSS", "INSIDE", "OUTSIDE", "AROUND", "THROUGHOUT", "WITHIN", "VIA", "INTO", "TOWARD", "TOWARDS", "OVER", "FOR", "WITH", "AGAINST", "ON", "BY", "BETWEEN", "AMONG", "FOLLOWING", "AFTER", "DURING":
				a.inPP = p >= 0
				// "after the Trump administration had threatened …": a
				// conjunction opening a clause whose subject this is
				if sc.is(p, "AFTER") && bestJ < n && (sc.cl(bestJ, cBe) || auxWords[sc.key(bestJ)] ||
					!sc.toks[bestJ].cap && sc.toks[bestJ].kind == tWord && strings.HasSuffix(sc.key(bestJ), "ED")) {
					a.inPP = false
				}
			}
		}
		sc.acts = append(sc.acts, a)
		i = bestJ - 1
	}
	// "the three monarchies, joined by Egypt, severed …": the actor of the
	// aside acts with the subject
	for k := range sc.acts {
		if a := sc.acts[k]; a.i >= 3 && sc.is(a.i-1, "BY") && (sc.is(a.i-2, "JOINED") || sc.is(a.i-2, "ACCOMPANIED")) && sc.is(a.i-3, ",") {
			sc.acts[k].inPP, sc.acts[k].ofPP = false, false
		}
	}
	// "The European Union, for most of the period Kazakhstan's largest
	// trading partner, signed …": actors inside an aside between the
	// subject and its verb are not the subject
	for k := 0; k < len(sc.acts); k++ {
		a := sc.acts[k]
		if a.inPP || a.j >= len(sc.toks) || !sc.is(a.j, ",") {
			continue
		}
		c := -1
		for m := a.j + 1; m < len(sc.toks) && m <= a.j+14; m++ {
			if sc.is(m, ",") {
				c = m
				break
			}
			if sc.is(m, ";") || sc.is(m, ":") {
				break
			}
		}
		if c < 0 || c+1 >= len(sc.toks) {
			continue
		}
		v := sc.key(c + 1)
		if sc.toks[c+1].kind != tWord || sc.toks[c+1].cap || !(strings.HasSuffix(v, "ED") || pastIrregular[v] || auxWords[v]) {
			continue
		}
		for q := k + 1; q < len(sc.acts) && sc.acts[q].i < c; q++ {
			sc.acts[q].inPP = true
		}
		k++
	}
	// "After India and Pakistan exchanged strikes, …": a coordinated
	// subject of a subordinate clause is no prepositional object
	for k := 0; k < len(sc.acts); k++ {
		a := sc.acts[k]
		if !(sc.is(a.i-1, "AFTER") || sc.is(a.i-1, "BEFORE") || sc.is(a.i-1, "UNTIL")) {
			continue
		}
		m := k
		for m+1 < len(sc.acts) && sc.acts[m+1].i == sc.acts[m].j+1 && (sc.is(sc.acts[m].j, "AND") || sc.is(sc.acts[m].j, ",")) {
			m++
		}
		if m == k {
			continue
		}
		if j := sc.acts[m].j; j < len(sc.toks) && sc.toks[j].kind == tWord && !sc.toks[j].cap && (strings.HasSuffix(sc.key(j), "ED") || pastIrregular[sc.key(j)] || auxWords[sc.key(j)]) {
			for q := k; q <= m; q++ {
				sc.acts[q].inPP = false
			}
		}
	}
	// "Musharraf cut Pakistan's remaining ties with the Taliban": a
	// possessive on the object of a verb only qualifies the relationship;
	// the party is the one after "with"
	for k := range sc.acts {
		a := sc.acts[k]
		if a.e == nil || !sc.toks[a.j-1].poss || a.i == 0 || sc.toks[a.i-1].kind != tWord || sc.toks[a.i-1].cap {
			continue
		}
		if v := sc.key(a.i - 1); !(strings.HasSuffix(v, "ED") || pastIrregular[v] || v == "CUT" || v == "CUTS") {
			continue
		}
		if sc.relationWithAfter(a.j) {
			sc.acts[k].inPP = true
		}
	}
	sc.noteJunta()
	// groups: actors joined by and/or/commas/hyphens/brackets
	g := 0
	for k := range sc.acts {
		if k > 0 && (sc.joined(sc.acts[k-1].j, sc.acts[k].i) && !sc.loneComma(k) && !sc.newClauseSubject(k) && !sc.ppThenSubject(k) && !sc.acrossFronted(k) || sc.demonymTitleName(k) || sc.joinedByAside(k)) {
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

// unknownGivenName: the words before the one-word name at i are
// capitalised names the dictionaries lack, with no title before them.
func (sc *scratch) unknownGivenName(i int) bool {
	if len(sc.acts) > 0 && sc.acts[len(sc.acts)-1].j == i {
		return false
	}
	k := i - 1
	for k >= 0 && k >= i-3 && sc.toks[k].kind == tWord && sc.toks[k].cap && !sc.toks[k].upper && !sc.toks[k].poss &&
		sc.toks[k].cls&(cFunc|cTime|cClause) == 0 && !openerWords[sc.key(k)] && !sc.inDate(k) && months[sc.key(k)] == 0 && !sc.cl(k, cTitle) && (sc.toks[k].w == nil || !sc.toks[k].w.hasAct) {
		k--
	}
	return k < i-1 && (k < 0 || !sc.cl(k, cTitle) && !(sc.toks[k].kind == tWord && sc.toks[k].cap && k > 0))
}

// resolveWords are the lower-case words the actor rules start from
// ("both", "the country", "it", "the rebels", "the government of …"). A
// new rule that starts from another lower-case word must add it here, or
// the shortcut in findActors skips it.
var resolveWords = func() map[string]bool {
	m := map[string]bool{}
	for _, w := range []string{"ADMINISTRATION", "ALLIANCE", "AMENDMENT", "AMENDMENTS", "ARCHIPELAGO", "BLOC", "BOTH", "COUNTRY", "EMIR", "EMIRATE", "FUND",
		"GOVERNMENT", "HE", "HER", "HIS", "ISLAND", "IT", "JUNTA", "KING", "KINGDOM", "NORTH", "ORGANISATION", "ORGANIZATION",
		"PRINCE", "QUEEN", "REGIME", "REPUBLIC", "SHE", "COURT", "SOUTH", "SULTAN", "SULTANATE", "THEY", "TWO", "THREE", "FOUR", "ITS", "THEIR", "AGENCY", "COMMISSION", "COUNCIL"} {
		m[w] = true
	}
	for w := range groupNouns {
		m[w] = true
	}
	return m
}()

// openerWords open a sentence or clause and are never a given name
// ("When Gorbachev came to New Delhi").
var openerWords = map[string]bool{"WHEN": true, "AFTER": true, "BEFORE": true, "AS": true, "WHILE": true, "SINCE": true,
	"THEN": true, "YET": true, "BUT": true, "AND": true, "IN": true, "ON": true, "AT": true, "BY": true, "FOR": true,
	"WITH": true, "UNDER": true, "DURING": true, "ALTHOUGH": true, "THOUGH": true, "IF": true, "ONCE": true, "UNTIL": true,
	"WHERE": true, "THE": true, "A": true, "AN": true, "THIS": true, "THAT": true, "BOTH": true, "EVEN": true, "ONLY": true,
	"WHETHER": true, "BECAUSE": true, "NEITHER": true, "NOR": true, "SO": true, "ALSO": true, "MEANWHILE": true, "LATER": true}

// relationWithAfter: "ties with", "relations with" within three tokens
// from j ("Pakistan's remaining ties with the Taliban").
func (sc *scratch) relationWithAfter(j int) bool {
	for m := j; m < len(sc.toks) && m <= j+2; m++ {
		if (sc.is(m, "TIES") || sc.is(m, "RELATIONS") || sc.is(m, "LINKS")) && sc.is(m+1, "WITH") {
			return true
		}
	}
	return false
}

// acrossFronted: the comma closing a fronted subordinate phrase lies
// between actors k-1 and k ("After the 1965 war with India, the Soviet
// premier, Alexei Kosygin, hosted …").
func (sc *scratch) acrossFronted(k int) bool {
	c := sc.frontedPhraseEnd()
	return c > 0 && sc.acts[k-1].j <= c && sc.acts[k].i > c
}

// joinedByAside: "Britain, joined by Australia, invaded Iraq" — the
// co-actor of the aside is in the subject's group.
func (sc *scratch) joinedByAside(k int) bool {
	a := sc.acts[k]
	return a.i >= 3 && sc.acts[k-1].j == a.i-3 && !sc.acts[k-1].inPP && sc.is(a.i-1, "BY") &&
		(sc.is(a.i-2, "JOINED") || sc.is(a.i-2, "ACCOMPANIED")) && sc.is(a.i-3, ",")
}

// demonymTitleName: "Ethiopian Prime Minister Hailemariam Desalegn" — a
// demonym, titles, then the person: one actor.
func (sc *scratch) demonymTitleName(k int) bool {
	p, q := sc.acts[k-1], sc.acts[k]
	if p.e == nil || q.e == nil || p.e.Kind != actors.Demonym || q.e.Kind != actors.Person || q.i <= p.j {
		return false
	}
	for m := p.j; m < q.i; m++ {
		if !sc.toks[m].cap || !(sc.cl(m, cTitle) || nameTitles[sc.key(m)]) {
			return false
		}
	}
	return true
}

// loneComma: actors k-1 and k are separated by a bare comma and neither is
// joined to a further actor ("brokered by South Africa, Kigali agreed …"):
// two clauses meeting, not a list, which has three members or an "and".
func (sc *scratch) loneComma(k int) bool {
	// (also ", the": "With both men still in Libya, the Security Council
	// imposed …")
	if a, b := sc.acts[k-1].j, sc.acts[k].i; !(b-a == 1 && sc.is(a, ",") || b-a == 2 && sc.is(a, ",") && sc.is(a+1, "THE")) {
		return false
	}
	if k >= 2 && sc.joined(sc.acts[k-2].j, sc.acts[k-1].i) {
		return false
	}
	return k+1 >= len(sc.acts) || !sc.joined(sc.acts[k].j, sc.acts[k+1].i)
}

// newClauseSubject: actor k follows ", and" and is followed by its own
// verb ("annexed Kuwait, and the Security Council imposed …"): the subject
// of a new clause, not the last item of a list.
func (sc *scratch) newClauseSubject(k int) bool {
	a, b := sc.acts[k-1].j, sc.acts[k].i
	comma := false
	for m := a; m < b; m++ {
		if sc.is(m, ",") {
			comma = true
		}
	}
	if !comma || !sc.is(b-1, "AND") && !(sc.is(b-2, "AND") && sc.is(b-1, "THE")) {
		return false
	}
	j := sc.acts[k].j
	// "…, and the American bombing campaign that began …": a demonym
	// qualifying the next event, not a list member
	if e := sc.acts[k].e; e != nil && e.Kind == actors.Demonym && j < len(sc.toks) && sc.toks[j].kind == tWord && !sc.toks[j].cap &&
		sc.toks[j].w != nil && sc.toks[j].w.lex != nil && !peopleNouns[sc.key(j)] && strings.HasSuffix(sc.key(j), "ING") {
		return true
	}
	// "…, and Taiwan, pre-empting the formal break, announced …": an aside
	// between the subject and its verb
	if j < len(sc.toks) && sc.is(j, ",") && (k+1 >= len(sc.acts) || sc.acts[k+1].i > j+1) {
		m := j + 1
		for m < len(sc.toks) && m <= j+9 && !sc.is(m, ",") && !sc.inActor(m) && sc.toks[m].kind == tWord {
			m++
		}
		if m < len(sc.toks) && m > j+1 && sc.is(m, ",") {
			j = m + 1
		}
	}
	if j >= len(sc.toks) || sc.toks[j].kind != tWord || sc.toks[j].cap {
		return false
	}
	w := sc.key(j)
	return strings.HasSuffix(w, "ED") || pastIrregular[w] || w == "HAS" || w == "HAD" || w == "WAS" || w == "WERE" || w == "WILL" || w == "WOULD"
}

// ppThenSubject: "talks mediated by China, Saudi Arabia and Iran signed
// …": a bare comma after an actor in a prepositional phrase, and the
// actors after it end in their own verb — the subject of the main clause.
func (sc *scratch) ppThenSubject(k int) bool {
	a, b := sc.acts[k-1].j, sc.acts[k].i
	if b-a != 1 || !sc.is(a, ",") {
		return false
	}
	p := sc.acts[k-1].i - 1
	if !(sc.is(p, "BY") || sc.is(p, "IN") || sc.is(p, "FROM") || sc.is(p, "WITH")) {
		return false
	}
	m := k
	for m+1 < len(sc.acts) && sc.joined(sc.acts[m].j, sc.acts[m+1].i) {
		m++
	}
	j := sc.acts[m].j
	if j >= len(sc.toks) || sc.toks[j].kind != tWord || sc.toks[j].cap {
		return false
	}
	w := sc.key(j)
	return strings.HasSuffix(w, "ED") || pastIrregular[w] || w == "HAVE" || w == "HAD" || w == "WERE" || w == "WILL"
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
	if i == 0 || i == 1 && (sc.is(0, "-") || sc.is(0, "*") || sc.is(0, "•")) {
		return true // (a list item's first word)
	}
	if !sc.is(i-1, ",") {
		// "In October 2001 it opened …", "During a stop in Lahore on 1
		// August 1969 he asked …": a fronted phrase ending in a date
		if !sc.inDate(i - 1) {
			return false
		}
		if sc.is(0, "DURING") || sc.is(0, "AFTER") || sc.is(0, "AT") || sc.is(0, "FOLLOWING") {
			return true
		}
		for k := 0; k < i; k++ {
			if !(sc.inDate(k) || sc.is(k, "IN") || sc.is(k, "ON") || sc.is(k, "BY")) {
				return false
			}
		}
		return true
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
	and, dated, title := false, false, false
	if b-a > 8 {
		return false
	}
	// "Russia, Armenia's treaty ally, …": an appositive, not a list
	// ("…, Sudan's Omar al-Bashir and …" is a list: a name follows)
	if b < len(sc.toks) && sc.is(b-1, ",") && b-a == 1 && sc.possAt(b) && !(b+1 < len(sc.toks) && sc.toks[b+1].kind == tWord && sc.toks[b+1].cap) {
		return false
	}
	for i := a; i < b; i++ {
		switch sc.key(i) {
		case "AND", "OR", "&", "NOR":
			and = true
		case ",", "(", ")", "THE", "/", "–", "—", "BOTH", "AS", "WELL":
		case "HIS", "HER":
			// "Abe and his Australian counterpart John Howard"
			if !and {
				return false
			}
		case "COUNTERPART", "COUNTERPARTS":
			if i != a {
				return false
			}
		case "IN", "ON":
			if !sc.inDate(i + 1) {
				return false
			}
		default:
			if sc.inDate(i) {
				dated = true
				continue
			}
			// "Indian soldiers and Chinese": the people a demonym qualifies
			if i == a && peopleNouns[sc.key(i)] {
				continue
			}
			// "twenty Indian soldiers and at least four Chinese": a count before the next member
			if and && (sc.toks[i].kind == tNum || numberWords[sc.key(i)] > 0 || countWords[sc.key(i)]) {
				continue
			}
			// "Yoon and Prime Minister Fumio Kishida", "President Gurbanguly
			// Berdimuhamedow, Prime Minister Nawaz Sharif and …": a title
			// before the next name
			if (and || sc.is(a, ",") && i > a && sc.listGoesOn(b)) && (sc.cl(i, cTitle) || nameTitles[sc.key(i)]) && sc.toks[i].cap {
				continue
			}
			// "the US envoy Steve Witkoff and Iran's …": a title and a name
			// the dictionaries lack after the first member
			if !and && i == a && (sc.cl(i, cTitle) || nameTitles[sc.key(i)]) && !sc.toks[i].poss {
				title = true
				continue
			}
			if !and && title && sc.toks[i].kind == tWord && sc.toks[i].cap && !sc.toks[i].poss {
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
	sc.sentPair = [2]string{}
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
		if sc.cl(sc.acts[k].i-1, cTime) {
			// "during India-Pakistan conflicts": a circumstance, not the topic
			for k < len(sc.acts) && sc.acts[k].group == g {
				k++
			}
			k--
			continue
		}
		var codes [3]string
		n := 0
		for ; k < len(sc.acts) && sc.acts[k].group == g; k++ {
			a := sc.acts[k]
			if a.e != nil && !a.state && a.e.Kind == actors.Org {
				n = 3 // "China, Russia and the BRICS": a list, not a dyad
			}
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
		sc.sentPair = last // an explicitly coordinated pair in this sentence
		return
	}
	// "China's partnership with Pakistan", "Russia's relations with India":
	// a possessor and the partner of a relationship noun
	for k, a := range sc.acts {
		if !a.state || a.e == nil || !sc.toks[a.j-1].poss || k+1 >= len(sc.acts) {
			continue // (not "the three states'": a list stands for no one state)
		}
		b := sc.acts[k+1]
		if !b.state || b.e == nil || b.e.Code == a.e.Code || b.i > a.j+4 || !sc.is(b.i-1, "WITH") {
			continue
		}
		for m := a.j; m < b.i-1; m++ {
			switch sc.key(m) {
			case "PARTNERSHIP", "RELATIONSHIP", "RELATIONS", "TIES", "ALLIANCE", "COOPERATION", "ENGAGEMENT":
				sc.seePair([2]string{a.e.Code, b.e.Code})
				return
			}
		}
	}
	var a, b string
	circ := -1
	for k, x := range sc.acts {
		// a coordinated group behind a temporal preposition ("during
		// India-Pakistan conflicts") is a circumstance, not the topic
		if sc.cl(x.i-1, cTime) && k+1 < len(sc.acts) && sc.acts[k+1].group == x.group {
			circ = x.group
		}
		if x.e == nil || !x.state || x.group == circ || x.e.Capital && sc.is(x.i-1, "AT") {
			continue // ("the surrender at Dacca": a place, not a party)
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
	if a != "" && b != "" && !sc.contrastedSubjects() {
		sc.seePair([2]string{a, b})
	}
}

// contrastedSubjects: the sentence sets two subjects side by side
// ("India has played a quieter version of the same game, while Russia has
// played a cruder one"): two stories, not a dyad.
func (sc *scratch) contrastedSubjects() bool {
	if len(sc.acts) < 2 || sc.acts[0].i > 1 || sc.acts[0].inPP {
		return false
	}
	for _, x := range sc.acts[1:] {
		if x.e == nil || !x.state {
			continue
		}
		p := x.i - 1
		if sc.is(p, "THE") {
			p--
		}
		return (sc.is(p, "WHILE") || sc.is(p, "WHEREAS")) && sc.is(p-1, ",")
	}
	return false
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
	// the section heading's dyad ("Saudi Arabia and Qatar") outweighs a
	// pair met once in its text
	hp := sc.headPair
	if hp[0] > hp[1] {
		hp[0], hp[1] = hp[1], hp[0]
	}
	weight := func(q [2]string) int {
		s := sc.pairDoc[q] + 2*sc.pairPar[q]
		if q == hp {
			s += 2
		}
		return s
	}
	best, bs := p, weight(p)
	for q := range sc.pairPar {
		s := weight(q)
		if s > bs || s == bs && best != p && (q[0] < best[0] || q[0] == best[0] && q[1] < best[1]) {
			best, bs = q, s
		}
	}
	sc.pair = best
}

// focusDominant: the focus state is the document's clear topic (named at
// least twice as often as any other state), as in an article about
// Pakistan's relations; in a survey of many dyads there is no implicit
// recipient.
func (sc *scratch) focusDominant() bool {
	if sc.focus == "" {
		return false
	}
	f := sc.counts[sc.focus]
	// the one state a title names ("How Pakistan Bought Time") need only
	// lead; any other focus must lead by half again
	lead := 3
	if sc.focus == sc.titleOne {
		lead = 2
	}
	for c, n := range sc.counts {
		if c != sc.focus && lead*n > 2*f {
			return false
		}
	}
	return f >= 3
}

// rememberSubject keeps the sentence's first subject actor (not inside a
// prepositional phrase) for a pronoun in the next sentence.
func (sc *scratch) rememberSubject() {
	for k := len(sc.acts) - 1; k >= 0; k-- {
		if e := sc.acts[k].e; e != nil && e.Kind == actors.Org {
			sc.lastOrg = e
			break
		}
	}
	for _, a := range sc.acts {
		if a.e != nil && a.e.Kind == actors.Org && (a.e.Code == "ICJ" || a.e.Code == "ICC") {
			sc.lastCourt = a.e
		}
		if a.e != nil && a.e.Kind == actors.Org && bankCodes[a.e.Code] {
			sc.lastBank = a.e
		}
		if a.e != nil && a.e.Kind == actors.Org && (a.e.Code == "IAEA" || a.e.Code == "OPCW") {
			sc.lastAgency = a.e
		}
		if a.e != nil && a.e.Kind == actors.Org && a.e.Code == "EU" {
			sc.lastEU, sc.lastCouncil = a.e, a.e
			sc.euNamed = sc.euNamed || !(a.j == a.i+1 && sc.is(a.i, "BRUSSELS"))
		}
		if a.e != nil && a.e.Code == "UNO" && sc.is(a.j-1, "ASSEMBLY") {
			sc.lastAssembly = a.e
		}
		if a.e != nil && (a.j < len(sc.toks) && sc.is(a.j, "ADMINISTRATION") && !sc.toks[a.j].cap || a.j > a.i+1 && sc.is(a.j-1, "ADMINISTRATION") && !sc.toks[a.j-1].cap) &&
			sc.x.dict.IsState(a.e.Code) {
			sc.lastAdmin = sc.x.dict.StateEntry(a.e.Code)
		}

		if a.e != nil && a.e.Code == "UNO" && sc.is(a.j-1, "COUNCIL") {
			sc.lastCouncil = a.e // "the Security Council": "the Council" is the UN's
		}
	}
	// "Kennedy admired Ayub, but his administration …": the subject's
	if len(sc.acts) > 0 && sc.acts[0].e != nil && sc.acts[0].e.Kind == actors.Person && sc.x.dict.IsState(sc.acts[0].e.Code) {
		for k := sc.acts[0].j; k+1 < len(sc.toks); k++ {
			if (sc.is(k, "HIS") || sc.is(k, "HER")) && sc.is(k+1, "ADMINISTRATION") {
				sc.lastAdmin = sc.x.dict.StateEntry(sc.acts[0].e.Code)
				break
			}
		}
	}
	for k := len(sc.acts) - 1; k >= 0; k-- {
		if e := sc.acts[k].e; e != nil && e.Kind == actors.Group {
			sc.lastGroup = e
			break
		}
	}
	for k := len(sc.acts) - 1; k >= 0; k-- {
		a := sc.acts[k]
		if a.e != nil && (a.e.Kind == actors.Org || a.e.Kind == actors.Group) && a.j-a.i >= 1 && !a.pair {
			if sc.is(a.j-1, "ALLIANCE") || a.e.Kind == actors.Org && !strings.Contains(strings.ToUpper(a.e.Name), "ALLIANCE") {
				sc.lastAlliance = a.e // the latest alliance-like body named
			}
			break
		}
	}
	for _, a := range sc.acts {
		if a.state && a.e != nil && len(a.multi) == 0 {
			c := a.e.Code
			sc.recent = slices.DeleteFunc(sc.recent, func(x string) bool { return x == c })
			sc.recent = slices.Insert(sc.recent, 0, c)
		}
	}
	if len(sc.recent) > 8 {
		sc.recent = sc.recent[:8]
	}
	sc.prevSubj, sc.prevPerson = nil, nil
	sc.prevGroup = sc.prevGroup[:0]
	for _, a := range sc.acts {
		if a.e != nil && a.e.Kind == actors.Person && !a.inPP {
			sc.prevPerson = a.e
			break
		}
	}
	for _, a := range sc.acts {
		if a.e != nil && !a.inPP && !sc.toks[a.j-1].poss {
			sc.prevSubj = a.e
			sc.prevGroup = sc.groupCodes(a.group, 0, sc.prevGroup)
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
		if sc.docFirst && !x.inPP {
			sc.counts[x.e.Code]++ // (the subject of an untitled text's first sentence counts double)
		}
		if sc.docTitle {
			sc.counts[x.e.Code] += 2 // the state a title names is what the text is about
			if sc.titleOne == "" {
				sc.titleOne = x.e.Code
			} else if sc.titleOne != x.e.Code {
				sc.titleOne = "-"
			}
		}
		if sc.focus == "" || sc.counts[x.e.Code] > sc.counts[sc.focus] {
			sc.focus = x.e.Code
		}
	}
	// "Few African states have been courted … as often as Guinea.": the one
	// state an untitled text's first sentence names is its subject, as a
	// title's would be
	if sc.docFirst && sc.titleOne == "" {
		for _, x := range sc.acts {
			if x.e == nil || !x.state {
				continue
			}
			if sc.titleOne == "" {
				sc.titleOne = x.e.Code
			} else if sc.titleOne != x.e.Code {
				sc.titleOne = "-"
			}
		}
	}
}

// noteJunta remembers the state of "Mali's junta", "the Malian junta",
// "the coup in Niamey" for a later "the junta".
func (sc *scratch) noteJunta() {
	sc.juntaAge++
	for _, a := range sc.acts {
		if !a.state || a.e == nil {
			continue
		}
		if sc.is(a.j, "JUNTA") || sc.is(a.j, "REGIME") || sc.is(a.j, "COUP") || sc.is(a.j, "MILITARY") && sc.is(a.j+1, "JUNTA") {
			sc.juntaOf, sc.juntaAge = a.e, 0
		}
		if (sc.is(a.i-1, "IN") && (sc.is(a.i-2, "COUP") || sc.is(a.i-2, "JUNTA"))) || sc.is(a.i-1, "OF") && sc.is(a.i-2, "JUNTA") {
			sc.juntaOf, sc.juntaAge = a.e, 0
		}
	}
}

// actorNext: an actor starts at token i.
func (sc *scratch) actorNext(i int) bool {
	for _, a := range sc.acts {
		if a.i == i {
			return true
		}
	}
	return false
}

// namedBodyAt: the body a short common name at i stands for, from the
// bodies the text has named ("the Bank", "the agency", "the Commission",
// "the Council"), or nil.
func (sc *scratch) namedBodyAt(i int) *actors.Entry {
	switch sc.key(i) {
	case "BANK":
		return sc.lastBank
	case "ASSEMBLY":
		return sc.lastAssembly // "the Assembly" after "the General Assembly"
	case "AGENCY":
		return sc.lastAgency
	case "ADMINISTRATION":
		if sc.toks[i].cap {
			return nil
		}
		return sc.lastAdmin // "the administration" after "the Johnson administration"
	case "COMMISSION", "COUNCIL":
		if sc.is(i+1, "ON") || sc.is(i+1, "FOR") {
			return nil // "the Council on Foreign Relations": another body
		}
		if sc.is(i, "COMMISSION") {
			return sc.lastEU
		}
		e := sc.lastCouncil
		for _, a := range sc.acts {
			if e != nil && a.e != nil && sc.is(a.j-1, "COUNCIL") {
				e = a.e // "asked the Security Council …, and the Council met"
			}
		}
		return e
	}
	return nil
}

// bankCodes are the lending banks "the Bank" can stand for.
var bankCodes = map[string]bool{"WB": true, "ADB": true, "AIIB": true, "NDB": true, "EIB": true, "AFDB": true, "IDB": true, "EBRD": true, "ISDB": true}

// surnameFits: a bare surname stands alone between non-names and acts:
// "Sadat expelled …", "Nasser's Egypt", "… when Nixon visited"; not "During
// Modi's visit" or "the Galwan Valley".
func (sc *scratch) surnameFits(i, j int) bool {
	if !sc.toks[i].cap || sc.toks[i].upper {
		return false
	}
	if i > 0 && personTitle(sc.key(i-1)) {
		// "General Zia removed Prime Minister Bhutto", "Mrs Gandhi": a
		// title names a person; anything but another name may follow (not a
		// royal title: "Prince Turki" is a given name)
		return j >= len(sc.toks) || !(sc.toks[j].cap && sc.toks[j].kind == tWord)
	}
	if i > 0 && (sc.toks[i-1].cap && !sc.sentenceStart(i) && !openerWords[sc.key(i-1)] || sc.is(i-1, "THE") || sc.is(i-1, "A")) {
		return false // ("When Gorbachev came …": an opening word, not a first name)
	}
	if sc.toks[j-1].poss {
		return true
	}
	if i > 1 && !sc.toks[i-1].cap && sc.toks[i-1].kind == tWord && (strings.HasSuffix(sc.key(i-1), "ED") || pastIrregular[sc.key(i-1)]) &&
		!sc.is(i-2, "THE") && !sc.is(i-2, "A") && !sc.is(i-2, "AN") && !sc.is(i-2, "ITS") && !sc.is(i-2, "THEIR") && !sc.is(i-2, "SO") && !namingVerbs[sc.key(i-1)] &&
		(j >= len(sc.toks) || !(sc.toks[j].cap && sc.toks[j].kind == tWord)) {
		return true // "Khrushchev denounced Hammarskjöld as …": the object of a verb
	}
	if j >= len(sc.toks) || sc.toks[j].kind != tWord || sc.toks[j].cap {
		return false
	}
	k := sc.key(j)
	if k == "AND" && j+1 < len(sc.toks) && sc.toks[j+1].cap && sc.toks[j+1].kind == tWord {
		// "Bhutto and Indira Gandhi held talks", "Bhutto and President
		// Nixon": a list of leaders (not "Marks and Spencer")
		next := sc.key(j + 1)
		return nameTitles[next] || titleWords[next] || honorifics[next] || next == "MRS" || next == "MR" ||
			sc.toks[j+1].w != nil && sc.toks[j+1].w.hasAct
	}
	return strings.HasSuffix(k, "ED") || pastIrregular[k] || surnameVerbs[k]
}

// personTitle: a word that stands before a person's surname.
func personTitle(k string) bool {
	switch k {
	case "MR", "MRS", "MS", "DR", "COLONEL", "COL", "GEN", "LT", "MAJOR", "CAPTAIN", "ADMIRAL", "SENATOR", "AYATOLLAH", "CHAIRMAN",
		"PRESIDENT", "MINISTER", "PREMIER", "GENERAL", "MARSHAL", "CHANCELLOR", "SECRETARY":
		return true
	}
	return false
}

// surnameVerbs follow a person's name as its verb.
var surnameVerbs = map[string]bool{"SAID": true, "HAS": true, "HAD": true, "WAS": true, "WILL": true, "WOULD": true,
	"TOLD": true, "MET": true, "SIGNS": true, "VISITS": true, "MEETS": true, "SAYS": true, "CALLED": true, "THEN": true,
	"ALSO": true, "LATER": true}

// foundingNouns: documents and acts that create a body ("the charter of").
var foundingNouns = map[string]bool{"DECLARATION": true, "CHARTER": true, "STATUTE": true, "CONSTITUTION": true, "CREATION": true,
	"FOUNDING": true, "ESTABLISHMENT": true, "FORMATION": true, "TREATY": true, "STATUTES": true}

// opensDocumentName: capitalised words from j end in a document's noun
// ("Peace Declaration", "Accord").
func (sc *scratch) opensDocumentName(j int) bool {
	for k := j; k < len(sc.toks) && k < j+4; k++ {
		if sc.toks[k].kind != tWord || !sc.toks[k].cap {
			return false
		}
		switch sc.key(k) {
		case "DECLARATION", "ACCORD", "ACCORDS", "AGREEMENT", "TREATY", "PROTOCOL", "PACT", "CHARTER", "COMMUNIQUE":
			return true
		}
	}
	return false
}

// createdBody: the body named at i is what a document or act before it
// creates ("the charter of the OAU", "establishing the Economic Community").
func (sc *scratch) createdBody(i int) bool {
	p := i - 1
	if sc.is(p, "THE") {
		p--
	}
	if p < 0 {
		return false
	}
	return foundingVerbs[sc.key(p)] || p >= 1 && sc.is(p, "OF") && foundingNouns[sc.key(p-1)]
}

// foundingVerbs: "the Treaty of Lagos establishing the Economic Community".
var foundingVerbs = map[string]bool{"ESTABLISHING": true, "CREATING": true, "FOUNDING": true, "FORMING": true, "LAUNCHING": true}

// eponymHeads: nouns a leader's name gives its name to ("the Eisenhower
// Doctrine", "the Marshall Plan"), where the name still names the leader's state.
var eponymHeads = map[string]bool{"DOCTRINE": true, "PLAN": true, "ADMINISTRATION": true, "GOVERNMENT": true, "CABINET": true,
	"REGIME": true, "ERA": true, "YEARS": true, "AMENDMENT": true, "ACT": true, "INITIATIVE": true, "PROGRAMME": true, "PROGRAM": true,
	"DECLARATION": true, "FORMULA": true, "PROPOSALS": true, "PROPOSAL": true, "MISSION": true, "VISIT": true, "SUMMIT": true}

// ledBodies: "X-led coalition" and the like act for their leader.
var ledBodies = map[string]bool{"COALITION": true, "FORCES": true, "FORCE": true, "TROOPS": true, "OPERATION": true,
	"INTERVENTION": true, "CAMPAIGN": true, "MISSION": true}

// ledActs: acts whose leader acts ("the US-led invasion of Iraq").
var ledActs = map[string]bool{"INVASION": true, "OFFENSIVE": true, "OCCUPATION": true, "BLOCKADE": true, "AIRSTRIKES": true,
	"STRIKES": true, "BOMBING": true}

// honorifics come before a person's name.
var honorifics = map[string]bool{"SHEIKH": true, "SHAIKH": true, "EMIR": true, "SULTAN": true, "KING": true, "PRINCE": true, "QUEEN": true}

// phraseKey joins the keys of tokens [i, j) with spaces.
func (sc *scratch) phraseKey(i, j int) string {
	if j == i+1 {
		return sc.key(i)
	}
	var b strings.Builder
	for k := i; k < j; k++ {
		if k > i {
			b.WriteByte(' ')
		}
		b.WriteString(sc.key(k))
	}
	return b.String()
}

// partiesBefore counts the distinct actors found so far other than code.
func (sc *scratch) partiesBefore(code string) int {
	n := 0
	for k, a := range sc.acts {
		if a.e == nil || a.e.Code == code {
			continue
		}
		dup := false
		for _, b := range sc.acts[:k] {
			if b.e != nil && b.e.Code == a.e.Code {
				dup = true
				break
			}
		}
		if !dup {
			n++
		}
	}
	return n
}

// hubBodies sit or meet in a hub city ("a tribunal in The Hague", "talks
// in New York").
var hubBodies = map[string]bool{"TRIBUNAL": true, "COURT": true, "TALKS": true, "CONFERENCE": true, "MEETING": true, "SUMMIT": true,
	"NEGOTIATIONS": true, "BOARD": true, "HEADQUARTERS": true, "AGENCY": true, "COUNCIL": true, "ASSEMBLY": true, "SESSION": true}

// hubCities seat international bodies and host talks between others.
var hubCities = map[string]bool{"GENEVA": true, "VIENNA": true, "NEW YORK": true, "HAGUE": true, "THE HAGUE": true, "STRASBOURG": true}

// legalNouns: actions brought before a court or a trade body.
var legalNouns = map[string]bool{"COMPLAINT": true, "COMPLAINTS": true, "CASE": true, "PROCEEDINGS": true, "LAWSUIT": true, "CHALLENGE": true, "DISPUTE": true, "FILING": true}

// memberNouns: one state of a bloc ("an ASEAN state", "a NATO member").
var memberNouns = map[string]bool{"STATE": true, "COUNTRY": true, "NATION": true, "MEMBER": true, "GOVERNMENT": true, "ECONOMY": true}

// venueNouns: gatherings whose place is not a party to them.
var venueNouns = map[string]bool{"MEETING": true, "SUMMIT": true, "CONFERENCE": true, "SESSION": true, "GATHERING": true,
	"FORUM": true, "CEREMONY": true, "CONGRESS": true, "ASSEMBLY": true, "MINISTERIAL": true}

// namePrefix: lower-case particles that open a proper name.
var namePrefix = map[string]bool{"AL": true, "EL": true, "AD": true, "AS": true, "ASH": true, "AN": true, "AR": true, "AZ": true}

// fromPeople: "a bomber from X", "fighters from X": X acts through them.
var fromPeople = map[string]bool{"BOMBER": true, "BOMBERS": true, "GUNMEN": true, "GUNMAN": true, "FIGHTERS": true,
	"MILITANTS": true, "SOLDIERS": true, "TROOPS": true, "FORCES": true, "OFFICIALS": true, "DIPLOMATS": true,
	"DELEGATION": true, "DELEGATIONS": true, "ENVOY": true, "ENVOYS": true, "MEMBERS": true, "UNITS": true,
	"MINISTERS": true, "NEGOTIATORS": true, "TEAM": true, "TEAMS": true, "AGENTS": true, "COMMANDOS": true}

// groupNouns after "the" refer to the latest armed group named.
var groupNouns = map[string]bool{"REBELS": true, "INSURGENTS": true, "MILITANTS": true, "MILITIA": true,
	"GUERRILLAS": true, "INSURGENCY": true, "JIHADISTS": true, "GROUP": true, "MOVEMENT": true, "MILITIAS": true}

// docWords follow a place in the name of a document ("the Geneva Agreement").
var venueWords = map[string]bool{"SUMMIT": true, "SUMMITS": true, "CONFERENCE": true, "TALKS": true, "MEETING": true,
	"PROCESS": true, "FORMAT": true, "ROUND": true, "COMMUNIQUE": true, "FORUM": true}

var docWords = map[string]bool{"AGREEMENT": true, "AGREEMENTS": true, "ACCORD": true, "ACCORDS": true,
	"PROTOCOL": true, "DECLARATION": true, "CONVENTION": true}

// isGroupHead: the word ends the names of armed and political movements.
func isGroupHead(k string) bool {
	switch k {
	case "FRONT", "MOVEMENT", "UNION", "FORCES", "ARMY", "BRIGADES", "BRIGADE", "MILITIA", "MILITIAS":
		return true
	}
	return false
}

// stateForceWords name a state's own forces ("Sudanese Armed Forces").
var stateForceWords = map[string]bool{"ARMED": true, "NATIONAL": true, "ROYAL": true, "DEFENCE": true, "DEFENSE": true,
	"SELF": true, "SPECIAL": true, "REGULAR": true, "PEOPLE": true, "POPULAR": true}

// dictEnd returns the end of the dictionary's longest actor match at i
// (i itself when there is none).
func (sc *scratch) dictEnd(i int) int {
	t := &sc.toks[i]
	if t.w == nil || !t.w.hasAct {
		return i
	}
	c := t.w.act
	end := i
	if c.Entry() != nil {
		end = i + 1
	}
	for j := i + 1; j < len(sc.toks) && j < i+10; j++ {
		if sc.toks[j].kind == tPunct && !sc.is(j, "'") || !c.Next(sc.keys[sc.toks[j].ks:sc.toks[j].ke]) {
			break
		}
		if c.Entry() != nil {
			end = j + 1
		}
	}
	return end
}

// groupName reads a capitalised name ending in a movement's head noun that
// the dictionaries lack ("the Tigray People's Liberation Front (TPLF)",
// "the Islamic Courts Union"): a non-state group, coded by the acronym
// glossed after it, else by its initials. The acronym alone then names it
// for the rest of the document.
func (sc *scratch) groupName(i int) (*actors.Entry, int) {
	n := len(sc.toks)
	head := -1
	words := 0
	stateWord := false
	last := -1
	for k := i; k < n && k < i+8; k++ {
		tk := &sc.toks[k]
		if tk.kind != tWord {
			break
		}
		if tk.cap {
			last = k
		}
		if !tk.cap {
			if (sc.is(k, "OF") || sc.is(k, "FOR") || sc.is(k, "AND")) && k+1 < n && sc.toks[k+1].cap && k > i {
				continue
			}
			break
		}
		words++
		if tk.cap && isGroupHead(sc.key(k)) {
			head = k
		}
		if tk.w != nil && tk.w.hasAct {
			if e := sc.entryAt(k); e != nil && (e.Kind == actors.State || e.Kind == actors.Demonym) {
				stateWord = true
			}
		}
		if tk.poss && !sc.is(k, "PEOPLE") && !sc.is(k, "PEOPLES") {
			break // "Russia's Wagner Group": a possessive ends the name
		}
	}
	if head < i+1 || head != last || words < 2 || sc.is(i, "THE") {
		return nil, 0
	}
	if sc.is(head, "UNION") && sc.is(i-1, "THE") && i > 1 && sc.agreedAt(i-2) {
		return nil, 0 // "had signed the Falepili Union": a treaty's name
	}
	for k := i + 1; k <= head && sc.dictEnd(i) <= head; k++ {
		if sc.toks[k].cap && sc.dictEnd(k) > head {
			return nil, 0 // "the Chinese People's Liberation Army": a demonym and a known body
		}
	}
	if sc.dictEnd(i) > head {
		// the dictionary's reading wins, except where it files a movement
		// under the state it fights ("Sudan People's Liberation Movement")
		e := sc.entryAt(i)
		if c := sc.toks[i].w.act; true {
			for k := i + 1; k <= head; k++ {
				c.Next(sc.keys[sc.toks[k].ks:sc.toks[k].ke])
			}
			e = c.Entry()
		}
		if e == nil || !sc.x.dict.IsState(e.Code) || !(sc.is(head, "FRONT") || sc.is(head, "MOVEMENT") || sc.is(head, "BRIGADES") || sc.is(head, "MILITIA")) {
			return nil, 0
		}
	}
	if stateWord && (sc.is(head, "FORCES") || sc.is(head, "ARMY")) {
		only := true
		for k := i; k < head; k++ {
			if e := sc.entryAt(k); e == nil && !stateForceWords[sc.key(k)] {
				only = false
			}
		}
		if only {
			return nil, 0 // "Sudanese Armed Forces", "Pakistan Army": a state's own
		}
	}
	var code []byte
	for k := i; k <= head; k++ {
		if sc.toks[k].cap {
			code = append(code, sc.key(k)[0])
		}
	}
	j := head + 1
	if j+2 < n && sc.is(j, "(") && sc.toks[j+1].upper && sc.is(j+2, ")") && len(sc.key(j+1)) >= 2 {
		code = []byte(sc.key(j + 1))
		j += 3
	}
	if len(code) < 2 {
		return nil, 0
	}
	e := &actors.Entry{Code: string(code), Kind: actors.Group, Name: string(code)}
	if sc.alias == nil {
		sc.alias = map[string]*actors.Entry{}
	}
	if sc.alias[e.Code] == nil {
		sc.alias[e.Code] = e
	} else {
		e = sc.alias[e.Code]
	}
	return e, j
}

// entryAt returns the dictionary entry of the one-word actor at token k.
func (sc *scratch) entryAt(k int) *actors.Entry {
	if w := sc.toks[k].w; w != nil && w.hasAct {
		return w.act.Entry()
	}
	return nil
}

// nameTitles are words of titles before a name that titleWords lacks.
var nameTitles = map[string]bool{"PRIME": true, "FOREIGN": true, "VICE": true, "CROWN": true, "PRINCE": true,
	"GENERAL": true, "FIELD": true, "MARSHAL": true, "CHANCELLOR": true, "SHEIKH": true, "EMIR": true, "QUEEN": true}

var countWords = map[string]bool{"AT": true, "LEAST": true, "SOME": true, "ABOUT": true, "NEARLY": true, "ALMOST": true, "OVER": true, "DOZENS": true, "HUNDREDS": true}

var peopleNouns = map[string]bool{"SOLDIERS": true, "TROOPS": true, "OFFICIALS": true, "NATIONALS": true, "CITIZENS": true,
	"SAILORS": true, "FISHERMEN": true, "DIPLOMATS": true, "PERSONNEL": true}

var auxWords = map[string]bool{"HAD": true, "HAS": true, "HAVE": true, "WOULD": true, "COULD": true, "DID": true, "WILL": true}

// kingdoms and emirates that "the kingdom" and "the emirate" may stand for.
var kingdoms = map[string]bool{"SAU": true, "GBR": true, "JOR": true, "MAR": true, "BHR": true, "NLD": true, "BEL": true,
	"ESP": true, "SWE": true, "NOR": true, "DNK": true, "THA": true, "KHM": true, "BTN": true, "NPL": true, "LSO": true,
	"SWZ": true, "TON": true, "OMN": true, "AFG": true, "LBY": true, "EGY": true, "IRQ": true, "IRN": true, "YEM": true}
var emirates = map[string]bool{"QAT": true, "KWT": true, "ARE": true, "AFG": true}

// monarch reads "King Fahd", "Crown Prince Abdullah bin Abdulaziz" after
// the title at i and returns the ruler as a person of the latest kingdom or
// emirate named (in the sentence, as the last subject, or as the text's
// focus), or nil when none is known.
// leaderTitle returns the length of a head-of-government or minister
// title at i ("President", "Prime Minister"), or 0.
func (sc *scratch) leaderTitle(i int) int {
	switch sc.key(i) {
	case "PRESIDENT", "PREMIER", "CHANCELLOR":
		return 1
	case "PRIME", "FOREIGN", "DEFENCE", "DEFENSE":
		if sc.is(i+1, "MINISTER") && sc.toks[i+1].cap {
			return 2
		}
	}
	return 0
}

// titledLeader reads the unknown name after a title ending at j (two to
// four capitalised words no dictionary knows) and gives it the state of
// the passage: the nearest state acting before it in the sentence, else
// the previous sentence's subject, else the document's dominant focus.
// The surname is remembered for later sentences.
func (sc *scratch) titledLeader(i, j int) (*actors.Entry, int) {
	k := j
	for k < len(sc.toks) && k < j+4 && sc.toks[k].kind == tWord && sc.toks[k].cap && !sc.toks[k].upper &&
		(sc.toks[k].w == nil || !sc.toks[k].w.hasAct || sc.dictEnd(k) == k && k+1 < len(sc.toks) && sc.toks[k+1].cap) && !sc.inDate(k) && months[sc.key(k)] == 0 && sc.toks[k].cls&cFunc == 0 {
		k++ // (a given name that only starts dictionary phrases: "Mohammad")
	}
	// "Prime Minister Mohammad Ali Bogra": a family name that is also a
	// town's ends the unknown name
	town := false
	if k >= j+2 && k < len(sc.toks) && sc.toks[k].kind == tWord && sc.toks[k].cap {
		if e := sc.entryAt(k); e != nil && e.Kind == actors.State && !e.Capital && sc.dictEnd(k) == k+1 &&
			!strings.EqualFold(sc.sent[sc.toks[k].s:sc.toks[k].e], sc.x.dict.StateName(e.Code)) && !(k+1 < len(sc.toks) && sc.toks[k+1].kind == tWord && sc.toks[k+1].cap) {
			k++
			town = true
		}
	}
	if k < j+2 || k < len(sc.toks) && (sc.is(k, "OF") || sc.toks[k].kind == tWord && sc.toks[k].cap) {
		return nil, 0
	}
	var st *actors.Entry
	for m := len(sc.acts) - 1; m >= 0; m-- {
		if a := sc.acts[m]; a.state && a.e != nil && !a.inPP && a.e.Kind != actors.Demonym && !sc.is(a.i-1, "ITS") && !sc.is(a.i-1, "THEIR") {
			st = a.e // (not "its Russia policy": a modifier)
			break
		}
	}
	if st == nil && sc.prevSubj != nil && sc.x.dict.IsState(sc.prevSubj.Code) {
		st = sc.prevSubj
	}
	if st == nil && sc.focusDominant() {
		st = sc.x.dict.StateEntry(sc.focus)
	}
	if st == nil && town && sc.focus != "" {
		st = sc.x.dict.StateEntry(sc.focus) // (a town's name is no state's leader either way)
	}
	if st == nil {
		return nil, 0
	}
	return sc.personOf(st, k-1), k
}

// personOf makes a leader the dictionaries lack a person of state st and
// remembers the name's last word (at token last) for later sentences.
func (sc *scratch) personOf(st *actors.Entry, last int) *actors.Entry {
	e := &actors.Entry{Code: st.Code, Kind: actors.Person, Name: st.Name}
	if sc.alias == nil {
		sc.alias = map[string]*actors.Entry{}
	}
	if key := sc.key(last); sc.alias[key] == nil {
		sc.alias[strings.Clone(key)] = e
	}
	return e
}

func (sc *scratch) monarch(i int) (*actors.Entry, int) {
	j := i + 1
	for j < len(sc.toks) && j < i+6 {
		if sc.toks[j].kind == tWord && sc.toks[j].cap || (sc.is(j, "BIN") || sc.is(j, "IBN") || sc.is(j, "AL") || sc.is(j, "BINT")) && j+1 < len(sc.toks) && sc.toks[j+1].cap {
			j++
			continue
		}
		break
	}
	monarchy := func(code string) bool { return kingdoms[code] || emirates[code] }
	var st *actors.Entry
	for k := len(sc.acts) - 1; k >= 0; k-- {
		if e := sc.acts[k].e; sc.acts[k].state && e != nil && monarchy(e.Code) {
			st = e
			break
		}
	}
	if st == nil && sc.prevSubj != nil && monarchy(sc.prevSubj.Code) {
		st = sc.prevSubj
	}
	if st == nil && monarchy(sc.focus) {
		st = sc.x.dict.StateEntry(sc.focus)
	}
	if st == nil {
		return nil, 0
	}
	return sc.personOf(st, j-1), j
}

// agentNouns: the people who act for a state or body ("its staff", "their
// negotiators").
var agentNouns = map[string]bool{"STAFF": true, "GOVERNMENT": true, "OFFICIALS": true, "NEGOTIATORS": true, "LEADERS": true,
	"LEADERSHIP": true, "BOARD": true, "DIPLOMATS": true, "ENVOY": true, "ENVOYS": true, "MINISTERS": true, "FORCES": true,
	"TROOPS": true, "ARMY": true, "NAVY": true, "MILITARY": true, "ADMINISTRATION": true, "CABINET": true, "PARLIAMENT": true}

// brusselsAsBelgium: "Brussels" is the EU's seat, but in a text that has
// named Belgium and never the EU it is Belgium's capital ("on 10 July
// Brussels flew in paratroopers" in an essay on the Congo crisis).
// dropContrasted removes actors named only to be set aside ("It was the
// Soviet Union, not the United States, that made the peace", "Beijing
// rather than Moscow"): they are no party to the sentence's acts.
func (sc *scratch) dropContrasted() {
	kept := sc.acts[:0]
	lastDropped := -1 // end of the last actor set aside, for "rather than Washington or Beijing"
	for _, a := range sc.acts {
		i := a.i
		if i > 0 && sc.is(i-1, "THE") {
			i--
		}
		if i > 1 && sc.is(i-1, "NOT") && sc.is(i-2, ",") || i > 1 && sc.is(i-1, "THAN") && sc.is(i-2, "RATHER") || i > 1 && sc.is(i-1, "OF") && sc.is(i-2, "INSTEAD") ||
			lastDropped > 0 && i == lastDropped+1 && (sc.is(i-1, "OR") || sc.is(i-1, "AND") || sc.is(i-1, ",")) {
			lastDropped = a.j
			continue
		}
		kept = append(kept, a)
	}
	sc.acts = kept
}

func (sc *scratch) brusselsAsBelgium() {
	if sc.euNamed {
		return
	}
	bel := sc.counts["BEL"] > 0
	for _, a := range sc.acts {
		if a.e != nil && a.e.Code == "BEL" {
			bel = true
		}
	}
	if !bel {
		return
	}
	for k, a := range sc.acts {
		if a.e != nil && a.e.Code == "EU" && a.j == a.i+1 && sc.is(a.i, "BRUSSELS") {
			if e := sc.x.dict.StateEntry("BEL"); e != nil {
				sc.acts[k].e, sc.acts[k].state = e, true
			}
		}
	}
}

// namingVerbs give a thing its name ("the so-called Kozak memorandum", "a
// plan dubbed Marshall II"): the name after them is no person acting.
var namingVerbs = map[string]bool{"CALLED": true, "NAMED": true, "DUBBED": true, "TITLED": true, "ENTITLED": true, "LABELLED": true, "LABELED": true, "RENAMED": true, "NICKNAMED": true}

// listGoesOn: the name starting at b is followed, after its capitalised
// words, by "and" or a comma (a list, not "…, Defense Secretary William
// Perry said").
func (sc *scratch) listGoesOn(b int) bool {
	k := b
	for k < len(sc.toks) && k < b+5 && sc.toks[k].kind == tWord && sc.toks[k].cap {
		k++
	}
	return sc.is(k, "AND") || sc.is(k, ",")
}

// longestName returns the longest dictionary name starting at token i and
// the token after it (nil and i when none starts there).
func (sc *scratch) longestName(i int) (*actors.Entry, int) {
	best, bestJ := (*actors.Entry)(nil), i
	sc.eachName(i, func(e *actors.Entry, j int) bool {
		best, bestJ = e, j
		return true
	})
	return best, bestJ
}

// eachName calls fn with each dictionary name starting at token i, shortest
// first, and the token after it, while fn returns true.
func (sc *scratch) eachName(i int, fn func(e *actors.Entry, j int) bool) {
	t := &sc.toks[i]
	if t.w == nil || !t.w.hasAct {
		return
	}
	n := len(sc.toks)
	c := t.w.act
	if e := c.Entry(); e != nil && !fn(e, i+1) {
		return
	}
	for j := i + 1; j < n && j < i+10; j++ {
		tj := &sc.toks[j]
		if tj.kind == tPunct && !(sc.is(j, ".") || sc.is(j, "&") || sc.is(j, "'")) {
			return
		}
		if sc.is(j, ".") && j > i && len(sc.key(j-1)) == 1 {
			continue // "George W. Bush": the initial's full stop
		}
		if !c.Next(sc.keys[tj.ks:tj.ke]) {
			return
		}
		e := c.Entry()
		if e != nil && !fn(e, j+1) {
			return
		}
		// a possessive ends the name ("Pakistan's army") unless the
		// name goes on through it ("Democratic People's Republic")
		if sc.toks[j].poss && e != nil {
			return
		}
	}
}

// longerFrom: a person's name in the dictionary starts at k and runs past
// end.
func (sc *scratch) longerFrom(k, end int) bool {
	found := false
	if sc.toks[k].cap {
		sc.eachName(k, func(e *actors.Entry, j int) bool {
			found = e.Kind == actors.Person && j > end && j > k+1 // (a name of several words)
			return !found
		})
	}
	return found
}
