"""What a release announces is a plan: an initiative, never an event that took place."""
from __future__ import annotations

from kg.extract import extract
from kg.records import Record
from kg.sources import make_release


def run(body: str, title: str = "Announcement", date: str = "2023-08-18") -> Record:
    return extract(make_release("t", title, body, date=date))


def initiatives(record: Record) -> set[str]:
    return {i.name for i in record.initiatives}


def test_an_announced_summit_and_meeting_are_initiatives_not_events() -> None:
    r = run("President Luiz Inácio Lula da Silva will travel to Johannesburg, South Africa, from 21 to 24 August, "
            "to take part in the 15th BRICS Summit. In Johannesburg, President Lula will hold a bilateral meeting "
            "with President Cyril Ramaphosa.")
    assert r.interactions == []
    assert "15th BRICS Summit" in initiatives(r)
    assert "meeting of Luiz Inácio Lula da Silva with Cyril Ramaphosa" in initiatives(r)


def test_a_headline_trip_dated_after_the_release_is_a_plan() -> None:
    r = run("President Luiz Inácio Lula da Silva will attend the summit.",
            title="Visit of President Luiz Inácio Lula da Silva to South Africa – 21 to 27 August 2023")
    assert not [i for i in r.interactions if i.type == "visit"]
    assert "visit of Luiz Inácio Lula da Silva to South Africa" in initiatives(r)


def test_a_past_clause_after_since_in_a_plan_is_an_event() -> None:
    r = run("President Lula will be received by President João Lourenço. It will be the first visit by a Brazilian "
            "head of state to Angola since President Dilma Rousseff travelled to Luanda in October 2011.")
    visits = [(i.participants, i.date) for i in r.interactions if i.type == "visit"]
    assert visits == [(["Dilma Rousseff", "Angola"], "2011-10")]
    assert not any("Rousseff" in name for name in initiatives(r))


def test_a_passive_met_with_is_no_planned_meeting() -> None:
    r = run("Deputy Secretary Wendy Sherman spoke with Deputy Minister Marta Morgan. They said further escalation "
            "would be met with massive consequences.")
    assert not any(name.startswith("meeting of") for name in initiatives(r))


def test_an_event_name_leaves_its_date_out() -> None:
    r = run("On July 20, Foreign Minister Pekka Haavisto took part in the Ministerial Plenary on July 20.",
            date="2023-07-21")
    assert [i.name for i in r.interactions if i.type == "multilateral"] == ["Ministerial Plenary"]


def test_two_summits_of_one_name_in_two_years_stay_two() -> None:
    r = run("The plan was first raised at the June 2016 North American Leaders Summit. It was endorsed at the "
            "November 2021 North American Leaders Summit.", date="2022-07-15")
    assert sorted(i.date for i in r.interactions if i.type == "multilateral") == ["2016-06", "2021-11"]


def test_a_planned_event_keeps_its_ordinal() -> None:
    r = extract(make_release("t", "Talks", "Cairo, 6 September 2023. The Secretary-General met the Minister. They "
                             "discussed preparations for the 33rd Arab Summit to be hosted by Bahrain in 2024."))
    assert "33rd Arab Summit" in {i.name for i in r.initiatives}


def test_a_meeting_someone_will_meet_or_is_scheduled_to_meet_is_a_planned_meeting() -> None:
    from kg.extract import extract
    from kg.sources import make_release

    r = extract(make_release("fi", "Talks", "President Alexander Stubb received President Nangolo Mbumba. On "
                             "Wednesday, President Mbumba will meet Prime Minister Petteri Orpo and visit technology "
                             "companies. Foreign Minister Peya Mushelenga is scheduled to meet Minister Elina Valtonen."))
    planned = {i.name for i in r.initiatives}
    assert {"meeting of Nangolo Mbumba with Petteri Orpo", "meeting of Peya Mushelenga with Elina Valtonen"} <= planned
    assert [i.participants for i in r.interactions if i.type == "meeting"] == [["Alexander Stubb", "Nangolo Mbumba"]]


