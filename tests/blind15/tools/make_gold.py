#!/usr/bin/env python3
"""Writes gold/<stem>.json for blind21 from the compact records below, then checks them.

Checks: those of ``gold_records.check_and_write`` (every check must pass before anything is written).

Run from tests/blind15:  python3 tools/make_gold.py
"""
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent  # tests/blind15
sys.path.insert(0, str(ROOT.parent))  # tests/, for the shared constructors
from gold_records import D, E, GoldWriter, I, N, P, check_and_write  # noqa: E402

GOLD = GoldWriter(ROOT)
rec = GOLD.rec

# 1 Ministry of Foreign Affairs and International Cooperation, Sierra Leone (dateline with weekday and ordinal)
KAB, NYA, BIO, BOA = "Musa Timothy Kabba", "Sara Beysolow Nyanti", "Julius Maada Bio", "Joseph Nyuma Boakai"
JC = "Sierra Leone–Liberia Joint Commission for Cooperation"
rec("sl-2024-10-17-kabba-nyanti-freetown", "2024-10-17", "Freetown",
    [P(KAB, ["Alhaji Musa Timothy Kabba", "Hon. Kabba"],
       ("Minister of Foreign Affairs and International Cooperation", "Sierra Leone")),
     P(NYA, ["Hon. Nyanti"], ("Minister of Foreign Affairs", "Liberia")),
     P(BIO, ["President Bio"], ("President", "Sierra Leone")),
     P(BOA, ["Joseph Nyuma Boakai, Sr."], ("President", "Liberia"))],
    [E("Ministry of Foreign Affairs and International Cooperation"),
     E("Mano River Union", "MRU"),
     E("United Nations Security Council", "UN Security Council", "UNSC"),
     E("ECOWAS", "Economic Community of West African States"),
     E("United Nations General Assembly", "UN General Assembly", "UNGA"),
     E(JC)],
    [E("Sierra Leone", "Republic of Sierra Leone"),
     E("Liberia", "Republic of Liberia")],
    [I("meeting", [KAB, NYA], "2024-10-16", "Freetown"),
     I("visit", [NYA, "Sierra Leone"], "2024-10-16", "Freetown"),
     I("signing", [KAB, NYA], "2024-10-16", "Freetown"),
     I("meeting", [NYA, BIO, KAB], "2024-10-17", "Freetown"),
     I("meeting", [KAB, NYA], "2024-09-26", "New York"),
     I("multilateral", [KAB, NYA], "2024-09-26", "New York",
       name="High-Level Week of the 79th Session of the United Nations General Assembly")],
    [N("next session of the " + JC, KAB),
     N("visit of Julius Maada Bio to Liberia", BOA),
     N("candidature for a non-permanent seat on the Council", "Liberia", "Liberia's candidature")],
    [D("Memorandum of Understanding on Bilateral Political Consultations")])

# 2 Presidency of the Democratic Republic of the Congo (translated from French; stamp, no dateline)
TSH, TA, LOU, KW, NDU = ("Félix-Antoine Tshisekedi Tshilombo", "Téte António", "João Lourenço",
                         "Thérèse Kayikwamba Wagner", "Olivier Nduhungirehe")
