#!/usr/bin/env python3
"""Writes gold/<stem>.json for blind48 from the compact records below, then checks them.

Checks: those of ``gold_records.check_and_write`` (every check must pass before anything is written):
participants, proposers and roles' bodies resolve with the scorer's own Resolver; every person form,
organisation/state name, document, place, multilateral and non-constructed initiative is in the text;
no form is shared by two entities; ISO dates; 150-700 words; a year in the text or a meta.json date.

The shared constructors live in /work/main/tests/gold_records.py (imported, never modified).

Run from /work/blind48:  python3 tools/make_gold.py
"""
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent  # /work/blind48
sys.path.insert(0, "/work/main/tests")  # the shared constructors
from gold_records import D, E, GoldWriter, I, N, P, check_and_write  # noqa: E402

GOLD = GoldWriter(ROOT)
rec = GOLD.rec

# 1 Asian Infrastructure Investment Bank (aiib.org news): issuer line, rubric `News | Press Release | April 16, 2025`,
#   capitals dateline with country and date `TBILISI, Georgia, April 16, 2025 —`, "Mr.", a meeting with an attending
#   minister, a witnessed loan signing, the head's arrival "on Monday" and a trip to a second city "On Tuesday", a past
#   sideline meeting at the bank's own annual meeting, an invitation to the next one, a video call "Later today" with
#   the other minister's proposal, "About AIIB" boilerplate and a media-contact unit
JIN, KOB, KHU, SHA = "Jin Liqun", "Irakli Kobakhidze", "Lasha Khutsishvili", "Samir Sharifov"
AIIB = "Asian Infrastructure Investment Bank"
rec("aiib-2025-04-16-jin-liqun-kobakhidze-water-loan-tbilisi", "2025-04-16", "Tbilisi",
    [P(JIN, ["Mr. Jin"], ("President", AIIB)),
     P(KOB, ["Prime Minister Kobakhidze"], ("Prime Minister", "Georgia")),
     P(KHU, ["Minister Khutsishvili"], ("Minister of Finance", "Georgia")),
     P(SHA, ["Minister Sharifov"], ("Minister of Finance", "Azerbaijan"))],
    [E(AIIB, "AIIB"),
     E("AIIB Board of Directors"),
     E("European Bank for Reconstruction and Development", "EBRD"),
     E("United Water Supply Company of Georgia"),
     E("Communications Department")],
    [E("Georgia", "Georgian"),
     E("Uzbekistan"),
     E("Azerbaijan")],
    [I("meeting", [JIN, KOB, KHU], "2025-04-16", "Tbilisi"),
     I("signing", [JIN, KHU, KOB], "2025-04-16", "Tbilisi"),
     I("visit", [JIN, "Georgia"], "2025-04-14"),
     I("meeting", [JIN, KHU], "2024-09", "Samarkand"),
     I("multilateral", [JIN, KHU], "2024-09", "Samarkand", name="Ninth Annual Meeting"),
     I("call", [JIN, SHA], "2025-04-16")],
    [N("financing for the road and rail links to the Anaklia Deep Sea Port", KOB),
     N("Trans-Caspian International Transport Route", None, "Middle Corridor"),
     N("Georgia Urban Water Resilience Project", None),
     N("Tenth Annual Meeting", JIN),
     N("joint AIIB workshop on cross-border electricity trade in the South Caucasus", SHA)],
    [D("Loan Agreement for the Georgia Urban Water Resilience Project")])

# 2 Cabinet of Ministers of the Republic of Azerbaijan (cabmin.gov.az English): issuer line, rubric with a time stamp
#   `News | 04 June 2024, 17:20`, no dateline, "On June 4", full offices before names, surnames not used alone, an
#   arrival "on Monday" to attend a forum opened "earlier in the day", attending ministers on both sides, a past
#   declaration "signed in 2013" naming no signatories, own proposal, an invitation conveyed from the guest's
#   president, a witnessed ministers' MoU, a call with an unnamed "Georgian counterpart", closing press-service line
ASA, VUC, SHB, DJE, ALI, VCC = ("Ali Asadov", "Miloš Vučević", "Parviz Shahbazov", "Dubravka Đedović Handanović",
                                "Ilham Aliyev", "Aleksandar Vučić")
