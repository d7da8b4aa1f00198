#!/usr/bin/env python3
"""Writes gold/<stem>.json for blind27 from the compact records below, then checks them.

Checks: those of ``gold_records.check_and_write`` (every check must pass before anything is written).

Run from tests/blind21:  python3 tools/make_gold.py
"""
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent  # tests/blind21 (written as /work/blind27)
sys.path.insert(0, str(ROOT.parent))  # tests/, for the shared constructors
from gold_records import D, E, GoldWriter, I, N, P, check_and_write  # noqa: E402

GOLD = GoldWriter(ROOT)
rec = GOLD.rec

# 1 ČTK (Czech News Agency): service line with rubric and stamp without year, capitals dateline
#   "PRAGUE, 17 April (CTK) –" without year (meta.json), "told CTK", "(CTK)" trailer
LIP, POP, PEK, FIA, SAN, PAV = ("Jan Lipavský", "Mihai Popșoi", "Markéta Pekarová Adamová", "Petr Fiala",
                                "Maia Sandu", "Petr Pavel")
CZ = "Czech Republic"
rec("cz-2024-04-17-lipavsky-popsoi-prague", "2024-04-17", "Prague",
    [P(LIP, ["Lipavský"], ("Foreign Minister", CZ)),
     P(POP, ["Popșoi"], ("Deputy Prime Minister", "Moldova"), ("Foreign Minister", "Moldova")),
     P(PEK, [], ("Speaker of the Chamber of Deputies", CZ)),
     P(FIA, ["Prime Minister Petr Fiala", "Fiala"], ("Prime Minister", CZ)),
     P(SAN, ["Moldovan President Maia Sandu", "Sandu"], ("President", "Moldova")),
     P(PAV, ["Czech President Petr Pavel", "Pavel"], ("President", CZ))],
    [E("CTK"),
     E("Centre for Strategic Communication and Countering Disinformation"),
     E("European Union", "EU"),
     E("Czech Development Agency")],
    [E(CZ, "Czech"),
     E("Moldova", "Moldovan"),
     E("Russia"), E("Germany"), E("France"), E("Romania")],
    [I("signing", [LIP, POP], "2024-04-17", "Prague"),
     I("meeting", [LIP, POP], "2024-04-17", "Prague"),
     I("visit", [POP, CZ], "2024-04-16"),
     I("meeting", [PEK, POP], "2024-04-16", "Prague"),
     I("visit", [LIP, "Moldova"], "2024-02", "Chisinau"),
     I("meeting", [LIP, POP], "2024-02", "Chisinau"),
     I("meeting", [FIA, POP, LIP], "2024-04-17", "Prague"),
     I("meeting", [PAV, SAN], "2023-10", "Prague"),
     I("multilateral", [SAN], "2023-10", "Prague", name="Forum 2000 conference")],
    [N("referendum on EU membership", None),
     N("first intergovernmental conference on Moldova's accession to the European Union", None),
     N("Czech-Moldovan business forum", LIP),
     N("Moldova Support Platform", None),
     N("visit of Petr Pavel to Moldova", SAN)],
    [D("Memorandum of Understanding on Cooperation in Countering Hybrid Threats and Disinformation")])

# 2 Office of the President of Iceland (capitals masthead, issuer line, rubric, no dateline, date only in the
#   footer "Published 8 October 2024", "Their Majesties", address block)
HAL, BJO, FRE, MAR, MET, THO, LOK = ("Halla Tómasdóttir", "Björn Skúlason", "Frederik X", "Mary",
                                     "Mette Frederiksen", "Þórdís Kolbrún Reykfjörð Gylfadóttir",
                                     "Lars Løkke Rasmussen")
