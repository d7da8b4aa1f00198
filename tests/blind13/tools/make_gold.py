#!/usr/bin/env python3
"""Writes gold/<stem>.json for blind19 from the compact records below, then checks them.

Checks: those of ``gold_records.check_and_write`` (every check must pass before anything is written).
"""
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent  # tests/blind13
sys.path.insert(0, str(ROOT.parent))  # tests/, for the shared constructors
from gold_records import D, E, GoldWriter, I, N, P, check_and_write  # noqa: E402

GOLD = GoldWriter(ROOT)
rec = GOLD.rec

# 1 Élysée, Presidency of the French Republic (translated from French; no dateline)
MAC, CAR, STA, BAR, JOL = "Emmanuel Macron", "Mark Carney", "Keir Starmer", "Jean-Noël Barrot", "Mélanie Joly"
rec("fr-2025-03-17-macron-carney-elysee", "2025-03-17", None,
    [P(MAC, [], ("President", "France")),
     P(CAR, ["Mr Mark Carney", "Mr Carney"], ("Prime Minister", "Canada")),
     P(STA, [], ("Prime Minister", "United Kingdom")),
     P(BAR, ["Mr Jean-Noël Barrot"], ("Minister for Europe and Foreign Affairs", "France")),
     P(JOL, ["Ms Mélanie Joly"], ("Minister of Foreign Affairs", "Canada"))],
    [E("Presidency of the French Republic", "Élysée"),
     E("NATO", "North Atlantic Treaty Organization"),
     E("G7", "Group of Seven"),
     E("European Union", "EU"),
     E("European Commission")],
    [E("France", "French Republic"),
     E("Canada"),
     E("United Kingdom", "UK"),
     E("Ukraine"),
     E("United States", "United States of America")],
    [I("meeting", [MAC, CAR, BAR, JOL], "2025-03-17", "Paris"),
     I("visit", [CAR, "France"], "2025-03-17", "Paris"),
     I("multilateral", ["Canada"], "2025-03-02", "London", name="London Summit on Ukraine"),
     I("visit", [MAC, "Canada"], "2024-09")],
    [N("coalition of the willing", None),
     N("ReArm Europe plan", "European Commission", "ReArm Europe"),
     N("G7 Leaders' Summit in Kananaskis", None, "G7 Leaders' Summit"),
     N("meeting of Mark Carney with Keir Starmer", None)],
    [D("Comprehensive Economic and Trade Agreement between the European Union and Canada", "CETA")])

# 2 Prime Minister of Canada (pm.gc.ca news release; dateline abroad)
SHE, ANA, DLF, DLB = "Claudia Sheinbaum", "Anita Anand", "Juan Ramón de la Fuente", "Dominic LeBlanc"
rec("ca-2025-09-18-carney-sheinbaum-mexico-city", "2025-09-18", "Mexico City",
    [P(CAR, ["Prime Minister Carney"], ("Prime Minister", "Canada")),
     P(SHE, ["President Sheinbaum"], ("President", "Mexico")),
     P(ANA, [], ("Minister of Foreign Affairs", "Canada")),
     P(DLF, [], ("Secretary of Foreign Affairs", "Mexico")),
     P(DLB, [], ("President of the King's Privy Council for Canada", "Canada"),
       ("Minister responsible for Canada-U.S. Trade", "Canada"))],
    [E("G7", "Group of Seven"),
     E("United Nations", "UN"),
     E("FIFA")],
    [E("Canada"),
     E("Mexico"),
     E("United States", "U.S.")],
    [I("meeting", [CAR, SHE, ANA, DLF], "2025-09-18", "Mexico City"),
     I("visit", [CAR, "Mexico"], "2025-09-17", "Mexico City"),
     I("multilateral", [CAR, SHE], "2025-06", "Kananaskis", name="G7 Leaders' Summit"),
     I("meeting", [CAR, SHE], "2025-06", "Kananaskis")],
    [N("Comprehensive Strategic Partnership", None),
     N("trade mission to Mexico", CAR),
     N("bilateral security dialogue", None, "new bilateral security dialogue"),
     N("joint review of the Canada-United States-Mexico Agreement", None),
     N("2026 FIFA World Cup", None)],
    [D("Canada-Mexico Action Plan 2025-2028"),
     D("Canada-United States-Mexico Agreement", "CUSMA")])

