#!/usr/bin/env python3
"""Writes gold/<stem>.json for blind26 from the compact records below, then checks them.

Checks (all must pass before anything is written; through the shared `check_and_write`):
- every interaction participant, role `of` that names a listed entity, and proposer resolves, with
  score.py's own Resolver, to a person/organisation/state of the same record;
- every person name form, at least one organisation/state form, every multilateral name, document,
  place and initiative (except the constructed `visit of ...` / `meeting of ...` names) occurs in the text;
- no name form is shared by two entities of a record; dates are ISO; lengths are 150-700 words;
- a release whose text carries no year has a releases/<stem>.meta.json with its date.

Run from tests/blind20:  python3 tools/make_gold.py
"""
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent  # tests/blind20 (written as /work/blind26)
sys.path.insert(0, str(ROOT.parents[1].parent / "shared" / "eval"))  # the scorer beside the project
import score  # noqa: E402  (only for norm() and Resolver)

sys.path.insert(0, str(ROOT.parent))  # tests/, for the shared constructors
from gold_records import D, E, GoldWriter, I, N, P, check_and_write  # noqa: E402

GOLD = GoldWriter(ROOT)
rec = GOLD.rec

# 1 D-8 Secretariat (issuer lines, PRESS RELEASE, dateline on its own line, "H.E. Mr.", -ENDS-, About boilerplate)
SISI, ERD, PEZ, PRA, SHS, YUN, ABD, IMAM, JAS = (
    "Abdel Fattah El-Sisi", "Recep Tayyip Erdoğan", "Masoud Pezeshkian", "Prabowo Subianto",
    "Muhammad Shehbaz Sharif", "Muhammad Yunus", "Badr Abdelatty", "Isiaka Abdulqadir Imam", "Muhammad Al Jasser")
D8 = "D-8 Organization for Economic Cooperation"
rec("d8-2024-12-19-11th-summit-cairo", "2024-12-19", "Cairo",
    [P(SISI, [], ("President", "Arab Republic of Egypt")),
     P(ERD, [], ("President", "Republic of Türkiye")),
     P(PEZ, ["Dr. Masoud Pezeshkian", "President Pezeshkian"], ("President", "Islamic Republic of Iran")),
     P(PRA, ["President Prabowo"], ("President", "Republic of Indonesia")),
     P(SHS, [], ("Prime Minister", "Islamic Republic of Pakistan")),
     P(YUN, ["Professor Muhammad Yunus", "Professor Yunus"], ("Chief Adviser of the Interim Government", "Bangladesh")),
     P(ABD, ["Dr. Badr Abdelatty"], ("Minister of Foreign Affairs, Emigration and Egyptian Expatriates",
                                      "Arab Republic of Egypt")),
     P(IMAM, ["Ambassador Isiaka Abdulqadir Imam"], ("Secretary-General", D8)),
     P(JAS, ["Dr. Muhammad Al Jasser"], ("President", "Islamic Development Bank"))],
    [E(D8, "D-8", "Developing Eight"),
     E("D-8 Secretariat"),
     E("D-8 Council of Ministers"),
     E("Islamic Development Bank")],
    [E("Arab Republic of Egypt", "Egypt", "Egyptian"),
     E("Bangladesh", "People's Republic of Bangladesh"),
     E("Republic of Türkiye", "Türkiye"),
     E("Islamic Republic of Iran", "Iran"),
     E("Republic of Indonesia", "Indonesia", "Indonesian"),
     E("Islamic Republic of Pakistan", "Pakistan"),
     E("Malaysia"),
     E("Federal Republic of Nigeria", "Nigeria"),
     E("Republic of Azerbaijan", "Azerbaijan"),
     E("Lebanon")],
    [I("multilateral", [SISI, ERD, PEZ, PRA, SHS, YUN, IMAM, "Malaysia", "Federal Republic of Nigeria"],
       "2024-12-19", "Cairo", name="11th D-8 Summit"),
     I("multilateral", [], "2021-04", name="10th Summit"),
     I("multilateral", [ABD], "2024-12-18", "Cairo", name="meeting of the D-8 Council of Ministers"),
     I("meeting", [IMAM, YUN], "2024-12-19", "Cairo"),
     I("meeting", [IMAM, PRA], "2024-12-19", "Cairo"),
     I("signing", [IMAM, JAS, ABD], "2024-12-19", "Cairo")],
    [N("D-8 joint investment fund for small and medium-sized enterprises", PEZ),
     N("D-8 halal industry cooperation platform", PRA),
     N("application of the Republic of Azerbaijan for membership", "Republic of Azerbaijan"),
     N("12th D-8 Summit", "Republic of Indonesia")],
    [D("Cairo Declaration"),
     D("D-8 Economic Roadmap 2020-2030"),
     D("D-8 Preferential Trade Agreement"),
     D("Istanbul Declaration")])

