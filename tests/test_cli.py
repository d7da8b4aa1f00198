"""The kg command end to end, through click's CliRunner."""
from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner
from rdflib import Dataset, Graph

from kg.cli import main
from tests.conftest import RELEASES, SEED


@pytest.fixture
def runner() -> CliRunner:
    return CliRunner()


@pytest.fixture
def filled(tmp_path: Path, runner: CliRunner) -> str:
    store = str(tmp_path / "store")
    result = runner.invoke(main, ["ingest", "--store", store, str(RELEASES)])
    assert result.exit_code == 0, result.output
    return store


def test_ingest_prints_a_summary(tmp_path: Path, runner: CliRunner) -> None:
    result = runner.invoke(main, ["ingest", "--store", str(tmp_path / "s"), str(SEED)])
    assert result.exit_code == 0, result.output
    assert "1 new, 0 updated, 0 unchanged, 0 failed" in result.output
    again = runner.invoke(main, ["ingest", "--store", str(tmp_path / "s"), str(SEED)])
    assert "0 new, 0 updated, 1 unchanged" in again.output


def test_an_upgrade_of_the_extraction_rules_reads_unchanged_releases_again(tmp_path: Path, runner: CliRunner) -> None:
    store = tmp_path / "s"
    assert runner.invoke(main, ["ingest", "--store", str(store), str(SEED)]).exit_code == 0
    marker = tmp_path / "s.rules"
    assert marker.exists()
    marker.write_text("rules of an older version\n")  # as an upgrade leaves it
    again = runner.invoke(main, ["ingest", "--store", str(store), str(SEED)])
    assert "the extraction rules changed" in again.output
    assert "0 new, 1 updated, 0 unchanged" in again.output
    third = runner.invoke(main, ["ingest", "--store", str(store), str(SEED)])
    assert "0 new, 0 updated, 1 unchanged" in third.output


def test_store_from_environment(tmp_path: Path, runner: CliRunner) -> None:
    result = runner.invoke(main, ["ingest", str(SEED)], env={"KG_STORE": str(tmp_path / "env-store")})
    assert result.exit_code == 0, result.output
    assert (tmp_path / "env-store").is_dir()


@pytest.mark.parametrize("fmt", ["table", "csv", "tsv", "json"])
def test_query_formats(filled: str, runner: CliRunner, fmt: str) -> None:
    q = 'SELECT ?name WHERE { ?p a dip:Person ; rdfs:label ?name FILTER(CONTAINS(?name, "Lajčák")) }'
    result = runner.invoke(main, ["query", "--store", filled, "--format", fmt, q])
    assert result.exit_code == 0, result.output
    if fmt == "json":
        data = json.loads(result.output)
        assert data["head"]["vars"] == ["name"]
        assert data["results"]["bindings"][0]["name"] == {"type": "literal", "value": "Miroslav Lajčák"}
    else:
        assert "Miroslav Lajčák" in result.output


def test_named_query_binds_parameters_as_terms(filled: str, runner: CliRunner) -> None:
    result = runner.invoke(main, ["query", "--store", filled, "--name", "meetings-of", "--param", "actor=Lajčák",
                                  "--format", "csv"])
    assert result.exit_code == 0, result.output
    assert "Beibut Atamkulov" in result.output
    hostile = runner.invoke(main, ["query", "--store", filled, "--name", "meetings-of",
                                   "--param", 'actor=x" ) } SELECT * WHERE { ?s ?p ?o } #'])
    assert hostile.exit_code == 0, hostile.output
    assert "(0 rows)" in hostile.output


def test_query_list_and_unknown_name(runner: CliRunner, filled: str) -> None:
    listed = runner.invoke(main, ["query", "--list"])
    assert "meetings-of --param actor=" in listed.output
    unknown = runner.invoke(main, ["query", "--store", filled, "--name", "nope"])
    assert unknown.exit_code == 2 and "no named query 'nope'" in unknown.output


