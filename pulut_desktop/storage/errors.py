"""Errors of the local store and of officer accounts."""

from __future__ import annotations

from ..domain.errors import PulutError, error_class


class StoreError(PulutError):
    code = "store.error"


StoreNotInitialised = error_class("StoreNotInitialised", StoreError, "store.not_initialised")
StoreAlreadyExists = error_class("StoreAlreadyExists", StoreError, "store.already_exists")


class StoreTooNew(StoreError):
    """The data dir was written by a newer Pulut Desktop; opening it could damage it."""

    code = "store.too_new"


StoreCorrupt = error_class("StoreCorrupt", StoreError, "store.corrupt")


class LoginFailed(StoreError):
    """Unknown user or wrong password: deliberately the same message for both."""

    code = "login.failed"


class AccountLocked(StoreError):
    """Too many wrong passwords; ``seconds`` until the next try, said to the officer in whole minutes."""

    code = "login.locked"

    def __init__(self, *, seconds: int) -> None:
        super().__init__(seconds=seconds, minutes=max(1, -(-int(seconds) // 60)))


PermissionDenied = error_class("PermissionDenied", StoreError, "permission.denied")
PasswordTooWeak = error_class("PasswordTooWeak", StoreError, "password.too_short")
OfficerExists = error_class("OfficerExists", StoreError, "officer.exists")
UnknownOfficer = error_class("UnknownOfficer", StoreError, "officer.unknown")
NotFound = error_class("NotFound", StoreError, "record.not_found")


class DuplicateNik(StoreError):
    """The NIK is already registered on this laptop."""

    code = "registration.duplicate_nik"


class StaleVersion(StoreError):
    """Someone saved the record after it was opened; the edit is refused rather than lost silently."""

    code = "registration.stale_version"


NotEditable = error_class("NotEditable", StoreError, "registration.not_editable")
