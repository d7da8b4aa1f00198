#!/usr/bin/env python3
"""Writes gold/<stem>.json for blind43 from the compact records below, then checks them.

Checks: those of ``gold_records.check_and_write`` (every check must pass before anything is written):
participants, proposers and roles' bodies resolve with the scorer's own Resolver; every person form,
organisation/state name, document, place, multilateral and non-constructed initiative is in the text;
no form is shared by two entities; ISO dates; 150-700 words; a year in the text or a meta.json date.

The shared constructors live in /work/main/tests/gold_records.py (imported, never modified).

Run from /work/blind43:  python3 tools/make_gold.py
"""
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent  # /work/blind43
sys.path.insert(0, "/work/main/tests")  # the shared constructors
from gold_records import D, E, GoldWriter, I, N, P, check_and_write  # noqa: E402

GOLD = GoldWriter(ROOT)
rec = GOLD.rec

# 1 Government of the Republic of Croatia (vlada.gov.hr English): issuer line, rubric with date, dateline
#   "Dubrovnik, 9 October 2024 –", "on Wednesday", co-chaired summit, witnessed signing, adopted declaration,
#   two separate sideline meetings, past summit and hosted conference, photo caption, Share, Related news
PLE, ZEL, GRR, ANU, MIT, SPA = ("Andrej Plenković", "Volodymyr Zelensky", "Gordan Grlić Radman", "Ivan Anušić",
                                "Kyriakos Mitsotakis", "Milojko Spajić")
rec("hr-2024-10-09-plenkovic-zelensky-dubrovnik-summit", "2024-10-09", "Dubrovnik",
    [P(PLE, ["Prime Minister Andrej Plenković", "Plenković", "Prime Minister Plenković"], ("Prime Minister", "Croatia")),
     P(ZEL, ["President Zelensky", "Zelensky"], ("President", "Ukraine")),
     P(GRR, [], ("Minister of Foreign and European Affairs", "Croatia")),
     P(ANU, [], ("Minister of Defence", "Croatia")),
     P(MIT, ["Mitsotakis"], ("Prime Minister", "Greece")),
     P(SPA, ["Spajić"], ("Prime Minister", "Montenegro"))],
    [E("European Union"),
     E("European Council")],
    [E("Croatia", "Croatian", "Government of the Republic of Croatia", "Republic of Croatia"),
     E("Ukraine", "Ukrainian"),
     E("Greece", "Greek"),
     E("Montenegro")],
    [I("multilateral", [PLE, ZEL], "2024-10-09", "Dubrovnik", name="third Ukraine – South East Europe Summit"),
     I("signing", [PLE, ZEL, GRR, ANU], "2024-10-09", "Dubrovnik"),
     I("meeting", [PLE, MIT], "2024-10-09", "Dubrovnik"),
     I("meeting", [PLE, SPA], "2024-10-09", "Dubrovnik"),
     I("multilateral", [], "2023-08", "Athens", name="inaugural Ukraine – South East Europe Summit"),
     I("multilateral", ["Croatia"], "2023-10", "Zagreb",
       name="International Donors' Conference on Humanitarian Demining")],
    [N("membership of the European Union", "Ukraine"),
     N("Peace Formula", ZEL),
     N("second Peace Summit", ZEL),
     N("second international conference on humanitarian demining in Ukraine", PLE),
     N("Vertical Gas Corridor", None),
     N("meeting of the European Council", None),
     N("joint session of the governments of Croatia and Montenegro", SPA),
     N("Adriatic–Ionian motorway", None),
     N("Montenegro's accession to the European Union", "Montenegro")],
    [D("Agreement on Long-term Support and Cooperation between Croatia and Ukraine"),
     D("Dubrovnik Declaration")])

# 2 Storting (stortinget.no English): issuer line "Stortinget – The Norwegian Parliament", rubric, dotted
#   "Published / Last updated" stamp, no dateline, weekday dates over a three-day visit to two countries and
#   two capitals, a reception at a castle, a past visit recalled ("in Oslo in February"), proposal, invitation
MAS, MIE, RIN, CMN, SIM = ("Masud Gharahkhani", "Daiga Mieriņa", "Edgars Rinkēvičs", "Viktorija Čmilytė-Nielsen",
                           "Ingrida Šimonytė")
