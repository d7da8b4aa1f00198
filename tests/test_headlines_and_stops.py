"""A headline in capitals, the stops of a tour, a body named in part and in full, envoys received
in turn: what a reader of the release sees, the record says."""
from __future__ import annotations

from kg.extract import extract
from kg.extract.title_case import recased, shouting
from kg.lexicon import Lexicon
from kg.records import Record
from kg.sources import make_release

TOUR = ("President John Dramani Mahama has returned to Accra after a two-day tour of the three member states of the "
        "Alliance of Sahel States.\n\nThe President began the tour in Bamako on Saturday, where he held talks with "
        "the President of the Transition of Mali, General Assimi Goïta.\n\nOn Sunday morning, President Mahama was "
        "received in Ouagadougou by the President of Faso, Captain Ibrahim Traoré.\n\nIn the afternoon, the "
        "President flew to Niamey for talks with the Head of State of Niger, General Abdourahamane Tiani.")


def run(body: str, title: str, date: str = "2025-03-10") -> Record:
    return extract(make_release("t", title, body, date=date))


def test_a_headline_in_capitals_is_read_as_the_body_writes_its_words() -> None:
    title = "PRESIDENT MAHAMA ENDS WORKING VISITS TO MALI, BURKINA FASO AND NIGER"
    assert shouting(title) and not shouting("President Mahama ends working visits to Mali")
    assert recased(title, TOUR, Lexicon.load()) == "President Mahama ends working visits to Mali, Burkina Faso and Niger"
    assert recased("PM MARAPE AND PM ALBANESE SIGN SECURITY AGREEMENT", "Prime Minister James Marape met Anthony "
                   "Albanese.", Lexicon.load()).startswith("PM Marape and PM")


def test_each_stop_of_a_tour_is_a_visit_on_its_own_day_in_its_own_capital() -> None:
    r = run(TOUR, "PRESIDENT MAHAMA ENDS WORKING VISITS TO MALI, BURKINA FASO AND NIGER")
    stops = {"Mali": ("2025-03-08", "Bamako"), "Burkina Faso": ("2025-03-09", "Ouagadougou"),
             "Niger": ("2025-03-09", "Niamey")}
    visits = {i.participants[1]: (i.date, i.place) for i in r.interactions if i.type == "visit"}
    assert len(visits) >= 2 and visits["Mali"] == stops["Mali"]
    assert all(stops[state] == when for state, when in visits.items())
    # the evidence quotes the headline as written, or the sentence that tells the stop ("flew to Niamey")
    assert all(i.evidence and (i.evidence.sentence.isupper() or stops[i.participants[1]][1] in i.evidence.sentence)
               for i in r.interactions if i.type == "visit")


def test_a_past_signing_there_is_no_stop_of_this_visit() -> None:
    r = run("Chancellor Friedrich Merz and Defence Minister Boris Pistorius visited Lithuania today. In Vilnius, "
            "they met President Gitanas Nausėda. Pistorius signed the roadmap with his Lithuanian counterpart "
            "Arvydas Anušauskas in Vilnius on 18 December 2023.", "Merz visits Lithuania", date="2025-05-22")
    days = {i.participants[0]: i.date for i in r.interactions if i.type == "visit"}
    assert days.get("Boris Pistorius", "2025-05-22") == "2025-05-22"


def test_a_body_named_in_part_is_the_one_named_in_full() -> None:
    r = run("Lilongwe – Malawi and Zambia concluded the 14th Session of the Malawi-Zambia Joint Permanent Commission "
            "on Cooperation today. The Joint Permanent Commission on Cooperation last met in Lusaka.",
            "Malawi and Zambia conclude talks", date="2024-09-12")
    names = [o.name for o in r.organizations if "Commission" in o.name]
    assert names == ["Malawi-Zambia Joint Permanent Commission on Cooperation"]


def test_a_name_after_a_possessive_is_not_folded_into_it() -> None:
    r = run("The Department of the Treasury’s Office of Foreign Assets Control designated two firms. The Office of "
            "Foreign Assets Control said more would follow.", "Designations", date="2021-06-21")
    assert "Office of Foreign Assets Control" in [o.name for o in r.organizations]


def test_envoys_received_in_turn_after_a_colon() -> None:
    r = run("Prague, 12 September – President of the Republic Petr Pavel today received the letters of credence of "
            "two newly appointed ambassadors. The Minister of Foreign Affairs, Jan Lipavský, and the Head of the "
            "Office of the President of the Republic, Jana Vohralíková, were present at each of the ceremonies.\n\n"
            "The President received, in turn:\n– Mr. Kwabena Owusu-Ansah, Ambassador of the Republic of Ghana;\n"
            "– Ms. Ingrid Hovland Berge, Ambassador of the Kingdom of Norway.",
            "President Pavel receives the credentials of two new ambassadors", date="2024-09-12")
    meetings = sorted(sorted(i.participants) for i in r.interactions if i.type == "meeting")
    assert meetings == [
        ["Ingrid Hovland Berge", "Jan Lipavský", "Jana Vohralíková", "Petr Pavel"],
        ["Jan Lipavský", "Jana Vohralíková", "Kwabena Owusu-Ansah", "Petr Pavel"],
    ]


CBSS = ("The Director General of the CBSS Secretariat, Grzegorz Poznański, visited Poland on 12 and 13 May.\n\nIn Warsaw on "
        "Monday, the Director General held talks with Secretary of State Władysław Teofil Bartoszewski.\n\nOn Tuesday, the "
        "Director General travelled to Gdańsk, where he signed a Memorandum of Understanding between the CBSS Secretariat "
        "and the Union of the Baltic Cities (UBC). In Gdańsk, Poznański also met the Mayor of Gdańsk, Aleksandra "
        "Dulkiewicz.\n\nOn Wednesday, back in Stockholm, Poznański joined by video conference the meeting of the Committee "
        "of Senior Officials, chaired by the Finnish Presidency.")


def test_a_lone_signer_signed_with_the_other_side_the_document_is_between() -> None:
    r = run(CBSS, "Director General Poznański in Warsaw and Gdańsk", date="2025-05-14")
    signings = [(i.participants, i.date, i.place) for i in r.interactions if i.type == "signing"]
    assert signings == [(["Grzegorz Poznański", "Union of the Baltic Cities"], "2025-05-13", "Gdańsk")]
    met = [(i.participants[-1], i.date) for i in r.interactions if i.type == "meeting"]
    assert ("Aleksandra Dulkiewicz", "2025-05-13") in met  # (the signing's day, told after it)


def test_a_meeting_joined_by_video_is_that_meeting_not_a_call_with_the_body() -> None:
    r = run(CBSS, "Director General Poznański in Warsaw and Gdańsk", date="2025-05-14")
    assert [i.type for i in r.interactions if i.evidence and "video" in i.evidence.sentence] == ["multilateral"]
    assert [(i.name, i.date) for i in r.interactions if i.type == "multilateral"] == [
        ("meeting of the Committee of Senior Officials", "2025-05-14")]


def test_the_early_signing_of_an_agreement_is_no_signing() -> None:
    r = run("Saidov underlined the importance of the early signing of the Enhanced Partnership and Cooperation "
            "Agreement between Uzbekistan and the European Union.", "Call", date="2024-04-10")
    assert [i for i in r.interactions if i.type == "signing"] == []
