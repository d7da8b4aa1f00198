#!/usr/bin/env python3
"""Writes gold/<stem>.json for blind44 from the compact records below, then checks them.

Checks: those of ``gold_records.check_and_write`` (every check must pass before anything is written):
participants, proposers and roles' bodies resolve with the scorer's own Resolver; every person form,
organisation/state name, document, place, multilateral and non-constructed initiative is in the text;
no form is shared by two entities; ISO dates; 150-700 words; a year in the text or a meta.json date
(every release here has a meta.json, whose date must equal the record's date).

The shared constructors live in /work/main/tests/gold_records.py (imported, never modified).

Run from /work/blind44:  python3 tools/make_gold.py
"""
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent  # /work/blind44
sys.path.insert(0, "/work/main/tests")  # the shared constructors
from gold_records import D, E, GoldWriter, I, N, P, check_and_write  # noqa: E402

GOLD = GoldWriter(ROOT)
rec = GOLD.rec

# 1 Prime Minister of Australia (pm.gov.au): issuer lines with "The Hon ... MP", "Media release" with a weekday
#   stamp, no dateline ("in Melbourne today"), summit hosted over a date range and "opened on Monday", three
#   meetings of one day with an attendee "for each of today's meetings", invitation to visit, invitation to a
#   summit the inviter's state hosts, announced facility, declaration to be adopted "tomorrow", past visit
#   "last Thursday", "Quotes attributable to", closing media contact naming an office
ALB, WON, KKH, HB, HM, SON, MAR = ("Anthony Albanese", "Penny Wong", "Kao Kim Hourn", "Hassanal Bolkiah", "Hun Manet",
                                   "Sonexay Siphandone", "Ferdinand R. Marcos Jr.")
rec("au-2024-03-05-albanese-asean-australia-special-summit-bilaterals", "2024-03-05", None,
    [P(ALB, ["The Hon Anthony Albanese MP", "Prime Minister Anthony Albanese", "Mr Albanese",
             "Prime Minister Albanese"], ("Prime Minister", "Australia")),
     P(WON, ["Senator the Hon Penny Wong"], ("Minister for Foreign Affairs", "Australia"), ("Senator", "Australia")),
     P(KKH, ["Dr Kao Kim Hourn"], ("Secretary-General", "ASEAN")),
     P(HB, ["His Majesty Sultan Hassanal Bolkiah", "Sultan Hassanal Bolkiah"], ("Sultan", "Brunei Darussalam")),
     P(HM, ["Prime Minister Hun Manet"], ("Prime Minister", "Cambodia")),
     P(SON, ["Prime Minister Sonexay"], ("Prime Minister", "Laos")),
     P(MAR, ["President Ferdinand R. Marcos Jr."], ("President", "Philippines"))],
    [E("ASEAN"),
     E("Australian Parliament"),
     E("Prime Minister's Office")],
    [E("Australia", "Australian"),
     E("Brunei Darussalam", "Bruneian", "Brunei"),
     E("Cambodia"),
     E("Laos", "Lao People's Democratic Republic"),
     E("Timor-Leste"),
     E("Philippines", "Philippine")],
    [I("multilateral", [ALB, KKH, "Timor-Leste"], "2024-03-04", "Melbourne", name="ASEAN-Australia Special Summit"),
     I("meeting", [ALB, HB, WON], "2024-03-05", "Melbourne"),
     I("meeting", [ALB, HM, WON], "2024-03-05", "Melbourne"),
     I("meeting", [ALB, SON, WON], "2024-03-05", "Melbourne"),
     I("visit", [MAR, "Australia"], "2024-02-29", "Canberra")],
    [N("visit of Anthony Albanese to Cambodia", HM),
     N("East Asia Summit", SON),
     N("Southeast Asia Investment Financing Facility", ALB)],
    [D("Melbourne Declaration")])

# 2 Council of Representatives, Kingdom of Bahrain: issuer lines, rubric "Media Centre | News | date", dateline
#   "Manama, 13 March 2023 –", "His Excellency", "Mr.", hosted assembly over a date range, a reception with two
#   attendees, speakers' MoU with a long name, invitation, a named "counterpart" (no role), an unnamed
#   Vice-Chairwoman standing for her state, a state's proposal ("the Kingdom's"), past assembly "last year"
MUS, HAM, PAC, SAL, CHU, NAS, ASH = ("Ahmed bin Salman Al Musallam", "Hamad bin Isa Al Khalifa", "Duarte Pacheco",
                                     "Ali bin Saleh Al Saleh", "Martin Chungong", "Mohamed Nasheed",
                                     "Raja Pervaiz Ashraf")
