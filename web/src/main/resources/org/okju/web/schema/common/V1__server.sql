-- okju workbench server store, version 1: users, their case memberships, browser sessions, API
-- tokens, the registered cases and the jobs run from the browser. Separate from every case: a case
-- never learns who may open it. ${id_pk} is the only dialect difference.
-- Times are UTC ISO-8601 text (Instant.toString()); secrets are stored only as hashes.

CREATE TABLE server_user (
  id            ${id_pk},
  name          TEXT NOT NULL UNIQUE,
  role          TEXT NOT NULL CHECK (role IN ('admin', 'investigator', 'reviewer', 'takedown', 'auditor')),
  password_hash TEXT NOT NULL,
  failed_logins INTEGER NOT NULL DEFAULT 0,
  locked_until  TEXT,
  created_at    TEXT NOT NULL
);

CREATE TABLE server_case (
  id        ${id_pk},
  name      TEXT NOT NULL UNIQUE,
  location  TEXT NOT NULL,
  added_at  TEXT NOT NULL
);

-- Folders on the server under which the browser may start an ingest for the case.
CREATE TABLE server_evidence_root (
  case_id BIGINT NOT NULL REFERENCES server_case (id),
  path    TEXT NOT NULL,
  PRIMARY KEY (case_id, path)
);

CREATE TABLE server_membership (
  user_id BIGINT NOT NULL REFERENCES server_user (id),
  case_id BIGINT NOT NULL REFERENCES server_case (id),
  PRIMARY KEY (user_id, case_id)
);

-- Signed-in sessions; the cookie's value is never stored, only its SHA-256.
CREATE TABLE server_session (
  id_sha256    TEXT PRIMARY KEY,
  user_id      BIGINT NOT NULL REFERENCES server_user (id),
  csrf_token   TEXT NOT NULL,
  created_at   TEXT NOT NULL,
  last_seen_at TEXT NOT NULL
);
CREATE INDEX server_session_user ON server_session (user_id);

CREATE TABLE server_api_token (
  id           ${id_pk},
  user_id      BIGINT NOT NULL REFERENCES server_user (id),
  token_sha256 TEXT NOT NULL UNIQUE,
  created_at   TEXT NOT NULL
);

CREATE TABLE server_job (
  id          ${id_pk},
  case_id     BIGINT NOT NULL REFERENCES server_case (id),
  kind        TEXT NOT NULL,
  parameters  TEXT NOT NULL,
  username    TEXT NOT NULL,
  state       TEXT NOT NULL CHECK (state IN ('queued', 'running', 'done', 'failed', 'cancelled', 'interrupted')),
  queued_at   TEXT NOT NULL,
  started_at  TEXT,
  finished_at TEXT,
  message     TEXT,
  result      TEXT
);
CREATE INDEX server_job_case ON server_job (case_id, id);
