"""The ontology, the SHACL shapes, validation and the documented examples.

- every dip: term the mapping writes is declared, with a label and a comment, and the
  public super-terms the mapping writes are ones the ontology aligns to;
- the bundled corpus validates, and a graph the mapping writes for a hand-made record
  conforms;
- each shape rejects a hand-broken graph with a message a person can act on;
- the example queries in docs/ontology.md return what the docs show, and the generated
  parts of the docs (diagram, codes, alignments) are up to date.
"""
from __future__ import annotations

import importlib.util
import re
from collections.abc import Callable, Iterator
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest
from rdflib import Graph, Literal, URIRef
from rdflib.namespace import DCTERMS, OWL, RDF, RDFS, SH, XSD

import kg.graph.mapping
from kg.lexicon import Lexicon
from kg.graph.mapping import SUPER_CLASSES, SUPER_PROPERTIES, entity_quads, map_release
from kg.graph.ontology import DIP, ID, INTERACTION_CLASSES, ONTOLOGY_DIR, state_iri
from kg.records import (
    INTERACTION_TYPES,
    Document,
    Evidence,
    Initiative,
    Interaction,
    Person,
    Record,
    Release,
    Role,
    State,
)
from kg.store import Store
from kg.analysis.validate import ValidationReport, format_report, validate

ROOT = Path(__file__).resolve().parent.parent
DOCS = ROOT / "docs"
OA = "http://www.w3.org/ns/oa#"
PLOVER_TYPES = {"AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST",
                "ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT", "DEMAND"}


