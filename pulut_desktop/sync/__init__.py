"""Wire formats of Pulut Ketan sync and their cryptography: pure functions over bytes, no Qt, no SQL.

* :mod:`.keys` — Ed25519/X25519 keys, raw and base64 forms, key ids, device codes.
* :mod:`.batch` — ``build_batch`` / ``open_batch`` / ``read_batch_header`` (laptop -> province).
* :mod:`.receipt` — ``build_receipt`` / ``parse_receipt`` (province -> laptop).
* :mod:`.enrolment` — device requests and enrolment files.
* :mod:`.records` — the record schemas a batch carries, and conversion from/to domain registrations.
* :mod:`.usb` — the ``PULUT/`` folders on a stick, file names, crash-safe writes.
* :mod:`.errors` — the typed errors; every reader raises only these for bad input.

The byte-level specification is ``docs/batch-format.md``.
"""
