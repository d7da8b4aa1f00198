#!/usr/bin/env python3
"""Writes gold/<stem>.json for blind16 (written as blind22) from the compact records below, then checks them.

Checks (all must pass before anything is written; through the shared `check_and_write`):
- every interaction participant, role `of` that names a listed entity, and proposer resolves, with
  score.py's own Resolver, to a person/organisation/state of the same record;
- every person name form, at least one organisation/state form, every multilateral name, document,
  place and initiative (except the constructed `visit of ...` / `meeting of ...` names) occurs in the text;
- no name form is shared by two entities of a record; dates are ISO; lengths are 150-700 words;
- a release whose text carries no year has a releases/<stem>.meta.json with its date.

Run from /work/blind16 (written as blind22):  python3 tools/make_gold.py
"""
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent  # tests/blind16
sys.path.insert(0, str(ROOT.parents[1].parent / "shared" / "eval"))  # the scorer beside the project
import score  # noqa: E402  (only for norm() and Resolver)

sys.path.insert(0, str(ROOT.parent))  # tests/, for the shared constructors
from gold_records import D, E, GoldWriter, I, N, P, check_and_write  # noqa: E402

GOLD = GoldWriter(ROOT)
rec = GOLD.rec

# 1 Office of the President, Republic of Korea (briefing; stamp, no dateline)
YOON, RUTO, CHO, AHN, MUD, GHA, KSK = ("Yoon Suk Yeol", "William Samoei Ruto", "Cho Tae-yul", "Ahn Duk-geun",
                                        "Musalia Mudavadi", "Mohamed Ould Ghazouani", "Kim Soo-kyung")
SK = "South Korea"
UNGA = "United Nations General Assembly"
rec("kr-2024-06-03-yoon-ruto-summit", "2024-06-03", None,
    [P(YOON, ["President Yoon", "President Yoon Suk Yeol"], ("President", SK)),
     P(RUTO, ["President Ruto", "President William Samoei Ruto"], ("President", "Kenya")),
     P(CHO, ["Foreign Minister Cho Tae-yul"], ("Foreign Minister", SK)),
     P(AHN, ["Minister Ahn"], ("Minister of Trade, Industry and Energy", SK)),
     P(MUD, ["Prime Cabinet Secretary Mudavadi"], ("Prime Cabinet Secretary", "Kenya"),
       ("Cabinet Secretary for Foreign and Diaspora Affairs", "Kenya")),
     P(GHA, ["President Mohamed Ould Ghazouani"], ("President", "Mauritania"), ("Chairperson", "African Union")),
     P(KSK, [], ("Presidential Spokesperson", SK))],
    [E("Office of the President"),
     E("African Union", "AU"),
     E(UNGA, "UN General Assembly", "UNGA")],
    [E(SK, "Korea", "Korean", "Republic of Korea"),
     E("Kenya", "Kenyan"),
     E("Mauritania")],
    [I("meeting", [YOON, RUTO, CHO, AHN, MUD], "2024-06-03", "Seoul"),
     I("visit", [RUTO, SK], "2024-06-02", "Seoul"),
     I("signing", [AHN, MUD, YOON, RUTO], "2024-06-03", "Seoul"),
     I("meeting", [YOON, RUTO], "2023-09", "New York"),
     I("multilateral", [YOON, RUTO], "2023-09", "New York", name="78th session of the " + UNGA),
     I("call", [YOON, GHA], "2024-05-31")],
    [N("K-Rice Belt project", SK, "K-Rice Belt"),
     N("negotiations on an Economic Partnership Agreement", RUTO),
     N("Konza Technopolis project", "Kenya", "Konza Technopolis"),
     N("2024 Korea-Africa Summit", None, "Korea-Africa Summit"),
     N("visit of Yoon Suk Yeol to Kenya", RUTO)],
    [D("Memorandum of Understanding on Critical Minerals Supply Chain Partnership")])

