"""A week or a tour told day by day: each event keeps the day and the city the text gives it, and
what a clause recalls from another time keeps its own."""
from __future__ import annotations

from kg.extract import extract
from kg.records import Record
from kg.sources import make_release


def _events(r: Record) -> set[tuple[str, tuple[str, ...], str | None, str | None]]:
    return {(i.type, tuple(i.participants), i.date, i.place) for i in r.interactions}


WEEK = ("New York, 28 September 2024 – The Minister of Foreign Affairs of Senegal, Mrs. Yassine Fall, took part "
        "this week in the high-level segment of the 79th session of the United Nations General Assembly.\n\n"
        "On Wednesday 25 September, Mrs. Fall was received by the Secretary General of La Francophonie, "
        "Mrs. Louise Mushikiwabo. She then held a working session with the Administrator of the United Nations "
        "Development Programme (UNDP), Mr. Achim Steiner, on the Great Green Wall programme, relaunched by the "
        "African Union at the One Planet Summit for Biodiversity (OPS), held in Paris in January 2021.\n\n"
        "Thursday was marked by the statement of Senegal in the general debate. The same day, the head of "
        "Senegalese diplomacy had a meeting with her Turkish counterpart, Mr. Hakan Fidan.\n\n"
        "Mrs. Fall assured Mrs. Mushikiwabo of Senegal's support for the candidacy of Dakar, to be decided at "
        "the Summit of La Francophonie in Villers-Cotterêts, France, next week.")


def test_a_working_session_takes_the_days_place_not_a_far_clauses_past_gathering() -> None:
    r = extract(make_release("t", "A week at the General Assembly", WEEK, date="2024-09-28"))
    assert ("meeting", ("Yassine Fall", "Achim Steiner"), "2024-09-25", "New York") in _events(r)


def test_the_same_day_after_a_weekday_told_as_a_subject_is_that_weekday() -> None:
    r = extract(make_release("t", "A week at the General Assembly", WEEK, date="2024-09-28"))
    assert ("meeting", ("Yassine Fall", "Hakan Fidan"), "2024-09-26", "New York") in _events(r)


def test_a_gathering_next_week_is_a_plan_not_an_event() -> None:
    r = extract(make_release("t", "A week at the General Assembly", WEEK, date="2024-09-28"))
    assert not any("Francophonie" in (i.name or "") for i in r.interactions if i.type == "multilateral")


def test_the_visit_he_paid_is_the_visit_of_the_one_who_recalls_it() -> None:
    body = ("Cotonou, 18 October 2024 – Minister Olushegun Adjadi Bakari held talks in Abuja with his Nigerian "
            "counterpart, Yusuf Maitama Tuggar. Ambassador Tuggar recalled the working visit he paid to Cotonou "
            "last February.")
    r = extract(make_release("t", "Talks in Abuja", body, date="2024-10-18"))
    assert ("visit", ("Yusuf Maitama Tuggar", "Benin"), "2024-02", "Cotonou") in _events(r)


def test_a_meeting_early_in_the_week_is_at_the_datelines_city_and_dates_what_follows_that_day() -> None:
    body = ("New York, 28 September 2024 – The Minister of Foreign Affairs of Senegal, Mrs. Yassine Fall, took part "
            "this week in the high-level segment of the 79th session of the United Nations General Assembly.\n\n"
            "The week opened on Monday 23 September with the Summit of the Future, at which the President spoke. On "
            "the sidelines of the Summit, the Minister held talks the same day with the Minister of Foreign Affairs "
            "of Hungary, Mr. Péter Szijjártó.\n\nOn Tuesday, she met with the Minister of Foreign Affairs of "
            "Morocco, Mr. Nasser Bourita.")
    found = _events(extract(make_release("t", "A week at the General Assembly", body, date="2024-09-28")))
    assert ("meeting", ("Yassine Fall", "Péter Szijjártó"), "2024-09-23", "New York") in found
    assert ("meeting", ("Yassine Fall", "Nasser Bourita"), "2024-09-24", "New York") in found


def test_a_call_and_the_one_spoken_earlier_that_day_are_two_calls_and_a_had_spoken_call_its_day() -> None:
    body = ("Dublin, 21 May 2024 – The Taoiseach, Simon Harris, spoke by phone this evening with the President of the "
            "Government of Spain, Pedro Sánchez, having spoken earlier today with the Prime Minister of Norway, Jonas "
            "Gahr Støre. The Taoiseach informed both leaders that the Minister for Foreign Affairs, Micheál Martin, "
            "had spoken yesterday with the Foreign Minister of Saudi Arabia, Prince Faisal bin Farhan Al Saud.")
    r = extract(make_release("t", "Readout of the Taoiseach's calls", body, date="2024-05-21"))
    calls = sorted((tuple(i.participants), i.date) for i in r.interactions if i.type == "call")
    assert calls == [(("Micheál Martin", "Faisal bin Farhan Al Saud"), "2024-05-20"),
                     (("Simon Harris", "Jonas Gahr Støre"), "2024-05-21"),
                     (("Simon Harris", "Pedro Sánchez"), "2024-05-21")]


