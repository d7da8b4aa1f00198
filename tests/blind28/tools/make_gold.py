#!/usr/bin/env python3
"""Writes gold/<stem>.json for blind47 from the compact records below, then checks them.

Checks: those of ``gold_records.check_and_write`` (every check must pass before anything is written):
participants, proposers and roles' bodies resolve with the scorer's own Resolver; every person form,
organisation/state name, document, place, multilateral and non-constructed initiative is in the text;
no form is shared by two entities; ISO dates; 150-700 words; a year in the text or a meta.json date.

The shared constructors live in /work/main/tests/gold_records.py (imported, never modified).
Modelled on /work/main/tests/blind24/tools/make_gold.py.

Run from /work/blind47:  python3 tools/make_gold.py
"""
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent  # /work/blind47
sys.path.insert(0, "/work/main/tests")  # the shared constructors
from gold_records import D, E, GoldWriter, I, N, P, check_and_write  # noqa: E402

GOLD = GoldWriter(ROOT)
rec = GOLD.rec

# 1 Federal Senate of Brazil, Agência Senado (translated from Portuguese): issuer line, rubric with numeric stamp
#   and an "Updated" time, no dateline, the Brazilian "this Thursday (7)", "on Wednesday (6)", "on Friday (8)";
#   a summit opened by two presiding officers, a list of sideline meetings over one day (morning, lunch,
#   afternoon), a past first meeting at the previous summit, invitation, a witnessed signing of a long-named MoU
#   between two chambers, an unnamed "Mexican counterpart" who proposes a body, a phone call the night before,
#   a byline
PAC, LIR, BIR, VIL, CAL, ACK, CHU, LUL, GAR, LEM = (
    "Rodrigo Pacheco", "Arthur Lira", "Om Birla", "Victoria Villarruel", "Renan Calheiros", "Tulia Ackson",
    "Martin Chungong", "Luiz Inácio Lula da Silva", "José García Ruminot", "Beatriz Lemos Andrade")
BR, FS, IPU = "Brazil", "Federal Senate", "Inter-Parliamentary Union"
rec("br-2024-11-07-pacheco-p20-bilaterals-brasilia", "2024-11-07", None,
    [P(PAC, ["Pacheco"], ("President of the Senate", FS)),
     P(LIR, [], ("President of the Chamber of Deputies", "Chamber of Deputies")),
     P(BIR, ["Birla"], ("Speaker of the Lok Sabha", "India")),
     P(VIL, ["Villarruel"], ("Vice President", "Argentina"), ("President of the Senate", "Argentina")),
     P(CAL, ["Senator Renan Calheiros"], ("chair of the Foreign Relations and National Defence Committee", None),
       ("Senator", BR)),
     P(ACK, ["Ackson"], ("President", IPU)),
     P(CHU, [], ("Secretary General", IPU)),
     P(LUL, ["President Luiz Inácio Lula da Silva"], ("President", BR)),
     P(GAR, ["García Ruminot"], ("President of the Senate", "Chile")),
     P(LEM, [])],
    [E("Agência Senado"),
     E(FS),
     E("Chamber of Deputies"),
     E(IPU, "IPU"),
     E("G20"),
     E("BRICS"),
     E("Mercosur")],
    [E(BR, "Federative Republic of Brazil"),
     E("South Africa"),
     E("India"),
     E("Argentina", "Argentine Nation"),
     E("Mexico", "Mexican"),
     E("Chile")],
    [I("multilateral", [PAC, LIR], "2024-11-06", "Brasília", name="10th Summit of Speakers of G20 Parliaments"),
     I("meeting", [PAC, BIR], "2024-11-07", "Brasília"),
     I("meeting", [PAC, VIL, CAL], "2024-11-07", "Brasília"),
     I("signing", [PAC, VIL, CAL], "2024-11-07", "Brasília"),
     I("meeting", [PAC, ACK, CHU], "2024-11-07", "Brasília"),
     I("meeting", [PAC, "Mexico"], "2024-11-07", "Brasília"),
     I("call", [PAC, GAR], "2024-11-06"),
     I("meeting", [PAC, BIR], "2023-10", "New Delhi"),
     I("multilateral", [PAC, BIR], "2023-10", "New Delhi", name="9th P20")],
    [N("visit of Rodrigo Pacheco to India", BIR),
     N("Global Alliance against Hunger and Poverty", LUL),
     N("150th IPU Assembly", ACK),
     N("Brazil–Mexico Interparliamentary Commission", "Mexico")],
    [D("Memorandum of Understanding on Legislative Cooperation and Exchange of Good Practices between the Federal "
       "Senate of the Federative Republic of Brazil and the Honourable Senate of the Argentine Nation")])

# 2 UN ESCWA (unescwa.org): issuer line, rubric "Press release | date", dateline "Beirut –" without a date, a
#   mission "from 11 to 14 May 2024" to two capitals told day by day (Saturday arrival, Sunday meetings, Sunday
#   evening flight, Monday audience with an attendee, signing of a long-named organisation–ministry MoU,
#   Tuesday "separate meetings"), possessive national plans, a minister's proposal, an invitation to the
#   inviter's own national launch, a video call "on Friday" before the mission, a planned summit, contact block
DAS, TOU, SAF, SUD, TAM, HUS, ALA, ABG = (
    "Rola Dashti", "Zeina Toukan", "Ayman Safadi", "Mohammed Shia Al-Sudani", "Mohammed Tamim", "Fuad Hussein",
    "Ali Al-Alaq", "Ahmed Aboul Gheit")
