"""Which state a person, and the release, is taken to be about: the states a text names
through a continent, an invitation to a visit, a delegation."""
from __future__ import annotations

from kg.extract import extract
from kg.records import Record
from kg.sources import make_release

_ITAMARATY = "Brazil, Ministry of Foreign Affairs"


def run(body: str, title: str = "Release", publisher: str | None = None) -> Record:
    return extract(make_release("t", title, body, date="2024-04-15", publisher=publisher))


def roles(record: Record) -> dict[str, set[tuple[str, str | None]]]:
    return {p.name: {(r.title, r.of) for r in p.roles} for p in record.persons}


def test_a_continent_named_with_america_names_no_united_states() -> None:
    record = run("Minister Mauro Vieira attended the meeting of Latin American and Caribbean states in Lima, "
                 "met South American leaders and the Inter-American Development Bank.")
    assert "United States" not in {s.name for s in record.states}
    assert "United States" in {s.name for s in run("He met the American ambassador in Lima.").states}


def test_the_host_who_invited_a_president_to_pay_a_visit_is_of_the_state_visited() -> None:
    record = run("At the invitation of President Gustavo Petro, President Luiz Inácio Lula da Silva will pay a "
                 "State Visit to Colombia on 16 and 17 April.", publisher=_ITAMARATY)
    assert roles(record)["Gustavo Petro"] == {("President", "Colombia")}
    assert roles(record)["Luiz Inácio Lula da Silva"] == {("President", "Brazil")}


def test_the_members_a_states_delegation_lists_are_of_that_state() -> None:
    record = run("At the invitation of President Gustavo Petro, President Luiz Inácio Lula da Silva will pay a "
                 "State Visit to Colombia on 16 and 17 April. The Brazilian delegation will include the Minister "
                 "of Foreign Affairs, Mauro Vieira; and the Minister of Culture, Margareth Menezes.",
                 publisher=_ITAMARATY)
    assert roles(record)["Mauro Vieira"] == {("Minister of Foreign Affairs", "Brazil")}
    assert roles(record)["Margareth Menezes"] == {("Minister of Culture", "Brazil")}
