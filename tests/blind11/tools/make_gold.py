#!/usr/bin/env python3
"""Writes gold/<stem>.json for blind17 from the compact records below, then checks them.

Checks (all must pass before anything is written):
- every interaction participant, role `of` that names a listed entity, and proposer resolves, with
  score.py's own Resolver, to a person/organisation/state of the same record;
- every person name form, at least one organisation/state form, every multilateral name, document,
  place and initiative (except the constructed `visit of ...` / `meeting of ...` names) occurs in the text;
- no name form is shared by two entities of a record; dates are ISO; lengths are 150-700 words;
- a release whose text carries no date has a releases/<stem>.meta.json with that date.
"""
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent  # tests/blind11
sys.path.insert(0, str(ROOT.parents[1].parent / "shared" / "eval"))  # the scorer beside the project
import score  # noqa: E402  (only for norm() and Resolver)

sys.path.insert(0, str(ROOT.parent))  # tests/, for the shared constructors
from gold_records import D, E, GoldWriter, I, N, P, check_and_write  # noqa: E402

GOLD = GoldWriter(ROOT)
rec = GOLD.rec

# 1 FPS Foreign Affairs, Belgium (dateline abroad)
LAH, FAYE, DC, FALL, SY = "Hadja Lahbib", "Bassirou Diomaye Faye", "Alexander De Croo", "Yassine Fall", "Ibrahima Sy"
rec("be-2024-05-28-lahbib-fall-dakar-visit", "2024-05-28", "Dakar",
    [P(LAH, ["Minister Lahbib"],
       ("Minister of Foreign Affairs, European Affairs and Foreign Trade, and the Federal Cultural Institutions", "Belgium")),
     P(FAYE, ["President Faye"], ("President", "Senegal")),
     P(DC, [], ("Prime Minister", "Belgium")),
     P(FALL, ["Ms Fall"], ("Minister of African Integration and Foreign Affairs", "Senegal")),
     P(SY, [], ("Minister of Health and Social Action", "Senegal"))],
    [E("FPS Foreign Affairs, Foreign Trade and Development Cooperation",
       "Federal Public Service Foreign Affairs, Foreign Trade and Development Cooperation", "FPS Foreign Affairs"),
     E("ECOWAS", "Economic Community of West African States"),
     E("Alliance of Sahel States", "AES"),
     E("Institut Pasteur de Dakar"),
     E("Enabel"),
     E("European Union", "EU")],
    [E("Belgium", "Belgian", "Kingdom of Belgium", "Belgian government"),
     E("Senegal", "Senegalese", "Republic of Senegal")],
    [I("meeting", [LAH, FAYE], "2024-05-28", "Dakar"),
     I("visit", [LAH, "Senegal"], "2024-05-27"),
     I("meeting", [LAH, FALL], "2024-05-27", "Dakar"),
     I("signing", [LAH, FALL], "2024-05-27", "Dakar"),
     I("call", [LAH, FALL], "2024-04-16"),
     I("meeting", [LAH, SY], "2024-05-28", "Dakar")],
    [N("first session of the Belgian-Senegalese political consultations", None),
     N("visit of Yassine Fall to Belgium", LAH),
     N("MADIBA project", "Institut Pasteur de Dakar"),
     N("Global Gateway", "European Union", "Global Gateway strategy")],
    [D("Memorandum of Understanding on the Establishment of a Mechanism for Political Consultations between the "
       "Kingdom of Belgium and the Republic of Senegal")])

# 2 Office of the President of the Republic of Finland
STUBB, MBU, VAL, MUS, AHT, ORPO = ("Alexander Stubb", "Nangolo Mbumba", "Elina Valtonen", "Peya Mushelenga",
                                   "Martti Ahtisaari", "Petteri Orpo")
