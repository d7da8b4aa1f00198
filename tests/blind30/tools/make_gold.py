#!/usr/bin/env python3
"""Writes gold/<stem>.json for blind49 from the compact records below, then checks them.

Checks: those of ``gold_records.check_and_write`` (every check must pass before anything is written):
participants, proposers and roles' bodies resolve with the scorer's own Resolver; every person form,
organisation/state name, document, place, multilateral and non-constructed initiative is in the text;
no form is shared by two entities; ISO dates; 150-700 words; a year in the text or a meta.json date.

The shared constructors live in /work/main/tests/gold_records.py (imported, never modified).

Run from /work/blind49:  python3 tools/make_gold.py
"""
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent  # /work/blind49
sys.path.insert(0, "/work/main/tests")  # the shared constructors
from gold_records import D, E, GoldWriter, I, N, P, check_and_write  # noqa: E402

GOLD = GoldWriter(ROOT)
rec = GOLD.rec

# 1 Presidency of the Republic of Angola (translated from Portuguese): capitals issuer, secretariat line, rubric
#   `News | 29/04/2025`, dateline `Luanda –` without a date, "this Tuesday", audience with an attendee, arrival
#   "on Monday" and talks "in the afternoon of the same day", past joint summit "on 8 February", proposal,
#   invitation to an event the host's capital will hold, message delivered by a bearer with an invitation renewed,
#   phone call "On Monday evening", a planned coordination meeting
LOU, YOU, TET, BUT, BOK, RUT = ("João Lourenço", "Mahmoud Ali Youssouf", "Téte António", "Phenyo Butale",
                                "Duma Boko", "William Ruto")
AO, BW = "Angola", "Botswana"
rec("ao-2025-04-29-lourenco-youssouf-boko-message-luanda", "2025-04-29", "Luanda",
    [P(LOU, ["President João Lourenço", "President Lourenço"], ("President of the Republic", AO),
       ("Head of State", AO), ("Chairperson", "African Union")),
     P(YOU, [], ("Chairperson of the African Union Commission", None)),
     P(TET, ["Minister Téte António"], ("Minister of External Relations", AO)),
     P(BUT, [], ("Minister of International Relations", BW)),
     P(BOK, ["President Boko"], ("President", BW)),
     P(RUT, [], ("President", "Kenya"))],
    [E("Presidency of the Republic of Angola"),
     E("Secretariat for Institutional Communication and Press Affairs"),
     E("African Union", "AU"),
     E("Peace and Security Council"),
     E("East African Community", "EAC"),
     E("Southern African Development Community", "SADC"),
     E("Ministry of External Relations")],
    [E(AO, "Angolan"),
     E("Democratic Republic of the Congo", "DRC"),
     E(BW, "Republic of Botswana", "Botswanan"),
     E("Kenya", "Republic of Kenya"),
     E("Zambia"),
     E("United States", "US")],
    [I("meeting", [LOU, YOU, TET], "2025-04-29", "Luanda"),
     I("visit", [YOU, AO], "2025-04-28", "Luanda"),
     I("meeting", [YOU, TET], "2025-04-28", "Luanda"),
     I("multilateral", [], "2025-02-08", "Dar es Salaam",
       name="joint summit of the East African Community and the Southern African Development Community"),
     I("meeting", [LOU, BUT], "2025-04-29", "Luanda"),
     I("correspondence", [BOK, LOU], "2025-04-29", "Luanda"),
     I("call", [LOU, RUT], "2025-04-28")],
    [N("meeting of the Peace and Security Council at the level of Heads of State", LOU),
     N("US–Africa Business Summit", LOU),
     N("Lobito Corridor", None),
     N("visit of João Lourenço to Botswana", BOK),
     N("Mid-Year Coordination Meeting of the African Union and the Regional Economic Communities", None)],
    [D("Luanda Roadmap")])

# 2 CAF – Development Bank of Latin America and the Caribbean: issuer line, `Press release`, dateline
#   "Seville, 1 July 2025." run into the first sentence, "today", witnessed signing of a long-named MoU between two
#   banks on the sidelines of a conference "which opened on Monday", adopted text, two "separate meetings" "On
#   Tuesday", an initiative "she has promoted", own announced fund, video call "on Friday" before travelling,
#   the other side's proposal, `About CAF` boilerplate, contact line
DG, CAL, CUE, MOT, CHA, HAD = ("Sergio Díaz-Granados", "Nadia Calviño", "Carlos Cuerpo", "Mia Amor Mottley",
                               "Felipe Chapman", "Fernando Haddad")
