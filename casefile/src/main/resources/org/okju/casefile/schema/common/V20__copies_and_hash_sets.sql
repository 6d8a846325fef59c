-- Copy grouping (issue 5): okju's extra perceptual views per image and per hashed video frame,
-- the groups of copies ("tapes"), imported hash sets and what in the case matched them.
-- Numbered 20 so that other modules' migrations in flight keep 11-19.

CREATE TABLE copy_signal (
  item_id           BIGINT NOT NULL REFERENCES item (id),
  frame_number      BIGINT NOT NULL,             -- -1 for an image
  timestamp_seconds DOUBLE PRECISION NOT NULL,   -- 0 for an image
  kind              TEXT NOT NULL,               -- full, content, center-90, ...
  orientation       TEXT NOT NULL,               -- the dihedral label: orig, rot90, flipx, ...
  pdq               TEXT NOT NULL,
  quality           INTEGER NOT NULL,
  PRIMARY KEY (item_id, frame_number, kind, orientation)
);

CREATE TABLE tape (
  id                TEXT PRIMARY KEY,            -- T-001, ...
  kind              TEXT NOT NULL CHECK (kind IN ('image', 'video')),
  representative_id BIGINT NOT NULL REFERENCES item (id)
);

CREATE TABLE tape_member (
  tape_id  TEXT NOT NULL REFERENCES tape (id),
  item_id  BIGINT NOT NULL REFERENCES item (id),
  position INTEGER NOT NULL,
  relation TEXT NOT NULL CHECK (relation IN ('representative', 'identical', 're-encoded',
    'transformed', 'trimmed', 'excerpt', 'compilation', 'still')),
  evidence TEXT NOT NULL,                        -- JSON object
  PRIMARY KEY (tape_id, item_id)
);
CREATE INDEX tape_member_item ON tape_member (item_id);

CREATE TABLE hash_set (
  id            ${id_pk},
  name          TEXT NOT NULL UNIQUE,
  kind          TEXT NOT NULL CHECK (kind IN ('known-bad', 'ignorable')),
  format        TEXT NOT NULL,
  file_sha256   TEXT NOT NULL,
  imported_at   TEXT NOT NULL,
  username      TEXT NOT NULL,
  entry_count   BIGINT,                          -- NULL while the import runs
  problem_count BIGINT
);

CREATE TABLE hash_set_entry (
  hash_set_id BIGINT NOT NULL REFERENCES hash_set (id),
  hash_kind   TEXT NOT NULL CHECK (hash_kind IN ('md5', 'sha1', 'sha256', 'pdq')),
  hash        TEXT NOT NULL,
  label       TEXT
);
CREATE INDEX hash_set_entry_hash ON hash_set_entry (hash_kind, hash);
CREATE INDEX hash_set_entry_set ON hash_set_entry (hash_set_id);
CREATE INDEX item_sha1 ON item (sha1);

CREATE TABLE hash_set_match (
  item_id     BIGINT NOT NULL REFERENCES item (id),
  hash_set_id BIGINT NOT NULL REFERENCES hash_set (id),
  hash_kind   TEXT NOT NULL,
  hash        TEXT NOT NULL,
  distance    INTEGER NOT NULL,                  -- 0 for an exact digest match
  PRIMARY KEY (item_id, hash_set_id, hash_kind, hash)
);
