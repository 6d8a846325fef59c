-- Workbench (issue 12): the catalogue's path text filter (q=) on a case of millions of items.
-- Documented in casefile/SCHEMA.md, "item_path_text". Versions 75-79 belong to the workbench.
-- A substring of a path is a scan of every row for LIKE; an FTS5 trigram index over the displayed
-- path finds the few rows holding all of a text's trigrams. It only narrows: SqlCatalogue tests
-- the same LIKE on every candidate, so results are exactly those of the scan. External content
-- (the rows stay in item); the triggers keep it in step with every write to item.
CREATE VIRTUAL TABLE item_path_text USING fts5(
  path_display, content = 'item', content_rowid = 'id', tokenize = 'trigram');
INSERT INTO item_path_text (item_path_text) VALUES ('rebuild');

CREATE TRIGGER item_path_text_insert AFTER INSERT ON item
BEGIN
  INSERT INTO item_path_text (rowid, path_display) VALUES (new.id, new.path_display);
END;

CREATE TRIGGER item_path_text_delete AFTER DELETE ON item
BEGIN
  INSERT INTO item_path_text (item_path_text, rowid, path_display)
    VALUES ('delete', old.id, old.path_display);
END;

CREATE TRIGGER item_path_text_update AFTER UPDATE OF path_display ON item
BEGIN
  INSERT INTO item_path_text (item_path_text, rowid, path_display)
    VALUES ('delete', old.id, old.path_display);
  INSERT INTO item_path_text (rowid, path_display) VALUES (new.id, new.path_display);
END;
