// Package cameo maps CAMEO-coded event data onto Pivot's vocabulary: CAMEO
// event codes to PLOVER v0.8 types (with the official CAMEO2PLOVER-2021
// table), Goldstein values, CAMEO actor country codes to ISO 3166-1 alpha-3,
// FIPS 10-4 geography codes (GDELT) to ISO3, and English country names
// (ICEWS) to ISO3. The lookup tables are embedded copies of the shared data
// files; data/SOURCES.md names their origins.
package cameo

import (
	"bufio"
	"embed"
	"strconv"
	"strings"
	"sync"

	"github.com/pivot-geo/pivot/internal/event"
)

//go:embed data/*.txt
var files embed.FS

// Mapping is the PLOVER coding of one CAMEO event code.
type Mapping struct {
	Type    event.Type
	Mode    string   // "" when the table gives none
	Context []string // nil when the table gives none; shared, do not modify
	// Code is the table line that matched: the code itself, or its base
	// (3-digit) or root (2-digit) code when the exact code has no line.
	Code string
}

type tables struct {
	plover    map[string]Mapping
	goldstein map[string]float64
	desc      map[string]string
	country   map[string]string // CAMEO country code → ISO3 ("" for regions)
	fips      map[string]string // FIPS 10-4 → ISO3
	iso2      map[string]string // ISO alpha-2 → ISO3
	iso3      map[string]bool
	names     map[string]string // normalised English name → ISO3
}

var (
	once sync.Once
	tab  *tables
)

func load() *tables {
	once.Do(func() {
		t := &tables{
			plover: map[string]Mapping{}, goldstein: map[string]float64{}, desc: map[string]string{},
			country: map[string]string{}, fips: map[string]string{}, iso2: map[string]string{},
			iso3: map[string]bool{}, names: map[string]string{},
		}
		t.loadPLOVER()
		eachTSV("data/CAMEO.goldsteinscale.txt", func(f []string) {
			if v, err := strconv.ParseFloat(strings.TrimSpace(f[1]), 64); err == nil {
				t.goldstein[strings.TrimSpace(f[0])] = v
			}
		})
		eachTSV("data/cameoEvent.txt", func(f []string) {
			t.desc[strings.TrimSpace(f[0])] = strings.TrimSpace(f[1])
		})
		eachTSV("data/geonames_countryInfo.txt", func(f []string) {
			if len(f) < 5 || len(f[1]) != 3 {
				return
			}
			iso3 := f[1]
			t.iso3[iso3] = true
			t.iso2[f[0]] = iso3
			if f[3] != "" {
				t.fips[f[3]] = iso3
			}
			t.names[normName(f[4])] = iso3
		})
		// GeoNames spells Kosovo XKX; FIPS KV is Kosovo.
		for name, iso := range nameAliases {
			t.names[normName(name)] = iso
		}
		eachTSV("data/cameoCountry.txt", func(f []string) {
			code := strings.TrimSpace(f[0])
			switch {
			case cameoExceptions[code] != "":
				t.country[code] = cameoExceptions[code]
			case t.iso3[code]:
				t.country[code] = code
			default:
				t.country[code] = "" // a region: no state
			}
			if iso := t.country[code]; iso != "" {
				if _, ok := t.names[normName(f[1])]; !ok {
					t.names[normName(f[1])] = iso
				}
			}
		})
		tab = t
	})
	return tab
}

// cameoExceptions are the CAMEO country codes that differ from ISO3
// (data/SOURCES.md).
var cameoExceptions = map[string]string{
	"ROM": "ROU", "TMP": "TLS", "MTN": "MNE", "IMY": "IMN",
	"WSB": "PSE", "GZS": "PSE", "BAG": "IRQ",
	// Codes seen in CAMEO-coded data though not in GDELT's country list.
	"KOS": "XKX", "SCG": "SCG", "YUG": "YUG", "SUN": "SUN", "CSK": "CSK", "DDR": "DDR",
}

