"""Whose office a title is when the text leaves it bare: the organisation its sentence names,
never a bloc without a secretariat, and not the publisher's state for the wrong person."""
from __future__ import annotations

from kg.extract import extract
from kg.records import Record
from kg.sources import make_release


def run(body: str, title: str = "Briefing") -> Record:
    return extract(make_release("t", title, body))


def offices(record: Record, name: str) -> list[tuple[str, str | None]]:
    return [(r.title, r.of) for p in record.persons if p.name.endswith(name) for r in p.roles]


def test_a_bare_secretary_general_is_of_the_organisation_named_in_its_sentence() -> None:
    r = run("NATO Allies met in Brussels. NATO will support its partners, and NATO ministers agreed on "
            "new steps. On grain exports, we have worked closely with the UN and Secretary-General António "
            "Guterres.")
    assert offices(r, "Guterres") == [("Secretary-General", "UN")]


def test_a_bloc_without_a_secretariat_gives_no_secretary_general() -> None:
    r = run("The G7 leaders met in Elmau. The G7 agreed to act. It was Turkey and Secretary-General "
            "António Guterres who brokered the deal.")
    assert ("Secretary-General", "G7") not in offices(r, "Guterres")


def test_a_lower_case_secretary_general_is_no_office_of_the_publishers_state() -> None:
    r = run("WASHINGTON, March 9, 2022 – I can't speak for NATO, obviously, but we've heard the same message "
            "from its secretary general, Jens Stoltenberg.")
    assert offices(r, "Stoltenberg") == [("secretary general", "NATO")]


def test_a_secretary_general_of_a_body_the_gazetteer_lacks_is_not_the_sentences_organisation() -> None:
    r = run("WASHINGTON, April 29, 2022 – The UN Security Council met. Hassan Nasrallah, the secretary general "
            "of Hizballah, spoke too.")
    assert offices(r, "Nasrallah") == [("secretary general of Hizballah", None)]


def test_the_deputy_secretary_and_a_councilor_are_two_people() -> None:
    r = run("Deputy Secretary of State Wendy Sherman traveled to China for meetings with State Councilor and "
            "Foreign Minister Wang Yi. The Deputy Secretary and State Councilor Wang had a frank discussion.")
    assert ("Deputy Secretary", "China") not in offices(r, "Wang Yi")


def test_the_counterpart_of_a_bare_secretary_takes_no_us_office() -> None:
    r = run("When Secretary Blinken met with his Russian counterpart, Sergey Lavrov, in Reykjavik, this was "
            "a topic they discussed.")
    assert ("Secretary", "Russia") not in offices(r, "Lavrov")


def test_the_counterpart_of_a_secretary_of_state_is_a_foreign_minister() -> None:
    r = run("Secretary of State Antony Blinken met his Indian counterpart, Subrahmanyam Jaishankar, in "
            "Washington.")
    assert offices(r, "Jaishankar") == [("Foreign Minister", "India")]


def test_an_office_and_a_bare_head_before_a_name_are_two_people() -> None:
    r = run("MODERATOR: Thank you, Acting Prime Minister and Secretary Blinken, for your statements this "
            "evening. The Acting Prime Minister of Fiji, the Honorable Aiyaz Sayed-Khaiyum, spoke first.")
    assert ("Acting Prime Minister", "United States") not in offices(r, "Blinken")
    assert offices(r, "Sayed-Khaiyum") == [("Acting Prime Minister", "Fiji")]


def test_acting_before_a_demonym_stays_in_the_title_and_the_state_leaves_it() -> None:
    r = run("Acting Fijian Prime Minister Aiyaz Sayed-Khaiyum received the delegation.")
    assert offices(r, "Sayed-Khaiyum") == [("Acting Prime Minister", "Fiji")]


def test_the_next_persons_office_after_and_is_not_the_first_persons() -> None:
    r = run("The Minister of Foreign Affairs, African Cooperation, and Moroccan Expatriates, M. Nasser Bourita, "
            "and the Deputy Secretary of State of the United States of America, Ms. Wendy Sherman, held "
            "consultations in Rabat today.")
    assert offices(r, "Bourita") == [("Minister of Foreign Affairs, African Cooperation, and Moroccan Expatriates",
                                      offices(r, "Bourita")[0][1])]
    assert offices(r, "Sherman") == [("Deputy Secretary of State", "United States")]


def test_a_transcript_speaker_is_no_dateline_place() -> None:
    r = run("MODERATOR: The Acting Prime Minister of Fiji, the U.S. Secretary of State, and members of the "
            "media, welcome.")
    assert r.place is None


def test_a_presumed_office_of_a_kind_the_corpus_never_states_for_the_state_is_dropped() -> None:
    from kg.graph.presumed import credible

    stated = [("US", "Secretary of State")] * 30 + [("US", "President")] * 5
    presumed = {("g1", "hasina"): {("US", "Prime Minister")}, ("g2", "biden"): {("US", "President")},
                ("g3", "x"): {("US", "Minister of Education")}, ("g4", "y"): {("KZ", "Prime Minister")}}
    kept = credible(presumed, stated)
    assert kept[("g1", "hasina")] == set() and kept[("g3", "x")] == set()
    assert kept[("g2", "biden")] == {"US"}
    assert kept[("g4", "y")] == {"KZ"}  # too few stated offices of Kazakhstan to judge


def test_a_surname_with_a_heads_title_does_not_join_a_namesake_of_another_office() -> None:
    from kg.graph.people import Mention, plan_persons

    mentions = [Mention("g1", "n1", ("Elizabeth Kennedy Trudeau",), frozenset({"US"}), offices=frozenset(
                    {"Acting Assistant Secretary for Global Public Affairs"})),
                Mention("g2", "n2", ("Trudeau",), offices=frozenset({"Prime Minister"})),
                Mention("g3", "n3", ("Trudeau",), offices=frozenset({"Acting Assistant Secretary"})),
                Mention("g4", "n4", ("Jacinda Ardern",), offices=frozenset({"Prime Minister"})),
                Mention("g5", "n5", ("Ardern",), offices=frozenset({"Prime Minister"}))]
    plan = plan_persons(mentions, stop=frozenset())
    assert plan.target[("g2", "n2")] != plan.target[("g1", "n1")]
    assert plan.target[("g3", "n3")] == plan.target[("g1", "n1")]
    assert plan.target[("g5", "n5")] == plan.target[("g4", "n4")]