# 2 Riigikogu (Estonia): first-person joint statement of three Speakers under a press-release header,
#   stamp without dateline, signature blocks, press-service contact line
HUS, MIE, SKV, STE = "Lauri Hussar", "Daiga Mieriņa", "Saulius Skvernelis", "Ruslan Stefanchuk"
rec("ee-2025-04-11-hussar-baltic-speakers-joint-statement", "2025-04-11", None,
    [P(HUS, [], ("President of the Riigikogu", "Estonia")),
     P(MIE, ["Speaker Mieriņa"], ("Speaker of the Saeima", "Republic of Latvia")),
     P(SKV, ["Speaker Skvernelis"], ("Speaker of the Seimas", "Republic of Lithuania")),
     P(STE, ["Chairman Stefanchuk"], ("Chairman of the Verkhovna Rada", "Ukraine"))],
    [E("Riigikogu"),
     E("Riigikogu Press Service"),
     E("European Union"),
     E("NATO"),
     E("Baltic Assembly")],
    [E("Estonia"),
     E("Republic of Latvia", "Latvia"),
     E("Republic of Lithuania", "Lithuania"),
     E("Ukraine", "Ukrainian"),
     E("Russia"),
     E("Belarus")],
    [I("meeting", [HUS, MIE, SKV], "2025-04-11", "Tallinn"),
     I("call", [HUS, MIE, SKV, STE], "2025-04-11")],
    [N("Special Tribunal for the Crime of Aggression against Ukraine", None),
     N("NATO Summit", None),
     N("Baltic Defence Line", None),
     N("joint session of the foreign affairs committees of the three parliaments", MIE),
     N("next meeting in Vilnius", SKV),
     N("visit of the Speakers of Estonia, Latvia and Lithuania to Ukraine", STE)],
    [D("Joint Statement of the Speakers of the Parliaments of Estonia, Latvia and Lithuania")])

# 3 Shabait, Ministry of Information, Eritrea (masthead, rubric and stamp, dateline run into the first sentence
#   "Asmara, 27 January 2025-", "It is to be recalled that")
ISA, SIS2, OSM, YEM, FIQ = ("Isaias Afwerki", "Abdel Fattah Al-Sisi", "Osman Saleh", "Yemane Gebreab",
                            "Ahmed Moalim Fiqi")
rec("er-2025-01-27-isaias-abdelatty-sisi-message", "2025-01-27", "Asmara",
    [P(ISA, ["President Isaias"], ("President", "Eritrea")),
     P(ABD, ["Dr. Badr Abdelatty", "Minister Abdelatty"],
       ("Minister of Foreign Affairs, Emigration and Egyptian Expatriates", "Egypt")),
     P(SIS2, ["President Al-Sisi"], ("President", "Egypt")),
     P(OSM, ["Foreign Minister Osman Saleh"], ("Foreign Minister", "Eritrea")),
     P(YEM, ["Presidential Adviser Yemane Gebreab"], ("Presidential Adviser", "Eritrea")),
     P(FIQ, [], ("Federal Minister of Foreign Affairs", "Somalia"))],
    [E("Ministry of Information"),
     E("African Union Support and Stabilization Mission in Somalia", "AUSSOM"),
     E("ATMIS"),
     E("Eritrea-Egypt Joint Ministerial Committee")],
    [E("Eritrea"), E("Egypt", "Egyptian"), E("Somalia"), E("Sudan"), E("Djibouti")],
    [I("correspondence", [SIS2, ISA], "2025-01-27", "Asmara"),
     I("meeting", [ISA, ABD, OSM, YEM], "2025-01-27", "Asmara"),
     I("multilateral", [], "2024-10", "Asmara", name="tripartite summit"),
     I("visit", [ABD, "Eritrea"], "2025-01-26", "Asmara"),
     I("meeting", [ABD, OSM], "2025-01-27", "Asmara"),
     I("signing", [ABD, OSM], "2025-01-27", "Asmara"),
     I("call", [ABD, FIQ], "2025-01-26"),
     I("visit", [ISA, "Egypt"], "2023-05", "Cairo"),
     I("meeting", [ISA, SIS2], "2023-05", "Cairo"),
     I("call", [ISA, SIS2], "2025-01-08")],
    [N("framework of cooperation among the Red Sea littoral states", ISA),
     N("visit of Isaias Afwerki to Egypt", SIS2),
     N("fourth session of the Eritrea-Egypt Joint Ministerial Committee", None)],
    [D("Memorandum of Understanding on Cooperation in the Fields of Training and Capacity Building of Diplomats")])

