package extract

import (
	"strings"
	"time"

	"github.com/pivot-geo/pivot/internal/event"
)

// dateSpan is a date expression found at tokens [i, j).
type dateSpan struct {
	i, j int
	d    event.Date
	end  event.Date
	open bool // since/by/post-/as of: a point that opens or closes a period
	rel  bool // relative to the reference date
}

var months = map[string]int{
	"JANUARY": 1, "FEBRUARY": 2, "MARCH": 3, "APRIL": 4, "MAY": 5, "JUNE": 6, "JULY": 7,
	"AUGUST": 8, "SEPTEMBER": 9, "OCTOBER": 10, "NOVEMBER": 11, "DECEMBER": 12,
	"JAN": 1, "FEB": 2, "MAR": 3, "APR": 4, "JUN": 6, "JUL": 7, "AUG": 8, "SEP": 9, "SEPT": 9,
	"OCT": 10, "NOV": 11, "DEC": 12,
}

var weekdays = map[string]time.Weekday{
	"MONDAY": time.Monday, "TUESDAY": time.Tuesday, "WEDNESDAY": time.Wednesday, "THURSDAY": time.Thursday,
	"FRIDAY": time.Friday, "SATURDAY": time.Saturday, "SUNDAY": time.Sunday,
}

// unitAfterYear lists words that make a four-digit number a quantity, not a
// year ("1872 km", "1200 MW").
var unitAfterYear = map[string]bool{
	"KM": true, "KILOMETRES": true, "KILOMETERS": true, "MILES": true, "MW": true, "GW": true, "KW": true,
	"PERSONNEL": true, "TROOPS": true, "SOLDIERS": true, "PEOPLE": true, "TONNES": true, "TONS": true,
	"METRES": true, "METERS": true, "M": true, "FEET": true, "UNITS": true, "VEHICLES": true, "TANKS": true,
	"MISSILES": true, "PERCENT": true, "%": true, "BARRELS": true, "MEMBERS": true, "CIVILIANS": true,
	"HECTARES": true, "ACRES": true, "KG": true, "DEATHS": true, "CASUALTIES": true, "JOBS": true,
}

// key is the upper-case form of token i, "" outside the sentence (rules
// look a few tokens back or ahead; a fuzzed "1800with …" reached index -1).
func (sc *scratch) key(i int) string {
	if uint(i) >= uint(len(sc.toks)) {
		return ""
	}
	t := &sc.toks[i]
	return unsafeString(sc.keys[t.ks:t.ke])
}

func (sc *scratch) is(i int, w string) bool {
	return i >= 0 && i < len(sc.toks) && sc.key(i) == w
}

// yearAt returns the year when token i is a plain four-digit year.
func (sc *scratch) yearAt(i int) (int, bool) {
	if i < 0 || i >= len(sc.toks) {
		return 0, false
	}
	t := &sc.toks[i]
	if t.kind != tNum || t.e-t.s != 4 || t.num < 1800 || t.num > 2100 || t.num != float64(int(t.num)) {
		return 0, false
	}
	return int(t.num), true
}

func (sc *scratch) smallNum(i, lo, hi int) (int, bool) {
	if i < 0 || i >= len(sc.toks) {
		return 0, false
	}
	t := &sc.toks[i]
	if t.kind != tNum || t.e-t.s > 2 || int(t.num) < lo || int(t.num) > hi {
		return 0, false
	}
	return int(t.num), true
}

