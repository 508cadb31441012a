package event

import "encoding/json"

// Amount is a sum of money: value in units of Currency (not millions), and
// Per ("year", "month") when the source states a rate.
type Amount struct {
	Value    float64 `json:"value"`
	Currency string  `json:"currency"`
	Per      string  `json:"per,omitempty"`
}

// Span is a half-open byte range [Start, End) into a document's text.
type Span struct {
	Start int
	End   int
}

func (s Span) MarshalJSON() ([]byte, error) { return json.Marshal([2]int{s.Start, s.End}) }
func (s *Span) UnmarshalJSON(b []byte) error {
	var a [2]int
	if err := json.Unmarshal(b, &a); err != nil {
		return err
	}
	s.Start, s.End = a[0], a[1]
	return nil
}

// Mention is one extraction from one sentence or one data row. Its JSON form
// is the contract in DESIGN.md; fields after Confidence are Pivot's extras.
type Mention struct {
	ID         string   `json:"id"`
	Date       Date     `json:"date"`
	End        Date     `json:"end"`
	Actor      []string `json:"actor"`
	Recipient  []string `json:"recipient"`
	Type       Type     `json:"type"`
	Mode       string   `json:"-"` // marshalled as null when empty
	Context    []string `json:"context"`
	Amount     *Amount  `json:"amount"`
	Status     Status   `json:"status"`
	Quote      string   `json:"quote"`
	Doc        string   `json:"doc"`
	Span       Span     `json:"span"`
	Confidence float64  `json:"confidence"`

	// Source names where the mention came from: "text", "gdelt", "icews", "plover".
	Source string `json:"source,omitempty"`
	// Sentence is the index of the sentence within Doc (text sources).
	Sentence int `json:"sentence,omitempty"`
	// Trigger is the word or phrase that selected Type.
	Trigger string `json:"trigger,omitempty"`
	// CAMEO and Goldstein are kept for events imported from CAMEO datasets.
	CAMEO     string   `json:"cameo,omitempty"`
	Goldstein *float64 `json:"goldstein,omitempty"`
	// Event is the id of the event the mention was merged into.
	Event string `json:"event,omitempty"`
	// Batch is the ingest batch that stored the mention (0 when not stored).
	Batch int64 `json:"batch,omitempty"`
	// URL is the source article for dataset rows.
	URL string `json:"url,omitempty"`
}

type mentionJSON Mention

func (m Mention) MarshalJSON() ([]byte, error) {
	type withMode struct {
		mentionJSON
		Mode *string `json:"mode"`
	}
	w := withMode{mentionJSON: mentionJSON(m)}
	if m.Mode != "" {
		w.Mode = &m.Mode
	}
	fixNil(&w.Actor, &w.Recipient, &w.Context)
	return json.Marshal(w)
}

func (m *Mention) UnmarshalJSON(b []byte) error {
	var w struct {
		mentionJSON
		Mode *string `json:"mode"`
	}
	if err := json.Unmarshal(b, &w); err != nil {
		return err
	}
	*m = Mention(w.mentionJSON)
	if w.Mode != nil {
		m.Mode = *w.Mode
	}
	return nil
}

func fixNil(ls ...*[]string) {
	for _, l := range ls {
		if *l == nil {
			*l = []string{}
		}
	}
}

// Review is an event's review status.
type Review string

const (
	Proposed Review = "proposed"
	Accepted Review = "accepted"
	Rejected Review = "rejected"
)

