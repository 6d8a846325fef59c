-- The custody log is append-only: okju has no UPDATE or DELETE for it, and the database refuses
-- them too (TRUNCATE included), so that only a deliberate act (dropping or disabling the
-- trigger) can alter history; the hash chain then shows it.
CREATE FUNCTION custody_entry_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'custody_entry is append-only' USING ERRCODE = 'insufficient_privilege';
END
$$;

CREATE TRIGGER custody_entry_no_update_delete BEFORE UPDATE OR DELETE ON custody_entry
  FOR EACH ROW EXECUTE FUNCTION custody_entry_append_only();

CREATE TRIGGER custody_entry_no_truncate BEFORE TRUNCATE ON custody_entry
  FOR EACH STATEMENT EXECUTE FUNCTION custody_entry_append_only();