// findDates scans the sentence's tokens for date expressions.
func (sc *scratch) findDates(ref event.Date) {
	sc.dates = sc.dates[:0]
	n := len(sc.toks)
	for i := 0; i < n; i++ {
		t := &sc.toks[i]
		switch t.kind {
		case tWord:
			k := sc.key(i)
			// "in the same month", "that same year": the last date's month or year
			if k == "SAME" && (sc.is(i-1, "THE") || sc.is(i-1, "THAT")) && !sc.lastDate.IsZero() && sc.lastDate.Year > 0 &&
				(sc.is(i+1, "MONTH") || sc.is(i+1, "YEAR") || sc.is(i+1, "WEEK") || sc.is(i+1, "DAY")) {
				// (the last date of an act: not "the 1995 agreement" in the
				// same sentence)
				last := sc.prevDate
				for k := len(sc.dates) - 1; k >= 0; k-- {
					if !sc.modifierDate(sc.dates[k]) {
						last = sc.dates[k].d
						break
					}
				}
				d := event.Y(last.Year)
				if !sc.is(i+1, "YEAR") && last.Month > 0 {
					d = event.YM(last.Year, last.Month)
				}
				a := i - 1
				if sc.is(a-1, "IN") {
					a--
				}
				sc.addDate(dateSpan{i: a, j: i + 2, d: d, rel: true})
				i++
				continue
			}
			// "on Christmas Day" (1991), in a narrative already dated
			if k == "CHRISTMAS" && t.cap && (sc.is(i+1, "DAY") || sc.is(i+1, "EVE")) {
				d := 25
				if sc.is(i+1, "EVE") {
					d = 24
				}
				if y, ok := sc.yearAt(i + 2); ok {
					sc.addDate(dateSpan{i: i, j: i + 3, d: event.YMD(y, 12, d)})
					i += 2
					continue
				}
				if !sc.lastDate.IsZero() {
					sc.addDate(dateSpan{i: i, j: i + 2, d: event.YMD(sc.lastDate.Year, 12, d), rel: true})
					i++
					continue
				}
			}
			if t.cls&cMonth != 0 && (t.cap || t.upper) {
				m := months[k]
				// Month Day, Year / Month Day Year
				if d, ok := sc.smallNum(i+1, 1, 31); ok {
					j := i + 2
					if sc.is(j, ",") {
						j++
					}
					if y, ok := sc.yearAt(j); ok {
						sc.addDate(dateSpan{i: i, j: j + 1, d: event.YMD(y, m, d)})
						i = j
						continue
					}
					if !ref.IsZero() {
						sc.addDate(dateSpan{i: i, j: i + 2, d: event.YMD(ref.Year, m, d), rel: true})
						i++
						continue
					}
					// "on May 2" in a narrative already dated: the last date's year
					if !sc.lastDate.IsZero() && sc.is(i-1, "ON") {
						sc.addDate(dateSpan{i: i - 1, j: i + 2, d: event.YMD(sc.lastDate.Year, m, d), rel: true})
						i++
						continue
					}
				}
				// "that November": the month in the last date's year
				if sc.is(i-1, "THAT") && !sc.lastDate.IsZero() {
					sc.addDate(dateSpan{i: i - 1, j: i + 1, d: event.YM(sc.lastDate.Year, m), rel: true})
					continue
				}
				// "July of that year", "July that year"
				if !sc.lastDate.IsZero() && (sc.is(i+1, "OF") && sc.is(i+2, "THAT") && sc.is(i+3, "YEAR") || sc.is(i+1, "THAT") && sc.is(i+2, "YEAR")) {
					j := i + 3
					if sc.is(i+1, "OF") {
						j = i + 4
					}
					sc.addDate(dateSpan{i: i, j: j, d: event.YM(sc.lastDate.Year, m), rel: true})
					i = j - 1
					continue
				}
				// Month Year
				if y, ok := sc.yearAt(i + 1); ok {
					ds := dateSpan{i: i, j: i + 2, d: event.YM(y, m)}
					if b := i - 1; sc.is(b, "SINCE") || (sc.is(b, "EARLY") || sc.is(b, "MID") || sc.is(b, "LATE")) && sc.is(b-1, "SINCE") {
						// "president since October 2024": a period's start, no
						// anchor for a later "on 3 February"
						ds.open = true
						for !sc.is(ds.i, "SINCE") {
							ds.i--
						}
					}
					sc.addDate(ds)
					i++
					continue
				}
				// "in December", "by early March" in a narrative already
				// dated: the month in the last date's year
				b := i - 1
				for b >= 0 && (sc.is(b, "EARLY") || sc.is(b, "MID") || sc.is(b, "LATE")) {
					b--
				}
				if (sc.is(b, "IN") || sc.is(b, "BY") || sc.is(b, "UNTIL") || sc.is(b, "DURING")) && ref.IsZero() {
					// "in October and November 2018": the year that follows
					if (sc.is(i+1, "AND") || sc.is(i+1, "OR") || sc.is(i+1, "TO")) && sc.cl(i+2, cMonth) {
						if y, ok := sc.yearAt(i + 3); ok {
							sc.addDate(dateSpan{i: b, j: i + 1, d: event.YM(y, m)})
							continue
						}
					}
					if sc.narrative() {
						sc.addDate(dateSpan{i: b, j: i + 1, d: event.YM(sc.lastDate.Year, m), rel: true})
					}
				}
				continue
			}
			if ref.IsZero() {
				if (k == "DAY" || k == "WEEK" || k == "MONTH" || k == "DAYS" || k == "WEEKS" || k == "MONTHS") && !sc.lastDate.IsZero() &&
					(sc.is(i-1, "NEXT") && sc.is(i-2, "THE") || sc.is(i+1, "LATER") || sc.is(i-1, "WITHIN") && (k == "DAYS" || k == "WEEKS") ||
						sc.is(i-2, "WITHIN") && sc.is(i-1, "A") && (k == "DAY" || k == "WEEK")) {
					d := sc.lastDate
					d.Day = 0
					a, b := i-2, i+1
					if sc.is(i-1, "WITHIN") {
						a = i - 1 // "Within days, Carter halted …": the month of the act before
					}
					if sc.is(i+1, "LATER") {
						a, b = i, i+2
						if i > 0 && (sc.toks[i-1].kind == tNum || sc.is(i-1, "A") || sc.is(i-1, "SEVERAL") || sc.is(i-1, "TWO") || sc.is(i-1, "THREE")) {
							a = i - 1
						}
						d = sc.monthsLater(d, i)
					}
					sc.addDate(dateSpan{i: a, j: b, d: d, rel: true})
				}
				// "a year later", "two years later", "the next year": counted
				// from the last date seen
				if (k == "YEAR" || k == "YEARS") && !sc.lastDate.IsZero() && (sc.is(i+1, "LATER") || k == "YEAR" && sc.is(i-1, "NEXT") && sc.is(i-2, "THE")) {
					n, a := 0, i-1
					switch {
					case sc.is(i-1, "A") || sc.is(i-1, "NEXT"):
						n = 1
					case sc.toks[i-1].kind == tNum && sc.toks[i-1].num > 0 && sc.toks[i-1].num < 60:
						n = int(sc.toks[i-1].num)
					default:
						n = int(numberWords[sc.key(i-1)])
					}
					if sc.is(i-1, "NEXT") {
						a = i - 2
					}
					if n > 0 && n < 60 {
						sc.addDate(dateSpan{i: a, j: i + 1 + b2i(sc.is(i+1, "LATER")), d: event.Y(sc.lastDate.Year + n), rel: true})
					}
				}
				if (k == "FOLLOWING" || k == "SUBSEQUENT") && sc.is(i-1, "THE") && !sc.lastDate.IsZero() {
					switch {
					case sc.is(i+1, "YEAR"):
						sc.addDate(dateSpan{i: i - 1, j: i + 2, d: event.Y(sc.lastDate.Year + 1), rel: true})
					case sc.is(i+1, "MONTHS") || sc.is(i+1, "WEEKS") || sc.is(i+1, "DAYS"):
						// "over the following months": still the last date's year
						sc.addDate(dateSpan{i: i - 1, j: i + 2, d: event.Y(sc.lastDate.Year), rel: true})
					}
				}
				continue
			}
			if wd, ok := weekdays[k]; ok && t.cap {
				sc.addDate(dateSpan{i: i, j: i + 1, d: weekdayBefore(ref, wd), rel: true})
				continue
			}
			switch k {
			case "FOLLOWING", "SUBSEQUENT":
				// "the following year": one after the last date seen
				if sc.is(i+1, "YEAR") && sc.is(i-1, "THE") && !sc.lastDate.IsZero() {
					sc.addDate(dateSpan{i: i - 1, j: i + 2, d: event.Y(sc.lastDate.Year + 1), rel: true})
				}
				if (sc.is(i+1, "MONTHS") || sc.is(i+1, "WEEKS") || sc.is(i+1, "DAYS")) && sc.is(i-1, "THE") && !sc.lastDate.IsZero() {
					sc.addDate(dateSpan{i: i - 1, j: i + 2, d: event.Y(sc.lastDate.Year), rel: true})
				}
			case "DAY", "WEEK", "MONTH", "DAYS", "WEEKS", "MONTHS":
				// "the next day", "weeks later": the last date's month
				if !sc.lastDate.IsZero() && (sc.is(i-1, "NEXT") && sc.is(i-2, "THE") || sc.is(i+1, "LATER")) {
					d := sc.lastDate
					d.Day = 0
					a, b := i-2, i+1
					if sc.is(i+1, "LATER") {
						a, b = i, i+2
						if sc.toks[i-1].kind == tNum || sc.is(i-1, "A") || sc.is(i-1, "SEVERAL") || sc.is(i-1, "TWO") || sc.is(i-1, "THREE") {
							a = i - 1
						}
						d = sc.monthsLater(d, i)
					}
					sc.addDate(dateSpan{i: a, j: b, d: d, rel: true})
				}
			case "YESTERDAY":
				sc.addDate(dateSpan{i: i, j: i + 1, d: addDays(ref, -1), rel: true})
			case "TODAY":
				if ref.Day != 0 {
					sc.addDate(dateSpan{i: i, j: i + 1, d: ref, rel: true})
				}
			case "LAST", "THIS", "NEXT", "PREVIOUS":
				off := map[string]int{"LAST": -1, "PREVIOUS": -1, "THIS": 0, "NEXT": 1}[k]
				switch {
				case sc.is(i+1, "YEAR"):
					sc.addDate(dateSpan{i: i, j: i + 2, d: event.Y(ref.Year + off), rel: true})
				case sc.is(i+1, "MONTH") && ref.Month != 0:
					y, m := ref.Year, ref.Month+off
					if m < 1 {
						y, m = y-1, 12
					} else if m > 12 {
						y, m = y+1, 1
					}
					sc.addDate(dateSpan{i: i, j: i + 2, d: event.YM(y, m), rel: true})
				case sc.is(i+1, "WEEK") && ref.Day != 0:
					d := addDays(ref, 7*off)
					sc.addDate(dateSpan{i: i, j: i + 2, d: event.YM(d.Year, d.Month), rel: true})
				}
			}
		case tNum:
			// Day Month Year
			if d, ok := sc.smallNum(i, 1, 31); ok && i+1 < n {
				if sc.cl(i+1, cMonth) && (sc.toks[i+1].cap || sc.toks[i+1].upper) {
					m := months[sc.key(i+1)]
					if y, ok := sc.yearAt(i + 2); ok {
						sc.addDate(dateSpan{i: i, j: i + 3, d: event.YMD(y, m, d)})
						i += 2
						continue
					}
					// "on 26 November" in a narrative already dated, or opening a
					// paragraph that goes on with the story told before it
					if !sc.lastDate.IsZero() && ref.IsZero() && sc.is(i-1, "ON") {
						sc.addDate(dateSpan{i: i - 1, j: i + 2, d: event.YMD(sc.lastDate.Year, m, d), rel: true})
						i++
						continue
					}
				}
			}
			y, ok := sc.yearAt(i)
			if !ok {
				continue
			}
			if sc.quantityYear(i) {
				continue
			}
			ds := dateSpan{i: i, j: i + 1, d: event.Y(y)}
			// decades: 1980s (and 1980s-1990s)
			if i+1 < n && sc.toks[i+1].glued && (sc.is(i+1, "S") || sc.is(i+1, "'S")) {
				ds.j = i + 2
				ds.end = event.Y(y + 9)
				if y2, ok := sc.rangeEnd(ds.j, y); ok {
					ds.end = event.Y(y2/10*10 + 9)
					if sc.toks[ds.j].kind == tPunct {
						ds.j++
					}
					ds.j++
					if ds.j < n && sc.toks[ds.j].glued && sc.is(ds.j, "S") {
						ds.j++
					}
				}
			} else if y2, ok := sc.rangeEnd(i+1, y); ok {
				ds.end = event.Y(y2)
				// "1979–1989" has a dash token; "1962-1971" folds the hyphen
				ds.j = i + 2
				if sc.toks[i+1].kind == tPunct {
					ds.j = i + 3
				}
			}
			// prefixes: from Y to Y, between Y and Y, since/by/post- Y
			b := i - 1
			for b >= 0 && (sc.is(b, "EARLY") || sc.is(b, "MID") || sc.is(b, "LATE") || sc.is(b, "THE")) {
				b--
			}
			switch {
			case sc.is(b, "FROM") || sc.is(b, "BETWEEN"):
				conj := "TO"
				if sc.is(b, "BETWEEN") {
					conj = "AND"
				}
				if ds.end.IsZero() && sc.is(ds.j, conj) {
					if y2, ok := sc.yearAt(ds.j + 1); ok && y2 >= y {
						ds.end = event.Y(y2)
						ds.j += 2
					} else if sc.cl(ds.j+1, cMonth) {
						// "from late 1987 to March 1988"
						if y2, ok := sc.yearAt(ds.j + 2); ok && y2 >= y {
							ds.end = event.YM(y2, months[sc.key(ds.j+1)])
							ds.j += 3
						}
					}
				}
				if !sc.yearNamesThing(i, ds) {
					ds.i = b // (not "withdrew from the 1995 hydrocarbons declaration": a year naming a thing)
				}
			case sc.is(b, "BY") && sc.targetBefore(b):
				// "a target of $100bn in trade by 2030": a goal's deadline
				// dates nothing that happened
				i = ds.j - 1
				continue
			case sc.is(b, "OF") && b >= 3 && (sc.is(b-1, "END") || sc.is(b-1, "BEGINNING") || sc.is(b-1, "START") || sc.is(b-1, "MIDDLE")) && sc.is(b-2, "THE") &&
				(sc.is(b-3, "UNTIL") || sc.is(b-3, "TILL") || sc.is(b-3, "BY")) && !sc.targetBefore(b-3):
				// "until the end of 2028", "by the end of 1993": the edge of a period
				ds.open = true
				ds.i = b - 3
			case sc.is(b, "SINCE") && sc.superlativeBefore(b):
				// "the first use of air power in Kashmir since 1971": a
				// yardstick, not when anything happened
				i = ds.j - 1
				continue
			case (sc.is(b, "SINCE") || sc.is(b, "POST") || sc.is(b, "BY") || sc.is(b, "UNTIL") ||
				sc.is(b, "AFTER") || sc.is(b, "BEFORE") || sc.is(b, "TILL") || sc.is(b, "PRE")) && !sc.yearNamesThing(i, ds):
				ds.open = true
				ds.i = b
			case sc.is(b, "OF") && sc.is(b-1, "AS"):
				ds.open = true
				ds.i = b - 1
			}
			sc.addDate(ds)
			i = ds.j - 1
		}
	}
	sc.mergeRanges()
}

