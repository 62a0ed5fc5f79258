"""A live ``pulut-province serve`` (the installed entry point, a subprocess on a free port, SQLite or
PostgreSQL) and Debian's chromium driven by Selenium through ``/usr/bin/chromedriver``.

Accounts are made the way an administrator makes them: ``pulut-province init --admin`` and
``pulut-province users add`` on the command line."""

from __future__ import annotations

import os
import re
import subprocess
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path

import httpx
import pytest

from tests.outbox.helpers import PASSPHRASE
from tests.province_http.conftest import free_port

CHROMEDRIVER = Path("/usr/bin/chromedriver")
PROVINCE = Path(sys.executable).with_name("pulut-province")
PASSWORDS = {"admin": "kunci-provinsi-riau-1", "reviewer": "sandi-tinjau-riau-2", "viewer": "sandi-lihat-riau-3"}


def run_cli(data_dir: Path, *args: str, stdin: str = "", database_url: str | None = None) -> str:
    base = [str(PROVINCE), "--data-dir", str(data_dir)]
    if database_url:
        base += ["--database-url", database_url]
    done = subprocess.run([*base, *args], input=stdin, capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    return done.stdout


@dataclass
class LiveProvince:
    url: str
    data_dir: Path
    database_url: str | None
    process: subprocess.Popen
    totp_secrets: dict[str, str] = field(default_factory=dict)

    @property
    def keys_file(self) -> Path:
        return self.data_dir / "province-keys.json"

    def cli(self, *args: str, stdin: str = "") -> str:
        return run_cli(self.data_dir, *args, stdin=stdin, database_url=self.database_url)

    def add_user(self, name: str, role: str, password: str, *, totp: bool = False) -> None:
        out = self.cli("users", "add", name, "--role", role, "--password-stdin", *(["--totp"] if totp else []),
                       stdin=password + "\n")  # fmt: skip
        if totp:
            self.totp_secrets[name] = re.search(r"secret=([A-Z2-7]+)", out).group(1)


def start_province(root: Path, database_url: str | None = None) -> LiveProvince:
    data_dir = root / "province"
    init = [
        "--passphrase-stdin",
        "init",
        "--name",
        "Provinsi Uji",
        "--training",
        "--admin",
        "admin",
        "--password-stdin",
    ]
    out = run_cli(data_dir, *init, stdin=f"{PASSPHRASE}\n{PASSWORDS['admin']}\n", database_url=database_url)
    assert "admin" in out
    port = free_port()
    env = {**os.environ, "PULUT_PROVINCE_PASSPHRASE": PASSPHRASE}
    cmd = [str(PROVINCE), "--data-dir", str(data_dir)]
    if database_url:
        cmd += ["--database-url", database_url]
    process = subprocess.Popen([*cmd, "serve", "--port", str(port)], env=env, stdout=subprocess.PIPE,
                               stderr=subprocess.STDOUT, text=True)  # fmt: skip
    url = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + 60
    while True:
        try:
            if httpx.get(url + "/v1/health", timeout=2, trust_env=False).status_code == 200:
                break
        except httpx.HTTPError:
            pass
        if process.poll() is not None or time.monotonic() > deadline:
            process.kill()
            raise RuntimeError(f"pulut-province serve did not start: {process.stdout.read()}")
        time.sleep(0.2)
    live = LiveProvince(url, data_dir, database_url, process)
    live.add_user("reviewer", "reviewer", PASSWORDS["reviewer"])
    live.add_user("viewer", "viewer", PASSWORDS["viewer"])
    return live


def stop_province(live: LiveProvince) -> None:
    live.process.terminate()
    try:
        live.process.wait(timeout=15)
    except subprocess.TimeoutExpired:
        live.process.kill()
        live.process.wait()


@pytest.fixture(scope="module")
def province(tmp_path_factory):
    live = start_province(tmp_path_factory.mktemp("web"))
    yield live
    stop_province(live)


def make_browser(downloads: Path, width: int = 1366, height: int = 768):
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service

    if not CHROMEDRIVER.exists():
        if os.environ.get("CI", "").lower() in ("1", "true", "yes"):
            pytest.fail("chromium-driver is not installed under CI (.ci/sysdeps.sh test)")
        pytest.skip("chromium-driver not installed (apt-get install chromium chromium-driver)")
    options = webdriver.ChromeOptions()
    for arg in ("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--disable-gpu",
                f"--window-size={width},{height}", "--lang=id-ID", "--force-device-scale-factor=1"):  # fmt: skip
        options.add_argument(arg)
    options.add_experimental_option(
        "prefs", {"download.default_directory": str(downloads), "download.prompt_for_download": False}
    )
    driver = webdriver.Chrome(service=Service(str(CHROMEDRIVER)), options=options)
    driver.set_page_load_timeout(60)
    return driver


@pytest.fixture(scope="module")
def browser(tmp_path_factory):
    downloads = tmp_path_factory.mktemp("downloads")
    driver = make_browser(downloads)
    driver.downloads = downloads
    yield driver
    driver.quit()


@pytest.fixture
def fresh(browser, province):
    """The browser with no cookies (signed out), on the province's sign-in page."""
    browser.get(province.url + "/admin/login")
    browser.delete_all_cookies()
    browser.get(province.url + "/admin/login")
    return browser


def sign_in(driver, url: str, username: str, password: str, code: str = "") -> None:
    """Sign in from the sign-in page. Chromium may still swap the document under a node just found
    (``does not belong to the document``); then the page is loaded again and the form filled anew."""
    from selenium.common.exceptions import StaleElementReferenceException, WebDriverException

    for attempt in range(3):
        try:
            _sign_in_once(driver, url, username, password, code)
            return
        except (StaleElementReferenceException, WebDriverException) as error:
            replaced = isinstance(error, StaleElementReferenceException) or "does not belong to the document" in str(
                error
            )
            if not replaced or attempt == 2:
                raise


def _sign_in_once(driver, url: str, username: str, password: str, code: str) -> None:
    from selenium.webdriver.common.by import By

    driver.get(url + "/admin/login")
    driver.find_element(By.ID, "username").clear()
    driver.find_element(By.ID, "username").send_keys(username)
    driver.find_element(By.ID, "password").send_keys(password)
    if code:
        driver.find_element(By.ID, "totp").send_keys(code)
    click(driver, driver.find_element(By.ID, "login-submit"))


def click(driver, element) -> None:
    """Click something that loads a new page, and wait until the old page is gone (a busy machine
    otherwise lets the next lookup run on the page being left)."""
    from selenium.webdriver.support.ui import WebDriverWait

    element.click()
    WebDriverWait(driver, 60).until(_page_left(element))


def _page_left(element):
    """Selenium's staleness check, also taking Chromium's "does not belong to the document" answer
    for a node of the page just left as the page being gone."""
    from selenium.common.exceptions import WebDriverException
    from selenium.webdriver.support import expected_conditions

    stale = expected_conditions.staleness_of(element)

    def left(driver) -> bool:
        try:
            return stale(driver)
        except WebDriverException as error:
            if "does not belong to the document" in str(error):
                return True
            raise

    return left


def wait_for(condition, timeout: float = 60.0, interval: float = 0.1):
    deadline = time.monotonic() + timeout
    while True:
        value = condition()
        if value:
            return value
        if time.monotonic() > deadline:
            raise AssertionError("condition not met in time")
        time.sleep(interval)
