package ingest

import (
	"bufio"
	"bytes"
	"encoding/json"
	"fmt"
	"io"
	"sort"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/pivot-geo/pivot/internal/cameo"
	"github.com/pivot-geo/pivot/internal/event"
)

// parsePLOVER reads PLOVER / POLECAT event records in any of their three
// shapes, told apart by the first bytes: a JSON array of objects, JSON
// lines, or POLECAT's tab-separated export with a header row.
func parsePLOVER(r io.Reader, name string, emit func(event.Mention) error, bad func(RowError)) (rows int, err error) {
	br := bufio.NewReaderSize(r, 1<<20)
	head, _ := br.Peek(4096)
	head = bytes.TrimPrefix(head, []byte("\ufeff"))
	trim := bytes.TrimLeft(head, " \t\r\n\ufeff")
	switch {
	case len(trim) == 0:
		return 0, &FormatError{name, 0, "empty file"}
	case trim[0] == '[':
		return parsePLOVERArray(br, name, emit, bad)
	case trim[0] == '{':
		return parsePLOVERLines(br, name, emit, bad)
	}
	first, _, _ := bytes.Cut(head, []byte("\n"))
	if bytes.IndexByte(first, '\t') >= 0 {
		return parsePOLECAT(br, name, emit, bad)
	}
	return 0, &FormatError{name, 1, "not PLOVER/POLECAT: want a JSON array, JSON lines or a tab-separated POLECAT export"}
}

// ploverRecord holds the keys PLOVER's manual, its gold-standard file
// (v0.5 names: source/target) and POLECAT JSON use.
type ploverRecord struct {
	ID        json.RawMessage `json:"id"`
	Date      string          `json:"date"`
	EndDate   string          `json:"enddate"`
	EndDate2  string          `json:"end_date"`
	Actor     json.RawMessage `json:"actor"`
	Recipient json.RawMessage `json:"recipient"`
	Source    json.RawMessage `json:"source"`
	Target    json.RawMessage `json:"target"`
	Event     json.RawMessage `json:"event"`
	EventType json.RawMessage `json:"event_type"`
	Mode      json.RawMessage `json:"mode"`
	EventMode json.RawMessage `json:"event_mode"`
	DateRes   string          `json:"date_resolved"`
	PubDate   string          `json:"pub_date"`
	Publisher string          `json:"publisher"`
	// NGEC, the coder behind POLECAT, nests actors under attributes.
	Attributes struct {
		Actor json.RawMessage `json:"ACTOR"`
		Recip json.RawMessage `json:"RECIP"`
	} `json:"attributes"`
	Context   json.RawMessage `json:"context"`
	Contexts  json.RawMessage `json:"contexts"`
	Text      string          `json:"text"`
	EventText string          `json:"eventText"`
	EvText2   string          `json:"event_text"`
	Link      string          `json:"link"`
	URL       string          `json:"url"`
	Pub       string          `json:"publication"`
}

// newlineIndex records where lines start in the bytes read through it, so
// that JSON decoder offsets can be turned into line numbers.
type newlineIndex struct {
	r     io.Reader
	off   int64
	lines []int64 // offsets just after each '\n'
}

func (n *newlineIndex) Read(p []byte) (int, error) {
	k, err := n.r.Read(p)
	for i := 0; i < k; i++ {
		if p[i] == '\n' {
			n.lines = append(n.lines, n.off+int64(i)+1)
		}
	}
	n.off += int64(k)
	return k, err
}

func (n *newlineIndex) line(off int64) int {
	return sort.Search(len(n.lines), func(i int) bool { return n.lines[i] > off }) + 1
}

func parsePLOVERArray(r io.Reader, name string, emit func(event.Mention) error, bad func(RowError)) (rows int, err error) {
	ni := &newlineIndex{r: &utf8Check{r: r, name: name}}
	dec := json.NewDecoder(ni)
	if _, err := dec.Token(); err != nil {
		return 0, jsonErr(name, err)
	}
	good := 0
	seen := map[string]int{}
	for dec.More() {
		var raw json.RawMessage
		if err := dec.Decode(&raw); err != nil {
			return rows, jsonErr(name, err)
		}
		rows++
		line := ni.line(dec.InputOffset() - int64(len(raw)))
		ok, err := ploverRecordRaw(raw, name, line, seen, emit, bad)
		if err != nil {
			return rows, err
		}
		if ok {
			good++
		}
	}
	if _, err := dec.Token(); err != nil {
		return rows, jsonErr(name, err)
	}
	if rows > 0 && good == 0 {
		return rows, &FormatError{name, 0, fmt.Sprintf("none of %d records is a PLOVER event: wrong format?", rows)}
	}
	return rows, nil
}

