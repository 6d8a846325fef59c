-- okju case schema, version 31: moves the names of a case written before version 30 into the
-- identity table (person_identity, person_name) and leaves their pseudonyms in ledger_entity.
-- Victims keep the pseudonyms victim_identity gave them; every other person gets the next ones.
-- The dialects differ only in how a pseudonym is formatted and how "now" is written.

INSERT INTO person_identity (entity_id, pseudonym, role, role_status, created_at)
SELECT e.id, v.pseudonym, 'victim', 'suggested', v.created_at
FROM victim_identity v JOIN ledger_entity e ON e.type = 'person' AND e.normalized = v.pseudonym;

INSERT INTO person_name (name, entity_id, kind)
SELECT v.real_name, e.id, 'name'
FROM victim_identity v JOIN ledger_entity e ON e.type = 'person' AND e.normalized = v.pseudonym;

CREATE TABLE legacy_person AS
SELECT id, value, normalized, role,
       ROW_NUMBER() OVER (ORDER BY id) + (SELECT COUNT(*) FROM person_identity) AS n
FROM ledger_entity
WHERE type = 'person' AND normalized <> '(author)'
  AND id NOT IN (SELECT entity_id FROM person_identity);

INSERT INTO person_identity (entity_id, pseudonym, role, role_status, created_at)
SELECT id, 'V-' || CASE WHEN n < 1000 THEN lpad(n::text, 3, '0') ELSE n::text END, 'unknown', 'suggested', to_char(now() AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS') || '.000000000Z'
FROM legacy_person;

INSERT INTO person_name (name, entity_id, kind)
SELECT normalized, id, CASE WHEN role = normalized THEN 'title' ELSE 'name' END
FROM legacy_person
WHERE normalized NOT IN (SELECT name FROM person_name);

INSERT INTO person_name (name, entity_id, kind)
SELECT value, MIN(id), 'written'
FROM legacy_person
WHERE value <> normalized AND value NOT IN (SELECT name FROM person_name)
GROUP BY value;

UPDATE ledger_entity
SET value = (SELECT pseudonym FROM person_identity p WHERE p.entity_id = ledger_entity.id),
    normalized = (SELECT pseudonym FROM person_identity p WHERE p.entity_id = ledger_entity.id)
WHERE id IN (SELECT id FROM legacy_person);

UPDATE ledger_entity SET role = NULL WHERE type = 'person' AND role IN ('victim', '피해자');

DROP TABLE legacy_person;
DROP TABLE victim_identity;
