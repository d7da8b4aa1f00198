"""The viewer in a real headless Chromium: it draws the whole graph, requests nothing,
filters like the library does, and runs none of the hostile markup in its data.

Needs the Debian packages ``chromium`` and ``chromium-driver`` and the ``selenium``
package (the ``test`` extra); skipped, saying so, when they are missing.
"""
from __future__ import annotations

from pathlib import Path
from typing import Any

import networkx as nx
import pytest

from kg.analysis.network import build_network, date_bounds
from kg.store import Store
from kg.viz.viewer import DEFAULT_CAP, write_viewer
from tests.conftest_browser import driver, open_page  # noqa: F401 (a fixture)

pytestmark = pytest.mark.browser

XSS = '<img src=x onerror="window.__xss=1">'
SCRIPT = "<script>window.__xss=2</script>"


def test_corpus_viewer_draws_every_node(driver: Any, corpus_store: Store, tmp_path: Path) -> None:
    graph = build_network(corpus_store)
    assert graph.number_of_nodes() > 10
    open_page(driver, write_viewer(graph, tmp_path / "corpus.html", title="Bundled releases"))
    nodes, edges = driver.execute_script("return [network.body.data.nodes.length, network.body.data.edges.length]")
    assert nodes == graph.number_of_nodes()
    assert edges == graph.number_of_edges()
    # Every node is really on the canvas, with a position.
    positions = driver.execute_script("return Object.keys(network.getPositions()).length")
    assert positions == graph.number_of_nodes()
    # No request left the page: the only resource is the page itself.
    assert driver.execute_script("return performance.getEntriesByType('resource').length") == 0
    assert not [e for e in driver.get_log("browser") if e["level"] == "SEVERE"]
    png = tmp_path / "viewer.png"
    driver.save_screenshot(str(png))
    assert png.stat().st_size > 10_000


