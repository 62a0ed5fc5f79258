#!/usr/bin/env bash
# Build a .deb from the one-folder bundle:  packaging/linux/build_deb.sh [BUNDLE_DIR] [OUT_DIR]
#   /opt/pulut-desktop/...                   the bundle, as built by `make bundle`
#   /usr/bin/pulut-desktop                   symlink to the launcher (it finds _internal/ through the link)
#   /usr/share/applications/pulut-desktop.desktop, icons in /usr/share/icons/hicolor
# Data stays in each officer's home folder (~/.local/share/PulutDesktop); removing the package
# never touches it.
set -euo pipefail
cd "$(dirname "$0")/../.."
bundle="${1:-dist/pulut-desktop}"
out="${2:-dist}"
[ -x "$bundle/pulut-desktop" ] || { echo "no bundle at $bundle: run 'make bundle' first" >&2; exit 1; }
version="$("$bundle/pulut-desktop" --version | awk '{print $2}')"
arch="$(dpkg --print-architecture)"
root="$(mktemp -d)"
trap 'rm -rf "$root"' EXIT

install -d "$root/opt/pulut-desktop" "$root/usr/bin" "$root/usr/share/applications" "$root/DEBIAN"
cp -a "$bundle/." "$root/opt/pulut-desktop/"
ln -s /opt/pulut-desktop/pulut-desktop "$root/usr/bin/pulut-desktop"
install -m 644 packaging/linux/pulut-desktop.desktop "$root/usr/share/applications/pulut-desktop.desktop"
for png in pulut_desktop/resources/icons/app-icon-*.png; do
    size="${png##*/app-icon-}"; size="${size%.png}"
    install -D -m 644 "$png" "$root/usr/share/icons/hicolor/${size}x${size}/apps/pulut-desktop.png"
done
install -D -m 644 pulut_desktop/resources/icons/app-icon.svg "$root/usr/share/icons/hicolor/scalable/apps/pulut-desktop.svg"
install -d "$root/usr/share/doc/pulut-desktop"
printf 'Pulut Desktop %s\nProprietary; bundled third-party licences are under /opt/pulut-desktop/_internal.\n' \
    "$version" > "$root/usr/share/doc/pulut-desktop/copyright"

installed_kb="$(du -sk --exclude=DEBIAN "$root" | cut -f1)"
cat > "$root/DEBIAN/control" <<CONTROL
Package: pulut-desktop
Version: $version
Architecture: $arch
Maintainer: Disnakertrans Provinsi Riau <pulut@disnakertrans.riau.go.id>
Installed-Size: $installed_kb
Section: misc
Priority: optional
Depends: libgl1, libegl1, libfontconfig1, libxkbcommon0, libdbus-1-3, fontconfig-config, fonts-dejavu-core,
 libxkbcommon-x11-0, libx11-xcb1, libxcb-cursor0, libxcb-icccm4, libxcb-image0, libxcb-keysyms1,
 libxcb-randr0, libxcb-render0, libxcb-render-util0, libxcb-shape0, libxcb-shm0, libxcb-sync1,
 libxcb-util1, libxcb-xfixes0, libxcb-xkb1
Description: Offline-first registration of vulnerable workers for Pulut Ketan (Riau)
 Pulut Desktop registers informal workers for the Pulut Ketan programme (BPJS
 Ketenagakerjaan JKK and JKM) on field laptops without a network, prints
 enrollment cards and carries batches to the province on a USB stick.
 Check an installation with: pulut-desktop --self-test
CONTROL
mkdir -p "$out"
target="$out/pulut-desktop_${version}_${arch}.deb"
dpkg-deb --root-owner-group -Zxz --build "$root" "$target" >/dev/null
echo "built $target ($(du -h "$target" | cut -f1), installed size $((installed_kb / 1024)) MiB)"
