package analysis

import (
	"context"
	"fmt"
	"hash/fnv"
	"math"
	"regexp"
	"sort"
	"strconv"
	"strings"
	"unicode"

	"github.com/pivot-geo/pivot/internal/event"
	"github.com/pivot-geo/pivot/internal/store"
)

// Finding kinds.
const (
	KindContradiction = "contradiction" // two statements that cannot both hold
	KindClaimVsData   = "claim-vs-data" // a claim compared with a loaded series
	KindUnchecked     = "unchecked"     // a checkable claim with no data to check it
	KindHedged        = "hedged"        // a statement its source hedges
	KindUnconfirmed   = "unconfirmed"   // a statement its source says is not confirmed
)

// Severities, most serious first.
var severityRank = map[string]int{"high": 0, "medium": 1, "low": 2, "info": 3}

// Side is one side of a finding: a quoted statement with its source, or a
// data series.
type Side struct {
	Quote   string      `json:"quote,omitempty"`
	Text    string      `json:"text,omitempty"` // the quantity or phrase as written
	Doc     string      `json:"doc,omitempty"`
	Span    *event.Span `json:"span,omitempty"`
	Claim   string      `json:"claim,omitempty"`   // claim id
	Mention string      `json:"mention,omitempty"` // mention id
	Series  string      `json:"series,omitempty"`  // "aid USA>PAK total"
	Source  string      `json:"source,omitempty"`  // series provenance
	Value   *float64    `json:"value,omitempty"`
	Unit    string      `json:"unit,omitempty"`
	Date    string      `json:"date,omitempty"`
	Status  string      `json:"status,omitempty"`
}

// Finding is one result of Checks.
type Finding struct {
	ID       string `json:"id"`
	Kind     string `json:"kind"`
	Check    string `json:"check"`    // which rule fired
	Severity string `json:"severity"` // high, medium, low, info
	// Confidence is how sure the check is that the finding is real (that
	// both sides speak of the same thing), 0..1.
	Confidence float64 `json:"confidence"`
	Message    string  `json:"message"`
	A          Side    `json:"a"`
	B          *Side   `json:"b,omitempty"`
	// Numbers compared (claim-vs-data and numeric contradictions).
	Claimed  *float64 `json:"claimed,omitempty"`
	Observed *float64 `json:"observed,omitempty"`
	Gap      *float64 `json:"gap,omitempty"`     // claimed − observed
	GapPct   *float64 `json:"gap_pct,omitempty"` // gap / observed × 100
	Unit     string   `json:"unit,omitempty"`
	Periods  []string `json:"periods,omitempty"` // series periods used
	Missing  []string `json:"missing,omitempty"` // periods the claim covers that the series lacks
	Notes    []string `json:"notes,omitempty"`
}

func fp(v float64) *float64 { return &v }

func (f *Finding) setID() {
	h := fnv.New64a()
	h.Write([]byte(f.Check + "\x00" + f.A.Doc + f.A.Quote + f.A.Text + "\x00"))
	if f.B != nil {
		h.Write([]byte(f.B.Doc + f.B.Quote + f.B.Text + f.B.Series))
	}
	f.ID = fmt.Sprintf("%016x", h.Sum64())[:12]
}

func claimSide(c event.Claim) Side {
	s := Side{Quote: c.Quote, Text: c.Text, Doc: c.Doc, Claim: c.ID, Unit: c.Unit, Status: string(c.Status)}
	if c.Span != (event.Span{}) {
		sp := c.Span
		s.Span = &sp
	}
	if c.Value != 0 {
		s.Value = fp(c.Value)
	}
	if !c.Date.IsZero() {
		s.Date = c.Date.String()
		if !c.End.IsZero() {
			s.Date += "/" + c.End.String()
		}
	}
	return s
}

func mentionSide(m event.Mention) Side {
	s := Side{Quote: m.Quote, Text: m.Trigger, Doc: m.Doc, Mention: m.ID, Status: string(m.Status), Date: m.Date.String()}
	if m.Span != (event.Span{}) {
		sp := m.Span
		s.Span = &sp
	}
	return s
}

// Checks runs every check on the knowledge base: claims and text mentions
// against each other, money claims against the loaded aid series, and the
// list of hedged and unconfirmed statements.
func Checks(ctx context.Context, st store.Store) ([]Finding, error) {
	claims, err := st.Claims(ctx)
	if err != nil {
		return nil, err
	}
	// Mentions are read per stored document, not all at once: only text
	// mentions carry prose to compare, and a base with millions of GDELT
	// or ICEWS rows must not be loaded whole for this.
	infos, err := st.Documents(ctx)
	if err != nil {
		return nil, err
	}
	var text []event.Mention
	for _, d := range infos {
		ms, err := st.Mentions(ctx, "", d.ID)
		if err != nil {
			return nil, err
		}
		for _, m := range ms {
			if (m.Source == "" || m.Source == "text") && m.Quote != "" {
				text = append(text, m)
			}
		}
	}
	aid, err := st.Series(ctx, MeasureAid, "", "")
	if err != nil {
		return nil, err
	}
	docs := map[string]event.Document{}
	for _, c := range claims {
		if _, ok := docs[c.Doc]; ok || c.Doc == "" {
			continue
		}
		d, err := st.Document(ctx, c.Doc)
		if err != nil {
			continue // a claim whose document is gone still gets checked on its quote
		}
		docs[c.Doc] = d
	}
	return CheckAll(claims, text, aid, docs), nil
}

