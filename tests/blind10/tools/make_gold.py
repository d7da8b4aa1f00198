#!/usr/bin/env python3
"""Writes gold/<stem>.json for blind16 from the compact records below, then checks them.

Checks (all must pass before anything is written; see gold_records.check_and_write):
- every interaction participant, role `of` that names a listed entity, and proposer resolves, with
  score.py's own Resolver, to a person/organisation/state of the same record;
- every person name form, at least one organisation/state form, every multilateral name, document,
  place and initiative (except the constructed `visit of ...` / `meeting of ...` names) occurs in the text;
- no name form is shared by two entities of a record; dates are ISO; lengths are 150-700 words;
- a release whose text carries no year has a releases/<stem>.meta.json with its date.
"""
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent  # tests/blind10
sys.path.insert(0, str(ROOT.parents[1].parent / "shared" / "eval"))  # the scorer beside the project
import score  # noqa: E402  (only for norm() and Resolver)

sys.path.insert(0, str(ROOT.parent))  # tests/, for the shared constructors
from gold_records import D, E, GoldWriter, I, N, P, check_and_write  # noqa: E402

GOLD = GoldWriter(ROOT)
rec = GOLD.rec

# 1 Chancellery of the President of the Republic of Poland (prezydent.pl)
DUDA, RIN, IOH, STO, STUBB, KRI, ZEL, PAW = (
    "Andrzej Duda", "Edgars Rinkēvičs", "Klaus Iohannis", "Jens Stoltenberg", "Alexander Stubb",
    "Ulf Kristersson", "Volodymyr Zelenskyy", "Mieszko Pawlak")
rec("pl-2024-06-11-duda-bucharest-nine-riga", "2024-06-11", None,
    [P(DUDA, ["President Andrzej Duda", "President Duda"], ("President", "Poland")),
     P(RIN, ["President Rinkēvičs"], ("President", "Latvia")),
     P(IOH, [], ("President", "Romania")),
     P(STO, [], ("Secretary General", "NATO")),
     P(STUBB, ["President Stubb"], ("President", "Finland")),
     P(KRI, [], ("Prime Minister", "Sweden")),
     P(ZEL, [], ("President", "Ukraine")),
     P(PAW, [], ("Head of the International Policy Bureau", "Poland"))],
    [E("Bucharest Nine", "B9"),
     E("NATO", "North Atlantic Treaty Organization")],
    [E("Poland", "Republic of Poland", "Polish"),
     E("Latvia", "Latvian"),
     E("Romania", "Romanian"),
     E("Finland", "Finnish"),
     E("Sweden", "Swedish"),
     E("Ukraine", "Ukrainian"),
     E("Belarus"),
     E("Switzerland", "Swiss")],
    [I("multilateral", [DUDA, RIN, IOH, STO, STUBB, KRI], "2024-06-11", "Riga", name="Bucharest Nine summit"),
     I("meeting", [DUDA, RIN], "2024-06-11", "Riga"),
     I("meeting", [DUDA, STUBB], "2024-06-11", "Riga"),
     I("call", [DUDA, ZEL], "2024-06-10"),
     I("multilateral", [], "2023-07", "Vilnius", name="NATO Summit"),
     I("multilateral", [], "2023-06", "Bratislava", name="summit of the Bucharest Nine")],
    [N("commitment of all Allies to spend at least 3 per cent of GDP on defence", DUDA,
       "all Allies commit to spending at least 3 per cent of GDP on defence"),
     N("NATO Summit in Washington", None),
     N("East Shield", "Poland", "\"East Shield\" programme"),
     N("Baltic Defence Line", None),
     N("visit of Alexander Stubb to Poland", DUDA),
     N("Summit on Peace in Ukraine", None),
     N("Ukraine's membership in NATO", "Ukraine")],
    [D("Riga Declaration of the Bucharest Nine")])

# 2 Office of the President of the Republic of Lithuania (lrp.lt)
NAU, MERZ, PIS, PAL, SAK, RUT, ANU = (
    "Gitanas Nausėda", "Friedrich Merz", "Boris Pistorius", "Gintautas Paluckas", "Dovilė Šakalienė",
    "Mark Rutte", "Arvydas Anušauskas")
