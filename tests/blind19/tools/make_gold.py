#!/usr/bin/env python3
"""Writes gold/<stem>.json for blind25 (bundled as tests/blind19) from the compact records below, then checks them.

Checks (all must pass before anything is written; through the shared `check_and_write`):
- every interaction participant, role `of` that names a listed entity, and proposer resolves, with
  score.py's own Resolver, to a person/organisation/state of the same record;
- every person name form, at least one organisation/state form, every multilateral name, document,
  place and initiative (except the constructed `visit of ...` / `meeting of ...` names) occurs in the text;
- no name form is shared by two entities of a record; dates are ISO; lengths are 150-700 words;
- a release whose text carries no year has a releases/<stem>.meta.json with its date.

Run from tests/blind19:  python3 tools/make_gold.py
"""
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent  # tests/blind19 (written as /work/blind25)
sys.path.insert(0, str(ROOT.parents[1].parent / "shared" / "eval"))  # the scorer beside the project
import score  # noqa: E402  (only for norm() and Resolver)

sys.path.insert(0, str(ROOT.parent))  # tests/, for the shared constructors
from gold_records import D, E, GoldWriter, I, N, P, check_and_write  # noqa: E402

GOLD = GoldWriter(ROOT)
rec = GOLD.rec

# 1 BIMSTEC Secretariat (issuer lines, PRESS RELEASE, dateline on its own line, Secretariat trailer)
JAI, MAH, DHU, TSW, SAB, MAR, PAN, MOD, FAR = (
    "S. Jaishankar", "Hasan Mahmud", "D. N. Dhungyel", "Than Swe", "M. U. M. Ali Sabry", "Maris Sangiampongsa",
    "Indra Mani Pandey", "Narendra Modi", "Salman Al Farisi")
rec("bimstec-2024-07-12-second-foreign-ministers-retreat-new-delhi", "2024-07-12", "New Delhi",
    [P(JAI, ["Dr. S. Jaishankar", "Dr. Jaishankar"], ("External Affairs Minister", "India")),
     P(MAH, ["Dr. Hasan Mahmud"], ("Minister of Foreign Affairs", "Bangladesh")),
     P(DHU, ["Lyonpo D. N. Dhungyel", "Lyonpo Dhungyel"], ("Minister for Foreign Affairs and External Trade", "Bhutan")),
     P(TSW, ["U Than Swe"], ("Union Minister for Foreign Affairs", "Myanmar")),
     P(SAB, ["Ali Sabry", "Minister Ali Sabry"], ("Minister of Foreign Affairs", "Sri Lanka")),
     P(MAR, ["Minister Sangiampongsa"], ("Minister of Foreign Affairs", "Thailand")),
     P(PAN, ["Secretary General Pandey"], ("Secretary General", "BIMSTEC")),
     P(MOD, ["Shri Narendra Modi"], ("Prime Minister", "India")),
     P(FAR, [], ("Secretary General", "Indian Ocean Rim Association"))],
    [E("BIMSTEC", "Bay of Bengal Initiative for Multi-Sectoral Technical and Economic Cooperation"),
     E("BIMSTEC Secretariat"),
     E("Indian Ocean Rim Association")],
    [E("India"), E("Bangladesh"), E("Bhutan"), E("Myanmar"), E("Sri Lanka"), E("Thailand"), E("Nepal")],
    [I("multilateral", [JAI, MAH, DHU, TSW, SAB, MAR, PAN], "2024-07-11", "New Delhi",
       name="Second BIMSTEC Foreign Ministers' Retreat"),
     I("meeting", [MOD, JAI, MAH, DHU, TSW, SAB, MAR, PAN], "2024-07-11", "New Delhi"),
     I("meeting", [PAN, MAR], "2024-07-11", "New Delhi"),
     I("meeting", [PAN, DHU], "2024-07-11", "New Delhi"),
     I("signing", [PAN, FAR], None, "New Delhi"),
     I("multilateral", [], "2023-07", "Bangkok", name="First BIMSTEC Foreign Ministers' Retreat"),
     I("multilateral", [], None, "Colombo", name="Fifth Summit")],
    [N("Sixth BIMSTEC Summit", None),
     N("Bangkok Vision 2030", "Thailand"),
     N("regional mechanism on marine pollution in the Bay of Bengal", "Sri Lanka"),
     N("BIMSTEC Business Summit", JAI)],
    [D("BIMSTEC Charter"),
     D("BIMSTEC Master Plan for Transport Connectivity")])