DRC = "Democratic Republic of the Congo"
rec("cd-2024-08-13-tshisekedi-lourenco-message", "2024-08-13", None,
    [P(TSH, ["President Tshisekedi"], ("President", DRC)),
     P(TA, ["Minister Téte António"], ("Minister of External Relations", "Angola"), ("special envoy", "Angola")),
     P(LOU, ["President João Lourenço", "President Lourenço"], ("President", "Angola"),
       ("mediator", "African Union")),
     P(KW, ["Minister Kayikwamba Wagner"], ("Minister of State", DRC),
       ("Minister of Foreign Affairs, International Cooperation and Francophonie", DRC)),
     P(NDU, [], ("Minister of Foreign Affairs", "Rwanda"))],
    [E("Presidency of the Republic"),
     E("Presidential Communication Unit"),
     E("East African Community", "EAC"),
     E("M23")],
    [E(DRC, "DRC", "Congolese", "Congolese Government"),
     E("Angola", "Republic of Angola", "Angolan"),
     E("Rwanda", "Rwandan")],
    [I("meeting", [TSH, TA, KW], "2024-08-13", "Kinshasa"),
     I("correspondence", [LOU, TSH], "2024-08-13", "Kinshasa"),
     I("visit", [TA, DRC], "2024-08-12", "Kinshasa"),
     I("multilateral", [KW, NDU, TA], "2024-07-30", "Luanda", name="tripartite ministerial meeting")],
    [N("Luanda process", "Angola"),
     N("reinforced ad hoc verification mechanism", LOU),
     N("next tripartite ministerial meeting", None),
     N("summit between the Heads of State of the DRC and Rwanda", None),
     N("Nairobi process", "East African Community")],
    [D("Luanda Roadmap")])

# 3 State House Seychelles (stamp, no dateline; telephone call)
RAM, RGM = "Wavel Ramkalawan", "Navinchandra Ramgoolam"
rec("sc-2025-05-23-ramkalawan-ramgoolam-call", "2025-05-23", None,
    [P(RAM, ["President Ramkalawan"], ("President", "Seychelles")),
     P(RGM, ["Prime Minister Ramgoolam", "Dr the Hon. Navinchandra Ramgoolam"], ("Prime Minister", "Mauritius"))],
    [E("State House", "State House Seychelles"),
     E("International Court of Justice", "ICJ"),
     E("United Nations General Assembly", "UN General Assembly", "UNGA"),
     E("Indian Ocean Commission", "IOC"),
     E("Seychelles Coast Guard")],
    [E("Seychelles"),
     E("Mauritius", "Republic of Mauritius", "Mauritian"),
     E("United Kingdom", "UK")],
    [I("call", [RAM, RGM], "2025-05-23"),
     I("signing", ["Mauritius", "United Kingdom"], "2025-05-22"),
     I("signing", ["Seychelles", "Mauritius"], "2012"),
     I("meeting", [RAM, RGM], "2025-04-24", "Antananarivo"),
     I("multilateral", [RAM, RGM], "2025-04-24", "Antananarivo",
       name="Fifth Summit of Heads of State and Government of the Indian Ocean Commission")],
    [N("joint patrols in the Joint Management Area", RGM),
     N("visit of Navinchandra Ramgoolam to Seychelles", RAM),
     N("visit of Wavel Ramkalawan to Mauritius", RGM),
     N("celebrations of the National Day of Mauritius", None)],
    [D("Agreement concerning the Chagos Archipelago including Diego Garcia", "Chagos Agreement"),
     D("Treaty concerning the Joint Exercise of Sovereign Rights over the Continental Shelf in the "
       "Mascarene Plateau Region")])

# 4 The Presidency, Republic of Namibia (dateline in capitals; issuer block)
NNN, BOK, ASH, BUT = "Netumbo Nandi-Ndaitwah", "Duma Gideon Boko", "Selma Ashipala-Musavyi", "Phenyo Butale"
rec("na-2025-10-10-nandi-ndaitwah-boko-bnc", "2025-10-10", "WINDHOEK",
    [P(NNN, ["President Nandi-Ndaitwah"], ("President", "Namibia")),
     P(BOK, ["President Boko"], ("President", "Botswana")),
     P(ASH, ["Minister Ashipala-Musavyi"], ("Minister of International Relations and Trade", "Namibia")),
     P(BUT, ["Minister Butale"], ("Minister for International Relations", "Botswana"))],
    [E("Presidency", "The Presidency"),
     E("Namibia–Botswana Bi-National Commission", "BNC", "Bi-National Commission"),
     E("Botswana Vaccine Institute"),
     E("Southern African Development Community", "SADC")],
    [E("Namibia", "Republic of Namibia"),
     E("Botswana", "Republic of Botswana"),
     E("Zimbabwe"),
     E("Cuba")],
    [I("meeting", [NNN, BOK], "2025-10-10", "Windhoek"),
     I("visit", [BOK, "Namibia"], "2025-10-09", "Windhoek"),
     I("meeting", [ASH, BUT], "2025-10-09", "Windhoek"),
     I("meeting", ["Namibia", "Botswana"], "2025-10-06", "Windhoek"),
     I("signing", [ASH, BUT, NNN, BOK], "2025-10-10", "Windhoek"),
     I("meeting", [NNN, BOK], "2025-05", "Gaborone"),
     I("visit", [NNN, "Botswana"], "2025-05", "Gaborone"),
     I("meeting", ["Namibia", "Botswana"], "2022-09", "Gaborone")],
    [N("Trans-Kalahari Railway", None),
     N("One-Stop Border Post at Trans-Kalahari/Mamuno", None),
     N("lifting of the sanctions imposed on Zimbabwe and Cuba", "Namibia"),
     N("Third Session of the Bi-National Commission", None)],
    [D("Agreement on the Employment of Spouses and Dependants of Members of Diplomatic Missions and "
       "Consular Posts"),
     D("Agreed Minutes of the Second Session")])

