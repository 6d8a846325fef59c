-- okju case schema, version 30: the identity table of every person the ledger reads (issue 16).
-- Documented in casefile/SCHEMA.md, "Ledger". A person's names live only in person_name; every
-- other table refers to the person by entity id, and ledger_entity holds the pseudonym.

CREATE TABLE person_identity (
  entity_id   BIGINT PRIMARY KEY REFERENCES ledger_entity (id),
  pseudonym   TEXT NOT NULL UNIQUE,
  role        TEXT NOT NULL
              CHECK (role IN ('victim', 'accused', 'accomplice', 'witness', 'unknown')),
  role_status TEXT NOT NULL CHECK (role_status IN ('suggested', 'confirmed')),
  created_at  TEXT NOT NULL
);

CREATE TABLE person_name (
  name      TEXT PRIMARY KEY,
  entity_id BIGINT NOT NULL REFERENCES person_identity (entity_id),
  kind      TEXT NOT NULL CHECK (kind IN ('name', 'written', 'reviewer', 'title'))
);
CREATE INDEX person_name_entity ON person_name (entity_id);

CREATE TABLE person_role_evidence (
  id          ${id_pk},
  entity_id   BIGINT NOT NULL REFERENCES person_identity (entity_id),
  role        TEXT NOT NULL
              CHECK (role IN ('victim', 'accused', 'accomplice', 'witness', 'unknown')),
  cue         TEXT NOT NULL,
  document_id BIGINT NOT NULL REFERENCES ledger_document (id),
  page        INTEGER NOT NULL,
  line        INTEGER NOT NULL,
  start_char  INTEGER NOT NULL,
  end_char    INTEGER NOT NULL,
  quote       TEXT NOT NULL,
  UNIQUE (entity_id, document_id, start_char, role)
);

CREATE TABLE person_role_decision (
  id               ${id_pk},
  entity_id        BIGINT NOT NULL REFERENCES person_identity (entity_id),
  role             TEXT NOT NULL
                   CHECK (role IN ('victim', 'accused', 'accomplice', 'witness', 'unknown')),
  previous_role    TEXT NOT NULL,
  username         TEXT NOT NULL,
  decided_at       TEXT NOT NULL,
  custody_sequence BIGINT
);
