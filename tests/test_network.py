"""The RDF → networkx projection (kg.network), tested on the network data, not on HTML.

Most tests read a small hand-written TriG dataset in exactly the shape kg/mapping.py
writes (so they do not move when extraction improves); one runs real releases through
the whole pipeline.
"""
from __future__ import annotations

from pathlib import Path

import pytest

from kg.errors import KgError
from kg.ingest import ingest
from kg.analysis.network import build_network, date_bounds, parse_kinds
from kg.store import Store, open_store

ID = "https://w3id.org/diplomacy-kg/id/"
A, B, C, D, E = (f"{ID}person/{n}" for n in ("alia-aster", "boris-bek", "chen-li", "dana-dale", "emil-eck"))
KZ, UZ, CN, US, SK = (f"{ID}state/{c}" for c in ("KZ", "UZ", "CN", "US", "SK"))
OSCE = f"{ID}org/osce"

TRIG = """
@prefix dip: <https://w3id.org/diplomacy-kg/ontology#> .
@prefix kgid: <https://w3id.org/diplomacy-kg/id/> .
@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
@prefix skos: <http://www.w3.org/2004/02/skos/core#> .
@prefix dcterms: <http://purl.org/dc/terms/> .
@prefix oa: <http://www.w3.org/ns/oa#> .
@prefix xsd: <http://www.w3.org/2001/XMLSchema#> .

<https://w3id.org/diplomacy-kg/graph/entities> {
  kgid:person\\/alia-aster a dip:Person ; rdfs:label "Alia Aster" ; skos:altLabel "Minister Aster" .
  kgid:person\\/boris-bek a dip:Person ; rdfs:label "Boris Bek" .
  kgid:person\\/chen-li a dip:Person ; rdfs:label "Chén Lì" .
  kgid:person\\/dana-dale a dip:Person ; rdfs:label "Dana Dale" .
  kgid:person\\/emil-eck a dip:Person ; rdfs:label "Emil Eck" .
  kgid:state\\/KZ a dip:State ; rdfs:label "Kazakhstan" ; dip:isoCode "KZ" ; skos:altLabel "Kazakh" .
  kgid:state\\/UZ a dip:State ; rdfs:label "Uzbekistan" ; dip:isoCode "UZ" .
  kgid:state\\/CN a dip:State ; rdfs:label "China" ; dip:isoCode "CN" .
  kgid:state\\/US a dip:State ; rdfs:label "United States" ; dip:isoCode "US" .
  kgid:state\\/SK a dip:State ; rdfs:label "Slovakia" ; dip:isoCode "SK" .
  kgid:org\\/osce a dip:Organization ; rdfs:label "OSCE" .
  kgid:place\\/astana a dip:Place ; rdfs:label "Astana" .
}

kgid:release\\/r1 {
  kgid:release\\/r1 a dip:Release ; dcterms:identifier "r1" ; dcterms:title "Aster meets Bek" ;
    dcterms:date "2021-03-10"^^xsd:date ; dcterms:source "https://mfa.example/r1" .
  kgid:person\\/alia-aster dip:affiliatedWith kgid:state\\/KZ .
  kgid:person\\/boris-bek dip:affiliatedWith kgid:state\\/UZ .
  kgid:interaction\\/i1 a dip:Meeting ; dip:participant kgid:person\\/alia-aster, kgid:person\\/boris-bek ;
    dip:date "2021-03-10"^^xsd:date ; dip:place kgid:place\\/astana ; dip:reportedIn kgid:release\\/r1 ;
    dip:evidence kgid:evidence\\/r1\\/0-40 .
  kgid:evidence\\/r1\\/0-40 a dip:Evidence ; oa:exact "Alia Aster met Boris Bek in Astana." ;
    oa:start 0 ; oa:end 40 .
  kgid:interaction\\/i6 a dip:Signing ; dip:signatory kgid:state\\/KZ, kgid:state\\/UZ ;
    dip:participant kgid:state\\/KZ, kgid:state\\/UZ ; dip:date "2021-03-10"^^xsd:date ;
    dip:reportedIn kgid:release\\/r1 .
  kgid:holding\\/h1 a dip:OfficeHolding ; dip:holder kgid:person\\/alia-aster ;
    dip:title "Minister of Foreign Affairs" ; dip:officeOf kgid:state\\/KZ ;
    dip:reportedOn "2021-03-10"^^xsd:date ; dip:reportedIn kgid:release\\/r1 .
  kgid:initiative\\/green-bridge a dip:Initiative ; rdfs:label "Green Bridge" ;
    dip:proposedBy kgid:person\\/alia-aster ; dip:reportedIn kgid:release\\/r1 .
}

kgid:release\\/r2 {
  kgid:release\\/r2 a dip:Release ; dcterms:identifier "r2" ; dcterms:title "Call" ;
    dcterms:date "2021-07-20"^^xsd:date ; dcterms:source "javascript:alert(1)" .
  kgid:interaction\\/i2 a dip:PhoneCall ; dip:participant kgid:person\\/alia-aster, kgid:person\\/boris-bek ;
    dip:date "2021-07"^^xsd:gYearMonth ; dip:reportedIn kgid:release\\/r2 .
}

kgid:release\\/r3 {
  kgid:release\\/r3 a dip:Release ; dcterms:identifier "r3" ; dcterms:title "Chen's week" ;
    dcterms:date "2022-01-15"^^xsd:date .
  kgid:person\\/chen-li dip:affiliatedWith kgid:state\\/CN .
  kgid:person\\/dana-dale dip:affiliatedWith kgid:state\\/US .
  kgid:interaction\\/i3 a dip:Meeting ; dip:participant kgid:person\\/boris-bek, kgid:person\\/chen-li ;
    dip:reportedIn kgid:release\\/r3 .
  kgid:interaction\\/i4 a dip:Visit ; dip:visitor kgid:person\\/chen-li ; dip:destination kgid:person\\/dana-dale ;
    dip:participant kgid:person\\/chen-li, kgid:person\\/dana-dale ; dip:date "2022"^^xsd:gYear ;
    dip:reportedIn kgid:release\\/r3 .
}

kgid:release\\/r4 {
  kgid:release\\/r4 a dip:Release ; dcterms:identifier "r4" ; dcterms:title "Summit" ;
    dcterms:date "2023-05-02"^^xsd:date .
  kgid:person\\/emil-eck dip:affiliatedWith kgid:state\\/SK .
  kgid:interaction\\/i5 a dip:MultilateralEvent ;
    dip:participant kgid:person\\/alia-aster, kgid:person\\/chen-li, kgid:person\\/emil-eck ;
    dip:date "2023-05-02"^^xsd:date ; dip:reportedIn kgid:release\\/r4 .
  kgid:holding\\/h2 a dip:OfficeHolding ; dip:holder kgid:person\\/alia-aster ;
    dip:title "Minister of Foreign Affairs" ; dip:officeOf kgid:state\\/KZ ;
    dip:reportedOn "2023-05-02"^^xsd:date ; dip:reportedIn kgid:release\\/r4 .
}
"""


