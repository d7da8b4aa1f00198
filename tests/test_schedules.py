"""A minister's schedule: each entry under a day's heading is the minister's, on that day, in the
city the heading names."""
from __future__ import annotations

from kg.extract import extract
from kg.sources import make_release

SCHEDULE = ("Updated 15.11.2024 | 18:00\n\n"
            "Tuesday, 12 November\n\nRiga\n\n"
            "10:00 Meeting with the Minister of Foreign Affairs of Finland, Elina Valtonen, who is on a working visit "
            "to Latvia.\n\n"
            "15:00 Video call with the Minister of Foreign Affairs of Japan, Takeshi Iwaya.\n\n"
            "Thursday, 14 November\n\nVilnius\n\n"
            "Working visit to Lithuania.\n\n"
            "11:00 Meeting with the Minister of Foreign Affairs of Lithuania, Gabrielius Landsbergis.\n\n"
            "Next week\n\nMonday, 18 November\n\nBrussels\n\n"
            "Meeting with the High Representative, Josep Borrell.")


def test_each_entry_is_the_principals_on_its_headings_day_and_in_its_headings_city() -> None:
    r = extract(make_release("t", "Foreign Minister Baiba Braže's schedule, 12–15 November 2024", SCHEDULE,
                             date="2024-11-15"))
    found = {(i.type, tuple(i.participants), i.date, i.place) for i in r.interactions}
    assert ("meeting", ("Baiba Braže", "Elina Valtonen"), "2024-11-12", "Riga") in found
    assert ("visit", ("Elina Valtonen", "Latvia"), "2024-11-12", "Riga") in found
    assert ("call", ("Baiba Braže", "Takeshi Iwaya"), "2024-11-12", None) in found
    assert ("visit", ("Baiba Braže", "Lithuania"), "2024-11-14", "Vilnius") in found
    assert ("meeting", ("Baiba Braže", "Gabrielius Landsbergis"), "2024-11-14", "Vilnius") in found
    # next week's entry is still to come: no event
    assert not any("Josep Borrell" in i.participants for i in r.interactions)
