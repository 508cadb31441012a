package ingest

import (
	"bufio"
	"fmt"
	"io"
	"math/rand/v2"
	"strconv"
	"time"

	"github.com/pivot-geo/pivot/internal/cameo"
)

// GenOptions shape a generated GDELT file.
type GenOptions struct {
	Rows int
	Seed uint64
	// Version 2 writes GDELT 2.0 rows (61 fields); 1 writes GDELT 1.0 rows,
	// a fifth of them back-file rows (57 fields) and the rest daily (58).
	Version int
	// Start is the first DATEADDED; rows advance 15 minutes every
	// RowsPerSlot rows (default 1,500, about GDELT 2.0's rate).
	Start       time.Time
	RowsPerSlot int
	// FirstID is the first GLOBALEVENTID; by default 410,000,000 plus a
	// billion per seed, so files made with different seeds do not share ids.
	FirstID int64
}

// genCountry is a state as GDELT codes it: CAMEO code, name, FIPS code,
// a city with its ADM1 code and coordinates.
type genCountry struct {
	code, name, fips, city, adm1 string
	lat, long                    float64
	weight                       int
}

var genCountries = []genCountry{
	{"USA", "UNITED STATES", "US", "Washington, District of Columbia, United States", "USDC", 38.8951, -77.0364, 24},
	{"CHN", "CHINA", "CH", "Beijing, Beijing, China", "CH22", 39.9289, 116.388, 7},
	{"RUS", "RUSSIA", "RS", "Moscow, Moskva, Russia", "RS48", 55.7522, 37.6156, 7},
	{"GBR", "UNITED KINGDOM", "UK", "London, London, City of, United Kingdom", "UKH9", 51.5, -0.116667, 6},
	{"IND", "INDIA", "IN", "New Delhi, Delhi, India", "IN07", 28.6, 77.2, 6},
	{"PAK", "PAKISTAN", "PK", "Islamabad, Islamabad, Pakistan", "PK08", 33.7, 73.1667, 5},
	{"ISR", "ISRAEL", "IS", "Jerusalem, Israel (general), Israel", "IS00", 31.7833, 35.2167, 4},
	{"IRN", "IRAN", "IR", "Tehran, Tehran, Iran", "IR26", 35.75, 51.5148, 4},
	{"FRA", "FRANCE", "FR", "Paris, Ile-de-France, France", "FRA8", 48.8667, 2.33333, 3},
	{"DEU", "GERMANY", "GM", "Berlin, Berlin, Germany", "GM16", 52.5167, 13.4, 3},
	{"TUR", "TURKEY", "TU", "Ankara, Ankara, Turkey", "TU68", 39.9272, 32.8644, 3},
	{"UKR", "UKRAINE", "UP", "Kiev, Kyyiv, Misto, Ukraine", "UP12", 50.4333, 30.5167, 3},
	{"SYR", "SYRIA", "SY", "Damascus, Dimashq, Syria", "SY13", 33.5, 36.3, 2},
	{"AFG", "AFGHANISTAN", "AF", "Kabul, Kabol, Afghanistan", "AF13", 34.5167, 69.1833, 2},
	{"JPN", "JAPAN", "JA", "Tokyo, Tokyo, Japan", "JA40", 35.685, 139.751, 2},
	{"KOR", "SOUTH KOREA", "KS", "Seoul, Seoul-t'ukpyolsi, South Korea", "KS11", 37.5664, 127, 2},
	{"PRK", "NORTH KOREA", "KN", "Pyongyang, P'yongyang-si, North Korea", "KN12", 39.0194, 125.755, 2},
	{"SAU", "SAUDI ARABIA", "SA", "Riyadh, Ar Riyad, Saudi Arabia", "SA10", 24.6408, 46.7728, 2},
	{"EGY", "EGYPT", "EG", "Cairo, Al Qahirah, Egypt", "EG11", 30.05, 31.25, 2},
	{"NGA", "NIGERIA", "NI", "Abuja, Federal Capital Territory, Nigeria", "NI11", 9.08333, 7.53333, 2},
	{"ZAF", "SOUTH AFRICA", "SF", "Pretoria, Gauteng, South Africa", "SF06", -25.7069, 28.2294, 2},
	{"AUS", "AUSTRALIA", "AS", "Canberra, Australian Capital Territory, Australia", "AS01", -35.2833, 149.217, 2},
	{"CAN", "CANADA", "CA", "Ottawa, Ontario, Canada", "CA08", 45.4167, -75.7, 2},
	{"IRQ", "IRAQ", "IZ", "Baghdad, Baghdad, Iraq", "IZ07", 33.3386, 44.3939, 2},
	{"BGD", "BANGLADESH", "BG", "Dhaka, Dhaka, Bangladesh", "BG81", 23.7231, 90.4086, 1},
	{"ROM", "ROMANIA", "RO", "Bucharest, Bucuresti, Romania", "RO10", 44.4333, 26.1, 1},
	{"VNM", "VIETNAM", "VM", "Hanoi, Ha Noi, Vietnam", "VM44", 21.0333, 105.85, 1},
	{"MEX", "MEXICO", "MX", "Mexico City, Distrito Federal, Mexico", "MX09", 19.4342, -99.1386, 1},
	{"BRA", "BRAZIL", "BR", "Brasilia, Distrito Federal, Brazil", "BR07", -15.7797, -47.9297, 1},
}

