-- PostgreSQL prices pg_trgm's word-similarity test (<%) like a plain comparison, so on a table
-- of about 900 names it prefers to test every name (about 7 ms per search here) to asking the
-- trigram index (about 2 ms). Priced at its real cost, the planner takes the index.
-- Only the owner of pg_trgm's functions may set this: where the service role created the
-- extension itself, the setting comes from the database's init script instead
-- (deploy/postgres/init), and without either the search still works, by scanning.
DO $$
BEGIN
  ALTER FUNCTION word_similarity_op(text, text) COST 100;
EXCEPTION WHEN insufficient_privilege THEN
  RAISE NOTICE 'word_similarity_op keeps its default cost: %', SQLERRM;
END
$$;

-- The seeded library's statistics, so the planner knows its size from the first search rather
-- than after autovacuum's first pass.
ANALYZE exercise;