rec("lt-2025-05-22-nauseda-merz-brigade-vilnius", "2025-05-22", None,
    [P(NAU, ["President Gitanas Nausėda", "President Nausėda", "head of state"], ("President", "Lithuania")),
     P(MERZ, [], ("Chancellor", "Germany")),
     P(PIS, ["Minister Pistorius"], ("Federal Minister of Defence", "Germany")),
     P(PAL, [], ("Prime Minister", "Lithuania")),
     P(SAK, [], ("Minister of National Defence", "Lithuania")),
     P(RUT, [], ("Secretary General", "NATO")),
     P(ANU, [], ("Minister of National Defence", "Lithuania"))],
    [E("Bundeswehr"),
     E("45th Armoured Brigade", "Panzerbrigade 45"),
     E("NATO", "North Atlantic Treaty Organization"),
     E("Office of the President of the Republic of Lithuania")],
    [E("Lithuania", "Republic of Lithuania", "Lithuanian"),
     E("Germany", "Federal Republic of Germany", "German"),
     E("Ukraine", "Ukrainian")],
    [I("meeting", [NAU, MERZ, PAL, SAK, PIS], "2025-05-22", "Vilnius"),
     I("visit", [MERZ, "Lithuania"], "2025-05-22", "Vilnius"),
     I("visit", [PIS, "Lithuania"], "2025-05-22", "Vilnius"),
     I("call", [NAU, MERZ], "2025-05-07"),
     I("signing", [PIS, ANU], "2023-12-18", "Vilnius")],
    [N("NATO Summit in The Hague", None),
     N("5 percent of GDP defence investment target", RUT,
       "Allies invest 5 percent of GDP in defence and related security needs"),
     N("brigade's main base in Rūdninkai", None),
     N("visit of Gitanas Nausėda to Germany", MERZ)],
    [D("Roadmap on the Deployment of a German Brigade in Lithuania")])

# 3 Saeima Press Service (Latvia)
MIE, GRO, KOLS, SMI, SANDU, REC = ("Daiga Mieriņa", "Igor Grosu", "Rihards Kols", "Edvards Smiltēns",
                                   "Maia Sandu", "Dorin Recean")
SAEIMA, PMD, SFAC = "Saeima", "Parliament of the Republic of Moldova", "Saeima Foreign Affairs Committee"
rec("lv-2024-03-08-mierina-grosu-chisinau", "2024-03-08", None,
    [P(MIE, ["Mieriņa"], ("Saeima Speaker", SAEIMA)),
     P(GRO, [], ("President of the Parliament of the Republic of Moldova", PMD)),
     P(KOLS, [], ("Chair of the Saeima Foreign Affairs Committee", SFAC)),
     P(SMI, [], ("Saeima Speaker", SAEIMA)),
     P(SANDU, [], ("President", "Moldova")),
     P(REC, [], ("Prime Minister", "Moldova"))],
    [E(SAEIMA, "Saeima of the Republic of Latvia"),
     E(PMD, "Parliament of Moldova"),
     E(SFAC),
     E("Deputy Group for Inter-Parliamentary Relations with Moldova"),
     E("European Union", "EU"),
     E("Saeima Press Service")],
    [E("Latvia", "Republic of Latvia", "Latvian"),
     E("Moldova", "Republic of Moldova", "Moldovan"),
     E("Russia", "Russian"),
     E("Ukraine", "Ukrainian")],
    [I("visit", [MIE, "Moldova"], "2024-03-07", "Chișinău"),
     I("visit", [KOLS, "Moldova"], "2024-03-07", "Chișinău"),
     I("meeting", [MIE, GRO, KOLS], "2024-03-07", "Chișinău"),
     I("signing", [MIE, GRO], "2024-03-07", "Chișinău"),
     I("meeting", [MIE, SANDU], "2024-03-08", "Chișinău"),
     I("meeting", [MIE, REC], "2024-03-08", "Chișinău"),
     I("visit", [GRO, "Latvia"], "2023-05", "Riga"),
     I("meeting", [GRO, SMI], "2023-05", "Riga")],
    [N("Moldova's accession to the European Union", "Moldova"),
     N("first intergovernmental conference", None),
     N("joint meeting in Riga", MIE)],
    [D("Memorandum of Understanding on Inter-Parliamentary Cooperation between the Saeima of the Republic of "
       "Latvia and the Parliament of the Republic of Moldova")])

