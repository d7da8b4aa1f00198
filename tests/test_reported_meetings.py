"""Who met whom when the text says it indirectly: a message handed "to whom", a counterpart
among several officials of one state, a summit someone hosted, a plan's venue."""
from __future__ import annotations

from kg.extract import extract
from kg.records import Record
from kg.sources import make_release

BODY = ("Foreign Minister Sameh Shoukry, who is on a one-day visit to Juba, was received today by President of the "
        "Republic of South Sudan Salva Kiir Mayardit, to whom he handed over a written message from President Abdel "
        "Fattah El-Sisi. The meeting was held in the presence of South Sudan's Minister of Foreign Affairs James "
        "Pitia Morgan. Minister Shoukry thanked President Kiir for his participation in the Sudan Neighbouring "
        "Countries Summit hosted by Egypt in Cairo on 13 July. Shoukry also held a bilateral meeting with his South "
        "Sudanese counterpart, during which they agreed to convene the Joint Committee in Cairo before the end of "
        "the year. President Kiir later met President Abdel Fattah El-Sisi's envoy.")


def record() -> Record:
    return extract(make_release("t", "Foreign Minister in Juba", BODY, date="2023-08-14"))


def test_a_message_handed_to_whom_goes_to_the_person_named_before() -> None:
    messages = [i.participants for i in record().interactions if i.type == "correspondence"]
    assert messages == [["Abdel Fattah El-Sisi", "Salva Kiir Mayardit"]]


def test_a_counterpart_is_the_one_holding_the_same_office() -> None:
    pairs = [(set(i.participants), i.place) for i in record().interactions if i.type == "meeting"]
    assert ({"Sameh Shoukry", "James Pitia Morgan"}, "Juba") in pairs  # (not Cairo, where they plan to meet)


def test_who_hosted_a_summit_is_no_meeting_with_those_who_attended() -> None:
    meetings = [set(i.participants) for i in record().interactions if i.type == "meeting"]
    assert not any("Abdel Fattah El-Sisi" in m and "Sameh Shoukry" in m for m in meetings)


def test_the_kingdom_in_a_kingdoms_release_is_that_state() -> None:
    r = extract(make_release("t", "Foreign Minister receives Paraguayan counterpart",
                             "RIYADH, February 20 (SPA) -- His Highness Prince Faisal bin Farhan, Minister of Foreign "
                             "Affairs, received today the Minister of Foreign Affairs of the Republic of Paraguay, Rubén "
                             "Ramírez Lezcano, who is currently on an official visit to the Kingdom.", date="2024-02-20"))
    assert [i.participants for i in r.interactions if i.type == "visit"] == [["Rubén Ramírez Lezcano", "Saudi Arabia"]]
    assert "Kingdom" not in {a for s in r.states for a in s.aliases}


def test_a_visit_of_an_office_is_its_one_holder_in_the_release() -> None:
    r = extract(make_release("t", "Morocco and Estonia sign agreements",
                             "Rabat - The Minister of Foreign Affairs Nasser Bourita and his Estonian counterpart, "
                             "Minister of Foreign Affairs Margus Tsahkna, signed three agreements on Thursday in Rabat, "
                             "on the occasion of the first official visit of an Estonian foreign minister to Morocco.",
                             date="2024-03-14"))
    assert [i.participants for i in r.interactions if i.type == "visit"] == [["Margus Tsahkna", "Morocco"]]


def test_received_by_a_king_in_the_presence_of_an_aide_is_one_meeting_of_the_three() -> None:
    r = extract(make_release("t", "Belgian Foreign Minister in Amman",
                             "AMMAN, January 17 (Petra) -- Belgian Foreign Minister Hadja Lahbib, who arrived in Amman "
                             "yesterday, was received on Tuesday by His Majesty King Abdullah II at Al Husseiniya "
                             "Palace, in the presence of Director of the Office of His Majesty Jafar Hassan.",
                             date="2024-01-17"))
    meetings = [set(i.participants) for i in r.interactions if i.type == "meeting"]
    assert meetings == [{"Hadja Lahbib", "Abdullah II", "Jafar Hassan"}]


def test_a_house_named_after_a_city_is_not_in_that_city() -> None:
    r = extract(make_release("t", "Visit of Prime Minister of Greece to India",
                             "New Delhi, February 21, 2024 – Prime Minister Narendra Modi and Prime Minister Kyriakos "
                             "Mitsotakis held talks at Hyderabad House.", date="2024-02-21"))
    assert [i.place for i in r.interactions if i.type == "meeting"] == ["New Delhi"]


def test_a_bilateral_discussion_in_rio_de_janeiro_and_a_treaty_signed_long_ago() -> None:
    r = extract(make_release("t", "Japan-Brazil Foreign Ministers' Meeting",
                             "On February 22, Ms. KAMIKAWA Yoko, Minister for Foreign Affairs of Japan, who is visiting "
                             "Rio de Janeiro, Brazil, held a bilateral discussion with Mr. Mauro Vieira, Minister of "
                             "Foreign Affairs of Brazil. The two Ministers noted the 130th anniversary of diplomatic "
                             "relations since the signing of the Japan-Brazil Treaty of Friendship, Commerce and "
                             "Navigation in 1895.", date="2024-02-22"))
    found = {(i.type, frozenset(i.participants), i.date, i.place) for i in r.interactions}
    assert ("meeting", frozenset({"KAMIKAWA Yoko", "Mauro Vieira"}), "2024-02-22", "Rio de Janeiro") in found
    assert ("signing", frozenset({"Japan", "Brazil"}), "1895", None) in found


def test_a_summits_city_with_an_abbreviation_is_no_part_of_its_name() -> None:
    r = extract(make_release("t", "Talks", "Foreign Minister Taye Atske Selassie recalled that Prime Minister Abiy "
                             "Ahmed took part in the second Russia-Africa Summit in St. Petersburg in July 2023.",
                             date="2024-06-12"))
    assert [(i.name, i.place) for i in r.interactions if i.type == "multilateral"] == [
        ("second Russia-Africa Summit", "St. Petersburg")]


def test_a_guest_visiting_the_country_and_a_meeting_on_a_weekday_with_a_guest() -> None:
    r = extract(make_release("t", "Prime Minister receives Tajik minister",
                             "Doha, January 16 (QNA) - HE Prime Minister and Minister of Foreign Affairs Sheikh Mohammed "
                             "bin Abdulrahman Al-Thani received the message during his meeting on Tuesday with HE "
                             "Minister of Foreign Affairs of the Republic of Tajikistan Sirojiddin Muhriddin, who is "
                             "currently visiting the country.", date="2024-01-16"))
    found = {(i.type, tuple(i.participants)) for i in r.interactions}
    assert ("visit", ("Sirojiddin Muhriddin", "Qatar")) in found
    assert ("meeting", ("Mohammed bin Abdulrahman Al-Thani", "Sirojiddin Muhriddin")) in found
    assert not [i for i in r.interactions if i.type == "correspondence"]  # "the message": one told before


def test_a_document_between_two_states_signed_in_a_year_is_their_signing() -> None:
    r = extract(make_release("t", "Minister visits the Cook Islands",
                             "Foreign Minister Winston Peters has today concluded a two-day visit to Rarotonga. \"The "
                             "Joint Centenary Declaration of the Principles of the Relationship between New Zealand and "
                             "the Cook Islands, signed in 2001, continues to guide us,\" Mr Peters says.",
                             date="2024-04-10"))
    found = {(i.type, tuple(i.participants), i.date) for i in r.interactions}
    assert ("signing", ("New Zealand", "Cook Islands"), "2001") in found
    assert any(t == "visit" and p == ("Winston Peters", "Cook Islands") for t, p, _ in found)


def test_sheikh_and_a_first_name_is_the_long_named_minister() -> None:
    r = extract(make_release("t", "Kuwait FM meets counterparts",
                             "NEW YORK, Sept 20 (KUNA) -- Kuwait's Foreign Minister Sheikh Salem Abdullah Al-Jaber "
                             "Al-Sabah met on Wednesday with Cypriot Minister of Foreign Affairs Constantinos Kombos. In "
                             "separate meetings on the same day, Sheikh Salem met with Slovenia's Minister of Foreign "
                             "and European Affairs Tanja Fajon and with UN Under-Secretary-General for Humanitarian Affairs "
                             "and Emergency Relief Coordinator Martin Griffiths.",
                             date="2023-09-20"))
    meetings = {frozenset(i.participants) for i in r.interactions if i.type == "meeting"}
    assert frozenset({"Salem Abdullah Al-Jaber Al-Sabah", "Tanja Fajon"}) in meetings
    assert frozenset({"Salem Abdullah Al-Jaber Al-Sabah", "Martin Griffiths"}) in meetings


