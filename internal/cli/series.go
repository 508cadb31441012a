package cli

import (
	"bufio"
	"context"
	"encoding/csv"
	"encoding/json"
	"flag"
	"fmt"
	"io"
	"strconv"
	"strings"

	"github.com/pivot-geo/pivot/internal/analysis"
	"github.com/pivot-geo/pivot/internal/event"
	"github.com/pivot-geo/pivot/internal/store"
)

func init() {
	Register(&Command{
		Name:    "series",
		Summary: "a dyad's event counts, cooperation–conflict scores, aid and arms by year or month; or a pivot state's partner shares",
		Usage: "pivot series [--db DSN] --dyad A-B [--measure intensity|count|aid|arms] [--by year|month] [--direction A>B] [--format jsonl|csv|table]\n" +
			"       pivot series [--db DSN] --share [--pivot PAK] [--measure arms|count|aid] [--window 5] [--overtakes] [--format jsonl|csv|table]",
		Flags: func(fs *flag.FlagSet) Runner {
			db := DBFlag(fs)
			dyad := fs.String("dyad", "", "two actor codes, both directions, e.g. USA-PAK")
			measure := fs.String("measure", "", "intensity (summed PLOVER score), count (events), aid (USD million) or arms (SIPRI TIV million); with --share: arms (default), count or aid")
			by := fs.String("by", "year", "year or month (event measures only)")
			dir := fs.String("direction", "", "one direction only, e.g. USA>PAK")
			from := fs.Int("from", 0, "first year")
			to := fs.Int("to", 0, "last year")
			asOf := fs.Int64("as-of", 0, "the knowledge base as it was after this batch")
			share := fs.Bool("share", false, "multi-alignment: each partner's share of the pivot state's arms imports (or events) over time, and who overtook whom")
			pivot := fs.String("pivot", "", "the pivot state for --share (default PAK)")
			window := fs.Int("window", 5, "with --share: years in the rolling sum shares are computed on")
			top := fs.Int("top", 6, "with --share: partners shown by name; the rest are summed as 'other'")
			overtakes := fs.Bool("overtakes", false, "with --share: list only the changes of leading partner")
			format := fs.String("format", "table", "jsonl, csv or table")
			return func(ctx context.Context, env *Env, args []string) error {
				if len(args) > 0 {
					return Usagef("unexpected argument %q", args[0])
				}
				if err := checkFormat(*format, "jsonl", "csv", "table"); err != nil {
					return err
				}
				if *from != 0 && *to != 0 && *from > *to {
					return Usagef("--from %d is after --to %d", *from, *to)
				}
				if *share || *pivot != "" {
					m := *measure
					if m == "" {
						m = analysis.MeasureArms
					}
					if m != analysis.MeasureArms && m != analysis.MeasureCount && m != analysis.MeasureAid {
						return Usagef("--share works on --measure arms, count or aid, not %q", m)
					}
					if *window < 1 {
						return Usagef("--window must be at least 1")
					}
					st, err := openForAnalysis(ctx, env, *db)
					if err != nil {
						return err
					}
					defer st.Close()
					res, err := analysis.PivotAlignment(ctx, st, analysis.AlignmentQuery{Pivot: strings.ToUpper(*pivot), Measure: m,
						Window: *window, Top: *top, From: *from, To: *to, AsOf: *asOf})
					if err != nil {
						return err
					}
					return writeShares(env, *format, res, *overtakes)
				}
				if *dyad == "" {
					return Usagef("--dyad is required (or --share for a pivot state's partner shares)")
				}
				d, err := SplitDyad(*dyad)
				if err != nil {
					return err
				}
				m := *measure
				if m == "" {
					m = analysis.MeasureIntensity
				}
				if !analysis.ValidMeasure(m) {
					return Usagef("--measure %q: want intensity, count, aid or arms", m)
				}
				if *by != "year" && *by != "month" {
					return Usagef("--by %q: want year or month", *by)
				}
				q := analysis.SeriesQuery{Dyad: d, Measure: m, ByMonth: *by == "month", Direction: *dir, From: *from, To: *to, AsOf: *asOf}
				if *dir != "" {
					if _, _, err := analysis.ParseDirection(*dir, d); err != nil {
						return Usagef("--direction: %v", err)
					}
				}
				st, err := openForAnalysis(ctx, env, *db)
				if err != nil {
					return err
				}
				defer st.Close()
				res, err := analysis.DyadSeries(ctx, st, q)
				if err != nil {
					return err
				}
				return writeSeries(env, *format, res)
			}
		},
	})
}

