"""Time to first drawn frame of the HTML viewer in headless Chromium.

Synthetic actor networks with the attributes ``kg.analysis.network.build_network`` produces
(persons, states, organisations; offices; aggregated edges with dated, sourced
interactions; person–state affiliations) are written with ``kg.viz.viewer.write_viewer``
and opened from ``file://``; the page records ``performance.now()`` (milliseconds
since navigation start) at vis-network's first ``afterDrawing`` event. Also timed:
writing the file in Python, and applying an in-page filter (untick "meeting") until
the next frame. Each size is opened as ``kg viz`` writes it (the overview of the
``DEFAULT_CAP`` most connected actors) and with every actor drawn (``--cap 0``).

    .venv/bin/python bench/viz_first_frame.py                 # 150, 763 and 5,000 actors
    .venv/bin/python bench/viz_first_frame.py 500 20000       # other sizes
    .venv/bin/python bench/viz_first_frame.py --page x.html   # a page kg viz wrote

Needs the Debian packages ``chromium`` and ``chromium-driver`` and ``selenium``.
"""
from __future__ import annotations

import random
import shutil
import statistics
import sys
import tempfile
import time
from pathlib import Path

import networkx as nx

from kg.analysis.network import KINDS
from kg.viz.viewer import DEFAULT_CAP, write_viewer

FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-background-networking",
         "--disable-component-update", "--disable-sync", "--window-size=1400,900"]
RUNS = 3


