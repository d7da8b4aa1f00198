"""Which state a person, and the release, is taken to be about: the states a text names
through a continent, an invitation to a visit, a delegation; and a place, which is no party."""
from __future__ import annotations

from kg.extract import extract
from kg.records import Record
from kg.sources import make_release

_ITAMARATY = "Brazil, Ministry of Foreign Affairs"


def run(body: str, title: str = "Release", publisher: str | None = None, date: str = "2024-04-15") -> Record:
    return extract(make_release("t", title, body, date=date, publisher=publisher))


def roles(record: Record) -> dict[str, set[tuple[str, str | None]]]:
    return {p.name: {(r.title, r.of) for r in p.roles} for p in record.persons}


def test_a_continent_named_with_america_names_no_united_states() -> None:
    record = run("Minister Mauro Vieira attended the meeting of Latin American and Caribbean states in Lima, "
                 "met South American leaders and the Inter-American Development Bank.")
    assert "United States" not in {s.name for s in record.states}
    assert "United States" in {s.name for s in run("He met the American ambassador in Lima.").states}


def test_the_host_who_invited_a_president_to_pay_a_visit_is_of_the_state_visited() -> None:
    record = run("At the invitation of President Gustavo Petro, President Luiz Inácio Lula da Silva will pay a "
                 "State Visit to Colombia on 16 and 17 April.", publisher=_ITAMARATY)
    assert roles(record)["Gustavo Petro"] == {("President", "Colombia")}
    assert roles(record)["Luiz Inácio Lula da Silva"] == {("President", "Brazil")}


def test_the_members_a_states_delegation_lists_are_of_that_state() -> None:
    record = run("At the invitation of President Gustavo Petro, President Luiz Inácio Lula da Silva will pay a "
                 "State Visit to Colombia on 16 and 17 April. The Brazilian delegation will include the Minister "
                 "of Foreign Affairs, Mauro Vieira; and the Minister of Culture, Margareth Menezes.",
                 publisher=_ITAMARATY)
    assert roles(record)["Mauro Vieira"] == {("Minister of Foreign Affairs", "Brazil")}
    assert roles(record)["Margareth Menezes"] == {("Minister of Culture", "Brazil")}


def test_the_minister_is_the_first_named_minister_not_a_deputy_prime_minister_named_after() -> None:
    record = run("Azerbaijani Foreign Minister Jeyhun Bayramov held meetings in Valletta. Bayramov met on Thursday "
                 "with the Deputy Prime Minister and Minister for Foreign and European Affairs of Malta Ian Borg. "
                 "The same day, the minister held separate meetings with his Kazakh and Georgian counterparts.",
                 title="Azerbaijani FM holds meetings")
    met = [set(i.participants) for i in record.interactions if i.type == "meeting"]
    assert {"Jeyhun Bayramov", "Kazakhstan"} in met and {"Ian Borg", "Kazakhstan"} not in met


def test_the_headlines_order_does_not_give_the_guest_the_hosts_office() -> None:
    # (a headline names the other party first, and the subject by office alone)
    record = extract(make_release("t", "UAE President congratulates Prabowo", "President Mohamed bin Zayed Al Nahyan "
                                  "met President Prabowo Subianto. The UAE President spoke with Prabowo by telephone "
                                  "in February.", date="2024-10-20"))
    assert roles(record)["Mohamed bin Zayed Al Nahyan"] == {("President", "United Arab Emirates")}
    assert roles(record)["Prabowo Subianto"] == {("President", None)}


def test_a_city_that_hosts_a_body_meets_no_one() -> None:
    record = run("President Nana Addo Dankwa Akufo-Addo welcomed the envoys. He reminded them that Accra hosts the "
                 "Secretariat of the African Continental Free Trade Area (AfCFTA).")
    assert not [i for i in record.interactions if i.type == "meeting"]


