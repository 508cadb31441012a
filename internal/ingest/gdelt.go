package ingest

import (
	"bytes"
	"crypto/sha1"
	"encoding/hex"
	"fmt"
	"io"
	"math"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/pivot-geo/pivot/internal/cameo"
	"github.com/pivot-geo/pivot/internal/event"
)

// droppedPrefix starts the reason of valid rows that carry nothing Pivot
// imports (CAMEO 01 statements and 02 appeals, which PLOVER drops; PLOVER
// documentation records). They count as skipped, by reason, but are not
// listed as problems.
const droppedPrefix = "not imported: "

func isDropped(e RowError) bool { return strings.HasPrefix(e.Reason, droppedPrefix) }

// FormatError is a whole-file failure: the input is not in the expected
// format, is not UTF-8, or is truncated. Nothing of the file is imported.
type FormatError struct {
	File string
	Line int // 0 when not tied to a line
	Msg  string
}

func (e *FormatError) Error() string {
	if e.Line > 0 {
		return fmt.Sprintf("%s:%d: %s", e.File, e.Line, e.Msg)
	}
	return fmt.Sprintf("%s: %s", e.File, e.Msg)
}

// reasonCAMEO0102 is why rows coded CAMEO 01x/02x are not imported.
const reasonCAMEO0102 = droppedPrefix + "CAMEO 01 (statement) or 02 (appeal) event: PLOVER has no event type for these"

// GDELT event table columns, GDELT 2.0 numbering (FORMATS.md §2).
const (
	gID          = 0
	gSQLDate     = 1
	gA1Code      = 5
	gA1Name      = 6
	gA1Country   = 7
	gA1Group     = 8
	gA2Code      = 15
	gA2Name      = 16
	gA2Country   = 17
	gA2Group     = 18
	gRoot        = 25
	gEventCode   = 26
	gQuad        = 29
	gGoldstein   = 30
	gNumMentions = 31
	gNumSources  = 32
	gActionGeoCC = 53
	gDateAdded   = 59
	gSourceURL   = 60
)

// v1 index for each v2 column: 2.0 inserted ADM2Code after each ADM1Code
// (v2 39, 47, 55), so columns after them shift by 1, 2 or 3.
func v1index(k int) int {
	switch {
	case k < 39:
		return k
	case k < 47:
		return k - 1
	case k < 55:
		return k - 2
	default:
		return k - 3
	}
}

// gdeltParser reads GDELT event files (1.0 back files with 57 fields, 1.0
// daily files with 58, 2.0 and translingual 2.0 with 61, mixed freely) and
// the GDELT 2.0 Mentions table (16 fields). Which table a file holds is
// decided by its first line.
type gdeltParser struct {
	name         string
	translingual bool
	// lookup finds the mention made from an event row, for joining Mentions
	// rows; dropped is true when the row was valid but not imported (CAMEO
	// 01/02), code then holds its CAMEO code.
	lookup func(geid string) (m *event.Mention, dropped string, ok bool)
	// remember is told of every event row (nil m: dropped, with its code).
	remember func(geid string, m *event.Mention, droppedCode string)
	// mentions is true once the file is known to be a Mentions table.
	mentions bool

	codes map[string]string // interned CAMEO codes
	buf   []byte
}

// parseGDELT reads GDELT event rows (57/58/61 fields) from r.
func parseGDELT(r io.Reader, name string, emit func(event.Mention) error, bad func(RowError)) (rows int, err error) {
	p := &gdeltParser{name: name, translingual: strings.Contains(strings.ToLower(name), "translation")}
	return p.parse(r, emit, bad)
}

const maxGDELTFields = 62

func splitTabs(line []byte, f *[maxGDELTFields][]byte) int {
	n := 0
	for {
		i := bytes.IndexByte(line, '\t')
		if i < 0 {
			if n < maxGDELTFields {
				f[n] = line
			}
			return n + 1
		}
		if n < maxGDELTFields {
			f[n] = line[:i]
		}
		n++
		line = line[i+1:]
	}
}

