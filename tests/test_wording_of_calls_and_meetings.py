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
    assert {(frozenset(p), d) for p, d in events(r, "meeting")} == {(frozenset({"Lawrence Wong", "Narendra Modi"}), "2024-10-10"),
                                                                   (frozenset({"Lawrence Wong", "Shigeru Ishiba"}), "2024-10-10")}


ALBANESE = ("Prime Minister Anthony Albanese today held bilateral meetings in Melbourne with the leaders of Brunei "
            "Darussalam, Cambodia and Laos, on the second day of the Special Summit.\n\n"
            "The Summit opened on Monday with leaders of ASEAN Member States.\n\n"
            "The Minister for Foreign Affairs, Penny Wong, joined the Prime Minister for each of today's meetings.\n\n"
            "The Prime Minister and Prime Minister Hun Manet of Cambodia discussed demining and skills training.\n\n"
            "With the Prime Minister of the Lao People's Democratic Republic, Sonexay Siphandone, the Prime Minister "
            "discussed hydropower.\n\n"
            "Today's meetings follow last Thursday's visit to Canberra by President Ferdinand R. Marcos Jr. of the "
            "Philippines.")


def test_the_office_said_twice_joins_two_people_who_discussed() -> None:
    r = run(ALBANESE, title="Meetings with the leaders of Brunei Darussalam, Cambodia and Laos", date="2024-03-05")
    # (with the Foreign Minister, who "joined the Prime Minister for each of today's meetings")
    assert ({"Anthony Albanese", "Hun Manet", "Penny Wong"}, "2024-03-05") in events(r, "meeting")


def test_with_an_office_and_its_holder_opening_the_sentence_its_subject_met_them() -> None:
    r = run(ALBANESE, title="Meetings with the leaders of Brunei Darussalam, Cambodia and Laos", date="2024-03-05")
    assert ({"Anthony Albanese", "Sonexay Siphandone", "Penny Wong"}, "2024-03-05") in events(r, "meeting")


def test_a_visit_of_last_thursday_takes_that_day_and_its_city() -> None:
    r = run(ALBANESE, title="Meetings with the leaders of Brunei Darussalam, Cambodia and Laos", date="2024-03-05")
    visits = [(i.participants, i.date, i.place) for i in r.interactions if i.type == "visit"]
    assert visits == [(["Ferdinand R. Marcos Jr.", "Australia"], "2024-02-29", "Canberra")]


def test_a_deputy_prime_minister_and_foreign_minister_holds_both_offices() -> None:
    r = run("Secretary Blinken spoke with Qatari Deputy Prime Minister and Minister of Foreign Affairs Mohammed bin "
            "Abdulrahman Al-Thani.", title="Secretary Blinken's Call")
    offices = {role.title for p in r.persons if p.name == "Mohammed bin Abdulrahman Al-Thani" for role in p.roles}
    assert offices == {"Deputy Prime Minister", "Minister of Foreign Affairs"}


def test_those_present_at_the_ceremonies_sat_in_on_each_envoys_audience() -> None:
    r = run("President of the Republic of Azerbaijan Ilham Aliyev has today received the credentials of the newly "
            "appointed ambassadors of Slovenia and Kenya.\n\nMinister of Foreign Affairs Jeyhun Bayramov was present at "
            "the ceremonies.\n\nAmbassador of Slovenia Gregor Presker presented his credentials to the head of state.\n\n"
            "Ambassador of Kenya Peter Kiprop Mutai presented his credentials to President Ilham Aliyev.",
            title="Ilham Aliyev received credentials of newly appointed ambassadors", date="2024-06-25")
    assert {(frozenset(p), d) for p, d in events(r, "meeting")} == {
        (frozenset({"Ilham Aliyev", "Jeyhun Bayramov", "Gregor Presker"}), "2024-06-25"),
        (frozenset({"Ilham Aliyev", "Jeyhun Bayramov", "Peter Kiprop Mutai"}), "2024-06-25")}


def test_the_expanded_meeting_of_the_delegations_attended_by_ministers_is_theirs_too() -> None:
    r = run("The President of the Republic, Daniel Noboa Azín, received this Thursday at the Carondelet Palace the "
            "President of the Republic of Panama, José Raúl Mulino.\n\nAfter the welcome ceremony, the two Heads of State "
            "held a private meeting and then headed the expanded meeting of the two delegations, attended by the Minister "
            "of the Interior, Mónica Palencia, and the Minister of Foreign Affairs of Panama, Javier Martínez-Acha.",
            title="Presidents Noboa and Mulino meet", date="2024-10-17")
    assert events(r, "meeting") == [({"Daniel Noboa Azín", "José Raúl Mulino", "Mónica Palencia", "Javier Martínez-Acha"},
                                     "2024-10-17")]


