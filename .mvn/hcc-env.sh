# Sourced by ./mvnw before Maven starts. It finds what the build needs on this machine, so that the README's
# commands work both on a fresh offline-registry machine and on an ordinary online one:
#   1. a JDK >= 21 (JAVA_HOME if new enough, else the newest under the usual JDK folders);
#   2. a Node.js >= 24 for Vaadin's frontend build (the one on PATH, else the official binary from the npm
#      registry package node-<os>-<arch>, cached under ~/.cache/hcc-dashboard);
#   3. Vaadin Charts: without a licence key the production build adds the commercial banner.

hcc_die() { echo "mvnw: $*" >&2; exit 1; }

hcc_java_major() {
  "$1/bin/java" -version 2>&1 | sed -n 's/.* version "\([0-9][0-9]*\).*/\1/p' | head -n 1
}

hcc_find_jdk() {
  if [ -n "${JAVA_HOME-}" ] && [ -x "$JAVA_HOME/bin/javac" ]; then
    m=$(hcc_java_major "$JAVA_HOME")
    if [ -n "$m" ] && [ "$m" -ge 21 ]; then return 0; fi
  fi
  best=""; best_major=0
  path_java=$(command -v javac 2>/dev/null || true)
  path_home=""
  if [ -n "$path_java" ]; then
    path_home=$(dirname "$(dirname "$(readlink -f "$path_java" 2>/dev/null || echo "$path_java")")")
  fi
  set +f # mvnw runs with globbing off; the JDK folders need it
  for d in $path_home /usr/lib/jvm/* /usr/java/* /opt/java/* /Library/Java/JavaVirtualMachines/*/Contents/Home \
           "$HOME"/.sdkman/candidates/java/* "$HOME"/.jdks/*; do
    [ -x "$d/bin/javac" ] || continue
    m=$(hcc_java_major "$d")
    if [ -n "$m" ] && [ "$m" -gt "$best_major" ]; then best="$d"; best_major="$m"; fi
  done
  set -f
  if [ "$best_major" -ge 21 ]; then
    JAVA_HOME="$best"; export JAVA_HOME
  else
    hcc_die "hcc-dashboard needs a JDK 21 or newer (Vaadin 25): install one (for example Temurin 21) or set JAVA_HOME to it."
  fi
}

hcc_node_major() { "$1" -v 2>/dev/null | sed -n 's/^v\([0-9][0-9]*\).*/\1/p'; }

hcc_needs_frontend() {
  for a in "$@"; do
    case "$a" in package|verify|install|deploy|spring-boot:run|*:build-frontend) return 0 ;; esac
  done
  return 1
}

hcc_find_node() {
  if command -v node >/dev/null 2>&1; then
    m=$(hcc_node_major node)
    if [ -n "$m" ] && [ "$m" -ge 24 ]; then return 0; fi
  fi
  case "$(uname -s)" in Linux) os=linux ;; Darwin) os=darwin ;; *) return 0 ;; esac
  case "$(uname -m)" in x86_64|amd64) arch=x64 ;; aarch64|arm64) arch=arm64 ;; *) return 0 ;; esac
  version=24.17.0
  dir="${XDG_CACHE_HOME:-$HOME/.cache}/hcc-dashboard/node-$version"
  bin="$dir/node_modules/node-$os-$arch/bin"
  if [ ! -x "$bin/node" ]; then
    if ! command -v npm >/dev/null 2>&1; then
      return 0 # no npm either: Vaadin downloads Node.js itself, which works on an online machine
    fi
    if ! hcc_needs_frontend "$@"; then
      return 0 # tests need no Node.js
    fi
    echo "mvnw: fetching Node.js $version from the npm registry into $dir" >&2
    mkdir -p "$dir"
    npm install --prefix "$dir" --no-save --no-audit --no-fund --loglevel=error "node-$os-$arch@$version" >&2 \
      || hcc_die "Vaadin needs Node.js 24 or newer and it could not be fetched from the npm registry: install Node.js 24 and run again."
  fi
  # Vaadin uses a Node.js on PATH only when npm lies beside it; the package has no npm, so lend it the machine's.
  npm_dir="$dir/node_modules/node-$os-$arch/lib/node_modules/npm"
  if [ ! -e "$npm_dir" ] && command -v npm >/dev/null 2>&1; then
    cli=$(readlink -f "$(command -v npm)" 2>/dev/null || true)
    case "$cli" in
      */npm/bin/npm-cli.js) mkdir -p "$(dirname "$npm_dir")" && ln -s "${cli%/bin/npm-cli.js}" "$npm_dir" ;;
    esac
  fi
  PATH="$bin:$PATH"; export PATH
}

hcc_find_jdk
hcc_find_node "$@"

if [ ! -f "$HOME/.vaadin/proKey" ] && [ -z "${VAADIN_PROKEY-}" ] && [ -z "${vaadin_proKey-}" ]; then
  case " $* " in
    *"vaadin.proKey"*|*"commercialWithBanner"*) ;;
    *) set -- "$@" -Dvaadin.commercialWithBanner ;;
  esac
fi
