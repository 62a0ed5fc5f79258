"""Many laptops at one province at the same moment: the concurrency tests' shared setup.

``laptop_with_batch`` makes an enrolled laptop holding one prepared batch; ``at_once`` runs uploads (or
any calls) in threads that a barrier releases together, so they really race in the service.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterable, Sequence
from pathlib import Path
from typing import TypeVar

from sqlalchemy import select

from pulut_desktop.domain.registration import Registration
from pulut_desktop.domain.status import Status
from pulut_desktop.outbox.export import _prepare
from pulut_desktop.storage import registrations
from pulut_desktop.storage.models import BatchRow
from pulut_desktop.storage.store import Store
from tests.outbox.helpers import Province, approve_new, make_laptop

from .conftest import enrol_direct

T = TypeVar("T")


def laptop_with_batch(
    folder: Path, name: str, province: Province, numbers: Iterable[int], extra: Sequence[Registration] = ()
) -> tuple[Store, str, bytes]:
    """An enrolled laptop with ``extra`` and a new registration per number approved, all in one batch:
    ``(laptop, device id, batch bytes)``. The caller closes the laptop."""
    laptop = make_laptop(folder, name, "14.71")
    device_id = enrol_direct(laptop, province)
    for registration in extra:
        registrations.set_status(laptop, [registrations.save(laptop, registration).id], Status.APPROVED)
    for number in numbers:
        approve_new(laptop, number)
    _prepare(laptop, 2000)
    with laptop.reader() as session:
        return laptop, device_id, session.scalars(select(BatchRow.file_bytes)).one()


def at_once(calls: Sequence[Callable[[], T]], timeout: float = 180) -> list[T]:
    """Each call in its own thread, all released together; their results in order. An error in any of
    them, or a thread still running after ``timeout``, fails the test."""
    barrier = threading.Barrier(len(calls))
    results: list = [None] * len(calls)
    errors: list[BaseException] = []

    def run(index: int, call: Callable[[], T]) -> None:
        try:
            barrier.wait(timeout=30)
            results[index] = call()
        except BaseException as err:  # reported below
            errors.append(err)

    threads = [threading.Thread(target=run, args=(i, call)) for i, call in enumerate(calls)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=timeout)
    assert not errors, errors
    assert not any(thread.is_alive() for thread in threads), "a call did not finish"
    return results
