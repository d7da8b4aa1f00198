#!/usr/bin/env python3
"""Writes gold/<stem>.json for blind46 from the compact records below, then checks them.

Checks: those of ``gold_records.check_and_write`` (every check must pass before anything is written):
participants, proposers and roles' bodies resolve with the scorer's own Resolver; every person form,
organisation/state name, document, place, multilateral and non-constructed initiative is in the text;
no form is shared by two entities; ISO dates; 150-700 words; a year in the text or a meta.json date
(every release here has a meta.json, whose date must equal the record's date).

The shared constructors live in /work/main/tests/gold_records.py (imported, never modified).

Run from /work/blind46:  python3 tools/make_gold.py
"""
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent  # /work/blind46
sys.path.insert(0, "/work/main/tests")  # the shared constructors
from gold_records import D, E, GoldWriter, I, N, P, check_and_write  # noqa: E402

GOLD = GoldWriter(ROOT)
rec = GOLD.rec

# 1 National People's Congress of China (npc.gov.cn English, Xinhua-style copy): lower-case headline, issuer line,
#   "Updated:" ISO stamp, capitals dateline "BEIJING, Sept. 12 --" without a year, "on Thursday", talks with an
#   attendee ("was present"), a past state visit "in May" with a joint announcement, three initiatives "proposed by
#   President Xi", the guest's two proposals and an invitation, a signing by the two heads of legislature, an
#   earlier meeting the same day, a visit "from Sept. 10 to 15" across three places, a meeting on arrival "on Tuesday"
ZHA, BRN, XI, VUC, LHZ, HZ, CJN = ("Zhao Leji", "Ana Brnabić", "Xi Jinping", "Aleksandar Vučić", "Li Hongzhong",
                                   "Han Zheng", "Chen Jining")
CN, RS, NPC = "People's Republic of China", "Serbia", "National People's Congress"
rec("cn-2024-09-12-zhao-leji-brnabic-npc-talks-beijing", "2024-09-12", "Beijing",
    [P(ZHA, ["Zhao"], ("Chairman of the NPC Standing Committee", NPC)),
     P(BRN, ["Brnabić"], ("Speaker of the National Assembly", RS)),
     P(XI, ["President Xi Jinping", "President Xi", "Xi"], ("President", CN)),
     P(VUC, ["Serbian President Aleksandar Vučić"], ("President", RS)),
     P(LHZ, [], ("Vice Chairman of the NPC Standing Committee", NPC)),
     P(HZ, ["Chinese Vice President Han Zheng"], ("Vice President", CN)),
     P(CJN, [], ("Secretary of the CPC Shanghai Municipal Committee", CN))],
    [E(NPC, "NPC", "National People's Congress of the People's Republic of China"),
     E("National Assembly of Serbia", "National Assembly of the Republic of Serbia")],
    [E(CN, "China", "Chinese"),
     E(RS, "Serbian", "Republic of Serbia")],
    [I("meeting", [ZHA, BRN, LHZ], "2024-09-12", "Beijing"),
     I("signing", [ZHA, BRN], "2024-09-12", "Beijing"),
     I("visit", [XI, RS], "2024-05"),
     I("meeting", [XI, VUC], "2024-05"),
     I("meeting", [HZ, BRN], "2024-09-12", "Beijing"),
     I("visit", [BRN, CN], "2024-09-10"),
     I("meeting", [BRN, CJN], "2024-09-10", "Shanghai")],
    [N("China-Serbia community with a shared future in the new era", None),
     N("Belt and Road Initiative", None),
     N("Belgrade-Budapest railway", None),
     N("Global Development Initiative", XI),
     N("Global Security Initiative", XI),
     N("Global Civilization Initiative", XI),
     N("regular exchange mechanism between the friendship groups of the two legislatures", BRN),
     N("joint training programmes for parliamentary staff", BRN),
     N("visit of Zhao Leji to Serbia", BRN)],
    [D("China-Serbia Free Trade Agreement"),
     D("Memorandum of Understanding on Cooperation between the National People's Congress of the People's Republic "
       "of China and the National Assembly of the Republic of Serbia")])