# 2 State Great Khural of Mongolia (dateline and stamp without year: meta.json)
ZAN, OTS, KHU, OYU = "Gombojav Zandanshatar", "Otsuji Hidehisa", "Ukhnaa Khurelsukh", "L.Oyun-Erdene"
SSP = "Special Strategic Partnership for Peace and Prosperity"
rec("mn-2023-08-21-zandanshatar-otsuji-state-palace", "2023-08-21", "Ulaanbaatar",
    [P(ZAN, ["G.Zandanshatar", "Chairman G.Zandanshatar"], ("Chairman of the State Great Khural", "Mongolia")),
     P(OTS, ["OTSUJI Hidehisa", "Mr. Otsuji"], ("President of the House of Councillors", "Japan")),
     P(KHU, ["U.Khurelsukh", "President U.Khurelsukh"], ("President", "Mongolia")),
     P(OYU, ["Prime Minister L.Oyun-Erdene"], ("Prime Minister", "Mongolia"))],
    [E("State Great Khural", "State Great Khural of Mongolia"),
     E("House of Councillors", "House of Councillors of Japan")],
    [E("Mongolia", "Mongolian"),
     E("Japan", "Japanese")],
    [I("meeting", [ZAN, OTS], "2023-08-21", "Ulaanbaatar"),
     I("visit", [OTS, "Mongolia"], "2023-08-20"),
     I("signing", [ZAN, OTS], "2023-08-21", "Ulaanbaatar"),
     I("meeting", [OTS, KHU], "2023-08-21", "Ulaanbaatar"),
     I("meeting", [OTS, OYU], "2023-08-21", "Ulaanbaatar"),
     I("visit", [KHU, "Japan"], "2022-11", "Tokyo")],
    [N(SSP, None),
     N("third neighbour policy", "Mongolia", "Mongolia's third neighbour policy"),
     N("annual forum of young parliamentarians of the two countries", ZAN, "young parliamentarians' forum"),
     N("\"One Billion Trees\" national movement", KHU, "One Billion Trees"),
     N("Mongolia–Japan investment forum", None),
     N("visit of Gombojav Zandanshatar to Japan", OTS)],
    [D("Joint Statement on the " + SSP),
     D("Mongolia–Japan Economic Partnership Agreement"),
     D("Memorandum of Understanding on Cooperation between the State Great Khural of Mongolia and the House of "
       "Councillors of Japan")])

# 3 Xinhua (dateline without year; source stamp)
WY, IWA, XI, ISH, MOT, LQ = ("Wang Yi", "Takeshi Iwaya", "Xi Jinping", "Shigeru Ishiba", "Toshimitsu Motegi",
                             "Li Qiang")
MECH = "China-Japan High-Level Consultation Mechanism on People-to-People and Cultural Exchanges"
rec("cn-2024-12-25-wang-yi-iwaya-beijing", "2024-12-25", "BEIJING",
    [P(WY, ["Wang"], ("Foreign Minister", "China"),
       ("member of the Political Bureau of the Communist Party of China Central Committee",
        "Communist Party of China")),
     P(IWA, ["Iwaya"], ("Foreign Minister", "Japan")),
     P(XI, [], ("President", "China")),
     P(ISH, [], ("Prime Minister", "Japan")),
     P(MOT, [], ("Foreign Minister", "Japan")),
     P(LQ, ["Li"], ("Premier", "China"))],
    [E("APEC", "Asia-Pacific Economic Cooperation"),
     E(MECH)],
    [E("China", "Chinese"),
     E("Japan", "Japanese"),
     E("South Korea", "ROK", "Republic of Korea")],
    [I("meeting", [WY, IWA], "2024-12-25", "Beijing"),
     I("visit", [IWA, "China"], "2024-12-24", "Beijing"),
     I("meeting", [LQ, IWA], "2024-12-25", "Beijing"),
     I("meeting", [XI, ISH], "2024-11", "Lima"),
     I("multilateral", [XI, ISH], "2024-11", "Lima", name="APEC Economic Leaders' Meeting"),
     I("meeting", [WY, MOT], "2019-11", "Tokyo"),
     I("meeting", [WY, IWA], "2024-12-25", "Beijing")],
    [N("strategic relationship of mutual benefit", None),
     N("China-Japan High-Level Economic Dialogue", WY),
     N("China-Japan-ROK foreign ministers' meeting", None),
     N("visit of Wang Yi to Japan", IWA),
     N("next China-Japan-ROK leaders' meeting", None)],
    [D("Treaty of Peace and Friendship between China and Japan"),
     D("Regional Comprehensive Economic Partnership", "RCEP")])

