"""A rank before a name, a list of envoys after a colon, a name set off by ", who", a call
received from someone, and a dateline town with an Arabic article."""
from __future__ import annotations

from kg.extract import extract
from kg.records import Record
from kg.sources import make_release
from kg.sources.dateline import read_dateline


def run(body: str, title: str = "Activities") -> Record:
    return extract(make_release("t", title, body, date="2024-01-23"))


def persons(record: Record) -> set[str]:
    return {p.name for p in record.persons}


def test_a_military_rank_is_a_form_of_address_not_part_of_the_name() -> None:
    r = run("President William Ruto met General Aroldo Lázaro. Admiral Samuel J. Paparo arrived later. "
            "Admiral Paparo met Lieutenant General Abdel Fattah al-Burhan.")
    assert persons(r) == {"William Ruto", "Aroldo Lázaro", "Samuel J. Paparo", "Abdel Fattah al-Burhan"}
    assert {frozenset(i.participants) for i in r.interactions if i.type == "meeting"} >= {
        frozenset({"William Ruto", "Aroldo Lázaro"}), frozenset({"Samuel J. Paparo", "Abdel Fattah al-Burhan"})}


def test_general_after_an_offices_head_or_before_a_bodys_word_is_no_rank() -> None:
    r = run("Secretary General António Guterres addressed the General Assembly. The Ministry's General Diwan hosted "
            "the talks.")
    assert persons(r) == {"António Guterres"}
    assert [role.title for p in r.persons for role in p.roles] == ["Secretary General"]


def test_the_envoys_listed_after_a_colon_are_whom_the_speaker_received() -> None:
    r = run("Beirut – Speaker of Parliament Nabih Berri received today the ambassadors of the Quintet Committee on "
            "Lebanon: the Ambassador of the United States of America, Lisa Johnson, and the Ambassador of France, "
            "Hervé Magro.")
    assert [set(i.participants) for i in r.interactions] == [{"Nabih Berri", "Lisa Johnson", "Hervé Magro"}]


def test_a_name_set_off_by_commas_before_who_is_a_person() -> None:
    r = run("Speaker Berri then received the Minister of Foreign Affairs and Emigrants in the caretaker government, "
            "Abdallah Bou Habib, who briefed him on the results.")
    assert "Abdallah Bou Habib" in persons(r)
    assert [set(i.participants) for i in r.interactions] == [{"Berri", "Abdallah Bou Habib"}]


def test_a_call_received_from_someone_is_a_call_with_them() -> None:
    r = run("President William Ruto received a call from Mohammad Bagher Ghalibaf.")
    assert [(i.type, set(i.participants)) for i in r.interactions] == [
        ("call", {"William Ruto", "Mohammad Bagher Ghalibaf"})]


def test_a_dateline_town_with_an_arabic_article_or_in_the_gazetteer_is_the_releases_place() -> None:
    assert read_dateline("Ain al-Tineh – Speaker of Parliament Nabih Berri received today").place == "Ain al-Tineh"
    assert read_dateline("Sharm El-Sheikh – The minister opened the session").place == "Sharm El-Sheikh"
    assert read_dateline("Good Morning – Today the minister").place is None


def test_a_surname_that_is_also_a_city_is_no_place_and_a_world_city_is_a_destination() -> None:
    r = extract(make_release("t", "PAP and ECOWAS Parliament sign memorandum",
                             "Midrand, South Africa, 16 May 2023 – The President of the Pan-African Parliament, Chief "
                             "Fortune Zephania Charumbira, and the Speaker of the ECOWAS Parliament, Rt. Hon. Sidie "
                             "Mohamed Tunis, today signed a Memorandum of Understanding.\n\nSpeaker Tunis, who arrived "
                             "in Midrand on Monday, invited President Charumbira to address the next ordinary session of the "
                             "ECOWAS Parliament in Abuja.", date="2023-05-16"))
    assert {(i.type, i.date, i.place) for i in r.interactions} == {("signing", "2023-05-16", "Midrand"),
                                                                  ("visit", "2023-05-15", "Midrand")}
    visit = next(i for i in r.interactions if i.type == "visit")
    assert visit.participants == ["Sidie Mohamed Tunis", "South Africa"]


def test_counterparts_met_separately_on_a_weekday_are_one_meeting_each_that_day() -> None:
    r = run("Minister Arnoldo Tinoco met separately on Friday with his Portuguese, Ecuadorian and Palauan counterparts.")
    assert sorted((i.participants[1], i.date) for i in r.interactions) == [
        ("Ecuador", "2024-01-19"), ("Palau", "2024-01-19"), ("Portugal", "2024-01-19")]


def test_a_date_a_relative_clause_gives_what_is_to_come_does_not_make_the_meeting_a_plan() -> None:
    r = run("Minister John Smith also held a working meeting with Peter Thomson on the preparations for the "
            "conference, which Costa Rica and France will co-host in Nice in June 2025.")
    assert [(i.type, i.date) for i in r.interactions] == [("meeting", "2024-01-23")]


def test_those_present_on_the_occasion_join_the_occasions_meeting_not_one_it_recalls() -> None:
    r = extract(make_release("t", "Courtesy call", "The External Affairs Minister of India, Dr. S. Jaishankar, paid a "
                             "courtesy call on President Ramchandra Paudel this morning. The President expressed "
                             "happiness over the meeting of the Joint Commission, held in Kathmandu yesterday under the "
                             "co-chairmanship of Minister for Foreign Affairs Narayan Prakash Saud and the visiting "
                             "Minister.\n\nThe Ambassador of India to Nepal, Mr. Naveen Srivastava, was also present on "
                             "the occasion.", date="2024-01-05"))
    meetings = {i.date: set(i.participants) for i in r.interactions if i.type == "meeting"}
    assert "Naveen Srivastava" in meetings["2024-01-05"]
    assert "Naveen Srivastava" not in meetings.get("2024-01-04", set())
