"""When and where each event happened: dates resolved against the release date, venues
named in the sentence or set by the release's lead, and events the text places at another
time left with their own date."""
from __future__ import annotations

from kg.sources.dates import find_dates
from kg.sources.dateline import read_dateline
from kg.extract import extract
from kg.records import Interaction
from kg.sources import make_release


def events(body: str, title: str = "Talks", date: str | None = None) -> list[Interaction]:
    release = make_release("t", title, body)
    if date:
        release.date = date
    return extract(release).interactions


def one(items: list[Interaction], kind: str, *names: str) -> Interaction:
    hits = [i for i in items if i.type == kind and set(names) <= set(i.participants)]
    assert len(hits) == 1, items
    return hits[0]


def when_where(items: list[Interaction], kind: str, *names: str) -> tuple[str | None, str | None]:
    found = one(items, kind, *names)
    return found.date, found.place


def test_a_range_of_days_is_dated_by_its_first_day() -> None:
    assert [d for _, _, d in find_dates("talks on 12-13 October 2021", None)] == ["2021-10-12"]
    assert [d for _, _, d in find_dates("in Vienna on 1 and 2 January", "2023-01-01")] == ["2023-01-01"]
    assert [d for _, _, d in find_dates("met on July 20–21, 2019", None)] == ["2019-07-20"]
    # (each day with its weekday: "co-chaired, on Wednesday 19 and Thursday 20 June, the session")
    assert [d for _, _, d in find_dates("co-chaired, on Wednesday 19 and Thursday 20 June, the", "2024-06-20")] == \
        ["2024-06-19"]


def test_a_weekday_followed_by_its_date_is_that_date() -> None:
    assert [d for _, _, d in find_dates("On Thursday, 12 May, the minister", "2022-05-14")] == ["2022-05-12"]


def test_day_first_slashed_dates_and_date_first_datelines() -> None:
    assert read_dateline("Brussels, 19/06/2021\n\nThe High Representative met ...").date == "2021-06-19"
    line = read_dateline("January 20, 2022 - Paris, France - Global Affairs Canada\n\nThe Minister met ...")
    assert (line.place, line.date) == ("Paris", "2022-01-20")


def test_an_event_in_the_lead_takes_the_release_date_and_its_venue() -> None:
    items = events("Bern, 28.11.2018 - During a working lunch in Geneva, Federal Councillor Ignazio Cassis "
                   "met Russian Foreign Minister Sergei Lavrov.")
    meeting = one(items, "meeting", "Ignazio Cassis", "Sergei Lavrov")
    assert (meeting.date, meeting.place) == ("2018-11-28", "Geneva")


def test_later_sentences_share_the_occasion_the_lead_dates_and_places() -> None:
    items = events("Foreign Minister Alexander Schallenberg hosted his Indian counterpart Subrahmanyam Jaishankar "
                   "in Wrocław on 3 April. Foreign Minister Jaishankar also met Chancellor Karl Nehammer.",
                   date="2015-04-07")
    later = one(items, "meeting", "Karl Nehammer")
    assert (later.date, later.place) == ("2015-04-03", "Wrocław")


def test_yesterday_dates_a_call_and_a_call_has_no_venue() -> None:
    items = events("PARIS, 8 June 2022 - Yesterday Minister for Europe and Foreign Affairs Catherine Colonna had a "
                   "telephone conversation with UN Secretary-General António Guterres.")
    call = one(items, "call", "Catherine Colonna", "António Guterres")
    assert (call.date, call.place) == ("2022-06-07", None)


def test_a_past_event_mentioned_in_passing_keeps_no_release_date() -> None:
    items = events("VILNIUS, 9 November 2018 - Political Director Jānis Mažeiks met Political Director Asta "
                   "Skaisgirytė in Vilnius. Last year Foreign Minister Edgars Rinkēvičs had met Foreign Minister "
                   "Linas Linkevičius in Riga.")
    past = one(items, "meeting", "Edgars Rinkēvičs", "Linas Linkevičius")
    assert past.date != "2018-11-09"


def test_the_capital_is_the_state_capital_as_the_release_names_it() -> None:
    items = events("NUR-SULTAN, April 8, 2019 - Minister of Foreign Affairs Beibut Atamkulov met OSCE "
                   "Chairperson-in-Office Miroslav Lajčák in the capital of Kazakhstan.")
    meeting = one(items, "meeting", "Beibut Atamkulov", "Miroslav Lajčák")
    assert (meeting.date, meeting.place) == ("2019-04-08", "Nur-Sultan")


def test_a_world_city_beyond_the_gazetteer_is_a_venue_only_after_a_preposition() -> None:
    items = events("The Under-Secretary of State Jānis Mažeiks paid a working visit to Vilnius on 8 November 2018. "
                   "He held a meeting there with Political Director Asta Skaisgirytė.", date="2018-11-09")
    meeting = one(items, "meeting", "Jānis Mažeiks", "Asta Skaisgirytė")
    assert (meeting.date, meeting.place) == ("2018-11-08", "Vilnius")


def test_an_event_the_sentence_takes_its_bearings_from_is_not_dated_by_the_release() -> None:
    items = events("WASHINGTON, 26 April 2022 - It is a statement we heard from Moscow after President Joe Biden’s "
                   "meeting with President Vladimir Putin.")
    meeting = one(items, "meeting", "Joe Biden", "Vladimir Putin")
    assert meeting.date != "2022-04-26"


def test_following_the_meeting_the_signing_is_the_occasions() -> None:
    items = events("DUSHANBE, 15 May 2024 - Foreign Minister Sirojiddin Muhriddin met Foreign Minister Abdullah Ali "
                   "Al-Yahya. Following the meeting, the Ministers signed a Memorandum of Understanding.")
    signing = one(items, "signing", "Sirojiddin Muhriddin", "Abdullah Ali Al-Yahya")
    assert signing.date == "2024-05-15"


def test_a_long_briefings_later_mentions_are_not_the_occasion() -> None:
    filler = " ".join(f"The spokesperson answered question number {n} about the budget." for n in range(40))
    items = events(f"WASHINGTON, 17 June 2021 - {filler} President Joe Biden met President Vladimir Putin.")
    meeting = one(items, "meeting", "Joe Biden", "Vladimir Putin")
    assert meeting.date is None


def test_the_occasions_day_is_its_lead_events_not_another_date_of_the_lead() -> None:
    items = events("DUSHANBE, 2021-07-05 – Minister of Foreign Affairs of Iran Mohammad Javad Zarif, who arrived in "
                   "Dushanbe yesterday on an official visit, held talks today with Minister of Foreign Affairs of "
                   "Tajikistan Sirojiddin Muhriddin. Following the talks, the ministers signed a Memorandum of "
                   "Understanding.")
    signing = one(items, "signing", "Mohammad Javad Zarif", "Sirojiddin Muhriddin")
    assert signing.date == "2021-07-05"


def test_last_april_and_earlier_in_the_day() -> None:
    assert [d for _, _, d in find_dates("Last April, the presidents met", "2024-03-05")] == ["2023-04"]
    items = events("BEIJING, 5 March 2024 - Foreign Minister Wang Yi met with Foreign Minister Mauro Vieira. "
                   "Earlier in the day, Vice President Han Zheng met with Mauro Vieira.")
    assert one(items, "meeting", "Han Zheng", "Mauro Vieira").date == "2024-03-05"


def test_the_datelines_city_wins_over_a_past_venue_later_in_the_lead() -> None:
    items = events("ASTANA, 15 May 2024 - Foreign Minister Murat Nurtleu received Ambassador of Japan Yasuhiro "
                   "Yamada. Mr. Nurtleu recalled his talks with Foreign Minister Yoko Kamikawa in Tokyo on 12 April.")
    meeting = one(items, "meeting", "Murat Nurtleu", "Yasuhiro Yamada")
    assert (meeting.date, meeting.place) == ("2024-05-15", "Astana")


def test_a_title_case_dateline_with_its_country_and_agency() -> None:
    line = read_dateline("Tashkent, Uzbekistan (UzDaily.com) -- On 12 June, Minister Bakhtiyor Saidov met ...")
    assert line.place == "Tashkent"


def test_the_city_visited_is_the_venue_of_the_meetings_there() -> None:
    items = events("LONDON, 5 April 2024 - Foreign Secretary David Cameron visited Abuja on 3 April, where he met "
                   "President Bola Tinubu.")
    meeting = one(items, "meeting", "David Cameron", "Bola Tinubu")
    assert (meeting.date, meeting.place) == ("2024-04-03", "Abuja")


def test_a_city_alone_on_the_first_line_is_the_dateline() -> None:
    assert read_dateline("Strasbourg ,\n\nYesterday the Minister was received by the Secretary General.").place \
        == "Strasbourg"
    assert read_dateline("Statement\n\nThe Secretary met ...").place is None


def test_a_planned_events_venue_is_not_the_occasions() -> None:
    items = events("Foreign Minister Felipe Solá met Secretary Michael Kozak. Secretary Michael Kozak extended an "
                   "invitation to attend an event on oil scheduled for 17 December in Washington.", date="2019-12-11")
    assert one(items, "meeting", "Felipe Solá", "Michael Kozak").place != "Washington"


def test_a_schedule_is_dated_by_the_day_its_headline_names() -> None:
    items = events("SECRETARY ANTONY J. BLINKEN 10:00 a.m. Secretary Blinken meets with Ukrainian Foreign Minister "
                   "Dmytro Kuleba, at the Department of State.", title="Public Schedule August 5, 2021",
                   date="2021-08-04")
    assert one(items, "meeting", "Dmytro Kuleba").date == "2021-08-05"


def test_an_undated_event_takes_the_day_the_narrative_last_gave() -> None:
    items = events("Brussels, 19/06/2021\n\nHigh Representative Josep Borrell on 18 June brought to a close his "
                   "two-day visit to Antalya. On Thursday, High Representative Borrell represented the EU at the "
                   "SEECP Summit. High Representative Borrell and North Macedonian President, Stevo Pendarovski, "
                   "used their meeting to discuss the next steps. High Representative Borrell also held a meeting with the "
                   "President of Kosovo, Vjosa Osmani.", title="Borrell completes his participation")
    assert one(items, "meeting", "Stevo Pendarovski").date == "2021-06-17"
    assert one(items, "meeting", "Vjosa Osmani").date == "2021-06-17"
    # a summit the sentence recalls from weeks before sets no day for what follows
    items = events("BISHKEK, 14 November 2023 – On November 13, Kulubaev held talks with Foreign Minister Péter "
                   "Szijjártó in Budapest. The sides noted the results of the OTS Summit held in Astana on "
                   "November 3. The same day, Foreign Minister Jeenbek Kulubaev was received by Speaker László Kövér.")
    assert one(items, "meeting", "László Kövér").date == "2023-11-13"


def test_more_dateline_shapes_give_the_date_and_city() -> None:
    shapes = {
        "20 April 2023, Tbilisi – Minister Ilia Darchiashvili met Minister Mevlüt Çavuşoğlu.": ("2023-04-20", "Tbilisi"),
        "Baku, April 20, 2023 (AZERTAC) Minister Jeyhun Bayramov met Minister Mevlüt Çavuşoğlu.": ("2023-04-20", "Baku"),
        "April 20, 2023\nWashington, DC\n\nSecretary Antony Blinken met Minister Mevlüt Çavuşoğlu.":
            ("2023-04-20", "Washington"),
        # a weekday before the date is no place
        "Tuesday, 12 March 2019\n\nMinister Mukhtar Tileuberdi met Minister Mevlüt Çavuşoğlu.": ("2019-03-12", None),
    }
    for body, (when, where) in shapes.items():
        release = make_release("t", "Talks", body)
        assert (release.date, release.place) == (when, where), body


def test_a_summit_is_dated_by_its_own_date_not_the_datelines() -> None:
    items = events("Astana, 10 April 2023 – The 21st meeting of the Council of Foreign Ministers of the CIS took place "
                   "in Almaty on 7 April.")
    summit = next(i for i in items if i.type == "multilateral")
    assert (summit.date, summit.place) == ("2023-04-07", "Almaty")


def test_a_weekday_date_line_with_a_time_gives_no_place_and_the_agency_dateline_gives_the_city() -> None:
    line = read_dateline("Thursday, March 07, 2024 - 10:15\n\nHanoi (VNA) - The President received ...")
    assert (line.place, line.date) == ("Hanoi", "2024-03-07")


def test_notes_and_publisher_labels_before_the_dateline_are_skipped() -> None:
    body = "(Translated from Spanish)\n\nSecretariat of Foreign Affairs | Press Release 52\n\n" \
           "Lima, May 3, 2023\n\nThe Foreign Minister received ..."
    assert (read_dateline(body).place, read_dateline(body).date) == ("Lima", "2023-05-03")


def test_a_closing_line_with_an_upper_case_month_dates_the_release() -> None:
    line = read_dateline("The Prime Minister met the Sultan.\n\nMINISTRY OF FOREIGN AFFAIRS\nBANDAR SERI BEGAWAN\n9 MAY 2023")
    assert (line.place, line.date) == ("Bandar Seri Begawan", "2023-05-09")


def test_a_previous_summit_of_two_states_is_their_meeting_where_and_when_it_was_held() -> None:
    body = ("LISBON, 2 May 2023 – Foreign Minister João Cravinho met the Minister of Foreign Affairs of Spain, "
            "José Manuel Albares, in Lisbon today. The previous summit was held in Trujillo on 28 October 2021.")
    past = one(events(body), "meeting", "Portugal", "Spain")
    assert (past.date, past.place) == ("2021-10-28", "Trujillo")


def test_a_past_round_of_a_many_party_format_is_a_multilateral_event() -> None:
    body = ("TBILISI, 3 May 2023 – The Chairperson-in-Office met Prime Minister Irakli Garibashvili. "
            "The 58th round of the Geneva International Discussions took place in Geneva in April 2023.")
    multi = [i for i in events(body) if i.type == "multilateral"]
    assert [(i.name, i.date, i.place) for i in multi] == [
        ("58th round of the Geneva International Discussions", "2023-04", "Geneva")]