# 3 Government of the Principality of Liechtenstein (ikr; translated from German)
RIS, HAS, CAS, ALO = "Daniel Risch", "Dominique Hasler", "Ignazio Cassis", "Alois"
FDFA = "Federal Department of Foreign Affairs"
rec("li-2023-03-29-risch-hasler-cassis-customs-treaty", "2023-03-29", "Vaduz",
    [P(RIS, ["Prime Minister Risch"], ("Prime Minister", "Liechtenstein")),
     P(HAS, ["Government Councillor Hasler"], ("Government Councillor", "Liechtenstein"),
       ("Minister for Foreign Affairs, Education and Sport", "Liechtenstein")),
     P(CAS, ["Federal Councillor Cassis"], ("Federal Councillor", "Switzerland"),
       ("Head of the " + FDFA, FDFA)),
     P(ALO, ["Hereditary Prince Alois"], ("Hereditary Prince", "Liechtenstein"))],
    [E("Ministry for Foreign Affairs, Education and Sport"),
     E(FDFA, "FDFA", "Swiss " + FDFA),
     E("Council of Europe"),
     E("European Economic Area", "EEA"),
     E("European Union", "EU")],
    [E("Liechtenstein", "Principality of Liechtenstein", "Government of the Principality of Liechtenstein"),
     E("Switzerland", "Swiss")],
    [I("meeting", [RIS, HAS, CAS], "2023-03-29", "Vaduz"),
     I("visit", [CAS, "Liechtenstein"], "2023-03-29", "Vaduz"),
     I("signing", [HAS, CAS, RIS], "2023-03-29", "Vaduz"),
     I("meeting", [ALO, CAS], "2023-03-29", "Vaduz"),
     I("signing", ["Switzerland", "Liechtenstein"], "1923-03-29", "Bern"),
     I("meeting", [HAS, CAS], "2022-11", "Bern")],
    [N("Switzerland's exploratory talks with the European Union", "Switzerland", "exploratory talks"),
     N("official anniversary celebration", None),
     N("visit of Daniel Risch to Switzerland", CAS)],
    [D("Customs Treaty"),
     D("Joint Declaration on the Future of the Customs Union")])

# 4 Ministry of Foreign and European Affairs of Slovenia (gov.si; stamp "29. 1. 2024", no dateline)
FAJ, KON, KZ = "Tanja Fajon", "Elmedin Konaković", "Urška Klakočar Zupančič"
BIH = "Bosnia and Herzegovina"
rec("si-2024-01-29-fajon-konakovic-ljubljana", "2024-01-29", None,
    [P(FAJ, ["Minister Fajon"], ("Deputy Prime Minister", "Slovenia"),
       ("Minister of Foreign and European Affairs", "Slovenia")),
     P(KON, ["Minister Konaković"], ("Minister of Foreign Affairs", BIH)),
     P(KZ, [], ("Speaker of the National Assembly", "Slovenia"))],
    [E("Ministry of Foreign and European Affairs"),
     E("European Union", "EU"),
     E("European Council"),
     E("European Commission"),
     E("UN Security Council", "United Nations Security Council")],
    [E("Slovenia", "Slovenian", "Republic of Slovenia"),
     E(BIH, "Bosnian and Herzegovinian")],
    [I("meeting", [FAJ, KON], "2024-01-29", "Ljubljana"),
     I("visit", [KON, "Slovenia"], None, "Ljubljana"),
     I("signing", [FAJ, KON], "2024-01-29", "Ljubljana"),
     I("meeting", [KON, KZ], "2024-01-29", "Ljubljana"),
     I("meeting", [FAJ, KON], "2023-10", "Sarajevo"),
     I("visit", [FAJ, BIH], "2023-10", "Sarajevo")],
    [N("opening of accession negotiations with Bosnia and Herzegovina", "Slovenia"),
     N("Growth Plan for the Western Balkans", "European Commission"),
     N("next round of political consultations", None)],
    [D("Memorandum of Understanding on Cooperation in European Integration")])

