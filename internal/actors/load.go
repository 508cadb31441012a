package actors

import (
	_ "embed"
	"slices"
	"strings"
	"sync"
)

//go:embed data/Phoenix.Countries.actors.txt
var phoenixCountries string

//go:embed data/geonames_countryInfo.txt
var geonames string

var (
	once    sync.Once
	shared  *Dict
	loadErr error
)

// Default returns the dictionary built from the embedded data. It is built on
// first use and shared afterwards (it is read-only).
func Default() (*Dict, error) {
	once.Do(func() { shared, loadErr = build() })
	return shared, loadErr
}

// Build constructs a fresh dictionary from the embedded data (Default
// caches one; Build is for measuring the load time).
func Build() (*Dict, error) { return build() }

func build() (*Dict, error) {
	d := &Dict{root: make(map[string]*node, 1<<16), states: map[string]string{"SUN": "Soviet Union", "CSK": "Czechoslovakia", "DDR": "East Germany"}}
	var capitals [][2]string
	// State names and capitals first: GeoNames is clean, so its phrases win
	// over the noisier Phoenix synonyms (added without replacing).
	for _, line := range strings.Split(geonames, "\n") {
		if line == "" || line[0] == '#' || strings.HasPrefix(line, "ISO\t") {
			continue
		}
		f := strings.Split(line, "\t")
		if len(f) < 6 || len(f[1]) != 3 {
			continue
		}
		iso3, name, capital := f[1], f[4], f[5]
		d.states[iso3] = name
		e := &Entry{Code: iso3, Kind: State, Name: name}
		d.add(name, e, true)
		if capital != "" && !dissolved[iso3] {
			d.add(capital, &Entry{Code: iso3, Kind: State, Name: capital, Capital: true}, true)
			capitals = append(capitals, [2]string{capital, iso3})
			if rest, ok := strings.CutPrefix(capital, "St. "); ok {
				// "St George's" as British style writes it, and "St. George's"
				// as the tokenizer splits it
				for _, v := range []string{"St " + rest, "St . " + rest} {
					d.add(v, &Entry{Code: iso3, Kind: State, Name: capital, Capital: true}, true)
					capitals = append(capitals, [2]string{v, iso3})
				}
			}
		}
	}
	// capitals under the names older texts give them ("feted in Peking")
	for _, c := range formerCapitals {
		d.add(c[0], &Entry{Code: c[1], Kind: State, Name: c[0], Capital: true}, true)
		capitals = append(capitals, c)
	}
	parsePhoenix(d, phoenixCountries)
	addHispanicShort(d)
	if err := parseLeaders(d, leadersTSV); err != nil {
		return nil, err
	}
	if err := parseBodies(d, bodiesTSV); err != nil {
		return nil, err
	}
	addSurnames(d)
	// Hand lists last: they fix and extend what the files hold.
	for _, h := range handEntries {
		d.add(h.phrase, &Entry{Code: h.code, Kind: h.kind, Name: h.phrase, Acronym: strings.ToUpper(h.phrase) == h.phrase}, true)
	}
	for _, b := range datedBodies {
		e := &Entry{Code: b.roles[len(b.roles)-1].Code, Kind: b.kind, Name: b.names[0], Roles: b.roles}
		for _, n := range b.names {
			e := *e
			e.Acronym = strings.ToUpper(n) == n
			d.add(n, &e, true)
		}
	}
	for _, o := range officeHolders {
		last := o.roles[len(o.roles)-1].Code
		e := &Entry{Code: last, Kind: Person, Name: o.names[0], Roles: o.roles}
		for _, n := range o.names {
			d.add(n, e, true)
		}
	}
	for _, o := range bareRulers {
		for _, n := range o.names {
			d.add(n, &Entry{Code: o.roles[0].Code, Kind: Person, Name: n, Roles: o.roles, Surname: true, Ruler: true}, true)
		}
	}
	for _, w := range blocked {
		d.add(w, &Entry{Kind: Skip, Name: w}, true)
	}
	// Dhaka was Pakistan's until Bangladesh's independence: "a loan for
	// Dacca airport" in 1963 is to Pakistan
	for _, name := range []string{"Dacca", "Dhaka"} {
		if e := d.Lookup(name); e != nil && e.Code == "BGD" && len(e.Roles) == 0 {
			c := *e
			c.Roles = []Role{{Code: "PAK", To: 19711215}, {Code: "BGD", From: 19711216}}
			d.add(name, &c, true)
		}
	}
	// the hand lists re-add some capitals ("Hanoi"): mark them again
	for _, c := range capitals {
		if e := d.Lookup(c[0]); e != nil && e.Kind == State && e.Code == c[1] {
			e.Capital = true
		}
	}
	return d, nil
}

