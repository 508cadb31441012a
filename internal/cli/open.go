package cli

import (
	"context"
	"fmt"
	"strings"

	"github.com/pivot-geo/pivot/internal/store"
	"github.com/pivot-geo/pivot/internal/store/duckdb"
	"github.com/pivot-geo/pivot/internal/store/postgres"
)

// OpenStore opens the knowledge base a --db value names: a DuckDB file
// path, or a postgres:// URL.
func OpenStore(ctx context.Context, dsn string) (store.Store, error) {
	if strings.HasPrefix(dsn, "postgres://") || strings.HasPrefix(dsn, "postgresql://") {
		st, err := postgres.Open(ctx, dsn)
		if err != nil {
			return nil, fmt.Errorf("knowledge base %s: %w", redact(dsn), err)
		}
		return st, nil
	}
	st, err := duckdb.Open(ctx, dsn)
	if err != nil {
		// DuckDB lets one process write a file: say so when that is the cause.
		if strings.Contains(err.Error(), "lock") {
			return nil, fmt.Errorf("knowledge base %s is in use by another process (a running `pivot serve`?): stop it, or use PostgreSQL for several users: %w", dsn, err)
		}
		return nil, fmt.Errorf("knowledge base %s: %w", dsn, err)
	}
	return st, nil
}
