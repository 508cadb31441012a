package event

// Type is a PLOVER v0.8 event type.
type Type string

const (
	Agree     Type = "AGREE"
	Consult   Type = "CONSULT"
	Support   Type = "SUPPORT"
	Concede   Type = "CONCEDE"
	Cooperate Type = "COOPERATE"
	Aid       Type = "AID"
	Retreat   Type = "RETREAT"
	Request   Type = "REQUEST"
	Accuse    Type = "ACCUSE"
	Reject    Type = "REJECT"
	Threaten  Type = "THREATEN"
	Protest   Type = "PROTEST"
	Sanction  Type = "SANCTION"
	Mobilize  Type = "MOBILIZE"
	Coerce    Type = "COERCE"
	Assault   Type = "ASSAULT"
)

// Types lists the 16 PLOVER v0.8 event types in manual order.
var Types = []Type{Agree, Consult, Support, Concede, Cooperate, Aid, Retreat,
	Request, Accuse, Reject, Threaten, Protest, Sanction, Mobilize, Coerce, Assault}

// Quad is the PLOVER quad class: 1 verbal cooperation, 2 material cooperation,
// 3 verbal conflict, 4 material conflict.
type Quad int

const (
	VerbalCoop   Quad = 1
	MaterialCoop Quad = 2
	VerbalConf   Quad = 3
	MaterialConf Quad = 4
)

func (q Quad) String() string {
	switch q {
	case VerbalCoop:
		return "verbal cooperation"
	case MaterialCoop:
		return "material cooperation"
	case VerbalConf:
		return "verbal conflict"
	case MaterialConf:
		return "material conflict"
	}
	return "unknown"
}

var quads = map[Type]Quad{
	Agree: VerbalCoop, Consult: VerbalCoop, Support: VerbalCoop, Concede: VerbalCoop,
	Cooperate: MaterialCoop, Aid: MaterialCoop, Retreat: MaterialCoop,
	Request: VerbalConf, Accuse: VerbalConf, Reject: VerbalConf, Threaten: VerbalConf,
	Protest: MaterialConf, Sanction: MaterialConf, Mobilize: MaterialConf, Coerce: MaterialConf, Assault: MaterialConf,
}

// Quad returns the type's quad class, 0 for an unknown type.
func (t Type) Quad() Quad { return quads[t] }

// Valid reports whether t is one of the 16 PLOVER types.
func (t Type) Valid() bool { _, ok := quads[t]; return ok }

// Score is the type's base cooperation–conflict score from the PLOVER v0.8
// manual's score table (data/plover/PLOVER-summary.md). ACCUSE is printed
// there as +3 while all its modes are negative; we use its "disapprove"
// value, -2, so that accusations count as conflict.
func (t Type) Score() float64 { return scores[t] }

// ModeScore refines Score with the manual's per-mode value when there is one.
func (t Type) ModeScore(mode string) float64 {
	if v, ok := modeScores[string(t)+"/"+mode]; ok {
		return v
	}
	return scores[t]
}

var scores = map[Type]float64{
	Agree: 2.5, Consult: 2.5, Support: 5, Concede: 4.5, Cooperate: 9.5, Aid: 10, Retreat: 6.5,
	Request: 0, Accuse: -2, Reject: -2, Threaten: -3.5, Protest: -5, Sanction: -6,
	Mobilize: -5.5, Coerce: -7, Assault: -9,
}

var modeScores = map[string]float64{
	"CONSULT/visit": 4, "CONSULT/third-party": 1, "CONSULT/multilateral": 4, "CONSULT/phone": 1.5,
	"RETREAT/withdraw": 8, "RETREAT/disarm": 10, "RETREAT/ceasefire": 7.5, "RETREAT/resign": 4.5,
	"REQUEST/assist": 0.5, "REQUEST/change": -1, "REQUEST/yield": -1,
	"ACCUSE/investigate": -3.5, "ACCUSE/allege": -3.5, "REJECT/assist": -1.5,
	"THREATEN/restrict": -3, "THREATEN/territory": -4, "PROTEST/riot": -7,
	"PROTEST/hunger": -4.5, "PROTEST/boycott": -4.5, "PROTEST/obstruct": -4.5,
	"SANCTION/expel": -5.5, "MOBILIZE/troops": -6.5, "MOBILIZE/weapons": -6.5, "MOBILIZE/militia": -6,
	"COERCE/censor": -6.5, "COERCE/curfew": -6.5, "COERCE/martial-law": -7.5,
	"COERCE/misinformation": -6.5, "ASSAULT/abduct": -8.5, "ASSAULT/beat": -7.5,
	"ASSAULT/torture": -8.5, "ASSAULT/sexual": -8.5, "ASSAULT/targeted": -9.5,
	"ASSAULT/destroy": -8.5, "ASSAULT/primitive": -8, "ASSAULT/suicide-attack": -9.5,
	"ASSAULT/aerial": -9.5, "ASSAULT/drone": -9.5, "ASSAULT/heavy-weapons": -9.5,
	"ASSAULT/crowd-control": -7.5, "ASSAULT/unconventional": -10,
}

// Contexts is PLOVER v0.8's context list, plus energy and space, which
// analyst prose needs and the manual folds into natural_resource/technology.
var Contexts = []string{
	"military", "intelligence", "executive", "legislative", "election",
	"political_institutions", "pro_democracy", "pro_autocracy", "economic", "legal",
	"reparations", "human_rights", "rights_freedoms", "repression", "human_security",
	"gender", "lgbt", "religion_ethnicity", "inequality", "diplomatic", "territory",
	"peacekeeping", "health", "asylum", "migration", "disasters", "natural_resource",
	"environment", "technology", "terrorism", "cbrn", "cyber", "misinformation",
	"crime", "corruption", "illegal_drugs", "trafficking",
	"energy", "space", "humanitarian",
}

// Status says how a source stands behind a mention.
type Status string

const (
	Asserted    Status = "asserted"
	Hedged      Status = "hedged"
	Negated     Status = "negated"
	Unconfirmed Status = "unconfirmed"
)