@pytest.fixture
def small(tmp_path: Path) -> Store:
    path = tmp_path / "small.trig"
    path.write_text(TRIG, encoding="utf-8")
    store = open_store(":memory:")
    store.load_rdf(path)
    return store


MERGED = """
@prefix dip: <https://w3id.org/diplomacy-kg/ontology#> .
@prefix kgid: <https://w3id.org/diplomacy-kg/id/> .
@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
@prefix dcterms: <http://purl.org/dc/terms/> .
@prefix oa: <http://www.w3.org/ns/oa#> .
@prefix xsd: <http://www.w3.org/2001/XMLSchema#> .
<https://w3id.org/diplomacy-kg/graph/entities> {
  kgid:person\\/fay-fox a dip:Person ; rdfs:label "Fay Fox" .
  kgid:person\\/gil-gray a dip:Person ; rdfs:label "Gil Gray" .
}
kgid:release\\/r5 {
  kgid:release\\/r5 a dip:Release ; dcterms:identifier "r5" ; dcterms:title "Fox in Gray's capital" ;
    dcterms:date "2024-02-02"^^xsd:date ; dcterms:source "https://mfa.example/r5" .
  kgid:interaction\\/i7 a dip:Meeting ; dip:participant kgid:person\\/fay-fox, kgid:person\\/gil-gray ;
    dip:date "2024-02-02"^^xsd:date ; dip:reportedIn kgid:release\\/r5 ; dip:evidence kgid:evidence\\/r5\\/0-9 .
  kgid:evidence\\/r5\\/0-9 a dip:Evidence ; dip:inRelease kgid:release\\/r5 ; oa:exact "Fox met Gray." .
}
kgid:release\\/r6 {
  kgid:release\\/r6 a dip:Release ; dcterms:identifier "r6" ; dcterms:title "Gray receives Fox" ;
    dcterms:date "2024-02-01"^^xsd:date ; dcterms:source "https://mfa.example/r6" .
  kgid:interaction\\/i7 a dip:Meeting ; dip:participant kgid:person\\/fay-fox, kgid:person\\/gil-gray ;
    dip:date "2024-02-01"^^xsd:date ; dip:reportedIn kgid:release\\/r6 ; dip:evidence kgid:evidence\\/r6\\/0-9 .
  kgid:evidence\\/r6\\/0-9 a dip:Evidence ; dip:inRelease kgid:release\\/r6 ; oa:exact "Gray received Fox." .
}
"""


