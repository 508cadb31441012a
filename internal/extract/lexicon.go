package extract

import (
	"strings"

	"github.com/pivot-geo/pivot/internal/event"
)

// pred is what a trigger word or phrase means.
type pred struct {
	typ  event.Type
	mode string
	ctx  string // context the trigger implies ("military" for "exercises")
	// weak triggers ("cooperation", "partnership", "ties") describe a
	// relationship rather than a happening: they yield a mention only when
	// nothing stronger in the sentence does, and need their partner close.
	weak bool
	// noun marks nominalisations ("the sale of", "visit to"): the agent is a
	// possessive or the clause subject, the recipient follows to/with/for.
	noun bool
	// trade marks buying and selling: exchange of commodities is
	// COOPERATE (economic), of arms AID (military).
	trade bool
	// needFor: the act is aid only for a beneficiary ("built a plant for
	// Iran").
	needFor bool
	// needDirect: the act needs an actor right after the verb ("backed
	// Baku"; "came back to" is not support).
	needDirect bool
	// exercise: drills are COOPERATE when joint, MOBILIZE when one side's
	exercise bool
	// reverse marks verbs whose grammatical subject is the recipient
	// ("Pakistan received aid from the US", "Pakistan purchased …").
	reverse bool
	// intent marks verbs of promise and plan ("offered to", "pledged to"):
	// PLOVER codes the promised act as AGREE.
	intent bool
	// needCtx requires one of the listed contexts in the sentence (so that
	// "exercises" is military only in military prose).
	needMil bool
	key     string // canonical trigger, for Mention.Trigger
}

type pnode struct {
	next map[string]*pnode
	p    *pred
	// pn is the noun reading of a verb/noun homograph ("visit", "supply",
	// "attack"); findTriggers picks one from the word before.
	pn *pred
}

// lexicon holds trigger phrases in a word trie keyed like actor phrases.
type lexicon struct {
	root  map[string]*pnode
	light map[string]bool // inflected light verbs, upper case
}

// lightVerbs turn a relationship noun into a happening: "signed a
// partnership", "deepened cooperation", "formed an alliance".
var lightVerbs = []string{"establish", "forge", "form", "launch", "begin", "start", "initiate", "sign",
	"expand", "deepen", "strengthen", "boost", "enhance", "formalise", "formalize", "upgrade", "resume",
	"restore", "enter", "seal", "announce", "hold", "conduct", "intensify", "elevate", "broaden", "revive",
	"institutionalise", "institutionalize", "inaugurate", "agree", "conclude", "unveil", "open", "use", "build",
	"restore", "normalise", "normalize", "re-establish", "reestablish", "resume", "declare", "proclaim", "reach", "approve", "extend", "raise"}

func (l *lexicon) add(phrase string, p *pred) {
	// the tokenizer splits "stand-by" into STAND and BY, so phrases do too
	ws := strings.Fields(strings.ToUpper(strings.ReplaceAll(phrase, "-", " ")))
	m := l.root
	var n *pnode
	for i, w := range ws {
		n = m[w]
		if n == nil {
			n = &pnode{}
			m[w] = n
		}
		if i < len(ws)-1 {
			if n.next == nil {
				n.next = map[string]*pnode{}
			}
			m = n.next
		}
	}
	switch {
	case n.p == nil:
		n.p = p
	case p.noun && !n.p.noun && n.pn == nil:
		n.pn = p
	case !p.noun && n.p.noun && n.pn == nil:
		n.pn, n.p = n.p, p
	}
}

// verbForms returns the inflections of a regular verb lemma.
func verbForms(v string) []string {
	out := []string{v}
	n := len(v)
	last := v[n-1]
	vowel := func(c byte) bool { return strings.IndexByte("aeiou", c) >= 0 }
	switch {
	case strings.HasSuffix(v, "e"):
		out = append(out, v+"s", v+"d", v[:n-1]+"ing")
	case last == 'y' && !vowel(v[n-2]):
		out = append(out, v[:n-1]+"ies", v[:n-1]+"ied", v+"ing")
	case strings.HasSuffix(v, "s") || strings.HasSuffix(v, "sh") || strings.HasSuffix(v, "ch") || strings.HasSuffix(v, "x") || strings.HasSuffix(v, "z"):
		out = append(out, v+"es", v+"ed", v+"ing")
	default:
		out = append(out, v+"s", v+"ed", v+"ing")
	}
	return out
}

// doubled lists verbs that double their final consonant.
var doubled = map[string]string{"ship": "shipp", "ban": "bann", "plan": "plann", "commit": "committ",
	"admit": "admitt", "readmit": "readmitt", "submit": "submitt", "stop": "stopp", "drop": "dropp", "bar": "barr", "cut": "cutt",
	"rebut": "rebutt", "regret": "regrett", "abet": "abett", "transfer": "transferr", "confer": "conferr",
	"spar": "sparr", "scrap": "scrapp", "equip": "equipp", "mobilise": "", "rob": "robb", "shun": "shunn",
	"expel": "expell", "patrol": "patroll", "compel": "compell", "control": "controll", "slam": "slamm", "kidnap": "kidnapp"}

// lexEntry is one line of the trigger table: kind "v" (regular verb, all
// inflections), "n" (noun, singular and plural), "p" (exact phrase).
type lexEntry struct {
	kind, words string
	typ         event.Type
	mode, ctx   string
	flags       string // w=weak, r=reverse, i=intent, m=needs military context
}