func parsePLOVERLines(r io.Reader, name string, emit func(event.Mention) error, bad func(RowError)) (rows int, err error) {
	lr := newLineReader(r)
	good := 0
	seen := map[string]int{}
	for {
		line, ok := lr.next()
		if !ok {
			break
		}
		if len(bytes.TrimSpace(line)) == 0 {
			continue
		}
		if !utf8.Valid(line) {
			return rows, &FormatError{name, lr.n, "invalid UTF-8"}
		}
		rows++
		if !json.Valid(line) {
			if rows == 1 {
				return rows, &FormatError{name, lr.n, "not JSON lines: the first line is not a JSON object"}
			}
			bad(RowError{File: name, Line: lr.n, Reason: "not a JSON object"})
			continue
		}
		ok, err := ploverRecordRaw(line, name, lr.n, seen, emit, bad)
		if err != nil {
			return rows, err
		}
		if ok {
			good++
		}
	}
	if err := lr.failed(); err != nil {
		return rows, &FormatError{name, lr.n + 1, err.Error()}
	}
	if rows > 0 && good == 0 {
		return rows, &FormatError{name, 0, fmt.Sprintf("none of %d records is a PLOVER event: wrong format?", rows)}
	}
	return rows, nil
}

// ploverRecordRaw decodes and emits one record; ok is true when it was a
// well-formed record (imported or deliberately dropped).
func ploverRecordRaw(raw []byte, name string, line int, seen map[string]int, emit func(event.Mention) error, bad func(RowError)) (bool, error) {
	var rec ploverRecord
	if err := json.Unmarshal(raw, &rec); err != nil {
		bad(RowError{File: name, Line: line, Reason: "not a PLOVER record: " + err.Error()})
		return false, nil
	}
	fail := func(field, format string, a ...any) (bool, error) {
		bad(RowError{File: name, Line: line, Field: field, Reason: fmt.Sprintf(format, a...)})
		return false, nil
	}
	id := jsonScalar(rec.ID)
	events := stringList(rec.Event)
	if len(events) == 0 {
		events = stringList(rec.EventType)
	}
	if len(events) == 1 && strings.EqualFold(events[0], "DOCUMENT") {
		bad(RowError{File: name, Line: line, Field: "event", Reason: droppedPrefix + "PLOVER documentation record"})
		return true, nil
	}
	if id == "" {
		return fail("id", "missing")
	}
	if first, dup := seen[id]; dup {
		return fail("id", "%q repeats the id of the record on line %d", id, first)
	}
	seen[id] = line
	if len(events) == 0 {
		return fail("event", "missing")
	}
	ds := firstNonEmpty(rec.DateRes, rec.Date, rec.PubDate)
	date, err := event.ParseDate(ds)
	if err != nil || date.IsZero() {
		return fail("date", "%q is not a YYYY, YYYY-MM or YYYY-MM-DD date", ds)
	}
	var end event.Date
	if e := firstNonEmpty(rec.EndDate, rec.EndDate2); e != "" {
		if end, err = event.ParseDate(e); err != nil {
			return fail("enddate", "%q is not a date", e)
		}
	}
	actorsRaw, recipRaw := rec.Actor, rec.Recipient
	if len(actorsRaw) == 0 {
		actorsRaw = rec.Source
	}
	if len(actorsRaw) == 0 {
		actorsRaw = rec.Attributes.Actor
	}
	if len(recipRaw) == 0 {
		recipRaw = rec.Target
	}
	if len(recipRaw) == 0 {
		recipRaw = rec.Attributes.Recip
	}
	actors, names, err := entities(actorsRaw)
	if err != nil {
		return fail("actor", "%v", err)
	}
	recips, rnames, err := entities(recipRaw)
	if err != nil {
		return fail("recipient", "%v", err)
	}
	modes := stringList(rec.Mode)
	if len(modes) == 0 {
		modes = stringList(rec.EventMode)
	}
	ctxRaw := rec.Context
	if len(ctxRaw) == 0 {
		ctxRaw = rec.Contexts
	}
	var contexts []string
	for _, c := range stringList(ctxRaw) {
		for _, p := range strings.FieldsFunc(c, func(r rune) bool { return r == ',' || r == ';' || r == '|' }) {
			if p = strings.TrimSpace(p); p != "" {
				contexts = appendUniq(contexts, ploverContext(p))
			}
		}
	}
	text := firstNonEmpty(rec.Text, rec.EventText, rec.EvText2)
	for i, ev := range events {
		typ, mode, ok := ploverType(ev)
		if !ok {
			return fail("event", "%q is not a PLOVER event type", ev)
		}
		if len(modes) > 0 {
			mode = ploverMode(modes[0])
		}
		m := event.Mention{
			ID: "plover:" + id, Doc: "plover:" + id, Source: "plover", Date: date, End: end,
			Actor: actors, Recipient: recips, Type: typ, Mode: mode, Context: contexts,
			Status: event.Asserted, Confidence: 0.8, URL: firstNonEmpty(rec.URL, rec.Link),
		}
		if i > 0 {
			m.ID += "#" + strconv.Itoa(i+1)
		}
		q := fmt.Sprintf("%s → %s %s", joinOr(actors, names), joinOr(recips, rnames), typ)
		if mode != "" {
			q += " " + mode
		}
		if text != "" {
			q += ": " + text
		}
		src := "PLOVER"
		if p := firstNonEmpty(rec.Pub, rec.Publisher); p != "" {
			src += ", " + p
		}
		m.Quote = fmt.Sprintf("%s (%s, record %s, line %d)", q, src, id, line)
		if err := emit(m); err != nil {
			return true, err
		}
	}
	return true, nil
}