// parsePhoenix reads the TABARI/PETRARCH actor format: an entry line
// ("PAKISTAN_  [PAK]"), "+" synonym lines, and indented "[CODE from-to]"
// role lines. Only entries whose codes name a state are kept: the state
// itself (a bare three-letter code), its organs ("USAMIL") and people with
// dated roles. Phrases already present (from GeoNames) are not replaced.
func parsePhoenix(d *Dict, src string) {
	var names []string
	var roles []Role
	flush := func() {
		if len(names) > 0 && len(roles) > 0 {
			addPhoenix(d, names, roles)
		}
		names, roles = names[:0], roles[:0]
	}
	for len(src) > 0 {
		var line string
		if i := strings.IndexByte(src, '\n'); i >= 0 {
			line, src = src[:i], src[i+1:]
		} else {
			line, src = src, ""
		}
		if i := strings.IndexByte(line, '#'); i >= 0 {
			line = line[:i]
		}
		if strings.TrimSpace(line) == "" {
			continue
		}
		switch c := line[0]; {
		case c == '+':
			names = append(names, firstField(line[1:]))
			roles = parseRoles(line, roles)
		case c == ' ' || c == '\t' || c == '[':
			roles = parseRoles(line, roles)
		default:
			flush()
			names = append(names, entryName(line))
			roles = parseRoles(line, roles)
		}
	}
	flush()
}

// entryName reads an entry line's name, joining words that a stray space
// split ("OMAR_HASSAN_AHMAD  AL_BASHIR_" is one name).
func entryName(line string) string {
	if i := strings.IndexByte(line, '['); i >= 0 {
		line = line[:i]
	}
	return strings.Join(strings.Fields(line), "_")
}

func firstField(s string) string {
	s = strings.TrimLeft(s, " \t")
	if i := strings.IndexAny(s, " \t["); i >= 0 {
		s = s[:i]
	}
	return s
}

// parseRoles appends every "[CODE]" or "[CODE from-to]" group in line.
func parseRoles(line string, roles []Role) []Role {
	for {
		i := strings.IndexByte(line, '[')
		if i < 0 {
			return roles
		}
		j := strings.IndexByte(line[i:], ']')
		if j < 0 {
			return roles
		}
		body := strings.TrimSpace(line[i+1 : i+j])
		line = line[i+j+1:]
		code, dates, _ := strings.Cut(body, " ")
		if len(code) < 3 {
			continue
		}
		r := Role{Code: code}
		dates = strings.TrimSpace(dates)
		switch {
		case dates == "":
		case dates[0] == '>':
			r.From = phoenixDate(dates[1:])
		case dates[0] == '<':
			r.To = phoenixDate(dates[1:])
		default:
			a, b, _ := strings.Cut(dates, "-")
			r.From, r.To = phoenixDate(a), phoenixDate(b)
		}
		roles = append(roles, r)
	}
}

// phoenixDate reads YYMMDD (years 30–99 are 19xx, 00–29 are 20xx) or
// YYYYMMDD into yyyymmdd.
func phoenixDate(s string) int {
	s = strings.TrimSpace(s)
	n := 0
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return 0
		}
		n = n*10 + int(s[i]-'0')
	}
	switch len(s) {
	case 6:
		if n/10000 >= 30 {
			return 19000000 + n
		}
		return 20000000 + n
	case 8:
		return n
	}
	return 0
}