# 2 Ministry of Foreign Affairs and Worship of Costa Rica (translated from Spanish): ministry, state and office lines,
#   dateline "San José, 8 June 2024." run into the first sentence, "on Friday", three separate sideline meetings with
#   unnamed "Portuguese, Ecuadorian and Palauan counterparts" in one sentence, a host event "on 7 and 8 June", an
#   initiative a state "launched in 2004 together with" three others, an undated working meeting, a co-hosted future
#   conference, the opening "yesterday" by the President
AND, THO, CHA = "Arnoldo André Tinoco", "Peter Thomson", "Rodrigo Chaves Robles"
CR = "Costa Rica"
rec("cr-2024-06-08-andre-tinoco-immersed-in-change-bilaterals", "2024-06-08", "San José",
    [P(AND, ["Minister André"], ("Minister of Foreign Affairs and Worship", CR)),
     P(THO, [], ("Special Envoy of the United Nations Secretary-General for the Ocean", "United Nations")),
     P(CHA, [], ("President of the Republic", CR))],
    [E("Ministry of Foreign Affairs and Worship"),
     E("Press Office")],
    [E(CR, "Republic of Costa Rica"),
     E("Portugal", "Portuguese"),
     E("Ecuador", "Ecuadorian"),
     E("Palau", "Palauan"),
     E("Panama"),
     E("Colombia"),
     E("France")],
    [I("multilateral", [AND, CHA], "2024-06-07", "San José", name="High-Level Event on Ocean Action"),
     I("meeting", [AND, "Portugal"], "2024-06-07", "San José"),
     I("meeting", [AND, "Ecuador"], "2024-06-07", "San José"),
     I("meeting", [AND, "Palau"], "2024-06-07", "San José"),
     I("meeting", [AND, THO], None, "San José")],
    [N("Eastern Tropical Pacific Marine Corridor", CR),
     N("third United Nations Ocean Conference", None)],
    [D("Agreement on Marine Biological Diversity of Areas beyond National Jurisdiction", "BBNJ")])

# 3 Presidency of the Dominican Republic (translated from Spanish): issuer line, rubric with date, dateline
#   "Santo Domingo.-" with no date, "this Tuesday", credentials of four ambassadors (each a meeting) with two
#   ministers attending all, greetings conveyed (no correspondence), a letter handed over carrying its sender's
#   proposal, an ambassador's announcement, a past sideline meeting "in Brussels in July last year", a call
#   "Earlier in the day" about a "Kenya-led" mission, own proposal, "his Kenyan counterpart", an invitation
ABI, ALV, SAN, MAT, KIS, BEL, M6, KER, VAL, BOR, RUT = (
    "Luis Abinader", "Roberto Álvarez", "Joel Santos Echavarría", "Kenji Matsumura", "Fumio Kishida",
    "Mohamed Amine Belhaj", "Mohammed VI", "Siobhán Kerrigan", "Carolina Valdés Ortúzar", "Gabriel Boric",
    "William Ruto")
DO = "Dominican Republic"
rec("do-2024-07-09-abinader-credentials-four-ambassadors-ruto-call", "2024-07-09", "Santo Domingo",
    [P(ABI, ["President Luis Abinader", "President Abinader", "Abinader"], ("President", DO)),
     P(ALV, [], ("Minister of Foreign Affairs", DO)),
     P(SAN, [], ("Minister of the Presidency", DO)),
     P(MAT, ["Ambassador Kenji Matsumura"], ("Ambassador", "Japan")),
     P(KIS, ["Prime Minister Fumio Kishida"], ("Prime Minister", "Japan")),
     P(BEL, ["Ambassador Mohamed Amine Belhaj"], ("Ambassador", "Morocco")),
     P(M6, ["King Mohammed VI"], ("King", "Morocco")),
     P(KER, ["Ambassador Siobhán Kerrigan"], ("Ambassador", "Ireland")),
     P(VAL, ["Ambassador Carolina Valdés Ortúzar"], ("Ambassador", "Chile")),
     P(BOR, ["President Gabriel Boric"], ("President", "Chile")),
     P(RUT, ["President Ruto"], ("President", "Kenya"))],
    [E("Presidency of the Dominican Republic"),
     E("Dominican-Moroccan Joint Cooperation Commission"),
     E("EU", "European Union"),
     E("CELAC", "Community of Latin American and Caribbean States")],
    [E(DO, "Dominican"),
     E("Japan", "Japanese"),
     E("Morocco", "Kingdom of Morocco", "Moroccan"),
     E("Ireland", "Irish"),
     E("Chile", "Republic of Chile"),
     E("Kenya", "Kenyan"),
     E("Haiti")],
    [I("meeting", [ABI, MAT, ALV, SAN], "2024-07-09", "Santo Domingo"),
     I("meeting", [ABI, BEL, ALV, SAN], "2024-07-09", "Santo Domingo"),
     I("correspondence", [M6, ABI], "2024-07-09", "Santo Domingo"),
     I("meeting", [ABI, KER, ALV, SAN], "2024-07-09", "Santo Domingo"),
     I("meeting", [ABI, VAL, ALV, SAN], "2024-07-09", "Santo Domingo"),
     I("meeting", [ABI, BOR], "2023-07", "Brussels"),
     I("multilateral", [ABI, BOR], "2023-07", "Brussels", name="EU–CELAC Summit"),
     I("call", [ABI, RUT], "2024-07-09")],
    [N("first meeting of the Dominican-Moroccan Joint Cooperation Commission", M6),
     N("honorary consulate in Santo Domingo", KER),
     N("Multinational Security Support Mission in Haiti", "Kenya"),
     N("permanent coordination channel between the Dominican authorities and the mission command", ABI),
     N("visit of Luis Abinader to Kenya", RUT)],
    [])

