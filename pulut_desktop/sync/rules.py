"""Signed programme rules: the province's :class:`~pulut_desktop.domain.rules.ProgrammeRules`, alone.

A container (magic ``PULUTPR\\n``, empty body, ``docs/batch-format.md``) whose header is the canonical
JSON of the rules, signed by the province signing key when the province *publishes* a version. The
signed bytes travel unchanged inside every reference bundle (base64 in its ``rules`` field), so a
laptop verifies the rules themselves, not only the bundle that carried them, and keeps the very bytes
the province signed.
"""

from __future__ import annotations

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey

from pulut_desktop.domain.rules import ProgrammeRules

from . import container
from .errors import ReceiptError

MAGIC = b"PULUTPR\n"
VERSION = 1
MAX_FILE_SIZE = 256 * 1024


def sign_rules(rules: ProgrammeRules, signing_key: Ed25519PrivateKey) -> bytes:
    return container.pack_model(MAGIC, VERSION, rules, signing_key)


def parse_rules(data: bytes, *, province_signing_key: Ed25519PublicKey) -> ProgrammeRules:
    """Verify and parse signed rules. Raises ReceiptError with ``rules.*`` codes (a province answer)."""
    frame = container.unpack_document(
        data, magic=MAGIC, version=VERSION, max_size=MAX_FILE_SIZE, error=ReceiptError, prefix="rules"
    )
    container.verify(frame, province_signing_key, ReceiptError, "rules")
    if frame.body:
        raise ReceiptError("rules.header_invalid", reason="body", field="-")
    rules = container.parse_model(ProgrammeRules, frame.header, ReceiptError, "rules.header_invalid")
    if rules.version < 1 or rules.published_at is None:
        raise ReceiptError("rules.header_invalid", reason="unpublished", field="version")
    return rules
