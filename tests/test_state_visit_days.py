"""A state visit's day told by the host: who is the visitor when the host welcomes a guest and
their spouse, and what is still today after a sentence on the guest's next stop."""
from __future__ import annotations

from kg.extract import extract
from kg.records import Record
from kg.sources import make_release

_BODY = ("Berlin, 11 June 2024\n\nThe President of the Republic of Estonia, Alar Karis, and Mrs Sirje Karis began a "
         "three-day State Visit to Germany in Berlin this morning, when they were welcomed by Federal President "
         "Frank-Walter Steinmeier.\n\nPresident Karis arrived in Berlin on Monday evening. Earlier today he held "
         "talks with Federal Chancellor Olaf Scholz at the Federal Chancellery. Tomorrow he will travel on to "
         "Hamburg, where he is to visit the port and a hydrogen electrolysis plant, before attending the Summit on "
         "Peace in Ukraine at the Bürgenstock in Switzerland at the weekend.\n\nIn the afternoon, the Federal "
         "President spoke by telephone with the President of the Republic of Finland, Alexander Stubb.")


def _record(title: str = "Federal President Steinmeier welcomes the President of Estonia on a State Visit to "
                         "Germany") -> Record:
    return extract(make_release("t", title, _BODY, date="2024-06-11"))


def test_the_guest_the_host_welcomes_on_a_state_visit_is_the_visitor_not_their_spouse_nor_the_host() -> None:
    visits = [tuple(i.participants) for i in _record().interactions if i.type == "visit"]
    assert visits == [("Alar Karis", "Germany")]


def test_a_call_in_the_afternoon_after_the_guests_plans_for_tomorrow_is_todays() -> None:
    calls = [(i.participants, i.date) for i in _record().interactions if i.type == "call"]
    assert calls == [(["Frank-Walter Steinmeier", "Alexander Stubb"], "2024-06-11")]
