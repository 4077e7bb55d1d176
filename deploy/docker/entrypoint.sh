#!/bin/sh
# Starts the service in the extracted layout, with the start-up cache the image recorded: an AOT
# cache on Java 25+, else a CDS archive. JAVA_OPTS (from the image or the deployment) come first.
set -eu
cache=""
if [ -f /app/app.aot ]; then
  cache="-XX:AOTCache=/app/app.aot"
elif [ -f /app/app.jsa ]; then
  cache="-XX:SharedArchiveFile=/app/app.jsa -Xshare:auto"
fi
# shellcheck disable=SC2086 # JAVA_OPTS and cache are lists of options
exec java ${JAVA_OPTS:-} ${cache} -jar /app/application.jar "$@"
