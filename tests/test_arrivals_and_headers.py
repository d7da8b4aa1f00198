"""Who arrived where when the text names only an airport or "the capital", whose release a header
in capitals says it is, and which office a bare "the Minister" stands for."""
from __future__ import annotations

from kg.extract import extract
from kg.sources import make_release


def _visits(found) -> list[tuple[str, str, str | None]]:
    return [(i.participants[0], i.participants[1], i.date) for i in found.interactions if i.type == "visit"]


def test_an_arrival_at_an_airport_the_gazetteer_lacks_is_a_visit_to_the_publishers_state() -> None:
    body = ("Gaborone, 21 May 2025 – President Duma Boko today held official talks with President Netumbo "
            "Nandi-Ndaitwah of Namibia. President Nandi-Ndaitwah arrived yesterday afternoon at Sir Seretse Khama "
            "International Airport, where she was welcomed by the Vice President, Mr Ndaba Gaolathe.")
    found = extract(make_release("t", "State visit", body, date="2025-05-21"))
    assert ("Netumbo Nandi-Ndaitwah", "Botswana", "2025-05-20") in _visits(found)
    # "Duma" is the President's given name here, not the Russian parliament
    boko = next(p for p in found.persons if p.name.endswith("Boko"))
    assert boko.name == "Duma Boko" and [r.title for r in boko.roles] == ["President"]


def test_arriving_at_a_consensus_is_no_visit() -> None:
    body = ("Gaborone, 21 May 2025 – President Duma Boko today held talks with President Netumbo Nandi-Ndaitwah of "
            "Namibia. The two Presidents arrived at a common position on the Trans-Kalahari Corridor.")
    assert _visits(extract(make_release("t", "Talks", body, date="2025-05-21"))) == []


def test_a_header_in_capitals_names_the_publishers_state_and_the_capital_is_its_capital() -> None:
    body = ("PRESIDENCY OF THE REPUBLIC OF DJIBOUTI\n\nActivities of the President | Monday 10 June 2024\n\n"
            "The President of the Republic, Mr. Ismaïl Omar Guelleh, held a conversation this morning by "
            "videoconference with the President of the Federal Republic of Somalia, Mr. Hassan Sheikh Mohamud. "
            "President Hassan Sheikh Mohamud invited the Head of State to visit Mogadishu.\n\nIn the afternoon, the "
            "Head of State received the Minister of Foreign Affairs of Ethiopia, Mr. Taye Atske Selassie. Mr. Taye "
            "arrived in the capital on Sunday for a two-day working visit.")
    found = extract(make_release("t", "The Head of State receives the Ethiopian Minister", body, date="2024-06-10"))
    assert ("Taye Atske Selassie", "Djibouti", "2024-06-09") in _visits(found)
    assert not [i for i in found.interactions if i.place == "Mogadishu"]


def test_the_minister_is_the_one_whose_office_is_minister_not_the_prime_minister() -> None:
    body = ("OFFICE OF THE PRIME MINISTER\nTUVALU\n\nFunafuti, Thursday 17 October 2024\n\nThe Prime Minister, Hon. "
            "Feleti Penitala Teo, this morning received the Australian Minister for International Development and the "
            "Pacific, Hon. Pat Conroy MP, on the second day of the Minister's visit to Tuvalu.\n\nFor media enquiries: "
            "Office of the Prime Minister, Vaiaku, Funafuti")
    found = extract(make_release("t", "Prime Minister Teo welcomes Minister Conroy", body, date="2024-10-17"))
    assert {(a, b) for a, b, _ in _visits(found)} == {("Pat Conroy", "Tuvalu")}
    # the office's address names no one
    assert sorted(p.name for p in found.persons) == ["Feleti Penitala Teo", "Pat Conroy"]


def test_arriving_on_an_island_is_a_visit_there_and_arriving_on_a_weekday_is_not_a_place() -> None:
    body = ("Funafuti, Thursday 17 October 2024 – The Prime Minister, Hon. Feleti Penitala Teo, this morning received "
            "the Australian Minister for International Development, Hon. Pat Conroy MP. Minister Conroy arrived on "
            "Funafuti on Wednesday afternoon and was welcomed at the airport.")
    found = extract(make_release("t", "Prime Minister Teo welcomes Minister Conroy", body, date="2024-10-17"))
    assert [(i.participants, i.date, i.place) for i in found.interactions if i.type == "visit"] == \
        [(["Pat Conroy", "Tuvalu"], "2024-10-16", "Funafuti")]


