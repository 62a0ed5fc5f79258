"""How alike two names are, for the near-duplicate check (same person typed twice, spelled apart).

Indonesian names on KTPs vary in spacing, honorifics and transliteration (``Muhammad``/``Muhamad``,
``Siti Nurhaliza``/``Siti Nur Haliza``), so names are compared after folding those, by the better of
a character ratio and a token overlap.
"""

from __future__ import annotations

import re
from difflib import SequenceMatcher

SIMILAR_NAME_THRESHOLD = 0.85
_HONORIFICS = {"H", "HJ", "HAJI", "HAJJAH", "DR", "IR", "DRS", "ST", "SH", "SE", "SPD", "AMD", "BIN", "BINTI"}
_SPELLINGS = [(re.compile(p), r) for p, r in [
    (r"MUH?AM+AD|MOH?AM+AD|MOCH?AM+AD|MHD|MUHD", "MUHAMMAD"),
    (r"OE", "U"), (r"DJ", "J"), (r"TJ", "C"), (r"SJ", "SY"), (r"CH", "KH"),
    (r"([A-Z])\1", r"\1"),
]]  # fmt: skip


def fold_name(name: str) -> str:
    words = re.sub(r"[^A-Z ]", " ", name.upper()).split()
    words = [w for w in words if w not in _HONORIFICS]
    text = " ".join(words)
    for pattern, replacement in _SPELLINGS:
        text = pattern.sub(replacement, text)
    return text


def name_similarity(a: str, b: str) -> float:
    fa, fb = fold_name(a), fold_name(b)
    if not fa or not fb:
        return 0.0
    if fa.replace(" ", "") == fb.replace(" ", ""):
        return 1.0
    ratio = SequenceMatcher(None, fa, fb).ratio()
    ta, tb = set(fa.split()), set(fb.split())
    overlap = len(ta & tb) / max(len(ta), len(tb))
    return max(ratio, overlap)


def names_similar(a: str, b: str) -> bool:
    return name_similarity(a, b) >= SIMILAR_NAME_THRESHOLD
