"""Subprocess for the kill -9 test: saves registrations and prints each id once save() returned."""

import sys

from pulut_desktop.storage import registrations
from pulut_desktop.storage.store import Store
from tests.conftest import make_registration

root, start = sys.argv[1], int(sys.argv[2])
store = Store.open(root, "super", sys.argv[3])
for i in range(start, start + 100_000):
    reg = make_registration(nik=f"147101010180{i:04d}", full_name=f"Pekerja {i}", sex=None, birth_date=None)
    saved = registrations.save(store, reg, submit=False)
    print(saved.id, flush=True)  # acknowledged: the app would now tell the officer "saved"