def edge_set(graph) -> set[frozenset[str]]:
    return {frozenset((a, b)) for a, b, d in graph.edges(data=True) if d["kind"] == "interaction"}


def test_full_projection_nodes_edges_and_weights(small: Store) -> None:
    g = build_network(small, affiliations=False)
    assert set(g) == {A, B, C, D, E, KZ, UZ}
    assert edge_set(g) == {frozenset(p) for p in [(A, B), (B, C), (C, D), (A, C), (A, E), (C, E), (KZ, UZ)]}
    ab = g[A][B]
    assert ab["weight"] == 2
    assert ab["kinds"] == {"meeting": 1, "call": 1}
    assert (ab["first"], ab["last"]) == ("2021-03-10", "2021-07")
    first = ab["interactions"][0]
    assert first["kind"] == "meeting" and first["place"] == "Astana" and first["release"] == "r1"
    assert first["release_title"] == "Aster meets Bek" and first["release_url"] == "https://mfa.example/r1"
    assert first["evidence"] == "Alia Aster met Boris Bek in Astana."
    assert ab["interactions"][1]["release_url"] is None  # javascript: URLs are never kept


def test_node_attributes(small: Store) -> None:
    g = build_network(small, affiliations=False)
    a = g.nodes[A]
    assert (a["kind"], a["label"], a["country"], a["country_label"]) == ("person", "Alia Aster", "KZ", "Kazakhstan")
    assert a["interactions"] == 3  # i1, i2, i5
    assert a["degree"] == 3  # B, C, E
    assert a["offices"] == [{"title": "Minister of Foreign Affairs", "of": KZ, "of_label": "Kazakhstan",
                             "first": "2021-03-10", "last": "2023-05-02"}]
    assert [i["label"] for i in a["initiatives"]] == ["Green Bridge"]
    assert g.nodes[KZ]["kind"] == "state" and g.nodes[KZ]["country"] == "KZ"
    assert g.nodes[C]["interactions"] == 3  # i3, i4, i5
    assert 0 < g.nodes[C]["centrality"] <= 1


def test_undated_interaction_takes_its_release_date(small: Store) -> None:
    item = build_network(small)[B][C]["interactions"][0]
    assert item["date"] == "2022-01-15" and item["date_from_release"] is True


@pytest.mark.parametrize(("focus", "depth", "expected"), [
    ("Alia Aster", 0, {A}),
    ("alia aster", 1, {A, B, C, E}),
    ("ALIA ASTER", 2, {A, B, C, D, E}),
    ("Minister Aster", 1, {A, B, C, E}),  # an skos:altLabel
    ("chen li", 1, {B, C, D, A, E}),  # accents ignored
    ("Dana Dale", 1, {C, D}),
    ("Dana Dale", 2, {A, B, C, D, E}),
    ("Kazakhstan", 1, {KZ, UZ}),
    ("kazakh", 1, {KZ, UZ}),
    ("Dale", 1, {C, D}),  # every word of the query in a label
])
def test_ego_network(small: Store, focus: str, depth: int, expected: set[str]) -> None:
    g = build_network(small, focus=focus, depth=depth, affiliations=False)
    assert set(g) == expected


def test_ego_network_keeps_only_edges_among_selected_actors(small: Store) -> None:
    g = build_network(small, focus="Dana Dale", depth=1, affiliations=False)
    assert edge_set(g) == {frozenset((C, D))}
    assert g.graph["focus"] == [D]


def test_ego_with_affiliations_adds_the_states_of_its_persons(small: Store) -> None:
    g = build_network(small, focus="Dana Dale", depth=1)
    assert set(g) == {C, D, CN, US}
    assert g[D][US]["kind"] == "affiliation" and g[D][US]["weight"] == 0