# 4 Parliament of Finland (press release; numeric stamp, no dateline; contact line)
HA, HOL, STU, ORP, HAK, BLI = ("Jussi Halla-aho", "Szymon Hołownia", "Alexander Stubb", "Petteri Orpo",
                               "Antti Häkkänen", "Antony Blinken")
FAC, DC = "Foreign Affairs Committee", "Defence Committee"
rec("fi-2024-09-10-halla-aho-holownia-helsinki", "2024-09-10", None,
    [P(HA, ["Speaker Halla-aho"], ("Speaker of Parliament", "Finland")),
     P(HOL, ["Marshal Hołownia"], ("Marshal of the Sejm", "Poland")),
     P(STU, [], ("President of the Republic", "Finland")),
     P(ORP, [], ("Prime Minister", "Finland")),
     P(HAK, [], ("Minister of Defence", "Finland")),
     P(BLI, [], ("Secretary of State", "United States"))],
    [E("Parliament of Finland", "Parliament"),
     E(FAC), E(DC),
     E("Finnish Border Guard"),
     E("South-East Finland Border Guard District"),
     E("NATO", "North Atlantic Treaty Organization"),
     E("European Union", "EU"),
     E("Parliament's Information Unit", "Information Unit")],
    [E("Finland", "Finnish"),
     E("Poland", "Polish", "Republic of Poland"),
     E("Ukraine"),
     E("United States", "US"),
     E("Russia"),
     E("Belarus")],
    [I("meeting", [HA, HOL], "2024-09-10", "Helsinki"),
     I("visit", [HOL, "Finland"], "2024-09-09"),
     I("meeting", [HOL, STU], "2024-09-09"),
     I("meeting", [HOL, ORP], "2024-09-09"),
     I("meeting", [HOL, FAC, DC], "2024-09-09"),
     I("meeting", [HA, HOL], "2024-04", "Palma de Mallorca"),
     I("multilateral", [HA, HOL], "2024-04", "Palma de Mallorca",
       name="Conference of Speakers of the European Union Parliaments"),
     I("signing", [HAK, BLI], "2023-12", "Washington")],
    [N("East Shield programme", "Poland", "Poland's East Shield programme"),
     N("joint working group on security of supply and border protection", HA),
     N("visit of Jussi Halla-aho to Poland", HOL)],
    [D("Defence Cooperation Agreement between Finland and the United States", "Defence Cooperation Agreement")])

# 5 Prime Minister of Belgium, Chancellery (news; stamp, no dateline)
DC_, ZEL, SAN, DED, LAH, PHI = ("Alexander De Croo", "Volodymyr Zelensky", "Pedro Sánchez", "Ludivine Dedonder",
                                "Hadja Lahbib", "Philippe")