rec("az-2024-06-04-asadov-vucevic-baku-energy-forum", "2024-06-04", None,
    [P(ASA, ["Prime Minister Ali Asadov"], ("Prime Minister", "Azerbaijan")),
     P(VUC, [], ("Prime Minister", "Serbia")),
     P(SHB, [], ("Minister of Energy", "Azerbaijan")),
     P(DJE, [], ("Minister of Mining and Energy", "Serbia")),
     P(ALI, ["President Ilham Aliyev"], ("President", "Azerbaijan")),
     P(VCC, ["President Aleksandar Vučić"], ("President", "Serbia"))],
    [E("Cabinet of Ministers of the Republic of Azerbaijan", "Cabinet of Ministers"),
     E("Azerbaijan–Georgia Intergovernmental Commission on Economic Cooperation"),
     E("Press Service of the Cabinet of Ministers")],
    [E("Azerbaijan", "Republic of Azerbaijan", "Azerbaijani"),
     E("Serbia", "Republic of Serbia", "Serbian"),
     E("Georgia", "Georgian")],
    [I("visit", [VUC, "Azerbaijan"], "2024-06-03", "Baku"),
     I("multilateral", [ALI, VUC], "2024-06-04", "Baku", name="29th Baku Energy Forum"),
     I("meeting", [ASA, VUC, SHB, DJE], "2024-06-04", "Baku"),
     I("signing", [SHB, DJE, ASA, VUC], "2024-06-04", "Baku"),
     I("signing", ["Azerbaijan", "Serbia"], "2013"),
     I("call", [ASA, "Georgia"], "2024-06-04")],
    [N("Southern Gas Corridor", None),
     N("Black Sea submarine electricity cable project", None),
     N("Serbia–Azerbaijan business forum", VUC),
     N("visit of Ali Asadov to Serbia", VCC),
     N("next meeting of the Azerbaijan–Georgia Intergovernmental Commission on Economic Cooperation", None)],
    [D("Joint Declaration on Strategic Partnership"),
     D("Memorandum of Understanding on Cooperation in the Field of Renewable Energy")])

# 3 Ministry of Foreign Affairs of the Republic of Bulgaria (mfa.bg English): issuer line with a middle dot, rubric
#   with a dotted stamp `Press releases | 15.02.2025`, dateline `Munich, 15 February 2025 –`, a conference "which
#   opened on Friday", meetings "In the morning", "then", "In the afternoon" on the second day, an invitation, a
#   trilateral meeting with a proposal, a long EU double title, own bids, **"short separate conversations with his
#   Moldovan and Albanian counterparts"** with no day, a letter "Earlier in the week", a planned council meeting
GEO, SYB, GER, HUR, KAL, COR = ("Georg Georgiev", "Andrii Sybiha", "Giorgos Gerapetritis", "Emil Hurezeanu",
                                "Kaja Kallas", "Mathias Cormann")
BG = "Bulgaria"
rec("bg-2025-02-15-georgiev-munich-security-conference-meetings", "2025-02-15", "Munich",
    [P(GEO, ["Minister Georg Georgiev", "Minister Georgiev"], ("Minister of Foreign Affairs", BG)),
     P(SYB, ["Minister Sybiha"], ("Minister of Foreign Affairs", "Ukraine")),
     P(GER, ["Minister Gerapetritis"], ("Minister of Foreign Affairs", "Greece")),
     P(HUR, [], ("Minister of Foreign Affairs", "Romania")),
     P(KAL, [], ("High Representative of the Union for Foreign Affairs and Security Policy", "European Union"),
       ("Vice-President of the European Commission", None)),
     P(COR, [], ("Secretary-General", "OECD"))],
    [E("Ministry of Foreign Affairs", "Ministry of Foreign Affairs of the Republic of Bulgaria"),
     E("Press Office"),
     E("European Union"),
     E("OECD", "Organisation for Economic Co-operation and Development"),
     E("Foreign Affairs Council")],
    [E(BG, "Republic of Bulgaria", "Bulgarian"),
     E("Ukraine"),
     E("Greece"),
     E("Romania"),
     E("Russia"),
     E("Moldova", "Moldovan"),
     E("Albania", "Albanian")],
    [I("multilateral", [GEO], "2025-02-14", "Munich", name="61st Munich Security Conference"),
     I("meeting", [GEO, SYB], "2025-02-15", "Munich"),
     I("meeting", [GEO, GER, HUR], "2025-02-15", "Munich"),
     I("meeting", [GEO, KAL], "2025-02-15", "Munich"),
     I("meeting", [GEO, "Moldova"], None, "Munich"),
     I("meeting", [GEO, "Albania"], None, "Munich"),
     I("correspondence", [GEO, COR], "2025-02")],
    [N("visit of Georg Georgiev to Ukraine", SYB),
     N("Vertical Gas Corridor", None),
     N("Sea2Sea project", None),
     N("next trilateral meeting", GER),
     N("accession to the euro area", BG),
     N("sixteenth package of sanctions", None),
     N("Bulgaria's membership of the Organisation", BG),
     N("meeting of the Foreign Affairs Council", None)],
    [])

