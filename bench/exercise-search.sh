#!/usr/bin/env bash
# Exercise search through the gateway at a constant rate (default 200 requests/s for 30 s after
# a 30 s warm-up at a quarter of the rate), latency measured from each request's due time
# (bench/FixedRateLoad.java). Two mixes: "popular", 24 common searches repeated (served from the
# Redis cache after their first request), and "long tail", about 18,000 distinct searches in
# random order (typo-tolerant text, filters, pages and page sizes) that miss the cache and run
# the SQL. Cached pages live 10 minutes, so a run soon after another finds many long-tail pages
# cached: each mix prints the cache hits and misses it caused, read from workout-service's
# metrics, and a run meant to measure misses should follow a library change (or a fresh start).
# Users are signed up first; 12 of them keep each below the gateway's per-user limit of 20/s, as
# traffic from many users would.
#
#   bench/exercise-search.sh [rate] [seconds]      (needs the suite running: ./run.sh;
#   WORKOUT_URL, default http://localhost:3002, is where the cache counters are read)
set -euo pipefail
cd "$(dirname "$0")/.."
rate=${1:-200}
seconds=${2:-30}
gateway=${GATEWAY_URL:-http://localhost:3000}
workout=${WORKOUT_URL:-http://localhost:3002}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
source bench/lib.sh
require_suite

echo "Signing up 12 users…"
sign_up_users 12 bench-search "$work/tokens"

base="$gateway/api/v1/exercises"
cat > "$work/popular" <<URLS
$base
$base?q=bench%20press
$base?q=squat
$base?q=deadlift
$base?q=curl
$base?q=row
$base?q=pull%20up
$base?q=lunge
$base?muscleGroup=CHEST
$base?muscleGroup=BACK
$base?muscleGroup=LEGS
$base?muscleGroup=SHOULDERS
$base?muscleGroup=ARMS
$base?muscleGroup=CORE
$base?category=CARDIO
$base?category=FLEXIBILITY
$base?equipment=DUMBBELL
$base?equipment=BARBELL&muscleGroup=CHEST
$base?equipment=BODYWEIGHT&difficulty=BEGINNER
$base?equipment=KETTLEBELL
$base?difficulty=ADVANCED&muscleGroup=LEGS
$base?q=sqaut
$base?q=shoulder%20pres
$base?category=STRENGTH&page=2
URLS
words=(bench squat deadlift curl row press fly raise extension lunge plank crunch jump pull push dip shrug
       sqat benhc dedlift curll pres flye lunj stretch swing snatch clean carry thrust bridge)
groups=(CHEST BACK SHOULDERS ARMS LEGS CORE)
equipment=(BARBELL DUMBBELL BODYWEIGHT MACHINE CABLE KETTLEBELL BANDS)
levels=(BEGINNER INTERMEDIATE ADVANCED)
for i in $(seq 0 29999); do
  j=$((i / 3))
  case $((i % 3)) in
    0) echo "$base?q=${words[$((j % ${#words[@]}))]}&page=$((j / 32 % 5))&size=$((5 + j / 160 % 46))" ;;
    1) echo "$base?muscleGroup=${groups[$((j % 6))]}&equipment=${equipment[$((j / 6 % 7))]}&page=$((j / 42 % 4))&size=$((5 + j / 168 % 46))" ;;
    2) echo "$base?difficulty=${levels[$((j % 3))]}&muscleGroup=${groups[$((j / 3 % 6))]}&sort=-name&page=$((j / 18 % 5))&size=$((5 + j / 90 % 46))" ;;
  esac
done > "$work/longtail"
sort -u "$work/longtail" | shuf > "$work/longtail.unique"

# "HITS MISSES" so far, from workout-service's library cache counter ("? ?" when unreadable).
cache_counts() {
  curl -fsS "$workout/actuator/prometheus" 2>/dev/null | awk '
    /^repwise_library_cache_requests_total/ && /result="hit"/ { hit = $NF }
    /^repwise_library_cache_requests_total/ && /result="miss"/ { miss = $NF }
    END { if (hit == "" || miss == "") print "? ?"; else printf "%d %d\n", hit, miss }'
}

# run_mix NAME URL_FILE: one fixed-rate run, then the cache hits and misses it caused.
run_mix() {
  local before after
  echo "== $1, $rate/s for $seconds s"
  before=$(cache_counts || true)
  java $load_jvm bench/FixedRateLoad.java "$rate" "$seconds" "$2" "$work/tokens" 30
  after=$(cache_counts || true)
  echo "$before $after" | awk '$1 == "?" || $3 == "?" { print "cache: counters not readable"; next }
    { printf "cache (warm-up included): %d hits, %d misses\n", $3 - $1, $4 - $2 }'
}

machine
run_mix "popular searches (Redis cache)" "$work/popular"
run_mix "long tail ($(wc -l < "$work/longtail.unique") distinct searches, meant to miss the cache)" "$work/longtail.unique"