# 2 Economic Cooperation Organization (ECO) Secretariat (press release, dateline on its own line, "H.E. Mr.")
ALI, PEZ, TOK, JAP, SHS, RAH, ERD, MIR, KHA, BAY, MER = (
    "Ilham Aliyev", "Masoud Pezeshkian", "Kassym-Jomart Tokayev", "Sadyr Japarov", "Muhammad Shehbaz Sharif",
    "Emomali Rahmon", "Recep Tayyip Erdoğan", "Shavkat Mirziyoyev", "Asad Majeed Khan", "Jeyhun Bayramov",
    "Rashid Meredov")
ECO = "Economic Cooperation Organization"
rec("eco-2025-07-04-17th-summit-khankendi", "2025-07-04", "Khankendi",
    [P(ALI, ["President Aliyev"], ("President", "Azerbaijan")),
     P(PEZ, ["President Pezeshkian"], ("President", "Iran")),
     P(TOK, ["President Tokayev"], ("President", "Kazakhstan")),
     P(JAP, [], ("President", "Kyrgyz Republic")),
     P(SHS, [], ("Prime Minister", "Pakistan")),
     P(RAH, [], ("President", "Tajikistan")),
     P(ERD, [], ("President", "Türkiye")),
     P(MIR, ["President Mirziyoyev"], ("President", "Uzbekistan")),
     P(KHA, [], ("Secretary General", ECO)),
     P(BAY, [], ("Minister of Foreign Affairs", "Azerbaijan")),
     P(MER, [], ("Minister of Foreign Affairs", "Turkmenistan"))],
    [E(ECO, "ECO"),
     E("ECO Secretariat"),
     E("Council of Ministers")],
    [E("Azerbaijan", "Republic of Azerbaijan"),
     E("Iran", "Islamic Republic of Iran"),
     E("Kazakhstan", "Republic of Kazakhstan"),
     E("Kyrgyz Republic"),
     E("Pakistan", "Islamic Republic of Pakistan"),
     E("Tajikistan", "Republic of Tajikistan"),
     E("Türkiye", "Republic of Türkiye"),
     E("Uzbekistan", "Republic of Uzbekistan"),
     E("Turkmenistan")],
    [I("multilateral", [ALI, PEZ, TOK, JAP, SHS, RAH, ERD, MIR, KHA], "2025-07-04", "Khankendi",
       name="17th ECO Summit"),
     I("meeting", [KHA, MIR], "2025-07-04", "Khankendi"),
     I("meeting", [KHA, BAY], "2025-07-03", "Khankendi"),
     I("call", [KHA, MER], "2025-06-30"),
     I("multilateral", [], "2023-11", "Tashkent", name="16th ECO Summit"),
     I("multilateral", [], None, None, name="COP29")],
    [N("ECO Climate Resilience Centre", "Azerbaijan"),
     N("ECO energy ministers' platform on regional electricity trade", PEZ),
     N("Middle Corridor", None),
     N("18th ECO Summit", None)],
    [D("Khankendi Declaration"),
     D("ECO Trade Agreement", "ECOTA"),
     D("ECO Vision 2025"),
     D("ECO Vision 2035"),
     D("Tashkent Declaration")])

# 3 Office of the President, State House, The Gambia (capitals title, issuer block, PRESS RELEASE,
#   dateline on its own line, closing "Issued by:" block with ordinal date)
BAR, FAI, TAH, TAN, FID, AKU = ("Adama Barrow", "Faisal bin Farhan Al Saud", "Hissein Brahim Taha",
                                "Mamadou Tangara", "Hakan Fidan", "Nana Addo Dankwa Akufo-Addo")
