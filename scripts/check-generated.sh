#!/usr/bin/env bash
# Generated protobuf code is committed; it must be what proto/ generates now.
set -euo pipefail
cd "$(dirname "$0")/.."
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
cp -r proto/gen "$tmp/before"
bash scripts/proto.sh
if ! diff -r "$tmp/before" proto/gen >/dev/null; then
  echo "proto/gen is not what proto/**/*.proto generates: run 'npm run proto' and commit the result" >&2
  diff -r "$tmp/before" proto/gen | head -20 >&2
  exit 1
fi