# 5 President of the Republic of North Macedonia (pretsedatel.mk; credentials)
PEN, AGG, BID = "Stevo Pendarovski", "Angela Price Aggeler", "Joseph Biden"
rec("mk-2022-11-08-pendarovski-aggeler-credentials", "2022-11-08", None,
    [P(PEN, ["President Pendarovski"], ("President", "North Macedonia")),
     P(AGG, ["Ambassador Aggeler"], ("Ambassador Extraordinary and Plenipotentiary", "United States")),
     P(BID, ["President Joseph Biden"], ("President", "United States"))],
    [E("NATO", "North Atlantic Treaty Organization"),
     E("European Union", "EU")],
    [E("North Macedonia", "Republic of North Macedonia"),
     E("United States", "United States of America", "US"),
     E("Greece"),
     E("France", "French"),
     E("Bulgaria"),
     E("Russia"),
     E("Ukraine")],
    [I("meeting", [PEN, AGG], "2022-11-08"),
     I("multilateral", ["North Macedonia", "European Union"], "2022-07-19", "Brussels",
       name="first intergovernmental conference")],
    [N("accession negotiations", "North Macedonia"),
     N("French proposal", "France", "so-called French proposal"),
     N("Strategic Dialogue", None)],
    [D("Prespa Agreement")])

# 6 Prime Minister's Office, Denmark (stm.dk; translated from Danish; no dateline)
MF, STO, FRO, SAN, ZEL, TLP, SHM = ("Mette Frederiksen", "Jonas Gahr Støre", "Kristrún Frostadóttir", "Maia Sandu",
                                   "Volodymyr Zelenskyy", "Troels Lund Poulsen", "Denys Shmyhal")
rec("dk-2025-10-02-frederiksen-epc-copenhagen", "2025-10-02", None,
    [P(MF, ["Prime Minister Mette Frederiksen"], ("Prime Minister", "Denmark")),
     P(STO, [], ("Prime Minister", "Norway")),
     P(FRO, [], ("Prime Minister", "Iceland")),
     P(SAN, [], ("President", "Moldova")),
     P(ZEL, [], ("President", "Ukraine")),
     P(TLP, [], ("Minister of Defence", "Denmark")),
     P(SHM, [], ("Minister of Defence", "Ukraine"))],
    [E("Prime Minister's Office"),
     E("European Political Community", "EPC"),
     E("European Council"),
     E("European Union", "EU")],
    [E("Denmark", "Danish"),
     E("Norway"),
     E("Iceland"),
     E("Moldova", "Moldovan"),
     E("Ukraine", "Ukrainian"),
     E("Russia"),
     E("Armenia")],
    [I("multilateral", [MF], "2025-10-02", "Copenhagen", name="seventh meeting of the European Political Community"),
     I("multilateral", [MF], "2025-10-01", "Copenhagen",
       name="informal meeting of the members of the European Council"),
     I("meeting", [MF, STO, FRO], "2025-10-02", "Copenhagen"),
     I("meeting", [MF, SAN], "2025-10-02", "Copenhagen"),
     I("call", [MF, SAN], "2025-09-29"),
     I("meeting", [MF, ZEL], "2025-10-02", "Copenhagen"),
     I("signing", [TLP, SHM, MF, ZEL], "2025-10-02", "Copenhagen")],
    [N("next meeting of the European Political Community", None),
     N("Danish model", "Denmark"),
     N("Moldova's path towards membership of the EU", "Moldova")],
    [D("Letter of Intent on the Production of Ukrainian Defence Equipment in Denmark")])

