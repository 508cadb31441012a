package ingest

import (
	"bufio"
	"bytes"
	"context"
	"crypto/sha1"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"io"
	"os"
	"regexp"
	"sort"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
	"time"

	"github.com/pivot-geo/pivot/internal/event"
	"github.com/pivot-geo/pivot/internal/store"
)

// Dataset formats: streamed from disk with bounded memory, one batch per
// input file (a zip's members all go into its file's batch).
var datasetFormats = map[string]bool{"gdelt": true, "icews": true, "plover": true, "series": true}

// chunkRows is how many mentions are merged and written together.
const chunkRows = 32768

// maxProblems bounds the bad rows a report lists (all are counted).
const maxProblems = 1000

// ingestDatasetFile imports path if it is a dataset: named by opt.Format, or
// recognised from its content when the format is "auto" (handled is false
// otherwise, and the caller goes on with prose and the material tables).
// It streams: the file is read twice (checksum, then import), never held
// in memory. Stdin ("-") with a named dataset format is spooled to a
// temporary file first; with "auto" it is left to the caller.
func ingestDatasetFile(ctx context.Context, st store.Store, path string, opt Options) (rep Report, handled bool, err error) {
	format := opt.Format
	if format != "" && format != "auto" && !datasetFormats[format] {
		return Report{}, false, nil
	}
	display := path
	if path == "-" {
		if !datasetFormats[format] {
			return Report{}, false, nil // auto: File reads stdin and sniffs it
		}
		// A named dataset format on stdin: spool it to disk, then stream.
		tmp, err := spool(os.Stdin)
		if err != nil {
			return Report{File: "stdin"}, true, err
		}
		defer os.Remove(tmp)
		path, display = tmp, "stdin"
	}
	f, err := os.Open(path)
	if err != nil {
		return Report{File: path}, true, err
	}
	defer f.Close()
	fi, err := f.Stat()
	if err != nil {
		return Report{File: path}, true, err
	}
	if fi.IsDir() {
		return Report{File: path}, true, fmt.Errorf("%s: is a directory", path)
	}
	if format == "" || format == "auto" {
		format, err = detectInput(f, fi.Size(), display)
		if err != nil {
			return Report{File: path}, true, err
		}
		if format == "" {
			return Report{}, false, nil // not a dataset: prose or a material table
		}
	}
	rep, err = importDataset(ctx, st, f, fi.Size(), display, format, opt)
	return rep, true, err
}

// ingestOther imports a dataset whose bytes are in memory (stdin).
func ingestOther(ctx context.Context, st store.Store, path, display, format string, data []byte, opt Options) (Report, error) {
	src := bytes.NewReader(data)
	if format == "" || format == "auto" {
		f, err := detectInput(src, int64(len(data)), display)
		if err != nil {
			return Report{File: display}, err
		}
		if f == "" {
			return Report{File: display}, fmt.Errorf("%s: cannot tell the format; name it with --format", display)
		}
		format = f
	}
	if !datasetFormats[format] {
		return Report{File: display}, fmt.Errorf("%s: format %q is not supported (want auto, text, gdelt, icews, plover or series)", display, format)
	}
	return importDataset(ctx, st, src, int64(len(data)), display, format, opt)
}

// detectInput sniffs the first member of an input; "" means not a dataset.
func detectInput(src io.ReaderAt, size int64, name string) (string, error) {
	var format string
	stop := errors.New("stop")
	var read atomic.Int64
	err := eachMember(src, size, name, &read, func(m member) error {
		head := make([]byte, 64<<10)
		n, err := io.ReadFull(m.R, head)
		if err != nil && err != io.ErrUnexpectedEOF && err != io.EOF {
			return err
		}
		format = detect(head[:n])
		return stop
	})
	if err != nil && err != stop {
		return "", err
	}
	return format, nil
}