# 5 Ministry of Foreign Affairs and International Cooperation, Guyana (closing issuer block)
TOD, RMD, PER, ALI, SAN = ("Hugh Hilton Todd", "Albert Ramdin", "Robert Persaud", "Mohamed Irfaan Ali",
                           "Chandrikapersad Santokhi")
GSC = "Guyana–Suriname Cooperation Council"
OAS = "Organization of American States"
rec("gy-2024-11-14-todd-ramdin-georgetown", "2024-11-14", "Georgetown",
    [P(TOD, ["Minister Todd"], ("Minister of Foreign Affairs and International Cooperation", "Guyana")),
     P(RMD, ["Minister Ramdin"],
       ("Minister of Foreign Affairs, International Business and International Cooperation", "Suriname")),
     P(PER, ["Mr. Robert Persaud"], ("Foreign Secretary", "Guyana")),
     P(ALI, ["President Ali"], ("President", "Guyana")),
     P(SAN, ["President Chandrikapersad Santokhi"], ("President", "Suriname"))],
    [E("Ministry of Foreign Affairs and International Cooperation"),
     E(GSC),
     E(OAS, "OAS"),
     E("International Court of Justice", "ICJ"),
     E("CARICOM", "Caribbean Community")],
    [E("Guyana", "Co-operative Republic of Guyana", "Government of Guyana"),
     E("Suriname", "Republic of Suriname", "Government of Suriname"),
     E("Venezuela"),
     E("Barbados"),
     E("Paraguay")],
    [I("meeting", [TOD, RMD, PER], "2024-11-13", "Georgetown"),
     I("visit", [RMD, "Guyana"], "2024-11-13", "Georgetown"),
     I("meeting", [RMD, ALI, TOD], "2024-11-14", "Georgetown"),
     I("meeting", [TOD, RMD], "2024-06", "Asunción"),
     I("multilateral", [TOD, RMD], "2024-06", "Asunción",
       name="fifty-fourth regular session of the General Assembly of the " + OAS)],
    [N("Corentyne River Bridge", None),
     N("candidature of Minister Ramdin", "Suriname"),
     N("third meeting of the " + GSC, None),
     N("Forty-Eighth Regular Meeting of the Conference of Heads of Government of CARICOM", None)],
    [D("Joint Declaration of Argyle for Dialogue and Peace between Guyana and Venezuela")])

