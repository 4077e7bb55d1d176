#!/usr/bin/env bash
# Gateway overhead, side by side with a plain reverse proxy (issue #20): the same request straight
# to workout-service, through nginx (a keep-alive reverse proxy to the same service, configured
# here) and through the gateway with every production filter on. Run against a running suite
# (./run.sh in another terminal). Installs wrk and nginx-light from Debian's packages when missing.
#
# Two routes:
#   public     GET /api/v1/workouts/health: workout-service's feature health (PostgreSQL and Redis
#              checked, as JSON); no token, so the gateway runs no JWT check and no rate limit.
#   signed-in  GET /api/v1/equipment/plates with a bearer token: the gateway verifies the token and
#              checks the user's rate limit in Redis; workout-service checks the token and reads the
#              user's plates. The requests rotate over USERS users (signed up straight at
#              user-service, since the gateway lets one address sign up once a second), so no user
#              goes over the gateway's 20 requests a second: a 429 would be the benchmark's own
#              fault, and the script counts them from the gateway's metrics.
#
# For each route and connection count, ROUNDS interleaved rounds (direct, nginx, gateway), then
# one connection at a time for the added median latency. The gateway's JIT needs a minute of
# load before its figures settle, so each side is warmed first.
#
#   bench/gateway-overhead.sh [seconds-per-run] [rounds] [connection counts...]
#   bench/gateway-overhead.sh 15 2 32 128        (the defaults)
# Environment: WARMUP (seconds of load through the gateway before each route's rounds, 60),
# ROUTES ("public signed-in"), USERS (128).
set -euo pipefail
duration=${1:-15}
rounds=${2:-2}
connections=(32 128)
if [ $# -gt 2 ]; then
  connections=("${@:3}")
fi
users=${USERS:-128}
warmup=${WARMUP:-60}
service=${SERVICE_URL:-http://127.0.0.1:3002}
accounts=${USER_SERVICE_URL:-http://127.0.0.1:3001}
gateway=${GATEWAY_URL:-http://127.0.0.1:3000}
metrics=${GATEWAY_METRICS_URL:-http://127.0.0.1:3090/actuator/prometheus}
nginx_port=${NGINX_PORT:-3080}
proxy=http://127.0.0.1:$nginx_port

source "$(dirname "$0")/lib.sh"
require_suite
for tool in wrk nginx; do
  if ! command -v "$tool" >/dev/null 2>&1; then
    echo "Installing wrk and nginx-light…"
    apt-get update -qq && apt-get install -y -qq wrk nginx-light >/dev/null
    break
  fi
done

work=$(mktemp -d)
trap 'nginx -p "$work" -c "$work/nginx.conf" -s stop 2>/dev/null || true; rm -rf "$work"' EXIT

# nginx as a plain keep-alive reverse proxy: its defaults, an upstream pool of idle connections
# (HTTP/1.1, no Connection: close), one worker per core, access log on as the gateway's is.
service_address=${service#http://}
cat > "$work/nginx.conf" <<EOF
worker_processes auto;
pid $work/nginx.pid;
error_log $work/error.log warn;
events { worker_connections 4096; }
http {
  access_log $work/access.log;
  upstream workout { server $service_address; keepalive 256; }
  server {
    listen 127.0.0.1:$nginx_port;
    location / {
      proxy_pass http://workout;
      proxy_http_version 1.1;
      proxy_set_header Connection "";
      proxy_set_header Host \$host;
      proxy_set_header X-Forwarded-For \$remote_addr;
    }
  }
}
EOF
nginx -p "$work" -c "$work/nginx.conf"

# Users and their tokens (one a line), and a wrk script that sends each request as the next user.
sign_up_here() {
  local i email body
  for i in $(seq 1 "$users"); do
    email="gateway-bench-$(date +%s%N)-$i@example.com"
    body="{\"email\":\"$email\",\"displayName\":\"Bench\",\"password\":\"a long enough secret\"}"
    curl -fsS -o /dev/null -H 'Content-Type: application/json' -d "$body" "$accounts/api/v1/auth/register"
    curl -fsS -H 'Content-Type: application/json' -d "{\"email\":\"$email\",\"password\":\"a long enough secret\"}" \
      "$accounts/api/v1/auth/login" | sed -E 's/.*"accessToken":"([^"]+)".*/\1/'
    echo
  done > "$work/tokens"
}
cat > "$work/users.lua" <<'EOF'
local tokens = {}
local i = 0
init = function(args)
  for line in io.lines(args[1]) do tokens[#tokens + 1] = line end
end
request = function()
  i = i % #tokens + 1
  return wrk.format("GET", nil, { ["Authorization"] = "Bearer " .. tokens[i] })
end
EOF

limited() {
  curl -fsS "$metrics" | awk '/^repwise_ratelimit_requests_total\{.*result="limited"/ { s += $2 } END { print s + 0 }'
}

# measure ROUTE BASE CONNECTIONS: one wrk run; prints "requests/s median non-2xx socket-errors".
measure() {
  local route=$1 base=$2 conns=$3 out args=()
  if [ "$route" = signed-in ]; then
    args=(-s "$work/users.lua" "$base/api/v1/equipment/plates" -- "$work/tokens")
  else
    args=("$base/api/v1/workouts/health")
  fi
  out=$(wrk -t"$(( conns < 2 ? 1 : 2 ))" -c"$conns" -d"${duration}s" --latency "${args[@]}")
  awk '/Requests\/sec/ { rps = $2 } / 50%/ { median = $2 } /Non-2xx/ { bad = $NF }
       /Socket errors/ { errors = $0 } END { printf "%s %s %d %s\n", rps, median, bad, (errors ? "socket-errors" : "-") }' <<< "$out"
}

ms() { # "1.23ms" | "850.00us" | "1.02s" -> milliseconds
  awk -v v="$1" 'BEGIN { n = v + 0; if (v ~ /us$/) n /= 1000; else if (v ~ /ms$/) n += 0; else if (v ~ /s$/) n *= 1000; printf "%.2f", n }'
}

machine
echo "Gateway overhead: ${duration} s per run, $rounds interleaved rounds, connections ${connections[*]}; $users users on the signed-in route"
for route in ${ROUTES:-public signed-in}; do
  if [ "$route" = signed-in ]; then
    sign_up_here
  fi
  limited_before=$(limited)
  echo
  echo "== $route route: warming up (${warmup} s through the gateway, 15 s each for the others)"
  duration_saved=$duration
  duration=15; measure "$route" "$service" 32 >/dev/null; measure "$route" "$proxy" 32 >/dev/null
  duration=$warmup; measure "$route" "$gateway" 32 >/dev/null
  duration=$duration_saved
  printf '%-10s %5s %5s | %9s %9s %9s | %13s %15s | %s\n' route conns round "direct/s" "nginx/s" "gateway/s" \
    "gateway:nginx" "gateway:direct" "medians direct/nginx/gateway, non-2xx"
  for conns in "${connections[@]}"; do
    for round in $(seq 1 "$rounds"); do
      read -r d_rps d_med d_bad _ <<< "$(measure "$route" "$service" "$conns")"
      read -r n_rps n_med n_bad _ <<< "$(measure "$route" "$proxy" "$conns")"
      read -r g_rps g_med g_bad _ <<< "$(measure "$route" "$gateway" "$conns")"
      printf '%-10s %5s %5s | %9.0f %9.0f %9.0f | %13.2f %15.2f | %s / %s / %s, %s %s %s\n' "$route" "$conns" "$round" \
        "$d_rps" "$n_rps" "$g_rps" "$(bc -l <<< "$g_rps / $n_rps")" "$(bc -l <<< "$g_rps / $d_rps")" \
        "$d_med" "$n_med" "$g_med" "$d_bad" "$n_bad" "$g_bad"
    done
  done
  # One connection, one request at a time: what each hop adds to a request's latency.
  read -r _ d_med _ _ <<< "$(measure "$route" "$service" 1)"
  read -r _ n_med _ _ <<< "$(measure "$route" "$proxy" 1)"
  read -r _ g_med _ _ <<< "$(measure "$route" "$gateway" 1)"
  d=$(ms "$d_med"); n=$(ms "$n_med"); g=$(ms "$g_med")
  echo "$route, 1 connection: median direct $d ms, nginx $n ms (+$(bc -l <<< "$n - $d" | xargs printf '%.2f') ms), gateway $g ms (+$(bc -l <<< "$g - $d" | xargs printf '%.2f') ms)"
  echo "$route: 429s the gateway's rate limits gave the benchmark: $(( $(limited) - limited_before ))"
done
