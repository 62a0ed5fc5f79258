"""Errors of the local store and of officer accounts."""

from __future__ import annotations

from ..domain.errors import PulutError


class StoreError(PulutError):
    code = "store.error"


class StoreNotInitialised(StoreError):
    code = "store.not_initialised"


class StoreAlreadyExists(StoreError):
    code = "store.already_exists"


class StoreTooNew(StoreError):
    """The data dir was written by a newer Pulut Desktop; opening it could damage it."""

    code = "store.too_new"


class StoreCorrupt(StoreError):
    code = "store.corrupt"


class LoginFailed(StoreError):
    """Unknown user or wrong password: deliberately the same message for both."""

    code = "login.failed"


class AccountLocked(StoreError):
    """Too many wrong passwords; ``seconds`` until the next try, said to the officer in whole minutes."""

    code = "login.locked"

    def __init__(self, *, seconds: int) -> None:
        super().__init__(seconds=seconds, minutes=max(1, -(-int(seconds) // 60)))


class PermissionDenied(StoreError):
    code = "permission.denied"


class PasswordTooWeak(StoreError):
    code = "password.too_short"


class OfficerExists(StoreError):
    code = "officer.exists"


class UnknownOfficer(StoreError):
    code = "officer.unknown"


class NotFound(StoreError):
    code = "record.not_found"


class DuplicateNik(StoreError):
    """The NIK is already registered on this laptop."""

    code = "registration.duplicate_nik"


class StaleVersion(StoreError):
    """Someone saved the record after it was opened; the edit is refused rather than lost silently."""

    code = "registration.stale_version"


class NotEditable(StoreError):
    code = "registration.not_editable"
