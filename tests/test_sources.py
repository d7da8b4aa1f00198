"""Reading releases: text, HTML and JSON Lines; datelines and stamps."""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from kg.sources import make_release
from kg.sources.dateline import read_dateline
from kg.sources.stamps import read_stamp
from kg.errors import SourceError
from kg.sources import iter_releases, read_file
from tests.conftest import SEED


def test_seed_release_reads_title_dateline_and_date() -> None:
    [release] = list(read_file(SEED))
    assert release.id == "kz-2019-04-08-osce-lajcak"
    assert release.title == "Kazakhstan and OSCE: joint efforts to ensure global security"
    assert release.date == "2019-04-08"
    assert release.place == "Nur-Sultan"
    assert release.text.startswith(release.title + "\n\nNUR-SULTAN, April 8, 2019")


@pytest.mark.parametrize(
    ("body", "place", "date"),
    [
        ("NUR-SULTAN, April 8, 2019 – The Minister met", "Nur-Sultan", "2019-04-08"),
        ("ASTANA, 15 May 2023 - The Minister met", "Astana", "2023-05-15"),
        ("NUR-SULTAN. KAZINFORM – The Head of State received", "Nur-Sultan", None),
        ("WASHINGTON, DC – Secretary Blinken met", "Washington", None),
        ("TASHKENT, 3 February 2022 — The Minister received", "Tashkent", "2022-02-03"),
        ("DUSHANBE, 2021-07-05 – The Minister met", "Dushanbe", "2021-07-05"),
        ("ASHGABAT, 10 November 2022. The Minister met", "Ashgabat", "2022-11-10"),
        ("NEW YORK, 3 May 2023 – The Minister met", "New York", "2023-05-03"),
        # (a month's full stop is no dash, nor a state's name: "Jan." is no ", Jamaica.")
        ("Amman, Jan. 10, 2023 (Petra) -- The Minister met", "Amman", "2023-01-10"),
        ("Amman, Jan. 10 (Petra) -- The Minister met", "Amman", None),
        # (no dash after the agency's name)
        ("Havana, May 9 (Prensa Latina) Mexican President Andres Manuel Lopez Obrador left", "Havana", None),
        # (the state in brackets and a colon after the agency; the year from no stamp here)
        ("Goa [India], May 4 (ANI): External Affairs Minister S Jaishankar on Thursday held", "Goa", None),
        # (the state in round brackets, a handle for the agency, a full stop)
        ("Madrid (Spain), May 4 (@infopresidencia). President Gustavo Petro Urrego and", "Madrid", None),
        # (a date alone before the dash)
        ("May 31, 2024 – On Wednesday, the Minister paid a courtesy call on", None, "2024-05-31"),
        # (a byline is no place)
        ("Staff Reporter |04.09.2023 - Update : 04.09.2023\n\nTurkish President Recep Tayyip Erdogan held", None, "2023-09-04"),
        # (the publisher between slashes after the date)
        ("Ulaanbaatar, September 2, 2023 /MFA Mongolia/\n\nAt the invitation of", "Ulaanbaatar", "2023-09-02"),
        ("Secretary of State Antony J. Blinken spoke today with", None, None),
        ("The below is attributable to Spokesperson Ned Price:", None, None),
    ],
)
def test_datelines(body: str, place: str | None, date: str | None) -> None:
    line = read_dateline(body)
    assert (line.place, line.date) == (place, date)


