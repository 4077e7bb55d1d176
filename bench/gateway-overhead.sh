#!/usr/bin/env bash
# Gateway overhead: the same request straight to a service and through the gateway, with wrk:
# throughput under load (N connections) and latency unloaded (one connection, one request at a
# time, which is what "added median latency" means). Run against a running suite (./run.sh in
# another terminal). Installs wrk from Debian's packages when it is missing.
#
#   bench/gateway-overhead.sh [duration-seconds] [connections]
set -euo pipefail
duration=${1:-20}
connections=${2:-16}
direct=${DIRECT_URL:-http://localhost:3001/api/v1/auth/health}
through=${GATEWAY_URL:-http://localhost:3000/api/v1/auth/health}

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

echo "Machine: $(nproc) cores, $(free -g | awk '/Mem:/{print $2}') GiB, $(uname -sr), $(java -version 2>&1 | head -1)"
run direct "$direct"
run gateway "$through"
