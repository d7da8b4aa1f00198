"""The README as a new user reads it: every command of its table runs on the bundled
releases and exits 0 (a smoke test, in process), the outputs its tour shows are what the
commands print, and its extraction table is what `kg eval` measures now."""
from __future__ import annotations

import re
import shlex
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

import kg.serve
from kg.cli import main
from kg.evaluate import find_scorer
from tests.conftest import RELEASES, ROOT, SEED

README = (ROOT / "README.md").read_text(encoding="utf-8")
TABLE_COMMANDS = re.findall(r"^\| `kg ([a-z]+)", README, re.M)


def invocations(store: str, tmp: Path) -> dict[str, list[list[str]]]:
    """Each command of the README's table as a user would type it (every option it names)."""
    query_file = tmp / "q.rq"
    query_file.write_text("SELECT (COUNT(*) AS ?n) WHERE { ?i a dip:Interaction }", encoding="utf-8")
    s = ["--store", store]
    return {
        "ingest": [["ingest", *s, str(RELEASES)], ["ingest", *s, "--jobs", "2", "--compact", str(SEED)]],
        "query": [["query", *s, "SELECT ?name WHERE { ?p a dip:Person ; rdfs:label ?name } LIMIT 3"],
                  ["query", *s, "-f", str(query_file), "--format", "json"],
                  ["query", *s, "--name", "meetings-of", "--param", "actor=Lajcak", "--format", "csv"],
                  ["query", "--list"]],
        "export": [["export", *s, "-o", str(tmp / f"graph{suffix}")]
                   for suffix in (".ttl", ".trig", ".nt", ".nq", ".jsonld", ".rdf", ".graphml", ".gexf")],
        "viz": [["viz", *s, "-o", str(tmp / "network.html")],
                ["viz", *s, "-o", str(tmp / "focus.html"), "--focus", "Lajčák", "--depth", "2", "--since", "2019",
                 "--until", "2023-06", "--kinds", "meeting,visit", "--countries", "KZ,Kyrgyzstan"]],
        "stats": [["stats", *s]],
        "extract": [["extract", str(SEED), "--json-dir", str(tmp / "records")]],
        "actor": [["actor", *s, "Tileuberdi"]],
        "entities": [["entities", *s, "--ambiguous"]],
        "serve": [["serve", *s, "--port", str(kg.serve.free_port()), "--viewer-port", str(kg.serve.free_port())]],
        "validate": [["validate", *s]],
        "eval": [["eval", str(ROOT / "tests" / "gold"), str(RELEASES)]],
    }


def test_the_table_names_every_command() -> None:
    assert sorted(TABLE_COMMANDS) == sorted(main.commands)


def test_every_command_of_the_readme_table_exits_0(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    store = str(tmp_path / "store")
    answered: list[str] = []
    real_serve = kg.serve.serve

    def serve_until_it_answers(*args: object, on_ready: object = None, **kwargs: object) -> None:
        def ready(handle: kg.serve.ServerHandle) -> None:
            import urllib.request
            on_ready(handle)  # type: ignore[operator]
            with urllib.request.urlopen(handle.query_url + "?query=ASK%7B%3Fs%20%3Fp%20%3Fo%7D", timeout=10) as r:
                answered.append(r.read().decode())
            raise KeyboardInterrupt  # what Ctrl-C raises while the server runs

        real_serve(*args, on_ready=ready, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(kg.serve, "serve", serve_until_it_answers)
    commands = invocations(store, tmp_path)
    for name in TABLE_COMMANDS:  # in the README's order: ingest first
        if name == "eval" and find_scorer(ROOT / "tests" / "gold") is None:
            continue  # the scorer is in ../shared, beside a checkout
        for args in commands[name]:
            result = CliRunner().invoke(main, args)
            assert result.exit_code == 0, f"kg {' '.join(args)}\n{result.output}"
            assert "Traceback" not in result.output
    assert answered and "true" in answered[0]


def test_the_first_line_of_the_readme(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """kg ingest data/releases && kg viz -o network.html && kg export -o graph.ttl"""
    line = next(l for l in README.splitlines() if "pip install -e . &&" in l)
    steps = [shlex.split(part.strip())[1:] for part in line.split("&&") if "/kg " in part]
    assert [s[0] for s in steps] == ["ingest", "viz", "export"]
    monkeypatch.chdir(ROOT)
    env = {"KG_STORE": str(tmp_path / "store")}
    for args in steps:
        args = [str(tmp_path / a) if a.endswith((".html", ".ttl")) else a for a in args]
        result = CliRunner().invoke(main, args, env=env)
        assert result.exit_code == 0, result.output
    assert (tmp_path / "network.html").stat().st_size > 10_000 and (tmp_path / "graph.ttl").stat().st_size > 10_000


def tour() -> list[tuple[str, str]]:
    """The tour's commands whose whole output the README shows (no '...', no timings)."""
    block = README.split("## A short tour", 1)[1].split("## Extraction quality", 1)[0]
    shown = []
    for console in re.findall(r"```console\n(.*?)```", block, re.S):
        for command, output in re.findall(r"^\$ (kg [^\n]*)\n(.*?)(?=^\$ |\Z)", console, re.S | re.M):
            command = command.split("  #", 1)[0].strip()
            if "..." not in output and "…" not in output and " in " not in output.split("\n", 1)[0]:
                shown.append((command, output.strip("\n")))
    return shown


@pytest.mark.parametrize(("command", "output"), tour(), ids=[c for c, _ in tour()])
def test_the_tour_shows_what_the_commands_print(corpus_folder: str, command: str, output: str) -> None:
    result = CliRunner().invoke(main, [*shlex.split(command)[1:], "--store", corpus_folder])
    assert result.stdout.strip("\n") == output or result.stderr.strip("\n") == output


@pytest.fixture(scope="module")
def corpus_folder(tmp_path_factory: pytest.TempPathFactory) -> str:
    store = str(tmp_path_factory.mktemp("tour") / "store")
    assert CliRunner().invoke(main, ["ingest", "--store", store, str(RELEASES)]).exit_code == 0
    return store


def test_the_extraction_table_is_what_kg_eval_measures() -> None:
    if find_scorer(ROOT.parent / "shared" / "corpus" / "gold") is None:
        pytest.skip("the scorer is in ../shared, beside a checkout")
    sys.path.insert(0, str(ROOT / "docs"))
    try:
        import make_eval_table
    finally:
        sys.path.remove(str(ROOT / "docs"))
    section = README.split("<!-- eval:start -->\n", 1)[1].split("\n<!-- eval:end -->", 1)[0]
    assert section == make_eval_table.table(), "README's extraction table is stale: run docs/make_eval_table.py"
