import io
import zipfile
from pathlib import Path

import pytest

from pulut_desktop import cli, launcher
from pulut_desktop.storage.accounts import add_officer
from pulut_desktop.storage.engine import connect_raw
from pulut_desktop.storage.errors import LoginFailed
from pulut_desktop.storage.keyring import Keyring
from pulut_desktop.storage.store import Role, Store


def run(monkeypatch, capsys, argv, stdin="rahasia-123\n"):
    monkeypatch.setattr("sys.stdin", io.StringIO(stdin))
    code = cli.main(argv)
    out = capsys.readouterr()
    return code, out.out, out.err


@pytest.fixture
def data(tmp_path):
    return str(tmp_path / "data")


def _init(monkeypatch, capsys, data, *extra):
    return run(
        monkeypatch,
        capsys,
        [
            "--data-dir",
            data,
            "init",
            "--user",
            "sri",
            "--name",
            "Sri",
            "--device-name",
            "Laptop 7",
            "--regency",
            "14.06",
            "--password-stdin",
            *extra,
        ],
    )


def test_init_demo_verify_backup(monkeypatch, capsys, data, tmp_path):
    code, out, _ = _init(monkeypatch, capsys, data, "--training")
    assert code == 0 and "Penyimpanan dibuat" in out
    code, out, _ = run(
        monkeypatch,
        capsys,
        [
            "--data-dir",
            data,
            "demo-data",
            "--user",
            "sri",
            "--count",
            "25",
            "--seed",
            "4",
            "--password-stdin",
        ],
    )
    assert code == 0 and "25 data contoh" in out
    code, out, _ = run(monkeypatch, capsys, ["--data-dir", data, "verify-audit", "--user", "sri", "--password-stdin"])
    assert code == 0 and "28 peristiwa" in out  # created + 2 logins + 25 imports
    code, out, _ = run(
        monkeypatch,
        capsys,
        [
            "--data-dir",
            data,
            "--lang",
            "en",
            "backup",
            "--to",
            str(tmp_path / "b"),
            "--user",
            "sri",
            "--password-stdin",
        ],
    )
    assert code == 0 and "Encrypted backup" in out
    with zipfile.ZipFile(tmp_path / "b.pulutbak") as archive:
        assert sorted(archive.namelist()) == ["keyring.json", "store.db"]
        archive.extractall(tmp_path / "restored")
    key = Keyring.load(tmp_path / "restored" / "keyring.json").unwrap("sri", "rahasia-123")
    conn = connect_raw(tmp_path / "restored" / "store.db", key)
    assert conn.execute("SELECT count(*) FROM registrations").fetchone()[0] == 25
    conn.close()


def test_demo_data_refuses_a_real_store(monkeypatch, capsys, data):
    _init(monkeypatch, capsys, data)
    code, _, err = run(monkeypatch, capsys, ["--data-dir", data, "demo-data", "--user", "sri", "--password-stdin"])
    assert code == 2 and "penyimpanan latihan" in err


def test_wrong_password_is_a_clear_error(monkeypatch, capsys, data):
    _init(monkeypatch, capsys, data)
    code, _, err = run(
        monkeypatch,
        capsys,
        ["--data-dir", data, "verify-audit", "--user", "sri", "--password-stdin"],
        stdin="salah-sekali\n",
    )
    assert code == 2 and "kata sandi salah" in err


def test_tampered_audit_is_reported(monkeypatch, capsys, data):
    _init(monkeypatch, capsys, data)
    key = Keyring.load(Path(data) / "keyring.json").unwrap("sri", "rahasia-123")
    conn = connect_raw(Path(data) / "pulut.db", key)
    conn.execute("UPDATE audit_events SET actor = 'mallory' WHERE seq = 1")
    conn.close()
    code, out, _ = run(monkeypatch, capsys, ["--data-dir", data, "verify-audit", "--user", "sri", "--password-stdin"])
    assert code == 2 and "#1" in out


def test_province_cli_prints_help(capsys):
    from pulut_desktop.province import cli as province_cli

    assert province_cli.main([]) == 0
    assert "pulut-province" in capsys.readouterr().out


def test_restore_and_purge_commands(monkeypatch, capsys, data, tmp_path):
    _init(monkeypatch, capsys, data, "--training")
    run(monkeypatch, capsys, ["--data-dir", data, "demo-data", "--user", "sri", "--count", "5", "--password-stdin"])
    run(monkeypatch, capsys, ["--data-dir", data, "backup", "--to", str(tmp_path / "b"), "--user", "sri",
                              "--password-stdin"])  # fmt: skip
    code, out, _ = run(monkeypatch, capsys, ["--data-dir", data, "restore", "--from", str(tmp_path / "b.pulutbak"),
                                             "--user", "sri", "--password-stdin"])  # fmt: skip
    assert code == 0 and "dipulihkan" in out
    code, out, _ = run(monkeypatch, capsys, ["--data-dir", data, "purge", "--user", "sri", "--password-stdin"])
    assert code == 0 and "0 data" in out


def test_reset_password_from_the_entry_point_lets_the_new_one_in_and_keeps_the_old_one_out(monkeypatch, capsys, data):
    _init(monkeypatch, capsys, data)
    with Store.open(Path(data), "sri", "rahasia-123") as store:
        add_officer(store, "budi", "Budi Santoso", "budi-lama-1", Role.OFFICER)
    monkeypatch.setattr("sys.stdin", io.StringIO("rahasia-123\nbudi-baru-2\n"))  # sri's password, then budi's new one
    argv = ["--data-dir", data, "reset-password", "--user", "sri", "--officer", "budi", "--password-stdin"]
    code = launcher.main(argv)  # what the pulut-desktop program runs
    out = capsys.readouterr().out
    assert code == 0 and "Kata sandi budi diganti." in out
    code, _, err = run(monkeypatch, capsys, ["--data-dir", data, "verify-audit", "--user", "budi", "--password-stdin"],
                       stdin="budi-lama-1\n")  # fmt: skip
    assert code == 2 and "kata sandi salah" in err
    code, _, err = run(monkeypatch, capsys, ["--data-dir", data, "verify-audit", "--user", "budi", "--password-stdin"],
                       stdin="budi-baru-2\n")  # fmt: skip
    assert code == 0, err
    with pytest.raises(LoginFailed):
        Store.open(Path(data), "budi", "budi-lama-1").close()
    Store.open(Path(data), "budi", "budi-baru-2").close()
