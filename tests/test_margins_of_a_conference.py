"""A host's day on the margins of a conference: the conference's own days, talks others joined,
working lunches, and a guest who arrived in "the twin-island state"."""
from __future__ import annotations

from kg.extract import extract
from kg.records import Record
from kg.sources import make_release

BODY = ("St. John's, Antigua, Tuesday 28th May 2024 – Prime Minister the Honourable Gaston Browne held a series of "
        "bilateral meetings today on the margins of the Fourth International Conference on Small Island Developing "
        "States (SIDS4), which Antigua and Barbuda is hosting from 27th to 30th May.\n\nBefore the opening ceremony on "
        "Monday, the Prime Minister and the Secretary-General of the United Nations, António Guterres, held talks at "
        "the conference centre, joined by the Minister of Foreign Affairs, the Honourable E.P. Chet Greene. Mr. "
        "Guterres, who arrived in the twin-island state on Sunday, praised the preparations.\n\nToday the Prime "
        "Minister met the Prime Minister of Barbados, the Honourable Mia Amor Mottley.\n\nThe Prime Minister "
        "also held a working lunch with the Secretary-General of the Conference, Li Junhua, on the negotiations on "
        "the outcome document.")


def record() -> Record:
    return extract(make_release("t", "Prime Minister Browne meets leaders on the margins of SIDS4", BODY,
                                date="2024-05-28"))


def test_the_conference_begins_on_the_first_of_the_days_its_relative_clause_gives() -> None:
    found = record()
    assert (found.date, found.place) == ("2024-05-28", "St. John's")
    assert [(i.name, i.date) for i in found.interactions if i.type == "multilateral"] == \
        [("Fourth International Conference on Small Island Developing States", "2024-05-27")]


def test_talks_joined_by_a_minister_are_a_meeting_of_the_three_on_the_day_said() -> None:
    meetings = [(set(i.participants), i.date) for i in record().interactions if i.type == "meeting"]
    assert ({"Gaston Browne", "António Guterres", "E.P. Chet Greene"}, "2024-05-27") in meetings


def test_a_working_lunch_with_the_conferences_secretary_general_is_a_meeting() -> None:
    found = record()
    li = next(p for p in found.persons if p.name == "Li Junhua")
    assert [r.title for r in li.roles] == ["Secretary-General of the Conference"]
    assert ({"Gaston Browne", "Li Junhua"}, "2024-05-28") in \
        [(set(i.participants), i.date) for i in found.interactions if i.type == "meeting"]


def test_arriving_in_the_twin_island_state_is_a_visit_to_the_publishers_state() -> None:
    assert [(i.participants, i.date) for i in record().interactions if i.type == "visit"] == \
        [(["António Guterres", "Antigua and Barbuda"], "2024-05-26")]


def test_the_prime_minister_and_the_secretary_general_named_after_are_two_persons() -> None:
    guterres = next(p for p in record().persons if p.name == "António Guterres")
    assert [r.title for r in guterres.roles] == ["Secretary-General of the United Nations"]


def test_a_presidency_handed_over_is_no_meeting_and_a_roman_numbered_conference_is_one_event() -> None:
    body = ("São Tomé, 27 August 2023 – The XIV Conference of Heads of State and Government of the Community of "
            "Portuguese Language Countries (CPLP) closed today in São Tomé.\n\nThe President of São Tomé and Príncipe, "
            "Carlos Vila Nova, received the rotating presidency from the President of the Republic of Angola, João "
            "Lourenço, whose country had held it since the XIII Conference, held in Luanda in July 2021.")
    found = extract(make_release("t", "XIV CPLP Conference closes in São Tomé", body, date="2023-08-27"))
    assert not [i for i in found.interactions if i.type == "meeting"]
    assert [(i.name, i.date) for i in found.interactions if i.type == "multilateral" and i.date == "2023-08-27"] == \
        [("XIV Conference of Heads of State and Government of the Community of Portuguese Language Countries",
          "2023-08-27")]


def test_a_summit_co_chaired_alongside_others_is_theirs_not_a_meeting_of_the_chairs() -> None:
    r = extract(make_release("gd", "PM co-chairs Second CARICOM–India Summit", (
        "GEORGETOWN, Guyana, Thursday, November 21, 2024 (GIS) — Prime Minister Dickon Mitchell yesterday co-chaired "
        "the Second CARICOM–India Summit in the Guyanese capital, alongside the Prime Minister of India, Shri Narendra "
        "Modi, and the President of Guyana, Dr. Mohamed Irfaan Ali.")))
    summit = next(i for i in r.interactions if i.type == "multilateral")
    assert set(summit.participants) == {"Dickon Mitchell", "Narendra Modi", "Mohamed Irfaan Ali"}
    assert not [i for i in r.interactions if i.type == "meeting"]


