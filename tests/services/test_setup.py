"""``services.setup``: create a store, log in, audit check, backup and restore, training data. No Qt."""

from __future__ import annotations

import pytest

from pulut_desktop.services import setup
from pulut_desktop.services.errors import NotATrainingStore
from pulut_desktop.storage import registrations
from pulut_desktop.storage.errors import LoginFailed
from tests.conftest import PASSWORD


def _create(root, *, training: bool = False) -> str:
    new = setup.NewStore("super", "Sri Supervisor", PASSWORD, "Laptop Uji", "14.71", training=training)
    return setup.create_store(root, new)


def test_create_then_log_in_as_the_first_supervisor(tmp_path):
    code = _create(tmp_path / "data")
    assert code
    with setup.log_in(tmp_path / "data", "super", PASSWORD) as store:
        assert store.officer.is_supervisor and store.officer.full_name == "Sri Supervisor"
        report = setup.verify_audit_chain(store)
        assert report.ok and report.checked >= 1
    with pytest.raises(LoginFailed):
        setup.log_in(tmp_path / "data", "super", "bukan-sandinya")


def test_training_data_only_goes_into_a_training_store(tmp_path):
    _create(tmp_path / "real")
    with setup.log_in(tmp_path / "real", "super", PASSWORD) as store:
        with pytest.raises(NotATrainingStore):
            setup.fill_training_data(store, 5, seed=1)
        assert sum(registrations.count_by_status(store).values()) == 0
    _create(tmp_path / "training", training=True)
    with setup.log_in(tmp_path / "training", "super", PASSWORD) as store:
        steps = []
        assert setup.fill_training_data(store, 5, seed=1, progress=lambda done, total: steps.append((done, total))) == 5
        assert sum(registrations.count_by_status(store).values()) == 5
        assert steps and {total for _, total in steps} == {5}


def test_a_backup_restores_what_was_there_when_it_was_taken(tmp_path):
    root = tmp_path / "data"
    _create(root, training=True)
    with setup.log_in(root, "super", PASSWORD) as store:
        setup.fill_training_data(store, 3, seed=2)
        backup = setup.back_up_store(store, tmp_path / "backups")
        setup.fill_training_data(store, 2, seed=3)
        assert sum(registrations.count_by_status(store).values()) == 5
    kept = setup.restore_store(root, backup, "super", PASSWORD)
    assert kept.exists() and any(kept.iterdir())
    with setup.log_in(root, "super", PASSWORD) as store:
        assert sum(registrations.count_by_status(store).values()) == 3
        assert setup.verify_audit_chain(store).ok