// addSurnames lets a leader's surname alone ("Sadat expelled …", "Nixon
// visited …") resolve when every person in the dictionary with that
// surname belongs to one state and the word is not already a phrase. Short
// and common words are left out.
func addSurnames(d *Dict) {
	type cand struct {
		e     *Entry
		codes map[string]bool
		n     int
		all   []*Entry
	}
	byName := map[string]*cand{}
	var order []string
	var seen []string // one person's surnames so far (a handful: no map per person at load)
	for _, p := range d.people {
		seen = seen[:0]
		for k := -1; k < len(p.altNames); k++ {
			name := p.Name
			if k >= 0 {
				name = p.altNames[k]
			}
			keys := splitPhrase(name)
			for len(keys) > 1 && nameSuffix[keys[len(keys)-1]] {
				keys = keys[:len(keys)-1]
			}
			if len(keys) < 2 || len(strings.TrimSuffix(keys[0], ".")) == 1 {
				continue // ("M. Tamim": a name the files know only by an initial is too thin to claim the surname)
			}
			sur := keys[len(keys)-1]
			if slices.Contains(seen, sur) {
				continue
			}
			seen = append(seen, sur)
			c := byName[sur]
			if c == nil {
				c = &cand{e: p, codes: map[string]bool{}}
				byName[sur] = c
				order = append(order, sur)
			}
			if c.e != p {
				c.n++
			}
			c.all = append(c.all, p)
			for _, r := range p.Roles {
				if !p.fromTable {
					c.codes[r.Code] = true
				}
			}
			c.codes[p.Code] = true
		}
	}
	for _, sur := range order {
		c := byName[sur]
		if len(c.codes) != 1 {
			// "Clinton": the US president has a dozen names in the
			// dictionary, a Haitian minister of the same surname one
			if top := prominent(c.all); top != nil {
				c.codes = map[string]bool{top.Code: true}
				c.e, c.n = top, 0
			}
		}
		if len(c.codes) != 1 || len(sur) < 5 || !singleOK(sur, Person) || commonWords[sur] {
			continue
		}
		if n := d.root[sur]; n != nil && n.entry != nil {
			continue // "Jordan", "Chad": already a name of something else
		}
		// a copy marked as a bare surname: the extractor accepts it only
		// where a person fits ("Sadat expelled", "Nasser's Egypt")
		e := &Entry{Kind: Person, Code: c.e.Code, Name: sur, Surname: true}
		if c.n == 0 {
			e.Roles = c.e.Roles
		}
		d.add(sur, e, false)
	}
}

// prominent returns the most often named of people sharing a surname when
// everyone of another state is named at most once, else nil.
func prominent(people []*Entry) *Entry {
	var top *Entry
	for _, p := range people {
		if top == nil || p.aliases > top.aliases {
			top = p
		}
	}
	if top.aliases < minProminent {
		return nil
	}
	for _, p := range people {
		if p.aliases > 1 && !sameState(p, top) {
			return nil
		}
	}
	return top
}

// sameState: every role of p is a role of top's state.
func sameState(p, top *Entry) bool {
	if p.Code != top.Code {
		return false
	}
	for _, r := range p.Roles {
		if r.Code != top.Code {
			return false
		}
	}
	return true
}

// dissolved states still listed by GeoNames: their capitals ("Belgrade",
// "Willemstad") belong to the successor states listed before them.
var dissolved = map[string]bool{"SCG": true, "ANT": true}

// minProminent is how many names a person needs in the dictionary to
// claim a surname that less-named people share.
const minProminent = 5

// nameSuffix: generational suffixes after a surname.
var nameSuffix = map[string]bool{"JR": true, "JR.": true, "SR": true, "SR.": true, "II": true, "III": true, "IV": true}

