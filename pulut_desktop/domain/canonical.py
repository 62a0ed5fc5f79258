"""The one canonical spelling of every field of a registration, shared by the laptop and the province.

The laptop *makes* a record canonical before it is saved (:func:`canonicalise`); the province
*checks* every record it receives is already canonical (:func:`canonical_report`) and refuses the
record, never silently repairing it, so what the province stores is exactly what the laptop signed.

Canonical means:

* identifiers (NIK, No. KK, a worker's or heir's) are exactly 16 ASCII digits, nothing around them;
* a phone number is ``+62`` and 8-12 ASCII digits (:func:`pulut_desktop.domain.people.normalise_phone`);
* free text is Unicode NFC, holds no control, format (zero-width, BOM) or bidirectional-override
  character, no line or paragraph separator, and no leading, trailing or repeated whitespace
  (one ASCII space between words);
* it is no longer than its field's limit (:data:`TEXT_LIMITS`).
"""

from __future__ import annotations

import unicodedata
from collections.abc import Iterator
from typing import TYPE_CHECKING

from .errors import ValidationReport

if TYPE_CHECKING:
    from .registration import Registration

ID_LENGTH = 16
# Categories never allowed in any stored text: Cc control (includes TAB, CR, LF, ESC, DEL and C1), Cf
# format (bidi embeddings/overrides/isolates, zero-width joiners, BOM, soft hyphen), Zl/Zp separators,
# Co private use, Cs lone surrogates.
_REFUSED_CATEGORIES = frozenset({"Cc", "Cf", "Zl", "Zp", "Co", "Cs"})
_BIDI = frozenset("\u061c\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069")

TEXT_LIMITS: dict[str, int] = {
    # the domain's own limit for names; the others are the batch format's (docs/batch-format.md)
    "full_name": 100,
    "birth_place": 200,
    "mother_maiden_name": 200,
    "address_line": 1000,
    "village_code": 64,
    "occupation_id": 64,
    "occupation_note": 200,
    "officer": 200,
    "registration_number": 64,
    "heir.name": 200,
    "consent.witness_name": 200,
    "consent.form_reference": 64,
}
IDENTIFIERS = ("nik", "kk_number")
CANONICAL_CODES = frozenset(
    {"nik.not_canonical", "kk.not_canonical", "phone.not_canonical"}
    | {f"text.{c}" for c in ("bidi_control", "control_character", "not_nfc", "spacing", "too_long")}
)


def text_issue(value: str, limit: int) -> tuple[str, dict] | None:
    """The first reason ``value`` is not canonical free text, as (code, params), or None."""
    for char in value:
        if char in _BIDI:
            return "text.bidi_control", {"codepoint": f"U+{ord(char):04X}"}
        if unicodedata.category(char) in _REFUSED_CATEGORIES:
            return "text.control_character", {"codepoint": f"U+{ord(char):04X}"}
    if unicodedata.normalize("NFC", value) != value:
        return "text.not_nfc", {}
    if " ".join(value.split()) != value:
        return "text.spacing", {}
    if len(value) > limit:
        return "text.too_long", {"limit": limit, "length": len(value)}
    return None


def is_identifier(value: str) -> bool:
    """Exactly 16 ASCII digits (a NIK or a No. KK as stored and sent)."""
    return len(value) == ID_LENGTH and value.isascii() and value.isdigit()


def is_phone(value: str) -> bool:
    national = value[3:]
    return value.startswith("+62") and national.isascii() and national.isdigit() and 8 <= len(national) <= 12


def _texts(reg: Registration) -> Iterator[tuple[str, str, str | None]]:
    """(field path, limit key, value) of every free-text field."""
    for name in ("full_name", "birth_place", "mother_maiden_name", "address_line", "village_code"):
        yield name, name, getattr(reg, name)
    for name in ("occupation_id", "occupation_note", "officer", "registration_number"):
        yield name, name, getattr(reg, name)
    for index, heir in enumerate(reg.heirs):
        yield f"heirs[{index}].name", "heir.name", heir.name
    yield "consent.witness_name", "consent.witness_name", reg.consent.witness_name
    yield "consent.form_reference", "consent.form_reference", reg.consent.form_reference


def canonical_report(reg: Registration) -> ValidationReport:
    """Every field of ``reg`` that is not in its canonical spelling, as errors with specific codes
    (``nik.not_canonical``, ``kk.not_canonical``, ``phone.not_canonical``, ``text.*``). The field's
    name is in each issue's ``field`` and in its params."""
    report = ValidationReport()
    for name in IDENTIFIERS:
        value = getattr(reg, name)
        if value is not None and not is_identifier(value):
            report.error(name, f"{name.split('_')[0]}.not_canonical", field=name)
    for index, heir in enumerate(reg.heirs):
        if heir.nik is not None and not is_identifier(heir.nik):
            report.error(f"heirs[{index}].nik", "nik.not_canonical", field=f"heirs[{index}].nik")
    for path, phone in [("phone", reg.phone)] + [(f"heirs[{i}].phone", h.phone) for i, h in enumerate(reg.heirs)]:
        if phone is not None and not is_phone(phone):
            report.error(path, "phone.not_canonical", field=path)
    for path, limit_key, value in _texts(reg):
        if value is None:
            continue
        found = text_issue(value, TEXT_LIMITS[limit_key])
        if found is not None:
            code, params = found
            report.error(path, code, field=path, **params)
    return report


def canonical_text(value: str) -> str:
    """What a person typed, in canonical form: NFC, control and format characters dropped (TAB, CR and
    LF become spaces), whitespace runs collapsed to one space, no space around."""
    value = unicodedata.normalize("NFC", value)
    kept = []
    for char in value:
        category = unicodedata.category(char)
        if char in "\t\r\n" or category in ("Zl", "Zp"):
            kept.append(" ")
        elif char not in _BIDI and category not in _REFUSED_CATEGORIES:
            kept.append(char)
    return " ".join("".join(kept).split())


def canonical_digits(value: str | None) -> str | None:
    """An identifier as typed (spaces, dots, full-width or Arabic-Indic digits) -> ASCII digits only,
    or the text unchanged when it holds anything else (validation then names the problem)."""
    if value is None:
        return None
    cleaned = "".join(canonical_text(value).replace(".", " ").replace("-", " ").split())
    if cleaned and all(unicodedata.category(c) == "Nd" for c in cleaned):
        return "".join(str(unicodedata.digit(c)) for c in cleaned)
    return cleaned or None


def canonicalise(reg: Registration) -> Registration:
    """Make every free-text field and identifier of ``reg`` canonical (in place; returns it)."""
    for name in ("full_name", "birth_place", "address_line", "village_code", "occupation_id", "officer"):
        setattr(reg, name, canonical_text(getattr(reg, name)))
    for name in ("mother_maiden_name", "occupation_note", "registration_number"):
        value = getattr(reg, name)
        if value is not None:
            setattr(reg, name, canonical_text(value) or None)
    reg.nik = canonical_digits(reg.nik) or ""
    reg.kk_number = canonical_digits(reg.kk_number)
    for heir in reg.heirs:
        heir.name = canonical_text(heir.name)
        heir.nik = canonical_digits(heir.nik)
    consent = reg.consent
    if consent.witness_name is not None:
        consent.witness_name = canonical_text(consent.witness_name) or None
    if consent.form_reference is not None:
        consent.form_reference = canonical_text(consent.form_reference) or None
    return reg