rec("is-2024-10-08-halla-tomasdottir-state-visit-amalienborg", "2024-10-08", None,
    [P(HAL, [], ("President", "Iceland")),
     P(BJO, ["Mr. Skúlason"]),
     P(FRE, ["King Frederik X"], ("King", "Denmark")),
     P(MAR, ["Queen Mary"], ("Queen", "Denmark")),
     P(MET, ["Prime Minister Mette Frederiksen", "Prime Minister Frederiksen"], ("Prime Minister", "Denmark")),
     P(THO, ["Minister Þórdís Kolbrún"], ("Minister for Foreign Affairs", "Iceland")),
     P(LOK, [], ("Foreign Minister", "Denmark"))],
    [E("Office of the President of Iceland"),
     E("Nordic Council of Ministers"),
     E("Arnamagnæan Institute"),
     E("University of Copenhagen"),
     E("Business Iceland"),
     E("Confederation of Danish Industry"),
     E("Aarhus University")],
    [E("Iceland", "Icelandic"), E("Denmark", "Danish")],
    [I("visit", [HAL, "Denmark"], "2024-10-08"),
     I("meeting", [HAL, FRE], "2024-10-08"),
     I("meeting", [HAL, MET, THO], "2024-10-08"),
     I("call", [HAL, MET], "2024-08"),
     I("signing", [THO, LOK, HAL, MET], "2024-10-08")],
    [N("Our Vision 2030", "Nordic Council of Ministers"),
     N("Icelandic-Danish business forum", None),
     N("visit of Frederik X to Iceland", HAL)],
    [D("Declaration of Intent on Enhanced Cooperation in Arctic Research and Geothermal Energy")])

# 3 Ministry of Foreign Affairs of Togo (translated from French): capitals state name and motto, ministry line,
#   PRESS STATEMENT, "Lomé, 14 February 2025" on its own line, first-person ministerial statement without
#   questions, signature block
DUS, ABL, MAH, FAU = ("Robert Dussey", "Samuel Okudzeto Ablakwa", "John Dramani Mahama",
                      "Faure Essozimna Gnassingbé")
ECO = "ECOWAS"
rec("tg-2025-02-14-dussey-ablakwa-statement-lome", "2025-02-14", "Lomé",
    [P(DUS, ["Prof. Robert Dussey", "Minister Robert Dussey"],
       ("Minister of Foreign Affairs, Regional Integration and Togolese Abroad", "Togolese Republic")),
     P(ABL, ["Honourable Samuel Okudzeto Ablakwa", "Mr. Ablakwa"],
       ("Minister for Foreign Affairs", "Republic of Ghana")),
     P(MAH, ["President John Dramani Mahama", "President Mahama"], ("President", "Republic of Ghana")),
     P(FAU, [], ("President of the Republic", "Togolese Republic"))],
    [E("Ministry of Foreign Affairs, Regional Integration and Togolese Abroad"),
     E(ECO),
     E("Togo-Ghana Joint Permanent Commission for Cooperation"),
     E("Alliance of Sahel States")],
    [E("Togolese Republic", "Togo"),
     E("Republic of Ghana", "Ghana", "Ghanaian"),
     E("Burkina Faso"), E("Mali"), E("Niger"),
     E("Republic of Benin", "Benin")],
    [I("visit", [ABL, "Togolese Republic"], "2025-02-13", "Lomé"),
     I("meeting", [DUS, ABL], "2025-01-07", "Accra"),
     I("meeting", [DUS, ABL], "2025-02-13", "Lomé"),
     I("signing", [DUS, ABL], "2025-02-13", "Lomé"),
     I("meeting", [FAU, ABL, DUS], "2025-02-14", "Lomé"),
     I("correspondence", [MAH, FAU], "2025-02-14", "Lomé")],
    [N("Abidjan-Lagos Corridor Highway project", ECO),
     N("sixth session of the Togo-Ghana Joint Permanent Commission for Cooperation", None),
     N("visit of Faure Essozimna Gnassingbé to Ghana", MAH),
     N("permanent framework for dialogue between ECOWAS and the Alliance of Sahel States", "Togolese Republic"),
     N("third Lomé Peace and Security Forum", DUS)],
    [D("Protocol on the Operation of the Noépé-Akanu Juxtaposed Border Post")])

