#!/usr/bin/env bash
# Rebuilds tutor/checks/vendor/acorn.js (the JavaScript parser the module linker
# uses) and tutor/checks/vendor/deep-eql.js (deep equality for Jest's toEqual),
# both from the npm registry, and their licences in LICENSES-jstest.md.
#
# Needs node and npm, once, on the machine that builds; learners never need them.
# Usage: scripts/build_jstest_bundle.sh
set -euo pipefail
here="$(cd "$(dirname "$0")/.." && pwd)"
vendor="$here/tutor/checks/vendor"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
cd "$work"
npm init -y >/dev/null
npm install --silent --no-audit --no-fund acorn@8.14 deep-eql@5 esbuild@0.25 >/dev/null
cat > acorn-entry.js <<'JS'
import { parse } from "acorn";
globalThis.__tutor_acorn_parse = parse;
JS
cat > eql-entry.js <<'JS'
import deepEqual from "deep-eql";
globalThis.__tutor_deep_equal = deepEqual;
JS
for name in acorn deep-eql; do
  entry="${name%%-*}-entry.js"; [ "$name" = deep-eql ] && entry=eql-entry.js
  npx esbuild "$entry" --bundle --minify --format=iife --target=es2020 \
    --legal-comments=none --outfile="$vendor/$name.js"
done
{
  echo "# Licences of the packages bundled in acorn.js and deep-eql.js"
  echo
  echo "Built by scripts/build_jstest_bundle.sh from the npm registry."
  for name in acorn deep-eql; do
    version="$(node -p "require('./node_modules/$name/package.json').version")"
    licence="$(node -p "require('./node_modules/$name/package.json').license")"
    echo; echo "## $name $version ($licence)"; echo; echo '```text'
    cat node_modules/$name/LICENSE*; echo '```'
  done
} > "$vendor/LICENSES-jstest.md"
echo "wrote $vendor/acorn.js, deep-eql.js and LICENSES-jstest.md"
