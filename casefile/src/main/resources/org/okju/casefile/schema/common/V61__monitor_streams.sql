-- Videos captured as streams (issue 17): an HLS playlist, a DASH manifest or a URL fetched in
-- Range pieces is reassembled from the records that hold its parts and fingerprinted as one video.
-- The record a sighting is reached by (the playlist, the manifest, each ranged piece) keeps the
-- SHA-256 of the reassembled bytes (a web_media row) and the records it was built from; the parts
-- themselves stay ordinary records. Derived, like kind: the capture file is the evidence.

ALTER TABLE web_record ADD COLUMN stream_sha256 TEXT;  -- the reassembled stream; NULL otherwise
ALTER TABLE web_record ADD COLUMN stream_parts TEXT;   -- JSON: format, composition, parts, missing