CEU = "Council of the European Union"
rec("be-2024-05-28-de-croo-zelensky-security-agreement", "2024-05-28", None,
    [P(DC_, ["Prime Minister De Croo", "Prime Minister Alexander De Croo"], ("Prime Minister", "Belgium")),
     P(ZEL, ["President Zelensky"], ("President", "Ukraine")),
     P(SAN, [], ("Prime Minister", "Spain")),
     P(DED, [], ("Minister of Defence", "Belgium")),
     P(LAH, [], ("Minister of Foreign Affairs", "Belgium")),
     P(PHI, ["King Philippe"], ("King", "Belgium"))],
    [E("Chancellery", "Prime Minister of Belgium – Chancellery"),
     E("G7", "Group of Seven"),
     E("Euroclear"),
     E(CEU),
     E("European Union", "EU")],
    [E("Belgium", "Belgian"),
     E("Ukraine", "Ukrainian"),
     E("Spain", "Spanish"),
     E("Russia", "Russian"),
     E("Switzerland"),
     E("Portugal")],
    [I("visit", [ZEL, "Belgium"], "2024-05-28", "Brussels"),
     I("meeting", [DC_, ZEL, DED, LAH], "2024-05-28", "Brussels"),
     I("meeting", [ZEL, PHI], "2024-05-28", "Brussels"),
     I("signing", [DC_, ZEL], "2024-05-28", "Brussels"),
     I("visit", [ZEL, "Spain"], "2024-05-27", "Madrid"),
     I("signing", [ZEL, SAN], "2024-05-27", "Madrid"),
     I("visit", [DC_, "Ukraine"], "2024-02-24", "Kyiv"),
     I("meeting", [DC_, ZEL], "2024-02-24", "Kyiv")],
    [N("delivery of 30 F-16 fighter jets by 2028", "Belgium"),
     N("use of the windfall profits generated by immobilised Russian assets", CEU),
     N("first intergovernmental conference on Ukraine's accession to the European Union", DC_),
     N("Summit on Peace in Ukraine", None),
     N("visit of Volodymyr Zelensky to Portugal", None)],
    [D("Agreement on Security Cooperation between Belgium and Ukraine"),
     D("Joint Declaration of Support for Ukraine")])

# 6 Presidency of the Portuguese Republic (translated from Portuguese; dateline)
MRS, CHA, RAN, LUC, MON, LOU, NYU = ("Marcelo Rebelo de Sousa", "Daniel Francisco Chapo", "Paulo Rangel",
                                     "Maria Manuela Lucas", "Luís Montenegro", "João Lourenço", "Filipe Nyusi")
rec("pt-2025-06-25-marcelo-chapo-maputo", "2025-06-25", "Maputo",
    [P(MRS, ["President Marcelo Rebelo de Sousa"], ("President of the Republic", "Portugal")),
     P(CHA, ["Daniel Chapo", "President Daniel Chapo", "President Chapo"], ("President", "Mozambique")),
     P(RAN, [], ("Minister of State and for Foreign Affairs", "Portugal")),
     P(LUC, [], ("Minister of Foreign Affairs and Cooperation", "Mozambique")),
     P(MON, [], ("Prime Minister", "Portugal")),
     P(LOU, [], ("President", "Angola"), ("Chairperson of the African Union", "African Union")),
     P(NYU, [], ("President", "Mozambique"))],
    [E("Presidency of the Portuguese Republic"),
     E("CPLP", "Community of Portuguese Language Countries"),
     E("Assembly of the Republic")],
    [E("Portugal", "Portuguese", "Portuguese Republic", "Portuguese Government"),
     E("Mozambique", "Republic of Mozambique", "Mozambican"),
     E("Angola", "Republic of Angola")],
    [I("visit", [MRS, "Mozambique"], "2025-06-24", "Maputo"),
     I("meeting", [MRS, CHA, RAN, LUC], "2025-06-25", "Maputo"),
     I("correspondence", [MON, CHA], "2025-06-25", "Maputo"),
     I("meeting", [MRS, LOU], "2025-06-25", "Maputo"),
     I("visit", [MRS, "Mozambique"], "2022-05", "Maputo"),
     I("meeting", [MRS, NYU], "2022-05", "Maputo")],
    [N("Strategic Cooperation Programme Portugal-Mozambique 2022-2026", None),
     N("next Portugal-Mozambique Summit", None),
     N("Luso-Mozambican business council", CHA),
     N("Summit of Heads of State and Government of the CPLP", None),
     N("visit of Daniel Francisco Chapo to Portugal", MRS)],
    [])

