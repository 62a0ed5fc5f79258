"""The province console in Debian's chromium against a live ``pulut-province serve``: sign in (and
fail, and get locked out), enrol a laptop from its online request, resolve a near-duplicate and see the
laptop receive the decision at its next sync, download the BPJS export as admin and be refused as a
viewer, and sign in with a TOTP code."""

from __future__ import annotations

import csv
import io
from datetime import date

import pyotp
from selenium.webdriver.common.by import By

from pulut_desktop.domain.status import Status
from pulut_desktop.outbox.online import enrol_online, sync_online
from pulut_desktop.province.reports import BPJS_COLUMNS
from pulut_desktop.storage import registrations
from tests.conftest import make_registration
from tests.outbox.helpers import make_laptop, statuses

from .conftest import PASSWORDS, click, sign_in, wait_for

BORN = date(1985, 3, 12)


def heading(driver) -> str:
    return driver.find_element(By.TAG_NAME, "h1").text


def test_sign_in_fails_then_locks_then_an_admin_signs_in(fresh, province):
    province.add_user("petugas.kunci", "viewer", "sandi-yang-benar-9")
    sign_in(fresh, province.url, "petugas.kunci", "salah-sekali")
    assert fresh.find_element(By.ID, "login-error").text == "Nama akun atau kata sandi salah."
    sign_in(fresh, province.url, "tidak.ada", "apa-saja-123")  # an unknown name gets the same answer
    assert fresh.find_element(By.ID, "login-error").text == "Nama akun atau kata sandi salah."
    for _ in range(4):
        sign_in(fresh, province.url, "petugas.kunci", "salah-lagi")
    assert "Akun dikunci" in fresh.find_element(By.ID, "login-error").text
    sign_in(fresh, province.url, "petugas.kunci", "sandi-yang-benar-9")  # locked: the right password too
    assert "Akun dikunci" in fresh.find_element(By.ID, "login-error").text
    assert fresh.current_url.endswith("/admin/login")

    sign_in(fresh, province.url, "admin", PASSWORDS["admin"])
    assert heading(fresh) == "Beranda"
    click(fresh, fresh.find_element(By.LINK_TEXT, "EN"))
    assert heading(fresh) == "Home"
    click(fresh, fresh.find_element(By.LINK_TEXT, "ID"))
    click(fresh, fresh.find_element(By.LINK_TEXT, "Jejak audit"))
    events = fresh.find_element(By.ID, "events").text
    assert "login.failed" in events and "petugas.kunci" in events and "login.ok" in events


def approve_in_browser(driver, province, laptop_name: str):
    """``on_posted`` of enrol_online: the admin compares the code and approves it in the console."""

    def approve(request_id: str) -> None:
        driver.get(province.url + "/admin/perangkat")
        card = driver.find_element(By.ID, f"request-{request_id}")
        code = card.find_element(By.CLASS_NAME, "device-code").text
        assert laptop_name in card.text and len(code) == 8
        assert float(card.find_element(By.CLASS_NAME, "device-code").value_of_css_property("font-size")[:-2]) >= 32
        click(driver, card.find_element(By.CLASS_NAME, "approve"))
        assert "Perangkat disetujui" in driver.find_element(By.CLASS_NAME, "done").text
        assert code in driver.find_element(By.ID, f"device-{code}").text

    return approve


def enrol(driver, province, laptop, name: str) -> str:
    info = enrol_online(laptop, province.url, [province.keys_file], poll_interval=0.1, timeout=60,
                        on_posted=approve_in_browser(driver, province, name))  # fmt: skip
    return info.device_id


def register(laptop, nik: str, name: str) -> str:
    reg = registrations.save(laptop, make_registration(nik=nik, full_name=name, birth_date=BORN))
    if reg.status is not Status.APPROVED:
        registrations.set_status(laptop, [reg.id], Status.APPROVED)
    return reg.id