def test_those_named_for_a_side_are_of_its_state_and_took_part() -> None:
    record = run("The President of the Republic, Sergio Mattarella, received at the Quirinale Palace the President of "
                 "the Argentine Republic, Javier Milei. Taking part in the meeting were the Minister of Foreign Affairs, "
                 "Antonio Tajani, and, for the Argentine side, the Minister of Foreign Affairs, International Trade and "
                 "Worship, Diana Mondino, and the Secretary General of the Presidency, Karina Milei. Milei had been "
                 "received by Pope Francis.", publisher="Italy, Presidency of the Republic (Quirinale)")
    states = roles(record)
    assert states["Diana Mondino"] == {("Minister of Foreign Affairs, International Trade and Worship", "Argentina")}
    # (a state's own Presidency, not an international body's Secretary General)
    assert states["Karina Milei"] == {("Secretary General of the Presidency", "Argentina")}
    assert states["Francis"] == {("Pope", "Holy See")}  # (not the publisher's)
    meeting = next(i for i in record.interactions if i.type == "meeting" and "Sergio Mattarella" in i.participants)
    assert {"Antonio Tajani", "Diana Mondino", "Karina Milei"} <= set(meeting.participants)


def test_a_surname_after_its_particle_may_be_a_citys_name() -> None:
    record = run("President William Ruto received the Ambassador of Brazil Ricardo Alves de Lima at State House.")
    assert "Ricardo Alves de Lima" in {p.name for p in record.persons}


def test_a_visiting_prime_ministers_company_and_host_and_his_ministers_unnamed_counterpart() -> None:
    record = run("Prime Minister Imran Khan returned home today after concluding a two-day official visit to Sri Lanka "
                 "(23-24 February 2021), undertaken at the invitation of Prime Minister Mahinda Rajapaksa. This was the "
                 "Prime Minister's first visit to Sri Lanka since the visit of Prime Minister Muhammad Nawaz Sharif in "
                 "January 2016.\n\nThe Prime Minister was accompanied by Foreign Minister Makhdoom Shah Mahmood Qureshi."
                 "\n\nSeparately, Foreign Minister Qureshi held a meeting with his Sri Lankan counterpart. Today, the "
                 "Prime Minister called on President Gotabaya Rajapaksa.",
                 title="Prime Minister Imran Khan concludes official visit to Sri Lanka",
                 publisher="Pakistan, Ministry of Foreign Affairs", date="2021-02-24")
    states = roles(record)
    assert states["Makhdoom Shah Mahmood Qureshi"] == {("Foreign Minister", "Pakistan")}  # (not the host's)
    assert states["Mahinda Rajapaksa"] == {("Prime Minister", "Sri Lanka")}  # (the host, who is no traveller)
    met = [set(i.participants) for i in record.interactions if i.type == "meeting"]
    assert {"Makhdoom Shah Mahmood Qureshi", "Sri Lanka"} in met  # (not the President, of another office)
    visit = next(i for i in record.interactions if i.type == "visit" and i.participants[0] == "Imran Khan")
    assert visit.date == "2021-02-23"


def test_a_first_lady_is_her_own_person_with_no_state_presumed() -> None:
    record = run("President William Ruto held talks with President Joe Biden at the White House. In the evening, "
                 "President Biden and First Lady Jill Biden will host President Ruto and First Lady Rachel Ruto at a "
                 "State Dinner.", publisher="Kenya, Presidency")
    states = roles(record)
    assert states["William Ruto"] == {("President", "Kenya")}
    assert states["Rachel Ruto"] == {("First Lady", None)}  # (not "Lady Rachel Ruto", nor the host's)
    met = [set(i.participants) for i in record.interactions if i.type == "meeting"]
    assert {"William Ruto", "Joe Biden"} in met


def test_a_short_surname_in_capitals_before_the_given_name_is_one_person_with_dr_qu() -> None:
    record = run("Georgetown – FAO Director-General QU Dongyu today addressed the Regional Conference. Dr. Qu later "
                 "met President Mohamed Irfaan Ali. Foreign Minister HE Abdulnasser Alshaali attended.")
    names = {p.name: p.aliases for p in record.persons}
    assert "Qu" in names["QU Dongyu"] and "Qu" not in names  # (one person)
    assert "HE Abdulnasser Alshaali" not in names  # (a form of address, not a surname)