# 4 FSM Information Services (capitals issuer, FOR IMMEDIATE RELEASE with a date, dateline "PALIKIR, Pohnpei—"
#   run into the first sentence, "His Excellency", "the Honorable", ordinal dates, ###)
SIM, ROB, KIS, BRO, HEI, WHI, PAL = ("Wesley W. Simina", "Lorin S. Robert", "Fumio Kishida", "Mark Brown",
                                     "Hilda C. Heine", "Surangel S. Whipps, Jr.", "Aren B. Palik")
FSM = "Federated States of Micronesia"
rec("fm-2024-07-19-simina-palm10-tokyo", "2024-07-19", "Palikir",
    [P(SIM, ["President Simina"], ("President", FSM)),
     P(ROB, [], ("Secretary of the Department of Foreign Affairs", FSM)),
     P(KIS, ["Prime Minister Kishida"], ("Prime Minister", "Japan")),
     P(BRO, [], ("Prime Minister", "Cook Islands"), ("Chair of the Pacific Islands Forum", "Pacific Islands Forum")),
     P(HEI, [], ("President", "Republic of the Marshall Islands")),
     P(WHI, [], ("President", "Republic of Palau")),
     P(PAL, ["Vice President Aren B. Palik"], ("Vice President", FSM), ("Acting President", FSM))],
    [E("Office of the President"),
     E("FSM Information Services"),
     E("Pacific Islands Forum", "Forum"),
     E("FSM National Police")],
    [E(FSM, "FSM"),
     E("Japan"),
     E("Cook Islands"),
     E("Republic of the Marshall Islands", "Marshall Islands"),
     E("Republic of Palau", "Palau")],
    [I("visit", [SIM, "Japan"], "2024-07-15", "Tokyo"),
     I("multilateral", [SIM, KIS, BRO], "2024-07-16", "Tokyo", name="Tenth Pacific Islands Leaders Meeting"),
     I("meeting", [SIM, KIS], "2024-07-17", "Tokyo"),
     I("meeting", [SIM, HEI, WHI], "2024-07-16", "Tokyo")],
    [N("2050 Strategy for the Blue Pacific Continent", "Pacific Islands Forum"),
     N("Nan Madol conservation project", SIM),
     N("patrol boat to the FSM National Police", KIS),
     N("Official Security Assistance", "Japan", "Japan's Official Security Assistance framework"),
     N("visit of Fumio Kishida to the Federated States of Micronesia", SIM),
     N("next Micronesian Presidents' Summit", None)],
    [D("PALM10 Leaders Declaration"),
     D("Joint Action Plan")])

# 5 Amiri Diwan, State of Kuwait (issuer lines, rubric, dateline on its own line, "His Highness", cables)
MES, SKH, AHM, BUD, MAM, TRU, FAI, SAL, MBS = (
    "Meshal Al-Ahmad Al-Jaber Al-Sabah", "Sabah Khaled Al-Hamad Al-Sabah", "Ahmad Abdullah Al-Ahmad Al-Sabah",
    "Jasem Mohamed Albudaiwi", "Mohammad Abdullah Al-Mubarak Al-Sabah", "Donald Trump", "Faisal bin Farhan Al Saud",
    "Salman bin Abdulaziz Al Saud", "Mohammed bin Salman")