rec("fi-2024-10-08-stubb-mbumba-helsinki", "2024-10-08", None,
    [P(STUBB, ["President Stubb"], ("President", "Finland")),
     P(MBU, ["President Mbumba"], ("President", "Namibia")),
     P(VAL, [], ("Minister for Foreign Affairs", "Finland")),
     P(MUS, [], ("Minister of International Relations and Cooperation", "Namibia")),
     P(AHT, [], ("President", "Finland")),
     P(ORPO, [], ("Prime Minister", "Finland"))],
    [E("Office of the President of the Republic"),
     E("United Nations", "UN"),
     E("United Nations Transition Assistance Group", "UNTAG"),
     E("UN General Assembly", "United Nations General Assembly", "General Assembly", "UNGA"),
     E("Aalto University")],
    [E("Finland", "Republic of Finland", "Finnish"),
     E("Namibia", "Republic of Namibia", "Namibian"),
     E("Russia"),
     E("Ukraine"),
     E("Sudan")],
    [I("meeting", [STUBB, MBU, VAL, MUS], "2024-10-08", "Helsinki"),
     I("visit", [MBU, "Finland"], "2024-10-07"),
     I("meeting", [STUBB, MBU], "2024-09-24", "New York"),
     I("multilateral", [STUBB, MBU], "2024-09-24", "New York", name="79th session of the UN General Assembly")],
    [N("Namibia's Green Hydrogen Programme", "Namibia", "Green Hydrogen Programme"),
     N("Finnish-Namibian business forum", None),
     N("reforming the United Nations", STUBB, "proposals for reforming the United Nations"),
     N("visit of Alexander Stubb to Namibia", MBU, "state visit to Namibia"),
     N("meeting of Nangolo Mbumba with Petteri Orpo", None)],
    [])

# 3 Press and Information Office of the Federal Government, Germany
SCH, LULA, BAE, HAB, SCZ, VIE, MSI, SIL, STE = (
    "Olaf Scholz", "Luiz Inácio Lula da Silva", "Annalena Baerbock", "Robert Habeck", "Svenja Schulze",
    "Mauro Vieira", "Marina Silva", "Alexandre Silveira", "Frank-Walter Steinmeier")
rec("de-2023-12-04-scholz-lula-government-consultations", "2023-12-04", None,
    [P(SCH, ["Federal Chancellor Olaf Scholz", "Chancellor Scholz"], ("Federal Chancellor", "Germany")),
     P(LULA, ["President Lula"], ("President", "Brazil")),
     P(BAE, [], ("Federal Foreign Minister", "Germany")),
     P(HAB, ["Minister Habeck"], ("Federal Minister for Economic Affairs and Climate Action", "Germany")),
     P(SCZ, [], ("Federal Minister for Economic Cooperation and Development", "Germany")),
     P(VIE, [], ("Minister of Foreign Affairs", "Brazil")),
     P(MSI, [], ("Minister of the Environment and Climate Change", "Brazil")),
     P(SIL, ["Minister Silveira"], ("Minister of Mines and Energy", "Brazil")),
     P(STE, [], ("Federal President", "Germany"))],
    [E("Press and Information Office of the Federal Government"),
     E("European Union", "EU"),
     E("Mercosur", "Southern Common Market"),
     E("G20", "Group of Twenty")],
    [E("Germany", "German", "Federal Republic of Germany"),
     E("Brazil", "Brazilian", "Federative Republic of Brazil")],
    [I("meeting", [SCH, LULA, BAE, HAB, SCZ, VIE, MSI, SIL], "2023-12-04", "Berlin"),
     I("signing", [HAB, SIL, SCH, LULA], "2023-12-04", "Berlin"),
     I("visit", [LULA, "Germany"], "2023-12-03", "Berlin"),
     I("multilateral", [LULA], None, "Dubai", name="World Climate Conference COP28"),
     I("visit", [SCH, "Brazil"], "2023-01", "Brasília"),
     I("meeting", [SCH, LULA], "2023-01", "Brasília")],
    [N("strategic partnership", None, "German-Brazilian Strategic Partnership"),
     N("negotiations between the European Union and Mercosur on a partnership agreement", None),
     N("Amazon Fund", None),
     N("Global Alliance against Hunger and Poverty", LULA),
     N("G20 summit in Rio de Janeiro", None),
     N("COP30 climate conference", None, "COP30"),
     N("meeting of Luiz Inácio Lula da Silva with Frank-Walter Steinmeier", None)],
    [D("Joint Declaration of Intent on Cooperation in the Field of Green Hydrogen"),
     D("Action Plan of the German-Brazilian Strategic Partnership 2024-2026")])

