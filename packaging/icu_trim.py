"""Build a smaller ``libicudata.so.NN`` for the Linux bundle: 31 MB of ICU data down to a few MB.

PySide6's Qt links ICU, and its data library carries every locale, converter, dictionary and
transliterator. Qt uses ICU only for collation (``QCollator``), case mapping, normalisation and time
zone names; the app runs in Bahasa Indonesia and English. This keeps the core data (properties,
normalisation, aliases), the non-locale tables, and the ``root``/``en``/``id`` locales of every
category, and drops legacy code-page converters, CJK/Thai dictionaries, transliterators and all other
locales.

The ICU common data package (format ``CmnD``) is a header, a table of contents of
``(name offset, data offset)`` pairs and the items; the package is rebuilt with the kept items and
linked into a shared library exporting the same ``icudtNN_dat`` symbol, with ``objcopy`` and ``ld``
from binutils (no compiler needed). Run ``python packaging/icu_trim.py SRC DEST`` to try it alone.
"""

from __future__ import annotations

import re
import struct
import subprocess
import sys
from pathlib import Path

KEEP_LOCALES = ("root", "en", "id", "in")  # "in" is ICU's legacy alias of Indonesian
DROP_SUFFIXES = (".cnv", ".dict")  # code-page converters; CJK/Thai/Khmer/Lao/Burmese dictionaries
DROP_TREES = ("translit",)
NOT_LOCALES = {"root", "pool", "res_index"}
_LOCALE = re.compile(r"^[a-z]{2,3}(_[A-Za-z0-9]+)*$")
ALIGN = 16


def _symbol(library: Path) -> tuple[str, int, int]:
    """Name, file offset and size of the ``icudtNN_dat`` symbol."""
    out = subprocess.run(["nm", "-D", "-S", str(library)], check=True, capture_output=True, text=True).stdout
    for line in out.splitlines():
        parts = line.split()
        if len(parts) == 4 and re.fullmatch(r"icudt\d+_dat", parts[3]):
            address, size = int(parts[0], 16), int(parts[1], 16)
            return parts[3], _file_offset(library, address), size
    raise ValueError(f"no icudtNN_dat symbol in {library}")


def _file_offset(library: Path, address: int) -> int:
    out = subprocess.run(["readelf", "-lW", str(library)], check=True, capture_output=True, text=True).stdout
    for line in out.splitlines():
        parts = line.split()
        if parts and parts[0] == "LOAD":
            offset, vaddr, filesz = int(parts[1], 16), int(parts[2], 16), int(parts[4], 16)
            if vaddr <= address < vaddr + filesz:
                return address - vaddr + offset
    raise ValueError(f"address {address:#x} is not in a LOAD segment of {library}")


def wanted(name: str) -> bool:
    """``name`` is a TOC entry such as ``icudt73l/coll/id.res``."""
    parts = name.split("/")[1:]
    if parts[0] in DROP_TREES or name.endswith(DROP_SUFFIXES):
        return False
    stem = parts[-1].rsplit(".", 1)[0]
    if not parts[-1].endswith(".res") or stem in NOT_LOCALES or not _LOCALE.match(stem):
        return True
    return stem.split("_")[0] in KEEP_LOCALES


def trim_package(package: bytes) -> tuple[bytes, int, int]:
    """The package with only the wanted items; also returns the item counts before and after."""
    header_size = struct.unpack_from("<H", package, 0)[0]
    if package[2:4] != b"\xda\x27" or package[12:16] != b"CmnD" or package[8] != 0:
        raise ValueError("not a little-endian ICU common data package")
    toc = package[header_size:]
    count = struct.unpack_from("<I", toc, 0)[0]
    entries = [struct.unpack_from("<II", toc, 4 + 8 * i) for i in range(count)]
    items = []
    for i, (name_offset, data_offset) in enumerate(entries):
        end = entries[i + 1][1] if i + 1 < count else len(toc)
        name = toc[name_offset : toc.index(b"\0", name_offset)]
        if wanted(name.decode("ascii")):
            items.append((name, toc[data_offset:end]))
    names_start = 4 + 8 * len(items)
    names = b"".join(name + b"\0" for name, _ in items)
    data_start = -(-(names_start + len(names)) // ALIGN) * ALIGN
    table, blobs, name_at, data_at = [], [], names_start, data_start
    for name, blob in items:
        table.append(struct.pack("<II", name_at, data_at))
        name_at += len(name) + 1
        padded = blob + b"\0" * (-len(blob) % ALIGN)
        blobs.append(padded)
        data_at += len(padded)
    body = struct.pack("<I", len(items)) + b"".join(table) + names
    body += b"\0" * (data_start - len(body)) + b"".join(blobs)
    return package[:header_size] + body, count, len(items)


def trim_library(source: Path, target: Path, work: Path) -> str:
    """Write the trimmed library to ``target``; returns a one-line summary."""
    symbol, offset, size = _symbol(source)
    package, before, after = trim_package(source.read_bytes()[offset : offset + size])
    work.mkdir(parents=True, exist_ok=True)
    blob, obj = work / "icudata.bin", work / "icudata.o"
    blob.write_bytes(package)
    binary_symbol = "_binary_icudata_bin_start"  # objcopy names it after the file name it was given
    subprocess.run(
        ["objcopy", "-I", "binary", "-O", "elf64-x86-64", "-B", "i386:x86-64",
         "--rename-section", ".data=.rodata,alloc,load,readonly,data,contents",
         "--set-section-alignment", f".rodata={ALIGN}", "--redefine-sym", f"{binary_symbol}={symbol}",
         blob.name, obj.name],
        check=True,
        cwd=work,  # a relative name keeps the symbol name independent of the build folder
    )  # fmt: skip
    soname = source.name
    subprocess.run(["ld", "-shared", "-z", "noexecstack", "-soname", soname, "-o", str(target), str(obj)], check=True)
    subprocess.run(["strip", "--strip-unneeded", "-K", symbol, str(target)], check=True)
    return (
        f"{soname}: {before} -> {after} ICU data items, "
        f"{source.stat().st_size / 1e6:.1f} MB -> {target.stat().st_size / 1e6:.1f} MB"
    )


if __name__ == "__main__":
    print(trim_library(Path(sys.argv[1]), Path(sys.argv[2]), Path(sys.argv[2]).parent / "icu-trim"))
