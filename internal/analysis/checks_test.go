package analysis

import (
	"math"
	"strings"
	"testing"

	"github.com/pivot-geo/pivot/internal/event"
)

// Sentences of the founding article (corpus/pakistan-superpowers.txt) as
// the coder would quote them; spans are offsets in a notional document.
const (
	sDruzhbaCount = "These exercises were initiated in 2016 and have continued regularly, with six editions held alternately in Pakistan and Russia."
	sDruzhbaVII   = "The most recent iteration, “Druzhba VII,” commenced in October 2024, demonstrating the ongoing commitment of both nations to this military partnership."
	sJF70         = "Developed collaboratively by Chengdu Aerospace Corporation and Pakistan Aeronautical Complex, over 70% of the jet’s components are now manufactured in Pakistan, showcasing technology transfer commitments."
	sJF60         = "- Aerial Platforms: The JF-17 Block III, equipped with Chinese KLJ-7A AESA radars and PL-15E missiles, provides Pakistan with 4.5-generation capabilities rivalling India’s Rafale jets. PAC Kamra’s production lines now manufacture 25 fighters annually, with 60% indigenous content."
	sJFThunder    = "Contemporary defence cooperation has expanded to include joint weapons production, exemplified by the JF-17 Thunder multirole fighter. " + sJF70
	sAid          = "Between 2001 and 2010, Pakistan received US$ 18 billion in U.S. aid, including US$ 10 billion for counterterrorism operations."
	sAid80s       = "U.S. aid plummeted from US$ 4.2 billion in the 1980s to US$ 5 million by 1993, with sanctions imposed after Pakistan’s 1998 nuclear tests."
	sSU35         = "Although reports from 2018 suggested Pakistan had finalised a contract for the purchase of 54 SU-35 fighters, this information was not confirmed."
	sAgr2014      = "The JMCC, established in 2018 as the principal bilateral forum for defence cooperation, operates within the framework of the 2014 defence cooperation agreement between Islamabad and Moscow."
	sAgr2015      = "In 2015, Pakistan and Russia signed a landmark defence agreement that included the sale of four Mi-35 ‘Hind E’ attack helicopters to Pakistan."
	sPipe2015     = "Initially, the Pakistani government signed an agreement in 2015 under which Russia would build and operate the pipeline for the first 25 years before transferring ownership to Pakistan."
	sMi17         = "In 1996, Russia for the first time signed an agreement on the supply of multi-purpose Mi-17 helicopters to Pakistan, and from 1996 to 2004, the Russian Federation supplied approximately 70 helicopters to Pakistan."
	sStake        = "The new ownership structure gave Pakistan a 74% equity stake, with Russia retaining 26%, making Pakistan the majority owner from the outset."
	sCPEC         = "CPEC constitutes the operational core of China’s Belt and Road Initiative, accounting for 20% of BRI’s total investments as of 2024."
	sMalacca      = "This infrastructure web positions Gwadar Port-capable of handling 100,000 DWT vessels-as China’s “western oil lifeline,” bypassing the vulnerable Malacca Strait chokepoint that carries 80% of Beijing’s energy imports."
)