rec("kw-2025-01-22-amir-albudaiwi-bolu-condolences", "2025-01-22", "Kuwait City",
    [P(MES, ["Sheikh Meshal Al-Ahmad Al-Jaber Al-Sabah"], ("Amir", "State of Kuwait")),
     P(SKH, ["Sheikh Sabah Khaled Al-Hamad Al-Sabah"], ("Crown Prince", "State of Kuwait")),
     P(AHM, ["Sheikh Ahmad Abdullah Al-Ahmad Al-Sabah"], ("Prime Minister", "State of Kuwait")),
     P(BUD, ["Albudaiwi"], ("Secretary General", "GCC")),
     P(MAM, ["Sheikh Mohammad Abdullah Al-Mubarak Al-Sabah"], ("Minister of Amiri Diwan Affairs", "State of Kuwait")),
     P(ERD, ["President Erdoğan"], ("President", "Republic of Türkiye")),
     P(TRU, ["President Donald Trump", "President Trump"], ("President", "United States of America")),
     P(FAI, ["Prince Faisal bin Farhan Al Saud", "Prince Faisal"],
       ("Minister of Foreign Affairs", "Kingdom of Saudi Arabia")),
     P(SAL, ["King Salman bin Abdulaziz Al Saud"], ("Custodian of the Two Holy Mosques", "Kingdom of Saudi Arabia")),
     P(MBS, [], ("Crown Prince", "Kingdom of Saudi Arabia"), ("Prime Minister", "Kingdom of Saudi Arabia"))],
    [E("Amiri Diwan", "Diwan"),
     E("GCC", "Cooperation Council for the Arab States of the Gulf"),
     E("Saudi-Kuwaiti Coordination Council")],
    [E("State of Kuwait", "Kuwait"),
     E("Republic of Türkiye", "Türkiye", "Turkish"),
     E("United States of America", "United States"),
     E("Kingdom of Saudi Arabia", "Saudi Arabia")],
    [I("meeting", [MES, SKH, AHM], "2025-01-22", "Kuwait City"),
     I("meeting", [MES, BUD, MAM], "2025-01-22", "Kuwait City"),
     I("visit", [BUD, "State of Kuwait"]),
     I("multilateral", [MES], "2024-12-01", name="45th GCC Summit"),
     I("correspondence", [MES, ERD], "2025-01-22"),
     I("correspondence", [SKH, ERD], "2025-01-22"),
     I("correspondence", [AHM, ERD], "2025-01-22"),
     I("correspondence", [MES, TRU], "2025-01-22"),
     I("call", [MES, TRU], "2024-11-08"),
     I("meeting", [SKH, FAI], "2025-01-19"),
     I("correspondence", [SAL, MES], "2025-01-19")],
    [N("GCC Unified Tourist Visa", None),
     N("Gulf Railway project", None),
     N("meetings of the Saudi-Kuwaiti Coordination Council", None),
     N("visit of Meshal Al-Ahmad Al-Jaber Al-Sabah to Saudi Arabia", MBS)],
    [])

# 6 House of Representatives, Kingdom of Morocco (issuer lines, rubric, dateline with weekday, "Mr.", "Mrs.",
#   closing division line)
TAL, ARM, OJE, SAN, M6, AKH, OUL = ("Rachid Talbi Alami", "Francina Armengol", "Enrique Ojeda Vila", "Pedro Sánchez",
                                    "Mohammed VI", "Aziz Akhannouch", "Mohamed Ould Errachid")
COM = "Foreign Affairs, National Defence, Islamic Affairs and Moroccans Residing Abroad Committee"
rec("ma-2025-02-19-talbi-alami-armengol-rabat", "2025-02-19", "Rabat",
    [P(TAL, ["Mr. Rachid Talbi Alami", "Mr. Talbi Alami"], ("Speaker of the House of Representatives", "Kingdom of Morocco")),
     P(ARM, ["Mrs. Francina Armengol", "Mrs. Armengol"], ("President of the Congress of Deputies", "Kingdom of Spain")),
     P(OJE, ["Mr. Enrique Ojeda Vila"], ("Ambassador", "Kingdom of Spain")),
     P(SAN, ["Mr. Pedro Sánchez"], ("President of the Government", "Kingdom of Spain")),
     P(M6, ["King Mohammed VI"], ("King", "Kingdom of Morocco")),
     P(AKH, ["Mr. Aziz Akhannouch"], ("Head of Government", "Kingdom of Morocco")),
     P(OUL, ["Mr. Mohamed Ould Errachid"], ("President of the House of Councillors", "Kingdom of Morocco"))],
    [E("House of Representatives"),
     E("Communication and Public Relations Division"),
     E(COM),
     E("FIFA"),
     E("Morocco-Spain Parliamentary Forum")],
    [E("Kingdom of Morocco", "Morocco", "Moroccan"),
     E("Kingdom of Spain", "Spain", "Spanish"),
     E("Portugal")],
    [I("visit", [ARM, "Kingdom of Morocco"], "2025-02-18"),
     I("meeting", [TAL, ARM, OJE, COM], "2025-02-19", "Rabat"),
     I("signing", [TAL, ARM], "2025-02-19", "Rabat"),
     I("visit", [SAN, "Kingdom of Morocco"], "2022-04-07", "Rabat"),
     I("meeting", [AKH, ARM], "2025-02-18", "Rabat"),
     I("meeting", [TAL, ARM], "2024-10", "Lisbon"),
     I("multilateral", [TAL, ARM], "2024-10", "Lisbon", name="Euro-Mediterranean parliamentary conference")],
    [N("Moroccan Autonomy Initiative", "Kingdom of Morocco"),
     N("2030 FIFA World Cup", None),
     N("next session of the Morocco-Spain Parliamentary Forum", ARM),
     N("joint parliamentary working group on the Atlantic Initiative", TAL),
     N("Atlantic Initiative", M6),
     N("meeting of Francina Armengol with Mohamed Ould Errachid", None)],
    [D("Joint Declaration"),
     D("Memorandum of Understanding on Cooperation between the House of Representatives of the Kingdom of Morocco "
       "and the Congress of Deputies of the Kingdom of Spain")])

