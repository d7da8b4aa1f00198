"""Who came with whom: companions named in a sentence of their own take part in their principal's
meeting, and, told with the arrival, make the visit too."""
from __future__ import annotations

from kg.extract import extract
from kg.records import Record
from kg.sources import make_release


def run(body: str, title: str = "Visit") -> Record:
    return extract(make_release("companions", title, body))


def test_companions_after_the_meeting_take_part_in_it() -> None:
    record = run("BOGOR, 6 June 2022 – President Joko Widodo received Prime Minister of Australia Anthony Albanese at "
                 "the Bogor Presidential Palace. The two leaders held a bilateral meeting. President Joko Widodo was "
                 "accompanied by Foreign Minister Retno Marsudi, while Prime Minister Albanese was accompanied by "
                 "Foreign Minister Penny Wong and Minister for Trade Don Farrell.")
    meetings = [set(i.participants) for i in record.interactions if i.type == "meeting"]
    assert meetings == [{"Joko Widodo", "Anthony Albanese", "Retno Marsudi", "Penny Wong", "Don Farrell"}]


def test_a_companion_told_with_the_arrival_visits_and_joins_the_next_meeting() -> None:
    record = run("CHISINAU, 7 March 2024 – Saeima Speaker Daiga Mieriņa is paying an official visit to Moldova. The "
                 "Speaker arrived in Chișinău on Thursday morning. She is accompanied by the Chair of the Saeima Foreign "
                 "Affairs Committee, Rihards Kols.\n\nThe Speaker met the President of the Parliament of Moldova, Igor "
                 "Grosu, on Thursday.")
    visits = {tuple(i.participants) for i in record.interactions if i.type == "visit"}
    assert visits == {("Daiga Mieriņa", "Moldova"), ("Rihards Kols", "Moldova")}
    assert [set(i.participants) for i in record.interactions if i.type == "meeting"] == [
        {"Daiga Mieriņa", "Igor Grosu", "Rihards Kols"}]


def test_company_closing_a_release_of_several_meetings_joins_none_of_them() -> None:
    record = run("CANBERRA, 11 October 2023 – Secretary Enrique Manalo met Foreign Minister Penny Wong on 9 October. "
                 "On 10 October, he met Premier Chris Minns in Sydney.\n\nSecretary Manalo invited Minister Wong to "
                 "visit Manila.\n\nThe Secretary was accompanied by Assistant Secretary Aileen Mendiola-Rau.")
    assert all("Aileen Mendiola-Rau" not in i.participants for i in record.interactions)


def test_a_member_of_the_visitors_delegation_visits_and_takes_part_in_the_visits_meetings() -> None:
    record = run("TBILISI, 8 April 2024 – On Monday in Tashkent, Chairman of the Parliament of Georgia Shalva Papuashvili "
                 "met Chairwoman of the Senate of Uzbekistan Tanzila Narbaeva.\n\nThe Chairman of the Parliament "
                 "arrived in Tashkent on Sunday. The delegation includes the Chairman of the Foreign Relations "
                 "Committee, Nikoloz Samkharadze.")
    assert ("Nikoloz Samkharadze", "Uzbekistan") in {tuple(i.participants) for i in record.interactions
                                                     if i.type == "visit"}
    assert [set(i.participants) for i in record.interactions if i.type == "meeting"] == [
        {"Shalva Papuashvili", "Tanzila Narbaeva", "Nikoloz Samkharadze"}]