def test_a_meeting_where_the_visitor_moved_the_day_before_is_in_that_city() -> None:
    body = ("Accra, 16 October 2024 (Ministry of Foreign Affairs).- The Minister held a meeting this Wednesday with "
            "the Secretary of State of Spain, Susana Sumelzo. The day before, the Secretary of State Sumelzo moved to "
            "the city of Kumasi, where she held a meeting with the Mayor of Kumasi, Samuel Pyne.")
    r = extract(make_release("t", "Secretary of State in Ghana", body, date="2024-10-16"))
    assert ("meeting", ("Susana Sumelzo", "Samuel Pyne"), "2024-10-15", "Kumasi") in _events(r)


def test_a_gathering_convened_far_before_its_day_takes_that_day_not_the_clause_befores() -> None:
    body = ("Bridgetown, Barbados, 10 May 2024 – The Council welcomed the installation of the Transitional "
            "Presidential Council on 25 April 2024 and recalled the high-level meeting on Haiti convened by CARICOM "
            "Heads of Government with international partners in Kingston, Jamaica, on 11 March 2024.")
    r = extract(make_release("t", "Communiqué", body, date="2024-05-10"))
    haiti = [(i.date, i.place) for i in r.interactions if i.type == "multilateral" and "Haiti" in (i.name or "")]
    assert haiti == [("2024-03-11", "Kingston")]


def test_talks_on_the_margins_of_a_conference_held_elsewhere_before_the_trip_are_where_it_was() -> None:
    body = ("Port-au-Prince, 2 March 2024 – The Prime Minister, Dr. Ariel Henry, concluded yesterday, Friday 1 March "
            "2024, an official visit to Nairobi. Before travelling to Nairobi, the Head of Government took part, from "
            "Sunday 25 to Wednesday 28 February, in the Forty-Sixth Regular Meeting of the Conference of Heads of "
            "Government of the Caribbean Community, held in Georgetown, Guyana. On Monday 26 February, on the "
            "margins of the Conference, the Prime Minister held talks with the former Prime Minister of Jamaica, "
            "Bruce Golding.")
    r = extract(make_release("t", "Prime Minister concludes visit to Kenya", body, date="2024-03-02"))
    found = _events(r)
    assert ("meeting", ("Ariel Henry", "Bruce Golding"), "2024-02-26", "Georgetown") in found
    assert [i.place for i in r.interactions if i.type == "multilateral"] == ["Georgetown"]


def test_an_agreement_signed_by_one_minister_for_each_state_in_the_leaders_presence_is_the_ministers_signing() -> None:
    body = ("Port-au-Prince, 2 March 2024 – On Friday, the Prime Minister, Ariel Henry, was received at State House, "
            "Nairobi, by the President of the Republic of Kenya, William Samoei Ruto. At the end of the talks, the "
            "reciprocal agreement was signed, in the presence of the two leaders, by Minister Jean Victor Généus for "
            "the Republic of Haiti and by the Cabinet Secretary for Interior and National Administration, Professor "
            "Kithure Kindiki, for the Republic of Kenya.")
    r = extract(make_release("t", "Agreement signed in Nairobi", body, date="2024-03-02"))
    assert [sorted(i.participants) for i in r.interactions if i.type == "signing"] == [["Jean Victor Généus",
                                                                                          "Kithure Kindiki"]]


def test_a_courtesy_call_on_an_office_of_a_body_then_its_holder_is_a_meeting_with_the_holder() -> None:
    body = ("May 31, 2024\n\nThe Prime Minister attended SIDS4 this week. On Wednesday, Prime Minister Philip J. Pierre, "
            "accompanied by the Permanent Representative "
            "to the United Nations, Her Excellency Menissa Rambally, paid a courtesy call on the President of the "
            "seventy-eighth session of the General Assembly, His Excellency Dennis Francis. The same day, he called "
            "on Russia to withdraw its forces.")
    r = extract(make_release("t", "Prime Minister at SIDS4", body, date="2024-05-31"))
    assert [(sorted(i.participants), i.date) for i in r.interactions if i.type == "meeting"] == [
        (["Dennis Francis", "Menissa Rambally", "Philip J. Pierre"], "2024-05-29")]


