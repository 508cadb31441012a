package merge

import (
	"testing"

	"github.com/pivot-geo/pivot/internal/event"
)

func m(id, src string, d event.Date, a, r string, t event.Type, trig string, conf float64) event.Mention {
	return event.Mention{ID: id, Source: src, Date: d, Actor: []string{a}, Recipient: []string{r}, Type: t, Trigger: trig, Confidence: conf, Context: []string{"military"}}
}

func TestMerge(t *testing.T) {
	cases := []struct {
		name   string
		in     []event.Mention
		events int
	}{
		{"same agreement re-mentioned", []event.Mention{
			m("a", "text", event.Y(1954), "PAK", "USA", event.Agree, "signed", 0.9),
			m("b", "text", event.YM(1954, 5), "USA", "PAK", event.Agree, "agreement", 0.8),
		}, 1},
		{"dyad and year alone do not merge", []event.Mention{
			m("a", "text", event.Y(2015), "PAK", "RUS", event.Agree, "signed", 0.9),
			m("b", "text", event.Y(2015), "PAK", "RUS", event.Aid, "sale", 0.8),
			m("c", "text", event.Y(2015), "PAK", "RUS", event.Agree, "pledged", 0.8),
		}, 3},
		{"different days", []event.Mention{
			m("a", "text", event.YMD(2018, 8, 7), "PAK", "RUS", event.Consult, "visit", 0.9),
			m("b", "text", event.YMD(2018, 8, 9), "PAK", "RUS", event.Consult, "visit", 0.9),
		}, 2},
		{"dataset rows same day", []event.Mention{
			m("a", "gdelt", event.YMD(2018, 8, 7), "PAK", "RUS", event.Consult, "", 0.9),
			m("b", "gdelt", event.YMD(2018, 8, 7), "RUS", "PAK", event.Consult, "", 0.9),
			m("c", "icews", event.YMD(2018, 8, 8), "RUS", "PAK", event.Consult, "", 0.9),
		}, 2},
		{"text never merges with dataset", []event.Mention{
			m("a", "gdelt", event.YMD(2018, 8, 7), "PAK", "RUS", event.Consult, "", 0.9),
			m("b", "text", event.YMD(2018, 8, 7), "RUS", "PAK", event.Consult, "visit", 0.9),
		}, 2},
	}
	for _, c := range cases {
		evs := Merge(c.in)
		if len(evs) != c.events {
			t.Errorf("%s: %d events, want %d", c.name, len(evs), c.events)
		}
		for i := range c.in {
			if c.in[i].Event == "" {
				t.Errorf("%s: mention %s has no event", c.name, c.in[i].ID)
			}
		}
	}
}

func TestMergeFields(t *testing.T) {
	in := []event.Mention{
		m("a", "text", event.Y(1954), "PAK", "USA", event.Agree, "signed", 0.6),
		m("b", "text", event.YMD(1954, 5, 19), "USA", "PAK", event.Agree, "agreement", 0.9),
	}
	in[1].Context = []string{"economic"}
	evs := Merge(in)
	if len(evs) != 1 {
		t.Fatalf("%d events", len(evs))
	}
	e := evs[0]
	if e.Date != event.YMD(1954, 5, 19) || e.Review != event.Proposed || e.Version != 1 || len(e.Mentions) != 2 ||
		len(e.Context) != 2 || e.Confidence != 0.9 || e.Score != event.Agree.Score() || len(e.Sources) != 1 {
		t.Errorf("event %+v", e)
	}
	// ids are deterministic
	again := Merge([]event.Mention{in[0], in[1]})
	if again[0].ID != e.ID {
		t.Errorf("id changed: %s vs %s", again[0].ID, e.ID)
	}
}