# 4 Presidency of the Republic of Iraq, Media Office (translated from Arabic): state and presidency issuer line, unit
#   line, dateline line with weekday and date and no text after it, "Dr.", "Mr.", "His Excellency" for the host,
#   **three credentials ceremonies with the foreign minister present at all**, own project, an invitation conveyed from
#   a president, the host's own invitation to an event his state hosts, **a letter handed over by an ambassador**, a UN
#   envoy "Later", a resolution, **an incoming call from a named "Iranian counterpart"**, a past visit "last month",
#   a renewed invitation, closing office line
RAS, FUA, ZAC, ABD, KHA, TOK, HAI, HAS, PEZ = ("Abdul Latif Jamal Rashid", "Fuad Hussein", "Nikolaos Zacharopoulos",
                                               "Yerlan Abdikarimov", "Saleh bin Hamad Al Kharusi",
                                               "Kassym-Jomart Tokayev", "Haitham bin Tarik", "Mohammed Al Hassan",
                                               "Masoud Pezeshkian")
IQ = "Iraq"
rec("iq-2024-10-22-rashid-credentials-three-ambassadors-baghdad", "2024-10-22", "Baghdad",
    [P(RAS, ["Dr. Abdul Latif Jamal Rashid", "President Rashid"], ("President of the Republic", IQ)),
     P(FUA, [], ("Deputy Prime Minister", IQ), ("Minister of Foreign Affairs", IQ)),
     P(ZAC, ["Mr. Nikolaos Zacharopoulos"], ("Ambassador", "Greece")),
     P(ABD, ["Mr. Yerlan Abdikarimov"], ("Ambassador", "Kazakhstan")),
     P(KHA, ["Sheikh Saleh bin Hamad Al Kharusi"], ("Ambassador", "Oman")),
     P(TOK, ["President Kassym-Jomart Tokayev"], ("President", "Kazakhstan")),
     P(HAI, ["Sultan Haitham bin Tarik"], ("Sultan", "Oman")),
     P(HAS, ["Mr. Mohammed Al Hassan"],
       ("Special Representative of the Secretary-General of the United Nations for Iraq", "United Nations"),
       ("Head", "UNAMI")),
     P(PEZ, ["Pezeshkian"])],
    [E("Presidency of the Republic"),
     E("Media Office", "Media Office of the President of the Republic"),
     E("United Nations"),
     E("UNAMI", "United Nations Assistance Mission for Iraq")],
    [E(IQ, "Republic of Iraq"),
     E("Greece", "Hellenic Republic", "Greek"),
     E("Kazakhstan", "Republic of Kazakhstan", "Kazakh"),
     E("Oman", "Sultanate of Oman"),
     E("Türkiye"),
     E("Lebanon"),
     E("Iran", "Iranian")],
    [I("meeting", [RAS, ZAC, FUA], "2024-10-22", "Baghdad"),
     I("meeting", [RAS, ABD, FUA], "2024-10-22", "Baghdad"),
     I("meeting", [RAS, KHA, FUA], "2024-10-22", "Baghdad"),
     I("correspondence", [HAI, RAS], "2024-10-22", "Baghdad"),
     I("meeting", [RAS, HAS], "2024-10-22", "Baghdad"),
     I("call", [PEZ, RAS], "2024-10-22"),
     I("visit", [PEZ, IQ], "2024-09")],
    [N("Development Road project", IQ),
     N("Astana International Forum", TOK),
     N("Baghdad International Water Conference", RAS),
     N("visit of Abdul Latif Jamal Rashid to Iran", PEZ)],
    [D("Security Council resolution 2732")])