STO = "Storting"
rec("no-2024-04-17-gharahkhani-riga-vilnius-visit", "2024-04-17", None,
    [P(MAS, ["Gharahkhani"], ("President of the Storting", STO)),
     P(MIE, ["Mieriņa"], ("Speaker of the Saeima", "Latvia")),
     P(RIN, [], ("President", "Latvia")),
     P(CMN, ["Čmilytė-Nielsen"], ("Speaker of the Seimas", "Lithuania")),
     P(SIM, ["Šimonytė"], ("Prime Minister", "Lithuania"))],
    [E(STO, "Stortinget", "Norwegian Parliament"),
     E("NATO")],
    [E("Norway", "Norwegian"),
     E("Latvia"),
     E("Lithuania", "Lithuanian"),
     E("Ukraine"),
     E("Russia"),
     E("Germany", "German")],
    [I("visit", [MAS, "Latvia"], "2024-04-15", "Riga"),
     I("meeting", [MAS, MIE], "2024-04-15", "Riga"),
     I("meeting", [MAS, RIN], "2024-04-15", "Riga"),
     I("visit", [MAS, "Lithuania"], "2024-04-16", "Vilnius"),
     I("meeting", [MAS, CMN], "2024-04-16", "Vilnius"),
     I("meeting", [MAS, SIM], "2024-04-17", "Vilnius"),
     I("visit", [CMN, "Norway"], "2024-02", "Oslo"),
     I("meeting", [MAS, CMN], "2024-02", "Oslo")],
    [N("visit of Daiga Mieriņa to Norway", MAS),
     N("regular meeting format for the Speakers of the Nordic and Baltic parliaments", CMN),
     N("deployment of the German brigade to Lithuania", None),
     N("NATO summit in Washington", None),
     N("Nansen Support Programme for Ukraine", None)],
    [])

# 3 Government of the Republic of Estonia, Government Office (valitsus.ee English): issuer line, rubric with
#   dotted stamp, no dateline, two calls "on Thursday" (one with an unnamed "Latvian counterpart"), a video
#   conference "on Friday morning", a past meeting "last week", proposal, announced mission, planned committee
#   meeting, closing office block
MIC, ORP, RUT, PEV = "Kristen Michal", "Petteri Orpo", "Mark Rutte", "Hanno Pevkur"
rec("ee-2024-12-27-michal-orpo-rutte-estlink-calls", "2024-12-27", None,
    [P(MIC, ["Prime Minister Michal", "Prime Minister Kristen Michal", "Michal"], ("Prime Minister", "Estonia")),
     P(ORP, [], ("Prime Minister", "Finland")),
     P(RUT, ["NATO Secretary General Mark Rutte", "Rutte"], ("Secretary General", "NATO")),
     P(PEV, [], ("Minister of Defence", "Estonia"))],
    [E("Government Office"),
     E("Communication Department"),
     E("European Union"),
     E("NATO"),
     E("Elering"),
     E("Fingrid"),
     E("Estonian Navy"),
     E("Government's Security Committee")],
    [E("Estonia", "Estonian", "Government of the Republic of Estonia"),
     E("Finland", "Finnish"),
     E("Latvia", "Latvian"),
     E("Russia", "Russian")],
    [I("call", [MIC, ORP], "2024-12-26"),
     I("call", [MIC, "Latvia"], "2024-12-26"),
     I("call", [MIC, RUT], "2024-12-27"),
     I("meeting", [MIC, RUT], "2024-12", "Brussels")],
    [N("sanctions on the vessels of the shadow fleet", MIC),
     N("synchronisation of the Baltic electricity systems with the continental European network", None),
     N("mission to protect the Estlink 1 cable", PEV),
     N("meeting of the Government's Security Committee", None)],
    [D("UN Convention on the Law of the Sea")])