def test_a_treaty_signed_in_a_city_long_ago_is_signed_by_the_states_between_which_it_is() -> None:
    body = ("MADRID, 2 May 2023 – Minister Albares and Minister Cravinho reviewed the Treaty of Friendship between "
            "the Portuguese Republic and the Kingdom of Spain, signed in Trujillo in October 2021.")
    signing = one(events(body), "signing", "Portugal", "Spain")
    assert (signing.date, signing.place) == ("2021-10", "Trujillo")


def test_a_previous_meeting_in_a_month_without_a_year_is_that_month_before_the_release() -> None:
    body = ("The Minister for Foreign Affairs, Simon Harris TD, travelled to London today to co-chair a meeting of the "
            "Joint Council with the Secretary of State for Northern Ireland, Hilary Benn MP. "
            "The previous meeting was held in Dublin in April.")
    found = events(body, date="2024-10-21")
    assert (one(found, "meeting", "Simon Harris", "Hilary Benn").date, one(found, "visit", "Simon Harris").place) == \
        ("2024-10-21", "London")
    past = [i for i in found if i.type == "meeting" and i.date == "2024-04"]
    assert [(i.place, len(i.participants)) for i in past] == [("Dublin", 2)]


def test_the_day_someone_took_office_does_not_date_their_visit() -> None:
    body = ("Prime Minister Lawrence Wong of Singapore made an Introductory Visit to Brunei Darussalam on 3 June 2024. "
            "This is the Prime Minister's first visit to Brunei Darussalam since assuming office on 15 May 2024.")
    assert {i.date for i in events(body, date="2024-06-04") if i.type == "visit"} == {"2024-06-03"}


def test_a_past_retreat_of_a_visit_s_two_states_is_their_meeting() -> None:
    body = ("Prime Minister Lawrence Wong of Singapore made an Introductory Visit to Brunei Darussalam on 3 June 2024. "
            "The previous Leaders' Retreat was held in Bandar Seri Begawan in November 2023.")
    past = one(events(body, date="2024-06-04"), "meeting", "Singapore", "Brunei")
    assert (past.date, past.place) == ("2023-11", "Bandar Seri Begawan")


def test_a_venue_written_with_an_older_date_is_not_the_occasions() -> None:
    body = ("Mexico City, March 20, 2024\n\nForeign Secretary Alicia Bárcena and the Minister of Foreign Affairs of "
            "Guatemala, Carlos Ramiro Martínez, co-chaired today the XIII Meeting of the Binational Commission, the first "
            "held since the XII Meeting, which took place in Guatemala City in August 2018.")
    found = events(body)
    today = one(found, "meeting", "Alicia Bárcena", "Carlos Ramiro Martínez")
    assert (today.date, today.place) == ("2024-03-20", "Mexico City")
    assert [(i.date, i.place) for i in found if i.type == "meeting" and i is not today] == [("2018-08", "Guatemala City")]


def test_a_ministerial_attended_on_two_days_and_the_meetings_on_its_sidelines_are_placed_there() -> None:
    body = ("Thursday, 04 April 2024\n\nMinister of Foreign Affairs George Gerapetritis participated on 3 and 4 April in "
            "the Meeting of NATO Ministers of Foreign Affairs, held at the Alliance headquarters in Brussels. On the "
            "sidelines, the Minister had a meeting on Wednesday, 3 April, with the Minister of Foreign Affairs of Türkiye, "
            "Hakan Fidan. The two ministers reviewed the Athens Declaration, signed by Prime Minister Kyriakos Mitsotakis "
            "and President Recep Tayyip Erdoğan in Athens on 7 December 2023. Mr. Gerapetritis also met with US Secretary "
            "of State Antony Blinken, with whom he discussed the Middle East, and with the Minister for Europe and Foreign "
            "Affairs of Albania, Igli Hasani.")
    found = events(body, title="Participation of Minister Gerapetritis in the NATO Foreign Ministers' Meeting")
    assert {i.place for i in found if i.type == "meeting"} == {"Brussels"}
    assert one(found, "meeting", "Igli Hasani").participants == ["George Gerapetritis", "Igli Hasani"]
    assert [(i.date, i.place) for i in found if i.type == "multilateral"] == [("2024-04-03", "Brussels")]


def test_a_time_and_news_number_above_the_dateline_are_skipped() -> None:
    line = read_dateline("Oct 3, 2024, 10:15 PM\nNews ID: 85617302\n\nDoha, IRNA – Iranian Foreign Minister ...")
    assert line.place == "Doha"


def test_a_dateline_with_its_date_after_the_dash_on_a_line_of_its_own() -> None:
    line = read_dateline("BEIJING, CHINA – Thursday, 5th September 2024\n\nPresident Hichilema yesterday held talks ...")
    assert (line.place, line.date) == ("Beijing", "2024-09-05")


def test_an_event_recalled_from_last_thursday_does_not_date_the_days_audience() -> None:
    body = ("ALGIERS - Foreign Minister Ahmed Attaf held talks on Sunday with Slovenian Foreign Minister Tanja Fajon. "
            "Attaf thanked Slovenia for its vote at the Security Council meeting held last Thursday in New York. "
            "Fajon was received later in the day by the President of the Republic, Abdelmadjid Tebboune.")
    audience = one(events(body, date="2024-04-21"), "meeting", "Abdelmadjid Tebboune")
    assert audience.date == "2024-04-21"


def test_an_envoy_met_with_something_recalled_keeps_the_days_date_and_place() -> None:
    body = ("Today, at the Orbeliani Palace in Tbilisi, the President of Georgia, Salome Zourabichvili, received the "
            "letters of credence of new ambassadors. With the Ambassador of Egypt, Tarek El-Sayed, the President "
            "recalled her participation in COP27 in Sharm El-Sheikh in November 2022.")
    meeting = one(events(body, date="2023-10-12"), "meeting", "Tarek El-Sayed")
    assert (meeting.date, meeting.place) == ("2023-10-12", "Tbilisi")


def test_release_headers_of_other_ministries_give_the_date_and_city() -> None:
    shapes = {
        # a city and its date in brackets, the year in two digits
        "Bogotá (Aug. 21/24). The Minister of Foreign Affairs received the Minister of Panama.": ("2024-08-21", "Bogotá"),
        # a header of several fields
        "Press release | Date: 26/05/2024 | No: 061/24\n\nThe Minister chaired a meeting in Brussels.":
            ("2024-05-26", None),
        # a closing block whose city holds a lower-case particle and ends with a full stop
        "The President received the guest.\n\nIssued by:\nGovernment Communication Unit,\nDar es Salaam.\n14th May 2024":
            ("2024-05-14", "Dar es Salaam"),
        # a dateline without its year, nothing else dating the release: the latest year the text
        # names, not the year of a plan
        "Vientiane, October 9 (KPL) -- The Prime Minister held talks with the Thai Prime Minister as ASEAN Chair "
        "for 2024. He proposed holding the next Retreat in 2025.": ("2024-10-09", "Vientiane"),
        # a publisher's label with its number, then a dateline ending ".-"
        "Press Release No. 089\n\nQuito, May 15, 2024.- The Minister received her Paraguayan counterpart.":
            ("2024-05-15", "Quito"),
        # a date with spaces after its dots; a date line with the publisher after a bar
        "2. 9. 2024\n\nThe Minister held talks in Bled.": ("2024-09-02", None),
        "05 September 2024 | Ministry of Foreign Affairs and Cooperation\n\nThe Minister received ...": ("2024-09-05", None),
        # an agency's acronym before the dash is no city ("NNA", which a gazetteer knows as Kenitra's code)
        "Thu 20 Mar 2025 at 15:42\n\nNNA - The Minister on Thursday welcomed the Spanish Minister.": ("2025-03-20", None),
    }
    for body, (when, where) in shapes.items():
        release = make_release("t", "Talks", body)
        assert (release.date, release.place) == (when, where), body


def test_a_reception_within_a_visit_whose_span_is_given_is_dated_by_the_release_not_the_first_day() -> None:
    items = events("Bogotá (Aug. 21/24). The Minister of Foreign Affairs, Luis Gilberto Murillo Urrutia, received the "
                   "Minister of Foreign Affairs of Panama, Javier Martínez-Acha Vásquez, at the San Carlos Palace, within the "
                   "framework of his first official visit to Colombia, which takes place from August 20 to 22.")
    assert one(items, "visit", "Javier Martínez-Acha Vásquez").date == "2024-08-20"
    reception = one(items, "meeting", "Luis Gilberto Murillo Urrutia")
    assert (reception.date, reception.place) == ("2024-08-21", "Bogotá")


def test_their_meeting_after_two_persons_named_together_is_those_two() -> None:
    items = events("BOGOTÁ, 21 August 2024 – Foreign Minister Luis Gilberto Murillo received Foreign Minister Javier "
                   "Martínez-Acha of Panama. During the meeting, the Foreign Ministers reviewed the commitments assumed by "
                   "President Gustavo Petro and President José Raúl Mulino during their meeting in Panama City on July 1.")
    assert when_where(items, "meeting", "Gustavo Petro", "José Raúl Mulino") == ("2024-07-01", "Panama City")
    assert when_where(items, "meeting", "Luis Gilberto Murillo", "Javier Martínez-Acha") == ("2024-08-21", "Bogotá")


RUSSIA = ("MOSCOW, 3 June 2024 – Foreign Minister Sergey Lavrov held talks in Moscow with Minister of Foreign Affairs, "
          "Francophonie and Congolese Abroad of the Republic of the Congo Jean-Claude Gakosso. They noted the agreements "
          "reached during the talks between President of Russia Vladimir Putin and President of the Republic of the Congo "
          "Denis Sassou Nguesso on the sidelines of the second Russia-Africa Summit in St Petersburg in July 2023. "
          "Following the talks, the ministers signed the Plan of Consultations for 2024-2026.")


def test_talks_between_two_named_leaders_at_a_past_summit_are_their_meeting_then_and_there() -> None:
    assert when_where(events(RUSSIA), "meeting", "Vladimir Putin", "Denis Sassou Nguesso") == ("2023-07", "St Petersburg")
    # talks told without their day are no event of the release's day
    items = events("WASHINGTON, 23 June 2021 – Secretary Antony Blinken met Foreign Minister Heiko Maas. They talked "
                   "about the outcome of the talks between President Joe Biden and President Vladimir Putin.")
    assert not [i for i in items if "Vladimir Putin" in i.participants]


def test_the_ministers_who_sign_after_a_recalled_meeting_of_presidents_are_the_foreign_ministers() -> None:
    [signing] = [i for i in events(RUSSIA) if i.type == "signing"]
    assert set(signing.participants) == {"Sergey Lavrov", "Jean-Claude Gakosso"}


def test_a_meeting_someone_recalls_is_dated_as_the_text_says() -> None:
    items = events("NAIROBI, 14 February 2024 – On Tuesday, Minister Jan Lipavský held talks with Prime Cabinet "
                   "Secretary Musalia Mudavadi. Mudavadi recalled his meeting with Czech Prime Minister Petr Fiala on "
                   "the sidelines of the UN General Assembly in New York last September.")
    assert when_where(items, "meeting", "Musalia Mudavadi", "Petr Fiala") == ("2023-09", "New York")


def test_a_guest_welcomed_with_an_office_of_several_portfolios_is_met_on_the_day_the_text_says() -> None:
    items = events("Thu 20 Mar 2025 at 15:42\n\nNNA - Minister of Foreign Affairs and Emigrants, Youssef Rajji, on Thursday "
                   "welcomed Spanish Minister of Foreign Affairs, European Union and Cooperation José Manuel Albares at the "
                   "Bustros Palace. Albares arrived in Beirut on Wednesday evening.")
    assert one(items, "meeting", "Youssef Rajji", "José Manuel Albares").date == "2025-03-20"
    assert one(items, "visit", "José Manuel Albares").date == "2025-03-19"


def test_the_day_of_a_who_clause_and_what_preceded_the_occasion_do_not_date_the_days_events() -> None:
    items = events("Kigali, 20 September 2024\n\nThe Minister of Foreign Affairs of Rwanda, Olivier Nduhungirehe, and the "
                   "Minister of Foreign Affairs of Zambia, Mulambo Haimbe, today co-chaired the Ministerial Session of the "
                   "4th Joint Permanent Commission. The Ministerial Session was preceded by the Meeting of Senior Officials, "
                   "held on 18 and 19 September 2024. At the end of the Session, the two Ministers signed the Agreed "
                   "Minutes.\n\nMinister Haimbe, who arrived in Rwanda on Thursday, was received in the afternoon by "
                   "President Paul Kagame.")
    days = {(i.type, *sorted(i.participants)): i.date for i in items if i.type != "multilateral"}
    assert days[("signing", "Mulambo Haimbe", "Olivier Nduhungirehe")] == "2024-09-20"
    assert days[("meeting", "Mulambo Haimbe", "Paul Kagame")] == "2024-09-20"
    assert days[("visit", "Mulambo Haimbe", "Rwanda")] == "2024-09-19"


def test_a_citys_own_name_wins_over_another_citys_alternate_name() -> None:
    from kg.cities import city

    assert [getattr(city(name), "code", None) for name in ("Cancún", "Bridgetown", "Kiev", "Breslau")] == \
        ["MX", "BB", "UA", "PL"]


def test_the_first_of_the_days_meetings_is_the_days() -> None:
    items = events("2. 9. 2024\n\nMinister of Foreign and European Affairs Tanja Fajon held a series of bilateral meetings "
                   "today on the margins of the Strategic Forum, which opened in Dubrovnik.\n\nMinister Fajon first "
                   "met Montenegrin Minister of Foreign Affairs Filip Ivanović. She then met with Albanian Minister for "
                   "Europe and Foreign Affairs Igli Hasani.")
    assert when_where(items, "meeting", "Tanja Fajon", "Filip Ivanović") == ("2024-09-02", "Dubrovnik")
    assert when_where(items, "meeting", "Tanja Fajon", "Igli Hasani") == ("2024-09-02", "Dubrovnik")