var genTypes = []string{"GOV", "MIL", "BUS", "COP", "JUD", "LEG", "MED", "EDU", "REB", "OPP", "CVL", "SPY", "IGO", ""}

// genActorNames are names of actors without a country (GDELT codes them
// by role only: "GOV" PRESIDENT, "COP" POLICE).
var genActorNames = [][2]string{
	{"GOV", "PRESIDENT"}, {"COP", "POLICE"}, {"MIL", "SOLDIER"}, {"BUS", "COMPANY"},
	{"JUD", "COURT"}, {"CVL", "RESIDENTS"}, {"MED", "REPORTER"}, {"EDU", "STUDENT"},
	{"LEG", "PARLIAMENT"}, {"REB", "MILITANT"}, {"CRM", "SUSPECT"}, {"OPP", "PROTESTER"},
}

// genCodes: CAMEO event codes with weights close to the mix in the real
// samples (consultations most frequent; 01/02 about a fifth).
var genCodes = []struct {
	code   string
	weight int
}{
	{"010", 6}, {"012", 1}, {"013", 1}, {"015", 1}, {"017", 1}, {"018", 1}, {"019", 1},
	{"020", 3}, {"022", 1}, {"023", 1}, {"0233", 1}, {"028", 1},
	{"030", 2}, {"031", 1}, {"032", 1}, {"036", 3}, {"0311", 1},
	{"040", 10}, {"042", 8}, {"043", 8}, {"046", 4}, {"045", 1},
	{"050", 1}, {"051", 4}, {"057", 2},
	{"061", 2}, {"062", 1}, {"070", 1}, {"071", 2}, {"073", 1},
	{"080", 1}, {"081", 1}, {"0841", 1}, {"090", 1}, {"091", 1},
	{"100", 1}, {"101", 1}, {"1041", 1},
	{"110", 1}, {"111", 3}, {"112", 3}, {"1123", 1}, {"114", 1},
	{"120", 1}, {"125", 1}, {"128", 1}, {"130", 1}, {"138", 1},
	{"141", 1}, {"145", 1}, {"150", 1}, {"154", 1}, {"160", 1}, {"163", 1}, {"166", 1},
	{"170", 1}, {"172", 1}, {"173", 2}, {"175", 1}, {"180", 1}, {"1831", 1}, {"186", 1},
	{"190", 2}, {"193", 2}, {"194", 1}, {"195", 1}, {"200", 1},
}

var genHosts = []string{
	"www.reuters.com", "www.dawn.com", "timesofindia.indiatimes.com", "www.aljazeera.com", "www.bbc.co.uk",
	"www.nytimes.com", "www.tribune.com.pk", "www.scmp.com", "tass.com", "www.thehindu.com",
	"www.dailymaverick.co.za", "www.washingtonpost.com", "www.theguardian.com", "www.voanews.com",
}

