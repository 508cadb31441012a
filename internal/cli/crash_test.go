//go:build linux

package cli

import (
	"context"
	"errors"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"sync"
	"syscall"
	"testing"
	"time"
	"unsafe"

	"github.com/pivot-geo/pivot/internal/ingest"
	"github.com/pivot-geo/pivot/internal/store/duckdb"
)

// TestCrashSafeIngest (issue 8): a real `pivot ingest` process of a large
// generated GDELT file is SIGKILLed twice — once while parsing and staging
// rows, once while its commit is writing to the database file — and each
// time the store is reopened and must be exactly as before the run: no
// batch row, no mention, event, document, series point or claim of the
// killed run, nothing that belongs to no batch. A re-run then completes
// and stores exactly the rows the importer reports, and a third run is a
// no-op. Skipped under -short; about 30–40 s on two cores.
func TestCrashSafeIngest(t *testing.T) {
	if testing.Short() {
		t.Skip("crash test skipped in -short mode")
	}
	if os.Getenv("PIVOT_CRASH_ROWS") == "0" {
		t.Skip("PIVOT_CRASH_ROWS=0")
	}
	rows := 300_000
	if v := os.Getenv("PIVOT_CRASH_ROWS"); v != "" {
		fmt.Sscan(v, &rows)
	}
	dir := t.TempDir()
	bin := filepath.Join(dir, "pivot")
	build := exec.Command("go", "build", "-o", bin, "github.com/pivot-geo/pivot/cmd/pivot")
	build.Env = append(os.Environ(), "CGO_ENABLED=1")
	if out, err := build.CombinedOutput(); err != nil {
		t.Fatalf("go build: %v\n%s", err, out)
	}
	gen := func(name string, n int, seed uint64) string {
		p := filepath.Join(dir, name)
		f, err := os.Create(p)
		if err != nil {
			t.Fatal(err)
		}
		if err := ingest.GenerateGDELT(f, ingest.GenOptions{Rows: n, Seed: seed, Version: 2}); err != nil {
			t.Fatal(err)
		}
		if err := f.Close(); err != nil {
			t.Fatal(err)
		}
		return p
	}
	small := gen("small.export.CSV", 2000, 11)
	big := gen("big.export.CSV", rows, 12)
	db := filepath.Join(dir, "kb.duckdb")

	pivot := func(args ...string) *exec.Cmd {
		cmd := exec.Command(bin, args...)
		cmd.Env = append(os.Environ(), "PIVOT_DB=")
		return cmd
	}
	if out, err := pivot("ingest", "--db", db, small).CombinedOutput(); err != nil {
		t.Fatalf("ingest small file: %v\n%s", err, out)
	}
	before := snapshot(t, db)
	if before.batches != 1 || before.tables["mentions"] == 0 {
		t.Fatalf("after the small ingest: %+v", before)
	}

	// killAt starts an ingest of the big file with its stderr on a
	// pseudo-terminal, so it prints progress ("… 45.0% …", "committing …"),
	// and SIGKILLs it when ready says so; it reports whether the process
	// was still running then.
	killAt := func(what string, ready func(progress string) bool) bool {
		cmd := pivot("ingest", "--db", db, big)
		prog := &progressLog{}
		master, slave, err := openPTY()
		if err != nil {
			// Containers without devpts: the kill points need the progress display.
			t.Skipf("no pseudo-terminal for the progress display (%v): crash test skipped", err)
		}
		defer master.Close()
		cmd.Stderr = slave
		if err := cmd.Start(); err != nil {
			t.Fatal(err)
		}
		slave.Close()
		go prog.copy(master)
		exited := make(chan error, 1)
		go func() { exited <- cmd.Wait() }()
		start := time.Now()
		tick := time.NewTicker(10 * time.Millisecond)
		defer tick.Stop()
		for {
			select {
			case err := <-exited:
				if err != nil {
					t.Fatalf("%s: ingest failed before the kill: %v\n%s", what, err, prog.String())
				}
				t.Logf("%s: the ingest finished (%v) before the kill point; nothing to check", what, time.Since(start))
				return false
			case <-tick.C:
			}
			if !ready(prog.String()) {
				if time.Since(start) > 50*time.Second {
					cmd.Process.Kill()
					t.Fatalf("%s: kill point never reached; progress:\n%q", what, prog.String())
				}
				continue
			}
			if err := cmd.Process.Signal(syscall.SIGKILL); err != nil {
				t.Fatal(err)
			}
			err := <-exited
			var ee *exec.ExitError
			if !errors.As(err, &ee) || ee.Sys().(syscall.WaitStatus).Signal() != syscall.SIGKILL {
				t.Logf("%s: the ingest ended (%v) as the kill was sent; nothing to check", what, err)
				return false
			}
			last := prog.String()
			if i := strings.LastIndexByte(strings.TrimRight(last, "\r\n "), '\r'); i >= 0 {
				last = last[i+1:]
			}
			t.Logf("%s: SIGKILL after %v at %q", what, time.Since(start).Round(time.Millisecond), strings.TrimSpace(last))
			return true
		}
	}
	checkUnchanged := func(what string) {
		t.Helper()
		after := snapshot(t, db)
		if after.String() != before.String() {
			t.Errorf("%s: store changed by a killed ingest:\n before %v\n after  %v", what, before, after)
		}
		if after.orphans != "" {
			t.Errorf("%s: rows without a batch: %s", what, after.orphans)
		}
	}

	// 1. Part-way through parsing and staging: between 30 and 90 % read.
	if killAt("kill while staging", func(p string) bool {
		pct := lastPercent(p)
		return pct >= 30 && pct < 90 && !strings.Contains(p, "committing")
	}) {
		checkUnchanged("kill while staging")
	}
	// 2. During the commit: once it started, the database file grows as
	// the staged rows are written into it; kill when 1 MiB went in.
	var base int64 = -1
	if killAt("kill while committing", func(p string) bool {
		if !strings.Contains(p, "committing") {
			return false
		}
		if base < 0 {
			base = fileSize(db)
		}
		return fileSize(db) > base+1<<20
	}) {
		checkUnchanged("kill while committing")
	}

	// 3. A re-run completes with the exact row counts.
	out, err := pivot("ingest", "--db", db, big).CombinedOutput()
	if err != nil {
		t.Fatalf("re-run: %v\n%s", err, out)
	}
	t.Logf("re-run: %s", strings.TrimSpace(string(out)))
	final := snapshot(t, db)
	if final.orphans != "" {
		t.Errorf("after the re-run, rows without a batch: %s", final.orphans)
	}
	if final.batches != 2 {
		t.Fatalf("after the re-run: %d batches, want 2", final.batches)
	}
	b := final.last
	if b.rows != rows {
		t.Errorf("re-run batch read %d rows, want %d", b.rows, rows)
	}
	var emitted, fromRows int
	if _, err := fmt.Sscanf(b.note, "%d mentions from %d rows", &emitted, &fromRows); err != nil || fromRows != rows {
		t.Errorf("batch note %q: want \"N mentions from %d rows\"", b.note, rows)
	}
	if b.mentions != emitted || b.mentionRows != b.mentions || final.tables["mentions"] != before.tables["mentions"]+b.mentions {
		t.Errorf("mentions: importer emitted %d, batch records %d, table holds %d for the batch and %d in all (before: %d)",
			emitted, b.mentions, b.mentionRows, final.tables["mentions"], before.tables["mentions"])
	}
	if b.eventRows != b.events || final.tables["events"] != before.tables["events"]+b.events {
		t.Errorf("events: batch records %d, table holds %d for the batch and %d in all (before: %d)",
			b.events, b.eventRows, final.tables["events"], before.tables["events"])
	}
	// 4. Running it again changes nothing.
	out, err = pivot("ingest", "--db", db, big).CombinedOutput()
	if err != nil || !strings.Contains(string(out), "already imported") {
		t.Errorf("third run: %v\n%s", err, out)
	}
	if again := snapshot(t, db); again.String() != final.String() {
		t.Errorf("a duplicate run changed the store:\n %v\n %v", final, again)
	}
}