# 7 Presidency of the Republic of Brazil, Planalto (translated from Portuguese; no dateline)
LULA, BOR, VIE, VK, GR, KC, SX, IH, RL = (
    "Luiz Inácio Lula da Silva", "Gabriel Boric", "Mauro Vieira", "Alberto van Klaveren", "José García Ruminot",
    "Karol Cariola", "José Manuel Salazar-Xirinachs", "Irací Hassler", "Ricardo Lagos")
rec("br-2024-08-05-lula-boric-santiago", "2024-08-05", None,
    [P(LULA, ["Lula", "President Lula"], ("President", "Brazil")),
     P(BOR, [], ("President", "Chile")),
     P(VIE, ["Minister Vieira"], ("Minister of Foreign Affairs", "Brazil")),
     P(VK, [], ("Foreign Minister", "Chile")),
     P(GR, [], ("President of the Senate", "Chile")),
     P(KC, [], ("President of the Chamber of Deputies", "Chile")),
     P(SX, [], ("Executive Secretary", "ECLAC")),
     P(IH, [], ("Mayor of Santiago", None)),
     P(RL, [], ("President", "Chile"))],
    [E("Presidency of the Republic", "Planalto"),
     E("ECLAC", "Economic Commission for Latin America and the Caribbean")],
    [E("Brazil"),
     E("Chile", "Chilean"),
     E("Paraguay"),
     E("Argentina"),
     E("Venezuela")],
    [I("visit", [LULA, "Chile"], "2024-08-04", "Santiago"),
     I("meeting", [LULA, BOR, VIE, VK], "2024-08-05", "Santiago"),
     I("signing", [LULA, BOR], "2024-08-05", "Santiago"),
     I("meeting", [LULA, GR, KC], "2024-08-05", "Santiago"),
     I("meeting", [LULA, SX], "2024-08-05", "Santiago"),
     I("meeting", [LULA, BOR], "2023-05-30", "Brasília"),
     I("multilateral", [LULA, BOR], "2023-05-30", "Brasília", name="meeting of South American presidents")],
    [N("Bioceanic Road Corridor", None),
     N("regional disaster response mechanism", "Chile",
       "Chilean proposal to set up a regional disaster response mechanism"),
     N("COP30", None),
     N("meeting of Luiz Inácio Lula da Silva with Irací Hassler", None),
     N("meeting of Luiz Inácio Lula da Silva with Ricardo Lagos", None)],
    [D("Agreement on the Reciprocal Recognition of Driving Licences"),
     D("Memorandum of Understanding on Cooperation in Space Activities")])

# 8 Presidency of the Republic of Panama (translated from Spanish)
MUL, RUB, MA, TRU, RVM = ("José Raúl Mulino", "Marco Rubio", "Javier Martínez-Acha", "Donald Trump",
                          "Ricaurte Vásquez Morales")
rec("pa-2025-02-02-mulino-rubio-panama", "2025-02-02", "Panama City",
    [P(MUL, ["President Mulino"], ("President", "Panama")),
     P(RUB, ["Secretary Rubio"], ("Secretary of State", "United States")),
     P(MA, [], ("Minister of Foreign Affairs", "Panama")),
     P(TRU, ["President Donald Trump"], ("President", "United States")),
     P(RVM, [], ("Administrator", "Panama Canal Authority"))],
    [E("Presidency of the Republic of Panama"),
     E("Panama Ports Company"),
     E("Panama Canal Authority")],
    [E("Panama", "Panamanian", "Republic of Panama"),
     E("United States", "U.S."),
     E("China", "Chinese")],
    [I("meeting", [MUL, RUB, MA], "2025-02-02", "Panama City"),
     I("visit", [RUB, "Panama"], "2025-02-01", "Panama City"),
     I("meeting", [RUB, RVM], "2025-02-02", "Panama City"),
     I("signing", ["Panama", "China"], "2017")],
    [N("audit of the concession of the Panama Ports Company", "Panama"),
     N("repatriation flights programme", None)],
    [D("Treaty concerning the Permanent Neutrality and Operation of the Panama Canal"),
     D("Memorandum of Understanding on the Belt and Road Initiative")])

