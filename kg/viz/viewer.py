"""networkx actor network → one self-contained, offline HTML viewer (the only pyvis user).

``write_viewer(build_network(store), "network.html")`` writes a single file that
works from ``file://`` with no network access: vis-network's JavaScript and CSS (as
shipped inside pyvis) are inlined, and a Content-Security-Policy forbids the page
any request. The page has a legend, filters (date range, interaction kind, country,
affiliation edges), a search box, tooltips and a side panel with offices,
counterparts, initiatives and the source sentences linked to their releases.

Every string from the graph is untrusted: the data travels as JSON inside a
``<script type="application/json">`` element with ``<``, ``>`` and ``&`` escaped, and
the page's script writes it with ``textContent`` only; the page title is
HTML-escaped. Release links are kept only for http(s) URLs.

Large graphs: above ``PHYSICS_THRESHOLD`` nodes, positions come from networkx (a
spring layout of each component's best-connected core, the rest placed around their
neighbours) and physics is off, so the first frame is drawn at once; smaller graphs
settle with physics, which is then switched off to keep the page responsive.
"""
from __future__ import annotations

import html
import json
import math
import re
from pathlib import Path
from typing import Any

import networkx as nx
import pyvis
from pyvis.network import Network

from kg.errors import KgError
from kg.graph.ontology import INTERACTION_KINDS as KINDS

PHYSICS_THRESHOLD = 300
CORE_SIZE = 250  # nodes of a component laid out by the spring model; the rest are placed around them
SPACING = 90.0  # canvas units per node-distance
GOLDEN_ANGLE = math.pi * (3 - math.sqrt(5))
NODE_STYLE: dict[str, tuple[str, str]] = {  # kind → (vis shape, colour)
    "person": ("dot", "#4e79a7"),
    "state": ("square", "#f28e2b"),
    "organization": ("triangle", "#59a14f"),
    "initiative": ("star", "#b6992d"),
}
OTHER_STYLE = ("hexagon", "#9d9d9d")
KIND_COLOURS: dict[str, str] = {
    "meeting": "#3b6fb6", "call": "#17a2b8", "visit": "#d1495b", "signing": "#8e5ea2",
    "correspondence": "#9c755f", "multilateral": "#7f7f7f", "affiliation": "#c4c4c4",
}
_TOKEN = re.compile(r"\{\{([A-Z_]+)\}\}")


ASSETS = Path(__file__).resolve().parent / "assets"
VIS_LIB = Path(pyvis.__file__).resolve().parent / "lib" / "vis-9.1.2"  # vis-network as pyvis ships it


def _vis_assets() -> tuple[str, str]:
    lib = VIS_LIB
    return (lib / "vis-network.min.js").read_text(encoding="utf-8"), (lib / "vis-network.css").read_text(
        encoding="utf-8")


def _asset(name: str) -> str:
    return (ASSETS / name).read_text(encoding="utf-8")


def script_json(data: Any) -> str:
    """JSON safe inside a <script> element: no '<', '>' or '&' can end it or open markup."""
    text = json.dumps(data, ensure_ascii=False, separators=(",", ":"), allow_nan=False)
    return (text.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")
            .replace("\u2028", "\\u2028").replace("\u2029", "\\u2029"))


def _short(label: str, limit: int = 40) -> str:
    return label if len(label) <= limit else label[: limit - 1].rstrip() + "…"


# --- layout ---------------------------------------------------------------------------

def layout(graph: nx.Graph, *, seed: int = 7) -> dict[Any, tuple[float, float]]:
    """Positions for every node: each connected component laid out on its own (a
    spring layout of its ``CORE_SIZE`` best-connected nodes, the others placed in rings
    around an already placed neighbour), then the components packed in rows, largest
    first. Deterministic for a given graph and seed."""
    comps = sorted((sorted(c, key=str) for c in nx.connected_components(graph)),
                   key=lambda c: (-len(c), str(c[0])))
    placed: dict[Any, tuple[float, float]] = {}
    boxes = [_component(graph.subgraph(c), seed) for c in comps]
    row_width = max(SPACING * 4, math.sqrt(sum((b[1] + SPACING) * (b[2] + SPACING) for b in boxes)) * 1.2)
    x = y = row_height = 0.0
    for pos, width, height in boxes:
        if x > 0 and x + width > row_width:
            x, y, row_height = 0.0, y + row_height + SPACING, 0.0
        for node, (px, py) in pos.items():
            placed[node] = (round(x + px, 1), round(y + py, 1))
        x += width + SPACING
        row_height = max(row_height, height)
    return placed