ESCWA, JO, IQ = "ESCWA", "Jordan", "Iraq"
rec("escwa-2024-05-15-dashti-amman-baghdad-mission", "2024-05-15", "Beirut",
    [P(DAS, ["Dashti"], ("United Nations Under-Secretary-General", None), ("Executive Secretary", ESCWA)),
     P(TOU, [], ("Minister of Planning and International Cooperation", JO)),
     P(SAF, ["Safadi"], ("Deputy Prime Minister", JO), ("Minister of Foreign Affairs and Expatriates", JO)),
     P(SUD, [], ("Prime Minister", IQ)),
     P(TAM, ["Tamim"], ("Deputy Prime Minister", IQ), ("Minister of Planning", IQ)),
     P(HUS, ["Hussein"], ("Minister of Foreign Affairs", IQ)),
     P(ALA, [], ("Governor of the Central Bank of Iraq", None)),
     P(ABG, [], ("Secretary-General of the League of Arab States", None))],
    [E(ESCWA, "Economic and Social Commission for Western Asia",
       "United Nations Economic and Social Commission for Western Asia"),
     E("United Nations Development Programme"),
     E("Central Statistical Organization"),
     E("Communication and Publishing Unit")],
    [E(JO), E(IQ, "Iraqi", "Republic of Iraq"), E("Türkiye", "Turkish"), E("Lebanon")],
    [I("visit", [DAS, JO], "2024-05-11", "Amman"),
     I("meeting", [DAS, TOU], "2024-05-12", "Amman"),
     I("meeting", [DAS, SAF], "2024-05-12", "Amman"),
     I("visit", [DAS, IQ], "2024-05-12", "Baghdad"),
     I("meeting", [SUD, DAS, TAM], "2024-05-13", "Baghdad"),
     I("signing", [DAS, TAM], "2024-05-13", "Baghdad"),
     I("meeting", [DAS, HUS], "2024-05-14", "Baghdad"),
     I("meeting", [DAS, ALA], "2024-05-14", "Baghdad"),
     I("call", [DAS, ABG], "2024-05-10")],
    [N("Economic Modernization Vision", JO),
     N("third Voluntary National Review", JO),
     N("High-Level Political Forum", None),
     N("joint assessment of reconstruction needs in Gaza", SAF),
     N("Development Road project", IQ),
     N("launch of the National Development Plan 2024–2028", HUS),
     N("33rd Arab Summit", None)],
    [D("Memorandum of Understanding between the United Nations Economic and Social Commission for Western Asia and "
       "the Ministry of Planning of the Republic of Iraq on Strengthening National Statistical Systems and "
       "Development Planning")])

# 3 Lebanese Parliament, Media Office of the Speaker (translated from Arabic): issuer line, rubric "Activities of
#   the Speaker | Tuesday, 23 January 2024", dateline "Ain al-Tineh –" (a quarter of Beirut, the Speaker's
#   seat); a reception of five ambassadors named in one sentence with an attendee, the Speaker's own initiative,
#   an upcoming election, an expected envoy's visit, a minister briefing on his meeting "in Brussels yesterday",
#   a force commander's call "accompanied by a delegation", a written message from a named "Jordanian
#   counterpart" (no role), an incoming telephone call, a resolution
BER, JOH, MAG, BUK, SAU, MOU, HAM, HOC, BOU, BOR, LAZ, ASA, GHA = (
    "Nabih Berri", "Lisa Johnson", "Hervé Magro", "Walid Bukhari", "Sheikh Saud bin Abdulrahman Al Thani",
    "Alaa Moussa", "Ali Hamdan", "Amos Hochstein", "Abdallah Bou Habib", "Josep Borrell", "Aroldo Lázaro",
    "Ahmad Safadi", "Mohammad Bagher Ghalibaf")