COR, IPU = "Council of Representatives", "Inter-Parliamentary Union"
rec("bh-2023-03-13-al-musallam-146th-ipu-assembly-bilaterals", "2023-03-13", "Manama",
    [P(MUS, ["His Excellency Ahmed bin Salman Al Musallam", "Speaker Al Musallam", "His Excellency Al Musallam",
             "Al Musallam"], ("Speaker of the Council of Representatives", COR)),
     P(HAM, ["His Majesty King Hamad bin Isa Al Khalifa"], ("King", "Bahrain")),
     P(PAC, ["Mr. Duarte Pacheco", "Mr. Pacheco"], ("President", IPU)),
     P(SAL, ["His Excellency Ali bin Saleh Al Saleh"], ("Chairman of the Shura Council", "Bahrain")),
     P(CHU, ["Mr. Martin Chungong"], ("Secretary General", IPU)),
     P(NAS, ["His Excellency Mohamed Nasheed", "Mr. Nasheed"], ("Speaker of the People's Majlis", "Maldives")),
     P(ASH, [])],
    [E(COR),
     E("Media Centre"),
     E(IPU, "IPU"),
     E("King Hamad Global Centre for Peaceful Coexistence")],
    [E("Bahrain", "Kingdom of Bahrain"),
     E("Maldives", "Republic of Maldives", "Maldivian"),
     E("Pakistan", "Pakistani"),
     E("Viet Nam"),
     E("Indonesia")],
    [I("multilateral", [MUS, PAC, CHU], "2023-03-11", "Manama", name="146th Assembly of the Inter-Parliamentary Union"),
     I("meeting", [MUS, PAC, SAL, CHU], "2023-03-13", "Manama"),
     I("meeting", [MUS, NAS], "2023-03-13", "Manama"),
     I("signing", [MUS, NAS], "2023-03-13", "Manama"),
     I("meeting", [MUS, ASH], "2023-03-13", "Manama"),
     I("meeting", [MUS, "Viet Nam"], "2023-03-13", "Manama"),
     I("multilateral", [], "2022-03", "Nusa Dua", name="144th IPU Assembly")],
    [N("IPU parliamentary network on interfaith dialogue", "Bahrain"),
     N("visit of Ahmed bin Salman Al Musallam to Maldives", NAS)],
    [D("Manama Declaration"),
     D("Memorandum of Understanding on Parliamentary Cooperation between the Council of Representatives of the Kingdom "
       "of Bahrain and the People's Majlis of the Republic of Maldives")])

# 3 UN ESCAP (unescap.org): issuer line, "Press Release | date", reference number, agency-tag dateline
#   "Bangkok (ESCAP News) –" without a date, session over five days "opened on Monday", a double title with the
#   UN only in it, signing "On Thursday, on the margins", two separate meetings "On Tuesday" (one with an unnamed
#   Vice-Minister), a state's proposal, a possessive initiative, a video call "On Wednesday", next session
ALI, PAR, NOZ, FRE, STE = ("Armida Salsiah Alisjahbana", "Parnpree Bahiddha-nukara", "Khusrav Noziri",
                           "Bendito dos Santos Freitas", "Achim Steiner")
ESCAP, ECO = "ESCAP", "Economic Cooperation Organization"
rec("escap-2024-04-26-alisjahbana-80th-commission-session-bangkok", "2024-04-26", "Bangkok",
    [P(ALI, ["Ms. Alisjahbana"], ("United Nations Under-Secretary-General", None), ("Executive Secretary", ESCAP)),
     P(PAR, [], ("Deputy Prime Minister", "Thailand"), ("Minister of Foreign Affairs", "Thailand")),
     P(NOZ, [], ("Secretary General", ECO)),
     P(FRE, ["Minister Freitas"], ("Minister of Foreign Affairs and Cooperation", "Timor-Leste")),
     P(STE, [], ("Administrator of the United Nations Development Programme", None))],
    [E(ESCAP, "Economic and Social Commission for Asia and the Pacific"),
     E(ECO, "ECO"),
     E("Strategic Communications and Advocacy Section")],
    [E("Thailand"),
     E("Timor-Leste"),
     E("Mongolia", "Mongolian")],
    [I("multilateral", [ALI, PAR], "2024-04-22", "Bangkok",
       name="eightieth session of the Economic and Social Commission for Asia and the Pacific"),
     I("signing", [ALI, NOZ], "2024-04-25", "Bangkok"),
     I("meeting", [ALI, FRE], "2024-04-23", "Bangkok"),
     I("meeting", [ALI, "Mongolia"], "2024-04-23", "Bangkok"),
     I("call", [ALI, STE], "2024-04-24")],
    [N("regional forum on digital public infrastructure for small and least developed economies", "Timor-Leste"),
     N("Asia-Pacific Information Superhighway initiative", ESCAP),
     N("eighty-first session of the Commission", None)],
    [D("Memorandum of Understanding between the Economic and Social Commission for Asia and the Pacific and the "
       "Economic Cooperation Organization on Cooperation in Transport Connectivity and Digital Trade"),
     D("Framework Agreement on Facilitation of Cross-border Paperless Trade in Asia and the Pacific")])