def test_enrol_then_resolve_a_near_duplicate_that_reaches_the_laptop(fresh, province, tmp_path):
    siak = make_laptop(tmp_path / "siak", "Laptop Siak", "14.08")
    kampar = make_laptop(tmp_path / "kampar", "Laptop Kampar", "14.01")
    try:
        sign_in(fresh, province.url, "admin", PASSWORDS["admin"])
        assert enrol(fresh, province, siak, "Laptop Siak")
        assert enrol(fresh, province, kampar, "Laptop Kampar")
        register(siak, "1471011203850001", "Budi Santoso")
        sync_online(siak, province.url)
        again = register(kampar, "1471011203850002", "Budi Santoso")
        sync_online(kampar, province.url)
        assert statuses(kampar)[again][1].startswith("held_for_review")

        # a reviewer decides: the differing NIK is marked, the same name is not
        sign_in(fresh, province.url, "reviewer", PASSWORDS["reviewer"])
        click(fresh, fresh.find_element(By.LINK_TEXT, "Tinjauan"))
        case = fresh.find_element(By.CSS_SELECTOR, "section.case")
        differing = [row.text for row in case.find_elements(By.CSS_SELECTOR, "tr.differs")]
        assert any(row.startswith("NIK") for row in differing)
        assert not any(row.startswith("Nama lengkap") for row in differing)
        assert "147101******0002" in case.text and "147101******0001" in case.text
        case.find_element(By.NAME, "note").send_keys("orang sama, NIK salah ketik")
        click(fresh, case.find_element(By.CSS_SELECTOR, "button[value=reject]"))
        assert fresh.find_element(By.CLASS_NAME, "done").text == "Data ditolak."
        assert "Tidak ada data yang menunggu tinjauan." in fresh.page_source

        result = sync_online(kampar, province.url)  # the next sync brings the decision
        assert sorted(result.revisited) == [1]
        status, detail = statuses(kampar)[again]
        assert status == Status.REJECTED.value and detail.startswith("province.review_rejected")

        fresh.get(province.url + "/admin/audit?action=review.decided")
        row = fresh.find_element(By.ID, "events").text
        assert "reviewer" in row and "orang sama, NIK salah ketik" in row
    finally:
        siak.close()
        kampar.close()


def test_bpjs_export_for_the_admin_and_refused_for_a_viewer(fresh, province, tmp_path):
    laptop = make_laptop(tmp_path / "pekanbaru", "Laptop Pekanbaru", "14.71")
    try:
        sign_in(fresh, province.url, "admin", PASSWORDS["admin"])
        enrol(fresh, province, laptop, "Laptop Pekanbaru")
        register(laptop, "1471015708900007", "Siti Aminah")
        sync_online(laptop, province.url)
    finally:
        laptop.close()
    click(fresh, fresh.find_element(By.LINK_TEXT, "Laporan"))
    before = set(fresh.downloads.iterdir())
    fresh.find_element(By.ID, "bpjs-csv").click()  # a download: the page stays
    new = wait_for(lambda: [p for p in set(fresh.downloads.iterdir()) - before if p.suffix == ".csv"])
    table = list(csv.DictReader(io.StringIO(new[0].read_text(encoding="utf-8-sig"))))
    assert tuple(table[0]) == BPJS_COLUMNS
    assert "1471015708900007" in {row["nik"] for row in table}

    fresh.delete_all_cookies()
    sign_in(fresh, province.url, "viewer", PASSWORDS["viewer"])
    click(fresh, fresh.find_element(By.LINK_TEXT, "Laporan"))
    assert fresh.find_element(By.ID, "bpjs-admin-only").is_displayed()
    assert not fresh.find_elements(By.ID, "bpjs-csv")
    # The viewer forges the admin's form with its own valid CSRF token: refused by role.
    fresh.execute_script(
        """const f = document.createElement('form'); f.method = 'post'; f.action = '/admin/laporan/bpjs';
        for (const [k, v] of [['csrf', document.querySelector('input[name=csrf]').value], ['format', 'csv']]) {
          const i = document.createElement('input'); i.name = k; i.value = v; f.appendChild(i); }
        document.body.appendChild(f); f.submit();"""
    )
    wait_for(lambda: fresh.find_elements(By.ID, "error-message"))
    assert fresh.find_element(By.ID, "error-message").text == "Peran Anda (viewer) tidak diizinkan melakukan ini."
    fresh.get(province.url + "/admin/audit?action=bpjs.exported")
    assert "admin" in fresh.find_element(By.ID, "events").text
    assert "viewer" not in fresh.find_element(By.ID, "events").text


