package ingest

import (
	"bytes"
	"errors"
	"io"
	"strings"
	"sync/atomic"
	"testing"
)

func TestLineReader(t *testing.T) {
	long := strings.Repeat("x", 3<<20) // longer than the 1 MB buffer
	in := "a\r\nb\n\n" + long + "\nlast"
	lr := newLineReader(strings.NewReader(in))
	var got []string
	for {
		l, ok := lr.next()
		if !ok {
			break
		}
		got = append(got, string(l))
	}
	want := []string{"a", "b", "", long, "last"}
	if len(got) != len(want) || lr.n != 5 || lr.failed() != nil {
		t.Fatalf("%d lines (n=%d, err %v)", len(got), lr.n, lr.failed())
	}
	for i := range want {
		if got[i] != want[i] {
			t.Errorf("line %d: %.20q, want %.20q", i+1, got[i], want[i])
		}
	}
	lr = newLineReader(io.MultiReader(strings.NewReader("a\nb"), errReader{}))
	lr.next()
	if _, ok := lr.next(); ok || lr.failed() == nil {
		t.Error("a read error must end the lines and be reported")
	}
}

type errReader struct{}

func (errReader) Read([]byte) (int, error) { return 0, errors.New("disk on fire") }

// zip members are read in order, hidden and macOS resource members skipped.
func TestEachMemberZip(t *testing.T) {
	z := zipOf(t, map[string][]byte{"a.CSV": []byte("1\n"), "__MACOSX/._a.CSV": []byte("junk"), ".hidden": []byte("junk")})
	var names []string
	var read atomic.Int64
	err := eachMember(bytes.NewReader(z), int64(len(z)), "x.zip", &read, func(m member) error {
		names = append(names, m.Name)
		b, err := io.ReadAll(m.R)
		if err != nil || string(b) != "1\n" {
			t.Errorf("%s: %q %v", m.Name, b, err)
		}
		return nil
	})
	if err != nil || len(names) != 1 || names[0] != "x.zip:a.CSV" {
		t.Errorf("members %v, err %v", names, err)
	}
	empty := zipOf(t, map[string][]byte{})
	err = eachMember(bytes.NewReader(empty), int64(len(empty)), "e.zip", &read, func(member) error { return nil })
	var fe *FormatError
	if !errors.As(err, &fe) || !strings.Contains(err.Error(), "holds no files") {
		t.Errorf("empty zip: %v", err)
	}
}
