package web

import (
	"context"
	"fmt"
	"net/http"
	"sort"
	"strconv"
	"strings"

	"github.com/pivot-geo/pivot/internal/analysis"
	"github.com/pivot-geo/pivot/internal/event"
	"github.com/pivot-geo/pivot/internal/store"
)

// names are display names for the actors the dashboard shows most; any
// other code is shown as itself.
var names = map[string]string{
	"PAK": "Pakistan", "USA": "United States", "CHN": "China", "RUS": "Russia", "SUN": "Soviet Union",
	"IND": "India", "AFG": "Afghanistan", "SAU": "Saudi Arabia", "IRN": "Iran", "GBR": "United Kingdom",
	"FRA": "France", "DEU": "Germany", "TUR": "Turkey", "BGD": "Bangladesh", "UKR": "Ukraine",
	"ITA": "Italy", "NLD": "Netherlands", "SWE": "Sweden", "JPN": "Japan", "QAT": "Qatar", "ARE": "United Arab Emirates",
	"NATO": "NATO", "SCO": "Shanghai Cooperation Organisation", "SEATO": "SEATO", "CENTO": "CENTO",
	"OIC": "Organisation of Islamic Cooperation", "UN": "United Nations", "IMF": "IMF", "FATF": "FATF",
	"BRICS": "BRICS", "EU": "European Union", "TLB": "Taliban", "ALQ": "al-Qaeda",
}

func actorName(code string) string {
	if n, ok := names[code]; ok {
		return n
	}
	return code
}

// Overview.

type partnerCard struct {
	Code      string          `json:"code"`
	Name      string          `json:"name"`
	Dyad      string          `json:"dyad"`
	Events    int             `json:"events"`
	ByContext []labelCount    `json:"by_context"`
	ByQuad    map[string]int  `json:"by_quad"`
	Intensity []Point         `json:"intensity"`
	Phase     *analysis.Phase `json:"phase,omitempty"`
	Latest    []event.Event   `json:"latest"`
	ArmsTotal float64         `json:"arms_total"`
}

type labelCount struct {
	Label string `json:"label"`
	Count int    `json:"count"`
}

type overview struct {
	Actor    string        `json:"actor"`
	Name     string        `json:"name"`
	Partners []partnerCard `json:"partners"`
	Actors   []labelCount  `json:"actors"` // selectable pivot states, most active first
}

func (s *server) overview(ctx context.Context, actor string) (*overview, error) {
	v, err := s.memo("overview|"+actor, func() (any, error) { return s.buildOverview(ctx, actor) })
	if err != nil {
		return nil, err
	}
	return v.(*overview), nil
}

func (s *server) buildOverview(ctx context.Context, actor string) (*overview, error) {
	all, err := s.st.Counts(ctx, store.CountQuery{Filter: store.Filter{Reviews: analysed}})
	if err != nil {
		return nil, err
	}
	activity := map[string]int{}
	partnerN := map[string]int{}
	for _, r := range all {
		activity[r.Actor] += r.Count
		if r.Recipient != r.Actor {
			activity[r.Recipient] += r.Count
		}
		switch actor {
		case r.Actor:
			partnerN[r.Recipient] += r.Count
		case r.Recipient:
			partnerN[r.Actor] += r.Count
		}
	}
	delete(partnerN, actor)
	delete(partnerN, "")
	delete(activity, "")
	ov := &overview{Actor: actor, Name: actorName(actor), Actors: topN(activity, 40)}

	var partners []string
	if actor == s.opt.Pivot {
		partners = append(partners, s.opt.Partners...)
	}
	for _, lc := range topN(partnerN, 6) {
		if len(partners) >= 6 {
			break
		}
		if !contains(partners, lc.Label) {
			partners = append(partners, lc.Label)
		}
	}
	for _, p := range partners {
		c, err := s.card(ctx, [2]string{p, actor})
		if err != nil {
			return nil, err
		}
		ov.Partners = append(ov.Partners, *c)
	}
	if ov.Partners == nil {
		ov.Partners = []partnerCard{}
	}
	return ov, nil
}

