package ingest

import (
	"archive/zip"
	"bufio"
	"bytes"
	"compress/gzip"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"sync/atomic"
	"unicode/utf8"
)

// ExpandPaths expands shell-style globs in args ("data/*.export.CSV.zip").
// A pattern that matches nothing is an error; "-" (stdin) and plain paths
// are kept as they are. The result keeps argument order, each glob's
// matches sorted, without repeats.
func ExpandPaths(args []string) ([]string, error) {
	var out []string
	seen := map[string]bool{}
	add := func(p string) {
		if !seen[p] || p == "-" {
			seen[p] = true
			out = append(out, p)
		}
	}
	for _, a := range args {
		if a == "-" || !strings.ContainsAny(a, "*?[") {
			add(a)
			continue
		}
		m, err := filepath.Glob(a)
		if err != nil {
			return nil, fmt.Errorf("pattern %q: %w", a, err)
		}
		if len(m) == 0 {
			return nil, fmt.Errorf("%s: no files match", a)
		}
		sort.Strings(m)
		for _, p := range m {
			add(p)
		}
	}
	return out, nil
}

// spool copies r (stdin) to a temporary file so that it can be checksummed
// before import and read again. The caller removes the file.
func spool(r io.Reader) (string, error) {
	f, err := os.CreateTemp("", "pivot-stdin-*")
	if err != nil {
		return "", err
	}
	if _, err := io.Copy(f, r); err != nil {
		f.Close()
		os.Remove(f.Name())
		return "", fmt.Errorf("reading stdin: %w", err)
	}
	if err := f.Close(); err != nil {
		os.Remove(f.Name())
		return "", err
	}
	return f.Name(), nil
}

// checksumFile returns the sha256 (hex) and size of a file's bytes.
func checksumFile(path string) (string, int64, error) {
	f, err := os.Open(path)
	if err != nil {
		return "", 0, err
	}
	defer f.Close()
	h := sha256.New()
	n, err := io.Copy(h, f)
	if err != nil {
		return "", 0, fmt.Errorf("%s: %w", path, err)
	}
	return hex.EncodeToString(h.Sum(nil)), n, nil
}

// countingReader counts the bytes read through it (for progress).
type countingReader struct {
	r io.Reader
	n *atomic.Int64
}

func (c countingReader) Read(p []byte) (int, error) {
	n, err := c.r.Read(p)
	c.n.Add(int64(n))
	return n, err
}

var (
	zipMagic  = []byte("PK\x03\x04")
	zipEmpty  = []byte("PK\x05\x06")
	gzipMagic = []byte{0x1f, 0x8b}
)

// member is one stream of records: a plain file, a gzip file's content or
// one member of a zip archive.
type member struct {
	Name string // file name, or "archive.zip:member.CSV"
	R    io.Reader
}

// eachMember reads an input (plain, gzip or zip, recognised by their
// first bytes, whatever the name says) and calls fn for each stream of
// records it holds; read counts the raw bytes consumed. name names the
// input in messages.
func eachMember(src io.ReaderAt, size int64, name string, read *atomic.Int64, fn func(m member) error) error {
	head := make([]byte, 4)
	n, _ := src.ReadAt(head, 0)
	head = head[:n]
	switch {
	case bytes.HasPrefix(head, zipMagic) || bytes.HasPrefix(head, zipEmpty):
		zr, err := zip.NewReader(src, size)
		if err != nil {
			return &FormatError{name, 0, "not a readable zip archive (truncated or corrupt?): " + err.Error()}
		}
		n := 0
		for _, zf := range zr.File {
			if zf.FileInfo().IsDir() || strings.HasPrefix(filepath.Base(zf.Name), ".") || strings.HasPrefix(zf.Name, "__MACOSX/") {
				continue
			}
			rc, err := zf.Open()
			if err != nil {
				return &FormatError{name, 0, "zip member " + zf.Name + ": " + err.Error()}
			}
			// Progress counts each member's share of the compressed bytes.
			cr := &zipProgress{name: name + ":" + zf.Name, r: rc, read: read, ratio: ratio(zf.CompressedSize64, zf.UncompressedSize64)}
			err = fn(member{Name: name + ":" + zf.Name, R: cr})
			rc.Close()
			if err != nil {
				return err
			}
			n++
		}
		if n == 0 {
			return &FormatError{name, 0, "zip archive holds no files"}
		}
		return nil
	case bytes.HasPrefix(head, gzipMagic):
		sr := io.NewSectionReader(src, 0, size)
		zr, err := gzip.NewReader(bufio.NewReaderSize(countingReader{sr, read}, 1<<16))
		if err != nil {
			return &FormatError{name, 0, "not a readable gzip file: " + err.Error()}
		}
		defer zr.Close()
		return fn(member{Name: name, R: gzipErrors{zr, name}})
	default:
		return fn(member{Name: name, R: countingReader{io.NewSectionReader(src, 0, size), read}})
	}
}