func fileSize(p string) int64 {
	fi, err := os.Stat(p)
	if err != nil {
		return 0
	}
	return fi.Size()
}

type kbSnapshot struct {
	batches int
	tables  map[string]int
	orphans string
	last    struct {
		rows, mentions, events int
		note                   string
		mentionRows, eventRows int
	}
}

func (s kbSnapshot) String() string {
	var b strings.Builder
	fmt.Fprintf(&b, "batches=%d", s.batches)
	for _, t := range kbTables {
		fmt.Fprintf(&b, " %s=%d", t, s.tables[t])
	}
	return b.String()
}

var kbTables = []string{"documents", "events", "mentions", "series", "claims", "audit"}

// snapshot opens the store (replaying what a killed process left) and
// counts its rows, rows whose batch is not recorded, and the last batch.
func snapshot(t *testing.T, db string) kbSnapshot {
	t.Helper()
	ctx := context.Background()
	st, err := duckdb.Open(ctx, db)
	if err != nil {
		t.Fatalf("reopen after the kill: %v", err)
	}
	defer st.Close()
	q := func(sql string, dst ...any) {
		t.Helper()
		if err := st.DB.QueryRowContext(ctx, sql).Scan(dst...); err != nil {
			t.Fatalf("%s: %v", sql, err)
		}
	}
	s := kbSnapshot{tables: map[string]int{}}
	q(`SELECT count(*) FROM batches`, &s.batches)
	var orphans []string
	for _, tbl := range kbTables {
		var n int
		q(`SELECT count(*) FROM `+tbl, &n)
		s.tables[tbl] = n
		if tbl == "audit" {
			continue
		}
		var o int
		q(`SELECT count(*) FROM `+tbl+` WHERE batch NOT IN (SELECT id FROM batches)`, &o)
		if o > 0 {
			orphans = append(orphans, fmt.Sprintf("%s: %d", tbl, o))
		}
	}
	var o int
	q(`SELECT count(*) FROM mentions m WHERE m.event IS NOT NULL AND m.event <> '' AND NOT EXISTS (SELECT 1 FROM events e WHERE e.id = m.event)`, &o)
	if o > 0 {
		orphans = append(orphans, fmt.Sprintf("mentions of no stored event: %d", o))
	}
	s.orphans = strings.Join(orphans, ", ")
	if s.batches > 0 {
		var id int64
		q(`SELECT id, rows, mentions, events, coalesce(note, '') FROM batches ORDER BY id DESC LIMIT 1`,
			&id, &s.last.rows, &s.last.mentions, &s.last.events, &s.last.note)
		q(fmt.Sprintf(`SELECT count(*) FROM mentions WHERE batch = %d`, id), &s.last.mentionRows)
		q(fmt.Sprintf(`SELECT count(*) FROM events WHERE batch = %d`, id), &s.last.eventRows)
	}
	return s
}

