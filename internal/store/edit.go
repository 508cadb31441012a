package store

import (
	"fmt"

	"github.com/pivot-geo/pivot/internal/event"
)

// ApplyEdit returns e with ed applied, validated; both backends use it so
// review rules are the same everywhere.
func ApplyEdit(e event.Event, ed Edit) (event.Event, error) {
	if ed.Review != nil {
		switch *ed.Review {
		case event.Proposed, event.Accepted, event.Rejected:
			e.Review = *ed.Review
		default:
			return e, fmt.Errorf("review %q: want proposed, accepted or rejected", *ed.Review)
		}
	}
	if ed.Type != nil {
		if !ed.Type.Valid() {
			return e, fmt.Errorf("type %q is not a PLOVER event type", *ed.Type)
		}
		e.Type = *ed.Type
	}
	if ed.Date != nil {
		e.Date = *ed.Date
	}
	if ed.End != nil {
		e.End = *ed.End
	}
	if ed.Actor != nil {
		e.Actor = ed.Actor
	}
	if ed.Recipient != nil {
		e.Recipient = ed.Recipient
	}
	if ed.Amount != nil {
		if ed.Amount.Value == 0 && ed.Amount.Currency == "" {
			e.Amount = nil
		} else {
			a := *ed.Amount
			e.Amount = &a
		}
	}
	if len(e.Actor) == 0 {
		return e, fmt.Errorf("an event needs at least one actor")
	}
	e.Score = e.Type.ModeScore(e.Mode)
	return e, nil
}