# 4 BTA (Bulgarian News Agency)
GAB, ODO, TAG, TIL, GUL, DEN, RAD = ("Mariya Gabriel", "Luminita Odobescu", "Todor Tagarev", "Angel Tilvar",
                                     "Yasar Guler", "Nikolai Denkov", "Rumen Radev")
rec("bg-2024-02-13-gabriel-odobescu-sofia", "2024-02-13", "Sofia",
    [P(GAB, ["Gabriel"], ("Deputy Prime Minister", "Bulgaria"), ("Foreign Minister", "Bulgaria")),
     P(ODO, ["Odobescu"], ("Foreign Minister", "Romania")),
     P(TAG, [], ("defence minister", "Bulgaria")),
     P(TIL, [], ("defence minister", "Romania")),
     P(GUL, [], ("defence minister", "Turkiye")),
     P(DEN, [], ("Prime Minister", "Bulgaria")),
     P(RAD, [], ("President", "Bulgaria"))],
    [E("Foreign Ministry"),
     E("Council of the EU", "Council of the European Union"),
     E("EU", "European Union"),
     E("NATO", "North Atlantic Treaty Organization")],
    [E("Bulgaria", "Republic of Bulgaria", "Bulgarian"),
     E("Romania", "Romanian"),
     E("Turkiye", "Türkiye", "Turkey")],
    [I("meeting", [GAB, ODO], "2024-02-13", "Sofia"),
     I("visit", [ODO, "Bulgaria"], "2024-02-12", "Sofia"),
     I("meeting", [DEN, ODO, GAB], "2024-02-13", "Sofia"),
     I("signing", [TAG, TIL, GUL], "2024-01-11", "Istanbul"),
     I("multilateral", [GAB, ODO], "2024-01-22", "Brussels", name="EU Foreign Affairs Council"),
     I("meeting", [GAB, ODO], "2024-01-22", "Brussels")],
    [N("full membership of the two countries in the Schengen area", None),
     N("new bridge over the Danube between Ruse and Giurgiu", None),
     N("bridge between Silistra and Calarasi", GAB),
     N("Via Carpathia", None, "Via Carpathia route"),
     N("Vertical Gas Corridor", None),
     N("meeting of Luminita Odobescu with Rumen Radev", None),
     N("visit of Mariya Gabriel to Romania", ODO),
     N("next round of political consultations between the two foreign ministries", None)],
    [D("Memorandum of Understanding on the Establishment of the Mine Countermeasures Naval Group in the Black Sea")])

# 5 Ministry for Europe and Foreign Affairs of Albania (no date in the text: meta.json)
HAS, KUL, RAMA, POP = "Igli Hasani", "Dmytro Kuleba", "Edi Rama", "Mihai Popșoi"
rec("al-2024-02-28-hasani-kuleba-tirana-summit", "2024-02-28", None,
    [P(HAS, ["Mr. Igli Hasani", "Minister Hasani"], ("Minister for Europe and Foreign Affairs", "Albania")),
     P(KUL, ["Mr. Dmytro Kuleba", "Minister Kuleba"], ("Minister of Foreign Affairs", "Ukraine")),
     P(ZEL, ["President Volodymyr Zelenskyy", "President Zelenskyy"], ("President", "Ukraine")),
     P(RAMA, ["Prime Minister Edi Rama"], ("Prime Minister", "Albania")),
     P(POP, ["Mr. Mihai Popșoi"], ("Deputy Prime Minister", "Moldova"), ("Minister of Foreign Affairs", "Moldova"))],
    [E("Ministry for Europe and Foreign Affairs"),
     E("European Council"),
     E("European Union", "EU"),
     E("NATO", "North Atlantic Treaty Organization")],
    [E("Albania", "Republic of Albania", "Albanian"),
     E("Ukraine", "Ukrainian"),
     E("Russia", "Russian"),
     E("Moldova", "Republic of Moldova", "Moldovan")],
    [I("meeting", [HAS, KUL], "2024-02-28", "Tirana"),
     I("multilateral", [ZEL, RAMA, "Albania"], "2024-02-28", "Tirana", name="Ukraine – South East Europe Summit"),
     I("signing", [RAMA, ZEL, HAS, KUL], "2024-02-28", "Tirana"),
     I("meeting", [HAS, POP], "2024-02-28", "Tirana"),
     I("multilateral", [HAS, KUL], "2023-11", "Brussels", name="meeting of NATO Foreign Ministers"),
     I("meeting", [HAS, KUL], "2023-11", "Brussels")],
    [N("Peace Formula", ZEL),
     N("opening of the first cluster of Albania's negotiations with the European Union", "Albania"),
     N("visit of Igli Hasani to Ukraine", KUL),
     N("first round of political consultations between the two ministries", None)],
    [D("Treaty of Friendship and Cooperation between the Republic of Albania and Ukraine"),
     D("Tirana Joint Declaration")])