rec("gm-2024-05-05-barrow-oic-islamic-summit-banjul", "2024-05-05", "Banjul",
    [P(BAR, ["President Barrow"], ("President", "The Gambia")),
     P(FAI, ["Prince Faisal bin Farhan Al Saud"], ("Minister of Foreign Affairs", "Saudi Arabia")),
     P(TAH, ["Secretary General Taha"], ("Secretary General", "OIC")),
     P(ALI, ["President Aliyev"], ("President", "Azerbaijan")),
     P(TAN, ["Dr Mamadou Tangara"],
       ("Minister of Foreign Affairs, International Cooperation and Gambians Abroad", "The Gambia")),
     P(FID, [], ("Minister of Foreign Affairs", "Türkiye")),
     P(AKU, [], ("President", "Ghana"))],
    [E("Office of the President"),
     E("OIC", "Organisation of Islamic Cooperation"),
     E("Press and Public Relations Directorate")],
    [E("The Gambia", "Republic of The Gambia", "Gambian"),
     E("Saudi Arabia", "Kingdom of Saudi Arabia"),
     E("Azerbaijan", "Republic of Azerbaijan"),
     E("Türkiye"),
     E("Ghana", "Republic of Ghana")],
    [I("multilateral", [BAR, FAI, TAH], "2024-05-04", "Banjul", name="15th Session of the Islamic Summit"),
     I("meeting", [BAR, ALI], "2024-05-04", "Banjul"),
     I("meeting", [BAR, TAH], "2024-05-05", "Banjul"),
     I("multilateral", [TAN], "2024-05-02", "Banjul", name="preparatory meeting of Foreign Ministers"),
     I("meeting", [TAN, FID], "2024-05-03", "Banjul"),
     I("call", [AKU, BAR], "2024-05-04")],
    [N("special OIC programme for the Sahel", BAR),
     N("visit of Adama Barrow to Azerbaijan", ALI),
     N("COP29", None),
     N("Türkiye-Gambia business forum", None)],
    [D("Banjul Declaration")])

# 4 Presidency of the Republic of Iran, official website (rubric, stamp with time, News ID, no dateline,
#   "According to the Information Base of the President's Office")
PUT, ARA, SAD, LAV = "Vladimir Putin", "Seyyed Abbas Araghchi", "Farzaneh Sadegh", "Sergei Lavrov"
rec("ir-2025-01-17-pezeshkian-putin-strategic-partnership-treaty", "2025-01-17", None,
    [P(PEZ, ["Dr. Masoud Pezeshkian", "Dr. Pezeshkian", "Pezeshkian", "President Pezeshkian"],
       ("President", "Islamic Republic of Iran")),
     P(PUT, ["Putin"], ("President", "Russian Federation")),
     P(ARA, [], ("Foreign Minister", "Islamic Republic of Iran")),
     P(SAD, [], ("Minister of Roads and Urban Development", "Islamic Republic of Iran")),
     P(LAV, [], ("Foreign Minister", "Russian Federation")),
     P(RAH, [], ("President", "Tajikistan"))],
    [E("Information Base of the President's Office"),
     E("Gazprom"),
     E("BRICS")],
    [E("Islamic Republic of Iran", "Iran", "Iranian"),
     E("Russian Federation", "Russia", "Russian"),
     E("Tajikistan"),
     E("Azerbaijan")],
    [I("visit", [PEZ, "Russian Federation"], "2025-01-17", "Moscow"),
     I("meeting", [PEZ, PUT, ARA, SAD, LAV], "2025-01-17", "Moscow"),
     I("signing", [PEZ, PUT], "2025-01-17", "Moscow"),
     I("meeting", [PEZ, PUT], "2024-10", "Kazan"),
     I("multilateral", [PEZ, PUT], "2024-10", "Kazan", name="BRICS summit"),
     I("visit", [PEZ, "Tajikistan"], "2025-01-15", "Dushanbe"),
     I("meeting", [PEZ, RAH], "2025-01-15", "Dushanbe"),
     I("signing", ["Islamic Republic of Iran", "Tajikistan"], None, "Dushanbe")],
    [N("International North-South Transport Corridor", PEZ),
     N("Rasht-Astara railway", PEZ),
     N("gas supplies to Iran through the territory of Azerbaijan", PUT),
     N("visit of Vladimir Putin to Iran", PEZ)],
    [D("Treaty on Comprehensive Strategic Partnership between the Islamic Republic of Iran and the Russian "
       "Federation"),
     D("Treaty on the Basis for Mutual Relations and the Principles of Cooperation between Iran and Russia")])

