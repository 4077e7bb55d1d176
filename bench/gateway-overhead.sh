#!/usr/bin/env bash
# Gateway overhead: the same request straight to a service and through the gateway, with wrk:
# throughput under load (N connections) and latency unloaded (one connection, one request at a
# time, which is what "added median latency" means). Run against a running suite (./run.sh in
# another terminal). Installs wrk from Debian's packages when it is missing.
#
# The request is workout-service's feature health (its readiness checks of PostgreSQL and Redis,
# as JSON): public, and not rate limited, since anonymous requests outside /api/v1/auth/** have no
# user to limit. Requests to /api/v1/auth/** are limited per client address, so through the
# gateway wrk would mostly measure 429s. Any "Non-2xx" line in the output means the same.
#
#   bench/gateway-overhead.sh [duration-seconds] [connections]
set -euo pipefail
duration=${1:-20}
connections=${2:-16}
direct=${DIRECT_URL:-http://localhost:3002/api/v1/workouts/health}
through=${GATEWAY_URL:-http://localhost:3000/api/v1/workouts/health}

if ! command -v wrk >/dev/null 2>&1; then
  echo "Installing wrk…"
  apt-get update -qq && apt-get install -y -qq wrk >/dev/null
fi
curl -fsS http://localhost:3000/health | grep -q '"status":"UP"' \
  || { echo "The suite is not UP on :3000; start it with ./run.sh first." >&2; exit 1; }

run() { # name url
  echo "== $1: $2"
  wrk -t2 -c"$connections" -d15s "$2" >/dev/null         # warm-up: C2 and connection pools
  echo "-- loaded ($connections connections)"
  wrk -t2 -c"$connections" -d"${duration}s" --latency "$2" | grep -E "Requests/sec|50%|90%|99%|Non-2xx|Socket errors"
  echo "-- unloaded (1 connection)"
  wrk -t1 -c1 -d"${duration}s" --latency "$2" | grep -E "Requests/sec|50%|90%|99%|Non-2xx|Socket errors"
}

source "$(dirname "$0")/lib.sh"
machine
run direct "$direct"
run gateway "$through"
