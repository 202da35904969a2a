#!/usr/bin/env bash
# Assemble the offline GraphiQL page into OUT_DIR (flat):
#   index.html, react.production.min.js, react-dom.production.min.js,
#   graphiql.min.js, graphiql.min.css
# The page expects to be served under /graphiql/ with the GraphQL endpoint at /graphql.
set -euo pipefail

if [[ $# -ne 1 || -z "${1:-}" ]]; then
  echo "usage: $0 OUT_DIR" >&2
  exit 2
fi
mkdir -p "$1"
OUT_DIR="$(cd "$1" && pwd)"   # absolute: the script changes directory below

SCRIPT_DIR="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
cd "$SCRIPT_DIR"

if ! command -v npm >/dev/null 2>&1; then
  echo "error: npm is not installed or not on PATH; install Node.js (which ships npm) to build the GraphiQL page" >&2
  exit 1
fi

# (Re)install dependencies only when node_modules is missing or older than the lockfile.
if [[ ! -d node_modules || package-lock.json -nt node_modules ]]; then
  echo "graphiql: installing npm dependencies (npm ci)..." >&2
  npm ci --no-audit --no-fund --silent
  touch node_modules
fi

ASSETS=(
  "node_modules/react/umd/react.production.min.js"
  "node_modules/react-dom/umd/react-dom.production.min.js"
  "node_modules/graphiql/graphiql.min.js"
  "node_modules/graphiql/graphiql.min.css"
)
for f in "${ASSETS[@]}"; do
  if [[ ! -f "$f" ]]; then
    echo "error: expected asset '$f' is missing; try deleting node_modules and re-running" >&2
    exit 1
  fi
done

cp -p index.html "${ASSETS[@]}" "$OUT_DIR"/
echo "graphiql: wrote ${#ASSETS[@]} assets + index.html to $OUT_DIR" >&2
