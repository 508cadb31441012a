package actors

import (
	"testing"
	"time"
)

func TestLookup(t *testing.T) {
	start := time.Now()
	d, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	// the target is ≤ 0.5 s (measured ≈ 0.1–0.2 s, docs/coder.md); the test
	// allows for a loaded CI machine and catches order-of-magnitude slips
	if el := time.Since(start); el > 2*time.Second {
		t.Errorf("dictionary load took %v, want ≤ 0.5 s", el)
	}
	cases := []struct {
		phrase string
		date   int
		want   string
	}{
		{"Pakistan", 0, "PAK"}, {"Pakistani", 0, "PAK"}, {"Islamabad", 0, "PAK"},
		{"Beijing", 0, "CHN"}, {"Moscow", 0, "RUS"}, {"Washington", 0, "USA"}, {"New Delhi", 0, "IND"},
		{"Pentagon", 0, "USA"}, {"ISI", 0, "PAK"}, {"PLA", 0, "CHN"}, {"CIA", 0, "USA"},
		{"NATO", 0, "NATO"}, {"Shanghai Cooperation Organisation", 0, "SCO"}, {"United Nations", 0, "UNO"},
		{"USSR", 0, "SUN"}, {"Soviet Union", 0, "SUN"},
		// "the Congo" is Kinshasa's; Brazzaville's is named in full
		{"Congo", 0, "COD"}, {"Congo-Brazzaville", 0, "COG"}, {"Republic of the Congo", 0, "COG"}, {"General Assembly", 0, "UNO"},
		// a surname from the table's other spellings ("Joseph-Désiré Mobutu")
		{"Mobutu", 19700000, "COD"}, {"Kasavubu", 19600000, "COD"},
		// "St George's" without the period GeoNames writes
		{"St George's", 0, "GRD"}, {"St John's", 0, "ATG"},
		// older names of capitals and states
		{"Peking", 0, "CHN"}, {"Tananarive", 0, "MDG"}, {"Malaya", 0, "MYS"}, {"Nyasaland", 0, "MWI"},
		{"Pervez Musharraf", 20050101, "PAK"}, {"Vladimir Putin", 20100101, "RUS"},
		{"Yury Andropov", 19830000, "SUN"}, // the dictionary codes him RUS; dated → SUN
		{"Saudi Arabia", 0, "SAU"}, {"Turkey", 0, "TUR"}, {"Ankara", 0, "TUR"},
		{"Taliban", 0, "TALIBAN"},
		// an entry name split by a stray space in the source file
		{"Omar Hassan Ahmad al-Bashir", 20000101, "SDN"},
		// Mozambique's insurgents by their own name; the US export credit agency
		{"Ahlu Sunna wal Jama'a", 0, "ASWJ"}, {"US Export-Import Bank", 0, "USA"}, {"China Exim Bank", 0, "CHN"},
		// the Republic of China is Taiwan; the People's Republic is China
		{"Republic of China", 0, "TWN"}, {"People's Republic of China", 0, "CHN"},
		// Brexit's negotiators: Barnier for the EU while he held the file
		{"Juan Guaidó", 0, "VEN"}, {"David Granger", 0, "GUY"}, {"Khawaja Asif", 0, "PAK"}, {"Jeyhun Bayramov", 0, "AZE"}, {"Çavuşoğlu", 0, "TUR"}, {"Michel Barnier", 20190101, "EU"}, {"Michel Barnier", 20240101, "FRA"}, {"Šefčovič", 20210101, "EU"}, {"Leo Varadkar", 0, "IRL"},
		// a bare ruler's name in his years; Arafat for the PLO, then the Palestinian Authority
		{"Hussein", 19700101, "JOR"}, {"Yasser Arafat", 19850101, "PLO"}, {"Yasser Arafat", 20000101, "PSE"},
		// the UN's agencies act for the UN, as CAMEO codes them
		{"UNHCR", 0, "UNO"}, {"World Food Programme", 0, "UNO"}, {"UNICEF", 0, "UNO"},
		// South Yemen, 1967–1990
		{"South Yemen", 19720000, "YMD"}, {"Aden", 19760301, "YMD"}, {"Aden", 20150101, "YEM"},
		// the court, and the Emirates
		{"International Court of Justice", 0, "ICJ"}, {"Permanent Court of Arbitration", 0, "PCA"}, {"ITLOS", 0, "ITLOS"}, {"World Court", 0, "ICJ"}, {"Emirates", 0, "ARE"},
		// Dhaka was Pakistan's before Bangladesh's independence
		{"Dacca", 19630000, "PAK"}, {"Dhaka", 20240000, "BGD"},
		// southern African movements: the ruling ones are their states
		{"MPLA", 0, "AGO"}, {"Savimbi", 0, "UNITA"},
		// a dissolved state's capital belongs to its successor
		{"Belgrade", 0, "SRB"},
		// a Spanish name without its second surname
		{"Ricardo Lagos", 20030101, "CHL"},
		// a surname a rarely named person of another state shares
		{"Clinton", 19990101, "USA"},
		// "St" for "Saint"
		{"St Vincent and the Grenadines", 0, "VCT"}, {"St. Lucia", 0, "LCA"},
		// armed movements analysts name
		{"Khmer Rouge", 0, "KHMERROUGE"}, {"Tamil Tigers", 0, "LTTE"}, {"TPLF", 0, "TPLF"}, {"Contras", 0, "CONTRAS"},
		{"Sudanese Armed Forces", 0, "SDN"}, {"Mohamed Hamdan Dagalo", 0, "RSF"}, {"China Exim Bank", 0, "CHN"}, {"Lockheed Martin", 0, "USA"},
		// the Phoenix file codes East Timor in CAMEO (TMP), not ISO (TLS)
		{"Xanana Gusmão", 20130000, "TLS"}, {"Timor-Leste", 20130000, "TLS"}, {"Mari Alkatiri", 20050000, "TLS"},
		// heads of international bodies act for them in office, for their state before
		{"Charles Michel", 20210000, "EU"}, {"Charles Michel", 20150000, "BEL"}, {"Mark Rutte", 20250000, "NATO"}, {"Guterres", 20200000, "UNO"},
		// states gone since, coded as ISO 3166-3 keeps them
		{"Czechoslovakia", 19550000, "CSK"}, {"East Germany", 19700000, "DDR"},
		{"Northern Alliance", 19990000, "NORTHERNALLIANCE"},
		{"SLORC", 19950000, "MMR"}, {"State Peace and Development Council", 20050000, "MMR"},
		{"Najib", 20170000, "MYS"}, {"Mahathir", 19820000, "MYS"}, {"Najib Mikati", 20230000, "LBN"},
		// a movement that became a state's army at independence
		{"SPLA", 19910000, "SPLM"}, {"SPLA", 20120400, "SSD"}, {"SPLM-IO", 20140000, "SPLMIO"}, {"White Army", 20250000, "WHITEARMY"}, {"Upper Nile", 20250000, "SSD"},
		{"Kataib Hezbollah", 20240000, "KATAIBHEZBOLLAH"}, {"Hezbollah", 20240000, "HEZBOLLAH"},
		{"Baradar", 20200000, "TALIBAN"}, {"Khalilzad", 20200000, "USA"},
		{"Holy See", 19790000, "VAT"}, {"John Paul II", 19800000, "VAT"}, {"Queen Elizabeth II", 19770000, "GBR"}, {"Falkland Islands", 19820000, "GBR"},
		{"Prabhakaran", 19870000, "LTTE"}, {"Research and Analysis Wing", 19830000, "IND"},
		{"Abinader", 20230000, "DOM"}, {"Ariel Henry", 20230000, "HTI"}, {"Chérizier", 20220000, "G9"}, {"Viv Ansanm", 20250000, "VIVANSANM"}, {"Türk", 20230000, "UNO"}, {"Volker Türk", 20200000, "AUT"},
		{"Kiir", 20240000, "SSD"}, {"Machar", 20120000, "SSD"}, {"Machar", 20160000, "SPLMIO"},
		// a Spanish name with a particle before the maternal surname
		{"Carlos Salinas", 19900000, "MEX"},
	}
	for _, c := range cases {
		e := d.Lookup(c.phrase)
		if e == nil {
			t.Errorf("%q: not found", c.phrase)
			continue
		}
		if got := e.CodeAt(c.date); got != c.want {
			t.Errorf("%q at %d: %s, want %s", c.phrase, c.date, got, c.want)
		}
	}
	// "JULIO_CESAR_VELASQUEZ": two given names are no short form; regions
	// named for America are not the United States
	for _, bad := range []string{"Senate", "General", "Abdullah", "Julio Cesar", "Central America", "Latin America"} {
		if e := d.Lookup(bad); e != nil && e.Kind != Skip {
			t.Errorf("%q should not be an actor, got %+v", bad, e)
		}
	}
}

