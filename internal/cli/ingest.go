package cli

import (
	"context"
	"flag"

	"github.com/pivot-geo/pivot/internal/event"
	"github.com/pivot-geo/pivot/internal/ingest"
)

func init() {
	Register(&Command{
		Name:    "ingest",
		Summary: "import documents, series tables or event datasets into the knowledge base",
		Usage:   "pivot ingest [--db DSN] [--format auto|text|series|sipri|crs|gdelt|icews|plover] [--strict] FILE... (- for stdin)",
		Flags: func(fs *flag.FlagSet) Runner {
			db := DBFlag(fs)
			format := fs.String("format", "auto", "input format: auto, text, series, sipri, crs, gdelt, icews, plover")
			strict := fs.Bool("strict", false, "refuse a whole file at its first bad row (nothing is written)")
			date := fs.String("date", "", "reference date YYYY-MM-DD for relative dates in prose ('last year')")
			title := fs.String("title", "", "document title (prose; default: the file name)")
			author := fs.String("author", "", "document author (prose)")
			url := fs.String("url", "", "document URL (prose)")
			return func(ctx context.Context, env *Env, args []string) error {
				if len(args) == 0 {
					return Usagef("name at least one FILE, or - for stdin")
				}
				ref, err := event.ParseDate(*date)
				if err != nil {
					return Usagef("--date: %v", err)
				}
				paths, err := ingest.ExpandPaths(args)
				if err != nil {
					return err
				}
				st, err := OpenStore(ctx, *db)
				if err != nil {
					return err
				}
				defer st.Close()
				opt := ingest.Options{Format: *format, Strict: *strict, Date: ref, Title: *title, Author: *author, URL: *url}
				if env.TTY {
					opt.Progress = env.Stderr
				}
				for _, p := range paths {
					rep, err := ingest.File(ctx, st, p, opt)
					if err != nil {
						return err
					}
					printReport(env, rep)
				}
				return nil
			}
		},
	})
}