// importDataset streams one input into one batch.
func importDataset(ctx context.Context, st store.Store, src io.ReaderAt, size int64, display, format string, opt Options) (Report, error) {
	rep := Report{File: display, Format: format}
	started := time.Now()
	h := sha256.New()
	if _, err := io.Copy(h, io.NewSectionReader(src, 0, size)); err != nil {
		return rep, fmt.Errorf("%s: %w", display, err)
	}
	sum := hex.EncodeToString(h.Sum(nil))
	b := store.Batch{Source: display, Format: format, Checksum: format + ":" + sum, Started: started}
	w, old, err := st.Begin(ctx, b)
	if errors.Is(err, store.ErrDuplicate) {
		rep.Batch, rep.Duplicate = *old, true
		return rep, nil
	}
	if err != nil {
		return rep, err
	}
	tParse := time.Now()
	imp := &datasetImport{ctx: ctx, st: st, w: w, opt: opt, reasons: map[string]int{}}
	imp.start()
	var read atomic.Int64
	stopProgress := imp.progress(display, size, &read)
	err = eachMember(src, size, display, &read, func(m member) error {
		return imp.member(m, format)
	})
	if err == nil {
		err = imp.flush()
	}
	if werr := imp.stop(); err == nil || errors.Is(err, errWriter) {
		err = werr
	}
	if err == nil {
		for i := range imp.points {
			if err = w.SeriesPoint(&imp.points[i]); err != nil {
				break
			}
		}
	}
	stopProgress()
	if err == nil && opt.Strict && imp.firstBad != nil {
		err = fmt.Errorf("--strict: %v; nothing of %s was imported (%d bad rows)", *imp.firstBad, display, imp.bad)
	}
	if err != nil {
		w.Rollback()
		rep.Problems = imp.problems
		if errors.Is(err, errStrict) {
			err = fmt.Errorf("--strict: %v; nothing of %s was imported", *imp.firstBad, display)
		}
		return rep, err
	}
	b.Rows, b.Skipped = imp.rows, imp.skipped
	b.Note = imp.note()
	if imp.rows == 0 {
		// An empty GDELT slot (or a header-only table) is "no data", not an
		// error; the batch records that the file was read.
		b.Note = "no records: the file is empty"
	}
	if imp.emitted > 0 {
		// The store counts mentions it did not hold already; say how many rows gave one.
		n := fmt.Sprintf("%d mentions from %d rows", imp.emitted, imp.rows)
		if b.Note != "" {
			n += "; " + b.Note
		}
		b.Note = n
	}
	tc := time.Now()
	if opt.Progress != nil {
		fmt.Fprintf(opt.Progress, "%s: committing %d rows…", display, b.Rows)
	}
	done, err := w.Commit(b)
	if opt.Progress != nil {
		fmt.Fprint(opt.Progress, "\r\033[K")
	}
	if os.Getenv("PIVOT_TIMING") != "" {
		fmt.Fprintf(os.Stderr, "%s: checksum %.2fs, parse+write %.2fs, commit %.2fs\n", display,
			tParse.Sub(b.Started).Seconds(), tc.Sub(tParse).Seconds(), time.Since(tc).Seconds())
	}
	if errors.Is(err, store.ErrDuplicate) {
		rep.Duplicate = true
		rep.Batch = b
		return rep, nil
	}
	if err != nil {
		rep.Problems = imp.problems
		return rep, fmt.Errorf("%s: %w", display, err)
	}
	rep.Batch = done
	rep.Problems = imp.problems
	return rep, nil
}

var errStrict = errors.New("strict: bad row")

// datasetImport collects one batch's rows. Parsing and merging run on the
// caller's goroutine; writing runs on a second one (start), chunk by chunk,
// so that a two-core machine does both at once. Memory stays bounded: at
// most three chunks exist at a time.
type datasetImport struct {
	ctx      context.Context
	st       store.Store
	w        store.Writer
	opt      Options
	chunk    []event.Mention
	points   []event.SeriesPoint
	rows     int
	emitted  int
	skipped  int
	bad      int
	firstBad *RowError
	problems []RowError
	reasons  map[string]int

	stored map[string]*event.Mention // GDELT event rows found in the store

	seen atomic.Int64 // rows handled, for progress

	full   chan chunk           // merged chunks to write
	free   chan []event.Mention // written chunks, for reuse
	werr   atomic.Pointer[error]
	wdone  chan struct{}
	closed bool
}

var errWriter = errors.New("writer failed")

// start launches the merging and writing goroutine.
func (d *datasetImport) start() {
	d.full = make(chan chunk, 1)
	d.free = make(chan []event.Mention, 2)
	d.wdone = make(chan struct{})
	go func() {
		defer close(d.wdone)
		for ch := range d.full {
			if d.werr.Load() == nil {
				if err := d.write(ch); err != nil {
					d.werr.Store(&err)
				}
			}
			clear(ch.ms) // drop references for the collector
			select {
			case d.free <- ch.ms[:0]:
			default:
			}
		}
	}()
}

