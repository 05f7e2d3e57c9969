#!/usr/bin/env bash
# Builds keel: TypeScript into dist/, the generated protobuf code beside it, and build-info.json.
set -euo pipefail
cd "$(dirname "$0")/.."
node_modules/.bin/tsc -p tsconfig.json
mkdir -p dist/proto/gen
cp proto/gen/keel.js proto/gen/descriptor.json dist/proto/gen/
commit=$(git rev-parse --short=12 HEAD 2>/dev/null || true)
printf '{"gitCommit":"%s","buildTime":"%s"}\n' "${commit}" "$(date -u +%Y-%m-%dT%H:%M:%SZ)" > dist/build-info.json
