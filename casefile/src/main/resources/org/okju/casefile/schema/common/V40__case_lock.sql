-- Who holds the case's writer lock (okju ingest, copies, match, ...), so that a second writer can
-- say "case busy: okju ingest (pid 4711, started ...)". The lock itself is not this row: it is an
-- operating-system lock on case.lock (SQLite) or a session advisory lock (PostgreSQL), which ends
-- with its process; a row left by a killed holder is simply overwritten by the next one.
-- session: the PostgreSQL backend pid of the holder's lock connection (NULL on SQLite), so that a
-- lock whose process died on this host can be broken without touching a live holder's session.
CREATE TABLE case_lock (
  id         INTEGER PRIMARY KEY CHECK (id = 1),
  command    TEXT NOT NULL,
  username   TEXT NOT NULL,
  host       TEXT NOT NULL,
  pid        BIGINT NOT NULL,
  started_at TEXT NOT NULL,
  session    BIGINT
);