// monthsLater: "two months later", "a month later" at i (MONTH or
// MONTHS) moves d on by that many months; other spans ("weeks later",
// "months later") keep d's month.
func (sc *scratch) monthsLater(d event.Date, i int) event.Date {
	if d.Month == 0 || !(sc.is(i, "MONTH") || sc.is(i, "MONTHS")) || i == 0 {
		return d
	}
	n := 0
	switch {
	case sc.is(i-1, "A") && sc.is(i, "MONTH"):
		n = 1
	case sc.toks[i-1].kind == tNum && sc.toks[i-1].num > 0 && sc.toks[i-1].num < 24:
		n = int(sc.toks[i-1].num)
	default:
		if v := numberWords[sc.key(i-1)]; v > 0 && v < 24 {
			n = int(v)
		}
	}
	m := d.Month - 1 + n
	d.Year, d.Month = d.Year+m/12, m%12+1
	return d
}

// superlativeBefore: "the first … since", "the largest … since": a
// record measured from a year.
func (sc *scratch) superlativeBefore(b int) bool {
	lo := b
	for lo > 0 && lo > b-10 && !sc.is(lo-1, ";") && !(sc.is(lo-1, ",") && lo-1 < b-1) {
		lo--
	}
	sup := false
	for k := lo; k < b; k++ {
		switch sc.key(k) {
		case "HAS", "HAVE", "HAD":
			return false // "has been building Turkey's first nuclear plant since 2018": the period of the act
		case "FIRST", "LARGEST", "BIGGEST", "WORST", "HIGHEST", "LOWEST", "DEADLIEST", "LONGEST", "MOST", "LEAST", "STRONGEST", "SHARPEST", "GRAVEST":
			sup = true
		}
	}
	return sup
}

