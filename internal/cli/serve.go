package cli

import (
	"context"
	"crypto/rand"
	"encoding/hex"
	"errors"
	"flag"
	"fmt"
	"net"
	"net/http"
	"os"
	"time"

	"github.com/pivot-geo/pivot/internal/event"
	"github.com/pivot-geo/pivot/internal/ingest"
	"github.com/pivot-geo/pivot/internal/store"
	"github.com/pivot-geo/pivot/internal/web"
)

func init() {
	Register(&Command{
		Name:    "serve",
		Summary: "run the dashboard and JSON API; builds the default knowledge base on first run",
		Usage:   "pivot serve [--db DSN] [--addr 127.0.0.1:8080]",
		Flags: func(fs *flag.FlagSet) Runner {
			db := DBFlag(fs)
			addr := fs.String("addr", "127.0.0.1:8080", "address to listen on; loopback unless you mean to share it")
			pivot := fs.String("pivot", "PAK", "the state the overview opens on")
			return func(ctx context.Context, env *Env, args []string) error {
				if len(args) > 0 {
					return Usagef("unexpected argument %q", args[0])
				}
				// Take the address first: a bad or busy --addr fails before
				// anything is built or printed.
				ln, err := net.Listen("tcp", *addr)
				if err != nil {
					return fmt.Errorf("listen on %s: %w (choose another --addr, e.g. 127.0.0.1:8081)", *addr, err)
				}
				defer ln.Close()
				st, err := OpenStore(ctx, *db)
				if err != nil {
					return err
				}
				defer st.Close()
				empty, err := st.Empty(ctx)
				if err != nil {
					return err
				}
				if empty {
					fmt.Fprintf(env.Stderr, "%s is empty: building the default knowledge base\n", redact(*db))
					if err := buildDefault(ctx, env, st, *db); err != nil {
						return err
					}
				}
				token := os.Getenv("PIVOT_TOKEN")
				if token == "" {
					token = newToken()
					fmt.Fprintf(env.Stderr, "write token for this run (set PIVOT_TOKEN to choose one): %s\n", token)
				}
				h := web.New(st, web.Options{
					Token:  token,
					Pivot:  *pivot,
					Ingest: ingestFunc(st),
				})
				return serveOn(ctx, env, ln, h)
			}
		},
	})
}

func ingestFunc(st store.Store) func(ctx context.Context, doc event.Document) (string, error) {
	return func(ctx context.Context, doc event.Document) (string, error) {
		rep, err := ingest.Text(ctx, st, doc, ingest.Options{})
		return rep.DocID, err
	}
}

func newToken() string {
	b := make([]byte, 16)
	rand.Read(b)
	return hex.EncodeToString(b)
}

// serveOn serves h on ln until ctx ends, then shuts down gracefully.
func serveOn(ctx context.Context, env *Env, ln net.Listener, h http.Handler) error {
	srv := &http.Server{Handler: h, ReadHeaderTimeout: 10 * time.Second}
	fmt.Fprintf(env.Stderr, "Pivot is serving on http://%s/ (Ctrl-C stops it)\n", ln.Addr())
	errc := make(chan error, 1)
	go func() { errc <- srv.Serve(ln) }()
	select {
	case err := <-errc:
		return err
	case <-ctx.Done():
		sctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
		defer cancel()
		if err := srv.Shutdown(sctx); err != nil && !errors.Is(err, http.ErrServerClosed) {
			return err
		}
		return nil
	}
}
