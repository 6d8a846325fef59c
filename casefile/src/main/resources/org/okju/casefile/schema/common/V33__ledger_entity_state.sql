-- Issue 16 (re-reading a document gives what a fresh read gives): whether any reading of the
-- case's documents still finds an entity. 'found'; 'retired' (no reading finds it and no reviewer
-- decided anything about it: not shown, not exported, never deleted, and a person stays in the
-- identity table so that their name stays withheld); 'no-longer-found' (no reading finds it, but a
-- reviewer decided about it: kept and shown, marked for the reviewer). Documented in
-- casefile/SCHEMA.md, "Ledger". Entities stored before were found by the reading that stored them.

ALTER TABLE ledger_entity ADD COLUMN state TEXT NOT NULL DEFAULT 'found'
  CHECK (state IN ('found', 'retired', 'no-longer-found'));

-- A document read again forgets its previous reading and settles the entities it referred to:
-- by document and by party, not a scan of the case's every mention and fact per document.
CREATE INDEX ledger_mention_document ON ledger_mention (document_id);
CREATE INDEX person_role_evidence_document ON person_role_evidence (document_id);
CREATE INDEX ledger_fact_document ON ledger_fact (document_id);
CREATE INDEX ledger_fact_subject ON ledger_fact (subject_id);
CREATE INDEX ledger_fact_object ON ledger_fact (object_id);
CREATE INDEX ledger_fact_place ON ledger_fact (place_id);
