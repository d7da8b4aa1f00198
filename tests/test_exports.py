"""Exports as a Linked Data user expects them: JSON-LD compacted with the project's
context, prefixes in every RDF syntax that has them, network edges with their kinds and
dates."""
from __future__ import annotations

import json
from pathlib import Path

import networkx as nx
import pytest
from rdflib import BNode, Dataset, Graph

from kg.export import CONTEXT_FILE, export
from kg.namespaces import PREFIXES
from kg.store import Store


def named_quads(dataset: Dataset) -> set[tuple[object, ...]]:
    """Quads without blank nodes (the ontology's OWL lists), as plain strings."""
    return {tuple(str(t) for t in q) for q in dataset.quads()
            if not any(isinstance(t, BNode) for t in q[:3])}


@pytest.fixture(scope="module")
def jsonld(corpus_store: Store, tmp_path_factory: pytest.TempPathFactory) -> Path:
    return export(corpus_store, tmp_path_factory.mktemp("export") / "graph.jsonld")


@pytest.mark.filterwarnings("ignore::DeprecationWarning")  # rdflib's parsers warn about their own internals
def test_jsonld_round_trips_through_rdflib(corpus_store: Store, jsonld: Path, tmp_path: Path) -> None:
    nquads = export(corpus_store, tmp_path / "graph.nq")
    ours = Dataset().parse(data=jsonld.read_text(encoding="utf-8"), format="json-ld")
    reference = Dataset().parse(data=nquads.read_text(encoding="utf-8"), format="nquads")
    assert len(ours) == len(reference) > 5000
    assert named_quads(ours) == named_quads(reference)


def test_jsonld_is_compacted_with_the_shipped_context(jsonld: Path) -> None:
    document = json.loads(jsonld.read_text(encoding="utf-8"))
    assert document["@context"] == json.loads(CONTEXT_FILE.read_text(encoding="utf-8"))["@context"]
    text = jsonld.read_text(encoding="utf-8")
    assert '"dip:kind": "meeting"' in text and '"@type": [' in text or '"@type": "dip:' in text
    assert "https://w3id.org/diplomacy-kg/ontology#kind" not in text
    assert '"@id": "kgid:person/miroslav-lajcak"' in text


def test_a_json_ld_processor_compacts_to_the_same_short_terms(jsonld: Path) -> None:
    jsonld_lib = pytest.importorskip("pyld.jsonld")
    document = json.loads(jsonld.read_text(encoding="utf-8"))
    graph = next(g for g in document["@graph"] if g["@id"] == "kgid:release/kz-2019-04-08-osce-lajcak")
    meeting = next(n for n in graph["@graph"] if n.get("dip:kind") == "meeting")
    expanded = jsonld_lib.expand({"@context": document["@context"], **meeting})
    again = jsonld_lib.compact(expanded, {"@context": document["@context"]})
    again.pop("@context")
    assert again == meeting


@pytest.mark.parametrize(("suffix", "declaration"), [
    (".rdf", 'xmlns:dip="https://w3id.org/diplomacy-kg/ontology#"'),
    (".ttl", "@prefix dip: <https://w3id.org/diplomacy-kg/ontology#>"),
    (".trig", "@prefix dip: <https://w3id.org/diplomacy-kg/ontology#>"),
])
def test_rdf_syntaxes_declare_the_projects_prefixes(corpus_store: Store, tmp_path: Path, suffix: str,
                                                    declaration: str) -> None:
    path = export(corpus_store, tmp_path / f"graph{suffix}")
    text = path.read_text(encoding="utf-8")
    assert declaration in text
    assert "ns1:" not in text
    if suffix == ".rdf":
        assert "<dip:kind>" in text and len(Graph().parse(data=text, format="xml")) > 5000
    for prefix in ("sem", "schema", "prov"):
        assert PREFIXES[prefix] in text


@pytest.mark.parametrize("suffix", [".graphml", ".gexf"])
def test_network_edges_carry_counts_per_kind_and_first_and_last_dates(corpus_store: Store, tmp_path: Path,
                                                                      suffix: str) -> None:
    path = export(corpus_store, tmp_path / f"network{suffix}")
    graph = nx.read_graphml(path) if suffix == ".graphml" else nx.read_gexf(path)
    lajcak = "https://w3id.org/diplomacy-kg/id/person/miroslav-lajcak"
    edges = [data for a, b, data in graph.edges(data=True) if lajcak in (a, b) and data["kind"] == "interaction"]
    assert edges
    for data in edges:
        counts = sum(int(data[k]) for k in ("meeting", "call", "visit", "signing", "correspondence", "multilateral"))
        assert counts == int(data["weight"])
    dated = [d for d in edges if d["first"]]
    assert dated and all(d["first"] <= d["last"] for d in dated)