def test_a_headline_word_read_into_a_name_is_no_alternative_name() -> None:
    from kg.graph.people import Mention, plan_persons

    mentions = [Mention("g1", "n1", ("Antony J. Blinken", "Antony J. Blinken Keynote")),
                Mention("g2", "n2", ("Antony J. Blinken", "Mr. Blinken"))]
    plan = plan_persons(mentions, stop=frozenset({"keynote"}))
    (person,) = plan.persons.values()
    assert "Antony J. Blinken Keynote" not in person.names and "Mr. Blinken" in person.names


def test_one_person_under_a_family_name_first_a_patronymic_with_its_house_and_more_given_names() -> None:
    from kg.graph.people import Mention, plan_persons

    mentions = [Mention("g1", "a", ("Xi Jinping",), offices=frozenset({"President"})),
                Mention("g2", "b", ("Xi",), offices=frozenset({"President"})),
                Mention("g3", "c", ("Mohammed bin Zayed Al Nahyan",)), Mention("g4", "d", ("Mohammed bin Zayed",)),
                Mention("g5", "e", ("Ashraf Ghani",)), Mention("g6", "f", ("Mohammad Ashraf Ghani",)),
                Mention("g7", "g", ("Ghani",), offices=frozenset({"President"})),
                Mention("g8", "h", ("Mustafa Al-Kadhimi",)), Mention("g9", "i", ("Kadhimi",))]
    t = plan_persons(mentions, stop=frozenset()).target
    assert t[("g1", "a")] == t[("g2", "b")]
    assert t[("g3", "c")] == t[("g4", "d")]
    assert t[("g5", "e")] == t[("g6", "f")] == t[("g7", "g")]
    assert t[("g8", "h")] == t[("g9", "i")]


def test_the_secretary_and_a_high_representative_are_two_people() -> None:
    r = run("Secretary of State Antony J. Blinken spoke today with EU High Representative Josep Borrell. The "
            "Secretary and High Representative Borrell condemned the attack.")
    assert offices(r, "Borrell") == [("High Representative", "EU")]


def test_offices_joined_by_a_slash_share_whose_they_are() -> None:
    r = run("EU High Representative/Vice-President Josep Borrell said the EU stands with Ukraine.")
    assert offices(r, "Borrell") == [("High Representative", "EU"), ("Vice-President", "EU")]


def test_a_short_form_of_a_given_name_is_the_same_person() -> None:
    from kg.graph.people import Mention, plan_persons

    mentions = [Mention("g1", "a", ("Tom Vilsack",)), Mention("g2", "b", ("Thomas J. Vilsack",)),
                Mention("g3", "c", ("Vilsack",)), Mention("g4", "d", ("Bob Malley",)), Mention("g5", "e", ("Rob Malley",)),
                Mention("g6", "f", ("Jill Biden",)), Mention("g7", "g", ("Joe Biden",))]
    t = plan_persons(mentions, stop=frozenset()).target
    assert t[("g1", "a")] == t[("g2", "b")] == t[("g3", "c")]
    assert t[("g4", "d")] == t[("g5", "e")]
    assert t[("g6", "f")] != t[("g7", "g")]


def test_a_staff_office_for_a_president_is_the_staffers_and_the_president_keeps_their_own() -> None:
    r = run("BRUSSELS, April 21, 2022. Deputy Secretary of State Wendy Sherman met today in Brussels with Bjoern "
            "Seibert, Head of Cabinet of the European Commission President Ursula von der Leyen.")
    assert offices(r, "Seibert") == [("Head of Cabinet of the European Commission President", "EC")]
    assert offices(r, "von der Leyen") == [("President", "EC")]


def test_a_bare_title_shorter_than_the_persons_own_office_is_no_office_of_the_publishers_state() -> None:
    r = run("WASHINGTON, June 1, 2022. Secretary Blinken welcomed NATO Secretary General Jens Stoltenberg. QUESTION: And "
            "Secretary Stoltenberg, how confident are you?")
    assert offices(r, "Stoltenberg") == [("Secretary General", "NATO")]


def test_officials_met_on_a_trip_to_several_countries_take_none_of_their_states_by_presumption() -> None:
    r = run("WASHINGTON, March 2, 2022. Secretary Blinken will travel to Belgium, Poland and Moldova. Secretary Blinken "
            "traveled to Brussels and Poland. In Chisinau, he will meet President Maia Sandu and Prime Minister "
            "Natalia Gavrilita.")
    assert offices(r, "Maia Sandu") == [("President", None)]


def test_a_compass_word_ending_a_name_is_the_surname() -> None:
    r = run("WASHINGTON, 9 May 2022 - Special Representative for Afghanistan Tom West met Taliban representatives "
            "in Doha. Senator Elizabeth North met Foreign Minister Kuleba South of Kyiv.")
    assert {p.name for p in r.persons} >= {"Tom West", "Elizabeth North", "Kuleba"}
    assert "Kuleba South" not in {p.name for p in r.persons}


def test_an_office_listing_portfolios_with_commas_is_one_office_of_the_name_after_it() -> None:
    r = run("WASHINGTON, 9 May 2022 - Special Envoy for Afghan Women, Girls, and Human Rights Rina Amiri met "
            "Taliban representatives.")
    assert [(p.name, [o.title for o in p.roles]) for p in r.persons] == [
        ("Rina Amiri", ["Special Envoy for Afghan Women, Girls, and Human Rights"])]


def test_a_plural_headline_verb_is_no_part_of_the_name_before_it() -> None:
    r = extract(make_release("t", "Secretary Blinken and Special Envoy Amiri Launch Consultative Group",
                             "WASHINGTON, 28 July 2022 - Secretary Blinken and Special Envoy Rina Amiri launched a group."))
    assert not [p.name for p in r.persons if "Launch" in p.name]


def test_a_portfolio_word_ends_no_office_and_names_no_one() -> None:
    r = run("ASUNCIÓN, 23 Dec 2024 - Mr Grossi and the Minister of Public Health and Social Welfare, María Teresa "
            "Barán, signed Practical Arrangements. Austria: Vice-Chancellor Werner Kogler, Minister of Arts and "
            "Culture, Civil Service and Sport.")
    offices = {p.name: [o.title for o in p.roles] for p in r.persons}
    assert offices["María Teresa Barán"] == ["Minister of Public Health and Social Welfare"]
    assert not {"Welfare", "Civil", "Sport"} & set(offices)