def test_a_publishers_label_is_not_the_lead_whose_venue_places_the_day() -> None:
    items = events("PRESS RELEASE\n\nThe Minister of Foreign Affairs, Hon. Musa Timothy Kabba, has held a series of "
                   "bilateral meetings at the United Nations Headquarters in New York.\n\nOn Tuesday 13th August 2024, "
                   "Hon. Kabba met with the Minister of Foreign Affairs of Guyana, Hon. Hugh Hilton Todd.\n\n"
                   "Freetown\n14th August 2024", title="Foreign Minister Kabba Holds Bilateral Meetings")
    assert when_where(items, "meeting", "Musa Timothy Kabba", "Hugh Hilton Todd") == ("2024-08-13", "New York")


def test_an_open_debate_with_a_quoted_theme_took_place_and_dates_what_happened_on_its_margins() -> None:
    items = events("PRESS RELEASE\n\nThe Minister of Foreign Affairs has held bilateral meetings at the United Nations "
                   "Headquarters in New York.\n\nThe meetings followed the High-Level Open Debate on \"Enhancing Africa's "
                   "Representation in the UN Security Council\", which was presided over in New York on Monday 12th August "
                   "2024 by President Julius Maada Bio. On the margins of the debate, President Bio held a bilateral "
                   "meeting with Secretary-General of the United Nations António Guterres.\n\nFreetown\n14th August 2024")
    [debate] = [i for i in items if i.type == "multilateral"]
    assert debate.name is not None and debate.name.startswith("High-Level Open Debate")
    assert when_where(items, "meeting", "Julius Maada Bio", "António Guterres") == ("2024-08-12", "New York")


def test_talks_between_the_heads_of_the_foreign_ministries_are_theirs_and_place_what_follows() -> None:
    items = events("Baku, 12 June 2024\n\nOn 10-11 June 2024, Minister of Foreign Affairs of Azerbaijan Jeyhun Bayramov paid "
                   "an official visit to Brazil at the invitation of Minister of Foreign Affairs of Brazil Mauro Vieira.\n\n"
                   "On 10 June, in São Paulo, the Minister met with Governor of São Paulo Tarcísio de Freitas.\n\n"
                   "On 11 June, in Brasília, talks were held between the heads of the foreign ministries of the two "
                   "countries. Following the talks, the ministers signed a Memorandum of Understanding on Political "
                   "Consultations.\n\nOn the same day, J. Bayramov was received by President of Brazil Luiz Inácio Lula da "
                   "Silva and handed over a message from President Ilham Aliyev.")
    assert when_where(items, "meeting", "Jeyhun Bayramov", "Mauro Vieira") == ("2024-06-11", "Brasília")
    assert when_where(items, "signing", "Jeyhun Bayramov", "Mauro Vieira") == ("2024-06-11", "Brasília")
    # (the message's sender is no party to the reception)
    assert one(items, "meeting", "Jeyhun Bayramov", "Luiz Inácio Lula da Silva").participants == \
        ["Jeyhun Bayramov", "Luiz Inácio Lula da Silva"]
    assert one(items, "correspondence", "Ilham Aliyev").participants == ["Ilham Aliyev", "Luiz Inácio Lula da Silva"]


def test_a_building_of_several_words_then_its_city_places_the_event() -> None:
    items = events("Date: 15 Mar 2024\n\nOn 14 March 2024, Minister of Foreign Affairs of Viet Nam Bui Thanh Son met Minister "
                   "of Foreign Affairs of Cambodia Sok Chenda Sophea at the Ministry of Foreign Affairs and International "
                   "Cooperation, Phnom Penh.")
    assert when_where(items, "meeting", "Bui Thanh Son", "Sok Chenda Sophea") == ("2024-03-14", "Phnom Penh")


def test_a_document_signed_years_ago_without_signatories_is_the_two_states_signing() -> None:
    items = events("Kathmandu, 14 August 2024\n\nOn 12 August 2024, Minister for Foreign Affairs of Nepal Arzu Rana Deuba held "
                   "talks with Foreign Minister of China Wang Yi in Beijing. Both sides agreed to expedite the Implementation "
                   "Plan, noting that the Memorandum of Understanding on Cooperation under the Belt and Road Initiative "
                   "was signed in Kathmandu on 12 May 2017.")
    signing = one(items, "signing")
    assert (signing.participants, signing.date) == (["Nepal", "China"], "2017-05-12")


def test_an_agreement_signed_in_a_past_year_named_in_passing_is_the_two_states_signing() -> None:
    items = events("Kigali, 20 September 2024\n\nMinister of Foreign Affairs of Rwanda Olivier Nduhungirehe met Minister of "
                   "Foreign Affairs of Zambia Mulambo Haimbe in Kigali today. The General Agreement on Economic Cooperation, "
                   "signed in Lusaka in 2010, remains the legal framework of the relationship.")
    signing = one(items, "signing")
    assert (signing.participants, signing.date, signing.place) == (["Rwanda", "Zambia"], "2010", "Lusaka")


def test_a_signing_by_the_two_ministries_years_ago_is_the_two_states() -> None:
    items = events("Bern, 28.11.2018 - Federal Councillor Ignazio Cassis met Russian Foreign Minister Sergei Lavrov in Geneva "
                   "today. Since the signing by the two foreign ministries in 2007 of a memorandum of understanding, contacts "
                   "have risen considerably.")
    signing = one(items, "signing")
    assert (signing.participants, signing.date) == (["Switzerland", "Russia"], "2007")


def test_a_meeting_between_the_leaders_of_three_states_is_one_meeting_and_the_next_one_a_plan() -> None:
    items = events("Tunis, 15 October 2024\n\nThe Minister of Foreign Affairs Mohamed Ali Nafti received Minister of Foreign "
                   "Affairs of Algeria Ahmed Attaf. President of Tunisia Kaïs Saïed later received the guest. They also "
                   "evoked the first consultative meeting between the leaders of Tunisia, Algeria and Libya, held on 22 "
                   "April 2024, and agreed to coordinate preparations for the next meeting, to be hosted by Libya in Tripoli.")
    past = [i for i in items if i.date == "2024-04-22"]
    assert [i.participants for i in past] == [["Kaïs Saïed", "Algeria", "Libya"]]
    assert not [i for i in items if "Libya" in i.participants and i.date != "2024-04-22"]


def test_a_headline_summit_the_body_tells_as_to_come_is_no_event_and_a_past_one_keeps_its_own_venue() -> None:
    items = events("Date: 14/02/2024\n\nThe Secretary-General of the OIC, Mr. Hissein Brahim Taha, received Dr. Mamadou "
                   "Tangara, Minister of Foreign Affairs of The Gambia, in Jeddah. The two sides reviewed the preparations "
                   "for the 15th Islamic Summit, to be held in Banjul on 4-5 May 2024, at which The Gambia will take over "
                   "from Saudi Arabia, host of the 14th Islamic Summit in Makkah on 31 May 2019.",
                   title="OIC Secretary-General and Gambian Minister Sign Host Country Agreement for the 15th Islamic Summit")
    summits = [(i.name, i.date, i.place) for i in items if i.type == "multilateral"]
    assert summits == [("14th Islamic Summit", "2019-05-31", "Makkah")]


def test_a_visit_told_at_its_end_began_the_days_before() -> None:
    items = events("10 April, 2024\n\nDeputy Prime Minister and Foreign Minister Winston Peters has today concluded a "
                   "two-day visit to Rarotonga, where he met Cook Islands Prime Minister Mark Brown.")
    assert when_where(items, "visit", "Winston Peters")[0] == "2024-04-09"
    assert when_where(items, "meeting", "Winston Peters", "Mark Brown") == ("2024-04-10", "Rarotonga")


def test_a_summit_whose_preparations_were_discussed_is_still_to_come() -> None:
    items = events("Washington, May 3, 2022\n\nSecretary of State Antony J. Blinken met today with Mexican Foreign Secretary "
                   "Marcelo Ebrard in Washington, D.C. Secretary Blinken and Foreign Secretary Ebrard discussed preparations "
                   "for the Summit of the Americas.")
    assert [i for i in items if i.type == "multilateral"] == []


def test_a_summit_the_day_looks_ahead_to_is_no_event_of_the_day() -> None:
    items = events("Washington, June 8, 2022\n\nToday on the eve of the Ninth Summit of the Americas in Los Angeles, Deputy "
                   "Secretary of Commerce Don Graves met Minister of Economy Tatiana Clouthier. This effort raises the "
                   "climate ambition ahead of the 26th Conference of the Parties (COP26) this November in Glasgow, UK.")
    assert [i for i in items if i.type == "multilateral"] == []


def test_a_date_line_above_the_lead_does_not_date_the_talks_the_lead_dates() -> None:
    found = events("17.04.2024\n\nOn 16 April 2024, the regular round of consultations between Turkmenistan and "
                   "the United States of America was held in Ashgabat.\n\nThe Turkmen delegation was headed by "
                   "Minister of Foreign Affairs of Turkmenistan Rashid Meredov. The American delegation was led by "
                   "Assistant Secretary of State Donald Lu.", title="Consultations held in Ashgabat", date="2024-04-17")
    talks = one(found, "meeting", "Rashid Meredov", "Donald Lu")
    assert (talks.date, talks.place) == ("2024-04-16", "Ashgabat")


def test_a_building_then_its_town_places_the_event_in_the_town() -> None:
    found = events("KAMPALA, 12 September 2024 - On Wednesday, 11th September 2024, Minister Kayikwamba Wagner paid "
                   "a courtesy call on President Yoweri Kaguta Museveni at State House Entebbe.", date="2024-09-12")
    call = one(found, "meeting", "Yoweri Kaguta Museveni")
    assert (call.date, call.place) == ("2024-09-11", "Entebbe")


def test_on_that_occasion_is_the_past_event_the_sentence_before_told() -> None:
    found = events("11 October 2023\n\nSecretary of Foreign Affairs Enrique A. Manalo concluded today a three-day "
                   "working visit to Australia.\n\nIn Canberra on 9 October, Secretary Manalo and Minister for Foreign "
                   "Affairs Penny Wong co-chaired the Ministerial Meeting, the first since the two countries elevated "
                   "their relations during the visit of Prime Minister Anthony Albanese to Manila in September 2023. "
                   "On that occasion, President Ferdinand R. Marcos Jr. "
                   "and Prime Minister Albanese signed the Joint Declaration on a Strategic Partnership.",
                   title="Secretary Manalo Concludes Working Visit to Australia", date="2023-10-11")
    signing = one(found, "signing", "Ferdinand R. Marcos Jr.")
    assert (signing.date, signing.place) == ("2023-09", "Manila")
    visit = one(found, "visit", "Enrique A. Manalo")
    assert visit.date == "2023-10-09"


def test_a_visits_span_in_a_closing_relative_clause_does_not_date_the_main_event() -> None:
    found = events("Nairobi, 12 March 2021 – Kenya and Rwanda today concluded the Session of the Joint Commission. "
                   "The session was co-chaired by Cabinet Secretary Raychelle Omamo and Minister of Foreign Affairs "
                   "Vincent Biruta, who is in the country on an official visit from 10 to 12 March.", date="2021-03-12")
    talks = one(found, "meeting", "Raychelle Omamo", "Vincent Biruta")
    assert (talks.date, talks.place) == ("2021-03-12", "Nairobi")


def test_envoys_listed_as_presenting_credentials_each_meet_the_president_at_the_ceremonys_venue() -> None:
    found = events("The President of the Republic, Nana Addo Dankwa Akufo-Addo, on Thursday, 7 February 2019, received "
                   "Letters of Credence from four newly appointed Ambassadors at a ceremony held at the Jubilee House, "
                   "Accra.\n\nThe envoys who presented their credentials in turn were Stephanie S. Sullivan, Ambassador "
                   "of the United States of America; Christoph Retzlaff, Ambassador of the Federal Republic of Germany; "
                   "and Kati Csaba, High Commissioner of Canada.", title="President receives envoys", date="2019-02-08")
    for envoy in ("Stephanie S. Sullivan", "Christoph Retzlaff", "Kati Csaba"):
        meeting = one(found, "meeting", "Nana Addo Dankwa Akufo-Addo", envoy)
        assert (meeting.date, meeting.place) == ("2019-02-07", "Accra")


def test_the_following_day_is_the_day_after_the_narratives_day() -> None:
    found = events("JAKARTA, 22 September 2023 – Secretary-General Kao Kim Hourn concluded his visit to Timor-Leste.\n\n"
                   "On 19 September, the Secretary-General called on President José Ramos-Horta in Dili. The following "
                   "day, Secretary-General Kao met Prime Minister Kay Rala Xanana Gusmão.", date="2023-09-22")
    assert one(found, "meeting", "José Ramos-Horta").date == "2023-09-19"
    assert one(found, "meeting", "Kay Rala Xanana Gusmão").date == "2023-09-20"


def test_a_tete_a_tete_meeting_on_the_first_day_of_the_visit_is_dated_by_the_visit() -> None:
    found = events("On 13-14 March, Foreign Minister of Georgia Ilia Darchiashvili paid an official visit to the "
                   "Republic of Poland.\n\nOn the first day of the visit, Minister Darchiashvili held a tête-à-tête "
                   "meeting in Warsaw with the Minister of Foreign Affairs of Poland, Zbigniew Rau.\n\nOn the second "
                   "day of the visit, Minister Darchiashvili met President Andrzej Duda.",
                   title="Minister pays official visit to Poland", date="2023-03-14")
    talks = one(found, "meeting", "Ilia Darchiashvili", "Zbigniew Rau")
    assert (talks.date, talks.place) == ("2023-03-13", "Warsaw")
    assert one(found, "meeting", "Andrzej Duda").date == "2023-03-14"