func articleClaims() []event.Claim {
	d := "pakistan-superpowers"
	return []event.Claim{
		{ID: "c1", Doc: d, Span: event.Span{Start: 30100, End: 30113}, Quote: sDruzhbaCount, Text: "six editions", Kind: "count", Value: 6, Subject: "editions", Actors: []string{"PAK", "RUS"}, Status: event.Asserted},
		{ID: "c2", Doc: d, Span: event.Span{Start: 30240, End: 30251}, Quote: sDruzhbaVII, Text: "Druzhba VII", Kind: "ordinal", Value: 7, Date: event.YM(2024, 10), Status: event.Asserted},
		{ID: "c3", Doc: d, Span: event.Span{Start: 14000, End: 14008}, Quote: sJFThunder, Text: "over 70%", Kind: "percent", Value: 70, Unit: "%", Approx: "over", Subject: "the jet’s components", Status: event.Asserted},
		{ID: "c4", Doc: d, Span: event.Span{Start: 17000, End: 17003}, Quote: sJF60, Text: "60%", Kind: "percent", Value: 60, Unit: "%", Subject: "indigenous content", Status: event.Asserted},
		{ID: "c5", Doc: d, Span: event.Span{Start: 3000, End: 3014}, Quote: sAid, Text: "US$ 18 billion", Kind: "money", Value: 18e9, Unit: "USD", Date: event.Y(2001), End: event.Y(2010), Actors: []string{"USA", "PAK"}, Subject: "U.S. aid", Status: event.Asserted},
		{ID: "c6", Doc: d, Span: event.Span{Start: 3050, End: 3064}, Quote: sAid, Text: "US$ 10 billion", Kind: "money", Value: 10e9, Unit: "USD", Date: event.Y(2001), End: event.Y(2010), Actors: []string{"USA", "PAK"}, Subject: "counterterrorism operations", Status: event.Asserted},
		{ID: "c7", Doc: d, Span: event.Span{Start: 2000, End: 2015}, Quote: sAid80s, Text: "US$ 4.2 billion", Kind: "money", Value: 4.2e9, Unit: "USD", Date: event.Y(1980), End: event.Y(1989), Actors: []string{"USA", "PAK"}, Status: event.Asserted},
		{ID: "c8", Doc: d, Span: event.Span{Start: 31000, End: 31002}, Quote: sSU35, Text: "54", Kind: "count", Value: 54, Subject: "SU-35 fighters", Date: event.Y(2018), Actors: []string{"PAK", "RUS"}, Status: event.Unconfirmed},
		{ID: "c9", Doc: d, Span: event.Span{Start: 33000, End: 33003}, Quote: sStake, Text: "74%", Kind: "percent", Value: 74, Unit: "%", Subject: "equity stake", Status: event.Asserted},
		{ID: "c10", Doc: d, Span: event.Span{Start: 33030, End: 33033}, Quote: sStake, Text: "26%", Kind: "percent", Value: 26, Unit: "%", Status: event.Asserted},
		{ID: "c11", Doc: d, Span: event.Span{Start: 16000, End: 16003}, Quote: sCPEC, Text: "20%", Kind: "percent", Value: 20, Unit: "%", Subject: "BRI’s total investments", Status: event.Asserted},
		{ID: "c12", Doc: d, Span: event.Span{Start: 16300, End: 16303}, Quote: sMalacca, Text: "80%", Kind: "percent", Value: 80, Unit: "%", Subject: "Beijing’s energy imports", Status: event.Asserted},
	}
}

func articleMentions() []event.Mention {
	d := "pakistan-superpowers"
	return []event.Mention{
		{ID: "m1", Doc: d, Quote: sAgr2014, Date: event.Y(2018), Actor: []string{"PAK"}, Recipient: []string{"RUS"}, Type: event.Consult, Status: event.Asserted, Source: "text"},
		{ID: "m2", Doc: d, Quote: sAgr2015, Date: event.Y(2015), Actor: []string{"PAK", "RUS"}, Type: event.Agree, Context: []string{"military"}, Status: event.Asserted, Source: "text"},
		{ID: "m3", Doc: d, Quote: sAgr2015, Date: event.Y(2015), Actor: []string{"RUS"}, Recipient: []string{"PAK"}, Type: event.Aid, Status: event.Asserted, Source: "text"},
		{ID: "m4", Doc: d, Quote: sPipe2015, Date: event.Y(2015), Actor: []string{"PAK"}, Recipient: []string{"RUS"}, Type: event.Agree, Context: []string{"energy"}, Status: event.Asserted, Source: "text"},
		{ID: "m5", Doc: d, Quote: sMi17, Date: event.Y(1996), Actor: []string{"RUS"}, Recipient: []string{"PAK"}, Type: event.Agree, Status: event.Asserted, Source: "text"},
		{ID: "m6", Doc: d, Quote: sSU35, Date: event.Y(2018), Actor: []string{"PAK"}, Recipient: []string{"RUS"}, Type: event.Agree, Status: event.Unconfirmed, Source: "text"},
	}
}

