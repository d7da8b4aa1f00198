"""One node per real-world entity across releases (issue 5)."""
from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from click.testing import CliRunner

from kg.cli import main
from kg.analysis.ambiguities import ambiguous
from kg.graph.identity import name_key
from kg.ingest import ingest
from kg.store import Store, open_store
from tests.conftest import ROOT, write_release

P = "https://w3id.org/diplomacy-kg/id/person/"


def persons(store: Store) -> dict[str, set[str]]:
    rows = store.query("SELECT ?p ?n WHERE { ?p a dip:Person . { ?p rdfs:label ?n } UNION { ?p skos:altLabel ?n } }").rows
    out: dict[str, set[str]] = {}
    for p, n in rows:
        out.setdefault(str(p), set()).add(str(n))
    return out


@pytest.mark.parametrize(("a", "b"), [("Kassym-Jomart Tokayev", "Kassym-Zhomart Tokaev"),
                                      ("Miroslav Lajčák", "Miroslav Lajcak"),
                                      ("Sirojiddin Muhriddin", "Sirojiddin Mukhriddin"),
                                      ("Nursultan Nazarbayev", "Nursultan Nazarbaev")])
def test_transliteration_variants_share_a_key(a: str, b: str) -> None:
    assert name_key(a) == name_key(b)


def test_variant_spellings_across_releases_are_one_person(tmp_path: Path, store: Store) -> None:
    write_release(tmp_path, "a", "Talks", "ASTANA, 15 May 2023 - President of Kazakhstan Kassym-Jomart Tokayev "
                  "received Foreign Minister of Uzbekistan Bakhtiyor Saidov.")
    write_release(tmp_path, "b", "Talks", "ASTANA, 20 June 2023 - President of Kazakhstan Kassym-Zhomart Tokaev "
                  "received Foreign Minister of Tajikistan Sirojiddin Muhriddin.")
    ingest([tmp_path], store=store)
    tokayev = [names for names in persons(store).values() if "Kassym-Jomart Tokayev" in names]
    assert tokayev == [{"Kassym-Jomart Tokayev", "Kassym-Zhomart Tokaev", "Tokayev", "Tokaev"}]
    labels = store.query("SELECT ?l WHERE { ?p rdfs:label ?l FILTER(CONTAINS(?l, 'Tok')) }").rows
    assert [str(r[0]) for r in labels] == ["Kassym-Jomart Tokayev"]  # one rdfs:label, the first seen


def test_surname_alone_joins_the_stored_person(tmp_path: Path, store: Store) -> None:
    write_release(tmp_path, "a", "Talks", "NUR-SULTAN, April 8, 2019 – Minister of Foreign Affairs Beibut Atamkulov "
                  "met OSCE Chairperson-in-Office Miroslav Lajčák.")
    ingest([tmp_path], store=store)
    write_release(tmp_path, "b", "Visit", "BISHKEK, April 10, 2019 – Mr. Lajcak visited Kyrgyzstan and held talks "
                  "with Minister of Foreign Affairs Chingiz Aidarbekov.")
    ingest([tmp_path], store=store)
    rows = store.query("SELECT DISTINCT ?p WHERE { ?i dip:participant ?p . ?p rdfs:label|skos:altLabel ?n "
                       "FILTER(CONTAINS(LCASE(STR(?n)), 'laj')) }").rows
    assert [str(r[0]) for r in rows] == [P + "miroslav-lajcak"]


