#!/usr/bin/env bash
# Screenshot of the bundled app's first screen on a real X server (Xvfb), as a new officer sees it.
#   packaging/screenshot_bundle.sh [BUNDLE_DIR] [OUT_PNG]
# Needs: xvfb xauth imagemagick and the xcb libraries (.ci/sysdeps.sh xvfb).
set -euo pipefail
cd "$(dirname "$0")/.."
bundle="$(realpath "${1:-dist/pulut-desktop}")"
out="$(realpath -m "${2:-docs/screenshots/bundle-first-screen.png}")"
home="$(mktemp -d)"
trap 'rm -rf "$home"' EXIT
# shellcheck disable=SC2016  # expanded by the inner shell
HOME="$home" XDG_CONFIG_HOME="$home/.config" env -u QT_QPA_PLATFORM \
    xvfb-run -a -s "-screen 0 1366x768x24" bash -c '
        "$1/pulut-desktop" --data-dir "$2/Data Pétugas" & app=$!
        sleep 4
        import -window root "$3"
        kill "$app"; wait "$app" || true
    ' _ "$bundle" "$home" "$out"
echo "wrote $out"