@pytest.mark.parametrize(
    ("body", "place", "date"),
    [
        ("Ulaanbaatar, 23.11.2023\n\nThe High Representative met the President.", "Ulaanbaatar", "2023-11-23"),
        ("Paris, 18 October 2023\n\nThe Minister spoke by telephone with ...", "Paris", "2023-10-18"),
        ("Ashgabat, 22 February 2024 (TDH)\n\nThe head of state received ...", "Ashgabat", "2024-02-22"),
        ("Nov 14, 2023 11:02\n\nBISHKEK (AKIpress) - Foreign Minister Jeenbek Kulubaev is visiting", "Bishkek", None),
        ("The Minister received the Ambassador.\n\nNew Delhi\nFebruary 14, 2023", "New Delhi", "2023-02-14"),
        ("2024.05.16\n\nUlaanbaatar /MONTSAME/. The Minister held talks", "Ulaanbaatar", None),  # (the stamp dates it)
        ("Addis Ababa, June 12/2024 (MoFA) – Foreign Minister Taye led", "Addis Ababa", "2024-06-12"),
        ("Tuesday, 12 March 2024\n\nJakarta, Kemlu – On Tuesday (12/3), the Ministers co-chaired", "Jakarta", "2024-03-12"),
        ("(CARICOM Secretariat, Turkeyen, Greater Georgetown, Guyana) Two new Representatives", "Greater Georgetown", None),
        ("The Minister met.\n\nISSUED BY THE MINISTRY OF FOREIGN AFFAIRS\nACCRA\n20TH OCTOBER, 2023", "Accra", "2023-10-20"),
        # the publisher's name above the dateline
        ("Ministry of Foreign Affairs and Human Mobility\nPress Release No. 214\n\nAsunción, 27 June 2024. The "
         "Minister of Foreign Affairs met", "Asunción", "2024-06-27"),
        ("Ministry of Foreign Affairs and Foreign Trade\n\nKINGSTON, Jamaica. June 12, 2024: Minister of Foreign "
         "Affairs, Senator the Hon. Kamina Johnson Smith, held", "Kingston", "2024-06-12"),
        # (the page's bullet-point summary over the dateline)
        ("• Representatives of the 43 Member States met in Barcelona.\n• The Forum was co-chaired by the EU.\n\n"
         "Barcelona, 28 October 2024. The 9th Regional Forum took place today", "Barcelona", "2024-10-28"),
        # (a label and a note over the dateline, each on its line)
        ("GOVERNMENT OF THE REPUBLIC OF NAURU\nGovernment Information Office\n\nMEDIA RELEASE\nFor immediate release\n\n"
         "BEIJING, CHINA – 25 MARCH 2024\n\nThe President of the Republic of Nauru held talks", "Beijing", "2024-03-25"),
        ("Government of Iceland | Ministry for Foreign Affairs\nNews\n\nREYKJAVÍK, 17 May 2023 - The Minister met",
         "Reykjavík", "2023-05-17"),
    ],
)
def test_datelines_on_lines_of_their_own(body: str, place: str, date: str | None) -> None:
    line = read_dateline(body)
    assert (line.place, line.date) == (place, date)


@pytest.mark.parametrize("text", ["Press release\n\nNo:031/24\n\n19 January 2024, 18:15\n\nThe Minister had a call.",
                                  "Title\n\nTuesday 1445/8/10 - 2024/01/19\n\nRIYADH, January 19 (SPA) -- The Minister met",
                                  "Title\n\nNov 14, 2023 11:02\n\nBISHKEK (AKIpress) - The Minister met ..."])
def test_date_and_time_stamp_lines(text: str) -> None:
    assert read_stamp(text) in ("2024-01-19", "2023-11-14")


def test_a_city_and_day_line_with_an_agency_takes_the_year_of_a_bracketed_stamp() -> None:
    release = make_release("t", "Credentials", "14.05.2024 [15:27]\n\nBaku, May 14, AZERTAC\n\nThe Minister "
                           "received a copy of the credentials.")
    assert (release.place, release.date) == ("Baku", "2024-05-14")


def test_a_stamp_with_its_time_zone_gives_the_year_not_a_later_year_the_text_names() -> None:
    release = make_release("t", "Call", "24 December 2023 13:05 (UTC +04:00)\n\nBaku, December 24, APA. The "
                           "President made a phone call. They discussed the 2024 programme of cooperation.")
    assert (release.place, release.date) == ("Baku", "2023-12-24")


def test_dateline_without_year_takes_the_year_of_the_stamp(tmp_path: Path) -> None:
    path = tmp_path / "kabar.txt"
    path.write_text("Talks\n\nBISHKEK, March 14 (Kabar) – The Minister met.\n\nPosted: 14.03.2023, 11:52\n",
                    encoding="utf-8")
    [release] = list(read_file(path))
    assert (release.place, release.date) == ("Bishkek", "2023-03-14")


@pytest.mark.parametrize(
    ("text", "date"),
    [
        ("body\n\nCreated at : 8.04.2019, 17:30, Updated at : 8.04.2019, 17:30", "2019-04-08"),
        ("Published: 12 March 2021, 18:05\n\nbody", "2021-03-12"),
        ("12.10.2021\n\nbody", "2021-10-12"),
        ("October 12, 2021\n\nbody", "2021-10-12"),
        ("PRESS RELEASE\n\nReference Number: PR220447, Release Date: 10 March 2022\n\nbody", "2022-03-10"),
        ("Title\n\nNews item | 26-09-2024 | 08:45\n\nbody", "2024-09-26"),
        ("OECD Council adopts Roadmap\n\n02/05/2024 - The OECD Council, meeting in Paris, today adopted it.", "2024-05-02"),
        ("no date at all", None),
    ],
)
def test_publication_stamps(text: str, date: str | None) -> None:
    assert read_stamp(text) == date


