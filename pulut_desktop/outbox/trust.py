"""The province public keys a laptop trusts before it is enrolled (``province-keys.json``).

The installer ships ``resources/province/province-keys.json`` (the demo/training province in this
repository); an admin may name another file with ``--province-keys``. The file only lists public keys:
an enrolment is accepted when it is signed by one of these signing keys (compared as full keys).

Format (JSON)::

    {"format": "pulut-province-keys", "version": 1, "name": "...", "training": true,
     "encryption_public_key": "<b64>", "encryption_key_id": "<16 hex>",
     "signing_public_key": "<b64>", "signing_key_id": "<16 hex>"}
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PublicKey

from pulut_desktop.paths import resource
from pulut_desktop.sync.errors import KeyFormatError
from pulut_desktop.sync.keys import (
    encryption_public_key_from_b64,
    key_id,
    public_key_b64,
    signing_public_key_from_b64,
)

from .errors import ProvinceKeysInvalid

FORMAT = "pulut-province-keys"
SHIPPED = ("province", "province-keys.json")


@dataclass(frozen=True)
class ProvincePublicKeys:
    name: str
    training: bool
    encryption_public_key: X25519PublicKey
    signing_public_key: Ed25519PublicKey


def province_keys_document(name: str, training: bool, encryption: X25519PublicKey, signing: Ed25519PublicKey) -> bytes:
    doc = {
        "format": FORMAT,
        "version": 1,
        "name": name,
        "training": training,
        "encryption_public_key": public_key_b64(encryption),
        "encryption_key_id": key_id(encryption),
        "signing_public_key": public_key_b64(signing),
        "signing_key_id": key_id(signing),
    }
    return (json.dumps(doc, indent=2, sort_keys=True) + "\n").encode("utf-8")


def read_province_keys(path: Path | str) -> ProvincePublicKeys:
    path = Path(path)
    try:
        doc = json.loads(path.read_text(encoding="utf-8"))
        if doc.get("format") != FORMAT or doc.get("version") != 1:
            raise ValueError("format")
        enc = encryption_public_key_from_b64(doc["encryption_public_key"])
        sig = signing_public_key_from_b64(doc["signing_public_key"])
        if key_id(enc) != doc["encryption_key_id"] or key_id(sig) != doc["signing_key_id"]:
            raise ValueError("key id")
        return ProvincePublicKeys(str(doc["name"]), bool(doc["training"]), enc, sig)
    except (OSError, ValueError, KeyError, TypeError, AttributeError, KeyFormatError) as err:
        raise ProvinceKeysInvalid(file=str(path)) from err


def trusted_signing_keys(extra: Iterable[Path | str] = (), *, training: bool = False) -> list[Ed25519PublicKey]:
    """The shipped province signing key (when present) plus the keys of every ``extra`` file.

    A shipped key marked ``training`` (the demo province) is trusted by training laptops only, so a
    real laptop can never be enrolled by whoever runs a demo province; an explicit ``extra`` file is
    the admin's own choice and always trusted."""
    keys = []
    shipped = resource(*SHIPPED)
    if shipped.exists():
        found = read_province_keys(shipped)
        if training or not found.training:
            keys.append(found.signing_public_key)
    keys.extend(read_province_keys(p).signing_public_key for p in extra)
    return keys