# 7 Tanjug (Serbia): headline with semicolon, rubric and stamp without year, dateline
#   "BELGRADE, 19 March (Tanjug) –" without year (meta.json), "Tanjug learns", "(Tanjug)" trailer
DJU, BLA, VUC, PEL, FIC = ("Marko Đurić", "Juraj Blanár", "Aleksandar Vučić", "Peter Pellegrini", "Robert Fico")
rec("rs-2025-03-19-djuric-blanar-belgrade", "2025-03-19", "Belgrade",
    [P(DJU, ["Đurić"], ("Minister of Foreign Affairs", "Serbia")),
     P(BLA, ["Blanár"], ("Minister of Foreign and European Affairs", "Slovakia")),
     P(VUC, ["Vučić"], ("President", "Serbia")),
     P(PEL, [], ("President", "Slovakia")),
     P(FIC, [], ("Prime Minister", "Slovakia"))],
    [E("Tanjug"),
     E("Presidency"),
     E("European Union", "EU"),
     E("Air Serbia"),
     E("European Political Community")],
    [E("Serbia", "Republic of Serbia", "Serbian"),
     E("Slovakia", "Slovak Republic", "Slovak"),
     E("Kosovo")],
    [I("signing", [DJU, BLA], "2025-03-19", "Belgrade"),
     I("meeting", [DJU, BLA], "2025-03-19", "Belgrade"),
     I("visit", [BLA, "Serbia"], "2025-03-18"),
     I("meeting", [VUC, BLA, DJU], "2025-03-19", "Belgrade"),
     I("meeting", [VUC, FIC], "2024-11", "Budapest"),
     I("multilateral", [VUC, FIC], "2024-11", "Budapest", name="European Political Community summit"),
     I("call", [DJU, BLA], "2025-03-17")],
    [N("opening of Cluster 3 in Serbia's accession talks", "Serbia"),
     N("joint session in Bratislava", VUC),
     N("visit of Aleksandar Vučić to Slovakia", PEL),
     N("Specialised Expo in Belgrade", None),
     N("direct flights between Belgrade and Bratislava", "Air Serbia")],
    [D("Memorandum of Understanding between the Ministry of Foreign Affairs of the Republic of Serbia and the "
       "Ministry of Foreign and European Affairs of the Slovak Republic on Cooperation in the Field of European "
       "Integration")])

# 8 Prime Minister's Office, Royal Government of Bhutan (capitals issuer, PRESS RELEASE, dateline on its own
#   line, numbered paragraphs, "Lyonchhen", "Shri", "Aum", "His Majesty The Druk Gyalpo", closing office block)
JKN, MOD, TOB, PEM, KWA = ("Jigme Khesar Namgyel Wangchuck", "Narendra Modi", "Tshering Tobgay", "Pema Choden",
                           "Vinay Mohan Kwatra")