# 4 Ministry of Foreign Affairs of Paraguay (translated from Spanish; closing place/date line)
VER, CAT, PENA, ARCE, RRL = ("Víctor Verdún", "Elmer Catarina Mamani", "Santiago Peña", "Luis Arce",
                             "Rubén Ramírez Lezcano")
MECH = "Mechanism for Political Consultations between the Republic of Paraguay and the Plurinational State of Bolivia"
rec("py-2024-09-13-paraguay-bolivia-political-consultations", "2024-09-13", "Asunción",
    [P(VER, ["Verdún"], ("Vice Minister of Foreign Affairs", "Paraguay")),
     P(CAT, ["Catarina Mamani", "Vice Minister Catarina Mamani"], ("Vice Minister of Foreign Affairs", "Bolivia")),
     P(PENA, [], ("President", "Paraguay")),
     P(ARCE, [], ("President", "Bolivia")),
     P(RRL, [], ("Minister of Foreign Affairs", "Paraguay"))],
    [E(MECH, "Mechanism for Political Consultations"),
     E("MERCOSUR", "Mercosur", "Southern Common Market"),
     E("Organization of American States", "OAS")],
    [E("Paraguay", "Republic of Paraguay", "Paraguayan"),
     E("Bolivia", "Plurinational State of Bolivia", "Bolivian", "Bolivian Government")],
    [I("meeting", [VER, CAT], "2024-09-12", "Asunción"),
     I("meeting", [RRL, CAT], "2024-09-13", "Asunción"),
     I("signing", [VER, CAT], "2024-09-13", "Asunción"),
     I("meeting", [PENA, ARCE], "2024-07-08", "Asunción"),
     I("multilateral", [PENA, ARCE], "2024-07-08", "Asunción",
       name="LXIV Summit of Heads of State of MERCOSUR and Associated States"),
     I("signing", ["Paraguay", "Bolivia"], "1938", "Buenos Aires")],
    [N("Bioceanic Road Corridor", None),
     N("Paraguay's candidacy for the post of Secretary General of the Organization of American States", "Paraguay"),
     N("VI Meeting of the Mechanism for Political Consultations", None),
     N("binational working group on border security", "Bolivia")],
    [D("Protocol of Accession of the Plurinational State of Bolivia to MERCOSUR"),
     D("Treaty of Peace, Friendship and Limits"),
     D("Minutes of the V Meeting of the Mechanism for Political Consultations")])

# 5 Ministry of Foreign and CARICOM Affairs, Trinidad and Tobago (closing issuer block)
AB, SAB, ROW, NADA = "Amery Browne", "Shirley Ayorkor Botchwey", "Keith Rowley", "Nana Addo Dankwa Akufo-Addo"
JCC = "Trinidad and Tobago-Ghana Joint Commission for Cooperation"
rec("tt-2024-10-15-browne-botchwey-video-conference", "2024-10-15", "Port of Spain",
    [P(AB, ["Senator the Honourable Dr. Amery Browne", "Minister Browne"],
       ("Minister of Foreign and CARICOM Affairs", "Trinidad and Tobago"), ("Senator", "Trinidad and Tobago")),
     P(SAB, ["the Honourable Shirley Ayorkor Botchwey", "Minister Botchwey"], ("Minister for Foreign Affairs", "Ghana")),
     P(ROW, ["Dr. the Honourable Keith Rowley"], ("Prime Minister", "Trinidad and Tobago")),
     P(NADA, ["President Nana Addo Dankwa Akufo-Addo"], ("President", "Ghana"))],
    [E("Ministry of Foreign and CARICOM Affairs"),
     E("Caribbean Community", "CARICOM"),
     E("African Union", "AU"),
     E(JCC, "Joint Commission"),
     E("African Export-Import Bank", "Afreximbank")],
    [E("Trinidad and Tobago", "Government of Trinidad and Tobago"),
     E("Ghana", "Republic of Ghana", "Ghanaian"),
     E("Grenada")],
    [I("call", [AB, SAB], "2024-10-14"),
     I("meeting", [AB, SAB], "2024-09-07", "Addis Ababa"),
     I("multilateral", [AB, SAB], "2024-09-07", "Addis Ababa", name="Second Africa-CARICOM Summit"),
     I("signing", ["Trinidad and Tobago", "Ghana"], "2019", "Port of Spain"),
     I("multilateral", ["Ghana"], "2023-11", "Accra", name="Accra Reparations Conference")],
    [N("first session of the " + JCC, SAB),
     N("fourth AfriCaribbean Trade and Investment Forum", None, "ACTIF2025"),
     N("CARICOM Ten-Point Plan for Reparatory Justice", "Caribbean Community"),
     N("visit of Shirley Ayorkor Botchwey to Trinidad and Tobago", AB, "official visit to Trinidad and Tobago")],
    [D("Memorandum of Understanding on the Establishment of a Joint Commission for Cooperation")])