// crsAid is the CRS summary (testdata/us_aid_pakistan_by_fy_summary.csv)
// as the importer stores it: one point per category and fiscal year.
func crsAid() []event.SeriesPoint {
	rows := []struct {
		fy                   string
		y1, y2               int
		sec, eco, csf, total float64
	}{
		{"FY2002-FY2007", 2002, 2007, 1691, 2728, 5678, 10097},
		{"FY2008", 2008, 2008, 517, 507, 1019, 2043},
		{"FY2009", 2009, 2009, 989, 1366, 685, 3040},
		{"FY2010", 2010, 2010, 1236, 1769, 1499, 4504},
		{"FY2011", 2011, 2011, 1277, 1186, 1118, 3581},
		{"FY2012", 2012, 2012, 849, 1067, 688, 2604},
		{"FY2013", 2013, 2013, 361, 834, 353, 1548},
		{"FY2014", 2014, 2014, 371, 608, 1198, 2177},
		{"FY2015", 2015, 2015, 343, 561, 700, 1604},
		{"FY2016", 2016, 2016, 322, 331, 550, 1203},
		{"FY2017", 2017, 2017, 305, 285, -1, 590},
		{"FY2018", 2018, 2018, 23, 84, -1, 108},
	}
	var out []event.SeriesPoint
	for _, r := range rows {
		for _, c := range []struct {
			cat string
			v   float64
		}{{"security", r.sec}, {"economic", r.eco}, {"csf", r.csf}, {"total", r.total}} {
			if c.v < 0 {
				continue // empty cell: missing, not zero
			}
			out = append(out, event.SeriesPoint{Series: "aid", Actor: "USA", Recipient: "PAK", Period: r.fy, Start: r.y1, End: r.y2,
				Value: c.v, Unit: "USD million", Category: c.cat, Source: "CRS"})
		}
	}
	return out
}

func byCheck(fs []Finding, check string) []Finding {
	var out []Finding
	for _, f := range fs {
		if f.Check == check {
			out = append(out, f)
		}
	}
	return out
}

