#!/usr/bin/env bash
# Run the graphql-http GraphQL-over-HTTP audit suite against a live server.
# Usage: run.sh http://127.0.0.1:PORT/graphql
# Optional env: AUDIT_JSON=path (write results as JSON), AUDIT_TIMEOUT_MS (per request).
# Exit code: 0 if every MUST audit passed, 1 otherwise.
set -euo pipefail

if [[ $# -ne 1 || -z "${1:-}" ]]; then
  echo "usage: $0 http://127.0.0.1:PORT/graphql" >&2
  exit 2
fi
URL="$1"

SCRIPT_DIR="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
cd "$SCRIPT_DIR"

for tool in node npm; do
  if ! command -v "$tool" >/dev/null 2>&1; then
    echo "error: $tool is not installed or not on PATH; install Node.js (20+) to run the HTTP audit" >&2
    exit 1
  fi
done

# (Re)install dependencies only when node_modules is missing or older than the lockfile.
if [[ ! -d node_modules || package-lock.json -nt node_modules ]]; then
  echo "http-audit: installing npm dependencies (npm ci)..." >&2
  npm ci --no-audit --no-fund --silent
  touch node_modules
fi

exec node audit.mjs "$URL"
