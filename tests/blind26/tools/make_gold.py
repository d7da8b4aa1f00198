#!/usr/bin/env python3
"""Writes gold/<stem>.json for blind45 from the compact records below, then checks them.

Checks: those of ``gold_records.check_and_write`` (every check must pass before anything is written):
participants, proposers and roles' bodies resolve with the scorer's own Resolver; every person form,
organisation/state name, document, place, multilateral and non-constructed initiative is in the text;
no form is shared by two entities; ISO dates; 150-700 words; a year in the text or a meta.json date
(every release here has a meta.json, whose date must equal the record's date).

The shared constructors live in /work/main/tests/gold_records.py (imported, never modified).

Run from /work/blind45:  python3 tools/make_gold.py
"""
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent  # /work/blind45
sys.path.insert(0, "/work/main/tests")  # the shared constructors
from gold_records import D, E, GoldWriter, I, N, P, check_and_write  # noqa: E402

GOLD = GoldWriter(ROOT)
rec = GOLD.rec

# 1 Presidency of the Argentine Nation (Casa Rosada, translated from Spanish): issuer line, rubric with weekday
#   date, no dateline, "this Tuesday" sideline meeting with attendees on both sides, "On Monday" summit session and
#   a second sideline meeting, own arrival "on Sunday night", an incoming visit received "Earlier that day" in
#   another country, invitation, initiative promoted by the host, own accession bid, next summit
MIL, XI, KMI, WER, CAP, WYI, LUL, GEO, MAC = ("Javier Milei", "Xi Jinping", "Karina Milei", "Gerardo Werthein",
                                              "Luis Caputo", "Wang Yi", "Luiz Inácio Lula da Silva",
                                              "Kristalina Georgieva", "Emmanuel Macron")
AR, CN = "Argentina", "People's Republic of China"
rec("ar-2024-11-19-milei-xi-g20-rio", "2024-11-19", None,
    [P(MIL, ["President Javier Milei", "President Milei"], ("President", AR)),
     P(XI, ["President Xi"], ("President", CN)),
     P(KMI, [], ("Secretary General of the Presidency", AR)),
     P(WER, [], ("Minister of Foreign Affairs, International Trade and Worship", AR)),
     P(CAP, [], ("Minister of Economy", AR)),
     P(WYI, [], ("Minister of Foreign Affairs", CN)),
     P(LUL, ["President Luiz Inácio Lula da Silva", "President Lula"], ("President", "Brazil")),
     P(GEO, [], ("Managing Director", "International Monetary Fund")),
     P(MAC, [], ("President", "France"))],
    [E("Presidency of the Argentine Nation"),
     E("G20"),
     E("Central Bank of the Argentine Republic"),
     E("People's Bank of China"),
     E("International Monetary Fund"),
     E("Mercosur"),
     E("European Union"),
     E("OECD")],
    [E(AR, "Argentine"),
     E(CN, "China", "Chinese"),
     E("Brazil"),
     E("France", "French Republic"),
     E("South Africa")],
    [I("meeting", [MIL, XI, KMI, WER, CAP, WYI], "2024-11-19", "Rio de Janeiro"),
     I("multilateral", [MIL, LUL], "2024-11-18", "Rio de Janeiro", name="G20 Leaders' Summit"),
     I("meeting", [MIL, GEO], "2024-11-18", "Rio de Janeiro"),
     I("visit", [MIL, "Brazil"], "2024-11-17", "Rio de Janeiro"),
     I("visit", [MAC, AR], "2024-11-17", "Buenos Aires"),
     I("meeting", [MIL, MAC], "2024-11-17", "Buenos Aires")],
    [N("Comprehensive Strategic Partnership", None),
     N("visit of Javier Milei to China", XI),
     N("Global Alliance against Hunger and Poverty", LUL),
     N("process of accession to the OECD", AR),
     N("Next year's G20 Summit", None)],
    [D("G20 Rio de Janeiro Leaders' Declaration"),
     D("2030 Agenda")])

# 2 President of the Republic of Azerbaijan (president.az): issuer line, rubric with stamp "25 June 2024, 12:10",
#   no dateline, credentials of four ambassadors with two officials "present at the ceremonies", greetings and an
#   invitation conveyed on behalf of a head of state, a past meeting "in Munich in February", an invitation to an
#   event the inviter's state hosts, a state's own initiative, a past conference under another state's presidency,
#   a letter handed over, a chairmanship, an ambassador's proposal
ALI, BAY, HAJ, PRE, PIR, DOR, KHU, HUM, BOR, MUT, RUT = (
    "Ilham Aliyev", "Jeyhun Bayramov", "Hikmet Hajiyev", "Gregor Presker", "Nataša Pirc Musar", "Battsogt Dorjsuren",
    "Ukhnaagiin Khürelsükh", "Rodrigo Hume Figueroa", "Gabriel Boric", "Peter Kiprop Mutai", "William Ruto")
