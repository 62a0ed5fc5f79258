"""Held batches in the console, in chromium against a live ``pulut-province serve``: a copied laptop
reuses a sequence, the province holds its batch, a viewer may look but not decide, a reviewer releases
it (its registrations are ingested as that batch, once) and the copied laptop receives the receipt at its
next sync; another held batch is discarded and stays set aside on the laptop."""

from __future__ import annotations

import shutil

from selenium.webdriver.common.by import By

from pulut_desktop.domain.status import Status
from pulut_desktop.outbox.ledger import ledger
from pulut_desktop.outbox.online import sync_online
from pulut_desktop.services.setup import log_in
from tests.conftest import PASSWORD
from tests.outbox.helpers import make_laptop, statuses

from .conftest import PASSWORDS, click, sign_in
from .test_console_browser import enrol, register
from .test_console_security import signed_in


def held_rows(driver) -> list:
    return driver.find_elements(By.CSS_SELECTOR, "#held tbody tr[id^='held-']")


def test_release_and_discard_held_batches_from_the_console(fresh, province, tmp_path):
    original, copy = tmp_path / "dumai", tmp_path / "dumai-copy"
    laptop = make_laptop(original, "Laptop Dumai", "14.72")
    sign_in(fresh, province.url, "admin", PASSWORDS["admin"])
    enrol(fresh, province, laptop, "Laptop Dumai")
    laptop.close()
    shutil.copytree(original, copy)  # someone copies the enrolled laptop's data folder
    with log_in(original, "super", PASSWORD) as first, log_in(copy, "super", PASSWORD) as clone:
        register(first, "1472015506880001", "Rahmat Hidayat")
        assert sync_online(first, province.url).sent == [1]
        copied = register(clone, "1472016607790002", "Nurul Aini")
        assert [s for s, _, _ in sync_online(clone, province.url).set_aside] == [1]  # held at the province
        register(first, "1472011204860003", "Yusuf Hamzah")
        assert sync_online(first, province.url).sent == [2]
        discarded = register(clone, "1472012308950004", "Dewi Lestari")
        result = sync_online(clone, province.url)
        assert [s for s, _, _ in result.set_aside] == [2] and result.revisited == []

        # a viewer sees both held batches but has no button, and a hand-made POST is refused
        fresh.delete_all_cookies()
        sign_in(fresh, province.url, "viewer", PASSWORDS["viewer"])
        click(fresh, fresh.find_element(By.LINK_TEXT, "Kiriman"))
        rows = held_rows(fresh)
        assert len(rows) == 2 and not fresh.find_elements(By.CSS_SELECTOR, "#held button")
        first_key = rows[0].get_attribute("id").removeprefix("held-")
        viewer, csrf, _ = signed_in(province, "viewer")
        for action in ("lepaskan", "buang"):
            answer = viewer.post(f"/admin/kiriman/tertahan/{first_key}/{action}", data={"csrf": csrf})
            assert answer.status_code == 403
        fresh.refresh()
        assert len(held_rows(fresh)) == 2

        # a reviewer releases the first (with a note) and discards the second
        fresh.delete_all_cookies()
        sign_in(fresh, province.url, "reviewer", PASSWORDS["reviewer"])
        click(fresh, fresh.find_element(By.LINK_TEXT, "Kiriman"))
        row = fresh.find_element(By.ID, f"held-{first_key}")
        assert "Urutan sudah dipakai berkas lain" in row.text
        row.find_element(By.NAME, "note").send_keys("laptop disalin, data asli")
        click(fresh, row.find_element(By.CLASS_NAME, "release"))
        assert fresh.find_element(By.CLASS_NAME, "done").text == "Kiriman tertahan dilepaskan dan diimpor."
        assert "(dilepaskan dari tahanan)" in fresh.find_element(By.ID, "batches").text
        (second,) = held_rows(fresh)
        click(fresh, second.find_element(By.CLASS_NAME, "discard"))
        assert fresh.find_element(By.CLASS_NAME, "done").text == "Kiriman tertahan dibuang."
        assert not held_rows(fresh) and "Tidak ada." in fresh.find_element(By.ID, "held").text

        reviewer, csrf, _ = signed_in(province, "reviewer")  # exactly once: a second release finds nothing
        again = reviewer.post(f"/admin/kiriman/tertahan/{first_key}/lepaskan", data={"csrf": csrf})
        assert again.status_code in (400, 404) and "Tidak ada (tepat satu) kiriman ditahan" in again.text

        result = sync_online(clone, province.url)  # the copied laptop's next sync brings the receipt
        assert result.revisited == [1]
        assert statuses(clone)[copied][0] == Status.ACCEPTED.value
        assert statuses(clone)[discarded][0] == Status.SENT.value
        rows = {r.sequence: r for r in ledger(clone).rows}
        assert rows[1].status == "acknowledged" and rows[1].accepted == 1 and rows[2].status == "held"

    fresh.get(province.url + "/admin/audit?action=batch.held_released")
    events = fresh.find_element(By.ID, "events").text
    assert "reviewer" in events and "laptop disalin, data asli" in events
    fresh.get(province.url + "/admin/audit?action=batch.held_discarded")
    assert "reviewer" in fresh.find_element(By.ID, "events").text
