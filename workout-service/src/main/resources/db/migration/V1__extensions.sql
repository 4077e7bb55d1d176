-- pg_trgm and unaccent power the typo-tolerant exercise search (issue 4).
-- Both are trusted extensions since PostgreSQL 13, so the service's own role may create them.
CREATE EXTENSION IF NOT EXISTS pg_trgm;
CREATE EXTENSION IF NOT EXISTS unaccent;
