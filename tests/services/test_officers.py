"""``services.officers``: accounts on this laptop, who may do what, and who may unlock a locked session."""

from __future__ import annotations

import pytest

from pulut_desktop.services import officers
from pulut_desktop.storage.errors import LoginFailed, OfficerExists, PermissionDenied, UnknownOfficer
from pulut_desktop.storage.store import Role, Store
from tests.conftest import PASSWORD
from tests.services.helpers import audited

BUDI = "sandi-budi-123"


@pytest.fixture
def with_budi(store):
    officers.add_officer(store, "budi", "Budi Petugas", BUDI)
    return store


def test_add_lists_the_officer_and_audits_it(with_budi):
    listed = {o.username: o for o in officers.list_officers(with_budi)}
    assert set(listed) == {"super", "budi"}
    assert listed["budi"].role is Role.OFFICER and listed["budi"].full_name == "Budi Petugas"
    assert len(audited(with_budi, "officer.added")) == 1
    with pytest.raises(OfficerExists):
        officers.add_officer(with_budi, "budi", "Budi Lagi", BUDI)
    assert len(audited(with_budi, "officer.added")) == 1


def test_reset_password_lets_the_new_one_in_and_keeps_the_old_one_out(with_budi):
    root = with_budi.data_dir.root
    officers.reset_password(with_budi, "budi", "sandi-baru-456")
    assert len(audited(with_budi, "officer.password_reset")) == 1
    with pytest.raises(LoginFailed):
        Store.open(root, "budi", BUDI)
    with Store.open(root, "budi", "sandi-baru-456") as budi:
        assert budi.officer.username == "budi"


def test_an_officer_cannot_add_or_deactivate(with_budi):
    root = with_budi.data_dir.root
    with Store.open(root, "budi", BUDI) as budi:
        with pytest.raises(PermissionDenied):
            officers.add_officer(budi, "cici", "Cici", "sandi-cici-123")
        with pytest.raises(PermissionDenied):
            officers.deactivate_officer(budi, "super")
    assert {o.username for o in officers.list_officers(with_budi)} == {"super", "budi"}


def test_deactivate_keeps_the_officer_out(with_budi):
    root = with_budi.data_dir.root
    officers.deactivate_officer(with_budi, "budi")
    assert len(audited(with_budi, "officer.deactivated")) == 1
    with pytest.raises(UnknownOfficer):
        officers.deactivate_officer(with_budi, "nobody")
    with pytest.raises(LoginFailed):
        Store.open(root, "budi", BUDI)


def test_check_unlock_allows_the_officer_and_a_supervisor_only(with_budi):
    root = with_budi.data_dir.root
    with Store.open(root, "budi", BUDI) as budi:
        officers.check_unlock(budi, "budi", BUDI)
        officers.check_unlock(budi, " SUPER ", PASSWORD)  # a supervisor may unlock anyone's session
        with pytest.raises(LoginFailed):
            officers.check_unlock(budi, "budi", "salah-sandi")
    officers.add_officer(with_budi, "cici", "Cici Petugas", "sandi-cici-123")
    with Store.open(root, "budi", BUDI) as budi, pytest.raises(PermissionDenied):
        officers.check_unlock(budi, "cici", "sandi-cici-123")  # another officer may not
