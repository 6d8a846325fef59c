-- Workbench (issue 12): a counter of the identity table's changes. Documented in casefile/SCHEMA.md,
-- "identity_version". Versions 75-79 belong to the workbench.
-- The workbench withholds every real name of the identity table from every response, so it needs
-- the table on every request; reading two tables per request cost more than the page. Every write
-- to person_identity or person_name, by any process, bumps this one row in the same transaction:
-- a reader that finds the number it saw last may reuse the table it read then, and one that finds
-- another number reads the table again before it answers.
CREATE TABLE identity_version (
  id      INTEGER PRIMARY KEY CHECK (id = 1),
  changes BIGINT NOT NULL
);
INSERT INTO identity_version (id, changes) VALUES (1, 0);

CREATE TRIGGER person_identity_changed_insert AFTER INSERT ON person_identity
BEGIN
  UPDATE identity_version SET changes = changes + 1;
END;

CREATE TRIGGER person_identity_changed_update AFTER UPDATE ON person_identity
BEGIN
  UPDATE identity_version SET changes = changes + 1;
END;

CREATE TRIGGER person_identity_changed_delete AFTER DELETE ON person_identity
BEGIN
  UPDATE identity_version SET changes = changes + 1;
END;

CREATE TRIGGER person_name_changed_insert AFTER INSERT ON person_name
BEGIN
  UPDATE identity_version SET changes = changes + 1;
END;

CREATE TRIGGER person_name_changed_update AFTER UPDATE ON person_name
BEGIN
  UPDATE identity_version SET changes = changes + 1;
END;

CREATE TRIGGER person_name_changed_delete AFTER DELETE ON person_name
BEGIN
  UPDATE identity_version SET changes = changes + 1;
END;
