"""Console sessions: a random cookie value whose SHA-256 is the row key, with a per-session CSRF token.

A session ends after :data:`IDLE` without a request or :data:`ABSOLUTE` after sign-in, whichever comes
first; signing out, a password reset and disabling the account delete it. The cookie is ``HttpOnly``,
``SameSite=Strict`` and ``Secure`` whenever the request came over HTTPS (directly or through the
reverse proxy's ``X-Forwarded-Proto``, which uvicorn trusts from 127.0.0.1 only).
"""

from __future__ import annotations

import hashlib
import secrets
from dataclasses import dataclass
from datetime import timedelta

from sqlalchemy import delete

from ..accounts import AccountView, account_view
from ..models import Account, ConsoleSession
from ..store import ProvinceStore, utcnow

COOKIE = "pulut_console"
IDLE = timedelta(minutes=30)
ABSOLUTE = timedelta(hours=12)
TOUCH_EVERY = timedelta(seconds=60)  # a page view writes last_seen at most once a minute


@dataclass(frozen=True)
class SignedIn:
    account: AccountView
    csrf: str


def _digest(token: str) -> str:
    return hashlib.sha256(token.encode()).hexdigest()


def start(store: ProvinceStore, account_id: int) -> str:
    """A new session for the account; returns the cookie value (kept nowhere else)."""
    token, now = secrets.token_urlsafe(32), utcnow()
    with store.session() as session:
        session.execute(delete(ConsoleSession).where(ConsoleSession.expires_at < now))
        session.add(ConsoleSession(token_sha256=_digest(token), account_id=account_id, csrf=secrets.token_urlsafe(32),
                                   created_at=now, last_seen_at=now, expires_at=now + IDLE))  # fmt: skip
    return token


def find(store: ProvinceStore, token: str | None) -> SignedIn | None:
    """The signed-in account of a cookie value, or None (unknown, expired, disabled account)."""
    if not token or len(token) > 100:
        return None
    now = utcnow()
    with store.reader() as session:
        row = session.get(ConsoleSession, _digest(token))
        account = session.get(Account, row.account_id) if row is not None else None
    if row is None or account is None or account.disabled or row.expires_at <= now:
        return None
    if now - row.last_seen_at >= TOUCH_EVERY:
        with store.session() as session:
            stored = session.get(ConsoleSession, row.token_sha256)
            if stored is not None:
                stored.last_seen_at = now
                stored.expires_at = min(now + IDLE, row.created_at + ABSOLUTE)
    return SignedIn(account_view(account), row.csrf)


def end(store: ProvinceStore, token: str | None) -> None:
    if token:
        with store.session() as session:
            session.execute(delete(ConsoleSession).where(ConsoleSession.token_sha256 == _digest(token[:100])))