// openForAnalysis opens the knowledge base for series, phases and check.
// An empty one (a new user's first command) is filled with the default
// knowledge base first, as 'pivot serve' does, so the analysis commands
// work out of the box; stderr says so.
func openForAnalysis(ctx context.Context, env *Env, db string) (store.Store, error) {
	st, err := OpenStore(ctx, db)
	if err != nil {
		return nil, err
	}
	empty, err := st.Empty(ctx)
	if err != nil {
		st.Close()
		return nil, err
	}
	if empty {
		fmt.Fprintf(env.Stderr, "the knowledge base %s is empty: building the default one (the founding article, SIPRI arms, CRS aid)\n", redact(db))
		if err := buildDefault(ctx, env, st, db); err != nil {
			st.Close()
			return nil, err
		}
	}
	return st, nil
}

// seriesLine is one JSON line of `pivot series`: the point with its dyad,
// direction and measure, so lines stand alone in a pipe.
type seriesLine struct {
	Dyad      string `json:"dyad"`
	Direction string `json:"direction"`
	Measure   string `json:"measure"`
	Unit      string `json:"unit"`
	analysis.Point
}

func writeSeries(env *Env, format string, res *analysis.SeriesResult) error {
	w := bufio.NewWriter(env.Stdout)
	defer w.Flush()
	notes := func(out io.Writer) {
		for _, n := range res.Notes {
			fmt.Fprintln(out, "note:", n)
		}
	}
	switch format {
	case "jsonl":
		enc := json.NewEncoder(w)
		enc.SetEscapeHTML(false)
		for _, d := range res.Directions {
			for _, p := range d.Points {
				if err := enc.Encode(seriesLine{res.Dyad, d.Direction, res.Measure, res.Unit, p}); err != nil {
					return err
				}
			}
		}
		notes(env.Stderr)
	case "csv":
		cw := csv.NewWriter(w)
		head := []string{"dyad", "direction", "measure", "unit", "year", "month", "value", "count", "score", "mean_score",
			"goldstein", "mean_goldstein", "goldstein_n", "aid", "arms", "period"}
		quads := []event.Quad{event.VerbalCoop, event.MaterialCoop, event.VerbalConf, event.MaterialConf}
		// prefixed so the PLOVER type AID does not clash with the aid column
		for _, q := range quads {
			head = append(head, "quad_"+strings.ReplaceAll(q.String(), " ", "_"))
		}
		for _, t := range event.Types {
			head = append(head, "type_"+strings.ToLower(string(t)))
		}
		cw.Write(head)
		for _, d := range res.Directions {
			for _, p := range d.Points {
				rec := []string{res.Dyad, d.Direction, res.Measure, res.Unit, strconv.Itoa(p.Year), itoaOmit(p.Month), ftoa(p.Value),
					strconv.Itoa(p.Count), ftoa(p.Score), ftoa(p.MeanScore), ftoa(p.Goldstein), ftoa(p.MeanGoldstein),
					strconv.Itoa(p.GoldsteinN), fptr(p.Aid), fptr(p.Arms), p.Period}
				for _, q := range quads {
					rec = append(rec, strconv.Itoa(p.Quads[q.String()]))
				}
				for _, t := range event.Types {
					rec = append(rec, strconv.Itoa(p.Types[string(t)]))
				}
				cw.Write(rec)
			}
		}
		cw.Flush()
		notes(env.Stderr)
		return cw.Error()
	default:
		isEvent := res.Measure == analysis.MeasureIntensity || res.Measure == analysis.MeasureCount
		head := []string{"DIRECTION", "PERIOD", strings.ToUpper(res.Measure)}
		if isEvent {
			head = append(head, "EVENTS", "MEAN SCORE", "GOLDSTEIN", "AID", "ARMS", "TOP TYPE")
		} else {
			head = append(head, "SOURCE PERIOD")
		}
		var rows [][]string
		for _, d := range res.Directions {
			for _, p := range d.Points {
				r := []string{d.Direction, p.Label(), fmt.Sprintf("%.4g", p.Value)}
				if isEvent {
					gold := ""
					if p.GoldsteinN > 0 {
						gold = fmt.Sprintf("%.2f", p.MeanGoldstein)
					}
					r = append(r, strconv.Itoa(p.Count), fmt.Sprintf("%.2f", p.MeanScore), gold, fptr(p.Aid), fptr(p.Arms), topKey(p.Types))
				} else {
					r = append(r, p.Period)
				}
				rows = append(rows, r)
			}
		}
		if err := table(w, head, rows); err != nil {
			return err
		}
		fmt.Fprintf(w, "%s %s, unit: %s\n", res.Dyad, res.Measure, res.Unit)
		for _, s := range res.Sources {
			fmt.Fprintln(w, "source:", s)
		}
		notes(w)
	}
	return nil
}

func itoaOmit(n int) string {
	if n == 0 {
		return ""
	}
	return strconv.Itoa(n)
}

