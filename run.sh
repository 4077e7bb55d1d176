#!/usr/bin/env bash
# Runs the whole Repwise suite on this machine: builds what changed, starts PostgreSQL and Redis
# (embedded unless SPRING_DATASOURCE_* / SPRING_DATA_REDIS_* name real ones), the five services
# and waits until http://localhost:3000/health is UP. Ctrl-C stops everything it started.
set -euo pipefail
cd "$(dirname "$0")"

launcher=local-infra/target/local-infra-0.1.0-SNAPSHOT-exec.jar
jars=("$launcher" user-service/target/user-service.jar workout-service/target/workout-service.jar
      ai-service/target/ai-service.jar notification-service/target/notification-service.jar
      gateway-service/target/gateway-service.jar)

needs_build() {
  local jar oldest=""
  for jar in "${jars[@]}"; do
    [ -f "$jar" ] || return 0
    if [ -z "$oldest" ] || [ "$jar" -ot "$oldest" ]; then oldest=$jar; fi
  done
  # Any source, resource or build file newer than the oldest jar means a rebuild.
  [ -n "$(find . -path ./.run -prune -o -path '*/target' -prune -o \
      \( -name '*.java' -o -name 'pom.xml' -o -path '*/src/main/resources/*' \) -newer "$oldest" -print -quit)" ]
}

if needs_build; then
  echo "Building (tests skipped; ./mvnw verify runs them)…"
  ./mvnw -q -DskipTests package
fi

exec java -jar "$launcher"