LB, US, AIT = "Lebanon", "United States", "Ain al-Tineh"
rec("lb-2024-01-23-berri-quintet-ambassadors-ain-al-tineh", "2024-01-23", AIT,
    [P(BER, ["Speaker Berri"], ("Speaker of Parliament", LB)),
     P(JOH, [], ("Ambassador", US)),
     P(MAG, [], ("Ambassador", "France")),
     P(BUK, [], ("Ambassador", "Saudi Arabia")),
     P(SAU, ["Saud bin Abdulrahman Al Thani"], ("Ambassador", "Qatar")),
     P(MOU, ["Ambassador Moussa"], ("Ambassador", "Egypt")),
     P(HAM, [], ("media adviser", None)),
     P(HOC, [], ("presidential envoy", US)),
     P(BOU, [], ("Minister of Foreign Affairs and Emigrants", LB)),
     P(BOR, [], ("High Representative of the European Union for Foreign Affairs and Security Policy", None)),
     P(LAZ, ["General Aroldo Lázaro"], ("Head of Mission and Force Commander", "UNIFIL")),
     P(ASA, []),
     P(GHA, [], ("Speaker of the Islamic Consultative Assembly", "Iran"))],
    [E("Lebanese Parliament"),
     E("Media Office of the Speaker"),
     E("Quintet Committee", "Quintet Committee on Lebanon"),
     E("UNIFIL", "United Nations Interim Force in Lebanon"),
     E("Lebanese Army"),
     E("House of Representatives", "Jordanian House of Representatives")],
    [E(LB, "Lebanese"),
     E(US, "United States of America", "US"),
     E("France"),
     E("Saudi Arabia", "Kingdom of Saudi Arabia"),
     E("Qatar", "State of Qatar"),
     E("Egypt", "Arab Republic of Egypt"),
     E("Israel", "Israeli"),
     E("Jordan", "Jordanian"),
     E("Iran")],
    [I("meeting", [BER, JOH, MAG, BUK, SAU, MOU, HAM], "2024-01-23", AIT),
     I("meeting", [BER, BOU], "2024-01-23", AIT),
     I("meeting", [BOU, BOR], "2024-01-22", "Brussels"),
     I("meeting", [BER, LAZ], "2024-01-23", AIT),
     I("correspondence", [ASA, BER], "2024-01-23"),
     I("call", [GHA, BER], "2024-01-23")],
    [N("national dialogue of no more than seven days", BER),
     N("election of a President of the Republic", None),
     N("visit of Amos Hochstein to Lebanon", None)],
    [D("UN Security Council Resolution 1701", "Resolution 1701")])

# 4 Office of the President of Nepal: issuer block with the palace address, "Press Release", a Bikram Sambat date
#   with the Gregorian one in brackets, no dateline, "Rt. Hon. President", "Hon.", "Smt.", "Mr."; a foreign
#   minister's courtesy call during a two-day visit with two attendees, a joint commission "held in Kathmandu
#   yesterday" and an agreement "signed by the two sides", a letter handed over with an invitation to a state
#   visit, a call for a railway, an unnamed ambassador's farewell call "Earlier in the day"
PAU, JAI, SAD, MUR, MOD, SRI, KWA = ("Ramchandra Paudel", "S. Jaishankar", "Narayan Prakash Saud",
                                     "Droupadi Murmu", "Narendra Modi", "Naveen Srivastava", "Vinay Mohan Kwatra")
NP, IN, KTM = "Nepal", "India", "Kathmandu"
rec("np-2024-01-05-paudel-jaishankar-courtesy-call", "2024-01-05", None,
    [P(JAI, ["Dr. S. Jaishankar", "Dr. Jaishankar"], ("External Affairs Minister", IN)),
     P(PAU, ["Rt. Hon. President Mr. Ramchandra Paudel"], ("President", NP)),
     P(SAD, [], ("Minister for Foreign Affairs", NP)),
     P(MUR, ["President Murmu"], ("President", IN)),
     P(MOD, [], ("Prime Minister", IN)),
     P(SRI, [], ("Ambassador", IN)),
     P(KWA, [], ("Foreign Secretary", IN))],
    [E("Office of the President"),
     E("Nepal-India Joint Commission")],
    [E(NP, "Government of Nepal"),
     E(IN, "Republic of India"),
     E("Republic of Korea")],
    [I("visit", [JAI, NP], "2024-01-04", KTM),
     I("meeting", [PAU, JAI, SRI, KWA], "2024-01-05", KTM),
     I("correspondence", [MUR, PAU], "2024-01-05", KTM),
     I("meeting", [SAD, JAI], "2024-01-04", KTM),
     I("signing", [NP, IN], "2024-01-04", KTM),
     I("meeting", [PAU, "Republic of Korea"], "2024-01-05")],
    [N("visit of Ramchandra Paudel to India", MUR),
     N("Raxaul–Kathmandu railway", PAU)],
    [D("Agreement on Long-Term Power Trade")])

# 5 Pan-African Parliament: capitals issuer, "Press Release", dateline "Midrand, South Africa, 16 May 2023 –";
#   a witnessed signing of an MoU between two parliaments "on the sidelines" of a session, the talks before it,
#   the guest's arrival "on Monday", an invitation to the guest's own body's session, a proposal, an upcoming
#   election, a session running "from 15 May to 2 June 2023" opened "on Monday" by a host official, a call for
#   ratification of a protocol, a courtesy call "On Tuesday afternoon", a telephone call "In the evening", a
#   draft model law to be presented "on Thursday", -ENDS-, closing unit line
CHA, TUN, GAY, MAS, MAP, FAK = ("Fortune Zephania Charumbira", "Sidie Mohamed Tunis", "Ashebir Woldegiorgis Gayo",
                                "Paul Mashatile", "Nosiviwe Mapisa-Nqakula", "Moussa Faki Mahamat")