# 4 Office of the President of the Republic, Czech Republic (hrad.cz English): issuer line with the Castle,
#   rubric "Thursday 12 September" and dateline "Prague, 12 September –" without a year (meta.json), dashed
#   list of four envoys with "Mr."/"Ms.", two officials present at each ceremony, a letter handed over, a past
#   sideline meeting "a year ago", a conveyed invitation, a possessive initiative, an earlier phone call
PAV, LIP, VOH, OWU, SOL, PER, HOV, AKU, CHA, MIL, PEL = (
    "Petr Pavel", "Jan Lipavský", "Jana Vohralíková", "Kwabena Owusu-Ansah", "Adriana Solís Murillo",
    "Tomislav Perković", "Ingrid Hovland Berge", "Nana Addo Dankwa Akufo-Addo", "Rodrigo Chaves", "Zoran Milanović",
    "Peter Pellegrini")
CZ, OPR = "Czech Republic", "Office of the President of the Republic"
rec("cz-2024-09-12-pavel-credentials-four-ambassadors", "2024-09-12", "Prague",
    [P(PAV, ["President Pavel", "President of the Republic Petr Pavel", "Pavel"], ("President of the Republic", CZ)),
     P(LIP, [], ("Minister of Foreign Affairs", CZ)),
     P(VOH, [], ("Head of the Office of the President of the Republic", OPR)),
     P(OWU, ["Mr. Kwabena Owusu-Ansah", "Ambassador Owusu-Ansah"], ("Ambassador", "Ghana")),
     P(SOL, ["Ms. Adriana Solís Murillo", "Ambassador Solís Murillo"], ("Ambassador", "Costa Rica")),
     P(PER, ["Mr. Tomislav Perković", "Ambassador Perković"], ("Ambassador", "Croatia")),
     P(HOV, ["Ms. Ingrid Hovland Berge", "Ambassador Hovland Berge"], ("Ambassador", "Norway")),
     P(AKU, [], ("President", "Ghana")),
     P(CHA, ["President Rodrigo Chaves"], ("President", "Costa Rica")),
     P(MIL, [], ("President", "Croatia")),
     P(PEL, ["Pellegrini"], ("President", "Slovakia"))],
    [E(OPR),
     E("United Nations General Assembly")],
    [E(CZ, "Czech"),
     E("Ghana", "Republic of Ghana"),
     E("Costa Rica", "Republic of Costa Rica"),
     E("Croatia", "Republic of Croatia"),
     E("Norway", "Kingdom of Norway"),
     E("Ukraine"),
     E("Slovakia", "Slovak Republic", "Slovak")],
    [I("meeting", [PAV, OWU, LIP, VOH], "2024-09-12", "Prague"),
     I("meeting", [PAV, SOL, LIP, VOH], "2024-09-12", "Prague"),
     I("meeting", [PAV, PER, LIP, VOH], "2024-09-12", "Prague"),
     I("meeting", [PAV, HOV, LIP, VOH], "2024-09-12", "Prague"),
     I("correspondence", [AKU, PAV], "2024-09-12", "Prague"),
     I("meeting", [PAV, CHA], "2023-09", "New York"),
     I("multilateral", [PAV, CHA], "2023-09", "New York", name="United Nations General Assembly"),
     I("call", [PAV, PEL], "2024-09-12")],
    [N("Czech business mission", None),
     N("general elections in December", None),
     N("visit of Petr Pavel to Croatia", MIL),
     N("Three Seas Initiative", None),
     N("ammunition initiative", PAV),
     N("resumption of the joint meetings of the Czech and Slovak governments", PEL)],
    [])