AZ = "Republic of Azerbaijan"
rec("az-2024-06-25-aliyev-credentials-four-ambassadors", "2024-06-25", None,
    [P(ALI, ["President Ilham Aliyev"], ("President", AZ)),
     P(BAY, [], ("Minister of Foreign Affairs", AZ)),
     P(HAJ, [], ("Assistant to the President", AZ),
       ("Head of the Foreign Policy Affairs Department of the Presidential Administration", AZ)),
     P(PRE, ["Ambassador Gregor Presker"], ("Ambassador", "Slovenia")),
     P(PIR, ["President Nataša Pirc Musar"], ("President", "Slovenia")),
     P(DOR, [], ("Ambassador", "Mongolia")),
     P(KHU, [], ("President", "Mongolia")),
     P(HUM, [], ("Ambassador", "Chile")),
     P(BOR, ["President Gabriel Boric"], ("President", "Chile")),
     P(MUT, ["Ambassador Peter Kiprop Mutai"], ("Ambassador", "Kenya")),
     P(RUT, ["President William Ruto"], ("President", "Kenya"))],
    [E("Non-Aligned Movement")],
    [E(AZ, "Azerbaijan", "Azerbaijani"),
     E("Slovenia"),
     E("Mongolia"),
     E("Chile"),
     E("Kenya"),
     E("Armenia")],
    [I("meeting", [ALI, PRE, BAY, HAJ], "2024-06-25"),
     I("meeting", [ALI, DOR, BAY, HAJ], "2024-06-25"),
     I("meeting", [ALI, HUM, BAY, HAJ], "2024-06-25"),
     I("meeting", [ALI, MUT, BAY, HAJ], "2024-06-25"),
     I("correspondence", [RUT, ALI], "2024-06-25"),
     I("meeting", [ALI, PIR], "2024-02", "Munich"),
     I("multilateral", ["Chile"], "2019", "Madrid", name="COP25")],
    [N("visit of Ilham Aliyev to Slovenia", PIR),
     N("Southern Gas Corridor", None),
     N("Middle Corridor", None),
     N("COP29", ALI),
     N("Climate Finance Action Fund", AZ),
     N("Kenya–Azerbaijan business council", MUT)],
    [])

# 3 Ministry of Foreign Affairs of Benin (translated from French): state and ministry lines, PRESS RELEASE,
#   dateline "Cotonou, 12 June 2024 –" run into the first sentence, a two-capital tour "from 10 to 11 June 2024"
#   as special envoy, "on Monday 10 June" / "on Tuesday 11 June", two delivered messages, an attendee, a working
#   session, a minister's proposal and a state's proposal ("The Beninese side"), a past sideline meeting at a
#   summit, a planned summit, a call with an unnamed "Togolese counterpart" on Wednesday, closing directorate block
BAK, TAL, TIN, TUG, AKU, BOT = ("Olushegun Adjadi Bakari", "Patrice Talon", "Bola Ahmed Tinubu",
                                "Yusuf Maitama Tuggar", "Nana Addo Dankwa Akufo-Addo", "Shirley Ayorkor Botchwey")