# 9 Ministry of Foreign Affairs of The Bahamas (closing issuer block)
FM, BRP, SVM, PD, MDC = ("Frederick A. Mitchell", "Bruno Rodríguez Parrilla", "Salvador Valdés Mesa", "Philip Davis",
                         "Miguel Díaz-Canel Bermúdez")
CELAC = "Community of Latin American and Caribbean States"
rec("bs-2024-06-17-mitchell-cuba-official-visit", "2024-06-17", "Nassau",
    [P(FM, ["the Hon. Frederick A. Mitchell, M.P.", "Minister Mitchell", "Foreign Minister Mitchell"],
       ("Minister of Foreign Affairs and the Public Service", "Bahamas"), ("M.P.", "Bahamas")),
     P(BRP, ["H.E. Bruno Rodríguez Parrilla", "Foreign Minister Rodríguez Parrilla"], ("Minister of Foreign Affairs", "Cuba")),
     P(SVM, ["H.E. Salvador Valdés Mesa"], ("Vice President", "Cuba")),
     P(PD, ["the Hon. Philip Davis, K.C., M.P."], ("Prime Minister", "Bahamas"), ("M.P.", "Bahamas")),
     P(MDC, ["H.E. Miguel Díaz-Canel Bermúdez"], ("President", "Cuba"))],
    [E("Ministry of Foreign Affairs"),
     E("Henry Reeve International Medical Brigade"),
     E(CELAC, "CELAC"),
     E("Bahamas-Cuba Joint Commission")],
    [E("Bahamas", "The Bahamas"),
     E("Cuba", "Republic of Cuba", "Cuban"),
     E("St. Vincent and the Grenadines", "Saint Vincent and the Grenadines")],
    [I("visit", [FM, "Cuba"], "2024-06-12", "Havana"),
     I("meeting", [FM, BRP], "2024-06-12", "Havana"),
     I("signing", [FM, BRP], "2024-06-12", "Havana"),
     I("meeting", [FM, SVM], "2024-06-13", "Havana"),
     I("correspondence", [PD, MDC], "2024-06-13", "Havana"),
     I("meeting", [FM, BRP], "2024-03-01", "Kingstown"),
     I("multilateral", [FM, BRP], "2024-03-01", "Kingstown", name="VIII Summit of the " + CELAC)],
    [N("next meeting of the Bahamas-Cuba Joint Commission", None),
     N("visit of Bruno Rodríguez Parrilla to The Bahamas", FM)],
    [D("Memorandum of Understanding on Cooperation in Disaster Risk Management")])

# 10 European Parliament (press release of the President; no dateline)
MET, GON, LP = "Roberta Metsola", "Ralph Gonsalves", "Luis Lacalle Pou"
rec("ep-2023-07-17-metsola-eu-celac-summit", "2023-07-17", None,
    [P(MET, ["President Metsola"], ("President", "European Parliament")),
     P(GON, [], ("Prime Minister", "St Vincent and the Grenadines"), ("pro tempore President", "CELAC")),
     P(BOR, [], ("President", "Chile")),
     P(LP, [], ("President", "Uruguay"))],
    [E("European Parliament", "Parliament"),
     E("European Union", "EU"),
     E(CELAC, "CELAC"),
     E("European Commission"),
     E("Mercosur")],
    [E("St Vincent and the Grenadines", "Saint Vincent and the Grenadines"),
     E("Chile"),
     E("Uruguay")],
    [I("multilateral", [MET, GON, BOR, LP], "2023-07-17", "Brussels", name="EU-CELAC Summit"),
     I("meeting", [MET, GON], "2023-07-17", "Brussels"),
     I("meeting", [MET, BOR], "2023-07-17", "Brussels"),
     I("meeting", [MET, LP], "2023-07-17", "Brussels"),
     I("multilateral", [], "2015-06", "Brussels", name="second EU-CELAC Summit"),
     I("multilateral", [], "2013-01", "Santiago de Chile", name="first EU-CELAC Summit")],
    [N("Global Gateway Investment Agenda", "European Commission"),
     N("negotiations on the EU-Mercosur agreement", None, "EU-Mercosur agreement"),
     N("conference in the European Parliament", MET)],
    [D("Advanced Framework Agreement between the EU and Chile")])

