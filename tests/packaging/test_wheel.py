"""The product as `pip install` gives it: build the sdist and the wheel (from the sdist, as a user's pip
would), install the wheel NON-editable into a fresh venv, and use its two commands from a folder far from
the checkout: the self-test (with a cp1252 console and a non-ASCII data dir, as on a Windows laptop), and
the laptop and province commands of the USB and HTTP round trip.

The fresh venv gets the wheel only; its dependencies are the ones already installed in the test's own
environment (made visible through a ``.pth`` line, which does not carry the editable install's finder),
so nothing is downloaded and the run takes about two minutes.
"""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import sysconfig
import tarfile
import time
import zipfile
from pathlib import Path

import pytest

from .helpers import AWKWARD_PARTS, CHECK_NAMES, REPO, child_env

pytestmark = [pytest.mark.slow, pytest.mark.timeout(900)]

BIN = "Scripts" if os.name == "nt" else "bin"
SOURCE_ONLY = {".ts", ".tsv", ".py", ".sh", ".pyc"}  # translation sources and their scripts
PASSWORD, PASSPHRASE = "kata-sandi-uji-1", "frasa-sandi-provinsi-1"


def shipped_resources() -> set[str]:
    """Every file under pulut_desktop/resources/ that the running program may read."""
    root = REPO / "pulut_desktop" / "resources"
    return {
        path.relative_to(REPO).as_posix()
        for path in root.rglob("*")
        if path.is_file() and path.suffix not in SOURCE_ONLY and "__pycache__" not in path.parts
    }


@pytest.fixture(scope="module")
def dists(tmp_path_factory) -> tuple[Path, Path]:
    pytest.importorskip("build", reason="the `dev` extra is not installed")
    out = tmp_path_factory.mktemp("dist")
    result = subprocess.run(
        [sys.executable, "-m", "build", "--outdir", str(out), str(REPO)],
        capture_output=True, text=True, timeout=600, env={**os.environ, "PIP_DISABLE_PIP_VERSION_CHECK": "1"},
    )  # fmt: skip
    assert result.returncode == 0, result.stdout[-3000:] + result.stderr[-3000:]
    (sdist,), (wheel,) = out.glob("*.tar.gz"), out.glob("*.whl")
    return sdist, wheel


@pytest.fixture(scope="module")
def venv(dists, tmp_path_factory) -> Path:
    """A new venv holding the wheel (not the checkout) and this environment's dependencies."""
    target = tmp_path_factory.mktemp("venv") / "fresh venv"
    subprocess.run([sys.executable, "-m", "venv", "--without-pip", str(target)], check=True, timeout=120)
    python = target / BIN / ("python.exe" if os.name == "nt" else "python")
    purelib = subprocess.run(
        [python, "-c", "import sysconfig; print(sysconfig.get_paths()['purelib'])"],
        capture_output=True, text=True, check=True,
    ).stdout.strip()  # fmt: skip
    deps = {sysconfig.get_paths()["purelib"], sysconfig.get_paths()["platlib"]}
    Path(purelib, "_test_dependencies.pth").write_text("\n".join(sorted(deps)) + "\n", encoding="utf-8")
    result = subprocess.run(
        [sys.executable, "-m", "pip", "--python", str(python), "install", "--no-deps", "--no-index", str(dists[1])],
        capture_output=True, text=True, timeout=300,
    )  # fmt: skip
    assert result.returncode == 0, result.stdout + result.stderr
    return target


def run(venv: Path, command: str, *args: str, stdin: str = "", cwd: Path, env: dict | None = None, timeout=180):
    result = subprocess.run(
        [str(venv / BIN / command), *args], input=stdin, capture_output=True, text=True, encoding="utf-8",
        errors="replace", cwd=cwd, env=env or child_env(), timeout=timeout,
    )  # fmt: skip
    assert result.returncode == 0, f"{command} {' '.join(args)}\n{result.stdout}\n{result.stderr}"
    return result.stdout


