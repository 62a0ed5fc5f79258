"""Typed errors. The domain raises codes with parameters; only the UI turns them into sentences.

Every error a user can meet has a stable ``code`` such as ``"nik.length"``. ``ui/messages.py`` (and
``cli.py`` for the terminal) map the code to Indonesian or English text, filled with ``params``.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any


class PulutError(Exception):
    """Base of every expected error in Pulut Desktop."""

    code: str = "error"

    def __init__(self, code: str | None = None, **params: Any) -> None:
        if code is not None:
            self.code = code
        self.params = params
        super().__init__(self.code, params)

    def __str__(self) -> str:
        if not self.params:
            return self.code
        details = ", ".join(f"{k}={v}" for k, v in sorted(self.params.items()))
        return f"{self.code} ({details})"


def error_class(name: str, base: type[PulutError], code: str, doc: str | None = None) -> type[PulutError]:
    """A subclass of ``base`` that is only its own ``code`` (and a docstring), declared on one line."""
    return type(name, (base,), {"code": code, "__doc__": doc, "__module__": base.__module__})


class ValidationError(PulutError):
    """Input that breaks a rule of the domain (a malformed NIK, a missing field...).

    When raised for a whole registration, ``report`` holds every finding so the form can mark each field.
    """

    code = "validation"
    report: ValidationReport | None = None


class NikError(ValidationError):
    code = "nik.invalid"


class KkError(ValidationError):
    code = "kk.invalid"


class PhoneError(ValidationError):
    code = "phone.invalid"


class StatusTransitionError(PulutError):
    code = "status.transition"


@dataclass(frozen=True)
class Issue:
    """One finding about a field: an error blocks a save, a warning only informs."""

    field: str
    code: str
    params: dict[str, Any] = field(default_factory=dict)


@dataclass
class ValidationReport:
    errors: list[Issue] = field(default_factory=list)
    warnings: list[Issue] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.errors

    def error(self, field_name: str, code: str, **params: Any) -> None:
        self.errors.append(Issue(field_name, code, params))

    def warn(self, field_name: str, code: str, **params: Any) -> None:
        self.warnings.append(Issue(field_name, code, params))

    def codes(self) -> set[str]:
        return {i.code for i in self.errors} | {i.code for i in self.warnings}

    def raise_if_invalid(self) -> None:
        if self.errors:
            first = self.errors[0]
            error = ValidationError(first.code, field=first.field, count=len(self.errors), **first.params)
            error.report = self
            raise error
