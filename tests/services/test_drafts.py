"""``services.drafts``: autosave, the list offered after login (per officer, oldest first), discard, the
"Draf tersimpan" summaries and the audited delete."""

from __future__ import annotations

import pytest

from pulut_desktop.services import drafts, officers
from pulut_desktop.storage.errors import NotFound
from pulut_desktop.storage.store import Store
from tests.conftest import PASSWORD
from tests.services.helpers import audited


def test_save_replaces_the_payload_and_lists_oldest_first(store):
    drafts.save_draft(store, "d-1", {"nik": "1471"})
    drafts.save_draft(store, "d-2", {"full_name": "Siti"}, registration_id="reg-9")
    drafts.save_draft(store, "d-1", {"nik": "1471014508900001"})  # autosave again: same draft, new payload
    listed = drafts.list_drafts(store)
    assert [d.id for d in listed] == ["d-2", "d-1"]
    assert listed[0].registration_id == "reg-9" and listed[0].payload == {"full_name": "Siti"}
    assert listed[1].registration_id is None and listed[1].payload == {"nik": "1471014508900001"}


def test_discard_removes_only_that_draft(store):
    drafts.save_draft(store, "d-1", {"a": 1})
    drafts.save_draft(store, "d-2", {"b": 2})
    drafts.discard_draft(store, "d-1")
    assert [d.id for d in drafts.list_drafts(store)] == ["d-2"]
    drafts.discard_draft(store, "no-such-draft")
    assert [d.id for d in drafts.list_drafts(store)] == ["d-2"]


def test_drafts_survive_a_new_login_and_belong_to_their_officer(store):
    root = store.data_dir.root
    officers.add_officer(store, "budi", "Budi Petugas", "sandi-budi-123")
    drafts.save_draft(store, "super-draft", {"full_name": "Siti"})
    store.close()
    with Store.open(root, "budi", "sandi-budi-123") as budi:
        assert drafts.list_drafts(budi) == []
        drafts.save_draft(budi, "budi-draft", {"full_name": "Ani"})
    with Store.open(root, "super", PASSWORD) as again:
        assert [(d.id, d.payload) for d in drafts.list_drafts(again)] == [("super-draft", {"full_name": "Siti"})]


def test_summaries_say_who_when_and_how_complete_newest_first(store):
    drafts.save_draft(store, "d-1", {"identity": {"nik": "1471 0145 0890 0001", "full_name": " Siti "}})
    full = {
        "identity": {"nik": "1471014508900002", "full_name": "Ani", "birth_place": "Siak", "birth_date": "05-08-1990",
                     "sex": "P"},
        "address": {"address_line": "Jl. Mawar 1", "village_code": "14.71.01.1002"},
        "work": {"occupation_id": "NELAYAN"},
        "consent": {"given": True},
    }  # fmt: skip
    drafts.save_draft(store, "d-2", full)
    drafts.save_draft(store, "d-3", {"identity": {"birth_date": "--"}})  # the empty date mask is nothing
    listed = drafts.list_draft_summaries(store)
    assert [s.id for s in listed] == ["d-3", "d-2", "d-1"]
    assert [(s.filled, s.required, s.percent) for s in listed] == [(0, 9, 0), (9, 9, 100), (2, 9, 22)]
    assert listed[2].full_name == "Siti" and listed[2].nik == "1471014508900001"
    assert {s.officer_name for s in listed} == {"Sri Supervisor"}
    assert listed[0].updated_at >= listed[1].updated_at >= listed[2].updated_at


def test_delete_removes_the_draft_and_is_audited_without_personal_data(store):
    drafts.save_draft(store, "d-1", {"identity": {"full_name": "Siti Aminah", "nik": "1471014508900001"}}, "reg-1")
    drafts.save_draft(store, "d-2", {"identity": {"full_name": "Ani"}})
    drafts.delete_draft(store, "d-1")
    assert [d.id for d in drafts.list_drafts(store)] == ["d-2"]
    events = audited(store, "draft.deleted")
    assert [(e.actor, e.entity_type, e.entity_id) for e in events] == [("super", "draft", "d-1")]
    assert events[0].details["registration_id"] == "reg-1"
    assert "Siti" not in str(events[0].details) and "1471014508900001" not in str(events[0].details)
    drafts.delete_draft(store, "never-saved")  # nothing typed was kept: nothing to delete or record
    assert len(audited(store, "draft.deleted")) == 1


def test_an_officer_cannot_delete_another_officers_draft(store):
    root = store.data_dir.root
    officers.add_officer(store, "budi", "Budi Petugas", "sandi-budi-123")
    drafts.save_draft(store, "super-draft", {"full_name": "Siti"})
    store.close()
    with Store.open(root, "budi", "sandi-budi-123") as budi, pytest.raises(NotFound):
        drafts.delete_draft(budi, "super-draft")
    with Store.open(root, "super", PASSWORD) as again:
        assert [d.id for d in drafts.list_drafts(again)] == ["super-draft"]
        assert audited(again, "draft.deleted") == []
