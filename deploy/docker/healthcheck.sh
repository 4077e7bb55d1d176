#!/bin/bash
# Container health check without curl or wget in the image: one HTTP/1.0 request over bash's
# /dev/tcp. Usage: healthcheck.sh PORT [PATH]; exits 0 when the answer is 200.
set -u
port="${1:?usage: healthcheck.sh PORT [PATH]}"
path="${2:-/actuator/health/readiness}"
exec 3<>"/dev/tcp/127.0.0.1/${port}" || exit 1
printf 'GET %s HTTP/1.0\r\nHost: localhost\r\nConnection: close\r\n\r\n' "${path}" >&3
IFS= read -r -t 5 status <&3 || exit 1
case "${status}" in
  "HTTP/1."?" 200"*) exit 0 ;;
  *) exit 1 ;;
esac
