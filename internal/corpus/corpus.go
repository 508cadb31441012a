// Package corpus embeds Pivot's default corpus: the founding article and the
// two material series tables (SIPRI arms transfers, CRS US aid) that the
// default knowledge base is built from. See data/SOURCES.md.
package corpus

import "embed"

//go:embed data
var files embed.FS

// Article is the founding analyst article, verbatim.
func Article() []byte { return must("data/pakistan-superpowers.txt") }

// SIPRI is the SIPRI TIV table of arms delivered to Pakistan by supplier and year.
func SIPRI() []byte { return must("data/sipri_tiv_to_pakistan_by_supplier_year.csv") }

// USAid is the CRS US aid to Pakistan by fiscal year summary.
func USAid() []byte { return must("data/us_aid_pakistan_by_fy_summary.csv") }

func must(name string) []byte {
	b, err := files.ReadFile(name)
	if err != nil {
		panic("corpus: " + err.Error()) // embedded at build time; cannot be missing
	}
	return b
}
