package analysis

import (
	"context"
	"encoding/json"
	"strings"
	"testing"

	"github.com/pivot-geo/pivot/internal/event"
	"github.com/pivot-geo/pivot/internal/store"
)

// fakeStore serves plain slices through the parts of store.Store the
// analysis uses; any other method panics (nil embedded interface), which
// would show the analysis reaching for something it should not.
type fakeStore struct {
	store.Store
	rows     []store.CountRow
	series   []event.SeriesPoint
	claims   []event.Claim
	mentions []event.Mention
	docs     map[string]event.Document
}

func (f *fakeStore) Counts(_ context.Context, q store.CountQuery) ([]store.CountRow, error) {
	var out []store.CountRow
	for _, r := range f.rows {
		if q.Dyad[0] != "" && !((r.Actor == q.Dyad[0] && r.Recipient == q.Dyad[1]) || (r.Actor == q.Dyad[1] && r.Recipient == q.Dyad[0])) {
			continue
		}
		if q.Actor != "" && r.Actor != q.Actor && r.Recipient != q.Actor {
			continue
		}
		out = append(out, r)
	}
	return out, nil
}

func (f *fakeStore) Series(_ context.Context, series, actor, recipient string) ([]event.SeriesPoint, error) {
	var out []event.SeriesPoint
	for _, p := range f.series {
		if (series == "" || p.Series == series) && (actor == "" || p.Actor == actor) && (recipient == "" || p.Recipient == recipient) {
			out = append(out, p)
		}
	}
	return out, nil
}

func (f *fakeStore) Claims(context.Context) ([]event.Claim, error) { return f.claims, nil }
func (f *fakeStore) Mentions(_ context.Context, eventID, docID string) ([]event.Mention, error) {
	var out []event.Mention
	for _, m := range f.mentions {
		if (eventID == "" || m.Event == eventID) && (docID == "" || m.Doc == docID) {
			out = append(out, m)
		}
	}
	return out, nil
}

func (f *fakeStore) Documents(context.Context) ([]store.DocumentInfo, error) {
	seen := map[string]bool{}
	var out []store.DocumentInfo
	for _, m := range f.mentions {
		if !seen[m.Doc] {
			seen[m.Doc] = true
			out = append(out, store.DocumentInfo{ID: m.Doc})
		}
	}
	return out, nil
}
func (f *fakeStore) Document(_ context.Context, id string) (event.Document, error) {
	d, ok := f.docs[id]
	if !ok {
		return d, store.ErrNotFound
	}
	return d, nil
}

func testStore(t *testing.T) *fakeStore {
	return &fakeStore{
		rows: []store.CountRow{
			{Year: 2001, Actor: "USA", Recipient: "PAK", Type: event.Aid, Context: "military", Count: 3, Score: 30},
			{Year: 2001, Actor: "PAK", Recipient: "USA", Type: event.Agree, Context: "terrorism", Mode: "", Count: 1, Score: 2.5},
			{Year: 2003, Actor: "USA", Recipient: "PAK", Type: event.Accuse, Context: "terrorism", Count: 2, Score: -4, Goldstein: -4, GoldN: 1},
			{Year: 2003, Actor: "CHN", Recipient: "PAK", Type: event.Cooperate, Context: "economic", Count: 5, Score: 47.5},
		},
		series:   append(loadSIPRI(t), crsAid()...),
		claims:   articleClaims(),
		mentions: articleMentions(),
	}
}

