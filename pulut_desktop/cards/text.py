"""Fitting text into fixed boxes: wrap on spaces, shrink within limits, cut with an ellipsis last."""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from .fonts import text_width

ELLIPSIS = "…"


@dataclass(frozen=True)
class FittedText:
    lines: tuple[str, ...]
    size: float
    leading: float


def wrap(text: str, font: str, size: float, width: float) -> list[str]:
    """Greedy word wrap; a single word wider than ``width`` is broken by characters."""
    lines: list[str] = []
    current = ""
    for word in text.split():
        candidate = f"{current} {word}" if current else word
        if text_width(candidate, font, size) <= width:
            current = candidate
            continue
        if current:
            lines.append(current)
        current = word
        while text_width(current, font, size) > width and len(current) > 1:
            cut = len(current) - 1
            while cut > 1 and text_width(current[:cut], font, size) > width:
                cut -= 1
            lines.append(current[:cut])
            current = current[cut:]
    if current:
        lines.append(current)
    return lines or [""]


def _truncate(line: str, font: str, size: float, width: float) -> str:
    while line and text_width(line + ELLIPSIS, font, size) > width:
        line = line[:-1].rstrip()
    return line + ELLIPSIS


@lru_cache(maxsize=1024)  # a card's front measures its fields, then draws them: the same fits twice
def fit(
    text: str,
    font: str,
    *,
    size: float,
    min_size: float,
    width: float,
    max_lines: int = 1,
    leading: float = 1.18,
) -> FittedText:
    """The largest size in ``[min_size, size]`` (0.25 pt steps) at which ``text`` fits ``max_lines``.

    Text that does not fit even at ``min_size`` is cut with an ellipsis on the last line; callers that
    must not lose information (the QR carries the full name) accept that for pathological input only.
    """
    current = size
    while True:
        lines = wrap(text, font, current, width)
        if len(lines) <= max_lines:
            return FittedText(tuple(lines), current, current * leading)
        if current - 0.25 < min_size - 1e-9:
            break
        current -= 0.25
    kept = lines[:max_lines]
    kept[-1] = _truncate(" ".join([kept[-1], *lines[max_lines:]]), font, current, width)
    return FittedText(tuple(kept), current, current * leading)