// stop waits for the writer and returns its error.
func (d *datasetImport) stop() error {
	if !d.closed {
		d.closed = true
		close(d.full)
	}
	<-d.wdone
	if p := d.werr.Load(); p != nil {
		return *p
	}
	return nil
}

func (d *datasetImport) member(m member, format string) error {
	if format == "auto" {
		br := bufio.NewReaderSize(m.R, 64<<10)
		head, _ := br.Peek(64 << 10)
		format = detect(head)
		if format == "" {
			return &FormatError{m.Name, 0, "cannot tell the format; name it with --format"}
		}
		m.R = br
	}
	var rows int
	var err error
	switch format {
	case "gdelt":
		p := &gdeltParser{name: m.Name, translingual: strings.Contains(strings.ToLower(m.Name), "translation"),
			lookup: d.lookupGDELT, remember: rememberGDELT}
		rows, err = p.parse(m.R, d.emit, d.reject)
	case "icews":
		rows, err = parseICEWS(m.R, m.Name, d.emit, d.reject)
	case "plover":
		rows, err = parsePLOVER(m.R, m.Name, d.emit, d.reject)
	case "series":
		br := bufio.NewReaderSize(m.R, 64<<10)
		head, _ := br.Peek(4096)
		if f := sniffFormat(m.Name, head); f == "sipri" || f == "crs" {
			// The two material tables load through their own readers (flows.go).
			data, err := io.ReadAll(br)
			if err != nil {
				return &FormatError{m.Name, 0, err.Error()}
			}
			parse := parseSIPRI
			if f == "crs" {
				parse = parseUSAid
			}
			pts, err := parse(m.Name, data)
			if err != nil {
				return err
			}
			for _, p := range pts {
				if err := d.point(p); err != nil {
					return err
				}
			}
			d.rows += len(pts)
			return nil
		}
		rows, err = parseSeriesCSV(br, m.Name, d.point, d.reject)
	default:
		return fmt.Errorf("%s: format %q is not a dataset format", m.Name, format)
	}
	d.rows += rows
	return err
}

func (d *datasetImport) emit(m event.Mention) error {
	if d.opt.Strict && d.firstBad != nil {
		return errStrict
	}
	if d.chunk == nil {
		select {
		case d.chunk = <-d.free:
		default:
			d.chunk = make([]event.Mention, 0, chunkRows)
		}
	}
	d.chunk = append(d.chunk, m)
	d.emitted++
	d.seen.Add(1)
	if len(d.chunk) >= chunkRows {
		return d.flush()
	}
	return nil
}

func (d *datasetImport) point(p event.SeriesPoint) error {
	if d.opt.Strict && d.firstBad != nil {
		return errStrict
	}
	d.points = append(d.points, p)
	return nil
}

func (d *datasetImport) reject(e RowError) {
	d.skipped++
	d.seen.Add(1)
	d.reasons[reasonKind(e.Reason)]++
	if isDropped(e) {
		return
	}
	d.bad++
	if d.firstBad == nil {
		d.firstBad = &e
	}
	if len(d.problems) < maxProblems {
		d.problems = append(d.problems, e)
	}
}

// chunk is a batch of mentions and the events they merge into.
type chunk struct {
	ms  []event.Mention
	evs []event.Event
}

// flush merges the current chunk and hands it to the writer.
func (d *datasetImport) flush() error {
	if err := d.ctx.Err(); err != nil {
		return err
	}
	if d.werr.Load() != nil {
		return errWriter
	}
	if len(d.chunk) == 0 {
		return nil
	}
	// Merging runs here, on the parsing goroutine: writing is the slower stage.
	d.full <- chunk{ms: d.chunk, evs: mergeDataset(d.chunk)}
	d.chunk = nil
	return nil
}

// write writes a chunk's events and mentions. Events
// have deterministic ids, so a happening split across chunks, files or
// batches is one event: the store keeps the first and attaches later
// mentions to it.
func (d *datasetImport) write(ch chunk) error {
	evs, ms := ch.evs, ch.ms
	for i := range evs {
		if err := d.w.Event(&evs[i]); err != nil {
			return err
		}
	}
	for i := range ms {
		if err := d.w.Mention(&ms[i]); err != nil {
			return err
		}
	}
	return nil
}