rec("bt-2024-03-22-tobgay-modi-state-visit-thimphu", "2024-03-22", "Thimphu",
    [P(JKN, [], ("Druk Gyalpo", "Bhutan")),
     P(MOD, ["Shri Narendra Modi", "Prime Minister Modi"], ("Prime Minister", "Republic of India")),
     P(TOB, ["Lyonchhen Tshering Tobgay", "Lyonchhen"], ("Prime Minister", "Bhutan")),
     P(PEM, ["Aum Pema Choden"], ("Foreign Secretary", "Bhutan")),
     P(KWA, ["Shri Vinay Mohan Kwatra"], ("Foreign Secretary", "Republic of India"))],
    [E("Prime Minister's Office")],
    [E("Bhutan", "Royal Government of Bhutan"),
     E("Republic of India", "India", "Government of India")],
    [I("visit", [MOD, "Bhutan"], "2024-03-22"),
     I("meeting", [JKN, MOD], "2024-03-22", "Thimphu"),
     I("meeting", [TOB, MOD], "2024-03-22", "Thimphu"),
     I("signing", [PEM, KWA, TOB, MOD], "2024-03-22", "Thimphu"),
     I("visit", [TOB, "Republic of India"], "2024-03-14"),
     I("meeting", [TOB, MOD], "2024-03-15", "New Delhi")],
    [N("Gelephu Mindfulness City", JKN),
     N("13th Five Year Plan", "Bhutan"),
     N("Gelephu-Kokrajhar rail link", None),
     N("second rail link between Samtse and Banarhat", MOD),
     N("Gyaltsuen Jetsun Pema Mother and Child Hospital", None),
     N("visit of Jigme Khesar Namgyel Wangchuck to India", MOD),
     N("next meeting of the Bhutan-India Development Cooperation Talks", None)],
    [D("Agreement on the General Supply of Petroleum, Oil, Lubricants and Related Products from India to Bhutan"),
     D("Memorandum of Understanding on Cooperation in the Field of Energy Efficiency and Energy Conservation "
       "Measures")])

# 9 Presidency of the Republic of Cameroon (capitals issuer, motto, rubric, dateline on its own line, dash list of
#   ambassadors, surnames in capitals, closing Communication Unit line)
BIY, VAS, ONO, BEN, PAR, NGO, MBE, LUL, YOON, VER = (
    "Paul Biya", "Helena Marques Vasconcelos", "Takeshi Onodera", "Youssef Bennani Alaoui", "Park Seung-ho",
    "Ferdinand Ngoh Ngoh", "Lejeune Mbella Mbella", "Luiz Inácio Lula da Silva", "Yoon Suk Yeol",
    "Gilberto da Piedade Verissimo")
rec("cm-2024-02-15-biya-credentials-four-ambassadors", "2024-02-15", "Yaoundé",
    [P(BIY, ["President BIYA"], ("President of the Republic", "Cameroon")),
     P(VAS, ["Mrs. Helena Marques Vasconcelos"], ("Ambassador", "Federative Republic of Brazil")),
     P(ONO, ["Mr. Takeshi Onodera"], ("Ambassador", "Japan")),
     P(BEN, ["Mr. Youssef Bennani Alaoui"], ("Ambassador", "Kingdom of Morocco")),
     P(PAR, ["Mr. Park Seung-ho"], ("Ambassador", "Republic of Korea")),
     P(NGO, ["Mr. Ferdinand NGOH NGOH"], ("Minister of State", "Cameroon"),
       ("Secretary General of the Presidency of the Republic", "Cameroon")),
     P(MBE, ["Mr. Lejeune MBELLA MBELLA"], ("Minister of External Relations", "Cameroon")),
     P(LUL, ["President Luiz Inácio Lula da Silva"], ("President", "Federative Republic of Brazil")),
     P(YOON, ["President Yoon Suk Yeol"], ("President", "Republic of Korea")),
     P(M6, ["King Mohammed VI"], ("King", "Kingdom of Morocco")),
     P(VER, ["Mr. Gilberto da Piedade Verissimo"], ("President of the Commission", "ECCAS"))],
    [E("Presidency of the Republic of Cameroon"),
     E("Communication Unit of the Presidency of the Republic"),
     E("EMBRAPA"),
     E("ECCAS", "Economic Community of Central African States"),
     E("Morocco-Cameroon Joint Commission")],
    [E("Cameroon"),
     E("Federative Republic of Brazil", "Brazil", "Brazilian"),
     E("Japan", "Japanese"),
     E("Kingdom of Morocco", "Morocco", "Moroccan"),
     E("Republic of Korea", "Korea")],
    [I("meeting", [BIY, VAS, NGO, MBE], "2024-02-15", "Yaoundé"),
     I("meeting", [BIY, ONO, NGO, MBE], "2024-02-15", "Yaoundé"),
     I("meeting", [BIY, BEN, NGO, MBE], "2024-02-15", "Yaoundé"),
     I("meeting", [BIY, PAR, NGO, MBE], "2024-02-15", "Yaoundé"),
     I("correspondence", [LUL, BIY], "2024-02-15", "Yaoundé"),
     I("call", [LUL, BIY], "2023-11"),
     I("meeting", [BIY, VER, MBE], "2024-02-15", "Yaoundé")],
    [N("agreement on agricultural research", "Federative Republic of Brazil"),
     N("first Korea-Africa Summit", YOON),
     N("TICAD 9", None),
     N("rehabilitation of the Douala-Yaoundé road", None),
     N("next session of the Morocco-Cameroon Joint Commission", "Kingdom of Morocco"),
     N("next ordinary summit of the Community", None)],
    [])