rec("caf-2025-07-01-diaz-granados-calvino-ffd4-seville", "2025-07-01", "Seville",
    [P(DG, ["Díaz-Granados"], ("Executive President", "CAF")),
     P(CAL, [], ("President", "European Investment Bank")),
     P(CUE, [], ("Minister of Economy, Trade and Business", "Spain")),
     P(MOT, ["Prime Minister Mottley"], ("Prime Minister", "Barbados")),
     P(CHA, ["Minister Chapman"], ("Minister of Economy and Finance", "Panama")),
     P(HAD, ["Haddad"], ("Minister of Finance", "Brazil"))],
    [E("CAF", "Development Bank of Latin America and the Caribbean"),
     E("European Investment Bank", "EIB"),
     E("Directorate of Communication")],
    [E("Spain"),
     E("Barbados"),
     E("Panama"),
     E("Brazil")],
    [I("signing", [DG, CAL, CUE], "2025-07-01", "Seville"),
     I("multilateral", [DG], "2025-06-30", "Seville",
       name="Fourth International Conference on Financing for Development"),
     I("meeting", [DG, MOT], "2025-07-01", "Seville"),
     I("meeting", [DG, CHA], "2025-07-01", "Seville"),
     I("call", [DG, HAD], "2025-06-27")],
    [N("Bridgetown Initiative", MOT),
     N("Regional Water Security Fund", DG),
     N("COP30", None),
     N("joint platform of country-led climate investment plans", HAD),
     N("programme of support for the Panama Canal watershed", None)],
    [D("Memorandum of Understanding on Co-financing for Water Security and Climate Resilience in Latin America "
       "and the Caribbean"),
     D("Sevilla Commitment")])

# 3 Office of the Federal President, Germany (bundespraesident.de English): issuer line, rubric, dateline on its own
#   line "Berlin, 11 June 2024", "today", talks with two attendees, welcome with military honours, a past signing
#   naming no signatories, own strategy, proposal, invitation, arrival "on Monday evening", talks "Earlier today",
#   a past visit "in January 2023", onward programme "Tomorrow", planned summits, a call "In the afternoon", a
#   message sent "Last Wednesday" to a President-elect, closing office and division lines
STE, BOR, VKL, KEU, SCH, STU, SHE = ("Frank-Walter Steinmeier", "Gabriel Boric Font", "Alberto van Klaveren",
                                     "Katja Keul", "Olaf Scholz", "Alexander Stubb", "Claudia Sheinbaum Pardo")
DE, CL = "Germany", "Chile"
rec("de-2024-06-11-steinmeier-boric-bellevue-palace", "2024-06-11", "Berlin",
    [P(STE, ["Federal President Frank-Walter Steinmeier", "Federal President Steinmeier"],
       ("Federal President", DE)),
     P(BOR, ["President Boric"], ("President", CL)),
     P(VKL, [], ("Minister of Foreign Affairs", CL)),
     P(KEU, [], ("Minister of State at the Federal Foreign Office", None)),
     P(SCH, ["Federal Chancellor Olaf Scholz"], ("Federal Chancellor", DE)),
     P(STU, [], ("President", "Finland")),
     P(SHE, [], ("President-elect", "Mexico"))],
    [E("Office of the Federal President"),
     E("Press and Public Relations Division"),
     E("European Union"),
     E("NATO")],
    [E(DE, "German"),
     E(CL, "Republic of Chile", "Chilean"),
     E("Ukraine"),
     E("Russia"),
     E("Switzerland"),
     E("Finland", "Republic of Finland"),
     E("Mexico", "United Mexican States")],
    [I("meeting", [STE, BOR, VKL, KEU], "2024-06-11", "Berlin"),
     I("visit", [BOR, DE], "2024-06-10"),
     I("meeting", [BOR, SCH], "2024-06-11", "Berlin"),
     I("signing", ["European Union", CL], "2023-12", "Brussels"),
     I("visit", [SCH, CL], "2023-01", "Santiago"),
     I("call", [STE, STU], "2024-06-11"),
     I("correspondence", [STE, SHE], "2024-06-05")],
    [N("National Lithium Strategy", CL),
     N("network of German and Chilean universities for research on green hydrogen", STE),
     N("visit of Frank-Walter Steinmeier to Chile", BOR),
     N("Summit on Peace in Ukraine", None),
     N("NATO summit in Washington", None),
     N("visit of Claudia Sheinbaum Pardo to Germany", STE)],
    [D("Advanced Framework Agreement")])

