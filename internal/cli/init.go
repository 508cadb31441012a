package cli

import (
	"context"
	"flag"
	"fmt"

	"github.com/pivot-geo/pivot/internal/ingest"
	"github.com/pivot-geo/pivot/internal/store"
)

func init() {
	Register(&Command{
		Name:    "init",
		Summary: "build the default knowledge base: the founding article, SIPRI arms and CRS aid series",
		Usage:   "pivot init [--db DSN]",
		Flags: func(fs *flag.FlagSet) Runner {
			db := DBFlag(fs)
			return func(ctx context.Context, env *Env, args []string) error {
				if len(args) > 0 {
					return Usagef("unexpected argument %q", args[0])
				}
				st, err := OpenStore(ctx, *db)
				if err != nil {
					return err
				}
				defer st.Close()
				return buildDefault(ctx, env, st, *db)
			}
		},
	})
}

// buildDefault loads the embedded corpus and reports each batch.
func buildDefault(ctx context.Context, env *Env, st store.Store, db string) error {
	if env.TTY {
		fmt.Fprintf(env.Stderr, "building the default knowledge base in %s …\n", redact(db))
	}
	reps, err := ingest.Default(ctx, st, ingest.Options{})
	if err != nil {
		return err
	}
	for _, r := range reps {
		printReport(env, r)
	}
	return nil
}

func printReport(env *Env, r ingest.Report) {
	if r.Duplicate {
		fmt.Fprintf(env.Stderr, "%s: already imported as batch %d; nothing changed\n", r.File, r.Batch.ID)
		return
	}
	b := r.Batch
	fmt.Fprintf(env.Stderr, "%s: batch %d (%s): %d rows, %d skipped, %d documents, %d mentions, %d new events, %d series points, %d claims\n",
		r.File, b.ID, b.Format, b.Rows, b.Skipped, b.Docs, b.Mentions, b.Events, b.Points, b.Claims)
	if b.Note != "" {
		fmt.Fprintf(env.Stderr, "  %s\n", b.Note)
	}
	// Problems lists the bad rows (capped); Skipped counts every skipped row,
	// including rows skipped for a reason that is no fault of the file.
	const show = 20
	for i, p := range r.Problems {
		if i == show {
			fmt.Fprintf(env.Stderr, "  … and %d more bad rows listed in the batch note\n", len(r.Problems)-show)
			break
		}
		fmt.Fprintf(env.Stderr, "  skipped %s\n", p.Error())
	}
}