def test_each_of_two_coordinated_visits_takes_the_date_after_it() -> None:
    r = extract(make_release("t", "Joint Commission",
                             "The two sides reviewed the agreements reached during the State Visit of President Samia "
                             "Suluhu Hassan to Kenya in May 2021 and the State Visit of President William Ruto to "
                             "Tanzania in October 2022.", date="2024-03-14"))
    assert sorted((i.participants[0], i.date) for i in r.interactions if i.type == "visit") == [
        ("Samia Suluhu Hassan", "2021-05"), ("William Ruto", "2022-10")]


def test_copies_of_credentials_of_three_envoys_listed_with_semicolons_are_three_audiences() -> None:
    r = extract(make_release("t", "Foreign Minister receives credentials",
                             "12 Jun 2024 13:20\n\nManama, June 12 (BNA): Foreign Minister Dr. Abdullatif bin Rashid Al "
                             "Zayani received today copies of the credentials of Mr. Gustavo Adolfo Rivadeneira, the "
                             "newly-appointed Ambassador of the Argentine Republic to the Kingdom of Bahrain, resident in "
                             "Riyadh; Mr. Peter Kiprono Langat, the newly-appointed Ambassador of the Republic of Kenya, "
                             "resident in Riyadh; and Mr. Emir Hadžiosmanović, the newly-appointed Ambassador of Bosnia "
                             "and Herzegovina, resident in Kuwait."))
    meetings = sorted((i.participants[1], i.place) for i in r.interactions if i.type == "meeting")
    assert meetings == [("Emir Hadžiosmanović", "Manama"), ("Gustavo Adolfo Rivadeneira", "Manama"),
                        ("Peter Kiprono Langat", "Manama")]


def test_a_counterpart_named_later_in_the_release() -> None:
    r = extract(make_release("t", "Araghchi in Doha",
                             "Doha, October 3 (IRNA) – Foreign Minister Abbas Araghchi met his Saudi counterpart on the "
                             "sidelines of the summit. Saudi Foreign Minister Prince Faisal bin Farhan Al Saud said the "
                             "talks were useful.", date="2024-10-03"))
    assert [set(i.participants) for i in r.interactions if i.type == "meeting"] == [
        {"Abbas Araghchi", "Faisal bin Farhan Al Saud"}]


def test_credentials_of_ambassadors_of_listed_states_are_one_meeting_each_with_their_named_envoy() -> None:
    r = extract(make_release("t", "President receives credentials", (
        "San José, September 7, 2023. The President of the Republic, Rodrigo Chaves Robles, received this Thursday "
        "the letters of credence of the new ambassadors of Italy, Guatemala and Canada.\n\nAfter the ceremony, the "
        "President, accompanied by the Minister of Foreign Affairs and Worship, Arnoldo André Tinoco, held a brief "
        "meeting with each of the diplomats.\n\nWith the Ambassador of Italy, Alessandro Monticelli, the President "
        "spoke about investment. With the Ambassador of Guatemala, Mario Roberto Arriola Paz, the President addressed "
        "migration and the transfer of power on 14 January.")))
    met = sorted(sorted(i.participants) for i in r.interactions if i.type == "meeting")
    assert met == sorted(sorted(["Rodrigo Chaves Robles", "Arnoldo André Tinoco", other])
                         for other in ("Alessandro Monticelli", "Mario Roberto Arriola Paz", "Canada"))
    assert {i.date for i in r.interactions} == {"2023-09-07"}


def test_credentials_presented_by_a_dashed_list_are_one_audience_each() -> None:
    r = extract(make_release("t", "Head of State receives credentials", (
        "18 January 2024\n\nPresident Kassym-Jomart Tokayev received letters of credence from the newly appointed "
        "ambassadors of a number of foreign states at the Akorda.\n\nCredentials were presented by:\n– Nguyen Van "
        "Hoan, Ambassador Extraordinary and Plenipotentiary of the Socialist Republic of Viet Nam;\n– Rui Alberto "
        "Lopes Ferreira, Ambassador Extraordinary and Plenipotentiary of the Portuguese Republic.")))
    assert sorted(i.participants[1] for i in r.interactions if i.type == "meeting") == [
        "Nguyen Van Hoan", "Rui Alberto Lopes Ferreira"]


def test_the_two_deputy_prime_ministers_who_signed_are_the_pair_who_met() -> None:
    r = extract(make_release("t", "Joint Commission", (
        "13/10/2023 16:20\n\nVientiane, October 13 (KPL) – Minister Saleumxay Kommasith and Minister Sok Chenda "
        "Sophea co-chaired the 12th Meeting of the Joint Commission in Vientiane on 12-13 October. At the close of "
        "the meeting on Friday, the two Deputy Prime Ministers signed the Agreed Minutes of the 12th Meeting. On the "
        "same day, Sok Chenda Sophea paid a courtesy call on Prime Minister Sonexay Siphandone.")))
    signing = next(i for i in r.interactions if i.type == "signing")
    assert (sorted(signing.participants), signing.date) == (["Saleumxay Kommasith", "Sok Chenda Sophea"], "2023-10-13")
    call_on = next(i for i in r.interactions if "Sonexay Siphandone" in i.participants)
    assert call_on.date == "2023-10-13"


def test_envoys_who_present_credentials_in_turn_each_meet_the_receiver_and_whoever_sat_in() -> None:
    r = extract(make_release("t", "The President receives credentials", (
        "Reference Number: PR220447, Release Date: 10 March 2022\n\nThree new heads of mission presented their "
        "diplomatic credentials to President of Malta George Vella on Thursday. The Minister for Foreign and European "
        "Affairs, Evarist Bartolo, was present for the three ceremonies.\n\nThe first to present her Letters of "
        "Credence was the Ambassador of Georgia, Nino Kavtaradze-Lomidze. President Vella thanked her.\n\nNext to "
        "present his Letters of Commission was the High Commissioner of Ghana, Kwabena Adjei-Darko.\n\nThe third to "
        "present her Letters of Credence was the Ambassador of Ecuador, Gabriela Sofía Andrade Terán.")))
    audiences = sorted(sorted(i.participants) for i in r.interactions if i.type == "meeting")
    assert audiences == [sorted(["George Vella", "Evarist Bartolo", envoy]) for envoy in
                         ("Gabriela Sofía Andrade Terán", "Kwabena Adjei-Darko", "Nino Kavtaradze-Lomidze")]
    assert {i.date for i in r.interactions} == {"2022-03-10"}


LEADERS = ("Belgian Prime Minister Alexander De Croo and President Volodymyr Zelensky of Ukraine today signed a security "
           "agreement in Brussels. The Ukrainian President was also received by His Majesty King Philippe at the Royal "
           "Palace before the signing ceremony. President Zelensky briefed the Prime Minister on the summit. The "
           "leaders recalled their last meeting in Kyiv on 24 February 2024, when Prime Minister De Croo travelled "
           "to Ukraine.")


def test_the_leaders_past_meeting_is_the_two_leaders_not_the_last_pair_who_met() -> None:
    found = extract(make_release("t", "Belgium and Ukraine sign security agreement", LEADERS, date="2024-05-28"))
    meetings = {(frozenset(i.participants), i.date, i.place) for i in found.interactions if i.type == "meeting"}
    assert (frozenset({"Alexander De Croo", "Volodymyr Zelensky"}), "2024-02-24", "Kyiv") in meetings
    assert (frozenset({"Volodymyr Zelensky", "Philippe"}), "2024-05-28", "Brussels") in meetings
    # "before the signing ceremony" says when the King received him; it is no second signing
    assert [set(i.participants) for i in found.interactions if i.type == "signing"] == \
        [{"Alexander De Croo", "Volodymyr Zelensky"}]


def test_a_past_meeting_on_the_sidelines_of_a_session_is_dated_and_placed() -> None:
    body = ("President Yoon Suk Yeol held talks with President William Samoei Ruto of Kenya in Seoul today. The two "
            "leaders recalled their first meeting on the sidelines of the 78th session of the United Nations General "
            "Assembly in New York last September. President Yoon also spoke by telephone on Friday with President "
            "Mohamed Ould Ghazouani of Mauritania.")
    found = extract(make_release("t", "Summit", body, date="2024-06-03"))
    meetings = {(frozenset(i.participants), i.date, i.place) for i in found.interactions if i.type == "meeting"}
    assert (frozenset({"Yoon Suk Yeol", "William Samoei Ruto"}), "2023-09", "New York") in meetings


