#!/usr/bin/env bash
# Installs everything ExportLens needs to build, scan and test, from this repository's own files.
# Safe to run again: each step is skipped when already done.
set -euo pipefail
cd "$(dirname "$0")/.."

log() { printf '[setup] %s\n' "$*" >&2; }

# System packages for the real-editor and report tests (Debian): Chromium for the browser tests,
# Neovim as a second LSP client, libkrb5-dev to build code-server's kerberos addon, ripgrep for the
# benchmark, unzip to list the packaged .vsix (test/e2e/package-contents.test.ts), fonts-noto-cjk so
# Chinese reports and screenshots render in Chromium. Installed only when
# missing, and only where apt is available.
APT_PACKAGES=(chromium neovim libkrb5-dev ripgrep unzip fonts-noto-cjk)
missing=()
for package in "${APT_PACKAGES[@]}"; do
  dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q 'install ok installed' || missing+=("$package")
done
if [ "${#missing[@]}" -gt 0 ]; then
  if command -v apt-get >/dev/null 2>&1; then
    SUDO=""
    [ "$(id -u)" -ne 0 ] && SUDO="sudo"
    log "installing Debian packages: ${missing[*]}"
    $SUDO apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
  else
    log "apt-get not found: install ${missing[*]} by hand for the editor and report tests"
  fi
fi

# npm packages, exactly as locked. (.npmrc turns off install scripts: grammar packages would
# otherwise try to build native bindings we never load.)
if [ ! -d node_modules ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
  log "installing npm packages (npm ci)"
  npm ci --no-audit --no-fund
else
  log "npm packages up to date"
fi

# The real test editor (code-server on Node 24) is set up by its own script; it caches under tools/
# and installs from nothing on a fresh machine. Always run (through bash, so a lost executable bit
# cannot skip it): the end-to-end test fails, never skips, when the editor is missing.
bash scripts/setup-editor.sh