func (s *server) card(ctx context.Context, d [2]string) (*partnerCard, error) {
	c := &partnerCard{Code: d[0], Name: actorName(d[0]), Dyad: dyadName(d), ByQuad: map[string]int{}}
	rows, err := s.st.Counts(ctx, store.CountQuery{Filter: store.Filter{Dyad: d, Reviews: analysed}})
	if err != nil {
		return nil, err
	}
	byCtx := map[string]int{}
	for _, r := range rows {
		c.Events += r.Count
		ctxName := r.Context
		if ctxName == "" {
			ctxName = "unspecified"
		}
		byCtx[ctxName] += r.Count
		c.ByQuad[r.Type.Quad().String()] += r.Count
	}
	c.ByContext = topN(byCtx, 4)
	in, err := s.series(ctx, d, "intensity")
	if err != nil {
		return nil, err
	}
	c.Intensity = sumDirections(in.Series)
	if ps, err := s.mainPhases(ctx, d); err == nil && len(ps) > 0 {
		last := ps[len(ps)-1]
		c.Phase = &last
	} else if err != nil {
		s.opt.Logf("web: phases %s: %v", dyadName(d), err)
	}
	evs, err := s.events(ctx, store.Filter{Dyad: d})
	if err != nil {
		return nil, err
	}
	for i := len(evs) - 1; i >= 0 && len(c.Latest) < 3; i-- {
		if evs[i].Review != event.Rejected {
			c.Latest = append(c.Latest, evs[i])
		}
	}
	if c.Latest == nil {
		c.Latest = []event.Event{}
	}
	arms, err := s.series(ctx, d, "arms")
	if err != nil {
		return nil, err
	}
	for _, sr := range arms.Series {
		for _, p := range sr.Points {
			c.ArmsTotal += p.Value
		}
	}
	return c, nil
}

// sumDirections folds a dyad's directed series into one yearly series.
func sumDirections(ds []Direction) []Point {
	by := map[int]*Point{}
	for _, d := range ds {
		for _, p := range d.Points {
			q := by[p.Year]
			if q == nil {
				q = &Point{Year: p.Year}
				by[p.Year] = q
			}
			q.Value += p.Value
			q.Count += p.Count
		}
	}
	out := make([]Point, 0, len(by))
	for _, p := range by {
		out = append(out, *p)
	}
	sort.Slice(out, func(i, j int) bool { return out[i].Year < out[j].Year })
	return out
}

func topN(m map[string]int, n int) []labelCount {
	out := make([]labelCount, 0, len(m))
	for k, v := range m {
		out = append(out, labelCount{k, v})
	}
	sort.Slice(out, func(i, j int) bool {
		if out[i].Count != out[j].Count {
			return out[i].Count > out[j].Count
		}
		return out[i].Label < out[j].Label
	})
	if len(out) > n {
		out = out[:n]
	}
	return out
}

func contains(l []string, s string) bool {
	for _, x := range l {
		if x == s {
			return true
		}
	}
	return false
}

func (s *server) apiOverview(w http.ResponseWriter, r *http.Request) {
	actor := s.opt.Pivot
	if v := r.URL.Query().Get("actor"); v != "" {
		var err error
		if actor, err = parseActor("actor", v); err != nil {
			s.fail(w, err)
			return
		}
	}
	s.cachedJSON(w, "overview|"+actor, func() (any, error) { return s.overview(r.Context(), actor) })
}

// Network.

type netNode struct {
	ID     string `json:"id"`
	Name   string `json:"name"`
	Events int    `json:"events"`
}

type netEdge struct {
	Source string  `json:"source"`
	Target string  `json:"target"`
	Count  int     `json:"count"`
	Score  float64 `json:"score"` // mean PLOVER score of the pair's events
}

type network struct {
	From  int       `json:"from,omitempty"`
	To    int       `json:"to,omitempty"`
	Nodes []netNode `json:"nodes"`
	Edges []netEdge `json:"edges"`
}

// network keeps the top most active actors and the edges among them: a
// graph of every actor in a dataset-sized base is unreadable and slow.
func (s *server) network(ctx context.Context, from, to, top int) (*network, error) {
	v, err := s.memo(fmt.Sprintf("net|%d|%d|%d", from, to, top), func() (any, error) {
		rows, err := s.st.Counts(ctx, store.CountQuery{Filter: store.Filter{From: from, To: to, Reviews: analysed}})
		if err != nil {
			return nil, err
		}
		nodeN := map[string]int{}
		type pair struct{ a, b string }
		edges := map[pair]*netEdge{}
		for _, r := range rows {
			if r.Actor == "" || r.Recipient == "" || r.Actor == r.Recipient {
				continue
			}
			a, b := r.Actor, r.Recipient
			if b < a {
				a, b = b, a
			}
			e := edges[pair{a, b}]
			if e == nil {
				e = &netEdge{Source: a, Target: b}
				edges[pair{a, b}] = e
			}
			e.Count += r.Count
			e.Score += r.Score
			nodeN[r.Actor] += r.Count
			nodeN[r.Recipient] += r.Count
		}
		n := &network{From: from, To: to, Nodes: []netNode{}, Edges: []netEdge{}}
		keep := map[string]bool{}
		for _, lc := range topN(nodeN, top) {
			keep[lc.Label] = true
			n.Nodes = append(n.Nodes, netNode{ID: lc.Label, Name: actorName(lc.Label), Events: lc.Count})
		}
		for _, e := range edges {
			if keep[e.Source] && keep[e.Target] {
				e.Score /= float64(e.Count)
				n.Edges = append(n.Edges, *e)
			}
		}
		sort.Slice(n.Edges, func(i, j int) bool {
			if n.Edges[i].Count != n.Edges[j].Count {
				return n.Edges[i].Count > n.Edges[j].Count
			}
			return n.Edges[i].Source+n.Edges[i].Target < n.Edges[j].Source+n.Edges[j].Target
		})
		return n, nil
	})
	if err != nil {
		return nil, err
	}
	return v.(*network), nil
}

