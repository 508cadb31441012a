package actors

import (
	_ "embed"
	"fmt"
	"strings"
)

// bodies.tsv lists international organisations, armed and political
// movements and states' own organs (parliaments, services, state firms)
// that the Phoenix file and the hand lists lack: "Pathet Lao",
// "Tatmadaw", "Economic Community of West African States".
//
//go:embed data/bodies.tsv
var bodiesTSV string

var bodyKinds = map[string]Kind{"organ": Organ, "org": Org, "group": Group}

// parseBodies adds the bodies of a table of CODE, NAME|ALTERNATE…, KIND
// (organ, org or group) and a note, tab-separated. A name the dictionary
// already knows keeps its entry.
func parseBodies(d *Dict, text string) error {
	return eachTableLine("bodies.tsv", bodiesFields, text, func(f []string) error {
		code, names := f[0], strings.Split(f[1], "|")
		kind, ok := bodyKinds[f[2]]
		if !ok {
			return fmt.Errorf("kind %q, want organ, org or group", f[2])
		}
		if code == "" || strings.ToUpper(code) != code || strings.ContainsAny(code, " \t") || names[0] == "" {
			return fmt.Errorf("bad code or name %q %q", code, f[1])
		}
		if code == "SUN" {
			code = "RUS" // CodeAt gives SUN before 26 December 1991
		}
		if kind != Organ && d.IsState(code) {
			kind = Organ // a body coded with its state acts for it
		}
		for _, nm := range names {
			nm = strings.TrimSpace(nm)
			keys := splitPhrase(nm)
			if len(keys) == 0 || len(keys) == 1 && !singleOK(keys[0], kind) || functionStart[keys[0]] || d.Lookup(nm) != nil {
				continue
			}
			d.add(nm, &Entry{Code: code, Kind: kind, Name: names[0], Acronym: len(keys) == 1 && strings.ToUpper(nm) == nm}, false)
		}
		return nil
	})
}

// functionStart: a name may not start with a common English word ("as-Sa'iqa",
// "ex-Séléka"): every such word in prose would then run the actor rules,
// which cost the coder a tenth of its speed.
var functionStart = map[string]bool{"AS": true, "EX": true, "A": true, "AN": true, "THE": true, "OF": true, "IN": true,
	"AT": true, "TO": true, "ON": true, "BY": true, "FOR": true, "AND": true, "OR": true, "IS": true, "IT": true}
