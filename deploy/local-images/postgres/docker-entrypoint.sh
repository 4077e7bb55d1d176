#!/bin/bash
# The official postgres image's start-up, for Debian's PostgreSQL: on an empty data directory,
# initdb with POSTGRES_USER and POSTGRES_PASSWORD, open TCP with POSTGRES_HOST_AUTH_METHOD
# (scram-sha-256 unless set), create POSTGRES_DB, and run /docker-entrypoint-initdb.d (*.sh run,
# or sourced when not executable; *.sql and *.sql.gz through psql) against a server that listens
# only on its socket; then start the real server. Started as root it takes ownership of the data
# directory and drops to the postgres user.
set -Eeuo pipefail

if [ "${1:0:1}" = '-' ]; then
  set -- postgres "$@"
fi
if [ "$1" != postgres ]; then
  exec "$@"
fi

if [ "$(id -u)" = 0 ]; then
  mkdir -p "${PGDATA}"
  chown postgres:postgres "${PGDATA}"
  chmod 0700 "${PGDATA}"
  exec setpriv --reuid=postgres --regid=postgres --init-groups "${BASH_SOURCE[0]}" "$@"
fi

if [ ! -s "${PGDATA}/PG_VERSION" ]; then
  if [ -z "${POSTGRES_PASSWORD:-}" ] && [ "${POSTGRES_HOST_AUTH_METHOD:-}" != trust ]; then
    echo "Error: the database is uninitialized and POSTGRES_PASSWORD is not set (or set" >&2
    echo "POSTGRES_HOST_AUTH_METHOD=trust to allow connections without a password)." >&2
    exit 1
  fi
  export POSTGRES_USER="${POSTGRES_USER:-postgres}"
  export POSTGRES_DB="${POSTGRES_DB:-${POSTGRES_USER}}"
  # shellcheck disable=SC2086 # POSTGRES_INITDB_ARGS is a list of options
  initdb --username="${POSTGRES_USER}" --pwfile=<(printf '%s\n' "${POSTGRES_PASSWORD:-}") \
    --encoding=UTF8 --locale=C.UTF-8 ${POSTGRES_INITDB_ARGS:-}
  printf "\nlisten_addresses = '*'\n" >> "${PGDATA}/postgresql.conf"
  printf '\nhost all all all %s\n' "${POSTGRES_HOST_AUTH_METHOD:-scram-sha-256}" >> "${PGDATA}/pg_hba.conf"

  pg_ctl -D "${PGDATA}" -o "-c listen_addresses='' -p 5432" -w start
  export PGUSER="${POSTGRES_USER}" PGPASSWORD="${POSTGRES_PASSWORD:-}" PGDATABASE=postgres
  if [ "${POSTGRES_DB}" != postgres ]; then
    psql -v ON_ERROR_STOP=1 --no-psqlrc --set=db="${POSTGRES_DB}" <<'SQL'
CREATE DATABASE :"db";
SQL
  fi
  for script in /docker-entrypoint-initdb.d/*; do
    case "${script}" in
      *.sh)
        if [ -x "${script}" ]; then
          echo "$0: running ${script}"
          "${script}"
        else
          echo "$0: sourcing ${script}"
          # shellcheck disable=SC1090
          . "${script}"
        fi
        ;;
      *.sql) echo "$0: running ${script}"; psql -v ON_ERROR_STOP=1 --no-psqlrc --dbname "${POSTGRES_DB}" -f "${script}" ;;
      *.sql.gz) echo "$0: running ${script}"; gunzip -c "${script}" | psql -v ON_ERROR_STOP=1 --no-psqlrc --dbname "${POSTGRES_DB}" ;;
      *) ;;
    esac
  done
  unset PGPASSWORD
  pg_ctl -D "${PGDATA}" -m fast -w stop
  echo
  echo 'PostgreSQL init process complete; ready for start up.'
  echo
fi

exec "$@"