# 10 UNCTAD (issuer line, Press release, document symbol, dateline "Accra, Ghana, 16 May 2024", "Ms.", quotes,
#    About boilerplate, contact block)
GRY, MEN, HAM, AKU, AMI, SYM = ("Rebeca Grynspan", "Wamkele Mene", "K. T. Hammond", "Nana Addo Dankwa Akufo-Addo",
                                "Mohammed Amin Adam", "Kerrie Symmonds")
UNC = "United Nations Conference on Trade and Development"
rec("unctad-2024-05-16-grynspan-afcfta-accra", "2024-05-16", "Accra",
    [P(GRY, ["Ms. Grynspan"], ("Secretary-General", UNC)),
     P(MEN, ["Mr. Mene"], ("Secretary-General", "AfCFTA Secretariat")),
     P(HAM, [], ("Minister of Trade and Industry", "Ghana")),
     P(AKU, ["President Nana Addo Dankwa Akufo-Addo", "President Akufo-Addo"], ("President", "Ghana")),
     P(AMI, [], ("Minister for Finance", "Ghana")),
     P(SYM, [], ("Minister for Foreign Affairs", "Barbados"))],
    [E(UNC, "UNCTAD"),
     E("AfCFTA Secretariat"),
     E("African Continental Free Trade Area", "AfCFTA"),
     E("Trade and Development Board"),
     E("Group of 77"),
     E("African Development Bank"),
     E("UNCTAD Communications and Information Unit")],
    [E("Ghana"), E("Barbados")],
    [I("signing", [GRY, MEN, HAM], "2024-05-16", "Accra"),
     I("visit", [GRY, "Ghana"], "2024-05-14", "Accra"),
     I("meeting", [AKU, GRY], "2024-05-15", "Accra"),
     I("meeting", [GRY, AMI], "2024-05-15", "Accra"),
     I("meeting", [GRY, MEN], "2023-10", "Geneva"),
     I("multilateral", [MEN], "2023-10", "Geneva", name="Trade and Development Board"),
     I("call", [GRY, SYM], "2024-05-13"),
     I("multilateral", [], "2021-10", name="UNCTAD 15")],
    [N("ASYCUDA", UNC),
     N("national strategy for the processing of its critical minerals", AKU),
     N("Common Framework of the Group of Twenty", None),
     N("ministerial meeting of the Group of 77 on the Bridgetown Covenant", None),
     N("UNCTAD 16", GRY, "sixteenth session of the Conference"),
     N("annual meetings of the African Development Bank", None)],
    [D("Memorandum of Understanding on Trade Facilitation and the Digital Economy in Support of the Implementation "
       "of the Agreement Establishing the African Continental Free Trade Area"),
     D("Agreement Establishing the African Continental Free Trade Area"),
     D("Bridgetown Covenant")])

# 11 Presidency of Uruguay (translated from Spanish: issuer line, rubric with weekday and dd/mm/yyyy stamp,
#    no dateline, "this Monday", "his Chilean counterpart", Communication Secretariat trailer)
ORS, BOR, LUB, CAR, ASA, VKL, COS = ("Yamandú Orsi", "Gabriel Boric", "Mario Lubetkin", "Fernanda Cardona",
                                     "Alejandro Sánchez", "Alberto van Klaveren", "Carolina Cosse")