# 5 AKP, Agence Kampuchea Presse (lower-case headline, dateline "Phnom Penh, February 20, 2025 AKP --",
#   byline, "Samdech", "H.E.", trailer "--AKP")
HM, SON, PEN, KEO, PHO, HS, SIH, KCH = ("Hun Manet", "Sonexay Siphandone", "Pen Bona", "Keo Rottanak",
                                        "Phoxay Sayasone", "Hun Sen", "Norodom Sihamoni", "Keo Chandara")
rec("kh-2025-02-20-hun-manet-sonexay-phnom-penh", "2025-02-20", "Phnom Penh",
    [P(HM, ["Samdech Moha Borvor Thipadei Hun Manet", "Samdech Thipadei Hun Manet"], ("Prime Minister", "Cambodia")),
     P(SON, [], ("Prime Minister", "Lao People's Democratic Republic")),
     P(PEN, [], ("government spokesman", "Cambodia")),
     P(KEO, [], ("Minister of Mines and Energy", "Cambodia")),
     P(PHO, [], ("Minister of Energy and Mines", "Lao People's Democratic Republic")),
     P(HS, ["Samdech Techo Hun Sen"], ("President of the Senate", "Cambodia")),
     P(SIH, ["King Norodom Sihamoni"], ("King", "Cambodia")),
     P(KCH, [])],
    [E("ASEAN")],
    [E("Cambodia", "Kingdom of Cambodia", "Cambodian"),
     E("Lao People's Democratic Republic", "Laos", "Lao PDR", "Lao")],
    [I("visit", [SON, "Cambodia"], "2025-02-19", "Phnom Penh"),
     I("meeting", [HM, SON], "2025-02-20", "Phnom Penh"),
     I("signing", [KEO, PHO, HM, SON], "2025-02-20", "Phnom Penh"),
     I("meeting", [HS, SON], "2025-02-20", "Phnom Penh"),
     I("meeting", [HM, SON], "2024-10", "Vientiane"),
     I("multilateral", [HM, SON], "2024-10", "Vientiane", name="44th and 45th ASEAN Summits")],
    [N("Funan Techo Canal", "Cambodia", "Funan Techo Canal project"),
     N("upgrading of the Trapeang Kriel-Nong Nok Khiene international border checkpoint", SON),
     N("visit of Hun Manet to Laos", SON),
     N("meeting of Sonexay Siphandone with Norodom Sihamoni", None)],
    [D("Memorandum of Understanding on Cross-Border Power Trade between the Kingdom of Cambodia and the Lao "
       "People's Democratic Republic")])

# 6 National Assembly of the Republic of Korea (issuer line, PRESS RELEASE, "Date: 2024.09.26 (Thu.)",
#   no dateline, "on the afternoon of the 26th", contact line)
WOO, TTM, NXP, KMK, NDH, YOON = ("Woo Won Shik", "Tran Thanh Man", "Nguyen Xuan Phuc", "Kim Min-ki",
                                 "Nguyen Duc Hai", "Yoon Suk Yeol")
