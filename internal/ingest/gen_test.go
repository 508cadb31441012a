package ingest

import (
	"bytes"
	"strings"
	"testing"

	"github.com/pivot-geo/pivot/internal/event"
)

// Generated files parse cleanly: every row is a mention or a CAMEO 01/02
// row, with the field counts of the version asked for.
func TestGenerateGDELT(t *testing.T) {
	for _, v := range []int{1, 2} {
		var buf bytes.Buffer
		if err := GenerateGDELT(&buf, GenOptions{Rows: 5000, Seed: 7, Version: v}); err != nil {
			t.Fatal(err)
		}
		counts := map[int]int{}
		for _, l := range strings.Split(strings.TrimSuffix(buf.String(), "\n"), "\n") {
			counts[strings.Count(l, "\t")+1]++
		}
		var ms []event.Mention
		var bad, dropped int
		rows, err := parseGDELT(bytes.NewReader(buf.Bytes()), "gen", func(m event.Mention) error { ms = append(ms, m); return nil },
			func(e RowError) {
				if isDropped(e) {
					dropped++
				} else {
					bad++
					t.Errorf("v%d: %v", v, e)
				}
			})
		if err != nil || rows != 5000 || bad != 0 || len(ms)+dropped != 5000 || dropped < 500 || dropped > 1500 {
			t.Fatalf("v%d: err %v rows %d mentions %d dropped %d", v, err, rows, len(ms), dropped)
		}
		if v == 2 && (counts[61] != 5000) || v == 1 && (counts[57] < 500 || counts[58] < 3000 || counts[57]+counts[58] != 5000) {
			t.Errorf("v%d field counts %v", v, counts)
		}
		withDyad, rou := 0, 0
		for _, m := range ms {
			if len(m.Actor) > 0 && len(m.Recipient) > 0 {
				withDyad++
			}
			if len(m.Actor) > 0 && m.Actor[0] == "ROU" {
				rou++
			}
		}
		if withDyad < len(ms)/3 || rou == 0 {
			t.Errorf("v%d: %d of %d mentions with both sides, %d ROU", v, withDyad, len(ms), rou)
		}
		var again bytes.Buffer
		GenerateGDELT(&again, GenOptions{Rows: 5000, Seed: 7, Version: v})
		if !bytes.Equal(buf.Bytes(), again.Bytes()) {
			t.Errorf("v%d: same seed, different output", v)
		}
	}
}
