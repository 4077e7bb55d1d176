# syntax=docker/dockerfile:1.7
#
# One image recipe for every Repwise service; the build argument MODULE picks the service:
#
#   docker build --build-arg MODULE=user-service -t repwise/user-service:0.1.0 .
#
# `docker compose build` builds all five (docs/DEPLOY.md). Stages:
#   build    compiles the module and what it depends on with the Maven wrapper, then splits the
#            executable jar into layers (-Djarmode=tools extract --layers)
#   runtime  a pinned JRE, the layers copied from the least to the most often changed, a
#            training run that records an AOT cache (Java 25+) or a CDS archive (older JREs),
#            and a non-root user
#
# Base images are pinned by version. To pin them by digest as well, pass
#   --build-arg RUNTIME_IMAGE=eclipse-temurin:25.0.3_9-jre-noble@sha256:<digest>

ARG BUILD_IMAGE=eclipse-temurin:17.0.15_6-jdk-noble
ARG RUNTIME_IMAGE=eclipse-temurin:25.0.3_9-jre-noble

FROM ${BUILD_IMAGE} AS build
ARG MODULE
RUN test -n "${MODULE}" || { echo "Set --build-arg MODULE=<service module>, e.g. user-service" >&2; exit 1; }
WORKDIR /workspace
COPY . .
# The dependency cache survives between builds of different modules (BuildKit cache mount).
RUN --mount=type=cache,target=/root/.m2 \
    ./mvnw --batch-mode --no-transfer-progress -pl "${MODULE}" -am -DskipTests package \
 && cp "${MODULE}/target/${MODULE}.jar" /workspace/application.jar
WORKDIR /extracted
RUN java -Djarmode=tools -jar /workspace/application.jar extract --layers --destination /extracted

FROM ${RUNTIME_IMAGE} AS runtime
ARG MODULE
LABEL org.opencontainers.image.title="repwise-${MODULE}" \
      org.opencontainers.image.source="https://github.com/repwise/repwise"
RUN groupadd --system --gid 10001 repwise \
 && useradd --system --uid 10001 --gid 10001 --home-dir /app --no-create-home --shell /usr/sbin/nologin repwise \
 && mkdir -p /var/lib/repwise \
 && chown 10001:10001 /var/lib/repwise
WORKDIR /app
# Least to most often changed: released libraries, Boot's loader, snapshot libraries (common-lib),
# the service's own classes.
COPY --from=build /extracted/dependencies/ ./
COPY --from=build /extracted/spring-boot-loader/ ./
COPY --from=build /extracted/snapshot-dependencies/ ./
COPY --from=build /extracted/application/ ./
COPY --chmod=0755 deploy/docker/entrypoint.sh deploy/docker/healthcheck.sh /app/

# Container-aware memory: the heap is a share of the container's memory limit (the JVM reads the
# cgroup limit), the rest is left for metaspace, code cache, thread stacks and direct buffers.
# Deployments may override JAVA_OPTS; the AOT cache / CDS archive is used whenever it matches.
ENV JAVA_OPTS="-XX:MaxRAMPercentage=60 -XX:InitialRAMPercentage=20 -XX:+ExitOnOutOfMemoryError -Xss512k" \
    SERVICE_NAME=${MODULE}

# Training run: start the application context up to refresh and record what it loaded. Java 25+
# writes an AOT cache (-XX:AOTCacheOutput), older JREs an AppCDS archive. Nothing is reachable
# during a build, so the run must not touch the database: Flyway is off, the signing key (for
# user-service) is generated into a throw-away file, and connection pools connect lazily. If the
# training run fails anyway the image still works, just without the start-up cache.
RUN set -eu; \
    if java -XX:+PrintFlagsFinal -version 2>/dev/null | grep -q ' AOTCacheOutput '; then \
        record="-XX:AOTCacheOutput=/app/app.aot"; \
    else \
        record="-XX:ArchiveClassesAtExit=/app/app.jsa"; \
    fi; \
    SPRING_FLYWAY_ENABLED=false SERVER_PORT=0 \
    REPWISE_SIGNING_KEY_FILE=/tmp/training/signing-key.pem REPWISE_SIGNING_GENERATE_KEY=true \
    java ${JAVA_OPTS} ${record} -Dspring.context.exit=onRefresh -jar /app/application.jar > /tmp/training.log 2>&1 \
      || { echo "Training run failed: the image starts without an AOT/CDS cache. Log:" >&2; tail -n 40 /tmp/training.log >&2; }; \
    rm -rf /tmp/training /tmp/training.log

USER 10001:10001
ENTRYPOINT ["/app/entrypoint.sh"]