# 5 Ministry of Foreign Affairs of Montenegro (gov.me English): headline "X and Y: ...", issuer line "Government of
#   Montenegro | Ministry of Foreign Affairs", rubric with a dotted stamp and trailing dot `Published: 26.11.2024.`, no
#   dateline, an official visit "on 26 and 27 November", tête-à-tête then plenary talks, own bid, the EU's plan, quote,
#   the guest's proposal, a signed agreement with a long name, **a past sideline meeting "in Berlin in October"**, **two
#   meetings planned for "Tomorrow"**, a call "Earlier in the day" with an unnamed "Slovenian counterpart", closing
#   service and ministry lines
IBR, MUC, SPA, MAN = "Ervin Ibrahimović", "Timčo Mucunski", "Milojko Spajić", "Andrija Mandić"
ME, MK = "Montenegro", "North Macedonia"
rec("me-2024-11-26-ibrahimovic-mucunski-podgorica", "2024-11-26", None,
    [P(IBR, ["Minister Ibrahimović", "Ibrahimović"], ("Minister of Foreign Affairs", ME)),
     P(MUC, ["Minister Mucunski", "Mucunski"], ("Minister of Foreign Affairs and Foreign Trade", MK)),
     P(SPA, ["Prime Minister Milojko Spajić"], ("Prime Minister", ME)),
     P(MAN, [], ("President of the Parliament", ME))],
    [E("Ministry of Foreign Affairs", "Ministry of Foreign Affairs of Montenegro"),
     E("Public Relations Service"),
     E("European Union", "EU"),
     E("NATO")],
    [E(ME, "Government of Montenegro", "Montenegrin"),
     E(MK, "Republic of North Macedonia"),
     E("Slovenia", "Slovenian")],
    [I("visit", [MUC, ME], "2024-11-26", "Podgorica"),
     I("meeting", [IBR, MUC], "2024-11-26", "Podgorica"),
     I("signing", [IBR, MUC], "2024-11-26", "Podgorica"),
     I("meeting", [IBR, MUC], "2024-10", "Berlin"),
     I("multilateral", [IBR, MUC], "2024-10", "Berlin", name="Berlin Process Summit"),
     I("call", [IBR, "Slovenia"], "2024-11-26")],
    [N("Montenegro's accession to the European Union", ME),
     N("Growth Plan for the Western Balkans", "European Union"),
     N("joint session of the two governments", MUC),
     N(f"meeting of {MUC} with {SPA}", None),
     N(f"meeting of {MUC} with {MAN}", None),
     N("next Intergovernmental Conference", None),
     N("Brdo-Brijuni Process", None)],
    [D("Agreement between the Government of Montenegro and the Government of the Republic of North Macedonia on the "
       "Mutual Recognition of Driving Licences")])

# 6 Majlis A'Shura, Sultanate of Oman: title naming both offices, state and council issuer line, `News`, **dateline on
#   its own line with nothing after it** `Muscat, 22 April 2025 –`, "His/Her Excellency", "His Majesty", greetings
#   conveyed both ways (not correspondence), an arrival "on Monday" with a second city "tomorrow", a speakers' MoU with
#   a long name, own proposal, an invitation, a past sideline meeting at an IPU Assembly, **a reception "On Monday
#   evening" by the other chamber's chair**, **an incoming call from an unnamed "Qatari counterpart"**
MAA, GAF, HAI2, ALI2, KHL = ("Khalid bin Hilal Al Maawali", "Sahiba Gafarova", "Haitham bin Tarik", "Ilham Aliyev",
                             "Abdulmalik bin Abdullah Al Khalili")
SHURA, MM = "Majlis A'Shura", "Milli Majlis"
rec("om-2025-04-22-al-maawali-gafarova-shura-memorandum-muscat", "2025-04-22", "Muscat",
    [P(MAA, ["His Excellency Khalid bin Hilal Al Maawali", "Al Maawali"], ("Chairman of Majlis A'Shura", SHURA)),
     P(GAF, ["Her Excellency Sahiba Gafarova", "Gafarova"], ("Chair of the Milli Majlis", MM)),
     P(HAI2, ["Sultan Haitham bin Tarik"], ("Sultan", "Oman")),
     P(ALI2, ["President Ilham Aliyev"], ("President", "Azerbaijan")),
     P(KHL, ["His Excellency Abdulmalik bin Abdullah Al Khalili"], ("Chairman of Majlis A'Dawla", None))],
    [E(SHURA, "Majlis A'Shura of the Sultanate of Oman"),
     E(MM, "Milli Majlis of the Republic of Azerbaijan"),
     E("Inter-Parliamentary Union"),
     E("Parliamentary Union of the OIC Member States", "PUIC"),
     E("Gulf Cooperation Council"),
     E("Arab Parliament")],
    [E("Oman", "Sultanate of Oman", "Sultanate", "Omani"),
     E("Azerbaijan", "Republic of Azerbaijan", "Azerbaijani"),
     E("Qatar", "Qatari")],
    [I("visit", [GAF, "Oman"], "2025-04-21"),
     I("meeting", [MAA, GAF], "2025-04-22", "Muscat"),
     I("signing", [MAA, GAF], "2025-04-22", "Muscat"),
     I("meeting", [MAA, GAF], "2024-10", "Geneva"),
     I("multilateral", [MAA, GAF], "2024-10", "Geneva", name="149th Assembly of the Inter-Parliamentary Union"),
     I("meeting", [GAF, KHL], "2025-04-21"),
     I("call", [MAA, "Qatar"], "2025-04-22")],
    [N("Oman Vision 2040", None),
     N("Omani-Azerbaijani parliamentary friendship group", MAA),
     N(f"visit of {MAA} to Azerbaijan", GAF),
     N("meetings of the Arab Parliament", None)],
    [D("Memorandum of Understanding on Cooperation between Majlis A'Shura of the Sultanate of Oman and the Milli "
       "Majlis of the Republic of Azerbaijan")])

