"""What a user sees when a command cannot do what was asked: the exit code (1 a data or
runtime error, 2 a usage error) and one ``Error:`` line saying what to type instead; never
a traceback. Also the conveniences that spare those errors: prefix-less SPARQL, names
matched accent-blind, ``-o -``."""
from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner

from kg.cli import main
from tests.conftest import RELEASES

STORE = "{store}"


@pytest.fixture(scope="module")
def filled(tmp_path_factory: pytest.TempPathFactory) -> str:
    store = str(tmp_path_factory.mktemp("cli-errors") / "store")
    result = CliRunner().invoke(main, ["ingest", "--store", store, str(RELEASES)])
    assert result.exit_code == 0, result.output
    return store


def run(args: list[str], store: str, tmp_path: Path) -> tuple[int, str, str]:
    args = [a.replace(STORE, store).replace("{tmp}", str(tmp_path)) for a in args]
    result = CliRunner().invoke(main, args)
    return result.exit_code, result.stdout, result.stderr


# (command line, exit code, what the one error line says)
CASES = [
    # a store that is not there: refused, not created empty
    (["stats", "--store", "{tmp}/no/such/store"], 1, "no store at {tmp}/no/such/store; run kg ingest first"),
    (["query", "--store", "{tmp}/nowhere", "SELECT * WHERE { ?s ?p ?o }"], 1, "no store at {tmp}/nowhere"),
    (["export", "--store", "{tmp}/nowhere", "-o", "{tmp}/g.ttl"], 1, "no store at"),
    (["viz", "--store", "{tmp}/nowhere", "-o", "{tmp}/v.html"], 1, "no store at"),
    (["actor", "--store", "{tmp}/nowhere", "Lajčák"], 1, "no store at"),
    (["entities", "--store", "{tmp}/nowhere"], 1, "no store at"),
    (["validate", "--store", "{tmp}/nowhere"], 1, "no store at"),
    (["query", "--store", "{tmp}/nowhere", "--name", "meetings-of", "--param", "actor=x"], 1, "no store at"),
    # usage errors: exit 2, what to type instead
    (["query", "--store", STORE, "--name", "nope"], 2, "no named query 'nope'; use one of: between-states"),
    (["query", "--store", STORE, "--name", "meetings-of"], 2, "meetings-of needs --param actor=VALUE"),
    (["query", "--store", STORE, "--name", "meetings-of", "--param", "who=x"], 2,
     "meetings-of takes no parameter who; it takes: --param actor="),
    (["query", "--store", STORE, "--name", "meetings-of", "--param", "actor"], 2, "write it as NAME=VALUE"),
    (["query", "--store", STORE, "--param", "actor=x", "SELECT * {}"], 2, "--param works with --name only"),
    (["query", "--store", STORE], 2, "give exactly one of"),
    (["export", "--store", STORE, "-o", "{tmp}/graph.foo"], 2, "cannot tell the format from 'graph.foo'"),
    (["viz", "--store", STORE, "--depth", "2", "-o", "{tmp}/v.html"], 2, "--depth needs --focus"),
    # bad dates, in the viewer's options and in named-query parameters
    (["viz", "--store", STORE, "--since", "yesterday", "-o", "{tmp}/v.html"], 2,
     "'--since yesterday' is not a date: write YYYY, YYYY-MM or YYYY-MM-DD"),
    (["viz", "--store", STORE, "--since", "2022-13-01", "-o", "{tmp}/v.html"], 2,
     "'--since 2022-13-01' is not in the calendar"),
    (["viz", "--store", STORE, "--until", "2021-02-30", "-o", "{tmp}/v.html"], 2,
     "'--until 2021-02-30' is not in the calendar"),
    (["viz", "--store", STORE, "--since", "2022", "--until", "2021-06", "-o", "{tmp}/v.html"], 2,
     "--since 2022 comes after --until 2021-06"),
    (["query", "--store", STORE, "--name", "timeline", "--param", "since=yesterday", "--param", "until=2022"], 2,
     "'--param since=yesterday' is not a date"),
    (["query", "--store", STORE, "--name", "timeline", "--param", "since=2022-13-01", "--param", "until=2022"], 2,
     "'--param since=2022-13-01' is not in the calendar"),
    # data errors: exit 1, where and what
    (["query", "--store", STORE, "SELECT * WHERE { ?s foo:bar ?o }"], 1,
     "SPARQL syntax error at line 1, column 29: unknown prefix foo:"),
    (["query", "--store", STORE, "SELECT ?x WHERE {\n  ?s ?p ?o"], 1, "SPARQL syntax error at line 2, column 11"),
    (["actor", "--store", STORE, "Nobody Atall"], 1, "no actor named 'Nobody Atall'"),
]