func (s *server) apiNetwork(w http.ResponseWriter, r *http.Request) {
	q := r.URL.Query()
	from, err := parseYear("from", q.Get("from"))
	if err != nil {
		s.fail(w, err)
		return
	}
	to, err := parseYear("to", q.Get("to"))
	if err != nil {
		s.fail(w, err)
		return
	}
	if from != 0 && to != 0 && from > to {
		s.fail(w, badParam("to", "must not be before from"))
		return
	}
	top, err := parseTop(q.Get("top"))
	if err != nil {
		s.fail(w, err)
		return
	}
	s.cachedJSON(w, fmt.Sprintf("net|%d|%d|%d", from, to, top), func() (any, error) { return s.network(r.Context(), from, to, top) })
}

func parseTop(v string) (int, error) {
	if v == "" {
		return 60, nil
	}
	n, err := strconv.Atoi(v)
	if err != nil || n < 2 || n > 500 {
		return 0, badParam("top", "want a number of actors between 2 and 500")
	}
	return n, nil
}

// Search.

type docHit struct {
	ID       string `json:"id"`
	Title    string `json:"title"`
	Sentence int    `json:"sentence"` // index of the first matching sentence, -1 for a title match
	Snippet  string `json:"snippet"`
	Hits     int    `json:"hits"`
}

type searchResult struct {
	Query     string        `json:"q"`
	Events    []event.Event `json:"events"`
	Documents []docHit      `json:"documents"`
}

func (s *server) search(ctx context.Context, q string) (*searchResult, error) {
	res := &searchResult{Query: q, Events: []event.Event{}, Documents: []docHit{}}
	if q == "" {
		return res, nil
	}
	evs, err := s.events(ctx, store.Filter{Query: q, Limit: 200})
	if err != nil {
		return nil, err
	}
	res.Events = evs
	docs, err := s.documents(ctx)
	if err != nil {
		return nil, err
	}
	lq := strings.ToLower(q)
	for _, di := range docs {
		d, err := s.documentDetail(ctx, di.ID)
		if err != nil {
			return nil, err
		}
		h := docHit{ID: d.ID, Title: d.Title, Sentence: -1}
		if strings.Contains(strings.ToLower(d.Title), lq) {
			h.Hits++
		}
		for i, sp := range d.Sentences {
			sent, ok := slice(d.Text, sp)
			if !ok || !strings.Contains(strings.ToLower(sent), lq) {
				continue
			}
			h.Hits++
			if h.Snippet == "" {
				h.Sentence, h.Snippet = i, sent
			}
		}
		if h.Hits > 0 {
			res.Documents = append(res.Documents, h)
		}
	}
	sort.SliceStable(res.Documents, func(i, j int) bool { return res.Documents[i].Hits > res.Documents[j].Hits })
	return res, nil
}

func (s *server) apiSearch(w http.ResponseWriter, r *http.Request) {
	q, err := parseQuery(r.URL.Query().Get("q"))
	if err != nil {
		s.fail(w, err)
		return
	}
	if q == "" {
		s.fail(w, badParam("q", "required: the text to search for"))
		return
	}
	s.cachedJSON(w, "search|"+q, func() (any, error) { return s.search(r.Context(), q) })
}

// slice returns text[sp] when sp is a valid range on rune boundaries.
func slice(text string, sp event.Span) (string, bool) {
	if sp.Start < 0 || sp.End > len(text) || sp.Start >= sp.End {
		return "", false
	}
	return text[sp.Start:sp.End], true
}
