"""The HTML viewer (kg.viz): offline, escaped, and holding exactly the graph it was given."""
from __future__ import annotations

import json
import re
from html.parser import HTMLParser
from pathlib import Path

import networkx as nx
import pytest

from kg.ingest import ingest
from kg.analysis.network import build_network
from kg.store import open_store
from kg.viz.layout import communities
from kg.viz.viewer import DEFAULT_CAP, layout, render_viewer, script_json, viewer_data, write_viewer

SCRIPT = "<script>alert(1)</script>"
IMG = "<img src=x onerror=alert(1)>"
HOSTILE = [SCRIPT, IMG, "</script><script>alert(2)</script>", "\"'><svg onload=alert(3)>", "a & b", "\u2028x"]


class Page(HTMLParser):
    """What a browser would build: elements, attributes, and each script's text."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.tags: list[tuple[str, dict[str, str | None]]] = []
        self.scripts: list[tuple[dict[str, str | None], str]] = []
        self._in_script: dict[str, str | None] | None = None
        self._buf: list[str] = []
        self.text: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append((tag, dict(attrs)))
        if tag == "script":
            self._in_script, self._buf = dict(attrs), []

    def handle_endtag(self, tag: str) -> None:
        if tag == "script" and self._in_script is not None:
            self.scripts.append((self._in_script, "".join(self._buf)))
            self._in_script = None

    def handle_data(self, data: str) -> None:
        if self._in_script is not None:
            self._buf.append(data)
        else:
            self.text.append(data)


def parse(html_text: str) -> Page:
    page = Page()
    page.feed(html_text)
    page.close()
    return page


def embedded(page: Page) -> dict:
    [data] = [body for attrs, body in page.scripts if attrs.get("id") == "kg-data"]
    return json.loads(data)


def hostile_graph() -> nx.Graph:
    g = nx.Graph()
    for i, name in enumerate(HOSTILE):
        g.add_node(f"p{i}", kind="person", label=name, country="KZ", country_label=IMG,
                   offices=[{"title": SCRIPT, "of": "x", "of_label": IMG, "first": "2020", "last": "2021"}],
                   initiatives=[{"label": SCRIPT, "iri": "x"}], interactions=1, degree=1, centrality=0.5)
    g.add_node("KZ", kind="state", label=f"State {SCRIPT}", country="KZ", country_label=IMG, offices=[],
               initiatives=[], interactions=0, degree=0, centrality=0.0)
    item = {"interaction": "i1", "date": "2021-07", "date_from_release": False, "kind": "meeting", "place": IMG,
            "release": SCRIPT, "release_title": IMG, "release_url": "javascript:alert(1)", "evidence": SCRIPT}
    for i in range(len(HOSTILE) - 1):
        g.add_edge(f"p{i}", f"p{i + 1}", kind="interaction", weight=1, kinds={"meeting": 1}, first="2021-07",
                   last="2021-07", interactions=[item])
    g.add_edge("p0", "KZ", kind="affiliation", weight=0, interactions=[], kinds={}, first=None, last=None)
    return g


EXTERNAL = re.compile(r"""(?:\bsrc|\bhref|\baction|\bposter|\bdata)\s*=\s*["']?\s*(?:https?:)?//"""
                      r"""|url\(\s*["']?\s*(?:https?:)?//|@import|<link\b""", re.IGNORECASE)


def test_page_holds_no_external_url(tmp_path: Path) -> None:
    html_text = write_viewer(hostile_graph(), tmp_path / "v.html").read_text(encoding="utf-8")
    assert not EXTERNAL.findall(html_text)
    page = parse(html_text)
    assert all("src" not in attrs for tag, attrs in page.tags if tag in {"script", "img", "iframe"})
    assert not [t for t, _ in page.tags if t in {"link", "img", "iframe", "object", "embed", "base"}]
    assert not re.search(r"cdnjs|jsdelivr|unpkg|bootstrap", html_text, re.IGNORECASE)
    csp = [a["content"] for t, a in page.tags if t == "meta" and a.get("http-equiv") == "Content-Security-Policy"]
    assert csp and "default-src 'none'" in csp[0]
    # vis-network itself is inlined: the page draws without any file beside it.
    assert any("vis-network" in body and len(body) > 100_000 for _, body in page.scripts)