func TestChecksOnArticle(t *testing.T) {
	fs := CheckAll(articleClaims(), articleMentions(), crsAid(), nil)
	for _, f := range fs {
		t.Logf("%s %s %s %.1f: %s", f.Severity, f.Kind, f.Check, f.Confidence, f.Message)
	}
	ids := map[string]bool{}
	for _, f := range fs {
		if f.ID == "" || ids[f.ID] {
			t.Errorf("finding id %q empty or duplicate", f.ID)
		}
		ids[f.ID] = true
		if f.A.Quote == "" && f.A.Series == "" {
			t.Errorf("finding %s without a quoted side", f.Check)
		}
	}

	// (a) count versus ordinal: six editions vs Druzhba VII.
	co := byCheck(fs, "count-vs-ordinal")
	if len(co) != 1 || co[0].A.Text != "Druzhba VII" || co[0].B == nil || co[0].B.Text != "six editions" || *co[0].Claimed != 6 || *co[0].Observed != 7 {
		t.Errorf("count-vs-ordinal: %+v", co)
	}
	// (a) percentages: over 70% vs 60% of the JF-17's local content, and
	// no percent finding for unrelated percentages (20% of BRI, 80% of
	// energy imports, the 74/26 split).
	pc := byCheck(fs, "percent")
	if len(pc) != 1 || !strings.Contains(pc[0].Message, "JF-17") || !strings.Contains(pc[0].Message, "local content") {
		t.Errorf("percent: %+v", pc)
	}
	// (a) dates of the same agreement: 2014 vs 2015 defence agreement; not
	// the 2015 pipeline agreement (energy), not the 1996 Mi-17 agreement.
	ad := byCheck(fs, "agreement-date")
	if len(ad) != 1 {
		t.Fatalf("agreement-date: %d findings, want 1: %+v", len(ad), ad)
	}
	if got := []string{ad[0].A.Date, ad[0].B.Date}; !(got[0] == "2014" && got[1] == "2015") && !(got[0] == "2015" && got[1] == "2014") {
		t.Errorf("agreement-date years %v, want 2014 and 2015", got)
	}
	// totals vs parts: 10 billion within 18 billion is fine; 74+26 = 100.
	if tp := byCheck(fs, "total-vs-parts"); len(tp) != 0 {
		t.Errorf("total-vs-parts false alarm: %+v", tp)
	}

	// (b) the aid claim against CRS: FY2002–FY2007 + FY2008–FY2010 =
	// 10097+2043+3040+4504 = 19,684 million; FY2001 is missing.
	var aid18, aid80 *Finding
	for i, f := range byCheck(fs, "aid-series") {
		switch f.A.Claim {
		case "c5":
			aid18 = &byCheck(fs, "aid-series")[i]
		case "c7":
			aid80 = &byCheck(fs, "aid-series")[i]
		}
	}
	if aid18 == nil {
		t.Fatal("no aid-series finding for the US$ 18 billion claim")
	}
	if aid18.Kind != KindClaimVsData || math.Abs(*aid18.Observed-19684e6) > 1 || math.Abs(*aid18.Gap-(18e9-19684e6)) > 1 {
		t.Errorf("18 bn claim: kind %s observed %v gap %v", aid18.Kind, aid18.Observed, aid18.Gap)
	}
	if math.Abs(*aid18.GapPct-(-8.555)) > 0.01 || aid18.Severity != "info" {
		t.Errorf("18 bn claim: gap %.3f%% severity %s, want −8.555%% info (within a bare figure's ±10%%)", *aid18.GapPct, aid18.Severity)
	}
	if strings.Join(aid18.Missing, ",") != "FY2001" || strings.Join(aid18.Periods, ",") != "FY2002-FY2007,FY2008,FY2009,FY2010" {
		t.Errorf("18 bn claim: periods %v missing %v", aid18.Periods, aid18.Missing)
	}
	if !strings.Contains(aid18.Message, "without CSF") || !strings.Contains(aid18.Message, "10.8") {
		t.Errorf("18 bn claim message lacks the no-CSF figure (10,803 million): %s", aid18.Message)
	}
	// The US$ 10 billion "for counterterrorism operations" is a part of the
	// 18 billion: it is compared with the CSF (coalition support)
	// reimbursements, 5678+1019+685+1499 = 8,881 million, not the total.
	var ct *Finding
	for _, f := range byCheck(fs, "aid-series") {
		if f.A.Claim == "c6" {
			ct = &f
		}
	}
	if ct == nil || ct.B.Series != "aid USA>PAK csf" || math.Abs(*ct.Observed-8881e6) > 1 || ct.Severity != "low" {
		t.Errorf("10 bn counterterrorism part: %+v", ct)
	}
	if aid80 == nil || aid80.Kind != KindUnchecked || !strings.Contains(aid80.Message, "FY2002–FY2018") {
		t.Errorf("1980s claim: want unchecked with the series span, got %+v", aid80)
	}

	// (c) the SU-35 report is listed as unconfirmed, once.
	var un []Finding
	for _, f := range fs {
		if f.Kind == KindUnconfirmed {
			un = append(un, f)
		}
	}
	if len(un) != 1 || !strings.Contains(un[0].A.Quote, "SU-35") {
		t.Errorf("unconfirmed: %+v", un)
	}
	// Severity order: no info finding before a medium one.
	for i := 1; i < len(fs); i++ {
		if severityRank[fs[i-1].Severity] > severityRank[fs[i].Severity] {
			t.Errorf("findings not sorted by severity at %d", i)
		}
	}
}

func TestClaimInterval(t *testing.T) {
	cases := []struct {
		a, b   float64
		aa, ab string
		clash  bool
	}{
		{70, 60, "over", "", true},
		{70, 72, "over", "", false},
		{70, 69, "approximately", "", false},
		{60, 67, "", "", true},
		{60, 66, "", "", false}, // 60±3 and 66±3.3 touch
		{60, 62, "", "", false},
		{50, 45, "up to", "", false},
		{50, 55, "up to", "", true},
		{80, 75, "nearly", "", false},
		{80, 81, "nearly", "", false}, // 81 within the ±5% of a bare 81
		{80, 90, "nearly", "", true},
		{10, 10, "under", "", false}, // a bare 10 may be 9.6
		{10, 12, "under", "", true},
	}
	for _, c := range cases {
		got := !claimInterval(c.a, c.aa).overlaps(claimInterval(c.b, c.ab))
		if got != c.clash {
			t.Errorf("%s %g vs %s %g: clash %v, want %v", c.aa, c.a, c.ab, c.b, got, c.clash)
		}
	}
}

