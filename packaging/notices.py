"""The bundle's third-party notice (``notices.py``): every component it ships, its version, licence and licence text.

Run by the PyInstaller spec after the bundle is collected; writes ``<bundle>/licenses/``:
  THIRD-PARTY-NOTICES.txt   every component with its licence text
  components.tsv            every shared library / extension module of the bundle -> its component
  LGPL-COMPLIANCE.md        how the Qt (LGPL-3.0) obligations are met, with relinking instructions
  texts/                    licence texts not carried by the components' own metadata

Python distributions come from pip-licenses (licence name and the licence/notice files of each wheel);
Python itself from its LICENSE.txt; shared libraries copied from the build system are traced to their
Debian package (``dpkg -S``) and its ``/usr/share/doc/<package>/copyright``. A library nobody can be
named for stops the build: nothing ships without a known licence.
"""

from __future__ import annotations

import json
import platform
import shutil
import subprocess
import sys
from dataclasses import dataclass, field
from importlib import metadata
from pathlib import Path

HERE = Path(__file__).resolve().parent
TEXTS = HERE / "licenses"  # licence texts kept in the repository (LGPL-3, GPL-3, SQLCipher, ICU, DejaVu)
OWN = {"pulut-desktop", "pulut_desktop"}
# Components inside a wheel whose metadata does not carry their licence text.
EMBEDDED = {
    "pyside6-essentials": [("Qt 6 (libraries, plugins, translations)", "LGPL-3.0-only", ["LGPL-3.txt", "GPL-3.txt"]),
                           ("ICU data and libraries (inside Qt)", "Unicode-3.0", ["ICU.txt"])],
    "shiboken6": [("Shiboken 6", "LGPL-3.0-only", ["LGPL-3.txt", "GPL-3.txt"])],
    "sqlcipher3": [("SQLCipher", "BSD-3-Clause (Zetetic LLC)", ["SQLCipher.txt"])],
}  # fmt: skip
# Distributions whose metadata names no licence (the text in their wheel says which one it is).
LICENCE_FIXES = {"sqlcipher3": "Zlib", "pyside6-essentials": "LGPL-3.0-only", "shiboken6": "LGPL-3.0-only"}
SHARED_SUFFIXES = (".so", ".dll", ".pyd", ".dylib")


@dataclass
class Component:
    name: str
    version: str
    licence: str
    texts: list[tuple[str, str]] = field(default_factory=list)  # (title, text)
    files: list[str] = field(default_factory=list)


def _is_shared(dest: str) -> bool:
    base = dest.replace("\\", "/").rsplit("/", 1)[-1].lower()
    return base.endswith(SHARED_SUFFIXES) or ".so." in base


def _top_level(dest: str) -> str:
    first = dest.replace("\\", "/").split("/", 1)[0]
    return first.split(".", 1)[0]


def _site_dirs() -> list[Path]:
    import site
    import sysconfig

    dirs = {sysconfig.get_paths()["purelib"], sysconfig.get_paths()["platlib"], *site.getsitepackages()}
    return [Path(d).resolve() for d in dirs]


def python_distributions(top_levels: set[str]) -> dict[str, str]:
    """Import names -> the installed distribution that provides them (canonical name -> import name)."""
    mapping = metadata.packages_distributions()
    found: dict[str, str] = {}
    for name in top_levels:
        for dist in mapping.get(name, []):
            key = dist.lower().replace("_", "-")
            if key not in OWN:
                found.setdefault(key, name)
    return found


def _pip_licenses(names: list[str]) -> list[dict]:
    done = subprocess.run(
        [sys.executable, "-m", "piplicenses", "--from=mixed", "--format=json", "--with-license-file",
         "--with-notice-file", "--no-license-path", "--with-urls", "--packages", *names],
        capture_output=True, text=True, check=True,
    )  # fmt: skip
    return json.loads(done.stdout)


def _text(name: str) -> str:
    return (TEXTS / name).read_text(encoding="utf-8")


def _python_component() -> Component:
    candidates = [
        Path(sys.base_prefix) / "LICENSE.txt",
        Path(sys.base_prefix) / "lib" / f"python{sys.version_info.major}.{sys.version_info.minor}" / "LICENSE.txt",
    ]
    text = next((p.read_text(encoding="utf-8", errors="replace") for p in candidates if p.is_file()), None)
    if text is None:
        raise SystemExit(f"notices.py: Python's LICENSE.txt not found under {sys.base_prefix}")
    return Component("Python (interpreter, standard library, its bundled OpenSSL/libffi/zlib on Windows)",
                     platform.python_version(), "PSF-2.0", [("Python", text)])  # fmt: skip


def _debian_package(source: Path) -> tuple[str, str, str] | None:
    """(package, version, copyright text) owning ``source`` on a Debian build host."""
    if not shutil.which("dpkg"):
        return None
    paths = [str(source), str(source.resolve())]
    merged = [p.replace("/usr/lib/", "/lib/", 1) if p.startswith("/usr/lib/") else "/usr" + p for p in paths]
    for candidate in dict.fromkeys(paths + merged):  # Debian 12 is usrmerged: dpkg knows one of the two
        done = subprocess.run(["dpkg", "-S", candidate], capture_output=True, text=True)
        if done.returncode == 0:
            package = done.stdout.split(":", 1)[0].strip()
            version = subprocess.run(
                ["dpkg-query", "-W", "-f=${Version}", package], capture_output=True, text=True
            ).stdout.strip()
            copyright_file = Path("/usr/share/doc") / package / "copyright"
            text = copyright_file.read_text(encoding="utf-8", errors="replace") if copyright_file.is_file() else ""
            return package, version, text
    return None