NAK = "National Assembly of the Republic of Korea"
rec("kr-2024-09-26-woo-won-shik-tran-thanh-man-talks", "2024-09-26", None,
    [P(WOO, ["Speaker Woo"], ("Speaker of the National Assembly", "Republic of Korea")),
     P(TTM, ["Chairman Tran Thanh Man"], ("Chairman of the National Assembly", "Viet Nam")),
     P(NXP, [], ("President", "Viet Nam")),
     P(KMK, [], ("Secretary General of the National Assembly", "Republic of Korea")),
     P(NDH, [], ("Vice Chairman of the National Assembly", "Viet Nam")),
     P(YOON, [], ("President", "Republic of Korea"))],
    [E(NAK),
     E("Office of the Spokesperson for the Speaker"),
     E("Korea Chamber of Commerce and Industry")],
    [E("Republic of Korea", "Korea", "Korean"),
     E("Viet Nam", "Socialist Republic of Viet Nam", "Vietnamese")],
    [I("visit", [TTM, "Republic of Korea"], "2024-09-25"),
     I("meeting", [WOO, TTM, KMK, NDH], "2024-09-26", "Seoul"),
     I("signing", [WOO, TTM], "2024-09-26", "Seoul"),
     I("call", [TTM, WOO], "2024-07-02"),
     I("visit", [NXP, "Republic of Korea"], "2022-12")],
    [N("Comprehensive Strategic Partnership", None),
     N("Korea-Viet Nam Young Parliamentarians' Forum", WOO),
     N("Employment Permit System", "Republic of Korea", "Korea's Employment Permit System"),
     N("visit of Woo Won Shik to Viet Nam", TTM),
     N("meeting of Tran Thanh Man with Yoon Suk Yeol", None),
     N("Korea-Viet Nam business forum", None)],
    [D("Memorandum of Understanding on Cooperation between the National Assembly of the Republic of Korea and "
       "the National Assembly of the Socialist Republic of Viet Nam")])

# 7 Government of the Principality of Monaco (issuer line, rubric, dateline on its own line, "H.S.H.",
#   "H.E. Mr", "Mrs", press-contact trailer)
ALB2, MAC, CHA, GUI, RAB, BER, LIJ = ("Albert II", "Emmanuel Macron", "Rodrigo Chaves Robles", "Didier Guillaume",
                                      "Sitiveni Rabuka", "Isabelle Berro-Amadeï", "Li Junhua")
rec("mc-2025-06-08-albert-ii-blue-economy-finance-forum", "2025-06-08", "Monaco",
    [P(ALB2, ["Prince Albert II"], ("Sovereign Prince", "Monaco")),
     P(MAC, [], ("President of the French Republic", "France")),
     P(CHA, ["President Chaves Robles"], ("President", "Costa Rica")),
     P(GUI, [], ("Minister of State", "Monaco")),
     P(RAB, ["Mr Rabuka"], ("Prime Minister", "Fiji")),
     P(BER, ["Mrs Berro-Amadeï"], ("Government Counsellor–Minister for External Relations and Cooperation", "Monaco")),
     P(LIJ, [], ("Under-Secretary-General for Economic and Social Affairs", "United Nations"),
       ("Secretary-General of the Conference", None))],
    [E("Government of the Principality of Monaco", "Prince's Government"),
     E("Prince Albert II of Monaco Foundation"),
     E("Department of External Relations and Cooperation")],
    [E("Monaco", "Principality of Monaco"),
     E("France", "French Republic"),
     E("Costa Rica", "Republic of Costa Rica"),
     E("Fiji", "Republic of Fiji")],
    [I("multilateral", [ALB2, MAC, CHA], "2025-06-07", "Monaco", name="Blue Economy and Finance Forum"),
     I("meeting", [ALB2, CHA], "2025-06-07", "Monaco"),
     I("signing", [GUI, RAB, BER], "2025-06-08", "Monaco"),
     I("call", [BER, LIJ], "2025-06-06"),
     I("multilateral", [ALB2], "2024-04", "Athens", name="Our Ocean Conference")],
    [N("third United Nations Ocean Conference", None),
     N("Monaco Blue Initiative", ALB2),
     N("regional blue bond facility for Central America", "Costa Rica"),
     N("visit of Albert II to Fiji", RAB)],
    [D("Agreement on Marine Biological Diversity of Areas beyond National Jurisdiction"),
     D("Memorandum of Understanding on Cooperation in the Field of Ocean Protection and Climate Resilience")])

