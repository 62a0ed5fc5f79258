"""The laptop's side of the USB round trip (issue 5). No Qt: the GUI and the CLI call these.

* :mod:`.enrolment` — ``write_device_request``, ``import_enrolment``, ``enrolment_of``, ``require_enrolment``.
* :mod:`.export` — ``export_batch(store, stick_root, progress, should_cancel)``.
* :mod:`.receipts` — ``apply_receipts(store, stick_root)``, ``apply_receipt(store, data)``.
* :mod:`.ledger` — ``ledger(store)``: per batch sent / answered / accepted / duplicate / rejected.
* :mod:`.trust` — the province public keys the laptop trusts (format: ``sync.province_keys``).

See ``docs/usb-round-trip.md``.
"""
