"""Typed errors of field operations; their codes live in ``pulut_desktop.messages.fieldops``."""

from __future__ import annotations

from ..domain.errors import PulutError, error_class


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


ImportCancelled = error_class("ImportCancelled", FieldOpsError, "import.cancelled")
ImportFileError = error_class("ImportFileError", FieldOpsError, "import.unreadable")
NothingToImport = error_class("NothingToImport", FieldOpsError, "import.nothing_valid")
ExportCancelled = error_class("ExportCancelled", FieldOpsError, "export.cancelled")
UnsupportedFile = error_class("UnsupportedFile", FieldOpsError, "import.unsupported")