// triggers: general English predicates of state relations mapped to PLOVER
// v0.8. Phrases beat single words (longest match). The table is written for
// news and analyst prose at large, not for one article.
var triggers = []lexEntry{
	// AGREE: agreements, promises, intentions.
	{"v", "sign", event.Agree, "", "", ""}, {"v", "agree", event.Agree, "", "", ""},
	{"n", "declaration", event.Agree, "", "diplomatic", ""}, {"v", "order", event.Agree, "", "military", "m"},
	{"np", "chief guest", event.Consult, "visit", "diplomatic", ""}, {"np", "guest of honour", event.Consult, "visit", "diplomatic", ""},
	{"np", "guest of honor", event.Consult, "visit", "diplomatic", ""}, {"np", "military base", event.Cooperate, "", "military", "w"},
	{"np", "naval base", event.Cooperate, "", "military", "w"}, {"np", "air base", event.Cooperate, "", "military", "w"},
	{"np", "airbase", event.Cooperate, "", "military", "w"}, {"np", "bases", event.Cooperate, "", "military", "w"}, {"np", "joint statement", event.Agree, "", "diplomatic", ""},
	{"n", "agreement", event.Agree, "", "", ""}, {"n", "accord", event.Agree, "", "", ""},
	{"n", "treaty", event.Agree, "", "", ""}, {"n", "pact", event.Agree, "", "", ""},
	{"n", "deal", event.Agree, "", "", ""}, {"n", "memorandum", event.Agree, "", "", ""},
	{"n", "MoU", event.Agree, "", "", ""}, {"n", "contract", event.Agree, "", "", ""},
	{"v", "ratify", event.Agree, "", "", ""}, {"n", "ratification", event.Agree, "", "", ""},
	{"v", "pledge", event.Agree, "", "", "i"}, {"p", "undertook to", event.Agree, "", "", "i"}, {"p", "undertake to", event.Agree, "", "", "i"}, {"p", "undertakes to", event.Agree, "", "", "i"}, {"v", "promise", event.Agree, "", "", "i"},
	{"v", "vow", event.Agree, "", "", "i"}, {"v", "offer", event.Agree, "", "", "i"},
	{"n", "offer", event.Agree, "", "", "i"}, {"n", "pledge", event.Agree, "", "", "i"},
	{"v", "commit", event.Agree, "", "", "i"}, {"p", "signed", event.Agree, "", "", ""},
	{"p", "signing", event.Agree, "", "", ""}, {"np", "signing of", event.Agree, "", "", ""}, {"x", "in return", "", "", "", ""}, {"x", "talk of", "", "", "", ""}, {"v", "renegotiate", event.Agree, "", "", ""},
	{"p", "struck a deal", event.Agree, "", "", ""}, {"p", "struck a bargain", event.Agree, "", "", ""}, {"p", "struck an agreement", event.Agree, "", "", ""},
	{"p", "struck a trade deal", event.Agree, "", "economic", ""},
	{"p", "agreed to", event.Agree, "", "", "i"}, {"p", "made peace with", event.Agree, "", "", ""}, {"p", "make peace with", event.Agree, "", "", "i"}, {"np", "ceasefire agreement", event.Agree, "", "", ""},
	{"np", "ceasefire protocol", event.Agree, "", "", ""}, {"np", "ceasefire deal", event.Agree, "", "", ""}, {"np", "ceasefire accord", event.Agree, "", "", ""},
	{"np", "ceasefire understanding", event.Agree, "", "", ""}, {"np", "truce agreement", event.Agree, "", "", ""}, {"np", "truce deal", event.Agree, "", "", ""},
	{"v", "mediate", event.Consult, "third-party", "diplomatic", ""}, {"n", "mediation", event.Consult, "third-party", "diplomatic", "w"},
	{"v", "broker", event.Consult, "third-party", "diplomatic", ""},
	// CONSULT: visits, meetings, talks, calls.
	{"v", "visit", event.Consult, "visit", "diplomatic", ""}, {"n", "visit", event.Consult, "visit", "diplomatic", ""},
	{"np", "state visit", event.Consult, "visit", "diplomatic", ""}, {"v", "host", event.Consult, "visit", "diplomatic", ""}, {"n", "trip", event.Consult, "visit", "diplomatic", ""},
	{"p", "travelled to", event.Consult, "visit", "diplomatic", ""}, {"p", "traveled to", event.Consult, "visit", "diplomatic", ""},
	{"p", "flew to", event.Consult, "visit", "diplomatic", ""}, {"p", "stopped in", event.Consult, "visit", "diplomatic", ""},
	{"np", "stop in", event.Consult, "visit", "diplomatic", ""}, {"np", "stopover in", event.Consult, "visit", "diplomatic", ""}, {"p", "arrived in", event.Consult, "visit", "diplomatic", ""},
	{"np", "arrival in", event.Consult, "visit", "diplomatic", ""}, {"p", "exchanged notes", event.Agree, "", "diplomatic", ""},
	{"p", "landed in", event.Aid, "personnel", "military", ""}, {"p", "arrived", event.Aid, "personnel", "military", ""},
	{"p", "toured", event.Consult, "visit", "diplomatic", ""}, {"p", "returned to", event.Consult, "visit", "diplomatic", ""},
	{"x", "buy time", "", "", "", ""}, {"x", "buying time", "", "", "", ""}, {"x", "bought time", "", "", "", ""},
	{"p", "met", event.Consult, "", "diplomatic", ""}, {"p", "meet", event.Consult, "", "diplomatic", ""},
	{"p", "meets", event.Consult, "", "diplomatic", ""}, {"n", "meeting", event.Consult, "", "diplomatic", ""}, {"n", "talk", event.Consult, "", "diplomatic", ""},
	{"p", "held talks", event.Consult, "", "diplomatic", ""}, {"n", "dialogue", event.Consult, "", "diplomatic", ""},
	{"np", "strategic dialogue", event.Consult, "", "diplomatic", ""}, {"n", "summit", event.Consult, "multilateral", "diplomatic", ""},
	{"n", "consultation", event.Consult, "", "diplomatic", ""}, {"v", "consult", event.Consult, "", "diplomatic", ""},
	{"v", "discuss", event.Consult, "", "diplomatic", ""}, {"n", "discussion", event.Consult, "", "diplomatic", ""},
	{"v", "negotiate", event.Consult, "", "diplomatic", ""}, {"n", "negotiation", event.Consult, "", "diplomatic", ""},
	{"np", "phone call", event.Consult, "phone", "diplomatic", ""}, {"np", "telephone call", event.Consult, "phone", "diplomatic", ""},
	{"np", "telephone conversation", event.Consult, "phone", "diplomatic", ""}, {"np", "phone conversation", event.Consult, "phone", "diplomatic", ""}, {"p", "telephoned", event.Consult, "phone", "diplomatic", ""},
	{"p", "spoke with", event.Consult, "phone", "diplomatic", ""}, {"v", "confer", event.Consult, "", "diplomatic", ""},
	{"p", "held consultations", event.Consult, "", "diplomatic", ""},
	// SUPPORT: verbal endorsement.
	{"v", "endorse", event.Support, "", "", ""}, {"v", "award", event.Support, "", "", ""}, {"v", "honour", event.Support, "", "", ""},
	{"v", "honor", event.Support, "", "", ""}, {"n", "endorsement", event.Support, "", "", ""},
	{"v", "praise", event.Support, "", "", ""}, {"v", "welcome", event.Support, "", "", ""},
	{"v", "congratulate", event.Support, "", "", ""}, {"v", "back", event.Support, "", "", "d"},
	{"np", "diplomatic backing", event.Support, "", "diplomatic", ""}, {"np", "diplomatic support", event.Support, "", "diplomatic", ""},
	{"p", "voiced support", event.Support, "", "", ""}, {"p", "expressed support", event.Support, "", "", ""},
	{"n", "solidarity", event.Support, "", "", "w"}, {"v", "recognise", event.Support, "", "diplomatic", ""},
	{"v", "recognize", event.Support, "", "diplomatic", ""},
	{"n", "recognition", event.Support, "", "diplomatic", ""}, {"n", "relations", event.Support, "", "diplomatic", "w"},
	{"p", "normalised relations", event.Support, "", "diplomatic", ""}, {"p", "normalized relations", event.Support, "", "diplomatic", ""},
	{"n", "normalisation", event.Support, "", "diplomatic", "w"}, {"n", "normalization", event.Support, "", "diplomatic", "w"},
	// "announced the resumption of diplomatic relations with Israel"
	{"np", "resumption of diplomatic relations", event.Support, "", "diplomatic", ""}, {"np", "resumption of relations", event.Support, "", "diplomatic", ""},
	{"np", "restoration of diplomatic relations", event.Support, "", "diplomatic", ""}, {"np", "restoration of relations", event.Support, "", "diplomatic", ""},
	{"np", "establishment of diplomatic relations", event.Support, "", "diplomatic", ""}, {"np", "resumption of ties", event.Support, "", "diplomatic", ""},
	{"np", "restoration of ties", event.Support, "", "diplomatic", ""}, {"v", "readmit", event.Support, "", "diplomatic", ""},
	{"p", "rushed arms", event.Aid, "", "military", ""}, {"p", "rushed weapons", event.Aid, "", "military", ""}, {"p", "rushed advisers", event.Aid, "", "military", ""},
	{"p", "rushed military advisers", event.Aid, "", "military", ""}, {"p", "rushed troops", event.Aid, "", "military", ""}, {"p", "rushed aid", event.Aid, "", "", ""},
	{"p", "rushed supplies", event.Aid, "", "", ""},
	{"np", "state sponsors of terrorism", event.Sanction, "", "terrorism", ""}, {"np", "state sponsor of terrorism", event.Sanction, "", "terrorism", ""},
	{"p", "to the list of state sponsors", event.Sanction, "", "terrorism", ""}, {"p", "on the list of state sponsors", event.Sanction, "", "terrorism", ""},
	{"p", "from the list of state sponsors", event.Concede, "", "terrorism", ""}, {"p", "designated as a state sponsor", event.Sanction, "", "terrorism", ""}, {"v", "defend", event.Support, "", "", "w"},
	{"np", "support for", event.Support, "", "", ""}, {"n", "support", event.Support, "", "", ""}, {"np", "support to", event.Aid, "", "", ""}, {"p", "supported", event.Support, "", "", ""},
	// CONCEDE.
	{"p", "lifted sanctions", event.Concede, "", "economic", ""}, {"v", "lift", event.Concede, "", "", ""}, {"p", "eased sanctions", event.Concede, "", "economic", ""},
	{"p", "waived sanctions", event.Concede, "", "economic", ""}, {"v", "apologise", event.Concede, "", "", ""},
	{"v", "apologize", event.Concede, "", "", ""}, {"n", "apology", event.Concede, "", "", ""},
	{"p", "released", event.Retreat, "release", "", ""}, {"p", "abandoned support", event.Concede, "", "", ""},
	{"p", "restored aid", event.Concede, "", "", ""}, {"p", "resumed aid", event.Concede, "", "", ""},
	// COOPERATE: material cooperation.
	{"n", "exercise", event.Cooperate, "", "military", "mx"}, {"np", "joint exercises", event.Cooperate, "", "military", ""},
	{"np", "joint exercise", event.Cooperate, "", "military", ""}, {"np", "military exercises", event.Cooperate, "", "military", ""},
	{"np", "joint military exercises", event.Cooperate, "", "military", ""}, {"np", "naval exercises", event.Cooperate, "", "military", ""},
	{"n", "drill", event.Cooperate, "", "military", "mx"}, {"np", "joint drills", event.Cooperate, "", "military", ""},
	{"np", "war games", event.Cooperate, "", "military", ""}, {"np", "joint patrols", event.Cooperate, "", "military", ""},
	{"v", "cooperate", event.Cooperate, "", "", ""}, {"n", "cooperation", event.Cooperate, "", "", "w"},
	{"v", "collaborate", event.Cooperate, "", "", ""}, {"n", "collaboration", event.Cooperate, "", "", "w"},
	{"n", "partnership", event.Support, "", "diplomatic", "w"}, {"np", "military partnership", event.Cooperate, "", "military", "w"},
	{"np", "defence partnership", event.Cooperate, "", "military", "w"}, {"np", "economic partnership", event.Cooperate, "", "economic", "w"}, {"n", "alliance", event.Cooperate, "", "military", "w"},
	{"n", "ties", event.Support, "", "", "w"}, {"np", "diplomatic relations", event.Support, "", "diplomatic", "w"},
	{"p", "established diplomatic relations", event.Support, "", "diplomatic", ""}, {"p", "establish diplomatic relations", event.Support, "", "diplomatic", ""},
	{"p", "restore diplomatic relations", event.Support, "", "diplomatic", ""}, {"p", "restored diplomatic relations", event.Support, "", "diplomatic", ""},
	{"np", "military ties", event.Cooperate, "", "military", "w"}, {"np", "defence ties", event.Cooperate, "", "military", "w"},
	{"np", "intelligence sharing", event.Cooperate, "", "intelligence", ""}, {"p", "shared intelligence", event.Cooperate, "", "intelligence", ""},
	{"np", "co-production", event.Cooperate, "", "military", ""}, {"np", "joint production", event.Cooperate, "", "military", ""},
	{"p", "jointly developed", event.Cooperate, "", "technology", ""}, {"p", "developed collaboratively", event.Cooperate, "", "technology", ""},
	{"p", "developed jointly", event.Cooperate, "", "technology", ""}, {"p", "jointly produced", event.Cooperate, "", "technology", ""},
	{"p", "co-developed", event.Cooperate, "", "technology", ""}, {"p", "fought alongside", event.Cooperate, "", "military", ""},
	{"p", "fight alongside", event.Cooperate, "", "military", ""}, {"p", "fighting alongside", event.Cooperate, "", "military", ""},
	{"np", "joint venture", event.Cooperate, "", "economic", ""}, {"v", "join", event.Cooperate, "", "", ""},
	{"p", "joined", event.Cooperate, "", "", ""}, {"n", "inclusion", event.Cooperate, "", "", ""},
	{"n", "accession", event.Cooperate, "", "", ""}, {"n", "admission", event.Cooperate, "", "", ""},
	{"n", "membership", event.Cooperate, "", "", "w"}, {"p", "became a member", event.Cooperate, "", "", ""},
	{"p", "became a full member", event.Cooperate, "", "", ""}, {"v", "invest", event.Cooperate, "", "economic", ""},
	{"n", "investment", event.Cooperate, "", "economic", "w"}, {"np", "trade agreement", event.Agree, "", "economic", ""},
	{"np", "free trade agreement", event.Agree, "", "economic", ""}, {"v", "launch", event.Cooperate, "", "", "w"},
	{"p", "jointly", event.Cooperate, "", "", "w"}, {"p", "allied with", event.Cooperate, "", "military", ""},
	{"v", "ally", event.Cooperate, "", "military", ""}, {"n", "corridor", event.Cooperate, "", "economic", "w"},
	{"n", "framework", event.Cooperate, "", "", "w"}, {"v", "establish", event.Cooperate, "", "", ""},
	// blocked phrases: look like triggers, are not ("attack helicopters").
	{"x", "attack helicopters", "", "", "", ""}, {"x", "attack helicopter", "", "", "", ""},
	{"x", "attack submarines", "", "", "", ""}, {"x", "attack aircraft", "", "", "", ""},
	{"x", "strike range", "", "", "", ""}, {"x", "strike aircraft", "", "", "", ""}, {"x", "strike fighter", "", "", "", ""},
	{"x", "aid worker", "", "", "", ""}, {"x", "aid workers", "", "", "", ""}, {"x", "war on terror", "", "", "", ""},
	{"x", "cold war", "", "", "", ""}, {"x", "post-cold war", "", "", "", ""}, {"x", "trade war", "", "", "", ""},
	{"x", "world war", "", "", "", ""}, {"x", "war crimes", "", "", "", ""}, {"x", "exercise restraint", "", "", "", ""},
	{"x", "exercised restraint", "", "", "", ""}, {"x", "supply chain", "", "", "", ""}, {"x", "supply chains", "", "", "", ""},
	{"x", "supply vessels", "", "", "", ""}, {"x", "supply ships", "", "", "", ""}, {"x", "supply lines", "", "", "", ""},
	{"x", "supply routes", "", "", "", ""}, {"x", "supply vessel", "", "", "", ""}, {"x", "supply convoy", "", "", "", ""},
	{"p", "went to war", event.Assault, "", "military", ""}, {"x", "went to the polls", "", "", "", ""},
	{"p", "went to war with", event.Assault, "", "military", ""}, {"p", "went to war against", event.Assault, "", "military", ""},
	{"p", "came to", event.Consult, "visit", "diplomatic", "d"}, {"v", "evict", event.Sanction, "expel", "diplomatic", ""},
	{"p", "threw its weight behind", event.Support, "", "diplomatic", ""}, {"p", "thrown its weight behind", event.Support, "", "diplomatic", ""},
	{"p", "threw their weight behind", event.Support, "", "diplomatic", ""}, {"p", "throws its weight behind", event.Support, "", "diplomatic", ""},
	// "gave the Soviet embassy forty-eight hours to leave": an expulsion
	{"p", "hours to leave", event.Sanction, "expel", "diplomatic", ""}, {"p", "days to leave", event.Sanction, "expel", "diplomatic", ""},
	{"np", "air campaign", event.Assault, "aerial", "military", ""}, {"np", "bombing campaign", event.Assault, "aerial", "military", ""},
	{"np", "military campaign", event.Assault, "", "military", ""}, {"np", "extended fund facility", event.Aid, "", "economic", ""}, {"np", "extended facility", event.Aid, "", "economic", ""}, {"np", "extended arrangement", event.Aid, "", "economic", ""},
	// the IMF's other lending instruments name their lender too
	{"np", "extended credit facility", event.Aid, "", "economic", ""}, {"np", "rapid financing instrument", event.Aid, "", "economic", ""},
	{"np", "rapid credit facility", event.Aid, "", "economic", ""}, {"np", "structural adjustment facility", event.Aid, "", "economic", ""},
	{"np", "poverty reduction and growth facility", event.Aid, "", "economic", ""}, {"np", "flexible credit line", event.Aid, "", "economic", ""},
	{"np", "resilience and sustainability facility", event.Aid, "", "economic", ""}, {"np", "compensatory financing facility", event.Aid, "", "economic", ""},
	{"np", "stand-by arrangement", event.Aid, "", "economic", ""}, {"np", "standby arrangement", event.Aid, "", "economic", ""},
	{"np", "bailout programme", event.Aid, "", "economic", ""}, {"np", "bailout program", event.Aid, "", "economic", ""},
	{"np", "loan programme", event.Aid, "", "economic", ""}, {"np", "loan program", event.Aid, "", "economic", ""},
	{"np", "rescue package", event.Aid, "", "economic", ""}, {"np", "bailout package", event.Aid, "", "economic", ""},
	{"v", "capture", event.Coerce, "", "military", "d"}, {"v", "receive", event.Aid, "", "", "r"},
	{"v", "abrogate", event.Sanction, "", "", ""}, {"v", "annul", event.Sanction, "", "", ""}, {"v", "repudiate", event.Sanction, "", "", ""},
	{"v", "renounce", event.Sanction, "", "", ""}, {"p", "tore up", event.Sanction, "", "", ""}, {"n", "abrogation", event.Sanction, "", "", ""},
	{"v", "recall", event.Sanction, "", "diplomatic", ""}, {"p", "cut", event.Sanction, "", "", ""}, {"p", "cuts", event.Sanction, "", "", ""},
	{"p", "cutting", event.Sanction, "", "", ""}, {"v", "sever", event.Sanction, "", "diplomatic", ""},
	{"n", "communique", event.Agree, "", "diplomatic", ""}, {"n", "communiqué", event.Agree, "", "diplomatic", ""},
	{"np", "naval quarantine", event.Coerce, "", "military", ""}, {"x", "offensive weapons", "", "", "", ""},
	{"x", "offensive weapon", "", "", "", ""}, {"x", "offensive capabilities", "", "", "", ""}, {"x", "offensive arms", "", "", "", ""},
	{"p", "normalise relations", event.Support, "", "diplomatic", ""}, {"p", "normalize relations", event.Support, "", "diplomatic", ""},
	{"p", "normalising relations", event.Support, "", "diplomatic", ""}, {"p", "normalizing relations", event.Support, "", "diplomatic", ""},
	{"p", "received by", event.Consult, "visit", "diplomatic", ""}, {"p", "flew in", event.Mobilize, "troops", "military", ""},
	{"p", "airlifted", event.Mobilize, "troops", "military", ""}, {"n", "airlift", event.Aid, "", "military", ""}, {"v", "destroy", event.Assault, "", "military", ""},
	{"v", "waive", event.Concede, "", "", ""}, {"v", "exempt", event.Concede, "", "", ""}, {"v", "extend", event.Aid, "", "economic", ""},
	{"p", "rolled over", event.Aid, "", "economic", ""}, {"p", "attributed", event.Accuse, "", "", ""},
	{"n", "redeployment", event.Mobilize, "troops", "military", ""}, {"v", "accede", event.Cooperate, "", "", ""},
	{"v", "defeat", event.Assault, "", "military", ""},
	{"n", "base", event.Cooperate, "", "military", "w"}, {"n", "raid", event.Assault, "", "military", ""}, {"p", "dropped", event.Sanction, "", "", "d"},
	{"v", "surrender", event.Retreat, "surrender", "military", ""}, {"v", "facilitate", event.Consult, "third-party", "diplomatic", ""}, {"p", "mined", event.Assault, "", "military", ""},
	{"v", "admit", event.Cooperate, "", "", ""},
	{"v", "impose", event.Sanction, "", "economic", ""}, {"x", "provided that", "", "", "", ""}, {"x", "providing that", "", "", "", ""},
	{"p", "passed over", event.Reject, "", "", ""}, {"v", "file", event.Accuse, "", "legal", ""},
	{"p", "gained access", event.Cooperate, "", "military", ""}, {"p", "boarded", event.Coerce, "", "military", ""},
	{"n", "package", event.Aid, "", "economic", "w"}, {"v", "rout", event.Assault, "", "military", ""},
	{"v", "invite", event.Consult, "visit", "diplomatic", "d"},
	{"p", "handed", event.Retreat, "handover", "", ""}, {"p", "hands", event.Retreat, "handover", "", ""},
	{"p", "inaugurated construction", event.Cooperate, "", "economic", ""}, {"p", "launched construction", event.Cooperate, "", "economic", ""},
	{"p", "launched work on", event.Cooperate, "", "economic", ""}, {"p", "inaugurated work on", event.Cooperate, "", "economic", ""},
	{"p", "inaugurated practical work", event.Cooperate, "", "economic", ""}, {"p", "began work on", event.Cooperate, "", "economic", ""}, {"p", "began construction", event.Cooperate, "", "economic", ""},
	{"p", "declined the", event.Reject, "", "", ""}, {"p", "declining the", event.Reject, "", "", ""}, {"p", "declines the", event.Reject, "", "", ""},
	// withholding the certification that aid hangs on is cutting the aid
	{"p", "declined to certify", event.Sanction, "", "economic", ""}, {"p", "refused to certify", event.Sanction, "", "economic", ""},
	{"p", "declined to", event.Reject, "", "", ""}, {"p", "declining to", event.Reject, "", "", ""}, {"p", "declines to", event.Reject, "", "", ""}, {"np", "major non nato ally", event.Support, "", "military", ""},
	{"np", "non nato ally", event.Support, "", "military", ""}, {"x", "draft treaty", "", "", "", ""},
	{"x", "draft treaties", "", "", "", ""}, {"x", "draft agreement", "", "", "", ""}, {"x", "draft resolution", "", "", "", ""},
	{"p", "shut", event.Sanction, "", "", ""}, {"p", "shuts", event.Sanction, "", "", ""}, {"p", "shutting", event.Sanction, "", "", ""},
	{"x", "war memorial", "", "", "", ""}, {"x", "war memorials", "", "", "", ""}, {"x", "war graves", "", "", "", ""},
	{"x", "war dead", "", "", "", ""}, {"x", "war veterans", "", "", "", ""}, {"x", "war criminals", "", "", "", ""},
	// economic, diplomatic and military predicates common in analyst prose.
	{"np", "line of credit", event.Aid, "", "economic", ""}, {"np", "lines of credit", event.Aid, "", "economic", ""},
	{"np", "credit line", event.Aid, "", "economic", ""}, {"np", "credit lines", event.Aid, "", "economic", ""},
	{"n", "bailout", event.Aid, "", "economic", ""}, {"v", "restrict", event.Sanction, "", "economic", ""},
	{"n", "restriction", event.Sanction, "", "economic", "w"}, {"v", "lease", event.Cooperate, "", "economic", ""},
	{"v", "borrow", event.Aid, "", "economic", "r"}, {"p", "objected", event.Accuse, "", "diplomatic", ""},
	{"p", "objected to", event.Accuse, "", "diplomatic", ""}, {"p", "went to", event.Consult, "visit", "diplomatic", "d"}, {"p", "came to", event.Consult, "visit", "diplomatic", "d"},
	{"p", "applied to join", event.Request, "", "", ""}, {"p", "applied for membership", event.Request, "", "", ""},
	{"np", "exchange of fire", event.Assault, "", "military", ""}, {"np", "exchanges of fire", event.Assault, "", "military", ""},
	{"p", "exchanged fire", event.Assault, "", "military", ""}, {"p", "fighting", event.Assault, "", "military", "m"},
	{"v", "close", event.Sanction, "", "", ""}, {"v", "seal", event.Sanction, "", "", ""},
	{"v", "reopen", event.Cooperate, "", "economic", ""}, {"p", "recalling its ambassador", event.Sanction, "", "diplomatic", ""},
	// AID: material assistance, arms transfers and sales.
	{"n", "aid", event.Aid, "", "", ""}, {"v", "aid", event.Aid, "", "", ""}, {"n", "assistance", event.Aid, "", "", ""},
	{"v", "assist", event.Aid, "", "", ""}, {"v", "provide", event.Aid, "", "", ""}, {"n", "provision", event.Aid, "", "", ""},
	{"v", "supply", event.Aid, "", "", ""}, {"n", "supply", event.Aid, "", "", ""}, {"v", "deliver", event.Aid, "", "", ""},
	{"n", "delivery", event.Aid, "", "", ""}, {"np", "deliveries", event.Aid, "", "", ""}, {"n", "transfer", event.Aid, "", "", ""},
	{"np", "arms transfers", event.Aid, "", "military", ""}, {"np", "arms transfer", event.Aid, "", "military", ""},
	{"n", "sale", event.Aid, "", "", "t"}, {"np", "arms sales", event.Aid, "", "military", ""},
	{"p", "sold", event.Aid, "", "", "t"}, {"p", "sell", event.Aid, "", "", "t"}, {"p", "sells", event.Aid, "", "", "t"},
	{"p", "selling", event.Aid, "", "", "t"}, {"v", "grant", event.Aid, "", "", ""}, {"v", "donate", event.Aid, "", "", ""},
	{"n", "donation", event.Aid, "", "", ""}, {"n", "loan", event.Aid, "", "economic", ""}, {"v", "lend", event.Aid, "", "economic", ""},
	{"p", "lent", event.Aid, "", "economic", ""}, {"v", "fund", event.Aid, "", "", ""}, {"n", "funding", event.Aid, "", "", ""},
	{"v", "finance", event.Aid, "", "economic", ""}, {"n", "financing", event.Aid, "", "economic", ""},
	{"n", "consignment", event.Aid, "", "", ""},
	{"v", "channel", event.Aid, "", "", ""}, {"p", "channelling", event.Aid, "", "", ""}, {"p", "channelled", event.Aid, "", "", ""},
	{"v", "export", event.Aid, "", "", "t"}, {"n", "export", event.Aid, "", "", "t"},
	{"np", "military support", event.Aid, "", "military", ""}, {"np", "financial support", event.Aid, "", "economic", ""},
	{"np", "economic support", event.Aid, "", "economic", ""}, {"np", "budget support", event.Aid, "", "economic", ""},
	{"n", "deposit", event.Aid, "", "economic", ""},
	{"np", "logistical support", event.Aid, "", "military", ""}, {"np", "military aid", event.Aid, "", "military", ""},
	{"np", "economic aid", event.Aid, "", "economic", ""}, {"np", "humanitarian aid", event.Aid, "", "humanitarian", ""},
	{"np", "technology transfers", event.Aid, "", "technology", ""}, {"np", "technology transfer", event.Aid, "", "technology", ""},
	{"v", "purchase", event.Aid, "", "", "rt"}, {"n", "purchase", event.Aid, "", "", "rt"},
	{"v", "buy", event.Aid, "", "", "rt"}, {"p", "bought", event.Aid, "", "", "rt"}, {"v", "acquire", event.Aid, "", "", "rt"},
	{"n", "acquisition", event.Aid, "", "", "rt"}, {"v", "import", event.Aid, "", "", "rt"}, {"p", "trained", event.Aid, "", "military", ""},
	{"v", "reimburse", event.Aid, "", "economic", ""},
	{"v", "evacuate", event.Aid, "", "humanitarian", "w"}, {"n", "relief", event.Aid, "", "humanitarian", "w"},
	{"v", "build", event.Aid, "", "", "f"}, {"p", "built", event.Aid, "", "", "f"}, {"v", "construct", event.Aid, "", "", "f"},
	{"v", "complete", event.Aid, "", "", "f"}, {"v", "coordinate", event.Cooperate, "", "", ""},
	{"p", "restored its ambassador", event.Support, "", "diplomatic", ""}, {"p", "returned its ambassador", event.Support, "", "diplomatic", ""},
	{"p", "cut diplomatic ties", event.Sanction, "", "diplomatic", ""}, {"p", "cut diplomatic relations", event.Sanction, "", "diplomatic", ""},
	{"p", "severed diplomatic ties", event.Sanction, "", "diplomatic", ""}, {"p", "severed relations", event.Sanction, "", "diplomatic", ""},
	{"p", "broke off diplomatic relations", event.Sanction, "", "diplomatic", ""}, {"p", "suspended diplomatic relations", event.Sanction, "", "diplomatic", ""},
	{"p", "downgraded diplomatic relations", event.Sanction, "", "diplomatic", ""}, {"p", "cut off diplomatic relations", event.Sanction, "", "diplomatic", ""}, {"p", "granting", event.Aid, "", "", ""},
	// RETREAT.
	{"p", "embargoed", event.Sanction, "", "economic", ""}, {"p", "strafed", event.Assault, "", "military", ""}, {"np", "stake in", event.Cooperate, "", "economic", ""}, {"np", "stakes in", event.Cooperate, "", "economic", ""},
	{"v", "retaliate", event.Assault, "", "military", ""}, {"p", "shielded", event.Support, "", "diplomatic", ""}, {"p", "shielding", event.Support, "", "diplomatic", ""},
	{"p", "shooting down", event.Assault, "", "military", ""},
	{"p", "voted against", event.Reject, "", "diplomatic", ""}, {"p", "voted down", event.Reject, "", "diplomatic", ""}, {"p", "vote against", event.Reject, "", "diplomatic", ""},
	{"p", "votes against", event.Reject, "", "diplomatic", ""},
	{"p", "began leaving", event.Retreat, "withdraw", "military", ""}, {"p", "began to leave", event.Retreat, "withdraw", "military", ""},
	{"p", "started leaving", event.Retreat, "withdraw", "military", ""}, {"p", "troops left", event.Retreat, "withdraw", "military", ""},
	{"p", "forces left", event.Retreat, "withdraw", "military", ""}, {"p", "quit", event.Retreat, "withdraw", "", "m"},
	{"v", "withdraw", event.Retreat, "withdraw", "military", ""}, {"v", "remove", event.Retreat, "withdraw", "military", ""}, {"p", "withdrew", event.Retreat, "withdraw", "military", ""},
	{"p", "withdrawn", event.Retreat, "withdraw", "military", ""}, {"p", "left", event.Retreat, "withdraw", "military", "m"}, {"n", "withdrawal", event.Retreat, "withdraw", "military", ""},
	{"p", "pulled out", event.Retreat, "withdraw", "military", ""}, {"n", "ceasefire", event.Retreat, "ceasefire", "military", ""},
	{"n", "cease-fire", event.Retreat, "ceasefire", "military", ""}, {"n", "truce", event.Retreat, "ceasefire", "military", ""},
	{"v", "disarm", event.Retreat, "disarm", "military", ""}, {"v", "demobilise", event.Retreat, "disarm", "military", ""},
	// REQUEST.
	{"v", "request", event.Request, "", "", ""}, {"n", "request", event.Request, "", "", ""},
	{"p", "on hold", event.Sanction, "", "diplomatic", ""}, {"p", "called off", event.Sanction, "", "diplomatic", ""}, {"p", "call off", event.Sanction, "", "diplomatic", ""}, {"p", "calling off", event.Sanction, "", "diplomatic", ""},
	{"p", "call for", event.Request, "", "", ""}, {"p", "called for", event.Request, "", "", ""}, {"p", "calling for", event.Request, "", "", ""},
	{"p", "calls for", event.Request, "", "", ""}, {"v", "urge", event.Request, "", "", ""}, {"p", "called on", event.Request, "", "", ""},
	{"p", "called", event.Accuse, "disapprove", "", ""}, {"p", "calls", event.Accuse, "disapprove", "", ""},
	{"p", "calls on", event.Request, "", "", ""}, {"p", "call on", event.Request, "", "", ""}, {"v", "appeal", event.Request, "", "", ""},
	{"v", "demand", event.Request, "", "", ""}, {"v", "insist", event.Request, "", "", ""}, {"n", "demand", event.Request, "", "", "w"}, {"v", "pressure", event.Request, "change", "", ""},
	{"v", "press", event.Request, "change", "", "w"}, {"p", "asked", event.Request, "", "", ""}, {"v", "seek", event.Request, "", "", "w"},
	{"p", "sought", event.Request, "", "", "w"}, {"v", "petition", event.Request, "", "", ""},
	// ACCUSE.
	{"v", "accuse", event.Accuse, "allege", "", ""}, {"n", "accusation", event.Accuse, "allege", "", ""},
	{"v", "blame", event.Accuse, "allege", "", ""}, {"v", "condemn", event.Accuse, "", "", ""},
	{"n", "condemnation", event.Accuse, "", "", ""}, {"v", "criticise", event.Accuse, "", "", ""},
	{"v", "criticize", event.Accuse, "", "", ""}, {"n", "criticism", event.Accuse, "", "", ""},
	{"v", "denounce", event.Accuse, "", "", ""}, {"v", "censure", event.Accuse, "", "", ""},
	{"v", "investigate", event.Accuse, "investigate", "legal", ""}, {"n", "investigation", event.Accuse, "investigate", "legal", ""},
	{"v", "charge", event.Accuse, "allege", "legal", "w"}, {"v", "rebuke", event.Accuse, "", "", ""},
	{"v", "deplore", event.Accuse, "", "", ""}, {"v", "disapprove", event.Accuse, "", "", ""},
	{"v", "protest", event.Accuse, "", "", ""}, {"n", "protest", event.Accuse, "", "diplomatic", ""},
	{"np", "diplomatic protest", event.Accuse, "", "diplomatic", ""}, {"p", "lodged a protest", event.Accuse, "", "diplomatic", ""}, {"v", "summon", event.Accuse, "", "diplomatic", ""},
	// REJECT.
	{"v", "reject", event.Reject, "", "", ""}, {"n", "rejection", event.Reject, "", "", ""}, {"v", "refuse", event.Reject, "", "", ""},
	{"n", "refusal", event.Reject, "", "", ""}, {"n", "veto", event.Reject, "", "", ""}, {"p", "vetoing", event.Reject, "", "", ""},
	{"p", "vetoed", event.Reject, "", "", ""}, {"v", "deny", event.Reject, "", "", "d"}, {"p", "dismissed", event.Reject, "", "", ""},
	{"v", "oppose", event.Reject, "", "", "w"}, {"v", "block", event.Reject, "", "", ""}, {"v", "snub", event.Reject, "", "", ""},
	{"p", "turned down", event.Reject, "", "", ""},
	// THREATEN.
	{"v", "threaten", event.Threaten, "", "", ""}, {"v", "warn", event.Threaten, "", "", ""}, {"n", "ultimatum", event.Threaten, "", "", ""},
	{"n", "standoff", event.Mobilize, "troops", "military", ""}, {"np", "stand-off", event.Mobilize, "troops", "military", ""},
	// PROTEST (material: demonstrations and boycotts).
	{"v", "boycott", event.Protest, "boycott", "", ""}, {"n", "riot", event.Protest, "riot", "", ""},
	{"np", "port call", event.Consult, "visit", "military", ""}, {"n", "relationship", event.Support, "", "diplomatic", "w"}, {"n", "demonstration", event.Protest, "", "", "w"},
	// SANCTION.
	{"n", "sanction", event.Sanction, "", "economic", ""}, {"v", "sanction", event.Sanction, "", "economic", ""},
	{"p", "imposed sanctions", event.Sanction, "", "economic", ""}, {"p", "impose sanctions", event.Sanction, "", "economic", ""},
	{"p", "imposing sanctions", event.Sanction, "", "economic", ""}, {"p", "imposes sanctions", event.Sanction, "", "economic", ""},
	{"np", "export controls", event.Sanction, "", "economic", ""}, {"n", "tariff", event.Sanction, "", "economic", ""},
	{"v", "designate", event.Sanction, "", "", ""}, {"p", "listed", event.Sanction, "", "terrorism", ""}, {"p", "blacklisted", event.Sanction, "", "", ""}, {"np", "export restrictions", event.Sanction, "", "economic", ""},
	{"p", "shipped", event.Aid, "", "", ""}, {"v", "depart", event.Retreat, "withdraw", "military", "m"},
	{"p", "ended operation", event.Retreat, "withdraw", "military", ""}, {"p", "ended its mission", event.Retreat, "withdraw", "military", ""},
	{"p", "ended its military mission", event.Retreat, "withdraw", "military", ""},
	{"p", "launched operation", event.Assault, "", "military", ""}, {"p", "launched a military operation", event.Assault, "", "military", ""},
	{"p", "reopened its embassy", event.Support, "", "diplomatic", ""}, {"p", "opened an embassy", event.Support, "", "diplomatic", ""},
	{"p", "reopen its embassy", event.Support, "", "diplomatic", ""}, {"p", "closed its embassy", event.Sanction, "", "diplomatic", ""},
	{"v", "breach", event.Sanction, "", "", ""}, {"p", "maintained distance from", event.Reject, "", "diplomatic", ""},
	{"p", "kept its distance from", event.Reject, "", "diplomatic", ""}, {"p", "distanced itself from", event.Reject, "", "diplomatic", ""},
	{"p", "maintained its distance from", event.Reject, "", "diplomatic", ""}, {"n", "grant", event.Aid, "", "economic", ""},
	{"n", "consensus", event.Agree, "", "", "w"}, {"v", "riot", event.Protest, "riot", "", ""},
	{"p", "beat up", event.Assault, "beat", "", ""}, {"v", "prohibit", event.Sanction, "", "", ""},
	{"p", "deny entry", event.Sanction, "", "", ""}, {"p", "denied entry", event.Sanction, "", "", ""}, {"p", "exchanged ambassadors", event.Support, "", "diplomatic", ""},
	{"p", "recalled its ambassadors", event.Sanction, "", "diplomatic", ""}, {"p", "recalled their ambassadors", event.Sanction, "", "diplomatic", ""},
	{"v", "cancel", event.Sanction, "", "", ""}, {"p", "cancelled", event.Sanction, "", "", ""}, {"p", "cancelling", event.Sanction, "", "", ""}, {"np", "on alert", event.Mobilize, "troops", "military", ""},
	{"np", "on high alert", event.Mobilize, "troops", "military", ""}, {"p", "declared independence from", event.Sanction, "", "", ""},
	{"p", "imposed duties", event.Sanction, "", "economic", ""}, {"p", "impose duties", event.Sanction, "", "economic", ""},
	{"np", "anti-dumping duties", event.Sanction, "", "economic", ""}, {"np", "countervailing duties", event.Sanction, "", "economic", ""}, {"np", "swap line", event.Cooperate, "", "economic", ""},
	{"np", "currency swap", event.Cooperate, "", "economic", ""}, {"n", "rebuke", event.Accuse, "", "", ""}, {"p", "exercised together", event.Cooperate, "", "military", ""},
	{"p", "trained together", event.Cooperate, "", "military", ""}, {"p", "drilled together", event.Cooperate, "", "military", ""}, {"v", "return", event.Retreat, "release", "", ""},
	{"np", "support facility", event.Aid, "", "economic", ""}, {"np", "support package", event.Aid, "", "economic", ""},
	{"np", "aid package", event.Aid, "", "", ""}, {"np", "financial package", event.Aid, "", "economic", ""}, {"p", "fired", event.Assault, "", "military", "m"},
	{"p", "reimposed sanctions", event.Sanction, "", "economic", ""}, {"p", "reimpose sanctions", event.Sanction, "", "economic", ""}, {"n", "embargo", event.Sanction, "", "economic", ""},
	{"v", "halt", event.Sanction, "", "", ""}, {"v", "suspend", event.Sanction, "", "", ""}, {"n", "suspension", event.Sanction, "", "", ""},
	{"v", "expel", event.Sanction, "expel", "diplomatic", ""}, {"n", "expulsion", event.Sanction, "expel", "diplomatic", ""},
	{"p", "cut off", event.Sanction, "", "", ""}, {"p", "cut ties", event.Sanction, "", "diplomatic", ""},
	{"p", "cut its ties", event.Sanction, "", "diplomatic", ""}, {"p", "cut their ties", event.Sanction, "", "diplomatic", ""},
	{"p", "severed its ties", event.Sanction, "", "diplomatic", ""}, {"p", "broke off relations", event.Sanction, "", "diplomatic", ""},
	{"p", "downgraded relations", event.Sanction, "", "diplomatic", ""}, {"p", "downgraded ties", event.Sanction, "", "diplomatic", ""}, {"p", "severed ties", event.Sanction, "", "diplomatic", ""},
	{"p", "severed diplomatic relations", event.Sanction, "", "diplomatic", ""}, {"p", "broke off", event.Sanction, "", "diplomatic", ""},
	{"p", "recalled its ambassador", event.Sanction, "", "diplomatic", ""}, {"p", "froze", event.Sanction, "", "economic", ""},
	{"p", "ended ties", event.Sanction, "", "diplomatic", ""}, {"p", "ending ties", event.Sanction, "", "diplomatic", ""}, {"p", "end ties", event.Sanction, "", "diplomatic", ""},
	{"p", "ended relations", event.Sanction, "", "diplomatic", ""}, {"p", "ending relations", event.Sanction, "", "diplomatic", ""},
	{"p", "ended diplomatic relations", event.Sanction, "", "diplomatic", ""}, {"p", "ended diplomatic ties", event.Sanction, "", "diplomatic", ""},
	{"p", "broken off", event.Sanction, "", "diplomatic", ""}, {"p", "broke with", event.Sanction, "", "diplomatic", ""}, {"p", "break with", event.Sanction, "", "diplomatic", ""},
	{"p", "breaks with", event.Sanction, "", "diplomatic", ""}, {"p", "breaking with", event.Sanction, "", "diplomatic", ""},
	{"p", "broke relations", event.Sanction, "", "diplomatic", ""}, {"p", "broke diplomatic relations", event.Sanction, "", "diplomatic", ""},
	{"p", "breaks relations", event.Sanction, "", "diplomatic", ""}, {"p", "break relations", event.Sanction, "", "diplomatic", ""},
	{"p", "broken relations", event.Sanction, "", "diplomatic", ""}, {"p", "broke ties", event.Sanction, "", "diplomatic", ""},
	{"v", "freeze", event.Sanction, "", "economic", ""}, {"p", "frozen", event.Sanction, "", "economic", ""},
	{"p", "imposed tariffs", event.Sanction, "", "economic", ""}, {"p", "blacklisted", event.Sanction, "", "", ""},
	{"np", "grey list", event.Sanction, "", "economic", ""}, {"np", "gray list", event.Sanction, "", "economic", ""},
	// MOBILIZE.
	{"v", "mobilise", event.Mobilize, "troops", "military", ""}, {"v", "mobilize", event.Mobilize, "troops", "military", ""},
	{"n", "mobilisation", event.Mobilize, "troops", "military", ""}, {"n", "mobilization", event.Mobilize, "troops", "military", ""},
	{"v", "deploy", event.Mobilize, "troops", "military", ""}, {"n", "deployment", event.Mobilize, "troops", "military", ""},
	{"p", "massed troops", event.Mobilize, "troops", "military", ""},
	// COERCE.
	{"v", "arrest", event.Coerce, "", "", ""}, {"v", "detain", event.Coerce, "", "", ""}, {"v", "seize", event.Coerce, "", "", ""},
	{"n", "blockade", event.Coerce, "", "military", ""}, {"v", "blockade", event.Coerce, "", "military", ""},
	{"n", "violation", event.Coerce, "", "", "w"}, {"v", "violate", event.Coerce, "", "", "d"}, {"n", "capture", event.Coerce, "", "", "w"},
	{"v", "ban", event.Sanction, "", "", ""}, {"v", "terminate", event.Sanction, "", "", ""},
	{"np", "ban on", event.Sanction, "", "economic", ""}, {"np", "bans on", event.Sanction, "", "economic", ""},
	{"p", "broke ground", event.Cooperate, "", "economic", ""}, {"p", "break ground", event.Cooperate, "", "economic", ""}, {"p", "breaks ground", event.Cooperate, "", "economic", ""},
	{"n", "termination", event.Sanction, "", "", ""}, {"n", "closure", event.Sanction, "", "", ""}, {"v", "scrap", event.Sanction, "", "", ""}, {"p", "pulled out of", event.Sanction, "", "", ""},
	{"p", "withdrew from", event.Sanction, "", "", ""}, {"p", "fired at", event.Assault, "", "military", ""},
	{"p", "fired on", event.Assault, "", "military", ""}, {"p", "opened fire", event.Assault, "", "military", ""},
	{"np", "water cannon", event.Assault, "crowd-control", "military", ""}, {"p", "rammed", event.Assault, "", "military", ""},
	{"v", "reverse", event.Concede, "", "", ""}, {"n", "reversal", event.Concede, "", "", "w"}, {"v", "extradite", event.Cooperate, "", "legal", ""},
	// ASSAULT.
	{"v", "attack", event.Assault, "", "military", ""}, {"n", "attack", event.Assault, "", "military", ""},
	{"n", "strike", event.Assault, "", "military", ""}, {"p", "striking", event.Assault, "", "military", ""}, {"np", "airstrike", event.Assault, "aerial", "military", ""},
	{"np", "airstrikes", event.Assault, "aerial", "military", ""}, {"np", "air strike", event.Assault, "aerial", "military", ""},
	{"np", "air strikes", event.Assault, "aerial", "military", ""}, {"np", "drone strike", event.Assault, "drone", "military", ""},
	{"np", "drone strikes", event.Assault, "drone", "military", ""}, {"p", "struck", event.Assault, "", "military", ""},
	{"v", "bomb", event.Assault, "aerial", "military", ""}, {"v", "shell", event.Assault, "heavy-weapons", "military", ""},
	{"v", "invade", event.Assault, "", "military", ""}, {"n", "invasion", event.Assault, "", "military", ""},
	{"n", "offensive", event.Assault, "", "military", ""}, {"n", "counteroffensive", event.Assault, "", "military", ""},
	{"v", "assault", event.Assault, "", "military", ""}, {"v", "send", event.Aid, "", "", ""}, {"p", "sent", event.Aid, "", "", ""},
	{"v", "raid", event.Assault, "", "military", ""}, {"p", "fought", event.Assault, "", "military", ""},
	{"p", "fight", event.Assault, "", "military", ""}, {"p", "fights", event.Assault, "", "military", ""}, {"v", "topple", event.Assault, "", "military", ""},
	// Legal action before a court or the WTO is ACCUSE; envoys sent are
	// visits (ships sent are deployments: sendForces); storming a mission
	// is coercion; entering another state's waters is a deployment.
	{"p", "filed a case", event.Accuse, "", "legal", ""}, {"p", "filed a complaint", event.Accuse, "", "legal", ""},
	{"p", "lodged a complaint", event.Accuse, "", "legal", ""}, {"p", "brought a case", event.Accuse, "", "legal", ""},
	{"p", "filed suit", event.Accuse, "", "legal", ""}, {"p", "filed a lawsuit", event.Accuse, "", "legal", ""},
	{"p", "to the International Court of Justice", event.Accuse, "", "legal", ""}, {"p", "to the World Trade Organization", event.Accuse, "", "legal", ""},
	{"p", "to the ICJ", event.Accuse, "", "legal", ""}, {"p", "to the WTO", event.Accuse, "", "legal", ""},
	{"p", "persona non grata", event.Sanction, "", "diplomatic", ""},
	{"p", "sent an envoy", event.Consult, "visit", "diplomatic", ""}, {"p", "sent a special envoy", event.Consult, "visit", "diplomatic", ""},
	{"p", "sent a delegation", event.Consult, "visit", "diplomatic", ""}, {"p", "sent a deputy", event.Consult, "visit", "diplomatic", ""},
	{"p", "sent its foreign minister", event.Consult, "visit", "diplomatic", ""}, {"p", "sent a minister", event.Consult, "visit", "diplomatic", ""},
	{"p", "entered", event.Mobilize, "troops", "military", ""}, {"p", "moved into", event.Mobilize, "troops", "military", ""},
	// troops pouring into a country invade it (money pouring in does not)
	{"p", "poured into", event.Assault, "", "military", "m"}, {"p", "rolled into", event.Assault, "", "military", "m"},
	{"p", "marched into", event.Assault, "", "military", "m"}, {"p", "swept into", event.Assault, "", "military", "m"},
	{"p", "became", event.Cooperate, "", "", ""}, {"p", "stormed", event.Coerce, "", "", ""}, {"p", "urged restraint", event.Request, "", "", ""},
	{"n", "war", event.Assault, "", "military", ""}, {"n", "clash", event.Assault, "", "military", ""},
	{"p", "clashed", event.Assault, "", "military", ""}, {"p", "shot down", event.Assault, "", "military", ""},
	{"v", "kill", event.Assault, "", "military", "w"}, {"n", "incursion", event.Assault, "", "military", ""},
	{"n", "skirmish", event.Assault, "", "military", ""}, {"n", "conflict", event.Assault, "", "military", "w"},
	{"n", "intervention", event.Assault, "", "military", "w"}, {"n", "hostilities", event.Assault, "", "military", ""},
	{"np", "cyberattack", event.Assault, "", "cyber", ""}, {"np", "cyberattacks", event.Assault, "", "cyber", ""},
	{"np", "cyber attack", event.Assault, "", "cyber", ""},
	// General verbs and nouns of news and analyst prose (second round).
	// ACCUSE: disapproval, complaint, allegation, legal action.
	{"v", "decry", event.Accuse, "", "", ""}, {"v", "chastise", event.Accuse, "", "", ""},
	{"v", "castigate", event.Accuse, "", "", ""}, {"v", "berate", event.Accuse, "", "", ""},
	{"v", "reproach", event.Accuse, "", "", ""}, {"v", "excoriate", event.Accuse, "", "", ""},
	{"v", "reprimand", event.Accuse, "", "", ""}, {"v", "chide", event.Accuse, "", "", ""},
	{"v", "lambaste", event.Accuse, "", "", ""}, {"p", "lambasts", event.Accuse, "", "", ""},
	{"v", "slam", event.Accuse, "", "", ""}, {"p", "blasted", event.Accuse, "", "", ""},
	{"v", "assail", event.Accuse, "", "", ""}, {"v", "complain", event.Accuse, "", "", ""},
	{"p", "allege", event.Accuse, "allege", "", ""}, {"p", "alleges", event.Accuse, "allege", "", ""},
	{"p", "alleging", event.Accuse, "allege", "", ""}, {"p", "alleged that", event.Accuse, "allege", "", ""},
	{"v", "sue", event.Accuse, "allege", "legal", ""}, {"x", "sued for peace", "", "", "", ""}, {"x", "sue for peace", "", "", "", ""},
	{"x", "suing for peace", "", "", "", ""}, {"v", "indict", event.Accuse, "allege", "legal", ""},
	{"n", "indictment", event.Accuse, "allege", "legal", ""},
	// SUPPORT: praise and siding with.
	{"v", "commend", event.Support, "", "", ""}, {"v", "applaud", event.Support, "", "", ""},
	{"v", "laud", event.Support, "", "", ""}, {"p", "hailed", event.Support, "", "", ""},
	{"v", "thank", event.Support, "", "", ""}, {"x", "thanks to", "", "", "", ""}, {"x", "thank you", "", "", "", ""},
	{"p", "sided with", event.Support, "", "", ""}, {"p", "side with", event.Support, "", "", ""},
	{"p", "siding with", event.Support, "", "", ""},
	{"p", "stood with", event.Support, "", "", ""}, {"p", "stands with", event.Support, "", "", ""},
	// REJECT: refusal and defiance.
	{"v", "rebuff", event.Reject, "", "", ""}, {"v", "spurn", event.Reject, "", "", ""},
	{"v", "defy", event.Reject, "", "", ""}, {"v", "resist", event.Reject, "", "", ""},
	// SANCTION: reductions of relations.
	{"v", "revoke", event.Sanction, "", "", ""}, {"v", "rescind", event.Sanction, "", "", ""},
	{"p", "rescinded sanctions", event.Concede, "", "economic", ""}, {"p", "rescind sanctions", event.Concede, "", "economic", ""},
	{"v", "curtail", event.Sanction, "", "", ""}, {"v", "blacklist", event.Sanction, "", "", ""},
	{"v", "withhold", event.Sanction, "", "", ""}, {"p", "withheld", event.Sanction, "", "", ""},
	// COERCE: seizure, deportation, imprisonment, hacking.
	{"v", "confiscate", event.Coerce, "seize", "", ""}, {"v", "impound", event.Coerce, "seize", "", ""},
	{"v", "deport", event.Coerce, "deport", "", ""}, {"n", "deportation", event.Coerce, "deport", "", ""},
	{"v", "imprison", event.Coerce, "arrest", "", ""}, {"p", "jailed", event.Coerce, "arrest", "", ""},
	{"p", "hacked", event.Coerce, "cyber", "cyber", ""}, {"p", "hack into", event.Coerce, "cyber", "cyber", ""},
	// ASSAULT: abduction, assassination, bombardment, occupation of territory.
	{"v", "kidnap", event.Assault, "abduct", "", ""}, {"v", "abduct", event.Assault, "abduct", "", ""},
	{"n", "abduction", event.Assault, "abduct", "", ""}, {"v", "hijack", event.Assault, "abduct", "", ""},
	{"v", "assassinate", event.Assault, "targeted", "", ""}, {"n", "assassination", event.Assault, "targeted", "", ""},
	{"v", "ambush", event.Assault, "", "military", ""}, {"n", "ambush", event.Assault, "", "military", ""},
	{"p", "tortured", event.Assault, "torture", "", ""}, {"p", "torturing", event.Assault, "torture", "", ""},
	{"v", "massacre", event.Assault, "targeted", "", ""}, {"n", "massacre", event.Assault, "targeted", "", ""},
	{"v", "bombard", event.Assault, "heavy-weapons", "military", ""}, {"n", "bombardment", event.Assault, "heavy-weapons", "military", ""},
	{"p", "pounded", event.Assault, "", "military", ""}, {"p", "downed", event.Assault, "", "military", ""},
	{"p", "laid siege", event.Assault, "", "military", ""}, {"p", "lay siege", event.Assault, "", "military", ""},
	{"n", "siege", event.Assault, "", "military", ""},
	{"p", "retook", event.Assault, "", "military", ""}, {"p", "retaken", event.Assault, "", "military", ""},
	{"v", "recapture", event.Assault, "", "military", ""}, {"p", "overran", event.Assault, "", "military", ""},
	// AID: disbursement, credit, debt relief, arming and equipping.
	{"n", "disbursement", event.Aid, "", "economic", ""},
	{"p", "extended credit", event.Aid, "", "economic", ""}, {"p", "extend credit", event.Aid, "", "economic", ""},
	{"p", "extending credit", event.Aid, "", "economic", ""}, {"np", "debt relief", event.Aid, "", "economic", ""},
	{"x", "debt relief plan", "", "", "", ""}, {"x", "debt relief plans", "", "", "", ""}, {"x", "debt relief proposal", "", "", "", ""},
	{"np", "debt forgiveness", event.Aid, "", "economic", ""}, {"np", "debt cancellation", event.Aid, "", "economic", ""},
	{"p", "wrote off", event.Aid, "", "economic", ""}, {"p", "write off", event.Aid, "", "economic", ""},
	{"p", "writing off", event.Aid, "", "economic", ""}, {"p", "forgave", event.Aid, "", "economic", ""},
	{"v", "bankroll", event.Aid, "", "economic", ""}, {"p", "gifted", event.Aid, "", "", ""},
	{"p", "arming", event.Aid, "", "military", "d"},
	{"p", "arm", event.Aid, "", "military", "d"}, {"v", "equip", event.Aid, "", "military", "d"},
	{"p", "armed and trained", event.Aid, "", "military", ""}, {"p", "armed and hosted", event.Aid, "", "military", ""},
	{"p", "armed and commanded", event.Aid, "", "military", ""}, {"p", "armed and funded", event.Aid, "", "military", ""},
	{"p", "armed and financed", event.Aid, "", "military", ""}, {"p", "armed and equipped", event.Aid, "", "military", ""},
	{"p", "armed and supplied", event.Aid, "", "military", ""}, {"p", "armed and supported", event.Aid, "", "military", ""},
	{"p", "trained and armed", event.Aid, "", "military", ""}, {"p", "funded and armed", event.Aid, "", "military", ""},
	{"p", "financed and armed", event.Aid, "", "military", ""}, {"p", "equipped and armed", event.Aid, "", "military", ""},
	{"p", "restructured", event.Aid, "", "economic", ""}, {"p", "restructure", event.Aid, "", "economic", ""},
	{"np", "debt restructuring", event.Aid, "", "economic", ""},
	{"p", "cancelled debts", event.Aid, "", "economic", ""}, {"p", "cancelled the debt", event.Aid, "", "economic", ""},
	{"p", "canceled debts", event.Aid, "", "economic", ""}, {"p", "canceled the debt", event.Aid, "", "economic", ""},
	{"p", "cancelled its debt", event.Aid, "", "economic", ""}, {"p", "cancel the debt", event.Aid, "", "economic", ""},
	// AGREE: initialling and inking a deal.
	{"v", "ink", event.Agree, "", "", ""}, {"p", "initialled", event.Agree, "", "", ""}, {"p", "initialed", event.Agree, "", "", ""},
	// CONSULT: idioms of meeting and calling.
	{"p", "sat down with", event.Consult, "", "diplomatic", ""}, {"p", "played host to", event.Consult, "visit", "diplomatic", ""},
	{"p", "phoned", event.Consult, "phone", "diplomatic", ""}, {"p", "spoke by phone", event.Consult, "phone", "diplomatic", ""},
	{"p", "spoke by telephone", event.Consult, "phone", "diplomatic", ""},
	// COOPERATE: sharing of information (extradition, judicial cooperation, is COOPERATE above).
	{"p", "share intelligence", event.Cooperate, "", "intelligence", ""}, {"p", "sharing intelligence", event.Cooperate, "", "intelligence", ""},
	{"p", "exchanged intelligence", event.Cooperate, "", "intelligence", ""}, {"p", "exchange intelligence", event.Cooperate, "", "intelligence", ""},
	{"p", "shared evidence", event.Cooperate, "", "legal", ""}, {"p", "shared information", event.Cooperate, "", "", ""},
	{"p", "share information", event.Cooperate, "", "", ""}, {"p", "sharing information", event.Cooperate, "", "", ""},
	{"p", "shared expertise", event.Cooperate, "", "", ""}, {"p", "sharing expertise", event.Cooperate, "", "", ""},
	{"p", "laid the foundation stone", event.Cooperate, "", "economic", ""}, {"p", "lay the foundation stone", event.Cooperate, "", "economic", ""},
	{"p", "laying the foundation stone", event.Cooperate, "", "economic", ""}, {"p", "broke ground on", event.Cooperate, "", "economic", ""},
	{"p", "break ground on", event.Cooperate, "", "economic", ""},
	{"p", "patrolled", event.Mobilize, "troops", "military", "m"}, {"p", "patrolling", event.Mobilize, "troops", "military", "m"},
	// MOBILIZE: troop movements short of force.
	{"p", "massing troops", event.Mobilize, "troops", "military", ""}, {"p", "massed forces", event.Mobilize, "troops", "military", ""},
	{"p", "massing forces", event.Mobilize, "troops", "military", ""}, {"v", "amass", event.Mobilize, "troops", "military", "m"},
	{"np", "military buildup", event.Mobilize, "troops", "military", ""}, {"np", "military build-up", event.Mobilize, "troops", "military", ""},
	{"np", "troop buildup", event.Mobilize, "troops", "military", ""}, {"np", "troop build-up", event.Mobilize, "troops", "military", ""},
	{"np", "naval buildup", event.Mobilize, "troops", "military", ""}, {"v", "reinforce", event.Mobilize, "troops", "military", "m"},
	{"p", "dispatched troops", event.Mobilize, "troops", "military", ""}, {"p", "dispatched warships", event.Mobilize, "troops", "military", ""},
	{"p", "dispatch troops", event.Mobilize, "troops", "military", ""}, {"p", "dispatched forces", event.Mobilize, "troops", "military", ""},
	{"p", "stationed troops", event.Mobilize, "troops", "military", ""}, {"p", "station troops", event.Mobilize, "troops", "military", ""},
	{"p", "stationing troops", event.Mobilize, "troops", "military", ""},
	// RETREAT and CONCEDE: pulling back, freeing captives, easing restrictions.
	{"p", "pulled back", event.Retreat, "withdraw", "military", ""}, {"p", "pull back", event.Retreat, "withdraw", "military", ""},
	{"v", "retreat", event.Retreat, "withdraw", "military", ""}, {"p", "freed", event.Retreat, "release", "", ""},
	{"p", "handed back", event.Retreat, "", "", ""},
	{"p", "eased restrictions", event.Concede, "", "", ""}, {"p", "ease restrictions", event.Concede, "", "", ""},
	{"p", "easing restrictions", event.Concede, "", "", ""}, {"p", "relaxed restrictions", event.Concede, "", "", ""},
	{"p", "relaxed sanctions", event.Concede, "", "economic", ""}, {"p", "eased curbs", event.Concede, "", "", ""},
	{"p", "eased its ban", event.Concede, "", "", ""}, {"p", "eased the ban", event.Concede, "", "", ""}, {"p", "eased sanctions", event.Concede, "", "economic", ""},
	{"p", "eased its sanctions", event.Concede, "", "economic", ""}, {"p", "eased the sanctions", event.Concede, "", "economic", ""},
	{"p", "backed down", event.Concede, "", "", ""}, {"p", "back down", event.Concede, "", "", ""},
	// REQUEST: lobbying.
	{"v", "lobby", event.Request, "", "", "d"},
	// ASSAULT (PLOVER v0.8: occupations carried out are ASSAULT, threats to
	// occupy THREATEN).
	{"v", "annex", event.Assault, "", "territory", ""}, {"n", "annexation", event.Assault, "", "territory", ""},
	{"p", "occupy", event.Assault, "", "military", ""}, {"p", "occupying", event.Assault, "", "military", "d"},
}

