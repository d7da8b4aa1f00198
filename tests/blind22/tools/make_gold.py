#!/usr/bin/env python3
"""Writes gold/<stem>.json for blind28 from the compact records below, then checks them.

Checks: those of ``gold_records.check_and_write`` (every check must pass before anything is written).

Run from tests/blind22:  python3 tools/make_gold.py
"""
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent  # tests/blind22 (written as /work/blind28)
sys.path.insert(0, str(ROOT.parent))  # tests/, for the shared constructors
from gold_records import D, E, GoldWriter, I, N, P, check_and_write  # noqa: E402

GOLD = GoldWriter(ROOT)
rec = GOLD.rec

# 1 Ministry of Foreign Affairs and International Relations, Lesotho: capitals title, issuer block,
#   MEDIA STATEMENT, numbered paragraphs, no dateline, date and city only in the closing "ISSUED BY" block,
#   "Honourable", "the Right Honourable Prime Minister, Mr."
MPO, LAM, MAT, RAM = "Lejone Mpotjoane", "Ronald Lamola", "Samuel Ntsokoane Matekane", "Cyril Ramaphosa"
LS, ZA = "Kingdom of Lesotho", "Republic of South Africa"
JBCC = "Lesotho–South Africa Joint Bilateral Commission for Cooperation"
rec("ls-2024-08-23-mpotjoane-lamola-jbcc-maseru", "2024-08-23", "Maseru",
    [P(MPO, ["Honourable Lejone Mpotjoane", "Minister Mpotjoane"],
       ("Minister of Foreign Affairs and International Relations", LS)),
     P(LAM, ["Honourable Ronald Lamola", "Minister Lamola"], ("Minister of International Relations and Cooperation", ZA)),
     P(MAT, [], ("Prime Minister", LS)),
     P(RAM, ["President Cyril Ramaphosa", "President Ramaphosa"], ("President", ZA))],
    [E("Ministry of Foreign Affairs and International Relations"),
     E(JBCC, "JBCC"),
     E("SADC")],
    [E(LS, "Lesotho", "Basotho"),
     E(ZA, "South Africa", "South African", "South Africans")],
    [I("meeting", [MPO, LAM], "2024-08-22", "Maseru"),
     I("visit", [LAM, LS], "2024-08-21", "Maseru"),
     I("meeting", [LS, ZA], "2024-08-20", "Maseru"),
     I("signing", [MPO, LAM], "2024-08-22", "Maseru"),
     I("meeting", [MAT, LAM, MPO], "2024-08-23", "Maseru"),
     I("meeting", [MAT, RAM], "2024-08-17", "Harare"),
     I("multilateral", [MAT, RAM], "2024-08-17", "Harare",
       name="44th Ordinary Summit of SADC Heads of State and Government")],
    [N("Phase II of the Lesotho Highlands Water Project", None),
     N("Operation Vala Umgodi", ZA),
     N("joint task team on the documentation of Basotho migrant workers", LAM),
     N("next Session of the JBCC", None),
     N("visit of Samuel Ntsokoane Matekane to South Africa", RAM)],
    [D("Agreement on the Establishment of a One-Stop Border Post at Maseru Bridge"),
     D("Memorandum of Understanding on Cooperation in the Fields of Arts and Culture")])