# 4 President's Secretariat, India: capitals title with a semicolon, issuer line and numeric stamp "10.08.2024",
#   no dateline, "today (August 10, 2024)", "Smt", "Shri", "H.E. Mr", airport reception, talks with an
#   accompanying minister, a call on the head of government, honour and banquet (ceremonies), invitation,
#   earlier legs of a three-nation tour with date ranges and days, "separate talks", onward trip home
MUR, RH, KUR, XAN, KAT, RAB, KIR, LUX = ("Droupadi Murmu", "José Ramos-Horta", "George Kurian",
                                         "Kay Rala Xanana Gusmão", "Wiliame Maivalili Katonivere", "Sitiveni Rabuka",
                                         "Cindy Kiro", "Christopher Luxon")
rec("in-2024-08-10-murmu-ramos-horta-dili-state-visit", "2024-08-10", None,
    [P(MUR, ["Smt Droupadi Murmu"], ("President", "India")),
     P(RH, ["H.E. Mr José Ramos-Horta", "President Ramos-Horta"], ("President", "Timor-Leste")),
     P(KUR, ["Shri George Kurian"], ("Minister of State", "India")),
     P(XAN, [], ("Prime Minister", "Timor-Leste")),
     P(KAT, ["Ratu Wiliame Maivalili Katonivere"], ("President", "Fiji")),
     P(RAB, ["Prime Minister Sitiveni Rabuka"], ("Prime Minister", "Fiji")),
     P(KIR, ["Dame Cindy Kiro"], ("Governor-General", "New Zealand")),
     P(LUX, ["Prime Minister Christopher Luxon"], ("Prime Minister", "New Zealand"))],
    [E("President's Secretariat"),
     E("ASEAN"),
     E("Parliament of Fiji")],
    [E("India", "Indian"),
     E("Timor-Leste", "Democratic Republic of Timor-Leste", "Timorese"),
     E("Fiji"),
     E("New Zealand")],
    [I("visit", [MUR, "Timor-Leste"], "2024-08-10", "Dili"),
     I("meeting", [MUR, RH, KUR], "2024-08-10", "Dili"),
     I("meeting", [MUR, XAN], "2024-08-10", "Dili"),
     I("visit", [MUR, "Fiji"], "2024-08-05", "Suva"),
     I("meeting", [MUR, KAT], "2024-08-06", "Suva"),
     I("meeting", [MUR, RAB], "2024-08-06", "Suva"),
     I("visit", [MUR, "New Zealand"], "2024-08-07", "Wellington"),
     I("meeting", [MUR, KIR], "2024-08-08", "Wellington"),
     I("meeting", [MUR, LUX], "2024-08-08", "Wellington")],
    [N("full membership of ASEAN", "Timor-Leste"),
     N("Act East Policy", "India"),
     N("resident Embassy in Dili", "India"),
     N("visit of José Ramos-Horta to India", MUR)],
    [])