// Event is a real-world happening: one or more mentions merged. Its fields
// mirror Mention (taken from the best mention, or from an analyst's edit).
type Event struct {
	ID         string   `json:"id"`
	Date       Date     `json:"date"`
	End        Date     `json:"end"`
	Actor      []string `json:"actor"`
	Recipient  []string `json:"recipient"`
	Type       Type     `json:"type"`
	Mode       string   `json:"-"`
	Context    []string `json:"context"`
	Amount     *Amount  `json:"amount"`
	Status     Status   `json:"status"`
	Quote      string   `json:"quote"`
	Doc        string   `json:"doc"`
	Span       Span     `json:"span"`
	Confidence float64  `json:"confidence"`

	Review   Review   `json:"review"`
	Sources  []string `json:"sources"`  // distinct mention sources: text, gdelt, …
	Mentions []string `json:"mentions"` // mention ids
	// Score is the PLOVER cooperation–conflict score of the event.
	Score     float64  `json:"score"`
	Goldstein *float64 `json:"goldstein,omitempty"`
	CAMEO     string   `json:"cameo,omitempty"`
	Version   int      `json:"version"` // bumped by every review edit (optimistic locking)
}

type eventJSON Event

func (e Event) MarshalJSON() ([]byte, error) {
	type withMode struct {
		eventJSON
		Mode *string `json:"mode"`
	}
	w := withMode{eventJSON: eventJSON(e)}
	if e.Mode != "" {
		w.Mode = &e.Mode
	}
	fixNil(&w.Actor, &w.Recipient, &w.Context, &w.Sources, &w.Mentions)
	return json.Marshal(w)
}

func (e *Event) UnmarshalJSON(b []byte) error {
	var w struct {
		eventJSON
		Mode *string `json:"mode"`
	}
	if err := json.Unmarshal(b, &w); err != nil {
		return err
	}
	*e = Event(w.eventJSON)
	if w.Mode != nil {
		e.Mode = *w.Mode
	}
	return nil
}

// Involves reports whether the event links a and b in either direction.
func (e *Event) Involves(a, b string) bool {
	return (has(e.Actor, a) && has(e.Recipient, b)) || (has(e.Actor, b) && has(e.Recipient, a)) ||
		(has(e.Actor, a) && has(e.Actor, b))
}

func has(l []string, s string) bool {
	for _, x := range l {
		if x == s {
			return true
		}
	}
	return false
}

// Document is a source text, stored verbatim, with sentence offsets.
type Document struct {
	ID        string `json:"id"`
	Title     string `json:"title"`
	Author    string `json:"author,omitempty"`
	Publisher string `json:"publisher,omitempty"`
	Date      Date   `json:"date"`
	URL       string `json:"url,omitempty"`
	Text      string `json:"text"`
	Sentences []Span `json:"sentences"`
	Batch     int64  `json:"batch,omitempty"`
}

// SeriesPoint is one value of a numeric time series with its provenance.
// Period is a year ("1985"), a fiscal year ("FY2009") or a range
// ("FY2002-FY2007"); Start and End are the calendar years it covers.
type SeriesPoint struct {
	Series    string  `json:"series"` // "aid", "arms", …
	Actor     string  `json:"actor"`
	Recipient string  `json:"recipient"`
	Period    string  `json:"period"`
	Start     int     `json:"start"`
	End       int     `json:"end"`
	Value     float64 `json:"value"`
	Unit      string  `json:"unit"` // e.g. "USD million", "TIV million"
	Category  string  `json:"category,omitempty"`
	Source    string  `json:"source"`
}

// Claim is a quantitative statement in a document, kept for checking against
// series and other claims.
type Claim struct {
	ID      string   `json:"id"`
	Doc     string   `json:"doc"`
	Span    Span     `json:"span"`
	Quote   string   `json:"quote"` // the whole sentence
	Text    string   `json:"text"`  // the quantity as written: "US$ 18 billion", "Druzhba VII"
	Kind    string   `json:"kind"`  // money, percent, count, ordinal, distance, power, other
	Value   float64  `json:"value"`
	Unit    string   `json:"unit"`             // USD, %, km, MW, …
	Per     string   `json:"per,omitempty"`    // year, …
	Approx  string   `json:"approx,omitempty"` // over, approximately, up to, …
	Date    Date     `json:"date"`
	End     Date     `json:"end"`
	Actors  []string `json:"actors"`
	Subject string   `json:"subject,omitempty"` // the noun phrase the quantity measures
	Status  Status   `json:"status"`
}