# 5 Council of the Baltic Sea States, Secretariat news (cbss.org): issuer line, rubric "News | Secretariat | date",
#   no dateline, a two-city visit over two weekdays, a proposal, a signing between the Secretariat (its named head)
#   and an organisation with an unnamed signatory, a mayor, a committee meeting joined by video conference,
#   rotating presidencies, a planned ministerial session, an adopted declaration, contact line
POZ, BAR, DUL = "Grzegorz Poznański", "Władysław Teofil Bartoszewski", "Aleksandra Dulkiewicz"
CBSS, SEC, UBC = "Council of the Baltic Sea States", "CBSS Secretariat", "Union of the Baltic Cities"
rec("cbss-2025-05-14-poznanski-warsaw-gdansk-polish-presidency", "2025-05-14", None,
    [P(POZ, ["Poznański"], ("Director General", SEC)),
     P(BAR, ["Secretary of State Władysław Teofil Bartoszewski", "Bartoszewski"],
       ("Secretary of State", "Ministry of Foreign Affairs")),
     P(DUL, [], ("Mayor of Gdańsk", "Poland"))],
    [E(CBSS, "CBSS"),
     E(SEC, "Secretariat"),
     E("Ministry of Foreign Affairs"),
     E("European Union"),
     E(UBC, "UBC"),
     E("Committee of Senior Officials"),
     E("Communications Unit")],
    [E("Poland", "Polish"),
     E("Finland", "Finnish"),
     E("Ukraine"),
     E("Russia"),
     E("Belarus")],
    [I("visit", [POZ, "Poland"], "2025-05-12"),
     I("meeting", [POZ, BAR], "2025-05-12", "Warsaw"),
     I("signing", [POZ, UBC], "2025-05-13", "Gdańsk"),
     I("meeting", [POZ, DUL], "2025-05-13", "Gdańsk"),
     I("multilateral", [POZ], "2025-05-14", name="meeting of the Committee of Senior Officials")],
    [N("high-level conference on the protection of critical undersea infrastructure", BAR),
     N("Ministerial Session", None)],
    [D("Memorandum of Understanding between the CBSS Secretariat and the Union of the Baltic Cities"),
     D("Vilnius II Declaration")])

# 6 SICA General Secretariat (sica.int, translated from Spanish): issuer lines, dateline "San Salvador, Friday 14
#   June (SG-SICA)." without a year (meta.json), signing of two heads of institutions, an announced fund,
#   "Yesterday, Thursday" reception of an ambassador, "On Tuesday" video conference, past summit, proposal,
#   an unnamed minister of an unnamed presidency convening a council, members list, closing office line
CER, MOS, BAS, LAR = "Vinicio Cerezo", "Dante Mossi", "Andreu Bassols", "Irwin LaRocque"
SICA, GS, CABEI = "SICA", "General Secretariat of SICA", "CABEI"
rec("sica-2019-06-14-cerezo-mossi-cabei-framework-agreement", "2019-06-14", "San Salvador",
    [P(CER, ["Cerezo"], ("Secretary General", SICA)),
     P(MOS, ["Mossi"], ("Executive President", CABEI)),
     P(BAS, [], ("Ambassador", "European Union")),
     P(LAR, ["LaRocque"], ("Secretary-General", "CARICOM"))],
    [E(SICA, "Central American Integration System"),
     E(GS, "General Secretariat", "SICA General Secretariat"),
     E("Communication Unit"),
     E(CABEI, "Central American Bank for Economic Integration"),
     E("European Union"),
     E("CARICOM", "Caribbean Community"),
     E("Council of Ministers of Foreign Affairs")],
    [E("El Salvador"), E("Belize"), E("Costa Rica"), E("Guatemala"), E("Honduras"), E("Nicaragua"), E("Panama"),
     E("Dominican Republic")],
    [I("signing", [CER, MOS], "2019-06-14", "San Salvador"),
     I("meeting", [CER, BAS], "2019-06-13", "San Salvador"),
     I("call", [CER, LAR], "2019-06-11"),
     I("multilateral", [], "2011-08", "San Salvador", name="Second SICA–CARICOM Summit")],
    [N("regional fund for climate resilience", MOS),
     N("dialogue between the two integration systems", None),
     N("joint working group on disaster risk management and climate finance", LAR),
     N("meeting of the Council of Ministers of Foreign Affairs", None),
     N("next meeting of Presidents", None)],
    [D("Framework Agreement for Cooperation between the General Secretariat of SICA and CABEI"),
     D("Association Agreement between the European Union and Central America")])