def test_in_page_date_filter_matches_the_library(driver: Any, corpus_store: Store, tmp_path: Path) -> None:
    graph = build_network(corpus_store)
    dates = sorted(date_bounds(x["date"])[0] for _, _, d in graph.edges(data=True)
                   for x in d["interactions"] if x["date"])
    since = dates[len(dates) // 2]  # a full date, as the page's date input gives
    expected = build_network(corpus_store, since=since)
    open_page(driver, write_viewer(graph, tmp_path / "filtered.html"))
    shown = driver.execute_script("""
        var box = document.getElementById('date-from');
        box.value = arguments[0];
        box.dispatchEvent(new Event('change'));
        var shown = {};
        kgViewer.edgeView.getIds().forEach(function (id) { shown[id] = 1; });
        return kgViewer.data.edges.filter(function (e) { return e.kind !== 'affiliation' && shown[e.id]; }).length;
    """, since)
    want = sum(1 for _, _, d in expected.edges(data=True) if d["kind"] == "interaction")
    assert 0 < want < sum(1 for _, _, d in graph.edges(data=True) if d["kind"] == "interaction")
    assert shown == want


def hostile_graph() -> nx.Graph:
    g = nx.Graph()
    for i, name in enumerate([XSS, SCRIPT, "Plain Name"]):
        g.add_node(i, kind="person", label=name, country="KZ", country_label=XSS,
                   offices=[{"title": SCRIPT, "of": None, "of_label": XSS, "first": "2021", "last": "2022"}],
                   initiatives=[{"label": XSS, "iri": "x"}], interactions=2, degree=2, centrality=1.0)
    item = {"interaction": "i", "date": "2021-07-01", "date_from_release": False, "kind": "meeting", "place": XSS,
            "release": SCRIPT, "release_title": XSS, "release_url": "javascript:window.__xss=3",
            "evidence": f"They met. {SCRIPT}{XSS}"}
    item["sources"] = [{k: item[k] for k in ("release", "release_title", "release_url", "evidence")},
                       {"release": "r2", "release_title": f"Again {SCRIPT}", "release_url": "https://example.org/r2",
                        "evidence": f"Reported again {XSS}"}]
    g.add_edge(0, 1, kind="interaction", weight=1, kinds={"meeting": 1}, first=None, last=None, interactions=[item])
    g.add_edge(1, 2, kind="interaction", weight=1, kinds={"meeting": 1}, first=None, last=None, interactions=[item])
    return g


def test_hostile_markup_never_runs(driver: Any, tmp_path: Path) -> None:
    open_page(driver, write_viewer(hostile_graph(), tmp_path / "hostile.html", title=f"T {XSS}"))
    assert driver.execute_script("return network.body.data.nodes.length") == 3
    # Open every node's panel and one edge's, search, and look for anything that ran.
    for node in range(3):
        driver.execute_script(
            "network.body.emitter.emit('click', {nodes: [arguments[0]], edges: [],"
            " pointer: {DOM: {x: 0, y: 0}, canvas: {x: 0, y: 0}}})", node)
    panel_text = driver.execute_script("return document.getElementById('panel').textContent")
    assert SCRIPT in panel_text and XSS in panel_text  # shown as text ...
    driver.execute_script("""
        network.body.emitter.emit('click', {nodes: [], edges: [0], pointer: {DOM: {x: 0, y: 0}, canvas: {x: 0, y: 0}}});
        var s = document.getElementById('search'); s.value = '<'; s.dispatchEvent(new Event('input'));""")
    assert driver.execute_script("return document.querySelectorAll('#matches button').length") == 2
    assert driver.execute_script("return document.querySelectorAll('img, svg, #panel script').length") == 0
    panel_text = driver.execute_script("return document.getElementById('panel').textContent")
    assert f"Reported again {XSS}" in panel_text and f"Again {SCRIPT}" in panel_text  # the second release too
    links = driver.execute_script("return Array.from(document.querySelectorAll('#panel a')).map(a => a.href)")
    assert links == ["https://example.org/r2"]  # a javascript: release URL never becomes a link
    assert driver.execute_script("return window.__xss === undefined")  # ... and nothing ran
    assert driver.title == f"T {XSS}"


def test_large_graph_opens_on_the_cap_at_the_positions_python_gave(driver: Any, tmp_path: Path) -> None:
    base = nx.barabasi_albert_graph(700, 2, seed=5)
    g = nx.Graph()
    for v in base:
        g.add_node(v, kind="person", label=f"Actor {v}", country=None, country_label=None, offices=[],
                   initiatives=[], interactions=base.degree(v), degree=base.degree(v), centrality=0.0)
    for a, b in base.edges:
        g.add_edge(a, b, kind="interaction", weight=1, kinds={"call": 1}, first=None, last=None, interactions=[
            {"interaction": f"{a}-{b}", "date": "2021-05-01", "kind": "call", "place": None, "release": "r",
             "release_title": "t", "release_url": "https://example.org/r", "evidence": "s"}])
    open_page(driver, write_viewer(g, tmp_path / "large.html", title="Large"))
    assert driver.execute_script("return network.body.data.nodes.length") == DEFAULT_CAP
    assert driver.execute_script("return network.physics.options.enabled") is False
    # Positions are the ones computed in Python, not a simulation's.
    node = driver.execute_script("var d = kgViewer.data.nodes[0]; var p = network.getPositions([d.id])[d.id];"
                                 " return [d.x, d.y, p.x, p.y]")
    assert node[:2] == pytest.approx(node[2:], abs=1)  # vis reports whole units
    # "show every actor" draws all of them, still where Python put them.
    driver.execute_script("document.getElementById('show-all').click()")
    assert driver.execute_script("return network.body.data.nodes.length") == 700
    assert not moved(driver)


def moved(driver: Any) -> list[int]:
    """Nodes drawn anywhere but at the position the page was given."""
    return driver.execute_script("""
        var pos = network.getPositions(), out = [];
        kgViewer.data.nodes.forEach(function (n) {
          var p = pos[n.id];
          if (p && (Math.abs(p.x - n.x) > 1 || Math.abs(p.y - n.y) > 1)) out.push(n.id);
        });
        return out;""")
