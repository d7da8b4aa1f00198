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


def test_envoys_named_later_with_their_state_set_off_by_commas_take_their_states_meeting() -> None:
    r = extract(make_release("t", "Abinader receives credentials of four new ambassadors",
                             "Santo Domingo.- President Luis Abinader received this Tuesday, at the National Palace, "
                             "the letters of credence of the new ambassadors of Japan and Ireland.\n\nThe ceremonies "
                             "were attended by the Minister of Foreign Affairs, Roberto Álvarez.\n\nThe first to "
                             "present his credentials was Ambassador Kenji Matsumura, of Japan, who conveyed the "
                             "greetings of his Government. Ambassador Siobhán Kerrigan, of Ireland, announced a new "
                             "consulate.", date="2024-07-09"))
    meetings = [set(i.participants) for i in r.interactions if i.type == "meeting"]
    assert {"Luis Abinader", "Roberto Álvarez", "Kenji Matsumura"} in meetings
    assert {"Luis Abinader", "Roberto Álvarez", "Siobhán Kerrigan"} in meetings
    assert {p.name: p.state for p in r.persons}["Kenji Matsumura"] == "Japan"


def test_a_name_ending_in_s_keeps_no_possessive_apostrophe() -> None:
    r = extract(make_release("t", "Prime Minister Kyriakos Mitsotakis' meetings in New York",
                             "The Prime Minister then met Prime Minister Najib Mikati of Lebanon.", date="2024-09-25"))
    assert [i.participants for i in r.interactions] == [["Kyriakos Mitsotakis", "Najib Mikati"]]


def test_those_who_attended_the_ceremonies_join_no_call_the_headline_tells() -> None:
    r = extract(make_release("t", "Abinader receives credentials of two new ambassadors and speaks with Ruto",
                             "Santo Domingo.- President Luis Abinader received this Tuesday the letters of credence of "
                             "the new ambassadors of Japan and Ireland.\n\nThe ceremonies were attended by the Minister "
                             "of Foreign Affairs, Roberto Álvarez.\n\nEarlier in the day, the head of state held a "
                             "telephone conversation with the President of Kenya, William Ruto.", date="2024-07-09"))
    calls = [set(i.participants) for i in r.interactions if i.type == "call"]
    assert calls and all("Roberto Álvarez" not in c for c in calls)


_BAGHDAD = ("Baghdad – Tuesday, 22 October 2024\n\nThe President of the Republic, Dr. Abdul Latif Jamal Rashid, received "
            "today, Tuesday, at Baghdad Palace, the credentials of the newly appointed ambassadors of the Hellenic "
            "Republic and the Sultanate of Oman, in the presence of the Deputy Prime Minister and Minister of Foreign "
            "Affairs, Fuad Hussein.\n\nThe President received first the credentials of the Ambassador of the Hellenic "
            "Republic, Mr. Nikolaos Zacharopoulos. The Ambassador of the Sultanate of Oman, Sheikh Saleh bin Hamad Al "
            "Kharusi, presented his credentials.\n\nIn the evening, the President received a telephone call from his "
            "Iranian counterpart, Masoud Pezeshkian, during which they reviewed the outcomes of Pezeshkian's visit to "
            "Iraq last month.")


def test_the_minister_in_whose_presence_credentials_were_received_takes_part_in_each_envoys_meeting() -> None:
    found = extract(make_release("t", "Credentials", _BAGHDAD, date="2024-10-22"))
    meetings = [set(i.participants) for i in found.interactions if i.type == "meeting"]
    assert {"Abdul Latif Jamal Rashid", "Fuad Hussein", "Nikolaos Zacharopoulos"} in meetings
    assert {"Abdul Latif Jamal Rashid", "Fuad Hussein", "Saleh bin Hamad Al Kharusi"} in meetings
    assert {"Abdul Latif Jamal Rashid", "Fuad Hussein"} not in meetings


def test_a_call_is_of_its_day_though_it_reviewed_a_visit_of_last_month() -> None:
    found = extract(make_release("t", "Credentials", _BAGHDAD, date="2024-10-22"))
    dates = {i.type: i.date for i in found.interactions if i.type in ("call", "visit")}
    assert dates == {"call": "2024-10-22", "visit": "2024-09"}


def test_an_envoy_received_in_audience_and_two_personalities_who_signed() -> None:
    body = ("Libreville, 18 April 2024 – The Minister of Foreign Affairs, Mr. Régis Onanga Ndiaye, received this "
            "Thursday the President of the ECCAS Commission, H.E. Mr. Gilberto Da Piedade Veríssimo. At the end of "
            "their talks, the two personalities signed the Addendum to the Headquarters Agreement.\n\nOn Wednesday, "
            "the Minister received in audience the new Ambassador of the Kingdom of Morocco.\n\nThe audience, also "
            "attended by the Secretary General of the Ministry, Mr. Jean Mbadinga, dealt with bilateral relations.")
    found = extract(make_release("t", "The Minister receives the ECCAS President", body, date="2024-04-18"))
    events = {(i.type, tuple(i.participants), i.date) for i in found.interactions}
    assert ("signing", ("Régis Onanga Ndiaye", "Gilberto Da Piedade Veríssimo"), "2024-04-18") in events
    assert ("meeting", ("Régis Onanga Ndiaye", "Morocco", "Jean Mbadinga"), "2024-04-17") in events


def test_a_headline_opening_with_the_presidents_office_without_its_article_is_the_publishers_president() -> None:
    found = extract(make_release("t", "President of the Republic receives the credentials of the ambassadors of Greece "
                                      "and Oman", _BAGHDAD, date="2024-10-22"))
    meetings = [set(i.participants) for i in found.interactions if i.type == "meeting"]
    assert {"Greece", "Oman"} not in meetings
    assert sorted(map(sorted, meetings)) == [["Abdul Latif Jamal Rashid", "Fuad Hussein", "Nikolaos Zacharopoulos"],
                                             ["Abdul Latif Jamal Rashid", "Fuad Hussein", "Saleh bin Hamad Al Kharusi"]]
