"""Damage is found at once, backups are checked before they count, through ``pulut-desktop``'s commands.

``check`` runs exactly what the GUI runs after each login (storage.maintenance.after_login).
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from pulut_desktop.storage import backup as backup_module

from ._damage import count_registrations, flip_one_byte_in_registrations, init_with_records, run_cli, store_key


def _backups(data):
    return sorted(p.name for p in (data / "backups").glob("*.pulutbak"))


def test_a_flipped_byte_is_reported_at_the_next_login_and_the_offered_backup_restores(monkeypatch, capsys, tmp_path):
    data = tmp_path / "data"
    init_with_records(monkeypatch, capsys, data, 30)
    code, out, err = run_cli(monkeypatch, capsys, data, "check", "--user", "sri", "--password-stdin")
    assert code == 0, err
    assert "Pemeriksaan data: baik" in out and "Cadangan terenkripsi ditulis" in out
    good = _backups(data)
    assert len(good) == 1

    flip_one_byte_in_registrations(data)
    code, out, err = run_cli(monkeypatch, capsys, data, "check", "--user", "sri", "--password-stdin")
    assert code == 2
    assert "Data di laptop ini rusak" in err and "berhenti menyimpan" in err
    assert f"Cadangan terakhir yang baik: {data / 'backups' / good[0]} (30 pendaftaran)" in err
    assert _backups(data) == good, "no backup may be written from a damaged store"

    code, out, err = run_cli(monkeypatch, capsys, data, "backup", "--user", "sri", "--to", str(tmp_path / "manual"),
                             "--password-stdin")  # fmt: skip
    assert code == 2 and "Cadangan tidak dibuat: data di laptop ini rusak" in err
    assert not (tmp_path / "manual.pulutbak").exists()
    assert not list((tmp_path).glob(".backup-*")), "the refused copy is thrown away"

    code, out, err = run_cli(monkeypatch, capsys, data, "restore", "--user", "sri",
                             "--from", str(data / "backups" / good[0]), "--password-stdin")  # fmt: skip
    assert code == 0, err
    assert count_registrations(data / "pulut.db", store_key(data)) == 30
    code, out, err = run_cli(monkeypatch, capsys, data, "check", "--user", "sri", "--password-stdin")
    assert code == 0 and "Pemeriksaan data: baik" in out, err


def test_seven_days_of_logins_on_a_damaged_store_keep_the_last_good_backup(monkeypatch, capsys, tmp_path):
    data = tmp_path / "data"
    init_with_records(monkeypatch, capsys, data, 12)
    day = [datetime(2026, 11, 1, 8, tzinfo=UTC)]
    monkeypatch.setattr(backup_module, "now_utc", lambda: day[0])
    for _ in range(9):  # nine good days fill the rotation of seven
        code, _, err = run_cli(monkeypatch, capsys, data, "check", "--user", "sri", "--password-stdin")
        assert code == 0, err
        day[0] += timedelta(days=1)
    rotation = _backups(data)
    assert len(rotation) == 7 and rotation[-1] == "auto-20261109T080000Z.pulutbak"

    flip_one_byte_in_registrations(data)
    for _ in range(7):
        code, _, err = run_cli(monkeypatch, capsys, data, "check", "--user", "sri", "--password-stdin")
        assert code == 2 and "auto-20261109T080000Z.pulutbak (12 pendaftaran)" in err
        day[0] += timedelta(days=1)
    assert _backups(data) == rotation, "a week of logins on a damaged store removed no good backup"

    code, _, err = run_cli(monkeypatch, capsys, data, "restore", "--user", "sri",
                           "--from", str(data / "backups" / rotation[-1]), "--password-stdin")  # fmt: skip
    assert code == 0, err
    assert count_registrations(data / "pulut.db", store_key(data)) == 12


def test_a_backup_killed_half_way_leaves_nothing_after_the_next_start(monkeypatch, capsys, tmp_path):
    data = tmp_path / "data"
    init_with_records(monkeypatch, capsys, data, 3)
    leftover = data / "backups" / ".backup-killed"
    leftover.mkdir()
    (leftover / "store.db").write_bytes(b"half a copy")
    restore_leftover = data / ".restore-killed"
    restore_leftover.mkdir()
    code, _, err = run_cli(monkeypatch, capsys, data, "verify-audit", "--user", "sri", "--password-stdin")
    assert code == 0, err
    assert not leftover.exists() and not restore_leftover.exists()
