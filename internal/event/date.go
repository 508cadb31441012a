// Package event holds Pivot's domain types: partial dates, amounts, mentions,
// events, documents, series points and claims. It has no dependencies beyond
// the standard library so every other package can share it cheaply.
package event

import (
	"encoding/json"
	"fmt"
	"strconv"
)

// Date is a calendar date as precise as its source: a year, a month or a day.
// The zero Date means "unknown" and marshals to JSON null.
type Date struct {
	Year  int `json:"-"`
	Month int `json:"-"` // 0 when only the year is known
	Day   int `json:"-"` // 0 when only year and month are known
}

// Y, YM and YMD build dates of each precision.
func Y(y int) Date          { return Date{Year: y} }
func YM(y, m int) Date      { return Date{Year: y, Month: m} }
func YMD(y, m, d int) Date  { return Date{Year: y, Month: m, Day: d} }
func (d Date) IsZero() bool { return d.Year == 0 }

// String renders YYYY, YYYY-MM or YYYY-MM-DD; the zero date renders "".
func (d Date) String() string {
	switch {
	case d.Year == 0:
		return ""
	case d.Month == 0:
		return fmt.Sprintf("%04d", d.Year)
	case d.Day == 0:
		return fmt.Sprintf("%04d-%02d", d.Year, d.Month)
	default:
		return fmt.Sprintf("%04d-%02d-%02d", d.Year, d.Month, d.Day)
	}
}

// Before reports whether d starts before o, comparing missing parts as 0.
func (d Date) Before(o Date) bool { return d.sortKey() < o.sortKey() }

func (d Date) sortKey() int { return d.Year*10000 + d.Month*100 + d.Day }

// ParseDate reads YYYY, YYYY-MM or YYYY-MM-DD (and YYYYMMDD, as event datasets
// write it). The empty string parses to the zero Date.
func ParseDate(s string) (Date, error) {
	if s == "" {
		return Date{}, nil
	}
	bad := func() (Date, error) { return Date{}, fmt.Errorf("date %q: want YYYY, YYYY-MM or YYYY-MM-DD", s) }
	num := func(p string) (int, bool) {
		if p == "" {
			return 0, false
		}
		for _, r := range p {
			if r < '0' || r > '9' {
				return 0, false
			}
		}
		n, err := strconv.Atoi(p)
		return n, err == nil
	}
	var d Date
	var ok bool
	switch {
	case len(s) == 4:
		d.Year, ok = num(s)
	case len(s) == 8 && s[4] != '-':
		var y, m, dd int
		var ok1, ok2, ok3 bool
		y, ok1 = num(s[:4])
		m, ok2 = num(s[4:6])
		dd, ok3 = num(s[6:])
		d, ok = Date{y, m, dd}, ok1 && ok2 && ok3
	case len(s) == 7 && s[4] == '-':
		var ok1, ok2 bool
		d.Year, ok1 = num(s[:4])
		d.Month, ok2 = num(s[5:])
		ok = ok1 && ok2
	case len(s) == 10 && s[4] == '-' && s[7] == '-':
		var ok1, ok2, ok3 bool
		d.Year, ok1 = num(s[:4])
		d.Month, ok2 = num(s[5:7])
		d.Day, ok3 = num(s[8:])
		ok = ok1 && ok2 && ok3
	}
	if !ok || d.Year < 1 || d.Month < 0 || d.Month > 12 || d.Day < 0 || d.Day > 31 || (d.Month == 0 && d.Day != 0) {
		return bad()
	}
	return d, nil
}

func (d Date) MarshalJSON() ([]byte, error) {
	if d.IsZero() {
		return []byte("null"), nil
	}
	return json.Marshal(d.String())
}

func (d *Date) UnmarshalJSON(b []byte) error {
	if string(b) == "null" {
		*d = Date{}
		return nil
	}
	var s string
	if err := json.Unmarshal(b, &s); err != nil {
		return err
	}
	p, err := ParseDate(s)
	if err != nil {
		return err
	}
	*d = p
	return nil
}
