"""networkx actor network → one self-contained, offline HTML viewer (the only pyvis user).

``write_viewer(build_network(store), "network.html")`` writes a single file that
works from ``file://`` with no network access: vis-network's JavaScript and CSS (as
shipped inside pyvis) are inlined, and a Content-Security-Policy forbids the page
any request.

Overview first, details on demand: the page opens on the ``cap`` most connected actors
that pass its filters (the rest are a search, a click on "show hidden counterparts" or
"show all" away), coloured by community (``kg.viz.layout``), at positions computed once
here, so filters hide nodes and never move them; labels are drawn by the page only where
they fit without overlapping. Clicking an actor or a link highlights its neighbourhood
and fills a side panel (offices, counterparts, topics, a per-year histogram, the source
sentences linked to their releases) that follows the filters: a time range, interaction
kinds, a topic, a country, affiliation edges. The actors of ``--focus`` are marked and
centred.

Every string from the graph is untrusted: the data travels as JSON inside a
``<script type="application/json">`` element with ``<``, ``>`` and ``&`` escaped, and
the page's script writes it with ``textContent`` only; the page title is
HTML-escaped. Release links are kept only for http(s) URLs. The page's script is the
files of ``assets/`` named in ``SCRIPTS``, in that order, in one function scope.
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
from kg.viz.layout import OTHER_COMMUNITY, PALETTE, communities, importance, layout

DEFAULT_CAP = 150  # actors the overview shows at first
NODE_SHAPES: dict[str, str] = {"person": "dot", "state": "square", "organization": "triangle", "initiative": "star"}
OTHER_SHAPE = "hexagon"
KIND_COLOURS: dict[str, str] = {
    "meeting": "#3b6fb6", "call": "#17a2b8", "visit": "#d1495b", "signing": "#8e5ea2",
    "correspondence": "#9c755f", "multilateral": "#7f7f7f", "affiliation": "#c4c4c4",
}
SCRIPTS = ("core.js", "labels.js", "panel.js", "viewer.js")
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


def _short(label: str, limit: int = 32) -> str:
    return label if len(label) <= limit else label[: limit - 1].rstrip() + "…"


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


def viewer_data(graph: nx.Graph, *, title: str = "Diplomatic network", cap: int = DEFAULT_CAP) -> dict[str, Any]:
    """The JSON the page embeds: pyvis's node and edge lists plus shared tables.
    ``interactions`` rows are [date, kind index, place index, release index, sentence
    index, date-from-release flag, [[release index, sentence index] of other releases],
    [topic indexes]]. Nodes carry their position (``x``, ``y``), ``size``, community
    ``c`` and rank ``r`` (0 = most connected); ``cap`` 0 shows every actor."""
    positions = layout(graph)
    rank = {v: i for i, v in enumerate(importance(graph))}
    groups = communities(graph)
    community = {v: i for i, g in enumerate(groups) for v in g}
    most = max((int(d.get("interactions") or 0) for _, d in graph.nodes(data=True)), default=0) or 1
    net = Network(directed=False, cdn_resources="in_line")
    ids = {node: i for i, node in enumerate(graph.nodes)}
    releases, places, sentences, interactions, topics = _Table(), _Table(), _Table(), _Table(), _Table()
    by_interaction: dict[str, int] = {}
    kind_index = {k: i for i, k in enumerate(KINDS)}
    countries: dict[str, str] = {}

    nodes = []
    for node, data in graph.nodes(data=True):
        kind = str(data.get("kind") or "other")
        label = str(data.get("label") or node)
        if data.get("country"):
            countries[str(data["country"])] = str(data.get("country_label") or data["country"])
        n = int(data.get("interactions") or 0)
        x, y = positions[node]
        nodes.append({
            "id": ids[node], "label": _short(label), "name": label, "shape": NODE_SHAPES.get(kind, OTHER_SHAPE),
            "size": round(12 + 40 * math.sqrt(n / most), 1), "kind": kind, "iri": str(node),
            "country": data.get("country"), "countryLabel": data.get("country_label"),
            "n": n, "deg": int(data.get("degree") or 0), "c": community[node], "r": rank[node], "x": x, "y": y,
            "offices": [[o.get("title"), o.get("of_label"), o.get("first"), o.get("last")]
                        for o in data.get("offices") or []],
            "initiatives": [i.get("label") for i in data.get("initiatives") or []],
        })

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
                    sentences(it.get("evidence")), 1 if it.get("date_from_release") else 0, more,
                    [topics(t) for t in it.get("topics") or []]])
            refs.append(by_interaction[key])
        kind = str(data.get("kind") or "interaction")
        edges.append({"id": i, "from": ids[a], "to": ids[b], "kind": kind,
                      "value": int(data.get("weight") or 0), "ix": refs,
                      "affiliation": bool(data.get("affiliation")) or kind == "affiliation"})
    # pyvis holds the lists; filled directly because Network.add_edge is quadratic.
    net.nodes, net.edges = nodes, edges
    net.node_ids, net.node_map = list(range(len(nodes))), {n["id"]: n for n in nodes}
    meta = {key: graph.graph.get(key) for key in ("since", "until", "kinds", "countries", "depth")}
    focus = [f for f in graph.graph.get("focus") or [] if f in graph]
    meta["focus"] = [graph.nodes[f]["label"] for f in focus]
    return {
        "title": title, "cap": max(0, int(cap)), "focus": [ids[f] for f in focus], "kinds": list(KINDS),
        "kindColours": KIND_COLOURS, "shapes": NODE_SHAPES, "meta": meta,
        "communities": [[PALETTE[i] if i < len(PALETTE) and len(g) > 1 else OTHER_COMMUNITY, len(g),
                         [str(graph.nodes[v].get("label") or v) for v in g[:3]]] for i, g in enumerate(groups)],
        "countries": sorted(countries.items(), key=lambda kv: kv[1]),
        "nodes": net.nodes, "edges": net.edges, "interactions": interactions.items,
        "releases": releases.items, "places": places.items, "sentences": sentences.items, "topics": topics.items,
    }


def render_viewer(graph: nx.Graph, *, title: str = "Diplomatic network", cap: int = DEFAULT_CAP) -> str:
    """The viewer page as a string (see ``write_viewer``)."""
    vis_js, vis_css = _vis_assets()
    if "</script" in vis_js.lower():  # would end its inline <script> element early
        raise KgError(f"{VIS_LIB}: this vis-network bundle cannot be inlined; reinstall pyvis==0.3.2")
    ours = "\n".join(_asset(name) for name in SCRIPTS)
    values = {
        "TITLE": html.escape(title), "VIS_CSS": vis_css, "CSS": _asset("viewer.css"),
        "DATA": script_json(viewer_data(graph, title=title, cap=cap)),
        "VIS_JS": vis_js, "JS": "(function () {\n'use strict';\n" + ours + "\n})();",
    }
    return _TOKEN.sub(lambda m: values[m.group(1)], _asset("viewer.html"))


def write_viewer(graph: nx.Graph, path: str | Path, *, title: str = "Diplomatic network",
                 cap: int = DEFAULT_CAP) -> Path:
    """Write the offline HTML viewer of ``graph`` (from ``kg.analysis.network.build_network``)
    to ``path`` and return it. ``cap``: how many actors the overview shows at first (0: all)."""
    out = Path(path)
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(render_viewer(graph, title=title, cap=cap), encoding="utf-8")
    return out


__all__ = ["DEFAULT_CAP", "layout", "render_viewer", "script_json", "viewer_data", "write_viewer"]
