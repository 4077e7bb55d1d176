-- citext: e-mail addresses are unique regardless of case (accounts, issue 3).
-- A trusted extension since PostgreSQL 13, so the service's own role may create it.
CREATE EXTENSION IF NOT EXISTS citext;