def test_a_day_earlier_is_the_day_before_the_narratives_day() -> None:
    found = events("On 19 September, the Secretary-General called on President José Ramos-Horta in Dili. A day "
                   "earlier, Secretary-General Kao met Prime Minister Kay Rala Xanana Gusmão.", date="2023-09-22")
    assert one(found, "meeting", "Kay Rala Xanana Gusmão").date == "2023-09-18"


def test_a_meeting_recalled_with_satisfaction_is_the_past_meeting_of_the_two() -> None:
    items = events("Baku, December 24, 2023. President Shavkat Mirziyoyev made a phone call to President Ilham "
                   "Aliyev. The heads of state recalled with satisfaction their meeting in Tashkent last month.")
    assert when_where(items, "meeting", "Shavkat Mirziyoyev", "Ilham Aliyev") == ("2023-11", "Tashkent")


def test_a_recalled_visit_and_the_talks_held_during_it_are_not_todays() -> None:
    items = events("SUVA, 15 December 2023. Prime Minister Sitiveni Rabuka held talks with Foreign Minister Winston "
                   "Peters. The Prime Minister recalled his official visit to New Zealand in June, his first in 25 "
                   "years, during which he held talks with the then Prime Minister Chris Hipkins in Wellington.")
    assert when_where(items, "meeting", "Sitiveni Rabuka", "Winston Peters") == ("2023-12-15", "Suva")
    assert one(items, "visit", "Sitiveni Rabuka").date == "2023-06"
    assert one(items, "meeting", "Chris Hipkins").date == "2023-06"


def test_one_who_is_in_a_country_on_a_trip_visits_it_and_a_date_since_another_event_is_not_its() -> None:
    items = events("SUVA, 15 December 2023. Prime Minister Sitiveni Rabuka held talks with Foreign Minister of New "
                   "Zealand Winston Peters in Suva. Mr Peters is in Fiji on his first overseas trip since the "
                   "government took office last month.")
    assert one(items, "visit", "Winston Peters", "Fiji").date != "2023-11"


def test_one_who_also_attended_the_meeting_took_part_in_it() -> None:
    items = events("SUVA, 15 December 2023. Prime Minister Sitiveni Rabuka held talks with Foreign Minister of New "
                   "Zealand Winston Peters in Suva. The New Zealand High Commissioner to Fiji, Ms Charlotte Darlow, "
                   "also attended the meeting.")
    assert set(one(items, "meeting", "Winston Peters").participants) == {"Sitiveni Rabuka", "Winston Peters",
                                                                          "Charlotte Darlow"}
    items = events("YEREVAN, 19 March 2024. Prime Minister Nikol Pashinyan received NATO Secretary General Jens "
                   "Stoltenberg. The talks were held first in a private format and then with the participation of "
                   "delegations. Minister of Foreign Affairs Ararat Mirzoyan and NATO Special Representative Javier "
                   "Colomina attended the extended-format meeting.")
    assert set(one(items, "meeting", "Jens Stoltenberg").participants) == {
        "Nikol Pashinyan", "Jens Stoltenberg", "Ararat Mirzoyan", "Javier Colomina"}


COHEN_TRIP = (
    "20 April 2023\n\nForeign Minister Eli Cohen today inaugurated Israel's new embassy in Ashgabat, concluding a "
    "working visit to Azerbaijan and Turkmenistan.\n\nFM Cohen arrived in Baku on Tuesday. On Wednesday, he was "
    "received by President of Azerbaijan Ilham Aliyev. He also held talks with Foreign Minister Jeyhun Bayramov, "
    "who visited Israel last month to inaugurate Azerbaijan's embassy in Tel Aviv.\n\nOn Wednesday evening the "
    "Foreign Minister flew to Ashgabat, where he met with Deputy Foreign Minister Berdiniyaz Myatiev. The following "
    "day, he was received by President Serdar Berdimuhamedov. FM Cohen invited FM Rashid Meredov to visit Israel.")


def test_events_after_an_arrival_are_where_the_traveller_arrived_not_at_the_leads_venue() -> None:
    items = events(COHEN_TRIP, title="FM Cohen concludes visit to Azerbaijan and Turkmenistan")
    assert when_where(items, "meeting", "Eli Cohen", "Ilham Aliyev") == ("2023-04-19", "Baku")
    assert when_where(items, "meeting", "Eli Cohen", "Serdar Berdimuhamedov") == ("2023-04-20", "Ashgabat")


def test_a_relative_clause_about_someone_else_gives_the_talks_neither_its_place_nor_its_time() -> None:
    items = events(COHEN_TRIP, title="FM Cohen concludes visit to Azerbaijan and Turkmenistan")
    assert when_where(items, "meeting", "Eli Cohen", "Jeyhun Bayramov") == ("2023-04-19", "Baku")


def test_an_abbreviated_title_before_a_name_is_that_persons_not_the_holder_named_before() -> None:
    record = extract(make_release("t", "FM Cohen concludes visit", COHEN_TRIP))
    assert "visit of Rashid Meredov to Israel" in {i.name for i in record.initiatives}


TSAHKNA = (
    "22.02.2024\n\nForeign Minister Margus Tsahkna is in New Delhi from 21 to 23 February, where he is taking part "
    "in the Raisina Dialogue, India's flagship conference.\n\nOn Wednesday, Tsahkna met with India's Minister of "
    "External Affairs Dr S. Jaishankar. On the margins of the conference, Tsahkna also had a short conversation "
    "with Greek Prime Minister Kyriakos Mitsotakis, this year's chief guest of the Raisina Dialogue. The United "
    "States and India held their Strategic Dialogue.")


def test_one_in_a_city_from_one_day_to_another_visits_its_state_and_takes_part_in_a_named_dialogue() -> None:
    items = events(TSAHKNA, title="Foreign Minister Tsahkna in India")
    assert when_where(items, "visit", "Margus Tsahkna", "India") == ("2024-02-21", "New Delhi")
    assert [i.name for i in items if i.type == "multilateral"] == ["Raisina Dialogue"]


def test_a_short_conversation_on_the_margins_is_a_meeting_not_dated_by_a_guests_year() -> None:
    items = events(TSAHKNA, title="Foreign Minister Tsahkna in India")
    assert one(items, "meeting", "Margus Tsahkna", "Kyriakos Mitsotakis").date != "2024"


def test_an_agency_before_the_dateline_and_a_month_in_capitals() -> None:
    line = read_dateline("(ANSA) - ROME, JUN 14 - Foreign Minister Antonio Tajani on Wednesday received ...",
                         year_hint=2023)
    assert (line.place, line.date) == ("Rome", "2023-06-14")


def test_a_session_taken_part_in_which_convened_today_and_a_spokesperson_who_only_reports() -> None:
    items = events("Cairo, Wednesday 21 Safar 1445 AH – 6 September 2023\n\nThe Secretary-General of the League of "
                   "Arab States, Mr. Ahmed Aboul Gheit, held bilateral meetings on Tuesday and Wednesday with Arab "
                   "foreign ministers taking part in the 160th ordinary session of the Council of the League of Arab "
                   "States at the ministerial level, which convened today in Cairo.\n\nMinister Plenipotentiary Gamal "
                   "Roshdy, spokesperson for the Secretary-General, said in a statement that Aboul Gheit met on Tuesday "
                   "evening with Dr. Fuad Hussein, Minister of Foreign Affairs of the Republic of Iraq.",
                   title="Aboul Gheit holds talks on the sidelines of the 160th session of the League Council")
    sessions = [i for i in items if i.type == "multilateral"]
    assert [(i.name, i.date) for i in sessions] == [
        ("160th ordinary session of the Council of the League of Arab States", "2023-09-06")]
    assert one(items, "meeting", "Fuad Hussein").participants == ["Ahmed Aboul Gheit", "Fuad Hussein"]


def test_a_conference_held_in_a_city_in_a_month_is_that_last_month_and_a_courtesy_visit_received_is_a_meeting() -> None:
    items = events("Prague, 8 November 2022. Foreign Minister Jan Lipavský received Foreign Minister Nicu Popescu. "
                   "The two ministers recalled the second ministerial conference of the Moldova Support Platform, held "
                   "in Bucharest in July, at which the Czech Republic pledged assistance. Also on Tuesday, the Deputy "
                   "Minister, Jiří Kozák, received a courtesy visit from the new Ambassador of the Kingdom of Norway, "
                   "who will shortly present his credentials.")
    conference = next(i for i in items if i.type == "multilateral")
    assert (conference.date, conference.place) == ("2022-07", "Bucharest")
    assert one(items, "meeting", "Jiří Kozák").participants == ["Jiří Kozák", "Norway"]


def test_a_past_session_held_elsewhere_is_the_last_one_named_not_todays() -> None:
    items = events("Athens, 21 October 2022. We, the Minister of Foreign Affairs of the Hellenic Republic, Nikos "
                   "Dendias, the Minister of Foreign Affairs of the Republic of Cyprus, Ioannis Kasoulides, and the "
                   "Minister of Foreign Affairs of the Republic of Armenia, Ararat Mirzoyan, met today in Athens for "
                   "the fifth Trilateral Meeting of the Foreign Ministers of our countries, building on the work done "
                   "since the fourth meeting in this format, held in Nicosia in 2019.")
    assert not any(i.type == "multilateral" and (i.name or "").startswith("fifth") and i.place == "Nicosia"
                   for i in items)
    assert when_where(items, "meeting", "Nikos Dendias", "Ararat Mirzoyan") == ("2022-10-21", "Athens")


def test_a_month_of_last_year_and_talks_in_two_cities_are_two_events() -> None:
    release = make_release("t", "Presidents sign Treaty", (
        "13 March 2025, 14:25\n\nPresident of the Kyrgyz Republic Sadyr Japarov and President of the Republic of "
        "Tajikistan Emomali Rahmon today signed the Treaty on the State Border. The ceremony took place at the "
        "Ala-Archa State Residence in Bishkek following talks between the two heads of state. Emomali Rahmon "
        "recalled their meeting in Moscow in October last year on the sidelines of the CIS summit."))
    talks = sorted((i.date, i.place) for i in extract(release).interactions if i.type == "meeting")
    assert talks == [("2024-10", "Moscow"), ("2025-03-13", "Bishkek")]


def test_a_meeting_welcomed_as_agreed_is_a_plan_not_an_event() -> None:
    release = make_release("t", "Talks", "BISHKEK, 13 March 2025 - President Sadyr Japarov met President Emomali "
                           "Rahmon. The sides welcomed the agreement to hold a trilateral meeting of the Heads of "
                           "State in Khujand at the end of March.")
    assert not [i for i in extract(release).interactions if i.place == "Khujand"]


def test_rounds_of_talks_between_two_states_and_meetings_dated_after_the_counterparts_offices() -> None:
    release = make_release("t", "25th Round of Boundary Talks", (
        "PRESS RELEASE\n\nThe 25th Round of Boundary Talks between Bhutan and China was held in Beijing on 23 October "
        "2023. The Bhutanese delegation was led by Lyonpo (Dr.) Tandi Dorji, Minister for Foreign Affairs, and the "
        "Chinese delegation by H.E. Mr. Sun Weidong, Vice Foreign Minister of China. This was the first round since "
        "the 24th Round of Boundary Talks held in Thimphu in August 2016.\n\nDuring the visit, Lyonpo held a "
        "bilateral meeting with H.E. Mr. Wang Yi, Member of the Political Bureau of the CPC Central Committee and "
        "Minister of Foreign Affairs, on 23 October 2023, and called on H.E. Mr. Han Zheng, Vice President of the "
        "People's Republic of China, on 24 October 2023.\n\nMinistry of Foreign Affairs\nThimphu\n24 October 2023"))
    found = {(i.type, tuple(i.participants), i.date) for i in extract(release).interactions}
    assert ("meeting", ("Tandi Dorji", "Wang Yi"), "2023-10-23") in found
    assert ("meeting", ("Tandi Dorji", "Han Zheng"), "2023-10-24") in found
    assert ("meeting", ("Bhutan", "China"), "2016-08") in found
    assert not [f for f in found if f[0] == "multilateral"]


def test_a_dateline_alone_on_its_line_and_a_council_open_debate_not_a_congress_centre() -> None:
    release = make_release("t", "Statement", "KIGALI, 28 June 2025 –\n\n1. The Government welcomes the signing.")
    assert (release.place, release.date) == ("Kigali", "2025-06-28")
    events = extract(make_release("t", "Talks", (
        "NEW YORK, 26 September 2024 - Yesterday Minister Caspar Veldkamp addressed the Security Council open debate "
        "on the maintenance of international peace and security. President Shavkat Mirziyoyev met President Raisi "
        "at the Congress Center of the Silk Road Samarkand."))).interactions
    assert [i.name for i in events if i.type == "multilateral"] == [
        "Security Council open debate on the maintenance of international peace and security"]


def test_a_day_the_lead_gives_another_events_people_does_not_date_the_occasion() -> None:
    found = events("ULAANBAATAR, 2 September 2023 - Pope Francis met with the Chairman of the State Great Khural "
                   "Zandanshatar Gombojav at the State Palace. On Monday, Foreign Minister Battsetseg Batmunkh met "
                   "Japanese Foreign Minister Hayashi Yoshimasa in Tokyo.")
    assert when_where(found, "meeting", "Francis") == ("2023-09-02", "Ulaanbaatar")
    assert when_where(found, "meeting", "Battsetseg Batmunkh") == ("2023-08-28", "Tokyo")


def test_a_delegations_talks_dated_in_the_lead_keep_that_day_over_an_earlier_conference() -> None:
    found = events("On July 27, Special Representative for Afghanistan Thomas West and Under Secretary of the Treasury "
                   "for Terrorism and Financial Intelligence Brian Nelson led a senior interagency delegation from the "
                   "Department of State and the Department of the Treasury to continue discussions with senior Taliban "
                   "representatives and technocratic professionals in Tashkent, Uzbekistan. The meetings took place "
                   "after the conclusion of the Uzbekistan-hosted Tashkent Conference on Afghanistan on July 26.\n\n"
                   "The United States expressed the need to address the urgent humanitarian situation in Afghanistan. "
                   "The two sides discussed ongoing efforts to enable the $3.5 billion in licensed Afghan central bank "
                   "reserves to be used for the benefit of the Afghan people.", date="2022-07-28",
                   title="U.S. Delegation Meeting with Taliban Representatives on Afghan Central Bank Reserves")
    assert [i.date for i in found if i.type == "meeting"] == ["2022-07-27"]