# 5 Office of Te Beretitenti, Kiribati: capitals issuer, MEDIA RELEASE, dateline line "Tarawa, Kiribati – 17 August
#   2023", the local title "Te Beretitenti", "Hon ... MP", reception "yesterday" with an attendee, arrival "on
#   Tuesday", a possessive national vision, announced project, existing scheme, proposal, invitation conveyed
#   through the visitor, a phone call "On Monday", a past visit recalled "in January", closing address block
MAA, CON, TOA = "Taneti Maamau", "Pat Conroy", "Teuea Toatu"
rec("ki-2023-08-17-maamau-conroy-tarawa", "2023-08-17", "Tarawa",
    [P(MAA, ["His Excellency Taneti Maamau"], ("Te Beretitenti", "Kiribati")),
     P(CON, ["Hon Pat Conroy MP", "Minister Conroy"], ("Minister for International Development and the Pacific",
                                                         "Australia")),
     P(TOA, ["Hon Teuea Toatu"], ("Vice-President", "Kiribati")),
     P(ALB, ["Prime Minister Anthony Albanese"], ("Prime Minister", "Australia")),
     P(RAB, ["Hon Sitiveni Rabuka", "Prime Minister Rabuka"], ("Prime Minister", "Fiji"))],
    [E("Office of Te Beretitenti"),
     E("Pacific Islands Forum")],
    [E("Kiribati", "Republic of Kiribati", "I-Kiribati"),
     E("Australia", "Australian"),
     E("Fiji"),
     E("Cook Islands")],
    [I("meeting", [MAA, CON, TOA], "2023-08-16", "Tarawa"),
     I("visit", [CON, "Kiribati"], "2023-08-15", "Tarawa"),
     I("call", [MAA, RAB], "2023-08-14"),
     I("visit", [RAB, "Kiribati"], "2023-01", "Tarawa"),
     I("meeting", [MAA, RAB], "2023-01", "Tarawa")],
    [N("Kiribati 20-Year Vision", "Kiribati", "KV20"),
     N("solar power project for South Tarawa", CON),
     N("Pacific Australia Labour Mobility (PALM) scheme", None, "PALM scheme"),
     N("joint working group on climate adaptation and the protection of the nation's maritime boundaries", MAA),
     N("visit of Anthony Albanese to Kiribati", MAA),
     N("Pacific Islands Forum Leaders Meeting", None)],
    [])

# 6 Ministry of Foreign Affairs, Lao PDR: issuer lines with the state motto, PRESS RELEASE, lead "On 29 January
#   2024, H.E. Mr. ..., Deputy Prime Minister, Minister of Foreign Affairs of the Lao PDR", ministers' retreat
#   chaired by the publisher's minister with an observer, an organisation's head and an unnamed representative,
#   an envoy's past visit "earlier this month", a state's proposal ("The Lao side"), two separate sideline
#   meetings, an unnamed "Thai counterpart", a past summit and handover, a call "Prior to the Retreat" with an
#   invitation, next meeting, closing place and date line
SAK, ALO, MAH, RET, VIV, WYI = ("Saleumxay Kommasith", "Alounkeo Kittikhoun", "Min Aung Hlaing",
                                "Retno L.P. Marsudi", "Vivian Balakrishnan", "Wang Yi")
LA = "Lao PDR"
rec("la-2024-01-29-saleumxay-asean-foreign-ministers-retreat-luang-prabang", "2024-01-29", "Luang Prabang",
    [P(SAK, ["H.E. Mr. Saleumxay Kommasith", "Deputy Prime Minister Saleumxay"], ("Deputy Prime Minister", LA),
       ("Minister of Foreign Affairs", LA)),
     P(KKH, ["H.E. Dr. Kao Kim Hourn"], ("Secretary-General", "ASEAN")),
     P(ALO, ["H.E. Mr. Alounkeo Kittikhoun"], ("Special Envoy of the ASEAN Chair on Myanmar", "ASEAN")),
     P(MAH, ["Senior General Min Aung Hlaing"], ("Chairman of the State Administration Council", "Myanmar")),
     P(RET, ["H.E. Ms. Retno L.P. Marsudi"], ("Minister for Foreign Affairs", "Indonesia")),
     P(VIV, ["H.E. Dr. Vivian Balakrishnan"], ("Minister for Foreign Affairs", "Singapore")),
     P(WYI, ["H.E. Mr. Wang Yi"], ("Minister of Foreign Affairs", "China"))],
    [E("Ministry of Foreign Affairs"),
     E("ASEAN")],
    [E(LA, "Lao People's Democratic Republic", "Lao"),
     E("Timor-Leste"),
     E("Myanmar"),
     E("Indonesia", "Republic of Indonesia"),
     E("Singapore", "Republic of Singapore"),
     E("Thailand", "Thai"),
     E("China", "People's Republic of China")],
    [I("multilateral", [SAK, KKH, "Timor-Leste", "Myanmar"], "2024-01-29", "Luang Prabang",
       name="ASEAN Foreign Ministers' Retreat"),
     I("meeting", [SAK, RET], "2024-01-29", "Luang Prabang"),
     I("meeting", [SAK, VIV], "2024-01-29", "Luang Prabang"),
     I("meeting", [SAK, "Thailand"], "2024-01-29", "Luang Prabang"),
     I("multilateral", [], "2023-09", "Jakarta", name="43rd ASEAN Summit"),
     I("visit", [ALO, "Myanmar"], "2024-01", "Nay Pyi Taw"),
     I("meeting", [ALO, MAH], "2024-01", "Nay Pyi Taw"),
     I("call", [SAK, WYI], "2024-01-26")],
    [N("ASEAN Power Grid", LA),
     N("visit of Saleumxay Kommasith to China", WYI),
     N("57th ASEAN Foreign Ministers' Meeting", None)],
    [D("Five-Point Consensus"),
     D("ASEAN Digital Economy Framework Agreement", "DEFA")])

