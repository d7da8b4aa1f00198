"""Shared helpers of the benchmarks: machine load, memory of a process tree, store
size on disk, building a store of a given size, and the rdflib baseline.

Not a benchmark itself; ``bench_ingest.py``, ``bench_queries.py`` and ``bench_export.py``
import it (run them from the project folder: ``.venv/bin/python bench/bench_....py``).
"""
from __future__ import annotations

import json
import os
import subprocess
import sys
import threading
import time
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

BENCH = Path(__file__).resolve().parent
ROOT = BENCH.parent
REAL_CORPUS = ROOT.parent / "shared" / "corpus" / "state-dept-2021-2022.jsonl"
WORK = Path(os.environ.get("KG_BENCH_DIR", "/tmp/kg-bench"))
PYTHON = sys.executable


def loadavg() -> str:
    one, five, fifteen = os.getloadavg()
    return f"{one:.2f} {five:.2f} {fifteen:.2f}"


def revision() -> str:
    """The commit measured, with "+dirty" when kg/ or data/ has uncommitted changes
    (``$KG_BENCH_REVISION`` when the benchmarks run on a snapshot of the code, see README)."""
    if os.environ.get("KG_BENCH_REVISION"):
        return os.environ["KG_BENCH_REVISION"]
    try:
        head = subprocess.run(["git", "-C", str(ROOT), "rev-parse", "--short", "HEAD"], capture_output=True,
                              text=True, check=True).stdout.strip()
        dirty = subprocess.run(["git", "-C", str(ROOT), "status", "--porcelain", "--", "kg", "data"],
                               capture_output=True, text=True, check=True).stdout.strip()
    except (OSError, subprocess.CalledProcessError):
        return "unknown"
    return head + ("+dirty" if dirty else "")


def machine() -> str:
    cpus = os.cpu_count()
    with open("/proc/meminfo") as handle:
        total = int(handle.readline().split()[1]) / 2**20
    import pyoxigraph
    import rdflib

    return (f"{cpus} cores, {total:.0f} GiB, Python {sys.version.split()[0]}, pyoxigraph {pyoxigraph.__version__}, "
            f"rdflib {rdflib.__version__}, commit {revision()}")


# --- memory ---------------------------------------------------------------------------------------
def _descendants(pid: int) -> list[int]:
    out, todo = [], [pid]
    while todo:
        p = todo.pop()
        out.append(p)
        try:
            for task in os.listdir(f"/proc/{p}/task"):
                with open(f"/proc/{p}/task/{task}/children") as handle:
                    todo.extend(int(c) for c in handle.read().split())
        except OSError:
            continue
    return out


def _field_kb(path: str, name: str) -> int:
    try:
        with open(path) as handle:
            for line in handle:
                if line.startswith(name):
                    return int(line.split()[1])
    except OSError:
        pass
    return 0


@dataclass
class TreeMemory:
    """Peak memory of a process and its descendants, sampled: the sum of their RSS and
    of their PSS (shared pages counted once; what the tree really costs)."""

    pid: int
    interval: float = 0.2
    peak_rss_kb: int = 0
    peak_pss_kb: int = 0
    peak_processes: int = 0
    _stop: threading.Event = field(default_factory=threading.Event)
    _thread: threading.Thread | None = None

    def sample(self) -> None:
        pids = _descendants(self.pid)
        rss = sum(_field_kb(f"/proc/{p}/status", "VmRSS:") for p in pids)
        pss = sum(_field_kb(f"/proc/{p}/smaps_rollup", "Pss:") for p in pids)
        self.peak_rss_kb = max(self.peak_rss_kb, rss)
        self.peak_pss_kb = max(self.peak_pss_kb, pss)
        self.peak_processes = max(self.peak_processes, len(pids))

    def _run(self) -> None:
        while not self._stop.is_set():
            self.sample()
            self._stop.wait(self.interval)

    def __enter__(self) -> "TreeMemory":
        self._thread = threading.Thread(target=self._run, daemon=True)
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._stop.set()
        if self._thread:
            self._thread.join()


def run_measured(args: list[str], *, timeout: float | None = None) -> dict:
    """Run ``python args...`` in a fresh process that prints one JSON object as its last
    line; returns it, with the sampled peak memory of the process tree added."""
    started = time.perf_counter()
    proc = subprocess.Popen([PYTHON, *args], stdout=subprocess.PIPE, text=True, cwd=ROOT)
    with TreeMemory(proc.pid) as mem:
        try:
            out, _ = proc.communicate(timeout=timeout)
        except subprocess.TimeoutExpired:
            proc.kill()  # the process this function started, by its id
            proc.wait()
            raise
    if proc.returncode != 0:
        raise RuntimeError(f"{' '.join(args)} failed with exit code {proc.returncode}")
    result = json.loads(out.strip().splitlines()[-1])
    result["tree_peak_rss_mb"] = mem.peak_rss_kb / 1024
    result["tree_peak_pss_mb"] = mem.peak_pss_kb / 1024
    result["processes"] = mem.peak_processes
    result["wall_s"] = time.perf_counter() - started
    result["git"] = revision()
    return result


def self_peak_mb() -> tuple[float, float]:
    """(this process's peak RSS, the largest peak RSS of its waited-for children), MB."""
    import resource

    me = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    kids = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    return me, kids


