"""Who "the Head of State", "the President of the Republic" and "the two Heads of State" are in a
presidency's release that names the heads of several states (a summit's host receiving his peers)."""
from __future__ import annotations

from kg.extract import extract
from kg.records import Record
from kg.sources import make_release

_SUMMIT_DAY = (
    "REPUBLIC OF MADAGASCAR\nPRESIDENCY OF THE REPUBLIC\n\nAntananarivo, 18 August 2025 – The day after the Summit, "
    "at which he took over the chairmanship from the President of the Republic of Zimbabwe, Dr. Emmerson "
    "MNANGAGWA, the President of the Republic, Andry RAJOELINA, held a series of bilateral talks this Monday.\n\n"
    "The Head of State first received the President of the Republic of South Africa, Mr. Cyril RAMAPHOSA.\n\n"
    "The President of the Republic then received the President of the Republic of Mozambique, Mr. Daniel Francisco "
    "CHAPO. At the end of the talks, the two Heads of State witnessed the signing, by the two foreign ministers, of "
    "a memorandum of understanding on maritime security.\n\n"
    "Finally, the Head of State held talks with the President of the Union of the Comoros, Mr. Azali ASSOUMANI. The "
    "two leaders recalled their meeting in Moroni on 6 July."
)


def run(body: str, title: str = "The President holds bilateral talks with his peers") -> Record:
    return extract(make_release("mg", title, body))


def roles_of(record: Record) -> dict[str, list[tuple[str, str | None]]]:
    return {p.name: [(o.title, o.of) for o in p.roles] for p in record.persons}


def dyads(record: Record, kind: str) -> list[tuple[set[str], str | None]]:
    return [(set(i.participants), i.date) for i in record.interactions if i.type == kind]


def test_the_head_of_state_of_a_presidency_release_is_its_own_not_the_first_president_named() -> None:
    meetings = [who for who, _ in dyads(run(_SUMMIT_DAY), "meeting")]
    assert {"Andry RAJOELINA", "Cyril RAMAPHOSA"} in meetings
    assert {"Andry RAJOELINA", "Azali ASSOUMANI"} in meetings
    assert not any("Emmerson MNANGAGWA" in who for who in meetings)


def test_the_president_of_the_republic_named_no_further_is_the_publishers_own() -> None:
    meetings = [who for who, _ in dyads(run(_SUMMIT_DAY), "meeting")]
    assert {"Andry RAJOELINA", "Daniel Francisco CHAPO"} in meetings


def test_the_two_heads_of_state_among_several_are_the_two_who_just_met() -> None:
    signings = [who for who, _ in dyads(run(_SUMMIT_DAY), "signing")]
    assert any({"Andry RAJOELINA", "Daniel Francisco CHAPO"} <= who for who in signings)


def test_a_meeting_recalled_in_the_next_sentence_is_another_event_than_todays() -> None:
    comoros = [when for who, when in dyads(run(_SUMMIT_DAY), "meeting") if who == {"Andry RAJOELINA", "Azali ASSOUMANI"}]
    assert sorted(comoros) == ["2025-07-06", "2025-08-18"]


def test_a_minister_accompanying_a_foreign_president_is_of_the_presidents_state() -> None:
    r = run("REPUBLIC OF MADAGASCAR\nPRESIDENCY OF THE REPUBLIC\n\nAntananarivo, 18 August 2025 – The Head of State "
            "received the President of the Republic of South Africa, Mr. Cyril RAMAPHOSA, accompanied by the Minister "
            "of International Relations and Cooperation, Mr. Ronald LAMOLA. The Minister of Foreign Affairs, Dr. "
            "Rasata RAFARAVAVITAFIKA, took part in the talks.")
    roles = roles_of(r)
    assert roles["Ronald LAMOLA"] == [("Minister of International Relations and Cooperation", "South Africa")]
    assert roles["Rasata RAFARAVAVITAFIKA"] == [("Minister of Foreign Affairs", "Madagascar")]


def test_a_leader_whose_invitation_a_foreign_minister_conveyed_is_of_the_ministers_state() -> None:
    r = run("Office of the President\nRepublic of the Marshall Islands\n\nMAJURO (25 February 2025) – President Hilda "
            "C. Heine today welcomed the Minister of Foreign Affairs of New Zealand, Rt Hon Winston Peters. Minister "
            "Peters conveyed an invitation from Prime Minister Christopher Luxon for President Heine to visit "
            "Wellington, which the President accepted.")
    roles = roles_of(r)
    assert roles["Christopher Luxon"] == [("Prime Minister", "New Zealand")]