def test_a_summit_is_dated_by_the_day_its_hosted_by_clause_gives() -> None:
    r = extract(make_release("ph", "PH, Japan sign pact", (
        "MANILA – The Philippines and Japan on Monday signed the agreement. President Ferdinand R. Marcos Jr. and "
        "Japanese Prime Minister Fumio Kishida also took part in the first Japan–Philippines–United States Trilateral "
        "Leaders' Summit, hosted by US President Joe Biden in Washington on April 11, where the three leaders pledged "
        "to expand maritime cooperation."), date="2024-07-08"))
    summit = next(i for i in r.interactions if i.type == "multilateral")
    assert (summit.date, summit.place) == ("2024-04-11", "Washington")


def test_the_two_who_last_met_where_both_attended_a_summit_took_part_in_it() -> None:
    body = ("Moroni, 9 July 2024 – President Azali Assoumani received President Wavel Ramkalawan of Seychelles.\n\n"
            "President Azali and President Ramkalawan last met in February in Addis Ababa, where both attended the "
            "37th Ordinary Session of the Assembly of the African Union.")
    found = extract(make_release("t", "State visit", body))
    (summit,) = [i for i in found.interactions if i.type == "multilateral"]
    assert set(summit.participants) == {"Azali Assoumani", "Wavel Ramkalawan"} and summit.date == "2024-02"


def test_two_named_together_who_agreed_on_a_weekday_met() -> None:
    body = ("NEW DELHI - Japanese Foreign Minister Takeshi Iwaya and his Indian counterpart Subrahmanyam Jaishankar "
            "agreed Thursday to accelerate work on a high-speed railway.")
    found = extract(make_release("t", "Japan, India agree", body, date="2025-03-27"))
    assert [(i.type, i.participants, i.date) for i in found.interactions] == [
        ("meeting", ["Takeshi Iwaya", "Subrahmanyam Jaishankar"], "2025-03-27")]


def test_a_meeting_named_with_its_acronym_and_chaired_is_held_and_a_summit_hosted_elsewhere_is_a_past_one() -> None:
    body = ("Foreign ministers from across the Commonwealth met in New York on Thursday for their annual gathering.\n\n"
            "The Commonwealth Foreign Affairs Ministers Meeting (CFAMM) was chaired by Rwanda's Minister of Foreign "
            "Affairs, Dr Vincent Biruta, as Rwanda is the Chair-in-Office following the Commonwealth Heads of Government "
            "Meeting (CHOGM) hosted in Kigali in June.")
    r = extract(make_release("cw", "Commonwealth foreign ministers meet", body, date="2022-09-23"))
    events = {i.name: (i.date, i.place, i.participants) for i in r.interactions if i.type == "multilateral"}
    assert events["Commonwealth Foreign Affairs Ministers Meeting"][1:] == ("New York", ["Vincent Biruta"])  # (not Kigali)
    assert events["Commonwealth Heads of Government Meeting"][:2] == ("2022-06", "Kigali")
    assert "Commonwealth Foreign Affairs Ministers Meeting" not in {o.name for o in r.organizations}  # (an event)


def test_the_delegation_led_to_a_council_meeting_took_part_in_it_and_a_summit_with_its_year_starts_on_its_first_day() -> None:
    r = extract(make_release("pk", "Foreign Minister participates in SCO Council of Foreign Ministers meeting",
                             "Foreign Minister Bilawal Bhutto Zardari led the Pakistan delegation to the meeting of the "
                             "Council of Foreign Ministers (CFM) of the Shanghai Cooperation Organisation (SCO) held in Goa, "
                             "India, on 4-5 May 2023.", date="2023-05-05"))
    assert [(i.name, i.date, i.place) for i in r.interactions if i.type == "multilateral"] == [
        ("meeting of the Council of Foreign Ministers", "2023-05-04", "Goa")]
    r = extract(make_release("ws", "Prime Minister holds bilateral meetings",
                             "Apia, 25 October 2024. The Prime Minister of Samoa, Fiamē Naomi Mata'afa, held bilateral "
                             "meetings yesterday with the Prime Minister of New Zealand, Christopher Luxon, on the margins "
                             "of the Commonwealth Heads of Government Meeting (CHOGM) 2024, which Samoa is hosting in Apia "
                             "from 21 to 26 October."))
    assert [(i.name, i.date) for i in r.interactions if i.type == "multilateral"] == [
        ("Commonwealth Heads of Government Meeting", "2024-10-21")]


