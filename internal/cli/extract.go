package cli

import (
	"bufio"
	"bytes"
	"context"
	"encoding/json"
	"flag"
	"fmt"
	"io"
	"os"
	"runtime"
	"strings"

	"github.com/pivot-geo/pivot/internal/event"
	"github.com/pivot-geo/pivot/internal/extract"
)

func init() {
	Register(&Command{
		Name:    "extract",
		Summary: "code prose into PLOVER mentions on stdout (no database needed)",
		Usage:   "pivot extract [--format jsonl|table] [--date YYYY-MM-DD] [--workers N] FILE|-",
		Flags: func(fs *flag.FlagSet) Runner {
			format := fs.String("format", "jsonl", "jsonl or table")
			date := fs.String("date", "", "reference date YYYY-MM-DD for relative dates ('last year', 'in March')")
			workers := fs.Int("workers", runtime.NumCPU(), "goroutines coding sentences in parallel")
			return func(ctx context.Context, env *Env, args []string) error {
				if len(args) != 1 {
					return Usagef("name one FILE, or - for stdin")
				}
				if err := checkFormat(*format, "jsonl", "table"); err != nil {
					return err
				}
				ref, err := event.ParseDate(*date)
				if err != nil {
					return Usagef("--date: %v", err)
				}
				if *workers < 1 {
					return Usagef("--workers %d: want at least 1", *workers)
				}
				var r io.Reader = env.Stdin
				docID := "stdin"
				if args[0] != "-" {
					f, err := os.Open(args[0])
					if err != nil {
						return err
					}
					defer f.Close()
					if fi, err := f.Stat(); err == nil && fi.IsDir() {
						return fmt.Errorf("%s is a directory; name a text file", args[0])
					}
					r = f
					docID = args[0]
				}
				// Refuse binary input plainly instead of coding noise.
				br := bufio.NewReaderSize(r, 1<<16)
				if head, _ := br.Peek(8 << 10); bytes.IndexByte(head, 0) >= 0 {
					return fmt.Errorf("%s looks like a binary file (it holds NUL bytes): give plain UTF-8 text", docID)
				}
				r = br
				x, err := extract.New()
				if err != nil {
					return err
				}
				w := bufio.NewWriterSize(env.Stdout, 1<<16)
				defer w.Flush()
				enc := json.NewEncoder(w)
				enc.SetEscapeHTML(false)
				var rows [][]string
				n, err := x.Stream(ctx, r, docID, extract.Options{Ref: ref}, *workers, func(m event.Mention) error {
					if *format == "jsonl" {
						return enc.Encode(m)
					}
					date := m.Date.String()
					if !m.End.IsZero() {
						date += "–" + m.End.String()
					}
					rows = append(rows, []string{date, strings.Join(m.Actor, ","), strings.Join(m.Recipient, ","),
						string(m.Type), m.Mode, strings.Join(m.Context, ","), string(m.Status), clip(m.Quote, 70)})
					return nil
				})
				if err != nil {
					return fmt.Errorf("%s: %w", docID, err)
				}
				if *format == "table" {
					table(w, []string{"DATE", "ACTOR", "RECIPIENT", "TYPE", "MODE", "CONTEXT", "STATUS", "QUOTE"}, rows)
				}
				if env.TTY {
					fmt.Fprintf(env.Stderr, "%d sentences coded\n", n)
				}
				return nil
			}
		},
	})
}