rec("uy-2025-06-09-orsi-boric-montevideo", "2025-06-09", None,
    [P(ORS, ["Orsi"], ("President of the Republic", "Oriental Republic of Uruguay")),
     P(BOR, ["Boric"]),
     P(LUB, ["Lubetkin"], ("Minister of Foreign Affairs", "Oriental Republic of Uruguay")),
     P(CAR, [], ("Minister of Industry, Energy and Mining", "Oriental Republic of Uruguay")),
     P(ASA, [], ("Secretary of the Presidency", "Oriental Republic of Uruguay")),
     P(VKL, ["Van Klaveren"], ("Foreign Minister", "Republic of Chile")),
     P(COS, ["Vice President Carolina Cosse"], ("Vice President", "Oriental Republic of Uruguay"))],
    [E("Presidency of the Oriental Republic of Uruguay"),
     E("Communication Secretariat of the Presidency of the Republic"),
     E("Mercosur")],
    [E("Oriental Republic of Uruguay", "Uruguay", "Uruguayan"),
     E("Republic of Chile", "Chile", "Chilean"),
     E("Venezuela"), E("Brazil", "Brazilian"), E("Paraguay"), E("Argentina")],
    [I("visit", [BOR, "Oriental Republic of Uruguay"], "2025-06-08"),
     I("meeting", [ORS, BOR, LUB, CAR, ASA, VKL], "2025-06-09", "Montevideo"),
     I("signing", [LUB, VKL, ORS, BOR], "2025-06-09", "Montevideo"),
     I("visit", [BOR, "Oriental Republic of Uruguay"], "2025-03-01", "Montevideo"),
     I("meeting", [BOR, COS], "2025-06-08")],
    [N("Uruguay's application to join the Comprehensive and Progressive Agreement for Trans-Pacific Partnership", "Oriental Republic of Uruguay"),
     N("binational working group on the Pacific port corridor", BOR),
     N("Bioceanic Road Corridor", None),
     N("Mercosur summit", None),
     N("visit of Yamandú Orsi to Chile", BOR)],
    [D("Memorandum of Understanding on Cooperation in Green Hydrogen and Renewable Energies between the Oriental "
       "Republic of Uruguay and the Republic of Chile"),
     D("Agreement on Mutual Consular Assistance"),
     D("Comprehensive and Progressive Agreement for Trans-Pacific Partnership", "CPTPP")])

# 12 Senate of the Oliy Majlis of Uzbekistan (capitals issuer, Press Service, breadcrumb, stamp "27.08.2024 | 16:20",
#    no dateline, initial-dot second mentions "T. Narbaeva", closing Press Service line)
NAR, MAT, SAF, PUT = "Tanzila Narbaeva", "Valentina Matviyenko", "Sodiq Safoev", "Vladimir Putin"
SEN = "Senate of the Oliy Majlis of the Republic of Uzbekistan"
rec("uz-2024-08-27-narbaeva-matviyenko-video-conference", "2024-08-27", None,
    [P(NAR, ["T. Narbaeva"], ("Chairwoman of the Senate of the Oliy Majlis", "Republic of Uzbekistan")),
     P(MAT, ["V. Matviyenko"], ("Chairwoman of the Federation Council of the Federal Assembly", "Russian Federation")),
     P(SAF, [], ("First Deputy Chairman of the Senate", "Republic of Uzbekistan")),
     P(PUT, [], ("President", "Russian Federation"))],
    [E(SEN),
     E("Press Service of the Senate of the Oliy Majlis of the Republic of Uzbekistan"),
     E("Inter-Parliamentary Commission on Cooperation between the Senate of the Oliy Majlis of the Republic of "
       "Uzbekistan and the Federation Council of the Federal Assembly of the Russian Federation"),
     E("Inter-Parliamentary Assembly of the CIS member states")],
    [E("Republic of Uzbekistan", "Uzbekistan", "Uzbek"),
     E("Russian Federation", "Russia", "Russian")],
    [I("call", [NAR, MAT, SAF], "2024-08-27"),
     I("visit", [PUT, "Republic of Uzbekistan"], "2024-05-26", "Tashkent"),
     I("meeting", [PUT, "Republic of Uzbekistan"], "2024-05", "Tashkent"),
     I("signing", [PUT, "Republic of Uzbekistan"], "2024-05", "Tashkent"),
     I("multilateral", [], "2023-10", "Tashkent",
       name="Fourth Forum of Interregional Cooperation of Uzbekistan and Russia"),
     I("meeting", [NAR, MAT], "2024-06", "Saint Petersburg"),
     I("multilateral", [NAR, MAT], "2024-06", "Saint Petersburg",
       name='Tenth International Forum "Development of Parliamentarism"')],
    [N("fifth Forum in Kazan", NAR),
     N("Fourth Eurasian Women's Forum", MAT),
     N("Dialogue of Women Leaders of Central Asia", NAR),
     N("next meeting of the Inter-Parliamentary Commission on Cooperation between the Senate of the Oliy Majlis of "
       "the Republic of Uzbekistan and the Federation Council of the Federal Assembly of the Russian Federation", None),
     N("plenary session of the Inter-Parliamentary Assembly of the CIS member states", MAT)],
    [D("Joint Statement on the Further Deepening of the Comprehensive Strategic Partnership and Alliance Relations")])

check_and_write(GOLD, score)