def _load_script(name: str) -> ModuleType:
    spec = importlib.util.spec_from_file_location(f"docs_{name}", DOCS / f"{name}.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


make_examples = _load_script("make_examples")
make_diagram = _load_script("make_diagram")


@pytest.fixture(scope="module")
def ontology() -> Graph:
    return Graph().parse(ONTOLOGY_DIR / "diplomacy.ttl")


@pytest.fixture(scope="module")
def shapes() -> Graph:
    return Graph().parse(ONTOLOGY_DIR / "shapes.ttl")


# --- the ontology declares what the mapping writes ------------------------------------

def _dip_names_in_source() -> set[str]:
    """Every DIP.name / DIP["name"] in the modules that mint what the store holds."""
    names: set[str] = set()
    for module in ("graph/mapping.py", "graph/resolve.py", "graph/ontology.py", "namespaces.py"):
        source = (ROOT / "kg" / module).read_text(encoding="utf-8")
        names |= set(re.findall(r"\bDIP\.([A-Za-z_]\w*)", source))
        names |= set(re.findall(r"\bDIP\[[\"']([A-Za-z_]\w*)[\"']\]", source))
    return names


def _dip_terms_in_tables() -> set[URIRef]:
    terms: set[URIRef] = set(INTERACTION_CLASSES.values())
    for table in (SUPER_CLASSES, SUPER_PROPERTIES):
        for key, sups in table.items():
            terms |= {t for t in (key, *sups) if str(t).startswith(str(DIP))}
    return terms


def test_mapping_module_uses_dip_terms() -> None:
    assert {"Release", "Interaction", "participant", "reportedIn", "evidence"} <= _dip_names_in_source()
    assert kg.graph.mapping.DIP == DIP


@pytest.mark.parametrize("name", sorted(_dip_names_in_source() | {str(t)[len(str(DIP)):] for t in _dip_terms_in_tables()}))
def test_every_dip_term_the_mapping_writes_is_declared(ontology: Graph, name: str) -> None:
    term = DIP[name]
    kinds = set(ontology.objects(term, RDF.type))
    assert kinds & {OWL.Class, OWL.ObjectProperty, OWL.DatatypeProperty, OWL.AnnotationProperty}, \
        f"dip:{name} is written by kg/mapping.py but not declared in ontology/diplomacy.ttl"
    assert ontology.value(term, RDFS.label), f"dip:{name} has no rdfs:label"
    assert ontology.value(term, RDFS.comment), f"dip:{name} has no rdfs:comment"


def test_every_dip_term_in_the_corpus_is_declared(ontology: Graph, corpus_store: Store) -> None:
    used = corpus_store.query(
        "SELECT DISTINCT ?t WHERE { { ?s ?t ?o } UNION { ?s a ?t } "
        "FILTER(STRSTARTS(STR(?t), 'https://w3id.org/diplomacy-kg/ontology#')) }").rows
    missing = [str(t) for (t,) in used if not ontology.value(t, RDFS.label)]
    assert not missing, f"used in the data but not declared: {missing}"


def test_roles_the_issue_names_are_declared(ontology: Graph) -> None:
    for role in ("host", "visitor", "guest", "signatory", "proposer"):
        assert (DIP[role], RDF.type, OWL.ObjectProperty) in ontology
        assert DIP.participant in set(ontology.transitive_objects(DIP[role], RDFS.subPropertyOf))


def test_ontology_header(ontology: Graph) -> None:
    iri = URIRef("https://w3id.org/diplomacy-kg/ontology")
    assert (iri, RDF.type, OWL.Ontology) in ontology
    assert ontology.value(iri, OWL.versionInfo) == Literal("0.1.0")
    for prop in (DCTERMS.title, DCTERMS.description, DCTERMS.license):
        assert ontology.value(iri, prop) is not None, prop


@pytest.mark.parametrize(("table", "relation"), [(SUPER_CLASSES, RDFS.subClassOf),
                                                 (SUPER_PROPERTIES, RDFS.subPropertyOf)])
def test_super_terms_the_mapping_writes_are_ontology_alignments(
    ontology: Graph, table: dict[URIRef, tuple[URIRef, ...]], relation: URIRef
) -> None:
    """What the mapping writes beside our terms must follow from the ontology."""
    for term, sups in table.items():
        closure = set(ontology.transitive_objects(term, relation)) - {term}
        for sup in sups:
            assert sup in closure, f"kg/mapping.py writes {sup} for {term}, the ontology does not align them"


@pytest.mark.parametrize("kind", INTERACTION_TYPES)
def test_interaction_classes_carry_event_codes(ontology: Graph, kind: str) -> None:
    cls = INTERACTION_CLASSES[kind]
    codes = [str(c) for c in ontology.objects(cls, DIP.cameoCode)]
    assert codes and all(re.fullmatch(r"\d{3}", c) for c in codes), codes
    assert {str(t) for t in ontology.objects(cls, DIP.ploverType)} <= PLOVER_TYPES
    assert ontology.value(cls, DIP.ploverType) is not None


def test_event_codes_are_the_documented_ones(ontology: Graph) -> None:
    def codes(cls: URIRef) -> set[str]:
        return {str(c) for c in ontology.objects(cls, DIP.cameoCode)}

    assert codes(DIP.PhoneCall) == {"041"} and codes(DIP.Visit) == {"042", "043"}
    assert codes(DIP.Signing) == {"057"} and str(ontology.value(DIP.Signing, DIP.ploverType)) == "SUPPORT"
    assert {str(m) for m in ontology.objects(DIP.MultilateralEvent, DIP.ploverMode)} == {"multilateral"}


# --- shapes -------------------------------------------------------------------------

def test_every_class_the_mapping_writes_has_a_shape(ontology: Graph, shapes: Graph) -> None:
    targets = set(shapes.objects(None, SH.targetClass))
    for name in sorted(n for n in _dip_names_in_source() if n[0].isupper()):
        cls = DIP[name]
        supers = set(ontology.transitive_objects(cls, RDFS.subClassOf))
        assert supers & targets, f"no shape targets dip:{name} or a super-class of it"


def test_every_constraint_has_a_message(shapes: Graph) -> None:
    for prop_shape in shapes.objects(None, SH.property):
        assert shapes.value(prop_shape, SH.message), f"property shape on {shapes.value(prop_shape, SH.path)}"
    for shape in shapes.subjects(RDF.type, SH.NodeShape):
        if any(shapes.value(shape, p) is not None for p in (SH["or"], SH.pattern, SH.nodeKind)):
            assert shapes.value(shape, SH.message), shape


def test_interaction_kind_values_match_the_record_schema(shapes: Graph) -> None:
    allowed = None
    for prop_shape in shapes.objects(None, SH.property):
        values = shapes.value(prop_shape, SH["in"])
        if shapes.value(prop_shape, SH.path) == DIP.kind and values is not None:
            allowed = {str(v) for v in shapes.items(values)}
    assert allowed == set(INTERACTION_TYPES)


# --- validation of real data ----------------------------------------------------------

def test_bundled_corpus_validates(corpus_store: Store) -> None:
    report = validate(corpus_store)
    assert report.triples > 0
    assert report.conforms, format_report(report)


def test_empty_store_conforms(store: Store) -> None:
    report = validate(store)
    assert isinstance(report, ValidationReport)
    assert (report.conforms, report.violations) == (True, [])
    assert format_report(report).endswith("(0 triples checked).")


TEXT_BODY = (
    "ASTANA, 2 January 2024 — Minister of Foreign Affairs of Kazakhstan Murat Nurtleu met "
    "Foreign Minister of Uzbekistan Bakhtiyor Saidov. "
    "Bakhtiyor Saidov paid an official visit to Kazakhstan. "
    "The ministers signed a Memorandum of Understanding. "
    "Murat Nurtleu conveyed a message from President Kassym-Jomart Tokayev to President Shavkat Mirziyoyev. "
    "The ministers also took part in the Consultative Meeting of the Heads of State of Central Asia. "
    "Kazakhstan proposed to establish a Regional Water Council."
)


def _release() -> Release:
    title = "Murat Nurtleu meets Bakhtiyor Saidov"
    return Release(id="test-2024-01-02-nurtleu-saidov", title=title, text=f"{title}\n\n{TEXT_BODY}",
                   date="2024-01-02", place="Astana")


def _record(release: Release) -> Record:
    def ev(fragment: str) -> Evidence:
        start = release.text.index(fragment)
        end = release.text.index(".", start + len(fragment) - 1) + 1 if not fragment.endswith(".") else \
            start + len(fragment)
        return Evidence(start, end, release.text[start:end])

    first = ev("ASTANA, 2 January 2024")
    return Record(
        release=release.id, title=release.title, date=release.date, place=release.place,
        persons=[
            Person("Murat Nurtleu", roles=[Role("Minister of Foreign Affairs", "Kazakhstan", first)], state="Kazakhstan"),
            Person("Bakhtiyor Saidov", roles=[Role("Foreign Minister", "Uzbekistan", first)], state="Uzbekistan"),
        ],
        states=[State("Kazakhstan", code="KZ"), State("Uzbekistan", code="UZ")],
        interactions=[
            Interaction("meeting", ["Murat Nurtleu", "Bakhtiyor Saidov"], "2024-01-02", "Astana", evidence=first),
            Interaction("visit", ["Bakhtiyor Saidov", "Kazakhstan"], "2024-01", evidence=ev("Bakhtiyor Saidov paid")),
            Interaction("signing", ["Murat Nurtleu", "Bakhtiyor Saidov"], "2024", evidence=ev("The ministers signed")),
            Interaction("correspondence", ["Kassym-Jomart Tokayev", "Shavkat Mirziyoyev"],
                        evidence=ev("Murat Nurtleu conveyed")),
            Interaction("multilateral", [], name="Consultative Meeting of the Heads of State of Central Asia",
                        evidence=ev("The ministers also took part")),
        ],
        initiatives=[Initiative("Regional Water Council", proposed_by="Kazakhstan", evidence=ev("Kazakhstan proposed"))],
        documents=[Document("Memorandum of Understanding", signed=True, evidence=ev("The ministers signed"))],
        topics=["climate"],
    )


@pytest.fixture(scope="module")
def lexicon() -> Lexicon:
    return Lexicon.load()


@pytest.fixture
def mapped(lexicon: Lexicon) -> Graph:
    """What the mapping writes (release graph and entities) for a hand-made record."""
    release = _release()
    out = map_release(release, _record(release), lexicon=lexicon)
    graph = Graph()
    for s, p, o, _ in out.quads:
        graph.add((s, p, o))
    for entity in out.entities:
        for s, p, o, _ in entity_quads(entity):
            graph.add((s, p, o))
    return graph


def test_what_the_mapping_writes_conforms(mapped: Graph) -> None:
    for cls in (DIP.Meeting, DIP.Visit, DIP.Signing, DIP.Correspondence, DIP.MultilateralEvent,
                DIP.OfficeHolding, DIP.Initiative, DIP.Document, DIP.Evidence, DIP.State, DIP.Post):
        assert (None, RDF.type, cls) in mapped, f"the fixture should exercise {cls}"
    report = validate(mapped)
    assert report.conforms, format_report(report)
    assert report.violations == [], format_report(report)


# --- each shape rejects a hand-broken graph ---------------------------------------------

def _one(graph: Graph, cls: URIRef) -> URIRef:
    nodes = sorted(str(n) for n in graph.subjects(RDF.type, cls))
    assert nodes, cls
    return URIRef(nodes[0])


def _drop(graph: Graph, s: Any, p: Any, o: Any = None) -> None:
    for triple in list(graph.triples((s, p, o))):
        graph.remove(triple)


def no_participant(g: Graph) -> None:
    meeting = _one(g, DIP.Meeting)
    for p in (DIP.participant, URIRef("http://semanticweb.cs.vu.nl/2009/11/sem/hasActor")):
        _drop(g, meeting, p)


def start_after_end(g: Graph) -> None:
    span = _one(g, DIP.Evidence)
    start, end = (int(str(g.value(span, URIRef(OA + name)))) for name in ("start", "end"))
    _drop(g, span, URIRef(OA + "start"))
    _drop(g, span, URIRef(OA + "end"))
    g.add((span, URIRef(OA + "start"), Literal(end)))
    g.add((span, URIRef(OA + "end"), Literal(start)))


def two_labels(g: Graph) -> None:
    g.add((state_iri("KZ"), RDFS.label, Literal("Qazaqstan")))


def two_visitors(g: Graph) -> None:
    g.add((_one(g, DIP.Visit), DIP.visitor, ID["person/murat-nurtleu"]))


def bad_iso_code(g: Graph) -> None:
    _drop(g, state_iri("KZ"), DIP.isoCode)
    g.add((state_iri("KZ"), DIP.isoCode, Literal("KAZ")))


def iso_code_not_in_iri(g: Graph) -> None:
    _drop(g, state_iri("KZ"), DIP.isoCode)
    g.add((state_iri("KZ"), DIP.isoCode, Literal("KG")))


def sentence_not_at_offsets(g: Graph) -> None:
    span = _one(g, DIP.Evidence)
    exact = URIRef(OA + "exact")
    sentence = str(g.value(span, exact))
    _drop(g, span, exact)
    g.add((span, exact, Literal(sentence.replace("Saidov", "Saydov"))))


def release_without_title(g: Graph) -> None:
    _drop(g, _one(g, DIP.Release), DCTERMS.title)


def release_date_not_a_day(g: Graph) -> None:
    release = _one(g, DIP.Release)
    _drop(g, release, DCTERMS.date)
    g.add((release, DCTERMS.date, Literal("2024", datatype=XSD.gYear)))


def interaction_date_with_time(g: Graph) -> None:
    meeting = _one(g, DIP.Meeting)
    _drop(g, meeting, DIP.date)
    g.add((meeting, DIP.date, Literal("2024-01-02T10:00:00", datatype=XSD.dateTime)))


def holding_with_two_holders(g: Graph) -> None:
    g.add((_one(g, DIP.OfficeHolding), DIP.holder, ID["person/somebody-else"]))


def multilateral_without_name_or_participant(g: Graph) -> None:
    event = _one(g, DIP.MultilateralEvent)
    for p in (DIP.name, RDFS.label, DIP.participant):
        _drop(g, event, p)


def interaction_without_evidence(g: Graph) -> None:
    _drop(g, _one(g, DIP.Signing), DIP.evidence)


def interaction_without_release(g: Graph) -> None:
    _drop(g, _one(g, DIP.Visit), DIP.reportedIn)


def visit_without_destination(g: Graph) -> None:
    _drop(g, _one(g, DIP.Visit), DIP.destination)


def correspondence_without_sender(g: Graph) -> None:
    _drop(g, _one(g, DIP.Correspondence), DIP.sender)


def signing_without_signatory(g: Graph) -> None:
    _drop(g, _one(g, DIP.Signing), DIP.signatory)


def office_of_a_person(g: Graph) -> None:
    holding = _one(g, DIP.OfficeHolding)
    _drop(g, holding, DIP.officeOf)
    g.add((holding, DIP.officeOf, ID["person/murat-nurtleu"]))


def unknown_interaction_kind(g: Graph) -> None:
    meeting = _one(g, DIP.Meeting)
    _drop(g, meeting, DIP.kind)
    g.add((meeting, DIP.kind, Literal("banquet")))


BROKEN: list[tuple[Callable[[Graph], None], str, str]] = [
    (no_participant, "participant", "Interaction has no participant: the extraction found a trigger but no actor"),
    (start_after_end, "start", "Evidence starts at or after its end"),
    (two_labels, "label", "Entity has more than one rdfs:label"),
    (two_visitors, "visitor", "Visit must have exactly one visitor"),
    (bad_iso_code, "isoCode", "State ISO code must be one ISO 3166-1 alpha-2 code"),
    (iso_code_not_in_iri, "isoCode", "State IRI does not end with its ISO code"),
    (sentence_not_at_offsets, "exact", "Evidence sentence (oa:exact) is not the release text between its offsets"),
    (release_without_title, "title", "Release must have exactly one non-empty title"),
    (release_date_not_a_day, "date", "Release date is not an xsd:date"),
    (interaction_date_with_time, "date", "Interaction date must be an xsd:date, xsd:gYearMonth or xsd:gYear"),
    (holding_with_two_holders, "holder", "Office holding must have exactly one holder"),
    (multilateral_without_name_or_participant, "", "Multilateral event has neither a participant nor a name"),
    (interaction_without_evidence, "evidence", "Extracted fact has no evidence"),
    (interaction_without_release, "reportedIn", "Extracted fact is not linked to a dip:Release"),
    (visit_without_destination, "destination", "Visit must have exactly one destination"),
    (correspondence_without_sender, "sender", "Correspondence must have exactly one sender"),
    (signing_without_signatory, "signatory", "Signing has no signatory"),
    (office_of_a_person, "officeOf", "Office holding must be in at most one state or organisation"),
    (unknown_interaction_kind, "kind", "Interaction kind (dip:kind) must be one of"),
]


@pytest.mark.parametrize(("breaker", "path", "message"), BROKEN, ids=[b[0].__name__ for b in BROKEN])
def test_each_shape_rejects_a_broken_graph(mapped: Graph, breaker: Callable[[Graph], None], path: str,
                                           message: str) -> None:
    breaker(mapped)
    report = validate(mapped)
    assert not report.conforms
    hits = [v for v in report.violations if message in v.message]
    assert hits, format_report(report)
    hit = hits[0]
    assert hit.severity == "Violation"
    assert str(hit.path or "").endswith(path)
    text = format_report(report)
    assert message in text and "does not conform" in text.splitlines()[-1]
    assert hit.label and (hit.label in text)


def test_warnings_are_reported_but_do_not_fail(mapped: Graph) -> None:
    """A state the gazetteer does not know has no ISO code: a warning, not a violation."""
    state = state_iri("KZ")
    _drop(mapped, state, DIP.isoCode)
    report = validate(mapped)
    assert report.conforms
    assert [v.severity for v in report.violations] == ["Warning"]
    assert "not in data/gazetteer/states.tsv" in report.violations[0].message
    assert "The store conforms: 0 violations, 1 warning" in format_report(report)


def test_report_names_the_sentence_of_a_broken_interaction(mapped: Graph) -> None:
    no_participant(mapped)
    text = format_report(validate(mapped))
    assert "dip:Meeting in test-2024-01-02-nurtleu-saidov" in text
    assert "evidence: “ASTANA, 2 January 2024" in text


# --- the docs show what the queries return ---------------------------------------------

@pytest.fixture(scope="module")
def example_store() -> Store:
    return make_examples.build_store()  # type: ignore[no-any-return]


QUERIES = sorted((DOCS / "queries").glob("*.rq"))


def test_there_are_enough_examples() -> None:
    assert len(QUERIES) >= 5
    public_only = []
    for path in QUERIES:
        text = path.read_text(encoding="utf-8")
        prefixes = set(re.findall(r"PREFIX\s+(\w+):", text))
        if prefixes and prefixes <= {"sem", "org", "schema", "prov", "rdfs", "rdf", "dcterms", "xsd", "oa", "skos"} \
                and "dip:" not in text:
            public_only.append(path.name)
    assert len(public_only) >= 2, public_only


@pytest.mark.parametrize("query", QUERIES, ids=[q.stem for q in QUERIES])
def test_example_query_returns_what_the_docs_show(example_store: Store, query: Path) -> None:
    header, rows = make_examples.run(example_store, query)
    expected_header, expected_rows = make_examples.read_csv(query.with_suffix(".out"))
    assert header == expected_header
    assert set(rows) == set(expected_rows), (
        f"{query.name} no longer returns what docs/queries/{query.stem}.out shows: if the change is "
        "intended, run `.venv/bin/python docs/make_examples.py` and review the diff")
    assert rows, f"{query.name} returns nothing on the bundled releases"


def _section(name: str) -> str:
    doc = (DOCS / "ontology.md").read_text(encoding="utf-8")
    start, end = f"<!-- {name}:start -->", f"<!-- {name}:end -->"
    return doc.split(start, 1)[1].split(end, 1)[0].strip()


def test_docs_show_the_example_files() -> None:
    results = {q: make_examples.read_csv(q.with_suffix(".out")) for q in QUERIES}
    assert _section("examples") == make_examples.examples_section(results).strip(), \
        "docs/ontology.md is out of date: run `.venv/bin/python docs/make_examples.py`"


def test_alignment_table_is_up_to_date(example_store: Store) -> None:
    assert _section("alignments") == make_examples.alignments_section(example_store).strip(), \
        "docs/ontology.md alignment table is out of date: run `.venv/bin/python docs/make_examples.py`"


def test_diagram_and_codes_are_generated_from_the_ontology(ontology: Graph) -> None:
    text = make_diagram.diagram(ontology)
    hint = "run `.venv/bin/python docs/make_diagram.py`"
    assert (DOCS / "ontology.mmd").read_text(encoding="utf-8") == text, hint
    assert _section("diagram") == f"```mermaid\n{text}```", hint
    assert _section("codes") == make_diagram.codes_table(ontology), hint
    for cls in ontology.subjects(RDF.type, OWL.Class):
        if str(cls).startswith(str(DIP)):
            assert f"class {str(cls)[len(str(DIP)):]}" in text


def _iter_public_alignments(ontology: Graph) -> Iterator[tuple[str, str]]:
    for relation in (RDFS.subClassOf, RDFS.subPropertyOf):
        for ours, theirs in ontology.subject_objects(relation):
            if str(ours).startswith(str(DIP)) and not str(theirs).startswith(str(DIP)):
                yield make_examples.curie(str(ours)), make_examples.curie(str(theirs))


def test_every_alignment_is_in_the_docs(ontology: Graph) -> None:
    table = _section("alignments")
    for ours, theirs in _iter_public_alignments(ontology):
        assert re.search(rf"^\| {re.escape(ours)} \| \S+ \| {re.escape(theirs)} \|", table, re.MULTILINE), (ours, theirs)


def test_who_witnessed_a_signing_is_its_witness_not_a_signatory(lexicon: Lexicon) -> None:
    from kg.extract import extract
    from kg.sources import make_release

    release = make_release("witnessed", "Talks", "TOKYO, 8 February 2024 – Prime Minister Fumio Kishida held a summit "
                           "meeting with President William Ruto of Kenya. After the meeting, the two leaders witnessed "
                           "the signing of the Exchange of Notes on the Mombasa Special Economic Zone by Minister Yoko "
                           "Kamikawa and Prime Cabinet Secretary Musalia Mudavadi.")
    out = map_release(release, extract(release, lexicon=lexicon), lexicon=lexicon)
    graph = Graph()
    for s, p, o, _ in out.quads + [q for entity in out.entities for q in entity_quads(entity)]:
        graph.add((s, p, o))
    signing = next(graph.subjects(RDF.type, DIP.Signing))

    def names(prop: URIRef) -> set[str]:
        return {str(graph.value(actor, RDFS.label)) for actor in graph.objects(signing, prop)}

    assert names(DIP.signatory) == {"Yoko Kamikawa", "Musalia Mudavadi"}
    assert names(DIP.witness) == {"Fumio Kishida", "William Ruto"}
    assert names(DIP.participant) == names(DIP.signatory) | names(DIP.witness)