// note summarises why rows were skipped, for the batch record.
func (d *datasetImport) note() string {
	if len(d.reasons) == 0 {
		return ""
	}
	keys := make([]string, 0, len(d.reasons))
	for k := range d.reasons {
		keys = append(keys, k)
	}
	sort.Slice(keys, func(i, j int) bool {
		if d.reasons[keys[i]] != d.reasons[keys[j]] {
			return d.reasons[keys[i]] > d.reasons[keys[j]]
		}
		return keys[i] < keys[j]
	})
	var sb strings.Builder
	sb.WriteString("skipped: ")
	for i, k := range keys {
		if i > 0 {
			sb.WriteString("; ")
		}
		fmt.Fprintf(&sb, "%d × %s", d.reasons[k], strings.TrimPrefix(k, droppedPrefix))
	}
	return sb.String()
}

var reQuoted = regexp.MustCompile(`"[^"]*"`)

// reasonKind groups reasons for the summary: quoted values are blanked
// ("EventCode \"999\" is not …" → "EventCode … is not …").
func reasonKind(r string) string {
	if !strings.Contains(r, `"`) {
		return r
	}
	return reQuoted.ReplaceAllString(r, "…")
}

// progress prints a progress line on opt.Progress (a terminal) twice a
// second; the returned function ends it.
func (d *datasetImport) progress(name string, size int64, read *atomic.Int64) func() {
	if d.opt.Progress == nil {
		return func() {}
	}
	w := d.opt.Progress
	start := time.Now()
	done := make(chan struct{})
	var wg sync.WaitGroup
	wg.Add(1)
	show := func(final bool) {
		n := read.Load()
		pct := 100.0
		if size > 0 {
			pct = 100 * float64(n) / float64(size)
		}
		el := time.Since(start).Seconds()
		rate := 0.0
		if el > 0 {
			rate = float64(n) / el / (1 << 20)
		}
		bar := strings.Repeat("█", int(pct/5)) + strings.Repeat("░", 20-int(pct/5))
		end := "\r"
		if final {
			end = "\n"
		}
		fmt.Fprintf(w, "\r%s %s %5.1f%% %d rows %.1f MB/s %s", bar, name, pct, d.seen.Load(), rate, end)
	}
	go func() {
		defer wg.Done()
		t := time.NewTicker(500 * time.Millisecond)
		defer t.Stop()
		for {
			select {
			case <-done:
				if time.Since(start) > 500*time.Millisecond {
					show(true)
				}
				return
			case <-t.C:
				show(false)
			}
		}
	}()
	return func() { close(done); wg.Wait() }
}

// GDELT Mentions rows join events by GLOBALEVENTID: first among the event
// rows read in this process, then among those already stored.
var (
	gdeltIndexMu sync.Mutex
	gdeltIndex   = map[string]gdeltIndexed{}
)

// maxGDELTIndex bounds the in-process index of event rows (about 450 bytes
// each); it keeps the most recent ones, and Mentions rows of older events
// are joined through the store.
const maxGDELTIndex = 100_000

type gdeltIndexed struct {
	m       *event.Mention
	dropped string
}

func rememberGDELT(geid string, m *event.Mention, droppedCode string) {
	gdeltIndexMu.Lock()
	defer gdeltIndexMu.Unlock()
	if len(gdeltIndex) >= maxGDELTIndex {
		// Start over: the rows read last are the ones a Mentions file that
		// follows its events file needs.
		gdeltIndex = make(map[string]gdeltIndexed, maxGDELTIndex)
	}
	var cp *event.Mention
	if m != nil {
		c := *m
		cp = &c
	}
	gdeltIndex[geid] = gdeltIndexed{cp, droppedCode}
}

func (d *datasetImport) lookupGDELT(geid string) (*event.Mention, string, bool) {
	gdeltIndexMu.Lock()
	x, ok := gdeltIndex[geid]
	gdeltIndexMu.Unlock()
	if ok {
		return x.m, x.dropped, true
	}
	if d.st == nil {
		return nil, "", false
	}
	// Mentions rows of one event come together: ask the store once per event.
	if c, ok := d.stored[geid]; ok {
		return c, "", c != nil
	}
	if d.stored == nil || len(d.stored) > 10_000 {
		d.stored = map[string]*event.Mention{}
	}
	ms, err := d.st.Mentions(d.ctx, "", "gdelt:"+geid)
	if err != nil {
		return nil, "", false
	}
	for i := range ms {
		if ms[i].ID == "gdelt:"+geid {
			d.stored[geid] = &ms[i]
			return &ms[i], "", true
		}
	}
	d.stored[geid] = nil
	return nil, "", false
}

