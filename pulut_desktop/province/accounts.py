"""Console accounts: named people with a role, an Argon2id password and an optional TOTP second factor.

Roles, from most to least: ``admin`` (devices, batches, quotas, exports, everything), ``reviewer``
(decides near-duplicates), ``viewer`` (reads). Five wrong passwords in a row lock the account for
:data:`LOCKOUT`; a TOTP code is accepted once (its time step is remembered). Used by
``pulut-province users`` and by the console's login page; every change is in the event log.
"""

from __future__ import annotations

import os
import re
from dataclasses import dataclass
from datetime import datetime, timedelta

import pyotp
from cryptography.exceptions import InvalidKey
from cryptography.hazmat.primitives.kdf.argon2 import Argon2id
from sqlalchemy import delete, func, select

from .errors import AccountError
from .models import Account, ConsoleSession
from .store import ProvinceStore, log_event, utcnow

ADMIN, REVIEWER, VIEWER = "admin", "reviewer", "viewer"
ROLES = (ADMIN, REVIEWER, VIEWER)
RANK = {VIEWER: 0, REVIEWER: 1, ADMIN: 2}
MIN_PASSWORD = 10
MAX_FAILURES = 5
LOCKOUT = timedelta(minutes=15)
USERNAME = re.compile(r"^[a-z0-9][a-z0-9._-]{1,63}$")
TOTP_ISSUER = "Pulut Ketan Provinsi"
# RFC 9106's second recommended option (64 MiB, 3 passes, 4 lanes): fits a 2-core province server.
ARGON2 = {"iterations": 3, "lanes": 4, "memory_cost": 64 * 1024, "length": 32}


@dataclass(frozen=True)
class AccountView:
    id: int
    username: str
    full_name: str
    role: str
    disabled: bool
    totp: bool
    locked_until: datetime | None
    last_login_at: datetime | None


def account_view(a: Account) -> AccountView:
    return AccountView(a.id, a.username, a.full_name, a.role, a.disabled, a.totp_secret is not None,
                       a.locked_until, a.last_login_at)  # fmt: skip


def hash_password(password: str) -> str:
    return Argon2id(salt=os.urandom(16), **ARGON2).derive_phc_encoded(password.encode())


def password_matches(password: str, encoded: str) -> bool:
    try:
        Argon2id.verify_phc_encoded(password.encode(), encoded)
    except (InvalidKey, ValueError):
        return False
    return True


_DUMMY_HASH = None


def _burn_time(password: str) -> None:
    """Hash anyway for an unknown user, so the answer time does not tell which usernames exist."""
    global _DUMMY_HASH
    if _DUMMY_HASH is None:
        _DUMMY_HASH = hash_password("pulut-dummy-password")
    password_matches(password, _DUMMY_HASH)


def check_new_password(password: str, username: str) -> None:
    if len(password) < MIN_PASSWORD:
        raise AccountError("province.password_too_short", minimum=MIN_PASSWORD)
    if username.lower() in password.lower():
        raise AccountError("province.password_has_username")


def _find(session, username: str) -> Account:
    account = session.scalars(select(Account).where(Account.username == username.strip().lower())).first()
    if account is None:
        raise AccountError("province.unknown_account", username=username[:64])
    return account


def count_admins(store: ProvinceStore) -> int:
    with store.reader() as session:
        return session.scalar(select(func.count()).where(Account.role == ADMIN, Account.disabled.is_(False))) or 0


def add_account(
    store: ProvinceStore, username: str, password: str, role: str, *, full_name: str = "", totp: bool = False,
    by: str | None = None,
) -> tuple[AccountView, str | None]:  # fmt: skip
    """Create an account. Returns it and, when ``totp``, the TOTP secret to put in the phone's app."""
    username = username.strip().lower()
    if not USERNAME.match(username):
        raise AccountError("province.bad_username", username=username[:64])
    if role not in ROLES:
        raise AccountError("province.bad_role", role=role[:16])
    check_new_password(password, username)
    secret = pyotp.random_base32() if totp else None
    now = utcnow()
    with store.session() as session:
        if session.scalars(select(Account.id).where(Account.username == username)).first() is not None:
            raise AccountError("province.account_exists", username=username)
        account = Account(username=username, full_name=(full_name or username)[:120], role=role,
                          password_hash=hash_password(password), totp_secret=secret, disabled=False,
                          failed_logins=0, created_at=now, password_changed_at=now)  # fmt: skip
        session.add(account)
        log_event(session, "account.added", username, account=by, role=role, totp=totp)
        session.flush()
        return account_view(account), secret