# 7 Presidency of the Republic of Colombia (translated from Spanish): issuer line, rubric with numeric stamp,
#   dateline "Madrid (Spain), May 4 (@infopresidencia)." without a year, "this Thursday", State visit "at the
#   invitation of" a king, talks of four, witnessed ministers' signing, announced summit, two own initiatives,
#   invitation, a royal audience "on Wednesday", past trip of the king, reception by a parliament's president
PET, SAN, FEL, LET, ALC, LEY, ALB, BAT = ("Gustavo Petro Urrego", "Pedro Sánchez", "Felipe VI", "Letizia",
                                          "Verónica Alcocer", "Álvaro Leyva Durán", "José Manuel Albares",
                                          "Meritxell Batet")
rec("co-2023-05-04-petro-sanchez-state-visit-madrid", "2023-05-04", "Madrid",
    [P(PET, ["President Gustavo Petro Urrego", "President Petro", "Petro"], ("President", "Colombia")),
     P(SAN, ["Sánchez"], ("President of the Government", "Spain")),
     P(FEL, ["King Felipe VI"], ("King", "Spain")),
     P(LET, ["Queen Letizia"], ("Queen", "Spain")),
     P(ALC, [], ("First Lady", "Colombia")),
     P(LEY, ["Leyva"], ("Minister of Foreign Affairs", "Colombia")),
     P(ALB, ["Albares"], ("Minister of Foreign Affairs, European Union and Cooperation", "Spain")),
     P(BAT, [], ("President", "Congress of Deputies"))],
    [E("Presidency of the Republic of Colombia", "Presidency of the Republic"),
     E("Press Office"),
     E("European Union", "EU"),
     E("CELAC", "Community of Latin American and Caribbean States"),
     E("Council of the European Union"),
     E("Congress of Deputies")],
    [E("Colombia", "Colombian"),
     E("Spain", "Kingdom of Spain", "Spanish")],
    [I("visit", [PET, "Spain"], "2023-05-03", "Madrid"),
     I("meeting", [PET, SAN, LEY, ALB], "2023-05-04", "Madrid"),
     I("signing", [LEY, ALB, PET, SAN], "2023-05-04", "Madrid"),
     I("meeting", [FEL, LET, PET, ALC], "2023-05-03", "Madrid"),
     I("meeting", [PET, BAT], "2023-05-04", "Madrid"),
     I("visit", [FEL, "Colombia"], "2022-08-07", "Bogotá"),
     I("meeting", [FEL, PET], "2022-08-07", "Bogotá")],
    [N("Summit between the European Union and the Community of Latin American and Caribbean States", SAN,
       "EU–CELAC Summit"),
     N("exchange external debt for climate action", PET),
     N("Total Peace policy", PET),
     N("visit of Pedro Sánchez to Colombia", PET)],
    [D("Memorandum of Understanding on Circular and Orderly Labour Migration"),
     D("2016 Peace Agreement", "Peace Agreement")])

# 8 Jamaica Information Service (jis.gov.jm): issuer line, rubric, date, byline, "Story Highlights" bullets, no
#   dateline, "(April 14)" in brackets, "the Most Hon.", "Senator the Hon.", two documents with different
#   signatories witnessed by both leaders, own nomination, invitation to a summit the inviter hosts, proposal,
#   past virtual summit, airport welcome, courtesy call, photo caption with a photographer credit, Related
HOL, KAG, JSM, BIR, SHA, ALL, HEN, WAL = ("Andrew Holness", "Paul Kagame", "Kamina Johnson Smith", "Vincent Biruta",
                                          "Audley Shaw", "Patrick Allen", "Okoye Henry", "Adrian Walker")
