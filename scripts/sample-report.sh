#!/usr/bin/env bash
# Regenerates docs/sample-report/ (report.html, report.md, report.zh.html) from examples/.
#
# Reproducible: the scan date is fixed (SOURCE_DATE_EPOCH), and the examples are copied to a temporary
# folder named `examples` outside any git repository, so neither the commit nor uncommitted work in
# this tree changes the output. One review decision is recorded in the copy to show how decisions
# appear. Run after `npm run build`.
set -euo pipefail
cd "$(dirname "$0")/.."
export SOURCE_DATE_EPOCH="${SOURCE_DATE_EPOCH:-1767225600}"   # 2026-01-01T00:00:00Z
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
cp -R examples "$work/examples"
out=docs/sample-report
mkdir -p "$out"
cli=(node bin/exportlens.js)
"${cli[@]}" review "$work/examples" --module recommender-service --category cn.personalized-push \
  --status licence-required --reviewer "Sample Reviewer" --note "Sample decision: recommender trained on user clicks drives personal pushes." --quiet
"${cli[@]}" report "$work/examples" --format html --lang en --output "$out/report.html" --quiet
"${cli[@]}" report "$work/examples" --format md --lang en --output "$out/report.md" --quiet
"${cli[@]}" report "$work/examples" --format html --lang zh --output "$out/report.zh.html" --quiet
echo "sample reports written to $out/"