func ratio(comp, uncomp uint64) float64 {
	if uncomp == 0 {
		return 1
	}
	return float64(comp) / float64(uncomp)
}

type zipProgress struct {
	name  string
	r     io.Reader
	read  *atomic.Int64
	ratio float64
	acc   float64
}

func (z *zipProgress) Read(p []byte) (int, error) {
	n, err := z.r.Read(p)
	z.acc += float64(n) * z.ratio
	if z.acc >= 1 {
		z.read.Add(int64(z.acc))
		z.acc -= float64(int64(z.acc))
	}
	if err != nil && err != io.EOF {
		err = fmt.Errorf("%s: zip member truncated or corrupt (download it again?): %w", z.name, err)
	}
	return n, err
}

type gzipErrors struct {
	r    io.Reader
	name string
}

func (g gzipErrors) Read(p []byte) (int, error) {
	n, err := g.r.Read(p)
	if err != nil && err != io.EOF {
		if errors.Is(err, io.ErrUnexpectedEOF) {
			err = fmt.Errorf("%s: gzip stream truncated (download it again?): %w", g.name, err)
		} else {
			err = fmt.Errorf("%s: gzip stream corrupt: %w", g.name, err)
		}
	}
	return n, err
}

// lineReader yields lines without their terminator ("\n" or "\r\n"),
// reusing its buffer: a line is valid until the next call.
type lineReader struct {
	br   *bufio.Reader
	long []byte
	n    int // line number of the last line returned (1-based)
	err  error
}

func newLineReader(r io.Reader) *lineReader {
	return &lineReader{br: bufio.NewReaderSize(r, 1<<20)}
}

// next returns the next line, or nil and false at the end (see lr.err).
func (lr *lineReader) next() ([]byte, bool) {
	if lr.err != nil {
		return nil, false
	}
	line, err := lr.br.ReadSlice('\n')
	if err == bufio.ErrBufferFull {
		lr.long = append(lr.long[:0], line...)
		for err == bufio.ErrBufferFull {
			line, err = lr.br.ReadSlice('\n')
			lr.long = append(lr.long, line...)
		}
		line = lr.long
	}
	if err != nil {
		if err != io.EOF {
			lr.err = err
			return nil, false
		}
		lr.err = io.EOF
		if len(line) == 0 {
			return nil, false
		}
	}
	lr.n++
	if n := len(line); n > 0 && line[n-1] == '\n' {
		line = line[:n-1]
	}
	if n := len(line); n > 0 && line[n-1] == '\r' {
		line = line[:n-1]
	}
	return line, true
}

// failed returns the read error that ended the lines, or nil at a clean end.
func (lr *lineReader) failed() error {
	if lr.err == io.EOF {
		return nil
	}
	return lr.err
}

// rowFail reports one bad field of the current row.
type rowFail func(field, format string, a ...any)

// eachTSVRow reads the tab-separated rows that follow a header of nfields
// columns (ICEWS, POLECAT): blank lines are skipped, invalid UTF-8 stops the
// file, a row with another number of fields is reported and skipped. fn
// gets each row's fields, its line number and a reporter for bad fields;
// an error from fn stops the file.
func eachTSVRow(lr *lineReader, name string, nfields int, bad func(RowError), fn func(f []string, line int, fail rowFail) error) (rows int, err error) {
	for {
		line, ok := lr.next()
		if !ok {
			break
		}
		if len(bytes.TrimSpace(line)) == 0 {
			continue
		}
		if !utf8.Valid(line) {
			return rows, &FormatError{name, lr.n, "invalid UTF-8"}
		}
		rows++
		f := strings.Split(string(line), "\t")
		n := lr.n
		fail := func(field, format string, a ...any) {
			bad(RowError{File: name, Line: n, Field: field, Reason: fmt.Sprintf(format, a...)})
		}
		if len(f) != nfields {
			fail("", "%d fields; the header has %d", len(f), nfields)
			continue
		}
		if err := fn(f, n, fail); err != nil {
			return rows, err
		}
	}
	if err := lr.failed(); err != nil {
		return rows, &FormatError{name, lr.n + 1, err.Error()}
	}
	return rows, nil
}
