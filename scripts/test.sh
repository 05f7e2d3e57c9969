#!/usr/bin/env bash
# Runs the whole suite (unit, integration, privileged) against the built tree.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/check-generated.sh
exec node_modules/.bin/jest --ci --detectOpenHandles --maxWorkers=2 "$@"