// yearNamesThing: the year at i, after "the", modifies the noun that
// follows ("from the 1995 hydrocarbons declaration", "after the 1998
// nuclear tests"): a thing's name, not the edge of a period.
func (sc *scratch) yearNamesThing(i int, ds dateSpan) bool {
	return ds.end.IsZero() && sc.is(i-1, "THE") && ds.j < len(sc.toks) && sc.toks[ds.j].kind == tWord && !sc.toks[ds.j].cap &&
		!sc.is(ds.j, "ONWARDS") && !sc.is(ds.j, "ONWARD")
}

// targetBefore: the words before "by" at b state a goal ("a target of",
// "agreed to double trade to", "aims to raise").
func (sc *scratch) targetBefore(b int) bool {
	for k := b - 1; k >= 0 && k >= b-12; k-- {
		switch sc.key(k) {
		case ".", ";":
			return false
		case "TARGET", "TARGETS", "GOAL", "GOALS", "AIM", "AIMS", "AIMED", "AIMING", "DOUBLE", "TRIPLE", "QUADRUPLE", "VISION":
			return true
		case "RAISE", "BOOST", "INCREASE", "LIFT", "EXPAND", "REACH", "GROW", "HALVE":
			if sc.is(k-1, "TO") {
				return true
			}
		}
	}
	return false
}