# 6 Presidency of Côte d'Ivoire (translated from French; date only in the body)
AO, MER, GHZ, ADOM, ADE = ("Alassane Ouattara", "Mohamed Salem Ould Merzoug", "Mohamed Ould Cheikh El Ghazouani",
                           "Kacou Houadja Léon Adom", "Akinwumi Adesina")
rec("ci-2024-06-13-ouattara-ghazouani-message", "2024-06-13", None,
    [P(AO, ["His Excellency Mr Alassane OUATTARA", "President OUATTARA", "the Head of State"],
       ("President", "Côte d'Ivoire")),
     P(MER, ["Mr Mohamed Salem OULD MERZOUG", "Mr OULD MERZOUG"],
       ("Minister of Foreign Affairs, Cooperation and Mauritanians Abroad", "Mauritania"),
       ("special envoy", "Mauritania")),
     P(GHZ, ["His Excellency Mr Mohamed OULD CHEIKH EL GHAZOUANI"], ("President", "Mauritania"),
       ("Chairperson", "African Union")),
     P(ADOM, ["Mr Kacou Houadja Léon ADOM"], ("Minister of State", "Côte d'Ivoire"),
       ("Minister of Foreign Affairs, African Integration and the Diaspora", "Côte d'Ivoire")),
     P(ADE, ["Dr Akinwumi ADESINA", "Dr ADESINA"], ("President", "African Development Bank Group"))],
    [E("African Union", "AU"),
     E("African Development Bank Group", "AfDB", "African Development Bank"),
     E("Communication Directorate of the Presidency of the Republic")],
    [E("Côte d'Ivoire", "Ivory Coast", "Ivorian"),
     E("Mauritania", "Islamic Republic of Mauritania", "Mauritanian"),
     E("Ghana"),
     E("Kenya")],
    [I("meeting", [AO, MER, ADOM], "2024-06-13", "Abidjan"),
     I("correspondence", [GHZ, AO], "2024-06-13", "Abidjan"),
     I("visit", [MER, "Côte d'Ivoire"]),
     I("meeting", [AO, GHZ], "2024-02", "Addis Ababa"),
     I("multilateral", [AO, GHZ], "2024-02", "Addis Ababa", name="37th African Union Summit"),
     I("meeting", [AO, ADE], "2024-06-13", "Abidjan"),
     I("multilateral", [], "2024-05-27", "Nairobi", name="2024 Annual Meetings")],
    [N("6th Mid-Year Coordination Meeting of the African Union", None),
     N("Desert to Power initiative", "African Development Bank Group", "Desert to Power")],
    [D("Agreement Establishing the African Continental Free Trade Area")])

# 7 Government Information Service (GIS), Mauritius
PKJ, MODI, GOB, SIN, AJ = ("Pravind Kumar Jugnauth", "Narendra Modi", "Maneesh Gobin", "Nandini Singla",
                           "Anerood Jugnauth")
