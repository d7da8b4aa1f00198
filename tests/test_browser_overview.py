"""The viewer at corpus scale, in headless Chromium, on a store of 2,000 generated
releases (bench/generate.py, ingested in-process): the default view is an overview of at
most the cap of actors with labels apart; filters hide and never move; a click fills the
panel; the time range hides what lies outside it; a focus actor is marked and centred.
"""
from __future__ import annotations

import importlib.util
import sys
from itertools import combinations
from pathlib import Path
from typing import Any

import networkx as nx
import pytest

from kg.analysis.network import build_network
from kg.ingest import ingest
from kg.store import Store, open_store
from kg.viz.viewer import DEFAULT_CAP, write_viewer
from tests.conftest_browser import driver, open_page  # noqa: F401 (a fixture)

pytestmark = pytest.mark.browser
BENCH = Path(__file__).resolve().parent.parent / "bench"
RELEASES = 2_000


@pytest.fixture(scope="module")
def generated(tmp_path_factory: pytest.TempPathFactory) -> nx.Graph:
    """The actor network of 2,000 generated releases."""
    spec = importlib.util.spec_from_file_location("bench_generate", BENCH / "generate.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    sys.modules.setdefault("bench_generate", module)
    spec.loader.exec_module(module)
    corpus = tmp_path_factory.mktemp("generated") / "releases.jsonl"
    module.write(corpus, RELEASES, 1)
    store: Store = open_store(":memory:")
    report = ingest([corpus], store=store)
    assert report.failed == 0 and report.new == RELEASES
    graph = build_network(store)
    assert graph.number_of_nodes() > 2 * DEFAULT_CAP  # else the cap tests prove nothing
    return graph


@pytest.fixture(scope="module")
def page(generated: nx.Graph, tmp_path_factory: pytest.TempPathFactory) -> Path:
    return write_viewer(generated, tmp_path_factory.mktemp("page") / "overview.html", title="Generated")


def shown(driver: Any) -> set[int]:
    return set(driver.execute_script("return kgViewer.nodeView.getIds()"))


def positions(driver: Any) -> dict[str, tuple[float, float]]:
    return {k: (v["x"], v["y"]) for k, v in driver.execute_script("return network.getPositions()").items()}


def test_default_view_draws_at_most_the_cap_with_labels_apart(driver: Any, page: Path) -> None:
    open_page(driver, page)
    assert len(shown(driver)) == DEFAULT_CAP
    labels = driver.execute_script("return kgViewer.labels()")
    assert len(labels) >= 10
    # Recompute each label's box from the network: the node's position on screen, its
    # size at this zoom and the label's measured width; the page must agree, and no two
    # boxes may overlap or leave the canvas.
    facts = driver.execute_script("""
        var ctx = document.createElement('canvas').getContext('2d'), out = [];
        ctx.font = kgViewer.labelFont;
        var scale = network.getScale(), canvas = document.querySelector('#network canvas');
        arguments[0].forEach(function (b) {
          var n = kgViewer.data.nodes[b.id], p = network.getPositions([b.id])[b.id];
          var dom = network.canvasToDOM(p);
          out.push({dom: dom, r: n.size * scale, w: Math.ceil(ctx.measureText(n.label).width) + 2 * kgViewer.labelPad,
                    text: n.label});
        });
        return [out, canvas.clientWidth, canvas.clientHeight];""", labels)
    boxes, width, height = facts
    ids = shown(driver)
    for label, fact in zip(labels, boxes):
        assert label["id"] in ids and label["text"] == fact["text"]
        assert label["w"] == pytest.approx(fact["w"], abs=1)
        assert 0 <= label["x"] and label["x"] + label["w"] <= width and 0 <= label["y"]
        assert label["y"] + label["h"] <= height  # inside the canvas: not clipped
        below, above = fact["dom"]["y"] + fact["r"], fact["dom"]["y"] - fact["r"] - label["h"]
        assert min(abs(label["y"] - below), abs(label["y"] - above)) <= 3  # beside its own node
        assert label["x"] <= fact["dom"]["x"] + 1 or label["x"] <= 1 or label["x"] + label["w"] >= width - 1
    for a, b in combinations(labels, 2):
        apart = (a["x"] + a["w"] <= b["x"] or b["x"] + b["w"] <= a["x"]
                 or a["y"] + a["h"] <= b["y"] or b["y"] + b["h"] <= a["y"])
        assert apart, (a["text"], b["text"])
    # The overview holds the most connected actors.
    top = driver.execute_script("return kgViewer.data.nodes.filter(function (n) { return n.r < 20; })"
                                ".map(function (n) { return n.id; })")
    assert set(top) <= ids


def test_a_filter_toggled_off_and_on_restores_every_node(driver: Any, page: Path) -> None:
    open_page(driver, page)
    before_ids, before = shown(driver), positions(driver)
    driver.execute_script("document.querySelector('#kinds input[value=meeting]').click()")
    assert shown(driver) != before_ids  # the filter changed what is drawn
    driver.execute_script("document.getElementById('show-all').click()")  # and every actor, at once
    driver.execute_script("document.getElementById('show-all').click()")
    driver.execute_script("document.querySelector('#kinds input[value=meeting]').click()")
    assert shown(driver) == before_ids
    after = positions(driver)
    assert set(after) == set(before)
    assert all(after[k] == pytest.approx(before[k], abs=1) for k in before)
    # Those are the positions computed in Python, for every node: nothing was re-laid out.
    driver.execute_script("document.getElementById('show-all').click()")
    every = driver.execute_script("""
        var pos = network.getPositions(), bad = 0;
        kgViewer.data.nodes.forEach(function (n) {
          var p = pos[n.id];
          if (!p || Math.abs(p.x - n.x) > 1 || Math.abs(p.y - n.y) > 1) bad++;
        });
        return [Object.keys(pos).length, bad];""")
    assert every == [len(driver.execute_script("return kgViewer.data.nodes")), 0]


def click_node(driver: Any, node_id: int) -> None:
    """A real mouse click on the node where it is drawn."""
    from selenium.webdriver.common.action_chains import ActionChains

    canvas = driver.find_element("css selector", "#network canvas")
    x, y, w, h = driver.execute_script(
        "var d = network.canvasToDOM(network.getPositions([arguments[0]])[arguments[0]]);"
        "var c = document.querySelector('#network canvas'); return [d.x, d.y, c.clientWidth, c.clientHeight];",
        node_id)
    ActionChains(driver).move_to_element_with_offset(canvas, int(x - w / 2), int(y - h / 2)).click().perform()


def test_clicking_a_node_fills_the_panel_and_it_follows_the_filters(driver: Any, page: Path) -> None:
    open_page(driver, page)
    top = driver.execute_script("return kgViewer.data.nodes.filter(function (n) { return n.r === 0; })[0]")
    driver.execute_script("network.moveTo({position: network.getPositions([arguments[0]])[arguments[0]], scale: 1.5})",
                          top["id"])
    click_node(driver, top["id"])
    panel = driver.find_element("id", "panel")
    assert panel.find_element("css selector", "h2").text == top["name"]
    headings = [h.text.lower() for h in panel.find_elements("css selector", "h3")]
    assert "topics" in headings and "sources" in headings
    assert driver.execute_script("return kgViewer.selection()") == ["node", top["id"]]
    # The neighbourhood stands out: the rest fades.
    faded = driver.execute_script("""
        var keep = {}; keep[arguments[0]] = 1;
        network.getConnectedNodes(arguments[0]).forEach(function (id) { keep[id] = 1; });
        var dim = 0, bright = 0;
        kgViewer.nodeView.get().forEach(function (n) { if (keep[n.id]) bright += n.opacity === 1; else dim += n.opacity < 1; });
        return [dim, bright, Object.keys(keep).length];""", top["id"])
    assert faded[0] > 0 and faded[1] == min(faded[2], len(shown(driver)))
    sources = len(panel.find_elements("css selector", ".sources > li"))
    driver.execute_script("document.querySelector('#kinds input[value=meeting]').click()")
    assert panel.find_element("css selector", "h2").text == top["name"]  # still the same actor ...
    assert len(panel.find_elements("css selector", ".sources > li")) < sources  # ... with fewer sources
    for when in panel.find_elements("css selector", ".sources > li > .when"):
        assert " · meeting" not in when.text
    # Hidden counterparts can be brought in.
    driver.execute_script("document.querySelector('#kinds input[value=meeting]').click()")
    hidden = driver.execute_script("return document.querySelector('#panel button.expand')")
    if hidden is not None:
        count = len(shown(driver))
        n = int(hidden.text.split()[1])
        hidden.click()
        assert len(shown(driver)) == count + n


def test_the_time_range_hides_interactions_outside_it(driver: Any, page: Path) -> None:
    open_page(driver, page)
    driver.execute_script("document.getElementById('show-all').click()")
    months = driver.execute_script("""
        var a = document.getElementById('time-from'), b = document.getElementById('time-to');
        var n = +a.max; a.value = String(Math.floor(n / 3)); a.dispatchEvent(new Event('input'));
        b.value = String(Math.floor(n / 2)); b.dispatchEvent(new Event('input'));
        return [document.getElementById('date-from').value, document.getElementById('date-to').value];""")
    lo, hi = months
    assert lo and hi and lo < hi
    check = driver.execute_script("""
        var D = kgViewer.data, on = {}, lo = arguments[0], hi = arguments[1], bad = [], kept = 0, gone = 0;
        kgViewer.edgeView.getIds().forEach(function (id) { on[id] = 1; });
        function start(d) { return !d ? '' : d.length === 4 ? d + '-01-01' : d.length === 7 ? d + '-01' : d; }
        D.edges.forEach(function (e) {
          if (e.kind === 'affiliation') return;
          var inside = e.ix.some(function (i) { var d = start(D.interactions[i][0]); return d && d >= lo && d <= hi; });
          if (on[e.id] && !inside) bad.push(e.id);
          if (on[e.id]) kept++; else if (!inside) gone++;
        });
        return [bad, kept, gone];""", lo, hi)
    bad, kept, gone = check
    assert bad == [] and kept > 0 and gone > 0
    years = driver.execute_script(
        "return Array.from(document.querySelectorAll('#histogram .bar')).map(function (b) { return b.dataset.year; })")
    assert years and all(lo[:4] <= y <= hi[:4] for y in years)
    # An actor's panel lists only what happened in the range.
    busiest = driver.execute_script("""
        var best = null;
        kgViewer.nodeView.get().forEach(function (n) { var d = kgViewer.data.nodes[n.id]; if (!best || d.r < best.r) best = d; });
        return best.id;""")
    driver.execute_script("network.body.emitter.emit('click', {nodes: [arguments[0]], edges: [],"
                          " pointer: {DOM: {x: 0, y: 0}, canvas: {x: 0, y: 0}}})", busiest)
    dates = driver.execute_script("return Array.from(document.querySelectorAll('#panel .sources > li > .when'))"
                                  ".map(function (w) { return w.textContent.split(' · ')[0]; })")
    assert dates and all(lo <= d[:10] <= hi for d in dates if d != "undated")


def test_a_focus_actor_is_marked_and_centred(driver: Any, generated: nx.Graph, tmp_path: Path) -> None:
    hub = max(generated, key=lambda v: generated.nodes[v]["degree"])
    store_free = generated.subgraph({hub, *generated[hub]}).copy()  # an ego network, as --focus builds it
    store_free.graph["focus"], store_free.graph["depth"] = [hub], 1
    open_page(driver, write_viewer(store_free, tmp_path / "focus.html"))
    fid = driver.execute_script("return kgViewer.data.focus[0]")
    assert fid in shown(driver)
    item = driver.execute_script("return kgViewer.nodeView.get(arguments[0])", fid)
    assert item["borderWidth"] > 1
    centre = driver.execute_script("var v = network.getViewPosition(), p = network.getPositions([arguments[0]])"
                                   "[arguments[0]]; return [v.x, v.y, p.x, p.y]", fid)
    assert centre[:2] == pytest.approx(centre[2:], abs=2)
    assert fid in [b["id"] for b in driver.execute_script("return kgViewer.labels()")]  # always labelled
