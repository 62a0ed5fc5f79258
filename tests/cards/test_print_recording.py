"""Recording a print job is set-based (issue 18: one ``session.get`` and one audit read per card made 1,000
cards from the CLI slow): the same statements for 3 cards as for 12, and still one print log row, one raised
print count and one chained audit event per card."""

from __future__ import annotations

from sqlalchemy import event, func, select

from pulut_desktop.services.cards import Selection, print_cards
from pulut_desktop.storage import audit
from pulut_desktop.storage.models import AuditEvent, CardPrint, RegistrationRow

from .test_printing import add


def _print(store, ids, out):
    statements: list[str] = []
    listener = lambda _c, _cur, sql, *_: statements.append(sql)  # noqa: E731
    event.listen(store.engine, "before_cursor_execute", listener)
    try:
        result = print_cards(store, Selection.of_ids(ids), out, "a4", reason="kartu rusak")
    finally:
        event.remove(store.engine, "before_cursor_execute", listener)
    assert result.printed == len(ids)
    return [s for s in statements if s.lstrip().upper().startswith(("INSERT", "UPDATE", "DELETE"))]


def test_recording_a_print_job_is_set_based(store, tmp_path):
    few = [add(store, n, f"SITI AMINAH {n}") for n in range(1, 4)]
    many = [add(store, n, f"BUDI SIREGAR {n}") for n in range(10, 22)]
    assert len(_print(store, few, tmp_path / "few.pdf")) == len(_print(store, many, tmp_path / "many.pdf"))
    _print(store, few, tmp_path / "again.pdf")  # reprints: each count raised again
    with store.reader() as session:
        counts = dict(session.execute(select(RegistrationRow.id, RegistrationRow.print_count)).all())
        assert [counts[i] for i in few] == [2, 2, 2] and {counts[i] for i in many} == {1}
        assert session.scalar(select(func.count()).select_from(CardPrint)) == 3 + 12 + 3
        printed = session.scalars(select(AuditEvent.entity_id).where(AuditEvent.action.like("card.%print%"))).all()
        assert sorted(printed) == sorted(few * 2 + many)
        assert audit.verify_chain(session).ok
