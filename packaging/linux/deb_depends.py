"""The Depends line of the .deb, computed from the bundle (called by build_deb.sh).

    python3 packaging/linux/deb_depends.py /path/to/bundle        -> "libc6 (>= 2.36), libgl1, ..."

- ``libc6 (>= X.Y)``: the highest ``GLIBC_X.Y`` symbol version that any ELF file of the bundle needs
  (``readelf -V``). A bundled libstdc++ built on Debian 12 needs GLIBC_2.36: the package must then refuse
  to install on Ubuntu 22.04 (glibc 2.35) instead of failing to start there.
- every shared library some bundled ELF file needs (``readelf -d`` NEEDED) that the bundle does not carry,
  mapped to its Debian package on the build host (``ldconfig -p`` + ``dpkg -S``);
- what Qt opens at run time without a NEEDED entry (RUNTIME below).
"""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

# Loaded with dlopen or read as data by Qt/fontconfig at run time, so no ELF file names them.
RUNTIME = ["libgl1", "libegl1", "libxcb-cursor0", "libdbus-1-3", "fontconfig-config", "fonts-dejavu-core"]
LIBC_LIBRARIES = {"libc.so.6", "libm.so.6", "libpthread.so.0", "libdl.so.2", "librt.so.1", "ld-linux-x86-64.so.2",
                  "libresolv.so.2", "libutil.so.1", "ld-linux-aarch64.so.1"}  # fmt: skip
_GLIBC = re.compile(r"Name: GLIBC_(\d+)\.(\d+)")
_NEEDED = re.compile(r"\(NEEDED\)\s+Shared library: \[([^\]]+)\]")


def elf_files(bundle: Path) -> list[Path]:
    found = []
    for path in sorted(bundle.rglob("*")):
        if path.is_file() and not path.is_symlink():
            with path.open("rb") as f:
                if f.read(4) == b"\x7fELF":
                    found.append(path)
    return found


def _readelf(option: str, path: Path) -> str:
    return subprocess.run(["readelf", option, "-W", str(path)], capture_output=True, text=True).stdout


def glibc_needed(files: list[Path]) -> tuple[int, int]:
    best = (2, 2)
    for path in files:
        for major, minor in _GLIBC.findall(_readelf("-V", path)):
            best = max(best, (int(major), int(minor)))
    return best


def missing_libraries(bundle: Path, files: list[Path]) -> set[str]:
    carried = {path.name for path in bundle.rglob("*")}
    needed = {name for path in files for name in _NEEDED.findall(_readelf("-d", path))}
    return {name for name in needed if name not in carried and name not in LIBC_LIBRARIES}


def debian_package(soname: str) -> str:
    cache = subprocess.run(["ldconfig", "-p"], capture_output=True, text=True, check=True).stdout
    paths = [line.split("=>", 1)[1].strip() for line in cache.splitlines() if line.strip().startswith(soname + " ")]
    candidates = [*paths, *(str(Path(p).resolve()) for p in paths)]
    candidates += [p.replace("/usr/lib/", "/lib/", 1) if p.startswith("/usr/") else "/usr" + p for p in candidates]
    for path in dict.fromkeys(candidates):  # Debian 12 is usrmerged: dpkg knows /lib/... or /usr/lib/...
        done = subprocess.run(["dpkg", "-S", path], capture_output=True, text=True)
        if done.returncode == 0:
            return done.stdout.split(":", 1)[0].split(",")[0].strip()
    raise SystemExit(f"deb_depends.py: no Debian package provides {soname} on this build host")


def depends(bundle: Path) -> str:
    files = elf_files(bundle)
    major, minor = glibc_needed(files)
    packages = {debian_package(name) for name in missing_libraries(bundle, files)} | set(RUNTIME)
    packages.discard("libc6")
    return ", ".join([f"libc6 (>= {major}.{minor})", *sorted(packages)])


if __name__ == "__main__":
    print(depends(Path(sys.argv[1])))