// mergeRanges joins "between December 1991 and the first weeks of 1992",
// "from March 2011 to May 2012" into one span that starts at the first
// date: an act over a period starts when the period does.
func (sc *scratch) mergeRanges() {
	for k := 0; k+1 < len(sc.dates); k++ {
		a, b := sc.dates[k], sc.dates[k+1]
		if !a.end.IsZero() || a.open || a.rel || b.rel {
			continue
		}
		p := a.i - 1
		for p >= 0 && (sc.is(p, "EARLY") || sc.is(p, "MID") || sc.is(p, "LATE") || sc.is(p, "THE") || sc.is(p, "IN")) {
			p--
		}
		conj := ""
		switch {
		case sc.is(p, "BETWEEN"):
			conj = "AND"
		case sc.is(p, "FROM"):
			conj = "TO"
		default:
			continue
		}
		if !sc.is(a.j, conj) || b.i <= a.j || b.i > a.j+6 || b.d.Year < a.d.Year {
			continue
		}
		ok := true
		for m := a.j + 1; m < b.i; m++ {
			if sc.toks[m].kind != tWord || sc.toks[m].cap || sc.is(m, "AND") {
				ok = false // ("from 1991 to the end of the decade, and in 2003 …": not one period)
				break
			}
		}
		if !ok {
			continue
		}
		a.i, a.j, a.end = p, b.j, b.d
		sc.dates[k] = a
		sc.dates = append(sc.dates[:k+1], sc.dates[k+2:]...)
	}
}