// commonWords are surnames that are also everyday capitalised words.
var commonWords = map[string]bool{"YOUNG": true, "BROWN": true, "WHITE": true, "GREEN": true, "BLACK": true,
	"POWER": true, "PRICE": true, "MAJOR": true, "CHURCH": true, "HILLS": true, "BANKS": true, "BAKER": true,
	"HUNTER": true, "FISHER": true, "SMALL": true, "STRONG": true, "CARTER": true, "GRANT": true, "MAY": true,
	"MARCH": true, "LONG": true, "LEWIS": true, "JAMES": true, "THOMAS": true, "MARTIN": true, "SIMON": true,
	"FRANCE": true, "GERMAN": true, "ENGLAND": true, "IRELAND": true, "SCOTT": true, "NORTH": true, "SOUTH": true,
	"ISLAM": true, "AHMED": true, "AHMAD": true, "MOHAMMED": true, "MUHAMMAD": true, "HASSAN": true, "HUSSEIN": true,
	"ABDULLAH": true, "KHALID": true, "MAHMOUD": true, "RAHMAN": true, "SINGH": true, "KUMAR": true, "SHARMA": true,
	"NGUYEN": true, "GARCIA": true, "LOPEZ": true, "PEREZ": true, "SANCHEZ": true, "RODRIGUEZ": true, "GONZALEZ": true,
	"MARTINEZ": true, "HERNANDEZ": true, "FERNANDEZ": true, "SILVA": true, "SANTOS": true, "PEREIRA": true, "COSTA": true,
	"DAVIS": true, "JOHNSON": true, "WILLIAMS": true, "JONES": true, "MILLER": true, "WILSON": true, "MOORE": true,
	"TAYLOR": true, "ANDERSON": true, "JACKSON": true, "HARRIS": true, "CLARK": true, "ROBINSON": true, "WALKER": true,
	"ALLEN": true, "KING": true, "WRIGHT": true, "HALL": true, "ADAMS": true, "NELSON": true, "CAMPBELL": true,
	"MITCHELL": true, "ROBERTS": true, "EVANS": true, "EDWARDS": true, "COLLINS": true, "STEWART": true, "MORRIS": true,
	"ROGERS": true, "REED": true, "COOK": true, "MORGAN": true, "BELL": true, "MURPHY": true, "BAILEY": true,
	"COOPER": true, "RICHARDSON": true, "WARD": true, "PETERSON": true, "GRAY": true, "WATSON": true, "BROOKS": true,
	"KELLY": true, "SANDERS": true, "BENNETT": true, "WOOD": true, "BARNES": true, "ROSS": true, "HENDERSON": true,
	"COLEMAN": true, "JENKINS": true, "PERRY": true, "RUSSELL": true, "SULLIVAN": true, "BUTLER": true,
	"FOSTER": true, "GRAHAM": true, "HAMILTON": true, "HAYES": true, "MARSHALL": true, "WALLACE": true, "LAWRENCE": true,
	"MASON": true, "HUNT": true, "PALMER": true, "STONE": true, "ROSE": true, "FORD": true, "KNIGHT": true, "FIELDS": true,
	"CHANG": true, "CHEN": true, "WANG": true, "ZHANG": true, "LIU": true, "YANG": true, "HUANG": true, "ZHAO": true,
	"PARK": true, "CHOI": true, "DAVID": true, "DANIEL": true, "JOSEPH": true, "GEORGE": true, "PETER": true, "PAUL": true,
	"MICHAEL": true, "RICHARD": true, "ROBERT": true, "WILLIAM": true, "CHARLES": true, "HENRY": true, "EDWARD": true,
	"FRANCIS": true, "ALEXANDER": true, "NICHOLAS": true, "PATRICK": true, "ANTHONY": true, "ANDREW": true,
	"SECURITY": true, "DEFENCE": true, "GENERAL": true, "COLONEL": true, "PRESIDENT": true, "MINISTER": true,
	"UNITED": true, "NATIONAL": true, "PEOPLE": true, "PARTY": true, "FORCES": true, "ARMY": true, "AFFAIRS": true,
	"COUNCIL": true, "STATES": true, "REPUBLIC": true, "KINGDOM": true, "UNION": true, "ISLAND": true, "ISLANDS": true,
	"SAINT": true, "DELTA": true, "CROSS": true, "TIMES": true, "POINT": true, "PEACE": true, "VICTORY": true}

