"""Who is invited, and to whom a message goes: a planned visit is the guest's, never the inviter's
trip to their own state."""
from __future__ import annotations

from kg.extract import extract
from kg.records import Record
from kg.sources import make_release


def run(body: str, title: str = "Talks", date: str = "2024-06-12") -> Record:
    return extract(make_release("t", title, body, date=date))


def visits(record: Record) -> dict[str, str | None]:
    return {i.name: i.proposed_by for i in record.initiatives if i.name.startswith(("visit of", "travel of"))}


def test_the_guest_named_in_an_apposition_after_the_office() -> None:
    r = run("BRIDGETOWN, Barbados, February 11, 2025 – Minister of Foreign Affairs Kerrie Symmonds received the "
            "Ambassador of Korea. He invited the Korean Minister of Foreign Affairs, Cho Tae-yul, to visit Barbados.")
    assert visits(r) == {"visit of Cho Tae-yul to Barbados": "Kerrie Symmonds"}


def test_a_guest_with_two_appositions() -> None:
    r = run("BELGRADE, 3 September 2024 – Minister Marko Đurić met President Ilham Aliyev of Azerbaijan. Đurić "
            "invited the Minister of Ecology and Natural Resources of Azerbaijan, Mukhtar Babayev, who will preside "
            "over COP29, to visit Belgrade in October.")
    assert "visit of Mukhtar Babayev to Serbia" in visits(r)
    assert not any("Đurić to" in name for name in visits(r))


def test_the_one_handed_an_invitation_is_the_guest() -> None:
    r = run("BAGHDAD, 21 October 2024 – Prime Minister Mohammed Shia Al-Sudani received Turkish Foreign Minister "
            "Hakan Fidan. For his part, Fidan handed the Prime Minister a written invitation from President "
            "Erdoğan to pay an official visit to Türkiye.")
    assert visits(r) == {"visit of Mohammed Shia Al-Sudani to Türkiye": "Erdoğan"} or \
        visits(r) == {"visit of Mohammed Shia Al-Sudani to Türkiye": "Recep Tayyip Erdoğan"}


def test_whom_he_invited() -> None:
    r = run("RIGA, 11 June 2024 – President of Poland Andrzej Duda attended the summit. The President also had a "
            "short conversation with President of Finland Alexander Stubb, whom he invited to pay a visit to Poland.")
    assert list(visits(r)) == ["visit of Alexander Stubb to Poland"]


def test_a_state_visit_capitalised_as_a_title() -> None:
    r = run("FREETOWN, 17 October 2024 – Foreign Minister Timothy Kabba received Sara Beysolow Nyanti, who "
            "conveyed a message from Joseph Nyuma Boakai, President of the Republic of Liberia, together with his "
            "invitation to President Julius Maada Bio to pay a State Visit to Liberia.")
    assert "visit of Julius Maada Bio to Liberia" in visits(r)


def test_invited_him_is_the_one_named_before() -> None:
    r = run("Villa Somalia – Office of the President\nFederal Republic of Somalia\nPress Release\n10 October 2024\n\n"
            "ASMARA, Eritrea – H.E. President Hassan Sheikh Mohamud today joined H.E. President Isaias Afwerki of the "
            "State of Eritrea for a Tripartite Summit hosted by President Isaias in Asmara.\n\nThe President thanked "
            "President Isaias for the warm hospitality extended to him and his delegation and invited him to visit "
            "Mogadishu.", title="President Hassan Sheikh Mohamud attends Tripartite Summit in Asmara")
    assert visits(r) == {"visit of Isaias Afwerki to Somalia": "Hassan Sheikh Mohamud"}


def test_accepting_someones_invitation() -> None:
    r = run("NEW YORK, 20 September 2023 – Secretary-General António Guterres met Prime Minister of Nepal Pushpa "
            "Kamal Dahal. The Secretary-General accepted with pleasure the Prime Minister's invitation to visit "
            "Nepal later this year.")
    assert visits(r) == {"visit of António Guterres to Nepal": "Pushpa Kamal Dahal"}


def test_a_leader_touring_a_city_of_their_own_state_is_still_a_trip() -> None:
    r = run("Secretary of State Antony J. Blinken will travel to New York City on May 18 to chair a meeting.",
            title="Secretary Blinken's Travel to New York", date="2022-05-17")
    assert "travel of Antony J. Blinken to New York City" in visits(r)


def test_the_leader_of_a_delegation_holds_the_office_for_its_state() -> None:
    r = run("Banjul, 5 May 2024\n\nAt the opening session, President Adama Barrow took over the chairmanship of the "
            "Summit from the Kingdom of Saudi Arabia, whose delegation was led by the Minister of Foreign Affairs, "
            "His Royal Highness Prince Faisal bin Farhan Al Saud.")
    faisal = next(p for p in r.persons if p.name.startswith("Faisal"))
    assert [(role.title, role.of) for role in faisal.roles] == [("Minister of Foreign Affairs", "Saudi Arabia")]


def test_the_delegation_of_a_state_headed_by() -> None:
    r = run("Banjul, 5 May 2024\n\nThe delegation of Chile, headed by Foreign Minister Alberto van Klaveren, met "
            "President Adama Barrow.")
    klaveren = next(p for p in r.persons if p.name.endswith("Klaveren"))
    assert [(role.title, role.of) for role in klaveren.roles] == [("Foreign Minister", "Chile")]


def test_a_message_handed_to_a_guest_for_someone_else_is_to_that_one() -> None:
    r = run("Amman – Foreign Minister Ayman Safadi held talks today with Malaysian Foreign Minister Mohamad Hasan. "
            "Safadi also handed his guest a written message from His Majesty King Abdullah II to Prime Minister "
            "Anwar Ibrahim.", date="2025-02-11")
    letters = [i.participants for i in r.interactions if i.type == "correspondence"]
    assert letters == [["Abdullah II", "Anwar Ibrahim"]]


def test_invited_him_after_another_clause_is_the_first_clauses_subject() -> None:
    r = run("New Delhi, 14 October 2023\n\nToday, Shri Om Birla met the Chairman of the Shura Council of the Kingdom of "
            "Saudi Arabia, Sheikh Dr. Abdullah bin Mohammed bin Ibrahim Al Al-Sheikh. Shri Birla proposed the "
            "establishment of an India–Saudi Arabia Parliamentary Friendship Group, and Dr. Al Al-Sheikh invited him "
            "to visit the Kingdom.", date="2023-10-14")
    assert visits(r) == {"visit of Om Birla to Saudi Arabia": "Abdullah bin Mohammed bin Ibrahim Al Al-Sheikh"}


def test_a_plural_office_in_a_headline_is_no_person() -> None:
    r = run("New Delhi, 14 October 2023\n\nLok Sabha Speaker Shri Om Birla held a series of bilateral meetings with "
            "visiting Presiding Officers.", title="Lok Sabha Speaker holds bilateral meetings with Presiding Officers",
            date="2023-10-14")
    assert "Presiding Officers" not in [p.name for p in r.persons]
    assert not any("Presiding Officers" in i.participants for i in r.interactions)