def test_a_dateline_with_its_day_and_year_apart_by_a_slash_dates_and_places_the_release() -> None:
    r = extract(make_release("et", "PM Abiy, Blinken discuss peace process", "Addis Ababa, March 15/2023 (ENA) Prime "
                             "Minister Abiy Ahmed held discussions today with the United States Secretary of State, "
                             "Antony Blinken."))
    assert (r.date, r.place) == ("2023-03-15", "Addis Ababa")
    assert [(i.date, i.place) for i in r.interactions if i.type == "meeting"] == [("2023-03-15", "Addis Ababa")]


def test_a_summit_hosted_and_chaired_by_two_is_no_meeting_of_them_and_a_meeting_held_years_ago_is_dated_so() -> None:
    body = ("Riyadh – 20 October 2023\n\nSecretary-General Jasem Mohamed Albudaiwi took part today in the first Summit "
            "between the GCC and the Association of Southeast Asian Nations (ASEAN), hosted by the Kingdom of Saudi Arabia "
            "in Riyadh and chaired by Crown Prince Mohammed bin Salman bin Abdulaziz Al Saud, together with President "
            "Joko Widodo of Indonesia. He recalled the first ASEAN-GCC Ministerial Meeting held in Manama in June 2009.")
    r = extract(make_release("gc", "Secretary-General participates in the ASEAN-GCC Summit", body))
    assert [(i.type, i.name, i.date, i.place) for i in r.interactions] == [
        ("multilateral", "ASEAN-GCC Summit", "2023-10-20", "Riyadh"),  # (the headline's, told in the lead by its parties)
        ("multilateral", "first ASEAN-GCC Ministerial Meeting", "2009-06", "Manama")]


def test_the_day_after_a_sentence_with_no_event_and_the_visiting_president_beside_the_hosts_own() -> None:
    body = ("August 04, 2022\n\nPresident Ibrahim Mohamed Solih of Maldives paid a State Visit to India. On his arrival "
            "in New Delhi on Monday, President Solih was received at the airport by Minister of State for External "
            "Affairs and Culture Smt. Meenakashi Lekhi.\n\nThe next day, President Solih was accorded a ceremonial "
            "welcome in the presence of President Smt. Droupadi Murmu. External Affairs Minister Dr. S. Jaishankar "
            "called on the visiting President. The two Presidents jointly witnessed, through video link, the opening of "
            "a bridge.\n\nNew Delhi")
    r = extract(make_release("in", "State Visit of the President of Maldives to India", body))
    assert r.place == "New Delhi"  # (the town alone on the last line)
    assert sorted((i.type, i.participants, i.date) for i in r.interactions if i.type != "visit") == [
        ("meeting", ["Ibrahim Mohamed Solih", "Meenakashi Lekhi"], "2022-08-01"),
        ("meeting", ["S. Jaishankar", "Ibrahim Mohamed Solih"], "2022-08-02")]  # (no call: they watched together)


def test_a_trade_and_investment_forum_is_named_whole_and_those_also_in_todays_talks_joined_them() -> None:
    body = ("Kingston, Jamaica. May 19, 2023: Minister Kamina Johnson Smith today held bilateral talks with Minister for "
            "Foreign Affairs of Ghana Shirley Ayorkor Botchwey. On Thursday, Minister Botchwey toured the Mona Campus, where "
            "she met with the Principal, Professor Densil Williams.\n\nMinister Johnson Smith recalled the "
            "AfriCaribbean Trade and Investment Forum (ACTIF2022) in Bridgetown, Barbados, in September 2022.\n\nAlso "
            "participating in the talks were the Permanent Secretary, Ambassador Sharon Saunders, and senior officials.")
    r = extract(make_release("jm", "Jamaica and Ghana to deepen ties", body))
    assert [(i.name, i.date, i.place) for i in r.interactions if i.type == "multilateral"] == [
        ("AfriCaribbean Trade and Investment Forum", "2022-09", "Bridgetown")]
    talks = next(i for i in r.interactions if i.type == "meeting" and i.date == "2023-05-19")
    assert "Sharon Saunders" in talks.participants  # (today's talks, not Thursday's visit to the campus)