rec("mu-2024-02-29-jugnauth-modi-agalega-inauguration", "2024-02-29", None,
    [P(PKJ, ["Mr Pravind Kumar Jugnauth", "Mr Jugnauth", "Prime Minister Jugnauth"], ("Prime Minister", "Mauritius")),
     P(MODI, ["Mr Narendra Modi", "Mr Modi"], ("Prime Minister", "India")),
     P(GOB, ["Mr Maneesh Gobin"], ("Minister of Foreign Affairs, Regional Integration and International Trade",
                                   "Mauritius")),
     P(SIN, ["Mrs Nandini Singla"], ("High Commissioner to Mauritius", "India")),
     P(AJ, ["Sir Anerood Jugnauth"], ("Prime Minister", "Mauritius"))],
    [E("Outer Islands Development Corporation", "OIDC"),
     E("National Coast Guard")],
    [E("Mauritius", "Republic of Mauritius", "Mauritian"),
     E("India", "Republic of India", "Government of India")],
    [I("call", [PKJ, MODI, GOB, SIN], "2024-02-29"),
     I("signing", [MODI, AJ], "2015-03-11", "Port Louis"),
     I("visit", [MODI, "Mauritius"], "2015-03-11", "Port Louis"),
     I("call", [PKJ, MODI], "2024-02-12")],
    [N("SAGAR", "India", "Security and Growth for All in the Region"),
     N("UPI and RuPay card services", None),
     N("visit of Narendra Modi to Mauritius", PKJ)],
    [D("Memorandum of Understanding on the Improvement in Sea and Air Transportation Facilities at Agaléga Island")])

# 8 Royal Hashemite Court, Jordan
KA, NC, CP, SAF, JH, CK, BK = ("Abdullah II", "Nikos Christodoulides", "Al Hussein bin Abdullah II", "Ayman Safadi",
                               "Jafar Hassan", "Constantinos Kombos", "Bisher Khasawneh")
rec("jo-2024-03-05-abdullah-christodoulides-amman", "2024-03-05", "Amman",
    [P(KA, ["His Majesty King Abdullah II", "King Abdullah II"], ("King", "Jordan")),
     P(NC, ["President Christodoulides"], ("President", "Cyprus")),
     P(CP, ["His Royal Highness Crown Prince Al Hussein bin Abdullah II"], ("Crown Prince", "Jordan")),
     P(SAF, [], ("Deputy Prime Minister", "Jordan"), ("Minister of Foreign Affairs and Expatriates", "Jordan")),
     P(JH, [], ("Director of the Office of His Majesty the King", "Jordan")),
     P(CK, [], ("Foreign Minister", "Cyprus")),
     P(BK, [], ("Prime Minister", "Jordan"))],
    [E("Royal Hashemite Court", "RHC"),
     E("Jordan Hashemite Charity Organization", "JHCO"),
     E("European Union", "EU")],
    [E("Jordan", "Hashemite Kingdom of Jordan", "Jordanian"),
     E("Cyprus", "Republic of Cyprus", "Cypriot"),
     E("Greece"),
     E("Israel", "Israeli"),
     E("Palestine", "Palestinian")],
    [I("meeting", [KA, NC, CP, SAF, JH, CK], "2024-03-05", "Amman"),
     I("visit", [NC, "Jordan"], "2024-03-05", "Amman"),
     I("meeting", [KA, NC], "2023-10-21", "Cairo"),
     I("multilateral", [KA, NC], "2023-10-21", "Cairo", name="Cairo Summit for Peace")],
    [N("Amalthea initiative", "Cyprus", "Amalthea"),
     N("next trilateral summit", None),
     N("meeting of Nikos Christodoulides with Bisher Khasawneh", None)],
    [D("UN Security Council Resolution 2720", "Resolution 2720")])