# 6 Government of Montenegro (gov.me)
SPA, MBZ, GJE, MAR, GUT = ("Milojko Spajić", "Mohamed bin Zayed Al Nahyan", "Nik Gjeloshaj",
                           "Abdulla bin Touq Al Marri", "António Guterres")
MFA_ME = "Ministry of Foreign Affairs"
rec("me-2024-10-03-government-session-uae-visit", "2024-10-03", "Podgorica",
    [P(SPA, ["Prime Minister Milojko Spajić", "Prime Minister Spajić"], ("Prime Minister", "Montenegro")),
     P(MBZ, ["Sheikh Mohamed bin Zayed Al Nahyan", "Sheikh Mohamed bin Zayed", "President Mohamed bin Zayed"],
       ("President", "United Arab Emirates")),
     P(GJE, [], ("Minister of Economic Development", "Montenegro")),
     P(MAR, [], ("Minister of Economy", "United Arab Emirates")),
     P(GUT, [], ("Secretary-General", "United Nations"))],
    [E("Ministry of Economic Development"),
     E(MFA_ME),
     E("Parliament of Montenegro"),
     E("European Union", "EU"),
     E("United Nations General Assembly", "UN General Assembly", "General Assembly"),
     E("United Nations", "UN")],
    [E("Montenegro", "Government of Montenegro", "Montenegrin"),
     E("United Arab Emirates", "UAE", "Government of the United Arab Emirates", "Emirati")],
    [I("visit", [SPA, "United Arab Emirates"], "2024-09-19", "Abu Dhabi"),
     I("visit", [GJE, "United Arab Emirates"], "2024-09-19", "Abu Dhabi"),
     I("meeting", [SPA, MBZ], "2024-09-19", "Abu Dhabi"),
     I("signing", [GJE, MAR, SPA, MBZ], None, "Abu Dhabi"),
     I("meeting", [SPA, GUT], "2024-09-26", "New York"),
     I("multilateral", [SPA], None, "New York", name="79th session of the United Nations General Assembly")],
    [N("joint working group to identify projects of mutual interest", MBZ),
     N("Montenegro's full membership of the European Union", "Montenegro", "full membership of the European Union"),
     N("opening the Embassy of Montenegro in the United Arab Emirates", MFA_ME),
     N("visit of António Guterres to Montenegro", SPA)],
    [D("Information on the official visit of the Prime Minister to the United Arab Emirates"),
     D("Agreement on Economic Cooperation between the Government of Montenegro and the Government of the "
       "United Arab Emirates"),
     D("Decision on Opening the Embassy of Montenegro in the United Arab Emirates")])

# 7 UzA (National News Agency of Uzbekistan)
MIR, KER, SITI, VDB, FAI, SAI, PRA, ANW = (
    "Shavkat Mirziyoyev", "Zsolt Ambrus Kerekes", "Siti Nugraha Rahayu", "Pieter Van den Broeck",
    "Ahmad Faizal bin Ismail", "Bakhtiyor Saidov", "Prabowo Subianto", "Anwar Ibrahim")
