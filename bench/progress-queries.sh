#!/usr/bin/env bash
# Progress queries over five years of one lifter's history (1,001 workouts, 30,030 sets) in a
# database of 1,000 users (~3 million sets): builds the schema from workout-service's Flyway
# migrations in a scratch database, loads bench/progress/data.sql, then runs each query in
# bench/progress/queries.sql with EXPLAIN ANALYZE and reports the median execution time of
# seven runs after a warm-up, and the plan.
#
#   PGHOST=localhost PGPORT=5432 PGUSER=postgres bench/progress-queries.sh [--keep]
#
# Needs psql and a PostgreSQL 15+ it may create a database in (this machine has one on 5432).
# The database repwise_bench_progress is dropped first, and at the end unless --keep is given.
set -euo pipefail
cd "$(dirname "$0")/.."
export PGHOST=${PGHOST:-localhost} PGPORT=${PGPORT:-5432} PGUSER=${PGUSER:-postgres}
db=repwise_bench_progress
if [ "${REUSE:-}" != 1 ]; then   # REUSE=1 runs the queries on a database kept with --keep
  psql -q -d postgres -c "DROP DATABASE IF EXISTS $db" -c "CREATE DATABASE $db"
  for migration in $(ls workout-service/src/main/resources/db/migration/V*.sql | sort -V); do
    psql -q -v ON_ERROR_STOP=1 -d "$db" -f "$migration" >/dev/null
  done
  echo "== loading history"
  time psql -q -v ON_ERROR_STOP=1 -d "$db" -f bench/progress/data.sql
fi
lifter=00000000-0000-0000-0000-000000000001
exercise=$(psql -tA -d "$db" -c "SELECT exercise_id FROM workout_set WHERE owner_id = '$lifter' GROUP BY exercise_id ORDER BY count(*) DESC LIMIT 1")
echo "Machine: $(nproc) cores, $(free -g | awk '/Mem:/{print $2}') GiB, $(psql -tA -d "$db" -c 'SHOW server_version')"

# Split queries.sql on its "-- name:" lines and time each query.
awk '/^-- name:/{n++; sub(/^-- name: /,""); print > sprintf("/tmp/progress-q%02d.name", n); next}
     n>0 {print > sprintf("/tmp/progress-q%02d.sql", n)}' bench/progress/queries.sql
for sql in /tmp/progress-q*.sql; do
  name=$(cat "${sql%.sql}.name")
  times=()
  for run in 0 1 2 3 4 5 6 7; do
    plan=$( (echo "EXPLAIN (ANALYZE, BUFFERS)"; cat "$sql") | psql -tA -v lifter="$lifter" -v exercise="$exercise" -d "$db")
    [ "$run" -eq 0 ] && continue   # warm-up
    times+=("$(echo "$plan" | awk '/Execution Time/{print $3}')")
  done
  median=$(printf '%s\n' "${times[@]}" | sort -n | sed -n 4p)
  rows=$( (echo "SELECT count(*) FROM ("; sed 's/;[[:space:]]*$//' "$sql"; echo ") q;") \
    | psql -tA -v lifter="$lifter" -v exercise="$exercise" -d "$db")
  printf '\n== %s: median %s ms over 7 runs, %s rows\n' "$name" "$median" "$rows"
  echo "$plan" | grep -v -E "^(Planning|Execution) Time" | sed 's/^/   /'
done
rm -f /tmp/progress-q*
[ "${1:-}" = "--keep" ] || psql -q -d postgres -c "DROP DATABASE $db"