BJ, NG, GH = "Republic of Benin", "Federal Republic of Nigeria", "Republic of Ghana"
rec("bj-2024-06-12-bakari-abuja-accra-talon-message", "2024-06-12", "Cotonou",
    [P(BAK, ["Mr. Olushegun Adjadi Bakari", "Minister Olushegun Adjadi Bakari", "Minister Bakari"],
       ("Minister of Foreign Affairs", BJ), ("Special Envoy", BJ)),
     P(TAL, ["His Excellency Mr. Patrice Talon", "President Talon"], ("President of the Republic", BJ),
       ("Head of State", BJ), ("Head of Government", BJ)),
     P(TIN, ["His Excellency Mr. Bola Ahmed Tinubu", "President Tinubu"], ("President", NG)),
     P(TUG, ["Ambassador Yusuf Maitama Tuggar", "Minister Tuggar"], ("Minister of Foreign Affairs", NG)),
     P(AKU, ["His Excellency Nana Addo Dankwa Akufo-Addo"], ("President", GH)),
     P(BOT, ["Ms. Shirley Ayorkor Botchwey"], ("Minister for Foreign Affairs and Regional Integration", GH))],
    [E("Ministry of Foreign Affairs"),
     E("Directorate of Communication"),
     E("Benin–Nigeria Joint Commission"),
     E("ECOWAS", "Economic Community of West African States"),
     E("Alliance of Sahel States", "AES")],
    [E(BJ, "Benin", "Beninese"),
     E(NG, "Nigeria"),
     E(GH, "Ghana"),
     E("Niger"),
     E("Togo", "Togolese")],
    [I("visit", [BAK, NG], "2024-06-10", "Abuja"),
     I("meeting", [BAK, TIN, TUG], "2024-06-10", "Abuja"),
     I("correspondence", [TAL, TIN], "2024-06-10", "Abuja"),
     I("meeting", [BAK, TUG], "2024-06-10", "Abuja"),
     I("meeting", [TAL, TIN], "2024-02", "Abuja"),
     I("multilateral", [TAL, TIN], "2024-02", "Abuja",
       name="Extraordinary Summit of ECOWAS Heads of State and Government"),
     I("visit", [BAK, GH], "2024-06-11", "Accra"),
     I("meeting", [BAK, AKU], "2024-06-11", "Accra"),
     I("correspondence", [TAL, AKU], "2024-06-11", "Accra"),
     I("meeting", [BAK, BOT], "2024-06-11", "Accra"),
     I("call", [BAK, "Togo"], "2024-06-12")],
    [N("next session of the Benin–Nigeria Joint Commission", None),
     N("joint mechanism for the exchange of intelligence", TUG),
     N("tripartite ministerial meeting between Benin, Niger and Nigeria", BJ),
     N("ECOWAS Summit", None)],
    [])

# 4 Presidency of the Republic of Ecuador, SECOM (translated from Spanish): issuer lines, bulletin number, dateline
#   "Quito, 17 October 2024 (SECOM).-", "this Thursday", incoming official visit, private and expanded meetings,
#   two signings with different signatories (ministers witnessed by presidents; presidents), own plan, proposal,
#   invitation to "his Ecuadorian counterpart", past trip to an inauguration, arrival "on Wednesday night",
#   call "on Tuesday" with an unnamed "Peruvian counterpart"
NOB, MUL, SOM, PAL, MAR = ("Daniel Noboa Azín", "José Raúl Mulino", "Gabriela Sommerfeld", "Mónica Palencia",
                           "Javier Martínez-Acha")
EC, PA = "Republic of Ecuador", "Republic of Panama"
rec("ec-2024-10-17-noboa-mulino-quito-declaration", "2024-10-17", "Quito",
    [P(NOB, ["President Noboa"], ("President of the Republic", EC)),
     P(MUL, ["President Mulino"], ("President", PA)),
     P(SOM, [], ("Minister of Foreign Affairs and Human Mobility", EC)),
     P(PAL, [], ("Minister of the Interior", EC)),
     P(MAR, [], ("Minister of Foreign Affairs", PA))],
    [E("Presidency of the Republic of Ecuador"),
     E("General Secretariat of Communication", "SECOM")],
    [E(EC, "Ecuador", "Ecuadorian", "Ecuadorian Government"),
     E(PA, "Panama", "Panamanian"),
     E("Peru", "Peruvian")],
    [I("visit", [MUL, EC], "2024-10-16", "Quito"),
     I("meeting", [NOB, MUL, SOM, PAL, MAR], "2024-10-17", "Quito"),
     I("signing", [SOM, MAR, NOB, MUL], "2024-10-17", "Quito"),
     I("signing", [NOB, MUL], "2024-10-17", "Quito"),
     I("visit", [NOB, PA], "2024-07-01", "Panama City"),
     I("meeting", [NOB, MUL], "2024-07-01", "Panama City"),
     I("call", [NOB, "Peru"], "2024-10-15")],
    [N("Phoenix Plan", NOB),
     N("binational security commission", NOB),
     N("annual Ecuador–Panama Presidential Meeting", None),
     N("visit of Daniel Noboa Azín to Panama", MUL),
     N("next Ecuador–Peru Binational Cabinet", None)],
    [D("Agreement between the Republic of Ecuador and the Republic of Panama on Cooperation in the Fight against "
       "Transnational Organized Crime, Drug Trafficking and Money Laundering"),
     D("Quito Declaration")])

# 5 ECCAS Commission: issuer lines, "Press release", dateline "Addis Ababa, Ethiopia, 18 February 2024 –", AU summit
#   "which opened yesterday", sideline meeting "on Saturday", proposal by the other side, invitation to the seat,
#   signing "This Sunday morning" of a long-named MoU with a UN commission, two undated sideline talks, own proposal,
#   upcoming election, past coordination meeting "in July last year", closing directorate block
VER, FAK, GAT, ABA, MAG = ("Gilberto Da Piedade Veríssimo", "Moussa Faki Mahamat", "Claver Gatete", "Abdou Abarry",
                           "Elias Mpedi Magosi")