# 4 Prime Minister's Office, Hellenic Republic (primeminister.gr English): issuer line, rubric with dotted stamp, no
#   dateline, "yesterday afternoon in New York" sideline meeting with a minister on each side, a past visit and
#   signing "on 7 December 2023", the host state's own programme, own proposal, an invitation to a council session in
#   the inviter's capital, "Today" meeting, "separate meetings" with two further leaders in one sentence
MIT, ERD, GER, FID, MIK, CHR, VDL = ("Kyriakos Mitsotakis", "Recep Tayyip Erdoğan", "George Gerapetritis",
                                     "Hakan Fidan", "Najib Mikati", "Nikos Christodoulides", "Ursula von der Leyen")
GR, TR = "Greece", "Türkiye"
rec("gr-2024-09-25-mitsotakis-erdogan-mikati-unga79-new-york", "2024-09-25", None,
    [P(MIT, ["Prime Minister Kyriakos Mitsotakis", "Mr. Mitsotakis"], ("Prime Minister", GR)),
     P(ERD, ["President Erdoğan"], ("President", TR)),
     P(GER, [], ("Minister of Foreign Affairs", GR)),
     P(FID, [], ("Minister of Foreign Affairs", TR)),
     P(MIK, [], ("Prime Minister", "Lebanon")),
     P(CHR, [], ("President", "Republic of Cyprus")),
     P(VDL, [], ("President of the European Commission", None))],
    [E("Prime Minister's Office"),
     E("United Nations General Assembly"),
     E("International Court of Justice"),
     E("UN Security Council"),
     E("High-Level Cooperation Council")],
    [E(GR, "Hellenic Republic", "Greek"),
     E(TR, "Turkish"),
     E("Lebanon"),
     E("Israel"),
     E("Republic of Cyprus", "Cyprus")],
    [I("meeting", [MIT, ERD, GER, FID], "2024-09-24", "New York"),
     I("multilateral", [MIT], None, "New York", name="79th Session of the United Nations General Assembly"),
     I("visit", [ERD, GR], "2023-12-07", "Athens"),
     I("signing", [MIT, ERD], "2023-12-07", "Athens"),
     I("meeting", [MIT, MIK], "2024-09-25", "New York"),
     I("meeting", [MIT, CHR], "2024-09-25", "New York"),
     I("meeting", [MIT, VDL], "2024-09-25", "New York")],
    [N("visa-express programme for Turkish visitors to ten Aegean islands", GR),
     N("joint referral of the delimitation to the International Court of Justice", MIT),
     N("next session of the High-Level Cooperation Council", ERD)],
    [D("Athens Declaration on Friendly Relations and Good-Neighbourliness")])

# 5 Islamic Development Bank: issuer line, "Press Release", dateline "Algiers, Algeria, 21 May 2025 –", "H.E. Dr.",
#   "Eng.", an audience "yesterday" with an attendee on the eve of annual meetings that "opened this morning", two
#   proposals (one by each side), two named agreements with different signatories, "separate agreements with the
#   Governors for" three unnamed states, an affiliate's signing with a company, a past meeting "in April 2024",
#   planned board meeting and next meetings, "About" boilerplate
AJ, TEB, LAR, DIB, KUC, AAM = ("Muhammad Al Jasser", "Abdelmadjid Tebboune", "Nadir Larbaoui", "Cheikh Diba",
                               "Jamshid Kuchkarov", "Adeeb Yousuf Al Aama")
