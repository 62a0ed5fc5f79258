"""Typed errors of field operations; their codes live in ``pulut_desktop.messages.fieldops``."""

from __future__ import annotations

from ..domain.errors import PulutError


class FieldOpsError(PulutError):
    code = "error.unexpected"


class GuardRailBlocked(FieldOpsError):
    """New registrations are stopped by a guard rail; ``violations`` says which ones. The message is
    the first violation's (its code and values), so the officer reads what to fix."""

    code = "guard.blocked"

    def __init__(self, violations: list) -> None:
        first = violations[0]
        super().__init__(first.code, **first.params)
        self.violations = violations


class ImportCancelled(FieldOpsError):
    code = "import.cancelled"


class ImportFileError(FieldOpsError):
    code = "import.unreadable"


class NothingToImport(FieldOpsError):
    code = "import.nothing_valid"


class ExportCancelled(FieldOpsError):
    code = "export.cancelled"


class UnsupportedFile(FieldOpsError):
    code = "import.unsupported"