def test_a_summit_with_one_leader_is_their_meeting_and_a_summit_to_come_no_event_of_the_day() -> None:
    body = ("President Yoon Suk Yeol held a summit with President William Samoei Ruto of Kenya at the Yongsan "
            "presidential office in Seoul this afternoon (June 3). President Ruto, who arrived in Seoul on Sunday for "
            "an official visit, is the first of the African leaders attending the 2024 Korea-Africa Summit to be "
            "received at the presidential office this week. The 2024 Korea-Africa Summit, to be held on June 4 and 5, "
            "brings together leaders from 48 African countries.")
    found = extract(make_release("t", "President Yoon Holds Summit with Kenyan President Ruto", body, date="2024-06-03"))
    assert [(set(i.participants), i.date, i.place) for i in found.interactions if i.type == "meeting"] == \
        [({"Yoon Suk Yeol", "William Samoei Ruto"}, "2024-06-03", "Seoul")]
    assert not [i for i in found.interactions if i.type == "multilateral"]


def test_whom_one_meets_is_a_person_without_an_office_and_a_marshal_holds_one() -> None:
    found = extract(make_release("t", "Talks", "Speaker Jussi Halla-aho held talks with Szymon Hołownia in Helsinki "
                                 "today. Ambassador Norland spoke with Abdulhamid Dabaiba.", date="2024-09-10"))
    assert {frozenset(i.participants) for i in found.interactions} == {
        frozenset({"Jussi Halla-aho", "Szymon Hołownia"}), frozenset({"Norland", "Abdulhamid Dabaiba"})}
    found = extract(make_release("t", "Visit", "Counselor Chollet met the Marshal of the Senate, Tomasz Grodzki.",
                                 date="2021-07-23"))
    assert [r.title for p in found.persons if p.name == "Tomasz Grodzki" for r in p.roles] == ["Marshal of the Senate"]


def test_counterparts_met_each_at_their_own_place_are_two_meetings() -> None:
    body = ("Speaker Jussi Halla-aho held talks with Marshal Szymon Hołownia in Helsinki today. On Monday, Marshal "
            "Hołownia met President of the Republic Alexander Stubb at Mäntyniemi and Prime Minister Petteri Orpo at "
            "Kesäranta.")
    found = extract(make_release("t", "Visit", body, date="2024-09-10"))
    meetings = {(frozenset(i.participants), i.date) for i in found.interactions if i.type == "meeting"}
    assert {(frozenset({"Szymon Hołownia", "Alexander Stubb"}), "2024-09-09"),
            (frozenset({"Szymon Hołownia", "Petteri Orpo"}), "2024-09-09")} <= meetings


def test_those_who_attended_the_expanded_session_took_part_in_the_talks() -> None:
    body = ("President Yoon Suk Yeol held a summit with President William Samoei Ruto in Seoul today. After an official "
            "welcoming ceremony, the two leaders held talks in a small-group format, followed by an expanded session "
            "attended by Foreign Minister Cho Tae-yul on the Korean side, and by Prime Cabinet Secretary Musalia "
            "Mudavadi on the Kenyan side.")
    found = extract(make_release("t", "Summit", body, date="2024-06-03"))
    assert [set(i.participants) for i in found.interactions if i.type == "meeting"] == [
        {"Yoon Suk Yeol", "William Samoei Ruto", "Cho Tae-yul", "Musalia Mudavadi"}]


def test_a_witnessed_signing_between_two_ministers_is_theirs_and_the_witnesses() -> None:
    body = ("President Yoon Suk Yeol held a summit with President William Samoei Ruto in Seoul today. Following the "
            "talks, the two leaders witnessed the signing of the Memorandum of Understanding on Critical Minerals "
            "between Minister Ahn Duk-geun and Prime Cabinet Secretary Musalia Mudavadi.")
    found = extract(make_release("t", "Summit", body, date="2024-06-03"))
    signings = [i for i in found.interactions if i.type == "signing"]
    assert [set(i.participants) for i in signings] == [
        {"Ahn Duk-geun", "Musalia Mudavadi", "Yoon Suk Yeol", "William Samoei Ruto"}]
    assert set(signings[0].witnesses) == {"Yoon Suk Yeol", "William Samoei Ruto"}
    # who signed it is no part of the document's name
    assert [d.name for d in found.documents] == ["Memorandum of Understanding on Critical Minerals"]


def test_the_two_speakers_who_signed_are_the_two_who_met() -> None:
    body = ("Chairman of the State Great Khural Gombojav Zandanshatar held talks with the President of the House of "
            "Councillors of Japan, Otsuji Hidehisa, in Ulaanbaatar today. Following the talks, the two Speakers signed "
            "the Memorandum of Understanding on Cooperation between the two parliaments.")
    found = extract(make_release("t", "Talks", body, date="2023-08-21"))
    assert [set(i.participants) for i in found.interactions if i.type == "signing"] == [
        {"Gombojav Zandanshatar", "Otsuji Hidehisa"}]


def test_the_two_heads_of_state_are_the_presidents_not_the_two_who_welcomed_the_guest() -> None:
    body = ("Monrovia, Liberia – March 11, 2025: The President of the Republic of Liberia, His Excellency Joseph "
            "Nyuma Boakai, Sr., has received his Ghanaian counterpart, His Excellency John Dramani Mahama, who is in "
            "the country on a one-day working visit.\n\nPresident Mahama arrived at the Roberts International Airport "
            "on Monday evening, where he was welcomed by Vice President Jeremiah Kpan Koung and Foreign Minister Sara "
            "Beysolow Nyanti.\n\nAt the Foreign Ministry in Monrovia on Tuesday, the two Heads of State held a "
            "tête-à-tête, followed by expanded talks with their delegations, which included Ghana's Minister for "
            "Foreign Affairs, Samuel Okudzeto Ablakwa.")
    found = extract(make_release("t", "President Boakai Receives Ghanaian Counterpart", body))
    meetings = [(set(i.participants), i.date, i.place) for i in found.interactions if i.type == "meeting"]
    # (his Ghanaian counterpart is the President named right after, not Ghana's other official)
    assert ({"Joseph Nyuma Boakai", "John Dramani Mahama"}, "2025-03-11", "Monrovia") in meetings
    assert not [p for p, _, _ in meetings if {"Jeremiah Kpan Koung", "Sara Beysolow Nyanti"} <= p]


def test_talks_recalled_in_a_that_clause_are_of_the_two_named_in_it() -> None:
    body = ("On November 17, Chair of the Milli Majlis Sahiba Gafarova met with Speaker of the Parliament of Georgia "
            "Shalva Papuashvili. She recalled that President Ilham Aliyev and Prime Minister of Georgia Irakli "
            "Kobakhidze had held talks in Baku on November 12.")
    found = extract(make_release("t", "Chair meets Speaker", body, date="2024-11-17"))
    meetings = [(set(i.participants), i.date) for i in found.interactions if i.type == "meeting"]
    assert ({"Ilham Aliyev", "Irakli Kobakhidze"}, "2024-11-12") in meetings


def test_the_two_who_last_met_and_a_letter_signed_to_someone() -> None:
    body = ("Chairman Denis Bećirović spoke by telephone with Prime Minister of Croatia Andrej Plenković. The two had "
            "last met in Budapest on 7 November, on the sidelines of the Meeting of the European Political Community. "
            "Chairman Bećirović also signed today a letter to the President of the European Council, António Costa, "
            "inviting him to visit Sarajevo.")
    found = extract(make_release("t", "Chairman's telephone call", body, date="2025-01-28")).interactions
    assert [(set(i.participants), i.date, i.place) for i in found if i.type == "meeting"] == [
        ({"Denis Bećirović", "Andrej Plenković"}, "2024-11-07", "Budapest")]
    assert [i.participants for i in found if i.type == "correspondence"] == [["Denis Bećirović", "António Costa"]]


