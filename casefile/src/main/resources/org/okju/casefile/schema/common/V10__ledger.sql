-- okju case schema, version 10: the ledger (documents' text, entities, mentions, suggested facts,
-- review decisions, victims' identities). Documented in casefile/SCHEMA.md, "Ledger".
-- Numbered 10, not 3, so that other modules' migrations in flight can take 3..9.

CREATE TABLE ledger_document (
  id           ${id_pk},
  item_id      BIGINT REFERENCES item (id),
  name         TEXT NOT NULL,
  sha256       TEXT NOT NULL UNIQUE,
  media_type   TEXT,
  pages        INTEGER NOT NULL,
  body         TEXT NOT NULL,
  status       TEXT NOT NULL CHECK (status IN ('ok', 'partial', 'error')),
  message      TEXT,
  extracted_at TEXT NOT NULL
);

CREATE TABLE ledger_entity (
  id          ${id_pk},
  type        TEXT NOT NULL CHECK (type IN ('person', 'place', 'date', 'time', 'money', 'percent',
                                            'phone', 'account', 'drug', 'tape')),
  value       TEXT NOT NULL,
  normalized  TEXT NOT NULL,
  role        TEXT,
  currency    TEXT,
  merged_into BIGINT REFERENCES ledger_entity (id),
  UNIQUE (type, normalized)
);

CREATE TABLE ledger_mention (
  id          ${id_pk},
  entity_id   BIGINT NOT NULL REFERENCES ledger_entity (id),
  document_id BIGINT NOT NULL REFERENCES ledger_document (id),
  page        INTEGER NOT NULL,
  line        INTEGER NOT NULL,
  start_char  INTEGER NOT NULL,
  end_char    INTEGER NOT NULL,
  quote       TEXT NOT NULL,
  confidence  DOUBLE PRECISION NOT NULL,
  UNIQUE (entity_id, document_id, start_char)
);

CREATE TABLE ledger_fact (
  id          ${id_pk},
  fact_key    TEXT NOT NULL UNIQUE,
  type        TEXT NOT NULL CHECK (type IN ('payment', 'share', 'meeting', 'recording', 'supply')),
  status      TEXT NOT NULL CHECK (status IN ('suggested', 'confirmed', 'rejected')),
  subject_id  BIGINT REFERENCES ledger_entity (id),
  object_id   BIGINT REFERENCES ledger_entity (id),
  amount      TEXT,
  currency    TEXT,
  percent     TEXT,
  fact_date   TEXT,
  place_id    BIGINT REFERENCES ledger_entity (id),
  confidence  DOUBLE PRECISION NOT NULL,
  flags       TEXT NOT NULL,
  document_id BIGINT NOT NULL REFERENCES ledger_document (id),
  page        INTEGER NOT NULL,
  line        INTEGER NOT NULL,
  start_char  INTEGER NOT NULL,
  end_char    INTEGER NOT NULL,
  quote       TEXT NOT NULL
);
CREATE INDEX ledger_fact_status ON ledger_fact (status);

CREATE TABLE ledger_decision (
  id               ${id_pk},
  fact_id          BIGINT REFERENCES ledger_fact (id),
  entity_id        BIGINT REFERENCES ledger_entity (id),
  action           TEXT NOT NULL CHECK (action IN ('confirm', 'reject', 'edit', 'merge')),
  username         TEXT NOT NULL,
  decided_at       TEXT NOT NULL,
  detail           TEXT NOT NULL,
  custody_sequence BIGINT
);

CREATE TABLE victim_identity (
  pseudonym  TEXT PRIMARY KEY,
  real_name  TEXT NOT NULL UNIQUE,
  created_at TEXT NOT NULL
);
