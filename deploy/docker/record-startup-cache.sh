#!/bin/sh
# Image build step: a training run that starts the application context up to refresh and records
# what it loaded. Java 25+ writes an AOT cache (-XX:AOTCacheOutput, JEP 514), older JREs an AppCDS
# archive; entrypoint.sh uses whichever exists. Nothing is reachable during a build, so the run
# must not touch the database: Flyway is off, the signing key (for user-service) is generated
# into a throw-away file, and connection pools connect lazily. If the training run fails anyway
# the image still works, just without the start-up cache. Before exiting it waits for the JIT
# compiler to go idle (repwise.startup-cache.training, in common-lib): a Java 17 archive keeps the
# "queued for compilation" mark of a method still queued at exit, and that method then never gets
# compiled in the running service (JDK-8306460; it made every sign-in 20 times slower).
set -eu
if java -XX:+PrintFlagsFinal -version 2>/dev/null | grep -q ' AOTCacheOutput '; then
  record="-XX:AOTCacheOutput=/app/app.aot"
else
  record="-XX:ArchiveClassesAtExit=/app/app.jsa"
fi
# shellcheck disable=SC2086 # JAVA_OPTS is a list of options
if ! SPRING_FLYWAY_ENABLED=false SERVER_PORT=0 REPWISE_STARTUP_CACHE_TRAINING=true \
    REPWISE_SIGNING_KEY_FILE=/tmp/training/signing-key.pem REPWISE_SIGNING_GENERATE_KEY=true \
    java ${JAVA_OPTS:-} ${record} -Dspring.context.exit=onRefresh -jar /app/application.jar > /tmp/training.log 2>&1; then
  echo "Training run failed: the image starts without an AOT/CDS cache. Log:" >&2
  tail -n 40 /tmp/training.log >&2
fi
rm -rf /tmp/training /tmp/training.log
