package cli

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/pivot-geo/pivot/internal/store"
)

// Datasets end to end on DuckDB: generate, import real and generated GDELT
// and ICEWS, list the batches, see the rows as events labelled by source,
// re-import (nothing changes), remove a batch.
func TestDatasetBatches(t *testing.T) {
	dir := t.TempDir()
	db := filepath.Join(dir, "kb.duckdb")
	gen := filepath.Join(dir, "gen.export.CSV.gz")
	if _, errs, code := run(t, "", "gen-gdelt", "--rows", "5000", "--seed", "3", "--out", gen); code != 0 {
		t.Fatalf("gen-gdelt: %d %s", code, errs)
	}
	samples := []string{"../ingest/testdata/gdelt/gdelt2_events_mixed_aamend.tsv", "../ingest/testdata/gdelt/gdelt2_mentions_mixed_aamend.tsv",
		"../ingest/testdata/icews/icews_events.2018.sample.tab", gen}
	_, errs, code := run(t, "", append([]string{"ingest", "--db", db}, samples...)...)
	if code != 0 {
		t.Fatalf("ingest: %d %s", code, errs)
	}
	out, errs, code := run(t, "", "batches", "--db", db, "--format", "jsonl")
	if code != 0 {
		t.Fatalf("batches: %d %s", code, errs)
	}
	var bs []store.Batch
	for _, l := range strings.Split(strings.TrimSpace(out), "\n") {
		var b store.Batch
		if err := json.Unmarshal([]byte(l), &b); err != nil {
			t.Fatal(err)
		}
		bs = append(bs, b)
	}
	if len(bs) != 4 || bs[0].Mentions != 82 || bs[0].Skipped != 18 || bs[1].Mentions != 41 || bs[2].Format != "icews" ||
		bs[2].Mentions != 2897 || bs[3].Rows != 5000 || bs[3].Mentions+bs[3].Skipped != 5000 {
		t.Fatalf("batches: %+v", bs)
	}
	out, _, _ = run(t, "", "batches", "--db", db)
	if !strings.Contains(out, "SKIPPED") || !strings.Contains(out, "icews") {
		t.Errorf("batches table:\n%s", out)
	}
	out, errs, code = run(t, "", "events", "--db", db, "--actor", "BGD", "--format", "jsonl")
	if code != 0 || !strings.Contains(out, `"sources":["icews"]`) || !strings.Contains(out, `"cameo":"040"`) {
		t.Errorf("events: %d %s\n%.600s", code, errs, out)
	}
	// Re-import: nothing changes.
	_, errs, _ = run(t, "", append([]string{"ingest", "--db", db}, samples...)...)
	if strings.Count(errs, "already imported") != 4 {
		t.Errorf("re-import:\n%s", errs)
	}
	if _, errs, code := run(t, "", "batches", "--db", db, "--remove", "3"); code != 0 {
		t.Fatalf("remove: %d %s", code, errs)
	}
	out, _, _ = run(t, "", "batches", "--db", db, "--format", "jsonl")
	if strings.Count(out, "\n") != 3 || strings.Contains(out, `"format":"icews"`) {
		t.Errorf("after remove:\n%s", out)
	}
	if _, errs, code := run(t, "", "gen-gdelt", "--rows", "10"); code != 2 || !strings.Contains(errs, "--out") {
		t.Errorf("gen-gdelt without --out: %d %s", code, errs)
	}
	os.Remove(gen)
}