def test_same_surname_different_people_stay_apart(tmp_path: Path, store: Store) -> None:
    write_release(tmp_path, "a", "Talks", "NUR-SULTAN, April 8, 2019 – Speaker of the Senate Dariga Nazarbayeva met "
                  "Ambassador of the United Kingdom to Kazakhstan Michael Smith and Ambassador of Australia to "
                  "Kazakhstan Peter Smith. First President Nursultan Nazarbayev received them.")
    ingest([tmp_path], store=store)
    write_release(tmp_path, "b", "Credentials", "NUR-SULTAN, April 9, 2019 – Minister of Foreign Affairs Beibut "
                  "Atamkulov received Ambassador Smith.")
    report = ingest([tmp_path], store=store)
    names = persons(store)
    assert {P + "dariga-nazarbayeva", P + "nursultan-nazarbayev", P + "michael-smith", P + "peter-smith"} <= set(names)
    assert P + "smith" in names  # "Ambassador Smith" could be either: kept apart ...
    assert report.ambiguities and report.ambiguities[0][0] == "Smith"  # ... and reported
    assert ("surname only", "Smith", "could be Michael Smith or Peter Smith") in ambiguous(store)


def test_same_meeting_reported_by_two_ministries_is_one_node(tmp_path: Path, store: Store) -> None:
    write_release(tmp_path, "kz", "Nurtleu meets Saidov", "ASTANA, 15 May 2023 - Minister of Foreign Affairs of "
                  "Kazakhstan Murat Nurtleu held talks with Minister of Foreign Affairs of Uzbekistan Bakhtiyor Saidov.")
    write_release(tmp_path, "uz", "Saidov holds talks in Astana", "TASHKENT, 16 May 2023 — Minister of Foreign "
                  "Affairs of Uzbekistan Bakhtiyor Saidov yesterday held talks with Minister of Foreign Affairs of "
                  "Kazakhstan Murat Nurtleu in Astana.")
    ingest([tmp_path], store=store)
    rows = store.query("SELECT ?i (COUNT(DISTINCT ?r) AS ?n) (COUNT(DISTINCT ?e) AS ?ev) WHERE { "
                       "?i dip:kind 'meeting' ; dip:reportedIn ?r ; dip:evidence ?e } GROUP BY ?i").rows
    assert [(int(n), int(ev)) for _, n, ev in rows] == [(2, 2)]


