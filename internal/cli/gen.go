package cli

import (
	"bufio"
	"compress/gzip"
	"context"
	"flag"
	"fmt"
	"io"
	"os"
	"strings"
	"time"

	"github.com/pivot-geo/pivot/internal/ingest"
)

func init() {
	Register(&Command{
		Name:    "gen-gdelt",
		Summary: "write a large realistic GDELT-format events file (for benchmarks)",
		Usage:   "pivot gen-gdelt [--rows N] [--version 1|2] [--seed S] --out FILE (.gz compresses; - for stdout)",
		Flags: func(fs *flag.FlagSet) Runner {
			rows := fs.Int("rows", 1_000_000, "number of event rows")
			version := fs.Int("version", 2, "GDELT version: 2 (61 fields) or 1 (57- and 58-field rows mixed)")
			seed := fs.Uint64("seed", 1, "random seed: the same seed writes the same file")
			out := fs.String("out", "", "output file; a name ending in .gz is gzip-compressed; - writes to stdout")
			start := fs.String("start", "2015-02-18", "first DATEADDED day (YYYY-MM-DD)")
			return func(ctx context.Context, env *Env, args []string) error {
				if *out == "" {
					return Usagef("--out FILE is required")
				}
				if *rows < 0 {
					return Usagef("--rows must be positive")
				}
				day, err := time.Parse("2006-01-02", *start)
				if err != nil {
					return Usagef("--start %q: want YYYY-MM-DD", *start)
				}
				opt := ingest.GenOptions{Rows: *rows, Seed: *seed, Version: *version, Start: day.Add(23 * time.Hour)}
				var w io.Writer = env.Stdout
				var f *os.File
				if *out != "-" {
					if f, err = os.Create(*out); err != nil {
						return err
					}
					defer f.Close()
					w = f
				}
				bw := bufio.NewWriterSize(w, 1<<20)
				w = bw
				var zw *gzip.Writer
				if strings.HasSuffix(*out, ".gz") {
					zw = gzip.NewWriter(bw)
					w = zw
				}
				t0 := time.Now()
				if err := ingest.GenerateGDELT(w, opt); err != nil {
					return err
				}
				if zw != nil {
					if err := zw.Close(); err != nil {
						return err
					}
				}
				if err := bw.Flush(); err != nil {
					return err
				}
				if f != nil {
					if err := f.Close(); err != nil {
						return err
					}
					fi, _ := os.Stat(*out)
					fmt.Fprintf(env.Stderr, "%s: %d GDELT %d.0 rows, %.1f MB in %.1fs\n", *out, *rows, *version,
						float64(fi.Size())/1e6, time.Since(t0).Seconds())
				}
				return nil
			}
		},
	})
}
