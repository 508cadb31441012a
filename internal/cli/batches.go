package cli

import (
	"context"
	"flag"
	"fmt"
	"strconv"
	"time"
)

func init() {
	Register(&Command{
		Name:    "batches",
		Summary: "list ingest batches (the knowledge base's versions), or remove one whole",
		Usage:   "pivot batches [--db DSN] [--format table|jsonl] [--remove ID]",
		Flags: func(fs *flag.FlagSet) Runner {
			db := DBFlag(fs)
			format := fs.String("format", "table", "output: table or jsonl")
			remove := fs.Int64("remove", 0, "remove batch ID with everything it stored (its documents, mentions, events first stored by it, series points and claims)")
			return func(ctx context.Context, env *Env, args []string) error {
				if len(args) > 0 {
					return Usagef("unexpected argument %q", args[0])
				}
				if err := checkFormat(*format, "table", "jsonl"); err != nil {
					return err
				}
				st, err := OpenStore(ctx, *db)
				if err != nil {
					return err
				}
				defer st.Close()
				if *remove != 0 {
					if err := st.RemoveBatch(ctx, *remove); err != nil {
						return fmt.Errorf("remove batch %d: %w", *remove, err)
					}
					fmt.Fprintf(env.Stderr, "removed batch %d\n", *remove)
					return nil
				}
				bs, err := st.Batches(ctx)
				if err != nil {
					return err
				}
				if *format == "jsonl" {
					return writeJSONL(env.Stdout, bs)
				}
				rows := make([][]string, 0, len(bs))
				for _, b := range bs {
					rows = append(rows, []string{
						strconv.FormatInt(b.ID, 10), b.Started.Local().Format(time.DateTime), b.Format,
						strconv.Itoa(b.Rows), strconv.Itoa(b.Skipped), strconv.Itoa(b.Mentions),
						strconv.Itoa(b.Events), strconv.Itoa(b.Points), clip(b.Source, 48), clip(b.Note, 60),
					})
				}
				if len(rows) == 0 {
					fmt.Fprintln(env.Stderr, "no batches: the knowledge base is empty")
					return nil
				}
				return table(env.Stdout, []string{"ID", "STARTED", "FORMAT", "ROWS", "SKIPPED", "MENTIONS", "EVENTS", "POINTS", "SOURCE", "NOTE"}, rows)
			}
		},
	})
}