PAP, EP, ZA, MID = "Pan-African Parliament", "ECOWAS Parliament", "South Africa", "Midrand"
rec("pap-2023-05-16-charumbira-tunis-ecowas-parliament-memorandum", "2023-05-16", MID,
    [P(CHA, ["Chief Fortune Zephania Charumbira", "President Charumbira", "Charumbira"], ("President", PAP)),
     P(TUN, ["Rt. Hon. Sidie Mohamed Tunis", "Speaker Tunis"], ("Speaker", EP)),
     P(GAY, ["Hon. Ashebir Woldegiorgis Gayo"], ("First Vice-President", PAP)),
     P(MAS, [], ("Deputy President", ZA)),
     P(MAP, [], ("Speaker of the National Assembly", ZA)),
     P(FAK, [], ("Chairperson of the African Union Commission", None))],
    [E(PAP, "PAP"),
     E(EP, "Parliament of the Economic Community of West African States"),
     E("African Union"),
     E("Committee on Agriculture, Rural Economy, Natural Resources and Environment"),
     E("Communications Unit")],
    [E(ZA, "Republic of South Africa"), E("Ethiopia"), E("Sudan"), E("Sierra Leone")],
    [I("signing", [CHA, TUN, GAY], "2023-05-16", MID),
     I("meeting", [CHA, TUN], "2023-05-16", MID),
     I("visit", [TUN, ZA], "2023-05-15", MID),
     I("multilateral", [CHA, MAS], "2023-05-15", MID, name="Second Ordinary Session of the Sixth Parliament"),
     I("meeting", [CHA, MAP], "2023-05-16", MID),
     I("call", [CHA, FAK], "2023-05-16")],
    [N("next ordinary session of the ECOWAS Parliament", TUN),
     N("joint election observation missions", CHA),
     N("general elections in Sierra Leone", None)],
    [D("Memorandum of Understanding on Cooperation between the Pan-African Parliament and the ECOWAS Parliament"),
     D("Protocol to the Constitutive Act of the African Union Relating to the Pan-African Parliament",
       "Malabo Protocol"),
     D("Model Law on Climate Change")])

# 6 National Assembly of Pakistan: capitals issuer, PRESS RELEASE, dateline "Islamabad, the 22nd May, 2024:",
#   the local "Speaker National Assembly", "Chairman Senate", "call-on", "felicitate"; an incoming official visit
#   (arrival "on Tuesday"), a call-on followed by delegation-level talks with attendees, an MoU with a long
#   name, a congratulatory phone call recalled "on 1st March", a proposal of a trilateral meeting, an announced
#   friendship group, an invitation, a planned council session, three later calls in one sentence and a third
#   meeting, closing "Issued by:" block
SDQ, KUR, SHA, NEZ, ZAR, SHE, GIL = (
    "Sardar Ayaz Sadiq", "Numan Kurtulmuş", "Syed Ghulam Mustafa Shah", "İrfan Neziroğlu", "Asif Ali Zardari",
    "Muhammad Shehbaz Sharif", "Syed Yousuf Raza Gilani")
NA, GNA, PK, TR, ISB = ("National Assembly of Pakistan", "Grand National Assembly of Türkiye", "Pakistan", "Türkiye",
                        "Islamabad")
rec("pk-2024-05-22-sadiq-kurtulmus-parliament-house", "2024-05-22", ISB,
    [P(SDQ, ["Speaker National Assembly Sardar Ayaz Sadiq", "Speaker Sadiq"], ("Speaker", NA)),
     P(KUR, ["Prof. Dr. Numan Kurtulmuş", "Speaker Kurtulmuş"], ("Speaker", GNA)),
     P(SHA, [], ("Deputy Speaker", NA)),
     P(NEZ, ["Dr. İrfan Neziroğlu"], ("Ambassador", TR)),
     P(ZAR, ["President Asif Ali Zardari"], ("President", PK)),
     P(SHE, ["Prime Minister Muhammad Shehbaz Sharif"], ("Prime Minister", PK)),
     P(GIL, ["Chairman Senate Syed Yousuf Raza Gilani"], ("Chairman Senate", None))],
    [E(NA, "National Assembly"),
     E(GNA),
     E("High-Level Strategic Cooperation Council"),
     E("Media Wing"),
     E("National Assembly Secretariat")],
    [E(PK, "Islamic Republic of Pakistan"), E(TR, "Turkish"), E("Azerbaijan")],
    [I("visit", [KUR, PK], "2024-05-21", ISB),
     I("meeting", [SDQ, KUR, SHA, NEZ], "2024-05-22", ISB),
     I("signing", [SDQ, KUR], "2024-05-22", ISB),
     I("meeting", [KUR, ZAR], "2024-05-22", ISB),
     I("meeting", [KUR, SHE], "2024-05-22", ISB),
     I("meeting", [GIL, KUR], "2024-05-22", ISB),
     I("call", [KUR, SDQ], "2024-03-01")],
    [N("next Trilateral Meeting of the Speakers of Azerbaijan, Pakistan and Türkiye", SDQ),
     N("Pakistan-Türkiye Parliamentary Friendship Group", SDQ),
     N("visit of Sardar Ayaz Sadiq to Türkiye", KUR),
     N("next session of the High-Level Strategic Cooperation Council", None)],
    [D("Memorandum of Understanding on Parliamentary Cooperation between the National Assembly of the Islamic "
       "Republic of Pakistan and the Grand National Assembly of Türkiye")])