def test_the_venue_of_a_gathering_still_to_come_is_not_the_occasions() -> None:
    body = ("Brazzaville, 29 October 2023\n\nThe Summit of the Three Basins closed yesterday with the adoption of a "
            "final declaration, which will be carried to COP28 in Dubai next month.\n\nOn Friday, the Minister of "
            "Foreign Affairs, Jean-Claude Gakosso, received the Vice Minister of Foreign Affairs of Indonesia, "
            "Pahala Nugraha Mansury.")
    r = extract(make_release("t", "Three Basins Summit closes", body, date="2023-10-29"))
    assert [(i.date, i.place) for i in r.interactions if i.type == "meeting"] == [("2023-10-27", "Brazzaville")]


def test_talks_before_which_a_guest_was_received_are_another_meeting_with_the_unnamed_counterparts_state() -> None:
    body = ("Brazzaville, 29 October 2023\n\nThe Heads of State segment was attended by General Brice Clotaire Oligui "
            "Nguema, President of the Transition of the Gabonese Republic.\n\nOn Friday, the Minister of Foreign "
            "Affairs, Jean-Claude Gakosso, received the Vice Minister of Foreign Affairs of Indonesia, Pahala Nugraha "
            "Mansury, before holding talks with his Gabonese counterpart on the next ECCAS summit.")
    r = extract(make_release("t", "Three Basins Summit", body, date="2023-10-29"))
    meetings = sorted(tuple(i.participants) for i in r.interactions if i.type == "meeting")
    assert meetings == [("Jean-Claude Gakosso", "Gabon"), ("Jean-Claude Gakosso", "Pahala Nugraha Mansury")]


PROGRAMME = ("Luxembourg, 13 March 2024 – Minister Xavier Bettel paid a working visit to Cabo Verde this week. The "
             "programme began on Monday in Praia. In the morning, Bettel met his Cabo Verdean counterpart Rui "
             "Figueiredo Soares. On Tuesday, the delegation travelled to Brussels, where Bettel met EU High "
             "Representative Josep Borrell.")


def test_the_morning_of_a_programmes_first_day_is_that_day_in_its_city() -> None:
    r = extract(make_release("t", "Working visit", PROGRAMME))
    assert ("meeting", ("Xavier Bettel", "Rui Figueiredo Soares"), "2024-03-11", "Praia") in _events(r)
    assert ("meeting", ("Xavier Bettel", "Josep Borrell"), "2024-03-12", "Brussels") in _events(r)


def test_a_minister_whose_delegation_travels_on_keeps_the_publishers_state() -> None:
    r = extract(make_release("t", "Talks", "Luxembourg, 12 March 2024 – Minister Xavier Bettel met his Cabo Verdean "
                             "counterpart Rui Figueiredo Soares. On Tuesday, the delegation travelled to Brussels, where "
                             "Bettel met EU High Representative Josep Borrell."))
    assert {(x.title, x.of) for p in r.persons if p.name == "Xavier Bettel" for x in p.roles} == {("Minister", "Luxembourg")}


JOKOWI = ("Moscow (ANTARA) - President Joko Widodo held talks with Russian President Vladimir Putin at the Kremlin in "
          "Moscow on Thursday afternoon, a day after meeting Ukrainian President Volodymyr Zelenskyy in Kyiv.\n\n"
          "Widodo had earlier held a phone conversation with Zelenskyy in late April.")


def test_talks_a_day_after_another_meeting_keep_their_own_day_and_town() -> None:
    r = extract(make_release("t", "Jokowi meets Putin", JOKOWI, date="2022-06-30"))
    assert ("meeting", ("Joko Widodo", "Vladimir Putin"), "2022-06-30", "Moscow") in _events(r)
    assert ("meeting", ("Joko Widodo", "Volodymyr Zelenskyy"), "2022-06-29", "Kyiv") in _events(r)
    assert ("call", ("Joko Widodo", "Volodymyr Zelenskyy"), "2022-04", None) in _events(r)


def test_the_president_under_a_foreign_dateline_is_the_guest_who_met_its_president_not_the_host() -> None:
    r = extract(make_release("t", "Widodo conveys Zelenskyy's message to Putin in Moscow",
                             "Moscow (ANTARA) - President Joko Widodo held talks with Russian President Vladimir Putin "
                             "at the Kremlin in Moscow on Thursday.\n\nSpeaking to reporters after the meeting, Widodo said "
                             "he had offered to help open communication between the two leaders.\n\nOn Wednesday, Widodo "
                             "visited the town of Irpin. The President then met Ukrainian President Volodymyr Zelenskyy at "
                             "the Mariinsky Palace in Kyiv.", date="2022-06-30"))
    assert {tuple(i.participants) for i in r.interactions if "Volodymyr Zelenskyy" in i.participants} == \
        {("Joko Widodo", "Volodymyr Zelenskyy")}
