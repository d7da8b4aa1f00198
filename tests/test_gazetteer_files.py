"""Checks on the gazetteer data files in ``data/gazetteer/``.

These tests read the TSV files directly with the ``csv`` module (tab-delimited,
``QUOTE_NONE``), independently of the loader, and assert on their real content:
layout, well-formed codes, uniqueness, absence of ambiguous surface forms, and a
set of rows the extractor relies on.
"""
from __future__ import annotations

import csv
import re
import unicodedata
from collections import defaultdict
from pathlib import Path

import pytest

GAZ = Path(__file__).resolve().parent.parent / "data" / "gazetteer"

HEADERS = {
    "states.tsv": ["iso2", "iso3", "name", "official_name", "demonyms", "aliases", "capitals"],
    "cities.tsv": ["name", "iso2", "aliases"],
    "organizations.tsv": ["acronym", "name", "aliases", "kind"],
    "offices.tsv": ["title", "kind", "aliases"],
}
LIST_COLUMNS = {
    "states.tsv": ["demonyms", "aliases", "capitals"],
    "cities.tsv": ["aliases"],
    "organizations.tsv": ["aliases"],
    "offices.tsv": ["aliases"],
}
ORG_KINDS = {"national_body", "party", "international_organization", "un_body", "regional_organization", "format",
             "financial_institution", "court", "news_agency", "bloc"}
OFFICE_KINDS = {"head_of_state", "head_of_government", "minister", "deputy_minister", "diplomat",
                "io_official", "legislator", "official"}

# ISO 3166-1 alpha-2 codes of the 193 UN member states.
UN_MEMBERS = set("""
AF AL DZ AD AO AG AR AM AU AT AZ BS BH BD BB BY BE BZ BJ BT BO BA BW BR BN BG BF BI CV KH CM CA
CF TD CL CN CO KM CG CD CR CI HR CU CY CZ DK DJ DM DO EC EG SV GQ ER EE SZ ET FJ FI FR GA GM GE
DE GH GR GD GT GN GW GY HT HN HU IS IN ID IR IQ IE IL IT JM JP JO KZ KE KI KW KG LA LV LB LS LR
LY LI LT LU MG MW MY MV ML MT MH MR MU MX FM MD MC MN ME MA MZ MM NA NR NP NL NZ NI NE NG KP MK
NO OM PK PW PA PG PY PE PH PL PT QA KR RO RU RW KN LC VC WS SM ST SA SN RS SC SL SG SK SI SB SO
ZA SS ES LK SD SR SE CH SY TJ TZ TH TL TG TO TT TN TR TM TV UG UA AE GB US UY UZ VU VE VN YE ZM
ZW
""".split())
# Holy See, Palestine, Kosovo, Taiwan; the Cook Islands and Niue (states in free association with New
# Zealand that sign treaties and hold their own foreign relations).
OTHER_ENTITIES = {"VA", "PS", "XK", "TW", "CK", "NU"}

# States deliberately left without a demonym / capital (see data/gazetteer notes in the report):
# "Congolese" names both Congos, "Dominican" is kept for the Dominican Republic, the Holy See
# has none in English; the capitals of Seychelles ("Victoria") and Maldives ("Malé", folded
# "male") would match ordinary words.
NO_DEMONYM = {"CD", "CG", "DM", "VA"}
NO_CAPITAL = {"SC", "MV"}
# Places are also looked up accent- and case-folded, so no place form may fold to a common word
# ("Malé" -> "male") or to a name shared by several places (Kashi is also Varanasi, Jalalabad is
# in Afghanistan and Kyrgyzstan).
AMBIGUOUS_PLACE_FORMS = {"male", "oral", "nice", "split", "mary", "victoria", "bled", "reading", "mobile",
                         "hope", "pole", "canton", "darwin", "medina", "mecca", "florence", "kashi",
                         "jalalabad", "brest"}


def fold(text: str) -> str:
    """Case-folded, accents removed, curly apostrophes straightened (as the loader folds)."""
    text = unicodedata.normalize("NFKD", text.replace("\u2019", "'"))
    return "".join(c for c in text if not unicodedata.combining(c)).casefold()


def split(cell: str) -> list[str]:
    return [v for v in cell.split("|") if v] if cell else []


