#!/usr/bin/env bash
# Builds a connector plugin and packages it for the portal's upload (Plugins page or POST /api/v1/connectors):
#   src/Plugins/pack.sh src/Plugins/Loopback            -> artifacts/packages/loopback-1.0.0.zip
#   src/Plugins/pack.sh src/Plugins/Loopback /tmp/out   -> /tmp/out/loopback-1.0.0.zip
# The work is done by the PackPlugin target (src/Plugins/PluginPackage.targets); this only calls it.
set -euo pipefail
project="${1:?usage: src/Plugins/pack.sh <plugin project folder> [output folder]}"
args=(-c Release -nologo -v minimal -t:PackPlugin)
if [ -n "${2:-}" ]; then
  mkdir -p "$2"
  args+=("-p:PluginPackageDir=$(cd "$2" && pwd)/")
fi
dotnet build "$project" "${args[@]}" | grep -E 'Plugin package:|error|warning' || true
exit "${PIPESTATUS[0]}"