# 4 Ministry of Foreign Affairs, Gabon (translated from French): title with a colon, capitals state line, motto,
#   ministry line, `PRESS RELEASE`, dateline `Libreville, 18 April 2024 –`, "this Thursday", talks then a signing of
#   a long-named addendum between a minister and an organisation head, a past summit "of September 2023", a
#   dialogue "convened by" the Head of State, own bid, proposal, an audience "On Wednesday" with an unnamed
#   ambassador bearing a minister's message with an invitation, a call "This Thursday morning" with a named
#   "Cameroonian counterpart", closing unit and ministry lines
ROND, VER, OLI, BOU, MBE = ("Régis Onanga Ndiaye", "Gilberto Da Piedade Veríssimo", "Brice Clotaire Oligui Nguema",
                            "Nasser Bourita", "Lejeune Mbella Mbella")
GA = "Gabon"
rec("ga-2024-04-18-onanga-ndiaye-verissimo-eccas-headquarters", "2024-04-18", "Libreville",
    [P(ROND, ["Mr. Régis Onanga Ndiaye", "Minister Régis Onanga Ndiaye", "Minister Onanga Ndiaye"],
       ("Minister of Foreign Affairs", GA)),
     P(VER, ["H.E. Mr. Gilberto Da Piedade Veríssimo", "President Gilberto Da Piedade Veríssimo", "Mr. Veríssimo"],
       ("President", "ECCAS Commission")),
     P(OLI, ["General Brice Clotaire Oligui Nguema"], ("President of the Transition", GA), ("Head of State", GA)),
     P(BOU, ["Mr. Nasser Bourita"], ("Minister of Foreign Affairs, African Cooperation and Moroccan Expatriates",
                                     "Morocco")),
     P(MBE, ["Mr. Lejeune Mbella Mbella"])],
    [E("Ministry of Foreign Affairs"),
     E("Communication Unit"),
     E("Economic Community of Central African States", "ECCAS"),
     E("ECCAS Commission", "Commission of the Economic Community of Central African States"),
     E("African Union"),
     E("ECCAS Council of Ministers"),
     E("Cameroon–Gabon Joint Commission")],
    [E(GA, "Gabonese Republic", "Gabonese"),
     E("Morocco", "Kingdom of Morocco", "Moroccan"),
     E("Cameroon", "Cameroonian")],
    [I("meeting", [ROND, VER], "2024-04-18", "Libreville"),
     I("signing", [ROND, VER], "2024-04-18", "Libreville"),
     I("multilateral", [], "2023-09", name="Extraordinary Summit of ECCAS Heads of State and Government"),
     I("meeting", [ROND, "Morocco"], "2024-04-17", "Libreville"),
     I("correspondence", [BOU, ROND], "2024-04-17", "Libreville"),
     I("call", [ROND, MBE], "2024-04-18")],
    [N("Inclusive National Dialogue", OLI),
     N("Gabon's readmission to the African Union", GA),
     N("meeting of the ECCAS Council of Ministers", VER),
     N("ministerial meeting of the African Atlantic States Process", BOU),
     N("next session of the Cameroon–Gabon Joint Commission", None)],
    [D("Addendum to the Headquarters Agreement between the Gabonese Republic and the Economic Community of Central "
       "African States")])

# 5 President of Ireland (president.ie): bilingual issuer line, rubric `News and Media`, ordinal weekday date, no
#   dateline, a State Visit over three cities that "began in Dublin this morning", ceremonial welcome, talks with an
#   attendee on each side, a past event "on 1st May 2004", proposal, own programme, invitation, a meeting and a
#   ministers' talks and signing "In the afternoon" at venues, a state dinner "This evening", onward programme, a
#   meeting "On Monday" with an organisation head on his first visit, `ENDS`, closing press office line
HIG, SAB, KAR, SIR, TSA, JCM, HAR, MAR, BER = ("Michael D. Higgins", "Sabina Higgins", "Alar Karis", "Sirje Karis",
                                               "Margus Tsahkna", "Jennifer Carroll MacNeill", "Simon Harris",
                                               "Micheál Martin", "Alain Berset")