// GenerateGDELT writes o.Rows realistic GDELT event rows (tab-separated,
// no header): weighted states (a quarter of actors without a country),
// CAMEO codes with GDELT's Goldstein values and quad classes, FIPS
// geography, SQLDATE sometimes a year before DATEADDED, unique ids.
// Repeated reports of one happening arise as they do in GDELT: the same
// dyad, code and day from several rows.
func GenerateGDELT(w io.Writer, o GenOptions) error {
	if o.Version == 0 {
		o.Version = 2
	}
	if o.Version != 1 && o.Version != 2 {
		return fmt.Errorf("GDELT version %d: want 1 or 2", o.Version)
	}
	if o.Start.IsZero() {
		o.Start = time.Date(2015, 2, 18, 23, 0, 0, 0, time.UTC)
	}
	if o.RowsPerSlot <= 0 {
		o.RowsPerSlot = 1500
	}
	if o.FirstID == 0 {
		o.FirstID = 410_000_000 + int64(o.Seed%1000)*1_000_000_000
	}
	rng := rand.New(rand.NewPCG(o.Seed, o.Seed^0x9e3779b97f4a7c15))
	var cw, kw []int
	for _, c := range genCountries {
		cw = append(cw, c.weight)
	}
	for _, c := range genCodes {
		kw = append(kw, c.weight)
	}
	pick := func(weights []int) int {
		total := 0
		for _, x := range weights {
			total += x
		}
		n := rng.IntN(total)
		for i, x := range weights {
			if n < x {
				return i
			}
			n -= x
		}
		return len(weights) - 1
	}
	bw := bufio.NewWriterSize(w, 1<<20)
	b := make([]byte, 0, 1024)
	tab := func() { b = append(b, '\t') }
	str := func(s string) { b = append(b, s...); tab() }
	num := func(n int64) { b = strconv.AppendInt(b, n, 10); tab() }
	flt := func(f float64, prec int) { b = strconv.AppendFloat(b, f, 'f', prec, 64); tab() }
	for i := 0; i < o.Rows; i++ {
		b = b[:0]
		slot := o.Start.Add(time.Duration(i/o.RowsPerSlot) * 15 * time.Minute)
		day := slot
		if rng.IntN(10) == 0 {
			day = slot.AddDate(0, 0, -1-rng.IntN(365))
		}
		fields := 61
		if o.Version == 1 {
			fields = 58
			if rng.IntN(5) == 0 {
				fields = 57
			}
		}
		num(o.FirstID + int64(i))
		y, m, d := day.Date()
		num(int64(y*10000 + int(m)*100 + d))
		num(int64(y*100 + int(m)))
		num(int64(y))
		flt(float64(y)+float64(int(m)*30+d)/365, 4)
		var geo [2]*genCountry
		for a := 0; a < 2; a++ {
			if a == 1 && rng.IntN(6) == 0 { // no second actor
				for k := 0; k < 10; k++ {
					tab()
				}
				continue
			}
			if rng.IntN(4) == 0 { // an actor without a country
				an := genActorNames[rng.IntN(len(genActorNames))]
				str(an[0])
				str(an[1])
				str("")
				str("")
				str("")
				str("")
				str("")
				str(an[0])
				str("")
				str("")
				continue
			}
			c := &genCountries[pick(cw)]
			geo[a] = c
			t := genTypes[rng.IntN(len(genTypes))]
			str(c.code + t)
			str(c.name)
			str(c.code)
			str("")
			str("")
			str("")
			str("")
			str(t)
			str("")
			str("")
		}
		num(int64(rng.IntN(2)))
		k := genCodes[pick(kw)]
		code := k.code
		str(code)
		if len(code) > 3 {
			str(code[:3])
		} else {
			str(code)
		}
		str(code[:2])
		root, _ := strconv.Atoi(code[:2])
		quad := 4
		switch {
		case root <= 5:
			quad = 1
		case root <= 9:
			quad = 2
		case root <= 14:
			quad = 3
		}
		num(int64(quad))
		g, _ := cameo.Goldstein(code)
		b = strconv.AppendFloat(b, g, 'f', -1, 64)
		tab()
		mentions := 1 + rng.IntN(10)*rng.IntN(3)
		sources := 1 + rng.IntN(mentions)
		num(int64(mentions))
		num(int64(sources))
		num(int64(mentions))
		flt(rng.Float64()*20-10, 13)
		// Actor1Geo, Actor2Geo, ActionGeo.
		for gi := 0; gi < 3; gi++ {
			c := geo[0]
			if gi == 1 {
				c = geo[1]
			}
			if gi == 2 && c == nil {
				c = geo[1]
			}
			if c == nil {
				n := 7
				if fields == 61 {
					n = 8
				}
				str("0")
				for k := 1; k < n; k++ {
					tab()
				}
				continue
			}
			str("4")
			str(c.city)
			str(c.fips)
			str(c.adm1)
			if fields == 61 {
				str(strconv.Itoa(10000 + rng.IntN(90000)))
			}
			flt(c.lat, 4)
			flt(c.long, 4)
			str("-" + strconv.Itoa(1000000+rng.IntN(9000000)))
		}
		if fields == 61 {
			b = append(b, slot.Format("20060102150405")...)
		} else {
			b = append(b, slot.Format("20060102")...)
		}
		if fields >= 58 {
			tab()
			b = append(b, "https://"...)
			b = append(b, genHosts[rng.IntN(len(genHosts))]...)
			b = append(b, '/')
			b = append(b, day.Format("2006/01/02")...)
			b = append(b, "/world/story-"...)
			b = strconv.AppendInt(b, o.FirstID+int64(i), 36)
			b = append(b, ".html"...)
		}
		b = append(b, '\n')
		if _, err := bw.Write(b); err != nil {
			return err
		}
	}
	return bw.Flush()
}