# 7 AGERPRES English service: rubric with a dashed numeric stamp `English News | Politics | 10-06-2025 17:05`, agency
#   dateline **without year** `Chisinau, June 10 /Agerpres/ -`, no diacritics in Romanian names, "on Tuesday", the
#   first official visit abroad, tete-a-tete then enlarged talks, quote, "According to the Presidential
#   Administration", own proposal, a **congratulatory phone call "on the night of May 18"** recalled, a scheduled summit,
#   a wreath laying (ceremony), **an evening meeting "scheduled"**, a past visit "in March", an onward summit "On
#   Wednesday" hosted by a third president, editors' initials
DAN, SAN, GRO, REC, ZEL = "Nicusor Dan", "Maia Sandu", "Igor Grosu", "Dorin Recean", "Volodymyr Zelensky"
MD = "Moldova"
rec("ro-2025-06-10-dan-sandu-official-visit-chisinau", "2025-06-10", "Chisinau",
    [P(DAN, ["Romanian President Nicusor Dan", "President Dan", "Dan"], ("President", "Romania")),
     P(SAN, ["Moldovan President Maia Sandu", "Sandu"], ("President", MD)),
     P(GRO, ["Parliament Speaker Igor Grosu"], ("Parliament Speaker", MD)),
     P(REC, ["Prime Minister Dorin Recean"], ("Prime Minister", MD)),
     P(ZEL, ["Ukrainian President Volodymyr Zelensky"], ("President", "Ukraine"))],
    [E("Presidential Administration"),
     E("European Union", "EU")],
    [E("Romania", "Romanian"),
     E(MD, "Republic of Moldova", "Moldovan"),
     E("Russia", "Russian"),
     E("Ukraine", "Ukrainian")],
    [I("visit", [DAN, MD], "2025-06-10", "Chisinau"),
     I("meeting", [DAN, SAN], "2025-06-10", "Chisinau"),
     I("call", [SAN, DAN], "2025-05-18"),
     I("visit", [DAN, MD], "2025-03", "Chisinau")],
    [N("Balti-Suceava high-voltage power line", None),
     N("joint working group of the two presidential administrations", DAN),
     N("first EU-Moldova summit", None),
     N("Moldova's accession to the European Union", MD),
     N(f"meeting of {DAN} with {GRO} and {REC}", None),
     N("Ukraine - South East Europe Summit", None)],
    [D("Association Agreement")])

# 8 Majlisi namoyandagon of the Majlisi Oli of Tajikistan, Press Center: very long title, issuer line, rubric with a
#   dotted date, dateline `Dushanbe, 23.10.2024 –`, the President's long honorific title, an official visit begun
#   "yesterday" with a region "on 24 October", narrow then extended talks, **a past sideline meeting of two presidents
#   at an informal summit "on 8 October"**, a head of state's UN initiative, a planned conference, the guest's proposal
#   and invitation, an inter-chamber agreement with a long name, a reception by the upper chamber's chair, closing line
ZOK, SER, RAH, LUK, RUS = ("Mahmadtoir Zokirzoda", "Igor Sergeyenko", "Emomali Rahmon", "Alexander Lukashenko",
                           "Rustam Emomali")