func TestDyadSeriesShape(t *testing.T) {
	st := testStore(t)
	ctx := context.Background()
	res, err := DyadSeries(ctx, st, SeriesQuery{Dyad: [2]string{"USA", "PAK"}, Measure: MeasureIntensity})
	if err != nil {
		t.Fatal(err)
	}
	if len(res.Directions) != 2 || res.Directions[0].Direction != "USA>PAK" || res.Directions[1].Direction != "PAK>USA" {
		t.Fatalf("directions %+v", res.Directions)
	}
	up := res.Directions[0].Points
	if len(up) != 3 || up[0].Year != 2001 || up[1].Count != 0 || up[2].Year != 2003 {
		t.Fatalf("USA>PAK points %+v: want 2001–2003 with 2002 zero-filled", up)
	}
	if up[0].Value != 30 || up[2].Value != -4 || up[2].MeanScore != -2 || up[2].MeanGoldstein != -4 || up[2].Quads["verbal conflict"] != 2 {
		t.Errorf("intensity points %+v", up)
	}
	if up[0].Arms == nil || *up[0].Arms != 15 || up[2].Aid == nil || *up[2].Aid != 10097.0/6 {
		t.Errorf("arms/aid side by side: 2001 arms %v, 2003 aid %v", up[0].Arms, up[2].Aid)
	}
	// JSON names the web API relies on.
	b, _ := json.Marshal(res)
	var generic struct {
		Directions []struct {
			Direction string
			Points    []map[string]any
		}
	}
	if err := json.Unmarshal(b, &generic); err != nil {
		t.Fatal(err)
	}
	if g := generic.Directions[0]; g.Direction != "USA>PAK" || g.Points[0]["year"] != 2001.0 || g.Points[0]["value"] != 30.0 {
		t.Errorf("JSON shape: %.300s", b)
	}
	res, err = DyadSeries(ctx, st, SeriesQuery{Dyad: [2]string{"USA", "PAK"}, Measure: MeasureArms, Direction: "usa>pak", From: 1980, To: 1989})
	if err != nil {
		t.Fatal(err)
	}
	if len(res.Directions) != 1 || len(res.Directions[0].Points) != 10 || res.Directions[0].Points[5].Value != 549 || res.Unit != "TIV million" {
		t.Errorf("arms 1980–89: %+v", res)
	}
	for _, bad := range []SeriesQuery{
		{Dyad: [2]string{"USA", "PAK"}, Measure: "tone"},
		{Dyad: [2]string{"USA", "PAK"}, Direction: "CHN>PAK"},
		{Dyad: [2]string{"USA", ""}},
	} {
		if _, err := DyadSeries(ctx, st, bad); err == nil {
			t.Errorf("%+v: want error", bad)
		}
	}
}

func TestDyadPhasesAndDrivers(t *testing.T) {
	st := testStore(t)
	res, err := DyadPhases(context.Background(), st, SeriesQuery{Dyad: [2]string{"USA", "PAK"}, Measure: MeasureArms}, DefaultPhaseOptions(MeasureArms, false), true)
	if err != nil {
		t.Fatal(err)
	}
	if len(res.Phases) < 6 || res.Phases[0].Direction != "USA>PAK" || !strings.Contains(res.Method, "PELT") {
		t.Fatalf("phases %+v", res)
	}
	for _, p := range res.Phases {
		if p.Drivers == nil {
			t.Fatal("drivers missing")
		}
		if p.Start <= 2001 && p.End >= 2003 {
			// 2001 and 2003 events of the dyad (not China's): 3 AID + 1 AGREE + 2 ACCUSE
			if p.Drivers.Events != 6 || p.Drivers.Contexts[0].Name != "military" && p.Drivers.Contexts[0].Name != "terrorism" {
				t.Errorf("drivers %+v", p.Drivers)
			}
		}
	}
	d := Drivers(st.rows, 2003, 2003)
	if d.Events != 7 || d.Contexts[0].Name != "economic" || d.Contexts[0].Share != 5.0/7 || d.Modes[0].Name != none {
		t.Errorf("Drivers 2003: %+v", d)
	}
}

func TestPivotAlignmentAndChecksFromStore(t *testing.T) {
	st := testStore(t)
	ctx := context.Background()
	res, err := PivotAlignment(ctx, st, AlignmentQuery{Pivot: "PAK", Measure: MeasureArms})
	if err != nil {
		t.Fatal(err)
	}
	if res.Leader != "CHN" || res.LeaderSince != 2011 || res.Unit != "TIV million" {
		t.Errorf("leader %s since %d (%s)", res.Leader, res.LeaderSince, res.Unit)
	}
	ev, err := PivotAlignment(ctx, st, AlignmentQuery{Pivot: "PAK", Measure: MeasureCount, Window: 1})
	if err != nil {
		t.Fatal(err)
	}
	if ev.Leader != "CHN" || len(ev.Overtakes) != 1 || ev.Overtakes[0].Year != 2003 {
		t.Errorf("events: leader %s, overtakes %+v", ev.Leader, ev.Overtakes)
	}
	if _, err := PivotAlignment(ctx, st, AlignmentQuery{Measure: "intensity"}); err == nil {
		t.Error("intensity shares: want error")
	}
	fs, err := Checks(ctx, st)
	if err != nil {
		t.Fatal(err)
	}
	kinds := map[string]int{}
	for _, f := range fs {
		kinds[f.Kind]++
	}
	if kinds[KindContradiction] != 3 || kinds[KindClaimVsData] != 2 || kinds[KindUnconfirmed] != 1 {
		t.Errorf("findings by kind %v", kinds)
	}
}