AEP = "Ambassador Extraordinary and Plenipotentiary"
rec("uz-2025-02-14-mirziyoyev-credentials", "2025-02-14", "Tashkent",
    [P(MIR, ["head of our state", "head of state"], ("President", "Uzbekistan")),
     P(KER, [], (AEP, "Hungary")),
     P(SITI, [], (AEP, "Indonesia")),
     P(VDB, [], (AEP, "Belgium")),
     P(FAI, [], (AEP, "Malaysia")),
     P(SAI, [], ("Minister of Foreign Affairs", "Uzbekistan")),
     P(PRA, [], ("President", "Indonesia")),
     P(ANW, [], ("Prime Minister", "Malaysia"))],
    [E("Uzbek-Hungarian Intergovernmental Commission on Economic Cooperation"),
     E("European Union", "EU"),
     E("World Trade Organization", "WTO")],
    [E("Uzbekistan", "Republic of Uzbekistan", "Uzbek"),
     E("Hungary", "Hungarian"),
     E("Indonesia", "Republic of Indonesia", "Indonesian"),
     E("Belgium", "Kingdom of Belgium", "Belgian"),
     E("Malaysia", "Malaysian")],
    [I("meeting", [MIR, KER, SAI], "2025-02-14", "Tashkent"),
     I("meeting", [MIR, SITI, SAI], "2025-02-14", "Tashkent"),
     I("meeting", [MIR, VDB, SAI], "2025-02-14", "Tashkent"),
     I("meeting", [MIR, FAI, SAI], "2025-02-14", "Tashkent"),
     I("meeting", ["Uzbekistan", "Hungary"], "2024-11", "Budapest"),
     I("call", [MIR, PRA], "2025-01"),
     I("visit", [ANW, "Uzbekistan"], "2024-05")],
    [N("first Central Asia – European Union summit", None),
     N("direct air communication between Tashkent and Jakarta", None),
     N("Uzbekistan's accession to the World Trade Organization", "Uzbekistan"),
     N("Tashkent International Investment Forum", None)],
    [D("Enhanced Partnership and Cooperation Agreement")])

# 8 Government of Kazakhstan (primeminister.kz)
BEK, ASA, ZHU, MUS, TOK, ALI = ("Olzhas Bektenov", "Ali Asadov", "Serik Zhumangarin", "Shahin Mustafayev",
                                "Kassym-Jomart Tokayev", "Ilham Aliyev")
KTZ, ADY = "Kazakhstan Temir Zholy", "Azerbaijan Railways"
rec("kz-2024-12-05-bektenov-asadov-astana", "2024-12-05", None,
    [P(BEK, [], ("Prime Minister", "Kazakhstan")),
     P(ASA, [], ("Prime Minister", "Azerbaijan")),
     P(ZHU, [], ("Deputy Prime Minister", "Kazakhstan"), ("Minister of National Economy", "Kazakhstan")),
     P(MUS, [], ("Deputy Prime Minister", "Azerbaijan")),
     P(TOK, ["Head of State"], ("President", "Kazakhstan")),
     P(ALI, ["President Ilham Aliyev"], ("President", "Azerbaijan"))],
    [E("Kazakhstan-Azerbaijan Intergovernmental Commission on Economic Cooperation", "Intergovernmental Commission"),
     E(KTZ, "KTZ"),
     E(ADY, "ADY")],
    [E("Kazakhstan", "Republic of Kazakhstan", "Kazakh"),
     E("Azerbaijan", "Republic of Azerbaijan", "Azerbaijani"),
     E("Uzbekistan", "Uzbek")],
    [I("meeting", [BEK, ASA, ZHU, MUS], "2024-12-05", "Astana"),
     I("visit", [ASA, "Kazakhstan"], "2024-12-04", "Astana"),
     I("signing", [KTZ, ADY, BEK, ASA], "2024-12-05", "Astana"),
     I("meeting", [TOK, ASA], "2024-12-05", "Astana"),
     I("correspondence", [ALI, TOK], "2024-12-05", "Astana"),
     I("meeting", [TOK, ALI], "2024-08-09", "Astana"),
     I("multilateral", [TOK, ALI], "2024-08-09", "Astana",
       name="Sixth Consultative Meeting of the Heads of State of Central Asia"),
     I("multilateral", ["Azerbaijan"], "2024-11", "Baku", name="COP29"),
     I("signing", ["Azerbaijan", "Kazakhstan", "Uzbekistan"], "2024-11", "Baku")],
    [N("Trans-Caspian International Transport Route", None, "Middle Corridor"),
     N("joint venture for the construction of container vessels for the Caspian Sea", BEK),
     N("undersea power cable across the Caspian Sea", None),
     N("next meeting of the Intergovernmental Commission", ASA)],
    [D("Agreement on Strategic Partnership in the Field of Green Energy Generation and Transmission"),
     D("Memorandum on the Joint Development of Container Terminals in the Ports of Aktau and Alat")])

# 9 Government of Georgia (gov.ge)
KOB, LIQ, DAV, GAR, XI, BRE = ("Irakli Kobakhidze", "Li Qiang", "Levan Davitashvili", "Irakli Garibashvili",
                               "Xi Jinping", "Børge Brende")