# 7 Amiri Diwan, State of Qatar (dateline without date; stamp)
TAM, KIS, MBA, KAA, ABE = ("Tamim bin Hamad Al-Thani", "Fumio Kishida",
                           "Mohammed bin Abdulrahman bin Jassim Al-Thani", "Saad Sherida Al-Kaabi", "Shinzo Abe")
GCC = "Gulf Cooperation Council"
rec("qa-2023-07-18-tamim-kishida-doha", "2023-07-18", "Doha",
    [P(TAM, ["Sheikh Tamim bin Hamad Al-Thani"], ("Amir", "Qatar")),
     P(KIS, ["Prime Minister Kishida"], ("Prime Minister", "Japan")),
     P(MBA, ["Sheikh Mohammed bin Abdulrahman bin Jassim Al-Thani"], ("Prime Minister", "Qatar"),
       ("Minister of Foreign Affairs", "Qatar")),
     P(KAA, [], ("Minister of State for Energy Affairs", "Qatar")),
     P(ABE, [], ("Prime Minister", "Japan"))],
    [E("Amiri Diwan"),
     E(GCC, "GCC")],
    [E("Qatar", "State of Qatar", "Qatari"),
     E("Japan", "Japanese"),
     E("Saudi Arabia", "Kingdom of Saudi Arabia"),
     E("United Arab Emirates", "UAE"),
     E("Afghanistan")],
    [I("meeting", [TAM, KIS, MBA], "2023-07-18", "Doha"),
     I("visit", [KIS, "Qatar"], "2023-07-18", "Doha"),
     I("signing", [KAA, "Japan", TAM, KIS], "2023-07-18", "Doha"),
     I("visit", [KIS, "Saudi Arabia"]),
     I("visit", [KIS, "United Arab Emirates"]),
     I("visit", [TAM, "Japan"], "2015-02", "Tokyo"),
     I("meeting", [TAM, ABE], "2015-02", "Tokyo"),
     I("meeting", [MBA, KIS], "2023-07-18", "Doha")],
    [N("Strategic Dialogue between the foreign ministers of the two countries", None, "Strategic Dialogue"),
     N("resumption of the negotiations on a free trade agreement between Japan and the " + GCC, KIS),
     N("visit of Tamim bin Hamad Al-Thani to Japan", KIS),
     N("Expo 2025 Osaka, Kansai", None),
     N("Comprehensive Partnership", None)],
    [D("Memorandum of Cooperation in the Field of Energy")])

# 8 Ministry of Foreign Affairs, State of Kuwait (capitalised dateline without year; stamp; (end))
YAH, FIQ, HSM, MIS, NAW, FID = ("Abdullah Ali Al-Yahya", "Ahmed Moalim Fiqi", "Hassan Sheikh Mohamud",
                                "Mishal Al-Ahmad Al-Jaber Al-Sabah", "Nawaf Al-Ahmad Al-Jaber Al-Sabah", "Hakan Fidan")