func buildLexicon() *lexicon {
	l := &lexicon{root: map[string]*pnode{}, light: map[string]bool{}}
	for _, v := range lightVerbs {
		for _, f := range verbForms(v) {
			l.light[strings.ToUpper(f)] = true
		}
	}
	for _, e := range triggers {
		p := &pred{typ: e.typ, mode: e.mode, ctx: e.ctx, key: strings.ToLower(e.words)}
		for _, f := range e.flags {
			switch f {
			case 'w':
				p.weak = true
			case 'r':
				p.reverse = true
			case 'i':
				p.intent = true
			case 'm':
				p.needMil = true
			case 't':
				p.trade = true
			case 'f':
				p.needFor = true
			case 'd':
				p.needDirect = true
			case 'x':
				p.exercise = true

			}
		}
		switch e.kind {
		case "v":
			w := e.words
			forms := verbForms(w)
			if d, ok := doubled[w]; ok && d != "" {
				forms = []string{w, w + "s", d + "ed", d + "ing"}
			}
			for _, f := range forms {
				l.add(f, p)
			}
		case "n":
			np := *p
			np.noun = true
			w := e.words
			l.add(w, &np)
			switch {
			case strings.HasSuffix(w, "y") && !strings.HasSuffix(w, "ey") && !strings.HasSuffix(w, "ay"):
				l.add(w[:len(w)-1]+"ies", &np)
			case strings.HasSuffix(w, "s") || strings.HasSuffix(w, "sh") || strings.HasSuffix(w, "ch") || strings.HasSuffix(w, "x"):
				l.add(w+"es", &np)
			default:
				l.add(w+"s", &np)
			}
		case "np":
			np := *p
			np.noun = true
			l.add(e.words, &np)
		case "x":
			l.add(e.words, &pred{key: "-"})
		default:
			l.add(e.words, p)
		}
	}
	return l
}