rec("ge-2024-06-25-kobakhidze-li-qiang-dalian", "2024-06-25", None,
    [P(KOB, [], ("Prime Minister", "Georgia")),
     P(LIQ, [], ("Premier of the State Council", "China")),
     P(DAV, [], ("First Deputy Prime Minister", "Georgia"), ("Minister of Economy and Sustainable Development", "Georgia")),
     P(GAR, [], ("Prime Minister", "Georgia")),
     P(XI, ["President Xi Jinping"], ("President", "China")),
     P(BRE, [], ("President", "World Economic Forum"))],
    [E("World Economic Forum", "WEF"),
     E("China Communications Construction Company", "CCCC")],
    [E("Georgia", "Government of Georgia", "Georgian"),
     E("China", "People's Republic of China", "Chinese", "Government of the People's Republic of China")],
    [I("meeting", [KOB, LIQ, DAV], "2024-06-25", "Dalian"),
     I("visit", [KOB, "China"], "2024-06-24", "Dalian"),
     I("multilateral", [KOB], "2024-06-25", "Dalian", name="Annual Meeting of the New Champions"),
     I("meeting", [KOB, BRE], "2024-06-25", "Dalian"),
     I("visit", [GAR, "China"], "2023-07"),
     I("meeting", [GAR, XI], "2023-07", "Chengdu")],
    [N("strategic partnership", None),
     N("Anaklia Deep Sea Port project", "Georgia"),
     N("Middle Corridor", None),
     N("Belt and Road Initiative", None),
     N("visit of Li Qiang to Georgia", KOB)],
    [D("Free Trade Agreement between the Government of Georgia and the Government of the People's Republic of China")])

# 10 National Assembly of the Republic of Armenia (parliament.am)
SIM, PEK, KHA, VYS, PAV = ("Alen Simonyan", "Markéta Pekarová Adamová", "Sargis Khandanyan", "Miloš Vystrčil",
                           "Petr Pavel")
NA, CHAMBER = "National Assembly", "Chamber of Deputies of the Parliament of the Czech Republic"
rec("am-2024-04-16-simonyan-czech-official-visit", "2024-04-16", None,
    [P(SIM, [], ("NA President", NA)),
     P(PEK, [], ("President of the Chamber of Deputies of the Parliament of the Czech Republic", CHAMBER)),
     P(KHA, [], ("Chairman of the NA Standing Committee on Foreign Relations", NA)),
     P(VYS, [], ("President of the Senate of the Parliament of the Czech Republic", "Czech Republic")),
     P(PAV, [], ("President", "Czech Republic"))],
    [E(NA, "NA", "National Assembly of the Republic of Armenia"),
     E(CHAMBER, "Chamber of Deputies"),
     E("EU Mission in Armenia", "EUMA"),
     E("European Union", "EU"),
     E("Inter-Parliamentary Union", "IPU")],
    [E("Armenia", "Republic of Armenia", "Armenian", "Armenian Government"),
     E("Czech Republic", "Czechia", "Czech"),
     E("Azerbaijan")],
    [I("visit", [SIM, "Czech Republic"], "2024-04-15", "Prague"),
     I("visit", [KHA, "Czech Republic"], "2024-04-15", "Prague"),
     I("meeting", [SIM, PEK, KHA], "2024-04-16", "Prague"),
     I("meeting", [SIM, VYS], "2024-04-15", "Prague"),
     I("multilateral", [SIM, PEK], "2024-03", "Geneva", name="148th Assembly of the Inter-Parliamentary Union"),
     I("meeting", [SIM, PEK], "2024-03", "Geneva")],
    [N("Armenia's visa liberalisation dialogue with the European Union", "Armenia"),
     N("process of delimitation of the border between Armenia and Azerbaijan", None),
     N("visit of Markéta Pekarová Adamová to Armenia", SIM),
     N("Armenian-Czech business forum", VYS),
     N("meeting of Alen Simonyan with Petr Pavel", None)],
    [D("Comprehensive and Enhanced Partnership Agreement")])