func fptr(v *float64) string {
	if v == nil {
		return ""
	}
	return strconv.FormatFloat(*v, 'f', -1, 64)
}

func topKey(m map[string]int) string {
	best, n := "", 0
	for k, v := range m {
		if v > n || (v == n && k < best) {
			best, n = k, v
		}
	}
	return best
}

// shareLine and overtakeLine are the JSON lines of `pivot series --share`;
// "kind" tells them apart in one stream.
type shareLine struct {
	Kind    string `json:"kind"`
	Pivot   string `json:"pivot"`
	Measure string `json:"measure"`
	Window  int    `json:"window"`
	analysis.ShareRow
}

type overtakeLine struct {
	Kind    string `json:"kind"`
	Pivot   string `json:"pivot"`
	Measure string `json:"measure"`
	Window  int    `json:"window"`
	analysis.Overtake
}

func writeShares(env *Env, format string, res *analysis.AlignmentResult, onlyOvertakes bool) error {
	w := bufio.NewWriter(env.Stdout)
	defer w.Flush()
	switch format {
	case "jsonl":
		enc := json.NewEncoder(w)
		enc.SetEscapeHTML(false)
		if !onlyOvertakes {
			for _, r := range res.Rows {
				if err := enc.Encode(shareLine{"share", res.Pivot, res.Measure, res.Window, r}); err != nil {
					return err
				}
			}
		}
		for _, o := range res.Overtakes {
			if err := enc.Encode(overtakeLine{"overtake", res.Pivot, res.Measure, res.Window, o}); err != nil {
				return err
			}
		}
	case "csv":
		cw := csv.NewWriter(w)
		if onlyOvertakes {
			cw.Write([]string{"pivot", "measure", "window", "year", "leader", "previous", "leader_share", "previous_share", "years", "durable"})
			for _, o := range res.Overtakes {
				cw.Write([]string{res.Pivot, res.Measure, strconv.Itoa(res.Window), strconv.Itoa(o.Year), o.Leader, o.Previous,
					ftoa(o.LeaderShare), ftoa(o.PreviousShare), strconv.Itoa(o.Years), strconv.FormatBool(o.Durable)})
			}
		} else {
			cw.Write([]string{"pivot", "measure", "window", "year", "actor", "value", "window_value", "share", "rank"})
			for _, r := range res.Rows {
				cw.Write([]string{res.Pivot, res.Measure, strconv.Itoa(res.Window), strconv.Itoa(r.Year), r.Actor, ftoa(r.Value),
					ftoa(r.Window), ftoa(r.Share), strconv.Itoa(r.Rank)})
			}
		}
		cw.Flush()
		return cw.Error()
	default:
		if !onlyOvertakes {
			cols := append([]string(nil), res.Partners...)
			seenOther := false
			for _, r := range res.Rows {
				if r.Actor == analysis.Other {
					seenOther = true
					break
				}
			}
			if seenOther {
				cols = append(cols, analysis.Other)
			}
			head := append([]string{"YEAR"}, cols...)
			head = append(head, "LEADER")
			byYear := map[int]map[string]analysis.ShareRow{}
			var years []int
			for _, r := range res.Rows {
				if byYear[r.Year] == nil {
					byYear[r.Year] = map[string]analysis.ShareRow{}
					years = append(years, r.Year)
				}
				byYear[r.Year][r.Actor] = r
			}
			var rows [][]string
			for _, y := range years {
				row := []string{strconv.Itoa(y)}
				leader := ""
				for _, c := range cols {
					r := byYear[y][c]
					row = append(row, fmt.Sprintf("%.0f%%", 100*r.Share))
					if r.Rank == 1 && r.Window > 0 {
						leader = c
					}
				}
				rows = append(rows, append(row, leader))
			}
			if err := table(w, head, rows); err != nil {
				return err
			}
			fmt.Fprintf(w, "shares of %s's %s (%s), rolling %d-year sums\n", res.Pivot, res.Measure, res.Unit, res.Window)
		}
		fmt.Fprintln(w, "leader changes:")
		for _, o := range res.Overtakes {
			d := ""
			if o.Durable {
				d = ", durable"
			}
			fmt.Fprintf(w, "  %d  %s overtakes %s (%.0f%% vs %.0f%% of the %d-year sum), leads %d years%s\n",
				o.Year, o.Leader, o.Previous, 100*o.LeaderShare, 100*o.PreviousShare, res.Window, o.Years, d)
		}
		if len(res.Overtakes) == 0 {
			fmt.Fprintln(w, "  none")
		}
		if res.Leader != "" {
			fmt.Fprintf(w, "leading partner at the end of the data: %s (since %d)\n", res.Leader, res.LeaderSince)
		}
		for _, s := range res.Sources {
			fmt.Fprintln(w, "source:", s)
		}
	}
	return nil
}