def test_sdist_and_wheel_carry_every_resource_and_nothing_else(dists):
    sdist, wheel = dists
    wanted = shipped_resources()
    assert "pulut_desktop/resources/handbook/panduan-petugas.md" in wanted
    with zipfile.ZipFile(wheel) as archive:
        in_wheel = {name for name in archive.namelist() if name.startswith("pulut_desktop/resources/")}
        names = set(archive.namelist())
    assert in_wheel == wanted
    migrations = {"pulut_desktop/storage/migrations/env.py", "pulut_desktop/province/migrations/env.py"}
    assert migrations <= names
    with tarfile.open(sdist) as archive:
        in_sdist = {name.split("/", 1)[1] for name in archive.getnames() if "/pulut_desktop/resources/" in name}
    assert wanted <= in_sdist


def test_installed_wheel_passes_its_self_test_on_a_cp1252_console(venv, tmp_path):
    where = subprocess.run(
        [str(venv / BIN / "python"), "-c", "import pulut_desktop; print(pulut_desktop.__file__)"],
        capture_output=True, text=True, cwd=tmp_path, check=True,
    ).stdout  # fmt: skip
    assert Path(where.strip()).is_relative_to(venv), where  # the wheel, not the checkout
    data = tmp_path.joinpath(*AWKWARD_PARTS)
    env = child_env(PYTHONIOENCODING="cp1252", PYTHONUTF8="0")
    out = run(venv, "pulut-desktop", "--data-dir", str(data), "--self-test", cwd=tmp_path, env=env)
    passed = [line.split()[1] for line in out.splitlines() if line.startswith("ok ")]
    assert passed == list(CHECK_NAMES), out
    assert "\\u6570\\u636e" in out.splitlines()[0]  # 数据, escaped rather than a crash
    resources = next(line for line in out.splitlines() if line.startswith("ok   resources"))
    assert str(venv) in resources
    assert list(data.iterdir()) == []


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def test_installed_commands_round_trip_over_usb_and_http(venv, tmp_path):
    stick = tmp_path / "flashdisk"
    stick.mkdir()
    province = ["--data-dir", str(tmp_path / "provinsi"), "--passphrase-stdin"]
    laptop = ["--data-dir", str(tmp_path / "laptop")]
    login = ["--user", "sri", "--password-stdin"]

    def desktop(*args: str) -> str:
        return run(venv, "pulut-desktop", *laptop, *args, *login, stdin=PASSWORD + "\n", cwd=tmp_path)

    def admin(*args: str) -> str:
        return run(venv, "pulut-province", *province, *args, stdin=PASSPHRASE + "\n", cwd=tmp_path)

    admin("init", "--name", "Provinsi Uji")
    desktop("init", "--training", "--name", "Sri Wahyuni", "--device-name", "Laptop Uji", "--regency", "14.06")
    assert "20 data contoh" in desktop("demo-data", "--count", "20", "--seed", "3")
    assert "kartu ditulis" in desktop("cards", "--out", str(tmp_path / "kartu.pdf"), "--all")
    assert (tmp_path / "kartu.pdf").read_bytes().startswith(b"%PDF-")
    desktop("device-request", "--to", str(stick))
    admin("devices", "approve", str(stick))
    desktop("enrol", "--from", str(stick), "--province-keys", str(tmp_path / "provinsi" / "province-keys.json"))
    assert "1 berkas kiriman ditulis" in desktop("export", "--to", str(stick))
    admin("import", str(stick))  # reads riau_regions.csv for the reference bundle it writes beside the receipt
    assert (stick / "PULUT" / "inbox" / "reference.pulutbundle").is_file()
    assert "1 tanda terima diterapkan" in desktop("apply-receipts", "--from", str(stick))
    assert "Kuota 14.06 APBD: 500" in admin("quotas", "set", "14.06", "APBD", "500")

    port = _free_port()
    server = subprocess.Popen(
        [str(venv / BIN / "pulut-province"), *province, "serve", "--host", "127.0.0.1", "--port", str(port)],
        stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True, cwd=tmp_path,
        env=child_env(),
    )  # fmt: skip
    try:
        server.stdin.write(PASSPHRASE + "\n")
        server.stdin.close()
        deadline = time.monotonic() + 60
        while True:
            try:
                socket.create_connection(("127.0.0.1", port), timeout=1).close()
                break
            except OSError:
                assert server.poll() is None and time.monotonic() < deadline, server.stdout.read()
                time.sleep(0.2)
        out = desktop("sync", "--server", f"http://127.0.0.1:{port}")
        assert "data referensi baru" in out  # GET /v1/reference-bundle, signed by the enrolled laptop
    finally:
        server.terminate()
        server.wait(timeout=30)
