// Package pgtest gives tests a fresh, empty schema on the throwaway
// PostgreSQL server that `make test` starts (PIVOT_TEST_POSTGRES).
package pgtest

import (
	"context"
	"fmt"
	"os"
	"strings"
	"sync/atomic"
	"testing"

	"github.com/jackc/pgx/v5"
)

var seq atomic.Int64

// DSN returns a DSN whose search_path is a new schema, dropped when the test
// ends. Without PIVOT_TEST_POSTGRES the test is skipped, except under CI,
// where a missing server is a failure.
func DSN(t testing.TB) string {
	t.Helper()
	base := os.Getenv("PIVOT_TEST_POSTGRES")
	if base == "" {
		if os.Getenv("CI") != "" {
			t.Fatal("PIVOT_TEST_POSTGRES is not set: run the tests with `make test`, which starts PostgreSQL")
		}
		t.Skip("PIVOT_TEST_POSTGRES not set; `make test` starts a throwaway PostgreSQL")
	}
	ctx := context.Background()
	conn, err := pgx.Connect(ctx, base)
	if err != nil {
		t.Fatalf("connect %s: %v", base, err)
	}
	defer conn.Close(ctx)
	schema := fmt.Sprintf("t%d_%d", os.Getpid(), seq.Add(1))
	if _, err := conn.Exec(ctx, "CREATE SCHEMA "+schema); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() {
		c, err := pgx.Connect(context.Background(), base)
		if err == nil {
			c.Exec(context.Background(), "DROP SCHEMA "+schema+" CASCADE")
			c.Close(context.Background())
		}
	})
	sep := "?"
	if strings.Contains(base, "?") {
		sep = "&"
	}
	return base + sep + "search_path=" + schema
}