def test_a_citys_name_after_a_title_is_a_given_name_before_a_surname() -> None:
    r = run("ASUNCIÓN, 23 Dec 2024 - Director General Rafael Mariano Grossi met President Santiago Peña today.")
    assert {"Rafael Mariano Grossi", "Santiago Peña"} <= {p.name for p in r.persons}


def test_a_citys_name_after_an_offices_comma_or_counterpart_is_a_given_name() -> None:
    r = run("MONTEVIDEO, 14 Oct 2021 - The Minister of Foreign Affairs, Francisco Bustillo, received today the Minister "
            "of Foreign Affairs of the Argentine Republic, Santiago Cafiero, who is on his first official visit to "
            "Uruguay. Later, his counterpart Santiago Cafiero met President Luis Lacalle Pou.")
    assert {"Francisco Bustillo", "Santiago Cafiero", "Luis Lacalle Pou"} == {p.name for p in r.persons}
    assert [i.participants for i in r.interactions if i.type == "visit"] == [["Santiago Cafiero", "Uruguay"]]


def test_a_ministry_named_in_the_issuer_line_is_the_publishers_and_a_three_country_trip_is_three_visits() -> None:
    r = extract(make_release("t", "Foreign Secretary visits Germany, Poland and Sweden", (
        "News story\n\nForeign Secretary David Lammy has travelled to Germany, Poland and Sweden to reset relations "
        "with European partners and to underline the UK's support for Ukraine.\n\nFrom: Foreign, Commonwealth & "
        "Development Office\nPublished 7 July 2024\n\nIn Berlin yesterday evening, the Foreign Secretary met German "
        "Foreign Minister Annalena Baerbock. Ukraine needs support, and Ukraine will get it, Ukraine was told.")))
    assert {tuple(i.participants) for i in r.interactions if i.type == "visit"} == {
        ("David Lammy", "Germany"), ("David Lammy", "Poland"), ("David Lammy", "Sweden")}
    assert "FCDO" in {o.name for o in r.organizations}


def test_an_office_in_the_plural_is_each_listed_persons() -> None:
    r = run("BISHKEK, 13 March 2025 - The talks began with the participation of the Ministers of Foreign Affairs of "
            "the two countries, Jeenbek Kulubaev and Sirojiddin Muhriddin. The Foreign Ministers of Armenia and "
            "Georgia, Ararat Mirzoyan and Ilia Darchiashvili, met.")
    offices = {p.name: [(o.title, o.of) for o in p.roles] for p in r.persons}
    assert offices["Sirojiddin Muhriddin"][0][0] == "Minister of Foreign Affairs"
    assert offices["Ararat Mirzoyan"] == [("Foreign Minister", "Armenia")]
    assert offices["Ilia Darchiashvili"] == [("Foreign Minister", "Georgia")]


def test_a_given_name_written_short_with_a_dot_is_part_of_the_name() -> None:
    r = run("DHAKA, 24 August 2025 - Foreign Adviser Md. Touhid Hossain met Deputy Prime Minister Mohammad Ishaq Dar. "
            "Md. Jashim Uddin attended.")
    offices = {p.name: [o.title for o in p.roles] for p in r.persons}
    assert offices == {"Md. Touhid Hossain": ["Foreign Adviser"], "Mohammad Ishaq Dar": ["Deputy Prime Minister"],
                       "Md. Jashim Uddin": []}


def test_an_office_goes_on_past_a_party_body_the_gazetteer_does_not_know() -> None:
    r = run("CAIRO, 14 January 2024 - President Abdel Fattah El-Sisi received today Mr. Wang Yi, Member of the Political "
            "Bureau of the Communist Party of China Central Committee and Minister of Foreign Affairs of the People's "
            "Republic of China. The two Foreign Ministers had discussed Gaza in a telephone call last month.")
    roles = {p.name: [(o.title, o.of) for o in p.roles] for p in r.persons}
    assert ("Minister of Foreign Affairs", "China") in roles["Wang Yi"]


def test_those_met_by_a_minister_paying_a_visit_abroad_hold_the_hosts_offices() -> None:
    from pathlib import Path

    from kg.sources import read_file

    [release] = read_file(Path(__file__).parent / "blind11" / "releases" / "be-2024-05-28-lahbib-fall-dakar-visit.txt")
    r = extract(release)  # (the Belgian ministry's release, dated Dakar: "is paying an official visit to Senegal")
    assert offices(r, "Faye") == [("President", "Senegal")]
    assert offices(r, "Ibrahima Sy") == [("Minister of Health and Social Action", "Senegal")]
    assert offices(r, "Lahbib") == [("Minister", "Belgium")]


def test_a_title_after_a_states_body_is_that_states_office_not_the_publishers() -> None:
    r = run("WASHINGTON, February 9, 2022 – Deputy Secretary of State Wendy Sherman spoke today with French MFA "
            "Secretary General Francois Delattre, Italian MFA Political Director Pasquale Ferrara, and Australian "
            "Department of Foreign Affairs and Trade Secretary Jan Adams.")
    assert offices(r, "Delattre") == [("Secretary General", "France")]
    assert offices(r, "Ferrara") == [("Political Director", "Italy")]
    assert offices(r, "Adams")[0][1] == "Australia"
    assert offices(r, "Sherman") == [("Deputy Secretary of State", "United States")]


def test_a_state_joined_to_a_title_by_and_gives_it_no_state() -> None:
    r = run("WASHINGTON, February 8, 2022 – I will ask you about Lebanon and Senior Advisor Amos Hochstein, "
            "who is in Beirut today.")
    assert offices(r, "Hochstein") == [("Senior Advisor", "United States")]


def test_the_publishers_official_named_bare_who_travelled_keeps_the_publishers_state() -> None:
    from kg.sources import make_release as release

    record = extract(release("ca", "Prime Minister Carney and President Sheinbaum launch a partnership",
                             "News release\nSeptember 18, 2025\nMexico City, Mexico\n\nToday, the Prime Minister, "
                             "Mark Carney, met with the President of Mexico, Claudia Sheinbaum, at the National Palace. "
                             "The Prime Minister arrived in Mexico City yesterday evening for his first visit to Mexico "
                             "since taking office. Canada and Canadian firms welcome the partnership."))
    assert offices(record, "Carney") == [("Prime Minister", "Canada")]
    assert offices(record, "Sheinbaum") == [("President", "Mexico")]
    assert any(i.type == "visit" and i.participants == ["Mark Carney", "Mexico"] for i in record.interactions)


