"""Headless Chromium for the viewer's browser tests: a ``driver`` fixture (one browser per
test module) and ``open_page``, which waits for the viewer's first drawn frame.

Needs the Debian packages ``chromium`` and ``chromium-driver`` and the ``selenium``
package (the ``test`` extra); the tests are skipped, saying so, when they are missing.
"""
from __future__ import annotations

import shutil
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-background-networking",
         "--disable-component-update", "--disable-sync", "--window-size=1500,900"]


@pytest.fixture(scope="module")
def driver(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Any]:
    webdriver = pytest.importorskip("selenium.webdriver", reason="selenium is not installed (pip install -e .[test])")
    from selenium.webdriver.chrome.service import Service

    chromium, chromedriver = shutil.which("chromium"), shutil.which("chromedriver")
    if not chromium or not chromedriver:
        pytest.skip("headless Chromium is not installed: apt-get install -y chromium chromium-driver")
    options = webdriver.ChromeOptions()
    for flag in FLAGS:
        options.add_argument(flag)
    options.add_argument(f"--user-data-dir={tmp_path_factory.mktemp('chromium-profile')}")
    options.binary_location = chromium
    drv = webdriver.Chrome(service=Service(chromedriver), options=options)
    drv.set_script_timeout(60)
    try:
        yield drv
    finally:
        drv.quit()


def open_page(driver: Any, path: Path, timeout: float = 60.0) -> None:
    driver.get(path.resolve().as_uri())
    deadline = time.time() + timeout
    while time.time() < deadline:
        if driver.execute_script("return window.kgFirstFrameMs || null"):
            return
        time.sleep(0.05)
    raise AssertionError(f"the viewer drew no frame within {timeout} s")
