"""Whom a pronoun or an office without its holder stands for: "he" and "she" the sentence's subject
or the last one named, unless the release marks that person as the other sex; "the Cabo Verdean
Minister" the minister of that state."""
from __future__ import annotations

from kg.extract import extract
from kg.records import Record
from kg.sources import make_release


def _meetings(r: Record) -> set[tuple[str, ...]]:
    """Each meeting's participants, sorted."""
    return {tuple(sorted(i.participants)) for i in r.interactions if i.type == "meeting"}


def test_she_is_the_woman_named_before_not_the_president_who_opened_the_sentence_before() -> None:
    body = ("Accra, 16 May 2024 – Ms. Rebeca Grynspan, Secretary-General of UNCTAD, arrived in Accra on Tuesday. "
            "On Wednesday she was received by President Nana Addo Dankwa Akufo-Addo at Jubilee House. The President "
            "asked UNCTAD to help Ghana design a strategy for its critical minerals, a request Ms. Grynspan welcomed.\n\n"
            "Earlier on Wednesday she held talks with the Minister for Finance, Mohammed Amin Adam.")
    r = extract(make_release("t", "UNCTAD chief in Ghana", body, date="2024-05-16"))
    meetings = _meetings(r)
    assert ("Mohammed Amin Adam", "Rebeca Grynspan") in meetings
    assert ("Mohammed Amin Adam", "Nana Addo Dankwa Akufo-Addo") not in meetings


def test_he_stays_with_the_sentences_subject_whom_the_release_does_not_mark() -> None:
    body = ("Rome, 3 June 2024 – Foreign Minister Antonio Tajani received Ms. Anna Lindqvist, Director of the "
            "Nordic Institute, at the Farnesina. Later, he held talks with the Minister of Foreign Affairs of Malta, "
            "Ian Borg.")
    r = extract(make_release("t", "Tajani meets Borg", body, date="2024-06-03"))
    meetings = _meetings(r)
    assert ("Antonio Tajani", "Ian Borg") in meetings


def test_a_two_word_demonym_names_the_states_minister_and_the_head_of_its_diplomacy() -> None:
    body = ("Praia, 23 June 2022 – The Minister of Foreign Affairs of Cabo Verde, Rui Alberto de Figueiredo Soares, "
            "was in Luxembourg on Monday. In the morning, the Cabo Verdean Minister was received by the Minister of "
            "Foreign and European Affairs of Luxembourg, Jean Asselborn. In the afternoon, the head of Cabo Verdean "
            "diplomacy and the Minister for Development Cooperation of Luxembourg, Franz Fayot, co-chaired the annual "
            "meeting of the Partnership Commission between the two countries.")
    r = extract(make_release("t", "Minister in Luxembourg", body, date="2022-06-23"))
    meetings = _meetings(r)
    assert ("Jean Asselborn", "Rui Alberto de Figueiredo Soares") in meetings
    assert ("Franz Fayot", "Rui Alberto de Figueiredo Soares") in meetings


def test_the_taoiseach_and_prime_minister_sanchez_are_two_persons_who_recall_their_meeting() -> None:
    body = ("Dublin, 21 May 2024 – The Taoiseach, Simon Harris, spoke by phone this evening with the President of "
            "the Government of Spain, Pedro Sánchez. The Taoiseach and Prime Minister Sánchez recalled their meeting "
            "at Government Buildings in Dublin on 12 April.")
    r = extract(make_release("t", "Readout", body, date="2024-05-21"))
    sanchez = next(p for p in r.persons if p.name == "Pedro Sánchez")
    assert "Taoiseach" not in [role.title for role in sanchez.roles]
    meetings = [(sorted(i.participants), i.date) for i in r.interactions if i.type == "meeting"]
    assert meetings == [(["Pedro Sánchez", "Simon Harris"], "2024-04-12")]


def test_the_foreign_minister_a_release_calls_chancellor_and_the_meeting_two_presidents_held() -> None:
    body = ("SANTO DOMINGO.- The Minister of Foreign Affairs, Roberto Álvarez, and his Costa Rican counterpart, Arnoldo "
            "André Tinoco, signed two agreements this Thursday. Before the signing, Chancellor Álvarez and Chancellor "
            "André Tinoco held a bilateral meeting. Both ministers recalled the meeting that Presidents Luis Abinader "
            "and Rodrigo Chaves Robles held last September in New York. The Costa Rican Foreign Minister arrived in "
            "the country on Wednesday and was received that same afternoon by President Abinader.")
    r = extract(make_release("t", "Two agreements signed", body, date="2024-06-13"))
    found = {(i.type, tuple(sorted(i.participants)), i.date) for i in r.interactions}
    assert ("meeting", ("Arnoldo André Tinoco", "Luis Abinader"), "2024-06-12") in found
    assert ("meeting", ("Luis Abinader", "Rodrigo Chaves Robles"), "2023-09") in found


def test_him_in_a_who_clause_is_not_its_antecedent_and_the_call_on_is_a_meeting() -> None:
    body = ("Islamabad, the 22nd May, 2024: Speaker National Assembly Sardar Ayaz Sadiq has said that Pakistan and "
            "Türkiye are bound by bonds of faith.\n\nHe expressed these views while talking to the Speaker of the Grand "
            "National Assembly of Türkiye, Prof. Dr. Numan Kurtulmuş, who called on him at Parliament House on "
            "Wednesday.\n\nAt the conclusion of the talks, the two Speakers signed a Memorandum of Understanding on "
            "Parliamentary Cooperation.")
    found = extract(make_release("t", "Pakistan and Türkiye sign MoU", body, date="2024-05-22"))
    events = {(i.type, frozenset(i.participants)) for i in found.interactions}
    assert ("meeting", frozenset({"Sardar Ayaz Sadiq", "Numan Kurtulmuş"})) in events
    assert ("signing", frozenset({"Sardar Ayaz Sadiq", "Numan Kurtulmuş"})) in events


def test_an_unknown_word_before_a_bodys_word_in_an_office_is_no_name() -> None:
    body = ("Beirut, 23 January 2024 – Speaker Nabih Berri received the ambassadors.\n\nHe also received a telephone "
            "call from the Speaker of the Islamic Consultative Assembly of Iran, Mohammad Bagher Ghalibaf, with whom "
            "he reviewed the situation in Lebanon.")
    found = extract(make_release("t", "Speaker Berri", body, date="2024-01-23"))
    assert [i.participants for i in found.interactions if i.type == "call"] == [["Nabih Berri", "Mohammad Bagher Ghalibaf"]]