// entities reads an actor or recipient list: objects with a code (or a
// country name), plain strings, or a single one of either. Non-state codes
// PLOVER uses (IGO, NGO, IMG, …) are kept as they are.
func entities(raw json.RawMessage) ([]string, []string, error) {
	raw = bytes.TrimSpace(raw)
	if len(raw) == 0 || string(raw) == "null" {
		return nil, nil, nil
	}
	var items []json.RawMessage
	if raw[0] == '[' {
		if err := json.Unmarshal(raw, &items); err != nil {
			return nil, nil, fmt.Errorf("not a list of actors: %v", err)
		}
	} else {
		items = []json.RawMessage{raw}
	}
	var codes, names []string
	for _, it := range items {
		var code, nm string
		if len(it) > 0 && it[0] == '{' {
			var o struct {
				Code        string `json:"code"`
				Country     string `json:"country"`
				CountryName string `json:"country_name"`
				CountryCode string `json:"country_code"`
				Entity      string `json:"entity_name"`
				ActorText   string `json:"actorText"`
				Raw         string `json:"raw_text"`
				Wiki        string `json:"wiki"`
				Text        string `json:"text"`
			}
			if err := json.Unmarshal(it, &o); err != nil {
				return nil, nil, fmt.Errorf("actor %s: %v", it, err)
			}
			code = firstNonEmpty(o.Code, o.CountryCode, o.Country, o.CountryName)
			nm = firstNonEmpty(o.ActorText, o.Entity, o.Wiki, o.Raw, o.Text)
		} else {
			if err := json.Unmarshal(it, &code); err != nil {
				return nil, nil, fmt.Errorf("actor %s is neither an object nor a string", it)
			}
		}
		code = strings.TrimSpace(code)
		if code == "" {
			continue
		}
		c, ok := actorCode(code)
		if !ok {
			return nil, nil, fmt.Errorf("%q is not an actor code or country name", code)
		}
		codes = appendUniq(codes, c)
		if nm != "" {
			names = append(names, nm)
		}
	}
	return codes, names, nil
}

// legacyCodes fixes codes seen in PLOVER's gold-standard records.
var legacyCodes = map[string]string{"JAP": "JPN", "ITL": "ITA", "ROM": "ROU"}

// actorCode resolves an ISO3 code, a CAMEO country code, an English country
// name, or keeps an upper-case code of 2–6 letters (IGO, UNO, NATO, EU).
func actorCode(s string) (string, bool) {
	if c, ok := legacyCodes[s]; ok {
		return c, true
	}
	if iso := cameo.NameToISO3(s); iso != "" {
		return iso, true
	}
	if iso := cameo.CountryISO3(s); iso != "" {
		return iso, true
	}
	if len(s) >= 2 && len(s) <= 6 {
		for _, r := range s {
			if r < 'A' || r > 'Z' {
				return "", false
			}
		}
		return s, true
	}
	return "", false
}

// ploverType maps v0.8 names and the older ones the gold-standard file
// uses (DEMAND, DISAPPROVE, INVESTIGATE, FIGHT) to v0.8 types.
func ploverType(s string) (event.Type, string, bool) {
	s = strings.ToUpper(strings.TrimSpace(s))
	switch s {
	case "DEMAND":
		return event.Request, "", true
	case "DISAPPROVE":
		return event.Accuse, "disapprove", true
	case "INVESTIGATE":
		return event.Accuse, "investigate", true
	case "FIGHT":
		return event.Assault, "", true
	}
	t := event.Type(s)
	return t, "", t.Valid()
}