AUSSOM = "African Union Support and Stabilization Mission in Somalia"
rec("kw-2024-10-08-alyahya-fiqi-somali-message", "2024-10-08", "KUWAIT",
    [P(YAH, ["Foreign Minister Al-Yahya", "Minister Al-Yahya"], ("Foreign Minister", "Kuwait")),
     P(FIQ, ["Minister Fiqi"], ("Minister of Foreign Affairs and International Cooperation", "Somalia")),
     P(HSM, ["President Hassan Sheikh Mohamud"], ("President", "Somalia")),
     P(MIS, ["Sheikh Mishal Al-Ahmad Al-Jaber Al-Sabah"], ("Amir", "Kuwait")),
     P(NAW, ["Sheikh Nawaf Al-Ahmad Al-Jaber Al-Sabah"], ("Amir", "Kuwait")),
     P(FID, [], ("Foreign Minister", "Türkiye"))],
    [E("Ministry of Foreign Affairs"),
     E("Kuwait Fund for Arab Economic Development", "KFAED"),
     E("Kuwait Red Crescent Society"),
     E("African Union", "AU"),
     E(UNGA, "UN General Assembly", "UNGA")],
    [E("Kuwait", "State of Kuwait"),
     E("Somalia", "Federal Republic of Somalia", "Somali"),
     E("Türkiye", "Republic of Türkiye", "Turkey"),
     E("Lebanon")],
    [I("meeting", [YAH, FIQ], "2024-10-08", "Kuwait"),
     I("correspondence", [HSM, MIS], "2024-10-08", "Kuwait"),
     I("visit", [FIQ, "Kuwait"]),
     I("signing", [YAH, FIQ], "2024-10-08", "Kuwait"),
     I("meeting", [YAH, FIQ], "2024-09", "New York"),
     I("multilateral", [YAH, FIQ], "2024-09", "New York",
       name="High-Level Week of the 79th session of the " + UNGA),
     I("visit", [HSM, "Kuwait"], "2023-12"),
     I("call", [YAH, FID], "2024-10-08")],
    [N("first round of political consultations", FIQ),
     N(AUSSOM, "African Union", "AUSSOM")],
    [D("Memorandum of Understanding on Political Consultations")])

# 9 Presidency of the Republic, Mexico (translated from Spanish; numbered press release; dateline)
SHE, TRU, DLF, GH, EBR, RUB, BES, LUT, TRD = (
    "Claudia Sheinbaum Pardo", "Donald Trump", "Juan Ramón de la Fuente", "Omar García Harfuch", "Marcelo Ebrard",
    "Marco Rubio", "Scott Bessent", "Howard Lutnick", "Justin Trudeau")
rec("mx-2025-02-03-sheinbaum-trump-call", "2025-02-03", "Mexico City",
    [P(SHE, ["President Sheinbaum", "Claudia Sheinbaum"], ("President", "Mexico")),
     P(TRU, ["President Trump", "President Donald Trump"], ("President", "United States")),
     P(DLF, [], ("Secretary of Foreign Affairs", "Mexico")),
     P(GH, [], ("Secretary of Security and Citizen Protection", "Mexico")),
     P(EBR, [], ("Secretary of Economy", "Mexico")),
     P(RUB, [], ("Secretary of State", "United States")),
     P(BES, [], ("Treasury Secretary", "United States")),
     P(LUT, []),
     P(TRD, ["Prime Minister Trudeau"], ("Prime Minister", "Canada"))],
    [E("Presidency of the Republic"),
     E("National Guard"),
     E("G20", "Group of Twenty")],
    [E("Mexico", "Mexican", "Government of Mexico"),
     E("United States", "US", "Government of the United States"),
     E("Canada")],
    [I("call", [SHE, TRU], "2025-02-03"),
     I("correspondence", [SHE, TRU], "2024-11-26"),
     I("call", [SHE, TRD], "2025-02-01"),
     I("meeting", [SHE, TRD], "2024-11", "Rio de Janeiro"),
     I("multilateral", [SHE, TRD], "2024-11", "Rio de Janeiro", name="G20 Leaders' Summit")],
    [N("reinforce the northern border with 10,000 elements of the National Guard", "Mexico"),
     N("two groups, on security and on trade", None),
     N("Plan Mexico", SHE)],
    [D("Treaty between Mexico, the United States and Canada", "T-MEC")])