# 6 Ministry of Foreign Affairs of the Plurinational State of Bolivia (translated from Spanish)
ARC, LULA, SOS, VIE = "Luis Arce Catacora", "Luiz Inácio Lula da Silva", "Celinda Sosa Lunda", "Mauro Vieira"
SCS = "Santa Cruz de la Sierra"
rec("bo-2024-07-09-arce-lula-santa-cruz", "2024-07-09", SCS,
    [P(ARC, ["President Arce"], ("President", "Bolivia")),
     P(LULA, ["President Lula", "Lula"], ("President", "Brazil")),
     P(SOS, ["Chancellor Sosa Lunda"], ("Minister of Foreign Affairs", "Bolivia")),
     P(VIE, [], ("Minister of Foreign Affairs", "Brazil"))],
    [E("Ministry of Foreign Affairs of the Plurinational State of Bolivia"),
     E("Mercosur", "Southern Common Market"),
     E("BRICS"),
     E("G20", "Group of Twenty")],
    [E("Bolivia", "Plurinational State of Bolivia", "Bolivian"),
     E("Brazil", "Federative Republic of Brazil", "Brazilian")],
    [I("meeting", [ARC, LULA, SOS, VIE], "2024-07-09", SCS),
     I("visit", [LULA, "Bolivia"], "2024-07-08", SCS),
     I("signing", [ARC, LULA], "2024-07-09", SCS),
     I("multilateral", [ARC, LULA], "2024-07-08", "Asunción",
       name="LXIV Summit of Heads of State of Mercosur and Associated States"),
     I("multilateral", [ARC, LULA], "2024-07-09", SCS, name="Bolivia–Brazil Business Forum")],
    [N("application to join BRICS", "Bolivia", "Bolivia's application to join BRICS"),
     N("BRICS Summit in Kazan", None),
     N("Bioceanic Railway Integration Corridor", "Bolivia"),
     N("G20 Leaders' Summit", None),
     N("Global Alliance against Hunger and Poverty", "Brazil"),
     N("telephone conversation every two months", None),
     N("binational bridge between Guayaramerín and Guajará-Mirim", None)],
    [D("Memorandum of Understanding on Energy Integration"),
     D("Agreement on Cooperation in the Fight against Transnational Organized Crime"),
     D("Joint Declaration")])

# 7 Chief Adviser's Press Wing, Bangladesh (dateline without year; stamp)
YUN, MODI, TH, KR, JAI, SA, SH = ("Muhammad Yunus", "Narendra Modi", "Md Touhid Hossain", "Khalilur Rahman",
                                  "S. Jaishankar", "Shafiqul Alam", "Sheikh Hasina")
PAE, MAH, TS, OLI, TOB = "Paetongtarn Shinawatra", "Min Aung Hlaing", "Than Swe", "K P Sharma Oli", "Tshering Tobgay"
rec("bd-2025-04-04-yunus-bimstec-bangkok", "2025-04-04", "Bangkok",
    [P(YUN, ["Professor Muhammad Yunus", "Professor Yunus"], ("Chief Adviser", "Bangladesh")),
     P(MODI, ["Prime Minister Modi"], ("Prime Minister", "India")),
     P(TH, [], ("Foreign Affairs Adviser", "Bangladesh")),
     P(KR, ["Dr Khalilur Rahman"],
       ("High Representative to the Chief Adviser on Rohingya Issue and Priority Matters", "Bangladesh")),
     P(JAI, [], ("External Affairs Minister", "India")),
     P(SA, [], ("Press Secretary to the Chief Adviser", "Bangladesh")),
     P(SH, [], ("Prime Minister", "Bangladesh")),
     P(PAE, [], ("Prime Minister", "Thailand")),
     P(MAH, ["Senior General Min Aung Hlaing"], ("Chairman of the State Administration Council", "Myanmar")),
     P(TS, ["U Than Swe"], ("Deputy Prime Minister", "Myanmar"), ("Foreign Minister", "Myanmar")),
     P(OLI, [], ("Prime Minister", "Nepal")),
     P(TOB, [], ("Prime Minister", "Bhutan"))],
    [E("Chief Adviser's Press Wing", "CA Press Wing"),
     E("BIMSTEC", "Bay of Bengal Initiative for Multi-Sectoral Technical and Economic Cooperation"),
     E("United Nations", "UN")],
    [E("Bangladesh", "People's Republic of Bangladesh", "Government of the People's Republic of Bangladesh"),
     E("India", "Indian"),
     E("Thailand", "Thai"),
     E("Myanmar"),
     E("Nepal"),
     E("Bhutan"),
     E("China")],
    [I("meeting", [YUN, MODI, TH, KR, JAI], "2025-04-04", "Bangkok"),
     I("multilateral", [YUN, PAE], "2025-04-04", "Bangkok", name="6th BIMSTEC Summit"),
     I("meeting", [YUN, MAH], "2025-04-04", "Bangkok"),
     I("meeting", [KR, TS], "2025-04-04", "Bangkok"),
     I("meeting", [YUN, OLI], "2025-04-04", "Bangkok"),
     I("meeting", [YUN, TOB], "2025-04-04", "Bangkok"),
     I("visit", [YUN, "Thailand"], "2025-04-03", "Bangkok"),
     I("visit", [YUN, "China"], "2025-03-26")],
    [N("next BIMSTEC Summit", None),
     N("BIMSTEC startup fund", YUN),
     N("high-level conference on the situation of Rohingya Muslims and other minorities in Myanmar", None)],
    [D("Bangkok Vision 2030"),
     D("BIMSTEC Agreement on Maritime Transport Cooperation"),
     D("Ganges Water Sharing Treaty")])