// narrative: the paragraph (or this sentence) already gave a date, so a
// month without a year ("in December", "on 2 May") is in that year.
func (sc *scratch) narrative() bool {
	return !sc.lastDate.IsZero() && (!sc.paraDate.IsZero() || len(sc.dates) > 0)
}

// quantityYear reports whether the year-like number at i is a quantity:
// preceded by a currency sign or followed by a unit.
func (sc *scratch) quantityYear(i int) bool {
	if i > 0 {
		p := sc.key(i - 1)
		if p == "$" || p == "US$" || p == "RS" || p == "€" || p == "£" || p == "USD" || p == "NO" || p == "#" {
			return true
		}
		if sc.toks[i].glued && sc.toks[i-1].kind == tPunct && p == "$" {
			return true
		}
		// "Indian Mirage 2000s", "Vision 2030", "Agenda 2063": a number
		// naming a model or a programme after a capitalised word
		if pt := &sc.toks[i-1]; pt.kind == tWord && pt.cap && pt.cls&cMonth == 0 && !sc.sentenceStart(i-1) &&
			(pt.w == nil || !pt.w.hasAct) && !sc.is(i-1, "SPRING") && !sc.is(i-1, "SUMMER") && !sc.is(i-1, "AUTUMN") &&
			!sc.is(i-1, "WINTER") && !sc.is(i-1, "FALL") && !sc.is(i-1, "EARLY") && !sc.is(i-1, "LATE") && !sc.is(i-1, "MID") && !sc.is(i-1, "DAY") && !sc.is(i-1, "EVE") && !sc.is(i-1, "FY") {
			return true
		}
	}
	if i+1 < len(sc.toks) {
		if unitAfterYear[sc.key(i+1)] {
			return true
		}
		// "2009:30" is a time or a reference; "came to a head in 2009:" ends
		// a line that introduces a list
		if sc.is(i+1, ":") && i+2 < len(sc.toks) && sc.toks[i+2].kind == tNum || sc.is(i+1, "MILLION") || sc.is(i+1, "BILLION") {
			return true
		}
	}
	return false
}