func TestRoles(t *testing.T) {
	e := &Entry{Code: "PAK", Kind: Person, Roles: []Role{
		{Code: "PAK", From: 19991014, To: 20021123},
		{Code: "USA", From: 20100101, To: 0},
	}}
	cases := []struct {
		d    int
		want string
	}{
		{20000000, "PAK"}, {20000500, "PAK"}, {20120304, "USA"}, {0, "PAK"}, {19500000, "PAK"},
	}
	for _, c := range cases {
		if got := e.CodeAt(c.d); got != c.want {
			t.Errorf("CodeAt(%d) = %s, want %s", c.d, got, c.want)
		}
	}
	for in, want := range map[string]int{"991014": 19991014, "021123": 20021123, "20010620": 20010620, "x": 0} {
		if got := phoenixDate(in); got != want {
			t.Errorf("phoenixDate(%q) = %d, want %d", in, got, want)
		}
	}
}

func TestKeyFoldsAccents(t *testing.T) {
	cases := []struct{ in, want string }{
		{"Brasília", "BRASILIA"},
		{"Bogotá", "BOGOTA"},
		{"Erdoğan", "ERDOGAN"},
		{"Łukaszenka", "LUKASZENKA"},
		{"Pakistan’s", "PAKISTAN"},
		{"Æthelred", "ÆTHELRED"}, // no single base letter: kept
	}
	for _, c := range cases {
		if got := Key(c.in); got != c.want {
			t.Errorf("Key(%q) = %q, want %q", c.in, got, c.want)
		}
	}
}