def test_focus_actor_without_selected_interactions_stands_alone(small: Store) -> None:
    g = build_network(small, focus="Dana Dale", since="2023", affiliations=False)
    assert set(g) == {D} and g.nodes[D]["interactions"] == 0


def test_empty_kinds_and_countries_mean_no_filter(small: Store) -> None:
    assert edge_set(build_network(small, kinds=(), countries=())) == edge_set(build_network(small))


def test_focus_that_matches_nothing_raises_a_helpful_error(small: Store) -> None:
    with pytest.raises(KgError, match="no actor named 'Alia Astor'.*did you mean 'Alia Aster'"):
        build_network(small, focus="Alia Astor")


@pytest.mark.parametrize(("since", "until", "expected"), [
    ("2021-07", None, {(A, B), (B, C), (C, D), (A, C), (A, E), (C, E)}),  # i2 (2021-07) counts as 1 July
    ("2021-07-02", None, {(B, C), (C, D), (A, C), (A, E), (C, E)}),  # so it starts before 2 July
    (None, "2021", {(A, B), (KZ, UZ)}),  # until a year keeps all of it
    (None, "2021-03-10", {(A, B), (KZ, UZ)}),
    ("2022", "2022", {(B, C), (C, D)}),  # i3 by its release's date, i4 by its gYear
    ("2023-05-02", "2023-05-02", {(A, C), (A, E), (C, E)}),
    ("2030", None, set()),
])
def test_date_filters_select_the_right_edges(small: Store, since, until, expected) -> None:
    g = build_network(small, since=since, until=until, affiliations=False)
    assert edge_set(g) == {frozenset(p) for p in expected}


def test_date_filter_counts_only_interactions_in_range(small: Store) -> None:
    g = build_network(small, since="2021-06", affiliations=False)
    assert g[A][B]["weight"] == 1 and g[A][B]["kinds"] == {"call": 1}
    assert g.nodes[A]["interactions"] == 2  # i2, i5


def test_bad_date_is_a_kg_error(small: Store) -> None:
    with pytest.raises(KgError, match="YYYY-MM-DD"):
        build_network(small, since="March 2021")


@pytest.mark.parametrize(("kinds", "expected"), [
    (["call"], {(A, B)}),
    (["meeting", "visit"], {(A, B), (B, C), (C, D)}),
    (["signing,multilateral"], {(KZ, UZ), (A, C), (A, E), (C, E)}),
    (["PhoneCall"], {(A, B)}),
])
def test_kinds_filter(small: Store, kinds, expected) -> None:
    g = build_network(small, kinds=kinds, affiliations=False)
    assert edge_set(g) == {frozenset(p) for p in expected}
    assert all(set(d["kinds"]) <= parse_kinds(kinds) for _, _, d in g.edges(data=True))


def test_unknown_kind_names_the_choices(small: Store) -> None:
    with pytest.raises(KgError, match="choose from meeting, call"):
        build_network(small, kinds=["dinner"])


@pytest.mark.parametrize("countries", [["UZ"], ["uz"], ["uzbekistan"], ["Uzbekistan,UZ"]])
def test_countries_filter_keeps_interactions_of_that_state(small: Store, countries) -> None:
    g = build_network(small, countries=countries, affiliations=False)
    assert edge_set(g) == {frozenset(p) for p in [(A, B), (B, C), (KZ, UZ)]}


def test_unknown_country_is_a_kg_error(small: Store) -> None:
    with pytest.raises(KgError, match="no state 'Kazakstan'.*did you mean 'Kazakhstan'"):
        build_network(small, countries=["Kazakstan"])


def test_affiliation_edges_can_be_switched_off(small: Store) -> None:
    with_aff = build_network(small)
    assert {frozenset((a, b)) for a, b, d in with_aff.edges(data=True) if d["kind"] == "affiliation"} == {
        frozenset(p) for p in [(A, KZ), (B, UZ), (C, CN), (D, US), (E, SK)]}
    assert with_aff.nodes[SK]["interactions"] == 0
    assert all(d["kind"] == "interaction" for _, _, d in build_network(small, affiliations=False).edges(data=True))