# 8 AIM, Mozambique News Agency (short title, "Maputo, 18 Mar (AIM) –" without year: meta.json,
#   "on Monday", "(AIM)" and initials trailer)
CHP, KAG, NDU, LUC, MNA = ("Daniel Chapo", "Paul Kagame", "Olivier Nduhungirehe", "Maria Manuela Lucas",
                           "Emmerson Mnangagwa")
rec("mz-2025-03-18-chapo-nduhungirehe-kagame-message", "2025-03-18", "Maputo",
    [P(CHP, ["Chapo"], ("President", "Mozambique")),
     P(KAG, ["Kagame", "President Kagame"], ("President", "Rwanda")),
     P(NDU, ["Nduhungirehe"], ("Minister of Foreign Affairs and International Cooperation", "Rwanda")),
     P(LUC, []),
     P(MNA, ["President Emmerson Mnangagwa"], ("President", "Zimbabwe"), ("chairperson", "SADC"))],
    [E("FADM", "Mozambique Defence Armed Forces"),
     E("Mozambique-Rwanda Joint Permanent Commission"),
     E("SADC", "Southern African Development Community"),
     E("EAC", "East African Community"),
     E("United Nations"),
     E("M23"),
     E("European Union")],
    [E("Mozambique", "Mozambican"),
     E("Rwanda", "Rwandan"),
     E("Zimbabwe"),
     E("Democratic Republic of Congo", "Congo")],
    [I("correspondence", [KAG, CHP], "2025-03-17", "Maputo"),
     I("meeting", [CHP, NDU], "2025-03-17", "Maputo"),
     I("meeting", [LUC, NDU], "2025-03-17", "Maputo"),
     I("visit", [CHP, "Zimbabwe"], "2025-03", "Harare"),
     I("meeting", [CHP, MNA], "2025-03", "Harare"),
     I("multilateral", [CHP], "2025-02", "Dar es Salaam", name="joint summit of SADC and the East African Community")],
    [N("next session of the Mozambique-Rwanda Joint Permanent Commission", None),
     N("agreement on the exemption of visas for holders of ordinary passports", None),
     N("visit of Paul Kagame to Mozambique", CHP),
     N("European Peace Facility", "European Union")],
    [])

# 9 Secretariat of State for Foreign Affairs, San Marino (translated from Italian: issuer block,
#   PRESS RELEASE, dateline on its own line, "the Titano", "the Regency")
BEC, TAJ, CIV, RIC, GIO = ("Luca Beccari", "Antonio Tajani", "Francesca Civerchia", "Dalibor Riccardi",
                           "Giancarlo Giorgetti")
rec("sm-2024-11-15-beccari-tajani-san-marino", "2024-11-15", "San Marino",
    [P(BEC, ["Secretary Beccari", "Beccari"], ("Secretary of State for Foreign Affairs", "San Marino")),
     P(TAJ, ["Minister Tajani", "Tajani"], ("Deputy Prime Minister", "Italy"),
       ("Minister of Foreign Affairs and International Cooperation", "Italy")),
     P(CIV, [], ("Captain Regent", "San Marino")),
     P(RIC, [], ("Captain Regent", "San Marino")),
     P(GIO, [], ("Minister of Economy and Finance", "Italy"))],
    [E("Secretariat of State for Foreign Affairs"),
     E("European Commission"),
     E("Committee of Ministers of the Council of Europe")],
    [E("San Marino", "Republic of San Marino", "Sammarinese"),
     E("Italy", "Italian Republic", "Italian")],
    [I("visit", [TAJ, "San Marino"], "2024-11-15", "San Marino"),
     I("meeting", [CIV, RIC, TAJ, BEC], "2024-11-15", "San Marino"),
     I("meeting", [BEC, TAJ], "2024-11-15", "San Marino"),
     I("signing", [BEC, TAJ], "2024-11-15", "San Marino"),
     I("meeting", [BEC, TAJ], "2024-03-12", "Rome"),
     I("call", [BEC, GIO], "2024-11-14")],
    [N("permanent forum of small states on digital governance", "San Marino"),
     N("Conference on the Reconstruction of Ukraine", None)],
    [D("Convention of Friendship and Good Neighbourliness"),
     D("Association Agreement between the European Union, the Principality of Andorra and the Republic of "
       "San Marino"),
     D("Agreement between the Republic of San Marino and the Italian Republic on Cooperation in Civil Protection "
       "and the Management of Natural Disasters")])