def read(name: str) -> list[dict[str, str]]:
    with (GAZ / name).open(encoding="utf-8", newline="") as handle:
        rows = list(csv.reader(handle, delimiter="\t", quoting=csv.QUOTE_NONE))
    assert rows[0] == HEADERS[name]
    return [dict(zip(rows[0], r)) for r in rows[1:]]


def state_forms(row: dict[str, str]) -> list[str]:
    return [row["name"], row["official_name"], *split(row["aliases"]), *split(row["demonyms"]),
            *split(row["capitals"])]


def org_forms(row: dict[str, str]) -> list[str]:
    return [row["acronym"], row["name"], *split(row["aliases"])]


def office_forms(row: dict[str, str]) -> list[str]:
    return [row["title"], *split(row["aliases"])]


def city_forms(row: dict[str, str]) -> list[str]:
    return [row["name"], *split(row["aliases"])]


def collisions(rows, key, forms) -> dict[str, set[str]]:
    owners: dict[str, set[str]] = defaultdict(set)
    for row in rows:
        for form in forms(row):
            owners[fold(form)].add(key(row))
    return {form: keys for form, keys in owners.items() if len(keys) > 1}


@pytest.fixture(scope="module")
def states():
    return read("states.tsv")


@pytest.fixture(scope="module")
def cities():
    return read("cities.tsv")


@pytest.fixture(scope="module")
def orgs():
    return read("organizations.tsv")


@pytest.fixture(scope="module")
def offices():
    return read("offices.tsv")


def by(rows, column):
    return {row[column]: row for row in rows}


# --- layout --------------------------------------------------------------------------


@pytest.mark.parametrize("name", sorted(HEADERS))
def test_file_layout(name):
    raw = (GAZ / name).read_bytes()
    assert not raw.startswith(b"\xef\xbb\xbf"), "no byte-order mark"
    assert b"\r" not in raw, "LF line endings only"
    assert raw.endswith(b"\n")
    text = raw.decode("utf-8")
    lines = text.split("\n")[:-1]
    assert lines[0].split("\t") == HEADERS[name]
    width = len(HEADERS[name])
    for number, line in enumerate(lines[1:], start=2):
        assert line.strip(), f"{name}:{number}: blank line"
        assert not line.startswith("#"), f"{name}:{number}: comment line"
        assert '"' not in line, f"{name}:{number}: double quote in an unquoted TSV"
        cells = line.split("\t")
        assert len(cells) == width, f"{name}:{number}: {len(cells)} columns, expected {width}"
        for cell in cells:
            assert cell == cell.strip(), f"{name}:{number}: stray whitespace in {cell!r}"
            assert "  " not in cell, f"{name}:{number}: double space in {cell!r}"


@pytest.mark.parametrize("name", sorted(HEADERS))
def test_csv_module_reads_every_row_whole(name):
    with (GAZ / name).open(encoding="utf-8", newline="") as handle:
        rows = list(csv.reader(handle, delimiter="\t", quoting=csv.QUOTE_NONE))
    assert rows[0] == HEADERS[name]
    assert len(rows) > 100
    assert all(len(r) == len(HEADERS[name]) for r in rows)


@pytest.mark.parametrize("name", sorted(HEADERS))
def test_list_cells_are_clean(name):
    for row in read(name):
        for column in LIST_COLUMNS[name]:
            cell = row[column]
            if not cell:
                continue
            values = cell.split("|")
            assert all(v and v == v.strip() for v in values), f"{name}: empty or padded value in {cell!r}"
            assert len(values) == len(set(values)), f"{name}: repeated value in {cell!r}"


# --- states --------------------------------------------------------------------------


def test_state_codes_well_formed_and_unique(states):
    iso2 = [r["iso2"] for r in states]
    iso3 = [r["iso3"] for r in states]
    assert all(re.fullmatch(r"[A-Z]{2}", c) for c in iso2), [c for c in iso2 if not re.fullmatch(r"[A-Z]{2}", c)]
    assert all(re.fullmatch(r"[A-Z]{3}", c) for c in iso3), [c for c in iso3 if not re.fullmatch(r"[A-Z]{3}", c)]
    assert len(iso2) == len(set(iso2))
    assert len(iso3) == len(set(iso3))