# 4 Presidency of the Republic of Djibouti (translated from French): capitals issuer, motto, rubric with weekday
#   stamp, no dateline, "held a conversation ... by videoconference", "the Head of State", closing
#   Communication Department line
IOG, HSM, TAY, ABI, MAY = ("Ismaïl Omar Guelleh", "Hassan Sheikh Mohamud", "Taye Atske Selassie", "Abiy Ahmed",
                           "Mahmoud Ali Youssouf")
ETH = "Federal Democratic Republic of Ethiopia"
rec("dj-2024-06-10-guelleh-hassan-sheikh-conversation-taye-message", "2024-06-10", None,
    [P(IOG, [], ("President of the Republic", "Djibouti")),
     P(HSM, ["President Hassan Sheikh Mohamud"], ("President", "Federal Republic of Somalia")),
     P(TAY, ["Mr. Taye"], ("Minister of Foreign Affairs", ETH)),
     P(ABI, ["Prime Minister Abiy Ahmed", "Prime Minister Abiy"], ("Prime Minister", ETH)),
     P(MAY, ["Minister Mahmoud Ali Youssouf"], ("Minister of Foreign Affairs and International Cooperation",
                                                  "Djibouti"))],
    [E("Presidency of the Republic of Djibouti"),
     E("Communication Department of the Presidency of the Republic"),
     E("African Union Transition Mission in Somalia", "ATMIS"),
     E("African Union"),
     E("IGAD")],
    [E("Djibouti", "Republic of Djibouti"),
     E("Federal Republic of Somalia", "Somalia", "Somali"),
     E(ETH, "Ethiopia"),
     E("Sudan")],
    [I("call", [IOG, HSM], "2024-06-10"),
     I("visit", [TAY, "Djibouti"], "2024-06-09"),
     I("meeting", [IOG, TAY, MAY], "2024-06-10"),
     I("correspondence", [ABI, IOG], "2024-06-10"),
     I("signing", [MAY, TAY, IOG], "2024-06-10"),
     I("meeting", [IOG, ABI], "2024-02", "Addis Ababa"),
     I("multilateral", [IOG, ABI], "2024-02", "Addis Ababa",
       name="37th Ordinary Session of the Assembly of the African Union"),
     I("multilateral", [IOG], "2024-01-18", "Kampala",
       name="42nd Extraordinary Assembly of IGAD Heads of State and Government")],
    [N("African Union Support and Stabilization Mission in Somalia", None),
     N("visit of Ismaïl Omar Guelleh to Somalia", HSM),
     N("Addis Ababa–Djibouti railway", None),
     N("second railway corridor linking Ethiopia to the port of Tadjourah", ABI),
     N("candidacy of Minister Mahmoud Ali Youssouf for the post of Chairperson of the African Union Commission",
       "Djibouti")],
    [D("Memorandum of Understanding on the Establishment of a Joint Commission on Cross-Border Water Resources")])

# 5 Presidency of the Council of Ministers, Lebanon (capitals state, issuer, Press Office, dateline naming a
#   venue "Grand Serail – Wednesday 24 July 2024", successive receptions, closing Press Office line)
MIK, HEN, KOM, BOU, VDL, CHR, KHU, MBA, TAM = (
    "Najib Mikati", "Jeanine Hennis-Plasschaert", "Constantinos Kombos", "Abdallah Bou Habib",
    "Ursula von der Leyen", "Nikos Christodoulides", "Mohammed bin Abdulaziz Al-Khulaifi",
    "Mohammed bin Abdulrahman bin Jassim Al Thani", "Tamim bin Hamad Al Thani")