def test_each_of_a_listed_subject_took_part_in_the_summit() -> None:
    found = extract(make_release("t", "Summit", "President Yoon Suk Yeol, Chinese Premier Li Qiang and Japanese Prime "
                                 "Minister Fumio Kishida attended the Ninth Trilateral Summit in Seoul on Monday.",
                                 date="2024-05-27"))
    summit = next(i for i in found.interactions if i.type == "multilateral")
    assert set(summit.participants) == {"Yoon Suk Yeol", "Li Qiang", "Fumio Kishida"}


def test_a_gathering_named_after_its_bodys_spelt_out_name_and_acronym_is_where_they_met() -> None:
    r = extract(make_release("t", "Talks", "Goa, 4 May 2023 – External Affairs Minister S Jaishankar on Thursday held a "
                             "meeting with Russian Foreign Minister Sergey Lavrov on the sidelines of the Shanghai "
                             "Cooperation Organisation (SCO) Council of Foreign Ministers meeting in Goa."))
    gatherings = [(i.name, i.date, i.place) for i in r.interactions if i.type == "multilateral"]
    assert gatherings == [("SCO Council of Foreign Ministers meeting", "2023-05-04", "Goa")]


def test_a_summit_in_a_small_town_of_a_named_state_is_held_there() -> None:
    r = extract(make_release("t", "Summit", "Berlin, 28 June 2022 – Chancellor Olaf Scholz hosted the G7 Summit in "
                             "Elmau, Germany, on Monday."))
    assert [(i.name, i.place) for i in r.interactions if i.type == "multilateral"] == [("G7 Summit", "Elmau")]


def test_a_summit_of_three_named_by_its_number_and_its_parties() -> None:
    r = extract(make_release("t", "President El-Sisi in Baghdad", "President Abdel Fattah El-Sisi arrived in Baghdad "
                             "on Sunday, on a one-day visit to the Republic of Iraq, to take part in the fourth "
                             "tripartite summit between Egypt, Iraq and Jordan.", date="2021-06-27"))
    summits = [(i.name, i.date, i.place, i.participants) for i in r.interactions if i.type == "multilateral"]
    assert summits == [("fourth tripartite summit between Egypt, Iraq and Jordan", "2021-06-27", "Baghdad",
                        ["Abdel Fattah El-Sisi"])]


def test_an_invitation_to_take_part_is_no_gathering_attended() -> None:
    r = extract(make_release("t", "Credentials", "The Ambassador of the United Arab Emirates, Khalid Saeed Al Mheiri, "
                             "reiterated the invitation for Costa Rica to take part in COP28 in Dubai at the end of "
                             "the year.", date="2023-09-07"))
    assert [i for i in r.interactions if i.type == "multilateral"] == []


def test_a_parliament_received_in_and_a_summit_prepared_for_are_no_gatherings_attended() -> None:
    r = extract(make_release("t", "Petro and Sánchez agree on a common agenda for the EU–CELAC Summit",
                             "Madrid (Spain), May 4 (@infopresidencia). President Gustavo Petro Urrego and the President "
                             "of the Government of Spain, Pedro Sánchez, held talks this Thursday. This Thursday "
                             "afternoon, the Head of State was received at the Congress of Deputies by its President, "
                             "Meritxell Batet.", date="2023-05-04"))
    assert [i.name for i in r.interactions if i.type == "multilateral"] == []
    assert "EU–CELAC Summit" in [i.name for i in r.initiatives]
    assert (r.date, r.place) == ("2023-05-04", "Madrid")


def test_who_opened_and_chaired_a_gathering_took_part_in_it_no_meeting_of_their_own() -> None:
    r = extract(make_release("t", "Sri Lanka takes over the IORA Chair", "Colombo, Sri Lanka, 12 October 2023 – The 23rd "
                             "Meeting of the IORA Council of Ministers was held in Colombo yesterday. The meeting was "
                             "opened by the President of Sri Lanka, Ranil Wickremesinghe, and chaired by the Minister of "
                             "Foreign Affairs of Sri Lanka, M.U.M. Ali Sabry.", date="2023-10-12"))
    assert [(i.type, i.participants) for i in r.interactions] == [
        ("multilateral", ["Ranil Wickremesinghe", "M.U.M. Ali Sabry"])]


