#!/bin/sh
# Image build step: a training run that starts the application context up to refresh and records
# what it loaded. Java 25+ writes an AOT cache (-XX:AOTCacheOutput, JEP 514), older JREs an AppCDS
# archive; entrypoint.sh uses whichever exists. Nothing is reachable during a build, so the run
# must not touch the database: Flyway is off, the signing key (for user-service) is generated
# into a throw-away file, and connection pools connect lazily. If the training run fails anyway
# the image still works, just without the start-up cache.
set -eu
if java -XX:+PrintFlagsFinal -version 2>/dev/null | grep -q ' AOTCacheOutput '; then
  record="-XX:AOTCacheOutput=/app/app.aot"
else
  record="-XX:ArchiveClassesAtExit=/app/app.jsa"
fi
# shellcheck disable=SC2086 # JAVA_OPTS is a list of options
if ! SPRING_FLYWAY_ENABLED=false SERVER_PORT=0 \
    REPWISE_SIGNING_KEY_FILE=/tmp/training/signing-key.pem REPWISE_SIGNING_GENERATE_KEY=true \
    java ${JAVA_OPTS:-} ${record} -Dspring.context.exit=onRefresh -jar /app/application.jar > /tmp/training.log 2>&1; then
  echo "Training run failed: the image starts without an AOT/CDS cache. Log:" >&2
  tail -n 40 /tmp/training.log >&2
fi
rm -rf /tmp/training /tmp/training.log
