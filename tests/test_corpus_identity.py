"""Issue 11: persons, states and events settled over the corpus, whatever the order of arrival."""
from __future__ import annotations

from pathlib import Path

from kg.ingest import ingest
from kg.store import Store, open_store
from tests.conftest import write_release

PERSON = "https://w3id.org/diplomacy-kg/id/person/"


def _releases(folder: Path) -> None:
    write_release(folder, "a", "Secretary Blinken's Call with Russian Foreign Minister Lavrov",
                  "WASHINGTON, 10 May 2023 - Secretary of State Antony J. Blinken spoke by phone today with Russian "
                  "Foreign Minister Sergey Lavrov.")
    write_release(folder, "b", "Blinken Call",
                  "WASHINGTON, 11 May 2023 - Secretary Blinken spoke by phone today with Foreign Minister Lavrov.")
    write_release(folder, "c", "Blinken Tests Positive", "WASHINGTON, 12 May 2023 - Secretary Blinken Tests Positive "
                  "for COVID-19. Secretary Blinken said he would work from home.")


def _ingested(folder: Path, *releases: tuple[str, str, str]) -> Store:
    """A store in memory holding ``releases`` (name, title, body), written to ``folder``."""
    for name, title, body in releases:
        write_release(folder, name, title, body)
    store = open_store(":memory:")
    ingest([folder], store=store)
    return store


def _nquads(store: Store, path: Path) -> list[str]:
    store.dump(str(path), "nquads")
    return sorted(path.read_text(encoding="utf-8").splitlines())


def test_surname_alone_joins_the_full_name_of_another_release(tmp_path: Path) -> None:
    _releases(tmp_path)
    store = open_store(":memory:")
    ingest([tmp_path], store=store)
    labels = {p for (p,) in store.rows("SELECT ?p WHERE { ?p a dip:Person }")}
    assert PERSON + "antony-blinken" in labels and PERSON + "blinken" not in labels
    assert PERSON + "sergey-lavrov" in labels and PERSON + "lavrov" not in labels
    assert not [p for p in labels if "positive" in p or "tests" in p]


def test_a_surname_with_a_form_of_address_joins_the_full_name(tmp_path: Path) -> None:
    store = _ingested(tmp_path, ("a", "Remarks", "WASHINGTON, 10 May 2023 - Former Secretary Mike Pompeo met students."),
                      ("b", "Briefing", "WASHINGTON, 11 May 2023 - QUESTION: Mr. Pompeo said so. Dr. Jaishankar-ji "
                       "agreed, as Subrahmanyam Jaishankar said yesterday."))
    labels = {p for (p,) in store.rows("SELECT ?p WHERE { ?p a dip:Person }")}
    assert PERSON + "mike-pompeo" in labels and not [p for p in labels if "mr-" in p or p.endswith("-ji")]


def test_presumed_office_is_not_the_persons_state(tmp_path: Path) -> None:
    _releases(tmp_path)
    store = open_store(":memory:")
    ingest([tmp_path], store=store)
    states = store.rows(f"SELECT ?s WHERE {{ <{PERSON}sergey-lavrov> dip:affiliatedWith ?s }}")
    assert states == [("https://w3id.org/diplomacy-kg/id/state/RU",)]
    us = store.rows(f"SELECT ?h WHERE {{ ?h dip:holder <{PERSON}sergey-lavrov> ; dip:officeOf "
                    "<https://w3id.org/diplomacy-kg/id/state/US> }")
    assert us == []


def test_calls_on_consecutive_days_are_two_events_with_one_date_each(tmp_path: Path) -> None:
    _releases(tmp_path)
    store = open_store(":memory:")
    ingest([tmp_path], store=store)
    calls = store.rows("SELECT ?i (COUNT(DISTINCT ?d) AS ?n) WHERE { ?i dip:kind 'call' ; dip:date ?d } GROUP BY ?i")
    assert len(calls) == 2 and all(n == "1" for _, n in calls)


def test_second_forced_ingest_gives_the_same_graph(tmp_path: Path) -> None:
    releases = tmp_path / "in"
    releases.mkdir()
    _releases(releases)
    store = open_store(":memory:")
    ingest([releases], store=store)
    first = _nquads(store, tmp_path / "1.nq")
    ingest([releases], store=store, force=True)
    assert _nquads(store, tmp_path / "2.nq") == first