DZ, GRP = "People's Democratic Republic of Algeria", "IsDB Group"
rec("isdb-2025-05-21-al-jasser-tebboune-annual-meetings-algiers", "2025-05-21", "Algiers",
    [P(AJ, ["H.E. Dr. Muhammad Al Jasser", "Dr. Al Jasser"], ("Chairman", GRP)),
     P(TEB, ["H.E. Abdelmadjid Tebboune", "President Tebboune"], ("President", DZ)),
     P(LAR, ["H.E. Mr. Nadir Larbaoui"], ("Prime Minister", DZ)),
     P(DIB, ["Mr. Cheikh Diba"], ("Minister of Finance and Budget", "Senegal")),
     P(KUC, ["Mr. Jamshid Kuchkarov"], ("Deputy Prime Minister", "Uzbekistan"),
       ("Minister of Economy and Finance", "Uzbekistan")),
     P(AAM, ["Eng. Adeeb Yousuf Al Aama"], ("Chief Executive Officer", "ITFC"))],
    [E("Islamic Development Bank", "IsDB"),
     E(GRP, "Islamic Development Bank Group"),
     E("ITFC", "International Islamic Trade Finance Corporation"),
     E("Sonatrach"),
     E("Board of Governors")],
    [E(DZ, "Algeria", "Algerian"),
     E("Senegal"),
     E("Uzbekistan"),
     E("Egypt"),
     E("Mauritania"),
     E("Türkiye"),
     E("Kingdom of Saudi Arabia", "Saudi Arabia")],
    [I("meeting", [AJ, TEB, LAR], "2025-05-20", "Algiers"),
     I("multilateral", [AJ], "2025-05-21", "Algiers", name="2025 Annual Meetings of the IsDB Group"),
     I("signing", [AJ, DIB], "2025-05-21", "Algiers"),
     I("signing", [AJ, KUC], "2025-05-21", "Algiers"),
     I("signing", [AJ, "Egypt"], "2025-05-21", "Algiers"),
     I("signing", [AJ, "Mauritania"], "2025-05-21", "Algiers"),
     I("signing", [AJ, "Türkiye"], "2025-05-21", "Algiers"),
     I("signing", [AAM, "Sonatrach"], None, "Algiers"),
     I("multilateral", [], "2024-04", "Riyadh", name="Annual Meetings")],
    [N("new Member Country Partnership Strategy for Algeria", AJ),
     N("Trans-Saharan Highway", None),
     N("regional hub in Algiers", TEB),
     N("meeting of the Board of Governors", None),
     N("2026 Annual Meetings", None)],
    [D("Istisna'a Agreement for the Second Phase of the Dakar Regional Express Train"),
     D("Financing Agreement for the Karakalpakstan Water Supply and Sanitation Project")])

# 6 Prime Minister's Office, Republic of Korea (Prime Minister's News): issuer line, rubric with "Oct 17, 2024",
#   no dateline, Korean day-of-month dates "on the afternoon of the 17th" / "on the 16th", a courtesy call with an
#   attending minister, a past presidential visit "in September" with a government-to-government MoU, the guest's
#   proposal, an invitation conveyed from a third person, a call with an unnamed "Polish counterpart", own proposal
HAN, SIK, YOO, FIA, AHN = "Han Duck-soo", "Jozef Síkela", "Yoon Suk Yeol", "Petr Fiala", "Ahn Duk-geun"
KR, CZ = "Republic of Korea", "Czech Republic"
rec("kr-2024-10-17-han-duck-soo-sikela-dukovany-courtesy-call", "2024-10-17", None,
    [P(HAN, ["Prime Minister Han Duck-soo", "Prime Minister Han"], ("Prime Minister", KR)),
     P(SIK, ["Minister Síkela"], ("Minister of Industry and Trade", CZ)),
     P(YOO, ["President Yoon Suk Yeol"], ("President", KR)),
     P(FIA, ["Prime Minister Petr Fiala"], ("Prime Minister", CZ)),
     P(AHN, [], ("Minister of Trade, Industry and Energy", KR))],
    [E("Prime Minister's Office"),
     E("Korea Hydro & Nuclear Power", "KHNP")],
    [E(KR, "Korea"),
     E(CZ, "Czech"),
     E("Poland", "Polish"),
     E("Ukraine")],
    [I("meeting", [HAN, SIK, AHN], "2024-10-17", "Seoul"),
     I("visit", [SIK, KR], None, "Seoul"),
     I("visit", [YOO, CZ], "2024-09"),
     I("signing", [KR, CZ], "2024-09"),
     I("call", [HAN, "Poland"], "2024-10-16")],
    [N("new nuclear power plant project at Dukovany", None),
     N("joint working group on the participation of Czech companies in the supply chain of the project", SIK),
     N("visit of Han Duck-soo to the Czech Republic", FIA),
     N("Korea-Poland strategic dialogue", HAN)],
    [D("Memorandum of Understanding on Comprehensive Cooperation in the Nuclear Power Plant Value Chain")])