# 2 Ministry of Foreign Affairs and Development Cooperation, Burundi (translated from French): capitals state and
#   ministry lines, PRESS RELEASE, stamp "Published on 18/04/2024 at 19:10", no dateline, "This Thursday",
#   "the previous day", closing "Done at Bujumbura, 18 April 2024" and an unnamed signatory's office
SHI, MAK, NDA = "Albert Shingiro", "January Makamba", "Évariste Ndayishimiye"
BI, TZ = "Republic of Burundi", "United Republic of Tanzania"
rec("bi-2024-04-18-shingiro-makamba-ndayishimiye-message-gitega", "2024-04-18", "Bujumbura",
    [P(SHI, ["Minister Shingiro"], ("Minister of Foreign Affairs and Development Cooperation", BI)),
     P(MAK, ["Honourable January Makamba", "Minister Makamba"],
       ("Minister for Foreign Affairs and East African Cooperation", TZ)),
     P(NDA, [], ("President of the Republic", BI))],
    [E("Ministry of Foreign Affairs and Development Cooperation"),
     E("Non-Aligned Movement"),
     E("East African Community")],
    [E(BI, "Burundi", "Burundian"),
     E(TZ, "Tanzania", "Tanzanian"),
     E("Democratic Republic of the Congo")],
    [I("visit", [MAK, BI], "2024-04-17"),
     I("meeting", [SHI, MAK], "2024-04-18", "Bujumbura"),
     I("signing", [SHI, MAK], "2024-04-18", "Bujumbura"),
     I("signing", [BI, TZ], "2024-01", "Dar es Salaam"),
     I("meeting", [SHI, MAK], "2024-01-19", "Kampala"),
     I("multilateral", [SHI, MAK], "2024-01-19", "Kampala",
       name="19th Summit of Heads of State and Government of the Non-Aligned Movement"),
     I("meeting", [NDA, MAK, SHI], "2024-04-18", "Gitega"),
     I("correspondence", [TZ, NDA], "2024-04-18", "Gitega")],
    [N("Uvinza–Musongati standard gauge railway", None),
     N("joint ministerial meeting on cross-border trade and the movement of persons", MAK),
     N("Vision of Burundi, an emerging country in 2040 and a developed country in 2060", NDA),
     N("visit of the President of the United Republic of Tanzania to Burundi", NDA)],
    [D("Agreement on the Exemption of Visas for Holders of Diplomatic and Service Passports")])

# 3 Ministry of Foreign Affairs and the National Community Abroad, Algeria (translated from French): state and
#   ministry lines, rubric "Communiqués | 03/10/2024", no dateline, "In implementation of the instructions of
#   the President of the Republic", three separate calls in one sentence, an unnamed caller, a videoconference
ATT, TEB, SAF, ABD, FAJ, AAG = ("Ahmed Attaf", "Abdelmadjid Tebboune", "Ayman Safadi", "Badr Abdelatty", "Tanja Fajon",
                                "Ahmed Aboul Gheit")
DZ, JO, EG, SI = ("People's Democratic Republic of Algeria", "Hashemite Kingdom of Jordan", "Arab Republic of Egypt",
                  "Republic of Slovenia")
LAS = "League of Arab States"
rec("dz-2024-10-03-attaf-safadi-abdelatty-fajon-calls", "2024-10-03", None,
    [P(ATT, ["Mr. Ahmed Attaf", "Mr. Attaf"], ("Minister of Foreign Affairs and the National Community Abroad", DZ)),
     P(TEB, [], ("President of the Republic", DZ)),
     P(SAF, ["Mr. Safadi"], ("Deputy Prime Minister", JO), ("Minister of Foreign Affairs and Expatriates", JO)),
     P(ABD, ["Mr. Abdelatty"], ("Minister of Foreign Affairs, Emigration and Egyptian Expatriates", EG)),
     P(FAJ, ["Ms. Fajon"], ("First Deputy Prime Minister", SI), ("Minister of Foreign and European Affairs", SI)),
     P(AAG, [], ("Secretary-General", LAS))],
    [E("Ministry of Foreign Affairs and the National Community Abroad"),
     E("United Nations General Assembly"),
     E("Algerian-Egyptian Joint Higher Committee"),
     E("Security Council"),
     E("A3+"),
     E(LAS)],
    [E(DZ, "Algeria", "Algerian"),
     E(JO, "Jordan"),
     E(EG, "Egypt", "Egyptian"),
     E(SI, "Slovenia", "Slovenian"),
     E("Guyana", "Guyanese"),
     E("Lebanon"),
     E("Republic of Iraq", "Iraq")],
    [I("call", [ATT, SAF], "2024-10-02"),
     I("call", [ATT, ABD], "2024-10-02"),
     I("call", [ATT, FAJ], "2024-10-02"),
     I("meeting", [ATT, SAF], "2024-09", "New York"),
     I("multilateral", [ATT, SAF], "2024-09", "New York",
       name="high-level week of the 79th session of the United Nations General Assembly"),
     I("call", [ATT, "Guyana"], "2024-10-03"),
     I("call", [ATT, AAG], "2024-10-03")],
    [N("next session of the Algerian-Egyptian Joint Higher Committee", None),
     N("visit of Ahmed Attaf to Egypt", ABD),
     N("joint Algerian-Slovenian initiative in the Council on the protection of humanitarian personnel", FAJ),
     N("emergency meeting of the Security Council on the situation in Lebanon", DZ),
     N("open debate on the Middle East", None),
     N("34th Arab Summit", "Republic of Iraq")],
    [])