def test_a_speakers_addressees_hold_no_office_of_the_one_named_before() -> None:
    body = ("MUNICH, 18 February 2022 – Thank you very much, Wolfgang Ischinger, Secretary General, Tony Blinken, ladies "
            "and gentlemen, I am very happy to be able to talk to you.")
    found = extract(make_release("t", "Remarks at the Munich Security Conference", body, date="2022-02-18"))
    assert [r.title for p in found.persons if p.name == "Tony Blinken" for r in p.roles] == []


def test_an_agency_dateline_abroad_is_where_the_publishers_minister_arrived() -> None:
    # A Pakistani agency writing from Dhaka: "arrived here" and "Bangladesh's Adviser" say the
    # dateline is the visited state's, so the minister named bare is Pakistan's, and he met his host.
    body = ("DHAKA, Aug 24 (APP): Deputy Prime Minister and Foreign Minister Senator Mohammad Ishaq Dar on Sunday held "
            "delegation-level talks with Bangladesh's Adviser for Foreign Affairs Md. Touhid Hossain here and agreed to "
            "expand cooperation in trade.\n\nThe Deputy Prime Minister arrived here on Saturday on a two-day official "
            "visit, the first by a Pakistani foreign minister to Bangladesh since 2012.")
    found = extract(make_release("t", "Dar, Touhid Hossain hold talks in Dhaka", body, date="2025-08-24"))
    dar = next(p for p in found.persons if p.name.endswith("Dar"))
    assert {r.of for r in dar.roles} == {"Pakistan"}
    assert ("Mohammad Ishaq Dar", "Bangladesh", "2025-08-23") in _visits(found)
    talks = [(i.participants, i.date) for i in found.interactions if i.type == "meeting"]
    assert talks == [(["Mohammad Ishaq Dar", "Md. Touhid Hossain"], "2025-08-24")]


def test_abbreviated_military_ranks_are_no_names() -> None:
    body = ("Deputy Secretary Wendy Sherman met yesterday in Hanoi with Foreign Minister Bui Thanh Son and Deputy "
            "Minister of Defense Sr. Lt. Gen. Hoang Xuan Chien in separate meetings.")
    found = extract(make_release("t", "Meetings in Hanoi", body, date="2022-06-14"))
    assert "Hoang Xuan Chien" in {p.name for p in found.persons}
    assert not [p for p in found.persons if p.name.startswith(("Sr", "Lt"))]
    met = {i.participants[1] for i in found.interactions if i.type == "meeting"}
    assert met == {"Bui Thanh Son", "Hoang Xuan Chien"}


def test_a_demonym_two_states_share_is_the_publishers_own() -> None:
    body = ("Brazzaville, 20 June 2024 – The Minister of Foreign Affairs, Mr. Jean-Claude Gakosso, held talks with the "
            "Minister of External Relations of the Republic of Cameroon, Mr. Lejeune Mbella Mbella.\n\nThe Cameroonian "
            "minister arrived in the Congolese capital on Tuesday evening.")
    found = extract(make_release("t", "Congo–Cameroon", body, date="2024-06-20"))
    assert ("Lejeune Mbella Mbella", "Republic of the Congo", "2024-06-18") in _visits(found)


def test_a_stamp_with_its_date_inside_a_longer_line_dates_the_release_and_the_place_after_it_stands() -> None:
    body = ("Arab Parliament\nMedia Center | News\nTuesday, 12 Sha'ban 1446 AH, corresponding to 11 February 2025\n\n"
            "Cairo – H.E. Mr. Mohammed bin Ahmed Al Yamahi, President of the Arab Parliament, met today with H.E. Mr. "
            "Ahmed Aboul Gheit, Secretary-General of the League of Arab States.")
    release = make_release("t", "Al Yamahi meets Aboul Gheit", body)
    assert (release.date, release.place) == ("2025-02-11", "Cairo")
    stamp = make_release("t", "Joint Statement", "PRESS RELEASE\nFor Immediate Release – Friday, October 18, 2024\n\n"
                         "The Prime Minister received the President of Guyana.")
    assert stamp.date == "2024-10-18"


def test_a_joint_statement_issued_at_a_town_on_a_day_is_dated_and_placed_by_its_close() -> None:
    body = ("1. The Prime Minister of Saint Lucia received the President of Guyana.\n\n"
            "Issued at Castries, Saint Lucia, this 18th day of October, 2024.\n\n-ENDS-")
    release = make_release("t", "Joint Statement", body)
    assert (release.date, release.place) == ("2024-10-18", "Castries")