def test_the_presidents_who_last_met_and_the_sides_recalling_a_meeting_after_talks_with_a_delegation() -> None:
    body = ("President Alexander Stubb received President of Namibia Nangolo Mbumba in Helsinki today. The Presidents "
            "last met in New York on 24 September, on the sidelines of the General Assembly. In addition to the "
            "talks, the Presidents signed a Joint Statement on Green Hydrogen, and Foreign Minister Elina Valtonen "
            "met Minister Peya Mushelenga.")
    found = extract(make_release("t", "State visit", body, date="2024-10-08")).interactions
    assert ({"Alexander Stubb", "Nangolo Mbumba"}, "2024-09-24", "New York") in \
        [(set(i.participants), i.date, i.place) for i in found if i.type == "meeting"]
    # (the two heads signed, not the two ministers named last)
    assert [set(i.participants) for i in found if i.type == "signing"] == [{"Alexander Stubb", "Nangolo Mbumba"}]
    delegation = ("Today the NA President Alen Simonyan had a meeting with Markéta Pekarová Adamová, President of the "
                  "Chamber of Deputies, in Prague. The Chairman of the Standing Committee Sargis Khandanyan also took "
                  "part in the meeting. The sides recalled their previous meeting in Palma de Mallorca in March.")
    found = extract(make_release("t", "Official visit", delegation, date="2024-04-16")).interactions
    assert ({"Alen Simonyan", "Markéta Pekarová Adamová"}, "2024-03", "Palma de Mallorca") in \
        [(set(i.participants), i.date, i.place) for i in found if i.type == "meeting"]


def test_talks_that_call_for_a_session_elsewhere_keep_their_own_place() -> None:
    body = ("Doha, IRNA – Foreign Minister Abbas Araghchi met his Kuwaiti counterpart Abdullah Ali Al-Yahya on the "
            "sidelines of the summit in Doha on Thursday. Araghchi also held talks with Kuwaiti Foreign Minister "
            "Abdullah Ali Al-Yahya, during which the two sides called for holding the next session of the Joint "
            "Economic Commission in Tehran before the end of the year.")
    found = extract(make_release("t", "Araghchi in Doha", body, date="2024-10-03")).interactions
    assert [(i.date, i.place) for i in found if i.type == "meeting"] == [("2024-10-03", "Doha")]


ENVOYS = ("Four new envoys are now officially accredited to Barbados, having presented their Letters of Credence to "
          "the President of Barbados, the Most Honourable Dame Sandra Mason, at State House yesterday.\n\nThey are High "
          "Commissioner of the Republic of Ghana, Kwabena Asante-Owusu; Ambassador of the Kingdom of Morocco, Mohamed "
          "Belkhayat Amrani; and Ambassador of the Republic of Korea, Park Jae-hyun.\n\nDame Sandra recalled the second "
          "Africa-CARICOM Summit, held in Addis Ababa last September. Today, Ambassador Park and Ambassador Amrani paid "
          "separate courtesy calls on the Minister of Foreign Affairs, Senator Kerrie Symmonds.")


def test_envoys_listed_after_their_ceremony_each_met_the_president_and_separate_calls_are_apart() -> None:
    found = extract(make_release("t", "Four Envoys Accredited To Barbados", ENVOYS, date="2025-02-11"))
    assert "Four Envoys" not in {p.name for p in found.persons}
    mason = next(p for p in found.persons if p.name == "Sandra Mason")
    assert [(r.title, r.of) for r in mason.roles] == [("President", "Barbados")]  # (through "the Most Honourable")
    meetings = {frozenset(i.participants) for i in found.interactions if i.type == "meeting"}
    assert meetings == {frozenset({"Sandra Mason", "Kwabena Asante-Owusu"}),
                        frozenset({"Sandra Mason", "Mohamed Belkhayat Amrani"}),
                        frozenset({"Sandra Mason", "Park Jae-hyun"}),
                        frozenset({"Park Jae-hyun", "Kerrie Symmonds"}),
                        frozenset({"Mohamed Belkhayat Amrani", "Kerrie Symmonds"})}  # (no Africa-CARICOM talks)


def test_two_top_diplomats_a_meeting_last_year_and_letters_exchanged() -> None:
    body = ("WASHINGTON, JANUARY 14, ARMENPRESS. Foreign Minister of Armenia Ararat Mirzoyan and U.S. Secretary of State "
            "Antony Blinken on Tuesday signed the Charter on Strategic Partnership at the State Department. Before the "
            "ceremony the two top diplomats held a meeting. Ararat Mirzoyan and Antony Blinken last met in Brussels on "
            "April 5 last year. The same day the Armenian Foreign Minister met with Congressman Frank Pallone. Earlier, "
            "Prime Minister Nikol Pashinyan and President Joe Biden exchanged letters on the occasion of the signing.")
    found = extract(make_release("t", "Armenia and the United States sign Charter", body, date="2025-01-14"))
    told = {(i.type, frozenset(i.participants), i.date) for i in found.interactions}
    assert ("meeting", frozenset({"Ararat Mirzoyan", "Antony Blinken"}), "2025-01-14") in told
    assert ("meeting", frozenset({"Ararat Mirzoyan", "Antony Blinken"}), "2024-04-05") in told
    assert ("meeting", frozenset({"Ararat Mirzoyan", "Frank Pallone"}), "2025-01-14") in told
    assert [i.participants for i in found.interactions if i.type == "correspondence"] == [["Nikol Pashinyan", "Joe Biden"]]
    assert [i.participants for i in found.interactions if i.type == "signing"] == [["Ararat Mirzoyan", "Antony Blinken"]]


TALKS_IN_NICOSIA = (
    "The President of the Republic, Mr Nikos Christodoulides, held official talks this morning with the Prime Minister "
    "of the Republic of India, Mr Narendra Modi. Talks then continued in an enlarged format, with the participation of "
    "the Minister of Foreign Affairs, Dr Constantinos Kombos, on the Cypriot side, and of the Foreign Secretary, Mr "
    "Vikram Misri, on the Indian side. At the close of the talks the two leaders adopted the Joint Declaration on the "
    "Implementation of the Comprehensive Partnership between the Republic of Cyprus and the Republic of India. In their "
    "presence, Dr Kombos and Mr Misri then signed a Memorandum of Understanding on Cybersecurity, while the Minister of "
    "Energy, Mr George Papanastasiou, and Ambassador Manish signed the Memorandum on Green Shipping. Cyprus will help "
    "bring the EU-India Free Trade Agreement to a conclusion. Before the talks, the President conferred on Prime "
    "Minister Modi the Grand Cross of the Order of Makarios III.")


def test_talks_continued_with_others_on_each_side_and_signed_in_their_presence() -> None:
    found = extract(make_release("t", "President Christodoulides and Prime Minister Modi adopt Joint Declaration on the "
                                 "Comprehensive Partnership", TALKS_IN_NICOSIA, date="2025-06-16"))
    misri = next(p for p in found.persons if p.name == "Vikram Misri")
    assert [(r.title, r.of) for r in misri.roles] == [("Foreign Secretary", "India")]
    assert "Cross" not in {p.name for p in found.persons}
    assert [set(i.participants) for i in found.interactions if i.type == "meeting"] == [
        {"Nikos Christodoulides", "Narendra Modi", "Constantinos Kombos", "Vikram Misri"}]
    signings = [set(i.participants) for i in found.interactions if i.type == "signing"]
    assert {"Constantinos Kombos", "Vikram Misri", "Nikos Christodoulides", "Narendra Modi"} in signings
    assert all("Constantinos Kombos" not in s for s in signings if "George Papanastasiou" in s)  # (the while-clause's own)
    documents = {d.name for d in found.documents}
    assert "EU-India Free Trade Agreement" in documents  # (not "... to a conclusion")
    assert "Joint Declaration on the Comprehensive Partnership" not in documents  # (the headline's, told shorter)


def test_a_meeting_told_twice_in_its_sentence_is_one_with_those_who_attended() -> None:
    body = ("Beijing, 12 June 2023. The President of the Republic, Iris Xiomara Castro Sarmiento, held an official "
            "meeting this Monday with the President of the People's Republic of China, Xi Jinping, at the Great Hall of "
            "the People, where she was received with military honours. The meeting was attended by the Secretary of "
            "State Eduardo Enrique Reina, and on the Chinese side by Foreign Minister Qin Gang.")
    found = extract(make_release("t", "Castro in Beijing", body, date="2023-06-12")).interactions
    assert [(set(i.participants), i.date) for i in found if i.type == "meeting"] == [
        ({"Iris Xiomara Castro Sarmiento", "Xi Jinping", "Eduardo Enrique Reina", "Qin Gang"}, "2023-06-12")]