TJ, BY = "Tajikistan", "Belarus"
MN = "Majlisi namoyandagon"
rec("tj-2024-10-23-zokirzoda-sergeyenko-dushanbe", "2024-10-23", "Dushanbe",
    [P(ZOK, [], ("Chairman of the Majlisi namoyandagon of the Majlisi Oli", MN)),
     P(SER, [], ("Chairman of the House of Representatives of the National Assembly", BY)),
     P(RAH, [], ("Founder of Peace and National Unity – Leader of the Nation", TJ), ("President", TJ)),
     P(LUK, [], ("President", BY)),
     P(RUS, [], ("Chairman of the Majlisi milli of the Majlisi Oli", TJ))],
    [E(MN, "Majlisi namoyandagon of the Majlisi Oli of the Republic of Tajikistan"),
     E("Press Center"),
     E("Interparliamentary Assembly of the CIS Member Nations"),
     E("CIS")],
    [E(TJ, "Republic of Tajikistan", "Tajik"),
     E(BY, "Republic of Belarus", "Belarusian")],
    [I("visit", [SER, TJ], "2024-10-22"),
     I("meeting", [ZOK, SER], "2024-10-23", "Dushanbe"),
     I("signing", [ZOK, SER], "2024-10-23", "Dushanbe"),
     I("meeting", [SER, RUS], "2024-10-23", "Dushanbe"),
     I("multilateral", [RAH, LUK], "2024-10-08", "Moscow", name="informal CIS summit"),
     I("meeting", [RAH, LUK], "2024-10-08", "Moscow")],
    [N("International Year of Glaciers' Preservation", RAH),
     N("High-Level International Conference on Glaciers' Preservation", None),
     N("Tajik–Belarusian interparliamentary forum of the regions", SER),
     N(f"visit of {ZOK} to Belarus", SER)],
    [D("Agreement on Cooperation between the Majlisi namoyandagon of the Majlisi Oli of the Republic of Tajikistan "
       "and the House of Representatives of the National Assembly of the Republic of Belarus")])

# 9 Anadolu Agency English: headline, standfirst, byline with `09.03.2025 - Update : 09.03.2025`, **dateline alone on
#   its own line in capitals** `AMMAN`, no diacritics in Turkish names, "on Sunday", a five-country meeting with
#   accompanying defence minister and intelligence chief, unnamed joint statement, own proposal, an invitation to the
#   next meeting in the inviter's state, two separate sideline talks, **a past visit and meeting "on Dec. 22"** with a
#   two-stage title, **a royal reception of "The five foreign ministers"**, "the Turkish Foreign Ministry said", a
#   phone call "On Saturday"
FID, GUL, KLN, SAF, SHI, FUA2, RAJ, SHR, ABD2, RUB, KAY = (
    "Hakan Fidan", "Yasar Guler", "Ibrahim Kalin", "Ayman Safadi", "Asaad al-Shaibani", "Fuad Hussein",
    "Youssef Rajji", "Ahmed al-Sharaa", "Abdullah II", "Marco Rubio", "Zeynep Kaya")
TR = "Türkiye"
rec("tr-2025-03-09-fidan-amman-neighbours-meeting", "2025-03-09", "Amman",
    [P(KAY, []),
     P(FID, ["Turkish Foreign Minister Hakan Fidan", "Fidan"], ("Foreign Minister", TR)),
     P(GUL, ["Turkish Defense Minister Yasar Guler"], ("Defense Minister", TR)),
     P(KLN, [], ("intelligence chief", TR)),
     P(SAF, ["Safadi"], ("Deputy Prime Minister", "Jordan"), ("Foreign Minister", "Jordan")),
     P(SHI, ["al-Shaibani"], ("Foreign Minister", "Syria")),
     P(FUA2, [], ("Deputy Prime Minister", "Iraq"), ("Foreign Minister", "Iraq")),
     P(RAJ, [], ("Foreign Minister", "Lebanon")),
     P(SHR, [], ("head of the new administration", "Syria"), ("president for the transitional period", "Syria")),
     P(ABD2, ["King Abdullah II"], ("King", "Jordan")),
     P(RUB, [], ("Secretary of State", "United States"))],
    [E("Daesh", "ISIS"),
     E("Turkish Foreign Ministry")],
    [E(TR, "Turkish"),
     E("Jordan", "Jordanian"),
     E("Syria", "Syrian"),
     E("Iraq", "Iraqi"),
     E("Lebanon", "Lebanese"),
     E("United States", "US"),
     E("Ukraine")],
    [I("multilateral", [FID, SAF, SHI, FUA2, RAJ, GUL, KLN], "2025-03-09", "Amman", name="regional meeting"),
     I("meeting", [FID, SHI], "2025-03-09", "Amman"),
     I("meeting", [FID, SAF], "2025-03-09", "Amman"),
     I("meeting", [ABD2, FID, SAF, SHI, FUA2, RAJ], "2025-03-09", "Amman"),
     I("visit", [FID, "Syria"], "2024-12-22", "Damascus"),
     I("meeting", [FID, SHR], "2024-12-22", "Damascus"),
     I("call", [FID, RUB], "2025-03-08")],
    [N("joint operations center to coordinate the fight against Daesh", None),
     N("regional ownership approach to the fight against terrorism", TR),
     N("next meeting of the group", FID)],
    [])

