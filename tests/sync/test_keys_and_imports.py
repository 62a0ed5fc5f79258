"""Keys, key ids, and the rule that the sync package runs without Qt."""

from __future__ import annotations

import hashlib
import subprocess
import sys

import pytest

from pulut_desktop.domain.numbers import device_code
from pulut_desktop.sync import keys as k
from pulut_desktop.sync.errors import KeyFormatError


def test_key_round_trips_and_ids():
    signing, encryption = k.generate_signing_key(), k.generate_encryption_key()
    for private, load_private, from_b64 in (
        (signing, k.load_signing_private_key, k.signing_public_key_from_b64),
        (encryption, k.load_encryption_private_key, k.encryption_public_key_from_b64),
    ):
        raw = k.public_key_bytes(private)
        assert len(raw) == 32
        assert k.public_key_bytes(load_private(k.private_key_bytes(private))) == raw
        text = k.public_key_b64(private)
        assert len(text) == 44 and text.endswith("=")
        assert k.public_key_bytes(from_b64(text)) == raw
        assert k.key_id(private) == k.key_id(private.public_key()) == hashlib.sha256(raw).hexdigest()[:16]
    assert k.device_code_of(signing) == device_code(k.public_key_bytes(signing))


@pytest.mark.parametrize("text", ["", "AAAA", "A" * 43 + "B", "A" * 42 + "B=", "A" * 43 + "=\n", "é" * 44, None])
def test_bad_base64_keys_are_typed_errors(text):
    with pytest.raises(KeyFormatError) as caught:
        k.signing_public_key_from_b64(text)
    assert caught.value.code == "key.invalid"


def test_wrong_length_raw_keys_are_typed_errors():
    for loader in (
        k.load_signing_private_key,
        k.load_signing_public_key,
        k.load_encryption_private_key,
        k.load_encryption_public_key,
    ):
        with pytest.raises(KeyFormatError):
            loader(b"\x01" * 31)


def test_sync_imports_no_qt():
    code = (
        "import sys\n"
        "import pulut_desktop.sync.batch, pulut_desktop.sync.receipt, pulut_desktop.sync.enrolment\n"
        "import pulut_desktop.sync.usb, pulut_desktop.messages\n"
        "bad = [m for m in sys.modules if m.split('.')[0] in ('PySide6', 'shiboken6', 'sqlalchemy')]\n"
        "assert not bad, bad\n"
    )
    subprocess.run([sys.executable, "-c", code], check=True)