// contextWords maps sentence keywords to PLOVER contexts.
var contextWords = map[string]string{
	"MILITARY": "military", "DEFENCE": "military", "DEFENSE": "military", "ARMY": "military", "ARMS": "military",
	"WEAPONS": "military", "WEAPON": "military", "HELICOPTERS": "military", "FIGHTERS": "military", "JETS": "military",
	"MISSILES": "military", "MISSILE": "military", "TROOPS": "military", "NAVAL": "military", "NAVY": "military",
	"SUBMARINES": "military", "FRIGATES": "military", "TANKS": "military", "AIRBASES": "military", "BASES": "military",
	"EXERCISES": "military", "DRILLS": "military", "ARMED": "military", "SOLDIERS": "military", "WARSHIPS": "military",
	"SECURITY": "military", "AIRCRAFT": "military", "EXERCISE": "military", "NAVIES": "military", "ARMIES": "military",
	"FIGHTER": "military", "BOMBERS": "military", "DRONES": "military", "RAFALE": "military", "TYPHOON": "military", "CONTRACTS": "economic",
	"ECONOMIC": "economic", "TRADE": "economic", "INVESTMENT": "economic", "INVESTMENTS": "economic",
	"LOAN": "economic", "LOANS": "economic", "CORRIDOR": "economic", "FINANCIAL": "economic", "TARIFFS": "economic",
	"EXPORTS": "economic", "IMPORTS": "economic", "ECONOMY": "economic", "COMMERCIAL": "economic", "BUSINESS": "economic",
	"TERRORISM": "terrorism", "COUNTERTERRORISM": "terrorism", "TERRORIST": "terrorism", "TERRORISTS": "terrorism",
	"MILITANT": "terrorism", "MILITANTS": "terrorism", "EXTREMISM": "terrorism", "EXTREMIST": "terrorism",
	"INSURGENT": "terrorism", "COUNTER": "terrorism", "ANTI-TERRORIST": "terrorism",
	"NUCLEAR": "cbrn", "URANIUM": "cbrn", "CENTRIFUGE": "cbrn", "CHEMICAL": "cbrn", "BIOLOGICAL": "cbrn",
	"ENRICHMENT": "cbrn", "PLUTONIUM": "cbrn", "WARHEADS": "cbrn",
	"DIPLOMATIC": "diplomatic", "EMBASSY": "diplomatic", "AMBASSADOR": "diplomatic", "DIALOGUE": "diplomatic",
	"FOREIGN": "diplomatic", "SUMMIT": "diplomatic", "DIPLOMATS": "diplomatic",
	"TECHNOLOGY": "technology", "TECHNOLOGIES": "technology", "TECHNICAL": "technology", "AI": "technology",
	"SEMICONDUCTORS": "technology", "CHIPS": "technology",
	"ENERGY": "energy", "GAS": "energy", "PIPELINE": "energy", "OIL": "energy", "LNG": "energy", "POWER": "energy",
	"ELECTRICITY": "energy", "REACTOR": "energy", "CRUDE": "energy",
	"SPACE": "space", "SATELLITE": "space", "SATELLITES": "space", "ORBIT": "space", "ASTRONAUT": "space",
	"CYBER": "cyber", "CYBERSECURITY": "cyber", "CYBERATTACKS": "cyber", "HACKING": "cyber",
	"INTELLIGENCE": "intelligence", "SPY": "intelligence", "ESPIONAGE": "intelligence", "ISI": "intelligence", "CIA": "intelligence",
	"BORDER": "territory", "BOUNDARY": "territory", "TERRITORIAL": "territory", "TERRITORY": "territory", "SOVEREIGNTY": "territory",
	"HUMANITARIAN": "humanitarian", "FLOODS": "disasters", "EARTHQUAKE": "disasters", "WHEAT": "humanitarian",
	"FOOD": "humanitarian", "REFUGEES": "migration", "MIGRANTS": "migration", "PEACEKEEPING": "peacekeeping",
	"PEACEKEEPERS": "peacekeeping", "PEACEKEEPER": "peacekeeping", "HEALTH": "health", "VACCINES": "health", "PANDEMIC": "health",
	"ELECTION": "election", "ELECTIONS": "election", "COURT": "legal", "LEGAL": "legal", "EXTRADITION": "legal",
	"DRUGS": "illegal_drugs", "NARCOTICS": "illegal_drugs", "CORRUPTION": "corruption", "RELIGIOUS": "religion_ethnicity",
	"ISLAMIC": "religion_ethnicity", "MUSLIM": "religion_ethnicity", "EDUCATION": "human_security",
}