// progressLog collects what the ingest prints on its terminal.
type progressLog struct {
	mu sync.Mutex
	b  strings.Builder
}

func (p *progressLog) copy(f *os.File) {
	buf := make([]byte, 4096)
	for {
		n, err := f.Read(buf)
		p.mu.Lock()
		p.b.Write(buf[:n])
		p.mu.Unlock()
		if err != nil {
			return
		}
	}
}

func (p *progressLog) String() string {
	p.mu.Lock()
	defer p.mu.Unlock()
	return p.b.String()
}

// lastPercent is the last "NN.N%" of the progress display, or -1.
func lastPercent(s string) float64 {
	i := strings.LastIndex(s, "%")
	if i < 0 {
		return -1
	}
	j := i
	for j > 0 && (s[j-1] == '.' || s[j-1] >= '0' && s[j-1] <= '9') {
		j--
	}
	var v float64
	if _, err := fmt.Sscan(s[j:i], &v); err != nil {
		return -1
	}
	return v
}

// openPTY opens a pseudo-terminal pair (Linux): the slave end is a
// character device, which is what pivot checks before showing progress.
func openPTY() (master, slave *os.File, err error) {
	master, err = os.OpenFile("/dev/ptmx", os.O_RDWR|syscall.O_NOCTTY, 0)
	if err != nil {
		return nil, nil, err
	}
	var unlock int32
	if _, _, e := syscall.Syscall(syscall.SYS_IOCTL, master.Fd(), syscall.TIOCSPTLCK, uintptr(unsafe.Pointer(&unlock))); e != 0 {
		master.Close()
		return nil, nil, e
	}
	var n uint32
	if _, _, e := syscall.Syscall(syscall.SYS_IOCTL, master.Fd(), syscall.TIOCGPTN, uintptr(unsafe.Pointer(&n))); e != 0 {
		master.Close()
		return nil, nil, e
	}
	slave, err = os.OpenFile(fmt.Sprintf("/dev/pts/%d", n), os.O_RDWR|syscall.O_NOCTTY, 0)
	if err != nil {
		master.Close()
		return nil, nil, err
	}
	return master, slave, nil
}