def test_totp_sign_in(fresh, province):
    province.add_user("manajer", "viewer", "dua-langkah-riau-7", totp=True)
    secret = province.totp_secrets["manajer"]
    sign_in(fresh, province.url, "manajer", "dua-langkah-riau-7")
    assert "kode verifikasi dua langkah" in fresh.find_element(By.ID, "login-error").text
    sign_in(
        fresh,
        province.url,
        "manajer",
        "dua-langkah-riau-7",
        "000000" if pyotp.TOTP(secret).now() != "000000" else "111111",
    )
    assert fresh.find_element(By.ID, "login-error").text == "Nama akun atau kata sandi salah."
    code = pyotp.TOTP(secret).now()
    sign_in(fresh, province.url, "manajer", "dua-langkah-riau-7", code)
    assert heading(fresh) == "Beranda"
    fresh.delete_all_cookies()
    sign_in(fresh, province.url, "manajer", "dua-langkah-riau-7", code)  # a code works once
    assert fresh.find_elements(By.ID, "login-error")


def fits(driver) -> bool:
    return driver.execute_script("return document.documentElement.scrollWidth <= window.innerWidth")


def test_pages_need_no_script_and_fit_a_laptop_and_a_phone(fresh, province):
    """Reading needs no JavaScript (every page is complete HTML from the server, with no script at all),
    and no page scrolls sideways at 1366 px; Beranda does not at a 390 px phone either."""
    sign_in(fresh, province.url, "viewer", PASSWORDS["viewer"])
    for link, title in (("Tinjauan", "Data mirip yang ditahan (0)"), ("Perangkat", "Permintaan perangkat"),
                        ("Kiriman", "Kiriman tertahan"), ("Laporan", "Laporan"), ("Kuota & aturan", "Kuota & aturan"),
                        ("Jejak audit", "Jejak audit"), ("Beranda", "Beranda")):  # fmt: skip
        click(fresh, fresh.find_element(By.LINK_TEXT, link))
        assert heading(fresh).startswith(title.split(" (")[0])
        assert not fresh.find_elements(By.TAG_NAME, "script")
        assert fresh.execute_script("return window.innerWidth") == 1366 and fits(fresh), link
    fresh.execute_cdp_cmd("Emulation.setDeviceMetricsOverride",
                          {"width": 390, "height": 844, "deviceScaleFactor": 1, "mobile": True})  # fmt: skip
    try:
        fresh.get(province.url + "/admin")
        assert fresh.execute_script("return window.innerWidth") == 390 and fits(fresh)
    finally:
        fresh.execute_cdp_cmd("Emulation.clearDeviceMetricsOverride", {})


def test_quota_and_programme_rules_from_the_console(fresh, province):
    from selenium.webdriver.support.ui import Select

    sign_in(fresh, province.url, "admin", PASSWORDS["admin"])
    click(fresh, fresh.find_element(By.LINK_TEXT, "Kuota & aturan"))
    Select(fresh.find_element(By.ID, "regency")).select_by_value("14.08")
    Select(fresh.find_element(By.ID, "source")).select_by_visible_text("DBH_SAWIT")
    fresh.find_element(By.ID, "quota").send_keys("1500")
    click(fresh, fresh.find_element(By.CSS_SELECTOR, "form[action='/admin/kuota'] button"))
    assert fresh.find_element(By.CLASS_NAME, "done").text == "Kuota disimpan."
    assert "14.08 Kabupaten Siak DBH_SAWIT 1.500" in fresh.find_element(By.TAG_NAME, "table").text

    Select(fresh.find_element(By.ID, "rule-key")).select_by_visible_text("age.block_above")
    fresh.find_element(By.ID, "rule-value").send_keys("65")
    click(fresh, fresh.find_element(By.CSS_SELECTOR, "form[action='/admin/aturan'] button"))
    assert "Aturan disimpan di draf" in fresh.find_element(By.CLASS_NAME, "done").text
    assert "Ada perubahan yang belum diterbitkan." in fresh.find_element(By.ID, "rules").text
    click(fresh, fresh.find_element(By.ID, "publish-rules"))
    rules = fresh.find_element(By.ID, "rules").text
    assert "Versi terbit: 1" in rules and "age.block_above 65 65" in rules
    fresh.get(province.url + "/admin/audit?account=admin")
    events = fresh.find_element(By.ID, "events").text
    assert "quota.set" in events and "rules.changed" in events and "rules.published" in events

    fresh.delete_all_cookies()
    sign_in(fresh, province.url, "viewer", PASSWORDS["viewer"])
    fresh.get(province.url + "/admin/kuota")
    assert not fresh.find_elements(By.ID, "rule-key") and not fresh.find_elements(By.ID, "quota")
