import pytest

from pulut_desktop.domain.errors import ValidationError
from pulut_desktop.domain.status import Status
from pulut_desktop.storage import audit, registrations
from pulut_desktop.storage.errors import DuplicateNik, PermissionDenied, StaleVersion
from pulut_desktop.storage.queries import RegistrationQuery, SortKey, fetch_rows, search_rowids
from pulut_desktop.storage.settings import set_setting
from tests.conftest import make_registration


def _find(store, text, **filters):
    with store.reader() as session:
        rowids = search_rowids(session, RegistrationQuery(text=text, **filters))
        return [row.registration_number for row in fetch_rows(session, rowids).values()]


def test_save_assigns_number_version_and_audit(store, registration):
    saved = registrations.save(store, registration)
    assert saved.registration_number.startswith("PK-") and saved.registration_number.endswith("-000001")
    assert saved.status is Status.READY and saved.version == 1
    assert saved.full_name == "SITI AMINAH" and saved.phone == "+6281234567890"
    saved.address_line = "Jl. Hang Tuah No. 9"
    edited = registrations.save(store, saved)
    assert edited.version == 2
    with store.reader() as session:
        events = audit.history(session, saved.id)
    assert [e.action for e in events] == ["registration.created", "registration.edited"]
    assert events[1].details["changed"] == ["address_line"]


def test_incomplete_registration_is_refused_as_ready_but_kept_as_draft(store):
    incomplete = make_registration(village_code="", consent=make_registration().consent.__class__())
    with pytest.raises(ValidationError) as caught:
        registrations.save(store, incomplete)
    assert {i.code for i in caught.value.report.errors} == {"village.unknown", "consent.required"}
    draft = registrations.save(store, incomplete, submit=False)
    assert draft.status is Status.DRAFT


def test_exact_nik_is_blocked_with_a_link_to_the_existing_record(store, registration):
    first = registrations.save(store, registration)
    with pytest.raises(DuplicateNik) as caught:
        registrations.save(store, make_registration(full_name="Orang Lain"))
    assert caught.value.params["existing_id"] == first.id
    assert caught.value.params["registration_number"] == first.registration_number


def test_stale_edit_is_refused(store, registration):
    saved = registrations.save(store, registration)
    stale = registrations.get(store, saved.id)
    saved.address_line = "Jl. Baru"
    registrations.save(store, saved)
    stale.address_line = "Jl. Lama"
    with pytest.raises(StaleVersion):
        registrations.save(store, stale)


def test_near_match_found_and_confirmation_audited(store, registration):
    first = registrations.save(store, registration)
    twin = make_registration(nik="1471014508900002", full_name="Siti Aminah ")
    candidates = registrations.find_similar(store, twin)
    assert [c.id for c in candidates] == [first.id]
    assert candidates[0].masked_nik == "147101******0001"
    saved = registrations.save(store, twin, confirmed_different=[first.id])
    with store.reader() as session:
        actions = [e.action for e in audit.history(session, saved.id)]
    assert "registration.confirmed_different" in actions


def test_approval_and_send_back_need_a_supervisor_and_a_reason(store, tmp_path):
    a = registrations.save(store, make_registration())
    b = registrations.save(
        store,
        make_registration(nik="1471010101800003", full_name="Budi", sex=None, birth_date=None),
        submit=False,
    )
    registrations.set_status(store, [a.id], Status.APPROVED)
    assert registrations.get(store, a.id).status is Status.APPROVED
    with pytest.raises(ValidationError):
        registrations.set_status(store, [b.id], Status.NEEDS_FIX, reason=" ")
    from pulut_desktop.storage import accounts
    from pulut_desktop.storage.store import Store

    accounts.add_officer(store, "budi", "Budi", "kata-sandi-budi")
    officer = Store.open(tmp_path / "data", "budi", "kata-sandi-budi")
    with pytest.raises(PermissionDenied):
        registrations.set_status(officer, [a.id], Status.NEEDS_FIX, reason="foto buram")
    officer.close()


def test_approval_queue_can_be_turned_off(store, registration):
    set_setting(store, "approval_required", False)
    assert registrations.save(store, registration).status is Status.APPROVED


def test_search_by_nik_prefix_name_fragment_and_number(store):
    siti = registrations.save(store, make_registration())
    budi = registrations.save(
        store,
        make_registration(nik="1406021205010042", full_name="Budi Santoso", sex=None, birth_date=None),
        submit=False,
    )
    assert _find(store, "147101") == [siti.registration_number]
    assert _find(store, "1406 02") == [budi.registration_number]
    assert _find(store, "amin") == [siti.registration_number]  # trigram index, any position
    assert _find(store, "SANT") == [budi.registration_number]
    assert _find(store, "bu") == [budi.registration_number]  # short fragment: LIKE
    assert _find(store, budi.registration_number.lower()) == [budi.registration_number]
    assert sorted(_find(store, "", statuses=[Status.DRAFT])) == [budi.registration_number]
    assert _find(store, "amin", statuses=[Status.READY]) == [siti.registration_number]
    assert _find(store, "amin", statuses=[Status.DRAFT]) == []
    with store.reader() as session:
        names = search_rowids(session, RegistrationQuery(sort=SortKey.NAME, descending=False))
        rows = fetch_rows(session, names)
    assert [rows[r].full_name for r in names] == ["BUDI SANTOSO", "SITI AMINAH"]


def test_name_index_follows_edits(store, registration):
    saved = registrations.save(store, registration)
    saved.full_name = "Rahmawati"
    registrations.save(store, saved)
    assert _find(store, "amina") == []
    assert _find(store, "hmawa") == [saved.registration_number]


def test_import_many_is_all_or_nothing(store):
    good = make_registration(nik="1471010101800001", full_name="A")
    clash = make_registration(nik="1471010101800001", full_name="B")
    with pytest.raises(DuplicateNik):
        registrations.import_many(store, [good, clash])
    assert sum(registrations.count_by_status(store).values()) == 0
    registrations.import_many(store, [good])
    assert sum(registrations.count_by_status(store).values()) == 1