def _component(sub: nx.Graph, seed: int) -> tuple[dict[Any, tuple[float, float]], float, float]:
    """Positions of one component, shifted to start at (0, 0), with its width and height."""
    n = sub.number_of_nodes()
    if n == 1:
        return {next(iter(sub)): (0.0, 0.0)}, 0.0, 0.0
    by_degree = sorted(sub, key=lambda v: (-sub.degree(v), str(v)))
    core = by_degree[:CORE_SIZE]
    core_pos = _spring(sub.subgraph(core), seed)
    scale = SPACING * math.sqrt(len(core)) * 0.6
    pos = {v: (p[0] * scale, p[1] * scale) for v, p in core_pos.items()}
    # The rest, breadth-first from the core: each node on a ring around its first placed neighbour.
    children: dict[Any, int] = {}
    frontier = list(core)
    while len(pos) < n:
        nxt = []
        for parent in frontier:
            for v in sorted(sub[parent], key=str):
                if v in pos:
                    continue
                k = children.get(parent, 0)
                children[parent] = k + 1
                angle = k * GOLDEN_ANGLE  # spreads siblings evenly, however many
                radius = SPACING * (0.8 + 0.35 * math.sqrt(k))
                px, py = pos[parent]
                pos[v] = (px + radius * math.cos(angle), py + radius * math.sin(angle))
                nxt.append(v)
        frontier = nxt
    xs, ys = [p[0] for p in pos.values()], [p[1] for p in pos.values()]
    x0, y0 = min(xs), min(ys)
    return {v: (p[0] - x0, p[1] - y0) for v, p in pos.items()}, max(xs) - x0, max(ys) - y0


def _spring(sub: nx.Graph, seed: int) -> dict[Any, tuple[float, float]]:
    if sub.number_of_nodes() == 1:
        return {next(iter(sub)): (0.0, 0.0)}
    try:
        pos = nx.spring_layout(sub, seed=seed, weight=None, iterations=60)
        return {v: (float(p[0]), float(p[1])) for v, p in pos.items()}
    except ImportError:  # networkx's layouts need numpy; without it, a sunflower by degree
        order = sorted(sub, key=lambda v: (-sub.degree(v), str(v)))
        radii = [math.sqrt((i + 0.5) / len(order)) for i in range(len(order))]
        return {v: (radii[i] * math.cos(i * GOLDEN_ANGLE), radii[i] * math.sin(i * GOLDEN_ANGLE))
                for i, v in enumerate(order)}


# --- the page ---------------------------------------------------------------------------

class _Table:
    """Distinct strings → small integers, so repeated titles and places travel once."""

    def __init__(self) -> None:
        self.items: list[Any] = []
        self._index: dict[Any, int] = {}

    def __call__(self, value: Any) -> int:
        if value is None:
            return -1
        key = json.dumps(value, ensure_ascii=False) if isinstance(value, list) else value
        if key not in self._index:
            self._index[key] = len(self.items)
            self.items.append(value)
        return self._index[key]