# 4 Government Information Office, Nauru: capitals issuer lines, MEDIA RELEASE, "For immediate release",
#   dateline "BEIJING, CHINA – 25 MARCH 2024" on its own line, "His Excellency", "Hon.", quote, ENDS, address block
ADE, XIJ, AIN, WYI, ZSJ, LIQ, ZLJ = ("David Adeang", "Xi Jinping", "Lionel Aingimea", "Wang Yi", "Zheng Shanjie",
                                     "Li Qiang", "Zhao Leji")
NR, CN = "Republic of Nauru", "People's Republic of China"
rec("nr-2024-03-25-adeang-xi-state-visit-beijing", "2024-03-25", "Beijing",
    [P(ADE, ["President Adeang"], ("President", NR)),
     P(XIJ, ["President Xi"], ("President", CN)),
     P(AIN, ["Hon. Lionel Aingimea", "Minister Aingimea"], ("Minister for Foreign Affairs and Trade", NR)),
     P(WYI, ["Chinese Foreign Minister Wang Yi", "Foreign Minister Wang Yi"], ("Foreign Minister", CN)),
     P(ZSJ, [], ("Chairman of the National Development and Reform Commission", None)),
     P(LIQ, ["Premier Li Qiang"], ("Premier", CN)),
     P(ZLJ, [], ("Chairman of the Standing Committee of the National People's Congress", None))],
    [E("Government Information Office"),
     E("Embassy of the Republic of Nauru in Beijing")],
    [E(NR, "Nauru", "Nauruan", "Government of the Republic of Nauru"),
     E(CN, "China", "Chinese")],
    [I("meeting", [ADE, XIJ, AIN, WYI], "2024-03-25", "Beijing"),
     I("visit", [ADE, CN], "2024-03-22"),
     I("signing", [AIN, WYI], "2024-01-24", "Beijing"),
     I("signing", [AIN, ZSJ, ADE, XIJ], "2024-03-25", "Beijing"),
     I("meeting", [ADE, LIQ], "2024-03-24")],
    [N("Higher Ground initiative", NR),
     N("Global Development Initiative", XIJ),
     N("Global Security Initiative", XIJ),
     N("Global Civilization Initiative", XIJ),
     N("China-Nauru mechanism for consultations on climate change and disaster preparedness", LIQ),
     N("visit of Xi Jinping to Nauru", ADE),
     N("meeting of David Adeang with Zhao Leji", None)],
    [D("Joint Communiqué on the Resumption of Diplomatic Relations"),
     D("Memorandum of Understanding on Jointly Promoting the Construction of the Silk Road Economic Belt and the "
       "21st Century Maritime Silk Road")])

# 5 Office of the Prime Minister, Antigua and Barbuda: capitals title and issuer, PRESS RELEASE, dateline run into
#   the first sentence "St. John's, Antigua, Tuesday 28th May 2024 –", "the Honourable", "Afioga", quote, ENDS,
#   address block
BRO, GUT, GRE, MOT, FIA, LJH, ALI = ("Gaston Browne", "António Guterres", "E.P. Chet Greene", "Mia Amor Mottley",
                                     "Fiamē Naomi Mata'afa", "Li Junhua", "Mohamed Irfaan Ali")
