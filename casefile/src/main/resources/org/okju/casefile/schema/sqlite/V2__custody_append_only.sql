-- The custody log is append-only: okju has no UPDATE or DELETE for it, and the database refuses
-- them too, so that only a deliberate act (dropping the trigger) can alter history; the hash
-- chain then shows it.
CREATE TRIGGER custody_entry_no_update BEFORE UPDATE ON custody_entry
BEGIN
  SELECT RAISE(ABORT, 'custody_entry is append-only');
END;

CREATE TRIGGER custody_entry_no_delete BEFORE DELETE ON custody_entry
BEGIN
  SELECT RAISE(ABORT, 'custody_entry is append-only');
END;
