-- okju case schema, version 35: the text of every catalogued document, read at ingest (office
-- documents, PDF, HWP, mail, e-books, plain text in any encoding; OCR of scanned pages).
-- Documented in casefile/SCHEMA.md, "item_text". Versions 35-39 belong to text and search.
-- Per dialect: a new reading of an item gets a new, higher id, never a reused one (a search index
-- catches up by id), which SQLite only promises with AUTOINCREMENT.

CREATE TABLE item_text (
  id             INTEGER PRIMARY KEY AUTOINCREMENT,
  item_id        BIGINT NOT NULL UNIQUE REFERENCES item (id),
  method         TEXT NOT NULL CHECK (method IN ('plain', 'parser', 'ocr')),
  charset        TEXT,
  pages          INTEGER NOT NULL,
  characters     BIGINT NOT NULL,
  body           TEXT NOT NULL,
  body_sha256    TEXT NOT NULL,
  status         TEXT NOT NULL CHECK (status IN ('complete', 'partial')),
  message        TEXT,
  extracted_at   TEXT NOT NULL,
  ledger_read_at TEXT
);
CREATE INDEX item_text_unread ON item_text (ledger_read_at);
