"""What every ``pulut-desktop`` command shares: exit codes, the password, the store, printed messages.

Passwords are read from a prompt, or one line of standard input with ``--password-stdin``; never from
the command line, where other users could see them.
"""

from __future__ import annotations

import argparse
import getpass
import sys
from collections.abc import Callable, Iterator
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
def open_store(args: argparse.Namespace) -> Iterator[Store]:
    """Log ``--user`` in (password from the prompt or stdin) and close the store when the block ends."""
    from ..services.setup import log_in

    with log_in(args.data_dir, args.user, read_password(args)) as store:
        yield store


def say(args: argparse.Namespace, message: str, **params: object) -> None:
    """Print one catalogue message in the chosen ``--lang``."""
    print(messages.text(message, params, args.lang))


def complain(args: argparse.Namespace, message: str, **params: object) -> None:
    """Like :func:`say`, on standard error."""
    print(messages.text(message, params, args.lang), file=sys.stderr)