def test_sidecar_metadata_gives_date_and_url() -> None:
    path = SEED.parent / "us-2021-06-01-blinken-muhriddin-call.txt"
    [release] = list(read_file(path))
    assert release.date == "2021-06-01"
    assert release.url and release.url.startswith("https://www.state.gov/")
    assert release.publisher == "U.S. Department of State"


def test_jsonl_streams_one_release_per_line(tmp_path: Path) -> None:
    path = tmp_path / "feed.jsonl"
    lines = [
        {"id": "a-1", "title": "Talks in Astana", "text": "ASTANA, 15 May 2023 - The Minister met.", "url": "https://x/1"},
        {"id": "a-2", "title": "Call", "text": "The Minister spoke with his counterpart.", "date": "2023-05-16"},
    ]
    path.write_text("\n".join(json.dumps(x) for x in lines) + "\n\n", encoding="utf-8")
    releases = list(read_file(path))
    assert [r.id for r in releases] == ["a-1", "a-2"]
    assert releases[0].date == "2023-05-15" and releases[0].place == "Astana"
    assert releases[1].date == "2023-05-16"


def test_bad_jsonl_line_names_file_and_line(tmp_path: Path) -> None:
    path = tmp_path / "bad.jsonl"
    path.write_text('{"id": "ok", "text": "x"}\n{not json}\n', encoding="utf-8")
    with pytest.raises(SourceError, match=r"bad.jsonl:2: not valid JSON"):
        list(read_file(path))


def test_html_page_gives_article_text_not_navigation(tmp_path: Path) -> None:
    page = tmp_path / "release.html"
    page.write_text(
        """<html><head><title>Kazakhstan and OSCE | MFA</title></head><body>
        <nav><a href="/">Home</a> <a href="/news">News</a> <a href="/contacts">Contacts</a></nav>
        <article><h1>Kazakhstan and OSCE: joint efforts</h1>
        <p>ASTANA, 15 May 2023 - Minister of Foreign Affairs Murat Nurtleu met OSCE Secretary General
        Helga Maria Schmid in Astana. The sides discussed the OSCE agenda and regional security.</p>
        <p>The Minister stressed the importance of cooperation in the economic and environmental dimension
        of the organization and thanked the Secretary General for her support.</p></article>
        <footer>Copyright Ministry. All rights reserved. Subscribe to our newsletter.</footer></body></html>""",
        encoding="utf-8",
    )
    [release] = list(read_file(page))
    assert "Murat Nurtleu" in release.text
    assert "Contacts" not in release.text and "newsletter" not in release.text
    assert release.date == "2023-05-15"


def test_folder_walk_skips_sidecars_and_reports_bad_files(tmp_path: Path) -> None:
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "a.txt").write_text("Title\n\nBody text.", encoding="utf-8")
    (tmp_path / "sub" / "a.meta.json").write_text('{"published": "2020-01-02"}', encoding="utf-8")
    (tmp_path / "bad.jsonl").write_text("{oops\n", encoding="utf-8")
    errors: list[str] = []
    releases = list(iter_releases([tmp_path], on_error=lambda p, e: errors.append(str(e))))
    assert [r.id for r in releases] == ["a"]
    assert releases[0].date == "2020-01-02"
    assert len(errors) == 1 and "bad.jsonl:1" in errors[0]


def test_missing_path_is_a_clear_error() -> None:
    with pytest.raises(SourceError, match="no such file or folder"):
        list(iter_releases(["/nonexistent/releases"]))


def test_empty_and_undecodable_files_are_reported_not_stored(tmp_path: Path) -> None:
    (tmp_path / "empty.txt").write_text("", encoding="utf-8")
    (tmp_path / "windows.txt").write_bytes("Title\n\nThe Minister met M. Lajčák.".encode("utf-16"))
    (tmp_path / "binary.txt").write_bytes(bytes(range(256)) * 4)
    errors: list[str] = []
    releases = list(iter_releases([tmp_path], on_error=lambda p, e: errors.append(str(e))))
    assert [r.text for r in releases] == ["Title\n\nThe Minister met M. Lajčák."]  # UTF-16 with its BOM
    assert any("empty" in e for e in errors) and any("binary.txt: a binary file" in e for e in errors)


