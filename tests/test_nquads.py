"""N-Quads text between workers and the writer: terms survive, rewrites touch IRIs only."""
from __future__ import annotations

import pyoxigraph as ox
import pytest
from rdflib import Literal, URIRef

from kg.errors import StoreError
from kg.nquads import insert_data, quads_text, rewrite
from kg.store import to_rdflib

G, S, P = URIRef("urn:x:g"), URIRef("urn:x:s"), URIRef("urn:x:p")
AWKWARD = [Literal('two\nlines, "quoted" \\ and\r\tmore'), Literal("Лайчак", lang="ru"), Literal(3),
           Literal("2019-04", datatype=URIRef("http://www.w3.org/2001/XMLSchema#gYearMonth")),
           Literal('ends with a quote"'), Literal("<urn:x:s> looks like an IRI"), URIRef("urn:x:o")]


def test_terms_read_back_as_written() -> None:
    text = quads_text([(S, P, o, G) for o in AWKWARD])
    parsed = [to_rdflib(q.object) for q in ox.parse(text, format=ox.RdfFormat.N_QUADS)]
    assert parsed == AWKWARD


def test_rewrite_replaces_subjects_and_objects_but_not_literals() -> None:
    text = quads_text([(S, P, o, G) for o in AWKWARD] + [(URIRef("urn:x:o"), P, S, G)])
    out = rewrite(text, {"urn:x:s": "urn:x:t"})
    quads = [(to_rdflib(q.subject), to_rdflib(q.object)) for q in ox.parse(out, format=ox.RdfFormat.N_QUADS)]
    assert {s for s, _ in quads[:-1]} == {URIRef("urn:x:t")}
    assert quads[-1] == (URIRef("urn:x:o"), URIRef("urn:x:t"))
    assert Literal("<urn:x:s> looks like an IRI") in {o for _, o in quads}


def test_an_iri_that_would_break_the_line_is_refused() -> None:
    with pytest.raises(StoreError, match="not an IRI"):
        quads_text([(URIRef("urn:x:a b"), P, S, G)])


def test_insert_data_groups_by_graph_and_runs() -> None:
    store = ox.Store()
    text = quads_text([(S, P, o, G) for o in AWKWARD])
    store.update(insert_data(text, [(S, P, Literal("in the default graph"), None)]))
    assert len(list(store.quads_for_pattern(None, None, None, ox.NamedNode(str(G))))) == len(AWKWARD)
    assert len(list(store.quads_for_pattern(None, None, None, ox.DefaultGraph()))) == 1
