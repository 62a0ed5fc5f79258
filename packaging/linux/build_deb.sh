#!/usr/bin/env bash
# Build a .deb from the one-folder bundle:  packaging/linux/build_deb.sh [BUNDLE_DIR] [OUT_DIR]
#   /opt/pulut-desktop/...                   the bundle, as built by `make bundle` (licenses/ included)
#   /usr/bin/pulut-desktop                   symlink to the launcher (it finds _internal/ through the link)
#   /usr/share/applications/pulut-desktop.desktop, icons in /usr/share/icons/hicolor
#   /usr/share/doc/pulut-desktop/{copyright,changelog.gz}
# Data stays in each officer's home folder (~/.local/share/PulutDesktop); removing the package
# never touches it.
#
# Whatever the builder's umask, every directory is 0755, every file 0644 and the launcher 0755, all owned
# by root (dpkg-deb --root-owner-group, no fakeroot needed). Depends is computed from the bundle: the
# highest GLIBC_x.y symbol version any bundled ELF file needs (libc6 (>= x.y)), plus the Debian packages
# of the shared libraries the bundle needs but does not carry (readelf + dpkg -S on the build host), plus
# the few things Qt loads at run time without a DT_NEEDED entry. No ELF file keeps a RUNPATH outside the
# bundle (patchelf), so lintian reports no custom-library-search-path.
set -euo pipefail
umask 022
cd "$(dirname "$0")/../.."
bundle="${1:-dist/pulut-desktop}"
out="${2:-dist}"
[ -x "$bundle/pulut-desktop" ] || { echo "no bundle at $bundle: run 'make bundle' first" >&2; exit 1; }
version="$(QT_QPA_PLATFORM=offscreen "$bundle/pulut-desktop" --version | awk '{print $2}')"
arch="$(dpkg --print-architecture)"
maintainer="Disnakertrans Provinsi Riau <pulut@disnakertrans.riau.go.id>"
root="$(mktemp -d)"
trap 'rm -rf "$root"' EXIT
chmod 0755 "$root"

install -d "$root/opt/pulut-desktop" "$root/usr/bin" "$root/usr/share/applications" "$root/DEBIAN" \
    "$root/usr/share/doc/pulut-desktop"
cp -R "$bundle/." "$root/opt/pulut-desktop/"
# Extension modules built by the build host's Python carry its library folder as RUNPATH (e.g.
# /root/.pyenv/versions/3.11.7/lib): keep only the entries inside the bundle ($ORIGIN...), drop the rest.
command -v patchelf >/dev/null || { echo "build_deb.sh needs patchelf: run .ci/sysdeps.sh release" >&2; exit 1; }
while IFS= read -r -d '' elf; do
    [ "$(head -c 4 "$elf" | od -An -c | tr -d ' ')" = '177ELF' ] || continue
    rpath="$(patchelf --print-rpath "$elf" 2>/dev/null)" || continue
    kept="$(tr ':' '\n' <<<"$rpath" | { grep '^\$ORIGIN' || true; } | paste -sd: -)"
    [ "$kept" = "$rpath" ] && continue
    chmod u+w "$elf"
    if [ -n "$kept" ]; then patchelf --set-rpath "$kept" "$elf"; else patchelf --remove-rpath "$elf"; fi
done < <(find "$root/opt/pulut-desktop" -type f -print0)
find "$root" -type d -exec chmod 0755 {} +
find "$root" -type f -exec chmod 0644 {} +
chmod 0755 "$root/opt/pulut-desktop/pulut-desktop"
ln -s /opt/pulut-desktop/pulut-desktop "$root/usr/bin/pulut-desktop"
install -m 644 packaging/linux/pulut-desktop.desktop "$root/usr/share/applications/pulut-desktop.desktop"
for png in pulut_desktop/resources/icons/app-icon-*.png; do
    size="${png##*/app-icon-}"; size="${size%.png}"
    install -D -m 644 "$png" "$root/usr/share/icons/hicolor/${size}x${size}/apps/pulut-desktop.png"
done
install -D -m 644 pulut_desktop/resources/icons/app-icon.svg "$root/usr/share/icons/hicolor/scalable/apps/pulut-desktop.svg"

install -D -m 644 packaging/linux/lintian-overrides "$root/usr/share/lintian/overrides/pulut-desktop"
cat > "$root/usr/share/doc/pulut-desktop/copyright" <<COPYRIGHT
Format: https://www.debian.org/doc/packaging-manuals/copyright-format/1.0/
Upstream-Name: Pulut Desktop
Upstream-Contact: $maintainer

Files: *
Copyright: 2026 Dinas Tenaga Kerja dan Transmigrasi Provinsi Riau
License: LicenseRef-Proprietary
 Proprietary software of Disnakertrans Provinsi Riau. The third-party
 components under /opt/pulut-desktop (Qt under the LGPL-3.0, Python and
 the others) keep their own licences: see
 /opt/pulut-desktop/licenses/THIRD-PARTY-NOTICES.txt and
 /opt/pulut-desktop/licenses/LGPL-COMPLIANCE.md.
COPYRIGHT
chmod 0644 "$root/usr/share/doc/pulut-desktop/copyright"
# The date of the commit the package is built from, so two builds of one commit write the same changelog.
when="$(git log -1 --format=%cD 2>/dev/null || date -R)"
printf 'pulut-desktop (%s) stable; urgency=medium\n\n  * Pulut Desktop %s.\n\n -- %s  %s\n' \
    "$version" "$version" "$maintainer" "$when" | gzip -9n > "$root/usr/share/doc/pulut-desktop/changelog.gz"
chmod 0644 "$root/usr/share/doc/pulut-desktop/changelog.gz"

depends="$(python3 packaging/linux/deb_depends.py "$root/opt/pulut-desktop")"
installed_kb="$(du -sk --exclude=DEBIAN "$root" | cut -f1)"
cat > "$root/DEBIAN/control" <<CONTROL
Package: pulut-desktop
Version: $version
Architecture: $arch
Maintainer: $maintainer
Installed-Size: $installed_kb
Section: misc
Priority: optional
Depends: $depends
Description: Offline-first registration of vulnerable workers for Pulut Ketan (Riau)
 Pulut Desktop registers informal workers for the Pulut Ketan programme (BPJS
 Ketenagakerjaan JKK and JKM) on field laptops without a network, prints
 enrollment cards and carries batches to the province on a USB stick.
 Check an installation with: pulut-desktop --self-test
CONTROL
(cd "$root" && find . -type f ! -path './DEBIAN/*' -printf '%P\0' | LC_ALL=C sort -z | xargs -0 md5sum) \
    > "$root/DEBIAN/md5sums"
chmod 0644 "$root/DEBIAN/control" "$root/DEBIAN/md5sums"
mkdir -p "$out"
target="$out/pulut-desktop_${version}_${arch}.deb"
# xz for releases; tests set PULUT_DEB_COMPRESS=gzip PULUT_DEB_LEVEL=1 to save minutes of CPU.
dpkg-deb --root-owner-group -Z"${PULUT_DEB_COMPRESS:-xz}" -z"${PULUT_DEB_LEVEL:-6}" --build "$root" "$target" >/dev/null
echo "built $target ($(du -h "$target" | cut -f1), installed size $((installed_kb / 1024)) MiB)"
echo "Depends: $depends"
