#!/usr/bin/env bash
# Notification-service: event intake throughput (target: at least 500 events/s) and live stream
# delivery latency, against the running suite (./run.sh). Intake goes straight to the service
# (POST /internal/events is never routed by the gateway) with a service token obtained by client
# credentials; the streams go through the gateway like an app's would. Each intake event is a
# WorkoutCompleted: recorded once, worded into a notification, announced to streams.
#
#   bench/notifications.sh [seconds] [senders]
set -euo pipefail
cd "$(dirname "$0")/.."
seconds=${1:-20}
senders=${2:-8}
gateway=${GATEWAY_URL:-http://localhost:3000}
users=${USER_SERVICE_URL:-http://localhost:3001}
notifications=${NOTIFICATION_SERVICE_URL:-http://localhost:3004}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
source bench/lib.sh
require_suite

# Dev-only client secret (user-service's default for workout-service).
service_token=$(curl -fsS -u "workout-service:${REPWISE_CLIENT_SECRET_WORKOUT_SERVICE:-dev-only-workout-service-secret}" \
  -d 'grant_type=client_credentials&scope=events:write' "$users/oauth2/token" | sed -E 's/.*"access_token":"([^"]+)".*/\1/')
sign_up_users 5 bench-stream "$work/tokens"

machine
echo "== warm-up"
java $load_jvm bench/NotificationLoad.java intake "$notifications" "$service_token" 10 "$senders" > /dev/null
echo "== event intake, $senders concurrent senders, $seconds s"
java $load_jvm bench/NotificationLoad.java intake "$notifications" "$service_token" "$seconds" "$senders"
echo "== stream delivery: 5 open streams through the gateway, 500 notifications"
java $load_jvm bench/NotificationLoad.java stream "$gateway" "$notifications" "$service_token" "$work/tokens" 500