# 7 President of the Republic of Serbia (predsednik.rs English): issuer line, rubric with a dotted stamp and a
#   trailing dot, dateline "Belgrade, 8 May 2024 –"; an incoming state visit on its second day (airport welcome
#   "on Tuesday evening"), a tour's earlier stop "from 5 to 7 May" and its next one "tomorrow", tête-à-tête and
#   extended talks with attendees, a Joint Statement with a very long name signed by the two Presidents, a past
#   witnessed ministers' signing "last October" on the margins of a forum with talks, an initiative "launched
#   by" the guest, an invitation to an event the host's state holds, an own bid, two separate meetings
VUC, XI, PEN, DJU, WYI, MOM, WWT, VCV, BRN = (
    "Aleksandar Vučić", "Xi Jinping", "Peng Liyuan", "Marko Đurić", "Wang Yi", "Tomislav Momirović", "Wang Wentao",
    "Miloš Vučević", "Ana Brnabić")
RS, CN, BEG = "Serbia", "China", "Belgrade"
rec("rs-2024-05-08-vucic-xi-state-visit-belgrade", "2024-05-08", BEG,
    [P(VUC, ["President Vučić"], ("President", RS)),
     P(XI, ["President Xi"], ("President", CN)),
     P(PEN, []),
     P(DJU, [], ("Minister of Foreign Affairs", RS)),
     P(WYI, [], ("Minister of Foreign Affairs", CN)),
     P(MOM, [], ("Minister of Internal and Foreign Trade", RS)),
     P(WWT, [], ("Minister of Commerce", CN)),
     P(VCV, [], ("Prime Minister", RS)),
     P(BRN, [], ("President of the National Assembly", RS))],
    [E("European Union")],
    [E(RS, "Republic of Serbia", "Serbian"),
     E(CN, "People's Republic of China", "Chinese"),
     E("France"),
     E("Hungary")],
    [I("visit", [XI, RS], "2024-05-07", BEG),
     I("meeting", [VUC, XI, DJU, WYI], "2024-05-08", BEG),
     I("signing", [VUC, XI], "2024-05-08", BEG),
     I("visit", [XI, "France"], "2024-05-05"),
     I("signing", [MOM, WWT, VUC, XI], "2023-10", "Beijing"),
     I("multilateral", [VUC, XI], "2023-10", "Beijing",
       name="third Belt and Road Forum for International Cooperation"),
     I("meeting", [VUC, XI], "2023-10", "Beijing"),
     I("meeting", [XI, VCV], "2024-05-08", BEG),
     I("meeting", [XI, BRN], "2024-05-08", BEG)],
    [N("Belt and Road Initiative", XI),
     N("Expo 2027", VUC),
     N("membership of the European Union", RS),
     N("visit of Xi Jinping to Hungary", None)],
    [D("Joint Statement of the Republic of Serbia and the People's Republic of China on Deepening and Elevating "
       "the Comprehensive Strategic Partnership and Building a Serbia–China Community with a Shared Future in the "
       "New Era"),
     D("Free Trade Agreement between the Government of the Republic of Serbia and the Government of the People's "
       "Republic of China")])

# 8 Office of the President of the Republic of Slovenia (English): issuer line, rubric with the spaced Slovenian
#   stamp "14. 3. 2024", dateline "Ljubljana, 14 March 2024 –"; letters of credence of four ambassadors in a
#   dashed list with "H.E. Ms./Mr." and residences, a state secretary at all four ceremonies, an invitation
#   conveyed from a head of state, a named agreement under negotiation, a letter handed over with a proposal of
#   an anniversary, a past sideline meeting "in Porto in October last year", a call with an unnamed "Austrian
#   counterpart" who proposes a joint visit, photo credit
PIR, ZBO, MBU, FER, NGU, CAS, RUT, VVT, VEL = (
    "Nataša Pirc Musar", "Samuel Žbogar", "Grace Wanjiru Mbugua", "Martín Ferreira Oddone", "Nguyen Duc Thanh",
    "Joseph Cassar Agius", "William Ruto", "Võ Văn Thưởng", "George Vella")