def test_states_cover_un_members_and_observers(states):
    codes = {r["iso2"] for r in states}
    assert len(UN_MEMBERS) == 193
    assert codes == UN_MEMBERS | OTHER_ENTITIES, (sorted(UN_MEMBERS | OTHER_ENTITIES - codes),
                                                 sorted(codes - UN_MEMBERS - OTHER_ENTITIES))


def test_some_iso3_codes(states):
    rows = by(states, "iso2")
    expected = {"KZ": "KAZ", "KG": "KGZ", "TJ": "TJK", "UZ": "UZB", "TM": "TKM", "US": "USA", "GB": "GBR",
                "DE": "DEU", "CH": "CHE", "RU": "RUS", "CN": "CHN", "KR": "KOR", "KP": "PRK", "XK": "XKX",
                "TW": "TWN", "VA": "VAT", "PS": "PSE", "RO": "ROU", "MK": "MKD", "SS": "SSD", "TL": "TLS"}
    assert {c: rows[c]["iso3"] for c in expected} == expected


def test_state_names_present_and_unique(states):
    names = [r["name"] for r in states]
    assert all(names)
    assert all(r["official_name"] for r in states)
    assert len({fold(n) for n in names}) == len(names)


def test_no_surface_form_names_two_states(states):
    clash = collisions(states, lambda r: r["iso2"], state_forms)
    assert not clash, clash


def test_ambiguous_forms_left_out(states):
    forms = {fold(f) for row in states for f in state_forms(row)}
    for ambiguous in ("Korean", "Congolese", "Congo", "CAR", "Male", "Victoria", "Pole", "Oral"):
        assert fold(ambiguous) not in forms, ambiguous
    dominican = [r["iso2"] for r in states if "Dominican" in split(r["demonyms"])]
    assert dominican == ["DO"]


def test_every_state_has_demonym_and_capital_unless_documented(states):
    missing_demonym = {r["iso2"] for r in states if not r["demonyms"]}
    missing_capital = {r["iso2"] for r in states if not r["capitals"]}
    assert missing_demonym == NO_DEMONYM
    assert missing_capital == NO_CAPITAL


def test_key_state_rows(states):
    rows = by(states, "iso2")
    kz = rows["KZ"]
    assert kz["name"] == "Kazakhstan" and kz["official_name"] == "Republic of Kazakhstan"
    assert split(kz["capitals"])[0] == "Astana"
    assert {"Astana", "Nur-Sultan", "Akmola", "Tselinograd"} <= set(split(kz["capitals"]))
    assert {"Kazakh", "Kazakhstani"} <= set(split(kz["demonyms"]))
    kg = rows["KG"]
    assert kg["name"] == "Kyrgyzstan" and "Kyrgyz Republic" in split(kg["aliases"]) + [kg["official_name"]]
    assert "Kyrgyz Republic" in split(kg["aliases"])
    assert "Kyrgyz" in split(kg["demonyms"])
    assert split(kg["capitals"])[0] == "Bishkek"
    us = rows["US"]
    assert us["name"] == "United States" and us["official_name"] == "United States of America"
    assert {"U.S.", "US", "USA", "America"} <= set(split(us["aliases"]))
    assert "American" in split(us["demonyms"]) and "U.S." not in split(us["demonyms"])
    assert split(us["capitals"])[0] == "Washington"
    assert "Slovak" in split(rows["SK"]["demonyms"])
    assert rows["SK"]["official_name"] == "Slovak Republic"
    assert rows["AE"]["name"] == "United Arab Emirates"
    assert "Emirati" in split(rows["AE"]["demonyms"]) and "UAE" in split(rows["AE"]["aliases"])
    tr = rows["TR"]
    assert tr["name"] == "Türkiye" and "Turkey" in split(tr["aliases"]) and "Turkish" in split(tr["demonyms"])
    assert tr["capitals"].split("|")[0] == "Ankara"
    cn = rows["CN"]
    assert cn["official_name"] == "People's Republic of China" and "PRC" in split(cn["aliases"])
    assert rows["RU"]["name"] == "Russia" and "Russian Federation" in split(rows["RU"]["aliases"])
    assert rows["KR"]["name"] == "South Korea" and "South Korean" in split(rows["KR"]["demonyms"])
    assert "Korea" in split(rows["KR"]["aliases"]) and "DPRK" in split(rows["KP"]["aliases"])
    assert "North Korean" in split(rows["KP"]["demonyms"])
    assert "Burma" in split(rows["MM"]["aliases"])
    assert rows["CZ"]["name"] == "Czechia" and "Czech Republic" in split(rows["CZ"]["aliases"])
    assert {"Ivory Coast", "Cote d'Ivoire"} <= set(split(rows["CI"]["aliases"]))
    assert {"Azerbaijani", "Azeri"} <= set(split(rows["AZ"]["demonyms"]))
    assert {"Lao", "Laotian"} <= set(split(rows["LA"]["demonyms"]))
    assert "Kyiv" == split(rows["UA"]["capitals"])[0] and "Kiev" in split(rows["UA"]["capitals"])
    assert split(rows["MN"]["capitals"]) [:2] == ["Ulaanbaatar", "Ulan Bator"]
    assert {"Ashgabat", "Ashkhabad"} <= set(split(rows["TM"]["capitals"]))
    assert {"Vatican", "Vatican City"} <= set(split(rows["VA"]["aliases"]))
    assert rows["XK"]["iso3"] == "XKX" and rows["XK"]["name"] == "Kosovo"
    assert rows["PS"]["official_name"] == "State of Palestine"


