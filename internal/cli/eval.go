package cli

import (
	"context"
	"encoding/json"
	"flag"
	"fmt"
	"io"
	"os"
	"text/tabwriter"
	"unicode/utf8"

	"github.com/pivot-geo/pivot/internal/event"
	"github.com/pivot-geo/pivot/internal/extract"
)

func init() {
	Register(&Command{
		Name:    "eval",
		Summary: "score the event coder against a gold set: precision, recall, amounts, misses",
		Usage:   "pivot eval --gold GOLD.jsonl [--no-year] [--date YYYY-MM-DD] [--format table|jsonl] TEXT|-",
		Flags: func(fs *flag.FlagSet) Runner {
			gold := fs.String("gold", "", "gold set: JSON lines {\"year\":1954,\"a\":\"PAK\",\"b\":\"USA\",\"type\":\"AGREE\"} (see testdata/gold/README.md)")
			noYear := fs.Bool("no-year", false, "match on dyad and type only, and also code undated sentences")
			date := fs.String("date", "", "reference date for relative forms (\"last year\", \"on Monday\")")
			format := fs.String("format", "table", "output format: table or jsonl")
			return func(ctx context.Context, env *Env, args []string) error {
				return runEval(env, *gold, *noYear, *date, *format, args)
			}
		},
	})
}

func runEval(env *Env, goldPath string, noYear bool, date, format string, args []string) error {
	if goldPath == "" {
		return Usagef("--gold is required")
	}
	if len(args) != 1 {
		return Usagef("want one TEXT file (or - for stdin)")
	}
	if format != "table" && format != "jsonl" {
		return Usagef("--format %q: want table or jsonl", format)
	}
	ref, err := event.ParseDate(date)
	if err != nil {
		return Usagef("--date: %v", err)
	}
	gf, err := os.Open(goldPath)
	if err != nil {
		return err
	}
	defer gf.Close()
	gold, err := extract.ReadGold(gf)
	if err != nil {
		return fmt.Errorf("%s: %w", goldPath, err)
	}
	var text []byte
	if args[0] == "-" {
		text, err = io.ReadAll(env.Stdin)
	} else {
		text, err = os.ReadFile(args[0])
	}
	if err != nil {
		return err
	}
	if !utf8.Valid(text) {
		fmt.Fprintf(env.Stderr, "pivot eval: warning: %s is not valid UTF-8; invalid bytes are skipped\n", args[0])
	}
	x, err := extract.New()
	if err != nil {
		return err
	}
	res := x.Document(&event.Document{ID: "eval", Text: string(text)}, extract.Options{Ref: ref, Undated: noYear})
	rep := x.Score(gold, res.Mentions, string(text), extract.ScoreOptions{NoYear: noYear})
	if format == "jsonl" {
		enc := json.NewEncoder(env.Stdout)
		sum := map[string]any{"kind": "summary", "gold": rep.Gold, "system": rep.System, "matched": rep.Matched,
			"precision": rep.Precision, "recall": rep.Recall, "f1": rep.F1,
			"amounts": rep.AmountTotal, "amounts_right": rep.AmountRight,
			"usd_amounts": rep.USDTotal, "usd_amounts_right": rep.USDRight, "sentences": len(res.Sentences)}
		if err := enc.Encode(sum); err != nil {
			return err
		}
		for _, it := range append(append(rep.Misses, rep.FalsePositives...), rep.AmountMisses...) {
			if err := enc.Encode(it); err != nil {
				return err
			}
		}
		return nil
	}
	w := tabwriter.NewWriter(env.Stdout, 2, 4, 2, ' ', 0)
	fmt.Fprintf(w, "sentences\t%d\n", len(res.Sentences))
	fmt.Fprintf(w, "gold events\t%d\n", rep.Gold)
	fmt.Fprintf(w, "system events\t%d\n", rep.System)
	fmt.Fprintf(w, "matched\t%d\n", rep.Matched)
	fmt.Fprintf(w, "precision\t%.3f\n", rep.Precision)
	fmt.Fprintf(w, "recall\t%.3f\n", rep.Recall)
	fmt.Fprintf(w, "F1\t%.3f\n", rep.F1)
	if rep.AmountTotal > 0 {
		fmt.Fprintf(w, "amounts right\t%d/%d (%.0f%%)\n", rep.AmountRight, rep.AmountTotal, 100*float64(rep.AmountRight)/float64(rep.AmountTotal))
	}
	if rep.USDTotal > 0 {
		fmt.Fprintf(w, "US$ amounts right\t%d/%d (%.0f%%)\n", rep.USDRight, rep.USDTotal, 100*float64(rep.USDRight)/float64(rep.USDTotal))
	}
	w.Flush()
	if len(rep.Misses) > 0 {
		fmt.Fprintf(env.Stdout, "\nmisses (%d):\n", len(rep.Misses))
		for _, it := range rep.Misses {
			fmt.Fprintf(env.Stdout, "  %-32s %s\n", it.Key, it.Note)
		}
	}
	if len(rep.AmountMisses) > 0 {
		fmt.Fprintf(env.Stdout, "\namounts wrong (%d):\n", len(rep.AmountMisses))
		for _, it := range rep.AmountMisses {
			fmt.Fprintf(env.Stdout, "  %-32s %s\n", it.Key, it.Note)
		}
	}
	if len(rep.FalsePositives) > 0 {
		fmt.Fprintf(env.Stdout, "\nfalse positives (%d):\n", len(rep.FalsePositives))
		for _, it := range rep.FalsePositives {
			q := it.Quote
			if len(q) > 110 {
				cut := 110
				for cut > 0 && !utf8.RuneStart(q[cut]) {
					cut-- // never split a character ("Erdoğan")
				}
				q = q[:cut] + "…"
			}
			fmt.Fprintf(env.Stdout, "  %-32s %s\n", it.Key, q)
		}
	}
	return nil
}
