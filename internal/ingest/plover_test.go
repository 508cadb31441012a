package ingest

import (
	"encoding/json"
	"errors"
	"os"
	"reflect"
	"strings"
	"testing"

	"github.com/pivot-geo/pivot/internal/event"
)

func ploverFile(r *os.File, name string, emit func(event.Mention) error, bad func(RowError)) (int, error) {
	return parsePLOVER(r, name, emit, bad)
}

// PLOVER's gold-standard records (JSON array, v0.5 names): 323 records, one
// DOCUMENT record (dropped), one whose target is the string "diplomatic"
// (bad), one repeating the id PLOVER-GSR01-COERCE-0004 (bad), 320 events.
func TestPLOVERGoldStandard(t *testing.T) {
	p, err := parseFile(t, "testdata/plover/PLOVER_GSR_CAMEO.json", ploverFile)
	if err != nil {
		t.Fatal(err)
	}
	if p.rows != 323 || len(p.mentions) != 320 || len(p.dropped) != 1 || len(p.bad) != 2 {
		t.Fatalf("rows %d mentions %d dropped %v bad %v", p.rows, len(p.mentions), p.dropped, p.bad)
	}
	if b := p.bad[0]; b.Field != "recipient" || !strings.Contains(b.Reason, `"diplomatic"`) || b.Line < 100 {
		t.Errorf("bad row %+v", b)
	}
	if b := p.bad[1]; b.Field != "id" || !strings.Contains(b.Reason, `"PLOVER-GSR01-COERCE-0004" repeats the id of the record on line`) {
		t.Errorf("bad row %+v", b)
	}
	if d := p.dropped[0]; d.Line != 2 || !strings.Contains(d.Reason, "documentation record") {
		t.Errorf("dropped %+v", d)
	}
	m := p.mentions[0]
	if m.ID != "plover:PLOVER-GSR01-AGREE-0001" || m.Type != event.Agree || m.Date != event.YMD(2000, 1, 1) ||
		!reflect.DeepEqual(m.Actor, []string{"HUN", "ROU"}) || len(m.Recipient) != 0 ||
		!reflect.DeepEqual(m.Context, []string{"migration"}) || m.Source != "plover" ||
		!strings.HasPrefix(m.Quote, "HUN+ROU → ? AGREE: Senior Hungarian and Romanian officials agreed") {
		t.Errorf("first record: %+v", m)
	}
	types := map[event.Type]int{}
	for _, m := range p.mentions {
		types[m.Type]++
		if !m.Type.Valid() {
			t.Errorf("%s: type %q", m.ID, m.Type)
		}
	}
	// Old names map onto v0.8: DEMAND 34 → REQUEST, DISAPPROVE 16 + INVESTIGATE 9 → ACCUSE, FIGHT 17 + ASSAULT 15 → ASSAULT.
	if types[event.Request] != 34 || types[event.Accuse] != 25 || types[event.Assault] != 32 || types[event.Coerce] != 17 {
		t.Errorf("types %v", types)
	}
}

// The same records as JSON lines give the same mentions, with line numbers.
func TestPLOVERJSONLines(t *testing.T) {
	raw, _ := os.ReadFile("testdata/plover/PLOVER_GSR_CAMEO.json")
	var recs []json.RawMessage
	if err := json.Unmarshal(raw, &recs); err != nil {
		t.Fatal(err)
	}
	var sb strings.Builder
	for _, r := range recs {
		b, _ := json.Marshal(r) // compacts
		sb.Write(b)
		sb.WriteString("\n")
	}
	sb.WriteString("{not json\n")
	var ms []event.Mention
	var bad []RowError
	rows, err := parsePLOVER(strings.NewReader(sb.String()), "gsr.jsonl", func(m event.Mention) error { ms = append(ms, m); return nil },
		func(e RowError) {
			if !isDropped(e) {
				bad = append(bad, e)
			}
		})
	if err != nil {
		t.Fatal(err)
	}
	if rows != 324 || len(ms) != 320 || len(bad) != 3 || bad[2].Line != 324 {
		t.Fatalf("rows %d mentions %d bad %+v", rows, len(ms), bad)
	}
	if ms[0].ID != "plover:PLOVER-GSR01-AGREE-0001" || !strings.HasSuffix(ms[0].Quote, "line 2)") {
		t.Errorf("first: %s %q", ms[0].ID, ms[0].Quote)
	}
}

