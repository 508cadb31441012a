package extract

import (
	"context"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/pivot-geo/pivot/internal/event"
)

// TestStreamDeterministic: the same mentions in the same order for any
// worker count, and spans that point into the stream.
func TestStreamDeterministic(t *testing.T) {
	b, err := os.ReadFile(filepath.Join("..", "..", "testdata", "gold", "pakistan-superpowers.txt"))
	if err != nil {
		t.Fatal(err)
	}
	text := strings.Repeat(string(b), 20) // > one batch
	run := func(workers int) ([]event.Mention, int) {
		var out []event.Mention
		n, err := testX.Stream(context.Background(), strings.NewReader(text), "s", Options{}, workers, func(m event.Mention) error {
			out = append(out, m)
			return nil
		})
		if err != nil {
			t.Fatal(err)
		}
		return out, n
	}
	one, n1 := run(1)
	four, n4 := run(4)
	if len(one) == 0 || len(one) != len(four) || n1 != n4 {
		t.Fatalf("workers 1: %d mentions %d sentences; workers 4: %d mentions %d sentences", len(one), n1, len(four), n4)
	}
	for i := range one {
		if one[i].ID != four[i].ID || one[i].Span != four[i].Span {
			t.Fatalf("mention %d differs: %s vs %s", i, one[i].ID, four[i].ID)
		}
		m := one[i]
		if got := text[m.Span.Start:m.Span.End]; got != m.Quote {
			t.Fatalf("span %v does not hold the quote: %q vs %q", m.Span, got, m.Quote)
		}
	}
	// the same count as Document on the whole text
	res := testX.Document(&event.Document{ID: "d", Text: text}, Options{})
	if len(res.Mentions) != len(one) {
		t.Errorf("Stream %d mentions, Document %d", len(one), len(res.Mentions))
	}
}

func TestStreamBadInput(t *testing.T) {
	long := strings.Repeat("x", 10<<20) // a 10 MB line without a full stop
	for name, in := range map[string]string{"empty": "", "long": long, "binary": "\x00\x01\xff\xfe\n\x80abc"} {
		n, err := testX.Stream(context.Background(), strings.NewReader(in), name, Options{}, 2, func(event.Mention) error { return nil })
		if err != nil {
			t.Errorf("%s: %v", name, err)
		}
		if name == "empty" && n != 0 {
			t.Errorf("empty: %d sentences", n)
		}
	}
	// an emit error stops the stream and is returned
	stop := errors.New("stop")
	text := strings.Repeat("In 2015, Pakistan and Russia signed an agreement.\n", 5000)
	_, err := testX.Stream(context.Background(), strings.NewReader(text), "e", Options{}, 2, func(event.Mention) error { return stop })
	if !errors.Is(err, stop) {
		t.Errorf("emit error: got %v", err)
	}
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	if _, err := testX.Stream(ctx, strings.NewReader(text), "c", Options{}, 2, func(event.Mention) error { return nil }); err == nil {
		t.Errorf("cancelled context: no error")
	}
}

func TestClaims(t *testing.T) {
	text := "Between 2001 and 2010, Pakistan received over US$ 18 billion in U.S. aid. Pakistan holds a 74% stake. The 1,100 km pipeline was finished in 2021."
	res := testX.Document(&event.Document{ID: "c", Text: text}, Options{})
	want := []struct {
		kind, unit, approx string
		value              float64
		year               int
	}{
		{"money", "USD", "over", 18e9, 2001},
		{"percent", "%", "", 74, 0},
		{"distance", "km", "", 1100, 2021},
	}
	if len(res.Claims) != len(want) {
		t.Fatalf("%d claims: %+v", len(res.Claims), res.Claims)
	}
	for i, w := range want {
		c := res.Claims[i]
		if c.Kind != w.kind || c.Unit != w.unit || c.Approx != w.approx || c.Value != w.value || c.Date.Year != w.year || c.ID == "" || c.Quote == "" {
			t.Errorf("claim %d: %+v, want %+v", i, c, w)
		}
	}
	if s := res.Claims[0].Subject; s != "U.S. aid" {
		t.Errorf("money subject %q, want U.S. aid", s)
	}
}

// TestDeterministic: the same text gives the same mentions every time (no
// dependence on map iteration order or on pooled scratch state).
func TestDeterministic(t *testing.T) {
	var sb strings.Builder
	for _, n := range []string{"pakistan-superpowers", "india-russia", "turkey-us-saudi-china", "plover-gsr", "global-south"} {
		b, err := os.ReadFile(filepath.Join("..", "..", "testdata", "gold", n+".txt"))
		if err != nil {
			t.Fatal(err)
		}
		sb.Write(b)
	}
	text := sb.String()
	render := func() string {
		var out strings.Builder
		for _, m := range testX.Document(&event.Document{ID: "d", Text: text}, Options{}).Mentions {
			out.WriteString(m.ID + m.Date.String() + strings.Join(m.Actor, ",") + strings.Join(m.Recipient, ",") + string(m.Type) + "\n")
		}
		return out.String()
	}
	first := render()
	for i := 0; i < 5; i++ {
		if render() != first {
			t.Fatal("mentions differ between runs")
		}
	}
}