# 8 Ministry of Foreign Affairs, Brunei Darussalam (numbered paragraphs; closing block without a city)
HB, AMB = "Hassanal Bolkiah", "Al-Muhtadee Billah"
ERY = "Erywan bin Pehin Datu Pekerma Jaya Haji Mohd Yusof"
SHA = "Shamhary bin Pengiran Dato Mustapha"
BSB = "Bandar Seri Begawan"
BN = "Brunei Darussalam"
rec("bn-2024-09-04-modi-official-visit", "2024-09-04", None,
    [P(HB, ["Sultan Haji Hassanal Bolkiah Mu'izzaddin Waddaulah", "Hassanal Bolkiah Mu'izzaddin Waddaulah"],
       ("Sultan", BN), ("Yang Di-Pertuan", BN)),
     P(MODI, [], ("Prime Minister", "India")),
     P(AMB, ["Prince Haji Al-Muhtadee Billah"], ("Crown Prince", BN),
       ("Senior Minister at the Prime Minister's Office", BN)),
     P(ERY, ["Awang Haji " + ERY, "Dato Seri Setia Awang Haji " + ERY], ("Minister of Foreign Affairs II", BN)),
     P(JAI, ["Dr. S. Jaishankar"], ("External Affairs Minister", "India")),
     P(SHA, ["Pengiran Dato " + SHA], ("Minister of Transport and Infocommunications", BN))],
    [E("Ministry of Foreign Affairs"),
     E("High Commission of India"),
     E("Royal Brunei Airlines"),
     E("ASEAN", "Association of Southeast Asian Nations")],
    [E(BN, "Brunei"),
     E("India", "Republic of India", "Indian")],
    [I("visit", [MODI, BN], "2024-09-03", BSB),
     I("meeting", [HB, MODI, ERY, JAI], "2024-09-04", BSB),
     I("signing", [SHA, JAI, HB, MODI], "2024-09-04", BSB),
     I("visit", [HB, "India"], "1992"),
     I("visit", [HB, "India"], "2008"),
     I("multilateral", [HB], "2018-01", "New Delhi", name="ASEAN-India Commemorative Summit")],
    [N("Enhanced Partnership", None),
     N("Joint Working Group on Defence Cooperation", None),
     N("direct flights between Bandar Seri Begawan and Chennai", None),
     N("Act East Policy", "India", "India's Act East Policy"),
     N("visit of Hassanal Bolkiah to India", MODI)],
    [D("Memorandum of Understanding on Cooperation in the Operation of Telemetry, Tracking and Telecommand "
       "Station for Satellite and Launch Vehicles and for Cooperation in the Field of Space Research, Science "
       "and Applications"),
     D("Joint Statement"),
     D("ASEAN Outlook on the Indo-Pacific")])

# 9 Office of the Prime Minister and Cabinet, Solomon Islands (dateline without date; posted stamp)
MAN, WAQ, AGO, RAB, EKE = ("Jeremiah Manele", "Baron Waqa", "Peter Shanel Agovaka", "Sitiveni Rabuka",
                           "Aisake Valu Eke")