# 10 Cabinet of Ministers of Ukraine, Government portal (kmu.gov.ua English): headline, issuer line with a middle dot,
#    `Publication date 23 April 2025, 15:40`, no dateline, "the Head of Government", an arrival "this morning", quote,
#    a witnessed finance contract signed by a minister and the bank's head, the EU's programme, own proposal, an
#    invitation to a conference the host state co-hosts, **a past meeting "in Berlin in June last year, at" a
#    conference**, a video call "Later in the day" with another state's model, **a call with an unnamed "Polish
#    counterpart" whose side proposes**
SHM, CAL, MAR, FRE = "Denys Shmyhal", "Nadia Calviño", "Serhii Marchenko", "Mette Frederiksen"
EIB = "European Investment Bank"
rec("ua-2025-04-23-shmyhal-calvino-eib-frederiksen-call", "2025-04-23", None,
    [P(SHM, ["Prime Minister of Ukraine Denys Shmyhal"], ("Prime Minister", "Ukraine")),
     P(CAL, [], ("President", EIB)),
     P(MAR, [], ("Minister of Finance", "Ukraine")),
     P(FRE, [], ("Prime Minister", "Denmark"))],
    [E("Cabinet of Ministers of Ukraine"),
     E(EIB, "EIB"),
     E("European Union", "EU")],
    [E("Ukraine", "Ukrainian"),
     E("Russia", "Russian"),
     E("Italy"),
     E("Denmark", "Danish"),
     E("Poland", "Polish")],
    [I("visit", [CAL, "Ukraine"], "2025-04-23", "Kyiv"),
     I("meeting", [SHM, CAL], "2025-04-23", "Kyiv"),
     I("signing", [MAR, CAL, SHM], "2025-04-23", "Kyiv"),
     I("meeting", [SHM, CAL], "2024-06", "Berlin"),
     I("multilateral", [SHM, CAL], "2024-06", "Berlin", name="Ukraine Recovery Conference 2024"),
     I("call", [SHM, FRE], "2025-04-23"),
     I("call", [SHM, "Poland"], "2025-04-23")],
    [N("Ukraine Municipal Infrastructure Recovery Programme", None),
     N("Ukraine Facility", "European Union"),
     N("war risk insurance mechanism for foreign investors", SHM),
     N("Ukraine Recovery Conference", SHM),
     N("Danish model", "Denmark"),
     N("joint border and customs control at the Dorohusk–Yahodyn checkpoint", "Poland")],
    [D("Finance Contract for the Ukraine Municipal Infrastructure Recovery Programme")])

# 11 UNRCCA: issuer line with the acronym, `Press Release`, dateline `Ashgabat, 18 September 2024 –`, "Mr.", a UN
#    envoy's double title, a regional meeting chaired "today" with another envoy briefing "by video link", a summit
#    "held in Astana on 9 August", a counter-terrorism plan, **a state's initiative**, **a delegation's proposal**, the
#    centre's own caucus and academy, **"separate consultations with the heads of the Kyrgyz and Tajik delegations"**,
#    a reception "On 17 September", a conference a state will host, a video conference "On 16 September", closing unit
IMN, OTU, MER, SIN = "Kaha Imnadze", "Roza Otunbayeva", "Rashid Meredov", "Feridun Sinirlioğlu"
UNRCCA = "United Nations Regional Centre for Preventive Diplomacy for Central Asia"
rec("unrcca-2024-09-18-imnadze-deputy-foreign-ministers-ashgabat", "2024-09-18", "Ashgabat",
    [P(IMN, ["SRSG Kaha Imnadze", "Mr. Imnadze"],
       ("Special Representative of the UN Secretary-General for Central Asia", "United Nations"), ("Head", UNRCCA)),
     P(OTU, [], ("Special Representative of the Secretary-General for Afghanistan", "United Nations")),
     P(MER, [], ("Deputy Chairman of the Cabinet of Ministers", "Turkmenistan"),
       ("Minister of Foreign Affairs", "Turkmenistan")),
     P(SIN, [], ("Secretary General", "OSCE"))],
    [E(UNRCCA, "UNRCCA"),
     E("United Nations", "UN"),
     E("OSCE", "Organization for Security and Co-operation in Europe"),
     E("UNRCCA Public Information Unit")],
    [E("Kazakhstan"),
     E("Kyrgyzstan", "Kyrgyz"),
     E("Tajikistan", "Tajik"),
     E("Turkmenistan"),
     E("Uzbekistan"),
     E("Afghanistan")],
    [I("multilateral", [IMN, OTU], "2024-09-18", "Ashgabat",
       name="annual meeting of Deputy Ministers of Foreign Affairs"),
     I("multilateral", [], "2024-08-09", "Astana", name="Sixth Consultative Meeting of the Heads of State of Central Asia"),
     I("meeting", [IMN, "Kyrgyzstan"], "2024-09-18", "Ashgabat"),
     I("meeting", [IMN, "Tajikistan"], "2024-09-18", "Ashgabat"),
     I("meeting", [IMN, MER], "2024-09-17", "Ashgabat"),
     I("call", [IMN, SIN], "2024-09-16")],
    [N("UN Regional Centre for the Sustainable Development Goals for Central Asia and Afghanistan", "Kazakhstan"),
     N("next meeting in Tashkent", "Uzbekistan"),
     N("Central Asian Women Leaders' Caucus", UNRCCA),
     N("next session of the Preventive Diplomacy Academy", IMN),
     N("Third United Nations Conference on Landlocked Developing Countries", None)],
    [D("Joint Plan of Action for the Implementation of the UN Global Counter-Terrorism Strategy in Central Asia")])

