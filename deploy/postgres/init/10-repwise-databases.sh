#!/bin/bash
# One database per service, each owned by its own login role that no other service knows:
#   users (user_service), workouts (workout_service), notifications (notification_service).
# The postgres image runs this once, on the first start with an empty data directory
# (/docker-entrypoint-initdb.d). Used by docker-compose.yml and by the dev Kubernetes overlay
# (k8s/overlays/dev/postgres-init.yaml holds the same text; deploy-check keeps them equal).
# Passwords come from USERS_DB_PASSWORD, WORKOUTS_DB_PASSWORD and NOTIFICATIONS_DB_PASSWORD.
# The services create their own extensions (citext, pg_trgm, unaccent: trusted, so a database
# owner may) and their schema (Flyway) on start-up; pg_trgm in workouts is created below.
set -euo pipefail

create_database() {
  local database="$1" role="$2" password="$3"
  psql -v ON_ERROR_STOP=1 --no-psqlrc --username "${POSTGRES_USER:-postgres}" --dbname postgres \
    --set=database="${database}" --set=role="${role}" --set=password="${password}" <<'SQL'
CREATE ROLE :"role" LOGIN PASSWORD :'password';
CREATE DATABASE :"database" OWNER :"role";
REVOKE ALL ON DATABASE :"database" FROM PUBLIC;
SQL
}

create_database users user_service "${USERS_DB_PASSWORD:?USERS_DB_PASSWORD is not set}"
create_database workouts workout_service "${WORKOUTS_DB_PASSWORD:?WORKOUTS_DB_PASSWORD is not set}"
create_database notifications notification_service "${NOTIFICATIONS_DB_PASSWORD:?NOTIFICATIONS_DB_PASSWORD is not set}"

# The exercise search's word-similarity test (pg_trgm's <%) costs far more than the planner
# assumes; priced right, the planner asks the trigram index instead of testing every name
# (docs/PERFORMANCE.md). Only the owner of pg_trgm's functions may set that, so it is done here.
psql -v ON_ERROR_STOP=1 --no-psqlrc --username "${POSTGRES_USER:-postgres}" --dbname workouts <<'SQL'
CREATE EXTENSION IF NOT EXISTS pg_trgm;
ALTER FUNCTION word_similarity_op(text, text) COST 100;
SQL