def test_hostile_names_are_escaped_and_never_markup(tmp_path: Path) -> None:
    graph = hostile_graph()
    html_text = write_viewer(graph, tmp_path / "v.html", title=f"Report {SCRIPT}").read_text(encoding="utf-8")
    for bad in (SCRIPT, IMG, "<svg", "alert(2)</script>"):
        assert bad not in html_text  # in the data they are \u003c...\u003e, inert
    page = parse(html_text)
    # Only our three scripts exist; no element came from the data.
    assert len(page.scripts) == 3
    assert [t for t, _ in page.tags if t in {"img", "svg"}] == []
    assert f"Report {SCRIPT}" in "".join(page.text)  # the title is shown, as text
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html_text
    data = embedded(page)
    assert sorted(n["name"] for n in data["nodes"] if n["kind"] == "person") == sorted(HOSTILE)
    assert data["sentences"] == [SCRIPT] and data["places"] == [IMG]
    # The page's own script writes text with textContent, never as markup.
    [ours] = [body for attrs, body in page.scripts if not attrs and "kg-data" in body]
    assert not re.search(r"innerHTML|outerHTML|insertAdjacentHTML|document\.write|\beval\(", ours)


def test_release_links_only_for_http_urls() -> None:
    data = embedded(parse(render_viewer(hostile_graph())))
    assert data["releases"] == [[SCRIPT, IMG, "javascript:alert(1)"]]  # kept as data ...
    assets = Path(__file__).resolve().parent.parent / "kg" / "viz" / "assets"
    js = "".join(p.read_text() for p in sorted(assets.glob("*.js")))
    assert "safeUrl(r[2])" in js and "/^https?:\\/\\//i" in js  # ... but only http(s) becomes a link


def test_script_json_cannot_end_its_element() -> None:
    text = script_json({"x": "</script><!-- & \u2028"})
    assert "<" not in text and ">" not in text and "&" not in text and "\u2028" not in text
    assert json.loads(text) == {"x": "</script><!-- & \u2028"}


def test_node_and_edge_counts_in_the_data_equal_the_graph() -> None:
    graph = hostile_graph()
    data = embedded(parse(render_viewer(graph)))
    assert len(data["nodes"]) == graph.number_of_nodes()
    assert len(data["edges"]) == graph.number_of_edges()
    assert {e["kind"] for e in data["edges"]} == {"interaction", "affiliation"}
    assert len(data["interactions"]) == 1  # one interaction shared by the edges, stored once


def test_every_release_reporting_an_interaction_travels() -> None:
    graph = hostile_graph()
    second = {"release": "r2", "release_title": "Second report", "release_url": "https://mfa.example/r2",
              "evidence": "Reported again."}
    for _, _, d in graph.edges(data=True):
        for it in d["interactions"]:
            it["sources"] = [{k: it[k] for k in ("release", "release_title", "release_url", "evidence")}, second]
    data = embedded(parse(render_viewer(graph)))
    [row] = data["interactions"]
    [[rel, sentence]] = row[6]
    assert data["releases"][rel] == ["r2", "Second report", "https://mfa.example/r2"]
    assert data["sentences"][sentence] == "Reported again."


def synthetic(n: int) -> nx.Graph:
    g = nx.Graph()
    base = nx.barabasi_albert_graph(n, 2, seed=3)
    for v in base:
        g.add_node(v, kind="person", label=f"P{v}", country=None, country_label=None, offices=[], initiatives=[],
                   interactions=base.degree(v), degree=base.degree(v), centrality=0.0)
    for a, b in base.edges:
        g.add_edge(a, b, kind="interaction", weight=1, kinds={"call": 1}, first="2020", last="2020", interactions=[
            {"interaction": f"{a}-{b}", "date": "2020", "kind": "call", "place": None, "release": "r",
             "release_title": "t", "release_url": None, "evidence": None}])
    return g


