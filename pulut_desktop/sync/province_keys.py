"""The province's public keys document (``province-keys.json``): written by the province, read by laptops.

Format (JSON)::

    {"format": "pulut-province-keys", "version": 1, "name": "...", "training": true,
     "encryption_public_key": "<b64>", "encryption_key_id": "<16 hex>",
     "signing_public_key": "<b64>", "signing_key_id": "<16 hex>"}

``SHIPPED`` is where the installer's copy lives among the resources (the demo/training province here).
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PublicKey

from .errors import KeyFormatError, ProvinceKeysInvalid
from .keys import encryption_public_key_from_b64, key_id, public_key_b64, signing_public_key_from_b64

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
    """Read and check a keys file strictly; anything wrong raises ProvinceKeysInvalid."""
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