PIF = "Pacific Islands Forum"
rec("sb-2025-07-17-manele-waqa-forum-preparations", "2025-07-17", "HONIARA",
    [P(MAN, ["Prime Minister Manele"], ("Prime Minister", "Solomon Islands")),
     P(WAQ, ["Secretary General Waqa"], ("Secretary General", PIF), ("President", "Nauru")),
     P(AGO, [], ("Minister of Foreign Affairs and External Trade", "Solomon Islands")),
     P(RAB, [], ("Prime Minister", "Fiji")),
     P(EKE, [], ("Prime Minister", "Tonga"), ("Forum Chair", PIF))],
    [E("Office of the Prime Minister and Cabinet"),
     E(PIF, "Forum", "PIF"),
     E("National Organising Committee")],
    [E("Solomon Islands", "Solomon Islands Government", "Hapi Isles"),
     E("Nauru"),
     E("Fiji"),
     E("Tonga"),
     E("Australia")],
    [I("meeting", [MAN, WAQ, AGO], "2025-07-16", "Honiara"),
     I("visit", [WAQ, "Solomon Islands"], None, "Honiara"),
     I("correspondence", [EKE, MAN], "2025-07-14"),
     I("multilateral", [], "2024-08", "Nuku'alofa", name="53rd Pacific Islands Forum Leaders Meeting")],
    [N("54th Pacific Islands Forum Leaders Meeting", None),
     N("Ocean of Peace concept", RAB),
     N("Pacific Resilience Facility", PIF),
     N("Pacific Policing Initiative", "Australia", "Australia's Pacific Policing Initiative")],
    [D("Blue Pacific Ocean of Peace Declaration"),
     D("Agreement Establishing the Pacific Resilience Facility"),
     D("2050 Strategy for the Blue Pacific Continent")])

# 10 Office of the President, Republic of Palau (no date on the page: meta.json)
WHI, PAP, AIT, EHR, AUS, BLI = ("Surangel S. Whipps, Jr.", "Samuel J. Paparo", "Gustav N. Aitaro", "Joel Ehrendreich",
                                "Lloyd J. Austin III", "Antony Blinken")
INDO = "United States Indo-Pacific Command"
rec("pw-2024-08-21-whipps-paparo-letter", "2024-08-21", None,
    [P(WHI, ["President Whipps"], ("President", "Palau")),
     P(PAP, ["Admiral Paparo", "Admiral Samuel J. Paparo"], ("Commander", INDO)),
     P(AIT, [], ("Minister of State", "Palau")),
     P(EHR, ["Ambassador Ehrendreich"], ("Ambassador to Palau", "United States")),
     P(AUS, ["Secretary Austin"], ("Secretary of Defense", "United States")),
     P(BLI, [], ("Secretary of State", "United States"))],
    [E("Office of the President"),
     E(INDO, "Indo-Pacific Command", "INDOPACOM"),
     E("United States Congress", "U.S. Congress", "Congress"),
     E("Palau-U.S. Joint Committee")],
    [E("Palau", "Republic of Palau"),
     E("United States", "U.S.", "United States of America")],
    [I("meeting", [WHI, PAP, AIT, EHR], "2024-08-20", "Ngerulmud"),
     I("visit", [PAP, "Palau"]),
     I("correspondence", [WHI, AUS], "2024-08-20", "Ngerulmud"),
     I("signing", [WHI, BLI], "2023-05", "Port Moresby"),
     I("meeting", [WHI, EHR], "2024-03", "Honolulu")],
    [N("permanent stationing of a Patriot air and missile defense battery in Palau", "Palau"),
     N("Tactical Multi-Mission Over-the-Horizon Radar", None, "TACMOR"),
     N("Malakal Wharf improvement project", None),
     N("visit of Surangel S. Whipps, Jr. to United States", PAP)],
    [D("Compact of Free Association"),
     D("Compact Review Agreement")])