def test_the_secretary_who_traveled_to_a_country_is_no_official_of_it() -> None:
    r = run("WASHINGTON, June 24, 2021 – QUESTION: The Secretary traveled to Germany yesterday. Secretary Blinken met "
            "Chancellor Merkel in Berlin, and President Biden spoke with her too.")
    assert offices(r, "Blinken") == [("Secretary", "United States")]


def test_an_office_of_a_city_then_a_comma_then_the_name_is_that_persons() -> None:
    r = run("SANTIAGO, August 5, 2024 – On Tuesday, the President will meet the Mayor of Santiago, Irací Hassler, and "
            "former President Ricardo Lagos.")
    assert [title for title, _ in offices(r, "Hassler")] == ["Mayor of Santiago"]


def test_a_member_of_parliament_written_after_the_name_is_an_office_with_no_presumed_state() -> None:
    r = run("CANBERRA, 22 March 2024 – Hon. January Makamba (MP), Minister for Foreign Affairs of Tanzania, and "
            "Richard Marles MP, Deputy Prime Minister, met. The Hon. Frederick A. Mitchell, M.P., has returned.")
    assert offices(r, "Makamba") == [("Minister for Foreign Affairs", "Tanzania"), ("MP", "Tanzania")]
    assert ("MP", None) in offices(r, "Marles")
    assert offices(r, "Mitchell") == [("M.P.", None)]


def test_the_state_a_header_line_names_is_the_publishers_wherever_the_release_was_written() -> None:
    body = ("Chief Adviser's Press Wing\nGovernment of the People's Republic of Bangladesh\n\nBangkok, April 4: Chief "
            "Adviser Muhammad Yunus today held a bilateral meeting with Indian Prime Minister Narendra Modi on the "
            "sidelines of the 6th BIMSTEC Summit in Bangkok. Thailand hosted the summit; Thai Prime Minister "
            "Paetongtarn Shinawatra welcomed the leaders to Thailand.")
    record = extract(make_release("x", "Chief Adviser meets Modi", body))
    yunus = next(p for p in record.persons if p.name == "Muhammad Yunus")
    assert [(r.title, r.of) for r in yunus.roles] == [("Chief Adviser", "Bangladesh")]
    # a note of the language a release was translated from names no publisher
    body = "(Unofficial translation from French)\n\nThe President met the Prime Minister of Mauritania in Nouakchott."
    record = extract(make_release("y", "Visit", body))
    assert all(r.of != "France" for p in record.persons for r in p.roles)


def test_an_office_written_again_after_the_name_says_whose_it_is() -> None:
    record = extract(make_release("x", "Forum", "BEIJING, 30 May 2024 – The session was attended by His Majesty King "
                                  "Hamad bin Isa Al Khalifa, the King of the Kingdom of Bahrain, who is on a state "
                                  "visit to China. President Wavel Ramkalawan held a telephone conversation with the "
                                  "Prime Minister of the Republic of Mauritius, Dr the Hon. Navinchandra Ramgoolam."))
    roles = {p.name: [(r.title, r.of) for r in p.roles] for p in record.persons}
    assert roles["Hamad bin Isa Al Khalifa"] == [("King", "Bahrain")]
    assert roles["Navinchandra Ramgoolam"] == [("Prime Minister", "Mauritius")]
    assert ["Hamad bin Isa Al Khalifa", "China"] in [i.participants for i in record.interactions if i.type == "visit"]
    assert ["Wavel Ramkalawan", "Navinchandra Ramgoolam"] in [i.participants for i in record.interactions
                                                              if i.type == "call"]


def test_a_portfolio_named_in_an_office_is_no_person() -> None:
    record = extract(make_release("x", "Talks", "Foreign Affairs Adviser Md Touhid Hossain and High Representative to "
                                  "the Chief Adviser on Rohingya Issue and Priority Matters Dr Khalilur Rahman were "
                                  "present. Minister Hugh Todd received the Minister of Foreign Affairs, International "
                                  "Business and International Cooperation of Suriname, Albert Ramdin."))
    names = {p.name for p in record.persons}
    assert not names & {"Rohingya Issue", "Priority Matters", "International Business"}
    assert {"Md Touhid Hossain", "Khalilur Rahman", "Albert Ramdin"} <= names


def test_a_royal_named_bare_in_a_republics_release_is_not_presumed_its() -> None:
    record = run("WASHINGTON, 8 July 2021 – The United States welcomes the agreement between Israel and Jordan. We "
                 "commend King Abdullah II for his leadership. The Crown Prince and Prime Minister, Mohammed bin Salman, "
                 "also welcomed it.")
    roles = {p.name: [(r.title, r.of) for r in p.roles] for p in record.persons}
    assert roles["Abdullah II"] == [("King", None)]
    assert roles["Mohammed bin Salman"] == [("Crown Prince", None), ("Prime Minister", None)]
    abdullah = next(p for p in record.persons if p.name == "Abdullah II")
    assert "II" not in abdullah.aliases  # a regnal number is no one's family name
    record = run("AMMAN, 23 January 2025 – His Majesty King Abdullah II received the Crown Prince, Hussein bin Abdullah.")
    assert {p.name: [(r.title, r.of) for r in p.roles] for p in record.persons}["Hussein bin Abdullah"] == [
        ("Crown Prince", "Jordan")]


def test_where_the_lead_says_the_host_received_a_guest_is_the_publishers_state() -> None:
    # no dateline, and the guest's state named more often than any other
    record = run("President Félix Tshisekedi received on Tuesday, at the Cité de l'Union africaine in Kinshasa, the "
                 "Minister of External Relations of Angola, Téte António. The audience took place in the presence of "
                 "Minister of Foreign Affairs Thérèse Kayikwamba Wagner. The envoy said Angola and Angola's mediation "
                 "would continue.", title="The President receives an envoy")
    roles = {p.name: [(r.title, r.of) for r in p.roles] for p in record.persons}
    assert roles["Félix Tshisekedi"] == [("President", "Democratic Republic of the Congo")]
    assert roles["Thérèse Kayikwamba Wagner"] == [("Minister of Foreign Affairs", "Democratic Republic of the Congo")]
    assert roles["Téte António"] == [("Minister of External Relations", "Angola")]