// rangeEnd reads "–1989", "-1989", "-89", "—1989" after a year at token j.
func (sc *scratch) rangeEnd(j, y int) (int, bool) {
	if j >= len(sc.toks) {
		return 0, false
	}
	t := &sc.toks[j]
	k := j
	if t.kind == tPunct && (sc.key(j) == "–" || sc.key(j) == "—" || sc.key(j) == "-") {
		k = j + 1
	} else if !(t.kind == tNum && t.hyph) {
		return 0, false
	}
	if y2, ok := sc.yearAt(k); ok && y2 >= y {
		return y2, true
	}
	if k < len(sc.toks) && sc.toks[k].kind == tNum && sc.toks[k].e-sc.toks[k].s == 2 {
		y2 := y/100*100 + int(sc.toks[k].num)
		if y2 >= y {
			return y2, true
		}
	}
	return 0, false
}

func (sc *scratch) addDate(d dateSpan) {
	sc.dates = append(sc.dates, d)
	if d.open && sc.is(d.i, "SINCE") {
		return // "closed since 2021, … reopened days later": a period's start is no anchor for "later"
	}
	if n := len(sc.dates); n > 1 && !sc.dates[n-2].open && d.d.Year < sc.dates[n-2].d.Year && d.end.IsZero() {
		return // "on 4 March 2025 he thanked … for the bombing … in August 2021": a look back, no anchor for the next paragraph
	}
	if sc.modifierDate(d) && !sc.lastDate.IsZero() && d.d.Year < sc.lastDate.Year {
		return // "Bush waived the sanctions imposed after the 1998 nuclear tests on 22 September" in 2001
	}
	if sc.modifierDate(d) && len(sc.dates) > 1 && !sc.dates[len(sc.dates)-2].open {
		return // "on 22 September Bush waived the 1998 sanctions …, and in October": the year names the sanctions; the story stays in 2001
	}
	if sc.ofYear(d) {
		return // "the borders of 1991": a year naming a line on a map, no anchor for a later "In March"
	}
	if sc.participleDateAside(d) {
		return // "J-10C fighters, delivered from 2022, downed …": an aside's date is no anchor for "On 10 May"
	}
	if d.d.Month == 0 && !sc.lastDate.IsZero() && d.d.Year < sc.lastDate.Year && sc.lookBackClause(d) {
		return // "the Indus Waters Treaty, signed by Nehru and Ayub Khan in Karachi in 1960," in a brief on 2025: no anchor for "on 24 April"
	}
	if d.rel && sc.is(d.j-1, "LATER") {
		for k := d.j; k < len(sc.toks) && k < d.j+8; k++ {
			if sc.is(k, "HAS") || sc.is(k, "HAVE") || sc.is(k, "IS") || sc.is(k, "ARE") {
				return // "More than three years later, the war has become …": the writer's present, no anchor
			}
		}
	}
	sc.lastDate = d.d
}

// participleDateAside: d directly follows a participle that opens a
// comma aside and a comma closes it (", delivered from 2022,").
func (sc *scratch) participleDateAside(d dateSpan) bool {
	if !d.open && !sc.is(d.i, "FROM") && !sc.is(d.i-1, "FROM") && !sc.is(d.i, "SINCE") && !sc.is(d.i-1, "SINCE") {
		return false // ("signed on 14 February 1950," dates the signing)
	}
	c := -1
	for k := d.i - 1; k >= 0 && k >= d.i-3; k-- {
		if sc.is(k, ",") {
			c = k
			break
		}
		if k < d.i-1 && !(sc.is(k, "FROM") || sc.is(k, "IN") || sc.is(k, "ON") || sc.is(k, "SINCE") || sc.is(k, "UNTIL")) && k != d.i-2 {
			break
		}
	}
	if c < 0 || c+1 >= d.i {
		return false
	}
	if k := sc.key(c + 1); !strings.HasSuffix(k, "ED") && !strings.HasSuffix(k, "EN") {
		return false
	}
	for k := c + 2; k < d.i; k++ {
		if !(sc.is(k, "FROM") || sc.is(k, "IN") || sc.is(k, "ON") || sc.is(k, "SINCE") || sc.is(k, "UNTIL")) {
			return false
		}
	}
	return d.j < len(sc.toks) && sc.is(d.j, ",")
}