// CheckAll is Checks on plain data. docs (may be nil) give each claim the
// sentence before its own, where prose often names the thing a figure is
// about ("… the JF-17 Thunder. Over 70% of the jet's components …").
func CheckAll(claims []event.Claim, mentions []event.Mention, aid []event.SeriesPoint, docs map[string]event.Document) []Finding {
	cx := contexts(claims, docs)
	var out []Finding
	out = append(out, CountVsOrdinal(claims, cx)...)
	out = append(out, PercentConflicts(claims, cx)...)
	out = append(out, TotalVsParts(claims)...)
	out = append(out, AgreementDates(mentions, claims)...)
	out = append(out, ClaimsAgainstSeries(claims, aid)...)
	out = append(out, HedgedStatements(claims, mentions)...)
	for i := range out {
		out[i].setID()
	}
	sort.SliceStable(out, func(i, j int) bool {
		a, b := out[i], out[j]
		if severityRank[a.Severity] != severityRank[b.Severity] {
			return severityRank[a.Severity] < severityRank[b.Severity]
		}
		return kindRank(a.Kind) < kindRank(b.Kind)
	})
	if out == nil {
		out = []Finding{}
	}
	return out
}

func kindRank(k string) int {
	switch k {
	case KindContradiction:
		return 0
	case KindClaimVsData:
		return 1
	case KindUnchecked:
		return 2
	case KindUnconfirmed:
		return 3
	}
	return 4
}

// ---- intervals -------------------------------------------------------------

// interval is what a stated quantity allows, given its approximation word.
type interval struct{ lo, hi float64 }

func (a interval) overlaps(b interval) bool { return a.lo <= b.hi && b.lo <= a.hi }

// claimInterval reads "over 70" as (70, ∞), "about 60" as ±10%, "nearly
// 60" as [54, 60], "up to 60" as [0, 60], and a bare figure as ±5% (at
// least ±0.5): sources round, and a bare "60%" is rarely exact.
func claimInterval(v float64, approx string) interval {
	a := strings.ToLower(strings.TrimSpace(approx))
	eps := math.Max(0.05*math.Abs(v), 0.5)
	switch a {
	case "over", "more than", "above", "exceeding", "surpassed", "in excess of":
		return interval{v + 1e-9, math.Inf(1)}
	case "at least", "no less than":
		return interval{v, math.Inf(1)}
	case "under", "less than", "below", "fewer than":
		return interval{math.Inf(-1), v - 1e-9}
	case "up to", "at most", "no more than":
		return interval{math.Inf(-1), v}
	case "nearly", "almost", "close to":
		return interval{0.9 * v, v}
	case "approximately", "about", "around", "roughly", "some", "estimated":
		return interval{0.9 * v, 1.1 * v}
	}
	return interval{v - eps, v + eps}
}

func approxText(approx string, v float64, unit string) string {
	s := strconv.FormatFloat(v, 'f', -1, 64) + unit
	if approx != "" {
		return approx + " " + s
	}
	return s
}

// ---- small text helpers ----------------------------------------------------

var wordRe = regexp.MustCompile(`[\p{L}\p{N}][\p{L}\p{N}'’\-]*`)

func words(s string) []string {
	ws := wordRe.FindAllString(s, -1)
	for i, w := range ws {
		ws[i] = strings.ToLower(strings.TrimRight(w, "'’-"))
	}
	return ws
}

func containsAny(s string, list []string) (string, bool) {
	l := strings.ToLower(s)
	for _, w := range list {
		if strings.Contains(l, w) {
			return w, true
		}
	}
	return "", false
}

// designatorRe finds model designators such as JF-17, Su-35, S-400,
// CM-400AKG: the most specific shared names analyst prose gives things.
var designatorRe = regexp.MustCompile(`\b[A-Z][A-Za-z]{0,5}-\d+[A-Za-z]*\b`)

func designators(s string) map[string]bool {
	out := map[string]bool{}
	for _, d := range designatorRe.FindAllString(s, -1) {
		out[strings.ToUpper(d)] = true
	}
	return out
}

func shared(a, b map[string]bool) []string {
	var out []string
	for k := range a {
		if b[k] {
			out = append(out, k)
		}
	}
	sort.Strings(out)
	return out
}

func sameSentence(a, b event.Claim) bool {
	return a.Doc == b.Doc && a.Quote != "" && a.Quote == b.Quote
}

// near reports whether two claims of one document lie within maxChars of
// each other (about a paragraph).
func near(a, b event.Claim, maxChars int) bool {
	if a.Doc != b.Doc || a.Doc == "" {
		return false
	}
	d := a.Span.Start - b.Span.Start
	if d < 0 {
		d = -d
	}
	return d <= maxChars
}

