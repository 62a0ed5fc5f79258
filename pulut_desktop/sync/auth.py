"""The signed text of a device request to the province service (``docs/province-service.md``, "Auth").

    PULUT-AUTH-1\\n<METHOD>\\n<path>\\n<nonce>\\n<lowercase hex SHA-256 of the body>

signed with the device's Ed25519 key; the nonce is issued by the server (single use, short expiry on
the server clock), so no laptop clock is trusted.
"""

from __future__ import annotations

import hashlib

SCHEME = b"PULUT-AUTH-1"


def signed_text(method: str, path: str, nonce: str, body: bytes) -> bytes:
    digest = hashlib.sha256(body).hexdigest()
    return b"\n".join((SCHEME, method.upper().encode(), path.encode("utf-8"), nonce.encode("ascii"), digest.encode()))
