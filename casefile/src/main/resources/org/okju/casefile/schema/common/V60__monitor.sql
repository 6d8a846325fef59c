-- Web monitoring (issue 13): captures of web sites (WARC, WACZ, a folder with urls.csv), what each
-- record held, which pages link which media, the fingerprints of the media found there (never the
-- media: the capture file is the evidence), which case items they are copies of, the notices sent
-- to platforms, the per-case settings (platform registry, notifier), the negative bank and the
-- reviewers' decisions on sightings. The sightings and their states are computed from these rows
-- (capture times decide, so import order cannot change them).

CREATE TABLE web_capture (
  id                ${id_pk},
  sha256            TEXT NOT NULL UNIQUE,       -- of the capture file (a folder: of its manifest)
  name              TEXT NOT NULL,              -- the file or folder name as given
  format            TEXT NOT NULL CHECK (format IN ('warc', 'wacz', 'folder')),
  crawl             TEXT NOT NULL,
  size              BIGINT NOT NULL,
  imported_at       TEXT NOT NULL,
  username          TEXT NOT NULL,
  record_count      BIGINT NOT NULL,
  problem_count     BIGINT NOT NULL,
  first_captured_at TEXT,
  last_captured_at  TEXT
);
CREATE INDEX web_capture_crawl ON web_capture (crawl);

CREATE TABLE web_record (
  capture_id     BIGINT NOT NULL REFERENCES web_capture (id),
  member         TEXT NOT NULL,                 -- '' in a WARC; the WARC's path in a WACZ; the file
  record_offset  BIGINT NOT NULL,               -- byte offset of the record (its gzip member)
  record_id      TEXT,                          -- WARC-Record-ID
  record_type    TEXT NOT NULL,                 -- response, resource, revisit, file
  url            TEXT NOT NULL,
  captured_at    TEXT NOT NULL,
  http_status    INTEGER,                       -- NULL for a resource or a saved file
  server_ip      TEXT,
  content_type   TEXT,
  location       TEXT,                          -- a redirect's target, resolved
  payload_digest TEXT,                          -- as the record declares it (sha1:BASE32)
  payload_sha256 TEXT,                          -- computed; NULL when there is no payload
  payload_size   BIGINT,
  kind           TEXT NOT NULL CHECK (kind IN ('image', 'video', 'page', 'other', 'none')),
  refers_to      TEXT,                          -- a revisit: the record id it resolved to
  PRIMARY KEY (capture_id, member, record_offset)
);
CREATE INDEX web_record_url ON web_record (url);
CREATE INDEX web_record_payload ON web_record (payload_sha256);

CREATE TABLE web_link (
  capture_id BIGINT NOT NULL REFERENCES web_capture (id),
  page_url   TEXT NOT NULL,
  media_url  TEXT NOT NULL,
  relation   TEXT NOT NULL,                     -- img, video, source, og:image, a, manifest
  PRIMARY KEY (capture_id, page_url, media_url, relation)
);
CREATE INDEX web_link_media ON web_link (media_url);

CREATE TABLE web_problem (
  capture_id    BIGINT NOT NULL REFERENCES web_capture (id),
  member        TEXT NOT NULL,
  record_offset BIGINT NOT NULL,                -- -1 for the capture as a whole
  severity      TEXT NOT NULL CHECK (severity IN ('warning', 'error')),
  kind          TEXT NOT NULL,
  message       TEXT NOT NULL
);
CREATE INDEX web_problem_capture ON web_problem (capture_id);

CREATE TABLE web_media (
  sha256  TEXT PRIMARY KEY,
  md5     TEXT NOT NULL,
  sha1    TEXT NOT NULL,
  size    BIGINT NOT NULL,
  kind    TEXT NOT NULL CHECK (kind IN ('image', 'video')),
  pdq     TEXT,                                 -- an image's PDQ
  quality INTEGER,
  frames  TEXT                                  -- a video's vPDQ frames, JSON [[n,q,"hex",s],…]
);

CREATE TABLE web_match (
  media_sha256 TEXT NOT NULL REFERENCES web_media (sha256),
  item_id      BIGINT NOT NULL REFERENCES item (id),
  relation     TEXT NOT NULL,
  evidence     TEXT NOT NULL,                   -- JSON object
  weight       DOUBLE PRECISION NOT NULL,
  PRIMARY KEY (media_sha256, item_id)
);

CREATE TABLE monitor_setting (
  name  TEXT PRIMARY KEY,                       -- platforms, notifier
  value TEXT NOT NULL
);

CREATE TABLE web_notice (
  id          ${id_pk},
  platform    TEXT NOT NULL,
  regime      TEXT NOT NULL,
  format      TEXT NOT NULL,
  file_sha256 TEXT NOT NULL,
  written_at  TEXT NOT NULL,
  username    TEXT NOT NULL,
  sightings   TEXT NOT NULL                     -- JSON [["url","T-001"],…]
);

CREATE TABLE web_notified (
  url      TEXT NOT NULL,
  tape_id  TEXT NOT NULL,
  platform TEXT NOT NULL,
  sent_at  TEXT NOT NULL,
  username TEXT NOT NULL,
  PRIMARY KEY (url, tape_id, sent_at)
);

CREATE TABLE negative_hash (
  hash_kind TEXT NOT NULL CHECK (hash_kind IN ('md5', 'sha256', 'pdq')),
  hash      TEXT NOT NULL,
  reason    TEXT NOT NULL,                      -- partner-false, reviewer-rejected, ...
  source    TEXT NOT NULL,
  added_at  TEXT NOT NULL,
  username  TEXT NOT NULL,
  PRIMARY KEY (hash_kind, hash)
);

CREATE TABLE sighting_review (
  url        TEXT NOT NULL,
  tape_id    TEXT NOT NULL,
  decision   TEXT NOT NULL CHECK (decision IN ('confirmed', 'rejected')),
  username   TEXT NOT NULL,
  decided_at TEXT NOT NULL,
  reason     TEXT NOT NULL,
  PRIMARY KEY (url, tape_id)
);

CREATE TABLE tape_victim (
  tape_id   TEXT NOT NULL,
  pseudonym TEXT NOT NULL,
  username  TEXT NOT NULL,
  added_at  TEXT NOT NULL,
  PRIMARY KEY (tape_id, pseudonym)
);