LB, CY, QA = "Lebanon", "Republic of Cyprus", "State of Qatar"
rec("lb-2024-07-24-mikati-hennis-plasschaert-kombos-khulaifi", "2024-07-24", None,
    [P(MIK, ["Prime Minister Najib Mikati", "Prime Minister Mikati", "Mikati"], ("Prime Minister", LB)),
     P(HEN, ["Hennis-Plasschaert"], ("Special Coordinator for Lebanon", "United Nations")),
     P(KOM, ["Minister Kombos"], ("Minister of Foreign Affairs", CY)),
     P(BOU, [], ("Minister of Foreign Affairs and Emigrants", LB)),
     P(VDL, [], ("President of the European Commission", None)),
     P(CHR, ["President Christodoulides"], ("President", CY)),
     P(KHU, [], ("Minister of State at the Ministry of Foreign Affairs", QA)),
     P(MBA, ["Sheikh Mohammed bin Abdulrahman bin Jassim Al Thani"], ("Prime Minister", QA),
       ("Minister of Foreign Affairs", QA)),
     P(TAM, ["Sheikh Tamim bin Hamad Al Thani"], ("Amir", QA))],
    [E("Presidency of the Council of Ministers"),
     E("Press Office of the Presidency of the Council of Ministers"),
     E("Council of Ministers"),
     E("Security Council"),
     E("United Nations Interim Force in Lebanon", "UNIFIL"),
     E("Lebanese Army"),
     E("European Union"),
     E("Quintet Committee")],
    [E(LB, "Lebanese Republic"),
     E(CY, "Cyprus", "Cypriot"),
     E(QA, "Qatar", "Qatari"),
     E("Greece")],
    [I("meeting", [MIK, HEN], "2024-07-24", "Beirut"),
     I("visit", [KOM, LB], "2024-07-24", "Beirut"),
     I("meeting", [MIK, KOM, BOU], "2024-07-24", "Beirut"),
     I("visit", [VDL, LB], "2024-05-02", "Beirut"),
     I("visit", [CHR, LB], "2024-05-02", "Beirut"),
     I("meeting", [MIK, VDL, CHR], "2024-05-02", "Beirut"),
     I("meeting", [MIK, KHU], "2024-07-24", "Beirut"),
     I("correspondence", [MBA, MIK], "2024-07-24", "Beirut"),
     I("visit", [MIK, QA], "2024-04", "Doha"),
     I("meeting", [MIK, TAM], "2024-04", "Doha")],
    [N("renewal of the mandate of the United Nations Interim Force in Lebanon", LB),
     N("1 billion euro package", VDL),
     N("trilateral meeting of the foreign ministers of Cyprus, Lebanon and Greece", KOM),
     N("visit of Najib Mikati to Cyprus", CHR),
     N("Qatar's monthly fuel grant to the Lebanese Army", QA),
     N("session of the Council of Ministers", None)],
    [D("Security Council resolution 1701", "resolution 1701")])

# 6 Shura Council, Saudi Arabia (issuer lines, rubric, dateline with Hijri and Gregorian dates, "His Excellency
#   Sheikh Dr.", "His Royal Highness", closing Media Center line)
ALS, SAD, SUL, FAR, MBS, SHS, FAI = (
    "Abdullah bin Mohammed bin Ibrahim Al Al-Sheikh", "Sardar Ayaz Sadiq", "Mishaal bin Fahm Al-Sulami",
    "Ahmad Farooq", "Mohammed bin Salman bin Abdulaziz Al Saud", "Muhammad Shehbaz Sharif",
    "Faisal bin Farhan bin Abdullah")