func TestTotalVsPartsFires(t *testing.T) {
	q := "In 2012, the fund disbursed US$ 5 billion, including US$ 4 billion for roads and US$ 2 billion for ports."
	cs := []event.Claim{
		{ID: "t", Doc: "d", Quote: q, Text: "US$ 5 billion", Kind: "money", Value: 5e9, Unit: "USD"},
		{ID: "p1", Doc: "d", Quote: q, Text: "US$ 4 billion", Kind: "money", Value: 4e9, Unit: "USD"},
		{ID: "p2", Doc: "d", Quote: q, Text: "US$ 2 billion", Kind: "money", Value: 2e9, Unit: "USD"},
	}
	fs := TotalVsParts(cs)
	if len(fs) != 1 || *fs[0].Observed != 6e9 || *fs[0].Claimed != 5e9 {
		t.Errorf("parts 6 bn > total 5 bn: %+v", fs)
	}
	q2 := "The deal gave the state a 60% stake, with the investor retaining 51%."
	fs = TotalVsParts([]event.Claim{
		{Doc: "d", Quote: q2, Text: "60%", Kind: "percent", Value: 60, Unit: "%", Subject: "stake"},
		{Doc: "d", Quote: q2, Text: "51%", Kind: "percent", Value: 51, Unit: "%"},
	})
	if len(fs) != 1 || *fs[0].Observed != 111 {
		t.Errorf("stakes 111%%: %+v", fs)
	}
}

// TestCountVsOrdinalRules: an ordinal below a count is fine unless the
// sentence calls it the latest; an "over" count allows higher ordinals;
// far-away unrelated counts are not compared.
func TestCountVsOrdinalRules(t *testing.T) {
	count := event.Claim{Doc: "d", Span: event.Span{Start: 100}, Quote: "Five rounds of talks were held.", Text: "five rounds", Kind: "count", Value: 5, Subject: "rounds"}
	cases := []struct {
		name  string
		ord   event.Claim
		count event.Claim
		want  int
	}{
		{"higher ordinal", event.Claim{Doc: "d", Span: event.Span{Start: 200}, Quote: "The sixth round opened in May.", Text: "sixth round", Kind: "ordinal"}, count, 1},
		{"lower ordinal", event.Claim{Doc: "d", Span: event.Span{Start: 200}, Quote: "The third round opened in May.", Text: "third round", Kind: "ordinal"}, count, 0},
		{"lower latest", event.Claim{Doc: "d", Span: event.Span{Start: 200}, Quote: "The latest, Talks III, opened in May.", Text: "Talks III", Kind: "ordinal"}, count, 1},
		{"over count", event.Claim{Doc: "d", Span: event.Span{Start: 200}, Quote: "The sixth round opened.", Text: "sixth round", Kind: "ordinal"},
			event.Claim{Doc: "d", Span: event.Span{Start: 100}, Quote: "Over five rounds were held.", Text: "five rounds", Kind: "count", Value: 5, Approx: "over", Subject: "rounds"}, 0},
		{"far away", event.Claim{Doc: "d", Span: event.Span{Start: 9000}, Quote: "The sixth round opened.", Text: "sixth round", Kind: "ordinal"}, count, 0},
		{"other document", event.Claim{Doc: "e", Span: event.Span{Start: 200}, Quote: "The sixth round opened.", Text: "sixth round", Kind: "ordinal"}, count, 0},
		{"not a series noun", event.Claim{Doc: "d", Span: event.Span{Start: 200}, Quote: "The sixth round opened.", Text: "sixth round", Kind: "ordinal"},
			event.Claim{Doc: "d", Span: event.Span{Start: 100}, Quote: "Five tanks were sold.", Text: "five tanks", Kind: "count", Value: 5, Subject: "tanks"}, 0},
	}
	for _, tc := range cases {
		if got := CountVsOrdinal([]event.Claim{tc.count, tc.ord}, nil); len(got) != tc.want {
			t.Errorf("%s: %d findings, want %d: %+v", tc.name, len(got), tc.want, got)
		}
	}
}

func TestOrdinalOf(t *testing.T) {
	for _, tc := range []struct {
		text string
		n    int
		name string
	}{{"Druzhba VII", 7, "Druzhba"}, {"“Druzhba VII,”", 7, "Druzhba"}, {"the 12th round", 12, "the"}, {"Talks XIV", 14, "Talks"}, {"third summit", 3, "summit"}} {
		n, name := ordinalOf(event.Claim{Text: tc.text})
		if n != tc.n || name != tc.name {
			t.Errorf("ordinalOf(%q) = %d %q, want %d %q", tc.text, n, name, tc.n, tc.name)
		}
	}
}