// nameAliases resolve the English names ICEWS (and others) use where they
// differ from GeoNames' names.
var nameAliases = map[string]string{
	"Russian Federation": "RUS", "Russia": "RUS", "United States": "USA", "United States of America": "USA",
	"United Kingdom": "GBR", "Occupied Palestinian Territory": "PSE", "Palestine": "PSE",
	"Palestinian Territory": "PSE", "the former Yugoslav Republic of Macedonia": "MKD",
	"Macedonia": "MKD", "North Macedonia": "MKD", "Moldova, Republic of": "MDA", "Moldova": "MDA",
	"Democratic Republic of Congo": "COD", "Democratic Republic of the Congo": "COD",
	"Congo, The Democratic Republic of the": "COD", "Congo": "COG", "Republic of Congo": "COG",
	"Republic of the Congo": "COG", "Cote d'Ivoire": "CIV", "Côte d'Ivoire": "CIV", "Ivory Coast": "CIV",
	"Holy See": "VAT", "Vatican": "VAT", "Swaziland": "SWZ", "Eswatini": "SWZ", "Laos": "LAO",
	"Lao People's Democratic Republic": "LAO", "Vietnam": "VNM", "Viet Nam": "VNM", "Syria": "SYR",
	"Syrian Arab Republic": "SYR", "Iran": "IRN", "Iran, Islamic Republic of": "IRN",
	"North Korea": "PRK", "Korea, Democratic People's Republic of": "PRK", "South Korea": "KOR",
	"Korea, Republic of": "KOR", "Taiwan": "TWN", "Taiwan, Province of China": "TWN",
	"Hong Kong": "HKG", "Macau": "MAC", "Macao": "MAC", "Czech Republic": "CZE", "Czechia": "CZE",
	"Timor-Leste": "TLS", "East Timor": "TLS", "Bolivia": "BOL", "Tanzania": "TZA",
	"Tanzania, United Republic of": "TZA", "Venezuela": "VEN", "Micronesia": "FSM",
	"Micronesia, Federated States of": "FSM", "Brunei": "BRN", "Brunei Darussalam": "BRN",
	"Cape Verde": "CPV", "Cabo Verde": "CPV", "Kosovo": "XKX", "Serbia and Montenegro": "SCG",
	"Bahamas": "BHS", "The Bahamas": "BHS", "Gambia": "GMB", "The Gambia": "GMB", "Myanmar": "MMR",
	"Burma": "MMR", "Libyan Arab Jamahiriya": "LBY", "Libya": "LBY", "Western Sahara": "ESH",
	"Saint Kitts and Nevis": "KNA", "Saint Lucia": "LCA", "Saint Vincent and the Grenadines": "VCT",
	"Sao Tome and Principe": "STP", "Curacao": "CUW", "Falkland Islands": "FLK",
	"Falkland Islands (Malvinas)": "FLK", "Soviet Union": "SUN", "USSR": "SUN", "Yugoslavia": "YUG",
	"Turkey": "TUR", "Türkiye": "TUR", "Netherlands": "NLD", "The Netherlands": "NLD",
	"Virgin Islands, U.S.": "VIR", "Virgin Islands, British": "VGB", "Reunion": "REU",
	"Guinea-Bissau": "GNB", "Bosnia and Herzegovina": "BIH", "Bosnia": "BIH",
	"Trinidad and Tobago": "TTO", "Antigua and Barbuda": "ATG", "Saint Helena": "SHN",
	"Svalbard and Jan Mayen": "SJM", "Wallis and Futuna": "WLF", "Pitcairn": "PCN",
	"Heard Island and McDonald Islands": "HMD", "Sint Maarten": "SXM", "Saint Martin": "MAF",
}

// groups maps the CAMEO known-group codes of organisations Pivot names as
// actors (DESIGN.md) to the codes internal/actors uses (UNO for the UN).
var groups = map[string]string{
	"NAT": "NATO", "UNO": "UNO", "EEC": "EU", "SOT": "SEATO", "OIC": "OIC", "ASN": "ASEAN",
	"SAA": "SAARC", "GCC": "GCC", "IMF": "IMF", "WBK": "WB", "ARL": "ARL", "WTO": "WTO",
	"IAE": "IAEA", "OPC": "OPEC", "SCE": "OSCE", "WAS": "ECOWAS", "OAS": "OAS", "CRC": "ICRC",
	"IRC": "ICRC", "ICC": "ICC", "ADB": "ADB",
}

func normName(s string) string {
	s = strings.ToLower(strings.TrimSpace(s))
	s = strings.TrimPrefix(s, "the ")
	return s
}