def test_the_pairs_last_meeting_is_its_own_event_with_its_month_and_city() -> None:
    found = events("BRIDGETOWN, Barbados, Feb 20, 2024 – Inter-American Development Bank President Ilan Goldfajn met "
                   "on Tuesday with Prime Minister Mia Amor Mottley to discuss climate finance.\n\nGoldfajn and Mottley "
                   "last met in Dubai in December on the margins of COP28.")
    assert sorted((i.date, i.place) for i in found if i.type == "meeting") == [
        ("2023-12", "Dubai"), ("2024-02-20", "Bridgetown")]


def test_the_sentence_after_a_summit_may_give_its_place_day_and_host() -> None:
    found = events("17.05.2023\n\nÞórdís Kolbrún Reykfjörð Gylfadóttir, Minister for Foreign Affairs, held a series of "
                   "bilateral meetings in Harpa yesterday and today on the margins of the 4th Summit of Heads of State "
                   "and Government of the Council of Europe. Iceland hosted the summit in Reykjavík on 16-17 May.\n\n"
                   "On Tuesday afternoon the Minister met Dmytro Kuleba, Minister for Foreign Affairs of Ukraine.")
    summit = one(found, "multilateral")
    assert (summit.date, summit.place, summit.participants[0]) == ("2023-05-16", "Reykjavík", "Iceland")
    assert when_where(found, "meeting", "Dmytro Kuleba") == ("2023-05-16", "Reykjavík")


def test_the_publishers_name_line_with_its_acronym_is_no_lead_sentence() -> None:
    found = events("President's Media Division (PMD)\n13-03-2024 | 09:45\n\nTwo newly appointed Ambassadors to Sri Lanka "
                   "presented their credentials to President Ranil Wickremesinghe yesterday (12) at the President's "
                   "House in Colombo.\n\nThe diplomats who presented their credentials were:\n\n1. Mr. Adel Ibrahim "
                   "Fouad – Ambassador of the Arab Republic of Egypt\n2. Ms. Marit Solheim Berge – Ambassador of the "
                   "Kingdom of Norway", title="New envoys present credentials")
    assert sorted((i.participants[-1], i.date, i.place) for i in found if i.type == "meeting") == [
        ("Adel Ibrahim Fouad", "2024-03-12", "Colombo"), ("Marit Solheim Berge", "2024-03-12", "Colombo")]


def test_their_meeting_in_a_city_in_a_month_is_their_past_meeting_then() -> None:
    found = events("Asunción, 27 June 2024. On Wednesday, the Foreign Minister Gabriela Sommerfeld met the Minister of "
                   "Foreign Affairs of Paraguay, Rubén Ramírez Lezcano. The two foreign ministers reviewed the agreements "
                   "reached during their meeting in Quito in March.")
    assert sorted((i.date, i.place) for i in found if i.type == "meeting") == [("2024-03", "Quito"),
                                                                               ("2024-06-26", "Asunción")]


def test_a_bare_office_opening_a_sentence_is_its_holder_and_on_arrival_is_the_arrival_day() -> None:
    found = events("Prime Minister of India Shri Narendra Modi met the President of Iran, Masoud Pezeshkian, on the "
                   "sidelines of the 16th BRICS Summit in Kazan today. Prime Minister invited President Pezeshkian to "
                   "visit India."
                   "\n\nPrime Minister arrived in Kazan yesterday on a two-day "
                   "visit to the Russian Federation, at the invitation of President Vladimir Putin. On arrival, he held "
                   "a bilateral meeting with President Putin, during which the two leaders recalled their talks in "
                   "Moscow in July.", date="2024-10-23", title="PM meets President of Iran")
    assert when_where(found, "visit", "Narendra Modi", "Russian Federation") == ("2024-10-22", "Kazan")  # (as written)
    assert sorted((i.date, i.place) for i in found if i.type == "meeting" and "Vladimir Putin" in i.participants) == [
        ("2024-07", "Moscow"), ("2024-10-22", "Kazan")]


def test_one_who_also_took_part_in_a_video_call_is_on_the_call_and_its_topics_are_not() -> None:
    found = events("Djibouti City, 13 March 2024 (IGAD): The Executive Secretary of IGAD, H.E. Dr. Workneh Gebeyehu, "
                   "held a video conference on Monday with the European Union Special Representative for the Horn of "
                   "Africa, H.E. Ms. Annette Weber.\n\nThe IGAD Special Envoy for the Red Sea, Ambassador Mohamed Ali "
                   "Guyo, also took part in the consultations.",
                   title="IGAD Executive Secretary and EU Special Representative hold virtual consultations on Sudan "
                         "and Somalia")
    assert [(i.type, set(i.participants), i.date) for i in found] == [
        ("call", {"Workneh Gebeyehu", "Annette Weber", "Mohamed Ali Guyo"}, "2024-03-11")]


def test_the_head_of_a_states_diplomacy_is_its_foreign_minister() -> None:
    found = events("Asunción, 27 June 2024. The Minister of Foreign Affairs and Human Mobility, Gabriela Sommerfeld, heads "
                   "the Ecuadorian delegation to the General Assembly of the OAS.\n\nThis Thursday, the head of Ecuadorian "
                   "diplomacy held a meeting with the Secretary General of the OAS, Luis Almagro.")
    assert when_where(found, "meeting", "Gabriela Sommerfeld", "Luis Almagro") == ("2024-06-27", "Asunción")


def test_a_meeting_of_a_bodys_ministers_keeps_whose_meeting_it_is() -> None:
    found = events("COPENHAGEN, 11 April 2024. Foreign Minister Lars Løkke Rasmussen received Foreign Minister Radosław "
                   "Sikorski. The two ministers last met in Brussels on the margins of the meeting of NATO foreign "
                   "ministers on 3-4 April.")
    assert [(i.name, i.date, i.place) for i in found if i.type == "multilateral"] == [
        ("meeting of NATO foreign ministers", "2024-04-03", "Brussels")]



def test_the_pair_who_last_met_on_a_summits_margins_took_part_in_it_and_today_keeps_its_day() -> None:
    found = events("COPENHAGEN, 11 April 2024. Foreign Minister Lars Løkke Rasmussen received Foreign Minister Radosław "
                   "Sikorski. The two ministers last met in Brussels on the margins of the meeting of NATO foreign "
                   "ministers on 3-4 April.")
    assert sorted((i.type, i.date, i.place, tuple(i.participants)) for i in found) == [
        ("meeting", "2024-04-03", "Brussels", ("Lars Løkke Rasmussen", "Radosław Sikorski")),
        ("meeting", "2024-04-11", "Copenhagen", ("Lars Løkke Rasmussen", "Radosław Sikorski")),
        ("multilateral", "2024-04-03", "Brussels", ("Lars Løkke Rasmussen", "Radosław Sikorski"))]


TINDOUF = ("Presidency of the Republic\n22/02/2024\n\nTindouf – The President of the Republic, Mr. Abdelmadjid "
           "Tebboune, and his brother the President of the Islamic Republic of Mauritania, Mr. Mohamed Ould Cheikh El "
           "Ghazouani, this Thursday launched, in the wilaya of Tindouf, the works on the road to the Mauritanian city "
           "of Zouérate. The Mauritanian President arrived this morning on a working visit to Algeria. The two Heads "
           "of State then held a tête-à-tête meeting, which was followed by enlarged talks attended, on the Algerian "
           "side, by the Minister of Foreign Affairs, Mr. Ahmed Attaf, and, on the Mauritanian side, by the Minister "
           "of Foreign Affairs, Mr. Mohamed Salem Ould Merzoug.")


def test_a_dateline_town_the_gazetteer_lacks_places_the_days_events_when_the_counterpart_is_the_visitor() -> None:
    items = events(TINDOUF, "The President of the Republic and his Mauritanian counterpart launch the road project")
    meeting = one(items, "meeting", "Abdelmadjid Tebboune", "Mohamed Ould Cheikh El Ghazouani")
    assert (meeting.date, meeting.place) == ("2024-02-22", "Tindouf")


def test_those_a_clause_says_attended_the_talks_take_part_in_them_and_the_reports_stay_one_meeting() -> None:
    items = events(TINDOUF, "The President of the Republic and his Mauritanian counterpart launch the road project")
    meetings = [i for i in items if i.type == "meeting"]
    assert len(meetings) == 1
    assert set(meetings[0].participants) == {"Abdelmadjid Tebboune", "Mohamed Ould Cheikh El Ghazouani",
                                             "Ahmed Attaf", "Mohamed Salem Ould Merzoug"}


def test_ministers_who_took_part_in_the_discussions_join_the_one_meeting_of_the_day() -> None:
    items = events("January 11, 2025\n\nPrime Minister Abiy Ahmed today welcomed His Excellency Hassan Sheikh Mohamud, "
                   "President of the Federal Republic of Somalia, who arrived in Addis Ababa this morning. The two "
                   "leaders held extensive bilateral discussions. Minister of Foreign Affairs Gedion Timothewos and "
                   "Somali Minister of Foreign Affairs Ahmed Moalim Fiqi took part in the discussions.")
    meetings = [i for i in items if i.type == "meeting"]
    assert len(meetings) == 1
    assert {"Gedion Timothewos", "Ahmed Moalim Fiqi"} <= set(meetings[0].participants)


def test_an_expanded_meeting_in_which_ministers_took_part_has_them() -> None:
    items = events("On February 8, Prime Minister KISHIDA Fumio held a summit meeting with President William Samoei "
                   "Ruto in Tokyo. The two leaders held a small-group meeting and then an expanded meeting, in which "
                   "Minister for Foreign Affairs KAMIKAWA Yoko and Cabinet Secretary Musalia Mudavadi also took part.",
                   date="2024-02-08")
    meetings = [i for i in items if i.type == "meeting"]
    assert len(meetings) == 1 and {"KAMIKAWA Yoko", "Musalia Mudavadi"} <= set(meetings[0].participants)


def test_a_letter_addressed_to_someone_is_theirs_not_the_hosts_who_received_it() -> None:
    items = events("June 13, 2024\n\nMinister Frederick A. Mitchell paid a courtesy call on the Vice President of Cuba, "
                   "Salvador Valdés Mesa, to whom he handed a letter from the Prime Minister of The Bahamas, Philip "
                   "Davis, addressed to President Miguel Díaz-Canel Bermúdez.")
    letter = one(items, "correspondence", "Philip Davis")
    assert letter.participants == ["Philip Davis", "Miguel Díaz-Canel Bermúdez"]


def test_those_who_joined_the_leaders_join_their_meeting_not_the_visit_told_before() -> None:
    items = events("September 18, 2025\nMexico City, Mexico\n\nToday, the Prime Minister, Mark Carney, met with the "
                   "President of Mexico, Claudia Sheinbaum, at the National Palace. The Prime Minister arrived in "
                   "Mexico City yesterday evening for his first visit to Mexico. The leaders were joined by members of "
                   "both cabinets, including the Minister of Foreign Affairs, Anita Anand.")
    meeting = one(items, "meeting", "Mark Carney", "Claudia Sheinbaum")
    assert "Anita Anand" in meeting.participants
    assert "Anita Anand" not in one(items, "visit", "Mark Carney").participants


def test_ministers_with_the_participation_of_whom_a_meeting_was_held_take_part_but_not_in_a_summit() -> None:
    items = events("August 5, 2024\n\nPresident Lula met President Gabriel Boric at La Moneda. After a private "
                   "conversation, the two presidents led an expanded meeting of the two governments, with the "
                   "participation of Minister Mauro Vieira and of the Chilean Foreign Minister, Alberto van Klaveren.")
    assert {"Mauro Vieira", "Alberto van Klaveren"} <= set(one(items, "meeting", "Gabriel Boric").participants)
    items = events("September 20, 2023\n\nMurat Nurtleu met the OIC Secretary General Hissein Brahim Taha. On 19 "
                   "September, Murat Nurtleu took part in the first C5+1 Summit, held in New York with the "
                   "participation of President of the United States Joseph R. Biden.")
    assert "Joseph R. Biden" not in one(items, "meeting", "Hissein Brahim Taha").participants


def test_an_event_told_in_the_pluperfect_is_no_reference_day_for_what_follows() -> None:
    items = events("Copenhagen, 2 October 2025\n\nPrime Minister Mette Frederiksen met with the President of Moldova, "
                   "Maia Sandu. Mette Frederiksen had already congratulated the Moldovan President by telephone on Monday, "
                   "and today she reaffirmed Denmark's support.\n\nFinally, the Prime Minister met with the President "
                   "of Ukraine, Volodymyr Zelenskyy.", "Prime Minister hosts the European Political Community")
    assert when_where(items, "call", "Maia Sandu")[0] == "2025-09-29"
    assert when_where(items, "meeting", "Volodymyr Zelenskyy")[0] == "2025-10-02"


def test_a_dateline_naming_a_city_state_places_the_days_events() -> None:
    body = ("KUWAIT, Oct 8 – Foreign Minister Abdullah Ali Al-Yahya received today, at the Ministry's General "
            "Diwan, Minister of Foreign Affairs of Somalia Ahmed Moalim Fiqi, who is currently visiting the country.")
    assert when_where(events(body, date="2024-10-08"), "meeting", "Ahmed Moalim Fiqi") == ("2024-10-08", "Kuwait")
    # a state whose capital bears another name stays no city ("PAKISTAN" is not Islamabad)
    body = "PAKISTAN, Oct 8 – Foreign Minister Ishaq Dar received today Foreign Minister Ahmed Moalim Fiqi."
    assert when_where(events(body, date="2024-10-08"), "meeting", "Ahmed Moalim Fiqi")[1] is None