MILEI = ("President Javier Milei held a bilateral meeting this Tuesday with the President of the People's Republic of "
         "China, Xi Jinping, in Rio de Janeiro.\n\nThe head of State was accompanied by the Minister of Economy, Luis "
         "Caputo. On the Chinese side, the Minister of Foreign Affairs, Wang Yi, took part.\n\n"
         "On Monday, the first day of the Summit, President Milei took part in the opening session. That same afternoon, "
         "the President met with the Managing Director of the International Monetary Fund, Kristalina Georgieva.\n\n"
         "The President arrived in Rio de Janeiro on Sunday night. Earlier that day he had received in Buenos Aires the "
         "President of the French Republic, Emmanuel Macron.")


def test_the_head_of_states_companions_and_the_other_sides_minister_took_part() -> None:
    r = run(MILEI, title="President Milei held a bilateral meeting with Xi Jinping", date="2024-11-19")
    assert ({"Javier Milei", "Xi Jinping", "Luis Caputo", "Wang Yi"}, "2024-11-19") in events(r, "meeting")


def test_a_sentence_opened_by_a_weekday_turns_the_day_and_that_day_is_the_day_before_named() -> None:
    r = run(MILEI, title="President Milei held a bilateral meeting with Xi Jinping", date="2024-11-19")
    assert ({"Javier Milei", "Kristalina Georgieva"}, "2024-11-18") in events(r, "meeting")
    assert ({"Javier Milei", "Emmanuel Macron"}, "2024-11-17") in events(r, "meeting")


def test_a_state_goes_by_the_name_the_text_gives_it_and_the_graph_by_the_gazetteers() -> None:
    from kg.graph.mapping import map_release
    from kg.lexicon import Lexicon

    release = make_release("t", "PM Wong in Vientiane", "Prime Minister Lawrence Wong is in Vientiane, Lao PDR, for the "
                           "ASEAN Summits. PM Wong arrived in Vientiane on the evening of 8 October.", date="2024-10-10")
    record = extract(release)
    assert [s.name for s in record.states] == ["Lao PDR"]
    assert [(i.participants, i.date) for i in record.interactions if i.type == "visit"] == \
        [(["Lawrence Wong", "Lao PDR"], "2024-10-08")]
    labels = {e.label for e in map_release(release, record, lexicon=Lexicon.load()).entities if e.code == "LA"}
    assert labels == {"Laos"}


def test_a_recalled_visit_in_a_month_is_of_that_month() -> None:
    r = run("On Monday, the President spoke by telephone with the Prime Minister of Fiji, Sitiveni Rabuka. The two "
            "leaders recalled Prime Minister Rabuka's visit to Tarawa in January.", title="Call", date="2023-08-17")
    assert [(i.participants, i.date, i.place) for i in r.interactions if i.type == "visit"] == \
        [(["Sitiveni Rabuka", "Kiribati"], "2023-01", "Tarawa")]


def test_a_working_visit_from_one_day_to_another_to_two_states_has_a_stop_in_each_on_its_day() -> None:
    r = run("Cotonou, 12 June 2024 – The Minister of Foreign Affairs, Mr. Olushegun Adjadi Bakari, carried out from 10 "
            "to 11 June 2024 a working visit to the Federal Republic of Nigeria and to the Republic of Ghana.\n\n"
            "In Abuja, on Monday 10 June, the Minister was received by Mr. Bola Ahmed Tinubu, President of the Federal "
            "Republic of Nigeria.\n\nIn Accra, on Tuesday 11 June, Minister Bakari was received by Nana Addo Dankwa "
            "Akufo-Addo, President of the Republic of Ghana.", title="Minister on a working visit", date="2024-06-12")
    visits = sorted((i.participants[1], i.date, i.place) for i in r.interactions if i.type == "visit")
    assert visits == [("Ghana", "2024-06-11", "Accra"), ("Nigeria", "2024-06-10", "Abuja")]


def test_talks_with_one_on_a_subject_and_with_another_are_two_meetings() -> None:
    r = run("President Gilberto Da Piedade Veríssimo also held talks with the Special Representative of the United "
            "Nations Secretary-General for Central Africa, Mr. Abdou Abarry, on the preparation of the next ministerial "
            "meeting, and with the Executive Secretary of SADC, Mr. Elias Mpedi Magosi.", title="Talks", date="2024-02-18")
    assert {frozenset(p) for p, _ in events(r, "meeting")} == {frozenset({"Gilberto Da Piedade Veríssimo", "Abdou Abarry"}),
                                                              frozenset({"Gilberto Da Piedade Veríssimo", "Elias Mpedi Magosi"})}
