package postgres

import (
	"encoding/json"

	"github.com/pivot-geo/pivot/internal/event"
)

func jsonSpans(s []event.Span) (string, error) {
	if s == nil {
		s = []event.Span{}
	}
	b, err := json.Marshal(s)
	return string(b), err
}