def test_the_state_of_the_headlines_first_person_is_the_publishers() -> None:
    # no dateline, and the other side's state named more often
    record = run("On 19 January, Lithuania's Minister of Foreign Affairs Gabrielius Landsbergis held a telephone "
                 "conversation with Minister for Foreign Affairs of Ukraine Dmytro Kuleba. The ministers discussed "
                 "Ukraine's security and support for Ukraine. Vice Minister Mantas Adomėnas will travel to Kyiv next week.",
                 title="Foreign Minister Landsbergis discusses the security situation with Ukraine's Foreign Minister Kuleba")
    roles = {p.name: [(r.title, r.of) for r in p.roles] for p in record.persons}
    assert roles["Mantas Adomėnas"] == [("Vice Minister", "Lithuania")]


def test_a_headlines_words_and_an_adverb_are_no_part_of_an_office() -> None:
    r = run("Secretary of State Antony J. Blinken will travel to Rabat, Morocco from March 28 to 30.",
            title="Commitments to Security and Prosperity Underscore Secretary Blinken’s Travel to Morocco")
    assert offices(r, "Blinken") == [("Secretary of State", "United States")]
    r = run("QUESTION: Apparently Secretary Blinken met this morning with AfghanEvac. There is new pressure "
            "from Congress for Secretary Blinken to act.")
    assert {title for title, _ in offices(r, "Blinken")} == {"Secretary"}


def test_one_unknown_word_or_a_portfolio_still_makes_an_office() -> None:
    r = run("Cyber Ambassador Nate Fick met the Special Representative for Korean Peninsula Peace and "
            "Security Affairs Noh Kyu-duk and Port-au-Prince Bar Association President Monferrier Dorval.")
    assert [t for t, _ in offices(r, "Fick")] == ["Cyber Ambassador"]
    assert [t for t, _ in offices(r, "Kyu-duk")] == ["Special Representative for Korean Peninsula Peace and Security Affairs"]
    assert [t for t, _ in offices(r, "Dorval")] == ["Bar Association President"]


def test_an_office_after_a_name_stops_at_the_and_of_the_next_person() -> None:
    r = run("H.E. Hayashi Yoshimasa, Minister for Foreign Affairs of Japan and the Honorable Antony Blinken, "
            "Secretary of State of the United States of America, convened a virtual meeting.")
    assert offices(r, "Yoshimasa") == [("Minister for Foreign Affairs", "Japan")]
    assert offices(r, "Blinken") == [("Secretary of State", "United States")]


def test_an_office_addressed_or_under_which_is_no_office_of_the_name_after_it() -> None:
    r = run("QUESTION: And yet, Mr. Secretary, Putin is clearly completely undeterred. Under President Putin, "
            "Russian authorities have repeatedly acted.")
    assert [t for t, _ in offices(r, "Putin")] == ["President"]
    r = run("Under Secretary Victoria Nuland met the press.")
    assert [t for t, _ in offices(r, "Nuland")] == ["Under Secretary"]


def test_where_the_lead_says_a_guest_arrived_is_the_publishers_state() -> None:
    # no dateline, the header names no state, the guest's state is named more often than the host's:
    # "President Ruto, who arrived in Seoul on Sunday for an official visit" makes it Korea's release
    from pathlib import Path
    from kg.extract import extract_files
    release = Path(__file__).parent / "blind16" / "releases" / "kr-2024-06-03-yoon-ruto-summit.txt"
    record = next(extract_files([release]))
    assert offices(record, "Yoon Suk Yeol") == [("President", "South Korea")]


def test_each_side_named_after_its_officials_is_their_state() -> None:
    r = run("SEOUL, June 3 – President Yoon Suk Yeol held talks with President William Samoei Ruto of Kenya, "
            "attended by Foreign Minister Cho Tae-yul on the Korean side, and by Prime Cabinet Secretary Musalia "
            "Mudavadi on the Kenyan side.")
    assert offices(r, "Mudavadi") == [("Prime Cabinet Secretary", "Kenya")]


def test_a_speaker_with_an_office_or_a_misspelt_one_is_no_place_and_the_header_city_is() -> None:
    record = run("Antony J. Blinken, Secretary of State\n\nRome, Italy\n\nWestin Excelsior\n\nFOREIGN MINISTER LAPID: "
                 "Hello, everybody. Secretary Blinken and I represent new administrations.")
    assert record.place == "Rome"
    assert run("ECRETARY BLINKEN: Well, good morning, everyone. Welcome to Washington.").place is None


def test_a_minister_with_a_long_portfolio_paying_a_visit_is_the_publishers_not_the_datelines() -> None:
    record = run("FPS Foreign Affairs, Foreign Trade and Development Cooperation\nNews | 28.05.2024\n\nDakar, 28 May 2024"
                 "\n\nThe Minister of Foreign Affairs, European Affairs and Foreign Trade, and the Federal Cultural "
                 "Institutions, Hadja Lahbib, is paying an official visit to Senegal on 27 and 28 May. This morning, "
                 "the Minister was received in audience by President Faye. She conveyed the congratulations of the "
                 "Belgian government.", title="Minister Lahbib in Dakar")
    assert record.place == "Dakar"
    assert {of for _, of in offices(record, "Lahbib")} == {"Belgium"}


def test_a_spokespersons_byline_is_no_issuing_body() -> None:
    record = run("Ned Price, Department Spokesperson\n\nThe United States supports the recommendations of the "
                 "African Union Peace and Security Council regarding Chad.")
    assert not [o.name for o in record.organizations if "Spokesperson" in o.name]


def test_a_dateline_abroad_among_the_header_lines_is_not_who_issued_the_release() -> None:
    record = run("Prensa Presidencia\nGovernment of Chile\n\nNew Delhi, India, 1 April 2025.\n\nAs part of his State "
                 "Visit, the President of the Republic, Gabriel Boric Font, held a bilateral meeting with the Prime "
                 "Minister of India, Narendra Modi, at Hyderabad House.", title="President Boric meets Prime Minister Modi")
    assert {of for _, of in offices(record, "Boric Font")} == {"Chile"}  # (not India, where it was issued)


def test_an_office_before_a_royal_style_is_the_holders_of_the_state_whose_delegation_he_led() -> None:
    r = run("President Barrow took over the chairmanship of the Summit from the Kingdom of Saudi Arabia, whose "
            "delegation was led by the Minister of Foreign Affairs, His Royal Highness Prince Faisal bin Farhan Al Saud.")
    assert offices(r, "Al Saud") == [("Minister of Foreign Affairs", "Saudi Arabia")]  # (no "Royal Highness" office)
    r = run("The Chilean delegation, led by Foreign Minister Alberto van Klaveren, met President Barrow.")
    assert offices(r, "van Klaveren") == [("Foreign Minister", "Chile")]