ECCAS_C, AUC, ECA = "ECCAS Commission", "African Union Commission", "United Nations Economic Commission for Africa"
UNSAC = "United Nations Standing Advisory Committee on Security Questions in Central Africa"
rec("eccas-2024-02-18-verissimo-faki-gatete-au-summit-addis", "2024-02-18", "Addis Ababa",
    [P(VER, ["H.E. Gilberto Da Piedade Veríssimo", "President Veríssimo"], ("President", ECCAS_C)),
     P(FAK, ["H.E. Moussa Faki Mahamat", "Chairperson Faki"], ("Chairperson", AUC)),
     P(GAT, ["Mr. Claver Gatete"], ("Executive Secretary", ECA)),
     P(ABA, ["Mr. Abdou Abarry"], ("Special Representative of the United Nations Secretary-General for Central Africa",
                                   "United Nations"), ("Head", "UNOCA")),
     P(MAG, ["Mr. Elias Mpedi Magosi", "Mr. Magosi"], ("Executive Secretary", "SADC"))],
    [E("Economic Community of Central African States", "ECCAS"),
     E(ECCAS_C),
     E("African Union", "AU"),
     E(AUC, "AU Commission"),
     E(ECA, "ECA"),
     E("United Nations"),
     E("UNOCA", "United Nations Regional Office for Central Africa"),
     E(UNSAC, "UNSAC"),
     E("SADC", "Southern African Development Community"),
     E("Communication Directorate")],
    [E("Ethiopia"),
     E("Democratic Republic of the Congo", "DRC"),
     E("Chad"),
     E("Gabon")],
    [I("multilateral", [VER], "2024-02-17", "Addis Ababa",
       name="37th Ordinary Session of the Assembly of Heads of State and Government of the African Union"),
     I("meeting", [VER, FAK], "2024-02-17", "Addis Ababa"),
     I("signing", [VER, GAT], "2024-02-18", "Addis Ababa"),
     I("meeting", [VER, ABA], None, "Addis Ababa"),
     I("meeting", [VER, MAG], None, "Addis Ababa"),
     I("multilateral", [], "2023-07", "Nairobi", name="Fifth Mid-Year Coordination Meeting")],
    [N("joint AU–ECCAS observation mission for the presidential election in Chad", FAK),
     N("presidential election in Chad", None),
     N("visit of Moussa Faki Mahamat to Gabon", VER),
     N("next ministerial meeting of the " + UNSAC, None),
     N("joint ECCAS–SADC ministerial meeting on the situation in the eastern DRC", VER)],
    [D("Memorandum of Understanding on Cooperation in Regional Integration, Statistics and Development Planning")])

# 6 Jogorku Kenesh of the Kyrgyz Republic, Press Service: issuer line, rubric with stamp "24.11.2023 17:30", no
#   dateline, "Toraga", long double title, plenary with seven delegations, adopted model law, past CIS summit "on
#   13 October", own proposal, three sideline meetings (one with an unnamed "Tajik counterpart"), a past state visit
#   by an unnamed "President of the Russian Federation", invitation to a forum the inviter hosts, planned council
#   meeting, arrival and meeting "On Thursday"
SHA, MAT, ASH, KOB = "Nurlanbek Shakiev", "Valentina Matviyenko", "Maulen Ashimbayev", "Dmitry Kobitsky"
IPA, KG, RU = "Interparliamentary Assembly of the CIS Member Nations", "Kyrgyz Republic", "Russia"
rec("kg-2023-11-24-shakiev-ipa-cis-plenary-st-petersburg", "2023-11-24", None,
    [P(SHA, ["Toraga Nurlanbek Shakiev"], ("Toraga", "Jogorku Kenesh")),
     P(MAT, [], ("Chairperson of the IPA CIS Council", IPA), ("Chairperson of the Federation Council", RU)),
     P(ASH, [], ("Chairman of the Senate of the Parliament", "Kazakhstan")),
     P(KOB, [], ("Secretary General of the IPA CIS Council", IPA))],
    [E("Jogorku Kenesh", "Jogorku Kenesh of the Kyrgyz Republic"),
     E("Press Service"),
     E(IPA, "IPA CIS"),
     E("CIS", "Commonwealth of Independent States"),
     E("Kyrgyz-Kazakh Interparliamentary Council")],
    [E(KG, "Kyrgyzstan", "Kyrgyz"),
     E(RU, "Russian Federation", "Russian"),
     E("Azerbaijan"),
     E("Belarus"),
     E("Kazakhstan", "Republic of Kazakhstan", "Kazakh"),
     E("Tajikistan", "Tajik"),
     E("Uzbekistan")],
    [I("multilateral", [SHA, MAT], "2023-11-24", "St. Petersburg",
       name="plenary session of the Interparliamentary Assembly of the CIS Member Nations"),
     I("meeting", [SHA, MAT], "2023-11-24", "St. Petersburg"),
     I("meeting", [SHA, ASH], "2023-11-24", "St. Petersburg"),
     I("meeting", [SHA, "Tajikistan"], "2023-11-24", "St. Petersburg"),
     I("multilateral", [], "2023-10-13", "Bishkek", name="meeting of the CIS Council of Heads of State"),
     I("visit", [RU, KG], "2023-10"),
     I("visit", [SHA, RU], "2023-11-23", "St. Petersburg"),
     I("meeting", [SHA, KOB], "2023-11-23", "St. Petersburg")],
    [N("Youth Parliamentary Forum of the CIS countries", SHA),
     N("Fourth Eurasian Women's Forum", MAT),
     N("next meeting of the Kyrgyz-Kazakh Interparliamentary Council", None)],
    [D("Model Law on Digital Platforms")])