# 10 Ministry of Foreign Affairs, International Business and International Cooperation, Suriname
#    (issuer lines, numbered press release, dateline run into the first sentence, closing place-date and office)
SAN, MUR, BRU, RAM, KUM = ("Chandrikapersad Santokhi", "Droupadi Murmu", "Ronnie Brunswijk", "Albert Ramdin",
                           "Saurabh Kumar")
rec("sr-2023-06-05-santokhi-murmu-paramaribo", "2023-06-05", "Paramaribo",
    [P(SAN, ["President Santokhi"], ("President", "Suriname")),
     P(MUR, ["President Murmu"], ("President", "India")),
     P(BRU, [], ("Vice-President", "Suriname")),
     P(RAM, ["Minister Ramdin"], ("Minister of Foreign Affairs, International Business and International Cooperation",
                                  "Suriname")),
     P(KUM, ["Secretary Kumar"], ("Secretary (East)", "India")),
     P(MOD, ["Prime Minister Narendra Modi"], ("Prime Minister", "India"))],
    [E("Ministry of Foreign Affairs, International Business and International Cooperation"),
     E("Directorate of Communication and Protocol")],
    [E("Suriname", "Republic of Suriname", "Surinamese"),
     E("India", "Republic of India", "Indian")],
    [I("visit", [MUR, "Suriname"], "2023-06-04"),
     I("meeting", [SAN, MUR, RAM], "2023-06-05", "Paramaribo"),
     I("signing", [RAM, KUM, SAN, MUR], "2023-06-05", "Paramaribo"),
     I("multilateral", [SAN], "2023-01", "Indore", name="17th Pravasi Bharatiya Divas"),
     I("meeting", [SAN, MOD], "2023-01", "Indore")],
    [N("centre of excellence in information technology", SAN),
     N("ITEC programme", "India", "India's ITEC programme"),
     N("next session of the Joint Commission", None)],
    [D("Memorandum of Understanding on Cooperation in the Field of Agriculture"),
     D("Memorandum of Understanding on the Recognition of the Indian Pharmacopoeia"),
     D("Memorandum of Understanding on Cooperation in the Field of Health and Medical Products")])

# 11 Presidency of the Republic of El Salvador (translated from Spanish: issuer line, dateline with a final
#    full stop on its own line, "this Sunday", "Casa Presidencial", Press Secretariat trailer)
BUK, MIL, MON, BUL, HIL, VIL, FEL, MAY, NOB = (
    "Nayib Bukele", "Javier Milei", "Diana Mondino", "Patricia Bullrich", "Alexandra Hill Tinoco",
    "Gustavo Villatoro", "Felipe VI", "Alejandro Mayorkas", "Daniel Noboa")