# 7 Seimas of the Republic of Lithuania: issuer line, rubric "Press releases | 2025-03-18", no dateline, "On
#   Tuesday", a two-country parliamentary assembly opened by three heads (a meeting) "on 18–19 March", an adopted
#   statement, a quote, a bilateral before the session, own proposal, invitation to the next session in the
#   inviter's capital, an afternoon reception by the President, a video call "On Monday evening" with the other
#   side's proposal, closing department and office lines
SKV, HOL, KID, NAU, STE = ("Saulius Skvernelis", "Szymon Hołownia", "Małgorzata Kidawa-Błońska", "Gitanas Nausėda",
                           "Ruslan Stefanchuk")
LT, PL = "Lithuania", "Poland"
rec("lt-2025-03-18-skvernelis-holownia-kidawa-blonska-assembly-vilnius", "2025-03-18", None,
    [P(SKV, ["Speaker Skvernelis", "Skvernelis"], ("Speaker of the Seimas", "Seimas")),
     P(HOL, ["Marshal Hołownia"], ("Marshal of the Sejm", PL)),
     P(KID, [], ("Marshal of the Senate", PL)),
     P(NAU, [], ("President", LT)),
     P(STE, ["Stefanchuk"], ("Chairman of the Verkhovna Rada", "Ukraine"))],
    [E("Seimas", "Seimas of the Republic of Lithuania"),
     E("Parliamentary Assembly of the Members of the Seimas of the Republic of Lithuania and of the Sejm and the "
       "Senate of the Republic of Poland", "Lithuanian-Polish Parliamentary Assembly", "Assembly"),
     E("NATO"),
     E("Information and Communication Department"),
     E("Office of the Seimas")],
    [E(LT, "Republic of Lithuania", "Lithuanian"),
     E(PL, "Republic of Poland", "Polish"),
     E("Belarus"),
     E("Germany", "German"),
     E("Ukraine")],
    [I("meeting", [SKV, HOL, KID], "2025-03-18", "Vilnius"),
     I("meeting", [SKV, HOL], "2025-03-18", "Vilnius"),
     I("meeting", [NAU, HOL, KID], "2025-03-18", "Vilnius"),
     I("call", [SKV, STE], "2025-03-17")],
    [N("deployment of the German brigade in Lithuania", None),
     N("Rail Baltica", None),
     N("joint parliamentary working group to monitor the implementation of the project", SKV),
     N("next session of the Assembly", HOL),
     N("meeting of the speakers of the parliaments of the Lublin Triangle", STE)],
    [D("Joint Statement on Security in the Baltic Sea Region")])

# 8 Prime Minister's Office of Malaysia: capitals title, bilingual issuer and "KENYATAAN MEDIA / MEDIA STATEMENT",
#   no dateline, Malay honorifics (Datuk Seri, Datuk Seri Utama, Tengku, Haji), "this morning" talks before a summit,
#   a past state visit "in April", a witnessed MoU signed by a minister and an ambassador, courtesy call and two
#   "separate meetings" in one sentence on the sidelines of a second summit, two ministers accompanying "today's
#   meetings", own proposal, invitation, "Yesterday" summit with an adopted declaration, an evening meeting and a call
#   with an unnamed "Pakistani counterpart", closing capitals block "PRIME MINISTER'S OFFICE / PUTRAJAYA / 27 MAY 2025"
ANW, LIQ, XI2, GOB, OUY, SAB, TAM, ALB, MOH, ZAF, XAN = (
    "Anwar Ibrahim", "Li Qiang", "Xi Jinping", "Gobind Singh Deo", "Ouyang Yujing",
    "Sabah Al-Khalid Al-Hamad Al-Mubarak Al-Sabah", "Tamim bin Hamad Al Thani", "Jasem Mohamed Albudaiwi",
    "Mohamad Haji Hasan", "Zafrul Tengku Abdul Aziz", "Kay Rala Xanana Gusmão")