KSA, PAK = "Kingdom of Saudi Arabia", "Islamic Republic of Pakistan"
FRC = "Saudi-Pakistani Parliamentary Friendship Committee"
rec("sa-2024-10-21-al-sheikh-ayaz-sadiq-shura-mou", "2024-10-21", "Riyadh",
    [P(ALS, ["Sheikh Dr. Abdullah bin Mohammed bin Ibrahim Al Al-Sheikh", "Sheikh Dr. Al Al-Sheikh"],
       ("Speaker of the Shura Council", KSA)),
     P(SAD, [], ("Speaker of the National Assembly", PAK)),
     P(SUL, [], ("Deputy Speaker of the Shura Council", KSA)),
     P(FAR, [], ("Ambassador", PAK)),
     P(MBS, ["Crown Prince Mohammed bin Salman bin Abdulaziz Al Saud"], ("Crown Prince", KSA),
       ("Prime Minister", KSA)),
     P(SHS, ["Prime Minister Muhammad Shehbaz Sharif"], ("Prime Minister", PAK)),
     P(FAI, ["Prince Faisal bin Farhan bin Abdullah"], ("Minister of Foreign Affairs", KSA))],
    [E("Shura Council"),
     E("Special Investment Facilitation Council", "SIFC"),
     E("Inter-Parliamentary Union"),
     E(FRC)],
    [E(KSA, "Saudi Arabia", "Saudi"),
     E(PAK, "Pakistan")],
    [I("visit", [SAD, KSA], "2024-10-20"),
     I("meeting", [ALS, SAD, SUL, FAR], "2024-10-21", "Riyadh"),
     I("signing", [ALS, SAD, FRC], "2024-10-21", "Riyadh"),
     I("meeting", [ALS, SAD], "2024-03", "Geneva"),
     I("multilateral", [ALS, SAD], "2024-03", "Geneva", name="148th Assembly of the Inter-Parliamentary Union")],
    [N("Saudi Vision 2030", MBS),
     N("Saudi-Pakistani parliamentary investment forum", SAD),
     N("visit of Abdullah bin Mohammed bin Ibrahim Al Al-Sheikh to Pakistan", SAD),
     N("eighth edition of the Future Investment Initiative", None),
     N("meeting of Sardar Ayaz Sadiq with Faisal bin Farhan bin Abdullah", None)],
    [D("Memorandum of Understanding for Parliamentary Cooperation between the Shura Council of the Kingdom of "
       "Saudi Arabia and the National Assembly of the Islamic Republic of Pakistan")])

# 7 BSS (Bangladesh Sangbad Sangstha): masthead with rubric and stamp, capitals dateline
#   "BEIJING, Jan 21, 2025 (BSS) -", "here", "told BSS", slug trailer "BSS/SI/1940"
TOU, WAN, JAS, XI, YUN, SUN, HAN = ("Md Touhid Hossain", "Wang Yi", "Md Jashim Uddin", "Xi Jinping",
                                    "Muhammad Yunus", "Sun Weidong", "Han Zheng")
rec("bd-2025-01-21-touhid-wang-yi-beijing", "2025-01-21", "Beijing",
    [P(TOU, ["Touhid"], ("Foreign Affairs Adviser", "Bangladesh")),
     P(WAN, ["Wang"], ("Foreign Minister", "China")),
     P(JAS, ["Foreign Secretary Jashim Uddin"], ("Foreign Secretary", "Bangladesh")),
     P(XI, ["President Xi Jinping"], ("President", "China")),
     P(YUN, ["Chief Adviser Professor Muhammad Yunus"], ("Chief Adviser", "Bangladesh")),
     P(SUN, [], ("Vice Foreign Minister", "China")),
     P(HAN, ["Vice President Han Zheng"], ("Vice President", "China"))],
    [E("BSS"),
     E("Ministry of Foreign Affairs"),
     E("United Nations")],
    [E("Bangladesh"), E("China", "Chinese"), E("Myanmar")],
    [I("meeting", [TOU, WAN, JAS], "2025-01-21", "Beijing"),
     I("visit", [TOU, "China"], "2025-01-20", "Beijing"),
     I("signing", [JAS, SUN, TOU, WAN], "2025-01-21", "Beijing"),
     I("meeting", [TOU, WAN], "2024-09", "New York"),
     I("multilateral", [TOU, WAN], "2024-09", "New York", name="high-level week of the United Nations")],
    [N("visit of Muhammad Yunus to China", XI),
     N("Teesta River Comprehensive Management and Restoration Project", TOU),
     N("Global Development Initiative", XI),
     N("China-Bangladesh Year of People-to-People Exchanges", None),
     N("meeting of Md Touhid Hossain with Han Zheng", None)],
    [D("Implementation Plan on the Provision of Hydrological Information of the Brahmaputra River in Flood "
       "Season")])

# 8 Prime Minister's Office, Singapore: title "PM ...'s Bilateral Meetings", capitals issuer, rubric with date,
#   no dateline, bullet-point readout of four meetings, "PM Wong", "Dr", closing asterisks and capitals footer
WON, SON, ISH, MOD, PAE, LUX, BAL = ("Lawrence Wong", "Sonexay Siphandone", "Shigeru Ishiba", "Narendra Modi",
                                     "Paetongtarn Shinawatra", "Christopher Luxon", "Vivian Balakrishnan")
