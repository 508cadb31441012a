package ingest

import (
	"bytes"
	"strings"
	"unicode/utf8"
)

// detect names the dataset format of a file from its first bytes
// (decompressed): "gdelt" (events, 57/58/61 tab-separated fields, or
// mentions, 16; GKG files, 27, are recognised so that the importer can
// refuse them plainly), "icews" (tab header with Event ID and CAMEO Code),
// "plover" (JSON array, JSON lines, or a POLECAT tab header with an event
// type and actor columns), "series" (a CSV header with series, actor,
// period and value). "" means none of these.
func detect(head []byte) string {
	head = bytes.TrimPrefix(head, []byte("\ufeff"))
	// The sniffed head may end inside a character.
	for i := 0; i < utf8.UTFMax && len(head) > 0 && !utf8.Valid(head); i++ {
		head = head[:len(head)-1]
	}
	if !utf8.Valid(head) {
		return ""
	}
	trim := bytes.TrimLeft(head, " \t\r\n")
	if len(trim) > 0 && (trim[0] == '[' || trim[0] == '{') {
		if bytes.Contains(trim, []byte(`"event`)) || bytes.Contains(trim, []byte(`"actor`)) || bytes.Contains(trim, []byte(`"recipient`)) {
			return "plover"
		}
		return ""
	}
	first, _, _ := bytes.Cut(head, []byte("\n"))
	first = bytes.TrimRight(first, "\r")
	if bytes.IndexByte(first, '\t') >= 0 {
		fields := bytes.Split(first, []byte("\t"))
		n := len(fields)
		if isDigits(fields[0]) && (n == 57 || n == 58 || n == 61 || n == 16) {
			return "gdelt"
		}
		if n == 27 && bytes.Contains(fields[0], []byte("-")) {
			return "gdelt" // GKG: the GDELT importer explains why it refuses it
		}
		h := headerSet(first, "\t")
		switch {
		case h["eventid"] && h["cameocode"]:
			return "icews"
		case (h["eventtype"] || h["event"]) && (h["actorcountry"] || h["actorname"] || h["actor"]):
			return "plover"
		}
		return ""
	}
	h := headerSet(first, ",")
	if h["series"] && h["actor"] && h["period"] && h["value"] {
		return "series"
	}
	return ""
}

// normHeader lower-cases a column name and keeps only letters and digits:
// "Event ID", "event_id" and "EventId" all become "eventid".
func normHeader(s string) string {
	s = strings.TrimPrefix(strings.TrimSpace(s), "\ufeff")
	var b strings.Builder
	for _, r := range strings.ToLower(s) {
		if (r >= 'a' && r <= 'z') || (r >= '0' && r <= '9') {
			b.WriteRune(r)
		}
	}
	return b.String()
}

func headerSet(line []byte, sep string) map[string]bool {
	m := map[string]bool{}
	for _, f := range strings.Split(string(line), sep) {
		m[normHeader(strings.Trim(f, `"`))] = true
	}
	return m
}