@pytest.mark.parametrize(
    ("title", "body", "place", "date"),
    [
        ("Kenya and Tanzania hold the Joint Commission", "Nairobi, 14th of March 2024\n\nThe Cabinet Secretary met.",
         "Nairobi", "2024-03-14"),
        ("Host Country Agreement signed", "Date: 14/02/2024\n\nJeddah (UNA-OIC) – The Secretary-General received.",
         "Jeddah", "2024-02-14"),
        ("No: 41, 13 February 2024, Press Release Regarding the Official Visit of the Minister",
         "H.E. Jeenbek Kulubaev will pay an official visit to our country.", None, "2024-02-13"),
        # a byline's fields, one of them the date
        ("President Jokowi Receives PM Albanese", "Cabinet Secretariat of the Republic of Indonesia\n"
         "By Humas | Monday, 6 June 2022 | 14:30 WIB\n\nPresident Joko Widodo on Monday received the Prime Minister.",
         None, "2022-06-06"),
        # the place on a header line of its own, a city and its state
        ("Prime Minister Carney meets President Sheinbaum", "News release\nSeptember 18, 2025\nMexico City, Mexico\n\n"
         "Today, the Prime Minister met with the President of Mexico.", "Mexico City", "2025-09-18"),
        ("Council of Foreign Ministers", "ORGANIZATION OF TURKIC STATES\n05.11.2024\n\nBishkek, Kyrgyz Republic\n\n"
         "The Council of Foreign Ministers met today.", "Bishkek", "2024-11-05"),
        # a town the gazetteer lacks, then a dash: a dateline when the text names it again as a place
        ("The President launches the road project", "Presidency of the Republic\n22/02/2024\n\nTindouf – The President "
         "of the Republic launched, in the wilaya of Tindouf, the works on the road.", "Tindouf", "2024-02-22"),
        ("Statement", "22/02/2024\n\nUpdate – The President of the Republic launched the works on the road.",
         None, "2024-02-22"),
        # the publisher's name with a comma in it, then a city, its state, a dash, the date and a colon
        ("President Receives Counterpart", "State House\nOffice of the President, Republic of Ruritania\nPRESS RELEASE\n\n"
         "Accra, Ghana – March 11, 2025: The President received his counterpart.", "Accra", "2025-03-11"),
        # a label and the city's date line in one paragraph
        ("Assembly opens", "Press release\nTashkent, 5 April 2025\n\nThe Assembly opened today in Tashkent.",
         "Tashkent", "2025-04-05"),
        # a city, its state and the date, ended by a full stop, on a line of its own
        ("President meets Prime Minister", "Prensa Presidencia\n\nNew Delhi, India, 1 April 2025.\n\n"
         "The President held a bilateral meeting with the Prime Minister.", "New Delhi", "2025-04-01"),
        # a town's name with "of" in it, in capitals or not, and a body's name with "of", which is no town
        ("Prime Minister meets", "Port of Spain, Trinidad and Tobago, October 15, 2024 – The Prime Minister met.",
         "Port of Spain", "2024-10-15"),
        ("Prime Minister meets", "PORT OF SPAIN, October 15, 2024 – The Prime Minister met.", "Port of Spain",
         "2024-10-15"),
        ("Minister meets", "Ministry of Foreign Affairs, 12 March 2024 – The Minister met.", None, "2024-03-12"),
        # a publisher's unit where a town would stand is no place
        ("Speaker meets President", "SAEIMA PRESS SERVICE – The Speaker of the Saeima met the President of Moldova on "
         "8 March 2024.", None, None),
        # a label in capitals is no place
        ("Prime Minister returns", "OFFICE OF THE PRIME MINISTER\n\nMEDIA RELEASE\nFor immediate release – Monday 17 "
         "February 2025\n\nThe Prime Minister has returned home.", None, "2025-02-17"),
        # the publisher's name, a dash and its unit on a header line: no dateline; the city's dateline follows
        ("Secretary General received", "Andean Community – General Secretariat\nPress Release\n\nQuito, 22 August "
         "2024.- The Secretary General of the Andean Community was received this Thursday.", "Quito", "2024-08-22"),
        # a state's name in capitals and its motto with dashes: no dateline; the city's date line follows
        ("Statement by the Minister", "TOGOLESE REPUBLIC\nWork – Liberty – Homeland\n\nMINISTRY OF FOREIGN AFFAIRS\n\n"
         "PRESS STATEMENT\n\nLomé, 14 February 2025\n\nLadies and gentlemen of the press,", "Lomé", "2025-02-14"),
        # a city, a comma and the day's name before the date
        ("Prime Minister holds talks", "Government of the Kingdom\nPRIME MINISTER'S OFFICE\n\nMEDIA RELEASE\n\n"
         "Nuku'alofa, Tuesday 27 August 2024\n\nThe Prime Minister has held bilateral meetings.", "Nuku'alofa",
         "2024-08-27"),
        # an agency's stamp with the month's name between slashes, and its dateline without a year
        ("President, envoy discuss peace efforts", "News Agency (SABA)\n\n[15/October/2024]\n\n"
         "RIYADH, Oct. 15 (Saba) - The President received here today the Special Envoy.", "Riyadh", "2024-10-15"),
    ],
)
def test_more_publishers_date_lines(title: str, body: str, place: str | None, date: str | None) -> None:
    release = make_release("t", title, body)
    assert (release.place, release.date) == (place, date)