AG = "Antigua and Barbuda"
rec("ag-2024-05-28-browne-sids4-bilaterals-st-johns", "2024-05-28", "St. John's",
    [P(BRO, ["Prime Minister the Honourable Gaston Browne", "Prime Minister Browne"], ("Prime Minister", AG)),
     P(GUT, ["Mr. Guterres"], ("Secretary-General", "United Nations")),
     P(GRE, ["the Honourable E.P. Chet Greene"], ("Minister of Foreign Affairs, Agriculture, Trade and Barbuda Affairs",
                                                  AG)),
     P(MOT, ["the Honourable Mia Amor Mottley", "Prime Minister Mottley"], ("Prime Minister", "Barbados")),
     P(FIA, ["Afioga Fiamē Naomi Mata'afa", "Prime Minister Fiamē"], ("Prime Minister", "Samoa")),
     P(LJH, [], ("Secretary-General of the Conference", None)),
     P(ALI, ["Dr. Mohamed Irfaan Ali"], ("President", "Guyana"))],
    [E("Office of the Prime Minister"),
     E("CARICOM"),
     E("Commonwealth")],
    [E(AG), E("Barbados"), E("Samoa"), E("Guyana")],
    [I("multilateral", [BRO, GUT], "2024-05-27", "St. John's",
       name="Fourth International Conference on Small Island Developing States"),
     I("meeting", [BRO, GUT, GRE], "2024-05-27", "St. John's"),
     I("visit", [GUT, AG], "2024-05-26"),
     I("meeting", [BRO, MOT], "2024-05-28", "St. John's"),
     I("meeting", [BRO, FIA], "2024-05-28", "St. John's"),
     I("meeting", [BRO, LJH], "2024-05-28", "St. John's"),
     I("multilateral", [], "2014", "Apia", name="Third International Conference on Small Island Developing States")],
    [N("Bridgetown Initiative", MOT),
     N("SIDS Centre of Excellence", AG),
     N("Commonwealth Heads of Government Meeting", FIA),
     N("meeting of Gaston Browne with Mohamed Irfaan Ali", None)],
    [D("Antigua and Barbuda Agenda for SIDS", "ABAS"),
     D("SAMOA Pathway")])

# 6 Government of Andorra (translated from Catalan): issuer line, rubric "Press releases | Tuesday, 16 April 2024",
#   no dateline, "this Tuesday", venue-only destination (Palace of La Moncloa), surnames on second mention, quote
ESP, SAN, TOR, ALB, SAM, MAC = ("Xavier Espot Zamora", "Pedro Sánchez", "Imma Tor Faus", "José Manuel Albares",
                                "Fernando Sampedro", "Emmanuel Macron")
AD, ES = "Principality of Andorra", "Kingdom of Spain"
rec("ad-2024-04-16-espot-sanchez-moncloa", "2024-04-16", None,
    [P(ESP, ["Espot"], ("Head of Government", AD)),
     P(SAN, ["Sánchez"], ("President of the Government", ES)),
     P(TOR, ["Minister Tor"], ("Minister of Foreign Affairs", AD)),
     P(ALB, ["Albares"], ("Minister of Foreign Affairs, European Union and Cooperation", ES)),
     P(SAM, [], ("Secretary of State for the European Union", ES)),
     P(MAC, [], ("President", "French Republic"), ("Co-Prince", AD))],
    [E("European Union"),
     E("European Commission"),
     E("Council of the European Union"),
     E("General Council")],
    [E(AD, "Andorra", "Government of Andorra"),
     E(ES, "Spain", "Spanish", "Government of Spain"),
     E("San Marino"),
     E("Ecuador"),
     E("French Republic", "France")],
    [I("visit", [ESP, ES], "2024-04-16"),
     I("meeting", [ESP, SAN, TOR, ALB], "2024-04-16"),
     I("signing", [TOR, ALB, ESP, SAN], "2024-04-16"),
     I("meeting", [ESP, SAN], "2023-03", "Santo Domingo"),
     I("multilateral", [ESP, SAN], "2023-03", "Santo Domingo",
       name="XXVIII Ibero-American Summit of Heads of State and Government"),
     I("meeting", [TOR, SAM], "2024-04-16")],
    [N("referendum on the Association Agreement", ESP),
     N("joint working group on cross-border mobility", SAN),
     N("XXIX Ibero-American Summit", None),
     N("visit of Pedro Sánchez to Andorra", ESP),
     N("visit of Xavier Espot Zamora to France", None)],
    [D("Association Agreement with the European Union", "Association Agreement"),
     D("Agreement between the Principality of Andorra and the Kingdom of Spain on the Mutual Recognition of "
       "Professional Qualifications")])

