-- Workbench (issue 12): indexes for the catalogue's filters and keyset-paged sorts on a case of
-- millions of items, and for the custody log's filters and per-user media-view counts.
-- Sort keys are the exact expressions SqlCatalogue orders by (NULL sizes and times sort first).
CREATE INDEX item_type_sort ON item ((COALESCE(media_type, '')), id);
CREATE INDEX item_status_id ON item (status, id);
CREATE INDEX item_size_sort ON item ((COALESCE(size, -1)), id);
CREATE INDEX item_modified_sort ON item ((COALESCE(modified_at, '')), id);
CREATE INDEX item_path_sort ON item (path_display, id);
CREATE INDEX hash_set_match_set ON hash_set_match (hash_set_id, item_id);
CREATE INDEX custody_entry_action_user ON custody_entry (action, username, seq);
CREATE INDEX custody_entry_user ON custody_entry (username, seq);
