"""Which interaction nodes are one event across releases (``kg.graph.events``)."""
from __future__ import annotations

from kg.graph.events import Occurrence, plan_events


def occurrence(graph: str, date: str, place: str = "", release_date: str = "2021-08-11") -> Occurrence:
    return Occurrence(graph, f"{graph}#m", "meeting", date, "", frozenset({"person:blinken", "person:abdullah"}),
                      release_date, "", place)


def test_an_undated_mention_is_the_latest_event_unless_placed_elsewhere() -> None:
    held = occurrence("g1", "2021-07-20", "Washington", release_date="2021-07-20")
    recalled = occurrence("g2", "", "")
    elsewhere = occurrence("g3", "", "Kabul")
    same_city = occurrence("g4", "", "Washington")
    plan = plan_events([held, recalled, elsewhere, same_city])
    event = plan[("g1", "g1#m")]
    assert plan[("g2", "g2#m")] == event and plan[("g4", "g4#m")] == event
    assert plan[("g3", "g3#m")] != event  # "when he visited Kabul we met with X": another meeting


def test_a_meeting_told_in_a_past_visits_sentence_is_dated_by_the_visit() -> None:
    from kg.extract import extract
    from kg.sources import make_release

    r = extract(make_release("ge", "Talks in Dalian", "Prime Minister Irakli Kobakhidze met Premier Li Qiang in "
                             "Dalian on 25 June 2024. The parties noted that relations between Georgia and China have "
                             "reached a qualitatively new level since the establishment of the strategic partnership "
                             "in July 2023, during the visit of the then Prime Minister Irakli Garibashvili to China and his "
                             "meeting with President Xi Jinping in Chengdu. He also held talks with Minister Wang "
                             "Wentao, who visited Georgia last month.", date="2024-06-25"))
    dated = {frozenset(i.participants): i.date for i in r.interactions if i.type == "meeting"}
    assert dated[frozenset({"Irakli Garibashvili", "Xi Jinping"})] == "2023-07"