# 7 Government of the Republic of North Macedonia: issuer line, rubric with numeric stamp "23.10.2024 | 14:35",
#   dateline "Skopje, 23 October 2024 –", "tête-à-tête" and "plenary session", surnames, quote, closing
#   issuer block with its Public Relations Sector
MIC, ORB, MUC, SZI, DIM, VAR, SIL, GAS = ("Hristijan Mickoski", "Viktor Orbán", "Timčo Mucunski", "Péter Szijjártó",
                                          "Gordana Dimitrieska-Kochoska", "Mihály Varga", "Gordana Siljanovska-Davkova",
                                          "Afrim Gashi")
MK = "Republic of North Macedonia"
rec("mk-2024-10-23-mickoski-orban-skopje", "2024-10-23", "Skopje",
    [P(MIC, ["Prime Minister Hristijan Mickoski", "Prime Minister Mickoski", "Mickoski"], ("Prime Minister", MK)),
     P(ORB, ["Orbán"], ("Prime Minister", "Hungary")),
     P(MUC, [], ("Minister of Foreign Affairs and Foreign Trade", MK)),
     P(SZI, [], ("Minister of Foreign Affairs and Trade", "Hungary")),
     P(DIM, [], ("Minister of Finance", MK)),
     P(VAR, [], ("Minister of Finance", "Hungary")),
     P(SIL, [], ("President of the Republic", MK)),
     P(GAS, [], ("President of the Assembly", MK))],
    [E("Public Relations Sector"),
     E("Council of the European Union"),
     E("European Union"),
     E("European Political Community")],
    [E(MK, "North Macedonia", "Government of the Republic of North Macedonia"),
     E("Hungary", "Hungarian")],
    [I("visit", [ORB, MK], "2024-10-22", "Skopje"),
     I("meeting", [MIC, ORB, MUC, SZI], "2024-10-23", "Skopje"),
     I("signing", [MIC, ORB], "2024-10-23", "Skopje"),
     I("signing", [DIM, VAR, MIC, ORB], "2024-10-23", "Skopje"),
     I("meeting", [MIC, ORB], "2024-07", "Budapest"),
     I("visit", [MIC, "Hungary"], "2024-07", "Budapest"),
     I("meeting", [SIL, ORB], "2024-10-23", "Skopje"),
     I("meeting", [GAS, ORB], "2024-10-23", "Skopje")],
    [N("first intergovernmental conference on North Macedonia's accession to the European Union", None),
     N("direct air link between Skopje and Budapest", MIC),
     N("meeting of the European Political Community", ORB)],
    [D("Joint Declaration on Strategic Partnership between the Republic of North Macedonia and Hungary"),
     D("Financing Agreement for the Support of the Development Programme of the Republic of North Macedonia")])