rec("sg-2024-10-10-wong-asean-summits-vientiane-bilaterals", "2024-10-10", None,
    [P(WON, ["Prime Minister Lawrence Wong", "PM Wong"], ("Prime Minister", "Singapore")),
     P(SON, ["Lao Prime Minister Sonexay Siphandone"], ("Prime Minister", "Lao PDR")),
     P(ISH, ["Prime Minister Shigeru Ishiba", "PM Ishiba"], ("Prime Minister", "Japan")),
     P(MOD, ["Prime Minister Narendra Modi", "PM Modi"], ("Prime Minister", "India")),
     P(PAE, ["Prime Minister Paetongtarn Shinawatra", "PM Paetongtarn"], ("Prime Minister", "Thailand")),
     P(LUX, ["Prime Minister Christopher Luxon"], ("Prime Minister", "New Zealand")),
     P(BAL, ["Dr Vivian Balakrishnan"], ("Minister for Foreign Affairs", "Singapore"))],
    [E("Prime Minister's Office"),
     E("Ministry of Foreign Affairs"),
     E("ASEAN")],
    [E("Singapore"), E("Lao PDR", "Lao"), E("Japan"), E("India"), E("Thailand"), E("New Zealand"),
     E("Myanmar")],
    [I("visit", [WON, "Lao PDR"], "2024-10-08", "Vientiane"),
     I("multilateral", [WON, SON], "2024-10-09", "Vientiane", name="44th and 45th ASEAN Summits"),
     I("meeting", [WON, ISH], "2024-10-10", "Vientiane"),
     I("meeting", [WON, MOD], "2024-10-10", "Vientiane"),
     I("meeting", [WON, PAE], "2024-10-10", "Vientiane"),
     I("meeting", [WON, LUX], "2024-10-10", "Vientiane"),
     I("visit", [MOD, "Singapore"], "2024-09", "Singapore"),
     I("signing", ["India", "Singapore"], "2024-09", "Singapore")],
    [N("60th anniversary of diplomatic relations", None),
     N("visit of Lawrence Wong to Japan", ISH),
     N("Comprehensive Strategic Partnership", None),
     N("joint task force on green hydrogen and ammonia", MOD),
     N("Land Bridge project", "Thailand"),
     N("visit of Paetongtarn Shinawatra to Singapore", WON),
     N("Enhanced Partnership", None),
     N("19th East Asia Summit", None)],
    [D("Memorandum of Understanding on Semiconductor Ecosystem Partnership"),
     D("Agreement Establishing the ASEAN-Australia-New Zealand Free Trade Area")])

# 9 Presidency of Peru (translated from Spanish): issuer line, rubric with date and time stamp, no dateline,
#   "this Thursday", "the Peruvian head of state", Press Secretariat trailer
BOL, XIJ, ADR, SCH, WTT = "Dina Boluarte", "Xi Jinping", "Gustavo Adrianzén", "Elmer Schialer", "Wang Wentao"
PE, CN = "Republic of Peru", "People's Republic of China"
rec("pe-2024-11-14-boluarte-xi-state-visit-lima", "2024-11-14", None,
    [P(BOL, ["President Boluarte"], ("President of the Republic", PE)),
     P(XIJ, ["President Xi Jinping", "President Xi"], ("President", CN)),
     P(ADR, [], ("President of the Council of Ministers", PE)),
     P(SCH, ["Foreign Minister Elmer Schialer"], ("Minister of Foreign Affairs", PE)),
     P(WAN, [], ("Minister of Foreign Affairs", CN)),
     P(WTT, [], ("Minister of Commerce", CN))],
    [E("Presidency of the Republic of Peru"),
     E("Press Secretariat of the Presidency of the Republic"),
     E("APEC"),
     E("COSCO Shipping")],
    [E(PE, "Peru", "Peruvian"), E(CN, "China", "Chinese")],
    [I("visit", [XIJ, PE], "2024-11-13", "Lima"),
     I("meeting", [BOL, XIJ, ADR, SCH, WAN], "2024-11-14", "Lima"),
     I("signing", [SCH, WTT, BOL, XIJ], "2024-11-14", "Lima"),
     I("signing", [PE, CN], "2009"),
     I("visit", [BOL, CN], "2024-06", "Beijing"),
     I("meeting", [BOL, XIJ], "2024-06", "Beijing")],
    [N("APEC Economic Leaders' Meeting", None),
     N("Port of Chancay", None),
     N("Belt and Road Initiative", CN),
     N("APEC leaders' meeting that China will host in Shenzhen", XIJ)],
    [D("Protocol to Upgrade the Free Trade Agreement between the Republic of Peru and the People's Republic of "
       "China"),
     D("Free Trade Agreement between the Republic of Peru and the People's Republic of China")])