rec("sv-2024-06-02-bukele-milei-bilateral-meetings", "2024-06-02", "San Salvador",
    [P(BUK, ["President Bukele"], ("President of the Republic", "El Salvador")),
     P(MIL, ["President Milei"], ("President", "Argentine Republic")),
     P(MON, ["Mondino"], ("Minister of Foreign Affairs, International Trade and Worship", "Argentine Republic")),
     P(BUL, ["Minister Bullrich"], ("Minister of Security", "Argentine Republic")),
     P(HIL, ["Foreign Minister Hill Tinoco"], ("Minister of Foreign Affairs", "El Salvador")),
     P(VIL, [], ("Minister of Justice and Public Security", "El Salvador")),
     P(FEL, ["King Felipe VI"], ("King", "Spain")),
     P(MAY, [], ("Secretary of Homeland Security", "United States")),
     P(NOB, [], ("President", "Ecuador"))],
    [E("Presidency of the Republic of El Salvador"),
     E("Press Secretariat of the Presidency")],
    [E("El Salvador", "Republic of El Salvador", "Salvadoran"),
     E("Argentine Republic", "Argentina", "Argentine"),
     E("Spain", "Spanish"),
     E("United States"),
     E("Ecuador")],
    [I("meeting", [BUK, MIL, MON, BUL, HIL, VIL], "2024-06-02", "San Salvador"),
     I("signing", [HIL, MON, BUK, MIL], "2024-06-02", "San Salvador"),
     I("meeting", [BUK, MIL], "2024-02", "National Harbor"),
     I("multilateral", [BUK, MIL], "2024-02", "National Harbor", name="Conservative Political Action Conference"),
     I("visit", [FEL, "El Salvador"], "2024-05-31", "San Salvador"),
     I("meeting", [BUK, FEL], "2024-06-02", "San Salvador"),
     I("meeting", [BUK, MAY], "2024-06-02", "San Salvador"),
     I("meeting", [BUK, NOB], "2024-06-01", "San Salvador")],
    [N("Territorial Control Plan", BUK),
     N("visit of an Argentine technical team to El Salvador", None),
     N("visit of Nayib Bukele to Argentina", MIL),
     N("regional meeting of security ministers", NOB)],
    [D("Memorandum of Understanding on Cooperation in Security Matters between the Republic of El Salvador and "
       "the Argentine Republic")])

# 12 Office of the Prime Minister, Tuvalu (capitals issuer, PRESS RELEASE, dateline with weekday and date,
#    "Hon.", "MP", ENDS, media enquiries line)
TEO, CON, PNP, ALBA, NAT, FAL = ("Feleti Penitala Teo", "Pat Conroy", "Paulson Panapa", "Anthony Albanese",
                                 "Kausea Natano", "Tofiga Vaevalu Falani")
rec("tv-2024-10-17-teo-conroy-falepili-funafuti", "2024-10-17", "Funafuti",
    [P(TEO, ["Prime Minister Teo"], ("Prime Minister", "Tuvalu")),
     P(CON, ["Minister Conroy"], ("Minister for International Development and the Pacific", "Australia")),
     P(PNP, ["Minister Panapa"], ("Minister for Foreign Affairs, Labour and Trade", "Tuvalu")),
     P(ALBA, ["Mr Albanese"], ("Prime Minister", "Australia")),
     P(NAT, [], ("Prime Minister", "Tuvalu")),
     P(FAL, ["Sir Tofiga Vaevalu Falani"], ("Governor-General", "Tuvalu"))],
    [E("Office of the Prime Minister"),
     E("Pacific Islands Forum", "Forum"),
     E("United Nations Development Programme")],
    [E("Tuvalu", "Tuvaluans"),
     E("Australia", "Australian"),
     E("Kiribati")],
    [I("visit", [CON, "Tuvalu"], "2024-10-16", "Funafuti"),
     I("meeting", [TEO, CON, PNP], "2024-10-17", "Funafuti"),
     I("signing", [PNP, CON, TEO], "2024-10-17", "Funafuti"),
     I("meeting", [CON, FAL], "2024-10-17", "Funafuti"),
     I("meeting", [TEO, ALBA], "2024-08-28", "Nuku'alofa"),
     I("multilateral", [TEO, ALBA], "2024-08", "Nuku'alofa", name="53rd Pacific Islands Forum Leaders Meeting"),
     I("signing", [NAT, ALBA], "2023-11", "Rarotonga")],
    [N("Falepili Mobility Pathway", None),
     N("Te Lafiga o Tuvalu", "Tuvalu", "Tuvalu's Long-Term Adaptation Plan"),
     N("visit of Feleti Penitala Teo to Australia", ALBA)],
    [D("Falepili Union Treaty"),
     D("Declaration on the Continuity of Statehood and the Protection of Persons in the Face of Climate "
       "Change-Related Sea-Level Rise"),
     D("Grant Arrangement on the Tuvalu Coastal Adaptation Project (Phase Two)")])

check_and_write(GOLD, score)
