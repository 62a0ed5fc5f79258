"""Reading the registrations: the list and the approval queue (filtered and sorted in SQL, fetched a page
of rows at a time by rowid), and the drives a filter offers.

Each call opens its own short reader session and returns plain values, so the GUI hands them to the
operation runner as they are.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from ..storage import review
from ..storage.queries import RegistrationQuery
from ..storage.review import DriveChoice, PageRow
from ..storage.store import Store


def find_registrations(
    store: Store, query: RegistrationQuery, should_cancel: Callable[[], bool] | None = None
) -> list[int] | None:
    """The rowids of every registration the query matches, in its order; None if ``should_cancel`` stopped it."""
    return review.search(store, query, should_cancel)


def find_first_page(
    store: Store, query: RegistrationQuery, size: int, should_cancel: Callable[[], bool] | None = None
) -> tuple[int, list[int], dict[int, PageRow]] | None:
    """How many match, the first ``size`` rowids and their rows: the top of a list, painted at once. None if
    ``should_cancel`` (checked while SQLite runs the search) stopped it: the officer typed on."""
    return review.search_head(store, query, size, should_cancel=should_cancel)


def fetch_registration_page(store: Store, rowids: Sequence[int]) -> dict[int, PageRow]:
    """The list rows of these rowids (a page), each with the reason it was sent back, if it was."""
    return review.fetch_page(store, rowids)


def list_drive_choices(store: Store) -> list[DriveChoice]:
    """The registration drives, newest first, for the drive filter."""
    return review.drives(store)