def test_a_document_signed_with_its_secretary_general_is_signed_with_that_bodys_officer() -> None:
    r = run("On 11 July, the Secretary General of BIMSTEC, Indra Mani Pandey, held talks in New Delhi. He also signed a "
            "Memorandum of Understanding between the BIMSTEC Secretariat and the Indian Ocean Rim Association with its "
            "Secretary General, Salman Al Farisi, who was in New Delhi for the occasion.")
    assert [i.participants for i in r.interactions if i.type == "signing"] == [["Indra Mani Pandey", "Salman Al Farisi"]]
    assert offices(r, "Al Farisi") == [("Secretary General", "IORA")]


def test_bhutans_king_and_prime_minister_by_their_titles_and_an_audience_granted_by_the_king() -> None:
    r = extract(make_release("bt", "State Visit", "Thimphu, 22 March 2024\n\nAt the invitation of His Majesty The Druk "
                             "Gyalpo Jigme Khesar Namgyel Wangchuck, the Prime Minister of the Republic of India, Shri "
                             "Narendra Modi, arrived in Bhutan today on a State Visit. Lyonchhen Tshering Tobgay received "
                             "Prime Minister Modi at Paro International Airport this morning. In the afternoon, Prime "
                             "Minister Modi was granted an Audience by His Majesty The King at Tashichhodzong."))
    assert offices(r, "Wangchuck") == [("Druk Gyalpo", "Bhutan")]
    assert offices(r, "Tobgay") == [("Prime Minister", "Bhutan")]
    met = {frozenset(i.participants): i.place for i in r.interactions if i.type == "meeting"}
    assert met == {frozenset({"Tshering Tobgay", "Narendra Modi"}): "Thimphu",  # (the airport's city is no venue)
                   frozenset({"Narendra Modi", "Jigme Khesar Namgyel Wangchuck"}): "Thimphu"}


def test_a_place_named_after_a_person_is_no_person_and_a_portfolio_of_growth_is_an_office() -> None:
    r = run("Prime Minister Hon. John Briceño today welcomed the President of the Republic of Guatemala, His Excellency "
            "Bernardo Arévalo, to the Sir Edney Cain Building. He arrived at the Philip S. W. Goldson International "
            "Airport yesterday, and met Belize's Minister of Home Affairs and New Growth Industries, Hon. Kareem Musa. "
            "Under Secretary for Economic Growth, Energy, and Environment Jose W. Fernandez also attended.")
    assert {p.name for p in r.persons} == {"John Briceño", "Bernardo Arévalo", "Kareem Musa", "Jose W. Fernandez"}
    assert offices(r, "Kareem Musa") == [("Minister of Home Affairs and New Growth Industries", "Belize")]


def test_officials_met_in_a_foreign_capital_are_of_its_state_not_the_publishers() -> None:
    r = run("U.S. Deputy Secretary of State Wendy Sherman met yesterday in Hanoi with Foreign Minister Bui Thanh Son "
            "and Vice Foreign Minister Ha Kim Ngoc in separate meetings. Sherman conveyed President Biden's greetings.",
            title="Deputy Secretary Sherman's Meetings with Vietnamese Officials")
    assert offices(r, "Bui Thanh Son") == [("Foreign Minister", "Vietnam")]
    assert offices(r, "Ha Kim Ngoc") == [("Vice Foreign Minister", "Vietnam")]
    assert offices(r, "Biden") == [("President", "United States")]  # (named elsewhere: still the publisher's)
    # (a gathering's city is no host: officials of many states meet there)
    r = run("Secretary Antony Blinken met today in Brussels with Foreign Minister Ann Linde on the margins of the "
            "NATO Ministerial.", title="Secretary Blinken's Meeting")
    assert ("Foreign Minister", "Belgium") not in offices(r, "Linde")


def test_those_who_took_part_on_a_states_side_are_of_that_state_and_at_the_meeting() -> None:
    r = run("On August 8, President of the Republic of Azerbaijan Ilham Aliyev, who is on a working visit to Washington, "
            "met with President of the United States of America Donald Trump at the White House. The meeting continued "
            "with the participation of delegations. Minister of Foreign Affairs Jeyhun Bayramov and Assistant to the "
            "President Hikmet Hajiyev took part on the Azerbaijani side, and Secretary of State Marco Rubio on the "
            "American side.", title="Meeting at the White House")
    assert offices(r, "Bayramov") == [("Minister of Foreign Affairs", "Azerbaijan")]
    assert offices(r, "Hajiyev") == [("Assistant to the President", "Azerbaijan")]  # (not the host's, the US)
    met = [set(i.participants) for i in r.interactions if i.type == "meeting"]
    assert {"Ilham Aliyev", "Donald Trump", "Jeyhun Bayramov", "Hikmet Hajiyev", "Marco Rubio"} in met


def test_an_official_named_bare_beside_one_of_the_host_state_is_not_the_hosts() -> None:
    r = run("The Deputy Prime Minister arrived in Dhaka on Saturday on a two-day official visit to Bangladesh, the first "
            "by a Pakistani foreign minister since 2012. Both sides welcomed the consultations held in Dhaka in April, "
            "when Foreign Secretary Amna Baloch and Bangladesh Foreign Secretary Md. Jashim Uddin met.",
            title="Pakistan's Deputy Prime Minister in Dhaka")
    assert offices(r, "Jashim Uddin") == [("Foreign Secretary", "Bangladesh")]
    assert ("Foreign Secretary", "Bangladesh") not in offices(r, "Amna Baloch")


def test_the_office_of_a_regional_body_the_gazetteer_lacks_is_that_bodys_not_the_publishers_state() -> None:
    from kg.extract import extract
    from kg.sources import make_release

    r = extract(make_release("tg", "BOAD and ECOWAS", "Lomé (Togo), 17 October 2024 – The President of the West "
                             "African Development Bank (BOAD), Mr. Serge Ekué, received the Governor of the Central "
                             "Bank of West African States, Mr. Jean-Claude Kassi Brou, and the Head of the "
                             "International Policy Bureau, Mieszko Pawlak."))
    of = {p.name: {role.of for role in p.roles} for p in r.persons}
    assert of["Serge Ekué"] == {"West African Development Bank"}
    assert of["Jean-Claude Kassi Brou"] == {"Central Bank of West African States"}
    assert of["Mieszko Pawlak"] != {"International Policy Bureau"}  # (a unit of a state's own office)


