package ingest

import (
	"errors"
	"strings"
	"testing"

	"github.com/pivot-geo/pivot/internal/event"
)

func TestSeriesCSV(t *testing.T) {
	in := "\ufeffseries,actor,recipient,period,value,unit,source,category\n" +
		"aid,USA,PAK,FY2009,\"3,060\",USD million,CRS 2013,economic\n" +
		"arms,China,Pakistan,1985,144,TIV million,SIPRI,\n" +
		"aid,United States,PAK,FY2002-FY2007,10097,USD million,CRS,\n" +
		"arms,RUS,PAK,2001-2010,12.5,TIV million,SIPRI,\n" +
		"aid,NATO,AFG,2010-03,1,USD million,x,\n" +
		"arms,Atlantis,PAK,1985,1,TIV million,x,\n" +
		"arms,CHN,PAK,85,1,TIV million,x,\n" +
		"arms,CHN,PAK,2010-2001,1,TIV million,x,\n" +
		"arms,CHN,PAK,1990,n/a,TIV million,x,\n" +
		"arms,CHN,PAK,1990\n" +
		",CHN,PAK,1990,1,TIV million,x,\n" +
		"\n"
	var pts []event.SeriesPoint
	var bad []RowError
	rows, err := parseSeriesCSV(strings.NewReader(in), "s.csv", func(p event.SeriesPoint) error { pts = append(pts, p); return nil },
		func(e RowError) { bad = append(bad, e) })
	if err != nil {
		t.Fatal(err)
	}
	if rows != 11 || len(pts) != 5 || len(bad) != 6 {
		t.Fatalf("rows %d points %d bad %+v", rows, len(pts), bad)
	}
	want := []event.SeriesPoint{
		{Series: "aid", Actor: "USA", Recipient: "PAK", Period: "FY2009", Start: 2009, End: 2009, Value: 3060, Unit: "USD million", Source: "CRS 2013", Category: "economic"},
		{Series: "arms", Actor: "CHN", Recipient: "PAK", Period: "1985", Start: 1985, End: 1985, Value: 144, Unit: "TIV million", Source: "SIPRI"},
		{Series: "aid", Actor: "USA", Recipient: "PAK", Period: "FY2002-FY2007", Start: 2002, End: 2007, Value: 10097, Unit: "USD million", Source: "CRS"},
		{Series: "arms", Actor: "RUS", Recipient: "PAK", Period: "2001-2010", Start: 2001, End: 2010, Value: 12.5, Unit: "TIV million", Source: "SIPRI"},
		{Series: "aid", Actor: "NATO", Recipient: "AFG", Period: "2010-03", Start: 2010, End: 2010, Value: 1, Unit: "USD million", Source: "x"},
	}
	for i := range want {
		if pts[i] != want[i] {
			t.Errorf("point %d = %+v\nwant %+v", i, pts[i], want[i])
		}
	}
	wantBad := []struct {
		line  int
		field string
	}{{7, "actor"}, {8, "period"}, {9, "period"}, {10, "value"}, {11, ""}, {12, "series"}}
	for i, w := range wantBad {
		if bad[i].Line != w.line || bad[i].Field != w.field {
			t.Errorf("bad[%d] = %+v, want line %d field %q", i, bad[i], w.line, w.field)
		}
	}
}

func TestSeriesCSVWrongFormat(t *testing.T) {
	for name, in := range map[string]string{
		"no value column": "series,actor,period\naid,USA,2001\n",
		"sipri":           "supplier,recipient,year,tiv_musd\nChina,Pakistan,1990,1\n",
		"utf8":            "series,actor,period,value\naid,\xff,2001,1\n",
		"empty":           "",
	} {
		_, err := parseSeriesCSV(strings.NewReader(in), name, func(event.SeriesPoint) error { return nil }, func(RowError) {})
		var fe *FormatError
		if !errors.As(err, &fe) {
			t.Errorf("%s: err %v, want FormatError", name, err)
		}
	}
}

func TestPeriodYears(t *testing.T) {
	for in, want := range map[string][2]int{"1985": {1985, 1985}, "FY2009": {2009, 2009}, "FY2002-FY2007": {2002, 2007},
		"2001-2010": {2001, 2010}, "1985-03": {1985, 1985}, "fy2010": {2010, 2010}} {
		a, b, err := periodYears(in)
		if err != nil || a != want[0] || b != want[1] {
			t.Errorf("periodYears(%q) = %d %d %v", in, a, b, err)
		}
	}
	for _, in := range []string{"", "85", "1985-13", "2010-2001", "FY09", "1985/86"} {
		if _, _, err := periodYears(in); err == nil {
			t.Errorf("periodYears(%q) accepted", in)
		}
	}
}