def test_talks_a_signing_followed_are_the_signatories_meeting_that_day_before_their_past_one() -> None:
    from kg.extract import extract
    from kg.sources import make_release

    r = extract(make_release("ir", "Presidents sign treaty", "Moscow, 17 January 2025\n\nThe President of Iran, Masoud "
                             "Pezeshkian, and the President of Russia, Vladimir Putin, today signed the Treaty on "
                             "Comprehensive Strategic Partnership in Moscow. The signing followed more than three hours "
                             "of talks, held first in a restricted format. The two Presidents last met in October in "
                             "Kazan, on the sidelines of the BRICS summit."))
    meetings = [(i.date, i.place) for i in r.interactions if i.type == "meeting"]
    assert meetings == [("2025-01-17", "Moscow"), ("2024-10", "Kazan")]  # (today's first)


def test_we_in_a_joint_statement_are_its_signatories() -> None:
    body = ("President of the Riigikogu Lauri Hussar hosted the Speaker of the Saeima of the Republic of Latvia Daiga "
            "Mieriņa and the Speaker of the Seimas of the Republic of Lithuania Saulius Skvernelis at Toompea Castle "
            "today.\n\nJOINT STATEMENT\n\nWe, the Speakers of the Parliaments of Estonia, Latvia and Lithuania, met in "
            "Tallinn on 11 April 2025. Earlier today we held a video conference with the Chairman of the Verkhovna Rada "
            "of Ukraine, Ruslan Stefanchuk. We accept with gratitude the invitation of Speaker Skvernelis to hold our "
            "next meeting in Vilnius in the autumn.\n\nLauri Hussar\nPresident of the Riigikogu\n\nDaiga Mieriņa\n"
            "Speaker of the Saeima\n\nSaulius Skvernelis\nSpeaker of the Seimas")
    release = make_release("ee", "Joint Statement of the Speakers", body)
    release.date = "2025-04-11"
    r = extract(release)
    speakers = {"Lauri Hussar", "Daiga Mieriņa", "Saulius Skvernelis"}
    assert [(i.type, set(i.participants)) for i in r.interactions] == [
        ("meeting", speakers), ("call", speakers | {"Ruslan Stefanchuk"})]  # (not a meeting in Vilnius: to come)


def test_a_joint_statement_of_many_states_is_read_through() -> None:
    # (a "We, the" opening listing thirty states with no "and ...,": read once, not by trying
    # every way of splitting each listed name's spaces, which took hours on such a list)
    states = ["Austria", "Brazil", "Colombia", "Croatia", "Cyprus", "Ecuador", "Estonia", "Guatemala", "Greece",
              "Honduras", "Israel", "Latvia", "Lithuania", "Kosovo", "Montenegro", "Poland", "Ukraine", "Italy",
              "Canada", "Egypt", "France", "Germany", "Iraq", "Ireland", "Japan", "Jordan", "Lebanon", "Norway",
              "Qatar", "Chile"]
    body = "JOINT STATEMENT\n\nWe, the Ministers of " + ", ".join(states) + " met today in Rome. We condemn the attack."
    r = extract(make_release("js", "Joint Statement on the attack", body, date="2021-06-28"))
    assert {s.name for s in r.states} >= set(states)


def test_a_message_a_delegations_head_delivered_and_the_two_foreign_ministers_talks_at_their_ministry() -> None:
    body = ("Asmara, 27 January 2025- President Isaias Afwerki this morning received at the State House a delegation "
            "led by Dr. Badr Abdelatty, Minister of Foreign Affairs, Emigration and Egyptian Expatriates, who delivered "
            "a verbal message from President Abdel Fattah Al-Sisi. In the meeting, Foreign Minister Osman Saleh was also "
            "present. The two Foreign Ministers later held talks at the Ministry of Foreign Affairs, during which they "
            "reviewed preparations for the fourth session of the Joint Ministerial Committee, scheduled to convene in "
            "Cairo in the first half of the year. Minister Abdelatty also held a telephone conversation with the Federal "
            "Minister of Foreign Affairs of Somalia, Ahmed Moalim Fiqi.")
    r = extract(make_release("er", "President Isaias receives message", body))
    assert [(i.participants, i.place) for i in r.interactions if i.type == "correspondence"] == [
        (["Abdel Fattah Al-Sisi", "Isaias Afwerki"], "Asmara")]
    talks = [i for i in r.interactions if i.type == "meeting" and "Isaias Afwerki" not in i.participants]
    assert [(set(i.participants), i.place) for i in talks] == [({"Badr Abdelatty", "Osman Saleh"}, "Asmara")]
    assert [(ro.title, ro.of) for p in r.persons if p.name == "Badr Abdelatty" for ro in p.roles] == [
        ("Minister of Foreign Affairs, Emigration and Egyptian Expatriates", "Egypt")]


def test_a_summits_co_chairs_met_no_one_and_a_president_joined_two_others_for_a_trilateral_meeting() -> None:
    body = ("PALIKIR, Pohnpei—His Excellency Wesley W. Simina, President of the Federated States of Micronesia, returned "
            "yesterday from the Tenth Pacific Islands Leaders Meeting (PALM10), held in Tokyo, Japan, from July 16th to "
            "18th. President Simina, accompanied by the Honorable Lorin S. Robert, Secretary of the Department of Foreign "
            "Affairs, arrived in Tokyo on the evening of July 15th. PALM10 was co-chaired by the Prime Minister of Japan, "
            "His Excellency Fumio Kishida, and the Prime Minister of the Cook Islands, the Honorable Mark Brown. On July "
            "16th, President Simina joined Her Excellency Hilda C. Heine, President of the Republic of the Marshall "
            "Islands, and His Excellency Surangel S. Whipps, Jr., President of the Republic of Palau, for a trilateral "
            "meeting of the Micronesian Presidents.")
    release = make_release("fm", "President Simina returns from PALM10", body)
    release.date = "2024-07-19"
    r = extract(release)
    assert [(i.participants, i.date) for i in r.interactions if i.type == "visit"] == [
        (["Wesley W. Simina", "Japan"], "2024-07-15")]
    assert [set(i.participants) for i in r.interactions if i.type == "meeting"] == [
        {"Wesley W. Simina", "Hilda C. Heine", "Surangel S. Whipps"}]  # (not the summit's two co-chairs)
    whipps = next(p for p in r.persons if p.name == "Surangel S. Whipps")
    assert "Surangel S. Whipps, Jr." in whipps.aliases and [(ro.title, ro.of) for ro in whipps.roles] == [("President", "Palau")]


def test_one_received_with_another_also_attending_met_both() -> None:
    r = extract(make_release("cz", "Fiala receives Moldovan minister", "Later in the day, Foreign Minister Mihai Popșoi "
                             "was received by Prime Minister Petr Fiala at the Straka Academy, with Foreign Minister Jan "
                             "Lipavský also attending."))
    assert [set(i.participants) for i in r.interactions] == [{"Mihai Popșoi", "Petr Fiala", "Jan Lipavský"}]


def test_we_in_a_joint_statement_without_signatures_are_one_person_of_each_state_it_names() -> None:
    body = ("Foreign Minister Margus Tsahkna of Estonia received Foreign Minister Baiba Braže of Latvia in Tallinn "
            "today.\n\nJoint Statement\n\nWe, the Foreign Ministers of Estonia and Latvia, met in Tallinn today. This "
            "morning we held a video conference with Foreign Minister Andrii Sybiha of Ukraine.")
    r = extract(make_release("ee", "Joint Statement of the Foreign Ministers", body))
    calls = [set(i.participants) for i in r.interactions if i.type == "call"]
    assert calls == [{"Margus Tsahkna", "Baiba Braže", "Andrii Sybiha"}]


def test_a_name_written_after_a_short_given_name_is_the_name_the_person_goes_by() -> None:
    body = ("BEIJING, Jan 21, 2025 (BSS) - Foreign Affairs Adviser Md Touhid Hossain today held bilateral talks with "
            "Chinese Foreign Minister Wang Yi here. Touhid arrived in the Chinese capital yesterday on a four-day "
            "official visit at the invitation of Wang Yi.")
    r = extract(make_release("bd", "Touhid, Wang Yi hold talks in Beijing", body))
    assert [(i.participants, i.date) for i in r.interactions if i.type == "visit"] == [
        (["Md Touhid Hossain", "China"], "2025-01-20")]