def test_a_word_that_opens_like_a_month_is_no_month() -> None:
    # "Monday, Marshal ...", "Monday, Mayor ...": the weekday is the date, no "March" or "May" follows it
    assert find_dates("On Monday, Marshal Hołownia met President Stubb.", "2024-09-10") == [(0, 9, "2024-09-09")]
    assert find_dates("On Monday, Mayor Klitschko received him.", "2024-09-10") == [(0, 9, "2024-09-09")]
    assert find_dates("On Mar. 3, 2022 they met.", "2024-09-10") == [(3, 15, "2022-03-03")]


def test_the_days_first_meeting_and_the_place_a_where_clause_hangs_on() -> None:
    body = ("Belgian Prime Minister Alexander De Croo and the President of Ukraine, Volodymyr Zelensky, today signed a "
            "security agreement in Brussels. President Zelensky arrived in Brussels this morning, coming from Madrid, "
            "where he had signed a similar agreement with Spanish Prime Minister Pedro Sánchez on Monday. The two "
            "leaders first met in a restricted format at the Lambermont residence.")
    found = events(body, date="2024-05-28")
    assert when_where(found, "meeting", "Alexander De Croo", "Volodymyr Zelensky") == ("2024-05-28", "Brussels")
    assert when_where(found, "signing", "Pedro Sánchez") == ("2024-05-27", "Madrid")


def test_the_high_level_week_of_a_session_is_where_they_met() -> None:
    body = ("Foreign Minister Abdullah Ali Al-Yahya received today Minister Ahmed Moalim Fiqi. The two ministers "
            "recalled their meeting in New York last month on the sidelines of the High-Level Week of the 79th "
            "session of the United Nations General Assembly.")
    sessions = [i for i in events(body, date="2024-10-08") if i.type == "multilateral"]
    assert [(i.name, i.date, i.place, set(i.participants)) for i in sessions] == [
        ("High-Level Week of the 79th session of the United Nations General Assembly", "2024-09", "New York",
         {"Abdullah Ali Al-Yahya", "Ahmed Moalim Fiqi"})]


def test_a_city_that_opens_an_events_name_is_its_venue_only_when_no_other_is_given() -> None:
    title = "President Andrzej Duda at the Bucharest Nine summit in Riga"
    body = ("President Andrzej Duda took part on Tuesday in the summit of the Bucharest Nine in Riga. The President also "
            "had a short conversation with the President of Finland, Alexander Stubb.")
    found = events(body, title=title, date="2024-06-11")
    assert when_where(found, "meeting", "Andrzej Duda", "Alexander Stubb") == ("2024-06-11", "Riga")
    body = "Foreign Minister Margus Tsahkna met Prime Minister Kyriakos Mitsotakis at the Munich Security Conference."
    found = events(body, title="Tsahkna in Munich", date="2024-02-17")
    assert when_where(found, "meeting", "Margus Tsahkna", "Kyriakos Mitsotakis") == ("2024-02-17", "Munich")


def test_an_assembly_that_opened_today_its_eve_and_its_sidelines() -> None:
    body = ("Press release\nTashkent, 5 April 2025\n\nThe 150th Assembly of the Inter-Parliamentary Union (IPU) opened "
            "today in Tashkent, Uzbekistan. The Assembly, hosted by the Oliy Majlis of the Republic of Uzbekistan, was "
            "opened by the President of Uzbekistan, Shavkat Mirziyoyev, in the presence of the IPU President, Dr. Tulia "
            "Ackson. On the eve of the opening, President Mirziyoyev received Dr. Ackson at the Kuksaroy residence. On "
            "the sidelines of the opening, Dr. Ackson held a bilateral meeting with the Speaker of the National Assembly "
            "of Pakistan, Sardar Ayaz Sadiq.")
    found = events(body, title="150th IPU Assembly opens in Tashkent")
    assert [(i.name, i.date, i.place) for i in found if i.type == "multilateral"] == [
        ("150th Assembly of the Inter-Parliamentary Union", "2025-04-05", "Tashkent")]  # (the headline's too)
    assert when_where(found, "meeting", "Shavkat Mirziyoyev", "Tulia Ackson") == ("2025-04-04", "Tashkent")
    assert when_where(found, "meeting", "Sardar Ayaz Sadiq") == ("2025-04-05", "Tashkent")


def test_an_event_told_in_its_turn_is_the_days_and_talks_recalled_on_a_summits_sidelines_are_not_the_speakers() -> None:
    body = ("On November 17, Chair of the Milli Majlis Sahiba Gafarova met with Speaker of the Parliament of Georgia "
            "Shalva Papuashvili in Baku. She recalled that President Ilham Aliyev and Prime Minister of Georgia Irakli "
            "Kobakhidze had held talks in Baku on the sidelines of the World Leaders Climate Action Summit on November "
            "12. The sides signed a memorandum. On the same day, Sahiba Gafarova also met with the Secretary General of "
            "the Inter-Parliamentary Union Martin Chungong. Sahiba Gafarova then addressed the opening of the "
            "Parliamentary Meeting, held at the Baku Olympic Stadium.")
    found = {i.name: i for i in events(body, date="2024-11-17") if i.type == "multilateral"}
    assert (found["Parliamentary Meeting"].date, found["Parliamentary Meeting"].place) == ("2024-11-17", "Baku")
    assert set(found["World Leaders Climate Action Summit"].participants) == {"Ilham Aliyev", "Irakli Kobakhidze"}


def test_a_visit_begins_the_day_the_visitor_arrived() -> None:
    body = ("Monrovia, Liberia – March 11, 2025: The President of the Republic of Liberia, Joseph Nyuma Boakai, has "
            "received his Ghanaian counterpart, John Dramani Mahama, who is in the country on a one-day working visit."
            "\n\nPresident Mahama arrived at the Roberts International Airport on Monday evening.")
    found = events(body, title="President Boakai Receives Ghanaian Counterpart")
    assert when_where(found, "visit", "John Dramani Mahama", "Liberia") == ("2025-03-10", "Monrovia")
    assert when_where(found, "meeting", "Joseph Nyuma Boakai") == ("2025-03-11", "Monrovia")
    body = ("President Volodymyr Zelensky arrived in Brussels this morning for a working visit to Belgium, coming from "
            "Madrid, where he had signed a similar agreement on Monday.")
    found = events(body, title="Zelensky in Brussels", date="2024-05-28")
    assert when_where(found, "visit", "Volodymyr Zelensky", "Belgium") == ("2024-05-28", "Brussels")


def test_every_event_of_a_sentence_that_says_the_following_day_is_on_that_one_day() -> None:
    body = ("On Wednesday evening Foreign Minister Eli Cohen flew to Ashgabat, where he met with Deputy Foreign "
            "Minister Berdiniyaz Myatiev upon arrival. The following day, he was received by "
            "President Serdar Berdimuhamedov, and held talks with Foreign Minister Rashid Meredov. Later that day FM "
            "Cohen met with Minister of Agriculture Esenmyrat Orazgeldiyev.")
    found = events(body, "Cohen in Turkmenistan", "2023-04-20")
    assert {(i.participants[1], i.date) for i in found if i.type == "meeting"} == {
        ("Berdiniyaz Myatiev", "2023-04-19"), ("Serdar Berdimuhamedov", "2023-04-20"), ("Rashid Meredov", "2023-04-20"), ("Esenmyrat Orazgeldiyev", "2023-04-20")}


def test_the_director_general_written_without_a_hyphen_is_the_one_named_before() -> None:
    body = ("IAEA Director General Rafael Mariano Grossi met President Santiago Peña in Asunción today. Earlier in "
            "the day, the Director General met Minister of Foreign Affairs Rubén Ramírez Lezcano.")
    found = events(body, "Grossi in Paraguay", "2024-12-23")
    assert ["Rafael Mariano Grossi", "Rubén Ramírez Lezcano"] in [i.participants for i in found if i.type == "meeting"]


def test_talks_after_a_relative_clause_naming_a_meeting_of_ministers_are_the_subjects_own() -> None:
    r = extract(make_release("gm", "Summit closes", "Banjul, 5 May 2024\n\nThe Minister of Foreign Affairs, Dr Mamadou "
                             "Tangara, who chaired the preparatory meeting of Foreign Ministers on 2 and 3 May, also held "
                             "talks on Friday with the Minister of Foreign Affairs of Türkiye, Hakan Fidan."))
    assert when_where(r.interactions, "meeting", "Mamadou Tangara", "Hakan Fidan") == ("2024-05-03", "Banjul")
    assert [(i.name, i.date) for i in r.interactions if i.type == "multilateral"] == [
        ("meeting of Foreign Ministers", "2024-05-02")]


def test_a_session_named_with_its_bodys_acronym_and_brought_to_a_close_took_place() -> None:
    r = extract(make_release("gm", "Summit closes", "Banjul, 5 May 2024\n\nPresident Adama Barrow today brought to a "
                             "close the 15th Session of the Islamic Summit of the Organisation of Islamic Cooperation "
                             "(OIC), held on 4 and 5 May at the Conference Centre."))
    assert [(i.name, i.date) for i in r.interactions if i.type == "multilateral"] == [
        ("15th Session of the Islamic Summit of the Organisation of Islamic Cooperation", "2024-05-04")]


def test_a_city_naming_a_declaration_is_no_venue_of_the_meeting() -> None:
    r = extract(make_release("eco", "Summit", "Khankendi, 4 July 2025\n\nOn the sidelines of the Summit, the Secretary "
                             "General of ECO, Asad Majeed Khan, met President Shavkat Mirziyoyev of Uzbekistan this "
                             "morning and discussed the follow-up to the Tashkent Declaration."))
    assert when_where(r.interactions, "meeting", "Asad Majeed Khan", "Shavkat Mirziyoyev") == ("2025-07-04", "Khankendi")


def test_a_summit_numbered_after_the_one_held_today_is_still_to_come() -> None:
    r = extract(make_release("eco", "17th ECO Summit", "Khankendi, 4 July 2025\n\nThe 17th Summit of the Economic "
                             "Cooperation Organization was held today in Khankendi. The leaders tasked the Council of "
                             "Ministers with drafting a new strategy for adoption at the 18th ECO Summit."))
    assert [i.name for i in r.interactions if i.type == "multilateral"] == [
        "17th Summit of the Economic Cooperation Organization"]
    assert "18th ECO Summit" in [i.name for i in r.initiatives]


def test_a_two_day_retreat_concluded_today_began_the_day_before_and_its_host_met_no_one() -> None:
    r = extract(make_release("bimstec", "Retreat concludes", "New Delhi, 12 July 2024\n\nThe Second BIMSTEC Foreign "
                             "Ministers' Retreat concluded today in New Delhi. Hosted by the External Affairs Minister "
                             "of India, Dr. S. Jaishankar, the two-day Retreat brought together Dr. Hasan Mahmud, Minister "
                             "of Foreign Affairs of Bangladesh, and U Than Swe, Union Minister for Foreign Affairs of "
                             "Myanmar."))
    assert [(i.type, i.name, i.date) for i in r.interactions] == [
        ("multilateral", "Second BIMSTEC Foreign Ministers' Retreat", "2024-07-11")]


def test_separate_meetings_with_two_counterparts_are_one_each() -> None:
    r = extract(make_release("bimstec", "Retreat", "New Delhi, 12 July 2024\n\nOn the sidelines, Secretary General "
                             "Indra Mani Pandey held separate meetings on 11 July with Minister of Foreign Affairs Maris "
                             "Sangiampongsa, on the Summit preparations, and with Minister for Foreign Affairs Lyonpo "
                             "D. N. Dhungyel, on the environment sector."))
    assert sorted(i.participants[1] for i in r.interactions if i.type == "meeting") == [
        "D. N. Dhungyel", "Maris Sangiampongsa"]


KR_TALKS = ("Speaker of the National Assembly Woo Won Shik held talks on the afternoon of the 26th at the National "
            "Assembly in Yeouido, Seoul, with Chairman of the National Assembly of the Socialist Republic of Viet Nam "
            "Tran Thanh Man, who is paying an official visit to Korea. Chairman Tran Thanh Man arrived at Incheon Airport on "
            "the 25th. Speaker Woo recalled that relations were upgraded in December 2022 during the state visit to "
            "Korea of then-President Nguyen Xuan Phuc. Attending the talks were Secretary General of the National "
            "Assembly Kim Min-ki on the Korean side and Vice Chairman of the National Assembly Nguyen Duc Hai on the "
            "Vietnamese side.")


def test_a_day_of_the_month_alone_dates_talks_and_an_arrival() -> None:
    items = events(KR_TALKS, date="2024-09-26")
    assert when_where(items, "meeting", "Woo Won Shik", "Tran Thanh Man") == ("2024-09-26", "Seoul")
    assert one(items, "visit", "Tran Thanh Man").date == "2024-09-25"
    assert not [i for i in items if i.type == "multilateral"]  # (the National Assembly is where they met)


def test_those_attending_the_talks_took_part_and_a_then_president_made_the_past_visit() -> None:
    items = events(KR_TALKS, date="2024-09-26")
    assert set(one(items, "meeting", "Woo Won Shik", "Tran Thanh Man").participants) == {
        "Woo Won Shik", "Tran Thanh Man", "Kim Min-ki", "Nguyen Duc Hai"}
    assert (one(items, "visit", "Nguyen Xuan Phuc").date, one(items, "visit", "Nguyen Xuan Phuc").participants[0]) == (
        "2022-12", "Nguyen Xuan Phuc")