def test_president_biden_is_not_first_lady_jill_biden() -> None:
    record = run("President Biden and First Lady Jill Biden hosted President William Ruto at the White House. "
                 "President Biden said the talks were good.", publisher="Kenya, Presidency")
    states = roles(record)
    assert states["Jill Biden"] == {("First Lady", None)}
    assert {title for title, _ in states["Biden"]} == {"President"}


def test_a_possessive_state_before_a_caretaker_office_is_its_holders() -> None:
    record = run("On Tuesday Foreign Minister Antonio Tajani had also talked with Lebanon's caretaker Prime Minister "
                 "Najib Mikati.", publisher="ANSA (Italy)")
    assert {of for _, of in roles(record)["Najib Mikati"]} == {"Lebanon"}  # (not the publisher's Italy)


def test_a_headline_comma_joins_two_parties_it_makes_no_counterpart() -> None:
    r = run("Amman – Deputy Prime Minister and Minister of Foreign Affairs Ayman Safadi held talks today with "
            "Malaysian Foreign Minister Mohamad Hasan, who arrived in the Kingdom yesterday.",
            title="Safadi, Malaysian counterpart hold talks in Amman", date="2025-02-11")
    safadi = next(p for p in r.persons if p.name == "Ayman Safadi")
    assert safadi.state != "Malaysia"
    assert {role.of for role in safadi.roles} == {"Jordan"}


def test_their_counterpart_after_a_name_is_still_an_apposition() -> None:
    r = run("Foreign Minister Ana Lopez met Grzegorz Schetyna, their Polish counterpart, in Lima.")
    assert roles(r)["Grzegorz Schetyna"] == {("Foreign Minister", "Poland")}


def test_a_bodys_name_with_the_arabic_article_is_no_person_and_the_sultanate_is_the_publishers_state() -> None:
    body = ("Sultanate of Oman – Majlis A'Shura\nNews\n\nMuscat, 22 April 2025 –\n\nHis Excellency Khalid bin Hilal "
            "Al Maawali, Chairman of Majlis A'Shura, held official talks today in Muscat with Her Excellency Sahiba "
            "Gafarova, Chair of the Milli Majlis of the Republic of Azerbaijan, who arrived in the Sultanate on Monday "
            "on an official visit.\n\nFollowing the talks, the two chairs signed the Memorandum of Understanding on "
            "Cooperation between the two parliaments.\n\nOn Monday evening, the guest was received by His Excellency "
            "Abdulmalik bin Abdullah Al Khalili, Chairman of Majlis A'Dawla.")
    found = extract(make_release("t", "Chairman of Majlis A'Shura signs memorandum", body, date="2025-04-22"))
    assert not [p.name for p in found.persons if "A'" in p.name]
    events = {(i.type, tuple(i.participants), i.date) for i in found.interactions}
    assert ("visit", ("Sahiba Gafarova", "Oman"), "2025-04-21") in events
    assert ("signing", ("Khalid bin Hilal Al Maawali", "Sahiba Gafarova"), "2025-04-22") in events


def test_a_document_named_then_signed_in_a_past_year_was_signed_by_the_two_states_not_those_who_met() -> None:
    body = ("On June 4, Prime Minister of the Republic of Azerbaijan Ali Asadov met with Prime Minister of the Republic "
            "of Serbia Miloš Vučević in Baku.\n\nWelcoming the guest, Ali Asadov congratulated Miloš Vučević on his "
            "recent appointment and noted that relations between the two countries rest on the Joint Declaration on "
            "Strategic Partnership signed in 2013.")
    found = extract(make_release("t", "Prime Minister Ali Asadov meets Miloš Vučević", body, date="2024-06-04"))
    signings = [(i.participants, i.date) for i in found.interactions if i.type == "signing"]
    assert signings == [(["Azerbaijan", "Serbia"], "2013")]
