"""Initiatives however a release words them: what someone proposed others do, a bid to
host, projects listed by name, a state's proposal named by its adjective."""
from __future__ import annotations

from kg.extract import extract
from kg.records import Record
from kg.sources import make_release


def proposals(body: str) -> dict[str, str | None]:
    record: Record = extract(make_release("t", "Talks", body, date="2023-11-28"))
    return {i.name: i.proposed_by for i in record.initiatives}


def test_what_a_minister_proposed_the_sides_set_up_is_the_ministers_initiative() -> None:
    found = proposals("Minister of Foreign Affairs Bui Thanh Son proposed that the two sides set up a bilateral "
                      "working group on agricultural market access.")
    assert found == {"bilateral working group on agricultural market access": "Bui Thanh Son"}


def test_the_event_a_city_bids_to_host_is_an_initiative_with_its_number() -> None:
    found = proposals("Foreign Minister Park Jin asked for Peru's support for Busan's bid to host the World Expo 2030.")
    assert "World Expo 2030" in found


def test_projects_listed_by_name_are_each_an_initiative() -> None:
    found = proposals("Foreign Minister Sameh Shoukry reviewed the Egyptian development projects under way in South "
                      "Sudan, including the Wau multi-purpose dam and the solar power stations in Juba, and stressed "
                      "Egypt's readiness to help.")
    assert {"Wau multi-purpose dam", "solar power stations in Juba"} <= set(found)
    assert not any("readiness" in name for name in found)


def test_a_name_with_and_between_capitals_stays_whole_in_a_list() -> None:
    found = proposals("The ministers noted international initiatives such as the Media Freedom Coalition and the "
                      "Partnership on Information and Democracy.")
    assert {"Media Freedom Coalition", "Partnership on Information and Democracy"} <= set(found)


def test_a_proposal_named_by_a_states_adjective_is_that_states() -> None:
    found = proposals("The two Presidents will consider the Brazilian proposal to resume the meetings of the "
                      "Angola-Brazil Joint Commission.")
    assert found.get("meetings of the Angola-Brazil Joint Commission") == "Brazil"


def test_invitations_to_visit_however_worded_are_visits_to_the_state_proposed_by_the_inviter() -> None:
    found = proposals("Minister Albares invited Paulo Rangel to make an official visit to Madrid in the coming months. "
                      "Minister Popșoi conveyed to his counterpart the invitation of President Maia Sandu for President "
                      "Gitanas Nausėda to pay an official visit to the Republic of Moldova. Minister Wang Yi conveyed "
                      "an invitation to the Rt. Hon. K.P. Sharma Oli, Prime Minister of Nepal, to pay an official visit "
                      "to China.")
    assert found["visit of Paulo Rangel to Spain"] == "Albares"
    assert found["visit of Gitanas Nausėda to Moldova"] == "Maia Sandu"
    assert any(name.startswith("visit of K.P. Sharma") and name.endswith("to China") for name in found)


def test_an_accepted_invitation_is_the_guests_visit_and_the_city_written_is_an_alias() -> None:
    record = extract(make_release("t", "Talks", "President Bernardo Arévalo has accepted the invitation of President "
                                  "Andrés Manuel López Obrador to make a state visit to Mexico City.", date="2024-03-20"))
    visit = next(i for i in record.initiatives if i.name.startswith("visit of"))
    assert (visit.name, visit.aliases, visit.proposed_by) == (
        "visit of Bernardo Arévalo to Mexico", ["visit of Bernardo Arévalo to Mexico City"], "Andrés Manuel López Obrador")


def test_more_invitations_a_possessive_one_a_conveyed_one_and_a_visit_looked_forward_to() -> None:
    found = proposals("DPM Gan Kim Yong conveyed Prime Minister Lawrence Wong's invitation for Prime Minister Narendra "
                      "Modi to visit Singapore. President Sadyr Japarov asked the guest to convey his invitation to Prime "
                      "Minister of Hungary Viktor Orban to pay an official visit to Kyrgyzstan. The Foreign Minister "
                      "said that Prime Minister Sheikh Hasina looked forward to visiting Indonesia at the invitation of "
                      "President Joko Widodo.")
    assert found["visit of Narendra Modi to Singapore"] == "Lawrence Wong"
    assert found["visit of Viktor Orban to Kyrgyzstan"] == "Sadyr Japarov"
    assert [proposer for name, proposer in found.items() if name.endswith("Hasina to Indonesia")] == ["Joko Widodo"]


