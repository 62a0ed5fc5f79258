"""Console output that never kills a command: a Windows console in cp1252 (or any narrow encoding)
cannot show ``数据`` in a data-dir path, and Python would raise ``UnicodeEncodeError`` half-way through a
self-test. Characters the console cannot show are printed as ``\\uXXXX`` escapes instead."""

from __future__ import annotations

import sys


def make_console_safe() -> None:
    for stream in (sys.stdout, sys.stderr):
        reconfigure = getattr(stream, "reconfigure", None)  # None under pythonw/the windowed launcher
        if reconfigure is not None:
            reconfigure(errors="backslashreplace")