// mergeDataset merges a chunk of dataset mentions into events: rows that
// report the same happening (same unordered dyad, type and day) become one
// event keeping every row as a mention. It is merge.Merge's rule for
// dataset rows, with the same event ids ("ev-" + sha1 of
// "d|dyad|TYPE|day"), so chunks, files, batches and sources agree; it
// groups through one map instead of merge's per-dyad scan, which matters
// at millions of rows (TestMergeDatasetMatchesMerge keeps the two equal).
// Rows with no actor code on either side (GDELT actors without a country)
// would all share the empty dyad; each becomes an event of its own.
func mergeDataset(ms []event.Mention) []event.Event {
	type group struct {
		id string
		ms []int32
	}
	idx := make(map[string]int, len(ms)/2)
	groups := make([]group, 0, len(ms)/2)
	var kb []byte
	var codes [8]string
	for i := range ms {
		m := &ms[i]
		var id string
		if len(m.Actor) == 0 && len(m.Recipient) == 0 {
			id = datasetEventID(m)
		} else {
			cs := codes[:0]
			for _, c := range m.Actor {
				cs = appendUniq(cs, c)
			}
			for _, c := range m.Recipient {
				cs = appendUniq(cs, c)
			}
			sort.Strings(cs)
			kb = append(kb[:0], "d|"...)
			for j, c := range cs {
				if j > 0 {
					kb = append(kb, '+')
				}
				kb = append(kb, c...)
			}
			kb = append(kb, '|')
			kb = append(kb, m.Type...)
			kb = append(kb, '|')
			kb = appendDate(kb, m.Date)
			if j, ok := idx[string(kb)]; ok {
				groups[j].ms = append(groups[j].ms, int32(i))
				m.Event = groups[j].id
				continue
			}
			sum := sha1.Sum(kb)
			id = "ev-" + hex.EncodeToString(sum[:8])
			idx[string(kb)] = len(groups)
			groups = append(groups, group{id: id, ms: []int32{int32(i)}})
			m.Event = id
			continue
		}
		m.Event = id
		groups = append(groups, group{id: id, ms: []int32{int32(i)}})
	}
	evs := make([]event.Event, len(groups))
	for gi, g := range groups {
		best := g.ms[0]
		for _, i := range g.ms[1:] {
			if ms[i].Confidence > ms[best].Confidence {
				best = i
			}
		}
		b := &ms[best]
		e := event.Event{
			ID: g.id, Date: b.Date, End: b.End, Actor: b.Actor, Recipient: b.Recipient, Type: b.Type,
			Mode: b.Mode, Amount: b.Amount, Status: b.Status, Quote: b.Quote, Doc: b.Doc, Span: b.Span,
			Confidence: b.Confidence, Review: event.Proposed, Version: 1, CAMEO: b.CAMEO, Goldstein: b.Goldstein,
			Mentions: make([]string, 0, len(g.ms)),
		}
		var ctx []string
		for _, i := range g.ms {
			m := &ms[i]
			if e.End.IsZero() && !m.End.IsZero() {
				e.End = m.End
			}
			if e.Amount == nil && m.Amount != nil {
				e.Amount = m.Amount
			}
			if e.Mode == "" && m.Mode != "" {
				e.Mode = m.Mode
			}
			for _, x := range m.Context {
				ctx = appendUniq(ctx, x)
			}
			e.Sources = appendUniq(e.Sources, m.Source)
			e.Mentions = append(e.Mentions, m.ID)
		}
		sort.Strings(ctx)
		e.Context = ctx
		e.Score = e.Type.ModeScore(e.Mode)
		evs[gi] = e
	}
	return evs
}

// datasetEventID keys an actor-less row's own event on its type, day and
// document.
func datasetEventID(m *event.Mention) string {
	// Same shape as merge's dataset keys ("d|dyad|type|day"), plus the doc.
	sum := sha1.Sum([]byte("d||" + string(m.Type) + "|" + m.Date.String() + "|" + m.Doc))
	return "ev-" + hex.EncodeToString(sum[:8])
}

// appendDate appends d as event.Date.String writes it.
func appendDate(b []byte, d event.Date) []byte {
	if d.Year == 0 {
		return b
	}
	pad := func(b []byte, n, w int) []byte {
		s := strconv.Itoa(n)
		for i := len(s); i < w; i++ {
			b = append(b, '0')
		}
		return append(b, s...)
	}
	b = pad(b, d.Year, 4)
	if d.Month == 0 {
		return b
	}
	b = pad(append(b, '-'), d.Month, 2)
	if d.Day == 0 {
		return b
	}
	return pad(append(b, '-'), d.Day, 2)
}
