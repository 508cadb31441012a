package ingest

import (
	"fmt"
	"io"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/pivot-geo/pivot/internal/cameo"
	"github.com/pivot-geo/pivot/internal/event"
)

// icewsOrgs resolves the actor names ICEWS gives international
// organisations, which have no country.
var icewsOrgs = map[string]string{
	"united nations": "UNO", "un security council": "UNO", "united nations security council": "UNO",
	"north atlantic treaty organization": "NATO", "nato": "NATO", "european union": "EU",
	"european commission": "EU", "european parliament": "EU", "international committee of the red cross": "ICRC",
	"association of southeast asian nations": "ASEAN",
	"international monetary fund":            "IMF", "world bank": "WB", "arab league": "ARL",
	"african union": "AU", "organization of islamic cooperation": "OIC",
	"shanghai cooperation organisation": "SCO", "shanghai cooperation organization": "SCO",
	"gulf cooperation council": "GCC", "world trade organization": "WTO",
	"international atomic energy agency": "IAEA", "organization of american states": "OAS",
}

// parseICEWS reads an ICEWS .tab file: a header row, then 20 tab-separated
// columns (FORMATS.md §6). Columns are found by name, so reordered or
// extra columns are fine; countries are English names ("Russian
// Federation") resolved to ISO3.
func parseICEWS(r io.Reader, name string, emit func(event.Mention) error, bad func(RowError)) (rows int, err error) {
	lr := newLineReader(r)
	head, ok := lr.next()
	if !ok {
		if err := lr.failed(); err != nil {
			return 0, &FormatError{name, 1, err.Error()}
		}
		return 0, &FormatError{name, 0, "empty file"}
	}
	if !utf8.Valid(head) {
		return 0, &FormatError{name, 1, "invalid UTF-8"}
	}
	cols := map[string]int{}
	hf := strings.Split(string(head), "\t")
	for i, h := range hf {
		cols[normHeader(h)] = i
	}
	for _, need := range []string{"eventid", "eventdate", "cameocode", "sourcecountry", "targetcountry"} {
		if _, ok := cols[need]; !ok {
			return 0, &FormatError{name, 1, fmt.Sprintf("not an ICEWS file: the header has no %q column (ICEWS .tab files start with Event ID, Event Date, Source Name, …)", need)}
		}
	}
	col := func(f []string, k string) string {
		if i, ok := cols[k]; ok && i < len(f) {
			return strings.TrimSpace(f[i])
		}
		return ""
	}
	good := 0
	var qb []byte
	rows, err = eachTSVRow(lr, name, len(hf), bad, func(f []string, line int, fail rowFail) error {
		id := col(f, "eventid")
		if id == "" {
			fail("Event ID", "empty")
			return nil
		}
		date, err := event.ParseDate(col(f, "eventdate"))
		if err != nil || date.Day == 0 {
			fail("Event Date", "%q is not a YYYY-MM-DD date", col(f, "eventdate"))
			return nil
		}
		code := col(f, "cameocode")
		if !cameo.Known(code) {
			hint := ""
			if cameo.Known("0" + code) {
				hint = " (leading zero lost? CAMEO codes are strings)"
			}
			fail("CAMEO Code", "%q is not a CAMEO code%s", code, hint)
			return nil
		}
		mp, ok := cameo.PLOVER(code)
		if !ok {
			bad(RowError{File: name, Line: line, Field: "CAMEO Code", Reason: reasonCAMEO0102})
			good++
			return nil
		}
		src, err1 := icewsActor(col(f, "sourcecountry"), col(f, "sourcename"))
		if err1 != "" {
			fail("Source Country", "%s", err1)
			return nil
		}
		tgt, err2 := icewsActor(col(f, "targetcountry"), col(f, "targetname"))
		if err2 != "" {
			fail("Target Country", "%s", err2)
			return nil
		}
		var gold *float64
		if s := col(f, "intensity"); s != "" && s != "NA" {
			v, err := strconv.ParseFloat(s, 64)
			if err != nil || v < -10 || v > 10 {
				fail("Intensity", "%q is not a number in -10..10", s)
				return nil
			}
			gold = &v
		}
		good++
		m := event.Mention{
			ID: "icews:" + id, Doc: "icews:" + id, Source: "icews", Date: date,
			Type: mp.Type, Mode: mp.Mode, Status: event.Asserted, CAMEO: code, Goldstein: gold,
			Confidence: 0.6,
		}
		if src != "" {
			m.Actor = []string{src}
		}
		if tgt != "" {
			m.Recipient = []string{tgt}
		}
		if len(mp.Context) > 0 {
			m.Context = append([]string(nil), mp.Context...)
		}
		// "BGD → VNM 040 Consult: Foreign Affairs (Bangladesh) → High Ranking
		// Military Personnel (Vietnam) (ICEWS, Vietnam News Agency Bulletin, story 47400351, row 2)"
		qb = qb[:0]
		qb = append(qb, orQ(src)...)
		qb = append(qb, " → "...)
		qb = append(qb, orQ(tgt)...)
		qb = append(qb, ' ')
		qb = append(qb, code...)
		if d := cameo.Describe(code); d != "" {
			qb = append(qb, ' ')
			qb = append(qb, d...)
		}
		if s, t := col(f, "sourcename"), col(f, "targetname"); s != "" || t != "" {
			qb = append(qb, ": "...)
			qb = append(qb, orQ(s)...)
			qb = append(qb, " → "...)
			qb = append(qb, orQ(t)...)
		}
		qb = append(qb, " (ICEWS"...)
		if p := col(f, "publisher"); p != "" && p != "NA" {
			qb = append(qb, ", "...)
			qb = append(qb, p...)
		}
		if s := col(f, "storyid"); s != "" {
			qb = append(qb, ", story "...)
			qb = append(qb, s...)
		}
		qb = append(qb, ", row "...)
		qb = strconv.AppendInt(qb, int64(line), 10)
		qb = append(qb, ')')
		m.Quote = string(qb)
		if err := emit(m); err != nil {
			return err
		}
		return nil
	})
	if err != nil {
		return rows, err
	}
	if rows > 0 && good == 0 {
		return rows, &FormatError{name, 0, fmt.Sprintf("none of %d rows is a valid ICEWS event: wrong format?", rows)}
	}
	return rows, nil
}

// icewsActor resolves a country name; an empty country falls back to a
// known international organisation's name. A country that does not
// resolve is an error (a non-empty message).
func icewsActor(country, name string) (string, string) {
	if country == "" || country == "NA" {
		return icewsOrgs[strings.ToLower(name)], ""
	}
	if iso := cameo.NameToISO3(country); iso != "" {
		return iso, ""
	}
	return "", fmt.Sprintf("%q is not a country name Pivot knows", country)
}

func orQ(s string) string {
	if s == "" {
		return "?"
	}
	return s
}