# 10 Villa Somalia, Office of the President of Somalia (capitalised dateline with country; ###)
ISA, SIS, ABD, OSM, ERD = ("Isaias Afwerki", "Abdel Fattah El-Sisi", "Badr Abdelatty", "Osman Saleh Mohammed",
                           "Recep Tayyip Erdoğan")
rec("so-2024-10-10-hassan-sheikh-asmara-summit", "2024-10-10", "ASMARA",
    [P(HSM, ["President Hassan Sheikh Mohamud"], ("President", "Somalia")),
     P(ISA, ["President Isaias Afwerki", "President Isaias"], ("President", "Eritrea")),
     P(SIS, ["President El-Sisi", "President Abdel Fattah El-Sisi"], ("President", "Egypt")),
     P(FIQ, [], ("Minister of Foreign Affairs and International Cooperation", "Somalia")),
     P(ABD, ["Dr. Badr Abdelatty"], ("Foreign Minister", "Egypt")),
     P(OSM, [], ("Foreign Minister", "Eritrea")),
     P(ERD, ["President Recep Tayyip Erdoğan"], ("President", "Türkiye"))],
    [E("Office of the President", "Villa Somalia"),
     E("ATMIS", "African Union Transition Mission in Somalia")],
    [E("Somalia", "Federal Republic of Somalia"),
     E("Eritrea", "State of Eritrea"),
     E("Egypt", "Arab Republic of Egypt"),
     E("Türkiye", "Republic of Türkiye", "Turkey"),
     E("Ethiopia")],
    [I("visit", [HSM, "Eritrea"], "2024-10-09", "Asmara"),
     I("multilateral", [HSM, ISA, SIS], "2024-10-10", "Asmara", name="Tripartite Summit"),
     I("signing", [HSM, ISA, SIS], "2024-10-10", "Asmara"),
     I("meeting", [HSM, ISA], "2024-10-10", "Asmara"),
     I("meeting", [HSM, SIS], "2024-10-10", "Asmara"),
     I("meeting", [FIQ, ABD, OSM]),
     I("signing", ["Somalia", "Egypt"], "2024-08-14", "Cairo"),
     I("visit", [HSM, "Egypt"], "2024-08-14", "Cairo"),
     I("call", [HSM, ERD], "2024-10-09")],
    [N("Tripartite Joint Committee of the Ministers of Foreign Affairs of the three countries", None,
       "Tripartite Joint Committee"),
     N(AUSSOM, None, "AUSSOM"),
     N("third round of the Ankara talks between Somalia and Ethiopia", None, "third round of the Ankara talks"),
     N("visit of Isaias Afwerki to Somalia", HSM)],
    [D("Asmara Joint Declaration"),
     D("Protocol of Military Cooperation")])

# 11 World Trade Organization (news item; stamp, no dateline)
ZEY, NOI, AZA, XAN, MBZ, GOY = ("Thani bin Ahmed Al Zeyoudi", "Ngozi Okonjo-Iweala", "Azali Assoumani",
                                "Xanana Gusmão", "Mohamed bin Zayed Al Nahyan", "Piyush Goyal")