# 8 Mazhilis of the Parliament of Kazakhstan, Press Service: issuer line, rubric with stamp "20 November, 12:40"
#   without year (meta.json), no dateline, "held talks today in Astana", "narrow and extended formats", full names
#   then surnames, "the Chairman of the Mazhilis" as a second name, a second item "On the same day"
KOS, KUR, RAU, TOK = "Yerlan Koshanov", "Numan Kurtulmuş", "Albert Rau", "Kassym-Jomart Tokayev"
KZ, TR, KR = "Republic of Kazakhstan", "Türkiye", "Republic of Korea"
KTFG, KKFG = "Kazakhstan–Türkiye Inter-Parliamentary Friendship Group", "Kazakhstan–Korea Parliamentary Friendship Group"
rec("kz-2024-11-20-koshanov-kurtulmus-mazhilis-astana", "2024-11-20", None,
    [P(KOS, ["Chairman of the Mazhilis Yerlan Koshanov", "Koshanov"], ("Chairman of the Mazhilis", KZ)),
     P(KUR, [], ("Speaker of the Grand National Assembly", TR)),
     P(RAU, [], ("Deputy Chairman of the Mazhilis", KZ)),
     P(TOK, ["President of Kazakhstan Kassym-Jomart Tokayev"], ("President", KZ))],
    [E("Mazhilis of the Parliament of the Republic of Kazakhstan", "Mazhilis"),
     E(KTFG),
     E("Organization of Turkic States"),
     E("International Kazakh-Turkish University"),
     E(KKFG)],
    [E(KZ, "Kazakhstan", "Kazakh"),
     E(TR, "Turkish"),
     E(KR, "Korea", "Korean")],
    [I("visit", [KUR, KZ], "2024-11-19"),
     I("meeting", [KOS, KUR, RAU, KTFG], "2024-11-20", "Astana"),
     I("signing", [KOS, KUR], "2024-11-20", "Astana"),
     I("meeting", [KOS, KUR], "2023", "Ankara"),
     I("visit", [KOS, TR], "2023", "Ankara"),
     I("multilateral", [], "2024-11", "Bishkek", name="Summit of the Organization of Turkic States"),
     I("meeting", [KOS, KR], "2024-11-20")],
    [N("Trans-Caspian International Transport Route", None),
     N("joint working group of the two parliaments on the harmonisation of legislation on transit and logistics", KOS),
     N("visit of Yerlan Koshanov to Türkiye", KUR),
     N("meeting of Numan Kurtulmuş with Kassym-Jomart Tokayev", None),
     N("visit of the Kazakhstan–Korea Parliamentary Friendship Group to the Republic of Korea", KR)],
    [D("Joint Declaration on Enhanced Strategic Partnership"),
     D("Memorandum of Understanding on Cooperation between the Mazhilis of the Parliament of the Republic of "
       "Kazakhstan and the Grand National Assembly of Türkiye")])

# 9 International Department of the CPC Central Committee: title "Liu Jianchao Meets with ...", issuer line, ISO
#   stamp, dateline "Beijing, May 14th—", "met here today", a delegation "led by its President", "were present",
#   second item "On the same day" (video call)
LIU, HOF, XI, LUL, SUN, GAL, MBA = ("Liu Jianchao", "Gleisi Hoffmann", "Xi Jinping", "Luiz Inácio Lula da Silva",
                                    "Sun Haiyan", "Marcos Galvão", "Fikile Mbalula")
IDCPC, PT, ANC = ("International Department of the CPC Central Committee", "Workers' Party of Brazil",
                  "African National Congress")
rec("cn-2024-05-14-liu-jianchao-hoffmann-pt-delegation", "2024-05-14", "Beijing",
    [P(LIU, ["Liu"], ("head of the International Department of the CPC Central Committee", IDCPC)),
     P(HOF, ["President Gleisi Hoffmann"], ("President", PT)),
     P(XI, ["General Secretary Xi Jinping", "Chinese President Xi Jinping", "President Xi Jinping"],
       ("General Secretary of the CPC Central Committee", "CPC"), ("President", "China")),
     P(LUL, ["President Luiz Inácio Lula da Silva", "President Lula"], ("President", "Brazil")),
     P(SUN, [], ("vice minister", IDCPC)),
     P(GAL, ["Brazilian Ambassador to China Marcos Galvão"], ("Ambassador to China", "Brazil")),
     P(MBA, [], ("Secretary General", ANC))],
    [E(IDCPC, "IDCPC", "International Department, Central Committee of CPC"),
     E("CPC", "Communist Party of China"),
     E(PT, "PT"),
     E("G20"),
     E(ANC, "ANC")],
    [E("China", "Chinese"), E("Brazil", "Brazilian"), E("South Africa")],
    [I("meeting", [LIU, HOF, SUN, GAL], "2024-05-14", "Beijing"),
     I("visit", [HOF, "China"], "2024-05-12"),
     I("meeting", [XI, LUL], "2023-04", "Beijing"),
     I("visit", [LUL, "China"], "2023-04"),
     I("call", [LIU, MBA], "2024-05-14")],
    [N("50th anniversary of the establishment of diplomatic relations between China and Brazil", None),
     N("community with a shared future for mankind", XI),
     N("visit of Xi Jinping to Brazil", LUL),
     N("G20 summit", None),
     N("joint seminar on poverty reduction and rural development", HOF),
     N("general elections", None)],
    [])