func addPhoenix(d *Dict, names []string, roles []Role) {
	// Reduce codes to their state prefix; drop non-state codes (IGO…, ELI
	// roles are kept: they still say which state a person belongs to).
	var kept []Role
	bare, dated := "", false
	for _, r := range roles {
		c := r.Code[:3]
		if iso, ok := phoenixToISO[c]; ok {
			c = iso
		}
		if _, ok := d.states[c]; !ok {
			continue
		}
		if r.From != 0 || r.To != 0 {
			dated = true
		} else if len(r.Code) == 3 && bare == "" {
			bare = c
		}
		kept = append(kept, Role{Code: c, From: r.From, To: r.To})
	}
	if len(kept) == 0 {
		return
	}
	e := &Entry{Name: strings.Trim(strings.ReplaceAll(names[0], "_", " "), " ")}
	switch {
	case dated:
		e.Kind = Person
		e.Code = kept[len(kept)-1].Code
		for _, r := range kept {
			if r.From == 0 && r.To == 0 {
				e.Code = r.Code
			}
		}
		e.Roles = append([]Role(nil), kept...)
	case bare != "":
		e.Kind, e.Code = State, bare
	default:
		e.Kind, e.Code = Organ, kept[0].Code
	}
	if e.Kind == Person {
		e.aliases = len(names)
		d.people = append(d.people, e)
	}
	for _, n := range names {
		keys := splitPhrase(n)
		if len(keys) == 0 {
			continue
		}
		if len(keys) == 1 && !singleOK(keys[0], e.Kind) {
			continue
		}
		d.add(n, e, false)
	}
}

// phoenixToISO maps the Phoenix dictionary's CAMEO country codes that
// differ from ISO 3166 alpha-3: without it East Timor's leaders ("TMPGOV")
// would keep only their Indonesian-era roles.
var phoenixToISO = map[string]string{"TMP": "TLS", "KSV": "XKX", "ROM": "ROU"}

// addHispanicShort: "RICARDO_LAGOS_ESCOBAR" is "Ricardo Lagos" in English
// prose, as Spanish names drop the second (maternal) surname. A middle word
// that starts other people's names is a given name ("JULIO_CESAR_VELASQUEZ"
// is not "Julio César").
func addHispanicShort(d *Dict) {
	first := map[string]int{}
	for _, p := range d.people {
		if keys := splitPhrase(p.Name); len(keys) > 1 {
			first[keys[0]]++
		}
	}
	for _, p := range d.people {
		if !hispanic[p.Code] {
			continue
		}
		keys := splitPhrase(p.Name)
		if len(keys) == 3 && first[keys[1]] < 2 {
			d.add(keys[0]+"_"+keys[1], p, false)
		}
		// "CARLOS_SALINAS_DE_GORTARI" is "Carlos Salinas": the maternal
		// surname comes after a particle
		if len(keys) == 4 && (keys[2] == "DE" || keys[2] == "DEL" || keys[2] == "Y") && first[keys[1]] < 2 {
			d.add(keys[0]+"_"+keys[1], p, false)
		}
	}
}

// hispanic: states whose people carry two surnames, the first of which
// English prose uses alone.
var hispanic = map[string]bool{"ARG": true, "BOL": true, "CHL": true, "COL": true, "CRI": true, "CUB": true, "DOM": true,
	"ECU": true, "SLV": true, "GTM": true, "HND": true, "MEX": true, "NIC": true, "PAN": true, "PRY": true, "PER": true,
	"URY": true, "VEN": true, "ESP": true, "GNQ": true}

// singleOK filters one-word phrases: short words and generic nouns the
// Phoenix file lists as synonyms ("SENATE" for the USA) would code any
// country's senate.
func singleOK(k string, kind Kind) bool {
	if len(k) < 3 {
		return false
	}
	if _, bad := genericWords[k]; bad {
		return false
	}
	if kind == Person && len(k) < 5 {
		return false
	}
	return true
}