# 9 Prime Minister's Media Office, Iraq (no date in the text: meta.json)
SUD, FID, FH, ERD = "Mohammed Shia Al-Sudani", "Hakan Fidan", "Fuad Hussein", "Recep Tayyip Erdoğan"
HLSCC = "Iraqi-Turkish High-Level Strategic Cooperation Council"
rec("iq-2024-10-21-sudani-fidan-baghdad", "2024-10-21", None,
    [P(SUD, ["Al-Sudani"], ("Prime Minister", "Iraq")),
     P(FID, ["Fidan"], ("Minister of Foreign Affairs", "Türkiye")),
     P(FH, [], ("Deputy Prime Minister", "Iraq"), ("Minister of Foreign Affairs", "Iraq")),
     P(ERD, ["President Erdoğan"], ("President", "Türkiye"))],
    [E("Prime Minister's Media Office"),
     E("National Security Council", "Iraqi National Security Council"),
     E("Kurdistan Workers' Party", "PKK"),
     E(HLSCC, "High-Level Strategic Cooperation Council")],
    [E("Iraq", "Iraqi"),
     E("Türkiye", "Turkey", "Republic of Türkiye", "Turkish"),
     E("Qatar"),
     E("United Arab Emirates", "UAE")],
    [I("meeting", [SUD, FID, FH], "2024-10-21", "Baghdad"),
     I("correspondence", [ERD, SUD], "2024-10-21", "Baghdad"),
     I("visit", [FID, "Iraq"], "2024-10-21", "Baghdad"),
     I("meeting", [FID, FH], "2024-10-21", "Baghdad"),
     I("signing", ["Iraq", "Türkiye", "Qatar", "United Arab Emirates"], "2024-04", "Baghdad"),
     I("visit", [ERD, "Iraq"], "2024-04", "Baghdad"),
     I("signing", ["Iraq", "Türkiye"], "2024-04", "Baghdad")],
    [N("Development Road Project", "Iraq", "Development Road"),
     N("visit of Mohammed Shia Al-Sudani to Türkiye", ERD, "official visit to Türkiye"),
     N("next meeting of the " + HLSCC, None)],
    [D("Framework Agreement for Cooperation in the Field of Water")])

# 10 Office of the Prime Minister, Papua New Guinea (dateline abroad)
JM, AA, JT, PT, RM, PW = ("James Marape", "Anthony Albanese", "Justin Tkatchenko", "Peter Tsiamalili Jr",
                          "Richard Marles", "Penny Wong")
rec("pg-2023-12-07-marape-albanese-security-agreement", "2023-12-07", "CANBERRA",
    [P(JM, ["Hon. James Marape", "PM Marape"], ("Prime Minister", "Papua New Guinea"), ("MP", "Papua New Guinea")),
     P(AA, ["Hon. Anthony Albanese MP", "PM Albanese"], ("Prime Minister", "Australia"), ("MP", "Australia")),
     P(JT, ["Hon. Justin Tkatchenko"], ("Minister for Foreign Affairs", "Papua New Guinea")),
     P(PT, ["Hon. Peter Tsiamalili Jr"], ("Minister for Internal Security", "Papua New Guinea")),
     P(RM, ["Hon. Richard Marles"], ("Deputy Prime Minister", "Australia"), ("Minister for Defence", "Australia")),
     P(PW, ["Senator Penny Wong"], ("Minister for Foreign Affairs", "Australia"), ("Senator", "Australia"))],
    [E("Office of the Prime Minister"),
     E("Royal Papua New Guinea Constabulary", "RPNGC"),
     E("Australian Federal Police", "AFP"),
     E("National Rugby League", "NRL"),
     E("National Parliament", "National Parliament of Papua New Guinea"),
     E("Australian Parliament", "Parliament of Australia")],
    [E("Papua New Guinea", "PNG"),
     E("Australia", "Australian")],
    [I("signing", [JM, AA], "2023-12-07", "Canberra"),
     I("meeting", [JM, AA, JT, PT, RM, PW], "2023-12-07", "Canberra"),
     I("visit", [JM, "Australia"], "2023-12-06", "Canberra"),
     I("visit", [AA, "Papua New Guinea"], "2023-01", "Port Moresby")],
    [N("Comprehensive Strategic and Economic Partnership", None, "CSEP"),
     N("Pacific Australia Labour Mobility (PALM) scheme", "Australia", "Pacific Australia Labour Mobility", "PALM"),
     N("PNG's bid for a team in the National Rugby League", "Papua New Guinea"),
     N("visit of James Marape to Australia", AA)],
    [D("Agreement between Australia and Papua New Guinea on a Framework for Closer Security Relations",
       "Bilateral Security Agreement")])

