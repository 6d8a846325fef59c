-- Workbench (issue 12): the catalogue's path text filter (q=) on a case of millions of items.
-- Documented in casefile/SCHEMA.md, "item_path_text". Versions 75-79 belong to the workbench.
-- A trigram GIN index (pg_trgm) over the lower-cased displayed path serves SqlCatalogue's
-- LOWER(path_display) LIKE '%text%' as it stands. pg_trgm ships with PostgreSQL (contrib) and is a
-- trusted extension (PostgreSQL 13+): a case owner with CREATE on the database may add it. Where
-- it is missing or may not be created, the case opens without the index and the filter scans, as
-- before; the results are the same either way.
DO $$
BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_extension WHERE extname = 'pg_trgm') THEN
    BEGIN
      CREATE EXTENSION pg_trgm;
    EXCEPTION WHEN OTHERS THEN
      RAISE NOTICE 'pg_trgm is not available (%): the path text filter scans the catalogue', SQLERRM;
    END;
  END IF;
  IF EXISTS (SELECT 1 FROM pg_extension WHERE extname = 'pg_trgm') THEN
    EXECUTE 'CREATE INDEX item_path_text ON item USING gin (LOWER(path_display) '
      || (SELECT quote_ident(n.nspname) FROM pg_extension e JOIN pg_namespace n
            ON n.oid = e.extnamespace WHERE e.extname = 'pg_trgm')
      || '.gin_trgm_ops)';
  END IF;
END
$$;