func eachTSV(name string, fn func([]string)) {
	f, err := files.Open(name)
	if err != nil {
		panic("cameo: embedded table missing: " + name)
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	first := true
	for sc.Scan() {
		if first { // every table has a header row
			first = false
			continue
		}
		line := strings.TrimRight(sc.Text(), "\r")
		if line == "" {
			continue
		}
		fields := strings.Split(line, "\t")
		if len(fields) < 2 {
			continue
		}
		fn(fields)
	}
}

// loadPLOVER reads CAMEO2PLOVER-2021.txt: "CODE: EVENT, mode, context # description".
func (t *tables) loadPLOVER() {
	b, err := files.ReadFile("data/CAMEO2PLOVER-2021.txt")
	if err != nil {
		panic("cameo: embedded CAMEO2PLOVER table missing")
	}
	for _, line := range strings.Split(string(b), "\n") {
		line = strings.TrimSpace(line)
		if line == "" || line[0] == '#' || line[0] == '~' {
			continue
		}
		if i := strings.IndexByte(line, '#'); i >= 0 {
			line = line[:i]
		}
		code, rest, ok := strings.Cut(line, ":")
		if !ok {
			continue
		}
		code = strings.TrimSpace(code)
		parts := strings.Split(rest, ",")
		typ := event.Type(strings.TrimSpace(parts[0]))
		if !typ.Valid() {
			continue
		}
		m := Mapping{Type: typ, Code: code}
		if len(parts) > 1 {
			m.Mode = strings.TrimSpace(parts[1])
		}
		if len(parts) > 2 {
			for _, c := range strings.Split(strings.Join(parts[2:], ","), ";") {
				if c = strings.TrimSpace(c); c != "" {
					m.Context = append(m.Context, fixContext(c))
				}
			}
		}
		// Repairs of the draft table's slips (docs/formats.md):
		// "175: ASSAULT, pro_autocracy , military" puts a context in the mode slot;
		// "ease" is flagged in the table itself as no longer a mode.
		if m.Mode == "pro_autocracy" {
			m.Mode = ""
			m.Context = append([]string{"pro_autocracy"}, m.Context...)
		}
		if m.Mode == "ease" {
			m.Mode = ""
		}
		if _, dup := t.plover[code]; dup {
			continue // first line wins (root "08" is CONCEDE, then RETREAT)
		}
		t.plover[code] = m
	}
}

func fixContext(c string) string {
	switch c {
	case "democracy":
		return "pro_democracy"
	case "resource":
		return "natural_resource"
	}
	return c
}

// PLOVER maps a CAMEO event code (leading zeros kept: "042") to its PLOVER
// coding. A code without its own line falls back to its base code and then
// its root. CAMEO 01 (statements) and 02 (appeals) have no PLOVER event:
// ok is false for them and for codes that are not CAMEO.
func PLOVER(code string) (Mapping, bool) {
	t := load()
	if m, ok := t.plover[code]; ok {
		return m, true
	}
	if len(code) > 3 {
		if m, ok := t.plover[code[:3]]; ok {
			return m, true
		}
	}
	if len(code) > 2 {
		if _, known := t.desc[code]; !known {
			if _, known = t.goldstein[code]; !known {
				return Mapping{}, false
			}
		}
		if m, ok := t.plover[code[:2]]; ok {
			return m, true
		}
	}
	return Mapping{}, false
}

// Dropped reports whether code is a valid CAMEO code whose root PLOVER
// drops: 01 (make public statement) and 02 (appeal).
func Dropped(code string) bool {
	return len(code) >= 2 && (code[:2] == "01" || code[:2] == "02") && Known(code)
}

// Known reports whether code is in GDELT's CAMEO event code list or
// Goldstein table.
func Known(code string) bool {
	t := load()
	if _, ok := t.desc[code]; ok {
		return true
	}
	_, ok := t.goldstein[code]
	return ok
}

// Goldstein returns GDELT's Goldstein scale value for a CAMEO event code.
func Goldstein(code string) (float64, bool) {
	v, ok := load().goldstein[code]
	return v, ok
}

// Describe returns the CAMEO description of a code ("Make a visit"), or "".
func Describe(code string) string { return load().desc[code] }

// CountryISO3 maps a CAMEO actor country code to ISO 3166-1 alpha-3. ROM
// becomes ROU (and the other exceptions in data/SOURCES.md); regional codes
// (AFR, SAS, WST, …) and unknown codes give "".
func CountryISO3(code string) string {
	t := load()
	if iso, ok := t.country[code]; ok {
		return iso
	}
	if cameoExceptions[code] != "" {
		return cameoExceptions[code]
	}
	if t.iso3[code] {
		return code
	}
	return ""
}

// FIPSToISO3 maps a FIPS 10-4 country code (GDELT's *Geo_CountryCode:
// PK Pakistan, CH China, RS Russia) to ISO3, or "".
func FIPSToISO3(fips string) string { return load().fips[fips] }

// ISO2ToISO3 maps an ISO alpha-2 code to alpha-3, or "".
func ISO2ToISO3(iso2 string) string { return load().iso2[iso2] }

// IsISO3 reports whether code is an ISO3 code known to GeoNames.
func IsISO3(code string) bool { return load().iso3[code] }

// NameToISO3 resolves an English country name ("Russian Federation",
// "Cote d'Ivoire", "United States") or an ISO3 code to ISO3; "" when unknown.
func NameToISO3(name string) string {
	t := load()
	if len(name) == 3 && t.iso3[name] {
		return name
	}
	return t.names[normName(name)]
}

// Group maps a CAMEO known-group code of an international organisation
// (NAT, UNO, EEC, …) to Pivot's organisation code (NATO, UNO, EU, …), or "".
func Group(code string) string { return groups[code] }
