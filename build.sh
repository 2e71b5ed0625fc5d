#!/usr/bin/env bash
# One entry point for people, CI and the Dockerfile.
#   ./build.sh run       build everything (portal + first-party plugins into plugins/) and start the portal on SQLite
#   ./build.sh test      install what a fresh machine lacks (Debian Chromium, PostgreSQL), build, and run every test project
#   ./build.sh publish D publish the portal to D/app and the first-party plugins to D/plugins (used by the Dockerfile)
set -euo pipefail
cd "$(dirname "$0")"

need_root() { if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi; }

ensure_chromium() {
  if [ -n "${CHROMIUM_PATH:-}" ] && [ -x "$CHROMIUM_PATH" ]; then return; fi
  if command -v chromium >/dev/null 2>&1; then export CHROMIUM_PATH="$(command -v chromium)"; return; fi
  echo "Installing Debian's Chromium for the browser tests..."
  need_root apt-get update -qq
  DEBIAN_FRONTEND=noninteractive need_root apt-get install -y -qq chromium >/dev/null
  export CHROMIUM_PATH="$(command -v chromium)"
}

# A throwaway PostgreSQL for the scale-out tests (and benchmarks): Debian's package when missing, a fresh cluster in a temp
# directory on a free 127.0.0.1 port, stopped and removed when the script exits. Exports OPENCHANNELS_TEST_POSTGRES, a
# superuser connection string; tests create their own databases in it. An OPENCHANNELS_TEST_POSTGRES already set is kept.
start_test_postgres() {
  if [ -n "${OPENCHANNELS_TEST_POSTGRES:-}" ]; then return; fi
  local bin port dir runas=""
  bin="$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)"
  if [ -z "$bin" ]; then
    echo "Installing Debian's PostgreSQL for the scale-out tests..."
    need_root apt-get update -qq
    DEBIAN_FRONTEND=noninteractive need_root apt-get install -y -qq postgresql >/dev/null
    bin="$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -n 1)"
  fi
  # initdb refuses to run as root: as root the cluster belongs to the package's postgres user.
  if [ "$(id -u)" -eq 0 ]; then runas="runuser -u postgres --"; fi
  dir="$(mktemp -d "${TMPDIR:-/tmp}/openchannels-pg.XXXXXX")"
  chmod 700 "$dir"
  if [ "$(id -u)" -eq 0 ]; then chown postgres "$dir"; fi
  for port in $(shuf -i 20000-60000 -n 50); do
    if ! (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; then break; fi
  done
  $runas "$bin/initdb" -D "$dir/data" -U postgres -A trust -E UTF8 --no-locale >/dev/null
  $runas "$bin/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w -s start \
    -o "-c listen_addresses=127.0.0.1 -p $port -k $dir -c max_connections=400 -c fsync=off -c synchronous_commit=off"
  trap "$runas '$bin/pg_ctl' -D '$dir/data' -m fast -w -s stop || true; rm -rf '$dir'" EXIT
  export OPENCHANNELS_TEST_POSTGRES="Host=127.0.0.1;Port=$port;Username=postgres;Database=postgres"
  echo "PostgreSQL for the tests on 127.0.0.1:$port"
}

case "${1:-}" in
  run)
    shift
    dotnet build OpenChannels.sln -c Release -nologo -v quiet
    export OPENCHANNELS_DATA="${OPENCHANNELS_DATA:-$PWD/data}"
    export OPENCHANNELS_PLUGINS="${OPENCHANNELS_PLUGINS:-$PWD/plugins}"
    urls="${URLS:-http://127.0.0.1:5000}"
    export OPENCHANNELS_PUBLIC_URL="${OPENCHANNELS_PUBLIC_URL:-$urls}"
    echo "Open Channels on $urls (data: $OPENCHANNELS_DATA, plugins: $OPENCHANNELS_PLUGINS)"
    exec dotnet src/Portal/bin/Release/net10.0/OpenChannels.Portal.dll --urls "$urls" "$@"
    ;;
  test)
    ensure_chromium
    start_test_postgres
    dotnet build OpenChannels.sln -c Release -nologo -v quiet
    log="$(mktemp)"
    set +e
    dotnet test OpenChannels.sln -c Release --no-build -nologo 2>&1 | tee "$log"
    status=${PIPESTATUS[0]}
    set -e
    passed=$(grep -oE 'Passed: +[0-9]+' "$log" | awk '{s+=$2} END {print s+0}')
    failed=$(grep -oE 'Failed: +[0-9]+' "$log" | awk '{s+=$2} END {print s+0}')
    skipped=$(grep -oE 'Skipped: +[0-9]+' "$log" | awk '{s+=$2} END {print s+0}')
    rm -f "$log"
    echo "Tests: $passed passed, $failed failed, $skipped skipped"
    if [ "$status" -ne 0 ] || [ "$failed" -ne 0 ] || [ "$passed" -eq 0 ]; then exit 1; fi
    ;;
  publish)
    out="${2:?usage: ./build.sh publish <output directory>}"
    dotnet publish src/Portal/Portal.csproj -c Release -o "$out/app" -nologo
    for plugin in src/Plugins/*/*.csproj; do
      dotnet build "$plugin" -c Release -nologo -v quiet -p:PluginDropRoot="$(cd "$out" && pwd)/plugins"
    done
    ;;
  *)
    sed -n '2,6p' "$0"
    exit 2
    ;;
esac