IE, EE = "Ireland", "Estonia"
rec("ie-2024-10-08-higgins-karis-state-visit", "2024-10-08", None,
    [P(HIG, ["President Michael D. Higgins", "President Higgins"], ("President", IE)),
     P(SAB, []),
     P(KAR, ["President Karis"], ("President", EE)),
     P(SIR, ["Mrs Sirje Karis", "Mrs Karis"]),
     P(TSA, ["Minister Tsahkna"], ("Minister of Foreign Affairs", EE)),
     P(JCM, [], ("Minister of State for European Affairs", IE)),
     P(HAR, [], ("Taoiseach", IE)),
     P(MAR, [], ("Tánaiste", IE), ("Minister for Foreign Affairs", IE), ("Minister for Defence", IE)),
     P(BER, [], ("Secretary General", "Council of Europe"))],
    [E("Press Office"),
     E("Defence Forces"),
     E("European Union"),
     E("Tyndall National Institute"),
     E("Council of Europe")],
    [E(IE, "Irish"),
     E(EE, "Republic of Estonia", "Estonian")],
    [I("visit", [KAR, IE], "2024-10-08"),
     I("meeting", [HIG, KAR, TSA, JCM], "2024-10-08", "Dublin"),
     I("multilateral", [], "2004-05-01", "Dublin", name="Day of Welcomes"),
     I("meeting", [KAR, HAR], "2024-10-08", "Dublin"),
     I("meeting", [TSA, MAR], "2024-10-08", "Dublin"),
     I("signing", [TSA, MAR], "2024-10-08", "Dublin"),
     I("meeting", [HIG, BER], "2024-10-07"),
     I("visit", [BER, IE], "2024-10-07")],
    [N("Irish–Estonian symposium on small nations and European democracy", HIG),
     N("e-Residency programme", EE),
     N("visit of Michael D. Higgins to Estonia", KAR)],
    [D("Memorandum of Understanding on Cooperation in Cyber Security"),
     D("European Convention on Human Rights")])

# 6 Rajya Sabha Secretariat, India: capitals issuer and address, `PRESS RELEASE`, dateline with a Saka date and the
#   Gregorian date on the next line, "Hon'ble", "Shri", "Tan Sri Dato'", "Dato' Seri", a delegation's call-on with two
#   attendees, a past State Visit "from 19 to 21 August 2024" with talks and an MoU "signed by the two Governments",
#   relationship label, two proposals, an invitation, a call-on "Earlier in the day", arrival "on Monday, 2nd
#   December" on a five-day visit reaching two more cities, asterisks, closing section and secretariat lines
JOH, DHA, HRV, MOD, ANW, NMO, BIR = ("Johari Abdul", "Jagdeep Dhankhar", "Harivansh", "P.C. Mody", "Anwar Ibrahim",
                                     "Narendra Modi", "Om Birla")
IN, MY, RS = "India", "Malaysia", "Rajya Sabha"
rec("in-2024-12-03-dhankhar-johari-abdul-parliament-house", "2024-12-03", "New Delhi",
    [P(JOH, ["Tan Sri Dato' Johari Abdul", "Tan Sri Johari"], ("Speaker of the Dewan Rakyat", None)),
     P(DHA, ["Shri Jagdeep Dhankhar", "Shri Dhankhar"], ("Vice-President", IN), ("Chairman", RS)),
     P(HRV, ["Shri Harivansh"], ("Deputy Chairman", RS)),
     P(MOD, ["Shri P.C. Mody"], ("Secretary-General", RS)),
     P(ANW, ["Dato' Seri Anwar Ibrahim", "Prime Minister Anwar Ibrahim"], ("Prime Minister", MY)),
     P(NMO, ["Prime Minister Shri Narendra Modi", "Shri Narendra Modi"], ("Prime Minister", IN)),
     P(BIR, ["Shri Om Birla"], ("Speaker, Lok Sabha", None))],
    [E("Rajya Sabha Secretariat"),
     E(RS),
     E("Public Relations Section")],
    [E(IN),
     E(MY, "Malaysian")],
    [I("meeting", [JOH, DHA, HRV, MOD], "2024-12-03", "New Delhi"),
     I("visit", [ANW, IN], "2024-08-19"),
     I("meeting", [ANW, NMO], "2024-08"),
     I("signing", [IN, MY], "2024-08"),
     I("meeting", [JOH, BIR], "2024-12-03", "New Delhi"),
     I("visit", [JOH, IN], "2024-12-02")],
    [N("Comprehensive Strategic Partnership", None),
     N("India-Malaysia Parliamentary Friendship Group", DHA),
     N("regular exchanges between young legislators", DHA),
     N("ASEAN-India Trade in Goods Agreement review", None),
     N("visit of Jagdeep Dhankhar to Malaysia", JOH)],
    [D("Memorandum of Understanding on the Recruitment, Employment and Repatriation of Workers"),
     D("ASEAN-India Trade in Goods Agreement")])

