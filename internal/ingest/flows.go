package ingest

import (
	"bytes"
	"encoding/csv"
	"fmt"
	"io"
	"strconv"
	"strings"

	"github.com/pivot-geo/pivot/internal/event"
)

// sipriSuppliers maps SIPRI's supplier names to ISO 3166-1 alpha-3 codes
// (SUN for the Soviet Union, as Pivot codes it).
var sipriSuppliers = map[string]string{
	"australia": "AUS", "belarus": "BLR", "brazil": "BRA", "canada": "CAN", "china": "CHN",
	"france": "FRA", "germany": "DEU", "indonesia": "IDN", "iran": "IRN", "italy": "ITA",
	"jordan": "JOR", "lebanon": "LBN", "libya": "LBY", "malta": "MLT", "netherlands": "NLD",
	"new zealand": "NZL", "north korea": "PRK", "portugal": "PRT", "qatar": "QAT",
	"romania": "ROU", "russia": "RUS", "slovakia": "SVK", "soviet union": "SUN", "spain": "ESP",
	"sweden": "SWE", "switzerland": "CHE", "thailand": "THA", "turkey": "TUR", "uae": "ARE",
	"united arab emirates": "ARE", "ukraine": "UKR", "united kingdom": "GBR", "united states": "USA",
	"pakistan": "PAK", "india": "IND", "south korea": "KOR", "israel": "ISR", "japan": "JPN",
	"czechoslovakia": "CSK", "czech republic": "CZE", "poland": "POL", "saudi arabia": "SAU",
	"egypt": "EGY", "south africa": "ZAF", "belgium": "BEL", "denmark": "DNK", "norway": "NOR",
	"austria": "AUT", "yugoslavia": "YUG", "serbia": "SRB", "singapore": "SGP",
}

const sipriSource = "SIPRI Arms Transfers Database, TIV by supplier and year (via 360-info/report-arms-trade, CC BY 4.0)"

// parseSIPRI reads supplier,recipient,year,tiv_musd[,…] rows into arms points.
func parseSIPRI(name string, data []byte) ([]event.SeriesPoint, error) {
	r := csv.NewReader(bytes.NewReader(data))
	head, err := r.Read()
	if err != nil {
		return nil, fmt.Errorf("%s: header: %w", name, err)
	}
	col := index(head)
	for _, need := range []string{"supplier", "recipient", "year", "tiv_musd"} {
		if _, ok := col[need]; !ok {
			return nil, fmt.Errorf("%s: line 1: missing column %q", name, need)
		}
	}
	var out []event.SeriesPoint
	for line := 2; ; line++ {
		rec, err := r.Read()
		if err == io.EOF {
			break
		}
		if err != nil {
			return nil, fmt.Errorf("%s: %w", name, err)
		}
		sup, ok := sipriSuppliers[strings.ToLower(rec[col["supplier"]])]
		if !ok {
			return nil, fmt.Errorf("%s: line %d: field supplier: unknown country %q", name, line, rec[col["supplier"]])
		}
		rcp, ok := sipriSuppliers[strings.ToLower(rec[col["recipient"]])]
		if !ok {
			return nil, fmt.Errorf("%s: line %d: field recipient: unknown country %q", name, line, rec[col["recipient"]])
		}
		year, err := strconv.Atoi(rec[col["year"]])
		if err != nil {
			return nil, fmt.Errorf("%s: line %d: field year: %q is not a year", name, line, rec[col["year"]])
		}
		v, err := strconv.ParseFloat(rec[col["tiv_musd"]], 64)
		if err != nil {
			return nil, fmt.Errorf("%s: line %d: field tiv_musd: %q is not a number", name, line, rec[col["tiv_musd"]])
		}
		out = append(out, event.SeriesPoint{Series: "arms", Actor: sup, Recipient: rcp, Period: strconv.Itoa(year),
			Start: year, End: year, Value: v, Unit: "TIV million", Source: sipriSource})
	}
	return out, nil
}

const crsSource = "CRS, Direct Overt U.S. Aid Appropriations for and Military Reimbursements to Pakistan (editions 2013-10-24, 2014-03-06, 2019-03-12)"

// parseUSAid reads the CRS fiscal-year summary into aid points, one per
// category (security, economic, csf, total). Empty cells are missing, not 0.
func parseUSAid(name string, data []byte) ([]event.SeriesPoint, error) {
	r := csv.NewReader(bytes.NewReader(data))
	head, err := r.Read()
	if err != nil {
		return nil, fmt.Errorf("%s: header: %w", name, err)
	}
	col := index(head)
	cats := []struct{ col, cat string }{
		{"security_related_musd", "security"}, {"economic_related_musd", "economic"},
		{"csf_reimbursements_musd", "csf"}, {"grand_total_musd", "total"},
	}
	for _, need := range append([]string{"fiscal_year"}, "grand_total_musd") {
		if _, ok := col[need]; !ok {
			return nil, fmt.Errorf("%s: line 1: missing column %q", name, need)
		}
	}
	var out []event.SeriesPoint
	for line := 2; ; line++ {
		rec, err := r.Read()
		if err == io.EOF {
			break
		}
		if err != nil {
			return nil, fmt.Errorf("%s: %w", name, err)
		}
		period := rec[col["fiscal_year"]]
		start, end, err := fiscalYears(period)
		if err != nil {
			return nil, fmt.Errorf("%s: line %d: field fiscal_year: %w", name, line, err)
		}
		src := crsSource
		if i, ok := col["source_table"]; ok && rec[i] != "" {
			src = "CRS " + strings.TrimPrefix(rec[i], "CRS ")
		}
		for _, c := range cats {
			i, ok := col[c.col]
			if !ok || strings.TrimSpace(rec[i]) == "" {
				continue
			}
			v, err := strconv.ParseFloat(rec[i], 64)
			if err != nil {
				return nil, fmt.Errorf("%s: line %d: field %s: %q is not a number", name, line, c.col, rec[i])
			}
			out = append(out, event.SeriesPoint{Series: "aid", Actor: "USA", Recipient: "PAK", Period: period,
				Start: start, End: end, Value: v, Unit: "USD million", Category: c.cat, Source: src})
		}
	}
	return out, nil
}

// fiscalYears reads "FY2009" or "FY2002-FY2007" as the fiscal years covered.
// A US fiscal year n runs from October n-1 to September n; Pivot files it
// under year n.
func fiscalYears(s string) (int, int, error) {
	a, b, isRange := strings.Cut(s, "-")
	y1, err := strconv.Atoi(strings.TrimPrefix(a, "FY"))
	if err != nil || !strings.HasPrefix(a, "FY") {
		return 0, 0, fmt.Errorf("%q: want FYyyyy or FYyyyy-FYyyyy", s)
	}
	if !isRange {
		return y1, y1, nil
	}
	y2, err := strconv.Atoi(strings.TrimPrefix(b, "FY"))
	if err != nil || !strings.HasPrefix(b, "FY") || y2 < y1 {
		return 0, 0, fmt.Errorf("%q: want FYyyyy or FYyyyy-FYyyyy", s)
	}
	return y1, y2, nil
}

func index(head []string) map[string]int {
	m := make(map[string]int, len(head))
	for i, h := range head {
		m[strings.ToLower(strings.TrimSpace(strings.TrimPrefix(h, "\ufeff")))] = i
	}
	return m
}

// dataRows counts a CSV table's data lines (not its header).
func dataRows(data []byte) int {
	n := bytes.Count(bytes.TrimRight(data, "\n"), []byte("\n"))
	return n
}
