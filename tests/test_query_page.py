"""`kg serve`'s query page opens with the project's prefixes declared, and runs."""
from __future__ import annotations

import time
from pathlib import Path
from typing import Any

import pytest

from kg.ingest import ingest
from kg.serve import free_port, query_page_url, start_server
from kg.store import open_store
from tests.conftest import SEED
from tests.conftest_server import needs_oxigraph
from tests.test_browser import driver  # noqa: F401  (the headless Chromium fixture)

pytestmark = [pytest.mark.server, pytest.mark.browser, needs_oxigraph]


def test_query_page_has_the_prefixes_and_answers(driver: Any, tmp_path: Path) -> None:  # noqa: F811
    store = open_store(str(tmp_path / "store"))
    ingest([SEED], store=store)
    store.close()
    with start_server(tmp_path / "store", port=free_port()) as handle:
        driver.get(query_page_url(handle.url))
        deadline, text, rows = time.time() + 30, "", 0
        while time.time() < deadline:
            text = driver.execute_script(
                "const cm = document.querySelector('.yasqe .CodeMirror'); return cm ? cm.CodeMirror.getValue() : ''")
            if text:
                driver.execute_script("document.querySelector('.yasqe_queryButton').click()")
                break
            time.sleep(0.1)
        assert "PREFIX dip: <https://w3id.org/diplomacy-kg/ontology#>" in text
        assert "PREFIX sem: <http://semanticweb.cs.vu.nl/2009/11/sem/>" in text
        while time.time() < deadline and not rows:
            rows = driver.execute_script("return document.querySelectorAll('.yasr table tbody tr').length")
            time.sleep(0.2)
        assert rows >= 2  # meeting, visit, multilateral ...
        page = driver.execute_script("return document.body.innerText")
        assert "meeting" in page