var negWords = map[string]bool{"NOT": true, "AGAINST": true, "N'T": true, "NEVER": true, "NO": true, "NEITHER": true, "NOR": true,
	"WITHOUT": true, "DIDN'T": true, "WON'T": true, "WOULDN'T": true,
	"HASN'T": true, "HAVEN'T": true, "WASN'T": true, "WEREN'T": true, "CANNOT": true}

var hedgeWords = map[string]bool{"REPORTEDLY": true, "ALLEGEDLY": true, "ALLEGED": true, "SUGGESTED": true,
	"SUGGESTS": true, "RUMOURED": true, "RUMORED": true, "PURPORTEDLY": true, "APPARENTLY": true, "POSSIBLY": true,
	"CLAIMED": true, "CLAIMS": true, "REPORTS": true, "UNVERIFIED": true, "SPECULATION": true, "LIKELY": true,
	"MAY": true, "MIGHT": true, "COULD": true, "PERHAPS": true, "SAID": false}

// actVerbs take an infinitive that is the act itself: "voted to reject",
// "decided to suspend".
var actVerbs = map[string]bool{"VOTED": true, "VOTE": true, "VOTES": true, "DECIDED": true, "DECIDES": true,
	"MOVED": true, "CHOSE": true, "OPTED": true, "WENT": true, "BEGAN": true, "STARTED": true, "CONTINUED": true,
	"HELPED": true, "HELP": true, "SOUGHT": true, "RUSHED": true, "ACTED": true, "RESOLVED": true, "USED": true}