# 7 Parliament of Sri Lanka: issuer line, rubric with a dashed numeric stamp "20-03-2025", no dateline, the local
#   "yesterday (19)" / "On Monday (17)" / "On Tuesday (18)" day numbers, "H.E.", "Hon. (Dr.)", two courtesy calls
#   with the same two attendees, a head of state's past state visits to two countries, an announced visit "at the
#   invitation of", a conveyed invitation from a third person, a proposal, a video conference
JHA, WIC, AKD, MOD, BIR, QIZ, RIZ, ROH, DIC = ("Santosh Jha", "Jagath Wickramaratne", "Anura Kumara Dissanayake",
                                               "Narendra Modi", "Om Birla", "Qi Zhenhong", "Rizvie Salih",
                                               "Kushani Rohanadeera", "Milton Dick")
PSL = "Parliament of Sri Lanka"
rec("lk-2025-03-20-wickramaratne-jha-qi-zhenhong-courtesy-calls", "2025-03-20", None,
    [P(JHA, ["H.E. Santosh Jha", "High Commissioner Jha"], ("High Commissioner", "India")),
     P(WIC, ["Hon. Jagath Wickramaratne"], ("Speaker of Parliament", PSL)),
     P(AKD, ["President Anura Kumara Dissanayake", "President Dissanayake"], ("President", "Sri Lanka")),
     P(MOD, ["Prime Minister Narendra Modi"], ("Prime Minister", "India")),
     P(BIR, [], ("Speaker of the Lok Sabha", "India")),
     P(QIZ, ["H.E. Qi Zhenhong", "Ambassador Qi"], ("Ambassador", "China")),
     P(RIZ, ["Hon. (Dr.) Rizvie Salih"], ("Deputy Speaker and Chair of Committees", PSL)),
     P(ROH, ["Mrs. Kushani Rohanadeera"], ("Secretary General of Parliament", PSL)),
     P(DIC, [], ("Speaker of the House of Representatives", "Australia"))],
    [E(PSL, "Parliament"),
     E("Commonwealth Parliamentary Association", "CPA")],
    [E("Sri Lanka"),
     E("India"),
     E("China", "People's Republic of China"),
     E("Australia")],
    [I("meeting", [WIC, JHA, RIZ, ROH], "2025-03-19"),
     I("visit", [AKD, "India"], "2024-12", "New Delhi"),
     I("meeting", [WIC, QIZ, RIZ, ROH], "2025-03-17"),
     I("visit", [AKD, "China"], "2025-01"),
     I("call", [WIC, DIC], "2025-03-18")],
    [N("visit of Narendra Modi to Sri Lanka", AKD),
     N("visit of Jagath Wickramaratne to India", BIR),
     N("re-establishment of the Sri Lanka–China Parliamentary Friendship Association", QIZ)],
    [])

# 8 Government of Mongolia, Cabinet Secretariat: capitals issuer, dotted ISO-order stamp "2023.08.03", dateline
#   "Washington D.C. –" without a date, initial-dot Mongolian names, talks "on Wednesday", a bill, an initiative
#   "initiated by" the President, invitation, a witnessed ministers' signing "The same day", a visit recalled from
#   2011, a two-city programme ("began his visit in San Francisco on Saturday"), a scheduled meeting "On Thursday"
OYU, HAR, BAT, BLI, KHU, BID, ALA = ("L.Oyun-Erdene", "Kamala Harris", "B.Battsetseg", "Antony J. Blinken",
                                     "U.Khurelsukh", "Joe Biden", "Alice Albright")
