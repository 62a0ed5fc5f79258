"""Budget years in the console, in chromium against a live ``pulut-province serve``: an admin opens 2027,
sets its quota, and Beranda and Kuota show that year; opening it twice is refused; a viewer has no form."""

from __future__ import annotations

from selenium.webdriver.common.by import By
from selenium.webdriver.support.ui import Select

from .conftest import PASSWORDS, click, sign_in


def test_an_admin_opens_a_budget_year_and_sets_its_quota(fresh, province):
    sign_in(fresh, province.url, "admin", PASSWORDS["admin"])
    click(fresh, fresh.find_element(By.LINK_TEXT, "Kuota & aturan"))
    fresh.find_element(By.ID, "open-year").send_keys("2027")
    fresh.find_element(By.ID, "open-note").send_keys("APBD 2027 disahkan")
    click(fresh, fresh.find_element(By.ID, "open-year-submit"))
    assert fresh.find_element(By.CLASS_NAME, "done").text.startswith("Tahun anggaran dibuka")
    assert fresh.find_element(By.ID, "quota-year").text == "2027"
    assert "2027" in fresh.find_element(By.ID, "year-table").text

    assert fresh.find_element(By.ID, "quota-year-field").get_attribute("value") == "2027"
    Select(fresh.find_element(By.ID, "regency")).select_by_value("14.06")
    Select(fresh.find_element(By.ID, "source")).select_by_visible_text("APBD")
    fresh.find_element(By.ID, "quota").send_keys("800")
    click(fresh, fresh.find_element(By.CSS_SELECTOR, "form[action='/admin/kuota'] button"))
    assert fresh.find_element(By.CLASS_NAME, "done").text == "Kuota disimpan."
    assert "14.06 Kabupaten Rokan Hulu APBD 800 0" in fresh.find_element(By.ID, "quota-table").text

    fresh.get(province.url + "/admin")  # Beranda measures the newest budget year opened
    assert fresh.find_element(By.ID, "home-year").text == "2027"
    assert "Rokan Hulu · APBD" in fresh.page_source
    # A bar label cut to fit the chart has the whole label and its numbers as the bar's tooltip.
    tips = [t.get_attribute("textContent") for t in fresh.find_elements(By.CSS_SELECTOR, "svg.chart g > title")]
    assert any(tip.endswith("Rokan Hulu · APBD: 0 / 800") for tip in tips), tips

    fresh.get(province.url + "/admin/kuota")
    fresh.find_element(By.ID, "open-year").send_keys("2027")
    click(fresh, fresh.find_element(By.ID, "open-year-submit"))
    assert "Tahun anggaran 2027 sudah dibuka." in fresh.page_source

    fresh.delete_all_cookies()
    sign_in(fresh, province.url, "viewer", PASSWORDS["viewer"])
    fresh.get(province.url + "/admin/kuota?tahun=2027")
    assert fresh.find_element(By.ID, "quota-year").text == "2027"
    assert not fresh.find_elements(By.ID, "open-year") and not fresh.find_elements(By.ID, "quota")
