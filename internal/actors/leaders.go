package actors

import (
	_ "embed"
	"fmt"
	"slices"
	"strconv"
	"strings"
)

// leaders.tsv lists heads of state and government, foreign ministers,
// movement leaders and heads of international bodies, 1945–2025, that the
// Phoenix file lacks (it is thin before 1990 and outside the great
// powers): "Idi Amin", "Julius Nyerere", "Harold Macmillan".
//
//go:embed data/leaders.tsv
var leadersTSV string

// parseLeaders adds the people of a leaders table: lines of
// CODE, NAME|ALTERNATE…, FROM year, TO year (empty: still in office) and
// office, tab-separated; one line per office that changes the code. A name
// the dictionary already knows keeps its entry (the Phoenix roles are finer).
func parseLeaders(d *Dict, text string) error {
	type person struct {
		names []string
		roles []Role
	}
	var order []string
	byName := map[string]*person{}
	for n, line := range strings.Split(text, "\n") {
		if line == "" || line[0] == '#' {
			continue
		}
		f := strings.Split(line, "\t")
		if len(f) != 5 {
			return fmt.Errorf("leaders.tsv: line %d: %d fields, want 5", n+1, len(f))
		}
		code, names := f[0], strings.Split(f[1], "|")
		if code == "" || strings.ToUpper(code) != code || names[0] == "" {
			return fmt.Errorf("leaders.tsv: line %d: bad code or name %q %q", n+1, code, f[1])
		}
		from, err := yearField(f[2])
		if err != nil {
			return fmt.Errorf("leaders.tsv: line %d: from: %w", n+1, err)
		}
		to, err := yearField(f[3])
		if err != nil {
			return fmt.Errorf("leaders.tsv: line %d: to: %w", n+1, err)
		}
		r := Role{Code: code}
		if from != 0 {
			r.From = from*10000 + 101
		}
		if to != 0 {
			r.To = to*10000 + 1231
		}
		p := byName[names[0]]
		if p == nil {
			p = &person{}
			byName[names[0]] = p
			order = append(order, names[0])
		}
		for _, nm := range names {
			if nm = strings.TrimSpace(nm); nm != "" && !slices.Contains(p.names, nm) {
				p.names = append(p.names, nm)
			}
		}
		p.roles = append(p.roles, r)
	}
	for _, key := range order {
		p := byName[key]
		if d.Lookup(p.names[0]) != nil {
			continue // Phoenix knows the person
		}
		e := &Entry{Kind: Person, Code: p.roles[len(p.roles)-1].Code, Name: p.names[0], Roles: p.roles, aliases: len(p.names)}
		added := false
		for _, nm := range p.names {
			keys := splitPhrase(nm)
			if len(keys) == 0 || len(keys) == 1 && !singleOK(keys[0], Person) || d.Lookup(nm) != nil {
				continue
			}
			d.add(nm, e, false)
			added = true
		}
		if added {
			d.people = append(d.people, e)
		}
	}
	return nil
}

func yearField(s string) (int, error) {
	if s == "" {
		return 0, nil
	}
	y, err := strconv.Atoi(s)
	if err != nil || y < 1800 || y > 2100 {
		return 0, fmt.Errorf("year %q", s)
	}
	return y, nil
}