# 7 Kenya News Agency: agency masthead, `Posted on` stamp with rubrics, byline, dateline with weekday and `(KNA) —`,
#   no honorifics except "Dr", a meeting "on Thursday" with the unnamed ambassadors of three states and two
#   attendees, a nickname in a quote, a candidature "launched by" the President "on August 27 last year", a past
#   debate "On December 13" with three named candidates, a proposal in reported speech, a planned trip "next week",
#   "told KNA", a phone call "on Wednesday" with an unnamed "Ugandan counterpart", an upcoming election and summit
NDI, MUD, RAI, SIN, RUT2, YOU2, RAN, TIN = ("Wangari Ndirangu", "Musalia Mudavadi", "Raila Odinga", "Korir Sing'oei",
                                           "William Ruto", "Mahmoud Ali Youssouf", "Richard Randriamandrato",
                                           "Bola Ahmed Tinubu")
KE = "Kenya"
rec("ke-2025-01-16-mudavadi-raila-auc-bid-envoys", "2025-01-16", "Nairobi",
    [P(NDI, []),
     P(MUD, ["Mudavadi"], ("Prime Cabinet Secretary", KE), ("Cabinet Secretary for Foreign and Diaspora Affairs", KE)),
     P(RAI, ["Raila", "Baba"], ("Prime Minister", KE)),
     P(SIN, ["Dr Korir Sing'oei", "Dr Sing'oei"], ("Principal Secretary for Foreign Affairs", KE)),
     P(RUT2, ["President William Ruto"], ("President", KE)),
     P(YOU2, [], ("Foreign Minister", "Djibouti")),
     P(RAN, []),
     P(TIN, ["President Bola Ahmed Tinubu"], ("President", "Nigeria"),
       ("Chairman of the ECOWAS Authority of Heads of State and Government", None))],
    [E("Kenya News Agency", "KNA"),
     E("African Union Commission", "AUC"),
     E("African Union", "AU"),
     E("East African Community", "EAC"),
     E("Ministry of Foreign and Diaspora Affairs")],
    [E(KE, "Kenyan"),
     E("Nigeria"),
     E("Ghana"),
     E("Senegal"),
     E("Djibouti"),
     E("Madagascar"),
     E("Uganda", "Ugandan")],
    [I("meeting", [MUD, "Nigeria", "Ghana", "Senegal", RAI, SIN], "2025-01-16", "Nairobi"),
     I("multilateral", [RAI, YOU2, RAN], "2024-12-13", "Addis Ababa", name="Mjadala Afrika"),
     I("call", [MUD, "Uganda"], "2025-01-15")],
    [N("Raila's candidature", RUT2, "Raila's AUC bid"),
     N("race for the chairmanship of the African Union Commission", None),
     N("38th Ordinary Session of the Assembly of the African Union", None),
     N("continental infrastructure fund", RAI),
     N("visit of Raila Odinga to Nigeria", None)],
    [D("Agreement Establishing the African Continental Free Trade Area")])