def test_a_shadow_minister_keeps_the_word_that_says_he_holds_no_office_of_state() -> None:
    r = run("LONDON, 3 March 2025 – The Foreign Secretary, David Lammy, met the Shadow Foreign Secretary, "
            "Priti Patel, in London.")
    assert [title for title, _ in offices(r, "Patel")] == ["Shadow Foreign Secretary"]
    assert [title for title, _ in offices(r, "Lammy")] == ["Foreign Secretary"]


def test_a_state_of_two_words_before_or_after_a_lower_case_office_is_that_state() -> None:
    r = run("SEOUL, 12 February 2022 – North Korea leader Kim Jong Un spoke. Kim Yo-jong, the deputy "
            "director of North Korea, spoke too. Turkish Cypriot leader Ersin Tatar spoke.")
    assert offices(r, "Kim Jong Un") == [("leader", "North Korea")]
    assert [of for _, of in offices(r, "Yo-jong")] == ["North Korea"]
    assert offices(r, "Tatar") == [("leader", "Cyprus")]


def test_a_title_with_a_family_name_written_first_is_not_a_namesake_spelled_otherwise() -> None:
    from kg.graph.people import Mention, plan_persons

    mentions = [Mention("g1", "n1", ("Joseph Yun", "Yun"), offices=frozenset({"Ambassador"})),
                Mention("g2", "n2", ("Yoon Suk Yeol", "Yeol"), frozenset({"KR"}), offices=frozenset({"President"})),
                Mention("g3", "n3", ("Yoon",), offices=frozenset({"President"})),
                Mention("g4", "n4", ("Yun",), offices=frozenset({"Ambassador"}))]
    plan = plan_persons(mentions, stop=frozenset())
    assert plan.target[("g3", "n3")] == plan.target[("g2", "n2")]
    assert plan.target[("g4", "n4")] == plan.target[("g1", "n1")]
    assert plan.target[("g1", "n1")] != plan.target[("g2", "n2")]


def test_a_given_name_with_or_without_its_hyphen_is_one_person() -> None:
    from kg.graph.people import Mention, plan_persons

    mentions = [Mention("g1", "n1", ("Cho Hyun-dong",), frozenset({"KR"})),
                Mention("g2", "n2", ("Cho Hyundong",), frozenset({"KR"})),
                Mention("g3", "n3", ("Cho Tae-yong",), frozenset({"KR"}))]
    plan = plan_persons(mentions, stop=frozenset())
    assert plan.target[("g1", "n1")] == plan.target[("g2", "n2")] != plan.target[("g3", "n3")]


def test_presidents_listed_each_after_their_state_hold_that_states_presidency() -> None:
    r = run("LISBON, 27 August 2023 – The Conference was attended by the Presidents of Brazil, Luiz Inácio Lula da "
            "Silva, of Portugal, Marcelo Rebelo de Sousa, and of Cabo Verde, José Maria Neves.")
    assert {p.name: [(x.title, x.of) for x in p.roles] for p in r.persons} == {
        "Luiz Inácio Lula da Silva": [("President", "Brazil")], "Marcelo Rebelo de Sousa": [("President", "Portugal")],
        "José Maria Neves": [("President", "Cabo Verde")]}


def test_a_name_with_a_particle_received_without_an_office_is_a_person() -> None:
    r = run("BRASILIA, 5 May 2024 – President Luiz Inácio Lula da Silva received Marcelo Rebelo de Sousa.")
    assert [(i.type, i.participants) for i in r.interactions] == [
        ("meeting", ["Luiz Inácio Lula da Silva", "Marcelo Rebelo de Sousa"])]


def test_a_secretary_of_state_of_a_publisher_that_never_names_the_united_states_is_its_own() -> None:
    body = ("Secretariat of State for Foreign Affairs and International Cooperation\nRepublic of Honduras\n\n"
            "Beijing, People's Republic of China, 12 June 2023. The President of the Republic, Iris Xiomara Castro "
            "Sarmiento, held talks with the President of the People's Republic of China, Xi Jinping. The meeting was "
            "attended by the Secretary of State in the Office of Foreign Affairs and International Cooperation, "
            "Eduardo Enrique Reina.")
    r = extract(make_release("t", "Castro in Beijing", body))
    assert [of for _, of in offices(r, "Reina")] == ["Honduras"]
    us = run("WASHINGTON, 12 June 2023 – Secretary of State Antony Blinken met Foreign Minister Eduardo Enrique Reina.")
    assert [of for _, of in offices(us, "Blinken")] == ["United States"]


def test_a_state_visit_to_the_publishers_state_leaves_its_officials_its_own_and_the_delegation_the_visitors() -> None:
    from kg.extract import extract
    from kg.sources import make_release

    body = ("August 04, 2022\n\nPresident Ibrahim Mohamed Solih of Maldives paid a State Visit to India. The President was "
            "accompanied by a high-level delegation including Foreign Minister Abdulla Shahid, who is also President of "
            "the 76th Session of the UN General Assembly, and Minister of Economic Development Fayyaz Ismail.\n\n"
            "The leaders recalled Prime Minister Narendra Modi's visit to the Maldives in June 2019. President Solih "
            "then met Chief Minister Eknath Shinde in Mumbai.\n\nNew Delhi")
    r = extract(make_release("in", "State Visit of the President of Maldives to India", body))
    states = {p.name: {role.of for role in p.roles} for p in r.persons}
    assert states["Eknath Shinde"] == {"India"}  # (the host's, not the state of a visit recalled)
    assert states["Abdulla Shahid"] == states["Fayyaz Ismail"] == {"Maldives"}  # (who came with the President)


def test_officials_met_on_a_trip_to_several_states_are_of_the_state_their_sentence_opens_with() -> None:
    from kg.extract import extract
    from kg.sources import make_release

    body = ("Special Presidential Envoy for Climate John Kerry traveled to the United Arab Emirates, Saudi Arabia and Egypt. "
            "In the Kingdom of Saudi Arabia, Special Presidential Envoy Kerry met with Crown Prince Mohammed bin Salman and "
            "Minister of Energy Abdulaziz bin Salman Al Saud. In Egypt, he met with Prime Minister Mostafa Madbouly.")
    r = extract(make_release("us", "Special Envoy Kerry's Visit to the UAE, Saudi Arabia and Egypt", body,
                             publisher="U.S. Department of State"))
    states = {p.name: {role.of for role in p.roles} for p in r.persons}
    assert states["Mohammed bin Salman"] == states["Abdulaziz bin Salman Al Saud"] == {"Saudi Arabia"}
    assert states["Mostafa Madbouly"] == {"Egypt"}