def test_roads_railways_and_pipelines_named_by_the_places_they_join_are_initiatives() -> None:
    found = proposals("The ministers reviewed the Kasindi – Beni – Butembo road, the Kerung-Kathmandu railway and the "
                      "Dar es Salaam – Ndola multi-product pipeline, and the US-Mexico border.")
    assert {"Kasindi – Beni – Butembo road", "Kerung-Kathmandu railway",
            "Dar es Salaam – Ndola multi-product pipeline"} <= set(found)
    assert not any("border" in name for name in found)


def test_when_and_where_a_proposed_forum_would_meet_are_no_part_of_its_name() -> None:
    found = proposals("KIGALI, 20 September 2024 – The Zambian side proposed to hold a Rwanda-Zambia Business Forum in "
                      "Lusaka in the first quarter of 2025. Minister Nafti proposed the organisation of a Tunisian-Algerian "
                      "economic forum in Tunis on the margins. Minister Johnson Smith proposed a teacher exchange programme "
                      "between the two countries.")
    assert {"Rwanda-Zambia Business Forum", "teacher exchange programme"} <= set(found)
    assert any(name.endswith("Tunisian-Algerian economic forum") for name in found), found


def test_an_invitation_conveyed_to_the_host_just_met_is_theirs_to_visit() -> None:
    body = ("Nairobi, 13 February 2024. Later that day, Jan Lipavský was received by President William Ruto at State House. "
            "The head of Czech diplomacy conveyed to him an invitation from President Petr Pavel to visit the Czech Republic.")
    record = extract(make_release("t", "Visit", body))
    assert [(i.name, i.proposed_by) for i in record.initiatives] == [("visit of William Ruto to Czech Republic", "Petr Pavel")]


def test_a_states_candidacy_bid_or_accession_is_its_initiative() -> None:
    found = proposals("Oman supported Kuwait's candidacy for membership of the UN Human Rights Council for the "
                      "2024-2026 term. The ministers discussed Bangladesh's bid to become a Sectoral Dialogue Partner "
                      "of ASEAN and Uzbekistan's accession to the World Trade Organization and the GSP+ scheme. "
                      "Lithuania's membership in NATO was noted.")
    assert found["Kuwait's candidacy for membership of the UN Human Rights Council for the 2024-2026 term"] == "Kuwait"
    assert found["Bangladesh's bid to become a Sectoral Dialogue Partner of ASEAN"] == "Bangladesh"
    assert found["Uzbekistan's accession to the World Trade Organization"] == "Uzbekistan"
    assert not [name for name in found if "membership in NATO" in name]


def test_a_process_named_by_its_city_is_an_initiative_a_headlines_process_is_not() -> None:
    found = proposals("The sides welcomed the Luanda Process and the Nairobi Process. They condemned Additional "
                      "Visa Restrictions for Undermining the Democratic Process.")
    assert {"Luanda Process", "Nairobi Process"} <= set(found)
    assert not [name for name in found if "Democratic Process" in name]


def test_a_named_programme_keeps_its_words_and_its_owner_proposes_it() -> None:
    found = proposals("Paraguay will receive support through the IAEA's Rays of Hope initiative and the Department "
                      "of State's Rewards for Justice program. He looked forward to the Commonwealth Heads of "
                      "Government Meeting to be held in Kigali in June. Iran's policy was discussed.")
    assert found["Rays of Hope initiative"] == "IAEA"
    assert "Rewards for Justice program" in found and "Commonwealth Heads of Government Meeting" in found
    assert not [name for name in found if "’s" in name or "'s" in name]


def test_numbered_resolutions_and_arrangements_are_documents() -> None:
    record = extract(make_release("t", "Talks", "VIENNA, 23 Dec 2024 - They discussed UN Security Council "
                                  "resolution 2703 and resolution 2699 (2023). Mr Grossi also signed today Practical "
                                  "Arrangements on Cooperation in Radiation Medicine and Cancer Care. They discussed "
                                  "security arrangements."))
    assert {d.name for d in record.documents} == {"UN Security Council resolution 2703", "resolution 2699 (2023)",
                                                  "Practical Arrangements on Cooperation in Radiation Medicine and "
                                                  "Cancer Care"}


