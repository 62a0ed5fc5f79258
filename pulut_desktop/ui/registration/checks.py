"""Runs the domain's rules on the form state and sorts the findings by the field that shows them.

Sentences come from the one message catalogue (``messages.text``); the form decides which to show
(errors of untouched fields stay quiet until the officer leaves the field or tries to save).
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field

from ...domain.errors import Issue
from ...domain.registration import normalise, validate
from ...domain.rules import SHIPPED_RULES, ProgrammeRules
from ...messages import text
from .identity import parse_date_text
from .state import registration_from_state

# Where a finding is shown when the domain's field name is not a widget of its own.
_CONSENT_FIELDS = {"consent.method_required": "method", "consent.witness_required": "witness_name"}
_NIK_CODES_SHOWN_WHILE_TYPING = {"nik.not_digits"}


def field_key(issue: Issue) -> str:
    if issue.field.startswith("heirs"):
        return "heirs"
    if issue.field == "consent":
        return _CONSENT_FIELDS.get(issue.code, "consent")
    return issue.field


@dataclass
class FormCheck:
    errors: dict[str, list[str]] = field(default_factory=lambda: defaultdict(list))
    warnings: dict[str, list[str]] = field(default_factory=lambda: defaultdict(list))
    error_codes: dict[str, list[str]] = field(default_factory=lambda: defaultdict(list))

    @property
    def ok(self) -> bool:
        return not any(self.errors.values())

    def error_fields(self) -> list[str]:
        return [name for name, messages in self.errors.items() if messages]


def check_state(state: dict, language: str, invalid_date_text: str, rules: ProgrammeRules = SHIPPED_RULES) -> FormCheck:
    """``rules``: the laptop's programme rules, the same the save checks under."""
    reg = normalise(registration_from_state(state))
    report = validate(reg, rules=rules)
    result = FormCheck()
    typed_birth = state["identity"].get("birth_date", "")
    birth_unreadable = bool(typed_birth.replace("-", "").strip()) and parse_date_text(typed_birth) is None
    for issue in report.errors:
        key = field_key(issue)
        if key == "birth_date" and issue.code == "birth_date.required" and birth_unreadable:
            result.errors[key].append(invalid_date_text)
        else:
            result.errors[key].append(text(issue.code, issue.params, language))
        result.error_codes[key].append(issue.code)
    for issue in report.warnings:
        result.warnings[field_key(issue)].append(text(issue.code, issue.params, language))
    return result


def nik_error_visible(nik_text: str, codes: list[str]) -> bool:
    """While the NIK is being typed, only say what cannot become right by typing more."""
    digits = "".join(nik_text.split())
    return len(digits) >= 16 or any(code in _NIK_CODES_SHOWN_WHILE_TYPING for code in codes)
