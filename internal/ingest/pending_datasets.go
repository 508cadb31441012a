package ingest

import (
	"context"
	"fmt"

	"github.com/pivot-geo/pivot/internal/store"
)

// ingestOther handles every format File does not: until the dataset
// importers land it refuses them plainly. (Replaced by datasets.go.)
func ingestOther(ctx context.Context, st store.Store, path, display, format string, data []byte, opt Options) (Report, error) {
	if format == "auto" {
		return Report{File: display}, fmt.Errorf("%s: cannot tell the format; name it with --format", display)
	}
	return Report{File: display}, fmt.Errorf("%s: format %q is not supported", display, format)
}