@pytest.mark.parametrize(("args", "code", "message"), CASES, ids=[" ".join(c[0][:2]) + f" -> {c[1]}" for c in CASES])
def test_errors_exit_with_their_code_and_one_clear_line(filled: str, tmp_path: Path, args: list[str], code: int,
                                                       message: str) -> None:
    exit_code, stdout, stderr = run(args, filled, tmp_path)
    assert exit_code == code, stderr
    assert message.replace("{tmp}", str(tmp_path)) in stderr
    assert "Traceback" not in stderr + stdout
    first = stderr.strip().splitlines()[0]
    assert first.startswith("Error: ") and message.replace("{tmp}", str(tmp_path))[:30] in first
    assert not (tmp_path / "no").exists() and not (tmp_path / "nowhere").exists()  # nothing created


def test_a_syntax_error_shows_the_line_not_a_wall_of_character_ranges(filled: str, tmp_path: Path) -> None:
    _, _, stderr = run(["query", "--store", STORE, "SELECT * WHERE { ?s foo:bar ?o }"], filled, tmp_path)
    assert "\\u{" not in stderr and len(stderr) < 400
    assert "  SELECT * WHERE { ?s foo:bar ?o }" in stderr.splitlines()


def test_an_unexpected_failure_is_one_line_not_a_traceback(filled: str, tmp_path: Path,
                                                           monkeypatch: pytest.MonkeyPatch) -> None:
    import kg.analysis.stats

    def broken(*args: object, **kwargs: object) -> None:
        raise RuntimeError("something odd")

    monkeypatch.setattr(kg.analysis.stats, "compute_stats", broken)
    code, stdout, stderr = run(["stats", "--store", STORE], filled, tmp_path)
    assert code == 1
    assert stderr.startswith("Error: unexpected RuntimeError: something odd") and "Traceback" not in stderr


def test_query_without_prefix_lines(filled: str, tmp_path: Path) -> None:
    code, stdout, _ = run(["query", "--store", STORE, "--format", "csv",
                           "SELECT ?name WHERE { ?h dip:holder ?p . ?p a dip:Person ; rdfs:label ?name ; "
                           "skos:altLabel ?alt } ORDER BY ?name LIMIT 1"], filled, tmp_path)
    assert code == 0 and stdout.splitlines()[0] == "name" and len(stdout.splitlines()) == 2


@pytest.mark.parametrize(("typed", "stored"), [("Lajcak", "Miroslav Lajčák"), ("lajčák", "Miroslav Lajčák"),
                                               ("LAJCAK", "Miroslav Lajčák"), ("Cavusoglu", "Çavuşoğlu")])
def test_named_query_parameters_are_accent_and_case_blind(filled: str, tmp_path: Path, typed: str,
                                                          stored: str) -> None:
    code, stdout, stderr = run(["query", "--store", STORE, "--name", "offices-of", "--param", f"person={typed}",
                                "--format", "csv"], filled, tmp_path)
    assert code == 0, stderr
    assert stored in stdout
    code, stdout, _ = run(["query", "--store", STORE, "--name", "meetings-of", "--param", f"actor={typed}",
                           "--format", "csv"], filled, tmp_path)
    assert code == 0 and len(stdout.splitlines()) > 2


def test_describe_uses_the_projects_prefixes(filled: str, tmp_path: Path) -> None:
    code, stdout, _ = run(["query", "--store", STORE,
                           "DESCRIBE ?p WHERE { ?p a dip:Person ; rdfs:label \"Miroslav Lajčák\" }"], filled, tmp_path)
    assert code == 0
    assert "@prefix dip: <https://w3id.org/diplomacy-kg/ontology#>" in stdout
    assert "ns1:" not in stdout and "dip:Person" in stdout


def test_export_to_stdout(filled: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    code, stdout, _ = run(["export", "--store", STORE, "-o", "-"], filled, tmp_path)
    assert code == 0 and "@prefix dip:" in stdout and "dip:Meeting" in stdout
    assert not (tmp_path / "-").exists()
    code, stdout, _ = run(["export", "--store", STORE, "-o", "-", "--format", "nquads"], filled, tmp_path)
    assert code == 0 and stdout.startswith("<")