def test_a_guest_bearer_of_a_message_met_the_host_and_the_sender_wrote_to_the_host() -> None:
    body = ("In the afternoon, the Head of State, Ismaïl Omar Guelleh, received at the Presidential Palace the Minister "
            "of Foreign Affairs of Ethiopia, Mr. Taye Atske Selassie, bearer of a message from Prime Minister Abiy "
            "Ahmed.")
    r = extract(make_release("dj", "The Head of State receives a message", body))
    assert sorted((i.type, tuple(i.participants)) for i in r.interactions) == [
        ("correspondence", ("Abiy Ahmed", "Ismaïl Omar Guelleh")),
        ("meeting", ("Ismaïl Omar Guelleh", "Taye Atske Selassie"))]


def test_past_meetings_told_as_the_two_having_met_are_dated_and_placed_between_the_two() -> None:
    body = ("TBILISI, GEORGIA (4 May 2024) — On the sidelines of the meeting, ADB President Masatsugu Asakawa held "
            "separate meetings with Prime Minister Irakli Kobakhidze and with the Minister of Finance of Azerbaijan, "
            "Samir Sharifov. Mr. Sharifov invited Mr. Asakawa to attend COP29, and the President accepted. The two had "
            "last met at the 56th Annual Meeting in Incheon, Republic of Korea, last May.")
    found = extract(make_release("t", "ADB Annual Meeting", body, date="2024-05-04")).interactions
    assert ({"Masatsugu Asakawa", "Samir Sharifov"}, "2023-05", "Incheon") in \
        [(set(i.participants), i.date, i.place) for i in found if i.type == "meeting"]


def test_the_two_a_sentence_names_recalled_their_conversation_elsewhere() -> None:
    body = ("Tashkent, 8 April 2024 – The Chairman of the Parliament of Georgia, Shalva Papuashvili, met the "
            "Chairperson of the Senate of Uzbekistan, Tanzila Narbaeva. He later met the Speaker of the Legislative "
            "Chamber, Nuriddinjon Ismoilov. The Chairperson of the Senate and the Chairman of the Parliament recalled "
            "their conversation in Geneva in March, on the margins of the 148th Assembly of the Inter-Parliamentary "
            "Union.")
    found = extract(make_release("t", "Visit to Tashkent", body, date="2024-04-08")).interactions
    meetings = [(set(i.participants), i.date, i.place) for i in found if i.type == "meeting"]
    assert ({"Shalva Papuashvili", "Tanzila Narbaeva"}, "2024-03", "Geneva") in meetings
    assert not [m for m in meetings if m[1] == "2024-03" and "Nuriddinjon Ismoilov" in m[0]]


def test_a_meeting_recalled_with_a_bare_month_is_the_last_such_month() -> None:
    body = ("MEXICO CITY, 3 February 2025 – President Claudia Sheinbaum spoke by telephone with Prime Minister Justin "
            "Trudeau. The President recalled that she met Prime Minister Trudeau in Rio de Janeiro in November, on the "
            "sidelines of the G20 Leaders' Summit.")
    found = extract(make_release("t", "Call", body, date="2025-02-03")).interactions
    assert ({"Claudia Sheinbaum", "Justin Trudeau"}, "2024-11", "Rio de Janeiro") in \
        [(set(i.participants), i.date, i.place) for i in found if i.type == "meeting"]


def test_a_states_negotiations_with_a_union_are_no_meeting_and_the_two_ministers_are_the_counterparts() -> None:
    body = ("The Minister for Europe and Foreign Affairs, Mr. Igli Hasani, held today a bilateral meeting with the "
            "Minister of Foreign Affairs of Ukraine, Mr. Dmytro Kuleba, in Tirana. Minister Kuleba expressed support for "
            "the opening of the first cluster of Albania's negotiations with the European Union. The two ministers "
            "recalled their meeting in Brussels in November, held on the margins of the meeting of NATO Foreign "
            "Ministers. Minister Hasani also met the Minister of Foreign Affairs of Moldova, Mr. Mihai Popșoi.")
    found = extract(make_release("t", "Hasani meets Kuleba", body, date="2024-02-28")).interactions
    meetings = [(set(i.participants), i.date, i.place) for i in found if i.type == "meeting"]
    assert ({"Igli Hasani", "Dmytro Kuleba"}, "2023-11", "Brussels") in meetings
    assert not [m for m in meetings if "EU" in m[0] or "European Union" in m[0]]


def test_a_title_that_is_only_the_bodys_first_letters_leaves_the_body_whole() -> None:
    release = make_release("t", "T", "TBILISI, 4 May 2024 – President Asakawa met Prime Minister Kobakhidze.",
                           date="2024-05-04")
    assert "TBILISI, 4 May 2024" in release.text
    assert extract(release).place == "Tbilisi"


def test_who_gave_the_instructions_took_no_part_and_last_week_is_that_weeks_month() -> None:
    body = ("Algiers, 3 October 2024 – In implementation of the instructions of the President of the Republic, Mr. "
            "Abdelmadjid Tebboune, the "
            "Minister of Foreign Affairs, Mr. Ahmed Attaf, held on Wednesday evening separate telephone conversations "
            "with the Minister of Foreign Affairs of Jordan, Mr. Ayman Safadi, and the Minister of Foreign Affairs of "
            "Egypt, Mr. Badr Abdelatty. With Mr. Safadi, the Minister reviewed the escalation in the region. The two "
            "ministers recalled their meeting in New York last week, on the sidelines of the high-level week of the "
            "79th session of the United Nations General Assembly.")
    found = extract(make_release("t", "Telephone conversations", body, date="2024-10-03")).interactions
    assert sorted((i.participants[1], i.date) for i in found if i.type == "call") == \
        [("Ayman Safadi", "2024-10-02"), ("Badr Abdelatty", "2024-10-02")]
    assert not [i for i in found if "Abdelmadjid Tebboune" in i.participants]
    assert ({"Ahmed Attaf", "Ayman Safadi"}, "2024-09", "New York") in \
        [(set(i.participants), i.date, i.place) for i in found if i.type == "meeting"]


def test_a_visit_which_he_will_pay_is_a_plan_and_a_party_leaders_call_is_no_congress() -> None:
    body = ("Beijing, May 14th—Liu Jianchao, head of the International Department of the CPC Central Committee, met "
            "here today with a delegation of the Workers' Party of Brazil (PT) led by its President Gleisi Hoffmann. Liu said "
            "that under the guidance of Chinese President Xi Jinping and President Luiz Inácio Lula da Silva, "
            "China-Brazil relations have entered a new period. The consensus reached by the two heads of state during their talks in Beijing in April last year is "
            "being implemented. He expressed the hope that President Xi Jinping's state visit to Brazil, which he will "
            "pay at the invitation of President Lula after the G20 summit in Rio de Janeiro in November, will be a "
            "complete success. On the same day, Liu Jianchao held a video call with Secretary General of the African "
            "National Congress (ANC) of South Africa Fikile Mbalula.")
    found = extract(make_release("t", "Liu Jianchao meets a delegation", body, date="2024-05-14"))
    assert not [i for i in found.interactions if i.type == "visit"]
    assert ["Liu Jianchao", "Fikile Mbalula"] in [i.participants for i in found.interactions if i.type == "call"]
    assert not [i for i in found.interactions if i.type == "multilateral"]


def test_the_two_heads_of_states_past_talks_are_not_the_last_two_ministers_who_met() -> None:
    body = ("Paris, 14 May 2024 – Minister Jean-Noël Barrot met Minister Mauro Vieira today. The consensus reached by "
            "the two heads of state during their talks in Brasília in March is being implemented.")
    found = extract(make_release("t", "Talks", body, date="2024-05-14")).interactions
    assert [(set(i.participants), i.date) for i in found if i.type == "meeting"] == \
        [({"Jean-Noël Barrot", "Mauro Vieira"}, "2024-05-14")]


def test_a_guest_who_arrived_the_previous_day_and_the_two_ministers_last_meeting_held_elsewhere() -> None:
    body = ("This Thursday, the Minister of Foreign Affairs of Burundi, Mr. Albert Shingiro, received in his office in "
            "Bujumbura the Minister for Foreign Affairs of the United Republic of Tanzania, Honourable January Makamba, "
            "who arrived the previous day for a two-day working visit to Burundi. The two Ministers recalled their last "
            "meeting, held in Kampala on 19 January on the margins of the 19th Summit of the Non-Aligned Movement.")
    found = extract(make_release("t", "The Minister receives his Tanzanian counterpart", body,
                                 date="2024-04-18")).interactions
    assert [(i.participants, i.date) for i in found if i.type == "visit"] == \
        [(["January Makamba", "Burundi"], "2024-04-17")]
    assert sorted((i.participants[0], i.date, i.place) for i in found if i.type == "meeting") == \
        [("Albert Shingiro", "2024-01-19", "Kampala"), ("Albert Shingiro", "2024-04-18", "Bujumbura")]