// PLOVER v0.8 / POLECAT JSON: actor and recipient lists, mode and context lists, several events.
func TestPLOVERv08JSON(t *testing.T) {
	in := `{"id": 17, "date": "2021-03-04", "actor": [{"code": "USA", "raw_text": "Washington"}], "recipient": [{"country_name": "Pakistan"}, "CHN"], "event": ["CONSULT", "AGREE"], "mode": ["visit"], "context": ["military", "economic"], "link": "https://example.org/a"}
{"id": "x2", "date": "2021-03", "actor": ["RUS"], "recipient": [], "event": "SANCTION", "mode": "withdraw"}
{"id": "x3", "date": "March 2021", "actor": ["RUS"], "event": "AID"}
{"id": "x4", "date": "2021", "actor": ["Atlantis"], "event": "AID"}
{"id": "x5", "date": "2021", "actor": ["RUS"], "event": "HUG"}
`
	var ms []event.Mention
	var bad []RowError
	rows, err := parsePLOVER(strings.NewReader(in), "p.jsonl", func(m event.Mention) error { ms = append(ms, m); return nil },
		func(e RowError) { bad = append(bad, e) })
	if err != nil {
		t.Fatal(err)
	}
	if rows != 5 || len(ms) != 3 || len(bad) != 3 {
		t.Fatalf("rows %d mentions %d bad %+v", rows, len(ms), bad)
	}
	m := ms[0]
	if m.ID != "plover:17" || ms[1].ID != "plover:17#2" || m.Type != event.Consult || ms[1].Type != event.Agree ||
		m.Mode != "visit" || !reflect.DeepEqual(m.Recipient, []string{"PAK", "CHN"}) ||
		!reflect.DeepEqual(m.Context, []string{"military", "economic"}) || m.URL != "https://example.org/a" {
		t.Errorf("record 17: %+v", m)
	}
	if ms[2].Date != event.YM(2021, 3) || ms[2].Mode != "withdraw" {
		t.Errorf("x2: %+v", ms[2])
	}
	for i, want := range []string{"date", "actor", "event"} {
		if bad[i].Field != want || bad[i].Line != i+3 {
			t.Errorf("bad[%d] = %+v, want field %s line %d", i, bad[i], want, i+3)
		}
	}
	if !strings.Contains(bad[1].Reason, `"Atlantis" is not an actor code or country name`) {
		t.Errorf("reason %q", bad[1].Reason)
	}
}

// NGEC (the coder behind POLECAT) writes actors under attributes, event_type,
// event_mode and contexts lists, date_resolved.
func TestNGECRecord(t *testing.T) {
	in := `{"id": "20190801-2309-4e081644904c_COOPERATE_R", "event_type": "RETREAT", "event_mode": [], "contexts": ["pro_democracy"],
"date": "2019-08-01", "date_resolved": "2019-07-31", "pub_date": "2019-08-01", "publisher": "translateme2-pt",
"attributes": {"ACTOR": [{"text": "Nicolas Maduro", "wiki": "Nicolás Maduro", "country": "VEN", "code_1": "ELI"}],
 "RECIP": [{"text": "Juan Guaidó", "wiki": "Juan Guaidó", "country": "VEN", "code_1": "REB"}], "LOC": [{"text": "Barbados"}]},
"event_text": "Delegates of the Venezuelan president, Nicolas Maduro, and the leader objector Juan Guaidó resumed on Wednesday (31) conversations"}`
	in = strings.ReplaceAll(in, "\n", " ")
	var ms []event.Mention
	rows, err := parsePLOVER(strings.NewReader(in), "ngec.jsonl", func(m event.Mention) error { ms = append(ms, m); return nil },
		func(e RowError) { t.Errorf("bad: %v", e) })
	if err != nil || rows != 1 || len(ms) != 1 {
		t.Fatalf("rows %d mentions %d err %v", rows, len(ms), err)
	}
	m := ms[0]
	if m.Type != event.Retreat || m.Date != event.YMD(2019, 7, 31) || !reflect.DeepEqual(m.Actor, []string{"VEN"}) ||
		!reflect.DeepEqual(m.Recipient, []string{"VEN"}) || !reflect.DeepEqual(m.Context, []string{"pro_democracy"}) ||
		!strings.Contains(m.Quote, "(PLOVER, translateme2-pt, record 20190801-2309-4e081644904c_COOPERATE_R, line 1)") {
		t.Errorf("%+v", m)
	}
}