# 10 IP Paraguay (Agencia de Información Paraguaya; translated from Spanish): masthead, rubric with stamp
#    "29 Aug 2024 | 14:20", byline, dateline "Asunción, IP Paraguay.–" without date, "this Thursday",
#    "working lunch", "his Uruguayan counterpart", "told IP", plural title ("the foreign ministers")
PEN, LAC, RLZ, PAG, ALL = ("Santiago Peña", "Luis Lacalle Pou", "Rubén Ramírez Lezcano", "Omar Paganini",
                           "Pedro Alliana")
rec("py-2024-08-29-pena-lacalle-pou-asuncion", "2024-08-29", "Asunción",
    [P(PEN, ["President Santiago Peña", "Peña"], ("President", "Paraguay")),
     P(LAC, ["Lacalle Pou"], ("President", "Uruguay")),
     P(RLZ, ["Ramírez Lezcano"], ("Foreign Minister", "Paraguay")),
     P(PAG, ["Paganini"], ("Foreign Minister", "Uruguay")),
     P(ALL, ["Vice President Pedro Alliana"], ("Vice President", "Paraguay"))],
    [E("IP Paraguay", "IP", "Agencia de Información Paraguaya"),
     E("MERCOSUR"),
     E("European Union")],
    [E("Paraguay", "Paraguayan"),
     E("Uruguay", "Uruguayan"),
     E("Brazil"), E("Chile"), E("Argentina", "Argentine")],
    [I("visit", [LAC, "Paraguay"], "2024-08-28"),
     I("meeting", [PEN, LAC, RLZ, PAG], "2024-08-29", "Asunción"),
     I("signing", [RLZ, PAG, PEN, LAC], "2024-08-29", "Asunción"),
     I("meeting", [RLZ, PAG], "2024-03", "Montevideo"),
     I("meeting", [PEN, LAC], "2024-07-08", "Asunción"),
     I("multilateral", [PEN, LAC], "2024-07-08", "Asunción", name="LXIV Summit of MERCOSUR Heads of State")],
    [N("negotiations between MERCOSUR and the European Union", None),
     N("application to join the Comprehensive and Progressive Agreement for Trans-Pacific Partnership", "Uruguay"),
     N("binational technical commission to monitor the costs of transit cargo", PEN),
     N("next MERCOSUR summit", None),
     N("Bioceanic Road Corridor", None)],
    [D("Memorandum of Understanding on Cooperation in River Navigation and Port Logistics"),
     D("Comprehensive and Progressive Agreement for Trans-Pacific Partnership", "CPTPP")])

# 11 CPLP Executive Secretariat (translated from Portuguese): issuer lines, rubric with dotted stamp
#    "27.08.2023", dateline "São Tomé, 27 August 2023 –", several presidents in one sentence with distributed
#    titles, quote, closing issuer and address block in Lisbon
VIL, LOU, LUL2, MRS, NEV, EMB, RH, ZDC, TET = (
    "Carlos Vila Nova", "João Lourenço", "Luiz Inácio Lula da Silva", "Marcelo Rebelo de Sousa", "José Maria Neves",
    "Umaro Sissoco Embaló", "José Ramos-Horta", "Zacarias da Costa", "Téte António")
CPLP, ST, AO = "Community of Portuguese Language Countries", "Democratic Republic of São Tomé and Príncipe", \
    "Republic of Angola"