# 12 Legislative Chamber of the Oliy Majlis of Uzbekistan, Press Service: issuer line, rubric with a dotted stamp and
#    time `Press Service | 21.05.2025 18:10`, no dateline, "On May 21", narrow and extended talks with an attending
#    deputy, a strategy "adopted at the initiative of the Head of State", own proposal, an invitation, the speakers' MoU,
#    **a past sideline meeting "last month"**, a reception "Earlier in the day" by the other chamber's chair, an arrival
#    "on May 20" with a second city "on May 22", **a video conference "On the same day"** with an invitation to a forum
#    in the inviter's state, closing press-service line
ISM, PAP, SAI, MIR, NAR, KOS = ("Nuriddin Ismoilov", "Shalva Papuashvili", "Akmal Saidov", "Shavkat Mirziyoyev",
                                "Tanzila Narbaeva", "Yerlan Koshanov")
LC, PG = "Legislative Chamber of the Oliy Majlis of the Republic of Uzbekistan", "Parliament of Georgia"
rec("uz-2025-05-21-ismoilov-papuashvili-tashkent", "2025-05-21", None,
    [P(ISM, [], ("Speaker of the Legislative Chamber of the Oliy Majlis", LC)),
     P(PAP, [], ("Chairman of the Parliament of Georgia", PG)),
     P(SAI, [], ("First Deputy Speaker of the Legislative Chamber", LC)),
     P(MIR, ["President Shavkat Mirziyoyev"], ("President", "Uzbekistan")),
     P(NAR, [], ("Chairperson of the Senate of the Oliy Majlis", None)),
     P(KOS, [], ("Chairman of the Mazhilis of the Parliament of Kazakhstan", "Kazakhstan"))],
    [E(LC, "Legislative Chamber", "Legislative Chamber of the Oliy Majlis"),
     E(PG),
     E("Inter-Parliamentary Union"),
     E("Press Service", "Press Service of the Legislative Chamber")],
    [E("Uzbekistan", "Republic of Uzbekistan", "Uzbek"),
     E("Georgia", "Georgian"),
     E("China"),
     E("Kyrgyzstan"),
     E("Kazakhstan", "Kazakh")],
    [I("visit", [PAP, "Uzbekistan"], "2025-05-20"),
     I("meeting", [ISM, PAP, SAI], "2025-05-21", "Tashkent"),
     I("signing", [ISM, PAP], "2025-05-21", "Tashkent"),
     I("meeting", [ISM, PAP], "2025-04", "Tashkent"),
     I("multilateral", [ISM, PAP], "2025-04", "Tashkent", name="150th Assembly of the Inter-Parliamentary Union"),
     I("meeting", [PAP, NAR], "2025-05-21"),
     I("call", [ISM, KOS], "2025-05-21")],
    [N("Uzbekistan – 2030 Strategy", MIR),
     N("Trans-Caspian International Transport Route", None),
     N("China–Kyrgyzstan–Uzbekistan railway", None),
     N("inter-parliamentary commission on cooperation between the Legislative Chamber and the Parliament of Georgia",
       ISM),
     N(f"visit of {ISM} to Georgia", PAP),
     N("third Inter-parliamentary Forum of the Central Asian States", KOS)],
    [D("Memorandum of Understanding between the Legislative Chamber of the Oliy Majlis of the Republic of Uzbekistan "
       "and the Parliament of Georgia")])

check_and_write(GOLD)