func TestAidClaimPerYearAndMissingData(t *testing.T) {
	q := "The US gave Pakistan about US$ 3 billion in aid a year in 2009 and 2010."
	c := event.Claim{ID: "x", Doc: "d", Quote: q, Text: "US$ 3 billion", Kind: "money", Value: 3e9, Unit: "USD", Per: "year", Approx: "approximately",
		Date: event.Y(2009), End: event.Y(2010), Actors: []string{"USA", "PAK"}}
	fs := ClaimsAgainstSeries([]event.Claim{c}, crsAid())
	if len(fs) != 1 || math.Abs(*fs[0].Observed-3772e6) > 1 || fs[0].Severity != "low" {
		t.Errorf("per-year claim: %+v", fs)
	}
	// Claims about other actors, or without aid words, are not compared.
	c2 := c
	c2.Actors = []string{"CHN", "PAK"}
	c3 := c
	c3.Quote, c3.Subject = "China’s defence exports to Pakistan surpassed US$ 6.4 billion in 2023.", ""
	if fs := ClaimsAgainstSeries([]event.Claim{c2, c3}, crsAid()); len(fs) != 0 {
		t.Errorf("unrelated claims compared: %+v", fs)
	}
}

func TestHedgedCues(t *testing.T) {
	cs := []event.Claim{
		{Doc: "d", Quote: "The deal was reportedly worth US$ 1 billion.", Status: event.Asserted},
		{Doc: "d", Quote: "The deal was worth US$ 1 billion.", Status: event.Asserted},
		{Doc: "d", Quote: "Officials said a deal may be close.", Status: event.Hedged},
	}
	fs := HedgedStatements(cs, nil)
	if len(fs) != 2 || fs[0].Confidence >= fs[1].Confidence {
		t.Errorf("hedged: %+v (cue-detected should be less confident than coder-marked)", fs)
	}
}

// TestPercentUsesPreviousSentence mirrors how the coder segments the
// article: the JF-17 is named only in the sentence before each percentage,
// so the check must read the previous sentence from the document.
func TestPercentUsesPreviousSentence(t *testing.T) {
	sents := []string{
		"Contemporary defence cooperation has expanded to include joint weapons production, exemplified by the JF-17 Thunder multirole fighter.",
		"Developed collaboratively by Chengdu Aerospace Corporation and Pakistan Aeronautical Complex, over 70% of the jet’s components are now manufactured in Pakistan, showcasing technology transfer commitments.",
		"The corridor’s portfolio spans 32 energy projects.",
		"- Aerial Platforms: The JF-17 Block III, equipped with Chinese KLJ-7A AESA radars and PL-15E missiles, provides Pakistan with 4.5-generation capabilities rivalling India’s Rafale jets.",
		"PAC Kamra’s production lines now manufacture 25 fighters annually, with 60% indigenous content.",
		"Karachi Shipyard now builds 40% of the frigates’ hulls locally.",
	}
	doc := event.Document{ID: "d"}
	for _, s := range sents {
		if doc.Text != "" {
			doc.Text += " "
		}
		doc.Sentences = append(doc.Sentences, event.Span{Start: len(doc.Text), End: len(doc.Text) + len(s)})
		doc.Text += s
	}
	claim := func(id string, i int, text string, v float64, approx string) event.Claim {
		return event.Claim{ID: id, Doc: "d", Span: doc.Sentences[i], Quote: sents[i], Text: text, Kind: "percent", Value: v, Unit: "%", Approx: approx}
	}
	cs := []event.Claim{claim("a", 1, "70%", 70, "over"), claim("b", 4, "60%", 60, ""), claim("c", 5, "40%", 40, "")}
	if got := PercentConflicts(cs, nil); len(got) != 0 {
		t.Errorf("without the document nothing ties the claims to one thing, got %+v", got)
	}
	got := PercentConflicts(cs, contexts(cs, map[string]event.Document{"d": doc}))
	if len(got) != 1 || got[0].A.Claim != "a" || got[0].B.Claim != "b" {
		t.Errorf("with the document: want one finding a–b (the frigates’ 40%% is about another thing), got %+v", got)
	}
}
