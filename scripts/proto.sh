#!/usr/bin/env bash
# Generates proto/gen from proto/**/*.proto: static code (keel.js + keel.d.ts) and a reflection
# descriptor (descriptor.json) that `keel bus tap` uses to decode any job's arguments.
set -euo pipefail
cd "$(dirname "$0")/.."
files=$(cd proto && find . -name '*.proto' -not -path './gen/*' | sed 's|^\./||' | sort)
bin=node_modules/.bin
( cd proto && ../$bin/pbjs -p . -t static-module -w commonjs --force-number --no-beautify --no-delimited \
    --no-service -o gen/keel.js $files )
( cd proto && ../$bin/pbjs -p . -t json -o gen/descriptor.json $files )
$bin/pbts --no-comments -o proto/gen/keel.d.ts proto/gen/keel.js