# 8 Prime Minister's Office, Sri Lanka: issuer and media division lines, rubric with dashed stamp `09-01-2025`, no
#   dateline, the local "yesterday (08)", "today (09)", "on Tuesday (07)", a courtesy call with an attendee, a past
#   State Visit "from 15 to 17 December 2024" with talks "on 16 December" and an adopted Joint Statement with a long
#   name, a proposal, an invitation conveyed from a third person, a separate meeting with a UN agency head, a
#   programme "launched by" the President, an unnamed ambassador bearing a letter, an invitation to a forum his
#   state will host, closing division line
JHA, HAM, SAP, AKD, NMO2, KUB, OLI2 = ("Santosh Jha", "Harini Amarasuriya", "Pradeep Saputhanthri",
                                       "Anura Kumara Dissanayake", "Narendra Modi", "Azusa Kubota", "K.P. Sharma Oli")
LK, IN2 = "Sri Lanka", "India"
rec("lk-2025-01-09-amarasuriya-santosh-jha-courtesy-calls", "2025-01-09", None,
    [P(JHA, ["High Commissioner Jha"], ("High Commissioner", IN2)),
     P(HAM, ["Dr. Harini Amarasuriya", "Prime Minister Amarasuriya"], ("Prime Minister", LK),
       ("Minister of Education, Higher Education and Vocational Education", LK)),
     P(SAP, [], ("Secretary to the Prime Minister", LK)),
     P(AKD, ["President Anura Kumara Dissanayake", "President Dissanayake"], ("President", LK)),
     P(NMO2, ["Prime Minister Narendra Modi", "Prime Minister Modi"], ("Prime Minister", IN2)),
     P(KUB, [], ("Resident Representative", "United Nations Development Programme")),
     P(OLI2, [], ("Prime Minister", "Nepal"))],
    [E("Prime Minister's Office"),
     E("Prime Minister's Media Division"),
     E("United Nations Development Programme", "UNDP")],
    [E(LK),
     E(IN2, "Indian", "Government of India"),
     E("Nepal")],
    [I("meeting", [JHA, HAM, SAP], "2025-01-08", "Colombo"),
     I("visit", [AKD, IN2], "2024-12-15"),
     I("meeting", [AKD, NMO2], "2024-12-16", "New Delhi"),
     I("meeting", [HAM, KUB], "2025-01-09", "Colombo"),
     I("meeting", [HAM, "Nepal"], "2025-01-07"),
     I("correspondence", [OLI2, HAM], "2025-01-07")],
    [N("Indian Housing Project", IN2),
     N("joint working group on teacher training and digital learning", JHA),
     N("visit of Harini Amarasuriya to India", NMO2),
     N("Clean Sri Lanka", AKD),
     N("Sagarmatha Sambaad", "Nepal")],
    [D("India–Sri Lanka Joint Statement: Fostering Partnerships for a Shared Future")])

# 9 Office of the President, Republic of the Marshall Islands: capitals title and issuer block, `PRESS RELEASE`,
#   capitals dateline on its own line `MAJURO, Marshall Islands — March 12, 2024`, "this morning", an unnamed
#   ambassador received with an attending minister, an Act "signed into law ... on Saturday, March 9" (not an
#   interaction), a past signing "by the two Governments" on a full date, proposal, a call "On Monday", a possessive
#   national strategy, a letter sent "On Friday", a conference another state "will host", `-ENDS-`, closing block
HEI, KAN, TEO, GUT = "Hilda C. Heine", "Kalani R. Kaneko", "Feleti Teo", "António Guterres"
MH, US = "Marshall Islands", "United States"
rec("mh-2024-03-12-heine-compact-funding-us-ambassador", "2024-03-12", "Majuro",
    [P(HEI, ["President Hilda C. Heine", "President Heine"], ("President", MH)),
     P(KAN, ["the Honorable Kalani R. Kaneko"], ("Minister of Foreign Affairs and Trade", MH)),
     P(TEO, ["the Honorable Feleti Teo"], ("Prime Minister", "Tuvalu")),
     P(GUT, [], ("Secretary-General of the United Nations", None))],
    [E("Office of the President"),
     E("Joint Economic Management and Financial Accountability Committee", "JEMFAC"),
     E("Pacific Islands Forum")],
    [E(MH, "Republic of the Marshall Islands", "Marshallese"),
     E(US, "United States of America", "U.S."),
     E("Tuvalu"),
     E("Tonga"),
     E("Antigua and Barbuda")],
    [I("meeting", [HEI, KAN, US], "2024-03-12", "Majuro"),
     I("signing", [MH, US], "2023-10-16", "Honolulu"),
     I("call", [HEI, TEO], "2024-03-11"),
     I("correspondence", [HEI, GUT], "2024-03-08")],
    [N("meeting of the Joint Economic Management and Financial Accountability Committee", HEI),
     N("53rd Pacific Islands Forum Leaders Meeting", None),
     N("Tile Til Eo 2050 Climate Strategy", MH),
     N("Fourth International Conference on Small Island Developing States", None, "SIDS4"),
     N("Compact Trust Fund", None)],
    [D("Compact of Free Association Amendments Act of 2024"),
     D("Compact of Free Association")])