SI, LJU = "Slovenia", "Ljubljana"
rec("si-2024-03-14-pirc-musar-credentials-four-ambassadors", "2024-03-14", LJU,
    [P(PIR, ["President Pirc Musar"], ("President of the Republic", SI)),
     P(ZBO, [], ("State Secretary at the Ministry of Foreign and European Affairs", None)),
     P(MBU, ["H.E. Ms. Grace Wanjiru Mbugua", "Ambassador Mbugua"], ("Ambassador", "Kenya")),
     P(FER, ["H.E. Mr. Martín Ferreira Oddone", "Ambassador Ferreira Oddone"], ("Ambassador", "Uruguay")),
     P(NGU, ["H.E. Mr. Nguyen Duc Thanh", "Ambassador Nguyen Duc Thanh"], ("Ambassador", "Viet Nam")),
     P(CAS, ["H.E. Mr. Joseph Cassar Agius", "Ambassador Cassar Agius"], ("Ambassador", "Malta")),
     P(RUT, [], ("President", "Kenya")),
     P(VVT, [], ("President", "Viet Nam")),
     P(VEL, [], ("President", "Malta"))],
    [E("Office of the President of the Republic of Slovenia"),
     E("United Nations Security Council"),
     E("European Union", "EU"),
     E("Mercosur"),
     E("Arraiolos Group")],
    [E(SI, "Republic of Slovenia", "Slovenian"),
     E("Kenya", "Republic of Kenya"),
     E("Uruguay", "Oriental Republic of Uruguay"),
     E("Viet Nam", "Socialist Republic of Viet Nam"),
     E("Malta", "Republic of Malta"),
     E("Austria", "Austrian")],
    [I("meeting", [PIR, MBU, ZBO], "2024-03-14", LJU),
     I("meeting", [PIR, FER, ZBO], "2024-03-14", LJU),
     I("meeting", [PIR, NGU, ZBO], "2024-03-14", LJU),
     I("meeting", [PIR, CAS, ZBO], "2024-03-14", LJU),
     I("correspondence", [VVT, PIR], "2024-03-14", LJU),
     I("meeting", [PIR, VEL], "2023-10", "Porto"),
     I("multilateral", [PIR, VEL], "2023-10", "Porto", name="meeting of the Arraiolos Group"),
     I("call", [PIR, "Austria"], "2024-03-14")],
    [N("visit of Nataša Pirc Musar to Kenya", RUT),
     N("30th anniversary of diplomatic relations", VVT),
     N("joint visit of the two presidents to bilingual schools in Carinthia", "Austria")],
    [D("EU–Mercosur Partnership Agreement")])

# 9 Presidency of the Republic of Senegal, Council of Ministers communiqué (translated from French): capitals state
#   line, motto, PRESIDENCY, "COMMUNIQUÉ", no dateline city (the Palace of the Republic is a venue), capitalised
#   surnames, "The Head of State", capitals section heads; a visit "from 3 to 7 September 2024" and a summit
#   "from 4 to 6 September 2024", a past hosted ministerial, a co-chairmanship handed over, talks "on Thursday
#   5 September 2024" with an attendee, a witnessed ministers' signing, an initiative "launched by" the host,
#   an invitation, two undated sideline meetings, an own planned trip, a PM's "working session on Monday",
#   an agreement's long name in the legislative section, the spokesperson's closing signature
FAY, XI2, FAL, WWT2, SAS, GUT, FAK2, SON, GEM, DIB, SAR = (
    "Bassirou Diomaye Diakhar Faye", "Xi Jinping", "Yassine Fall", "Wang Wentao", "Denis Sassou Nguesso",
    "António Guterres", "Moussa Faki Mahamat", "Ousmane Sonko", "Edward Gemayel", "Cheikh Diba",
    "Amadou Moustapha Njekk Sarré")
SN, CN2, BJ = "Senegal", "China", "Beijing"
rec("sn-2024-09-11-council-of-ministers-faye-focac-beijing", "2024-09-11", None,
    [P(FAY, ["His Excellency Mr Bassirou Diomaye Diakhar FAYE"], ("Head of State", SN), ("President of the Republic", SN)),
     P(XI2, ["President Xi Jinping"], ("President", CN2)),
     P(FAL, ["Mrs Yassine FALL", "Mrs FALL"], ("Minister of African Integration and Foreign Affairs", SN)),
     P(WWT2, ["Mr Wang Wentao"], ("Minister of Commerce", CN2)),
     P(SAS, ["President Denis Sassou Nguesso"], ("President", "Republic of the Congo")),
     P(GUT, ["Mr António Guterres"], ("Secretary-General of the United Nations", None)),
     P(FAK2, ["Mr Moussa Faki Mahamat"], ("Chairperson of the African Union Commission", None)),
     P(SON, ["Mr Ousmane SONKO"], ("Prime Minister", SN)),
     P(GEM, ["Mr Edward Gemayel"]),
     P(DIB, ["Mr Cheikh DIBA"], ("Minister of Finance and Budget", SN)),
     P(SAR, [], ("Minister of Vocational and Technical Training", SN), ("Government Spokesperson", SN))],
    [E("Presidency of the Republic"),
     E("Council of Ministers"),
     E("Forum on China–Africa Cooperation", "FOCAC"),
     E("Ministry of Finance and Budget"),
     E("International Monetary Fund", "IMF"),
     E("United Nations General Assembly")],
    [E(SN, "Republic of Senegal"),
     E(CN2, "People's Republic of China", "Chinese"),
     E("Republic of the Congo")],
    [I("visit", [FAY, CN2], "2024-09-03"),
     I("multilateral", [FAY, SAS], "2024-09-04", BJ, name="Summit of the Forum on China–Africa Cooperation"),
     I("multilateral", [SN], "2021-11", "Dakar", name="Eighth Ministerial Conference of FOCAC"),
     I("meeting", [FAY, XI2, FAL], "2024-09-05", BJ),
     I("signing", [FAL, WWT2, FAY, XI2], "2024-09-05", BJ),
     I("meeting", [FAY, GUT], None, BJ),
     I("meeting", [FAY, FAK2], None, BJ),
     I("meeting", [SON, GEM], "2024-09-09")],
    [N("Global Development Initiative", XI2),
     N("visit of Xi Jinping to Senegal", FAY),
     N("79th session of the United Nations General Assembly", None),
     N("national transformation agenda \"Senegal 2050\"", None, "Senegal 2050")],
    [D("Agreement on Economic and Technical Cooperation between the Government of the Republic of Senegal and the "
       "Government of the People's Republic of China", "Agreement on Economic and Technical Cooperation")])

