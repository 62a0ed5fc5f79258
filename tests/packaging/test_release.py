"""The built bundle is lawful to ship and works where it is installed: no GPL-only library, a licence
notice naming every shared library it carries, a .deb that an officer can start even when the builder's
umask was 077, and F1 opening the handbook in a real X session (slow: uses the session's bundle)."""

from __future__ import annotations

import os
import re
import shutil
import stat
import subprocess
import tempfile
from pathlib import Path

import pytest

from .helpers import EXE, REPO, child_env, run_app

pytestmark = [pytest.mark.slow, pytest.mark.timeout(900)]

# Libraries under the GPL without a linking exception: a proprietary bundle must not carry them.
GPL_ONLY = ("libreadline.", "libhistory.", "libgdbm.", "libgdbm_compat.", "libgmp.so.3", "libmysqlclient.")
_NEEDED = re.compile(r"\(NEEDED\)\s+Shared library: \[([^\]]+)\]")
_RUNPATH = re.compile(r"\((?:RUNPATH|RPATH)\)\s+Library (?:runpath|rpath): \[([^\]]*)\]")
PASSWORD = "kata-sandi-uji-1"


def require(*tools: str) -> None:
    """Skip without the tools on a developer's machine; in CI (.ci/sysdeps.sh release installs them) fail."""
    missing = [tool for tool in tools if not shutil.which(tool)]
    if missing:
        message = f"missing {', '.join(missing)}: run .ci/sysdeps.sh release"
        pytest.fail(message) if os.environ.get("CI") else pytest.skip(message)


def _elf_files(root: Path) -> list[Path]:
    found = []
    for path in root.rglob("*"):
        if path.is_file() and not path.is_symlink():
            with path.open("rb") as f:
                if f.read(4) in (b"\x7fELF", b"MZ\x90\x00"):
                    found.append(path)
    return found


def test_bundle_ships_no_gpl_only_library(bundle):
    names = [p.name for p in bundle.rglob("*")]
    assert not [n for n in names if n.startswith(GPL_ONLY)], "GPL-only library in the bundle"
    assert not [n for n in names if n.startswith(("readline.", "_gdbm."))]  # the modules that link them
    if shutil.which("readelf"):
        needed = set()
        for path in _elf_files(bundle):
            out = subprocess.run(["readelf", "-d", "-W", str(path)], capture_output=True, text=True).stdout
            needed |= set(_NEEDED.findall(out))
        assert not [n for n in needed if n.startswith(GPL_ONLY)], needed


def test_licences_name_every_bundled_library(bundle):
    licences = bundle / "licenses"
    rows = (licences / "components.tsv").read_text(encoding="utf-8").splitlines()[1:]
    listed = {row.split("\t")[0]: row.split("\t") for row in rows}
    internal = bundle / "_internal"
    shared = {p.relative_to(internal).as_posix() for p in _elf_files(internal)}
    assert shared, "no shared library found in the bundle?"
    assert sorted(shared - set(listed)) == []  # every library of the bundle has a named component
    assert all(row[3] and "UNKNOWN" not in row[3] for row in listed.values()), rows
    notice = (licences / "THIRD-PARTY-NOTICES.txt").read_text(encoding="utf-8")
    for component in ("Qt 6", "PySide6", "Python", "SQLCipher", "ReportLab", "cryptography", "ICU"):
        assert component.lower() in notice.lower(), component
    assert "GNU LESSER GENERAL PUBLIC LICENSE" in notice and "Version 3, 29 June 2007" in notice
    assert "OpenSSL" in notice  # libssl3 (Debian copyright) and/or the OpenSSL in the cryptography wheel
    assert "relink" in (licences / "LGPL-COMPLIANCE.md").read_text(encoding="utf-8").lower()


def _build_deb_under_umask_077(bundle: Path, out: Path) -> Path:
    strict = out / "bundle built with umask 077"
    shutil.copytree(bundle, strict, symlinks=True)
    for path in [strict, *strict.rglob("*")]:  # what PyInstaller leaves behind under umask 077
        if not path.is_symlink():
            path.chmod(stat.S_IMODE(path.stat().st_mode) & 0o700)
    result = subprocess.run(
        ["bash", "-c", 'umask 077 && exec bash "$0" "$1" "$2"', str(REPO / "packaging" / "linux" / "build_deb.sh"),
         str(strict), str(out)],
        capture_output=True, text=True, timeout=900, env=child_env(PULUT_DEB_COMPRESS="gzip", PULUT_DEB_LEVEL="1"),
    )  # fmt: skip
    assert result.returncode == 0, result.stdout + result.stderr
    (deb,) = out.glob("pulut-desktop_*.deb")
    return deb


