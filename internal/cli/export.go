package cli

import (
	"bufio"
	"context"
	"encoding/xml"
	"flag"
	"fmt"
	"io"
	"os"
	"sort"
	"strings"

	"github.com/pivot-geo/pivot/internal/event"
	"github.com/pivot-geo/pivot/internal/store"
	"github.com/pivot-geo/pivot/internal/store/duckdb"
)

func init() {
	Register(&Command{
		Name:    "export",
		Summary: "export events as CSV, JSON lines, Parquet, or the actor network as GraphML",
		Usage:   "pivot export [--db DSN] --format csv|jsonl|parquet|graphml [--out PATH] [--dyad A-B] [--actor X] [--from YEAR] [--to YEAR]",
		Flags: func(fs *flag.FlagSet) Runner {
			db := DBFlag(fs)
			format := fs.String("format", "", "csv, jsonl, parquet (pandas, R arrow, Spark) or graphml (Gephi, igraph, networkx, Cytoscape)")
			out := fs.String("out", "", "output file (default: stdout; parquet needs a file)")
			dyad := fs.String("dyad", "", "only events between two actors, e.g. USA-PAK")
			actor := fs.String("actor", "", "only events with this actor on either side")
			from := fs.Int("from", 0, "first year")
			to := fs.Int("to", 0, "last year")
			asOf := fs.Int64("as-of", 0, "the knowledge base as it was after this batch")
			withRejected := fs.Bool("rejected", false, "include events analysts rejected (excluded by default)")
			return func(ctx context.Context, env *Env, args []string) error {
				if len(args) > 0 {
					return Usagef("unexpected argument %q", args[0])
				}
				if *format == "" {
					return Usagef("--format is required: csv, jsonl, parquet or graphml")
				}
				if err := checkFormat(*format, "csv", "jsonl", "parquet", "graphml"); err != nil {
					return err
				}
				if *format == "parquet" && (*out == "" || *out == "-") {
					return Usagef("--format parquet writes a binary file: name it with --out PATH")
				}
				f := store.Filter{Actor: strings.ToUpper(*actor), From: *from, To: *to, AsOf: *asOf}
				if !*withRejected {
					f.Reviews = store.Analysed
				}
				if *dyad != "" {
					d, err := SplitDyad(*dyad)
					if err != nil {
						return err
					}
					f.Dyad = d
				}
				st, err := OpenStore(ctx, *db)
				if err != nil {
					return err
				}
				defer st.Close()
				evs, err := st.Events(ctx, f)
				if err != nil {
					return err
				}
				if *format == "parquet" {
					if err := duckdb.WriteEventsParquet(ctx, *out, evs); err != nil {
						return err
					}
					fmt.Fprintf(env.Stderr, "%d events written to %s\n", len(evs), *out)
					return nil
				}
				w := env.Stdout
				if *out != "" && *out != "-" {
					file, err := os.Create(*out)
					if err != nil {
						return err
					}
					defer file.Close()
					w = file
				}
				sub := *env
				sub.Stdout = w
				switch *format {
				case "graphml":
					err = writeGraphML(w, evs)
				default:
					err = writeEvents(&sub, *format, evs)
				}
				if err != nil {
					return fmt.Errorf("write %s: %w", *out, err)
				}
				if *out != "" && *out != "-" {
					fmt.Fprintf(env.Stderr, "%d events written to %s\n", len(evs), *out)
				}
				return nil
			}
		},
	})
}

// edgeKey is one directed relation: actor → recipient (or co-actor).
type edgeKey struct{ from, to string }

type edgeStat struct {
	count, coop, conflict int
	score                 float64
	first, last           int
}

// writeGraphML writes actors as nodes and directed interactions as edges
// weighted by event count, with cooperation/conflict counts, the summed
// PLOVER score and the years covered, so network tools can filter them.
func writeGraphML(w io.Writer, evs []event.Event) error {
	edges := map[edgeKey]*edgeStat{}
	nodes := map[string]int{}
	for _, e := range evs {
		a, r := store.Direction(e.Actor, e.Recipient)
		if a == "" || r == "" || a == r {
			continue
		}
		k := edgeKey{a, r}
		s := edges[k]
		if s == nil {
			s = &edgeStat{first: e.Date.Year, last: e.Date.Year}
			edges[k] = s
		}
		s.count++
		s.score += e.Score
		if q := e.Type.Quad(); q == event.VerbalCoop || q == event.MaterialCoop {
			s.coop++
		} else if q != 0 {
			s.conflict++
		}
		if e.Date.Year != 0 && (s.first == 0 || e.Date.Year < s.first) {
			s.first = e.Date.Year
		}
		if e.Date.Year > s.last {
			s.last = e.Date.Year
		}
		nodes[a]++
		nodes[r]++
	}
	bw := bufio.NewWriter(w)
	esc := func(s string) string {
		var b strings.Builder
		xml.EscapeText(&b, []byte(s))
		return b.String()
	}
	fmt.Fprintln(bw, `<?xml version="1.0" encoding="UTF-8"?>`)
	fmt.Fprintln(bw, `<graphml xmlns="http://graphml.graphdrawing.org/xmlns">`)
	for _, k := range []struct{ id, for_, name, typ string }{
		{"events", "node", "events", "int"},
		{"weight", "edge", "weight", "int"}, {"coop", "edge", "cooperation", "int"}, {"conflict", "edge", "conflict", "int"},
		{"score", "edge", "plover_score", "double"}, {"first", "edge", "first_year", "int"}, {"last", "edge", "last_year", "int"},
	} {
		fmt.Fprintf(bw, "  <key id=%q for=%q attr.name=%q attr.type=%q/>\n", k.id, k.for_, k.name, k.typ)
	}
	fmt.Fprintln(bw, `  <graph id="pivot" edgedefault="directed">`)
	names := make([]string, 0, len(nodes))
	for n := range nodes {
		names = append(names, n)
	}
	sort.Strings(names)
	for _, n := range names {
		fmt.Fprintf(bw, "    <node id=\"%s\"><data key=\"events\">%d</data></node>\n", esc(n), nodes[n])
	}
	keys := make([]edgeKey, 0, len(edges))
	for k := range edges {
		keys = append(keys, k)
	}
	sort.Slice(keys, func(i, j int) bool {
		if keys[i].from != keys[j].from {
			return keys[i].from < keys[j].from
		}
		return keys[i].to < keys[j].to
	})
	for i, k := range keys {
		s := edges[k]
		fmt.Fprintf(bw, "    <edge id=\"e%d\" source=\"%s\" target=\"%s\"><data key=\"weight\">%d</data><data key=\"coop\">%d</data><data key=\"conflict\">%d</data><data key=\"score\">%s</data><data key=\"first\">%d</data><data key=\"last\">%d</data></edge>\n",
			i, esc(k.from), esc(k.to), s.count, s.coop, s.conflict, ftoa(s.score), s.first, s.last)
	}
	fmt.Fprintln(bw, "  </graph>\n</graphml>")
	return bw.Flush()
}
