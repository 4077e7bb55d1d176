#!/usr/bin/env bash
# Start-up time and idle memory of each service with the JVM options and class-data archive
# that ./run.sh uses. Needs a running suite (for PostgreSQL and Redis and the archives): each
# service is started once more on a spare port, timed from process start to its readiness
# probe answering UP, and its resident memory read after 15 s idle. Then it is stopped.
#
#   bench/startup-memory.sh
set -euo pipefail
cd "$(dirname "$0")/.."
curl -fsS http://localhost:3000/health | grep -q '"status":"UP"' \
  || { echo "The suite is not UP on :3000; start it with ./run.sh first." >&2; exit 1; }

printf "%-21s %10s %12s %14s\n" service "ready (s)" "idle RSS" "suite RSS"
spare=3900
for service in user-service workout-service ai-service notification-service gateway-service; do
  pid=$(pgrep -f "apps/$service/app/$service.jar" | head -1)
  # Same command line and environment as the running instance, on another port.
  mapfile -d '' args < "/proc/$pid/cmdline"
  env_vars=$(tr '\0' '\n' < "/proc/$pid/environ" | grep -E '^(SPRING_|[A-Z]+_SERVICE_URL=)' || true)
  suite_rss=$(ps -o rss= -p "$pid")
  spare=$((spare + 1))
  start=$(date +%s%N)
  env $env_vars SERVER_PORT=$spare "${args[@]}" >/tmp/bench-$service.log 2>&1 &
  child=$!
  until curl -fs "http://localhost:$spare/actuator/health/readiness" >/dev/null 2>&1; do
    kill -0 $child 2>/dev/null || { echo "$service died; see /tmp/bench-$service.log" >&2; exit 1; }
    sleep 0.05
  done
  ready_ms=$(( ($(date +%s%N) - start) / 1000000 ))
  sleep 15
  rss=$(ps -o rss= -p $child)
  kill $child; wait $child 2>/dev/null || true
  printf "%-21s %10.1f %9d MB %11d MB\n" "$service" "$(echo "$ready_ms/1000" | bc -l)" $((rss / 1024)) $((suite_rss / 1024))
done