def test_a_renewed_invitation_names_its_guest_and_a_name_keeps_its_particles_and_its_theatre() -> None:
    found = proposals("Minister Rui Figueiredo Soares renewed the invitation for Minister Cravinho to visit Cabo Verde. "
                      "They discussed the EU Strategy for Cooperation in the Indo-Pacific.")
    assert found["visit of Cravinho to Cabo Verde"] == "Rui Figueiredo Soares"
    assert "EU Strategy for Cooperation in the Indo-Pacific" in found
    record = extract(make_release("t", "Talks", "MONTEVIDEO, 14 October 2021 - They recalled the Treaty of the Río "
                                  "de la Plata and its Maritime Front. Today's Roadmap was welcomed."))
    assert [d.name for d in record.documents] == ["Treaty of the Río de la Plata"]


def test_whose_initiative_the_words_after_its_name_say() -> None:
    found = proposals("IDB President Ilan Goldfajn met Prime Minister Mia Amor Mottley. They reviewed progress on the "
                      "Bridgetown Initiative, the Prime Minister's proposal to make multilateral lending fairer.")
    assert found["Bridgetown Initiative"] == "Mia Amor Mottley"
    found = proposals("The EDRI will complement the global Presidential Initiative for Democratic Renewal announced by "
                      "President Joe Biden at the Summit for Democracy.")
    assert found["Presidential Initiative for Democratic Renewal"] == "Joe Biden"


def test_an_invitation_conveyed_from_a_host_named_in_commas_is_the_hosts() -> None:
    found = proposals("President Bernardo Arévalo received Secretary Alicia Bárcena. Secretary Bárcena conveyed to the "
                      "President an invitation from the President of Mexico, Andrés Manuel López Obrador, to pay an "
                      "official visit to Mexico, which President Arévalo accepted.")
    assert found == {"visit of Bernardo Arévalo to Mexico": "Andrés Manuel López Obrador"}


def test_a_programme_whose_name_holds_to_is_named_whole() -> None:
    from kg.extract import extract
    from kg.sources import make_release

    r = extract(make_release("ci", "Audience", "Dr Akinwumi ADESINA, President of the African Development Bank, "
                             "presented the progress of the Bank's Desert to Power initiative."))
    assert "Desert to Power initiative" in {i.name for i in r.initiatives}


def test_a_planned_events_name_leaves_out_where_and_on_which_days_it_is_held() -> None:
    record = extract(make_release("x", "Talks", "SANTA CRUZ, 9 July 2024 – President Lula invited President Arce to "
                                  "attend the G20 Leaders' Summit in Rio de Janeiro in November. The sides also "
                                  "discussed the upcoming official visit of Adylbek Kasymaliev to the Russian Federation "
                                  "on 17-18 November."))
    names = {i.name for i in record.initiatives}
    assert "G20 Leaders' Summit" in names
    assert not any("Rio" in n or "17-18" in n for n in names)


def test_a_project_scheme_plan_or_formula_named_by_its_head_word_is_an_initiative() -> None:
    found = proposals("Prime Minister Narendra Modi and President Masoud Pezeshkian reviewed the Chabahar Port "
                      "project and the Recognised Seasonal Employer scheme. President Zelenskyy briefed him on the "
                      "Peace Formula, and President Daniel Noboa presented the Phoenix Plan.")
    assert {"Chabahar Port project", "Recognised Seasonal Employer scheme", "Peace Formula", "Phoenix Plan"} <= set(found)


def test_a_kind_of_plan_or_who_leads_a_process_names_no_initiative() -> None:
    found = proposals("The Department released its Annual Evaluation Plan and supports an Afghan-led process. The "
                      "Kingdom joins the NASA-led Artemis program.")
    assert "Annual Evaluation Plan" not in found and not any("Afghan" in name for name in found)
    assert "Artemis program" in found