MY, CN2, TL = "Malaysia", "People's Republic of China", "Timor-Leste"
KL = "Kuala Lumpur"
rec("my-2025-05-27-anwar-li-qiang-asean-gcc-china-summit-kuala-lumpur", "2025-05-27", "Putrajaya",
    [P(ANW, ["Datuk Seri Anwar Ibrahim", "Datuk Seri Anwar"], ("Prime Minister", MY)),
     P(LIQ, ["H.E. Li Qiang"], ("Premier of the State Council", CN2)),
     P(XI2, ["President Xi Jinping"], ("President", CN2)),
     P(GOB, [], ("Minister of Digital", MY)),
     P(OUY, ["H.E. Ouyang Yujing"], ("Ambassador to Malaysia", CN2)),
     P(SAB, ["His Highness Sheikh Sabah Al-Khalid Al-Hamad Al-Mubarak Al-Sabah"], ("Crown Prince", "State of Kuwait")),
     P(TAM, ["His Highness Sheikh Tamim bin Hamad Al Thani"], ("Amir", "State of Qatar")),
     P(ALB, ["H.E. Jasem Mohamed Albudaiwi"], ("Secretary-General", "Gulf Cooperation Council")),
     P(MOH, ["Datuk Seri Utama Haji Mohamad Haji Hasan"], ("Minister of Foreign Affairs", MY)),
     P(ZAF, ["Tengku Datuk Seri Utama Zafrul Tengku Abdul Aziz"], ("Minister of Investment, Trade and Industry", MY)),
     P(XAN, [], ("Prime Minister", "Democratic Republic of Timor-Leste"))],
    [E("Prime Minister's Office of Malaysia", "Pejabat Perdana Menteri Malaysia", "Prime Minister's Office"),
     E("ASEAN"),
     E("Gulf Cooperation Council", "GCC")],
    [E(MY, "Malaysian"),
     E(CN2, "China"),
     E("Democratic Republic of Timor-Leste", TL, "Timorese"),
     E("State of Kuwait", "Kuwait", "Kuwaiti"),
     E("State of Qatar", "Qatar"),
     E("Pakistan", "Pakistani"),
     E("India")],
    [I("meeting", [ANW, LIQ, MOH, ZAF], "2025-05-27", KL),
     I("signing", [GOB, OUY, ANW, LIQ], "2025-05-27", KL),
     I("multilateral", [ANW, LIQ], "2025-05-27", KL, name="ASEAN-GCC-China Summit"),
     I("visit", [XI2, MY], "2025-04"),
     I("multilateral", [ANW], "2025-05-27", KL, name="2nd ASEAN-GCC Summit"),
     I("meeting", [ANW, SAB, MOH, ZAF], "2025-05-27", KL),
     I("meeting", [ANW, TAM, MOH, ZAF], "2025-05-27", KL),
     I("meeting", [ANW, ALB, MOH, ZAF], "2025-05-27", KL),
     I("multilateral", [ANW], "2025-05-26", name="46th ASEAN Summit"),
     I("meeting", [ANW, XAN], "2025-05-26"),
     I("call", [ANW, "Pakistan"], "2025-05-26")],
    [N("high-level strategic China-Malaysia community with a shared future", None),
     N("Timor-Leste's admission as the eleventh member of ASEAN", TL),
     N("47th ASEAN Summit", None),
     N("ASEAN-GCC free trade agreement", ANW),
     N("Doha Forum", TAM),
     N("Malaysian Technical Cooperation Programme", MY, "MTCP")],
    [D("ASEAN-China Free Trade Area 3.0 Upgrade Protocol"),
     D("Memorandum of Understanding on Cooperation in the Digital Economy and Artificial Intelligence between the "
       "Ministry of Digital of Malaysia and the National Data Administration of the People's Republic of China"),
     D("ASEAN-GCC Framework of Cooperation 2024–2028"),
     D("Kuala Lumpur Declaration on ASEAN 2045: Our Shared Future")])

# 9 Nordic Council (norden.org news): issuer line, rubric "News | 29.10.2024", no dateline, a session opened "on
#   Monday" with a foreign head of state's address, his travel to the host country, a meeting with five prime
#   ministers given as a dash list in the same order as their states, his own plan presented to his parliament, a
#   state's "model", talks "On Tuesday morning" with an unnamed office holder of an organisation, own proposal, a
#   party group's proposal, a ceremony, boilerplate
ZEL, BRY, FRE, ORP, BJA, STO, KRI, ELL, HAF = (
    "Volodymyr Zelensky", "Bryndís Haraldsdóttir", "Mette Frederiksen", "Petteri Orpo", "Bjarni Benediktsson",
    "Jonas Gahr Støre", "Ulf Kristersson", "Karen Ellemann", "Kristina Háfoss")