// contexts maps claim ids to the text of the sentence before the claim's
// sentence plus its own (its quote alone when the document is unknown).
func contexts(claims []event.Claim, docs map[string]event.Document) map[string]string {
	out := map[string]string{}
	for _, c := range claims {
		out[c.ID] = c.Quote
		d, ok := docs[c.Doc]
		if !ok || len(d.Sentences) == 0 {
			continue
		}
		i := sort.Search(len(d.Sentences), func(i int) bool { return d.Sentences[i].End > c.Span.Start })
		if i >= len(d.Sentences) {
			continue
		}
		lo, hi := d.Sentences[max(0, i-1)].Start, d.Sentences[i].End
		if lo >= 0 && hi <= len(d.Text) && lo < hi {
			out[c.ID] = d.Text[lo:hi]
		}
	}
	return out
}

func ctxOf(c event.Claim, cx map[string]string) string {
	if s, ok := cx[c.ID]; ok && s != "" {
		return s
	}
	return c.Quote
}

// ---- (a1) counts versus ordinals --------------------------------------------

// seriesNouns name recurring occurrences that get numbered editions.
var seriesNouns = []string{"edition", "iteration", "round", "session", "instalment", "installment",
	"summit", "exercise", "drill", "dialogue", "conference", "meeting", "tranche", "phase", "episode", "season"}

var romanValues = map[byte]int{'I': 1, 'V': 5, 'X': 10, 'L': 50, 'C': 100}

func romanToInt(s string) int {
	n, prev := 0, 0
	for i := len(s) - 1; i >= 0; i-- {
		v, ok := romanValues[s[i]]
		if !ok {
			return 0
		}
		if v < prev {
			n -= v
		} else {
			n += v
			prev = v
		}
	}
	return n
}

var ordinalWords = map[string]int{"first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6,
	"seventh": 7, "eighth": 8, "ninth": 9, "tenth": 10, "eleventh": 11, "twelfth": 12}
