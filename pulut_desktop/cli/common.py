"""What every ``pulut-desktop`` command shares: exit codes, the password, the store, printed messages.

Passwords are read from a prompt, or one line of standard input with ``--password-stdin``; never from
the command line, where other users could see them.
"""

from __future__ import annotations

import argparse
import getpass
import sys
from collections.abc import Callable, Iterator
from concurrent.futures import ThreadPoolExecutor
from contextlib import contextmanager
from typing import TYPE_CHECKING

from .. import messages

if TYPE_CHECKING:  # the store (SQLAlchemy, SQLCipher) loads when a command opens it, not with the parser
    from ..storage.store import Store

EXIT_OK, EXIT_UNEXPECTED, EXIT_ERROR = 0, 1, 2

Command = Callable[..., argparse.ArgumentParser]
"""``command(name, func, help_text, login=True)``: adds a subcommand (with ``--user`` unless ``login``
is False, and ``--password-stdin``) and returns its parser for the command's own arguments."""


def read_password(args: argparse.Namespace, prompt: str = "Kata sandi: ") -> str:
    if args.password_stdin:
        return sys.stdin.readline().rstrip("\r\n")
    return getpass.getpass(prompt)


@contextmanager
def open_store(args: argparse.Namespace, *, meanwhile: Callable[[], object] | None = None) -> Iterator[Store]:
    """Log ``--user`` in (password from the prompt or stdin) and close the store when the block ends.

    ``meanwhile`` runs on a second thread during the login, whose Argon2 key derivation releases the GIL
    (a command loads what it needs after the login there, e.g. the card renderer); its exception, if any,
    is raised here once the store is open.
    """
    from ..services.setup import log_in

    password = read_password(args)
    with ThreadPoolExecutor(max_workers=1) as helper:
        started = helper.submit(meanwhile) if meanwhile is not None else None
        store = log_in(args.data_dir, args.user, password)
        with store:
            if started is not None:
                started.result()
            yield store


def say(args: argparse.Namespace, message: str, **params: object) -> None:
    """Print one catalogue message in the chosen ``--lang``."""
    print(messages.text(message, params, args.lang))


def complain(args: argparse.Namespace, message: str, **params: object) -> None:
    """Like :func:`say`, on standard error."""
    print(messages.text(message, params, args.lang), file=sys.stderr)