NC = "Nordic Council"
rec("nordic-2024-10-29-haraldsdottir-zelensky-76th-session-reykjavik", "2024-10-29", None,
    [P(ZEL, ["President Zelensky", "Zelensky"], ("President", "Ukraine")),
     P(BRY, [], ("President", NC)),
     P(FRE, [], ("Prime Minister", "Denmark")),
     P(ORP, [], ("Prime Minister", "Finland")),
     P(BJA, [], ("Prime Minister", "Iceland")),
     P(STO, [], ("Prime Minister", "Norway")),
     P(KRI, [], ("Prime Minister", "Sweden")),
     P(ELL, [], ("Secretary General", "Nordic Council of Ministers")),
     P(HAF, [], ("Secretary General", NC))],
    [E(NC),
     E("Nordic Council of Ministers"),
     E("Verkhovna Rada"),
     E("Baltic Assembly"),
     E("Centre Group")],
    [E("Ukraine", "Ukrainian"),
     E("Iceland"),
     E("Denmark", "Danish"),
     E("Finland"),
     E("Norway"),
     E("Sweden"),
     E("Russia")],
    [I("multilateral", [ZEL, BRY], "2024-10-28", "Reykjavík", name="76th Session of the Nordic Council"),
     I("visit", [ZEL, "Iceland"], "2024-10-28", "Reykjavík"),
     I("meeting", [ZEL, FRE, ORP, BJA, STO, KRI], "2024-10-28", "Reykjavík"),
     I("meeting", [BRY, "Baltic Assembly"], "2024-10-29", "Reykjavík")],
    [N("Victory Plan", ZEL),
     N("Danish model", "Denmark"),
     N("joint Nordic-Baltic parliamentary conference on civil preparedness", BRY),
     N("common Nordic strategy against disinformation", "Centre Group")],
    [])

# 10 Shura Council, State of Qatar: issuer line, "News", dateline "Geneva, October 14 –" without a year, "HE",
#    "HH", "Dr.", a sideline meeting "today" at an assembly "which opened in Geneva yesterday, Sunday", greetings
#    conveyed (no correspondence), an invitation, "separate meetings today with his counterparts from" three states,
#    an MoU signed "This afternoon" with a named speaker, a delegation's proposal, a meeting "yesterday"
AGH, ACK, TAM2, DEM, SUL, CHU = ("Hassan bin Abdullah Al Ghanim", "Tulia Ackson", "Tamim bin Hamad Al Thani",
                                 "Annita Demetriou", "Hamda bint Hassan Al Sulaiti", "Martin Chungong")
SC, IPU, QA = "Shura Council", "Inter-Parliamentary Union", "State of Qatar"
rec("qa-2024-10-14-al-ghanim-149th-ipu-assembly-geneva", "2024-10-14", "Geneva",
    [P(AGH, [], ("Speaker of the Shura Council", SC)),
     P(ACK, ["Dr. Tulia Ackson", "Dr. Ackson"], ("President", IPU)),
     P(TAM2, ["Sheikh Tamim bin Hamad Al Thani"], ("Amir", QA)),
     P(DEM, [], ("President of the House of Representatives", "Republic of Cyprus")),
     P(SUL, ["Dr. Hamda bint Hassan Al Sulaiti"], ("Deputy Speaker of the Shura Council", SC)),
     P(CHU, [], ("Secretary General", IPU))],
    [E(SC, "Shura Council of the State of Qatar"),
     E(IPU, "IPU")],
    [E(QA, "Qatar"),
     E("Republic of Cyprus", "Cyprus"),
     E("Lebanon"),
     E("Egypt"),
     E("United States"),
     E("Bahrain"),
     E("Malaysia"),
     E("Uruguay")],
    [I("multilateral", [AGH, ACK], "2024-10-13", "Geneva", name="149th IPU Assembly"),
     I("meeting", [AGH, ACK], "2024-10-14", "Geneva"),
     I("meeting", [AGH, "Bahrain"], "2024-10-14", "Geneva"),
     I("meeting", [AGH, "Malaysia"], "2024-10-14", "Geneva"),
     I("meeting", [AGH, "Uruguay"], "2024-10-14", "Geneva"),
     I("signing", [AGH, DEM], "2024-10-14", "Geneva"),
     I("meeting", [AGH, CHU], "2024-10-13", "Geneva")],
    [N("visit of Tulia Ackson to Qatar", AGH),
     N("emergency item on the humanitarian situation in Gaza", SC)],
    [D("Memorandum of Understanding on Parliamentary Cooperation between the Shura Council of the State of Qatar and "
       "the House of Representatives of the Republic of Cyprus")])