def test_the_day_before_alone_is_the_day_before_the_release() -> None:
    body = ("Libreville, 13 June 2024 – President Brice Clotaire Oligui Nguema received ambassadors.\n\nThe day before, "
            "Wednesday, General Oligui Nguema had a telephone conversation with the President of Equatorial Guinea, "
            "Teodoro Obiang Nguema Mbasogo. The day before the summit, the ministers met.")
    calls = [(i.participants, i.date) for i in extract(make_release("t", "Audiences", body)).interactions
             if i.type == "call"]
    assert calls == [(["Brice Clotaire Oligui Nguema", "Teodoro Obiang Nguema Mbasogo"], "2024-06-12")]


def test_landing_at_an_airport_late_on_a_weekday_is_the_visits_first_day() -> None:
    body = ("Havana, May 9 (Prensa Latina) Mexican President Andres Manuel Lopez Obrador left Havana on Sunday night "
            "after a working visit that closed a regional tour which had earlier taken him to Guatemala, El Salvador, "
            "Honduras and Belize.\n\nLopez Obrador, who landed at Jose Marti International Airport late on Saturday, "
            "was received on Sunday at the Palace of the Revolution by the First Secretary of the Central Committee of "
            "the Communist Party of Cuba and President of the Republic, Miguel Diaz-Canel Bermudez, with whom he held "
            "official talks, followed by an expanded meeting of both delegations.")
    found = extract(make_release("t", "Lopez Obrador wraps up visit to Cuba with health and energy agreements", body,
                                 date="2022-05-09",
                                 publisher="Cuba, Prensa Latina"))
    assert ("Andres Manuel Lopez Obrador", "Cuba", "2022-05-07") in _visits(found)


def test_a_bare_title_after_an_opening_phrase_is_the_office_holder() -> None:
    body = ("Prime Minister Shri Narendra Modi met the President of the People's Republic of China, Mr. Xi Jinping, in "
            "Kazan today. Earlier in the day, Prime Minister met the President of the Islamic Republic of Iran, Dr. "
            "Masoud Pezeshkian. On arrival in Kazan yesterday, Prime Minister had held talks with President of the "
            "Russian Federation Mr. Vladimir Putin.")
    found = extract(make_release("t", "PM meets President of China", body, date="2024-10-23"))
    met = [set(i.participants) for i in found.interactions if i.type == "meeting"]
    assert {"Narendra Modi", "Masoud Pezeshkian"} in met and {"Narendra Modi", "Vladimir Putin"} in met


def test_a_tour_told_by_arrivals_gives_each_stop_its_visit_and_each_talk_its_city() -> None:
    body = ("Lomé, 9 May 2024 – On arrival in Accra on Monday 6 May, the Minister of Foreign Affairs of Togo, "
            "Robert Dussey, was received by his Ghanaian counterpart, Shirley Ayorkor Botchwey. On Wednesday 8 May, "
            "the Togolese delegation arrived in Abuja, where Minister Dussey held a working session with the Minister "
            "of Foreign Affairs of Nigeria, Yusuf Maitama Tuggar. At the end of their talks, the two ministers signed "
            "a Memorandum of Understanding.")
    r = extract(make_release("t", "Working tour to Accra and Abuja", body, date="2024-05-09"))
    found = {(i.type, tuple(i.participants), i.date, i.place) for i in r.interactions}
    assert ("visit", ("Robert Dussey", "Ghana"), "2024-05-06", "Accra") in found
    assert ("visit", ("Robert Dussey", "Nigeria"), "2024-05-08", "Abuja") in found
    assert ("meeting", ("Robert Dussey", "Yusuf Maitama Tuggar"), "2024-05-08", "Abuja") in found
    assert ("signing", ("Robert Dussey", "Yusuf Maitama Tuggar"), "2024-05-08", "Abuja") in found


def test_arriving_to_a_city_in_a_translations_words_is_a_visit_there() -> None:
    body = ("La Paz, October 16, 2024 (Ministry of Foreign Affairs).- The Secretary of State of Spain, Susana Sumelzo "
            "Jordán, arrived to the city of La Paz on Monday for an official visit.")
    found = extract(make_release("t", "Secretary of State in Bolivia", body, date="2024-10-16"))
    assert ("Susana Sumelzo Jordán", "Bolivia", "2024-10-14") in _visits(found)