def test_a_person_called_by_the_first_of_two_family_names_is_the_one_named_in_full() -> None:
    body = ("The Head of Government of Andorra, Xavier Espot Zamora, met the President of the Government of Spain, Pedro "
            "Sánchez, at the Moncloa Palace. Espot invited Sánchez to make an official visit to Andorra.")
    record = extract(make_release("t", "Espot meets Sánchez in Madrid", body, date="2024-04-16"))
    assert [p.name for p in record.persons if "Espot" in p.name or "Espot" in p.aliases] == ["Xavier Espot Zamora"]
    visit = next(i for i in record.initiatives if "Andorra" in i.name)
    assert visit.proposed_by == "Xavier Espot Zamora"


def test_programmes_named_by_their_head_word_a_masterplan_a_hub_a_single_market_and_an_agenda_with_its_year() -> None:
    r = extract(make_release("au", "AUC and IRENA sign MoU", "They discussed the Africa Single Electricity Market and the "
                             "Continental Power System Masterplan, in line with Agenda 2063, and the concrete pouring "
                             "ceremony for the Greater Malé Connectivity Project (GMCP). The Secretary-General updated "
                             "ministers on the Commonwealth Climate Finance Access Hub and on the Brussels Media Hub.",
                             date="2023-02-17"))
    assert {i.name for i in r.initiatives} == {
        "Africa Single Electricity Market", "Continental Power System Masterplan", "Agenda 2063",
        "Greater Malé Connectivity Project", "Commonwealth Climate Finance Access Hub"}  # (not a press office)


def test_a_market_named_in_a_headline_is_no_programme() -> None:
    r = extract(make_release("us", "Sanctions on Darknet Market and Ransomware", "The Department announced sanctions today.",
                             date="2022-04-05"))
    assert r.initiatives == []


def test_an_initiatives_name_leaves_out_the_preparations_the_owners_word_a_verb_and_a_second_topic() -> None:
    r = extract(make_release("cw", "Commonwealth ministers meet", "The Prime Minister of Samoa briefed the meeting on "
                             "preparations for CHOGM 2024, which Samoa will host in Apia. The Chairperson welcomed the "
                             "partnership as a contribution to the Union's Agenda 2063. The ministers reviewed the "
                             "preparations for the next round of ASEAN-GCC consultations and ways of strengthening "
                             "relations between the two regions. They noted the President’s Emergency Plan for AIDS Relief.",
                             date="2022-09-23"))
    assert {i.name for i in r.initiatives} >= {"CHOGM 2024", "Agenda 2063", "next round of ASEAN-GCC consultations",
                                               "President’s Emergency Plan for AIDS Relief"}


def test_what_a_state_called_for_the_convening_of_is_its_initiative() -> None:
    r = extract(make_release("cn", "Wang Yi speaks with Shoukry", "China called for the early convening of an international "
                             "peace conference.", date="2023-10-24"))
    assert [(i.name, i.proposed_by) for i in r.initiatives] == [("international peace conference", "China")]


def test_a_hub_that_a_leader_proposed_is_his_initiative_and_an_order_of_merit_is_none() -> None:
    found = proposals("Sochi, 4 September 2023 – President Recep Tayyip Erdogan held talks with President Vladimir Putin. "
                      "They discussed the natural gas hub in Türkiye that Putin proposed to establish last year. Putin "
                      "also presented Erdogan with the Order of Friendship.")
    assert found == {"natural gas hub in Türkiye": "Vladimir Putin"}


def test_a_body_proposed_by_its_formation_keeps_its_joined_names() -> None:
    found = proposals("ABU DHABI, 27th September, 2022 – Speaker Saqr Ghobash received Mohamed Nasheed, Speaker of "
                      "the People's Majlis of Maldives. Nasheed proposed the formation of a UAE–Maldives "
                      "parliamentary friendship group to follow up on cooperation.")
    assert found["UAE–Maldives parliamentary friendship group"] == "Mohamed Nasheed"


def test_what_a_project_does_is_no_part_of_its_name() -> None:
    found = proposals("Captain Traoré called for the revival of the Ghana–Burkina Faso railway project linking the "
                      "port of Tema to Ouagadougou.")
    assert "revival of the Ghana–Burkina Faso railway project" in found