def reset_account(
    store: ProvinceStore, username: str, password: str, *, totp: bool | None = None, by: str | None = None
) -> tuple[AccountView, str | None]:
    """A new password (and, if asked, a new TOTP secret or none); unlocks, enables, ends its sessions."""
    check_new_password(password, username.strip().lower())
    with store.session() as session:
        account = _find(session, username)
        account.password_hash, account.password_changed_at = hash_password(password), utcnow()
        account.failed_logins, account.locked_until, account.disabled = 0, None, False
        secret = None
        if totp is not None:
            account.totp_secret = secret = pyotp.random_base32() if totp else None
            account.totp_last_step = None
        session.execute(delete(ConsoleSession).where(ConsoleSession.account_id == account.id))
        log_event(session, "account.reset", account.username, account=by, totp=totp)
        return account_view(account), secret


def disable_account(store: ProvinceStore, username: str, *, by: str | None = None) -> AccountView:
    with store.session() as session:
        account = _find(session, username)
        others = session.scalar(
            select(func.count()).where(Account.role == ADMIN, Account.disabled.is_(False), Account.id != account.id)
        )
        if account.role == ADMIN and not account.disabled and not others:
            raise AccountError("province.last_admin", username=account.username)
        account.disabled = True
        session.execute(delete(ConsoleSession).where(ConsoleSession.account_id == account.id))
        log_event(session, "account.disabled", account.username, account=by)
        return account_view(account)


def list_accounts(store: ProvinceStore) -> list[AccountView]:
    with store.reader() as session:
        return [account_view(a) for a in session.scalars(select(Account).order_by(Account.username))]


def totp_uri(username: str, secret: str) -> str:
    return pyotp.TOTP(secret).provisioning_uri(name=username, issuer_name=TOTP_ISSUER)


def _totp_step(secret: str, code: str, last_step: int | None, now: datetime) -> int | None:
    """The time step a code belongs to (±1 step of clock drift), or None; a step used before is refused."""
    code = re.sub(r"\s", "", code or "")
    if not re.fullmatch(r"\d{6}", code):
        return None
    totp = pyotp.TOTP(secret)
    step_now = int(now.timestamp()) // totp.interval
    for step in (step_now, step_now - 1, step_now + 1):
        if (last_step is None or step > last_step) and pyotp.utils.strings_equal(totp.generate_otp(step), code):
            return step
    return None


def login(store: ProvinceStore, username: str, password: str, totp_code: str = "") -> AccountView:
    """The account whose password (and TOTP code, when it has one) match. Raises AccountError with
    ``province.login_failed`` (the same answer for an unknown name and a wrong password),
    ``province.login_locked`` or ``province.totp_required``. The failure count and the event log are
    committed before the refusal is raised."""
    outcome = _check(store, (username or "").strip().lower()[:64], password, totp_code)
    if isinstance(outcome, AccountError):
        raise outcome
    return outcome


def _check(store: ProvinceStore, username: str, password: str, totp_code: str) -> AccountView | AccountError:
    now = utcnow()
    with store.session() as session:
        account = session.scalars(select(Account).where(Account.username == username)).first()
        if account is None or account.disabled:
            _burn_time(password)
            log_event(session, "login.failed", username, account=username, reason="unknown_or_disabled")
            return AccountError("province.login_failed")
        if account.locked_until is not None and account.locked_until > now:
            log_event(session, "login.locked", username, account=username)
            return AccountError("province.login_locked", minutes=_minutes_left(account.locked_until, now))
        ok = password_matches(password, account.password_hash)
        step = None
        if ok and account.totp_secret is not None:
            if not totp_code.strip():
                log_event(session, "login.totp_missing", username, account=username)
                return AccountError("province.totp_required")
            step = _totp_step(account.totp_secret, totp_code, account.totp_last_step, datetime.now())
            ok = step is not None
        if not ok:
            account.failed_logins += 1
            if account.failed_logins >= MAX_FAILURES:
                account.locked_until, account.failed_logins = now + LOCKOUT, 0
                log_event(session, "login.failed", username, account=username, reason="locked")
                return AccountError("province.login_locked", minutes=_minutes_left(account.locked_until, now))
            log_event(session, "login.failed", username, account=username, reason="password_or_code")
            return AccountError("province.login_failed")
        account.failed_logins, account.locked_until, account.last_login_at = 0, None, now
        if step is not None:
            account.totp_last_step = step
        log_event(session, "login.ok", username, account=username)
        return account_view(account)


def _minutes_left(until: datetime, now: datetime) -> int:
    return max(1, int((until - now).total_seconds() + 59) // 60)
