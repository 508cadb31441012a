package cli

import (
	"bufio"
	"context"
	"encoding/csv"
	"flag"
	"fmt"
	"strconv"
	"strings"

	"github.com/pivot-geo/pivot/internal/analysis"
)

func init() {
	Register(&Command{
		Name:    "phases",
		Summary: "change-point phases of a dyad series (PELT), labelled, optionally with their event drivers",
		Usage:   "pivot phases [--db DSN] --dyad A-B [--measure arms|aid|intensity|count] [--penalty bic|mbic|N] [--min-segment N] [--drivers] [--format jsonl|csv|table]",
		Flags: func(fs *flag.FlagSet) Runner {
			db := DBFlag(fs)
			dyad := fs.String("dyad", "", "two actor codes, e.g. USA-PAK")
			measure := fs.String("measure", "arms", "arms, aid, intensity or count")
			by := fs.String("by", "year", "year or month (event measures only)")
			dir := fs.String("direction", "", "one direction only, e.g. USA>PAK")
			penalty := fs.String("penalty", "bic", "PELT penalty per change: bic (2·ln n), mbic (3·ln n, stricter) or a number (in units of the noise variance)")
			minSeg := fs.Int("min-segment", 0, "shortest phase in periods (default 4 years, 6 months)")
			transform := fs.String("transform", "", "log1p or none (default: log1p for arms, aid and count; none for intensity)")
			drivers := fs.Bool("drivers", false, "add each phase's event composition by PLOVER context, mode, type and quad class")
			from := fs.Int("from", 0, "first year")
			to := fs.Int("to", 0, "last year")
			asOf := fs.Int64("as-of", 0, "the knowledge base as it was after this batch")
			format := fs.String("format", "table", "jsonl, csv or table")
			return func(ctx context.Context, env *Env, args []string) error {
				if len(args) > 0 {
					return Usagef("unexpected argument %q", args[0])
				}
				if err := checkFormat(*format, "jsonl", "csv", "table"); err != nil {
					return err
				}
				if *dyad == "" {
					return Usagef("--dyad is required")
				}
				d, err := SplitDyad(*dyad)
				if err != nil {
					return err
				}
				if !analysis.ValidMeasure(*measure) {
					return Usagef("--measure %q: want arms, aid, intensity or count", *measure)
				}
				if *by != "year" && *by != "month" {
					return Usagef("--by %q: want year or month", *by)
				}
				if *dir != "" {
					if _, _, err := analysis.ParseDirection(*dir, d); err != nil {
						return Usagef("--direction: %v", err)
					}
				}
				// aid and arms are yearly whatever --by says (DyadSeries notes it)
				monthly := *by == "month" && (*measure == analysis.MeasureIntensity || *measure == analysis.MeasureCount)
				o := analysis.DefaultPhaseOptions(*measure, monthly)
				switch p := strings.ToLower(*penalty); p {
				case "bic":
					o.PenaltyFactor = 2
				case "mbic":
					o.PenaltyFactor = 3
				default:
					v, err := strconv.ParseFloat(p, 64)
					if err != nil || v <= 0 {
						return Usagef("--penalty %q: want bic, mbic or a positive number", *penalty)
					}
					o.Penalty = v
				}
				if *minSeg < 0 {
					return Usagef("--min-segment must be positive")
				}
				if *minSeg > 0 {
					o.MinSegment = *minSeg
				}
				if *transform != "" {
					if *transform != "log1p" && *transform != "none" {
						return Usagef("--transform %q: want log1p or none", *transform)
					}
					o.Transform = *transform
				}
				st, err := openForAnalysis(ctx, env, *db)
				if err != nil {
					return err
				}
				defer st.Close()
				q := analysis.SeriesQuery{Dyad: d, Measure: *measure, ByMonth: monthly, Direction: *dir, From: *from, To: *to, AsOf: *asOf}
				res, err := analysis.DyadPhases(ctx, st, q, o, *drivers)
				if err != nil {
					return err
				}
				return writePhases(env, *format, res)
			}
		},
	})
}

func phasePeriod(y, m int) string {
	if m > 0 {
		return fmt.Sprintf("%04d-%02d", y, m)
	}
	return strconv.Itoa(y)
}

// driverSummary renders the largest shares: "military 62%, economic 21%".
func driverSummary(s []analysis.Share, n int) string {
	var parts []string
	for i, x := range s {
		if i == n {
			break
		}
		parts = append(parts, fmt.Sprintf("%s %.0f%%", x.Name, 100*x.Share))
	}
	return strings.Join(parts, ", ")
}

func writePhases(env *Env, format string, res *analysis.PhasesResult) error {
	w := bufio.NewWriter(env.Stdout)
	defer w.Flush()
	switch format {
	case "jsonl":
		if err := writeJSONL(w, res.Phases); err != nil {
			return err
		}
		for _, n := range res.Notes {
			fmt.Fprintln(env.Stderr, "note:", n)
		}
	case "csv":
		cw := csv.NewWriter(w)
		cw.Write([]string{"direction", "measure", "start", "end", "n", "level", "total", "relative", "change", "label", "unit",
			"events", "contexts", "modes", "quads"})
		for _, p := range res.Phases {
			var ev, c, m, q string
			if p.Drivers != nil {
				ev = strconv.Itoa(p.Drivers.Events)
				c, m, q = driverSummary(p.Drivers.Contexts, 5), driverSummary(p.Drivers.Modes, 5), driverSummary(p.Drivers.Quads, 4)
			}
			cw.Write([]string{p.Direction, p.Measure, phasePeriod(p.Start, p.StartMonth), phasePeriod(p.End, p.EndMonth), strconv.Itoa(p.N),
				ftoa(p.Level), ftoa(p.Total), ftoa(p.Relative), fptr(p.Change), p.Label, p.Unit, ev, c, m, q})
		}
		cw.Flush()
		for _, n := range res.Notes {
			fmt.Fprintln(env.Stderr, "note:", n)
		}
		return cw.Error()
	default:
		head := []string{"DIRECTION", "FROM", "TO", "YEARS", "LEVEL/YR", "CHANGE", "LABEL"}
		withDrivers := len(res.Phases) > 0 && res.Phases[0].Drivers != nil
		if withDrivers {
			head = append(head, "EVENTS", "CONTEXTS", "MODES")
		}
		var rows [][]string
		for _, p := range res.Phases {
			ch := ""
			if p.Change != nil {
				ch = fmt.Sprintf("×%.2f", *p.Change)
			}
			r := []string{p.Direction, phasePeriod(p.Start, p.StartMonth), phasePeriod(p.End, p.EndMonth), strconv.Itoa(p.N),
				fmt.Sprintf("%.4g", p.Level), ch, p.Label}
			if withDrivers {
				r = append(r, strconv.Itoa(p.Drivers.Events), driverSummary(p.Drivers.Contexts, 3), driverSummary(p.Drivers.Modes, 2))
			}
			rows = append(rows, r)
		}
		if err := table(w, head, rows); err != nil {
			return err
		}
		if len(res.Phases) > 0 {
			fmt.Fprintf(w, "%s %s (%s); method: %s\n", res.Dyad, res.Measure, res.Phases[0].Unit, res.Method)
		}
		for _, n := range res.Notes {
			fmt.Fprintln(w, "note:", n)
		}
	}
	return nil
}
