"""One interaction per event: the headline's and the body's reports of one call are one
call; the same two parties' events on different days are two."""
from __future__ import annotations

from kg.extract import extract
from kg.records import Record
from kg.sources import make_release


def run(title: str, body: str, date: str = "2024-05-16") -> Record:
    return extract(make_release("t", title, body, date=date))


def test_a_headline_of_offices_is_the_bodys_call_of_their_holders() -> None:
    r = run("Secretary-General of ASEAN holds video conference with Secretary-General of the GCC",
            "JAKARTA, 6 March 2024 – Secretary-General of ASEAN Dr. Kao Kim Hourn today held a video conference "
            "with the Secretary-General of the Cooperation Council for the Arab States of the Gulf (GCC), "
            "H.E. Jasem Mohamed AlBudaiwi.")
    assert [(i.type, set(i.participants)) for i in r.interactions] == [
        ("call", {"Kao Kim Hourn", "Jasem Mohamed AlBudaiwi"})]


def test_a_past_meeting_of_the_same_two_is_another_event() -> None:
    r = run("Foreign Ministers meet",
            "Minister of Foreign Affairs of Mongolia Battsetseg Batmunkh met today with Minister of Foreign Affairs "
            "of Kazakhstan Murat Nurtleu in Ulaanbaatar. The ministers last met in Astana in June 2023.")
    dates = sorted(i.date or "" for i in r.interactions if i.type == "meeting")
    assert dates == ["2023-06", "2024-05-16"]


def test_an_arrival_the_day_before_is_the_same_visit() -> None:
    r = run("Chairperson-in-Office visits Kyrgyzstan",
            "BISHKEK, 10 April 2019 – OSCE Chairperson-in-Office Miroslav Lajčák today met President Sooronbay "
            "Jeenbekov during his visit to Kyrgyzstan. Mr. Lajčák arrived in Bishkek yesterday.", date="2019-04-10")
    assert len([i for i in r.interactions if i.type == "visit"]) == 1


def test_their_last_meeting_in_passing_is_that_past_meeting_and_a_treaty_takes_no_place_from_it() -> None:
    r = run("Foreign Ministers hold talks",
            "Minister for Foreign Affairs of Mongolia Battsetseg Batmunkh held official talks today with Minister of "
            "Foreign Affairs of Kazakhstan Murat Nurtleu in Ulaanbaatar. Minister Battsetseg noted that contacts had "
            "intensified since their last meeting in Astana in June 2023, and recalled that the relations between "
            "Mongolia and Kazakhstan rest on the Treaty on Friendly Relations and Cooperation signed in 1993.")
    meetings = sorted((i.date, i.place) for i in r.interactions if i.type == "meeting")
    assert meetings == [("2023-06", "Astana"), ("2024-05-16", "Ulaanbaatar")]
    assert [(i.date, i.place) for i in r.interactions if i.type == "signing"] == [("1993", None)]


def test_a_joint_commission_of_two_states_is_their_meeting_and_its_previous_session_is_past() -> None:
    r = run("Indonesia and Timor-Leste hold the 7th Joint Ministerial Commission",
            "Jakarta, Kemlu – On Tuesday (12/3), Foreign Minister Retno L.P. Marsudi and Minister of Foreign Affairs "
            "and Cooperation of Timor-Leste Bendito dos Santos Freitas co-chaired the 7th Joint Ministerial Commission "
            "(JMC) between the Republic of Indonesia and the Democratic Republic of Timor-Leste at the Pancasila "
            "Building, Jakarta. The previous JMC was held in Dili in July 2019.", date="2024-03-12")
    assert not [i for i in r.interactions if i.type == "multilateral"]
    assert sorted((sorted(i.participants), i.date, i.place) for i in r.interactions if i.type == "meeting") == [
        (["Bendito dos Santos Freitas", "Retno L.P. Marsudi"], "2024-03-12", "Jakarta"),
        (["Indonesia", "Timor-Leste"], "2019-07", "Dili")]


def test_a_headline_of_states_consulting_by_video_is_the_bodys_call() -> None:
    r = run("Ghana and Cuba Hold Second Round of Political Consultations by Video Conference",
            "The Minister for Foreign Affairs of Ghana, Shirley Ayorkor Botchwey, on Thursday, 19th October 2023, held "
            "the second round of political consultations with her Cuban counterpart, Bruno Eduardo Rodríguez Parrilla, "
            "by video conference.", date="2023-10-20")
    assert [(i.type, set(i.participants)) for i in r.interactions] == [
        ("call", {"Shirley Ayorkor Botchwey", "Bruno Eduardo Rodríguez Parrilla"})]


def test_a_capitalised_headline_verb_ends_the_name() -> None:
    r = run("Foreign Minister Taye Atske Selassie Participates in BRICS Foreign Ministers' Meeting",
            "Foreign Minister Taye Atske Selassie led the delegation.")
    assert {p.name for p in r.persons} == {"Taye Atske Selassie"}


GOA = ("Jaishankar holds talks with China's Qin Gang, Russia's Lavrov in Goa",
       "Goa, 4 May 2023 – External Affairs Minister S Jaishankar on Thursday held separate bilateral meetings with "
       "Chinese Foreign Minister Qin Gang and Russian Foreign Minister Sergey Lavrov in Goa.\n\nThis was the second "
       "meeting between the two ministers in two months. Jaishankar and Qin Gang had met in New Delhi in March.")


def test_a_headlines_talks_with_two_are_the_bodys_separate_meetings_and_a_meeting_said_again_is_none() -> None:
    r = extract(make_release("t", *GOA))
    meetings = sorted((tuple(i.participants), i.date) for i in r.interactions if i.type == "meeting")
    assert meetings == [(("S Jaishankar", "Qin Gang"), "2023-03"), (("S Jaishankar", "Qin Gang"), "2023-05-04"),
                        (("S Jaishankar", "Sergey Lavrov"), "2023-05-04")]
