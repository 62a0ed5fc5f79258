"""The Windows version resource of pulut-desktop.exe and pulut-desktop-gui.exe (Explorer → Properties →
Details; also what the installer reads its version from), made from ``pulut_desktop.__version__``.

PyInstaller's ``EXE(version=...)`` takes a file holding a ``VSVersionInfo(...)`` expression; this writes
it. (PyInstaller's own classes import ``pefile``, which exists only on Windows, so the text is built here.)
"""

from __future__ import annotations

from pathlib import Path

COMPANY = "Dinas Tenaga Kerja dan Transmigrasi Provinsi Riau"
PRODUCT = "Pulut Desktop"


def version_tuple(version: str) -> tuple[int, int, int, int]:
    numbers = [int(part) for part in version.split(".")[:4]]
    return (*numbers, *[0] * (4 - len(numbers)))  # type: ignore[return-value]


def version_file_text(version: str, exe_name: str) -> str:
    numbers = version_tuple(version)
    strings = {
        "CompanyName": COMPANY,
        "FileDescription": f"{PRODUCT} — pendaftaran Pulut Ketan",
        "FileVersion": version,
        "InternalName": exe_name,
        "LegalCopyright": f"© {COMPANY}",
        "OriginalFilename": f"{exe_name}.exe",
        "ProductName": PRODUCT,
        "ProductVersion": version,
    }
    entries = ",\n            ".join(f"StringStruct({key!r}, {value!r})" for key, value in strings.items())
    return f"""VSVersionInfo(
  ffi=FixedFileInfo(filevers={numbers}, prodvers={numbers}, mask=0x3f, flags=0x0, OS=0x40004,
                    fileType=0x1, subtype=0x0, date=(0, 0)),
  kids=[
    StringFileInfo([
      StringTable('040904B0', [
            {entries}
      ])
    ]),
    VarFileInfo([VarStruct('Translation', [0x0409, 1200])])
  ]
)
"""


def write_version_file(version: str, exe_name: str, folder: Path) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    target = folder / f"{exe_name}-version.txt"
    target.write_text(version_file_text(version, exe_name), encoding="utf-8")
    return target
