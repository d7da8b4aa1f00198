"""Each fact is written once, with our term; the public triples (SEM, ORG, PROV-O,
schema.org) are derived at query time from the ontology graph that ingest keeps in the
store (docs/ontology.md, "Each fact once")."""
from __future__ import annotations

from click.testing import CliRunner

from kg.cli import main
from kg.ingest import ingest
from kg.namespaces import ONTOLOGY_GRAPH
from kg.store import Store, open_store
from tests.conftest import RELEASES, SEED

SEM = "http://semanticweb.cs.vu.nl/2009/11/sem/"


def count(store: Store, where: str) -> int:
    return int(store.rows(f"SELECT (COUNT(*) AS ?n) WHERE {{ {where} }}")[0][0] or 0)


def test_no_public_copy_is_written_beside_our_terms(corpus_store: Store) -> None:
    for public in ("sem:hasActor", "sem:hasPlace", "schema:location", "schema:name", "prov:wasDerivedFrom",
                   "org:member", "sem:hasTimeStamp", "dcterms:isPartOf", "schema:mentions", "dip:guest",
                   "dip:host", "dip:name"):
        assert count(corpus_store, f"GRAPH ?g {{ ?s {public} ?o }}") == 0, public
    # one name per interaction: its rdfs:label
    assert count(corpus_store, "?i a dip:Interaction ; rdfs:label ?a , ?b FILTER(?a != ?b)") == 0


def test_public_terms_are_derived_from_the_ontology_graph(corpus_store: Store) -> None:
    participations = count(corpus_store, "SELECT DISTINCT ?i ?a WHERE { ?i a dip:Interaction ; dip:participant ?a }")
    derived = count(corpus_store, "SELECT DISTINCT ?i ?a WHERE { ?p rdfs:subPropertyOf* sem:hasActor . "
                                  "?i a/rdfs:subClassOf* sem:Event ; ?p ?a }")
    assert participations > 100 and derived == participations
    places = count(corpus_store, "SELECT DISTINCT ?i WHERE { ?p rdfs:subPropertyOf* schema:location . ?i ?p ?pl }")
    assert places == count(corpus_store, "SELECT DISTINCT ?i WHERE { ?i dip:place ?pl }") > 10


def test_a_role_is_written_with_the_participation_every_query_follows(corpus_store: Store) -> None:
    assert count(corpus_store, "?v a dip:Visit ; dip:visitor ?x FILTER NOT EXISTS { ?v dip:participant ?x }") == 0
    assert count(corpus_store, "?v a dip:Visit ; dip:visitor ?x") > 5


def test_the_ontology_graph_is_written_once(tmp_path) -> None:
    store = open_store(str(tmp_path / "s"))
    first = ingest([SEED], store=store)
    assert first.ontology_quads > 300 and store.release_digest(ONTOLOGY_GRAPH)
    again = ingest([SEED], store=store, force=True)
    assert again.ontology_quads == 0
    store.close()


def test_ingest_tells_the_steps_after_the_last_release() -> None:
    steps: list[str] = []
    ingest([RELEASES], store=open_store(":memory:"), stage=steps.append, compact=True)
    assert steps[0] == "writing the last 37 releases" and steps[-1] == "compacting the store"


def test_the_summary_says_why_the_store_grew_by_less_than_was_written(tmp_path) -> None:
    result = CliRunner().invoke(main, ["ingest", "--store", str(tmp_path / "s"), str(RELEASES)])
    line = result.stderr.strip().splitlines()[-1]
    assert "quads written; store" in line
    assert "were there already: topic and entity descriptions that several releases repeat" in line