def test_a_seat_of_government_dash_weekday_and_date_line_dates_the_release() -> None:
    release = make_release("lb", "Prime Minister receives", "REPUBLIC\nPresidency of the Council of Ministers\n"
                           "Press Office\n\nGrand Serail – Wednesday 24 July 2024\n\nThe Prime Minister received the "
                           "envoy today.")
    assert release.date == "2024-07-24"


def test_a_city_dash_date_line() -> None:
    line = read_dateline("Riyadh – 10 September 2024\n\nThe Secretary-General received ...")
    assert (line.place, line.date) == ("Riyadh", "2024-09-10")


def test_a_release_dated_only_by_its_leads_weekday_and_date_takes_that_date() -> None:
    release = make_release("ci", "Audiences: the Head of State receives a written message",
                           "The President of the Republic, His Excellency Mr Alassane OUATTARA, received in audience "
                           "this Thursday 13 June 2024, at the Presidential Palace in Abidjan, the Minister of "
                           "Foreign Affairs of Mauritania. They recalled the summit of 9 February 2023.")
    assert release.date == "2024-06-13"


def test_a_city_whose_name_holds_a_two_word_particle_is_the_whole_city() -> None:
    release = make_release("x", "Presidents meet", "Santa Cruz de la Sierra, 9 July 2024.- The President of Bolivia, "
                           "Luis Arce, held a bilateral meeting with the President of Brazil, Luiz Inácio Lula da Silva.")
    assert (release.place, release.date) == ("Santa Cruz de la Sierra", "2024-07-09")


def test_a_venue_whose_name_holds_a_two_word_particle_is_the_whole_city() -> None:
    from kg.extract import extract

    record = extract(make_release("x", "Talks", "President Luis Arce received President Lula in Santa Cruz de la "
                                  "Sierra on 9 July 2024."))
    assert [i.place for i in record.interactions] == ["Santa Cruz de la Sierra"]


def test_datelines_of_saints_towns_and_of_an_ordinal_day_run_into_the_text() -> None:
    saint = read_dateline("St. John's, Antigua, Tuesday 28th May 2024 – Prime Minister Gaston Browne held talks")
    assert (saint.place, saint.date) == ("St. John's", "2024-05-28")
    joined = read_dateline("Beijing, May 14th—Liu Jianchao met here today with a delegation", year_hint=2024)
    assert (joined.place, joined.date) == ("Beijing", "2024-05-14")


def test_weeks_and_days_ago_resolve_against_the_release_date() -> None:
    from kg.sources.dates import find_dates

    assert [d for _, _, d in find_dates("They met last week in Beijing.", "2024-10-03")] == ["2024-09"]
    assert [d for _, _, d in find_dates("He met the Pope three days ago.", "2021-07-01")] == ["2021-06-28"]


def test_a_publishers_name_over_the_headline_is_a_header_not_the_title(tmp_path: Path) -> None:
    path = tmp_path / "pib.txt"
    path.write_text("Prime Minister's Office\n\nPM meets President of the People's Republic of China in Kazan\n\n"
                    "Posted On: 23 OCT 2024 9:46PM by PIB Delhi\n\nPrime Minister Shri Narendra Modi met the President "
                    "of the People's Republic of China, Mr. Xi Jinping, in Kazan today.\n", encoding="utf-8")
    [release] = list(read_file(path))
    assert release.title == "PM meets President of the People's Republic of China in Kazan"
    assert "Prime Minister's Office" in release.text  # (kept, as a header line of the body)
    assert release.date == "2024-10-23"