def test_deb_built_under_umask_077_installs_and_starts_for_an_unprivileged_user(bundle, tmp_path):
    require("dpkg-deb", "readelf", "desktop-file-validate", "patchelf")
    deb = _build_deb_under_umask_077(bundle, tmp_path)
    info = subprocess.run(["dpkg-deb", "--info", str(deb)], capture_output=True, text=True, check=True).stdout
    assert "md5sums" in info
    depends = re.search(r"^ Depends: (.*)$", info, re.MULTILINE)[1]
    glibc = re.search(r"libc6 \(>= 2\.(\d+)\)", depends)
    assert glibc, depends  # computed from the bundle's GLIBC_2.x symbol needs, e.g. its libstdc++'s:
    for library in (bundle / "_internal").glob("libstdc++.so*"):
        needs = subprocess.run(["readelf", "-V", "-W", str(library)], capture_output=True, text=True).stdout
        assert int(glibc[1]) >= max(int(minor) for minor in re.findall(r"Name: GLIBC_2\.(\d+)", needs))
    assert "fonts-dejavu-core" in depends and "libxcb-cursor0" in depends and "libgl1" in depends
    listing = subprocess.run(["dpkg-deb", "--contents", str(deb)], capture_output=True, text=True, check=True).stdout
    assert "./usr/bin/pulut-desktop -> /opt/pulut-desktop/pulut-desktop" in listing
    for line in listing.splitlines():
        mode, owner = line.split()[:2]
        assert owner == "root/root", line
        assert mode in ("drwxr-xr-x", "-rw-r--r--", "-rwxr-xr-x", "lrwxrwxrwx"), line
    assert re.search(r"^-rwxr-xr-x .* \./opt/pulut-desktop/pulut-desktop$", listing, re.MULTILINE)
    for path in ("./usr/share/doc/pulut-desktop/changelog.gz", "./usr/share/doc/pulut-desktop/copyright",
                 "./opt/pulut-desktop/licenses/THIRD-PARTY-NOTICES.txt",
                 "./usr/share/icons/hicolor/scalable/apps/pulut-desktop.svg"):  # fmt: skip
        assert f" {path}\n" in listing + "\n", path
    # lintian itself runs in `make deb` (minutes on this package); its overrides ship with the package.
    assert " ./usr/share/lintian/overrides/pulut-desktop\n" in listing + "\n"
    desktop = REPO / "packaging" / "linux" / "pulut-desktop.desktop"
    check = subprocess.run(["desktop-file-validate", str(desktop)], capture_output=True, text=True)
    assert (check.returncode, check.stdout.strip()) == (0, ""), check.stdout

    # Unpack as dpkg would (modes and owners from the archive) into a folder any user can enter, and start
    # it as an unprivileged user: as root, the `nobody` account; otherwise this (non-root) account.
    system = Path(tempfile.mkdtemp(prefix="pulut-deb-root-"))
    try:
        system.chmod(0o755)
        subprocess.run(["dpkg-deb", "-x", str(deb), str(system)], check=True)
        # No ELF file searches for libraries outside the bundle (the build host's Python lib folder was
        # in 55 extension modules' RUNPATH: lintian's custom-library-search-path error).
        outside = {}
        for path in _elf_files(system / "opt" / "pulut-desktop"):
            out = subprocess.run(["readelf", "-d", "-W", str(path)], capture_output=True, text=True).stdout
            entries = [e for found in _RUNPATH.findall(out) for e in found.split(":") if e]
            if [e for e in entries if not e.startswith("$ORIGIN")]:
                outside[path.name] = entries
        assert outside == {}, outside
        home = system / "home of nobody"
        home.mkdir(mode=0o777)
        home.chmod(0o777)
        command = [str(system / "opt" / "pulut-desktop" / EXE)]
        if os.geteuid() == 0:
            command = ["runuser", "-u", "nobody", "--", *command]
        env = child_env(HOME=str(home))
        result = run_app(command, "--self-test", "--data-dir", str(home / "data"), env=env, timeout=300)
        assert result.returncode == 0, result.stdout + result.stderr
        assert result.stdout.splitlines()[-1].startswith("self-test passed")
    finally:
        shutil.rmtree(system, ignore_errors=True)


def test_f1_opens_the_handbook_in_the_bundle_under_xvfb(bundle, tmp_path):
    require("xvfb-run", "xdotool")
    data = tmp_path / "data petugas"
    init = run_app([str(bundle / EXE)], "--data-dir", str(data), "init", "--training", "--user", "sri",
                   "--password-stdin", "--name", "Sri", "--device-name", "Laptop Uji", "--regency", "14.06",
                   stdin=PASSWORD + "\n")  # fmt: skip
    assert init.returncode == 0, init.stderr
    script = tmp_path / "f1.sh"
    script.write_text(
        """set -u
"$1" --data-dir "$2" > "$3/app.log" 2>&1 &
app=$!
login=$(timeout 60 xdotool search --sync --name 'Pulut Desktop — Masuk' | head -1)
[ -n "$login" ] || { echo "no login window"; kill $app; exit 3; }
xdotool windowfocus --sync "$login" key F1
help=$(timeout 30 xdotool search --sync --name 'Bantuan — Panduan Petugas' | head -1)
status=$?
[ -n "$help" ] && xdotool getwindowgeometry "$help"
kill $app; wait $app
[ -n "$help" ] || { echo "F1 opened no handbook window"; exit 4; }
""",
        encoding="utf-8",
    )
    env = {k: v for k, v in child_env().items() if k != "QT_QPA_PLATFORM"}
    env["QT_QPA_PLATFORM"] = "xcb"
    result = subprocess.run(
        ["xvfb-run", "-a", "-s", "-screen 0 1366x768x24", "bash", str(script), str(bundle / EXE), str(data),
         str(tmp_path)],
        capture_output=True, text=True, timeout=180, env=env,
    )  # fmt: skip
    log = (
        (tmp_path / "app.log").read_text(encoding="utf-8", errors="replace") if (tmp_path / "app.log").exists() else ""
    )
    assert result.returncode == 0, result.stdout + result.stderr + log
    assert "Geometry:" in result.stdout  # the help window exists and is mapped
    assert "FileNotFoundError" not in log and "Traceback" not in log, log