// lookBackClause: a year that dates something named in passing, in a
// participle aside (", signed by Nehru and Ayub Khan in Karachi in 1960,")
// a past-perfect relative clause ("that Indira Gandhi and Bhutto had
// signed in 1972") or a "whose" aside.
func (sc *scratch) lookBackClause(d dateSpan) bool {
	for k := d.i - 1; k >= 0 && k >= d.i-12; k-- {
		t := &sc.toks[k]
		if sc.is(k, "WHOSE") && sc.is(k-1, ",") {
			return d.j >= len(sc.toks) || sc.is(d.j, ",") // ("Taipei, whose ties with San José dated from 1944, severed …")
		}
		if sc.is(k, "HAD") && k+1 < d.i && (strings.HasSuffix(sc.key(k+1), "ED") || strings.HasSuffix(sc.key(k+1), "EN") || pastIrregular[sc.key(k+1)]) {
			return sc.is(k-1, "THAT") || sc.is(k-1, "WHICH") || k > 0 && sc.toks[k-1].cap // ("that Gandhi and Bhutto had signed")
		}
		if sc.is(k, ",") {
			w := sc.key(k + 1)
			if k+1 < d.i && (strings.HasSuffix(w, "ED") || strings.HasSuffix(w, "EN") || pastIrregular[w]) && !sc.toks[k+1].cap {
				return d.j >= len(sc.toks) || sc.is(d.j, ",") || sc.toks[d.j].kind == tPunct
			}
			return false
		}
		if t.kind == tWord && !t.cap && (sc.cl(k, cBe) || sc.is(k, "HAS") || sc.is(k, "HAVE")) {
			return false // a finite verb: the date is the clause's own
		}
	}
	return false
}

// thingOfYear: lines on a map a following "of YEAR" names ("the borders of 1991").
var thingOfYear = map[string]bool{"BORDERS": true, "BORDER": true, "FRONTIERS": true, "FRONTIER": true, "LINES": true, "LINE": true,
	"AGREEMENT": true, "TREATY": true, "ACCORD": true, "ACCORDS": true, "CONVENTION": true, "PROTOCOL": true, "CONSTITUTION": true}

// ofYear: "the protection agreement of 1899", "the borders of 1967": a
// year naming a document or a line, not when an act happened.
func (sc *scratch) ofYear(d dateSpan) bool {
	return d.i >= 2 && sc.is(d.i-1, "OF") && d.end.IsZero() && !d.open && d.j == d.i+1 && thingOfYear[sc.key(d.i-2)]
}

func b2i(b bool) int {
	if b {
		return 1
	}
	return 0
}

func toTime(d event.Date) time.Time {
	m, dd := d.Month, d.Day
	if m == 0 {
		m = 1
	}
	if dd == 0 {
		dd = 1
	}
	return time.Date(d.Year, time.Month(m), dd, 0, 0, 0, 0, time.UTC)
}

func addDays(ref event.Date, n int) event.Date {
	if ref.Day == 0 {
		return event.Date{}
	}
	t := toTime(ref).AddDate(0, 0, n)
	return event.YMD(t.Year(), int(t.Month()), t.Day())
}

// weekdayBefore is the latest day named wd on or before ref: news reports
// name the past week's days.
func weekdayBefore(ref event.Date, wd time.Weekday) event.Date {
	if ref.Day == 0 {
		return event.Y(ref.Year)
	}
	t := toTime(ref)
	back := (int(t.Weekday()) - int(wd) + 7) % 7
	t = t.AddDate(0, 0, -back)
	return event.YMD(t.Year(), int(t.Month()), t.Day())
}