func (p *gdeltParser) parse(r io.Reader, emit func(event.Mention) error, bad func(RowError)) (rows int, err error) {
	if p.codes == nil {
		p.codes = map[string]string{}
	}
	lr := newLineReader(r)
	var f [maxGDELTFields][]byte
	first := true
	good := 0
	for {
		line, ok := lr.next()
		if !ok {
			break
		}
		if len(line) == 0 {
			continue
		}
		if !utf8.Valid(line) {
			return rows, &FormatError{p.name, lr.n, "invalid UTF-8 (GDELT files are UTF-8)"}
		}
		n := splitTabs(line, &f)
		if first {
			first = false
			switch {
			case n == 16 && isDigits(f[0]):
				p.mentions = true
			case (n == 57 || n == 58 || n == 61) && isDigits(f[0]):
			case n > 30 && n != 27 && isDigits(f[0]):
				// An events file whose first row is damaged: that row is bad, not the file.
			case n == 27:
				return 0, &FormatError{p.name, lr.n, "this is a GDELT GKG file (27 fields): per-article records, not coded events; import the events (.export.CSV) and mentions files instead"}
			default:
				return 0, &FormatError{p.name, lr.n, fmt.Sprintf("not a GDELT events or mentions file: first line has %d tab-separated fields (events have 57, 58 or 61, mentions 16)", n)}
			}
		}
		rows++
		var m event.Mention
		var reason string
		var dropped bool
		if p.mentions {
			m, reason, dropped = p.mentionRow(&f, n, lr.n)
		} else {
			m, reason, dropped = p.eventRow(&f, n, lr.n)
		}
		if reason != "" {
			bad(RowError{File: p.name, Line: lr.n, Reason: reason})
			if dropped {
				good++
			}
			continue
		}
		good++
		if err := emit(m); err != nil {
			return rows, err
		}
	}
	if err := lr.failed(); err != nil {
		return rows, &FormatError{p.name, lr.n + 1, err.Error()}
	}
	if rows > 0 && good == 0 && !p.mentions {
		return rows, &FormatError{p.name, 0, fmt.Sprintf("none of %d rows is a valid GDELT event: wrong format?", rows)}
	}
	return rows, nil
}

func (p *gdeltParser) col(f *[maxGDELTFields][]byte, n, k int) []byte {
	if n == 61 {
		return f[k]
	}
	return f[v1index(k)]
}

func (p *gdeltParser) version(n int) string {
	switch n {
	case 57:
		return "GDELT 1.0 back file"
	case 58:
		return "GDELT 1.0"
	}
	if p.translingual {
		return "GDELT 2.0 translingual"
	}
	return "GDELT 2.0"
}