def test_an_event_the_states_will_co_host_is_an_initiative() -> None:
    record = run("In June 2026, Canada, Mexico and the United States will co-host the 2026 FIFA World Cup, the first "
                 "to be held in three countries.", date="2025-09-18")
    assert any("FIFA World Cup" in n for n in initiatives(record))
    assert not record.interactions


def test_a_proposals_name_ends_where_the_next_clauses_verb_begins() -> None:
    record = run("He voiced Brazil's support for the Chilean proposal to set up a regional disaster response "
                 "mechanism and invited Boric to the conference.")
    assert "regional disaster response mechanism" in initiatives(record)


def test_a_plan_on_a_weekday_is_the_coming_one() -> None:
    r = run("President Alexander Stubb received President of Namibia Nangolo Mbumba in Helsinki today. On Wednesday, "
            "President Mbumba will meet Prime Minister Petteri Orpo.", title="State visit", date="2024-10-08")
    assert "meeting of Nangolo Mbumba with Petteri Orpo" in initiatives(r)
    assert [set(i.participants) for i in r.interactions if i.type == "meeting"] == [{"Alexander Stubb", "Nangolo Mbumba"}]


def test_a_summit_a_state_will_host_and_an_invitation_extended_to_a_guest_are_plans() -> None:
    body = ("Cairo, 11 February 2025 – Mohammed bin Ahmed Al Yamahi, President of the Arab Parliament, met Ahmed Aboul "
            "Gheit, Secretary-General of the League of Arab States. They reviewed the arrangements for the 34th Arab "
            "Summit, which the Republic of Iraq will host in Baghdad in May. Earlier, Al Yamahi received a call from "
            "Mahmoud al-Mashhadani, Speaker of the Council of Representatives of Iraq. The Iraqi Speaker also "
            "extended to Al Yamahi an invitation to visit Iraq, which he accepted.")
    found = extract(make_release("t", "Arab Parliament", body))
    assert not [i for i in found.interactions if i.type == "multilateral"]
    plans = {(i.name, i.proposed_by) for i in found.initiatives}
    assert ("visit of Mohammed bin Ahmed Al Yamahi to Iraq", "Mahmoud al-Mashhadani") in plans
    assert any(name == "34th Arab Summit" for name, _ in plans)


def test_a_business_forum_of_two_states_planned_is_an_initiative() -> None:
    r = extract(make_release("fi", "Presidents meet", "Helsinki, 8 October 2024. President Alexander Stubb met President "
                             "Nangolo Mbumba. They agreed that a Finnish-Namibian business forum will be organised in "
                             "Windhoek in spring 2025. Stubb also discussed the preparations for the Mongolia–Japan "
                             "investment forum to be held in Tokyo next spring."))
    assert {i.name for i in r.initiatives} >= {"Finnish-Namibian business forum", "Mongolia–Japan investment forum"}
    assert [i.type for i in r.interactions] == ["meeting"]  # (neither forum took place)


def test_a_meeting_of_a_numbered_format_is_a_multilateral_event() -> None:
    r = extract(make_release("am", "Ministers talk", "The Ministers exchanged views on the regional agenda, recalling the "
                             "first meeting of the 3+3 platform, held in Moscow in December 2021.", date="2022-09-14"))
    assert [(i.type, i.name, i.date, i.place) for i in r.interactions] == [
        ("multilateral", "first meeting of the 3+3 platform", "2021-12", "Moscow")]


def test_a_state_visit_at_the_invitation_of_a_host_named_first_is_the_guests_proposed_by_the_host() -> None:
    r = run("At the invitation of President Gustavo Petro, President Luiz Inácio Lula da Silva will pay a State Visit to "
            "Colombia on 16 and 17 April.", date="2024-04-15")
    assert [(i.name, i.proposed_by) for i in r.initiatives] == [
        ("visit of Luiz Inácio Lula da Silva to Colombia", "Gustavo Petro")]
