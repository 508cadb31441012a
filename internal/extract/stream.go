package extract

import (
	"bufio"
	"context"
	"errors"
	"io"
	"strconv"
	"strings"
	"sync"

	"github.com/pivot-geo/pivot/internal/event"
)

// maxLine bounds one input line held in memory; longer lines are processed
// in pieces of this size (a sentence never spans two pieces).
const maxLine = 1 << 20

// batchBytes is how much text one worker job holds.
const batchBytes = 256 << 10

type job struct {
	seq   int
	lines []string
	offs  []int // byte offset of each line in the stream
	first int   // line number of lines[0]
	out   []event.Mention
	sents int
}

// Stream extracts from a large reader with bounded memory. Each line is a
// paragraph; lines are batched, batches are extracted by `workers`
// goroutines, and mentions are emitted in input order. Mention ids are
// "<docID>-l<line>-s<sentence>-m<mention>" and spans are byte offsets in the
// stream, so they stay deterministic for any worker count.
func (x *Extractor) Stream(ctx context.Context, r io.Reader, docID string, opt Options, workers int, emit func(event.Mention) error) (sentences int, err error) {
	if workers < 1 {
		workers = 1
	}
	ctx, cancel := context.WithCancel(ctx)
	defer cancel()
	jobs := make(chan *job, workers)
	done := make(chan *job, workers)
	var wg sync.WaitGroup
	for w := 0; w < workers; w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for j := range jobs {
				x.runJob(j, docID, opt)
				select {
				case done <- j:
				case <-ctx.Done():
					return
				}
			}
		}()
	}
	// reader: fills jobs; in-flight work is bounded by a semaphore so
	// memory stays constant on multi-gigabyte inputs.
	sem := make(chan struct{}, 2*workers)
	readErr := make(chan error, 1)
	go func() {
		defer close(jobs)
		br := bufio.NewReaderSize(r, 64<<10)
		seq, line, off := 0, 0, 0
		cur := &job{seq: seq}
		size := 0
		flush := func() bool {
			if len(cur.lines) == 0 {
				return true
			}
			select {
			case sem <- struct{}{}:
			case <-ctx.Done():
				return false
			}
			select {
			case jobs <- cur:
			case <-ctx.Done():
				return false
			}
			seq++
			cur = &job{seq: seq, first: line}
			size = 0
			return true
		}
		var buf []byte
		for {
			chunk, err := br.ReadSlice('\n')
			buf = append(buf, chunk...)
			if errors.Is(err, bufio.ErrBufferFull) && len(buf) < maxLine {
				continue
			}
			if len(buf) > 0 {
				if len(cur.lines) == 0 {
					cur.first = line
				}
				cur.lines = append(cur.lines, string(buf))
				cur.offs = append(cur.offs, off)
				off += len(buf)
				size += len(buf)
				if buf[len(buf)-1] == '\n' || err == io.EOF {
					line++
				}
				buf = buf[:0]
				if size >= batchBytes && !flush() {
					readErr <- ctx.Err()
					return
				}
			}
			if err != nil && !errors.Is(err, bufio.ErrBufferFull) {
				if err != io.EOF {
					readErr <- err
					return
				}
				break
			}
		}
		if !flush() {
			readErr <- ctx.Err()
			return
		}
		readErr <- nil
	}()
	go func() { wg.Wait(); close(done) }()
	pending := map[int]*job{}
	next := 0
	var emitErr error
	for j := range done {
		pending[j.seq] = j
		for {
			pj, ok := pending[next]
			if !ok {
				break
			}
			delete(pending, next)
			next++
			<-sem
			sentences += pj.sents
			if emitErr == nil {
				for _, m := range pj.out {
					if err := emit(m); err != nil {
						emitErr = err
						cancel()
						break
					}
				}
			}
		}
	}
	if emitErr != nil {
		return sentences, emitErr
	}
	if err := <-readErr; err != nil {
		return sentences, err
	}
	return sentences, ctx.Err()
}

func (x *Extractor) runJob(j *job, docID string, opt Options) {
	sc := x.pool.Get().(*scratch)
	defer x.pool.Put(sc)
	var res Result
	// context (the current dyad, the focus state) flows from line to line
	// inside a batch and restarts at blank lines and at batch starts, so
	// the output does not depend on which worker ran which batch
	sc.reset()
	for li, text := range j.lines {
		if strings.TrimSpace(text) == "" {
			sc.reset()
			continue
		}
		res.Mentions = res.Mentions[:0]
		res.Claims = res.Claims[:0]
		lineNo := j.first + li
		doc := event.Document{ID: docID + "-l" + strconv.Itoa(lineNo), Text: text}
		spans := appendSentences(sc.spans[:0], text, 0)
		sc.spans = spans
		j.sents += len(spans)
		sc.pairPara = false
		sc.paraDate, sc.listSubj, sc.listItem = event.Date{}, nil, false // a line is a paragraph
		for si, sp := range spans {
			x.sentence(sc, &doc, si, sp, opt, &res)
		}
		for _, m := range res.Mentions {
			m.Doc = docID
			m.Span.Start += j.offs[li]
			m.Span.End += j.offs[li]
			j.out = append(j.out, m)
		}
	}
	j.lines = nil
}