def test_interaction_reported_by_two_releases_is_one_interaction_with_both_sources(tmp_path: Path) -> None:
    """Ingest merges an event two releases report (kg/entities.py): one node, two
    releases, two sentences, dates a day apart."""
    path = tmp_path / "merged.trig"
    path.write_text(TRIG + MERGED, encoding="utf-8")
    store = open_store(":memory:")
    store.load_rdf(path)
    fox, gray = f"{ID}person/fay-fox", f"{ID}person/gil-gray"
    g = build_network(store, affiliations=False)
    edge = g[fox][gray]
    assert edge["weight"] == 1
    [item] = edge["interactions"]
    assert item["date"] == "2024-02-01"  # the earliest the releases give
    assert (item["release"], item["evidence"]) == ("r6", "Gray received Fox.")  # the earliest release first
    assert [(s["release"], s["evidence"], s["release_url"]) for s in item["sources"]] == [
        ("r6", "Gray received Fox.", "https://mfa.example/r6"), ("r5", "Fox met Gray.", "https://mfa.example/r5")]
    assert g.nodes[fox]["interactions"] == 1
    assert set(build_network(store, since="2024-02-01", until="2024-02-01", affiliations=False)) == {fox, gray}


def test_date_bounds() -> None:
    assert date_bounds("2021") == ("2021-01-01", "2021-12-31")
    assert date_bounds("2021-02") == ("2021-02-01", "2021-02-31")
    assert date_bounds("2021-02-03") == ("2021-02-03", "2021-02-03")


def test_empty_store_gives_an_empty_graph() -> None:
    assert build_network(open_store(":memory:")).number_of_nodes() == 0


RELEASES = {
    "kz-2021-03-10-tileuberdi-kamilov": (
        "Kazakhstan and Uzbekistan strengthen cooperation",
        ("ASTANA, March 10, 2021 – Minister of Foreign Affairs of the Republic of Kazakhstan Mukhtar Tileuberdi "
        "met with Minister of Foreign Affairs of Uzbekistan Abdulaziz Kamilov in Astana.\n\n"
        "The sides discussed trade and regional security.")),
    "kz-2022-06-01-tileuberdi-wang-call": (
        "Phone call with the Foreign Minister of China",
        ("ASTANA, June 1, 2022 – Minister of Foreign Affairs of the Republic of Kazakhstan Mukhtar Tileuberdi "
        "held a telephone conversation with State Councilor and Foreign Minister of China Wang Yi.\n\n"
        "The ministers discussed preparations for the upcoming visit.")),
    "uz-2022-09-05-kamilov-blinken": (
        "Meeting with the Secretary of State of the United States",
        ("TASHKENT, September 5, 2022 – Minister of Foreign Affairs of Uzbekistan Abdulaziz Kamilov met with "
        "Secretary of State of the United States Antony Blinken in Tashkent.\n\n"
        "The parties discussed bilateral relations.")),
}


def test_releases_through_the_whole_pipeline(tmp_path: Path) -> None:
    for name, (title, body) in RELEASES.items():
        (tmp_path / f"{name}.txt").write_text(f"{title}\n\n{body}\n", encoding="utf-8")
    store = open_store(":memory:")
    assert ingest([tmp_path], store=store).failed == 0
    tileuberdi, kamilov, wang, blinken = (f"{ID}person/{n}" for n in (
        "mukhtar-tileuberdi", "abdulaziz-kamilov", "wang-yi", "antony-blinken"))
    g = build_network(store, affiliations=False)
    assert {frozenset((tileuberdi, kamilov)), frozenset((tileuberdi, wang)), frozenset((kamilov, blinken))} <= edge_set(g)
    meeting = g[tileuberdi][kamilov]["interactions"][0]
    assert (meeting["date"], meeting["kind"], meeting["release"]) == (
        "2021-03-10", "meeting", "kz-2021-03-10-tileuberdi-kamilov")
    assert "Abdulaziz Kamilov" in meeting["evidence"]
    # What they talked about: the topics of the sentences ("trade and regional security").
    assert {"Trade and investment", "Security"} <= set(meeting["topics"])
    assert set(build_network(store, focus="Tileuberdi", depth=1, affiliations=False)) == {tileuberdi, kamilov, wang}
    assert blinken in build_network(store, focus="Tileuberdi", depth=2, affiliations=False)
    assert edge_set(build_network(store, since="2022", affiliations=False)) == {
        frozenset((tileuberdi, wang)), frozenset((kamilov, blinken))}
    assert edge_set(build_network(store, kinds=["call"], affiliations=False)) == {frozenset((tileuberdi, wang))}