def test_an_office_then_the_most_hon_before_a_name_is_that_persons() -> None:
    from kg.extract import extract
    from kg.sources import make_release

    r = extract(make_release("jm", "Ministers meet", "Minister Shirley Ayorkor Botchwey paid a courtesy call on the Prime "
                             "Minister, the Most Hon. Andrew Holness, ON, PC, MP, at Jamaica House. Minister Kamina Johnson "
                             "Smith said that Prime Minister the Most Hon. Andrew Holness had written to Prime Minister "
                             "Justin Trudeau.", date="2023-05-19"))
    holness = next(p for p in r.persons if p.name == "Andrew Holness")
    assert [role.title for role in holness.roles] == ["Prime Minister"]
    assert ["Shirley Ayorkor Botchwey", "Andrew Holness"] in [i.participants for i in r.interactions]


def test_a_bare_surname_joins_the_namesake_the_titled_surnames_joined() -> None:
    from kg.graph.people import Mention, plan_persons

    us = frozenset({"US"})
    # Joe Biden named in full in four releases, his wife in two, their son in one; "President Biden"
    # in eight more: a bare "Biden" is the President, however evenly the full names fall
    mentions = [Mention(f"j{k}", "n", ("Joe Biden",), us, offices=frozenset({"President"})) for k in range(4)] + \
        [Mention(f"w{k}", "n", ("Jill Biden",), us, offices=frozenset({"First Lady"})) for k in range(2)] + \
        [Mention("h", "n", ("Hunter Biden",))] + \
        [Mention(f"p{k}", "n", ("Biden",), offices=frozenset({"President"})) for k in range(8)] + \
        [Mention("b", "n", ("Biden",))]
    plan = plan_persons(mentions, stop=frozenset())
    assert plan.target[("p0", "n")] == plan.target[("j0", "n")] != plan.target[("w0", "n")]
    assert plan.target[("b", "n")] == plan.target[("j0", "n")]


MURMU = ("The President of India, Smt Droupadi Murmu, arrived in Dili today on the last leg of her State Visits.\n\n"
         "Later in the day, the President held talks with President Ramos-Horta at the Presidential Palace.\n\n"
         "The President informed President Ramos-Horta of India's decision to open a resident Embassy in Dili.")


def test_what_a_president_was_told_of_is_not_his_state() -> None:
    r = run(MURMU, title="President of India arrives in Dili; holds talks with President José Ramos-Horta")
    assert offices(r, "Ramos-Horta") == [("President", None)] or ("President", "India") not in offices(r, "Ramos-Horta")


def test_a_headline_office_of_a_state_before_a_verb_is_that_states_holder() -> None:
    r = run(MURMU, title="President of India arrives in Dili; holds talks with President José Ramos-Horta")
    talks = [set(i.participants) for i in r.interactions if i.type == "meeting"]
    assert talks == [{"Droupadi Murmu", "José Ramos-Horta"}]


def test_a_sites_header_names_no_person() -> None:
    r = run("President of the Islamic Republic of Iran – Official Website\n\nThe President of the Islamic Republic of "
            "Iran, Dr. Masoud Pezeshkian, and the President of the Russian Federation, Vladimir Putin, on Friday "
            "signed the Treaty on Comprehensive Strategic Partnership in Moscow.", title="Iran and Russia sign treaty")
    assert {p.name for p in r.persons} == {"Masoud Pezeshkian", "Vladimir Putin"}


def test_an_office_in_the_states_own_word_is_an_office_and_its_bare_form_its_holder() -> None:
    r = run("Toraga of the Jogorku Kenesh of the Kyrgyz Republic Nurlanbek Shakiev today took part in the plenary "
            "session in St. Petersburg.\n\nOn the sidelines of the session, the Toraga held bilateral meetings with "
            "Valentina Matviyenko.", title="Toraga Nurlanbek Shakiev takes part in the plenary session")
    assert offices(r, "Shakiev") == [("Toraga of the Jogorku Kenesh", "Kyrgyz Republic")]
    assert [set(i.participants) for i in r.interactions if i.type == "meeting"] == [
        {"Nurlanbek Shakiev", "Valentina Matviyenko"}]


def test_te_beretitenti_is_kiribatis_head_of_state_not_a_person() -> None:
    r = run("Te Beretitenti, His Excellency Taneti Maamau, yesterday received Australia's Minister for International "
            "Development and the Pacific, Hon Pat Conroy MP, at State House.", title="Te Beretitenti welcomes Minister Conroy")
    assert "Te Beretitenti" not in {p.name for p in r.persons}
    assert [title for title, _ in offices(r, "Maamau")] == ["Te Beretitenti"]


def test_a_two_word_title_written_alone_is_its_one_holder() -> None:
    r = run("Te Beretitenti, His Excellency Taneti Maamau, yesterday received Minister Pat Conroy at State House.\n\n"
            "On Monday, Te Beretitenti spoke by telephone with the Prime Minister of Fiji, Hon Sitiveni Rabuka.",
            title="Te Beretitenti welcomes Minister Conroy")
    assert [set(i.participants) for i in r.interactions if i.type == "call"] == [{"Taneti Maamau", "Sitiveni Rabuka"}]


def test_a_title_written_with_its_article_is_not_read_as_a_name() -> None:
    r = run("Special Envoy for Yemen Tim Lenderking met UN Special Envoy Martin Griffiths. The Special Envoy also "
            "discussed with the Omanis their recent visit to Sana'a.", title="Special Envoy Lenderking returns")
    assert not any(i.type == "visit" and "Martin Griffiths" in i.participants for i in r.interactions)


def test_an_office_addressed_before_a_name_is_not_the_names() -> None:
    r = run("We are honored to be joined today by the First Lady of the United States, Dr. Jill Biden. Secretary of "
            "State Antony J. Blinken spoke. Madam First Lady, Secretary Blinken, and all the State Department, I say "
            "thank you.", title="Secretary Blinken at the awards")
    assert offices(r, "Blinken") == [("Secretary of State", "United States")]
    assert offices(r, "Jill Biden") == [("First Lady", "United States")]
