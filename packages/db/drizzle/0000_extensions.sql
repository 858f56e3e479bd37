-- Trigram indexes for substring search on names and references. pg_trgm is a trusted extension
-- on PostgreSQL 13+, and PGlite loads it from @electric-sql/pglite/contrib/pg_trgm.
CREATE EXTENSION IF NOT EXISTS pg_trgm;
