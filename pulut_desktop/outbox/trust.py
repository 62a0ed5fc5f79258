"""The province public keys a laptop trusts before it is enrolled.

The installer ships ``resources/province/province-keys.json`` (the demo/training province in this
repository); an admin may name another file with ``--province-keys``. The file only lists public keys
(its format: :mod:`pulut_desktop.sync.province_keys`): an enrolment is accepted when it is signed by
one of these signing keys (compared as full keys).
"""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey

from pulut_desktop.paths import resource
from pulut_desktop.sync.province_keys import SHIPPED, read_province_keys


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