# 10 Government of Belize Press Office: capitals title, issuer, PRESS RELEASE, dateline "Belmopan. May 16, 2024."
#    run into the first sentence, "Hon.", "His Excellency", "- 30 -", address block
BRI, ARE, HYD, MRT, MUS = ("John Briceño", "Bernardo Arévalo", "Cordel Hyde", "Carlos Ramiro Martínez",
                           "Kareem Musa")
GT = "Republic of Guatemala"
rec("bz-2024-05-16-briceno-arevalo-belmopan", "2024-05-16", "Belmopan",
    [P(BRI, ["Prime Minister Briceño"], ("Prime Minister", "Belize")),
     P(ARE, ["President Arévalo"], ("President", GT)),
     P(HYD, [], ("Deputy Prime Minister", "Belize")),
     P(MRT, ["Minister Martínez"], ("Minister of Foreign Affairs", GT)),
     P(MUS, ["Minister Musa"], ("Minister of Home Affairs and New Growth Industries", "Belize"))],
    [E("Government of Belize Press Office", "Belize Press Office"),
     E("International Court of Justice"),
     E("Organization of American States", "OAS"),
     E("Belize-Guatemala Joint Commission")],
    [E("Belize"), E(GT, "Guatemala", "Guatemalan"), E("Mexico")],
    [I("visit", [ARE, "Belize"], "2024-05-15"),
     I("meeting", [BRI, ARE, MRT, MUS], "2024-05-16", "Belmopan"),
     I("signing", [MUS, MRT, BRI, ARE], "2024-05-16", "Belmopan"),
     I("signing", ["Belize", GT], "2005"),
     I("meeting", [BRI, ARE], "2024-01", "Guatemala City")],
    [N("binational Maya tourism route linking Tikal and Caracol", ARE),
     N("Sembrando Vida", "Mexico"),
     N("next meeting of the Belize-Guatemala Joint Commission", None),
     N("visit of John Briceño to Guatemala", ARE)],
    [D("Agreement on a Framework for Negotiations and Confidence Building Measures"),
     D("Memorandum of Understanding on Cooperation to Combat Transnational Organized Crime and Illicit "
       "Trafficking")])

# 11 Asian Development Bank (issuer line, News Release with date, capitals dateline
#    "TBILISI, GEORGIA (4 May 2024) —", "Mr.", quotes, About ADB boilerplate, media contact)
ASA, KHU2, KOB, SHA, ZHU = ("Masatsugu Asakawa", "Lasha Khutsishvili", "Irakli Kobakhidze", "Samir Sharifov",
                            "Yevgeniy Zhukov")
