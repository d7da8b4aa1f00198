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
