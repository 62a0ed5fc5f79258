"""Text from outside, made safe to print on a terminal.

A device name, a file name on a stick or a database value can hold CR, ESC sequences or bidi
overrides that rewrite what an administrator sees (a fake device code beside a real request id).
Every such character is shown as a visible escape (``\\r``, ``\\x1b``, ``\\u202e``) instead.
"""

from __future__ import annotations

import unicodedata
from typing import Any, TextIO

_NAMED = {"\r": "\\r", "\n": "\\n", "\t": "\\t"}
_UNSAFE_CATEGORIES = frozenset({"Cc", "Cf", "Zl", "Zp", "Co", "Cs"})


def escape_controls(value: object, keep: str = "") -> str:
    """``str(value)`` with every control, format (bidi, zero-width) and separator character escaped,
    except those in ``keep`` (a writer's own newlines)."""
    text = str(value)
    if text.isprintable() and text.isascii():
        return text
    out = []
    for char in text:
        if char in keep or unicodedata.category(char) not in _UNSAFE_CATEGORIES:
            out.append(char)
        elif char in _NAMED:
            out.append(_NAMED[char])
        elif ord(char) <= 0xFF:
            out.append(f"\\x{ord(char):02x}")
        else:
            out.append(f"\\u{ord(char):04x}" if ord(char) <= 0xFFFF else f"\\U{ord(char):08x}")
    return "".join(out)


def safe_row(*values: object) -> str:
    """A tab-separated output line of outside values: tabs and newlines inside a value are escaped
    too, so a value can neither add a column nor a line."""
    return "\t".join(escape_controls(v) for v in values)


class TerminalSafe:
    """A text stream wrapper that escapes everything but newlines and tabs on the way out: the last
    line of defence for a command that prints an outside value without :func:`safe_row`."""

    def __init__(self, stream: TextIO) -> None:
        self._stream = stream

    def write(self, text: str) -> int:
        self._stream.write(escape_controls(text, keep="\n\t"))
        return len(text)

    def __getattr__(self, name: str) -> Any:
        return getattr(self._stream, name)