def viewer_data(graph: nx.Graph, *, title: str = "Diplomatic network", physics: bool | None = None) -> dict[str, Any]:
    """The JSON the page embeds: pyvis's node and edge lists plus shared tables.
    ``interactions`` rows are [date, kind index, place index, release index, sentence
    index, date-from-release flag, [[release index, sentence index] of other releases]]."""
    physics_on = graph.number_of_nodes() <= PHYSICS_THRESHOLD if physics is None else physics
    positions = {} if physics_on else layout(graph)
    net = Network(directed=False, cdn_resources="in_line")
    ids = {node: i for i, node in enumerate(graph.nodes)}
    releases, places, sentences, interactions = _Table(), _Table(), _Table(), _Table()
    by_interaction: dict[str, int] = {}
    kind_index = {k: i for i, k in enumerate(KINDS)}
    countries: dict[str, str] = {}

    nodes = []
    for node, data in graph.nodes(data=True):
        kind = str(data.get("kind") or "other")
        shape, colour = NODE_STYLE.get(kind, OTHER_STYLE)
        label = str(data.get("label") or node)
        if data.get("country"):
            countries[str(data["country"])] = str(data.get("country_label") or data["country"])
        item: dict[str, Any] = {
            "id": ids[node], "label": _short(label), "name": label, "shape": shape, "color": colour,
            "value": round(1 + math.sqrt(int(data.get("interactions") or 0)), 2), "kind": kind, "iri": str(node),
            "country": data.get("country"), "countryLabel": data.get("country_label"),
            "n": int(data.get("interactions") or 0), "deg": int(data.get("degree") or 0),
            "offices": [[o.get("title"), o.get("of_label"), o.get("first"), o.get("last")]
                        for o in data.get("offices") or []],
            "initiatives": [i.get("label") for i in data.get("initiatives") or []],
        }
        if node in positions:
            item["x"], item["y"] = positions[node]
        nodes.append(item)

    edges = []
    for i, (a, b, data) in enumerate(graph.edges(data=True)):
        refs = []
        for it in data.get("interactions") or []:
            key = str(it.get("interaction") or id(it))
            if key not in by_interaction:
                more = [[releases([s.get("release"), s.get("release_title"), s.get("release_url")]),
                         sentences(s.get("evidence"))] for s in (it.get("sources") or [])[1:]]
                by_interaction[key] = interactions([
                    it.get("date"), kind_index.get(it.get("kind"), -1), places(it.get("place")),
                    releases([it.get("release"), it.get("release_title"), it.get("release_url")]),
                    sentences(it.get("evidence")), 1 if it.get("date_from_release") else 0, more])
            refs.append(by_interaction[key])
        kind = str(data.get("kind") or "interaction")
        edges.append({"id": i, "from": ids[a], "to": ids[b], "kind": kind,
                      "value": int(data.get("weight") or 0), "ix": refs,
                      "affiliation": bool(data.get("affiliation")) or kind == "affiliation"})
    # pyvis holds the lists; filled directly because Network.add_edge is quadratic.
    net.nodes, net.edges = nodes, edges
    net.node_ids, net.node_map = list(range(len(nodes))), {n["id"]: n for n in nodes}
    meta = {key: graph.graph.get(key) for key in ("since", "until", "kinds", "countries", "depth")}
    meta["focus"] = [graph.nodes[f]["label"] for f in graph.graph.get("focus") or [] if f in graph]
    xs, ys = [p[0] for p in positions.values()], [p[1] for p in positions.values()]
    extent = max(max(xs) - min(xs), max(ys) - min(ys)) if positions else 0.0
    return {
        "title": title, "physics": physics_on, "extent": extent, "kinds": list(KINDS), "kindColours": KIND_COLOURS,
        "nodeStyles": {k: list(v) for k, v in NODE_STYLE.items()}, "meta": meta,
        "countries": sorted(countries.items(), key=lambda kv: kv[1]),
        "nodes": net.nodes, "edges": net.edges, "interactions": interactions.items,
        "releases": releases.items, "places": places.items, "sentences": sentences.items,
    }


def render_viewer(graph: nx.Graph, *, title: str = "Diplomatic network", physics: bool | None = None) -> str:
    """The viewer page as a string (see ``write_viewer``)."""
    vis_js, vis_css = _vis_assets()
    if "</script" in vis_js.lower():  # would end its inline <script> element early
        raise KgError(f"{VIS_LIB}: this vis-network bundle cannot be inlined; reinstall pyvis==0.3.2")
    values = {
        "TITLE": html.escape(title), "VIS_CSS": vis_css, "CSS": _asset("viewer.css"),
        "DATA": script_json(viewer_data(graph, title=title, physics=physics)),
        "VIS_JS": vis_js, "JS": _asset("viewer.js"),
    }
    return _TOKEN.sub(lambda m: values[m.group(1)], _asset("viewer.html"))


def write_viewer(graph: nx.Graph, path: str | Path, *, title: str = "Diplomatic network",
                 physics: bool | None = None) -> Path:
    """Write the offline HTML viewer of ``graph`` (from ``kg.analysis.network.build_network``)
    to ``path`` and return it. ``physics`` None: on up to ``PHYSICS_THRESHOLD`` nodes,
    else positions from networkx; True/False force it."""
    out = Path(path)
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(render_viewer(graph, title=title, physics=physics), encoding="utf-8")
    return out


__all__ = ["PHYSICS_THRESHOLD", "layout", "render_viewer", "script_json", "viewer_data", "write_viewer"]
