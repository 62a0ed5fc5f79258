"""Issue 21, end to end over HTTP: a live ``pulut-province serve`` process (real uvicorn on 127.0.0.1)
and the laptop's ``pulut-desktop sync``. Register -> the province accepts -> BPJS export -> BPJS's
result file imported with ``pulut-province bpjs-import`` while the service runs -> the laptop's next
sync (nothing new to send) marks the record Terdaftar BPJS with its KPJ -> a card printed now shows the
KPJ and verifies. The rejected row comes back as needs fix with BPJS's reason; fixed and resent, it is
accepted, exported to BPJS again and enrolled."""

from __future__ import annotations

import signal
from datetime import date

from pulut_desktop.domain.status import Status
from tests.bpjs.helpers import (
    REASON,
    bpjs_row,
    exported,
    fix_and_approve,
    laptop,
    print_and_verify,
    province,
    write_result,
)
from tests.outbox.helpers import approve_new, make_laptop, make_province, nik
from tests.province_http.conftest import enrol_direct, free_port, serve_process


def test_bpjs_results_travel_back_over_http(tmp_path, monkeypatch, capsys):
    prov_root, root = tmp_path / "province", tmp_path / "laptop"
    prov = make_province(prov_root)
    store = make_laptop(root)
    enrol_direct(store, prov)
    enrolled_id, refused_id = approve_new(store, 1), approve_new(store, 2)
    store.close()
    prov.store.close()
    port = free_port()
    server = serve_process(prov_root, port)
    url = f"http://127.0.0.1:{port}"
    try:
        code, out = laptop(monkeypatch, capsys, root, "sync", "--server", url)
        assert code == 0 and "2 accepted" in out, out
        assert "BPJS" not in out

        code, out = province(monkeypatch, capsys, prov_root, "bpjs-export", "--out", str(tmp_path / "ke-bpjs.csv"))
        assert code == 0, out
        assert set(exported(tmp_path / "ke-bpjs.csv")) == {nik(1), nik(2)}
        result = write_result(tmp_path / "hasil-bpjs.csv", [
            [nik(1), "19012345678", "2027-01-01", "2027-12-31", "TERDAFTAR", ""],
            [nik(2), "", "", "", "DITOLAK", REASON],
        ])  # fmt: skip
        code, out = province(monkeypatch, capsys, prov_root, "bpjs-import", str(result))
        assert code == 0, out

        code, out = laptop(monkeypatch, capsys, root, "sync", "--server", url)
        assert code == 0, out
        assert "0 batch(es) sent" in out
        assert "1 enrolled (with a KPJ number), 1 rejected by BPJS (needs fix)" in out
        assert bpjs_row(root, enrolled_id) == (
            Status.ACCEPTED.value, None, "enrolled", "19012345678", date(2027, 1, 1), date(2027, 12, 31), None
        )  # fmt: skip
        assert bpjs_row(root, refused_id)[:3] == (Status.NEEDS_FIX.value, "BPJS: " + REASON, "rejected")
        code, out = laptop(monkeypatch, capsys, root, "sync", "--server", url)
        assert code == 0 and "BPJS" not in out  # delivered once: nothing changes the second time

        scanned, out = print_and_verify(monkeypatch, capsys, root, tmp_path, enrolled_id)
        assert scanned.startswith("PK2|") and "|T|19012345678|" in scanned
        assert "VALID" in out and "ENROLLED AT BPJS" in out and "19012345678" in out

        fix_and_approve(root, refused_id, "Rohani Binti Ahmad")
        code, out = laptop(monkeypatch, capsys, root, "sync", "--server", url)
        assert code == 0 and "1 batch(es) sent, 1 accepted" in out, out
        code, out = province(monkeypatch, capsys, prov_root, "bpjs-export", "--out", str(tmp_path / "ke-bpjs-2.csv"))
        assert code == 0, out
        assert exported(tmp_path / "ke-bpjs-2.csv")[nik(2)]["nama_ibu_kandung"] == "ROHANI BINTI AHMAD"
        again = write_result(tmp_path / "hasil-2.csv", [[nik(2), "19012345680", "2027-02-01", "2027-12-31", "", ""]])
        assert province(monkeypatch, capsys, prov_root, "bpjs-import", str(again))[0] == 0
        code, out = laptop(monkeypatch, capsys, root, "sync", "--server", url)
        assert code == 0 and "1 enrolled" in out, out
        assert bpjs_row(root, refused_id)[:4] == (Status.ACCEPTED.value, None, "enrolled", "19012345680")
    finally:
        server.send_signal(signal.SIGTERM)
        server.wait(timeout=10)
