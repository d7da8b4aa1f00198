"""The publisher's press and communications units are organisations of the release, named whole:
on a footer line, set off from the body they belong to by a dash, or owned by an office."""
from __future__ import annotations

from kg.extract import extract
from kg.sources import make_release

_BODY = ("Islamabad, 22 May 2024 – Speaker of the National Assembly Sardar Ayaz Sadiq received the Speaker of the "
         "Grand National Assembly of Türkiye, Numan Kurtulmuş, at Parliament House today. The two Speakers "
         "discussed parliamentary cooperation.")


def _orgs(body: str, title: str = "Speaker receives his Turkish counterpart") -> dict[str, list[str]]:
    found = extract(make_release("t", title, body, date="2024-05-22"))
    return {o.name: o.aliases for o in found.organizations}


def test_a_footer_line_naming_the_press_unit_is_an_organisation() -> None:
    assert "Media Wing" in _orgs(_BODY + "\n\nMedia Wing\nNational Assembly of Pakistan")
    assert "Communications Unit" in _orgs(_BODY + "\n\nIssued by the Communications Unit, Pan-African Parliament")


def test_a_unit_of_two_fields_is_named_whole() -> None:
    orgs = _orgs(_BODY + "\n\nPress and Public Relations Department of the Milli Majlis")
    assert "Press and Public Relations Department of the Milli Majlis" in orgs
    assert "Public Relations Department of the Milli Majlis" not in orgs


def test_a_dash_on_a_footer_line_parts_two_names() -> None:
    orgs = _orgs(_BODY + "\n\nPresidency of the Republic – Press Office")
    assert "Press Office" in orgs
    assert not [name for name in orgs if "–" in name]


def test_a_dash_inside_a_sentence_stays_in_the_name() -> None:
    body = ("Lima, 16 November 2021 – The Secretary General of the Andean Community, Jorge Hernando Pedraza, and the "
            "Executive President of CAF – Development Bank of Latin America, Sergio Díaz-Granados, signed today a "
            "Memorandum of Understanding on Regional Integration.")
    assert "Development Bank of Latin America" not in _orgs(body, "Memorandum signed")


def test_an_owned_unit_keeps_its_owner_and_is_also_named_bare() -> None:
    orgs = _orgs(_BODY + "\n\nMedia contact: SPC Communications Team")
    assert "Communications Team" in orgs["SPC Communications Team"]
    orgs = _orgs(_BODY + " The Prime Minister's Media Office said the talks were fruitful.")
    assert "Prime Minister's Media Office" in orgs


def test_the_header_and_the_footer_name_one_unit() -> None:
    body = ("Press Service\n\n" + _BODY + "\n\nPress Service of the Senate of the Oliy Majlis of the Republic of "
            "Uzbekistan")
    units = [name for name in _orgs(body) if "Press Service" in name]
    assert units == ["Press Service of the Senate of the Oliy Majlis of the Republic of Uzbekistan"]


def test_a_unit_inside_a_longer_name_is_not_one_of_its_own() -> None:
    orgs = _orgs(_BODY + " The Washington Foreign Press Center will host a briefing.")
    assert "Press Center" not in orgs


def test_a_month_after_a_bodys_name_is_when_not_part_of_the_name() -> None:
    orgs = _orgs(_BODY + " The loan was approved by the AIIB Board of Directors in March.")
    assert "AIIB Board of Directors" in orgs and "AIIB Board of Directors in March" not in orgs
