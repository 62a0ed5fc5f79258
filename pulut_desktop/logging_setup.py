"""The one place that sets up logging: a rotating file in ``<data dir>/logs`` with NIK/KK redaction.

Used by the desktop UI and the CLI alike, so no Qt here. Every record passes :class:`RedactIdNumbers`,
which replaces any run of 16 digits (a NIK or a KK number) by a fixed marker in the message, its
arguments, the exception text and the stack, before a handler writes it.
"""

from __future__ import annotations

import logging
import logging.handlers
import re
from pathlib import Path

from .fsutil import make_private

LOG_FILE_NAME = "pulut.log"
MAX_BYTES = 1_000_000
BACKUP_COUNT = 5
FORMAT = "%(asctime)s %(levelname)s %(name)s [%(threadName)s] %(message)s"
REDACTED = "[16-digit number removed]"

# Exactly 16 digits not touching other digits: a NIK or KK inside text such as "nik=1471...".
_SIXTEEN_DIGITS = re.compile(r"(?<!\d)\d{16}(?!\d)")


def redact(text: str) -> str:
    """``text`` with every 16-digit run replaced by :data:`REDACTED`."""
    return _SIXTEEN_DIGITS.sub(REDACTED, text)


class RedactIdNumbers(logging.Filter):
    """Removes NIK and KK numbers from a record before any handler writes it."""

    def filter(self, record: logging.LogRecord) -> bool:
        try:
            message = record.getMessage()
        except (TypeError, ValueError):  # a broken format string: keep the raw text, redacted
            message = str(record.msg)
        record.msg, record.args = redact(message), None
        if record.exc_info and record.exc_info[0] is not None:
            # Format the traceback now so the redacted text is what handlers print.
            record.exc_text = redact(logging.Formatter().formatException(record.exc_info))
            record.exc_info = None
        elif record.exc_text:
            record.exc_text = redact(record.exc_text)
        if record.stack_info:
            record.stack_info = redact(record.stack_info)
        return True


class PrivateRotatingFileHandler(logging.handlers.RotatingFileHandler):
    """Each log file, also the new one after a rotation, is readable by its owner only (0600)."""

    def _open(self):  # type: ignore[no-untyped-def]
        stream = super()._open()
        make_private(Path(self.baseFilename))
        return stream


def setup_logging(logs_dir: Path | str, level: int = logging.INFO, *, console: bool = False) -> Path:
    """Log to ``logs_dir/pulut.log`` (rotated at 1 MB, 5 kept); returns the log file's path.

    Calling it again (a second window, a test) replaces the handlers it installed before.
    """
    folder = Path(logs_dir)
    folder.mkdir(mode=0o700, parents=True, exist_ok=True)
    make_private(folder)
    path = folder / LOG_FILE_NAME
    root = logging.getLogger()
    for handler in list(root.handlers):
        if getattr(handler, "_pulut", False):
            root.removeHandler(handler)
            handler.close()
    handlers: list[logging.Handler] = [
        PrivateRotatingFileHandler(path, maxBytes=MAX_BYTES, backupCount=BACKUP_COUNT, encoding="utf-8")
    ]
    if console:
        handlers.append(logging.StreamHandler())
    for handler in handlers:
        handler._pulut = True  # type: ignore[attr-defined]
        handler.setFormatter(logging.Formatter(FORMAT))
        # On the handler, not the root logger: records from child loggers skip the root's filters.
        handler.addFilter(RedactIdNumbers())
        root.addHandler(handler)
    root.setLevel(level)
    return path