# 7 Ministry of Foreign Affairs of the Republic of Moldova: issuer line, rubric "Press releases | 13.03.2025", no
#   dateline, "today ... in Chișinău", visit "on 12–13 March", two formats of one talk, long-named MoU signed by the
#   ministers, own accession bid, proposal, announced contribution, invitation to a forum the inviter's state hosts,
#   past sideline meeting "in Valletta in December", past conference "in June last year", audiences "yesterday" and
#   "today"
POP, FAJ, SAN, REC = "Mihai Popșoi", "Tanja Fajon", "Maia Sandu", "Dorin Recean"
MD, SI = "Republic of Moldova", "Republic of Slovenia"
rec("md-2025-03-13-popsoi-fajon-european-integration-memorandum", "2025-03-13", None,
    [P(POP, ["Minister Popșoi"], ("Deputy Prime Minister", MD), ("Minister of Foreign Affairs", MD)),
     P(FAJ, ["Minister Fajon"], ("First Deputy Prime Minister", SI), ("Minister of Foreign and European Affairs", SI)),
     P(SAN, ["President Maia Sandu"], ("President", MD)),
     P(REC, ["Prime Minister Dorin Recean"], ("Prime Minister", MD))],
    [E("Ministry of Foreign Affairs of the Republic of Moldova"),
     E("European Union"),
     E("OSCE")],
    [E(MD, "Moldova", "Moldovan"),
     E(SI, "Slovenia", "Slovenian"),
     E("Russia"),
     E("Ukraine")],
    [I("visit", [FAJ, MD], "2025-03-12", "Chișinău"),
     I("meeting", [POP, FAJ], "2025-03-13", "Chișinău"),
     I("signing", [POP, FAJ], "2025-03-13", "Chișinău"),
     I("meeting", [SAN, FAJ], "2025-03-12", "Chișinău"),
     I("meeting", [REC, FAJ], "2025-03-13", "Chișinău"),
     I("meeting", [POP, FAJ], "2024-12", "Valletta"),
     I("multilateral", [POP, FAJ], "2024-12", "Valletta", name="OSCE Ministerial Council"),
     I("multilateral", [], "2024-06", name="first intergovernmental conference")],
    [N("Moldova's accession to the European Union", MD),
     N("Moldovan-Slovenian joint commission for economic cooperation", POP),
     N("Moldova Support Platform", None),
     N("Bled Strategic Forum", FAJ)],
    [D("Memorandum of Understanding between the Ministry of Foreign Affairs of the Republic of Moldova and the "
       "Ministry of Foreign and European Affairs of the Republic of Slovenia on Cooperation in the Field of European "
       "Integration")])

# 8 Ministry of Foreign Affairs, Cooperation and Mauritanians Abroad, Mauritania (translated from French): capitals
#   state line, motto, ministry line, JOINT COMMUNIQUÉ with numbered paragraphs, visit "from 21 to 23 January 2024",
#   audience "On Monday 22 January 2024" with a delivered message and an attendee, courtesy call, talks and signing
#   of a long-named MoU, past commission session naming no persons, planned session, a state's proposal ("The
#   Malian side"), a charter signed by three states, two invitations (one conveyed from a third person), closing
#   "Done at Nouakchott, 23 January 2024"
MER, DIO, GHA, GOI, BIL = ("Mohamed Salem Ould Merzoug", "Abdoulaye Diop", "Mohamed Ould Cheikh El Ghazouani",
                           "Assimi Goïta", "Mohamed Ould Bilal Messoud")
