"""The lazy table model behind the registrations list and the approval queue.

Like Anki's ``browser/table/model.py`` the model holds only the ordered rowids of the current search
(``browse.find_registrations``: filtering and sorting happen in SQL) and fetches rows a page at a time by
rowid (``browse.fetch_registration_page``), keeping the most recently used pages in a small cache.

Page fetches are ASYNCHRONOUS, through the operation runner. Measured on the development machine with
200,000 encrypted rows (``tests/ui/registration/test_list_model.py`` prints it): a page of 100 rows by
rowid takes about 2 ms warm and 6 ms cold, the search for all rowids 150-250 ms. On the target laptops
(slow CPU, SQLCipher page decryption, disk shared with a write in progress) a cold page is several
times slower and would sometimes stall scrolling; and the GUI thread must never touch the database. So
``data()`` never blocks: a row whose page is not loaded yet shows a placeholder, the page is queued,
and ``dataChanged`` repaints its rows when it arrives. A generation counter drops pages and results
that belong to an earlier search.
"""

from __future__ import annotations

import threading
from collections import OrderedDict
from collections.abc import Callable, Sequence
from dataclasses import replace
from datetime import UTC
from functools import partial
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QModelIndex, QObject, QPersistentModelIndex, Qt, Signal

from ...domain.reference import occupations, regions
from ...domain.status import Status
from ...services import browse
from ...storage.queries import RegistrationQuery, SortKey
from ...storage.review import PageRow
from ..operations import OperationRunner, Priority
from ..table_model import ColumnSpec, ColumnTableModel, TableColumn
from .labels import list_status_label, status_label

PAGE_SIZE = 100
MAX_CACHED_PAGES = 40
PLACEHOLDER = "…"
ROW_ROLE = Qt.ItemDataRole.UserRole + 1
STATUS_ROLE = Qt.ItemDataRole.UserRole + 2
ID_ROLE = Qt.ItemDataRole.UserRole + 3


class RegistrationColumn(TableColumn):
    NUMBER = ColumnSpec(QT_TRANSLATE_NOOP("RegistrationTableModel", "Registration no."), 168, sort=SortKey.NUMBER)
    NAME = ColumnSpec(QT_TRANSLATE_NOOP("RegistrationTableModel", "Full name"), sort=SortKey.NAME)  # stretches
    NIK = ColumnSpec(QT_TRANSLATE_NOOP("RegistrationTableModel", "NIK"), 138)
    BIRTH = ColumnSpec(QT_TRANSLATE_NOOP("RegistrationTableModel", "Born"), 86, sort=SortKey.BIRTH_DATE)
    VILLAGE = ColumnSpec(QT_TRANSLATE_NOOP("RegistrationTableModel", "Village"), 130, sort=SortKey.VILLAGE)
    OCCUPATION = ColumnSpec(QT_TRANSLATE_NOOP("RegistrationTableModel", "Occupation"), 150)
    FUNDING = ColumnSpec(QT_TRANSLATE_NOOP("RegistrationTableModel", "Funding"), 78)
    STATUS = ColumnSpec(QT_TRANSLATE_NOOP("RegistrationTableModel", "Status"), 128, sort=SortKey.STATUS)
    CREATED = ColumnSpec(QT_TRANSLATE_NOOP("RegistrationTableModel", "Created"), 118, sort=SortKey.CREATED)
    REASON = ColumnSpec(QT_TRANSLATE_NOOP("RegistrationTableModel", "Note"), 170)


