package cameo

import (
	"bufio"
	"os"
	"reflect"
	"strings"
	"testing"

	"github.com/pivot-geo/pivot/internal/event"
)

func TestPLOVER(t *testing.T) {
	tests := []struct {
		code    string
		ok      bool
		typ     event.Type
		mode    string
		context []string
		line    string
	}{
		{"042", true, event.Consult, "visit", nil, "042"},
		{"040", true, event.Consult, "", nil, "040"},
		{"0841", true, event.Retreat, "release", []string{"legal"}, "0841"},
		{"0861", true, event.Retreat, "access", []string{"peacekeeping"}, "0861"}, // "access " trimmed
		{"175", true, event.Assault, "", []string{"pro_autocracy", "military"}, "175"},
		{"163", true, event.Coerce, "restrict", []string{"diplomatic"}, "163"},
		{"0811", true, event.Concede, "", []string{"pro_democracy"}, "0811"},
		{"091", true, event.Accuse, "investigate", []string{"crime", "corruption"}, "091"},
		{"0813", true, event.Retreat, "", []string{"legal"}, "0813"},
		{"1712", true, event.Assault, "seize", []string{"human_security"}, "1712"},
		{"192", true, event.Coerce, "seize", []string{"military"}, "192"},
		{"085", true, event.Retreat, "", []string{"economic"}, "085"}, // "ease" dropped
		{"057", true, event.Support, "", []string{"diplomatic"}, "057"},
		{"010", false, "", "", nil, ""},
		{"0211", false, "", "", nil, ""},
		{"42", false, "", "", nil, ""},
		{"999", false, "", "", nil, ""},
		{"", false, "", "", nil, ""},
	}
	for _, tt := range tests {
		m, ok := PLOVER(tt.code)
		if ok != tt.ok || m.Type != tt.typ || m.Mode != tt.mode || !reflect.DeepEqual(m.Context, tt.context) || m.Code != tt.line {
			t.Errorf("PLOVER(%q) = %+v, %v; want %v %v %q %v line %q", tt.code, m, ok, tt.typ, tt.ok, tt.mode, tt.context, tt.line)
		}
	}
}

// Every CAMEO event code GDELT uses maps to a valid PLOVER type except the
// roots PLOVER drops (01 statements, 02 appeals), and every context is one
// Pivot knows.
func TestEveryCAMEOCodeMaps(t *testing.T) {
	f, err := os.Open("data/cameoEvent.txt")
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	known := map[string]bool{}
	for _, c := range event.Contexts {
		known[c] = true
	}
	sc := bufio.NewScanner(f)
	sc.Scan()
	n, dropped := 0, 0
	for sc.Scan() {
		code, _, _ := strings.Cut(sc.Text(), "\t")
		n++
		m, ok := PLOVER(code)
		if Dropped(code) {
			dropped++
			if ok {
				t.Errorf("%s: dropped root mapped to %v", code, m.Type)
			}
			continue
		}
		if !ok || !m.Type.Valid() {
			t.Errorf("%s: no PLOVER mapping", code)
		}
		for _, c := range m.Context {
			if !known[c] {
				t.Errorf("%s: context %q is not a PLOVER/Pivot context", code, c)
			}
		}
		if _, ok := Goldstein(code); !ok && len(code) > 2 {
			t.Errorf("%s: no Goldstein value", code)
		}
	}
	if n != 310 || dropped != 39 {
		t.Errorf("codes %d (want 310), dropped %d (want 39)", n, dropped)
	}
}

func TestGoldstein(t *testing.T) {
	for code, want := range map[string]float64{"042": 1.9, "043": 2.8, "190": -10, "016": -2, "106": -5, "0211": 3.4} {
		if v, ok := Goldstein(code); !ok || v != want {
			t.Errorf("Goldstein(%s) = %v %v, want %v", code, v, ok, want)
		}
	}
	if _, ok := Goldstein("42"); ok {
		t.Error("Goldstein(42) should be unknown: codes keep leading zeros")
	}
	if Describe("042") != "Make a visit" {
		t.Errorf("Describe(042) = %q", Describe("042"))
	}
}

func TestCountries(t *testing.T) {
	for in, want := range map[string]string{
		"PAK": "PAK", "USA": "USA", "CHN": "CHN", "RUS": "RUS", "ROM": "ROU", "TMP": "TLS",
		"MTN": "MNE", "IMY": "IMN", "WSB": "PSE", "AFR": "", "WST": "", "SAS": "", "XYZ": "", "": "",
	} {
		if got := CountryISO3(in); got != want {
			t.Errorf("CountryISO3(%q) = %q, want %q", in, got, want)
		}
	}
	for in, want := range map[string]string{"PK": "PAK", "CH": "CHN", "RS": "RUS", "US": "USA", "IN": "IND", "AF": "AFG", "SF": "ZAF", "UK": "GBR", "": ""} {
		if got := FIPSToISO3(in); got != want {
			t.Errorf("FIPSToISO3(%q) = %q, want %q", in, got, want)
		}
	}
	for in, want := range map[string]string{"NAT": "NATO", "UNO": "UNO", "EEC": "EU", "TAL": ""} {
		if got := Group(in); got != want {
			t.Errorf("Group(%q) = %q, want %q", in, got, want)
		}
	}
}

// Every country name in the real ICEWS sample resolves.
func TestICEWSNames(t *testing.T) {
	f, err := os.Open("../ingest/testdata/icews/icews_events.2018.sample.tab")
	if err != nil {
		t.Skip("ICEWS sample not present:", err)
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 1<<20)
	sc.Scan()
	seen := map[string]bool{}
	for sc.Scan() {
		fs := strings.Split(sc.Text(), "\t")
		for _, i := range []int{4, 10, 17} {
			name := fs[i]
			if name == "" || name == "NA" || seen[name] {
				continue
			}
			seen[name] = true
			if NameToISO3(name) == "" {
				t.Errorf("ICEWS country %q does not resolve", name)
			}
		}
	}
	if len(seen) < 100 {
		t.Errorf("only %d distinct names checked", len(seen))
	}
	for in, want := range map[string]string{
		"Russian Federation": "RUS", "United States": "USA", "Occupied Palestinian Territory": "PSE",
		"the former Yugoslav Republic of Macedonia": "MKD", "Moldova, Republic of": "MDA",
		"Democratic Republic of Congo": "COD", "Congo": "COG", "Pakistan": "PAK", "China": "CHN",
	} {
		if got := NameToISO3(in); got != want {
			t.Errorf("NameToISO3(%q) = %q, want %q", in, got, want)
		}
	}
}