# 11 Regional Cooperation Council (rcc.int)
BRG, KON, KOO, HANI = "Majlinda Bregu", "Elmedin Konaković", "Gert Jan Koopman", "Albert Hani"
RCC, RYCO = "Regional Cooperation Council", "Regional Youth Cooperation Office"
rec("rcc-2024-03-12-bregu-konakovic-sarajevo", "2024-03-12", "Sarajevo",
    [P(BRG, ["Bregu"], ("Secretary General", RCC)),
     P(KON, ["Minister Konaković", "Konaković"], ("Minister of Foreign Affairs", "Bosnia and Herzegovina")),
     P(KOO, [], ("Director-General for Neighbourhood and Enlargement Negotiations", "European Commission")),
     P(HANI, [], ("Secretary General", RYCO))],
    [E(RCC, "RCC"),
     E("European Commission"),
     E("European Council"),
     E("European Union", "EU"),
     E("Berlin Process"),
     E(RYCO, "RYCO"),
     E("ICJ", "International Court of Justice")],
    [E("Bosnia and Herzegovina"),
     E("Albania"),
     E("Kosovo"),
     E("Montenegro"),
     E("North Macedonia"),
     E("Serbia")],
    [I("meeting", [BRG, KON], "2024-03-12", "Sarajevo"),
     I("signing", [BRG, HANI, KON], "2024-03-12", "Sarajevo"),
     I("call", [BRG, KOO], "2024-03-11"),
     I("multilateral", [], "2022-11", "Berlin", name="Berlin Process Summit")],
    [N("Common Regional Market", None, "Common Regional Market Action Plan 2021-2024"),
     N("Growth Plan for the Western Balkans", "European Commission"),
     N("opening of accession negotiations", "Bosnia and Herzegovina"),
     N("RCC Annual Meeting", None)],
    [D("Agreement on Freedom of Movement with Identity Cards in the Western Balkans"),
     D("Memorandum of Understanding on Joint Action for Youth Employment and Mobility in the Western Balkans"),
     D("UNSCR 1244/1999", "UNSCR 1244"),
     D("ICJ Opinion on the Kosovo declaration of independence")])

# 12 CIS Executive Committee (e-cis.info)
LEB, KUB, TAS, JAP = "Sergey Lebedev", "Jeenbek Kulubaev", "Imangali Tasmagambetov", "Sadyr Japarov"
CISEC, CFM, CHS = ("CIS Executive Committee", "Council of Foreign Ministers of the CIS",
                   "Council of Heads of State of the CIS")
rec("cis-2023-10-13-lebedev-cfm-bishkek", "2023-10-13", None,
    [P(LEB, [], ("Chairman of the CIS Executive Committee", CISEC), ("CIS Executive Secretary", "CIS")),
     P(KUB, [], ("Minister of Foreign Affairs", "Kyrgyzstan")),
     P(TAS, [], ("Secretary General", "Collective Security Treaty Organization")),
     P(JAP, [], ("President", "Kyrgyzstan"))],
    [E("CIS", "Commonwealth of Independent States"),
     E(CISEC),
     E(CFM, "Council of Foreign Ministers", "Council of Foreign Ministers of the Commonwealth of Independent States"),
     E(CHS, "Council of Heads of State"),
     E("Collective Security Treaty Organization", "CSTO"),
     E("United Nations", "UN")],
    [E("Kyrgyzstan", "Kyrgyz Republic", "Kyrgyz"),
     E("Russia", "Russian Federation", "Russian")],
    [I("multilateral", [LEB, KUB], "2023-10-12", "Bishkek",
       name="meeting of the Council of Foreign Ministers of the Commonwealth of Independent States"),
     I("meeting", [LEB, KUB], "2023-10-12", "Bishkek"),
     I("meeting", [LEB, TAS], "2023-10-12", "Bishkek"),
     I("multilateral", [JAP, LEB], "2023-10-13", "Bishkek", name="meeting of the Council of Heads of State of the CIS"),
     I("multilateral", [], "2023-04", "Minsk", name="meeting of the Council of Foreign Ministers of the CIS")],
    [N("International Organization for the Russian Language", "Russia"),
     N("next meeting of the Council of Heads of State", None),
     N("informal summit of the CIS leaders", None)],
    [D("Plan of Multilevel Inter-Ministerial Consultations of the CIS Member States for 2024"),
     D("Statement of the Council of Foreign Ministers on the 80th Anniversary of the Lifting of the Siege of Leningrad")])

if __name__ == "__main__":
    check_and_write(GOLD, score)