@pytest.mark.parametrize("n", [40, 450])
def test_every_graph_gets_its_positions_from_python(n: int) -> None:
    graph = synthetic(n)
    data = embedded(parse(render_viewer(graph)))
    assert all("x" in n and "y" in n for n in data["nodes"])
    assert len({(n["x"], n["y"]) for n in data["nodes"]}) == graph.number_of_nodes()  # no two on one spot
    assert render_viewer(graph) == render_viewer(graph)  # deterministic


def test_overview_cap_and_rank_travel_with_the_data() -> None:
    graph = synthetic(300)
    data = viewer_data(graph)
    assert data["cap"] == DEFAULT_CAP and viewer_data(graph, cap=0)["cap"] == 0
    by_rank = sorted(data["nodes"], key=lambda n: n["r"])
    assert sorted(n["r"] for n in data["nodes"]) == list(range(300))
    degrees = [graph.degree(int(n["iri"])) for n in by_rank]
    assert degrees == sorted(degrees, reverse=True)  # the most connected come first


def test_two_groups_get_two_community_colours() -> None:
    graph = nx.Graph()
    for v in range(10):
        graph.add_node(v, kind="person", label=f"P{v}", interactions=3, degree=4)
    for group in (range(5), range(5, 10)):
        graph.add_edges_from(((a, b) for a in group for b in group if a < b), kind="interaction", weight=2)
    graph.add_edge(4, 5, kind="interaction", weight=1)
    assert sorted(sorted(c) for c in communities(graph)) == [[0, 1, 2, 3, 4], [5, 6, 7, 8, 9]]
    data = viewer_data(graph)
    colour = {int(n["iri"]): data["communities"][n["c"]][0] for n in data["nodes"]}
    assert len({colour[v] for v in range(5)}) == 1 and colour[0] != colour[9]


def test_topics_of_each_interaction_travel_once() -> None:
    graph = hostile_graph()
    for _, _, d in graph.edges(data=True):
        for it in d["interactions"]:
            it["topics"] = ["Security", IMG]
    data = embedded(parse(render_viewer(graph)))
    assert data["topics"] == ["Security", IMG]
    assert [row[7] for row in data["interactions"]] == [[0, 1]]


def test_layout_places_every_node_of_every_component() -> None:
    graph = nx.disjoint_union_all([nx.path_graph(5), nx.star_graph(600), nx.empty_graph(3)])
    pos = layout(graph)
    assert set(pos) == set(graph)
    assert len(set(pos.values())) == graph.number_of_nodes()


def test_layout_without_numpy_falls_back_to_a_deterministic_spiral(monkeypatch: pytest.MonkeyPatch) -> None:
    def no_numpy(*args: object, **kwargs: object) -> None:
        raise ImportError("numpy")

    monkeypatch.setattr(nx, "spring_layout", no_numpy)
    graph = nx.barabasi_albert_graph(400, 2, seed=1)
    pos = layout(graph)
    assert set(pos) == set(graph) and len(set(pos.values())) == 400
    assert pos == layout(graph)


def test_hostile_release_through_the_whole_pipeline(tmp_path: Path) -> None:
    (tmp_path / "rel").mkdir()
    (tmp_path / "rel" / "kz-2021-03-10-hostile.txt").write_text(
        f"Kazakhstan and Uzbekistan {SCRIPT} strengthen cooperation\n\n"
        "ASTANA, March 10, 2021 – Minister of Foreign Affairs of the Republic of Kazakhstan Mukhtar Tileuberdi "
        f"met with Minister of Foreign Affairs of Uzbekistan Abdulaziz Kamilov in Astana {IMG}.\n", encoding="utf-8")
    store = open_store(":memory:")
    assert ingest([tmp_path / "rel"], store=store).failed == 0
    graph = build_network(store)
    html_text = write_viewer(graph, tmp_path / "v.html").read_text(encoding="utf-8")
    assert SCRIPT not in html_text and IMG not in html_text
    data = embedded(parse(html_text))
    assert len(data["nodes"]) == graph.number_of_nodes() >= 2
    assert any(SCRIPT in r[1] for r in data["releases"])  # the title travelled, as data
    assert any(IMG in s for s in data["sentences"])


def test_empty_graph_renders() -> None:
    data = embedded(parse(render_viewer(nx.Graph())))
    assert data["nodes"] == [] and data["edges"] == []