class RegistrationTableModel(ColumnTableModel):
    CONTEXT = "RegistrationTableModel"
    COLUMNS = RegistrationColumn

    sig_search_finished = Signal(int)
    """A search finished; the argument is the number of matching registrations."""
    sig_page_loaded = Signal(int)
    """A page of rows arrived from the store (the page number)."""

    def __init__(
        self,
        store: Any,
        runner: OperationRunner,
        query: RegistrationQuery | None = None,
        parent: QObject | None = None,
        *,
        fetch: Callable[[Any, Sequence[int]], dict[int, PageRow]] = browse.fetch_registration_page,
        notes_text: Callable[[Any], tuple[str, str]] | None = None,
    ) -> None:
        """``fetch`` reads a page of rows (a screen may add its notes to each); ``notes_text`` turns a row's
        notes into the "Note" cell and its tooltip."""
        super().__init__(parent)
        self._fetch, self._notes_text = fetch, notes_text
        self._store = store
        self._runner = runner
        self._query = query or RegistrationQuery()
        self._rowids: list[int] = []  # known so far: the head of the result, then all of it
        self._total = 0
        self._wanted: set[int] = set()  # pages asked for before their rowids were known
        self._pages: OrderedDict[int, dict[int, PageRow]] = OrderedDict()
        self._pending: set[int] = set()
        self._generation = 0
        self._searching = False
        self._rest_asked = False  # the rowids after the head asked for again, for a paint
        self._rest: tuple[int, threading.Event] | None = None  # the search for them: done once per generation

    # -- searching -----------------------------------------------------------------------------
    @property
    def query(self) -> RegistrationQuery:
        return self._query

    def set_query(self, query: RegistrationQuery) -> None:
        self._query = query
        self.refresh()

    def refresh(self) -> None:
        """Run the current query again (after a save, an approval, a filter change)."""
        self._generation += 1
        self._searching = True
        query, store, generation = self._query, self._store, self._generation

        def head(_ctx) -> tuple[int, list[int], dict[int, PageRow]] | None:
            # Typing queues one search per pause: one that a newer search overtook is skipped while it waits
            # for the worker and interrupted while it runs, so only the newest query runs and paints.
            overtaken = lambda: generation != self._generation  # noqa: E731 - also stops it while it runs
            return None if overtaken() else browse.find_first_page(store, query, PAGE_SIZE, should_cancel=overtaken)

        self._runner.run(head, on_success=partial(self._on_head_found, generation))

    def is_searching(self) -> bool:
        return self._searching

    def _on_head_found(self, generation: int, result: tuple[int, list[int], dict[int, PageRow]] | None) -> None:
        """The count and the first page: paint now; the rest of the rowids follow in the background."""
        if generation != self._generation or result is None:
            return
        total, head, first_page = result
        self.beginResetModel()
        self._total, self._rowids = total, head
        self._pages.clear()
        self._pending.clear()
        self._wanted.clear()
        if head and self._fetch is browse.fetch_registration_page:
            self._pages[0] = first_page
        self.endResetModel()
        if head and self._fetch is not browse.fetch_registration_page:
            self._request_page(0)  # the head was read without this screen's notes
        self._searching = False
        self.sig_search_finished.emit(total)
        self._rest_asked = False
        if total > len(head):
            self._request_rest(generation, Priority.NORMAL)

    def _request_rest(self, generation: int, priority: Priority) -> None:
        """Queue the search for every rowid (the rows after the head). Asked again, ahead of queued loads, when
        a paint needs rows past the head before it came: the officer scrolls while Beranda still loads."""
        query, store = self._query, self._store
        if self._rest is None or self._rest[0] != generation:
            self._rest = (generation, threading.Event())
        found = self._rest[1]  # both copies run on the one worker thread: the second sees the first's

        def all_rowids(_ctx) -> list[int] | None:
            # Skipped when a newer search was typed meanwhile (it would only delay that one), or when the
            # other copy of this search already brought the rowids.
            overtaken = lambda: generation != self._generation  # noqa: E731
            if overtaken() or found.is_set():
                return None
            rowids = browse.find_registrations(store, query, overtaken)
            if rowids is not None:
                found.set()
            return rowids

        self._runner.run(all_rowids, on_success=partial(self._on_rowids_found, generation), priority=priority)

    def _on_rowids_found(self, generation: int, rowids: list[int] | None) -> None:
        if generation != self._generation or rowids is None:
            return
        known = len(self._rowids)
        if len(rowids) != self._total or rowids[:known] != self._rowids:  # the store changed meanwhile
            self.beginResetModel()
            self._total, self._rowids = len(rowids), rowids
            self._pages.clear()
            self._pending.clear()
            self.endResetModel()
            return
        self._rowids = rowids
        for number in sorted(self._wanted):
            self._request_page(number)
        self._wanted.clear()
        self.dataChanged.emit(self.index(known, 0), self.index(self._total - 1, self.columnCount() - 1))

    # -- paging --------------------------------------------------------------------------------
    def _page(self, row: int) -> dict[int, PageRow] | None:
        number = row // PAGE_SIZE
        page = self._pages.get(number)
        if page is not None:
            self._pages.move_to_end(number)
            return page
        self._request_page(number)
        return None

    def _request_page(self, number: int) -> None:
        if number in self._pending:
            return
        self._pending.add(number)
        ids = self._rowids[number * PAGE_SIZE : (number + 1) * PAGE_SIZE]
        store, generation, fetch = self._store, self._generation, self._fetch

        def page(_ctx) -> dict[int, PageRow] | None:  # skipped, like a search, once overtaken
            return fetch(store, ids) if generation == self._generation else None

        # Asked for by a paint: rows on screen go ahead of loads queued for pages not shown.
        self._runner.run(page, on_success=partial(self._on_page_fetched, generation, number),
                         priority=Priority.FOREGROUND)  # fmt: skip

    def _on_page_fetched(self, generation: int, number: int, rows: dict[int, PageRow] | None) -> None:
        if generation != self._generation or rows is None:
            return
        self._pending.discard(number)
        self._pages[number] = rows
        while len(self._pages) > MAX_CACHED_PAGES:
            self._pages.popitem(last=False)
        first = number * PAGE_SIZE
        last = min(first + PAGE_SIZE, len(self._rowids)) - 1
        if last >= first:
            self.dataChanged.emit(self.index(first, 0), self.index(last, self.columnCount() - 1))
        self.sig_page_loaded.emit(number)

    def is_page_loaded(self, row: int) -> bool:
        return row < len(self._rowids) and row // PAGE_SIZE in self._pages

    def row_at(self, row: int) -> PageRow | None:
        """The loaded row, or None while its page (or the rowids of that part of the list) is on its way."""
        if not 0 <= row < self._total:
            return None
        if row >= len(self._rowids):  # fetched once the rest of the rowids arrives
            self._wanted.add(row // PAGE_SIZE)
            if not self._rest_asked and not self._searching:
                self._rest_asked = True
                self._request_rest(self._generation, Priority.FOREGROUND)
            return None
        page = self._page(row)
        return None if page is None else page.get(self._rowids[row])

    def rowid(self, row: int) -> int | None:
        return self._rowids[row] if 0 <= row < len(self._rowids) else None

    def registration_id(self, row: int) -> str | None:
        item = self.row_at(row)
        return None if item is None else item.row.id

    # -- Qt model interface --------------------------------------------------------------------
    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else self._total

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        item = self.row_at(index.row())
        if item is None:
            return PLACEHOLDER if role == Qt.ItemDataRole.DisplayRole else None
        if index.column() == RegistrationColumn.REASON and self._notes_text is not None and item.notes is not None:
            summary, details = self._notes_text(item.notes)
            if role == Qt.ItemDataRole.DisplayRole:
                return summary
            if role == Qt.ItemDataRole.ToolTipRole:
                return details or None
        if role == Qt.ItemDataRole.DisplayRole:
            return _display(item, index.column())
        if role == Qt.ItemDataRole.ToolTipRole:
            return _tooltip(item, index.column())
        if role == ROW_ROLE:
            return item
        if role == STATUS_ROLE:
            return item.row.status
        if role == ID_ROLE:
            return item.row.id
        return None

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        key = RegistrationColumn(column).spec.sort if 0 <= column < len(RegistrationColumn) else None
        if key is None:
            return
        descending = order is Qt.SortOrder.DescendingOrder
        if key is self._query.sort and descending == self._query.descending:
            return
        self.set_query(replace(self._query, sort=key, descending=descending))


def _display(item: PageRow, column: int) -> str:
    row = item.row
    if column == RegistrationColumn.NUMBER:
        return row.registration_number
    if column == RegistrationColumn.NAME:
        return row.full_name
    if column == RegistrationColumn.NIK:
        return row.masked_nik
    if column == RegistrationColumn.BIRTH:
        return row.birth_date.strftime("%d-%m-%Y") if row.birth_date else ""
    if column == RegistrationColumn.VILLAGE:
        village = regions().get(row.village_code)
        return village.name if village else row.village_code
    if column == RegistrationColumn.OCCUPATION:
        occupation = occupations().get(row.occupation_id)
        return occupation.name if occupation else row.occupation_id
    if column == RegistrationColumn.FUNDING:
        return "DBH Sawit" if row.funding_source == "DBH_SAWIT" else row.funding_source
    if column == RegistrationColumn.STATUS:
        return list_status_label(row.status, row.bpjs_status)
    if column == RegistrationColumn.CREATED:
        # Stored in UTC; officers read local time (WIB on a laptop set up in Riau).
        return row.created_at.replace(tzinfo=UTC).astimezone().strftime("%d-%m-%Y %H:%M")
    if column == RegistrationColumn.REASON:
        if row.kpj and row.status is Status.ACCEPTED:
            return f"KPJ {row.kpj}"
        return item.status_reason or ""
    return ""


def _tooltip(item: PageRow, column: int) -> str | None:
    if column in (RegistrationColumn.STATUS, RegistrationColumn.REASON) and item.status_reason:
        return f"{status_label(item.row.status)}: {item.status_reason}"
    if column == RegistrationColumn.VILLAGE:
        return regions().label(item.row.village_code)
    return None
