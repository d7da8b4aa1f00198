"""Messages, letters and cables: who wrote to whom, however the release words it."""
from __future__ import annotations

from kg.extract import extract
from kg.records import Record
from kg.sources import make_release


def letters(body: str) -> list[set[str]]:
    record: Record = extract(make_release("t", "UAE President congratulates Prabowo", body, date="2024-10-20"))
    return [set(i.participants) for i in record.interactions if i.type == "correspondence"]


def test_each_of_two_senders_with_their_offices_between_them_sent_one() -> None:
    sent = letters("His Highness Sheikh Mohammed bin Rashid Al Maktoum, Vice President, Prime Minister and Ruler of "
                   "Dubai, and His Highness Sheikh Mansour bin Zayed Al Nahyan, Vice President, Deputy Prime Minister "
                   "and Chairman of the Presidential Court, sent similar messages to President Prabowo Subianto.")
    assert {"Mohammed bin Rashid Al Maktoum", "Prabowo Subianto"} in sent
    assert {"Mansour bin Zayed Al Nahyan", "Prabowo Subianto"} in sent


def test_a_sentence_opening_in_a_cable_is_a_letter_from_its_subject() -> None:
    assert letters("In a separate cable, President Mohamed bin Zayed thanked former President Joko Widodo for his "
                   "role.") == [{"Mohamed bin Zayed", "Joko Widodo"}]
    assert letters("In a message to President Joko Widodo, President Mohamed bin Zayed congratulated him.") == \
        [{"Mohamed bin Zayed", "Joko Widodo"}]
    # (a message to no one the text names is no correspondence)
    assert letters("In a message posted online, President Mohamed bin Zayed praised the outcome.") == []


def test_a_message_handed_over_is_not_sent_to_one_named_after_while() -> None:
    sent = letters("President Nana Addo Dankwa Akufo-Addo received the Ambassador of Türkiye, Mehmet Ali Karaca, and the "
                   "High Commissioner of Rwanda, Immaculée Uwimana. The Ambassador of Türkiye handed over a message of "
                   "goodwill from President Recep Tayyip Erdoğan, while the Rwandan High Commissioner conveyed the "
                   "greetings of President Paul Kagame.")
    assert {"Paul Kagame", "Recep Tayyip Erdoğan"} not in sent