# 11 European Council (readout; trailer of the Council's General Secretariat)
COS, ORS, UVDL = "António Costa", "Yamandú Orsi", "Ursula von der Leyen"
rec("euco-2025-03-12-costa-orsi-call", "2025-03-12", None,
    [P(COS, ["President Costa", "President António Costa"], ("President of the European Council", "European Council")),
     P(ORS, ["President Orsi", "President Yamandú Orsi"], ("President", "Uruguay")),
     P(UVDL, [], ("President of the European Commission", "European Commission"))],
    [E("European Council"),
     E("European Union", "EU"),
     E("European Commission"),
     E("Mercosur"),
     E("CELAC", CELAC),
     E("General Secretariat of the Council")],
    [E("Uruguay"),
     E("Ukraine"),
     E("Colombia")],
    [I("call", [COS, ORS], "2025-03-12"),
     I("multilateral", [UVDL, "Mercosur"], "2024-12-06", "Montevideo", name="Mercosur summit"),
     I("multilateral", [], "2025-03-06", "Brussels", name="special European Council")],
    [N("EU-CELAC summit", None),
     N("visit of António Costa to Uruguay", ORS),
     N("Global Gateway strategy", "European Union", "Global Gateway")],
    [D("EU-Mercosur Partnership Agreement")])

# 12 OSCE Parliamentary Assembly (dateline in capitals)
KAU, MON, IB, AF = "Pia Kauma", "Roberto Montella", "Ian Borg", "Anġlu Farrugia"
PA = "OSCE Parliamentary Assembly"
rec("oscepa-2024-11-19-kauma-malta-visit", "2024-11-19", "VALLETTA",
    [P(KAU, ["President Kauma"], ("President", PA), ("MP", "Finland")),
     P(MON, [], ("Secretary General", PA)),
     P(IB, ["Minister Borg", "Minister Ian Borg"], ("Minister for Foreign and European Affairs and Trade", "Malta"),
       ("OSCE Chairperson-in-Office", "OSCE")),
     P(AF, ["Speaker Anġlu Farrugia"], ("Speaker of the House of Representatives", "Malta"))],
    [E(PA, "OSCE PA", "Assembly"),
     E("OSCE", "Organization for Security and Co-operation in Europe")],
    [E("Malta", "Maltese"),
     E("Finland"),
     E("Russia"),
     E("Ukraine")],
    [I("visit", [KAU, "Malta"], "2024-11-18", "Valletta"),
     I("meeting", [KAU, MON, IB], "2024-11-18", "Valletta"),
     I("meeting", [KAU, AF], "2024-11-19", "Valletta"),
     I("meeting", [KAU, IB], "2024-07", "Bucharest"),
     I("multilateral", [KAU, IB], "2024-07", "Bucharest", name="31st Annual Session")],
    [N("OSCE Ministerial Council", None, "Ministerial Council"),
     N("Helsinki+50 initiative", PA, "Helsinki+50")],
    [D("Helsinki Final Act")])

if __name__ == "__main__":
    check_and_write(GOLD)
