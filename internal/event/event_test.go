package event

import (
	"encoding/json"
	"strings"
	"testing"
)

func TestParseDate(t *testing.T) {
	cases := []struct {
		in   string
		want string
		err  bool
	}{
		{"1954", "1954", false},
		{"2013-08", "2013-08", false},
		{"2013-08-31", "2013-08-31", false},
		{"20130831", "2013-08-31", false},
		{"", "", false},
		{"2013-13", "", true},
		{"2013-00-05", "", true},
		{"13-08-31", "", true},
		{"abcd", "", true},
		{"2013-8-31", "", true},
	}
	for _, c := range cases {
		d, err := ParseDate(c.in)
		if (err != nil) != c.err {
			t.Errorf("ParseDate(%q) err = %v, want error %v", c.in, err, c.err)
			continue
		}
		if d.String() != c.want {
			t.Errorf("ParseDate(%q) = %q, want %q", c.in, d.String(), c.want)
		}
	}
	if !Y(1979).Before(YM(1979, 2)) || YMD(1980, 1, 1).Before(Y(1979)) {
		t.Error("Before ordering is wrong")
	}
}

// TestMentionJSONContract checks the field names and null rules DESIGN.md fixes.
func TestMentionJSONContract(t *testing.T) {
	m := Mention{ID: "m1", Date: Y(1954), Actor: []string{"USA"}, Recipient: []string{"PAK"}, Type: Agree,
		Context: []string{"military"}, Amount: &Amount{Value: 630000000, Currency: "USD", Per: "year"},
		Status: Asserted, Quote: "In 1954, Pakistan signed …", Doc: "d1", Span: Span{0, 142}, Confidence: 0.9}
	b, err := json.Marshal(m)
	if err != nil {
		t.Fatal(err)
	}
	s := string(b)
	for _, want := range []string{`"date":"1954"`, `"end":null`, `"mode":null`, `"actor":["USA"]`, `"recipient":["PAK"]`,
		`"type":"AGREE"`, `"context":["military"]`, `"amount":{"value":630000000,"currency":"USD","per":"year"}`,
		`"status":"asserted"`, `"span":[0,142]`, `"confidence":0.9`, `"doc":"d1"`} {
		if !strings.Contains(s, want) {
			t.Errorf("JSON lacks %s:\n%s", want, s)
		}
	}
	var back Mention
	if err := json.Unmarshal(b, &back); err != nil {
		t.Fatal(err)
	}
	if back.Date != m.Date || back.Span != m.Span || back.Amount.Value != m.Amount.Value || back.Mode != "" {
		t.Errorf("round trip = %+v", back)
	}
	m.Mode, m.Amount, m.Recipient = "visit", nil, nil
	b, _ = json.Marshal(m)
	if s := string(b); !strings.Contains(s, `"mode":"visit"`) || !strings.Contains(s, `"amount":null`) || !strings.Contains(s, `"recipient":[]`) {
		t.Errorf("JSON = %s", s)
	}
}

func TestOntology(t *testing.T) {
	if len(Types) != 16 {
		t.Fatalf("%d PLOVER types", len(Types))
	}
	for _, ty := range Types {
		if ty.Quad() < 1 || ty.Quad() > 4 {
			t.Errorf("%s has no quad class", ty)
		}
	}
	if Aid.Quad() != MaterialCoop || Assault.Quad() != MaterialConf || Accuse.Quad() != VerbalConf {
		t.Error("quad classes wrong")
	}
	if Type("DISAPPROVE").Valid() {
		t.Error("v0.6 name accepted as v0.8 type")
	}
	if Aid.Score() <= 0 || Assault.Score() >= 0 || Accuse.Score() >= 0 {
		t.Error("score signs wrong")
	}
	if Consult.ModeScore("visit") != 4 || Consult.ModeScore("nonsense") != Consult.Score() {
		t.Error("mode scores wrong")
	}
}