var countWords = map[string]int{"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
	"eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12}
var ordSuffixRe = regexp.MustCompile(`^(\d+)(st|nd|rd|th)$`)

// ordinalOf returns the ordinal a claim states ("Druzhba VII" → 7,
// "the 7th round" → 7) and the name it numbers ("Druzhba"), using Value
// when the coder filled it.
func ordinalOf(c event.Claim) (int, string) {
	text := strings.Trim(c.Text, " \"“”'‘’,.")
	fields := strings.Fields(text)
	n := int(c.Value)
	name := ""
	for i, f := range fields {
		f = strings.Trim(f, "\"“”'‘’,.")
		v := romanToInt(f)
		if v == 0 {
			if m := ordSuffixRe.FindStringSubmatch(strings.ToLower(f)); m != nil {
				v, _ = strconv.Atoi(m[1])
			} else {
				v = ordinalWords[strings.ToLower(f)]
			}
		}
		if v > 0 {
			if n == 0 {
				n = v
			}
			name = strings.Join(fields[:i], " ")
			if name == "" && i+1 < len(fields) {
				name = strings.Join(fields[i+1:], " ")
			}
			break
		}
	}
	if name == "" {
		name = c.Subject
	}
	return n, strings.Trim(name, "\"“”'‘’,. ")
}

func countOf(c event.Claim) int {
	if c.Value > 0 {
		return int(c.Value)
	}
	for _, w := range words(c.Text) {
		if v, ok := countWords[w]; ok {
			return v
		}
		if v, err := strconv.Atoi(w); err == nil {
			return v
		}
	}
	return 0
}

var latestWords = []string{"most recent", "latest", "newest", "last "}

// CountVsOrdinal flags a count of occurrences ("six editions") that a
// nearby ordinal contradicts ("Druzhba VII": a seventh edition implies at
// least seven), and a "latest"/"most recent" ordinal below the count.
func CountVsOrdinal(claims []event.Claim, cx map[string]string) []Finding {
	var out []Finding
	for _, o := range claims {
		if o.Kind != "ordinal" {
			continue
		}
		n, name := ordinalOf(o)
		if n <= 0 {
			continue
		}
		for _, c := range claims {
			if c.Kind != "count" || c.Doc != o.Doc {
				continue
			}
			noun, ok := containsAny(c.Subject+" "+c.Text, seriesNouns)
			if !ok {
				continue
			}
			// A proper name ("Druzhba") in the count's sentence ties the two
			// at any distance; a common noun ("round") only nearby.
			_, generic := containsAny(name, seriesNouns)
			proper := name != "" && !generic && unicode.IsUpper([]rune(name)[0])
			named := proper && strings.Contains(strings.ToLower(ctxOf(c, cx)), strings.ToLower(name))
			if !named && !near(o, c, 600) {
				continue
			}
			k := countOf(c)
			if k <= 0 {
				continue
			}
			iv := claimInterval(float64(k), c.Approx)
			if c.Approx == "" {
				iv = interval{float64(k), float64(k)} // counts are exact
			}
			_, latest := containsAny(o.Quote, latestWords)
			var msg string
			switch {
			case float64(n) > iv.hi:
				msg = fmt.Sprintf("%q counts %d %ss, but %q is number %d, which implies at least %d", c.Text, k, strings.TrimSuffix(noun, "s"), o.Text, n, n)
			case latest && float64(n) < iv.lo:
				msg = fmt.Sprintf("%q counts %d %ss, but the most recent one, %q, is number %d", c.Text, k, strings.TrimSuffix(noun, "s"), o.Text, n)
			default:
				continue
			}
			conf := 0.6
			if named {
				conf = 0.8
			}
			b := claimSide(c)
			out = append(out, Finding{Kind: KindContradiction, Check: "count-vs-ordinal", Severity: "medium", Confidence: conf,
				Message: msg + "; one of them is wrong, or they count different things (e.g. an edition held after the count was written)",
				A:       claimSide(o), B: &b, Claimed: fp(float64(k)), Observed: fp(float64(n))})
		}
	}
	return out
}

// ---- (a2) percentages of the same attribute -----------------------------------

// percentConcepts group wordings of the same measured attribute; a pair
// of percentages is compared only when both express one concept.
var percentConcepts = []struct {
	name  string
	words []string
}{
	{"local content", []string{"indigenous", "local content", "locally", "manufactured in", "produced in", "made in", "built in", "domestic content", "domestically"}},
	{"ownership stake", []string{"equity", "stake", "ownership", "owned by"}},
	{"workforce share", []string{"workforce", "nationals", "employees", "workers"}},
	{"market share", []string{"market share"}},
	{"completion", []string{"complete", "completed", "completion"}},
}

func percentConcept(c event.Claim) string {
	s := c.Subject + " " + c.Quote
	for _, pc := range percentConcepts {
		if _, ok := containsAny(s, pc.words); ok {
			return pc.name
		}
	}
	return ""
}

func isPercent(c event.Claim) bool {
	return c.Kind == "percent" || c.Unit == "%"
}

// PercentConflicts flags two percentages, in different sentences, of the
// same attribute (concept, read from the claim's own sentence) of the same
// thing (a model designator shared by the claims' contexts, or the same
// subject) whose stated ranges cannot both hold ("over 70%"
// versus "60%").
func PercentConflicts(claims []event.Claim, cx map[string]string) []Finding {
	var out []Finding
	for i, a := range claims {
		if !isPercent(a) {
			continue
		}
		ca := percentConcept(a)
		for _, b := range claims[i+1:] {
			if !isPercent(b) || sameSentence(a, b) {
				continue
			}
			cb := percentConcept(b)
			thing := shared(designators(ctxOf(a, cx)+" "+a.Subject), designators(ctxOf(b, cx)+" "+b.Subject))
			sameSubject := a.Subject != "" && strings.EqualFold(strings.TrimSpace(a.Subject), strings.TrimSpace(b.Subject))
			if ca == "" || ca != cb || (len(thing) == 0 && !sameSubject) {
				continue
			}
			ia, ib := claimInterval(a.Value, a.Approx), claimInterval(b.Value, b.Approx)
			if ia.overlaps(ib) {
				continue
			}
			what := strings.Join(thing, ", ")
			if what == "" {
				what = a.Subject
			}
			conf := 0.6
			if a.Doc != b.Doc {
				conf = 0.5 // documents of different dates may both be right
			}
			bs := claimSide(b)
			out = append(out, Finding{Kind: KindContradiction, Check: "percent", Severity: "medium", Confidence: conf,
				Message: fmt.Sprintf("%s of %s: %q says %s, %q says %s; the two cannot both hold unless they measure different things (e.g. components versus value) or different dates",
					ca, what, a.Text, approxText(a.Approx, a.Value, "%"), b.Text, approxText(b.Approx, b.Value, "%")),
				A: claimSide(a), B: &bs, Claimed: fp(a.Value), Observed: fp(b.Value), Unit: "%"})
		}
	}
	return out
}

// ---- (a3) totals versus their parts ------------------------------------------

var partMarkers = []string{"including", "of which", "out of which", "among them", "incl."}

func moneyUSD(c event.Claim) (float64, bool) {
	if c.Kind != "money" && !strings.HasPrefix(strings.ToUpper(c.Unit), "USD") {
		return 0, false
	}
	u := strings.ToUpper(strings.TrimSpace(c.Unit))
	switch {
	case u == "USD" || u == "US$" || u == "$":
		return c.Value, true
	case strings.HasPrefix(u, "USD") && strings.Contains(u, "BILLION"):
		return c.Value * 1e9, true
	case strings.HasPrefix(u, "USD") && strings.Contains(u, "MILLION"):
		return c.Value * 1e6, true
	}
	return 0, false
}

// TotalVsParts flags, within one sentence, parts introduced by "including"
// (or "of which") that add up to more than the total before them, and
// shares of one whole (ownership stakes) adding up to more than 100%.
func TotalVsParts(claims []event.Claim) []Finding {
	var out []Finding
	bySentence := map[string][]event.Claim{}
	var keys []string
	for _, c := range claims {
		if c.Quote == "" {
			continue
		}
		k := c.Doc + "\x00" + c.Quote
		if _, ok := bySentence[k]; !ok {
			keys = append(keys, k)
		}
		bySentence[k] = append(bySentence[k], c)
	}
	for _, k := range keys {
		cs := bySentence[k]
		q := cs[0].Quote
		lq := strings.ToLower(q)
		// money: total before the marker, parts after it
		mk, pos := "", -1
		for _, m := range partMarkers {
			if p := strings.Index(lq, m); p >= 0 && (pos < 0 || p < pos) {
				mk, pos = m, p
			}
		}
		if pos >= 0 {
			var total *event.Claim
			var parts []event.Claim
			var sum float64
			for i, c := range cs {
				v, ok := moneyUSD(c)
				if !ok {
					continue
				}
				at := strings.Index(q, c.Text)
				if c.Text == "" || at < 0 {
					continue
				}
				if at < pos {
					total = &cs[i] // the last amount before the marker is the total
				} else {
					parts = append(parts, c)
					sum += v
				}
			}
			if total != nil && len(parts) > 0 {
				tv, _ := moneyUSD(*total)
				if iv := claimInterval(tv, total.Approx); sum > iv.hi {
					b := claimSide(parts[0])
					out = append(out, Finding{Kind: KindContradiction, Check: "total-vs-parts", Severity: "high", Confidence: 0.7,
						Message: fmt.Sprintf("the parts after %q add up to %s, more than the total %q (%s)", mk, usd(sum), total.Text, usd(tv)),
						A:       claimSide(*total), B: &b, Claimed: fp(tv), Observed: fp(sum), Unit: "USD"})
				}
			}
		}
		// percentages splitting one whole
		var stake []event.Claim
		var sum float64
		for _, c := range cs {
			if isPercent(c) && percentConcept(c) == "ownership stake" {
				stake = append(stake, c)
				sum += c.Value
			}
		}
		if len(stake) >= 2 && sum > 100.5 {
			b := claimSide(stake[1])
			out = append(out, Finding{Kind: KindContradiction, Check: "total-vs-parts", Severity: "high", Confidence: 0.6,
				Message: fmt.Sprintf("stakes in one sentence add up to %.4g%%, more than 100%%", sum),
				A:       claimSide(stake[0]), B: &b, Observed: fp(sum), Unit: "%"})
		}
	}
	return out
}

func usd(v float64) string {
	sign := ""
	if v < 0 {
		sign, v = "−", -v
	}
	switch {
	case v >= 1e9:
		return fmt.Sprintf("%sUS$ %.4g billion", sign, v/1e9)
	case v >= 1e6:
		return fmt.Sprintf("%sUS$ %.4g million", sign, v/1e6)
	}
	return fmt.Sprintf("%sUS$ %.0f", sign, v)
}

// ---- (a4) dates of the same agreement --------------------------------------------

var agreementNouns = []string{"agreement", "accord", "treaty", "pact", "memorandum", "mou"}

// agreementTopics tell agreements between the same parties apart.
var agreementTopics = []struct {
	name  string
	words []string
}{
	{"defence", []string{"defence", "defense", "military", "arms", "helicopter", "fighter", "weapons"}},
	{"nuclear", []string{"nuclear", "reactor"}},
	{"energy", []string{"energy", "gas", "pipeline", "oil", "lng", "power plant", "electricity"}},
	{"trade", []string{"trade", "economic", "commerce", "tariff", "investment"}},
	{"border", []string{"border", "boundary", "territorial"}},
	{"water", []string{"water", "river"}},
	{"education", []string{"education", "training", "university", "universities"}},
}

var yearRe = regexp.MustCompile(`^(1[89]\d\d|20\d\d)$`)

// agreementRef is one sentence that dates an agreement.
type agreementRef struct {
	doc, quote string
	year       int
	topic      string
	noun       string
	actors     map[string]bool
	side       Side
}

// agreementIn reads the first agreement noun in a sentence, the topic of
// the words just before it (its modifiers: "defence cooperation agreement")
// or, failing that, of the whole sentence, and the year closest to it.
func agreementIn(q string) (noun, topic string, year int) {
	ws := words(q)
	at := -1
	for i, w := range ws {
		for _, n := range agreementNouns {
			if w == n || w == n+"s" {
				at, noun = i, n
				break
			}
		}
		if at >= 0 {
			break
		}
	}
	if at < 0 {
		return "", "", 0
	}
	topicOf := func(ws []string) string {
		s := " " + strings.Join(ws, " ") + " "
		for _, t := range agreementTopics {
			for _, w := range t.words {
				if strings.Contains(s, " "+w) {
					return t.name
				}
			}
		}
		return ""
	}
	topic = topicOf(ws[max(0, at-4):at])
	if topic == "" {
		topic = topicOf(ws)
	}
	best := 1 << 30
	for i, w := range ws {
		if yearRe.MatchString(w) {
			if d := abs(i - at); d < best {
				best = d
				year, _ = strconv.Atoi(w)
			}
		}
	}
	return noun, topic, year
}

// AgreementDates flags sentences that date an agreement of the same topic
// between the same parties differently (by one to three years): either a
// contradiction or two agreements the sources do not tell apart. Sentences
// come from text mentions and claims; their actors are the union of the
// actors the coder found in the sentence.
func AgreementDates(mentions []event.Mention, claims []event.Claim) []Finding {
	refs := map[string]*agreementRef{}
	var order []string
	add := func(doc, quote string, actors []string, side Side, fallbackYear int) {
		if quote == "" {
			return
		}
		k := doc + "\x00" + quote
		r := refs[k]
		if r == nil {
			noun, topic, year := agreementIn(quote)
			if noun == "" {
				return
			}
			if year == 0 {
				year = fallbackYear
			}
			side.Text = ""
			r = &agreementRef{doc: doc, quote: quote, year: year, topic: topic, noun: noun, actors: map[string]bool{}, side: side}
			refs[k] = r
			order = append(order, k)
		}
		for _, a := range actors {
			if a != "" {
				r.actors[a] = true
			}
		}
	}
	for _, m := range mentions {
		add(m.Doc, m.Quote, append(append([]string{}, m.Actor...), m.Recipient...), mentionSide(m), m.Date.Year)
	}
	for _, c := range claims {
		add(c.Doc, c.Quote, c.Actors, claimSide(c), c.Date.Year)
	}
	var out []Finding
	for i, ka := range order {
		a := refs[ka]
		for _, kb := range order[i+1:] {
			b := refs[kb]
			if a.year == 0 || b.year == 0 || a.year == b.year || abs(a.year-b.year) > 3 {
				continue
			}
			if a.topic == "" || a.topic != b.topic {
				continue
			}
			common := 0
			for x := range a.actors {
				if b.actors[x] {
					common++
				}
			}
			if common < 2 {
				continue
			}
			as, bs := a.side, b.side
			as.Date, bs.Date = strconv.Itoa(a.year), strconv.Itoa(b.year)
			as.Text, bs.Text = a.noun, b.noun
			out = append(out, Finding{Kind: KindContradiction, Check: "agreement-date", Severity: "low", Confidence: 0.5,
				Message: fmt.Sprintf("a %s %s between %s is dated %d in one sentence and %d in another: the same agreement dated differently, or two agreements the text does not tell apart",
					a.topic, a.noun, strings.Join(sortedKeys(intersect(a.actors, b.actors)), " and "), a.year, b.year),
				A: as, B: &bs, Claimed: fp(float64(a.year)), Observed: fp(float64(b.year))})
		}
	}
	return out
}

func intersect(a, b map[string]bool) map[string]bool {
	out := map[string]bool{}
	for k := range a {
		if b[k] {
			out[k] = true
		}
	}
	return out
}

func sortedKeys(m map[string]bool) []string {
	out := make([]string, 0, len(m))
	for k := range m {
		out = append(out, k)
	}
	sort.Strings(out)
	return out
}

// ---- (b) claims against data -----------------------------------------------------

var aidWords = []string{" aid", "assistance", "appropriation", "grant"}

// ClaimsAgainstSeries compares money claims about aid over a period with
// the loaded aid series: the sum of the fiscal years inside the period
// (FY N counted in year N), which years the series lacks, and the gap.
func ClaimsAgainstSeries(claims []event.Claim, aid []event.SeriesPoint) []Finding {
	// index the aid series by direction
	type dir struct{ actor, recipient string }
	byDir := map[dir][]event.SeriesPoint{}
	for _, p := range aid {
		byDir[dir{p.Actor, p.Recipient}] = append(byDir[dir{p.Actor, p.Recipient}], p)
	}
	var out []Finding
	for _, c := range claims {
		v, ok := moneyUSD(c)
		if !ok || c.Date.IsZero() {
			continue
		}
		if _, ok := containsAny(" "+c.Subject+" "+c.Quote, aidWords); !ok {
			continue
		}
		y1, y2 := c.Date.Year, c.End.Year
		if y2 == 0 {
			y2 = y1
		}
		actors := map[string]bool{}
		for _, a := range c.Actors {
			actors[a] = true
		}
		var matched []dir
		for d := range byDir {
			if actors[d.recipient] && (actors[d.actor] || len(c.Actors) < 2) {
				matched = append(matched, d)
			}
		}
		sort.Slice(matched, func(i, j int) bool {
			return matched[i].actor+matched[i].recipient < matched[j].actor+matched[j].recipient
		})
		if len(matched) == 0 {
			continue // no aid series for these actors: nothing to say
		}
		cat, part := aidCategory(c, claims)
		for _, d := range matched {
			pts := byDir[d]
			if cat != "total" {
				// compare with one category: its points become the totals
				var sub []event.SeriesPoint
				for _, p := range pts {
					if strings.EqualFold(p.Category, cat) {
						p.Category = "total"
						sub = append(sub, p)
					}
				}
				pts = sub
			}
			var f Finding
			if part && cat == "total" {
				f = Finding{Kind: KindUnchecked, Check: "aid-series", Severity: "info", Confidence: 1, A: claimSide(c), B: &Side{},
					Message: fmt.Sprintf("%q is part of a larger sum in its sentence and names no category the aid series has (%s); not compared", c.Text, strings.Join(aidCategoryNames(), ", "))}
			} else {
				f = compareAid(c, v, y1, y2, pts, cat)
			}
			f.B.Series = fmt.Sprintf("aid %s>%s %s", d.actor, d.recipient, cat)
			out = append(out, f)
		}
	}
	return out
}

// aidCategories map wordings to the CRS table's categories, so a claim
// about military or counterterrorism money is compared with its part.
var aidCategories = []struct {
	cat   string
	words []string
}{
	{"csf", []string{"coalition support", "reimburse", "counterterror", "counter-terror"}},
	{"security", []string{"security", "military aid", "military assistance", "defence aid", "defense aid"}},
	{"economic", []string{"economic", "development", "humanitarian", "civilian"}},
}

func aidCategoryNames() []string {
	out := []string{"total"}
	for _, c := range aidCategories {
		out = append(out, c.cat)
	}
	return out
}

// aidCategory says which series category a money claim speaks of, and
// whether it is a part of a total stated before it in the same sentence
// ("US$ 18 billion in aid, including US$ 10 billion for counterterrorism").
// A part's category comes from its subject or the words following it.
func aidCategory(c event.Claim, all []event.Claim) (string, bool) {
	part := false
	at := strings.Index(c.Quote, c.Text)
	lq := strings.ToLower(c.Quote)
	if at > 0 && c.Text != "" {
		for _, m := range partMarkers {
			p := strings.Index(lq, m)
			if p < 0 || p > at {
				continue
			}
			for _, o := range all {
				if o.ID != c.ID && sameSentence(o, c) && o.Kind == c.Kind {
					if oa := strings.Index(c.Quote, o.Text); o.Text != "" && oa >= 0 && oa < p {
						part = true
					}
				}
			}
		}
	}
	ctx := c.Subject
	if part {
		end := min(len(c.Quote), at+len(c.Text)+60)
		ctx += " " + c.Quote[at+len(c.Text):end]
	}
	for _, ac := range aidCategories {
		if _, ok := containsAny(ctx, ac.words); ok {
			return ac.cat, part
		}
	}
	return "total", part
}

// compareAid builds the finding for one claim and one aid series (its
// points of category cat, relabelled total, or all categories for total).
func compareAid(c event.Claim, claimed float64, y1, y2 int, pts []event.SeriesPoint, cat string) Finding {
	type per struct {
		y1, y2     int
		period     string
		total, csf float64
		hasTotal   bool
		sum        float64
		unit       float64
	}
	periods := map[string]*per{}
	var order []string
	src := ""
	for _, p := range pts {
		if src == "" {
			src = p.Source
		}
		a, b := fyRange(p)
		if a == 0 {
			continue
		}
		k := fmt.Sprintf("%d-%d", a, b)
		x := periods[k]
		if x == nil {
			x = &per{y1: a, y2: b, period: p.Period, unit: unitScale(p.Unit)}
			periods[k] = x
			order = append(order, k)
		}
		switch strings.ToLower(p.Category) {
		case "", "total":
			if !x.hasTotal {
				x.total, x.hasTotal = p.Value, true
			}
		case "csf":
			x.csf += p.Value
			x.sum += p.Value
		default:
			x.sum += p.Value
		}
	}
	sort.Slice(order, func(i, j int) bool { return periods[order[i]].y1 < periods[order[j]].y1 })
	covered := map[int]bool{}
	var observed, observedNoCSF float64
	var used, notes []string
	lo, hi := 0, 0
	for _, k := range order {
		x := periods[k]
		if lo == 0 || x.y1 < lo {
			lo = x.y1
		}
		hi = max(hi, x.y2)
		in := min(x.y2, y2) - max(x.y1, y1) + 1
		if in <= 0 {
			continue
		}
		// Single years win over aggregates covering the same years.
		skip := false
		for y := max(x.y1, y1); y <= min(x.y2, y2); y++ {
			if covered[y] {
				skip = true
			}
		}
		if skip {
			notes = append(notes, x.period+" skipped: overlaps periods already counted")
			continue
		}
		tot := x.sum
		if x.hasTotal {
			tot = x.total
		}
		frac := float64(in) / float64(x.y2-x.y1+1)
		if frac < 1 {
			notes = append(notes, fmt.Sprintf("%s only partly inside the claim's period: %d of %d years counted pro rata", x.period, in, x.y2-x.y1+1))
		}
		observed += tot * frac * x.unit
		observedNoCSF += (tot - x.csf) * frac * x.unit
		for y := max(x.y1, y1); y <= min(x.y2, y2); y++ {
			covered[y] = true
		}
		used = append(used, x.period)
	}
	var missing []string
	for y := y1; y <= y2; y++ {
		if !covered[y] {
			missing = append(missing, "FY"+strconv.Itoa(y))
		}
	}
	cs := claimSide(c)
	f := Finding{Check: "aid-series", A: cs, Unit: "USD", Claimed: fp(claimed), Periods: used, Missing: missing, Notes: notes,
		B: &Side{Source: src, Unit: "USD"}}
	period := fmt.Sprintf("%d–%d", y1, y2)
	if y1 == y2 {
		period = strconv.Itoa(y1)
	}
	if len(used) == 0 {
		f.Kind, f.Severity, f.Confidence = KindUnchecked, "info", 1
		f.Message = fmt.Sprintf("%q (%s) cannot be checked: the aid series covers FY%d–FY%d only", c.Text, period, lo, hi)
		return f
	}
	perYear := strings.HasPrefix(strings.ToLower(c.Per), "year") || strings.Contains(strings.ToLower(c.Per), "annual")
	if perYear {
		n := float64(len(covered))
		observed /= n
		observedNoCSF /= n
		f.Notes = append(f.Notes, "the claim is per year: compared with the mean of the covered years")
	}
	f.Kind = KindClaimVsData
	f.Observed = fp(observed)
	f.B.Value = fp(observed)
	gap := claimed - observed
	f.Gap = fp(gap)
	pct := 100 * gap / observed
	f.GapPct = fp(pct)
	iv := claimInterval(claimed, c.Approx)
	// a bare round figure in prose ("US$ 18 billion") is taken to ±10%
	if c.Approx == "" {
		iv = interval{0.9 * claimed, 1.1 * claimed}
	}
	ap := math.Abs(pct)
	switch {
	case observed >= iv.lo && observed <= iv.hi:
		f.Severity = "info"
	case ap <= 25:
		f.Severity = "low"
	case ap <= 50:
		f.Severity = "medium"
	default:
		f.Severity = "high"
	}
	f.Confidence = 0.8
	if len(missing) > 0 {
		// Missing years make the observed sum a floor, not the figure.
		f.Confidence = 0.6
		f.Notes = append(f.Notes, fmt.Sprintf("%s not in the series: the data total is a lower bound for the period", strings.Join(missing, ", ")))
	}
	verdict := "consistent with"
	if f.Severity != "info" {
		verdict = "differs from"
	}
	what := "total"
	if cat != "total" {
		what = cat
	}
	f.Message = fmt.Sprintf("%q for %s %s the %s %s amounts in the data (%s, %s): gap %s (%+.1f%%)",
		c.Text, period, verdict, strings.Join(used, ", "), what, usd(observed), pick(len(missing) == 0, "all years present", "missing "+strings.Join(missing, ", ")),
		usd(gap), pct)
	if cat == "total" && observedNoCSF != observed {
		f.Message += fmt.Sprintf("; without CSF reimbursements the data give %s", usd(observedNoCSF))
	}
	return f
}

func unitScale(u string) float64 {
	l := strings.ToLower(u)
	switch {
	case strings.Contains(l, "billion"):
		return 1e9
	case strings.Contains(l, "million"):
		return 1e6
	case strings.Contains(l, "thousand"):
		return 1e3
	}
	return 1
}

// ---- (c) hedged and unconfirmed statements -----------------------------------------

var unconfirmedCues = []string{"not confirmed", "unconfirmed", "could not be confirmed", "not been confirmed", "not verified", "unverified", "denied"}
var hedgeCues = []string{"reportedly", "reports suggest", "reports from", "suggested", "allegedly", "alleged", "rumoured", "rumored", "is said to", "are said to", "may have", "might have", "it is believed", "according to unnamed"}

// HedgedStatements lists claims and text mentions their sources hedge or
// do not confirm: the coder's status first; a statement marked asserted
// whose sentence carries a hedge cue is listed too, with lower confidence.
// One finding per sentence.
func HedgedStatements(claims []event.Claim, mentions []event.Mention) []Finding {
	seen := map[string]bool{}
	var out []Finding
	consider := func(doc, quote string, status event.Status, side Side) {
		if quote == "" {
			return
		}
		k := doc + "\x00" + quote
		if seen[k] {
			return
		}
		kind, conf := "", 0.0
		switch status {
		case event.Unconfirmed:
			kind, conf = KindUnconfirmed, 0.9
		case event.Hedged:
			kind, conf = KindHedged, 0.9
		default:
			if _, ok := containsAny(quote, unconfirmedCues); ok {
				kind, conf = KindUnconfirmed, 0.6
			} else if _, ok := containsAny(quote, hedgeCues); ok {
				kind, conf = KindHedged, 0.5
			}
		}
		if kind == "" {
			return
		}
		seen[k] = true
		msg := "the source hedges this statement"
		if kind == KindUnconfirmed {
			msg = "the source says this is not confirmed"
		}
		if status != event.Hedged && status != event.Unconfirmed {
			msg += fmt.Sprintf(" (cue in the sentence; the coder marked it %s)", orNone(string(status)))
		}
		out = append(out, Finding{Kind: kind, Check: "status", Severity: "info", Confidence: conf, Message: msg, A: side})
	}
	for _, c := range claims {
		consider(c.Doc, c.Quote, c.Status, claimSide(c))
	}
	for _, m := range mentions {
		if m.Status == event.Negated {
			continue
		}
		consider(m.Doc, m.Quote, m.Status, mentionSide(m))
	}
	return out
}

func abs(x int) int {
	if x < 0 {
		return -x
	}
	return x
}