def du_mb(path: str | Path) -> tuple[float, float]:
    """(apparent size, allocated size) of a folder, MB."""
    apparent = allocated = 0
    for folder, _, files in os.walk(path):
        for name in files:
            try:
                st = os.stat(os.path.join(folder, name))
            except OSError:
                continue
            apparent += st.st_size
            allocated += st.st_blocks * 512
    return apparent / 2**20, allocated / 2**20


# --- corpora --------------------------------------------------------------------------------------
def generated(count: int, seed: int = 1) -> Path:
    """The generated corpus of ``count`` releases (written once, then reused)."""
    WORK.mkdir(parents=True, exist_ok=True)
    path = WORK / f"gen-{seed}-{count}.jsonl"
    if not path.exists():
        sys.path.insert(0, str(BENCH))
        import generate

        tmp = path.with_suffix(".part")
        generate.write(tmp, count, seed)
        tmp.rename(path)
    return path


def corpus_path(name: str) -> Path:
    """'real' → the State Department corpus; '10k', '1000', '100k' → a generated corpus."""
    if name == "real":
        return REAL_CORPUS
    if name == "releases":
        return ROOT / "data" / "releases"
    n = name.lower().replace("k", "000").replace("m", "000000")
    return generated(int(n))


# --- the rdflib baseline --------------------------------------------------------------------------
def mapped_batches(paths: Iterable[str | Path], batch_size: int = 256) -> Iterator[list]:
    """Extracted, mapped and packed (``kg.ingest.run.process_release``) releases, resolved
    against the releases before them (``kg.graph.identity.EntityIndex``), in ingest's batches:
    what ingest writes."""
    from kg.graph.identity import EntityIndex
    from kg.ingest import process_release
    from kg.sources import iter_releases

    resolve = EntityIndex().resolve  # the writer's cross-release merging of persons and interactions
    batch = []
    for release in iter_releases(paths):
        try:
            packed = process_release(release)
        except Exception:  # as ingest does: a failed release stays out
            continue
        batch.append(resolve(packed))
        if len(batch) >= batch_size:
            yield batch
            batch = []
    if batch:
        yield batch


def batch_text(batch: list, known_labels: dict) -> str:
    """The N-Quads ``kg.ingest.writer.ReleaseWriter.write`` loads for a batch: the releases' graphs and
    their entities' descriptions; ``known_labels`` plays the store's part (the first
    label an entity got stays its label)."""
    from kg.graph.mapping import describe
    from kg.nquads import quads_text

    described = describe((ent for r in batch for ent in r.entities),
                         lambda iris: {i: known_labels[i] for i in iris if i in known_labels})
    for packed in batch:
        for ent in packed.entities:
            known_labels.setdefault(ent.iri, ent.label)
    return "".join(r.nquads for r in batch) + quads_text(described)


def rdflib_load(ds, text: str) -> None:
    """Parse N-Quads ``text`` into an rdflib Dataset: rdflib's own way to take a batch."""
    ds.parse(data=text, format="nquads")


def rdflib_dataset():
    from rdflib import Dataset

    return Dataset(default_union=True)


def rdflib_add(ds, quads: list) -> None:
    """Add (s, p, o, graph IRI) quads to an rdflib Dataset (the graph is created once)."""
    graphs: dict = {}
    by_graph: dict = {}
    for s, p, o, g in quads:
        by_graph.setdefault(g, []).append((s, p, o))
    for g, triples in by_graph.items():
        graph = graphs.get(g)
        if graph is None:
            graph = graphs[g] = ds.graph(g)
        graph.addN((s, p, o, graph) for s, p, o in triples)


def rdflib_from_store(store) -> "object":
    """An rdflib Dataset holding exactly the quads of a kg store (the same data)."""
    from kg.store import to_rdflib

    ds = rdflib_dataset()
    raw = store._store  # pyoxigraph.Store: the only way to read every quad with its graph
    chunk: list = []
    for q in raw.quads_for_pattern(None, None, None, None):
        chunk.append((to_rdflib(q.subject), to_rdflib(q.predicate), to_rdflib(q.object), to_rdflib(q.graph_name)))
        if len(chunk) >= 100_000:
            rdflib_add(ds, chunk)
            chunk = []
    rdflib_add(ds, chunk)
    return ds


def build_store(count: int, *, jobs: int = 2, seed: int = 1) -> tuple[Path, dict]:
    """A store of the first ``count`` generated releases, ingested with ``jobs`` processes
    (reused when already built). Returns its folder and what building it took."""
    folder = WORK / f"store-gen{seed}-{count}"
    info_path = folder.with_suffix(".json")
    if info_path.exists() and folder.exists():
        return folder, json.loads(info_path.read_text())
    import shutil

    shutil.rmtree(folder, ignore_errors=True)
    info = run_measured([str(BENCH / "bench_ingest.py"), "--one", "oxigraph", "--corpus", str(generated(count, seed)),
                         "--store", str(folder), "--jobs", str(jobs)])
    info["load"] = loadavg()
    info_path.write_text(json.dumps(info, indent=1))
    return folder, info


def emit(result: dict) -> None:
    """The one JSON line a measured child prints last."""
    print(json.dumps(result), flush=True)
