#!/usr/bin/env bash
# Install the Debian/Ubuntu packages Pulut Desktop needs, or say which are missing.
#   .ci/sysdeps.sh test   -> Qt offscreen libraries, PDF/QR tools for the card tests, fonts, and
#                            chromium + chromium-driver for the province console's browser tests
#   .ci/sysdeps.sh run    -> the above plus what a real window (X11/xcb) needs
#   .ci/sysdeps.sh xvfb   -> the above plus Xvfb
#   .ci/sysdeps.sh release -> the above plus xdotool (F1 in the bundle under Xvfb) and the .deb checkers
#                            (lintian, desktop-file-validate) and patchelf for the .deb build
# As root it installs what is missing (apt-get update first); otherwise it prints the one
# apt-get line to run and exits non-zero. On other systems it does nothing.
set -euo pipefail

profile="${1:-test}"
if ! command -v dpkg-query >/dev/null 2>&1 || ! command -v apt-get >/dev/null 2>&1; then
    exit 0  # not Debian/Ubuntu: see README for Windows
fi

packages=(libglib2.0-0 libgl1 libegl1 libxkbcommon0 libfontconfig1 libdbus-1-3 fonts-dejavu-core
          poppler-utils zbar-tools binutils  # binutils: strip/objcopy/ld for `make bundle`
          chromium chromium-driver)  # tests/web: Selenium drives the province console
if [ "$profile" = "run" ] || [ "$profile" = "xvfb" ] || [ "$profile" = "release" ]; then
    packages+=(libxkbcommon-x11-0 libx11-xcb1 libxcb-cursor0 libxcb-icccm4 libxcb-image0 libxcb-keysyms1
               libxcb-randr0 libxcb-render0 libxcb-render-util0 libxcb-shape0 libxcb-shm0 libxcb-sync1
               libxcb-util1 libxcb-xfixes0 libxcb-xkb1)
fi
if [ "$profile" = "xvfb" ] || [ "$profile" = "release" ]; then
    packages+=(xvfb xauth)
fi
if [ "$profile" = "release" ]; then
    packages+=(xdotool lintian desktop-file-utils patchelf)  # patchelf: build_deb.sh drops host RUNPATHs
fi
if [ "${PULUT_WITH_POSTGRES:-0}" = "1" ]; then
    packages+=(postgresql)
fi
py="${PYTHON:-python3}"
if ! "$py" -c "import ensurepip, venv" >/dev/null 2>&1; then
    packages+=(python3-venv)
fi

missing=()
for p in "${packages[@]}"; do
    status=$(dpkg-query -W -f='${Status}' "$p" 2>/dev/null || true)
    [[ "$status" == *"install ok installed"* ]] || missing+=("$p")
done
[ ${#missing[@]} -eq 0 ] && exit 0

if [ "$(id -u)" -eq 0 ]; then
    echo "Installing system packages: ${missing[*]}"
    export DEBIAN_FRONTEND=noninteractive
    apt-get update -q
    apt-get install -y -q --no-install-recommends "${missing[@]}"
else
    echo "Missing system packages. Run:" >&2
    echo "  sudo apt-get update && sudo apt-get install -y ${missing[*]}" >&2
    exit 1
fi