var intentWords = map[string]bool{"WILL": true, "WOULD": true, "SHALL": true, "PLAN": true, "PLANS": true,
	"PLANNED": true, "INTEND": true, "INTENDS": true, "INTENDED": true, "AIMS": true, "BID": true, "WANTS": true,
	"SEEKS": true, "SEEKING": true, "HOPES": true, "EXPECTED": true, "TO": false, "PROPOSED": true, "OFFERED": true,
	"PLEDGED": true, "PROMISED": true, "VOWED": true, "AGREED": true, "DESIRES": true, "WISHES": true,
	"COMMITTED": true, "WILLING": true, "PREPARED": true, "PREPARING": true, "PREPARES": true, "READY": true, "SET": true}

var beForms = map[string]bool{"IS": true, "ARE": true, "WAS": true, "WERE": true, "BE": true, "BEEN": true, "BEING": true}

// blockBefore words make the following act potential, not actual ("bid to
// join", "efforts to secure").
var blockBefore = map[string]bool{"CITING": true, "DECLINED": true, "DECLINING": true, "DECLINES": true, "BID": true, "ATTEMPT": true, "ATTEMPTS": true, "EFFORT": true, "EFFORTS": true,
	"ABILITY": true, "WILLINGNESS": true, "DESIRE": true, "NEED": true, "CAPACITY": true, "OPPORTUNITY": true,
	"CAPABILITY": true, "CAPABILITIES": true, "POTENTIAL": true, "WAYS": true, "HOW": true, "WHETHER": true,
	"IF": true, "UNLESS": true, "FAILED": true, "REFUSED": true, "PREVENT": true, "PREVENTING": true,
	"SUCH": true, "CLOSE": true, "BRINK": true, "VERGE": true, "AVOID": true, "AVOIDING": true, "ORDERED": true, "ASKING": true, "AVERT": true, "AVERTING": true, "DETER": true, "DETERRING": true}