US = "United States of America"
rec("mn-2023-08-03-oyun-erdene-harris-washington", "2023-08-03", "Washington D.C.",
    [P(OYU, ["Prime Minister L.Oyun-Erdene"], ("Prime Minister", "Mongolia")),
     P(HAR, ["Vice President Kamala Harris", "Vice President Harris"], ("Vice President", US)),
     P(BAT, [], ("Minister of Foreign Affairs", "Mongolia")),
     P(BLI, [], ("Secretary of State", US)),
     P(KHU, [], ("President", "Mongolia")),
     P(BID, [], ("Vice President", US)),
     P(ALA, [], ("Chief Executive Officer", "Millennium Challenge Corporation"))],
    [E("Cabinet Secretariat"),
     E("Public Relations Division"),
     E("U.S. Congress", "Congress"),
     E("Millennium Challenge Corporation")],
    [E("Mongolia", "Mongolian", "Government of Mongolia"),
     E(US, "United States", "U.S.")],
    [I("meeting", [OYU, HAR], "2023-08-02", "Washington D.C."),
     I("signing", [BAT, BLI, OYU], "2023-08-02", "Washington D.C."),
     I("visit", [OYU, US], "2023-07-29"),
     I("visit", [BID, "Mongolia"], "2011-08", "Ulaanbaatar")],
    [N("Strategic Partnership", None),
     N("Billion Trees", KHU),
     N("visit of Kamala Harris to Mongolia", OYU),
     N("meeting of L.Oyun-Erdene with Alice Albright", None)],
    [D("Mongolia Third Neighbor Trade Act"),
     D("Air Transport Agreement between the Government of Mongolia and the Government of the United States of America",
       "Open Skies agreement"),
     D("Mongolia Water Compact")])

# 9 The Governor-General of New Zealand: issuer lines in English and te reo Māori, rubric "News | date", no
#   dateline, "Her Excellency The Rt Hon Dame", four Heads of Mission in a dashed list (Letters of Commission and
#   of Credence), a minister present at each ceremony, a letter handed over, a planned agreement, a past visit
#   "in March", an invitation conveyed from a third person, anniversaries, a past reception "Last month"
KOR, SOR, DOK, WAM, KAT2, DAD, PMC, PET = ("Semi Tuilawa Koroi", "Ana Marie R. Soriano", "Do Van Khiem",
                                           "Joseph Kaupa Wambi", "Wiliame Katonivere", "Bob Dadae", "Pham Minh Chinh",
                                           "Winston Peters")
rec("nz-2024-09-19-kiro-credentials-four-envoys", "2024-09-19", None,
    [P(KIR, ["Her Excellency The Rt Hon Dame Cindy Kiro", "Dame Cindy"], ("Governor-General", "New Zealand")),
     P(PET, ["Rt Hon Winston Peters"], ("Minister of Foreign Affairs", "New Zealand")),
     P(KOR, ["His Excellency Mr Semi Tuilawa Koroi", "High Commissioner Koroi"], ("High Commissioner", "Fiji")),
     P(SOR, ["Her Excellency Ms Ana Marie R. Soriano", "Ambassador Soriano"], ("Ambassador", "Philippines")),
     P(DOK, ["His Excellency Mr Do Van Khiem", "Ambassador Do"], ("Ambassador", "Viet Nam")),
     P(WAM, ["His Excellency Mr Joseph Kaupa Wambi", "High Commissioner Wambi"],
       ("High Commissioner", "Papua New Guinea")),
     P(KAT2, ["Ratu Wiliame Katonivere"], ("President", "Fiji")),
     P(DAD, ["Grand Chief Sir Bob Dadae"], ("Governor-General", "Papua New Guinea")),
     P(PMC, ["Prime Minister Pham Minh Chinh"], ("Prime Minister", "Viet Nam")),
     P(MUR, [], ("President", "India"))],
    [],
    [E("New Zealand", "Aotearoa"),
     E("Fiji", "Republic of Fiji"),
     E("Philippines", "Republic of the Philippines"),
     E("Viet Nam", "Socialist Republic of Viet Nam"),
     E("Papua New Guinea"),
     E("India", "Indian")],
    [I("meeting", [KIR, KOR, PET], "2024-09-19", "Wellington"),
     I("meeting", [KIR, SOR, PET], "2024-09-19", "Wellington"),
     I("meeting", [KIR, DOK, PET], "2024-09-19", "Wellington"),
     I("meeting", [KIR, WAM, PET], "2024-09-19", "Wellington"),
     I("correspondence", [KAT2, KIR], "2024-09-19", "Wellington"),
     I("visit", [PMC, "New Zealand"], "2024-03"),
     I("visit", [MUR, "New Zealand"], "2024-08"),
     I("meeting", [KIR, MUR], "2024-08")],
    [N("visit of Cindy Kiro to Papua New Guinea", DAD),
     N("50th anniversary of diplomatic relations", None),
     N("50th anniversary of its independence", None)],
    [D("Status of Visiting Forces Agreement")])