func (p *gdeltParser) eventRow(f *[maxGDELTFields][]byte, n, line int) (event.Mention, string, bool) {
	var m event.Mention
	if n != 57 && n != 58 && n != 61 {
		return m, fmt.Sprintf("%d fields; GDELT events have 57, 58 or 61", n), false
	}
	id := f[gID]
	if !isDigits(id) {
		return m, fmt.Sprintf("GLOBALEVENTID %q is not a number", clip(id)), false
	}
	date, ok := ymd(f[gSQLDate])
	if !ok {
		return m, fmt.Sprintf("SQLDATE %q is not a YYYYMMDD date", clip(f[gSQLDate])), false
	}
	codeB := f[gEventCode]
	code, ok := p.codes[string(codeB)]
	if !ok {
		if !cameo.Known(string(codeB)) {
			return m, fmt.Sprintf("EventCode %q is not a CAMEO code", clip(codeB)), false
		}
		code = string(codeB)
		p.codes[code] = code
	}
	mp, ok := cameo.PLOVER(code)
	if !ok {
		if p.remember != nil {
			p.remember(string(id), nil, code)
		}
		return m, reasonCAMEO0102, true
	}
	gs := f[gGoldstein]
	g, ok := parseNum(gs)
	if !ok || g < -10 || g > 10 {
		return m, fmt.Sprintf("GoldsteinScale %q is not a number in -10..10", clip(gs)), false
	}
	nsrc, _ := parseNum(p.col(f, n, gNumSources))

	idStr := "gdelt:" + string(id)
	a1 := gdeltActor(p.col(f, n, gA1Country), p.col(f, n, gA1Group))
	a2 := gdeltActor(p.col(f, n, gA2Country), p.col(f, n, gA2Group))
	if date.Year < 1992 { // CAMEO codes the Soviet Union as RUS; Pivot names it SUN
		a1, a2 = sovietBefore1992(a1, date), sovietBefore1992(a2, date)
	}
	m = event.Mention{
		ID: idStr, Doc: idStr, Source: "gdelt", Date: date,
		Type: mp.Type, Mode: mp.Mode, Status: event.Asserted,
		CAMEO: code, Goldstein: &g,
		Confidence: gdeltConfidence(nsrc),
	}
	if a1 != "" {
		m.Actor = []string{a1}
	}
	if a2 != "" {
		m.Recipient = []string{a2}
	}
	if len(mp.Context) > 0 {
		m.Context = append([]string(nil), mp.Context...)
	}
	var cite string
	if n >= 58 {
		u := p.col(f, n, gSourceURL)
		if bytes.HasPrefix(u, []byte("http://")) || bytes.HasPrefix(u, []byte("https://")) {
			m.URL = string(u)
		} else if len(u) > 0 {
			cite = string(u)
		}
	}
	// "USA → PAK 042 Make a visit in IND (GDELT 2.0, row 17)"
	b := p.buf[:0]
	b = appendActor(b, a1, p.col(f, n, gA1Name), p.col(f, n, gA1Code))
	b = append(b, " → "...)
	b = appendActor(b, a2, p.col(f, n, gA2Name), p.col(f, n, gA2Code))
	b = append(b, ' ')
	b = append(b, code...)
	if d := cameo.Describe(code); d != "" {
		b = append(b, ' ')
		b = append(b, d...)
	}
	if geo := cameo.FIPSToISO3(string(p.col(f, n, gActionGeoCC))); geo != "" {
		b = append(b, " in "...)
		b = append(b, geo...)
	}
	b = append(b, " ("...)
	b = append(b, p.version(n)...)
	b = append(b, ", row "...)
	b = strconv.AppendInt(b, int64(line), 10)
	if cite != "" {
		b = append(b, "; "...)
		b = append(b, cite...)
	}
	b = append(b, ')')
	m.Quote = string(b)
	p.buf = b
	if p.remember != nil {
		p.remember(string(id), &m, "")
	}
	return m, "", false
}

// mentionRow joins a GDELT 2.0 Mentions row to its event: the mention
// takes the event's coding and adds the article that mentioned it.
func (p *gdeltParser) mentionRow(f *[maxGDELTFields][]byte, n, line int) (event.Mention, string, bool) {
	var m event.Mention
	if n != 16 {
		return m, fmt.Sprintf("%d fields; GDELT mentions have 16", n), false
	}
	id := f[0]
	if !isDigits(id) {
		return m, fmt.Sprintf("GLOBALEVENTID %q is not a number", clip(id)), false
	}
	mtime := f[2]
	if len(mtime) != 14 || !isDigits(mtime) {
		return m, fmt.Sprintf("MentionTimeDate %q is not YYYYMMDDHHMMSS", clip(mtime)), false
	}
	conf, ok := parseNum(f[11])
	if !ok || conf < 0 || conf > 100 {
		return m, fmt.Sprintf("Confidence %q is not a percentage", clip(f[11])), false
	}
	if p.lookup == nil {
		return m, fmt.Sprintf("event %q not found: import its events file first", id), false
	}
	base, droppedCode, found := p.lookup(string(id))
	if !found {
		return m, fmt.Sprintf("event %q not found: import its events file first", id), false
	}
	if base == nil {
		_ = droppedCode
		return m, reasonCAMEO0102 + " (a mention of such an event)", true
	}
	m = *base
	m.Actor = append([]string(nil), base.Actor...)
	m.Recipient = append([]string(nil), base.Recipient...)
	m.Context = append([]string(nil), base.Context...)
	if base.Goldstein != nil {
		g := *base.Goldstein
		m.Goldstein = &g
	}
	ident := f[5]
	h := sha1.Sum(append(append([]byte(nil), mtime...), ident...))
	m.ID = base.Doc + "/" + string(mtime) + "-" + hex.EncodeToString(h[:4])
	m.Doc = base.Doc
	m.Event = ""
	m.Batch = 0
	m.Confidence = conf / 100
	m.URL = ""
	if bytes.HasPrefix(ident, []byte("http://")) || bytes.HasPrefix(ident, []byte("https://")) {
		m.URL = string(ident)
	}
	// Keep the event's rendering up to the provenance, then name the article.
	q := base.Quote
	if i := strings.LastIndex(q, " ("); i >= 0 {
		q = q[:i]
	}
	src := string(f[4])
	if src == "" {
		src = string(ident)
	}
	m.Quote = fmt.Sprintf("%s (GDELT 2.0 mention in %s, sentence %s, row %d)", q, src, f[6], line)
	if len(f[14]) > 0 {
		m.Quote = m.Quote[:len(m.Quote)-1] + "; translated " + string(f[14]) + ")"
	}
	return m, "", false
}