rec("cplp-2023-08-27-xiv-conference-sao-tome", "2023-08-27", "São Tomé",
    [P(VIL, [], ("President", ST)),
     P(LOU, [], ("President", AO)),
     P(LUL2, ["President Lula"], ("President", "Brazil")),
     P(MRS, [], ("President", "Portugal")),
     P(NEV, [], ("President", "Cabo Verde")),
     P(EMB, ["President Umaro Sissoco Embaló"], ("President", "Guinea-Bissau")),
     P(RH, ["President José Ramos-Horta", "President Ramos-Horta"], ("President", "Timor-Leste")),
     P(ZDC, [], ("Executive Secretary", CPLP)),
     P(TET, [], ("Minister of External Relations", AO))],
    [E(CPLP, "CPLP"),
     E("CPLP Executive Secretariat", "Executive Secretariat"),
     E("Council of Ministers"),
     E("Communication and Press Office")],
    [E(ST, "São Tomé and Príncipe"),
     E(AO, "Angola"),
     E("Brazil"), E("Portugal"), E("Cabo Verde"), E("Guinea-Bissau"), E("Timor-Leste"), E("Mozambique"),
     E("Equatorial Guinea")],
    [I("multilateral", [VIL, LOU, LUL2, MRS, NEV, EMB, RH, ZDC, "Mozambique", "Equatorial Guinea"], "2023-08-27",
       "São Tomé", name="XIV Conference of Heads of State and Government of the Community of Portuguese Language "
                        "Countries"),
     I("multilateral", [], "2021-07", "Luanda", name="XIII Conference"),
     I("multilateral", [TET], "2023-08-26", name="XXVIII Ordinary Meeting of the Council of Ministers"),
     I("meeting", [ZDC, EMB], "2023-08-27", "São Tomé"),
     I("meeting", [ZDC, RH], "2023-08-27", "São Tomé")],
    [N("CPLP programme of university exchanges for young researchers", LUL2),
     N("XV Conference", "Guinea-Bissau"),
     N("visit of Zacarias da Costa to Timor-Leste", RH),
     N("25th anniversary of the popular consultation", None)],
    [D("Declaration of São Tomé"),
     D("Agreement on Mobility among the Member States of the CPLP")])

# 12 EBRD: title, issuer line, "Press release | 11 Jun 2024", summary bullet points, no dateline ("opened in
#    Berlin this morning"), "Ms"/"Mr" on second mention, quote, boilerplate, contact block
ORB2, SCH, ZEL, VAR2, KUD, SHM, SVY = ("Odile Renaud-Basso", "Olaf Scholz", "Volodymyr Zelenskyy", "Olivér Várhelyi",
                                       "Volodymyr Kudrytskyi", "Denys Shmyhal", "Yulia Svyrydenko")
EBRD = "European Bank for Reconstruction and Development"
MOE = "Ministry of Energy of Ukraine"
rec("ebrd-2024-06-11-renaud-basso-urc2024-berlin", "2024-06-11", None,
    [P(ORB2, ["EBRD President Odile Renaud-Basso", "Ms Renaud-Basso"], ("President", EBRD)),
     P(SCH, ["German Chancellor Olaf Scholz"], ("Chancellor", "Germany")),
     P(ZEL, [], ("President", "Ukraine")),
     P(VAR2, [], ("European Commissioner for Neighbourhood and Enlargement", "European Commission")),
     P(KUD, [], ("Chief Executive", "Ukrenergo")),
     P(SHM, ["Prime Minister Shmyhal", "Mr Shmyhal"], ("Prime Minister", "Ukraine")),
     P(SVY, [], ("First Deputy Prime Minister", "Ukraine"), ("Minister of Economy", "Ukraine"))],
    [E(EBRD, "EBRD"),
     E("European Commission"),
     E("Ukrenergo"),
     E(MOE),
     E("EBRD Press Office")],
    [E("Germany", "German"), E("Ukraine", "Ukrainian"), E("Italy"), E("Russia")],
    [I("multilateral", [SCH, ZEL, ORB2], "2024-06-11", "Berlin", name="Ukraine Recovery Conference 2024"),
     I("signing", [ORB2, VAR2], "2024-06-11", "Berlin"),
     I("signing", [ORB2, KUD, SHM], "2024-06-11", "Berlin"),
     I("meeting", [ORB2, SHM, SVY], "2024-06-11", "Berlin"),
     I("signing", [EBRD, MOE], "2023-06", "London"),
     I("multilateral", [], "2023-06", "London", name="URC2023")],
    [N("Ukraine Investment Framework", "European Commission"),
     N("visit of Odile Renaud-Basso to Ukraine", SHM),
     N("URC2025", None)],
    [D("Memorandum of Understanding on the Financing of Critical Energy Infrastructure")])

check_and_write(GOLD)