# 10 Pacific Community (SPC): bilingual issuer line, "Media release", dateline "Palikir, Pohnpei – 16 February
#    2024 –", a five-day mission to two countries with a date range, "In Koror on Monday", a proposal, a past
#    sideline meeting "in November", a two-party MoU with a long name signed by the organisation's head and a
#    President, an adopted strategy, a video call "On Friday morning", an own planned trip, media contact
MIN, WHI, SIM, PUN = "Stuart Minchin", "Surangel S. Whipps Jr.", "Wesley W. Simina", "Henry Puna"
SPC, FSM, PIF = "Pacific Community", "Federated States of Micronesia", "Pacific Islands Forum"
rec("spc-2024-02-16-minchin-palau-fsm-north-pacific-mission", "2024-02-16", "Palikir",
    [P(MIN, ["Dr Stuart Minchin", "Dr Minchin"], ("Director-General", SPC)),
     P(WHI, ["President Whipps"], ("President", "Palau")),
     P(SIM, ["President Simina"], ("President", FSM)),
     P(PUN, [], ("Secretary General", PIF))],
    [E(SPC, "SPC", "Communauté du Pacifique"),
     E("SPC North Pacific Regional Office"),
     E(PIF),
     E("SPC Communications Team")],
    [E("Palau", "Republic of Palau"),
     E(FSM, "FSM", "Government of the Federated States of Micronesia"),
     E("Marshall Islands"),
     E("Nauru")],
    [I("visit", [MIN, "Palau"], "2024-02-12", "Koror"),
     I("meeting", [MIN, WHI], "2024-02-12", "Koror"),
     I("visit", [MIN, FSM], "2024-02-14"),
     I("meeting", [MIN, SIM], "2024-02-15", "Palikir"),
     I("signing", [MIN, SIM], "2024-02-15", "Palikir"),
     I("call", [MIN, PUN], "2024-02-16"),
     I("meeting", [MIN, WHI], "2023-11", "Rarotonga"),
     I("multilateral", [MIN, WHI], "2023-11", "Rarotonga", name="52nd Pacific Islands Forum Leaders Meeting")],
    [N("Pacific Data Hub", SPC),
     N("regional centre of excellence for ocean observing", WHI),
     N("Forum Foreign Ministers Meeting", None),
     N("visit of Stuart Minchin to Marshall Islands", None)],
    [D("Memorandum of Understanding between the Pacific Community and the Government of the Federated States of "
       "Micronesia on the Hosting of the North Pacific Regional Office"),
     D("2050 Strategy for the Blue Pacific Continent")])