var legacyModes = map[string]string{
	"strike-hun": "hunger", "strike-gen": "strike", "riot-spon": "riot", "riot-org": "riot",
	"demo-org": "demo", "demo-spon": "demo",
}

func ploverMode(s string) string {
	s = strings.ToLower(strings.TrimSpace(s))
	if m, ok := legacyModes[s]; ok {
		return m
	}
	return s
}

var legacyContexts = map[string]string{
	"refugee": "migration", "refugees": "migration", "resource": "natural_resource",
	"rights": "rights_freedoms", "political": "political_institutions", "government": "executive",
	"democracy": "pro_democracy",
}

func ploverContext(s string) string {
	s = strings.ToLower(strings.TrimSpace(s))
	if c, ok := legacyContexts[s]; ok {
		return c
	}
	return strings.ReplaceAll(s, " ", "_")
}

// parsePOLECAT reads POLECAT's tab-separated export. Column names are
// matched loosely ("Event Type", "event_type", "EventType"); countries may
// be ISO3 codes or names, several separated by ";" or ",".
func parsePOLECAT(r io.Reader, name string, emit func(event.Mention) error, bad func(RowError)) (rows int, err error) {
	lr := newLineReader(r)
	head, _ := lr.next()
	if !utf8.Valid(head) {
		return 0, &FormatError{name, 1, "invalid UTF-8"}
	}
	hf := strings.Split(string(head), "\t")
	cols := map[string]int{}
	for i, h := range hf {
		cols[normHeader(h)] = i
	}
	pick := func(names ...string) int {
		for _, n := range names {
			if i, ok := cols[n]; ok {
				return i
			}
		}
		return -1
	}
	cID := pick("eventid", "id")
	cDate := pick("eventdate", "date", "storydate", "publicationdate")
	cType := pick("eventtype", "event", "type")
	cMode := pick("eventmode", "mode")
	cCtx := pick("contexts", "context", "eventcontexts")
	cAC := pick("actorcountry", "actorcountrycode", "actoriso", "actor")
	cRC := pick("recipientcountry", "recipientcountrycode", "recipientiso", "recipient")
	cAN := pick("actorname", "actornameraw")
	cRN := pick("recipientname", "recipientnameraw")
	cInt := pick("intensity")
	cSrc := pick("source", "publisher", "feed")
	cText := pick("eventtext", "text", "headline")
	if cID < 0 || cDate < 0 || cType < 0 || cAC < 0 {
		return 0, &FormatError{name, 1, "not a POLECAT export: the header needs Event ID, Event Date, Event Type and Actor Country columns"}
	}
	get := func(f []string, i int) string {
		if i >= 0 && i < len(f) {
			return strings.TrimSpace(f[i])
		}
		return ""
	}
	good := 0
	rows, err = eachTSVRow(lr, name, len(hf), bad, func(f []string, line int, fail rowFail) error {
		id := get(f, cID)
		if id == "" {
			fail("Event ID", "empty")
			return nil
		}
		ds := get(f, cDate)
		if len(ds) > 10 && (ds[10] == 'T' || ds[10] == ' ') {
			ds = ds[:10]
		}
		date, err := event.ParseDate(ds)
		if err != nil || date.IsZero() {
			fail("Event Date", "%q is not a date", get(f, cDate))
			return nil
		}
		typ, mode, ok := ploverType(get(f, cType))
		if !ok {
			fail("Event Type", "%q is not a PLOVER event type", get(f, cType))
			return nil
		}
		if m := get(f, cMode); m != "" {
			mode = ploverMode(m)
		}
		actors, err1 := codeList(get(f, cAC))
		if err1 != nil {
			fail("Actor Country", "%v", err1)
			return nil
		}
		recips, err2 := codeList(get(f, cRC))
		if err2 != nil {
			fail("Recipient Country", "%v", err2)
			return nil
		}
		var contexts []string
		for _, c := range strings.FieldsFunc(get(f, cCtx), func(r rune) bool { return r == ',' || r == ';' || r == '|' }) {
			if c = strings.TrimSpace(c); c != "" {
				contexts = appendUniq(contexts, ploverContext(c))
			}
		}
		if s := get(f, cInt); s != "" {
			if _, err := strconv.ParseFloat(s, 64); err != nil {
				fail("Intensity", "%q is not a number", s)
				return nil
			}
		}
		good++
		m := event.Mention{
			ID: "polecat:" + id, Doc: "polecat:" + id, Source: "plover", Date: date,
			Actor: actors, Recipient: recips, Type: typ, Mode: mode, Context: contexts,
			Status: event.Asserted, Confidence: 0.7,
		}
		q := fmt.Sprintf("%s → %s %s", joinOr(actors, nil), joinOr(recips, nil), typ)
		if mode != "" {
			q += " " + mode
		}
		if a, rn := get(f, cAN), get(f, cRN); a != "" || rn != "" {
			q += ": " + orQ(a) + " → " + orQ(rn)
		}
		if t := get(f, cText); t != "" {
			q += ": " + t
		}
		src := "POLECAT"
		if s := get(f, cSrc); s != "" {
			src += ", " + s
		}
		m.Quote = fmt.Sprintf("%s (%s, row %d)", q, src, line)
		if err := emit(m); err != nil {
			return err
		}
		return nil
	})
	if err != nil {
		return rows, err
	}
	if rows > 0 && good == 0 {
		return rows, &FormatError{name, 0, fmt.Sprintf("none of %d rows is a POLECAT event: wrong format?", rows)}
	}
	return rows, nil
}

