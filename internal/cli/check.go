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
		Name:    "check",
		Summary: "contradictions between sources, claims checked against data, hedged and unconfirmed statements",
		Usage:   "pivot check [--db DSN] [--kind contradiction|claim-vs-data|unchecked|hedged|unconfirmed] [--format jsonl|csv|table]",
		Flags: func(fs *flag.FlagSet) Runner {
			db := DBFlag(fs)
			kind := fs.String("kind", "", "only findings of this kind (comma-separated list allowed)")
			format := fs.String("format", "table", "jsonl, csv or table")
			return func(ctx context.Context, env *Env, args []string) error {
				if len(args) > 0 {
					return Usagef("unexpected argument %q", args[0])
				}
				if err := checkFormat(*format, "jsonl", "csv", "table"); err != nil {
					return err
				}
				kinds := map[string]bool{}
				for _, k := range strings.Split(*kind, ",") {
					if k = strings.TrimSpace(k); k == "" {
						continue
					}
					switch k {
					case analysis.KindContradiction, analysis.KindClaimVsData, analysis.KindUnchecked, analysis.KindHedged, analysis.KindUnconfirmed:
						kinds[k] = true
					default:
						return Usagef("--kind %q: want contradiction, claim-vs-data, unchecked, hedged or unconfirmed", k)
					}
				}
				st, err := openForAnalysis(ctx, env, *db)
				if err != nil {
					return err
				}
				defer st.Close()
				fs, err := analysis.Checks(ctx, st)
				if err != nil {
					return err
				}
				if len(kinds) > 0 {
					keep := fs[:0]
					for _, f := range fs {
						if kinds[f.Kind] {
							keep = append(keep, f)
						}
					}
					fs = keep
				}
				return writeFindings(env, *format, fs)
			}
		},
	})
}

func spanStr(s *analysis.Side) (string, string) {
	if s == nil || s.Span == nil {
		return "", ""
	}
	return strconv.Itoa(s.Span.Start), strconv.Itoa(s.Span.End)
}

func writeFindings(env *Env, format string, fs []analysis.Finding) error {
	w := bufio.NewWriter(env.Stdout)
	defer w.Flush()
	switch format {
	case "jsonl":
		return writeJSONL(w, fs)
	case "csv":
		cw := csv.NewWriter(w)
		cw.Write([]string{"id", "kind", "check", "severity", "confidence", "message",
			"a_doc", "a_span_start", "a_span_end", "a_text", "a_status", "a_quote",
			"b_doc", "b_span_start", "b_span_end", "b_text", "b_quote", "b_series", "b_source",
			"claimed", "observed", "gap", "gap_pct", "unit", "periods", "missing", "notes"})
		for _, f := range fs {
			as, ae := spanStr(&f.A)
			b := f.B
			if b == nil {
				b = &analysis.Side{}
			}
			bs, be := spanStr(b)
			cw.Write([]string{f.ID, f.Kind, f.Check, f.Severity, ftoa(f.Confidence), f.Message,
				f.A.Doc, as, ae, f.A.Text, f.A.Status, f.A.Quote,
				b.Doc, bs, be, b.Text, b.Quote, b.Series, b.Source,
				fptr(f.Claimed), fptr(f.Observed), fptr(f.Gap), fptr(f.GapPct), f.Unit,
				strings.Join(f.Periods, ";"), strings.Join(f.Missing, ";"), strings.Join(f.Notes, " | ")})
		}
		cw.Flush()
		return cw.Error()
	default:
		// A list reads better than a table here: findings quote sentences.
		counts := map[string]int{}
		for _, f := range fs {
			counts[f.Kind]++
			fmt.Fprintf(w, "[%s] %s / %s  (confidence %.1f)\n  %s\n", f.Severity, f.Kind, f.Check, f.Confidence, f.Message)
			side := func(label string, s *analysis.Side) {
				if s == nil {
					return
				}
				if s.Quote != "" {
					src := s.Doc
					if s.Span != nil {
						src += fmt.Sprintf(" [%d:%d]", s.Span.Start, s.Span.End)
					}
					fmt.Fprintf(w, "  %s: “%s” (%s)\n", label, clip(s.Quote, 220), src)
				} else if s.Series != "" {
					fmt.Fprintf(w, "  %s: series %s — %s\n", label, s.Series, s.Source)
				}
			}
			side("A", &f.A)
			side("B", f.B)
			for _, n := range f.Notes {
				fmt.Fprintf(w, "  note: %s\n", n)
			}
			fmt.Fprintln(w)
		}
		fmt.Fprintf(w, "%d findings: %d contradictions, %d claims checked against data, %d unchecked, %d unconfirmed, %d hedged\n",
			len(fs), counts[analysis.KindContradiction], counts[analysis.KindClaimVsData], counts[analysis.KindUnchecked],
			counts[analysis.KindUnconfirmed], counts[analysis.KindHedged])
	}
	return nil
}
