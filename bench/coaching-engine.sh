#!/usr/bin/env bash
# The coaching engine's own cost once the data is fetched: a 16-week plan and the insights over five
# years of one lifter's history (1,000 sessions, 30,000 sets), timed in-process on the compiled
# ai-service classes with the real exercise library (see bench/coaching/CoachingEngineBench.java).
#
#   ./mvnw -q -pl common-lib,ai-service -am test-compile && bench/coaching-engine.sh [warm-up runs] [timed runs]
set -euo pipefail
cd "$(dirname "$0")/.."
echo "Machine: $(nproc) cores, $(free -g | awk '/Mem:/{print $2}') GiB"
# Run from ai-service/ so the engine's test library finds workout-service's seed migration.
cd ai-service
java -Xmx256m -cp target/classes:target/test-classes:../common-lib/target/classes \
  ../bench/coaching/CoachingEngineBench.java "$@"