# 10 Ministry of Foreign Affairs, Panama (translated from Spanish): title, state and ministry lines, `Press release`,
#    dateline "Panama City, 16 October 2024." run into the first sentence, "this Wednesday", official visit "on 16
#    and 17 October" reaching a second place "Tomorrow", delegation talks with a vice minister on each side, the two
#    ministers' signing, quote, a proposal by each side, a past sideline meeting "in September", an audience "In
#    the afternoon" at a palace, a call "On Tuesday" with a named "Costa Rican counterpart", closing office lines
JMA, MUR, HOY, ETJ, MUL, ABR, ANT = ("Javier Martínez-Acha Vásquez", "Luis Gilberto Murillo", "Carlos Arturo Hoyos",
                                     "Elizabeth Taylor Jay", "José Raúl Mulino", "Frank Ábrego", "Arnoldo André Tinoco")
PA, CO = "Panama", "Colombia"
rec("pa-2024-10-16-martinez-acha-murillo-migration-memorandum", "2024-10-16", "Panama City",
    [P(JMA, ["Foreign Minister Martínez-Acha"], ("Minister of Foreign Affairs", PA)),
     P(MUR, ["Foreign Minister Murillo"], ("Minister of Foreign Affairs", CO)),
     P(HOY, [], ("Vice Minister of Foreign Affairs", PA)),
     P(ETJ, [], ("Vice Minister of Multilateral Affairs", CO)),
     P(MUL, [], ("President of the Republic", PA)),
     P(ABR, [], ("Minister of Public Security", PA)),
     P(ANT, [])],
    [E("Ministry of Foreign Affairs", "Ministry of Foreign Affairs of Panama"),
     E("Office of Strategic Communication"),
     E("Binational Border Commission"),
     E("United Nations General Assembly")],
    [E(PA, "Republic of Panama", "Panamanian"),
     E(CO, "Republic of Colombia", "Colombian"),
     E("Costa Rica", "Costa Rican")],
    [I("visit", [MUR, PA], "2024-10-16"),
     I("meeting", [JMA, MUR, HOY, ETJ], "2024-10-16", "Panama City"),
     I("signing", [JMA, MUR], "2024-10-16", "Panama City"),
     I("meeting", [JMA, MUR], "2024-09", "New York"),
     I("multilateral", [JMA, MUR], "2024-09", "New York",
       name="79th session of the United Nations General Assembly"),
     I("meeting", [MUR, MUL], "2024-10-16", "Panama City"),
     I("call", [JMA, ANT], "2024-10-15")],
    [N("meeting of the Binational Border Commission", JMA),
     N("trilateral meeting with Costa Rica on the management of migratory flows", MUR, "tripartite dialogue")],
    [D("Memorandum of Understanding on Cooperation in Migration Management and Border Security")])