MR, ML = "Islamic Republic of Mauritania", "Republic of Mali"
rec("mr-2024-01-23-merzoug-diop-joint-communique-nouakchott", "2024-01-23", "Nouakchott",
    [P(MER, ["His Excellency Mr. Mohamed Salem Ould Merzoug", "Minister Merzoug"],
       ("Minister of Foreign Affairs, Cooperation and Mauritanians Abroad", MR)),
     P(DIO, ["His Excellency Mr. Abdoulaye Diop", "Minister Diop"],
       ("Minister of Foreign Affairs and International Cooperation", ML)),
     P(GHA, ["His Excellency Mr. Mohamed Ould Cheikh El Ghazouani", "President Mohamed Ould Cheikh El Ghazouani"],
       ("President of the Republic", MR)),
     P(GOI, ["His Excellency Colonel Assimi Goïta", "President Assimi Goïta"], ("President of the Transition", ML),
       ("Head of State", ML)),
     P(BIL, ["His Excellency Mr. Mohamed Ould Bilal Messoud"], ("Prime Minister", MR))],
    [E("Ministry of Foreign Affairs, Cooperation and Mauritanians Abroad"),
     E("Mauritanian–Malian Joint Commission for Cooperation", "Joint Commission"),
     E("Alliance of Sahel States", "AES")],
    [E(MR, "Mauritania", "Mauritanian"),
     E(ML, "Mali", "Malian"),
     E("Burkina Faso"),
     E("Niger")],
    [I("visit", [DIO, MR], "2024-01-21", "Nouakchott"),
     I("meeting", [DIO, GHA, MER], "2024-01-22", "Nouakchott"),
     I("correspondence", [GOI, GHA], "2024-01-22", "Nouakchott"),
     I("meeting", [DIO, BIL], "2024-01-22", "Nouakchott"),
     I("meeting", [MER, DIO], "2024-01-22", "Nouakchott"),
     I("signing", [MER, DIO], "2024-01-22", "Nouakchott"),
     I("meeting", [MR, ML], "2019", "Bamako"),
     I("signing", [ML, "Burkina Faso", "Niger"], "2023-09-16")],
    [N("next session of the Joint Commission", None),
     N("joint meeting of the ministers in charge of defence and of livestock", ML),
     N("visit of Mohamed Ould Cheikh El Ghazouani to Mali", GOI),
     N("visit of Mohamed Salem Ould Merzoug to Mali", DIO)],
    [D("Joint Communiqué"),
     D("Memorandum of Understanding on the Establishment of a Joint Mechanism for the Security of the Common Border "
       "and the Management of Cross-Border Transhumance"),
     D("Liptako-Gourma Charter")])

# 9 Ministry of International Relations and Cooperation, Namibia: capitals state and ministry lines, MEDIA RELEASE,
#   capitals dateline "WINDHOEK, 9 March 2023 –", "Honourable", "MP", co-chaired commission session, senior officials
#   "from 6 to 8 March 2023" with an unnamed "Zambian counterpart", arrival and courtesy call "on Wednesday" with a
#   special message, a state's proposal ("The Zambian side"), a minister's call, a chairmanship, a planned summit,
#   two documents signed by the same pair, past session naming no persons, planned session, -END-, "Issued by:" block
NAN, KAK, NAA, GEI, HIC = ("Netumbo Nandi-Ndaitwah", "Stanley Kakubo", "Penda Naanda", "Hage G. Geingob",
                           "Hakainde Hichilema")
NA, ZM = "Republic of Namibia", "Republic of Zambia"
MIRCO = "Ministry of International Relations and Cooperation"
rec("na-2023-03-09-nandi-ndaitwah-kakubo-jpcc-windhoek", "2023-03-09", "Windhoek",
    [P(NAN, ["Honourable Netumbo Nandi-Ndaitwah", "Honourable Nandi-Ndaitwah"], ("Deputy Prime Minister", NA),
       ("Minister of International Relations and Cooperation", NA)),
     P(KAK, ["Honourable Stanley Kakubo", "Minister Kakubo"], ("Minister of Foreign Affairs and International Cooperation",
                                                              ZM)),
     P(NAA, ["Ambassador Penda Naanda"], ("Executive Director", MIRCO)),
     P(GEI, ["His Excellency Dr. Hage G. Geingob"], ("President", NA)),
     P(HIC, ["His Excellency Mr. Hakainde Hichilema"], ("President", ZM))],
    [E(MIRCO),
     E("Namibia–Zambia Joint Permanent Commission of Cooperation", "JPCC"),
     E("SADC Organ on Politics, Defence and Security Cooperation"),
     E("SADC", "Southern African Development Community"),
     E("Office of the Executive Director")],
    [E(NA, "Namibia"),
     E(ZM, "Zambia", "Zambian"),
     E("Democratic Republic of the Congo"),
     E("Mozambique")],
    [I("meeting", [NAN, KAK], "2023-03-09", "Windhoek"),
     I("meeting", [NAA, ZM], "2023-03-06"),
     I("visit", [KAK, NA], "2023-03-08", "Windhoek"),
     I("meeting", [KAK, GEI], "2023-03-08", "Windhoek"),
     I("correspondence", [HIC, GEI], "2023-03-08", "Windhoek"),
     I("signing", [NAN, KAK], "2023-03-09", "Windhoek"),
     I("meeting", [NA, ZM], "2019", "Livingstone")],
    [N("Walvis Bay–Ndola–Lubumbashi Development Corridor", None),
     N("joint feasibility study on the extension of the railway line from Grootfontein to Katima Mulilo", ZM),
     N("harmonisation of working hours at the Katima Mulilo–Sesheke border post", NAN),
     N("43rd SADC Summit", None),
     N("7th Session of the JPCC", None, "7th Session")],
    [D("Memorandum of Understanding between the Government of the Republic of Namibia and the Government of the "
       "Republic of Zambia on Cooperation in the Fields of Youth, Sport and Culture"),
     D("Agreed Minutes of the 6th Session of the JPCC")])

