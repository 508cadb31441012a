package event

// Fuzz target for the date parser every input path uses (CLI flags, API
// parameters, JSON documents, dataset rows). Plain `go test` runs the
// seeds; scripts/fuzz.sh fuzzes it for FUZZTIME.

import (
	"encoding/json"
	"strings"
	"testing"
)

func FuzzParseDate(f *testing.F) {
	for _, s := range []string{"", "1954", "2013-08", "2013-08-31", "20130831", "19540000", "2013-13-01",
		"2013-02-31", "0000", "-001", "2013-8-3", "+954", "٢٠١٣", "2013-08-31T00:00:00Z", "99999999", "2013-00-05"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		d, err := ParseDate(s)
		if err != nil {
			if !strings.Contains(err.Error(), "YYYY") {
				t.Fatalf("error %q does not say what is wanted", err)
			}
			if d != (Date{}) {
				t.Fatalf("error with a non-zero date %+v", d)
			}
			return
		}
		if s == "" {
			if !d.IsZero() {
				t.Fatalf("empty string parsed to %+v", d)
			}
			return
		}
		if d.Year < 1 || d.Year > 9999 || d.Month < 0 || d.Month > 12 || d.Day < 0 || d.Day > 31 || (d.Month == 0 && d.Day != 0) {
			t.Fatalf("%q parsed to an impossible date %+v", s, d)
		}
		// String and JSON round-trip.
		back, err := ParseDate(d.String())
		if err != nil || back != d {
			t.Fatalf("%q -> %+v -> %q -> %+v, %v", s, d, d.String(), back, err)
		}
		b, err := json.Marshal(d)
		if err != nil {
			t.Fatal(err)
		}
		var j Date
		if err := json.Unmarshal(b, &j); err != nil || j != d {
			t.Fatalf("JSON round trip of %+v: %s -> %+v, %v", d, b, j, err)
		}
	})
}
