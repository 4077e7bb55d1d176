#!/usr/bin/env bash
# Builds, from Debian's packages only, stand-ins for the three upstream images the suite needs,
# for machines that reach Debian's mirrors but no container registry:
#
#   repwise-local/debian:bookworm       a minimal Debian (debootstrap --variant=minbase), imported
#   repwise-local/jre:17-bookworm       + openjdk-17-jre-headless    for the Dockerfile's RUNTIME_IMAGE
#   repwise-local/postgres:15-bookworm  + postgresql, with an entrypoint that honours POSTGRES_* and
#                                       /docker-entrypoint-initdb.d as the official image does
#   repwise-local/redis:7-bookworm      + redis-server
#
# The tags are our own: nothing here is ever called postgres, redis or eclipse-temurin, so a
# machine that also has the official images keeps them apart. Images already built are reused
# (the base by its tag, the others through Docker's build cache), and the last lines say what was
# built and what was reused, then the variables that put the stand-ins to use.
#
# Needs root, debootstrap and a running Docker engine (.ci/run installs and starts both).
# DEBIAN_MIRROR picks another Debian mirror; REPWISE_LOCAL_IMAGES_REBUILD=true rebuilds the base.
set -euo pipefail
cd "$(dirname "$0")"

mirror="${DEBIAN_MIRROR:-http://deb.debian.org/debian}"
base=repwise-local/debian:bookworm
declare -A images=(
  [jre]=repwise-local/jre:17-bookworm
  [postgres]=repwise-local/postgres:15-bookworm
  [redis]=repwise-local/redis:7-bookworm
)
built=() reused=()

image_id() { docker image inspect --format '{{.Id}}' "$1" 2>/dev/null || true; }

build_base() {
  if [ -n "$(image_id "${base}")" ] && [ "${REPWISE_LOCAL_IMAGES_REBUILD:-false}" != true ]; then
    reused+=("${base}")
    return
  fi
  command -v debootstrap >/dev/null || { echo "debootstrap is missing: apt-get install -y debootstrap" >&2; exit 1; }
  local root
  root="$(mktemp -d)"
  trap 'rm -rf "${root}"' RETURN
  echo "Bootstrapping Debian bookworm from ${mirror} (about a minute)..."
  debootstrap --variant=minbase bookworm "${root}" "${mirror}" > "${root}.log" 2>&1 \
    || { tail -n 20 "${root}.log" >&2; rm -f "${root}.log"; exit 1; }
  rm -f "${root}.log"
  # Updates and security fixes as well as the release; no package files or lists kept in the image.
  cat > "${root}/etc/apt/sources.list" <<SOURCES
deb ${mirror} bookworm main
deb ${mirror} bookworm-updates main
deb ${DEBIAN_SECURITY_MIRROR:-http://deb.debian.org/debian-security} bookworm-security main
SOURCES
  rm -rf "${root}"/var/cache/apt/archives/*.deb "${root}"/var/lib/apt/lists/*
  tar --numeric-owner -C "${root}" -c . \
    | docker import --change 'CMD ["bash"]' --change 'ENV LANG=C.UTF-8' - "${base}" > /dev/null
  built+=("${base}")
}

build_layer() {
  local name="$1" tag="${images[$1]}" before after
  before="$(image_id "${tag}")"
  echo "Building ${tag}..."
  docker build --quiet --build-arg BASE_IMAGE="${base}" -t "${tag}" "${name}" > /dev/null
  after="$(image_id "${tag}")"
  if [ "${before}" = "${after}" ]; then reused+=("${tag}"); else built+=("${tag}"); fi
}

build_base
for name in jre postgres redis; do
  build_layer "${name}"
done

echo "Built:  ${built[*]:-nothing}"
echo "Reused: ${reused[*]:-nothing}"
echo "To use them (docker-compose.yml, Dockerfile, and the tests' Testcontainers):"
echo "  REPWISE_POSTGRES_IMAGE=${images[postgres]} REPWISE_REDIS_IMAGE=${images[redis]} REPWISE_RUNTIME_IMAGE=${images[jre]}"