def synthetic(n: int, *, seed: int = 1) -> nx.Graph:
    """An actor network of ``n`` nodes shaped like a ministry corpus: a few hub
    ministers, many actors seen once or twice, states with their persons."""
    rnd = random.Random(seed)
    n_states = max(5, min(200, n // 12))
    n_orgs = max(2, n // 25)
    skeleton = nx.powerlaw_cluster_graph(n, 2, 0.2, seed=seed)
    g = nx.Graph()
    labels = [f"{rnd.choice(['Amir', 'Beatriz', 'Chen', 'Dana', 'Élodie', 'Farid', 'Gulnara', 'Hiroshi'])} "
              f"{rnd.choice(['Aliyev', 'Brown', 'Čapek', 'Dosanov', 'Ekström', 'Fujita', 'García'])} {i}"
              for i in range(n)]
    kind_of = {}
    for i in range(n):
        if i < n_states:
            kind_of[i] = "state"
        elif i < n_states + n_orgs:
            kind_of[i] = "organization"
        else:
            kind_of[i] = "person"
    states = [f"S{i:03d}" for i in range(n_states)]
    for i in range(n):
        kind = kind_of[i]
        country = states[i] if kind == "state" else (rnd.choice(states) if kind == "person" else None)
        offices = [] if kind != "person" else [{
            "title": rnd.choice(["Minister of Foreign Affairs", "Deputy Minister", "Ambassador", "President"]),
            "of": f"state/{country}", "of_label": f"State {country}", "first": "2019-04-08", "last": "2023-05-01"}]
        g.add_node(f"n{i}", kind=kind, label=f"State {states[i]}" if kind == "state" else labels[i],
                   country=country, country_label=f"State {country}" if country else None, offices=offices,
                   initiatives=[], interactions=0, degree=0, centrality=0.0)
    counter = 0
    for a, b in skeleton.edges:
        items = []
        for _ in range(rnd.choice([1, 1, 1, 2, 2, 3, 5])):
            counter += 1
            year, month, day = rnd.randint(2015, 2024), rnd.randint(1, 12), rnd.randint(1, 28)
            items.append({
                "interaction": f"i{counter}", "date": f"{year}-{month:02d}-{day:02d}", "date_from_release": False,
                "kind": rnd.choice(KINDS), "place": rnd.choice(["Astana", "Tashkent", "Geneva", None]),
                "release": f"r{counter // 3}", "release_title": f"Minister meets counterpart ({counter // 3})",
                "release_url": f"https://mfa.example/press/{counter // 3}",
                "evidence": "The ministers discussed bilateral cooperation in trade, energy and regional "
                            f"security, and agreed to meet again next year (item {counter}).",
            })
        items.sort(key=lambda x: x["date"])
        g.add_edge(f"n{a}", f"n{b}", kind="interaction", interactions=items, weight=len(items),
                   kinds={k: sum(1 for x in items if x["kind"] == k) for k in {x["kind"] for x in items}},
                   first=items[0]["date"], last=items[-1]["date"])
        for v in (a, b):
            g.nodes[f"n{v}"]["interactions"] += len(items)
    for v, data in list(g.nodes(data=True)):
        if data["kind"] == "person":
            state = f"n{states.index(data['country'])}"
            if not g.has_edge(v, state):
                g.add_edge(v, state, kind="affiliation", weight=0, interactions=[], kinds={}, first=None, last=None)
    for v in g:
        g.nodes[v]["degree"] = sum(1 for _, _, d in g.edges(v, data=True) if d["kind"] == "interaction")
    return g


def _driver(profile: str):  # selenium is optional: untyped
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service

    options = webdriver.ChromeOptions()
    for flag in FLAGS:
        options.add_argument(flag)
    options.add_argument(f"--user-data-dir={profile}")
    options.binary_location = shutil.which("chromium") or "/usr/bin/chromium"
    return webdriver.Chrome(service=Service(shutil.which("chromedriver") or "/usr/bin/chromedriver"), options=options)


def _first_frame(driver, url: str, timeout: float = 300.0) -> tuple[float, int]:
    driver.get("about:blank")
    driver.get(url)
    deadline = time.time() + timeout
    while time.time() < deadline:
        ms = driver.execute_script("return window.kgFirstFrameMs || null")
        if ms:
            return float(ms), int(driver.execute_script("return network.body.data.nodes.length"))
        time.sleep(0.05)
    raise TimeoutError(f"no frame drawn within {timeout} s")


def _filter_ms(driver) -> float:
    return float(driver.execute_async_script("""
        var done = arguments[arguments.length - 1];
        var box = document.querySelector('#kinds input[value=meeting]');
        var t0 = performance.now();
        network.once('afterDrawing', function () { done(performance.now() - t0); });
        box.click();
    """))


def _measure(driver, path: Path) -> tuple[float, float, float, int, float]:
    frames, drawn = [], 0
    for _ in range(RUNS):
        ms, drawn = _first_frame(driver, path.as_uri())
        frames.append(ms)
    return statistics.median(frames), min(frames), max(frames), drawn, _filter_ms(driver)


def main(sizes: list[int], pages: list[Path]) -> None:
    out = Path(tempfile.mkdtemp(prefix="kg-viz-bench-"))
    rows = []
    driver = _driver(str(out / "profile"))
    driver.set_script_timeout(120)
    try:
        for n in sizes:
            graph = synthetic(n)
            for cap in ([DEFAULT_CAP, 0] if n > DEFAULT_CAP else [DEFAULT_CAP]):
                t0 = time.perf_counter()
                path = write_viewer(graph, out / f"viewer-{n}-{cap}.html", cap=cap)
                write_s = time.perf_counter() - t0
                rows.append((f"synthetic {n}", graph.number_of_edges(), cap or "all",
                             path.stat().st_size / 1e6, write_s, *_measure(driver, path)))
        for path in pages:
            rows.append((path.name, "", "as written", path.stat().st_size / 1e6, float("nan"),
                         *_measure(driver, path.resolve())))
    finally:
        driver.quit()
    head = ("graph", "edges", "cap", "HTML MB", "write s", "first frame ms (median)", "min", "max", "drawn",
            "filter ms")
    print(" | ".join(head))
    print(" | ".join("---" for _ in head))
    for r in rows:
        print(f"{r[0]} | {r[1]} | {r[2]} | {r[3]:.2f} | {r[4]:.2f} | {r[5]:.0f} | {r[6]:.0f} | {r[7]:.0f} | {r[8]} "
              f"| {r[9]:.0f}")


if __name__ == "__main__":
    args = sys.argv[1:]
    pages = [Path(args[i + 1]) for i, a in enumerate(args) if a == "--page"]
    numbers = [int(a) for i, a in enumerate(args) if a != "--page" and (i == 0 or args[i - 1] != "--page")]
    main(numbers or ([150, 763, 5000] if not pages else []), pages)
