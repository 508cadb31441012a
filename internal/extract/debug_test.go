package extract

import (
	"fmt"
	"os"
	"strings"
	"testing"

	"github.com/pivot-geo/pivot/internal/event"
)

// TestDebugDump prints the mentions of the file in $PIVOT_DUMP (a
// development aid; skipped otherwise).
func TestDebugDump(t *testing.T) {
	path := os.Getenv("PIVOT_DUMP")
	if path == "" {
		t.Skip("set PIVOT_DUMP=FILE")
	}
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	x, err := New()
	if err != nil {
		t.Fatal(err)
	}
	r := x.Document(&event.Document{ID: "d", Text: string(b)}, Options{Undated: os.Getenv("PIVOT_UNDATED") != ""})
	for _, m := range r.Mentions {
		am := ""
		if m.Amount != nil {
			am = fmt.Sprintf(" $%v %s/%s", m.Amount.Value, m.Amount.Currency, m.Amount.Per)
		}
		fmt.Printf("%-10s %-5s %v->%v %s [%s] %s%s | %.100s\n", m.Date, m.End, m.Actor, m.Recipient, m.Type, m.Trigger, m.Status, am, strings.TrimSpace(m.Quote))
	}
	fmt.Println(len(r.Sentences), "sentences", len(r.Mentions), "mentions", len(r.Claims), "claims")
}

func TestDebugSentence(t *testing.T) {
	s := os.Getenv("PIVOT_SENT")
	if s == "" {
		t.Skip("set PIVOT_SENT=TEXT")
	}
	x, _ := New()
	sc := x.pool.Get().(*scratch)
	sc.reset()
	fr := sc.analyse(s, Options{})
	for i, tk := range sc.toks {
		fmt.Printf("%d:%s(c%d) ", i, sc.key(i), func() int {
			if i < len(sc.clause) {
				return sc.clause[i]
			}
			return -1
		}())
		_ = tk
	}
	fmt.Println()
	for _, a := range sc.acts {
		code := ""
		if a.e != nil {
			code = a.e.Code
		}
		fmt.Printf("act %d-%d %s g%d pp=%v\n", a.i, a.j, code, a.group, a.inPP)
	}
	for _, d := range sc.dates {
		fmt.Printf("date %d-%d %s %s\n", d.i, d.j, d.d, d.end)
	}
	for _, q := range sc.qty {
		fmt.Printf("qty %d-%d %s %g %s/%s\n", q.i, q.j, q.kind, q.value, q.unit, q.per)
	}
	for _, tr := range sc.trigs {
		fmt.Printf("trig %d-%d %s %s noun=%v weak=%v\n", tr.i, tr.j, tr.p.key, tr.p.typ, tr.p.noun, tr.p.weak)
	}
	for _, f := range fr {
		am := ""
		if f.amount != nil {
			am = fmt.Sprintf(" %g %s/%s", f.amount.Value, f.amount.Currency, f.amount.Per)
		}
		fmt.Printf("frame %v->%v %s %s%s trig=%d\n", f.actor, f.recip, f.t.typ, f.date.d, am, f.trig.i)
	}
}