# 11 Ministry of Foreign Affairs, Migration and Tunisians Abroad (translated from French): state and ministry
#    lines, "Press release", dateline "Tunis, 19 February 2025 –", "Mr."/"Mrs.", a working visit "from 18 to 20
#    February 2025", "on Wednesday" reception at the ministry, an EU–Tunisia MoU "signed in Tunis on 16 July 2023"
#    naming no signatories, own call for a conference, a Commission initiative, an invitation, an audience
#    "yesterday" at a palace, a call "On Wednesday evening" with an unnamed "Libyan counterpart"
NAF, SUI, SAI = "Mohamed Ali Nafti", "Dubravka Šuica", "Kaïs Saïed"
TN = "Tunisia"
rec("tn-2025-02-19-nafti-suica-tunis", "2025-02-19", "Tunis",
    [P(NAF, ["Mr. Mohamed Ali Nafti", "Mr. Nafti"], ("Minister of Foreign Affairs, Migration and Tunisians Abroad", TN)),
     P(SUI, ["Mrs. Dubravka Šuica", "Mrs. Šuica"], ("Commissioner for the Mediterranean", "European Commission")),
     P(SAI, ["Mr. Kaïs Saïed"], ("President of the Republic", TN))],
    [E("Ministry of Foreign Affairs, Migration and Tunisians Abroad"),
     E("European Union", "EU"),
     E("European Commission")],
    [E(TN, "Republic of Tunisia"),
     E("Libya", "Libyan")],
    [I("visit", [SUI, TN], "2025-02-18"),
     I("meeting", [NAF, SUI], "2025-02-19", "Tunis"),
     I("signing", ["European Union", TN], "2023-07-16", "Tunis"),
     I("meeting", [SAI, SUI], "2025-02-18"),
     I("call", [NAF, "Libya"], "2025-02-19")],
    [N("regional conference on migration", NAF),
     N("New Pact for the Mediterranean", "European Commission"),
     N("Euro-Mediterranean ministerial meeting", SUI)],
    [D("Memorandum of Understanding on a Strategic and Comprehensive Partnership between the European Union and "
       "Tunisia")])

# 12 National Assembly of Viet Nam (English news): issuer line, rubric "News | 04/12/2024 | 18:05", capitals
#    dateline "HÀ NỘI —" with no date, Vietnamese diacritics, "NA", an official visit "from December 3 to 6", talks
#    after a welcome ceremony, a past sideline meeting at an assembly "in Vientiane in October", own proposal and the
#    guest's proposal with an invitation, a witnessed signing between two offices (no signatories named), a meeting
#    "Earlier the same day", two scheduled meetings "On December 5", a call "On Tuesday" with an unnamed "Cambodian
#    counterpart"
MAN, SAY, TOL, LCU, PMC = "Trần Thanh Mẫn", "Saysomphone Phomvihane", "Tô Lâm", "Lương Cường", "Phạm Minh Chính"
VN, LA = "Socialist Republic of Việt Nam", "Laos"
VNA, LNA = "National Assembly of the Socialist Republic of Việt Nam", "Lao National Assembly"
rec("vn-2024-12-04-tran-thanh-man-saysomphone-talks-hanoi", "2024-12-04", "Hà Nội",
    [P(MAN, ["Mẫn"], ("Chairman", VNA)),
     P(SAY, ["Saysomphone"], ("President", LNA)),
     P(TOL, [], ("Party General Secretary", VN)),
     P(LCU, [], ("State President", VN)),
     P(PMC, [], ("Prime Minister", VN))],
    [E(VNA, "National Assembly", "NA", "Vietnamese NA"),
     E(LNA, "Lao NA"),
     E("ASEAN"),
     E("ASEAN Inter-Parliamentary Assembly", "AIPA")],
    [E(VN, "Việt Nam", "Vietnamese"),
     E(LA, "Lao"),
     E("Cambodia", "Cambodian")],
    [I("visit", [SAY, VN], "2024-12-03"),
     I("meeting", [MAN, SAY], "2024-12-04", "Hà Nội"),
     I("multilateral", [MAN, SAY], "2024-10", "Vientiane",
       name="45th General Assembly of the ASEAN Inter-Parliamentary Assembly"),
     I("meeting", [MAN, SAY], "2024-10", "Vientiane"),
     I("signing", [MAN, SAY], "2024-12-04", "Hà Nội"),
     I("meeting", [TOL, SAY], "2024-12-04", "Hà Nội"),
     I("call", [MAN, "Cambodia"], "2024-12-03")],
    [N("Vientiane–Hà Nội Expressway", None),
     N("joint working group of the two legislatures' law committees on digital transformation", MAN),
     N("next Cambodia–Laos–Việt Nam Parliamentary Summit", SAY),
     N("meeting of Saysomphone Phomvihane with Lương Cường", None),
     N("meeting of Saysomphone Phomvihane with Phạm Minh Chính", None)],
    [D("Cooperation Agreement between the Office of the National Assembly of Việt Nam and the Secretariat of the "
       "National Assembly of Laos for the 2025–2030 period")])

check_and_write(GOLD)