// titleWords: "Representative of Pakistan", "Minister of Defence of Russia":
// an actor after "of" following a title is the title holder's state, not
// a prepositional complement.
var titleWords = map[string]bool{"REPRESENTATIVE": true, "MINISTER": true, "MINISTRY": true, "PRESIDENT": true,
	"AMBASSADOR": true, "SECRETARY": true, "CHIEF": true, "COMMANDER": true, "GOVERNMENT": true, "ENVOY": true,
	"DELEGATION": true, "FORCES": true, "STAFF": true, "LEADER": true, "LEADERS": true, "OFFICIALS": true,
	"PREMIER": true, "KING": true, "DEFENCE": true, "DEFENSE": true, "AFFAIRS": true, "ARMY": true, "NAVY": true,
	"MILITARY": true, "PEOPLE": true, "REPUBLIC": true, "COUNCIL": true, "PARLIAMENT": true,
	"MINISTERS": true, "PRESIDENTS": true, "REPRESENTATIVES": true, "AMBASSADORS": true, "ENVOYS": true,
	"DELEGATIONS": true, "GOVERNMENTS": true, "HEADS": true, "CHIEFS": true, "COMMANDERS": true,
	"DIPLOMATS": true, "NEGOTIATORS": true, "MILITARIES": true, "ARMIES": true, "NAVIES": true, "TROOPS": true}

// clauseWords start a new clause: the subject of a trigger after them is
// searched after them, not before.
var clauseWords = map[string]bool{"WHEN": true, "WHILE": true, "WHEREAS": true, "WHICH": true, "WHO": true,
	"WHERE": true, "BECAUSE": true, "ALTHOUGH": true, "THOUGH": true, "BUT": true, "HOWEVER": true,
	"WHOM": true, "WHOSE": true, "AS": false, "THAT": false, "UNTIL": false}

// pairWords resolve to the paragraph's current dyad ("both nations").
var pairNouns = map[string]bool{"BANKS": true, "MINISTERS": true, "PRESIDENTS": true, "NAVIES": true, "ARMIES": true, "LEADERS": true, "NATIONS": true, "COUNTRIES": true, "SIDES": true, "STATES": true, "GOVERNMENTS": true,
	"PARTIES": true, "CAPITALS": true, "BELLIGERENTS": true, "ADVERSARIES": true, "RIVALS": true, "MILITARIES": true, "NEIGHBOURS": true, "NEIGHBORS": true, "ALLIES": true, "PARTNERS": true}
