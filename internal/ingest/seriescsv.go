package ingest

import (
	"encoding/csv"
	"errors"
	"fmt"
	"io"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/pivot-geo/pivot/internal/cameo"
	"github.com/pivot-geo/pivot/internal/event"
)

// parseSeriesCSV reads Pivot's generic series layout (docs/formats.md): a
// comma-separated file with a header naming at least series, actor,
// period and value, and optionally recipient, unit, source, category and
// note, in any order. Periods are years ("1985"), ranges ("2001-2010"),
// US fiscal years ("FY2009") or their ranges ("FY2002-FY2007").
func parseSeriesCSV(r io.Reader, name string, emit func(event.SeriesPoint) error, bad func(RowError)) (rows int, err error) {
	cr := csv.NewReader(&utf8Check{r: r, name: name})
	cr.FieldsPerRecord = -1
	cr.ReuseRecord = true
	head, err := cr.Read()
	if err != nil {
		if err == io.EOF {
			return 0, &FormatError{name, 0, "empty file"}
		}
		return 0, csvErr(name, err)
	}
	cols := map[string]int{}
	for i, h := range head {
		cols[normHeader(h)] = i
	}
	for _, need := range []string{"series", "actor", "period", "value"} {
		if _, ok := cols[need]; !ok {
			return 0, &FormatError{name, 1, fmt.Sprintf("not a Pivot series CSV: the header has no %q column (want series,actor,recipient,period,value,unit,source)", need)}
		}
	}
	nh := len(head)
	get := func(rec []string, k string) string {
		if i, ok := cols[k]; ok && i < len(rec) {
			return strings.TrimSpace(rec[i])
		}
		return ""
	}
	good := 0
	for {
		rec, err := cr.Read()
		if err == io.EOF {
			break
		}
		if err != nil {
			var pe *csv.ParseError
			var fe *FormatError
			if errors.As(err, &pe) && !errors.As(err, &fe) && rows > 0 {
				rows++
				bad(RowError{File: name, Line: pe.Line, Reason: "malformed CSV: " + pe.Err.Error()})
				continue
			}
			return rows, csvErr(name, err)
		}
		line, _ := cr.FieldPos(0) // only after a successful Read: FieldPos panics after an error
		if len(rec) == 1 && strings.TrimSpace(rec[0]) == "" {
			continue
		}
		rows++
		fail := func(field, format string, a ...any) {
			bad(RowError{File: name, Line: line, Field: field, Reason: fmt.Sprintf(format, a...)})
		}
		if len(rec) != nh {
			fail("", "%d fields; the header has %d", len(rec), nh)
			continue
		}
		p := event.SeriesPoint{
			Series: strings.ToLower(get(rec, "series")), Period: get(rec, "period"),
			Unit: get(rec, "unit"), Source: get(rec, "source"), Category: get(rec, "category"),
		}
		if p.Series == "" {
			fail("series", "empty")
			continue
		}
		var ok bool
		if p.Actor, ok = seriesActor(get(rec, "actor")); !ok || p.Actor == "" {
			fail("actor", "%q is not a country code, country name or organisation code", get(rec, "actor"))
			continue
		}
		if p.Recipient, ok = seriesActor(get(rec, "recipient")); !ok {
			fail("recipient", "%q is not a country code, country name or organisation code", get(rec, "recipient"))
			continue
		}
		if p.Start, p.End, err = periodYears(p.Period); err != nil {
			fail("period", "%v", err)
			continue
		}
		vs := strings.NewReplacer(",", "", " ", "", "_", "").Replace(get(rec, "value"))
		if p.Value, err = strconv.ParseFloat(vs, 64); err != nil || vs == "" {
			fail("value", "%q is not a number", get(rec, "value"))
			continue
		}
		if !utf8.ValidString(p.Source) {
			fail("source", "invalid UTF-8")
			continue
		}
		good++
		if err := emit(p); err != nil {
			return rows, err
		}
	}
	if rows > 0 && good == 0 {
		return rows, &FormatError{name, 0, fmt.Sprintf("none of %d rows is a valid series point", rows)}
	}
	return rows, nil
}

func csvErr(name string, err error) error {
	var fe *FormatError
	if errors.As(err, &fe) {
		return fe
	}
	var pe *csv.ParseError
	if errors.As(err, &pe) {
		return &FormatError{name, pe.Line, "malformed CSV: " + pe.Err.Error()}
	}
	return &FormatError{name, 0, err.Error()}
}

// seriesActor resolves a country code or name; organisation codes (NATO,
// UNO) are kept. Empty is allowed (ok) and gives "".
func seriesActor(s string) (string, bool) {
	if s == "" {
		return "", true
	}
	if c, ok := actorCode(s); ok {
		return c, true
	}
	if iso := cameo.NameToISO3(s); iso != "" {
		return iso, true
	}
	up := strings.ToUpper(s)
	if c, ok := actorCode(up); ok && c != up {
		return c, true
	}
	return "", false
}

// periodYears reads the calendar years a period covers: "1985",
// "1985-03" (a month), "2001-2010", "FY2009" (filed under 2009, as the
// CRS tables are), "FY2002-FY2007".
func periodYears(s string) (int, int, error) {
	bad := fmt.Errorf("%q: want YYYY, YYYY-MM, YYYY-YYYY, FYYYYY or FYYYYY-FYYYYY", s)
	year := func(p string) (int, bool) {
		p = strings.TrimPrefix(strings.ToUpper(strings.TrimSpace(p)), "FY")
		if len(p) != 4 || !isDigits([]byte(p)) {
			return 0, false
		}
		y, _ := strconv.Atoi(p)
		return y, y > 0
	}
	a, b, isRange := strings.Cut(s, "-")
	y1, ok := year(a)
	if !ok {
		return 0, 0, bad
	}
	if !isRange {
		return y1, y1, nil
	}
	if len(b) == 2 && isDigits([]byte(b)) && !strings.HasPrefix(strings.ToUpper(a), "FY") { // YYYY-MM
		if m, _ := strconv.Atoi(b); m >= 1 && m <= 12 {
			return y1, y1, nil
		}
		return 0, 0, bad
	}
	y2, ok := year(b)
	if !ok || y2 < y1 {
		return 0, 0, bad
	}
	return y1, y2, nil
}