rec("jm-2022-04-14-holness-kagame-state-visit-kingston", "2022-04-14", None,
    [P(HEN, []),
     P(KAG, ["President Paul Kagame", "His Excellency Paul Kagame", "President Kagame", "Kagame"],
       ("President", "Rwanda")),
     P(HOL, ["Prime Minister the Most Hon. Andrew Holness", "Prime Minister Holness", "Mr. Holness"],
       ("Prime Minister", "Jamaica")),
     P(JSM, ["Senator the Hon. Kamina Johnson Smith", "Senator Johnson Smith"],
       ("Minister of Foreign Affairs and Foreign Trade", "Jamaica"), ("Senator", "Jamaica")),
     P(BIR, ["Dr. Vincent Biruta", "Dr. Biruta"], ("Minister of Foreign Affairs and International Cooperation", "Rwanda")),
     P(SHA, ["Hon. Audley Shaw"], ("Minister of Transport and Mining", "Jamaica")),
     P(ALL, ["His Excellency the Most Hon. Sir Patrick Allen"], ("Governor-General", "Jamaica")),
     P(WAL, [])],
    [E("Jamaica Information Service", "JIS"),
     E("Office of the Prime Minister"),
     E("Commonwealth"),
     E("CARICOM")],
    [E("Jamaica"),
     E("Rwanda", "Republic of Rwanda")],
    [I("visit", [KAG, "Jamaica"], "2022-04-13", "Kingston"),
     I("meeting", [HOL, KAG, JSM, BIR], "2022-04-14", "Kingston"),
     I("signing", [JSM, BIR, HOL, KAG], "2022-04-14", "Kingston"),
     I("signing", [SHA, BIR, HOL, KAG], "2022-04-14", "Kingston"),
     I("meeting", [KAG, ALL], "2022-04-13", "Kingston"),
     I("multilateral", [HOL, KAG], "2021-09", name="first Africa–CARICOM Summit")],
    [N("nomination of Senator Johnson Smith for the post of Commonwealth Secretary-General", "Jamaica"),
     N("Commonwealth Heads of Government Meeting", KAG),
     N("direct air connections between the Caribbean and East Africa", HOL)],
    [D("Memorandum of Understanding on Political Consultations"),
     D("Bilateral Air Services Agreement")])

# 9 State House Kenya (president.go.ke): issuer block "THE PRESIDENCY / State House, Nairobi", "Posted on" stamp,
#   "on Tuesday", "Prime Cabinet Secretary", witnessed MoU signing by a Cabinet Secretary and a foreign official,
#   proposal, a "Kenya-led" mission, invitation, past sideline meeting "in September", business forum, own onward
#   trip, closing spokesperson block in capitals
RUT2, DUD, MUD, LIN, PRZ, HUS = ("William Ruto", "Andrzej Duda", "Musalia Mudavadi", "Mithika Linturi",
                                 "Marcin Przydacz", "Hussein Mohamed")
rec("ke-2024-02-06-ruto-duda-state-house-nairobi", "2024-02-06", "Nairobi",
    [P(RUT2, ["President William Ruto", "President Ruto"], ("President", "Kenya")),
     P(DUD, ["President Andrzej Duda", "President Duda"], ("President", "Poland")),
     P(MUD, [], ("Prime Cabinet Secretary", "Kenya"), ("Cabinet Secretary for Foreign and Diaspora Affairs", "Kenya")),
     P(LIN, [], ("Agriculture Cabinet Secretary", "Kenya")),
     P(PRZ, [], ("Head of the International Policy Bureau", "Poland")),
     P(HUS, [], ("State House Spokesperson", "Kenya"))],
    [E("Presidency", "The Presidency"),
     E("Kenya Airways"),
     E("LOT Polish Airlines"),
     E("UN General Assembly")],
    [E("Kenya", "Kenyan"),
     E("Poland", "Polish"),
     E("Haiti"),
     E("Tanzania")],
    [I("visit", [DUD, "Kenya"], "2024-02-05", "Nairobi"),
     I("meeting", [RUT2, DUD, MUD], "2024-02-06", "Nairobi"),
     I("signing", [LIN, PRZ, RUT2, DUD], "2024-02-06", "Nairobi"),
     I("multilateral", [RUT2, DUD], "2024-02-06", "Nairobi", name="Kenya–Poland Business Forum"),
     I("meeting", [RUT2, DUD], "2023-09", "New York"),
     I("multilateral", [RUT2, DUD], "2023-09", "New York", name="UN General Assembly")],
    [N("direct flights between Nairobi and Warsaw", RUT2),
     N("Multinational Security Support Mission in Haiti", "Kenya"),
     N("visit of William Ruto to Poland", DUD),
     N("visit of Andrzej Duda to Tanzania", None)],
    [D("Memorandum of Understanding on Cooperation in Agriculture")])