def test_capital_cells_name_one_city(states):
    """The capitals cell is one city and its other names; other cities belong in cities.tsv."""
    rows = by(states, "iso2")
    assert "Almaty" not in split(rows["KZ"]["capitals"])
    assert "Yangon" not in split(rows["MM"]["capitals"])
    assert "Cape Town" not in split(rows["ZA"]["capitals"])
    assert "La Paz" not in split(rows["BO"]["capitals"])


# --- cities --------------------------------------------------------------------------


def test_cities_well_formed(cities, states):
    codes = {r["iso2"] for r in states}
    assert len(cities) >= 150
    assert all(r["name"] for r in cities)
    assert all(r["iso2"] in codes for r in cities), [r for r in cities if r["iso2"] not in codes]
    names = [fold(r["name"]) for r in cities]
    assert len(names) == len(set(names))


def test_no_city_form_names_two_cities(cities):
    clash = collisions(cities, lambda r: r["name"], city_forms)
    assert not clash, clash


def test_cities_do_not_repeat_capitals_or_state_names(cities, states):
    state_surface = {fold(f) for row in states for f in state_forms(row)}
    overlap = {f for row in cities for f in city_forms(row) if fold(f) in state_surface}
    assert not overlap, overlap


def test_place_forms_are_not_common_words(cities, states):
    forms = {fold(f) for r in cities for f in city_forms(r)} | {fold(f) for r in states for f in split(r["capitals"])}
    assert not forms & AMBIGUOUS_PLACE_FORMS, sorted(forms & AMBIGUOUS_PLACE_FORMS)


def test_key_city_rows(cities):
    rows = by(cities, "name")
    expected = {"Almaty": "KZ", "Geneva": "CH", "New York": "US", "Davos": "CH", "Munich": "DE",
                "Samarkand": "UZ", "Bukhara": "UZ", "Khiva": "UZ", "Shymkent": "KZ", "Turkistan": "KZ",
                "Aktau": "KZ", "Osh": "KG", "Cholpon-Ata": "KG", "Khujand": "TJ", "Sochi": "RU",
                "Saint Petersburg": "RU", "Kazan": "RU", "Shanghai": "CN", "Xi'an": "CN", "Hong Kong": "CN",
                "Osaka": "JP", "Ho Chi Minh City": "VN", "Dubai": "AE", "Istanbul": "TR", "Strasbourg": "FR",
                "The Hague": "NL", "Sharm el-Sheikh": "EG", "Jeddah": "SA", "Mumbai": "IN",
                "Bengaluru": "IN", "Cancún": "MX", "Yangon": "MM"}
    assert {n: rows[n]["iso2"] for n in expected} == expected
    assert "Alma-Ata" in split(rows["Almaty"]["aliases"])
    assert "St. Petersburg" in split(rows["Saint Petersburg"]["aliases"])
    assert "Turkestan" in split(rows["Turkistan"]["aliases"])
    assert {"Bangalore"} <= set(split(rows["Bengaluru"]["aliases"]))
    assert {"Calcutta"} <= set(split(rows["Kolkata"]["aliases"]))
    assert {"Madras"} <= set(split(rows["Chennai"]["aliases"]))


