"""Credentials ceremonies: each envoy who presented letters of credence met the one who received
them, on the day the release gives for their ceremony."""
from __future__ import annotations

from kg.extract import extract
from kg.sources import make_release


def test_envoys_listed_one_per_line_under_each_days_heading_meet_the_receiver_that_day() -> None:
    body = ("WELLINGTON—The Governor-General, Dame Cindy Kiro, received the letters of credence of four new heads "
            "of mission at Government House, yesterday and today.\n\n"
            "The following heads of mission presented their letters of credence on Tuesday:\n\n"
            "His Excellency Tomás Ibarra Soto, Ambassador of the Republic of Chile\n\n"
            "Her Excellency Katalin Szabó, Ambassador of Hungary\n\n"
            "The following heads of mission presented their letters of credence on Wednesday:\n\n"
            "His Excellency Emeka Obi, High Commissioner of the Federal Republic of Nigeria\n\n"
            "Her Excellency Ingrid Lund, Ambassador of the Kingdom of Norway\n\n"
            "After each ceremony, the Governor-General spoke with the new heads of mission.")
    r = extract(make_release("t", "Governor-General receives letters of credence", body, date="2024-06-12"))
    audiences = sorted((i.participants[1], i.date) for i in r.interactions if i.type == "meeting")
    assert audiences == [("Emeka Obi", "2024-06-12"), ("Ingrid Lund", "2024-06-12"),
                         ("Katalin Szabó", "2024-06-11"), ("Tomás Ibarra Soto", "2024-06-11")]
    assert {i.participants[0] for i in r.interactions if i.type == "meeting"} == {"Cindy Kiro"}
