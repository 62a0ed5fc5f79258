"""Typed errors of the province receiver. Texts (id/en): ``pulut_desktop/messages/province.py``."""

from __future__ import annotations

from pulut_desktop.domain.errors import PulutError, error_class


class ProvinceError(PulutError):
    code = "province.error"


NotInitialised = error_class("NotInitialised", ProvinceError, "province.not_initialised")
AlreadyInitialised = error_class("AlreadyInitialised", ProvinceError, "province.already_initialised")
BadPassphrase = error_class("BadPassphrase", ProvinceError, "province.bad_passphrase")
DeviceError = error_class("DeviceError", ProvinceError, "province.device_error")


class BatchHeld(ProvinceError):
    """A batch reuses a sequence (or batch id) of its device with other bytes: kept for an admin."""

    code = "province.batch_held"


class AuthError(ProvinceError):
    """A request of the online service that does not prove an active device (``params['status']``: 401/403)."""

    code = "province.auth_error"

    def __init__(self, code: str | None = None, *, status: int = 401, **params: object) -> None:
        super().__init__(code, **params)
        self.status = status


ReviewError = error_class("ReviewError", ProvinceError, "province.review_error")


class AccountError(ProvinceError):
    """A console account problem: unknown name, weak password, failed or locked login."""

    code = "province.account_error"