# --- organisations -------------------------------------------------------------------


def test_organizations_well_formed(orgs):
    assert len(orgs) >= 180
    assert all(r["acronym"] and r["name"] for r in orgs)
    bad = [r for r in orgs if r["kind"] not in ORG_KINDS]
    assert not bad, bad


def test_organization_acronyms_unique(orgs):
    acronyms = [fold(r["acronym"]) for r in orgs]
    assert len(acronyms) == len(set(acronyms))
    # the loader keys organisations by the acronym reduced to [a-z0-9-]
    keys = [re.sub(r"[^a-z0-9]+", "-", fold(r["acronym"])).strip("-") for r in orgs]
    assert all(keys)
    assert len(keys) == len(set(keys)), sorted(k for k in keys if keys.count(k) > 1)


def test_no_surface_form_names_two_organizations(orgs):
    clash = collisions(orgs, lambda r: r["acronym"], org_forms)
    assert not clash, clash


def test_key_organization_rows(orgs):
    rows = by(orgs, "acronym")
    osce = rows["OSCE"]
    assert osce["name"] == "Organization for Security and Co-operation in Europe"
    assert "Organization for Security and Cooperation in Europe" in split(osce["aliases"])
    assert osce["kind"] == "regional_organization"
    assert rows["UN"]["name"] == "United Nations"
    assert rows["UNRCCA"]["name"] == "United Nations Regional Centre for Preventive Diplomacy for Central Asia"
    assert rows["UNRCCA"]["kind"] == "un_body"
    assert rows["EAEU"]["name"] == "Eurasian Economic Union" and "EEU" in split(rows["EAEU"]["aliases"])
    assert "Turkic Council" in split(rows["OTS"]["aliases"])
    assert rows["OTS"]["name"] == "Organization of Turkic States"
    assert rows["AU"]["name"] == "African Union"
    assert rows["LAS"]["name"] == "League of Arab States" and "Arab League" in split(rows["LAS"]["aliases"])
    assert rows["CICA"]["name"].startswith("Conference on Interaction and Confidence")
    assert rows["C5+1"]["kind"] == "format"
    assert rows["ICJ"]["kind"] == "court" and rows["ICC"]["kind"] == "court"
    assert rows["IMF"]["kind"] == "financial_institution"
    assert rows["G7"]["kind"] == "bloc" and "G-7" in split(rows["G7"]["aliases"])
    assert rows["AIFC"]["name"] == "Astana International Financial Centre"
    assert rows["IFAS"]["name"] == "International Fund for Saving the Aral Sea"
    for agency in ("Kazinform", "TASS", "Xinhua", "Kabar", "UzA", "Trend", "AKIpress", "Khovar", "TDH",
                   "RIA Novosti", "Reuters", "AP"):
        assert rows[agency]["kind"] == "news_agency", agency
    for acronym in ("UNGA", "UNSC", "UNESCO", "UNICEF", "UNDP", "UNHCR", "WHO", "IAEA", "ILO", "FAO",
                    "IMO", "ICAO", "UNODC", "OHCHR", "UNCTAD", "UNECE", "ESCAP"):
        assert rows[acronym]["kind"] == "un_body", acronym
    for acronym in ("CIS", "CSTO", "SCO", "ASEAN", "ARF", "APEC", "BRICS", "EU", "EEAS", "NATO", "OIC",
                    "TURKSOY", "ECO", "GCC", "ECOWAS", "SADC", "OAS", "EBRD", "ADB", "AIIB", "IsDB", "NDB",
                    "CoE", "INTERPOL", "WIPO", "ITU", "UPU", "UNWTO", "IOM", "CAREC", "QSD", "AUKUS", "V4",
                    "Mercosur", "PIF", "OIF", "ADD", "NAM", "G77", "OPEC", "IEA", "IRENA", "OECD", "CTBTO",
                    "OPCW", "ODIHR", "WTO", "G20", "EC", "EP", "EUCO"):
        assert acronym in rows, acronym


def test_bare_generic_org_names_left_out(orgs):
    forms = {fold(f) for row in orgs for f in org_forms(row)}
    for generic in ("Security Council", "General Assembly", "Commission", "Council", "Alliance", "Union"):
        assert fold(generic) not in forms, generic