// gdeltActor is the actor's ISO3 code (CAMEO country code mapped: ROM→ROU),
// else the Pivot code of a known international organisation, else "".
func gdeltActor(country, group []byte) string {
	if len(country) > 0 {
		if iso := cameo.CountryISO3(string(country)); iso != "" {
			return iso
		}
	}
	if len(group) > 0 {
		return cameo.Group(string(group))
	}
	return ""
}

// sovietBefore1992 renames RUS to SUN for dates before the Soviet Union's
// dissolution on 26 December 1991 (DESIGN.md: SUN for the Soviet Union).
func sovietBefore1992(code string, d event.Date) string {
	if code == "RUS" && (d.Year < 1991 || d.Year == 1991 && (d.Month < 12 || d.Month == 12 && d.Day < 26)) {
		return "SUN"
	}
	return code
}

func appendActor(b []byte, iso string, name, code []byte) []byte {
	switch {
	case iso != "":
		return append(b, iso...)
	case len(name) > 0:
		return append(b, name...)
	case len(code) > 0:
		return append(b, code...)
	}
	return append(b, '?')
}

// gdeltConfidence grows with the number of sources that reported the event
// in its first 15 minutes: 0.5 for one source, up to 0.9 for five or more.
func gdeltConfidence(sources float64) float64 {
	if sources < 1 {
		sources = 1
	}
	return 0.5 + 0.1*math.Min(sources-1, 4)
}

func isDigits(b []byte) bool {
	if len(b) == 0 {
		return false
	}
	for _, c := range b {
		if c < '0' || c > '9' {
			return false
		}
	}
	return true
}

// ymd parses YYYYMMDD.
func ymd(b []byte) (event.Date, bool) {
	if len(b) != 8 || !isDigits(b) {
		return event.Date{}, false
	}
	y := int(b[0]-'0')*1000 + int(b[1]-'0')*100 + int(b[2]-'0')*10 + int(b[3]-'0')
	mo := int(b[4]-'0')*10 + int(b[5]-'0')
	d := int(b[6]-'0')*10 + int(b[7]-'0')
	if y < 1 || mo < 1 || mo > 12 || d < 1 || d > daysIn(y, mo) {
		return event.Date{}, false
	}
	return event.YMD(y, mo, d), true
}

func daysIn(y, m int) int {
	switch m {
	case 2:
		if y%4 == 0 && (y%100 != 0 || y%400 == 0) {
			return 29
		}
		return 28
	case 4, 6, 9, 11:
		return 30
	}
	return 31
}

var pow10 = [...]float64{1, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15}

// parseNum parses a decimal number ("-4.4776119402985", "3", "1.9") without
// allocating; values with more than 15 digits fall back to strconv.
func parseNum(b []byte) (float64, bool) {
	if len(b) == 0 {
		return 0, false
	}
	neg := false
	s := b
	if s[0] == '-' || s[0] == '+' {
		neg = s[0] == '-'
		s = s[1:]
	}
	var mant uint64
	digits, frac := 0, -1
	for i, c := range s {
		switch {
		case c >= '0' && c <= '9':
			if digits < 18 {
				mant = mant*10 + uint64(c-'0')
			}
			digits++
			if frac >= 0 {
				frac++
			}
		case c == '.' && frac < 0:
			frac = 0
		default:
			_ = i
			v, err := strconv.ParseFloat(string(b), 64)
			return v, err == nil
		}
	}
	if digits == 0 {
		return 0, false
	}
	if digits > 15 {
		v, err := strconv.ParseFloat(string(b), 64)
		return v, err == nil
	}
	v := float64(mant)
	if frac > 0 {
		v /= pow10[frac]
	}
	if neg {
		v = -v
	}
	return v, true
}

func clip(b []byte) string {
	if len(b) > 40 {
		return string(b[:40]) + "…"
	}
	return string(b)
}