def test_a_reception_earlier_in_the_morning_is_of_the_release_day() -> None:
    items = events("Phnom Penh, February 20, 2025 AKP --\n\nSamdech Moha Borvor Thipadei Hun Manet, Prime Minister of "
                   "Cambodia, held official talks here this morning with H.E. Sonexay Siphandone, Prime Minister of the "
                   "Lao People's Democratic Republic. The two leaders reviewed the agreements reached when they last met "
                   "in Vientiane in October, on the sidelines of the 44th and 45th ASEAN Summits, and the Funan Techo "
                   "Canal. Earlier in the morning, Samdech Techo Hun Sen, President of the Senate, received the Lao "
                   "Prime Minister at the Senate Palace.")
    assert when_where(items, "meeting", "Hun Sen", "Sonexay Siphandone") == ("2025-02-20", "Phnom Penh")
    assert [(i.name, i.date) for i in items if i.type == "multilateral"] == [("44th and 45th ASEAN Summits", "2024-10")]
    assert not [p for i in items for p in i.participants if "Canal" in p or "Techo" in p]


D8 = ("11th D-8 Summit concludes in Cairo", "Cairo, 19 December 2024\n\nThe 11th Summit of the Developing Eight (D-8) "
      "Organization for Economic Cooperation was held today in Cairo, under the chairmanship of H.E. Mr. Abdel Fattah "
      "El-Sisi, President of the Arab Republic of Egypt. The Summit was preceded yesterday by the meeting of the D-8 "
      "Council of Ministers, chaired by H.E. Dr. Badr Abdelatty, Minister of Foreign Affairs of Egypt. On the sidelines "
      "of the Summit, the Secretary-General of the D-8, H.E. Ambassador Isiaka Abdulqadir Imam, held separate meetings "
      "with Professor Muhammad Yunus, Chief Adviser of the Interim Government of Bangladesh, and with President Prabowo "
      "Subianto of Indonesia. The Secretary-General also signed a Memorandum of Understanding between the D-8 Secretariat "
      "and the Islamic Development Bank with the Bank's President, H.E. Dr. Muhammad Al Jasser, in the presence of the "
      "Egyptian Foreign Minister.")


def test_a_summit_told_in_its_headline_and_body_is_one_and_what_preceded_it_yesterday_is_another() -> None:
    r = extract(make_release("d8", *D8))
    assert sorted((i.name, i.date) for i in r.interactions if i.type == "multilateral") == [
        ("11th Summit of the Developing Eight", "2024-12-19"), ("meeting of the D-8 Council of Ministers", "2024-12-18")]
    assert {i.date for i in r.interactions if i.type == "meeting"} == {"2024-12-19"}  # (the sideline meetings: today)


def test_a_secretary_general_styled_ambassador_signs_with_a_banks_president_named_after_words_of_address() -> None:
    r = extract(make_release("d8", *D8))
    assert [i.participants for i in r.interactions if i.type == "signing"] == [
        ["Isiaka Abdulqadir Imam", "Muhammad Al Jasser", "Badr Abdelatty"]]


ADB = ("TBILISI, GEORGIA (4 May 2024) — Asian Development Bank (ADB) President Masatsugu Asakawa today urged member "
       "countries to act faster on climate change, in his address to the 57th Annual Meeting of the ADB Board of "
       "Governors, held in Tbilisi from 2 to 5 May. He announced that the facility had received its first guarantees "
       "from Denmark, Japan and the United Kingdom. On the sidelines of the meeting, Mr. Asakawa held bilateral talks "
       "with Prime Minister Irakli Kobakhidze at the Government Chancellery, where the two recalled their meeting in "
       "Manila last July. Following his meeting with the Prime Minister, and in the presence of Mr. Asakawa and Prime "
       "Minister Kobakhidze, ADB Director General Yevgeniy Zhukov and Finance Minister Lasha Khutsishvili signed a loan "
       "agreement. Brazil's Minister of Agrarian Development and Family Farming, Paulo Teixeira, invited him to the G20 "
       "summit in Rio de Janeiro in November.")


def test_what_a_gathering_held_over_days_frames_is_dated_by_the_leads_today() -> None:
    r = extract(make_release("adb", "ADB President at Annual Meeting", ADB))
    dated = sorted((i.type, i.date, tuple(sorted(i.participants))) for i in r.interactions if i.type != "multilateral")
    assert dated == [
        ("meeting", "2023-07", ("Irakli Kobakhidze", "Masatsugu Asakawa")),  # (recalled where they met today)
        ("meeting", "2024-05-04", ("Irakli Kobakhidze", "Masatsugu Asakawa")),
        ("signing", "2024-05-04", ("Irakli Kobakhidze", "Lasha Khutsishvili", "Masatsugu Asakawa", "Yevgeniy Zhukov"))]
    assert [(i.name, i.date) for i in r.interactions if i.type == "multilateral"] == [
        ("57th Annual Meeting of the ADB Board of Governors", "2024-05-02")]  # (not the G20 summit: to come)
    assert "Paulo Teixeira" in {p.name for p in r.persons} and "Farming" not in {p.name for p in r.persons}


def test_a_states_seat_is_in_its_capital_and_no_translated_city_name() -> None:
    # ("White House" is also a translation of Casablanca's name, which the world's city list holds)
    found = events("On August 8, President of the Republic of Azerbaijan Ilham Aliyev, who is on a working visit to "
                   "Washington, met with President of the United States of America Donald Trump at the White House.",
                   date="2025-08-08")
    assert one(found, "meeting", "Ilham Aliyev", "Donald Trump").place == "Washington"
    found = events("President Vladimir Putin received President Alexander Lukashenko at the Kremlin on 10 March.",
                   date="2025-03-11")
    assert one(found, "meeting", "Vladimir Putin", "Alexander Lukashenko").place == "Moscow"


def test_initials_after_an_offices_comma_and_a_house_in_spanish_are_read_as_written() -> None:
    release = make_release("t", "IFAD President meets Prime Minister Oli", "Kathmandu, 14 November 2024 – The President "
                           "of IFAD, Alvaro Lario, met today with the Prime Minister of Nepal, K.P. Sharma Oli. In the "
                           "afternoon, he was received by President Ram Chandra Poudel at the Casa Presidencial.")
    record = extract(release)
    assert sorted(p.name for p in record.persons) == ["Alvaro Lario", "K.P. Sharma Oli", "Ram Chandra Poudel"]
    assert one(record.interactions, "meeting", "Alvaro Lario", "K.P. Sharma Oli").date == "2024-11-14"


def test_what_is_done_at_the_close_of_a_session_is_dated_by_its_last_day() -> None:
    found = events("Brazzaville, 20 June 2024 – The Minister of Foreign Affairs, Mr. Jean-Claude Gakosso, and the "
                   "Minister of External Relations of the Republic of Cameroon, Mr. Lejeune Mbella Mbella, co-chaired in "
                   "Brazzaville, on Wednesday 19 and Thursday 20 June, the ministerial segment of the Xth session of the "
                   "Joint Cooperation Commission. The ministerial segment was preceded by a meeting of experts, held in "
                   "Brazzaville on 17 and 18 June. At the close of the session, the two ministers signed the Agreed "
                   "Minutes.", date="2024-06-20")
    assert one(found, "meeting", "Jean-Claude Gakosso", "Lejeune Mbella Mbella").date == "2024-06-19"
    assert one(found, "signing", "Jean-Claude Gakosso", "Lejeune Mbella Mbella").date == "2024-06-20"


def test_a_town_and_its_department_closed_by_a_full_stop_is_the_dateline_where_the_text_names_it_again() -> None:
    body = ("Esquipulas, Chiquimula. The President of the Republic, Bernardo Arévalo, and the President of the "
            "Republic of Honduras, Iris Xiomara Castro Sarmiento, held a binational meeting this Friday in "
            "Esquipulas, a few kilometres from the border, in the presence of Foreign Minister Carlos Ramiro "
            "Martínez.")
    assert read_dateline(body).place == "Esquipulas"
    assert read_dateline("Moreover, Chiquimula. The President met the Mayor.").place is None
    meeting = one(events(body, date="2024-06-21"), "meeting", "Bernardo Arévalo", "Iris Xiomara Castro Sarmiento")
    assert "Carlos Ramiro Martínez" in meeting.participants  # (present at it)
    assert meeting.place == "Esquipulas"


def test_an_agreement_signed_by_the_presidents_of_five_states_is_their_states_signing() -> None:
    items = events("The agreement known as Esquipulas II was signed in Guatemala City on 7 August 1987 by the "
                   "presidents of Costa Rica, El Salvador, Guatemala, Honduras and Nicaragua.", date="2024-06-21")
    signing = one(items, "signing", "Costa Rica", "Nicaragua")
    assert set(signing.participants) == {"Costa Rica", "El Salvador", "Guatemala", "Honduras", "Nicaragua"}
    assert (signing.date, signing.place) == ("1987-08-07", "Guatemala City")


def test_years_and_months_ago_count_back_from_the_release_date() -> None:
    assert [d for _, _, d in find_dates("The last session took place in Praia two years ago.", "2025-03-14")] == ["2023"]
    assert [d for _, _, d in find_dates("They met three months ago.", "2025-02-10")] == ["2024-11"]


def test_the_visit_that_a_speaker_paid_to_a_city_years_ago_is_his_past_visit_there() -> None:
    items = events("Ms. Annita Demetriou praised the Kingdom's role, recalling the visit that Speaker Ahmed Al "
                   "Musallam paid to Nicosia two years ago.", date="2025-02-10")
    assert when_where(items, "visit", "Ahmed Al Musallam", "Cyprus") == ("2023", "Nicosia")


def test_a_meeting_is_not_dated_by_when_one_of_them_took_office() -> None:
    items = events("Jakarta (ANTARA) - Indonesian Foreign Minister Sugiono and his Malaysian counterpart, Mohamad "
                   "Hasan, agreed on Wednesday to speed up negotiations. The two ministers met at the Foreign "
                   "Ministry in Jakarta for the Joint Commission, their first formal meeting since Sugiono took "
                   "office in October last year.", date="2025-03-05")
    assert when_where(items, "meeting", "Sugiono", "Mohamad Hasan") == ("2025-03-05", "Jakarta")


def test_a_states_hosting_of_a_summit_makes_it_a_participant() -> None:
    items = events("The Speaker noted that Bahrain's hosting of the 33rd Arab Summit in Manama last May had confirmed "
                   "its commitment to regional de-escalation.", date="2025-02-10")
    summit = one(items, "multilateral", "Bahrain")
    assert (summit.date, summit.place) == ("2024-05", "Manama")


def test_a_month_without_its_year_dates_a_past_meeting_by_the_last_such_month() -> None:
    items = events("President Ferdinand Marcos Jr. met Japanese Prime Minister Fumio Kishida in Tokyo in April.",
                   date="2024-07-08")
    assert when_where(items, "meeting", "Ferdinand Marcos Jr.", "Fumio Kishida") == ("2024-04", "Tokyo")


def test_a_visit_during_which_a_plan_was_agreed_is_a_past_visit_not_a_plan() -> None:
    items = events("President Ferdinand Marcos Jr. met Japanese Prime Minister Fumio Kishida. The two leaders "
                   "recalled that they agreed to start negotiations during Kishida's official visit to Manila in "
                   "November last year.", date="2024-07-08")
    assert when_where(items, "visit", "Fumio Kishida", "Philippines") == ("2023-11", "Manila")


def test_a_palace_then_its_town_written_with_city_places_the_reception() -> None:
    r = extract(make_release("id", "Talks at Bogor", "Jakarta, 6 June 2022. President "
                             "Joko Widodo received Prime Minister Anthony Albanese at the Bogor Presidential Palace, Bogor "
                             "City, West Java province."))
    assert [(i.type, i.place) for i in r.interactions] == [("meeting", "Bogor")]


def test_a_long_ministry_name_and_a_byline_over_the_dateline_and_a_city_then_its_agency() -> None:
    body = ("Republic of Suriname\nMinistry of Foreign Affairs, International Business and International Cooperation\n\n"
            "PRESS RELEASE No. 087/2023\n\nParamaribo, 5 June 2023 – President Chandrikapersad Santokhi and President "
            "Droupadi Murmu of India held official talks this morning at the Presidential Palace.")
    r = extract(make_release("sr", "Presidents Santokhi and Murmu hold talks", body))
    assert (r.date, r.place) == ("2023-06-05", "Paramaribo")
    body = ("IP Paraguay – Agencia de Información Paraguaya\nPolitics | 29 Aug 2024 | 14:20\nBy: IP editorial staff\n\n"
            "Asunción, IP Paraguay.– President Santiago Peña received this Thursday his Uruguayan counterpart, Luis "
            "Lacalle Pou, at Mburuvicha Róga.")
    r = extract(make_release("py", "Peña and Lacalle Pou meet", body, date="2024-08-29"))
    assert r.place == "Asunción"
    assert [(i.date, i.place) for i in r.interactions if i.type == "meeting"] == [("2024-08-29", "Asunción")]


def test_a_guests_earlier_stops_leave_the_dateline_the_place_and_a_closing_building_then_its_town() -> None:
    r = extract(make_release("qa", "HH the Amir and Prime Minister of Japan Hold Official Talks", "Doha – His Highness the "
                             "Amir Sheikh Tamim bin Hamad Al-Thani held an official talks session at the Amiri Diwan this "
                             "morning with Prime Minister of Japan Fumio Kishida, who arrived in the country earlier today, "
                             "the last stop of a Gulf tour that took him to the Kingdom of Saudi Arabia.", date="2023-07-18"))
    assert [(i.date, i.place) for i in r.interactions if i.type == "meeting"] == [("2023-07-18", "Doha")]
    r = extract(make_release("np", "Ambassador calls on the Minister", "Ambassador of Japan to Nepal Kikuta Yutaka paid a "
                             "courtesy call on Minister for Foreign Affairs Narayan Prakash Saud at the Ministry today.\n\n"
                             "Ministry of Foreign Affairs\nSingha Durbar, Kathmandu\n25 April 2023"))
    assert (r.date, r.place) == ("2023-04-25", "Kathmandu")


def test_the_date_of_a_whose_clause_is_its_own_not_the_calls() -> None:
    r = extract(make_release("ua", "Sybiha holds phone calls", "Minister of Foreign Affairs of Ukraine Andrii Sybiha also "
                             "spoke by phone with Minister of Foreign Affairs of Poland Radosław Sikorski, whose country "
                             "took over the Presidency of the Council of the European Union on 1 January.", date="2025-01-03"))
    assert [(i.type, i.date) for i in r.interactions] == [("call", "2025-01-03")]