# --- offices -------------------------------------------------------------------------


def test_offices_well_formed(offices):
    assert len(offices) >= 200
    assert all(r["title"] for r in offices)
    bad = [r for r in offices if r["kind"] not in OFFICE_KINDS]
    assert not bad, bad
    titles = [fold(r["title"]) for r in offices]
    assert len(titles) == len(set(titles)), sorted(t for t in titles if titles.count(t) > 1)


def test_no_office_form_names_two_titles(offices):
    clash = collisions(offices, lambda r: r["title"], office_forms)
    assert not clash, clash


def test_offices_listed_specific_before_generic(offices):
    """A title that contains another title as whole words comes first in the file."""
    titles = [r["title"] for r in offices]
    late = []
    for i, generic in enumerate(titles):
        pattern = re.compile(r"(?<!\w)" + re.escape(fold(generic)) + r"(?!\w)")
        late += [(generic, specific) for specific in titles[i + 1:] if pattern.search(fold(specific))]
    assert not late, late[:10]


def test_key_office_rows(offices):
    rows = by(offices, "title")
    kinds = {
        "President": "head_of_state", "Prime Minister": "head_of_government", "King": "head_of_state",
        "Emir": "head_of_state", "Chancellor": "head_of_government", "Federal Chancellor": "head_of_government",
        "Minister of Foreign Affairs": "minister", "Deputy Minister of Foreign Affairs": "deputy_minister",
        "First Deputy Minister of Foreign Affairs": "deputy_minister", "Vice Foreign Minister": "deputy_minister",
        "Secretary of State": "minister", "Deputy Secretary of State": "deputy_minister",
        "Ambassador Extraordinary and Plenipotentiary": "diplomat", "Ambassador": "diplomat",
        "Chargé d'Affaires a.i.": "diplomat", "Chargé d'Affaires": "diplomat", "Consul General": "diplomat",
        "Permanent Representative": "diplomat", "Secretary-General": "io_official",
        "Chairperson-in-Office": "io_official", "Director-General": "io_official",
        "High Representative of the Union for Foreign Affairs and Security Policy": "io_official",
        "Chairman of the Senate": "legislator", "Speaker of the Mazhilis": "legislator",
        "Chairman of the Halk Maslahaty": "legislator", "Chairman of the Mejlis": "legislator",
        "Member of Parliament": "legislator", "Senator": "legislator",
        "Minister of Defense": "minister", "Minister of Trade and Integration": "minister",
        "Minister of National Economy": "minister", "Akim": "official", "Mayor": "official",
        "Head of the Presidential Administration": "official", "Spokesperson": "official",
    }
    assert {t: rows[t]["kind"] for t in kinds} == kinds
    assert {"Foreign Minister", "Minister for Foreign Affairs"} <= set(split(rows["Minister of Foreign Affairs"]["aliases"]))
    assert "Minister of Defence" in split(rows["Minister of Defense"]["aliases"])
    assert "Charge d'Affaires" in split(rows["Chargé d'Affaires"]["aliases"])
    assert "Chairman-in-Office" in split(rows["Chairperson-in-Office"]["aliases"])
    assert "Deputy Foreign Minister" in split(rows["Deputy Minister of Foreign Affairs"]["aliases"])
    assert "Ambassador at Large" in split(rows["Ambassador-at-Large"]["aliases"])


def test_dashed_titles_have_hyphen_variants(offices):
    for row in offices:
        for form in office_forms(row):
            if " \u2013 " in form:
                assert form.replace(" \u2013 ", " - ") in office_forms(row), form


# --- across files --------------------------------------------------------------------


def test_files_do_not_claim_each_others_forms(states, cities, orgs, offices):
    groups = {
        "state": {fold(f) for r in states for f in state_forms(r)},
        "city": {fold(f) for r in cities for f in city_forms(r)},
        "org": {fold(f) for r in orgs for f in org_forms(r)},
        "office": {fold(f) for r in offices for f in office_forms(r)},
    }
    names = sorted(groups)
    for i, a in enumerate(names):
        for b in names[i + 1:]:
            assert not groups[a] & groups[b], (a, b, sorted(groups[a] & groups[b]))