func TestPOLECATHeaderVariants(t *testing.T) {
	headers := []string{
		"Event ID\tEvent Date\tEvent Type\tEvent Mode\tIntensity\tQuad Code\tContexts\tActor Name\tActor Country\tRecipient Name\tRecipient Country\tSource",
		"event_id\tevent_date\tevent_type\tevent_mode\tintensity\tquad_code\tcontexts\tactor_name\tactor_country\trecipient_name\trecipient_country\tsource",
		"EventId\tStoryDate\tEventType\tMode\tIntensity\tQuadCode\tContext\tActorName\tActorCountry\tRecipientName\tRecipientCountry\tPublisher",
	}
	body := "a1\t2023-05-01\tCONSULT\tvisit\t4\t1\tdiplomatic;military\tAntony Blinken\tUSA\tShehbaz Sharif\tPakistan\tReuters\n" +
		"a2\t2023-05-02T10:00:00Z\tASSAULT\taerial\t-9.5\t4\tmilitary\tIDF\tISR\t\tPSE;LBN\tAP\n" +
		"a3\t2023-05-02\tWAVE\t\t1\t1\t\tX\tUSA\tY\tPAK\tAP\n" +
		"a4\t2023-05-03\tAID\t\t1\t2\t\tX\tUSA\tY\n"
	for _, h := range headers {
		if detect([]byte(h+"\n"+body)) != "plover" {
			t.Errorf("header %q not detected as plover", h)
		}
		var ms []event.Mention
		var bad []RowError
		rows, err := parsePLOVER(strings.NewReader(h+"\n"+body), "w.txt", func(m event.Mention) error { ms = append(ms, m); return nil },
			func(e RowError) { bad = append(bad, e) })
		if err != nil {
			t.Fatal(err)
		}
		if rows != 4 || len(ms) != 2 || len(bad) != 2 || bad[0].Line != 4 || bad[1].Line != 5 {
			t.Fatalf("%q: rows %d mentions %d bad %+v", h, rows, len(ms), bad)
		}
		m := ms[0]
		if m.ID != "polecat:a1" || m.Type != event.Consult || m.Mode != "visit" || m.Actor[0] != "USA" || m.Recipient[0] != "PAK" ||
			!reflect.DeepEqual(m.Context, []string{"diplomatic", "military"}) || m.Date != event.YMD(2023, 5, 1) ||
			!strings.HasPrefix(m.Quote, "USA → PAK CONSULT visit: Antony Blinken → Shehbaz Sharif (POLECAT, Reuters, row 2)") {
			t.Errorf("%q: %+v", h, m)
		}
		if !reflect.DeepEqual(ms[1].Recipient, []string{"PSE", "LBN"}) || ms[1].Date != event.YMD(2023, 5, 2) {
			t.Errorf("row a2: %+v", ms[1])
		}
	}
}

func TestPLOVERWrongFormat(t *testing.T) {
	for name, in := range map[string]string{
		"prose":   "Pakistan signed a treaty.\n",
		"badjson": `[{"id": 1, "date": "2020-01-01", "event": "AID"`,
		"utf8":    "[{\"id\": \"\xff\", \"event\": \"AID\"}]",
		"empty":   "   ",
	} {
		_, err := parsePLOVER(strings.NewReader(in), name, func(event.Mention) error { return nil }, func(RowError) {})
		var fe *FormatError
		if !errors.As(err, &fe) {
			t.Errorf("%s: err %v, want FormatError", name, err)
		}
	}
}