# 10 SPREP (sprep.org): issuer line, "Media release", dateline with the date first "15 November 2024, Baku,
#    Azerbaijan –"; an organisation–government MoU with a long name signed "on Wednesday" on the margins of a
#    conference opened "on Monday 11 November", witnessed by a prime minister, a possessive national plan, a
#    meeting "The same day", a past leaders' meeting "in August", "separate meetings" "On Thursday" (one with
#    an unnamed delegation), a state's bid, an advisory opinion "sought by" a state and its hearings, a video
#    call "Later on Thursday", a regional strategy, contact line
NAW, TAL, TEO, FIA, BOW, MIN = ("Sefanaia Nawadra", "Maina Vakafua Talia", "Feleti Teo", "Fiamē Naomi Mataʻafa",
                                "Chris Bowen", "Stuart Minchin")
SPREP, TV, BAKU = "SPREP", "Tuvalu", "Baku"
rec("sprep-2024-11-15-nawadra-tuvalu-memorandum-cop29-baku", "2024-11-15", BAKU,
    [P(NAW, ["Mr Sefanaia Nawadra", "Mr Nawadra"], ("Director General", SPREP)),
     P(TAL, ["Hon. Maina Vakafua Talia"], ("Minister of Home Affairs, Climate Change and Environment", TV)),
     P(TEO, ["Hon. Feleti Teo"], ("Prime Minister", TV)),
     P(FIA, ["Hon. Fiamē Naomi Mataʻafa"], ("Prime Minister", "Samoa")),
     P(BOW, ["Hon. Chris Bowen", "Minister Bowen"], ("Minister for Climate Change and Energy", "Australia")),
     P(MIN, ["Dr Stuart Minchin"], ("Director-General", "Pacific Community"))],
    [E(SPREP, "Secretariat of the Pacific Regional Environment Programme"),
     E("Pacific Islands Forum", "Forum"),
     E("International Court of Justice"),
     E("Pacific Community", "SPC"),
     E("Communications and Outreach team")],
    [E("Azerbaijan", "Government of Azerbaijan"),
     E(TV, "Government of Tuvalu"),
     E("Samoa"),
     E("Tonga"),
     E("Australia"),
     E("Vanuatu")],
    [I("multilateral", [NAW], "2024-11-11", BAKU, name="29th session of the Conference of the Parties"),
     I("signing", [NAW, TAL, TEO], "2024-11-13", BAKU),
     I("meeting", [NAW, FIA], "2024-11-13", BAKU),
     I("multilateral", ["Pacific Islands Forum"], "2024-08", "Nukuʻalofa", name="53rd Leaders Meeting"),
     I("meeting", [NAW, BOW], "2024-11-14", BAKU),
     I("meeting", [NAW, "Vanuatu"], "2024-11-14", BAKU),
     I("call", [NAW, MIN], "2024-11-14")],
    [N("Te Lafiga o Tuvalu", TV),
     N("national adaptation plan", "Samoa"),
     N("Pacific Resilience Facility", "Pacific Islands Forum"),
     N("bid to host COP31", "Australia"),
     N("climate change advisory opinion", "Vanuatu"),
     N("public hearings of the International Court of Justice", None)],
    [D("Memorandum of Understanding on Long-Term Adaptation Planning and Climate Finance Readiness"),
     D("2050 Strategy for the Blue Pacific Continent")])

# 11 Office of the President of South Sudan, Press Unit: capitals title and issuer block, dateline "State House
#    J1, Juba – 17 July 2024:", "H.E.", "Hon.", "Lt. Gen. (Rtd)"; a mediator's audience "this morning" with two
#    attendees and a delivered message, his arrival "on Tuesday", an initiative "of President William Ruto",
#    a proposal, a draft consensus and a 2018 agreement signed by two named leaders "in Addis Ababa in September
#    2018", a scheduled election, a UN envoy "Later in the morning", a call "In the afternoon" with a named
#    "Sudanese counterpart" who has a title, a state's offer to mediate, -END-, closing unit line
KII, SUM, RUT3, PIT, KUO, MAC, HAY, BUR = (
    "Salva Kiir Mayardit", "Lazarus Sumbeiywo", "William Ruto", "James Pitia Morgan", "Kuol Manyang Juuk",
    "Riek Machar Teny", "Nicholas Haysom", "Abdel Fattah al-Burhan")
