#!/usr/bin/env bash
# Lints the OpenAPI document of every service with Spectral (tools/openapi-lint/.spectral.yaml):
# the documents are the ones each service served in its contract test (ServiceContractTests, and
# GatewayRoutingTests for the gateway, write them to <module>/target/openapi/), so run ./mvnw verify first. Zero errors or it fails.
# First it checks the rules themselves: a document that breaks each project rule once must be
# flagged by every one of them. Needs Node.js 18+ and npm (.ci/run installs Debian's when missing).
set -euo pipefail
cd "$(dirname "$0")/.."
lint=tools/openapi-lint

documents=(*/target/openapi/*.json)
if [ ! -e "${documents[0]}" ] || [ "${#documents[@]}" -lt 5 ]; then
  echo "lint-openapi: expected the documents of the gateway and 4 services under */target/openapi/ (run ./mvnw verify first)," \
    "found: ${documents[*]}" >&2
  exit 1
fi
(cd "${lint}" && npm ci --silent --no-audit --no-fund)
spectral() {
  "${lint}/node_modules/.bin/spectral" lint --ruleset "${lint}/.spectral.yaml" --fail-severity error "$@"
}

flagged="$(spectral --display-only-failures "${lint}/fixtures/breaks-every-rule.json" || true)"
rules="$(grep -oE '^  repwise-[a-z0-9-]+' "${lint}/.spectral.yaml" | tr -d ' ')"
for rule in ${rules}; do
  if ! grep -q " ${rule} " <<< "${flagged}"; then
    echo "lint-openapi: rule ${rule} did not flag the fixture that breaks it; the rule no longer works:" >&2
    echo "${flagged}" >&2
    exit 1
  fi
done
echo "lint-openapi: each of the $(wc -w <<< "${rules}") project rules flags its fixture"

spectral --display-only-failures "${documents[@]}"
echo "lint-openapi: ${#documents[@]} documents, no errors ($(spectral "${documents[@]}" 2>&1 | grep -cE ' warning ' || true) warnings)"
