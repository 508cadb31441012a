package duckdb

import (
	"context"
	"path/filepath"
	"testing"

	"github.com/pivot-geo/pivot/internal/store"
	"github.com/pivot-geo/pivot/internal/store/storetest"
)

func TestStoreSuite(t *testing.T) {
	storetest.Run(t, func(t *testing.T) store.Store {
		st, err := Open(context.Background(), filepath.Join(t.TempDir(), "kb.duckdb"))
		if err != nil {
			t.Fatal(err)
		}
		t.Cleanup(func() { st.Close() })
		return st
	})
}

func TestReopenKeepsData(t *testing.T) {
	ctx := context.Background()
	path := filepath.Join(t.TempDir(), "kb.duckdb")
	st, err := Open(ctx, path)
	if err != nil {
		t.Fatal(err)
	}
	w, _, err := st.Begin(ctx, store.Batch{Checksum: "x", Source: "s", Format: "text"})
	if err != nil {
		t.Fatal(err)
	}
	if _, err := w.Commit(store.Batch{Checksum: "x", Source: "s", Format: "text"}); err != nil {
		t.Fatal(err)
	}
	st.Close()
	st, err = Open(ctx, path) // migrations must not run twice
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	bs, err := st.Batches(ctx)
	if err != nil || len(bs) != 1 {
		t.Fatalf("after reopen: %v %v", bs, err)
	}
}
