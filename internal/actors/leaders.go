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
	err := eachTableLine("leaders.tsv", leadersFields, text, func(f []string) error {
		code, names := f[0], strings.Split(f[1], "|")
		if code == "" || strings.ToUpper(code) != code || names[0] == "" {
			return fmt.Errorf("bad code or name %q %q", code, f[1])
		}
		from, err := yearField(f[2])
		if err != nil {
			return fmt.Errorf("from: %w", err)
		}
		to, err := yearField(f[3])
		if err != nil {
			return fmt.Errorf("to: %w", err)
		}
		if code == "SUN" {
			code = "RUS" // as in the Phoenix file: CodeAt gives SUN before 26 December 1991
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
		return nil
	})
	if err != nil {
		return err
	}
	for _, key := range order {
		p := byName[key]
		// the office held last gives the code outside every office's years
		slices.SortStableFunc(p.roles, func(a, b Role) int { return a.From - b.From })
		// offices given by year overlap where one ends as the next begins:
		// the new office holds the overlap (Mandela, the ANC's leader, was
		// president in 1994; al-Sharaa led HTS until he was president)
		for i := 0; i+1 < len(p.roles); i++ {
			if r, next := &p.roles[i], p.roles[i+1]; r.Code != next.Code && next.From != 0 && r.From < next.From && (r.To == 0 || r.To >= next.From) && (next.To == 0 || r.To != 0 && r.To <= next.To) {
				r.To = next.From - 1
			}
		}
		names := withJoinedInitials(p.names)
		e := &Entry{Kind: Person, Code: lastOffice(p.roles).Code, Name: p.names[0], Roles: p.roles, aliases: len(names), fromTable: true, altNames: p.names[1:]}
		// a person the Phoenix file knows keeps that entry, and the table's
		// other spellings point to it, unless the table knows a change of
		// code the file lacks (Waldheim: the UN, then Austria)
		if known := d.Lookup(p.names[0]); known != nil && !(codeChanges(p.roles) && known.Kind == Person && !codeChanges(known.Roles)) {
			for _, nm := range names {
				if keys := splitPhrase(nm); len(keys) > 1 && d.Lookup(nm) == nil {
					d.add(nm, known, false)
				}
			}
			if known.Kind == Person {
				known.altNames = append(known.altNames, p.names...)
			}
			continue
		}
		added := false
		for _, nm := range names {
			keys := splitPhrase(nm)
			if len(keys) == 0 || len(keys) == 1 && !singleOK(keys[0], Person) || functionStart[keys[0]] {
				continue
			}
			if old := d.Lookup(nm); old != nil && !(codeChanges(p.roles) && old.Kind == Person && !codeChanges(old.Roles)) {
				continue
			}
			d.add(nm, e, true)
			added = true
		}
		if added {
			d.people = append(d.people, e)
		}
	}
	return nil
}

// lastOffice: the office held last (still held, else the latest to end).
func lastOffice(roles []Role) Role {
	best := roles[0]
	for _, r := range roles[1:] {
		if best.To != 0 && (r.To == 0 || r.To > best.To) {
			best = r
		}
	}
	return best
}

// codeChanges: the roles name more than one code.
func codeChanges(roles []Role) bool {
	for _, r := range roles {
		if r.Code != roles[0].Code {
			return true
		}
	}
	return false
}

// withJoinedInitials adds "P.W. Botha" for "P. W. Botha": prose writes
// initials both ways.
func withJoinedInitials(names []string) []string {
	out := names
	for _, nm := range names {
		// every initial's full stop but the last loses its space
		if k := strings.LastIndex(nm, ". "); k > 0 {
			if j := strings.ReplaceAll(nm[:k], ". ", ".") + nm[k:]; j != nm && !slices.Contains(out, j) {
				out = append(out[:len(out):len(out)], j)
			}
		}
	}
	return out
}

const leadersFields, bodiesFields = 5, 4

// eachTableLine calls fn with the tab-separated fields of each line of a
// hand-written table that is neither blank nor a comment; errors name the
// table and the line.
func eachTableLine(name string, fields int, text string, fn func(f []string) error) error {
	for n, line := range strings.Split(text, "\n") {
		if line == "" || line[0] == '#' {
			continue
		}
		f := strings.Split(line, "\t")
		if len(f) != fields {
			return fmt.Errorf("%s: line %d: %d fields, want %d", name, n+1, len(f), fields)
		}
		if err := fn(f); err != nil {
			return fmt.Errorf("%s: line %d: %w", name, n+1, err)
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
