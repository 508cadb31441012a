package extract

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/pivot-geo/pivot/internal/event"
)

// TestGoldSets scores the coder on every gold set in testdata/gold and
// fails when precision, recall or amount accuracy drops below the set's
// floor. Floors sit a little under the measured values (docs/coder.md) so
// that a regression fails while small trade-offs can be made.
func TestGoldSets(t *testing.T) {
	cases := []struct {
		name              string
		noYear            bool
		precision, recall float64
		amounts           float64 // minimum share of amounts right (0 = not checked)
	}{
		{"pakistan-superpowers", false, 0.92, 0.92, 0.95},
		{"india-russia", false, 0.85, 0.78, 0.95},
		{"turkey-us-saudi-china", false, 0.85, 0.80, 0.95},
		{"iran-russia-gulf", false, 0.85, 0.80, 0.95},
		{"asia-pacific", false, 0.85, 0.80, 0},
		{"europe-asia", false, 0.85, 0.80, 0.95},
		{"caucasus-africa", false, 0.85, 0.90, 0},
		{"americas-mideast", false, 0.85, 0.75, 0.95},
		{"global-south", false, 0.85, 0.80, 0},
		{"korea-sahel", false, 0.85, 0.85, 0},
		{"trade-coercion", false, 0.85, 0.80, 0},
		{"iran-nuclear", false, 0.85, 0.85, 0},
		{"arms-diplomacy", false, 0.85, 0.75, 0.95},
		{"africa-asia-ties", false, 0.85, 0.85, 0.95},
		{"americas", false, 0.85, 0.72, 0.95},
		{"europe-frictions", false, 0.85, 0.75, 0},
		{"final-holdout", false, 0.85, 0.90, 0},
		{"maghreb-great-lakes", false, 0.74, 0.55, 0.95},
		{"south-asia-neighbours", false, 0.90, 0.80, 0.95},
		{"vetoes-borders", false, 0.90, 0.72, 0.95},
		{"americas-levant", false, 0.90, 0.90, 0},
		{"islands-courts", false, 0.92, 0.80, 0.95},
		// written by helpers that never saw the coder, 2026-11-27 (first
		// readings in testdata/gold/README.md; floors under today's values)
		{"pakistan-neighbours-powers", false, 0.90, 0.68, 0.95},
		{"gulf-horn-red-sea", false, 0.90, 0.80, 0.95},
		{"latin-america-africa-2010s", false, 0.85, 0.70, 0.95},
		{"us-china-russia-asia", false, 0.90, 0.74, 0.95},
		{"cold-war-alignments", false, 0.88, 0.80, 0.95},
		{"nordic-baltic-arctic", false, 0.85, 0.72, 0.95},
		{"pakistan-india-china-us", false, 0.88, 0.66, 0.95},
		{"east-asia-europe", false, 0.72, 0.64, 0.95},
		{"middle-east-powers", false, 0.80, 0.62, 0.95},
		{"africa-latam-asia", false, 0.80, 0.65, 0.95},
		{"pakistan-gulf-iran", false, 0.75, 0.40, 0.75},
		{"europe-mediterranean-asia", false, 0.80, 0.68, 0.45},
		{"superpowers-pakistan-1950-2000", false, 0.80, 0.60, 0.95},
		{"indo-pacific-2000s", false, 0.70, 0.48, 0.95},
		{"russia-china-pakistan-2000s", false, 0.75, 0.60, 0.95},
		{"americas-africa-europe", false, 0.60, 0.48, 0},
		{"us-pakistan-2001-2021", false, 0.76, 0.72, 0.95},
		{"eurasia-africa", false, 0.82, 0.62, 0.95},
		{"china-russia-central-asia", false, 0.80, 0.55, 0.95},
		{"americas-asia-2000s", false, 0.65, 0.52, 0},
		{"gulf-great-powers", false, 0.72, 0.70, 0.95},
		{"south-asia-africa", false, 0.78, 0.65, 0.80},
		{"russia-pakistan-deep-dive", false, 0.65, 0.62, 0},
		{"africa-asia-latam-2010s", false, 0.82, 0.65, 0},
		{"china-pakistan-deep-dive", false, 0.68, 0.60, 0.95},
		{"europe-russia-2000s", false, 0.75, 0.68, 0.95},
		{"us-china-pakistan-india-2010s", false, 0.88, 0.82, 0.95},
		{"middle-east-africa-2010s", false, 0.70, 0.58, 0.95},
		{"cold-war-asia", false, 0.78, 0.62, 0.95},
		{"europe-americas-2000s", false, 0.72, 0.57, 0.95},
		{"us-pakistan-1947-2000", false, 0.65, 0.40, 0.95},
		{"asia-africa-2020s", false, 0.80, 0.88, 0.95},
		{"china-russia-us-global-south", false, 0.85, 0.75, 0.95},
		{"balkans-caucasus-1990s-2020s", false, 0.62, 0.55, 0.95},
		{"great-powers-pakistan-summary", false, 0.85, 0.85, 0.95},
		{"middle-powers-2020s", false, 0.85, 0.80, 0},
		{"india-great-powers", false, 0.50, 0.35, 0.95},
		{"iran-powers-1953-2025", false, 0.65, 0.62, 0},
		{"africa-security-2000s", false, 0.60, 0.45, 0.95},
		{"indo-pacific-maritime", false, 0.62, 0.45, 0.95},
		{"egypt-powers-1952-2025", false, 0.48, 0.40, 0},
		{"vietnam-powers-1950-2025", false, 0.33, 0.15, 0.95},
		{"latin-america-powers", false, 0.60, 0.40, 0.95},
		{"central-asia-caucasus-1991-2025", false, 0.60, 0.42, 0.95},
		{"korea-powers-1945-2025", false, 0.55, 0.38, 0.95},
		{"turkey-powers-1945-2025", false, 0.78, 0.48, 0.95},
		{"saudi-powers-1945-2025", false, 0.58, 0.45, 0},
		{"ukraine-powers-1991-2025", false, 0.55, 0.27, 0},
		{"israel-powers-1948-2025", false, 0.58, 0.43, 0.95},
		{"ethiopia-powers-1945-2025", false, 0.38, 0.35, 0.95},
		{"indonesia-powers-1949-2025", false, 0.65, 0.43, 0.95},
		{"asia-rivalries-survey", false, 0.58, 0.40, 0.95},
		{"japan-powers-1945-2025", false, 0.75, 0.70, 0.95},
		{"pakistan-great-powers-essay", false, 0.68, 0.48, 0.95},
		{"europe-africa-survey", false, 0.58, 0.58, 0.95},
		{"russia-china-1949-2025", false, 0.72, 0.53, 0.95},
		{"latam-asia-survey", false, 0.57, 0.35, 0},
		{"middle-east-survey", false, 0.50, 0.44, 0.95},
		{"brazil-powers-1945-2025", false, 0.58, 0.45, 0.95},
		{"pakistan-powers-2008-2025", false, 0.78, 0.64, 0.95},
		{"pacific-islands-survey", false, 0.45, 0.40, 0.95},
		{"cuba-powers-1959-2025", false, 0.67, 0.45, 0.95},
		{"afghanistan-powers-1947-2025", false, 0.50, 0.33, 0.95},
		{"us-pakistan-cold-war-brief", false, 0.60, 0.58, 0.95},
		{"gulf-asia-survey", false, 0.75, 0.50, 0},
		{"philippines-powers-1946-2025", false, 0.60, 0.44, 0.95},
		{"iraq-powers-1958-2025", false, 0.58, 0.35, 0.95},
		{"central-europe-survey", false, 0.65, 0.42, 0.95},
		{"india-pakistan-crises-brief", false, 0.75, 0.45, 0.95},
		{"venezuela-powers-1958-2025", false, 0.72, 0.40, 0.95},
		{"south-africa-powers-1948-2025", false, 0.48, 0.45, 0.95},
		{"pakistan-afghan-war-feature", false, 0.52, 0.42, 0},
		{"east-africa-survey", false, 0.72, 0.45, 0.95},
		{"pakistan-nuclear-powers-1972-2025", false, 0.57, 0.45, 0.95},
		{"nigeria-powers-1960-2025", false, 0.52, 0.42, 0.95},
		{"turkey-russia-iran-survey", false, 0.48, 0.45, 0.95},
		{"china-india-1950-2025", false, 0.70, 0.58, 0.95},
		{"pakistan-powers-2018-2025-brief", false, 0.52, 0.40, 0.95},
		{"mexico-powers-1946-2025", false, 0.50, 0.35, 0},
		{"pakistan-saudi-iran-survey", false, 0.45, 0.32, 0.95},
		{"ukraine-war-diplomacy-feature", false, 0.62, 0.55, 0},
		{"japan-china-korea-1972-2025", false, 0.65, 0.45, 0},
		{"algeria-morocco-powers-1962-2025", false, 0.53, 0.53, 0.95},
		{"eu-china-survey", false, 0.48, 0.33, 0.95},
		{"russia-pakistan-brief", false, 0.40, 0.40, 0},
		{"argentina-powers-1946-2025", false, 0.65, 0.40, 0},
		{"pakistan-china-1950-2025", false, 0.62, 0.58, 0.95},
		{"us-pakistan-2001-2025-feature", false, 0.50, 0.40, 0.95},
		{"soviet-india-1947-1991", false, 0.46, 0.42, 0.95},
		{"israel-gulf-survey", false, 0.48, 0.45, 0.95},
		{"kazakhstan-powers-1991-2025", false, 0.55, 0.42, 0.95},
		{"pakistan-powers-1947-1971", false, 0.50, 0.40, 0.95},
		{"pakistan-triangle-2020s-brief", false, 0.70, 0.66, 0.95},
		{"greece-turkey-cyprus-1950-2025", false, 0.50, 0.40, 0.95},
		{"canada-powers-survey", false, 0.70, 0.60, 0.95},
		{"pakistan-us-1971-2001-essay", false, 0.70, 0.52, 0.95},
		{"indonesia-powers-survey", false, 0.55, 0.38, 0.95},
		{"iran-russia-china-brief", false, 0.60, 0.40, 0.95},
		{"bangladesh-powers-1971-2025", false, 0.66, 0.45, 0.95},
		{"pakistan-china-russia-2001-2025-feature", false, 0.68, 0.58, 0.95},
		{"syria-powers-brief", false, 0.43, 0.50, 0.95},
		{"srilanka-powers-1948-2025", false, 0.52, 0.36, 0},
		{"sudan-powers-survey", false, 0.53, 0.36, 0},
		{"pakistan-us-china-2010s-brief", false, 0.72, 0.58, 0.85},
		{"myanmar-powers-survey", false, 0.53, 0.24, 0.95},
		{"caucasus-karabakh-survey", false, 0.68, 0.48, 0.95},
		{"libya-powers-1969-2025", false, 0.30, 0.22, 0.95},
		{"pakistan-afghanistan-powers-2001-2025", false, 0.62, 0.42, 0.95},
		{"gulf-china-survey", false, 0.66, 0.45, 0.95},
		{"ethiopia-eritrea-horn-brief", false, 0.65, 0.48, 0.95},
		{"south-korea-powers-1948-2025", false, 0.52, 0.52, 0.95},
		{"pakistan-turkey-iran-central-asia-survey", false, 0.36, 0.32, 0.95},
		{"chile-powers-1970-2025", false, 0.50, 0.30, 0.95},
		{"japan-russia-kurils-brief", false, 0.66, 0.46, 0},
		{"poland-powers-survey", false, 0.75, 0.53, 0.95},
		{"serbia-powers-survey", false, 0.56, 0.40, 0.95},
		{"pakistan-arms-suppliers-survey", false, 0.56, 0.40, 0.95},
		{"egypt-gulf-brief", false, 0.53, 0.42, 0.95},
		{"australia-powers-1951-2025", false, 0.54, 0.48, 0},
		{"india-pakistan-powers-1999-2025", false, 0.60, 0.37, 0.95},
		{"mongolia-third-neighbour-survey", false, 0.88, 0.70, 0.95},
		{"nicaragua-powers-1979-2025", false, 0.60, 0.33, 0.95},
		{"greenland-denmark-us-brief", false, 0.51, 0.32, 0},
		{"pakistan-us-2008-2018-feature", false, 0.74, 0.51, 0.80},
		{"vietnam-china-us-survey", false, 0.70, 0.56, 0.65},
		{"ukraine-russia-eu-2004-2021-essay", false, 0.66, 0.40, 0.95},
		{"qatar-blockade-brief", false, 0.45, 0.35, 0},
		{"cpec-security-brief", false, 0.74, 0.48, 0.65},
		{"lebanon-powers-brief", false, 0.58, 0.45, 0.95},
		{"angola-powers-1975-2025", false, 0.62, 0.33, 0.95},
		{"taiwan-allies-survey", false, 0.54, 0.48, 0},
		{"pakistan-russia-soviet-1947-1991-essay", false, 0.52, 0.46, 0.95},
		{"west-africa-sahel-brief", false, 0.68, 0.27, 0.95},
		{"brazil-china-us-survey", false, 0.50, 0.45, 0},
		{"japan-korea-us-brief", false, 0.78, 0.53, 0.95},
		{"pakistan-china-us-1960s-1970s-brief", false, 0.62, 0.37, 0.95},
		{"turkey-us-russia-survey", false, 0.60, 0.64, 0.95},
		{"somalia-powers-survey", false, 0.65, 0.42, 0.95},
		{"iran-saudi-rivalry-essay", false, 0.68, 0.60, 0.95},
		{"pakistan-gulf-china-2015-2025-brief", false, 0.66, 0.46, 0.95},
		{"north-korea-powers-survey", false, 0.75, 0.64, 0.95},
		{"venezuela-cuba-us-brief", false, 0.80, 0.56, 0.95},
		{"india-us-russia-2000-2025-essay", false, 0.43, 0.40, 0.70},
		{"pakistan-us-china-1979-1991-essay", false, 0.54, 0.47, 0.95},
		{"kenya-powers-survey", false, 0.61, 0.50, 0.95},
		{"arctic-council-powers-brief", false, 0.43, 0.30, 0},
		{"thailand-powers-1950-2025", false, 0.58, 0.38, 0.95},
		{"pakistan-china-cpec-2013-2025-feature", false, 0.80, 0.45, 0.95},
		{"colombia-powers-1948-2025", false, 0.48, 0.45, 0.60},
		{"central-africa-wagner-brief", false, 0.67, 0.40, 0.95},
		{"south-china-sea-survey", false, 0.80, 0.45, 0.95},
		{"pakistan-us-2021-2025-essay", false, 0.70, 0.39, 0.95},
		{"eastern-europe-energy-survey", false, 0.48, 0.30, 0.95},
		{"yemen-red-sea-brief", false, 0.64, 0.39, 0},
		{"iraq-kuwait-gulf-war-1988-2003", false, 0.50, 0.28, 0.95},
		{"pakistan-russia-2014-2025-brief", false, 0.70, 0.66, 0.60},
		{"ethiopia-egypt-nile-1959-2025", false, 0.63, 0.50, 0.70},
		{"baltic-states-russia-survey", false, 0.41, 0.20, 0},
		{"south-africa-apartheid-powers-1960-1994", false, 0.50, 0.40, 0.95},
		{"pakistan-china-1962-1990-essay", false, 0.62, 0.38, 0.95},
		{"horn-of-africa-ports-survey", false, 0.51, 0.41, 0.95},
		{"armenia-azerbaijan-brief", false, 0.58, 0.44, 0.95},
		{"cuba-missile-crisis-1959-1963", false, 0.52, 0.29, 0},
		{"pakistan-imf-gulf-2018-2024-feature", false, 0.47, 0.17, 0},
		{"india-china-1950-1962-essay", false, 0.57, 0.35, 0},
		{"gulf-normalisation-israel-brief", false, 0.59, 0.41, 0.95},
		{"north-korea-1950-1994-essay", false, 0.59, 0.27, 0.95},
		{"pakistan-afghan-taliban-2021-2025-brief", false, 0.52, 0.33, 0.95},
		{"philippines-us-china-2016-2025-essay", false, 0.71, 0.41, 0.95},
		{"central-asia-china-russia-survey", false, 0.73, 0.47, 0.95},
		{"france-africa-1960-2025-essay", false, 0.58, 0.48, 0.95},
		{"us-pakistan-nuclear-1974-2008-essay", false, 0.57, 0.40, 0.45},
		{"mexico-us-2018-2025-survey", false, 0.46, 0.33, 0.95},
		{"sri-lanka-debt-brief", false, 0.64, 0.39, 0.80},
		{"egypt-israel-us-1967-1979-essay", false, 0.59, 0.43, 0.95},
		{"pakistan-india-crises-1947-2019-survey", false, 0.73, 0.58, 0.95},
		{"iran-nuclear-deal-2002-2025-essay", false, 0.18, 0.15, 0.95},
		{"west-africa-ecowas-brief", false, 0.55, 0.40, 0},
		{"germany-russia-1990-2025-essay", false, 0.54, 0.45, 0.95},
		{"pakistan-saudi-1947-2025-essay", false, 0.69, 0.44, 0.95},
		{"venezuela-guyana-essequibo-brief", false, 0.31, 0.23, 0},
		{"japan-powers-survey", false, 0.51, 0.50, 0.75},
		{"vietnam-cambodia-china-1975-1991-essay", false, 0.52, 0.38, 0.95},
		{"pakistan-powers-2022-2025-feature", false, 0.72, 0.55, 0.95},
		{"korea-us-china-2016-2025-essay", false, 0.63, 0.47, 0.45},
		{"sudan-war-powers-brief", false, 0.55, 0.17, 0.95},
		{"turkey-greece-cyprus-1955-1990-essay", false, 0.49, 0.37, 0},
		{"us-pakistan-1990-2001-essay", false, 0.64, 0.54, 0.75},
		{"eastern-mediterranean-gas-survey", false, 0.53, 0.47, 0.95},
		{"taiwan-strait-brief", false, 0.61, 0.28, 0.95},
		{"russia-china-1991-2025-essay", false, 0.59, 0.43, 0.80},
		{"pakistan-china-arms-survey", false, 0.71, 0.50, 0.95},
		{"india-soviet-1971-1991-essay", false, 0.40, 0.22, 0.95},
		{"horn-ethiopia-egypt-2018-2025-brief", false, 0.55, 0.41, 0.95},
		{"china-vietnam-us-1950-1979-essay", false, 0.67, 0.42, 0.95},
		{"pakistan-afghanistan-1947-1992-essay", false, 0.57, 0.42, 0.95},
		{"india-neighbours-survey", false, 0.61, 0.38, 0.95},
		{"red-sea-ports-gulf-brief", false, 0.53, 0.41, 0.75},
		{"us-cuba-1991-2025-essay", false, 0.59, 0.40, 0.95},
		{"pakistan-us-2001-2011-feature", false, 0.52, 0.33, 0.45},
		{"algeria-france-1962-2025-essay", false, 0.57, 0.48, 0.45},
		{"pakistan-great-powers-2011-2021-brief", false, 0.65, 0.55, 0.95},
		{"nigeria-biafra-powers-1966-1975-essay", false, 0.33, 0.22, 0},
		{"gulf-iran-china-survey", false, 0.42, 0.38, 0.95},
		{"india-us-1947-1991-essay", false, 0.62, 0.52, 0.60},
		{"east-timor-indonesia-australia-brief", false, 0.26, 0.20, 0},
		{"pakistan-powers-1971-1979-essay", false, 0.45, 0.32, 0.95},
		{"pakistan-us-china-2011-2018-essay", false, 0.66, 0.60, 0.80},
		{"zimbabwe-powers-survey", false, 0.34, 0.34, 0.95},
		{"plover-gsr", true, 0.48, 0.43, 0},
	}
	dir := filepath.Join("..", "..", "testdata", "gold")
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			text, err := os.ReadFile(filepath.Join(dir, c.name+".txt"))
			if err != nil {
				t.Fatal(err)
			}
			f, err := os.Open(filepath.Join(dir, c.name+".jsonl"))
			if err != nil {
				t.Fatal(err)
			}
			defer f.Close()
			gold, err := ReadGold(f)
			if err != nil {
				t.Fatal(err)
			}
			res := testX.Document(&event.Document{ID: c.name, Text: string(text)}, Options{Undated: c.noYear})
			r := testX.Score(gold, res.Mentions, string(text), ScoreOptions{NoYear: c.noYear})
			t.Logf("%s: P %.3f R %.3f F1 %.3f (gold %d, system %d, matched %d), amounts %d/%d",
				c.name, r.Precision, r.Recall, r.F1, r.Gold, r.System, r.Matched, r.AmountRight, r.AmountTotal)
			if r.Precision < c.precision {
				t.Errorf("precision %.3f < %.2f", r.Precision, c.precision)
			}
			if r.Recall < c.recall {
				t.Errorf("recall %.3f < %.2f", r.Recall, c.recall)
			}
			if c.amounts > 0 && r.AmountTotal > 0 && float64(r.AmountRight)/float64(r.AmountTotal) < c.amounts {
				t.Errorf("amounts right %d/%d < %.2f", r.AmountRight, r.AmountTotal, c.amounts)
			}
			for _, m := range r.Misses {
				t.Logf("miss %s  %s", m.Key, m.Note)
			}
		})
	}
}