def test_an_envoy_who_arrived_the_previous_day_and_a_guest_who_arrived_last_night_began_their_visits_then() -> None:
    r = extract(make_release("cd", "President receives a written message", "The President of the Republic, Félix "
                             "Tshisekedi, received on Tuesday 13 August 2024, in Kinshasa, the Minister of External "
                             "Relations of the Republic of Angola, Téte António, who came as the special envoy of President "
                             "João Lourenço. The Angolan emissary, who arrived in Kinshasa the previous day, handed President "
                             "Tshisekedi a written message from his Angolan counterpart.", date="2024-08-13"))
    assert [(i.date, i.place) for i in r.interactions if i.type == "visit"] == [("2024-08-12", "Kinshasa")]
    r = extract(make_release("mk", "Mickoski and Orbán hold talks", "Skopje, 23 October 2024. Prime Minister Viktor Orbán, "
                             "who arrived in Skopje last night on an official visit, held a meeting with Prime Minister "
                             "Hristijan Mickoski."))
    assert [(i.date, i.place) for i in r.interactions if i.type == "visit"] == [("2024-10-22", "Skopje")]


def test_the_next_day_after_a_sentence_that_names_its_own_day_and_tells_no_event() -> None:
    body = ("President Muhammadu Buhari and King Mohammed VI of Morocco on Friday in Abuja witnessed the signing of three "
            "agreements. The Moroccan monarch arrived the Federal Capital Territory late Thursday on a state visit. The "
            "next day, the two leaders held closed-door talks at the Presidential Villa.")
    r = extract(make_release("ng", "Nigeria, Morocco sign agreements", body, date="2016-12-02"))
    assert [(i.type, i.date) for i in r.interactions if i.type == "meeting"] == [("meeting", "2016-12-02")]


def test_two_who_met_in_a_town_too_small_for_the_city_list_met_there() -> None:
    r = extract(make_release("br", "Talks", "On 8 July 2023, President Gustavo Petro and President Lula met in Leticia, on "
                             "the Colombian side of the border.", date="2024-04-15"))
    assert [(i.type, i.date, i.place) for i in r.interactions] == [("meeting", "2023-07-08", "Leticia")]


def test_a_minister_in_the_island_on_a_working_visit_is_visiting_the_publishers_state() -> None:
    body = ("Kingston, Jamaica. May 19, 2023: Minister of Foreign Affairs and Foreign Trade Kamina Johnson Smith today held "
            "bilateral talks with the Minister for Foreign Affairs of Ghana, Shirley Ayorkor Botchwey.\n\nThe Ghanaian "
            "Minister is in the island on a three-day working visit from May 17 to 19.")
    r = extract(make_release("jm", "Jamaica and Ghana to deepen ties", body))
    assert [(i.participants, i.date) for i in r.interactions if i.type == "visit"] == [
        (["Shirley Ayorkor Botchwey", "Jamaica"], "2023-05-17")]


def test_an_agencys_weekday_right_after_its_verb_is_the_latest_such_day() -> None:
    # (Sunday 26 May 2024, in a dispatch of Monday 27 May)
    assert [d for _, _, d in find_dates("The leaders agreed Monday to make", "2024-05-27")] == ["2024-05-27"]
    assert [d for _, _, d in find_dates("who arrived Sunday for a visit", "2024-05-27")] == ["2024-05-26"]
    assert [d for _, _, d in find_dates("held their own talks later Sunday.", "2024-05-27")] == ["2024-05-26"]
    assert find_dates("the Monday meeting", "2024-05-27") == []  # (no verb before it)


def test_a_guest_who_arrived_on_a_weekday_visits_the_datelines_state() -> None:
    items = events("SEOUL, May 27 (Yonhap) -- President Yoon Suk Yeol met Chinese Premier Li Qiang. The Chinese "
                   "premier, who arrived Sunday for a three-day official visit, attended the business forum.",
                   date="2024-05-27")
    assert when_where(items, "visit", "Li Qiang") == ("2024-05-26", "Seoul")
    assert one(items, "visit", "Li Qiang").participants == ["Li Qiang", "South Korea"]


def test_the_meeting_others_took_part_in_is_not_one_told_as_before_it() -> None:
    items = events("The President of the Republic, Sergio Mattarella, received at the Quirinale the President of the "
                   "Argentine Republic, Javier Milei. Earlier today, President Milei had been received in audience by "
                   "the Pontiff, Pope Francis. Taking part in the meeting were the Minister of Foreign Affairs, Antonio "
                   "Tajani, and the Minister of Foreign Affairs, Diana Mondino.", date="2024-02-12")
    assert {"Antonio Tajani", "Diana Mondino"} <= set(one(items, "meeting", "Sergio Mattarella").participants)
    assert set(one(items, "meeting", "Francis").participants) == {"Javier Milei", "Francis"}


def test_a_venue_whose_name_holds_a_particle_is_named_whole() -> None:
    items = events("The Governments signed three instruments at the session of the Joint Permanent Commission, held in "
                   "Dar es Salaam from 4 to 8 December 2023. The Agreed Minutes were signed by Minister January Makamba "
                   "and Minister Albert Shingiro.", date="2023-12-08")
    assert one(items, "signing", "January Makamba").place == "Dar es Salaam"
    items = events("Secretary Blinken meets with Foreign Minister Fuad Hussein at the Department of State.",
                   date="2021-07-23")
    assert one(items, "meeting", "Fuad Hussein").place == "Washington"  # (the Department's seat)


def test_in_san_marino_names_the_venue_as_well_as_the_state() -> None:
    items = events("Secretary of State Luca Beccari received Minister Antonio Tajani in San Marino today.",
                   date="2024-11-15")
    assert one(items, "meeting", "Luca Beccari", "Antonio Tajani").place == "San Marino"


def test_delegations_that_travelled_here_are_no_visit_of_the_host_nor_its_first_day() -> None:
    items = events("San Salvador, June 2, 2024.\n\nThe President of the Republic, Nayib Bukele, held a series of "
                   "bilateral meetings this Sunday at Casa Presidencial with the Heads of State and delegations that "
                   "travelled to El Salvador for the start of his second term, which began yesterday. He received King "
                   "Felipe VI of Spain.", date="2024-06-02")
    assert not [i for i in items if i.type == "visit" and "Nayib Bukele" in i.participants]
    assert when_where(items, "meeting", "Nayib Bukele", "Felipe VI")[0] == "2024-06-02"


def test_a_tours_earlier_stops_are_visits_of_no_day_the_text_gives() -> None:
    items = events("Antananarivo, 12 September 2022 – The Secretary General of La Francophonie, Louise Mushikiwabo, was "
                   "received by President Andry Rajoelina.\n\nThe Secretary General arrived in Antananarivo on Saturday 10 "
                   "September for a three-day mission, the last stage of a tour of the member States of the Indian Ocean "
                   "which previously took her to Seychelles and to Mauritius.", date="2022-09-12")
    stops = {tuple(i.participants): (i.date, i.place) for i in items if i.type == "visit"}
    assert stops[("Louise Mushikiwabo", "Seychelles")] == (None, None)
    assert stops[("Louise Mushikiwabo", "Mauritius")] == (None, None)
    assert stops[("Louise Mushikiwabo", "Madagascar")] == ("2022-09-10", "Antananarivo")


def test_a_call_had_in_the_morning_of_a_days_dispatch_is_that_days_and_a_state_may_be_a_given_name() -> None:
    items = events("(ANSA) - ROME, OCT 2 - Foreign Minister Antonio Tajani told reporters he had spoken by phone with "
                   "his Iranian counterpart Abbas Araghchi in the morning. In the afternoon the minister had a phone "
                   "conversation with Israeli Foreign Minister Israel Katz.", date="2024-10-02")
    assert when_where(items, "call", "Antonio Tajani", "Abbas Araghchi")[0] == "2024-10-02"
    assert one(items, "call", "Antonio Tajani", "Israel Katz").date == "2024-10-02"


def test_a_date_alone_before_the_dash_is_the_release_date_and_dates_its_weekday() -> None:
    release = make_release("t", "Courtesy call", "May 31, 2024 – On Wednesday, Foreign Minister Sara Beysolow Nyanti "
                           "of Liberia paid a courtesy call on President Bola Tinubu of Nigeria in Abuja.")
    record = extract(release)
    assert record.date == "2024-05-31"
    assert when_where(record.interactions, "meeting", "Sara Beysolow Nyanti", "Bola Tinubu") == ("2024-05-29", "Abuja")


def test_a_month_told_as_late_or_early_is_that_month() -> None:
    items = events("Jakarta, 30 June 2022 – President Joko Widodo had earlier held a phone conversation with President "
                   "Volodymyr Zelenskyy in late April.", date="2022-06-30")
    assert when_where(items, "call", "Joko Widodo", "Volodymyr Zelenskyy")[0] == "2022-04"


def test_the_day_of_a_detention_told_beside_talks_is_not_the_talks_day() -> None:
    items = events("BEIJING - Japanese Foreign Minister Yoshimasa Hayashi on Sunday urged Chinese Foreign Minister Qin Gang "
                   "to release a Japanese national detained in Beijing last month, as the two held talks in the Chinese "
                   "capital.", date="2023-04-02")
    assert when_where(items, "meeting", "Yoshimasa Hayashi", "Qin Gang") == ("2023-04-02", "Beijing")


def test_talks_two_leaders_held_in_their_first_meeting_are_that_months_and_an_anniversary_no_signing() -> None:
    items = events("Beijing, 2 April 2023 – The two foreign ministers confirmed they would work toward stable relations, "
                   "as agreed by Prime Minister Fumio Kishida and President Xi Jinping in their first face-to-face talks "
                   "in Bangkok in November. This year marks the 45th anniversary of the signing of the Japan-China Treaty "
                   "of Peace and Friendship.", date="2023-04-02")
    assert when_where(items, "meeting", "Fumio Kishida", "Xi Jinping") == ("2022-11", "Bangkok")
    assert not [i for i in items if i.type == "signing"]


def test_talks_a_minister_had_held_earlier_in_the_day_are_that_days() -> None:
    items = events("Maputo, 18 Mar (AIM) – Mozambican President Daniel Chapo on Monday received in Maputo a message from "
                   "his Rwandan counterpart, Paul Kagame, delivered by Rwanda's Minister of Foreign Affairs, Olivier "
                   "Nduhungirehe.\n\nThe Rwandan minister had held talks earlier in the day with his Mozambican "
                   "counterpart, Maria Manuela Lucas.", date="2025-03-18")
    assert when_where(items, "meeting", "Olivier Nduhungirehe", "Maria Manuela Lucas") == ("2025-03-17", "Maputo")


def test_a_sentence_opened_by_a_month_dates_its_past_gathering_in_that_month() -> None:
    items = events("Maputo, 18 March 2025 – President Daniel Chapo received the Rwandan Foreign Minister, Olivier "
                   "Nduhungirehe.\n\nIn February, Chapo took part in the joint summit of SADC and the East African "
                   "Community in Dar es Salaam.", date="2025-03-18")
    summit = [i for i in items if i.type == "multilateral"]
    assert [(i.date, i.place) for i in summit] == [("2025-02", "Dar es Salaam")]


MISSION = ("Beirut – The Executive Secretary, Rola Dashti, returned to Beirut yesterday from a mission to Amman and "
           "Baghdad.\n\nDashti arrived in Amman on Saturday. On Sunday she met with the Minister of Planning of "
           "Jordan, Zeina Toukan, with whom she reviewed the country's third Voluntary National Review, to be "
           "presented at the High-Level Political Forum in New York in July. The Executive Secretary flew to "
           "Baghdad on Sunday evening. On Monday she was received by the Prime Minister of Iraq, Mohammed Shia "
           "Al-Sudani.")


def test_a_place_a_plan_names_is_not_where_the_meeting_was() -> None:
    r = extract(make_release("t", "Mission", MISSION, date="2024-05-15"))
    toukan = next(i for i in r.interactions if "Zeina Toukan" in i.participants)
    assert (toukan.date, toukan.place) == ("2024-05-12", "Amman")


def test_flying_to_a_city_is_a_visit_to_its_state_and_moves_the_narrative_there() -> None:
    r = extract(make_release("t", "Mission", MISSION, date="2024-05-15"))
    visits = {(tuple(i.participants), i.date, i.place) for i in r.interactions if i.type == "visit"}
    assert (("Rola Dashti", "Iraq"), "2024-05-12", "Baghdad") in visits
    sudani = next(i for i in r.interactions if "Mohammed Shia Al-Sudani" in i.participants)
    assert (sudani.date, sudani.place) == ("2024-05-13", "Baghdad")


def test_a_headlines_tour_keeps_each_state_when_the_body_tells_one_stop() -> None:
    r = extract(make_release("t", "President Mahama ends working visits to Mali, Burkina Faso and Niger",
                             "President John Dramani Mahama has returned to Accra after a two-day tour. The President "
                             "began the tour in Bamako on Saturday, where he held talks with General Assimi Goïta. "
                             "On Sunday morning, President Mahama was received in Ouagadougou by Captain Ibrahim "
                             "Traoré. In the afternoon, the President flew to Niamey for talks with General "
                             "Abdourahamane Tiani.", date="2025-03-10"))
    visited = {i.participants[1] for i in r.interactions if i.type == "visit"}
    assert visited == {"Mali", "Burkina Faso", "Niger"}


def test_a_state_visit_told_in_passing_with_a_month_is_of_that_month() -> None:
    r = extract(make_release("t", "Talks", "Zhao said that during President Xi Jinping's state visit to Serbia in May, "
                             "Xi and Serbian President Aleksandar Vučić jointly announced a community with a shared "
                             "future.", date="2024-09-12"))
    assert [(i.type, i.participants, i.date) for i in r.interactions] == [("visit", ["Xi Jinping", "Serbia"], "2024-05")]
