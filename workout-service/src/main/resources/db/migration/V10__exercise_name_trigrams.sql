-- Text search matches names with ILIKE and pg_trgm's word similarity operator (<%); a trigram
-- index serves both, so a search no longer computes similarity for every exercise.
CREATE INDEX exercise_name_trigrams ON exercise USING gin (name gin_trgm_ops);
