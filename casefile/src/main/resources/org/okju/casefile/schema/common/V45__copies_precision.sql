-- Copy-grouping precision (issue 20): what each image holds beyond its hashes (so that matches
-- between low-information pictures can be checked pixel by pixel), how each tape member joined its
-- tape, what is related to a tape without being in it, and reviewers' splits of tapes.

CREATE TABLE picture_profile (
  item_id           BIGINT PRIMARY KEY REFERENCES item (id),
  width             INTEGER NOT NULL,
  height            INTEGER NOT NULL,
  colours           INTEGER NOT NULL,            -- distinct colours, 5 bits a channel
  dominant_share    DOUBLE PRECISION NOT NULL,   -- share of the most common colour
  smooth_share      DOUBLE PRECISION NOT NULL,   -- share of blocks without detail (flat or evenly shaded)
  transparent_share DOUBLE PRECISION NOT NULL,   -- share at least half transparent
  content_x0        DOUBLE PRECISION NOT NULL,   -- the content box, in shares of width/height
  content_y0        DOUBLE PRECISION NOT NULL,
  content_x1        DOUBLE PRECISION NOT NULL,
  content_y1        DOUBLE PRECISION NOT NULL,
  thumbnail_luma    ${bytes} NOT NULL,           -- 64x64 luma, rows top to bottom
  thumbnail_alpha   ${bytes}                     -- 64x64 alpha; NULL for an opaque picture
);

ALTER TABLE tape_member ADD COLUMN joined TEXT NOT NULL DEFAULT 'direct'
  CHECK (joined IN ('representative', 'direct', 'via-member', 'compilation'));
UPDATE tape_member SET joined = 'representative' WHERE relation = 'representative';
UPDATE tape_member SET joined = 'compilation' WHERE relation = 'compilation';

CREATE TABLE tape_related (
  tape_id   TEXT NOT NULL REFERENCES tape (id),
  item_id   BIGINT NOT NULL REFERENCES item (id),  -- the related item, in tape in_tape
  member_id BIGINT NOT NULL REFERENCES item (id),  -- the member of tape_id it has evidence against
  in_tape   TEXT NOT NULL,
  relation  TEXT NOT NULL,
  evidence  TEXT NOT NULL,                         -- JSON object
  PRIMARY KEY (tape_id, item_id)
);

CREATE TABLE tape_split (
  id         ${id_pk},
  tape_id    TEXT NOT NULL,                        -- the tape's id when it was split
  username   TEXT NOT NULL,
  decided_at TEXT NOT NULL,
  reason     TEXT NOT NULL
);

CREATE TABLE tape_split_item (
  split_id BIGINT NOT NULL REFERENCES tape_split (id),
  item_id  BIGINT NOT NULL REFERENCES item (id),
  side     TEXT NOT NULL CHECK (side IN ('moved', 'kept')),
  PRIMARY KEY (split_id, item_id)
);