SS, JUB = "South Sudan", "Juba"
rec("ss-2024-07-17-kiir-sumbeiywo-ruto-message-juba", "2024-07-17", JUB,
    [P(KII, ["H.E. Salva Kiir Mayardit", "President Kiir"], ("President", SS)),
     P(SUM, ["Lt. Gen. (Rtd) Lazarus Sumbeiywo", "Gen. Sumbeiywo"], ("Chief Mediator of the Tumaini Initiative", None)),
     P(RUT3, ["H.E. William Ruto", "President William Ruto", "President Ruto"], ("President", "Kenya")),
     P(PIT, ["Hon. James Pitia Morgan"], ("Minister of Foreign Affairs and International Cooperation", SS)),
     P(KUO, ["Hon. Kuol Manyang Juuk"], ("head of the Government delegation to the Tumaini talks", SS)),
     P(MAC, ["Dr. Riek Machar Teny"], ("First Vice President", SS)),
     P(HAY, [], ("Special Representative of the UN Secretary-General", None), ("Head of UNMISS", "UNMISS")),
     P(BUR, ["General Abdel Fattah al-Burhan"], ("Chairman of the Transitional Sovereignty Council", "Sudan"))],
    [E("Office of the President"),
     E("Press Unit"),
     E("UNMISS", "United Nations Mission in South Sudan"),
     E("National Elections Commission"),
     E("Sudanese Armed Forces"),
     E("Rapid Support Forces")],
    [E(SS, "Republic of South Sudan"),
     E("Kenya", "Republic of Kenya"),
     E("Sudan", "Sudanese")],
    [I("meeting", [KII, SUM, PIT, KUO], "2024-07-17", JUB),
     I("correspondence", [RUT3, KII], "2024-07-17", JUB),
     I("visit", [SUM, SS], "2024-07-16", JUB),
     I("signing", [KII, MAC], "2018-09", "Addis Ababa"),
     I("meeting", [KII, HAY], "2024-07-17", JUB),
     I("call", [KII, BUR], "2024-07-17")],
    [N("Tumaini Initiative", RUT3),
     N("resumption of the Tumaini talks", SUM),
     N("general elections scheduled for December 2024", None),
     N("offer to mediate between the Sudanese Armed Forces and the Rapid Support Forces", SS)],
    [D("Revitalized Agreement on the Resolution of the Conflict in the Republic of South Sudan", "R-ARCSS"),
     D("Tumaini Consensus")])

# 12 Parliament of the Republic of South Africa: issuer line, MEDIA STATEMENT, the house dateline "Parliament,
#    Wednesday, 27 November 2024 –" (no city), "Ms", "Dr"; a speakers' MoU with a long name after talks with an
#    attendee, an official visit begun "on Monday" that ends "tomorrow", a courtesy call "On Tuesday", a phone
#    call "last week", a first meeting "in Luanda, Angola, in July on the sidelines of" a plenary, a "called for"
#    transformation, a proposal, a chairmanship, an invitation to a return visit, a courtesy call planned for
#    "Tomorrow", capitals closing "ISSUED BY" line
DID, MUT, LOT, MTS, MAS2 = ("Thoko Didiza", "Nelly Mutti", "Annelie Lotriet", "Refilwe Mtsweni-Tsipane",
                            "Paul Mashatile")
ZA2, ZM, CPT, PRSA = "South Africa", "Zambia", "Cape Town", "Parliament of the Republic of South Africa"
rec("za-2024-11-27-didiza-mutti-parliament-memorandum-cape-town", "2024-11-27", None,
    [P(DID, ["Ms Thoko Didiza", "Speaker Didiza"], ("Speaker of the National Assembly", ZA2)),
     P(MUT, ["Ms Nelly Mutti", "Speaker Mutti"], ("Speaker of the National Assembly", ZM)),
     P(LOT, ["Dr Annelie Lotriet"], ("Deputy Speaker", ZA2)),
     P(MTS, ["Ms Refilwe Mtsweni-Tsipane"], ("Chairperson of the National Council of Provinces", ZA2)),
     P(MAS2, ["Mr Paul Mashatile"], ("Deputy President", ZA2))],
    [E(PRSA, "Parliament"),
     E("SADC Parliamentary Forum"),
     E("G20"),
     E("Parliamentary Communication Services")],
    [E(ZA2, "Republic of South Africa"), E(ZM, "Zambian", "Republic of Zambia"), E("Angola")],
    [I("meeting", [DID, MUT, LOT], "2024-11-27", CPT),
     I("signing", [DID, MUT], "2024-11-27", CPT),
     I("visit", [MUT, ZA2], "2024-11-25", CPT),
     I("meeting", [MUT, MTS], "2024-11-26", CPT),
     I("call", [DID, MUT], "2024-11"),
     I("meeting", [DID, MUT], "2024-07", "Luanda"),
     I("multilateral", [DID, MUT], "2024-07", "Luanda", name="55th Plenary Assembly of the SADC Parliamentary Forum")],
    [N("transformation of the SADC Parliamentary Forum into a SADC Parliament", DID),
     N("joint session of the two Parliaments' trade committees", MUT),
     N("North–South Corridor", None),
     N("visit of Thoko Didiza to Zambia", MUT),
     N("meeting of Nelly Mutti with Paul Mashatile", None)],
    [D("Memorandum of Understanding on Cooperation between the Parliament of the Republic of South Africa and the "
       "National Assembly of the Republic of Zambia")])

check_and_write(GOLD)
