package cli

import (
	"context"
	"fmt"
	"strings"

	"github.com/pivot-geo/pivot/internal/store"
	"github.com/pivot-geo/pivot/internal/store/duckdb"
)

// OpenStore opens the knowledge base a --db value names: a DuckDB file
// path, or a postgres:// URL.
func OpenStore(ctx context.Context, dsn string) (store.Store, error) {
	if strings.HasPrefix(dsn, "postgres://") || strings.HasPrefix(dsn, "postgresql://") {
		return openPostgres(ctx, dsn)
	}
	st, err := duckdb.Open(ctx, dsn)
	if err != nil {
		return nil, fmt.Errorf("knowledge base %s: %w (is another pivot process using it?)", dsn, err)
	}
	return st, nil
}