func codeList(s string) ([]string, error) {
	var out []string
	for _, p := range strings.FieldsFunc(s, func(r rune) bool { return r == ';' || r == ',' || r == '|' }) {
		p = strings.TrimSpace(p)
		if p == "" || p == "NA" || p == "None" {
			continue
		}
		c, ok := actorCode(p)
		if !ok {
			return nil, fmt.Errorf("%q is not a country code or name", p)
		}
		out = appendUniq(out, c)
	}
	return out, nil
}

// stringList reads a JSON string, list of strings, or null.
func stringList(raw json.RawMessage) []string {
	raw = bytes.TrimSpace(raw)
	if len(raw) == 0 || string(raw) == "null" {
		return nil
	}
	var one string
	if json.Unmarshal(raw, &one) == nil {
		if one = strings.TrimSpace(one); one == "" {
			return nil
		}
		return []string{one}
	}
	var many []string
	if json.Unmarshal(raw, &many) == nil {
		var out []string
		for _, s := range many {
			if s = strings.TrimSpace(s); s != "" {
				out = append(out, s)
			}
		}
		return out
	}
	return nil
}

func jsonScalar(raw json.RawMessage) string {
	raw = bytes.TrimSpace(raw)
	if len(raw) == 0 || string(raw) == "null" {
		return ""
	}
	var s string
	if json.Unmarshal(raw, &s) == nil {
		return strings.TrimSpace(s)
	}
	return string(raw) // a number
}

func firstNonEmpty(ss ...string) string {
	for _, s := range ss {
		if s = strings.TrimSpace(s); s != "" {
			return s
		}
	}
	return ""
}

func appendUniq(l []string, s string) []string {
	for _, x := range l {
		if x == s {
			return l
		}
	}
	return append(l, s)
}

func joinOr(codes, names []string) string {
	if len(codes) > 0 {
		return strings.Join(codes, "+")
	}
	if len(names) > 0 {
		return strings.Join(names, "+")
	}
	return "?"
}

// utf8Check fails a stream that is not valid UTF-8 (checked per read,
// carrying an incomplete character over to the next read).
type utf8Check struct {
	r     io.Reader
	name  string
	carry []byte
	off   int64
}

func (u *utf8Check) Read(p []byte) (int, error) {
	n, err := u.r.Read(p)
	if n > 0 {
		b := append(u.carry, p[:n]...)
		cut := len(b)
		for i := 0; i < utf8.UTFMax && cut > 0; i++ {
			if utf8.Valid(b[:cut]) {
				break
			}
			cut--
		}
		if !utf8.Valid(b[:cut]) || (err == io.EOF && cut != len(b)) {
			return 0, &FormatError{u.name, 0, fmt.Sprintf("invalid UTF-8 near byte %d", u.off)}
		}
		u.carry = append(u.carry[:0], b[cut:]...)
		u.off += int64(n)
	} else if err == io.EOF && len(u.carry) > 0 {
		return 0, &FormatError{u.name, 0, "invalid UTF-8 at the end"}
	}
	return n, err
}

func jsonErr(name string, err error) error {
	if fe, ok := err.(*FormatError); ok {
		return fe
	}
	return &FormatError{name, 0, "not valid PLOVER JSON: " + err.Error()}
}