# 11 Viet Nam Government Portal (VGP): issuer line, US-style stamp with time, agency tag "VGP –" and no dateline
#    city, "PM" abbreviations, talks "in Wellington on March 11" within a date range, joint aim (no proposer),
#    a possessive national programme, witnessed ministers' MoU between two ministries, an unnamed "New Zealand
#    counterpart", invitation, a business forum "on Sunday" in a second city, earlier legs with a date range
LMH, MCC, BTS = "Le Minh Hoan", "Todd McClay", "Bui Thanh Son"
rec("vn-2024-03-11-pham-minh-chinh-luxon-wellington", "2024-03-11", None,
    [P(PMC, ["PM Pham Minh Chinh", "Prime Minister Pham Minh Chinh", "PM Chinh"], ("Prime Minister", "Viet Nam")),
     P(LUX, ["New Zealand Prime Minister Christopher Luxon", "PM Luxon"], ("Prime Minister", "New Zealand")),
     P(LMH, [], ("Minister of Agriculture and Rural Development", "Viet Nam")),
     P(MCC, [], ("Minister of Agriculture", "New Zealand"), ("Minister for Trade", "New Zealand")),
     P(BTS, [], ("Minister of Foreign Affairs", "Viet Nam")),
     P(ALB, ["Prime Minister Anthony Albanese"], ("Prime Minister", "Australia"))],
    [E("VGP", "Viet Nam Government Portal"),
     E("ASEAN"),
     E("APEC")],
    [E("Viet Nam", "Vietnamese"),
     E("New Zealand"),
     E("Australia")],
    [I("meeting", [PMC, LUX], "2024-03-11", "Wellington"),
     I("signing", [LMH, MCC, PMC, LUX], "2024-03-11", "Wellington"),
     I("meeting", [BTS, "New Zealand"], "2024-03-11", "Wellington"),
     I("visit", [PMC, "New Zealand"], "2024-03-10"),
     I("multilateral", [PMC], "2024-03-10", "Auckland", name="Viet Nam – New Zealand Business Forum"),
     I("multilateral", [PMC], "2024-03-04", "Melbourne", name="ASEAN-Australia Special Summit"),
     I("visit", [PMC, "Australia"], "2024-03-07", "Canberra"),
     I("meeting", [PMC, ALB], "2024-03-07", "Canberra")],
    [N("Comprehensive Strategic Partnership", None),
     N("50th anniversary of diplomatic relations", None),
     N("One Million Hectares of High-Quality, Low-Emission Rice programme", "Viet Nam"),
     N("visit of Christopher Luxon to Viet Nam", PMC)],
    [D("Memorandum of Understanding on Cooperation in Agriculture and Food Safety between the Ministry of Agriculture "
       "and Rural Development of Viet Nam and the Ministry for Primary Industries of New Zealand")])

# 12 Government of the Republic of Vanuatu, Prime Minister's Office: capitals issuer, MEDIA RELEASE, capitals
#    dateline with weekday "PORT VILA, FRIDAY 16 MAY 2025 –", "Hon.", leaders' joint statement signed "this
#    morning", airport welcome "on Wednesday afternoon", talks "on Thursday" with a minister, MoU with a long name
#    signed by the minister and an unnamed "Papua New Guinea counterpart" before both leaders, a state's
#    initiative, proposal, invitation to the inviter's state's anniversary, past summit visit, a call with an
#    unnamed "Solomon Islands counterpart", closing unit and office block
NAP, MRP, ATI = "Jotham Napat", "James Marape", "Marc Ati"
PNG, VU = "Papua New Guinea", "Vanuatu"
rec("vu-2025-05-16-napat-marape-joint-statement-port-vila", "2025-05-16", "Port Vila",
    [P(NAP, ["Hon. Jotham Napat", "Prime Minister Napat"], ("Prime Minister", VU)),
     P(MRP, ["Hon. James Marape", "Prime Minister Marape"], ("Prime Minister", PNG)),
     P(ATI, ["Hon. Marc Ati", "Minister Ati"], ("Minister of Foreign Affairs, International Cooperation and External "
                                                 "Trade", VU))],
    [E("Prime Minister's Office"),
     E("Media Unit"),
     E("International Court of Justice"),
     E("Air Niugini"),
     E("Melanesian Spearhead Group", "MSG")],
    [E(VU, "Republic of Vanuatu", "Government of the Republic of Vanuatu"),
     E(PNG, "Independent State of Papua New Guinea"),
     E("Solomon Islands")],
    [I("signing", [NAP, MRP], "2025-05-16", "Port Vila"),
     I("visit", [MRP, VU], "2025-05-14", "Port Vila"),
     I("meeting", [NAP, MRP, ATI], "2025-05-15", "Port Vila"),
     I("signing", [ATI, PNG, NAP, MRP], "2025-05-15", "Port Vila"),
     I("call", [NAP, "Solomon Islands"], "2025-05-14"),
     I("visit", [MRP, VU], "2023-08", "Port Vila"),
     I("multilateral", [MRP], "2023-08", "Port Vila", name="22nd Melanesian Spearhead Group (MSG) Leaders' Summit")],
    [N("advisory opinion of the International Court of Justice on the obligations of States in respect of climate "
       "change", VU),
     N("direct flights between Port Moresby and Port Vila", MRP),
     N("50th Independence Anniversary", MRP),
     N("next MSG Leaders' Summit", None)],
    [D("Joint Statement on Enhanced Melanesian Partnership"),
     D("Memorandum of Understanding on Cooperation in Policing, Border Security and Transnational Crime between the "
       "Government of the Republic of Vanuatu and the Government of the Independent State of Papua New Guinea")])

check_and_write(GOLD)
