"""``services.drafts``: autosave, the list offered after login (per officer, oldest first), discard."""

from __future__ import annotations

from pulut_desktop.services import drafts, officers
from pulut_desktop.storage.store import Store
from tests.conftest import PASSWORD


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