def test_the_city_a_conference_is_named_in_is_its_place_not_part_of_its_name() -> None:
    r = extract(make_release("t", "Credentials", "President Salome Zourabichvili recalled her participation in COP27 in "
                             "Sharm El-Sheikh in November 2022. She attended the G20 Summit in Rio de Janeiro in "
                             "November 2024.", date="2025-01-10"))
    events = {(i.name, i.date, i.place) for i in r.interactions if i.type == "multilateral"}
    assert events == {("COP27", "2022-11", "Sharm El-Sheikh"), ("G20 Summit", "2024-11", "Rio de Janeiro")}


_MUNICH = ("Republic of Bulgaria · Ministry of Foreign Affairs\nPress releases | 15.02.2025\n\n"
           "Munich, 15 February 2025 – The Minister of Foreign Affairs, Georg Georgiev, is leading the Bulgarian "
           "delegation to the 61st Munich Security Conference, which opened on Friday in the Bavarian capital. On the "
           "second day of the forum, the head of Bulgarian diplomacy held several bilateral meetings.\n\n"
           "In the morning, Minister Georgiev met the Minister of Foreign Affairs of Ukraine, Andrii Sybiha.\n\n"
           "On the sidelines of the conference, the minister also had short separate conversations with his Moldovan "
           "and Albanian counterparts.\n\nMinister Georgiev will return to Sofia on Sunday.")


def _munich() -> Record:
    return extract(make_release("t", "Minister Georgiev held meetings in Munich", _MUNICH, date="2025-02-15"))


def test_a_dateline_under_a_header_whose_names_a_middle_dot_parts_is_read() -> None:
    found = _munich()
    assert found.place == "Munich"
    assert "Ministry of Foreign Affairs" in [o.name for o in found.organizations]


def test_a_regions_capital_is_not_the_publishers_and_the_forums_second_day_is_the_day_after_it_opened() -> None:
    meeting = next(i for i in _munich().interactions if "Andrii Sybiha" in i.participants)
    assert (meeting.date, meeting.place) == ("2025-02-15", "Munich")


def test_short_separate_conversations_on_the_sidelines_are_a_meeting_with_each_counterpart() -> None:
    met = {i.participants[1] for i in _munich().interactions if i.type == "meeting" and i.participants[0] == "Georg Georgiev"}
    assert {"Moldova", "Albania"} <= met


def test_a_conference_named_first_is_dated_by_the_day_a_later_sentence_says_it_opened() -> None:
    body = ("Seville, 1 July 2025. CAF and the European Investment Bank (EIB) today signed a Memorandum of "
            "Understanding on Water Security, on the sidelines of the Fourth International Conference on Financing "
            "for Development (FfD4).\n\nThe document was signed by CAF's Executive President, Sergio Díaz-Granados, "
            "and the President of the EIB, Nadia Calviño.\n\nThe conference, which opened on Monday in Seville with "
            "the participation of more than 60 heads of state and government, adopted the Sevilla Commitment.")
    found = extract(make_release("t", "CAF and the EIB join forces", body, date="2025-07-01"))
    days = {i.type: i.date for i in found.interactions}
    assert days == {"signing": "2025-07-01", "multilateral": "2025-06-30"}


def test_a_last_meeting_on_a_summits_margins_dates_both_though_the_sentence_names_todays_visit() -> None:
    body = ("Minister of Foreign Affairs Ervin Ibrahimović met today in Podgorica with Minister of Foreign Affairs of "
            "the Republic of North Macedonia Timčo Mucunski.\n\nIbrahimović and Mucunski last met in Berlin in "
            "October, on the margins of the Berlin Process Summit, where they agreed on the dates of today's visit.")
    found = extract(make_release("t", "Ibrahimović and Mucunski", body, date="2024-11-26"))
    berlin = {(i.type, i.date) for i in found.interactions if i.place == "Berlin"}
    assert berlin == {("meeting", "2024-10"), ("multilateral", "2024-10")}


def test_a_letter_sent_earlier_in_the_week_is_dated_to_the_weeks_month() -> None:
    body = ("Munich, 15 February 2025 – Minister Georg Georgiev met the Minister of Foreign Affairs of Ukraine, Andrii "
            "Sybiha.\n\nEarlier in the week, Minister Georgiev sent a letter to the Secretary-General of the "
            "Organisation for Economic Co-operation and Development (OECD), Mathias Cormann, informing him of the "
            "measures adopted by the new Government.")
    found = extract(make_release("t", "Minister Georgiev in Munich", body, date="2025-02-15"))
    assert [i.date for i in found.interactions if i.type == "correspondence"] == ["2025-02"]
