package postgres

import (
	"context"
	"errors"
	"fmt"
	"sync"
	"sync/atomic"
	"testing"

	"github.com/pivot-geo/pivot/internal/event"
	"github.com/pivot-geo/pivot/internal/store"
	"github.com/pivot-geo/pivot/internal/store/postgres/pgtest"
	"github.com/pivot-geo/pivot/internal/store/storetest"
)

func open(t *testing.T) *Store {
	st, err := Open(context.Background(), pgtest.DSN(t))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { st.Close() })
	return st
}

func TestStoreSuite(t *testing.T) {
	storetest.Run(t, func(t *testing.T) store.Store { return open(t) })
}

// TestConcurrentReviewsLoseNothing: two analysts edit the same event from
// the same version; exactly one wins and the other gets a conflict.
func TestConcurrentReviewsLoseNothing(t *testing.T) {
	st := open(t)
	ctx := context.Background()
	w, _, err := st.Begin(ctx, store.Batch{Checksum: "c"})
	if err != nil {
		t.Fatal(err)
	}
	e := event.Event{ID: "e1", Date: event.Y(2015), Actor: []string{"RUS"}, Recipient: []string{"PAK"}, Type: event.Aid, Version: 1}
	w.Event(&e)
	if _, err := w.Commit(store.Batch{Checksum: "c"}); err != nil {
		t.Fatal(err)
	}
	var wg sync.WaitGroup
	var ok, conflict atomic.Int32
	for i := 0; i < 8; i++ {
		wg.Add(1)
		go func(i int) {
			defer wg.Done()
			r := event.Accepted
			if i%2 == 0 {
				r = event.Rejected
			}
			_, err := st.Review(ctx, "e1", 1, fmt.Sprintf("analyst%d", i), store.Edit{Review: &r})
			switch {
			case err == nil:
				ok.Add(1)
			case errors.Is(err, store.ErrConflict):
				conflict.Add(1)
			default:
				t.Error(err)
			}
		}(i)
	}
	wg.Wait()
	if ok.Load() != 1 || conflict.Load() != 7 {
		t.Fatalf("%d edits won, %d conflicts; want 1 and 7", ok.Load(), conflict.Load())
	}
	aud, _ := st.Audit(ctx, "e1")
	if len(aud) != 1 {
		t.Fatalf("audit has %d entries, want 1", len(aud))
	}
}

// TestConcurrentIngestsBothLand: two batches of different files written at
// the same time both commit, sharing one event without duplicating it.
func TestConcurrentIngestsBothLand(t *testing.T) {
	st := open(t)
	ctx := context.Background()
	var wg sync.WaitGroup
	errs := make(chan error, 2)
	for i := 0; i < 2; i++ {
		wg.Add(1)
		go func(i int) {
			defer wg.Done()
			sum := fmt.Sprintf("file%d", i)
			w, _, err := st.Begin(ctx, store.Batch{Checksum: sum})
			if err != nil {
				errs <- err
				return
			}
			for j := 0; j < 500; j++ {
				id := fmt.Sprintf("e%d", j) // half shared across the two files
				if j%2 == 1 {
					id = fmt.Sprintf("e%d-%d", j, i)
				}
				e := event.Event{ID: id, Date: event.Y(2000 + j%20), Actor: []string{"USA"}, Recipient: []string{"PAK"}, Type: event.Consult}
				m := event.Mention{ID: fmt.Sprintf("m%d-%d", j, i), Event: id, Actor: e.Actor, Recipient: e.Recipient, Type: e.Type, Source: "gdelt"}
				w.Event(&e)
				w.Mention(&m)
			}
			_, err = w.Commit(store.Batch{Checksum: sum})
			errs <- err
		}(i)
	}
	wg.Wait()
	close(errs)
	for err := range errs {
		if err != nil {
			t.Fatal(err)
		}
	}
	evs, err := st.Events(ctx, store.Filter{})
	if err != nil {
		t.Fatal(err)
	}
	if len(evs) != 750 {
		t.Fatalf("%d events, want 750 (250 shared + 2×250 own)", len(evs))
	}
	bs, _ := st.Batches(ctx)
	if len(bs) != 2 {
		t.Fatalf("%d batches", len(bs))
	}
}