# 10 The Presidency, Republic of Ghana: capitals title and issuer block, PRESS RELEASE / For Immediate Release,
#    no dateline, a tour of three capitals "on Saturday", "On Sunday morning", "In the afternoon", attendees in the
#    first capital only, proposal, call for a project, past trip to a swearing-in, invitation, own offer,
#    closing "Signed" block with two offices, venue, city and ordinal date
MAH, GOI, ABL, GBE, TRA, TIA, KWA = ("John Dramani Mahama", "Assimi Goïta", "Samuel Okudzeto Ablakwa",
                                     "Larry Gbevlo-Lartey", "Ibrahim Traoré", "Abdourahamane Tiani",
                                     "Felix Kwakye Ofosu")
rec("gh-2025-03-10-mahama-bamako-ouagadougou-niamey-tour", "2025-03-10", "Accra",
    [P(MAH, ["President John Dramani Mahama", "President Mahama"], ("President", "Ghana")),
     P(GOI, ["General Assimi Goïta", "General Goïta"], ("President of the Transition", "Mali")),
     P(ABL, ["Hon. Samuel Okudzeto Ablakwa"], ("Minister for Foreign Affairs", "Ghana")),
     P(GBE, [], ("Special Envoy to the AES", "Ghana")),
     P(TRA, ["Captain Ibrahim Traoré", "Captain Traoré"], ("President of Faso", "Burkina Faso")),
     P(TIA, ["General Abdourahamane Tiani", "General Tiani"], ("Head of State", "Niger")),
     P(KWA, [], ("Minister for Government Communications", "Ghana"), ("Presidential Spokesperson", "Ghana"))],
    [E("Presidency", "The Presidency"),
     E("Alliance of Sahel States", "AES"),
     E("ECOWAS", "Economic Community of West African States")],
    [E("Ghana", "Republic of Ghana"),
     E("Mali"),
     E("Burkina Faso"),
     E("Niger", "Nigerien")],
    [I("visit", [MAH, "Mali"], "2025-03-08", "Bamako"),
     I("meeting", [MAH, GOI, ABL, GBE], "2025-03-08", "Bamako"),
     I("visit", [MAH, "Burkina Faso"], "2025-03-09", "Ouagadougou"),
     I("meeting", [MAH, TRA], "2025-03-09", "Ouagadougou"),
     I("visit", [MAH, "Niger"], "2025-03-09", "Niamey"),
     I("meeting", [MAH, TIA], "2025-03-09", "Niamey"),
     I("visit", [TRA, "Ghana"], "2025-01-07", "Accra")],
    [N("standing consultation mechanism between Ghana and the AES on security and trade", MAH),
     N("Ghana–Burkina Faso railway project", TRA),
     N("visit of Abdourahamane Tiani to Ghana", MAH),
     N("dialogue between ECOWAS and the AES", "Ghana")],
    [])