# 11 International Organisation of La Francophonie (translated from French; dateline)
MUS, RAJ, RAN, SAH, RAH = ("Louise Mushikiwabo", "Andry Rajoelina", "Richard Randriamandrato",
                           "Marie Michelle Sahondrarimalala", "Baomiavotse Vahinala Raharinirina")
OIF = "International Organisation of La Francophonie"
rec("oif-2022-09-12-mushikiwabo-madagascar", "2022-09-12", "Antananarivo",
    [P(MUS, ["Mrs Mushikiwabo"], ("Secretary General", OIF)),
     P(RAJ, ["President Rajoelina"], ("President", "Madagascar")),
     P(RAN, [], ("Minister of Foreign Affairs", "Madagascar")),
     P(SAH, [], ("Minister of National Education", "Madagascar")),
     P(RAH, [], ("Director of Cabinet of the President of the Republic", "Madagascar"))],
    [E(OIF, "OIF", "La Francophonie", "Organisation", "Organisation internationale de la Francophonie")],
    [E("Madagascar", "Republic of Madagascar", "Malagasy"),
     E("Seychelles"),
     E("Mauritius"),
     E("Tunisia")],
    [I("meeting", [MUS, RAJ], "2022-09-12", "Antananarivo"),
     I("visit", [MUS, "Madagascar"], "2022-09-10"),
     I("meeting", [MUS, RAN], "2022-09-12", "Antananarivo"),
     I("meeting", [MUS, SAH], "2022-09-12", "Antananarivo"),
     I("visit", [MUS, "Seychelles"]),
     I("visit", [MUS, "Mauritius"]),
     I("multilateral", ["Madagascar"], "2016-11-26", "Antananarivo", name="XVIth Summit")],
    [N("La Francophonie avec Elles fund", OIF, "La Francophonie avec Elles"),
     N("programme of exchanges of French-speaking teachers with Malagasy universities", MUS),
     N("XVIIIth Summit of La Francophonie", MUS)],
    [])

# 12 OECS Commission (weekday-date lead without a city; boilerplate)
JUL, ALV, ABI, PIE = "Didacus Jules", "Roberto Álvarez", "Luis Abinader", "Philip J. Pierre"
rec("oecs-2024-03-14-jules-alvarez-mou", "2024-03-14", None,
    [P(JUL, ["Dr. Jules"], ("Director General", "OECS Commission")),
     P(ALV, ["Minister Álvarez"], ("Minister of Foreign Affairs", "Dominican Republic")),
     P(ABI, ["President Luis Abinader"], ("President", "Dominican Republic")),
     P(PIE, ["Hon. Philip J. Pierre"], ("Prime Minister", "Saint Lucia"))],
    [E("OECS Commission", "Commission of the Organisation of Eastern Caribbean States"),
     E("Organisation of Eastern Caribbean States", "OECS"),
     E("CARICOM", "Caribbean Community"),
     E("OECS Council of Ministers for Foreign Affairs"),
     E("OECS Economic Union")],
    [E("Dominican Republic", "Government of the Dominican Republic"),
     E("Saint Lucia"),
     E("Haiti"),
     E("Jamaica")],
    [I("meeting", [JUL, ALV], "2024-03-13", "Castries"),
     I("signing", [JUL, ALV], "2024-03-13", "Castries"),
     I("visit", [ALV, "Saint Lucia"], "2024-03-13", "Castries"),
     I("meeting", [ALV, PIE, JUL], "2024-03-14", "Castries"),
     I("visit", [JUL, "Dominican Republic"], "2023-10", "Santo Domingo"),
     I("meeting", [JUL, ABI], "2023-10", "Santo Domingo"),
     I("multilateral", ["CARICOM"], "2024-03-11", "Kingston", name="high-level meeting on Haiti")],
    [N("Joint Technical Committee", ALV),
     N("next meeting of the OECS Council of Ministers for Foreign Affairs", JUL),
     N("Transitional Presidential Council", None)],
    [D("Memorandum of Understanding on Technical Cooperation"),
     D("Treaty of Basseterre"),
     D("Revised Treaty of Basseterre")])

if __name__ == "__main__":
    check_and_write(GOLD)