def test_alias_file_changes_the_result_without_force(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    releases = tmp_path / "in"
    releases.mkdir()
    write_release(releases, "a", "Talks", "ASTANA, 15 May 2023 - President of Kazakhstan Kassym-Jomart Tokayev "
                  "received Foreign Minister of Uzbekistan Bakhtiyor Saidov.")
    write_release(releases, "b", "Talks", "ASTANA, 16 May 2023 - President of Kazakhstan Kemel Tokayev received "
                  "Foreign Minister of Tajikistan Sirojiddin Muhriddin.")
    store = open_store(":memory:")
    ingest([releases], store=store)
    assert len([n for n in persons(store).values() if any("Tokayev" in x for x in n)]) == 2
    data = tmp_path / "data"
    shutil.copytree(ROOT / "data" / "gazetteer", data / "gazetteer")
    (data / "aliases.csv").write_text("kind,form,canonical\nperson,Kemel Tokayev,Kassym-Jomart Tokayev\n",
                                      encoding="utf-8")
    monkeypatch.setenv("KG_DATA", str(data))
    report = ingest([releases], store=store)  # the releases are unchanged: no --force
    assert report.unchanged == 2
    merged = [n for n in persons(store).values() if any("Tokayev" in x for x in n)]
    assert len(merged) == 1 and "Kemel Tokayev" in merged[0]
    # No stale node: the person the alias absorbed is gone from every graph.
    assert not store.rows("SELECT ?s WHERE { ?s ?p <https://w3id.org/diplomacy-kg/id/person/kemel-tokayev> }")
    assert not store.rows("SELECT ?p WHERE { <https://w3id.org/diplomacy-kg/id/person/kemel-tokayev> ?p ?o }")


def test_actor_command_shows_offices_counterparts_and_initiatives(tmp_path: Path) -> None:
    runner = CliRunner()
    store = str(tmp_path / "s")
    assert runner.invoke(main, ["ingest", "--store", store, str(ROOT / "data" / "releases")]).exit_code == 0
    result = runner.invoke(main, ["actor", "--store", store, "Tileuberdi"])
    assert result.exit_code == 0, result.output
    assert "Mukhtar Tileuberdi" in result.output
    assert "Minister of Foreign Affairs" in result.output and "Antony J. Blinken" in result.output
    unknown = runner.invoke(main, ["actor", "--store", store, "Nobody Atall"])
    assert unknown.exit_code == 1 and "no actor" in unknown.output


def test_the_body_an_office_is_of_is_an_organisation_never_a_person(tmp_path: Path, store: Store) -> None:
    write_release(tmp_path, "a", "Travel", "WASHINGTON, 1 March 2022 - While in Montreal, Assistant Secretary Michele "
                  "Sison will meet with senior officials from the International Civil Aviation Organization (ICAO), "
                  "including President of the ICAO Council Salvatore Sciacchitano.")
    ingest([tmp_path], store=store)
    assert not [names for names in persons(store).values() if "ICAO Council" in names]
    rows = store.query("SELECT ?l WHERE { ?o a dip:Organization ; rdfs:label ?l FILTER(CONTAINS(?l, 'Council')) }").rows
    assert [str(r[0]) for r in rows] == ["ICAO Council"]


def test_the_office_named_on_a_header_line_is_an_organisation_of_the_release() -> None:
    from kg.extract import extract
    from kg.sources import make_release

    def orgs(body: str) -> list[str]:
        return [o.name for o in extract(make_release("t", "The leaders meet", body)).organizations]

    assert "Presidency of the Republic" in orgs("Presidency of the Republic\n22/02/2024\n\nTindouf – The President "
                                                "received his counterpart in the wilaya of Tindouf.")
    assert "The President's Office" in orgs("THE PRESIDENT'S OFFICE\nRepublic of Maldives\n\nPress Release\n\n"
                                            "President Muizzu met Prime Minister Modi in New Delhi today.")
    # the state and its ministry, apart; the state's own government and a label are no issuer
    named = orgs("Kingdom of Bahrain – Ministry of Foreign Affairs\nMedia Centre | News\n\nBeijing – 30 May 2024\n\n"
                 "The Minister met the Chinese Foreign Minister.")
    assert "Ministry of Foreign Affairs" in named and not any("Bahrain" in n for n in named)
    assert orgs("Government of Georgia\nPress Release\n\nThe Prime Minister met the Premier in Dalian today.") == []


def test_bodies_named_after_the_office_they_serve_and_a_contact_lines_fields() -> None:
    from kg.extract import extract
    from kg.sources import make_release

    body = ("Addis Ababa, 15 March 2023. In a statement issued after the meeting, the Office of the Prime Minister said "
            "the two sides had a constructive discussion.\n\nPhoto: Press Service of the President of Georgia\n\n"
            "Media contact\nCommunications Division, Commonwealth Secretariat\n\nFor further information, contact:\n"
            "Directorate of Information and Communication | African Union Commission | E-mail: DIC@africa-union.org")
    r = extract(make_release("et", "Talks", body))
    names = {o.name for o in r.organizations}
    assert {"Office of the Prime Minister", "Press Service of the President of Georgia", "Communications Division",
            "Directorate of Information and Communication"} <= names
    assert not [n for n in names if "|" in n]  # (each field of the contact line on its own)


def test_a_convention_centre_is_a_venue_and_a_mission_named_with_its_union_and_an_and_is_one_body() -> None:
    from kg.extract import extract
    from kg.sources import make_release

    r = extract(make_release("eg", "Talks", "Lilongwe, 12 May 2024. The summit opened at the Bingu International "
                             "Convention Centre. Egypt intends to contribute troops to the African Union Support and "
                             "Stabilization Mission in Somalia (AUSSOM)."))
    names = {o.name for o in r.organizations}
    assert "African Union Support and Stabilization Mission in Somalia" in names
    assert not [n for n in names if "Convention Centre" in n or n == "Stabilization Mission in Somalia"]
