"""Where the viewer puts each actor and what it shows first: positions computed once in
Python (so filters in the page hide nodes, never re-lay them out), communities for the
colours, and the order of importance the overview's cap follows.

Positions: each connected component is laid out on its own (a spring layout of its
``CORE_SIZE`` best-connected nodes, the others placed in rings around an already placed
neighbour), then the components are packed in rows, largest first. Deterministic for a
given graph and seed; without numpy, the spring layout falls back to a sunflower.
"""
from __future__ import annotations

import math
from typing import Any

import networkx as nx

CORE_SIZE = 250  # nodes of a component laid out by the spring model; the rest are placed around them
SPACING = 90.0  # canvas units per node-distance
GOLDEN_ANGLE = math.pi * (3 - math.sqrt(5))
PALETTE = ("#4e79a7", "#e15759", "#59a14f", "#f28e2b", "#b07aa1", "#76b7b2", "#edc948", "#ff9da7",
           "#9c755f", "#2f4b7c", "#a05195", "#665191")  # the largest communities; the rest grey
OTHER_COMMUNITY = "#a0a0a0"


def importance(graph: nx.Graph) -> list[Any]:
    """Nodes, most connected first: distinct counterparts, then interactions, then label.
    The overview shows the first ``cap`` of those that pass the page's filters."""
    return sorted(graph, key=lambda v: (-int(graph.nodes[v].get("degree") or 0),
                                        -int(graph.nodes[v].get("interactions") or 0),
                                        str(graph.nodes[v].get("label") or v), str(v)))


def communities(graph: nx.Graph, *, seed: int = 7) -> list[list[Any]]:
    """Groups of actors that interact more among themselves than with others (Louvain
    on the interaction edges, weighted by their count), largest first; an actor with no
    interaction edge is a group of its own."""
    inter = nx.Graph()
    inter.add_nodes_from(graph)
    inter.add_weighted_edges_from((a, b, max(1, int(d.get("weight") or 1))) for a, b, d in graph.edges(data=True)
                                  if d.get("kind", "interaction") != "affiliation")
    if inter.number_of_edges() == 0:
        groups = [{v} for v in inter]
    else:
        groups = nx.community.louvain_communities(inter, weight="weight", seed=seed)
    rank = {v: i for i, v in enumerate(importance(graph))}
    return sorted((sorted(g, key=rank.__getitem__) for g in groups), key=lambda g: (-len(g), rank[g[0]]))


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
    scale = SPACING * math.sqrt(len(core)) * 0.9
    pos = _spread({v: (p[0] * scale, p[1] * scale) for v, p in core_pos.items()}, SPACING)
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


def _spread(pos: dict[Any, tuple[float, float]], gap: float, rounds: int = 60) -> dict[Any, tuple[float, float]]:
    """Push apart nodes closer than ``gap`` (a spring layout piles the spokes of a hub
    on one another), a few steps at a time, so the overview has room for labels."""
    if len(pos) < 2:
        return pos
    try:
        import numpy as np
    except ImportError:
        return pos
    keys = list(pos)
    xy = np.array([pos[k] for k in keys], dtype=float)
    for _ in range(rounds):
        delta = xy[:, None, :] - xy[None, :, :]
        dist = np.sqrt((delta ** 2).sum(axis=2)) + np.eye(len(keys)) * gap * 10
        push = np.clip(gap - dist, 0, None) / np.maximum(dist, 1e-6) / 2
        if not push.any():
            break
        xy += (delta * push[:, :, None]).sum(axis=1) * 0.5
    return {k: (float(x), float(y)) for k, (x, y) in zip(keys, xy)}


def _spring(sub: nx.Graph, seed: int) -> dict[Any, tuple[float, float]]:
    if sub.number_of_nodes() == 1:
        return {next(iter(sub)): (0.0, 0.0)}
    try:
        pos = nx.spring_layout(sub, seed=seed, weight=None, iterations=80, k=2.0 / math.sqrt(sub.number_of_nodes()))
        return {v: (float(p[0]), float(p[1])) for v, p in pos.items()}
    except ImportError:  # networkx's layouts need numpy; without it, a sunflower by degree
        order = sorted(sub, key=lambda v: (-sub.degree(v), str(v)))
        radii = [math.sqrt((i + 0.5) / len(order)) for i in range(len(order))]
        return {v: (radii[i] * math.cos(i * GOLDEN_ANGLE), radii[i] * math.sin(i * GOLDEN_ANGLE))
                for i, v in enumerate(order)}


__all__ = ["communities", "importance", "layout"]
