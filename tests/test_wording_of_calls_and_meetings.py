"""Calls and meetings in the words publishers use that the trigger lists had lacked:
"telephoned", and the others added beside it."""
from __future__ import annotations

from kg.extract import extract
from kg.records import Record
from kg.sources import make_release


def run(body: str, title: str = "Talks", date: str = "2024-07-08") -> Record:
    return extract(make_release("t", title, body, date=date))


def events(record: Record, kind: str) -> list[tuple[set[str], str | None]]:
    return [(set(i.participants), i.date) for i in record.interactions if i.type == kind]


def test_who_telephoned_whom_held_a_call_that_day() -> None:
    r = run("Prime Minister Muhammad Shehbaz Sharif today telephoned the President-elect of the Islamic Republic "
            "of Iran, Dr. Masoud Pezeshkian, and felicitated him on his victory.", title="PM telephones Pezeshkian")
    assert events(r, "call") == [({"Muhammad Shehbaz Sharif", "Masoud Pezeshkian"}, "2024-07-08")]
    assert events(r, "meeting") == []


def test_in_a_third_meeting_with_someone_the_subject_met_them() -> None:
    r = run("President Metsola also met the President of Chile, Gabriel Boric. In a third meeting, with the "
            "President of Uruguay, Luis Lacalle Pou, President Metsola discussed the negotiations.",
            title="Metsola at the EU-CELAC Summit", date="2023-07-17")
    assert ({"Metsola", "Luis Lacalle Pou"}, "2023-07-17") in events(r, "meeting")


def test_each_leader_of_a_bulleted_list_met_the_one_who_held_the_meetings() -> None:
    r = run("Today, on the sidelines of the Summits, PM Wong held separate bilateral meetings with the following "
            "leaders:\n\n• Prime Minister Shigeru Ishiba of Japan. It was their first meeting since PM Ishiba took "
            "office. The two leaders reaffirmed their cooperation.\n\n• Prime Minister Narendra Modi of India. The two "
            "leaders followed up on PM Modi's official visit to Singapore last month.\n\nPM Wong returns on Friday.",
            title="PM Lawrence Wong's Bilateral Meetings", date="2024-10-10")
    assert sorted(events(r, "meeting"), key=str) == [({"Lawrence Wong", "Narendra Modi"}, "2024-10-10"),
                                                      ({"Lawrence Wong", "Shigeru Ishiba"}, "2024-10-10")]


ALBANESE = ("Prime Minister Anthony Albanese today held bilateral meetings in Melbourne with the leaders of Brunei "
            "Darussalam, Cambodia and Laos, on the second day of the Special Summit.\n\n"
            "The Summit opened on Monday with leaders of ASEAN Member States.\n\n"
            "The Minister for Foreign Affairs, Penny Wong, joined the Prime Minister for each of today's meetings.\n\n"
            "The Prime Minister and Prime Minister Hun Manet of Cambodia discussed demining and skills training.\n\n"
            "With the Prime Minister of the Lao People's Democratic Republic, Sonexay Siphandone, the Prime Minister "
            "discussed hydropower.\n\n"
            "Today's meetings follow last Thursday's visit to Canberra by President Ferdinand R. Marcos Jr. of the "
            "Philippines.")


def test_the_office_said_twice_joins_two_people_who_discussed() -> None:
    r = run(ALBANESE, title="Meetings with the leaders of Brunei Darussalam, Cambodia and Laos", date="2024-03-05")
    assert ({"Anthony Albanese", "Hun Manet"}, "2024-03-05") in events(r, "meeting")


def test_with_an_office_and_its_holder_opening_the_sentence_its_subject_met_them() -> None:
    r = run(ALBANESE, title="Meetings with the leaders of Brunei Darussalam, Cambodia and Laos", date="2024-03-05")
    assert ({"Anthony Albanese", "Sonexay Siphandone"}, "2024-03-05") in events(r, "meeting")


def test_a_visit_of_last_thursday_takes_that_day_and_its_city() -> None:
    r = run(ALBANESE, title="Meetings with the leaders of Brunei Darussalam, Cambodia and Laos", date="2024-03-05")
    visits = [(i.participants, i.date, i.place) for i in r.interactions if i.type == "visit"]
    assert visits == [(["Ferdinand R. Marcos Jr.", "Australia"], "2024-02-29", "Canberra")]


def test_a_deputy_prime_minister_and_foreign_minister_holds_both_offices() -> None:
    r = run("Secretary Blinken spoke with Qatari Deputy Prime Minister and Minister of Foreign Affairs Mohammed bin "
            "Abdulrahman Al-Thani.", title="Secretary Blinken's Call")
    offices = {role.title for p in r.persons if p.name == "Mohammed bin Abdulrahman Al-Thani" for role in p.roles}
    assert offices == {"Deputy Prime Minister", "Minister of Foreign Affairs"}
