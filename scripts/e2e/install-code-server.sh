#!/usr/bin/env bash
# Installs code-server 4.100.3 (VS Code 1.100.3) from the npm registry into a cache OUTSIDE the repository, without any
# download other than npm packages: the package's own install script (which fetches ripgrep from elsewhere) is skipped
# and the native modules are built here with node-gyp. Idempotent: a finished install is recognised by its stamp file.
# Prints the path of the code-server launcher on its last line.
# Needs (Debian): libkrb5-dev ripgrep (and python3, make, g++ as on every machine of this kind).
set -euo pipefail
VERSION=4.100.3
CACHE="${NEWSLENS_CACHE:-$HOME/.cache/newslens-e2e}"
DIR="$CACHE/code-server-$VERSION"
BIN="$DIR/node_modules/.bin/code-server"
STAMP="$DIR/.installed"
log() { echo "[install-code-server] $*" >&2; }

if [[ -f "$STAMP" && -x "$BIN" ]] && "$BIN" --version 2>/dev/null | grep -q "^$VERSION "; then
  log "cached: $DIR"
  echo "$BIN"
  exit 0
fi

command -v rg >/dev/null || { log "ripgrep (Debian package ripgrep) is needed"; exit 1; }
[[ -e /usr/include/gssapi/gssapi.h || -e /usr/include/krb5.h ]] || { log "kerberos headers (Debian package libkrb5-dev) are needed"; exit 1; }

start=$(date +%s)
log "installing code-server $VERSION into $DIR (a few minutes, once)"
rm -rf "$DIR.partial"
mkdir -p "$DIR.partial"
cd "$DIR.partial"
echo '{"name":"newslens-e2e-code-server","private":true}' > package.json
npm install --no-audit --no-fund --loglevel=error --ignore-scripts "code-server@$VERSION" >&2

VSCODE="$DIR.partial/node_modules/code-server/lib/vscode"
( cd "$VSCODE" && npm install --no-audit --no-fund --loglevel=error --omit=dev --ignore-scripts >&2 )
NODE_GYP="$(dirname "$(command -v npm)")/../lib/node_modules/npm/node_modules/node-gyp/bin/node-gyp.js"
[[ -f "$NODE_GYP" ]] || NODE_GYP="$(npm root -g)/npm/node_modules/node-gyp/bin/node-gyp.js"
# node-gyp must build against the headers already on the machine (it would otherwise download them).
NODEDIR="$(npm config get nodedir 2>/dev/null || true)"
if [[ -z "$NODEDIR" || "$NODEDIR" == undefined || "$NODEDIR" == null ]]; then
  NODEDIR="$(dirname "$(dirname "$(readlink -f "$(command -v node)")")")"
fi
[[ -f "$NODEDIR/include/node/node.h" ]] || { log "Node's headers are not under $NODEDIR/include/node"; exit 1; }
export npm_config_nodedir="$NODEDIR"
for module in node-pty @parcel/watcher @vscode/spdlog kerberos native-watchdog @vscode/deviceid; do
  if [[ -d "$VSCODE/node_modules/$module" ]]; then
    log "building $module"
    ( cd "$VSCODE/node_modules/$module" && node "$NODE_GYP" rebuild --nodedir="$NODEDIR" >/dev/null 2>"$DIR.partial/gyp-${module//\//_}.log" ) \
      || { log "node-gyp failed for $module:"; tail -30 "$DIR.partial/gyp-${module//\//_}.log" >&2; exit 1; }
  fi
done
mkdir -p "$VSCODE/node_modules/@vscode/ripgrep/bin"
ln -sfn "$(command -v rg)" "$VSCODE/node_modules/@vscode/ripgrep/bin/rg"
ln -sfn node_modules "$VSCODE/node_modules.asar"
[[ -e "$VSCODE/bin/remote-cli/code-linux.sh" ]] && ln -sfn code-linux.sh "$VSCODE/bin/remote-cli/code-server"
[[ -e "$VSCODE/bin/helpers/browser-linux.sh" ]] && ln -sfn browser-linux.sh "$VSCODE/bin/helpers/browser.sh"
( cd "$VSCODE/extensions" && npm install --no-audit --no-fund --loglevel=error --omit=dev --ignore-scripts >&2 )
# argon2 (code-server's password hashing) from source: its install script would otherwise try a prebuilt download.
( cd "$DIR.partial/node_modules/argon2" && ../.bin/node-pre-gyp rebuild --build-from-source --nodedir="$NODEDIR" >/dev/null 2>"$DIR.partial/gyp-argon2.log" ) \
  || { log "building argon2 failed:"; tail -30 "$DIR.partial/gyp-argon2.log" >&2; exit 1; }

# The install is relocatable only as a whole folder: move it into place, then verify.
rm -rf "$DIR"
mv "$DIR.partial" "$DIR"
"$BIN" --version | grep -q "^$VERSION " || { log "code-server --version did not print $VERSION"; "$BIN" --version >&2; exit 1; }
date -u +%FT%TZ > "$STAMP"
log "installed in $(( $(date +%s) - start ))s"
echo "$BIN"
