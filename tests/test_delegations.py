"""A parliamentary delegation's visit told by its host: the leader's state, their calls and
arrival told of "the delegation", a dateline in India's national calendar, and a past state visit
recalled with its own dates."""
from __future__ import annotations

from kg.extract import extract
from kg.records import Record
from kg.sources import make_release

_BODY = ("RAJYA SABHA SECRETARIAT\nPARLIAMENT HOUSE, NEW DELHI\n\nPRESS RELEASE\n\n"
         "New Delhi, Agrahayana 12, 1946 (Saka)\n3rd December, 2024\n\n"
         "A Parliamentary Delegation from Malaysia led by Tan Sri Dato' Johari Abdul, Speaker of the Dewan Rakyat, "
         "called on Hon'ble Vice-President of India and Chairman, Rajya Sabha, Shri Jagdeep Dhankhar, at Parliament "
         "House today.\n\nWelcoming the delegation, Shri Dhankhar recalled the State Visit of Prime Minister of "
         "Malaysia, Dato' Seri Anwar Ibrahim, to India from 19 to 21 August 2024, during which he held talks with "
         "Prime Minister Shri Narendra Modi.\n\nTan Sri Johari thanked the Chairman for the warm hospitality.\n\n"
         "Earlier in the day, the delegation called on Hon'ble Speaker, Lok Sabha, Shri Om Birla. The delegation "
         "arrived in New Delhi on Monday, 2nd December, on a five-day visit to India.")


def _record() -> Record:
    return extract(make_release("t", "Malaysian Parliamentary Delegation calls on Chairman, Rajya Sabha", _BODY,
                                date="2024-12-03"))


def test_a_dateline_in_the_saka_calendar_gives_its_city_and_the_gregorian_line_its_day() -> None:
    found = _record()
    assert (found.place, found.date) == ("New Delhi", "2024-12-03")


def test_the_leader_of_a_delegation_from_a_state_is_of_that_state_and_named_without_forms_of_address() -> None:
    persons = {p.name: p for p in _record().persons}
    assert "Tan Sri Johari" not in persons and "Johari Abdul" in persons
    assert {r.of for r in persons["Johari Abdul"].roles} == {"Malaysia"}
    assert [r.title for r in persons["Om Birla"].roles] == ["Speaker, Lok Sabha"]


def test_what_the_delegation_did_its_leader_did() -> None:
    events = {(i.type, tuple(i.participants), i.date) for i in _record().interactions}
    assert ("meeting", ("Johari Abdul", "Om Birla"), "2024-12-03") in events
    assert ("visit", ("Johari Abdul", "India"), "2024-12-02") in events


def test_welcoming_the_delegation_is_the_meeting_already_told() -> None:
    pairs = [set(i.participants) for i in _record().interactions if i.type == "meeting"]
    assert sum(1 for p in pairs if {"Johari Abdul", "Jagdeep Dhankhar"} <= p) == 1


def test_a_recalled_state_visit_keeps_its_dates_and_its_talks_are_the_visitors() -> None:
    events = {(i.type, tuple(i.participants), i.date) for i in _record().interactions}
    assert ("visit", ("Anwar Ibrahim", "India"), "2024-08-19") in events
    assert ("meeting", ("Anwar Ibrahim", "Narendra Modi"), "2024-08-19") in events
