#!/usr/bin/env bash
# A five-year history through the gateway, as a lifter switching apps brings it: a Strong export
# of 1,040 workouts and 34,320 sets (bench/imports/StrongHistory.java, 4.8 MB), previewed,
# confirmed and imported as a job, then exported as JSON and CSV, and the JSON imported into a
# second account. Prints the time of each step: the preview (upload, parse, exercise matching),
# the import from confirmation to DONE (records recomputed once at the end), each export
# (streamed download), and the round trip's import. Run it twice: the first run's services are
# still compiling.
#
#   bench/history-import.sh        (needs the suite running: ./run.sh; GATEWAY_URL to point elsewhere)
set -euo pipefail
cd "$(dirname "$0")/.."
gateway=${GATEWAY_URL:-http://localhost:3000}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
source bench/lib.sh
require_suite
machine

java bench/imports/StrongHistory.java > "$work/five-years.csv"
echo "File: $(wc -c < "$work/five-years.csv") bytes, $(grep -vc 'Rest Timer' "$work/five-years.csv") lines of sets and header"
sign_up_users 2 bench-import "$work/tokens"
first=$(sed -n 1p "$work/tokens")
second=$(sed -n 2p "$work/tokens")

seconds_since() { awk -v now="$(date +%s%N)" -v then="$1" 'BEGIN { printf "%.2f", (now - then) / 1e9 }'; }

# import FILE TOKEN LABEL: preview, confirm, poll until DONE; prints both times.
import() {
  local started id status
  started=$(date +%s%N)
  id=$(curl -fsS -H "Authorization: Bearer $2" -F "file=@$1" "$gateway/api/v1/imports" \
    | sed -E 's/^\{"id":"([^"]+)".*/\1/')
  echo "$3 preview: $(seconds_since "$started") s"
  started=$(date +%s%N)
  curl -fsS -o /dev/null -H "Authorization: Bearer $2" -H 'Content-Type: application/json' -d '{}' \
    "$gateway/api/v1/imports/$id/confirm"
  status=RUNNING
  while [ "$status" = RUNNING ]; do
    sleep 0.1
    status=$(curl -fsS -H "Authorization: Bearer $2" "$gateway/api/v1/imports/$id" | sed -E 's/.*"status":"([A-Z]+)".*/\1/')
  done
  echo "$3 import, confirmation to $status: $(seconds_since "$started") s"
  curl -fsS -H "Authorization: Bearer $2" "$gateway/api/v1/imports/$id" | grep -oE '"outcome":\{[^}]*' | cut -c1-200
}

import "$work/five-years.csv" "$first" "Strong CSV"
for format in json csv; do
  started=$(date +%s%N)
  curl -fsS -o "$work/export.$format" -H "Authorization: Bearer $first" "$gateway/api/v1/exports?format=$format"
  echo "Export $format: $(wc -c < "$work/export.$format") bytes in $(seconds_since "$started") s"
done
import "$work/export.json" "$second" "Repwise JSON (round trip)"