def test_bad_sparql_is_a_clear_error(filled: str, runner: CliRunner) -> None:
    result = runner.invoke(main, ["query", "--store", filled, "SELECT WHERE {"])
    assert result.exit_code == 1
    assert "Error:" in result.output and "SPARQL" in result.output


@pytest.mark.filterwarnings("ignore::DeprecationWarning")  # rdflib parsers warn about their own internals
@pytest.mark.parametrize(("name", "fmt"), [("g.ttl", "turtle"), ("g.trig", "trig"), ("g.nt", "nt"),
                                            ("g.nq", "nquads"), ("g.jsonld", "json-ld")])
def test_export_formats_parse_back(filled: str, runner: CliRunner, tmp_path: Path, name: str, fmt: str) -> None:
    out = tmp_path / name
    result = runner.invoke(main, ["export", "--store", filled, "-o", str(out)])
    assert result.exit_code == 0, result.output
    graph: Graph = Dataset() if fmt in ("trig", "nquads", "json-ld") else Graph()
    graph.parse(data=out.read_text(encoding="utf-8"), format=fmt)
    assert len(graph) > 1000 if fmt in ("turtle", "nt") else len(list(graph.quads())) > 1000


def test_extract_writes_schema_records(runner: CliRunner, tmp_path: Path) -> None:
    result = runner.invoke(main, ["extract", "--json-dir", str(tmp_path), str(SEED)])
    assert result.exit_code == 0, result.output
    record = json.loads((tmp_path / "kz-2019-04-08-osce-lajcak.json").read_text(encoding="utf-8"))
    assert record["date"] == "2019-04-08" and record["place"] == "Nur-Sultan"
    names = {p["name"] for p in record["persons"]}
    assert {"Beibut Atamkulov", "Miroslav Lajčák"} <= names
    meeting = next(i for i in record["interactions"] if i["type"] == "meeting")
    ev = meeting["evidence"]
    text = SEED.read_text(encoding="utf-8")
    assert ev["sentence"] in text


def test_every_command_has_help_with_an_example(runner: CliRunner) -> None:
    readme = (Path(__file__).resolve().parent.parent / "README.md").read_text(encoding="utf-8")
    for name, command in main.commands.items():
        result = runner.invoke(main, [name, "--help"])
        assert result.exit_code == 0
        assert "Example:" in result.output, name
        assert f"kg {name}" in readme, f"README does not mention `kg {name}`"


def test_validate_exit_codes(filled: str, runner: CliRunner) -> None:
    ok = runner.invoke(main, ["validate", "--store", filled])
    assert ok.exit_code == 0, ok.output
    assert "conforms" in ok.output
    from kg.store import open_store

    store = open_store(filled)
    store.update("INSERT DATA { GRAPH <https://w3id.org/diplomacy-kg/id/release/broken> { "
                 "<https://w3id.org/diplomacy-kg/id/interaction/broken> a dip:Meeting, dip:Interaction ; "
                 "dip:kind 'meeting' } }")
    del store
    bad = runner.invoke(main, ["validate", "--store", filled])
    assert bad.exit_code == 1, bad.output
    assert "interaction/broken" in bad.output


def test_viz_and_stats_commands(filled: str, runner: CliRunner, tmp_path: Path) -> None:
    out = tmp_path / "net.html"
    result = runner.invoke(main, ["viz", "--store", filled, "-o", str(out), "--focus", "Lajčák", "--depth", "1"])
    assert result.exit_code == 0, result.output
    html = out.read_text(encoding="utf-8")
    assert "Miroslav Lajčák" in html and "Wendy Sherman" not in html
    stats = runner.invoke(main, ["stats", "--store", filled, "--format", "json"])
    assert stats.exit_code == 0, stats.output
    data = json.loads(stats.output)
    assert {"entities", "interactions", "busiest_pairs"} <= set(data)