def test_the_two_ministers_who_met_last_are_the_ministers_not_the_prime_minister_met_since() -> None:
    body = ("The Federal Minister for European and International Affairs of the Republic of Austria, Alexander "
            "Schallenberg, paid an official visit to Slovakia on 26-27 February, at the invitation of the Minister of "
            "Foreign and European Affairs of the Slovak Republic, Juraj Blanár.\n\nTalks between the two heads of "
            "diplomacy were held in Bratislava on Monday.\n\nOn Tuesday, A. Schallenberg was received by Prime "
            "Minister Robert Fico.\n\nThe two ministers met last in Skopje on 30 November 2023, on the sidelines of "
            "the OSCE Ministerial Council.")
    found = extract(make_release("t", "J. Blanár with A. Schallenberg", body, date="2024-02-27"))
    # ("J. Blanár" of the headline is Juraj Blanár, not a second person)
    assert sorted(p.name for p in found.persons) == ["Alexander Schallenberg", "Juraj Blanár", "Robert Fico"]
    meetings = [(i.participants, i.date, i.place) for i in found.interactions if i.type == "meeting"]
    assert (["Juraj Blanár", "Alexander Schallenberg"], "2024-02-26", "Bratislava") in meetings
    assert (["Juraj Blanár", "Alexander Schallenberg"], "2023-11-30", "Skopje") in meetings
    assert not [m for m in meetings if "Robert Fico" in m[0] and m[2] == "Skopje"]


def test_received_in_audience_at_a_palace_is_a_meeting_with_who_was_present() -> None:
    body = ("The President of the Republic, Mr. Patrice TALON, received in audience this Tuesday 20 February 2024 at "
            "the Palais de la Marina the President of the Commission of the Economic Community of West African States "
            "(ECOWAS), Dr. Omar Alieu TOURAY, who is on a working visit to Cotonou. The audience took place in the "
            "presence of the Minister of Foreign Affairs, Mr. Olushegun ADJADI BAKARI.")
    found = extract(make_release("t", "Audiences of the Head of State", body, date="2024-02-20"))
    meetings = [(i.participants, i.date, i.place) for i in found.interactions if i.type == "meeting"]
    assert meetings == [(["Patrice TALON", "Omar Alieu TOURAY", "Olushegun ADJADI BAKARI"], "2024-02-20", "Cotonou")]


def test_the_three_leaders_who_sign_are_the_three_who_just_met() -> None:
    body = ("On August 8, President Ilham Aliyev met with President Donald Trump at the White House. Later, President "
            "Ilham Aliyev, President Donald Trump and Prime Minister Nikol Pashinyan held a trilateral meeting. "
            "Following the trilateral meeting, the three leaders signed a Joint Declaration.")
    found = extract(make_release("t", "Trilateral meeting at the White House", body, date="2025-08-08"))
    signings = [i.participants for i in found.interactions if i.type == "signing"]
    assert signings == [["Ilham Aliyev", "Donald Trump", "Nikol Pashinyan"]]


GABON = ("Activities of the Head of State | 13/06/2024\n\nThe President of the Republic, General Brice Clotaire "
         "Oligui Nguema, received this Thursday at the Palais Rénovation in Libreville the letters of credence of "
         "four new Ambassadors Extraordinary and Plenipotentiary, those of the Kingdom of Spain, the Republic of "
         "Korea and the Federal Republic of Nigeria.\n\nThe ceremonies took place in the presence of the Minister of "
         "Foreign Affairs, in charge of Sub-Regional Integration and Gabonese Abroad, Régis Onanga Ndiaye.\n\nLater "
         "in the morning, General Oligui Nguema received in audience the Minister of Foreign Affairs of the Republic "
         "of the Congo, Jean-Claude Gakosso, bearer of a written message from President Denis Sassou Nguesso.")


def test_credentials_of_states_listed_after_those_of_are_a_meeting_each_with_the_minister_present() -> None:
    found = extract(make_release("t", "Letters of credence", GABON))
    meetings = [i.participants for i in found.interactions if i.type == "meeting" and "Gakosso" not in str(i.participants)]
    assert sorted(m[-1] for m in meetings) == ["Nigeria", "Republic of Korea", "Spain"]  # (as the text names them)
    assert all("Régis Onanga Ndiaye" in m for m in meetings)
    minister = next(p for p in found.persons if p.name == "Régis Onanga Ndiaye")
    assert [r.title for r in minister.roles] == ["Minister of Foreign Affairs, in charge of Sub-Regional Integration "
                                                 "and Gabonese Abroad"]


def test_a_message_its_bearer_brought_to_an_audience_is_where_it_was_received() -> None:
    found = extract(make_release("t", "Letters of credence", GABON))
    (message,) = [i for i in found.interactions if i.type == "correspondence"]
    assert (message.participants, message.date, message.place) == (
        ["Denis Sassou Nguesso", "Brice Clotaire Oligui Nguema"], "2024-06-13", "Libreville")


def test_we_in_a_leaders_joint_statement_are_the_two_heads_its_opening_names() -> None:
    body = ("JOINT STATEMENT\n\n1. At the invitation of the Honourable Philip J. Pierre, Prime Minister of Saint Lucia, "
            "His Excellency Dr. Mohamed Irfaan Ali, President of the Co-operative Republic of Guyana, paid an official "
            "visit to Saint Lucia from 16 to 18 October 2024.\n\n2. We held bilateral talks today at the Office of the "
            "Prime Minister in Castries. We were joined by the Honourable Alva Baptiste, Minister for External Affairs "
            "of Saint Lucia, and the Honourable Hugh Hilton Todd, Minister of Foreign Affairs of Guyana.\n\n3. Following "
            "the talks, we witnessed the signing by the two Ministers of the Memorandum of Understanding on "
            "Agricultural Cooperation.\n\n4. We recalled our meeting in Grenada in July, on the margins of the "
            "Forty-Seventh Regular Meeting of the Conference of Heads of Government of CARICOM.\n\nIssued at Castries, "
            "Saint Lucia, this 18th day of October, 2024.")
    found = extract(make_release("t", "Joint Statement on the Official Visit", body))
    got = {(i.type, frozenset(i.participants), i.date) for i in found.interactions}
    leaders = {"Philip J. Pierre", "Mohamed Irfaan Ali"}
    ministers = {"Alva Baptiste", "Hugh Hilton Todd"}
    assert ("meeting", frozenset(leaders | ministers), "2024-10-18") in got
    assert ("signing", frozenset(leaders | ministers), "2024-10-18") in got
    assert ("meeting", frozenset(leaders), "2024-07") in got
    assert any(t == "multilateral" and d == "2024-07" for t, _, d in got)


def test_the_leader_who_sent_the_guest_is_no_party_to_the_audience() -> None:
    body = ("Libreville, 13 June 2024 – President Brice Clotaire Oligui Nguema received in audience the Minister of "
            "Foreign Affairs of the Republic of the Congo, Jean-Claude Gakosso, sent by President Denis Sassou Nguesso "
            "and bearer of a written message.")
    found = extract(make_release("t", "Audience", body))
    assert [i.participants for i in found.interactions if i.type == "meeting"] == [
        ["Brice Clotaire Oligui Nguema", "Jean-Claude Gakosso"]]


def test_a_treaty_signed_years_ago_named_beside_a_call_is_the_states_signing_not_the_callers() -> None:
    body = ("Libreville, 13 June 2024 – President Brice Clotaire Oligui Nguema had a telephone conversation with the "
            "President of Equatorial Guinea, Teodoro Obiang Nguema Mbasogo, about the islands, which the two "
            "countries submitted to the International Court of Justice under the Special Agreement signed in "
            "Marrakesh in November 2016.")
    found = extract(make_release("t", "Call", body))
    assert [(i.participants, i.date, i.place) for i in found.interactions if i.type == "signing"] == [
        (["Gabon", "Equatorial Guinea"], "2016-11", "Marrakesh")]


