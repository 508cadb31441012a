package cli

import (
	"context"
	"fmt"

	"github.com/pivot-geo/pivot/internal/store"
)

// openPostgres is replaced when the PostgreSQL backend lands (issue 7).
func openPostgres(ctx context.Context, dsn string) (store.Store, error) {
	return nil, fmt.Errorf("--db %s: the PostgreSQL backend is not part of this build yet; use a DuckDB file path", redact(dsn))
}