# 10 Andean Community, General Secretariat (translated from Spanish): issuer lines, dateline "Lima, 16 November 2021
#    (SGCAN).-" with an agency tag, long-named MoU signed by two heads of institutions and witnessed by a minister,
#    an agenda "promoted by the General Secretariat", past agreement recalled in a quote, arrival "on Monday" and an
#    audience "on the same day", a council of four ministers "Yesterday, Monday" by videoconference, adopted statute,
#    a state's proposal ("at the proposal of Colombia"), closing press-office block
PED, DIA, MAU, CAS, MAY, RAM, MON = ("Jorge Hernando Pedraza", "Sergio Díaz-Granados", "Óscar Maúrtua",
                                     "Pedro Castillo", "Rogelio Mayta", "Marta Lucía Ramírez", "Mauricio Montalvo")
CAN, SG, CAF = ("Andean Community", "General Secretariat of the Andean Community",
                "CAF – Development Bank of Latin America")
rec("sgcan-2021-11-16-pedraza-diaz-granados-caf-memorandum-lima", "2021-11-16", "Lima",
    [P(PED, ["Secretary General Pedraza"], ("Secretary General", CAN)),
     P(DIA, [], ("Executive President", CAF)),
     P(MAU, ["Minister Maúrtua"], ("Minister of Foreign Affairs", "Peru")),
     P(CAS, ["President Pedro Castillo"], ("President", "Peru")),
     P(MAY, [], ("Minister of Foreign Affairs", "Bolivia")),
     P(RAM, [], ("Vice President", "Colombia"), ("Minister of Foreign Affairs", "Colombia")),
     P(MON, [], ("Minister of Foreign Affairs and Human Mobility", "Ecuador"))],
    [E(CAN, "CAN"),
     E(SG, "General Secretariat", "SGCAN"),
     E(CAF, "CAF"),
     E("Andean Council of Foreign Ministers"),
     E("Andean Presidential Council"),
     E("Press Office")],
    [E("Peru", "Peruvian"),
     E("Bolivia"),
     E("Colombia"),
     E("Ecuador")],
    [I("signing", [PED, DIA, MAU], "2021-11-16", "Lima"),
     I("visit", [DIA, "Peru"], "2021-11-15", "Lima"),
     I("meeting", [DIA, CAS], "2021-11-15", "Lima"),
     I("multilateral", [PED, MAY, RAM, MON, MAU], "2021-11-15", name="Meeting of the Andean Council of Foreign Ministers")],
    [N("Andean Digital Agenda", SG),
     N("meeting of the Andean Presidential Council", "Colombia")],
    [D("Memorandum of Understanding for the Promotion of Regional Integration, Digital Transformation and the Recovery "
       "of Intra-Community Trade"),
     D("Cartagena Agreement"),
     D("Andean Migration Statute")])

# 11 Verkhovna Rada of Ukraine: issuer line, rubric "News | 25.10.2022 18:40", no dateline, quotation title, summit
#    "today ... in Zagreb" with parliaments and assemblies as participants and a video address, call for a tribunal,
#    adopted declaration, three "separate meetings" (one with an unnamed "Latvian counterpart" who proposes the next
#    summit), invitation, meeting "On Monday evening, on the eve of the Summit", delegation member, past summit
#    "in Kyiv in August 2021", closing department line
STE, JAN, ZEL, WIT, KOX, KOR = ("Ruslan Stefanchuk", "Gordan Jandroković", "Volodymyr Zelensky", "Elżbieta Witek",
                                "Tiny Kox", "Oleksandr Korniienko")