def test_a_call_headlined_with_phones_recalled_meetings_an_ordinal_summit_and_a_body_seated_somewhere() -> None:
    body = ("Monday, 13 February 2023\n\nPresident Abdel Fattah El-Sisi made a phone call today to Mr. Nikos "
            "Christodoulides to congratulate him on winning the presidential election in the Republic of Cyprus. Mr. "
            "Christodoulides recalled his previous meetings with the President during his tenure as Minister of Foreign "
            "Affairs. Both sides noted the outcomes of the ninth trilateral summit, held in Athens in October 2021, and "
            "the activities of the Eastern Mediterranean Gas Forum (EMGF), headquartered in Cairo. President El-Sisi "
            "also commended the efforts of outgoing President Nicos Anastasiades in strengthening relations, and "
            "extended an invitation to Mr. Christodoulides to visit Egypt.")
    r = extract(make_release("eg", "President El-Sisi Phones Cypriot President-Elect Nikos Christodoulides", body))
    assert "El-Sisi Phones" not in {p.name for p in r.persons}
    assert [(i.type, i.name, i.date, i.place) for i in r.interactions] == [
        ("call", None, "2023-02-13", None),
        ("meeting", None, None, None),  # (recalled: not today's, nor in Cairo)
        ("multilateral", "ninth trilateral summit", "2021-10", "Athens")]  # (not the Forum: a body seated in Cairo)
    assert [(i.name, i.proposed_by) for i in r.initiatives] == [
        ("visit of Nikos Christodoulides to Egypt", "Abdel Fattah El-Sisi")]  # (who extended it, not whom he praised)


def test_a_brief_encounter_recalled_on_the_sidelines_of_a_meeting_held_in_a_town_is_their_past_meeting() -> None:
    r = extract(make_release("as", "Secretary-General of ASEAN meets Minister of Timor-Leste", "JAKARTA, 3 August 2023 – "
                             "Secretary-General of ASEAN, Dr. Kao Kim Hourn, today received a courtesy call from the "
                             "Minister of Foreign Affairs of Timor-Leste, H.E. Bendito dos Santos Freitas. The "
                             "Secretary-General welcomed the Minister, recalling their brief encounter on the sidelines of "
                             "the 56th ASEAN Foreign Ministers' Meeting (AMM) held in Jakarta in July."))
    assert [(i.type, i.date, i.place) for i in r.interactions if i.type == "meeting"] == [
        ("meeting", "2023-08-03", "Jakarta"), ("meeting", "2023-07", "Jakarta")]


def test_a_sentence_opening_recalling_their_meeting_dates_that_past_meeting() -> None:
    body = ("On July 16, President Ilham Aliyev received Simon Stiell, Executive Secretary of the UNFCCC. Recalling "
            "their meeting in Dubai last December, the head of state said that preparations were proceeding. "
            "Minister of Ecology and Natural Resources, COP29 President-designate Mukhtar Babayev attended the meeting.")
    found = extract(make_release("t", "Ilham Aliyev received Simon Stiell", body, date="2024-07-16"))
    met = [(set(i.participants), i.date, i.place) for i in found.interactions if i.type == "meeting"]
    assert ({"Ilham Aliyev", "Simon Stiell"}, "2023-12", "Dubai") in met
    assert "Mukhtar Babayev" in {p.name for p in found.persons}  # (a President-designate's title)


def test_envoys_named_by_their_states_who_also_presented_letters_met_the_one_receiving_them() -> None:
    body = ("President William Ruto on Thursday received letters of credence from nine ambassadors at State House, "
            "Nairobi. Those who presented their credentials were Ambassador of Poland Dr. Marta Zielinska and "
            "Ambassador of the Netherlands Saskia Verhoeven. The envoys of Mexico, Qatar and Finland also presented "
            "their letters.")
    found = extract(make_release("t", "President Ruto receives credentials", body, date="2024-03-14"))
    met = [set(i.participants) for i in found.interactions if i.type == "meeting"]
    assert {"William Ruto", "Mexico"} in met and {"William Ruto", "Finland"} in met


def test_several_ministers_met_on_a_gatherings_margins_are_bilateral_meetings() -> None:
    body = ("Minister Vivian Balakrishnan attended the 56th ASEAN Foreign Ministers' Meeting in Jakarta. On the "
            "sidelines, Minister Balakrishnan met Chinese Foreign Minister Wang Yi, US Secretary of State Antony "
            "Blinken and Japanese Minister for Foreign Affairs Hayashi Yoshimasa.")
    found = extract(make_release("t", "Minister Balakrishnan in Jakarta", body, date="2023-07-14"))
    met = [set(i.participants) for i in found.interactions if i.type == "meeting"]
    assert {"Vivian Balakrishnan", "Wang Yi"} in met and {"Vivian Balakrishnan", "Antony Blinken"} in met
    # (two met on the margins may have met together, as the text tells it)
    body = ("On the margins of the summit, the Prime Minister Mette Frederiksen met with the Prime Minister of Norway, "
            "Jonas Gahr Støre, and the Prime Minister of Iceland, Kristrún Frostadóttir.")
    found = extract(make_release("t", "EPC summit", body, date="2025-10-02"))
    assert [set(i.participants) for i in found.interactions if i.type == "meeting"] == \
        [{"Mette Frederiksen", "Jonas Gahr Støre", "Kristrún Frostadóttir"}]


def test_a_that_clauses_opening_month_dates_its_event_and_a_place_may_come_before_with() -> None:
    body = ("Minister of Foreign Affairs Dmytro Kuleba met in Kyiv with the heads of diplomatic missions of Algeria, "
            "Angola, Egypt and Kenya accredited in Ukraine. The Foreign Minister recalled that in June the African "
            "peace mission led by the President of South Africa Cyril Ramaphosa, which included the President of "
            "the Comoros, Azali Assoumani, visited Kyiv and held talks with President Volodymyr Zelenskyy.")
    found = extract(make_release("t", "Kuleba meets African ambassadors", body, date="2023-08-10"))
    events = {(i.type, frozenset(i.participants)): (i.date, i.place) for i in found.interactions}
    assert events[("meeting", frozenset({"Dmytro Kuleba", "Algeria", "Angola", "Egypt", "Kenya"}))] == ("2023-08-10", "Kyiv")
    assert events[("meeting", frozenset({"Cyril Ramaphosa", "Volodymyr Zelenskyy"}))] == ("2023-06", "Kyiv")


def test_the_heads_of_state_with_capitals_held_talks() -> None:
    body = ("On 18 April, the President of the Republic of Uzbekistan Shavkat Mirziyoyev arrived in Dushanbe on a state "
            "visit, at the invitation of President of the Republic of Tajikistan Emomali Rahmon. The official welcoming "
            "ceremony took place at the Palace of Nation, after which the Heads of State held talks in a narrow format.")
    found = extract(make_release("t", "Negotiations at the highest level", body, date="2024-04-18"))
    assert {"Shavkat Mirziyoyev", "Emomali Rahmon"} in [set(i.participants) for i in found.interactions
                                                       if i.type == "meeting"]


def test_two_who_agreed_during_their_bilateral_meeting_met_that_day_apart_from_their_last_meeting() -> None:
    r = extract(make_release("t", "Prabowo, Modi agree to boost defense, health cooperation",
                             "New Delhi (ANTARA) - President Prabowo Subianto and Indian Prime Minister Narendra Modi on "
                             "Saturday agreed to strengthen cooperation in defense and health during their bilateral "
                             "meeting at Hyderabad House here.\n\nPrabowo, for his part, invited Modi to visit Indonesia "
                             "this year.\n\nPrabowo and Modi last met on the sidelines of the G20 "
                             "Summit in Rio de Janeiro, Brazil, in November last year, where they discussed the visit.",
                             date="2025-01-25"))
    meetings = [(i.date, i.place) for i in r.interactions if i.type == "meeting"]
    assert ("2025-01-25", "New Delhi") in meetings
    assert ("2025-01-25", "Rio de Janeiro") not in meetings


def test_the_president_an_envoy_serves_is_no_party_to_the_envoys_audience() -> None:
    r = extract(make_release(
        "t", "PRESS STATEMENT: PRESIDENT MNANGAGWA'S SPECIAL ENVOY DELIVERS MESSAGE TO PRESIDENT HICHILEMA",
        "The Minister of Foreign Affairs, Hon. Prof. Amon Murwira, yesterday delivered a special message from the "
        "President of the Republic of Zimbabwe, Dr. Emmerson Dambudzo Mnangagwa, to Mr. Hakainde Hichilema, President of "
        "the Republic of Zambia.\n\nThe message was delivered at State House in Lusaka, where Hon. Prof. Murwira, who "
        "arrived in Lusaka on Sunday as Special Envoy of the President, was received by President Hichilema.",
        date="2025-02-18"))
    assert [sorted(i.participants) for i in r.interactions if i.type == "meeting"] == [["Amon Murwira", "Hakainde Hichilema"]]