def collect(toc: list[tuple[str, str, str]], pure: list[str]) -> list[Component]:
    """Components of a bundle from PyInstaller's TOC (dest, source, kind) and its pure module names."""
    tops = {name.split(".", 1)[0] for name in pure} | {_top_level(dest) for dest, _, _ in toc}
    dists = python_distributions(tops)
    components: dict[str, Component] = {}
    for info in _pip_licenses(sorted(dists)):
        key = info["Name"].lower().replace("_", "-")
        texts = (
            [(f"{info['Name']} licence", info["LicenseText"])] if info.get("LicenseText") not in ("", "UNKNOWN") else []
        )
        if info.get("NoticeText") not in (None, "", "UNKNOWN"):
            texts.append((f"{info['Name']} notice", info["NoticeText"]))
        licence = LICENCE_FIXES.get(key, info["License"])
        components[key] = Component(info["Name"], info["Version"], licence, texts)
        for extra_name, licence, files in EMBEDDED.get(key, []):
            components[f"{key}:{extra_name}"] = Component(
                extra_name, f"in {info['Name']} {info['Version']}", licence, [(f, _text(f)) for f in files]
            )
    # The first path component of every file each wheel installed (PySide6/, pillow.libs/, _cffi_backend...)
    roots: dict[str, str] = {}
    for key in list(components):
        try:
            files = metadata.distribution(key).files or []
        except metadata.PackageNotFoundError:
            continue
        for file in files:
            roots.setdefault(file.parts[0], key)

    def owner_of(first: str) -> str | None:
        return roots.get(first) or roots.get(first.split(".", 1)[0])

    python = components["python"] = _python_component()
    dejavu = [("DejaVu", _text("DejaVu.txt"))]
    components["dejavu"] = Component("DejaVu fonts (card and window font)", "2.37", "Bitstream-Vera", dejavu)
    sites, base = _site_dirs(), Path(sys.base_prefix).resolve()
    unknown = []
    for dest, source, kind in toc:
        if kind == "SYMLINK" or not _is_shared(dest):  # a link's target is listed (and attributed) itself
            continue
        dest = dest.replace("\\", "/")
        src = Path(source).resolve()
        site = next((s for s in sites if src.is_relative_to(s)), None)
        owner = owner_of(dest.split("/", 1)[0]) if "/" in dest else None
        if owner is None and site is not None:
            owner = owner_of(src.relative_to(site).parts[0])
        if owner is not None:
            components[owner].files.append(dest)
        elif site is None and src.is_relative_to(base):
            python.files.append(dest)
        elif (deb := _debian_package(src)) is not None:
            package, version, text = deb
            texts = [(f"{package} copyright", text)]
            component = components.setdefault(
                f"deb:{package}", Component(f"{package} (Debian)", version, "see the Debian copyright file", texts)
            )
            component.files.append(dest)
        else:
            unknown.append(f"{dest} ({source})")
    if unknown:
        raise SystemExit("notices.py: no component found for:\n  " + "\n  ".join(unknown))
    return sorted(components.values(), key=lambda c: c.name.lower())


def write(bundle: Path, components: list[Component]) -> Path:
    out = bundle / "licenses"
    if out.exists():
        shutil.rmtree(out)
    out.mkdir(parents=True)
    lines = [
        "Pulut Desktop — third-party components",
        "=" * 40,
        "",
        "Pulut Desktop is proprietary software of Dinas Tenaga Kerja dan Transmigrasi Provinsi Riau. It ships",
        "the components below, each under its own licence. Qt and Shiboken are used under the LGPL-3.0 as",
        "shared libraries the user may replace; see LGPL-COMPLIANCE.md.",
        "",
        f"{'component':<60} {'version':<24} licence",
    ]
    lines += [f"{c.name:<60} {c.version:<24} {c.licence}" for c in components]
    for c in components:
        lines += ["", "-" * 100, f"{c.name} {c.version} — {c.licence}"]
        if c.files:
            lines.append(f"Files in this bundle: {len(c.files)} shared libraries (see components.tsv)")
        for title, text in c.texts:
            lines += ["", f"[{title}]", "", text.strip()]
    notice = out / "THIRD-PARTY-NOTICES.txt"
    notice.write_text("\n".join(lines) + "\n", encoding="utf-8")
    rows = sorted((f, c.name, c.version, c.licence) for c in components for f in c.files)
    (out / "components.tsv").write_text(
        "file\tcomponent\tversion\tlicence\n" + "".join("\t".join(r) + "\n" for r in rows), encoding="utf-8"
    )
    shutil.copy2(TEXTS / "LGPL-COMPLIANCE.md", out / "LGPL-COMPLIANCE.md")
    return notice
