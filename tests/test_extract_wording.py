"""Persons and interactions however publishers word them: headline verbs, counterparts
introduced by the word, offices "responsible for", trilateral meetings."""
from __future__ import annotations

from kg.extract import extract
from kg.records import Record
from kg.sources import make_release


def run(body: str, title: str = "Talks") -> Record:
    return extract(make_release("t", title, body))


def names(record: Record) -> set[str]:
    return {p.name for p in record.persons}


def meetings(record: Record) -> list[set[str]]:
    return [set(i.participants) for i in record.interactions if i.type == "meeting"]


def test_a_headline_verb_ends_the_name_before_it() -> None:
    r = run("Foreign Minister Alexander Schallenberg hosted Foreign Minister Subrahmanyam Jaishankar.",
            title="Foreign Minister Alexander Schallenberg Hosts Indian Counterpart Subrahmanyam Jaishankar in Vienna")
    assert names(r) == {"Alexander Schallenberg", "Subrahmanyam Jaishankar"}


def test_a_headline_verb_marks_the_name_before_it_as_a_person() -> None:
    r = run("Yesterday the French Minister responsible for European Affairs, Jean Leonetti, was received by the "
            "Secretary General.", title="Thorbjørn Jagland holds meeting with Jean Leonetti")
    assert names(r) == {"Thorbjørn Jagland", "Jean Leonetti"}
    assert {"Thorbjørn Jagland", "Jean Leonetti"} in meetings(r)
    leonetti = next(p for p in r.persons if p.name == "Jean Leonetti")
    assert [(o.title, o.of) for o in leonetti.roles] == [("Minister responsible for European Affairs", "France")]


def test_a_counterpart_named_after_the_word_is_a_person_of_the_demonyms_state() -> None:
    r = run("Foreign Minister Alexander Schallenberg received his Indian counterpart Subrahmanyam Jaishankar.")
    assert {"Alexander Schallenberg", "Subrahmanyam Jaishankar"} in meetings(r)
    jaishankar = next(p for p in r.persons if p.name == "Subrahmanyam Jaishankar")
    assert jaishankar.state == "India"


def test_a_trilateral_meeting_is_one_meeting_of_all() -> None:
    r = run("Foreign Minister Grzegorz Schetyna held a trilateral meeting with Foreign Minister Frank-Walter "
            "Steinmeier and Foreign Minister Laurent Fabius in Wrocław.")
    assert meetings(r) == [{"Grzegorz Schetyna", "Frank-Walter Steinmeier", "Laurent Fabius"}]


def test_talks_that_had_begun_are_no_meeting_with_a_state() -> None:
    r = run("For Foreign Minister Frank-Walter Steinmeier, the week had begun with tough negotiations on Iran’s "
            "nuclear programme.")
    assert meetings(r) == []