def test_stats_per_year_and_timeline_count_alike(tmp_path: Path) -> None:
    from kg.analysis.queries import bind, load_query
    from kg.analysis.stats import compute_stats

    _releases(tmp_path)
    store = open_store(":memory:")
    ingest([tmp_path], store=store)
    years = {row[0]: row[1] for row in compute_stats(store)["per_year"][1]}
    timeline = store.query(bind(load_query("timeline"), {"since": "2023-01-01", "until": "2023-12-31"})).rows
    assert years["2023"] == len(timeline) >= 2


def test_two_named_events_of_one_day_stay_two(tmp_path: Path) -> None:
    write_release(tmp_path, "d", "Summit and Forum",
                  "ANTALYA, 18 June 2021 - High Representative Josep Borrell took part in the SEECP Summit. "
                  "High Representative Josep Borrell also took part in the Antalya Diplomatic Forum.")
    store = open_store(":memory:")
    ingest([tmp_path], store=store)
    rows = store.rows("SELECT ?i (COUNT(DISTINCT ?name) AS ?n) WHERE { ?i dip:kind 'multilateral' ; rdfs:label ?name } "
                      "GROUP BY ?i")
    assert len(rows) == 2 and all(n == "1" for _, n in rows)


def test_an_office_written_in_two_cases_is_one_row_of_the_profile(tmp_path: Path) -> None:
    store = _ingested(tmp_path, ("a", "Call", "KYIV, 10 May 2023 - Ukrainian Foreign Minister Dmytro Kuleba spoke "
                                 "by phone with Foreign Minister Annalena Baerbock of Germany."),
                      ("b", "Talks", "BERLIN, 11 May 2023 - Annalena Baerbock met Dmytro Kuleba, Ukraine's foreign "
                       "minister, in Berlin."))
    assert _office_rows(store, "Kuleba") == [("Foreign Minister", "Ukraine", 2)]


def test_an_office_one_release_leaves_bare_shows_whose_it_is_from_the_others(tmp_path: Path) -> None:
    store = _ingested(tmp_path, ("a", "Call", "WASHINGTON, 10 May 2023 - Secretary Blinken spoke with Russian Foreign "
                                 "Minister Sergey Lavrov."),
                      ("b", "Talks", "WASHINGTON, 11 May 2023 - Secretary Blinken said Foreign Minister Sergey Lavrov "
                       "had not replied."))
    assert _office_rows(store, "Lavrov") == [("Foreign Minister", "Russia", 2)]


def _office_rows(store: object, name: str) -> list[tuple[str, str, int]]:
    """(title, of, releases) of each row of the actor's offices, as ``kg actor`` shows them."""
    from kg.analysis.profile import actor_profile

    offices = actor_profile(store, name).offices
    assert offices is not None
    return [(str(row[1]), str(row[2]), int(row[5])) for row in offices.rows]


def test_a_bare_president_of_another_country_is_not_the_publishers_while_its_own_holds_office(tmp_path: Path) -> None:
    biden = [(f"b{i}", "Statement", f"WASHINGTON, 1{i} May 2023 - President Biden spoke with Secretary Blinken "
              "about the summit.") for i in range(4)]
    store = _ingested(tmp_path, *biden,
                      ("o", "On Nicaragua", "WASHINGTON, 20 May 2023 - The United States calls on President Ortega "
                       "to release the detained candidates in Nicaragua."))
    assert _office_rows(store, "Biden") == [("President", "United States", 4)]
    assert _office_rows(store, "Ortega") == [("President", "None", 1)]
    states = store.rows(f"SELECT ?s WHERE {{ <{PERSON}ortega> dip:affiliatedWith ?s }}")
    assert states == []


def test_a_holder_of_one_period_does_not_unseat_the_holder_of_another() -> None:
    from datetime import date

    from kg.graph.presumed import Holding, unseated

    then = [Holding(f"o{i}", "n", "US", "President", "obama", date(2012, 1, 1 + i), True) for i in range(5)]
    now = [Holding(f"b{i}", "n", "US", "President", "biden", date(2022, 1, 1 + i), True) for i in range(5)]
    stray = [Holding("x", "n", "US", "President", "ortega", date(2022, 3, 1), True),
             Holding("y", "n", "US", "Senator", "menendez", date(2022, 3, 1), True)]
    assert unseated(then + now + stray) == {("x", "n", "US")}