WTO = "World Trade Organization"
rec("wto-2024-02-26-mc13-comoros-timor-leste", "2024-02-26", None,
    [P(ZEY, [], ("MC13 Chair", WTO), ("Minister of State for Foreign Trade", "United Arab Emirates")),
     P(NOI, ["Director-General Okonjo-Iweala", "Director-General Ngozi Okonjo-Iweala"], ("Director-General", WTO)),
     P(AZA, ["President Azali Assoumani"], ("President", "Comoros")),
     P(XAN, ["Prime Minister Xanana Gusmão"], ("Prime Minister", "Timor-Leste")),
     P(MBZ, ["Sheikh Mohamed bin Zayed Al Nahyan"], ("President", "United Arab Emirates")),
     P(GOY, [], ("Minister of Commerce and Industry", "India"))],
    [E(WTO, "WTO")],
    [E("United Arab Emirates", "UAE"),
     E("Comoros", "Union of the Comoros"),
     E("Timor-Leste", "Democratic Republic of Timor-Leste"),
     E("India"),
     E("Cameroon")],
    [I("multilateral", [ZEY, NOI, AZA, XAN, GOY], "2024-02-26", "Abu Dhabi", name="13th Ministerial Conference"),
     I("signing", [AZA, NOI, ZEY], "2024-02-26", "Abu Dhabi"),
     I("signing", [XAN, NOI, ZEY], "2024-02-26", "Abu Dhabi"),
     I("meeting", [NOI, MBZ], "2024-02-25"),
     I("meeting", [NOI, GOY], "2024-02-26", "Abu Dhabi"),
     I("multilateral", [], "2022-06", "Geneva", name="12th Ministerial Conference")],
    [N("second wave of fisheries subsidies disciplines", None),
     N("reform of the dispute settlement system", None),
     N("14th Ministerial Conference", "Cameroon")],
    [D("Protocol of Accession of the Union of the Comoros"),
     D("Protocol of Accession of Timor-Leste"),
     D("Investment Facilitation for Development Agreement"),
     D("Agreement on Fisheries Subsidies")])

# 12 UNESCO (press release; dateline; About UNESCO boilerplate)
AZO, HAI, BAD, FAI, KAR = ("Audrey Azoulay", "Haifa Al Mogrin", "Badr bin Abdullah bin Farhan Al Saud",
                           "Faisal bin Farhan Al Saud", "Rostyslav Karandieiev")
SNC = "Saudi National Commission for Education, Culture and Science"
rec("unesco-2023-09-10-azoulay-riyadh-world-heritage", "2023-09-10", "Riyadh",
    [P(AZO, ["Ms Azoulay"], ("Director-General", "UNESCO")),
     P(HAI, ["Princess Haifa Al Mogrin"], ("Permanent Delegate to UNESCO", "Saudi Arabia")),
     P(BAD, ["Prince Badr bin Abdullah bin Farhan Al Saud"], ("Minister of Culture", "Saudi Arabia"),
       ("chair", SNC)),
     P(FAI, ["Prince Faisal bin Farhan Al Saud"], ("Minister of Foreign Affairs", "Saudi Arabia")),
     P(KAR, [], ("Minister of Culture and Information Policy", "Ukraine"))],
    [E("UNESCO", "United Nations Educational, Scientific and Cultural Organization"),
     E("World Heritage Committee", "Committee"),
     E(SNC)],
    [E("Saudi Arabia", "Kingdom of Saudi Arabia", "Saudi"),
     E("Russia", "Russian Federation"),
     E("China"),
     E("Ukraine", "Ukrainian"),
     E("India")],
    [I("multilateral", [AZO, HAI], "2023-09-10", "Riyadh", name="extended 45th session"),
     I("visit", [AZO, "Saudi Arabia"], "2023-09-08", "Riyadh"),
     I("meeting", [AZO, BAD], "2023-09-09", "Riyadh"),
     I("signing", [AZO, BAD], "2023-09-09", "Riyadh"),
     I("meeting", [AZO, FAI], "2023-09-09", "Riyadh"),
     I("meeting", [AZO, KAR], "2023-09-10", "Riyadh"),
     I("multilateral", [], "2021-07", "Fuzhou", name="extended 44th session")],
    [N("Vision 2030", "Saudi Arabia", "Saudi Arabia's Vision 2030"),
     N("Saudi-funded programme to support heritage in Africa", None),
     N("Global Priority Africa", "UNESCO", "UNESCO's Global Priority Africa"),
     N("World Heritage training programme for young site managers from Africa and the Arab States", AZO),
     N("46th session of the Committee", None)],
    [D("Convention Concerning the Protection of the World Cultural and Natural Heritage", "1972 Convention")])

if __name__ == "__main__":
    check_and_write(GOLD, score)