ADB = "Asian Development Bank"
rec("adb-2024-05-04-asakawa-57th-annual-meeting-tbilisi", "2024-05-04", "Tbilisi",
    [P(ASA, ["Mr. Asakawa"], ("President", ADB)),
     P(KHU2, ["Minister Khutsishvili"], ("Minister of Finance", "Georgia"),
       ("Chair of the Board of Governors", "ADB Board of Governors")),
     P(KOB, ["Prime Minister Kobakhidze", "Prime Minister Irakli Kobakhidze"], ("Prime Minister", "Georgia")),
     P(SHA, ["Mr. Sharifov"], ("Minister of Finance", "Azerbaijan")),
     P(ZHU, [], ("Director General for Central and West Asia", ADB))],
    [E(ADB, "ADB"),
     E("ADB Board of Governors"),
     E("ADB Department of Communications and Knowledge Management")],
    [E("Georgia"), E("Azerbaijan"), E("Denmark"), E("Japan"), E("Republic of Korea", "Korea"),
     E("United Kingdom"), E("Armenia"), E("Italy")],
    [I("multilateral", [ASA, KHU2, KOB], "2024-05-02", "Tbilisi",
       name="57th Annual Meeting of the ADB Board of Governors"),
     I("meeting", [ASA, KOB], "2024-05-04", "Tbilisi"),
     I("meeting", [ASA, SHA], "2024-05-04", "Tbilisi"),
     I("signing", [ZHU, KHU2, ASA, KOB], "2024-05-04", "Tbilisi"),
     I("meeting", [ASA, SHA], "2023-05", "Incheon"),
     I("multilateral", [ASA, SHA], "2023-05", "Incheon", name="56th Annual Meeting")],
    [N("Innovative Finance Facility for Climate in Asia and the Pacific", ADB, "IF-CAP"),
     N("COP29", SHA),
     N("East–West Highway Improvement Project", None),
     N("58th Annual Meeting", None)],
    [])

# 12 FAO (issuer line, FAO Newsroom rubric with dd/mm/yyyy stamp, dateline "Georgetown –" without date,
#    "QU Dongyu", "Dr.", quotes, boilerplate, contact block)
QU, ALI, MUS2, TEI, LUB, LUL = ("Qu Dongyu", "Mohamed Irfaan Ali", "Zulfikar Mustapha", "Paulo Teixeira",
                                "Mario Lubetkin", "Luiz Inácio Lula da Silva")
FAO = "Food and Agriculture Organization of the United Nations"
LARC = "FAO Regional Conference for Latin America and the Caribbean"
rec("fao-2024-03-20-qu-dongyu-larc38-georgetown", "2024-03-20", "Georgetown",
    [P(QU, ["Dr. Qu"], ("Director-General", FAO)),
     P(ALI, ["President Ali"], ("President", "Co-operative Republic of Guyana")),
     P(MUS2, ["Minister Mustapha"], ("Minister of Agriculture", "Co-operative Republic of Guyana")),
     P(TEI, ["Minister Teixeira"], ("Minister of Agrarian Development and Family Farming", "Brazil")),
     P(LUB, [], ("Regional Representative for Latin America and the Caribbean", FAO)),
     P(LUL, ["President Luiz Inácio Lula da Silva"], ("President", "Brazil"))],
    [E(FAO, "FAO"),
     E(LARC, "LARC38"),
     E("FAO Conference"),
     E("CARICOM"),
     E("G20"),
     E("FAO News and Media")],
    [E("Co-operative Republic of Guyana", "Guyana"), E("Brazil"), E("Barbados")],
    [I("multilateral", [QU, MUS2, ALI], "2024-03-18", "Georgetown",
       name="38th Session of the FAO Regional Conference for Latin America and the Caribbean"),
     I("visit", [QU, "Co-operative Republic of Guyana"], "2024-03-17", "Georgetown"),
     I("meeting", [QU, ALI], "2024-03-20", "Georgetown"),
     I("meeting", [QU, ALI], "2023-07", "Rome"),
     I("multilateral", [ALI, QU], "2023-07", "Rome", name="43rd Session of the FAO Conference"),
     I("signing", [QU, MUS2, ALI], "2024-03-20", "Georgetown"),
     I("meeting", [QU, TEI, LUB], "2024-03-20", "Georgetown")],
    [N("25 by 2025 initiative", ALI),
     N("Hand-in-Hand Initiative", FAO),
     N("Global Alliance against Hunger and Poverty", LUL),
     N("G20 summit", None),
     N("39th Session of the Regional Conference", "Brazil")],
    [D("Country Programming Framework for Guyana 2024–2027")])

check_and_write(GOLD)
