# One image recipe for every Repwise service; the build argument MODULE picks the service:
#
#   docker build --build-arg MODULE=user-service -t repwise/user-service:0.1.0 .
#
# `docker compose build` builds all five (docs/DEPLOY.md). The base images are build arguments,
# defaulting to the official, pinned images; where no registry is reachable,
# deploy/local-images/build.sh builds stand-ins from Debian's packages and
#   --build-arg RUNTIME_IMAGE=repwise-local/jre:17-bookworm
# uses one. Stages (BuildKit builds only those the target needs):
#   runtime-base  the JRE, a non-root user, the container scripts and the JVM defaults
#   from-jar      a service jar built beforehand (--target from-jar, the jar as APP_JAR in the
#                 build context): how CI builds images from the jars its tests have just passed.
#                 Placed before the build stage, so even the legacy builder skips Maven for it.
#   build         compiles the five services with the Maven wrapper in one run, then splits
#                 MODULE's executable jar into layers (-Djarmode=tools extract --layers)
#   runtime       the default: runtime-base plus those layers, copied from the least to the most
#                 often changed, and a training run that records a start-up cache
#
# Base images are pinned by version. To pin them by digest as well, pass
#   --build-arg RUNTIME_IMAGE=eclipse-temurin:25.0.3_9-jre-noble@sha256:<digest>

ARG BUILD_IMAGE=eclipse-temurin:17.0.15_6-jdk-noble
ARG RUNTIME_IMAGE=eclipse-temurin:25.0.3_9-jre-noble

FROM ${RUNTIME_IMAGE} AS runtime-base
ARG MODULE
RUN test -n "${MODULE}" || { echo "Set --build-arg MODULE=<service module>, e.g. user-service" >&2; exit 1; }
LABEL org.opencontainers.image.title="repwise-${MODULE}" \
      org.opencontainers.image.source="https://github.com/repwise/repwise"
RUN groupadd --system --gid 10001 repwise \
 && useradd --system --uid 10001 --gid 10001 --home-dir /app --no-create-home --shell /usr/sbin/nologin repwise \
 && mkdir -p /var/lib/repwise \
 && chown 10001:10001 /var/lib/repwise
WORKDIR /app
COPY deploy/docker/entrypoint.sh deploy/docker/healthcheck.sh deploy/docker/record-startup-cache.sh /app/
RUN chmod 0755 /app/entrypoint.sh /app/healthcheck.sh /app/record-startup-cache.sh
# Container-aware memory: the heap is a share of the container's memory limit (the JVM reads the
# cgroup limit), the rest is left for metaspace, code cache, thread stacks and direct buffers.
# Deployments may override JAVA_OPTS; the AOT cache / CDS archive is used whenever it matches.
ENV JAVA_OPTS="-XX:MaxRAMPercentage=60 -XX:InitialRAMPercentage=20 -XX:+ExitOnOutOfMemoryError -Xss512k" \
    SERVICE_NAME=${MODULE}

FROM runtime-base AS from-jar
ARG APP_JAR=application.jar
COPY ${APP_JAR} /tmp/application.jar
RUN java -Djarmode=tools -jar /tmp/application.jar extract --layers --destination /tmp/extracted \
 && for layer in dependencies spring-boot-loader snapshot-dependencies application; do \
      cp -a "/tmp/extracted/${layer}/." /app/; \
    done \
 && rm -rf /tmp/application.jar /tmp/extracted \
 && /app/record-startup-cache.sh
USER 10001:10001
ENTRYPOINT ["/app/entrypoint.sh"]

FROM ${BUILD_IMAGE} AS build
WORKDIR /workspace
COPY . .
# All five services in one Maven run, before MODULE is read: the five image builds of
# `docker compose build` share this layer instead of compiling and downloading five times.
RUN ./mvnw --batch-mode --no-transfer-progress -DskipTests package \
      -pl gateway-service,user-service,workout-service,ai-service,notification-service -am
ARG MODULE
RUN java -Djarmode=tools -jar "${MODULE}/target/${MODULE}.jar" extract --layers --destination /extracted

FROM runtime-base AS runtime
# Least to most often changed: released libraries, Boot's loader, snapshot libraries (common-lib),
# the service's own classes.
COPY --from=build /extracted/dependencies/ ./
COPY --from=build /extracted/spring-boot-loader/ ./
COPY --from=build /extracted/snapshot-dependencies/ ./
COPY --from=build /extracted/application/ ./
RUN /app/record-startup-cache.sh
USER 10001:10001
ENTRYPOINT ["/app/entrypoint.sh"]