VR, PACE, PL = "Verkhovna Rada of Ukraine", "Parliamentary Assembly of the Council of Europe", "Republic of Poland"
rec("ua-2022-10-25-stefanchuk-crimea-platform-parliamentary-summit-zagreb", "2022-10-25", None,
    [P(STE, [], ("Chairman of the Verkhovna Rada", VR)),
     P(JAN, [], ("Speaker of the Croatian Parliament", "Croatia")),
     P(ZEL, ["President Zelensky"], ("President", "Ukraine")),
     P(WIT, [], ("Marshal of the Sejm", PL)),
     P(KOX, [], ("President", PACE)),
     P(KOR, [], ("First Deputy Chairman of the Verkhovna Rada", VR))],
    [E(VR, "Verkhovna Rada"),
     E("European Parliament"),
     E(PACE, "PACE"),
     E("NATO Parliamentary Assembly"),
     E("Information Department of the Verkhovna Rada of Ukraine Secretariat")],
    [E("Ukraine", "Ukrainian"),
     E("Croatia", "Croatian"),
     E(PL, "Poland"),
     E("Latvia", "Latvian"),
     E("Russia", "Russian")],
    [I("multilateral", [STE, JAN, ZEL, KOR, "European Parliament", PACE, "NATO Parliamentary Assembly"], "2022-10-25",
       "Zagreb", name="First Parliamentary Summit of the International Crimea Platform"),
     I("meeting", [STE, JAN], "2022-10-25", "Zagreb"),
     I("meeting", [STE, WIT], "2022-10-25", "Zagreb"),
     I("meeting", [STE, "Latvia"], "2022-10-25", "Zagreb"),
     I("meeting", [STE, KOX], "2022-10-24", "Zagreb"),
     I("multilateral", [ZEL], "2021-08", "Kyiv", name="Inaugural Summit of the Crimea Platform")],
    [N("special international tribunal for the crime of aggression against Ukraine", STE),
     N("second Parliamentary Summit of the Crimea Platform", "Latvia"),
     N("visit of Ruslan Stefanchuk to Poland", WIT),
     N("International Crimea Platform", ZEL)],
    [D("Joint Declaration of the First Parliamentary Summit of the International Crimea Platform")])

# 12 Parliament of the Republic of Uganda: capitals issuer, "News", "Published: Tuesday, 06 February 2024", byline,
#    no dateline, "Rt Hon.", "Hon.", "Dr", reception with two attendees, arrival "on Monday evening", past assembly
#    "in October last year" where the two last met, own proposal, call "on Monday" with an unnamed "Kenyan
#    counterpart", invitation to an assembly of the body the inviter presides, scheduled meeting "On Wednesday"
ATU, AMO, ACK, TAY, SSE, MUS = ("Brenda Atuhaire", "Anita Among", "Tulia Ackson", "Thomas Tayebwa", "Joel Ssenyonyi",
                                "Yoweri Museveni")
PU, IPU = "Parliament of the Republic of Uganda", "Inter-Parliamentary Union"
rec("ug-2024-02-06-among-ackson-ipu-presidency-kampala", "2024-02-06", None,
    [P(ATU, []),
     P(AMO, ["Rt Hon. Anita Among", "Speaker Among"], ("Speaker of Parliament", PU)),
     P(ACK, ["Dr Tulia Ackson"], ("President", IPU), ("Speaker of the National Assembly", "Tanzania")),
     P(TAY, ["Rt Hon. Thomas Tayebwa"], ("Deputy Speaker", PU)),
     P(SSE, ["Hon. Joel Ssenyonyi"], ("Leader of the Opposition", PU)),
     P(MUS, ["President Yoweri Museveni"], ("President", "Uganda"))],
    [E(PU),
     E(IPU, "IPU")],
    [E("Uganda"),
     E("Tanzania"),
     E("Angola"),
     E("Kenya", "Kenyan")],
    [I("visit", [ACK, "Uganda"], "2024-02-05", "Kampala"),
     I("meeting", [AMO, ACK, TAY, SSE], "2024-02-06", "Kampala"),
     I("multilateral", [ACK, AMO], "2023-10", "Luanda", name="147th IPU Assembly"),
     I("meeting", [AMO, ACK], "2023-10", "Luanda"),
     I("call", [AMO, "Kenya"], "2024-02-05")],
    [N("caucus of East African Community Speakers", AMO),
     N("148th IPU Assembly", ACK),
     N("meeting of Tulia Ackson with Yoweri Museveni", None)],
    [])

check_and_write(GOLD)
