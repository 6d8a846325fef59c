-- okju case schema, version 1: sources, the item catalogue, per-item errors, fingerprints,
-- metadata and the custody log. Documented table by table in casefile/SCHEMA.md.
-- ${id_pk} and ${bytes} are the only dialect differences (see Dialect.java).
-- Times are UTC ISO-8601 text with nine fraction digits, so text order is time order.

CREATE TABLE source (
  id                 ${id_pk},
  given_path         ${bytes} NOT NULL,
  given_path_display TEXT NOT NULL,
  started_at         TEXT NOT NULL,
  finished_at        TEXT,
  okju_version       TEXT NOT NULL,
  username           TEXT NOT NULL,
  command_line       TEXT NOT NULL,
  manifest_sha256    TEXT,
  item_count         BIGINT,
  status             TEXT NOT NULL CHECK (status IN ('running', 'complete', 'partial', 'failed'))
);

CREATE TABLE item (
  id                 ${id_pk},
  source_id          BIGINT NOT NULL REFERENCES source (id),
  parent_id          BIGINT REFERENCES item (id),
  parent_key         BIGINT NOT NULL,
  path               ${bytes} NOT NULL,
  path_sha256        ${bytes} NOT NULL,
  path_display       TEXT NOT NULL,
  size               BIGINT,
  modified_at        TEXT,
  changed_at         TEXT,
  accessed_at        TEXT,
  created_at         TEXT,
  media_type         TEXT,
  extension_mismatch BOOLEAN NOT NULL DEFAULT FALSE,
  md5                TEXT,
  sha1               TEXT,
  sha256             TEXT,
  status             TEXT NOT NULL CHECK (status IN ('ok', 'warning', 'error', 'skipped')),
  progress           TEXT NOT NULL CHECK (progress IN ('listed', 'hashed', 'fingerprinted', 'done')),
  UNIQUE (source_id, parent_key, path_sha256)
);
CREATE INDEX item_parent ON item (parent_id);
CREATE INDEX item_sha256 ON item (sha256);
CREATE INDEX item_md5 ON item (md5);

CREATE TABLE item_error (
  id          ${id_pk},
  item_id     BIGINT NOT NULL REFERENCES item (id),
  stage       TEXT NOT NULL,
  kind        TEXT NOT NULL,
  severity    TEXT NOT NULL CHECK (severity IN ('warning', 'error')),
  message     TEXT NOT NULL,
  recorded_at TEXT NOT NULL,
  UNIQUE (item_id, stage, kind)
);

CREATE TABLE image_pdq (
  item_id BIGINT PRIMARY KEY REFERENCES item (id),
  pdq     TEXT NOT NULL,
  quality INTEGER NOT NULL
);
CREATE INDEX image_pdq_pdq ON image_pdq (pdq);

CREATE TABLE image_pdq_dihedral (
  item_id  BIGINT NOT NULL REFERENCES image_pdq (item_id),
  dihedral TEXT NOT NULL,
  pdq      TEXT NOT NULL,
  PRIMARY KEY (item_id, dihedral)
);

CREATE TABLE video_frame (
  item_id           BIGINT NOT NULL REFERENCES item (id),
  frame_number      BIGINT NOT NULL,
  quality           INTEGER NOT NULL,
  pdq               TEXT NOT NULL,
  timestamp_seconds DOUBLE PRECISION NOT NULL,
  PRIMARY KEY (item_id, frame_number)
);

CREATE TABLE item_metadata (
  item_id BIGINT NOT NULL REFERENCES item (id),
  name    TEXT NOT NULL,
  value   TEXT NOT NULL,
  PRIMARY KEY (item_id, name)
);

CREATE TABLE custody_entry (
  seq             BIGINT PRIMARY KEY,
  recorded_at     TEXT NOT NULL,
  username        TEXT NOT NULL,
  action          TEXT NOT NULL,
  parameters      TEXT NOT NULL,
  inputs          TEXT NOT NULL,
  outputs         TEXT NOT NULL,
  okju_version    TEXT NOT NULL,
  previous_sha256 TEXT NOT NULL,
  entry_sha256    TEXT NOT NULL UNIQUE,
  signature       TEXT
);