# 11 Commonwealth Secretariat (international organisation)
SB, GB, CG, RWI = "Shirley Botchwey", "Gaston Browne", "E.P. Chet Greene", "Rodney Williams"
CHOGM26 = "2026 Commonwealth Heads of Government Meeting"
rec("commonwealth-2025-07-22-botchwey-antigua-chogm-visit", "2025-07-22", None,
    [P(SB, ["the Honourable Shirley Botchwey", "Ms Botchwey"], ("Secretary-General", "Commonwealth"),
       ("Foreign Minister", "Ghana")),
     P(GB, ["the Honourable Gaston Browne", "Prime Minister Browne"], ("Prime Minister", "Antigua and Barbuda")),
     P(CG, ["the Honourable E.P. Chet Greene", "Minister Greene"],
       ("Minister of Foreign Affairs, Trade and Barbuda Affairs", "Antigua and Barbuda")),
     P(RWI, ["Sir Rodney Williams"], ("Governor-General", "Antigua and Barbuda"))],
    [E("Commonwealth", "The Commonwealth"),
     E("Commonwealth Secretariat", "Secretariat")],
    [E("Antigua and Barbuda"),
     E("Ghana"),
     E("Samoa")],
    [I("visit", [SB, "Antigua and Barbuda"], "2025-07-20", "St John's"),
     I("meeting", [SB, GB, CG], "2025-07-21", "St John's"),
     I("signing", [SB, CG, GB], "2025-07-21", "St John's"),
     I("meeting", [SB, RWI], "2025-07-22", "St John's"),
     I("meeting", [SB, GB], "2024-10", "Apia"),
     I("multilateral", [SB, GB], "2024-10", "Apia", name="Commonwealth Heads of Government Meeting")],
    [N(CHOGM26, None, "CHOGM 2026"),
     N("Multidimensional Vulnerability Index", GB, "MVI"),
     N("Commonwealth Climate Finance Access Hub", "Commonwealth Secretariat")],
    [D("Host Country Agreement for the " + CHOGM26),
     D("Apia Commonwealth Ocean Declaration for a Common Future"),
     D("Commonwealth Charter")])

# 12 SADC Secretariat (regional organisation)
EM, FS, AMN, EDM, JLO, MFM = ("Elias M. Magosi", "Frederick M. Shava", "Angele Makombo N'tumba",
                              "Emmerson Dambudzo Mnangagwa", "João Lourenço", "Moussa Faki Mahamat")
S44 = "44th Ordinary Summit of SADC Heads of State and Government"
rec("sadc-2024-07-24-magosi-shava-summit-preparations", "2024-07-24", "Gaborone",
    [P(EM, ["His Excellency Mr Elias M. Magosi", "Mr Magosi"], ("Executive Secretary", "SADC")),
     P(FS, ["Honourable Ambassador Dr Frederick M. Shava", "Dr Shava"],
       ("Minister of Foreign Affairs and International Trade", "Zimbabwe"), ("Ambassador", None)),
     P(AMN, ["Ms Angele Makombo N'tumba"], ("Deputy Executive Secretary for Regional Integration", "SADC")),
     P(EDM, ["His Excellency Dr Emmerson Dambudzo Mnangagwa"], ("President", "Zimbabwe")),
     P(JLO, ["His Excellency João Lourenço"], ("President", "Angola")),
     P(MFM, ["His Excellency Mr Moussa Faki Mahamat"],
       ("Chairperson of the African Union Commission", "African Union Commission"))],
    [E("Southern African Development Community", "SADC"),
     E("SADC Secretariat", "Secretariat"),
     E("SADC Mission in Mozambique", "SAMIM"),
     E("SADC Mission in the Democratic Republic of Congo", "SAMIDRC")],
    [E("Botswana"),
     E("Zimbabwe", "Republic of Zimbabwe", "Zimbabwean"),
     E("Angola", "Republic of Angola"),
     E("Mozambique"),
     E("Democratic Republic of Congo", "DRC")],
    [I("meeting", [EM, FS, AMN], "2024-07-23", "Gaborone"),
     I("visit", [FS, "Botswana"], None, "Gaborone"),
     I("signing", [EM, FS], "2024-07-23", "Gaborone"),
     I("call", [EM, MFM], "2024-07-23"),
     I("multilateral", [], "2023-08-17", "Luanda",
       name="43rd Ordinary Summit of SADC Heads of State and Government")],
    [N(S44, None),
     N("SADC Industrialisation Week", None),
     N("SADC University of Transformation", "Zimbabwe")],
    [D("Memorandum of Agreement on the Hosting of the " + S44),
     D("Regional Indicative Strategic Development Plan (RISDP) 2020–2030", "RISDP"),
     D("SADC Vision 2050")])

if __name__ == "__main__":
    check_and_write(GOLD, score)
