#!/usr/bin/env bash
# Rebuilds tutor/checks/vendor/linkedom.js: the DOM the JavaScript checks use
# (linkedom, from the npm registry), bundled with esbuild into one file that
# quickjs can load, and the licences of every package inside it.
#
# Needs node and npm, once, on the machine that builds; learners never need them.
# Usage: scripts/build_dom_bundle.sh
set -euo pipefail
here="$(cd "$(dirname "$0")/.." && pwd)"
vendor="$here/tutor/checks/vendor"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
cd "$work"
npm init -y >/dev/null
npm install --silent --no-audit --no-fund linkedom@0.18.15 esbuild@0.25 >/dev/null
cat > entry.js <<'JS'
import { parseHTML } from "linkedom";
globalThis.__tutor_parseHTML = parseHTML;
JS
npx esbuild entry.js --bundle --minify --format=iife --target=es2020 \
  --legal-comments=none --metafile=meta.json --outfile="$vendor/linkedom.js"
# The licence of every package esbuild put in the bundle.
node -e '
const fs = require("fs");
const meta = JSON.parse(fs.readFileSync("meta.json", "utf8"));
const names = new Set();
for (const input of Object.keys(meta.inputs)) {
  const m = input.match(/node_modules\/((?:@[^/]+\/)?[^/]+)\//);
  if (m) names.add(m[1]);
}
let out = "# Licences of the packages bundled in linkedom.js\n\n";
out += "Built by scripts/build_dom_bundle.sh from the npm registry.\n";
for (const name of [...names].sort()) {
  const dir = "node_modules/" + name;
  const pkg = JSON.parse(fs.readFileSync(dir + "/package.json", "utf8"));
  const file = fs.readdirSync(dir).find((f) => /^licen[cs]e/i.test(f));
  const text = file ? fs.readFileSync(dir + "/" + file, "utf8").trim() : "(no licence file; package.json says " + pkg.license + ")";
  out += "\n## " + name + " " + pkg.version + " (" + pkg.license + ")\n\n```text\n" + text + "\n```\n";
}
fs.writeFileSync(process.argv[1], out);
' "$vendor/LICENSES.md"
echo "wrote $vendor/linkedom.js and LICENSES.md"
