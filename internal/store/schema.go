package store

// Migrations is the ordered schema history: each entry runs once, in order,
// and its index+1 is recorded in schema_migrations. Append; never edit.
//
// Both backends run the same DDL. Lists of actor codes are stored as
// comma-joined text and dyads as "|A-B|…|" so the same SQL serves DuckDB and
// PostgreSQL; pair (the primary dyad) is the distribution key a Citus
// cluster shards events and mentions by (docs/scale.md).
var Migrations = []string{
	`CREATE SEQUENCE IF NOT EXISTS batch_ids START 1;
CREATE TABLE batches (
	id BIGINT PRIMARY KEY, source VARCHAR NOT NULL, format VARCHAR NOT NULL,
	checksum VARCHAR NOT NULL UNIQUE, rows INTEGER, skipped INTEGER, docs INTEGER,
	mentions INTEGER, events INTEGER, points INTEGER, claims INTEGER,
	started TIMESTAMP, finished TIMESTAMP, note VARCHAR);
CREATE TABLE documents (
	id VARCHAR PRIMARY KEY, batch BIGINT NOT NULL, title VARCHAR, author VARCHAR,
	publisher VARCHAR, date VARCHAR, url VARCHAR, text VARCHAR, sentences VARCHAR);
CREATE TABLE events (
	id VARCHAR NOT NULL, batch BIGINT NOT NULL, year INTEGER, month INTEGER, day INTEGER,
	date VARCHAR, end_date VARCHAR, actors VARCHAR, recipients VARCHAR, pair VARCHAR, pairs VARCHAR,
	a1 VARCHAR, r1 VARCHAR, type VARCHAR, mode VARCHAR, contexts VARCHAR, context1 VARCHAR,
	amount DOUBLE PRECISION, currency VARCHAR, per VARCHAR, status VARCHAR, quote VARCHAR,
	doc VARCHAR, span_start INTEGER, span_end INTEGER, confidence DOUBLE PRECISION,
	review VARCHAR, sources VARCHAR, score DOUBLE PRECISION, goldstein DOUBLE PRECISION, cameo VARCHAR,
	version INTEGER);
CREATE TABLE mentions (
	id VARCHAR NOT NULL, batch BIGINT NOT NULL, event VARCHAR, pair VARCHAR, year INTEGER,
	date VARCHAR, end_date VARCHAR, actors VARCHAR, recipients VARCHAR, type VARCHAR,
	mode VARCHAR, contexts VARCHAR, amount DOUBLE PRECISION, currency VARCHAR, per VARCHAR,
	status VARCHAR, quote VARCHAR, doc VARCHAR, span_start INTEGER, span_end INTEGER,
	confidence DOUBLE PRECISION, source VARCHAR, sentence INTEGER, trigger VARCHAR, cameo VARCHAR,
	goldstein DOUBLE PRECISION, url VARCHAR);
CREATE TABLE series (
	batch BIGINT NOT NULL, series VARCHAR, actor VARCHAR, recipient VARCHAR,
	period VARCHAR, start_year INTEGER, end_year INTEGER, value DOUBLE PRECISION, unit VARCHAR,
	category VARCHAR, source VARCHAR);
CREATE TABLE claims (
	id VARCHAR NOT NULL, batch BIGINT NOT NULL, doc VARCHAR, span_start INTEGER,
	span_end INTEGER, quote VARCHAR, text VARCHAR, kind VARCHAR, value DOUBLE PRECISION,
	unit VARCHAR, per VARCHAR, approx VARCHAR, date VARCHAR, end_date VARCHAR,
	actors VARCHAR, subject VARCHAR, status VARCHAR);
CREATE TABLE audit (
	event VARCHAR NOT NULL, who VARCHAR, at_time TIMESTAMP, before_json VARCHAR, after_json VARCHAR, note VARCHAR);`,
}