# 11 Government of Cabo Verde (governo.cv, translated from Portuguese): issuer line, rubric, dateline
#    "Praia, 12 June 2025 –", "this Thursday", official visit until Saturday with a second island on Friday,
#    witnessed signing of a named programme, past programme signed "by the two Governments", possessive strategy,
#    proposal, planned commission, audience "On Wednesday evening" with an invitation conveyed from a third person,
#    photo credit naming an office
UCS, BET, OLA, NEV, HEN2 = "Ulisses Correia e Silva", "Xavier Bettel", "Olavo Correia", "José Maria Neves", "Henri"
LU, CV = "Luxembourg", "Cabo Verde"
rec("cv-2025-06-12-correia-e-silva-bettel-cooperation-programme-praia", "2025-06-12", "Praia",
    [P(UCS, [], ("Prime Minister", CV)),
     P(BET, ["Minister Bettel", "Bettel"], ("Deputy Prime Minister", LU),
       ("Minister for Foreign Affairs and Foreign Trade", LU)),
     P(OLA, [], ("Deputy Prime Minister", CV), ("Minister of Finance", CV)),
     P(NEV, [], ("President of the Republic", CV)),
     P(HEN2, ["Grand Duke Henri"], ("Grand Duke", LU))],
    [E("Luxembourg Development Cooperation Agency", "LuxDev"),
     E("Partnership Commission"),
     E("Office of the Prime Minister")],
    [E(CV, "Cabo Verdean", "Government of Cabo Verde"),
     E(LU, "Grand Duchy of Luxembourg", "Grand Duchy")],
    [I("visit", [BET, CV], "2025-06-11"),
     I("meeting", [UCS, BET], "2025-06-12", "Praia"),
     I("signing", [OLA, BET, UCS], "2025-06-12", "Praia"),
     I("meeting", [NEV, BET], "2025-06-11", "Praia"),
     I("signing", [CV, LU], "2020")],
    [N("Ambition 2030 strategy", CV),
     N("triangular cooperation programme", UCS),
     N("next Partnership Commission", None),
     N("visit of José Maria Neves to Luxembourg", HEN2)],
    [D("Indicative Cooperation Programme 2026–2030")])

# 12 Ministry of Foreign Affairs and East African Cooperation, Tanzania: capitals title and issuer block,
#    PRESS RELEASE, no dateline, "yesterday, 8 April 2025", "H.E. Dr.", "Hon.", a special message with an
#    invitation, attendee, later bilateral talks with "his counterpart", ministers' MoU between two institutes,
#    proposal, past commission session naming no persons, arrival, a call with an unnamed "Malawian counterpart",
#    closing "Issued by:" block with unit, ministry, city and date
KOM, SAM, CHP, LUC = "Mahmoud Thabit Kombo", "Samia Suluhu Hassan", "Daniel Francisco Chapo", "Maria Manuela Lucas"
TZ, MZ = "Tanzania", "Mozambique"
JPC = "Tanzania–Mozambique Joint Permanent Commission"
rec("tz-2025-04-09-kombo-chapo-samia-message-maputo", "2025-04-09", "Dodoma",
    [P(KOM, ["Hon. Mahmoud Thabit Kombo", "Minister Kombo"], ("Minister for Foreign Affairs and East African Cooperation", TZ)),
     P(SAM, ["H.E. Dr. Samia Suluhu Hassan", "President Samia"], ("President", TZ)),
     P(CHP, ["H.E. Daniel Francisco Chapo", "President Chapo"], ("President", MZ)),
     P(LUC, ["H.E. Maria Manuela Lucas", "Hon. Lucas"], ("Minister of Foreign Affairs and Cooperation", MZ))],
    [E("Ministry of Foreign Affairs and East African Cooperation"),
     E("Government Communication Unit"),
     E(JPC, "JPC"),
     E("SADC", "Southern African Development Community"),
     E("Council of Ministers")],
    [E(TZ, "United Republic of Tanzania"),
     E(MZ, "Republic of Mozambique"),
     E("Malawi", "Malawian"),
     E("Democratic Republic of the Congo")],
    [I("visit", [KOM, MZ], "2025-04-07", "Maputo"),
     I("meeting", [CHP, KOM, LUC], "2025-04-08", "Maputo"),
     I("correspondence", [SAM, CHP], "2025-04-08", "Maputo"),
     I("meeting", [KOM, LUC], "2025-04-08", "Maputo"),
     I("signing", [KOM, LUC], "2025-04-08", "Maputo"),
     I("meeting", [TZ, MZ], "2022", "Maputo"),
     I("call", [KOM, "Malawi"], "2025-04-07")],
    [N("visit of Daniel Francisco Chapo to Tanzania", SAM),
     N("fifth session of the Tanzania–Mozambique Joint Permanent Commission", KOM),
     N("Mtwara Development Corridor", None),
     N("next meeting of the Southern African Development Community (SADC) Council of Ministers", None)],
    [D("Memorandum of Understanding on Cooperation in Diplomatic Training between the Centre for Foreign Relations "
       "and the Higher Institute of International Relations")])

check_and_write(GOLD)
