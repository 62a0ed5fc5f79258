"""``pulut-province users add|reset|disable|list``: the console's named accounts (issue 20).

    pulut-province users add NAME --role admin|reviewer|viewer [--full-name TEXT] [--totp] [--password-stdin]
    pulut-province users reset NAME [--totp | --no-totp] [--password-stdin]
    pulut-province users disable NAME
    pulut-province users list

The password is asked twice, or read as one line of stdin (``--password-stdin``). With ``--totp`` the
TOTP secret (and its ``otpauth://`` address for the phone's authenticator app) is shown once.
"""

from __future__ import annotations

import argparse
import getpass
import sys

from .. import messages
from ..domain.errors import PulutError

EXIT_OK = 0


def _say(args: argparse.Namespace, message: str, **params: object) -> None:
    print(messages.text(message, params, args.lang))


def _password(args: argparse.Namespace) -> str:
    if args.password_stdin:
        return sys.stdin.readline().rstrip("\r\n")
    value = getpass.getpass("Kata sandi akun: ")
    if getpass.getpass("Ulangi kata sandi: ") != value:
        raise PulutError("password.mismatch")
    return value


def _by() -> str:
    try:
        return f"cli:{getpass.getuser()}"[:64]
    except (KeyError, OSError):
        return "cli"


def _show_totp(args: argparse.Namespace, username: str, secret: str | None) -> None:
    if secret:
        from .accounts import totp_uri

        _say(args, "province.totp_secret", secret=secret, uri=totp_uri(username, secret))


def first_admin_password(args: argparse.Namespace, username: str) -> str:
    """``init --admin NAME`` asks for the password before anything is created, and checks it."""
    from .accounts import USERNAME, check_new_password
    from .errors import AccountError

    if not USERNAME.match(username.strip().lower()):
        raise AccountError("province.bad_username", username=username[:64])
    password = _password(args)
    check_new_password(password, username.strip().lower())
    return password


def add_first_admin(args: argparse.Namespace, store, username: str, password: str) -> None:
    """Used by ``init --admin NAME``: the first console admin, in the store just created."""
    from .accounts import ADMIN, add_account

    account, secret = add_account(store, username, password, ADMIN, totp=args.totp, by=_by())
    _say(args, "province.account_added", username=account.username, role=account.role)
    _show_totp(args, account.username, secret)


def cmd_users_add(args: argparse.Namespace) -> int:
    from .accounts import add_account
    from .cli import _store

    with _store(args) as store:
        account, secret = add_account(store, args.username, _password(args), args.role,
                                      full_name=args.full_name or "", totp=args.totp, by=_by())  # fmt: skip
    _say(args, "province.account_added", username=account.username, role=account.role)
    _show_totp(args, account.username, secret)
    return EXIT_OK


def cmd_users_reset(args: argparse.Namespace) -> int:
    from .accounts import reset_account
    from .cli import _store

    with _store(args) as store:
        account, secret = reset_account(store, args.username, _password(args), totp=args.totp, by=_by())
    _say(args, "province.account_reset", username=account.username)
    _show_totp(args, account.username, secret)
    return EXIT_OK


def cmd_users_disable(args: argparse.Namespace) -> int:
    from .accounts import disable_account
    from .cli import _store

    with _store(args) as store:
        account = disable_account(store, args.username, by=_by())
    _say(args, "province.account_disabled", username=account.username)
    return EXIT_OK


def cmd_users_list(args: argparse.Namespace) -> int:
    from .accounts import list_accounts
    from .cli import _store

    with _store(args) as store:
        for a in list_accounts(store):
            state = "disabled" if a.disabled else "active"
            print(f"{a.username}\t{a.role}\t{state}\ttotp={'yes' if a.totp else 'no'}\t{a.full_name}")
    return EXIT_OK


def add_user_commands(sub) -> None:
    from .accounts import ROLES

    users = sub.add_parser("users", help="akun konsol web (admin, reviewer, viewer)").add_subparsers(
        dest="users_command", required=True
    )
    p = users.add_parser("add", help="buat akun")
    p.add_argument("username")
    p.add_argument("--role", choices=ROLES, required=True)
    p.add_argument("--full-name", default=None)
    p.add_argument("--totp", action="store_true", help="wajibkan kode verifikasi dua langkah (TOTP)")
    p.add_argument("--password-stdin", action="store_true")
    p.set_defaults(func=cmd_users_add)
    p = users.add_parser("reset", help="ganti kata sandi (membuka kunci, mengaktifkan, mengakhiri sesi)")
    p.add_argument("username")
    p.add_argument("--totp", action=argparse.BooleanOptionalAction, default=None, help="TOTP baru / tanpa TOTP")
    p.add_argument("--password-stdin", action="store_true")
    p.set_defaults(func=cmd_users_reset)
    p = users.add_parser("disable", help="nonaktifkan akun (sesinya berakhir)")
    p.add_argument("username")
    p.set_defaults(func=cmd_users_disable)
    users.add_parser("list", help="daftar akun").set_defaults(func=cmd_users_list)