# 11 Sveriges riksdag (riksdagen.se English): issuer line, rubric `News`, `Published:` stamp with time, no dateline,
#    "on Tuesday 19 November", official visit "from 18 to 20 November" reaching a second city "On Wednesday", talks
#    with an attendee, a past meeting "in April in Palma, Spain, at" a conference, quote, proposal, own bid,
#    invitation, a meeting with a committee, a minister's talks "On Monday", "Mr", closing contact line
NOR, JAN, FOR, MST = "Andreas Norlén", "Gordan Jandroković", "Kenneth G. Forslund", "Maria Malmer Stenergard"
RD, HRP = "Riksdag", "Croatian Parliament"
rec("se-2024-11-19-norlen-jandrokovic-official-visit", "2024-11-19", None,
    [P(NOR, ["Mr Norlén"], ("Speaker", RD)),
     P(JAN, ["Mr Jandroković"], ("Speaker", HRP)),
     P(FOR, [], ("First Deputy Speaker", RD)),
     P(MST, [], ("Minister for Foreign Affairs", "Sweden"))],
    [E(RD, "Sveriges riksdag"),
     E(HRP),
     E("NATO"),
     E("European Union", "EU"),
     E("OECD"),
     E("Committee on Foreign Affairs"),
     E("Ministry for Foreign Affairs"),
     E("Riksdag Press Service")],
    [E("Sweden"),
     E("Croatia", "Croatian"),
     E("Ukraine"),
     E("Spain")],
    [I("visit", [JAN, "Sweden"], "2024-11-18"),
     I("meeting", [NOR, JAN, FOR], "2024-11-19"),
     I("meeting", [NOR, JAN], "2024-04", "Palma"),
     I("multilateral", [NOR, JAN], "2024-04", "Palma",
       name="Conference of Speakers of the European Union Parliaments"),
     I("meeting", [JAN, "Committee on Foreign Affairs"], "2024-11-19"),
     I("meeting", [JAN, MST], "2024-11-18", "Stockholm")],
    [N("joint seminar for the staff of the two parliaments on countering disinformation", NOR),
     N("Croatia's accession to the OECD", "Croatia"),
     N("visit of Andreas Norlén to Croatia", JAN),
     N("enlargement of the European Union", None)],
    [])

# 12 UN Economic Commission for Africa: issuer line, `Press Release`, dateline `Kampala, Uganda, 10 April 2025 (ECA)
#    –`, "today", a signing by an organisation head and a minister "on the sidelines of" a forum "opened on
#    Wednesday" by a Vice President "on behalf of" the President, a possessive national strategy, a declaration to
#    be adopted, an audience "On Tuesday, on the eve of the Forum" with an attendee and a proposal, two "separate
#    meetings" "Today", an agency "the ECA has championed", a video call "On Monday, before travelling to
#    Kampala", a planned conference, closing `Issued by:` block with a postal address
GAT, KAS, ALU, MUS, AJM, MSK, MEN = ("Claver Gatete", "Matia Kasaija", "Jessica Alupo", "Yoweri Kaguta Museveni",
                                     "Amina J. Mohammed", "Situmbeko Musokotwane", "Wamkele Mene")
UG, ECA = "Uganda", "Economic Commission for Africa"
rec("uneca-2025-04-10-gatete-kasaija-arfsd11-kampala", "2025-04-10", "Kampala",
    [P(GAT, ["Mr. Gatete"], ("Executive Secretary", ECA)),
     P(KAS, ["Minister Kasaija"], ("Minister of Finance, Planning and Economic Development", UG)),
     P(ALU, [], ("Vice President", UG)),
     P(MUS, ["President Yoweri Kaguta Museveni", "President Museveni"], ("President", UG)),
     P(AJM, [], ("Deputy Secretary-General of the United Nations", None)),
     P(MSK, ["Mr. Musokotwane"], ("Minister of Finance and National Planning", "Zambia")),
     P(MEN, [], ("Secretary-General", "AfCFTA Secretariat"))],
    [E(ECA, "ECA", "United Nations Economic Commission for Africa"),
     E("Uganda Bureau of Statistics"),
     E("AfCFTA Secretariat"),
     E("Communications Section")],
    [E(UG),
     E("Zambia"),
     E("Ethiopia")],
    [I("signing", [GAT, KAS], "2025-04-10", "Kampala"),
     I("multilateral", [ALU, GAT], "2025-04-09", "Kampala",
       name="Eleventh Session of the Africa Regional Forum on Sustainable Development"),
     I("visit", [GAT, UG]),
     I("meeting", [GAT, MUS, KAS], "2025-04-08", "Entebbe"),
     I("meeting", [GAT, AJM], "2025-04-10", "Kampala"),
     I("meeting", [GAT, MSK], "2025-04-10", "Kampala"),
     I("call", [GAT, MEN], "2025-04-07")],
    [N("tenfold growth strategy", UG),
     N("regional centre for the processing of agricultural commodities in East Africa", MUS),
     N("African Credit Rating Agency", ECA),
     N("Fourth International Conference on Financing for Development", None)],
    [D("Memorandum of Understanding on Cooperation in Development Planning, Statistics and Digital Trade"),
     D("Kampala Declaration"),
     D("African Continental Free Trade Area Agreement")])

check_and_write(GOLD)
