"""Issue 21, end to end over the stick, through both command lines: register -> the province accepts
-> BPJS export -> BPJS's result file imported with ``pulut-province bpjs-import`` -> the laptop's next
stick round trip marks the record Terdaftar BPJS with its KPJ; a BPJS rejection comes back as needs
fix with BPJS's reason, and the fixed version, sent on a fresh stick, is accepted, exported to BPJS
again and enrolled."""

from __future__ import annotations

import sqlite3
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
from tests.outbox.helpers import approve_new, enrol, make_laptop, make_province, nik


def test_bpjs_results_travel_back_on_the_stick(tmp_path, monkeypatch, capsys):
    prov = make_province(tmp_path / "province")
    root = tmp_path / "laptop"
    store = make_laptop(root)
    stick = tmp_path / "stick"
    stick.mkdir()
    enrol(store, prov, stick)
    enrolled_id, refused_id = approve_new(store, 1), approve_new(store, 2)
    store.close()
    prov.store.close()
    prov_root = tmp_path / "province"

    assert laptop(monkeypatch, capsys, root, "export", "--to", str(stick))[0] == 0
    code, out = province(monkeypatch, capsys, prov_root, "import", str(stick))
    assert code == 0, out
    code, out = laptop(monkeypatch, capsys, root, "apply-receipts", "--from", str(stick))
    assert code == 0 and "2 accepted" in out, out
    assert bpjs_row(root, enrolled_id)[:4] == (Status.ACCEPTED.value, None, None, None)

    code, out = province(monkeypatch, capsys, prov_root, "bpjs-export", "--out", str(tmp_path / "ke-bpjs.csv"))
    assert code == 0, out
    sent = exported(tmp_path / "ke-bpjs.csv")
    assert set(sent) == {nik(1), nik(2)}
    result = write_result(tmp_path / "hasil-bpjs.csv", [
        [nik(1), "19012345678", "2027-01-01", "31/12/2027", "TERDAFTAR", ""],
        [nik(2), "", "", "", "DITOLAK", REASON],
    ])  # fmt: skip
    code, out = province(monkeypatch, capsys, prov_root, "bpjs-import", str(result))
    assert code == 0, out

    # The laptop's next stick round trip: nothing new to send, the same stick still holds batch 1.
    code, out = province(monkeypatch, capsys, prov_root, "import", str(stick))
    assert code == 0, out
    code, out = laptop(monkeypatch, capsys, root, "apply-receipts", "--from", str(stick))
    assert code == 0, out
    assert "1 enrolled (with a KPJ number), 1 rejected by BPJS (needs fix)" in out
    assert bpjs_row(root, enrolled_id) == (
        Status.ACCEPTED.value, None, "enrolled", "19012345678", date(2027, 1, 1), date(2027, 12, 31), None
    )  # fmt: skip
    assert bpjs_row(root, refused_id) == (
        Status.NEEDS_FIX.value, "BPJS: " + REASON, "rejected", None, None, None, REASON
    )  # fmt: skip
    code, out = laptop(monkeypatch, capsys, root, "apply-receipts", "--from", str(stick))
    assert code == 0 and "BPJS" not in out  # applied once; the same receipt again changes nothing
    scanned, out = print_and_verify(monkeypatch, capsys, root, tmp_path, enrolled_id)
    assert scanned.startswith("PK2|") and "|T|19012345678|" in scanned
    assert "VALID" in out and "ENROLLED AT BPJS" in out and "19012345678" in out

    # BPJS's refusal is about the version BPJS was sent, never the correction, even when both reach the province
    # in the same second (seconds are all its clock keeps) or its clock was set back in between.
    with sqlite3.connect(prov_root / "province.db") as con:
        con.execute("UPDATE bpjs_memberships SET updated_at = datetime(updated_at, '+1 hour')")
    con.close()

    # Fixed and resent on a fresh stick: the province accepts the new version ...
    fix_and_approve(root, refused_id, "Rohani Binti Ahmad")
    fresh = tmp_path / "stick-2"
    fresh.mkdir()
    code, out = laptop(monkeypatch, capsys, root, "export", "--to", str(fresh))
    assert code == 0, out
    assert province(monkeypatch, capsys, prov_root, "import", str(fresh))[0] == 0
    code, out = laptop(monkeypatch, capsys, root, "apply-receipts", "--from", str(fresh))
    assert code == 0 and "1 accepted" in out, out
    assert bpjs_row(root, refused_id)[:3] == (Status.ACCEPTED.value, None, "rejected")
    # ... and puts it in its next BPJS export, with the corrected name
    code, out = province(monkeypatch, capsys, prov_root, "bpjs-export", "--out", str(tmp_path / "ke-bpjs-2.csv"))
    assert code == 0, out
    assert exported(tmp_path / "ke-bpjs-2.csv")[nik(2)]["nama_ibu_kandung"] == "ROHANI BINTI AHMAD"
    again = write_result(tmp_path / "hasil-bpjs-2.csv", [[nik(2), "19012345680", "2027-02-01", "2027-12-31", "", ""]])
    assert province(monkeypatch, capsys, prov_root, "bpjs-import", str(again))[0] == 0
    assert province(monkeypatch, capsys, prov_root, "import", str(fresh))[0] == 0
    code, out = laptop(monkeypatch, capsys, root, "apply-receipts", "--from", str(fresh))
    assert code == 0 and "1 enrolled" in out, out
    assert bpjs_row(root, refused_id)[:4] == (Status.ACCEPTED.value, None, "enrolled", "19012345680")
    assert bpjs_row(root, enrolled_id)[3] == "19012345678"
