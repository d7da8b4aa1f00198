#!/usr/bin/env python3
"""Writes gold/<stem>.json for blind42 from the compact records below, then checks them.

Checks: those of ``gold_records.check_and_write`` (every check must pass before anything is written).

Run from /work/blind42:  python3 tools/make_gold.py
"""
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent  # /work/blind42
sys.path.insert(0, "/work/main/tests")  # the shared constructors (imported, never modified)
sys.path.insert(0, "/work/shared/eval")  # the scorer, for its name key and Resolver
import score  # noqa: E402
from gold_records import D, E, GoldWriter, I, N, P, check_and_write  # noqa: E402

GOLD = GoldWriter(ROOT)
rec = GOLD.rec

# 1 IORA Secretariat: issuer lines (Association, "Secretariat, Ebene, Mauritius"), rubric "Media Release | 12 October
#   2023", dateline "Colombo, Sri Lanka, 12 October 2023 –", "H.E.", "PC", "yesterday", "on Tuesday", a preparatory
#   senior officials' meeting, handover of the Chair (ceremony), sideline meetings incl. an unnamed head of delegation
WIC, SAB, MOM, JAI, FAR, MOD = ("Ranil Wickremesinghe", "M.U.M. Ali Sabry", "A.K. Abdul Momen", "S. Jaishankar",
                                "Salman Al Farisi", "Narendra Modi")
LK, BD, IN, OM = ("Democratic Socialist Republic of Sri Lanka", "People's Republic of Bangladesh", "Republic of India",
                  "Sultanate of Oman")
IORA = "Indian Ocean Rim Association"
rec("iora-2023-10-12-colombo-council-of-ministers", "2023-10-12", "Colombo",
    [P(WIC, [], ("President", LK)),
     P(SAB, ["Minister Sabry"], ("Minister of Foreign Affairs", LK)),
     P(MOM, [], ("Foreign Minister", BD)),
     P(JAI, ["Dr. Jaishankar"], ("External Affairs Minister", IN)),
     P(FAR, [], ("Secretary-General", IORA)),
     P(MOD, [], ("Prime Minister", IN))],
    [E(IORA, "IORA"),
     E("IORA Secretariat"),
     E("IORA Council of Ministers", "COM", "Council of Ministers"),
     E("Committee of Senior Officials", "CSO"),
     E("Working Group on Maritime Safety and Security")],
    [E(LK, "Sri Lanka"),
     E(BD, "Bangladesh"),
     E(IN, "India"),
     E(OM, "Oman"),
     E("Mauritius")],
    [I("multilateral", [WIC, SAB, MOM, JAI, FAR], "2023-10-11", "Colombo",
       name="23rd Meeting of the IORA Council of Ministers"),
     I("multilateral", [], "2023-10-10", "Colombo", name="meeting of the Committee of Senior Officials"),
     I("visit", [JAI, LK], "2023-10-10", "Colombo"),
     I("meeting", [FAR, SAB], "2023-10-11", "Colombo"),
     I("meeting", [FAR, JAI], "2023-10-11", "Colombo"),
     I("meeting", [FAR, OM], "2023-10-11", "Colombo"),
     I("multilateral", [], "2017-03", "Jakarta", name="first IORA Leaders' Summit"),
     I("multilateral", [], None, "Dhaka", name="22nd Meeting of the Council of Ministers")],
    [N("Security and Growth for All in the Region", MOD, "SAGAR vision", "SAGAR"),
     N("second IORA Leaders' Summit", SAB),
     N("IORA regional centre for ocean data and disaster early warning", SAB),
     N("24th Meeting of the Council of Ministers", None)],
    [D("Colombo Communiqué"),
     D("IORA Outlook on the Indo-Pacific"),
     D("Jakarta Concord")])

# 2 SAARC Secretariat: Association and Secretariat lines, PRESS RELEASE, no dateline, "yesterday evening",
#   "This morning", "on Friday", closing block "SAARC Secretariat / Kathmandu / 16 March 2020", a summit held by video,
#   a head of government represented by an aide, an unnamed ambassador
MOD2, GHA, HAS, TSH, SOL, OLI, RAJ, MIR, WEE, GYA = (
    "Narendra Modi", "Mohammad Ashraf Ghani", "Sheikh Hasina", "Lotay Tshering", "Ibrahim Mohamed Solih",
    "K.P. Sharma Oli", "Gotabaya Rajapaksa", "Zafar Mirza", "Esala Ruwan Weerakoon", "Pradeep Kumar Gyawali")
SAARC = "South Asian Association for Regional Cooperation"
rec("saarc-2020-03-16-leaders-video-conference-covid19", "2020-03-16", "Kathmandu",
    [P(MOD2, ["Prime Minister Modi"], ("Prime Minister", "India")),
     P(GHA, ["President Ghani"], ("President", "Afghanistan")),
     P(HAS, [], ("Prime Minister", "Bangladesh")),
     P(TSH, [], ("Prime Minister", "Bhutan")),
     P(SOL, [], ("President", "Maldives")),
     P(OLI, [], ("Prime Minister", "Nepal")),
     P(RAJ, [], ("President", "Sri Lanka")),
     P(MIR, ["Dr. Mirza"], ("Special Assistant to the Prime Minister on Health", "Pakistan")),
     P(WEE, ["Secretary General Weerakoon"], ("Secretary General", SAARC)),
     P(GYA, ["Minister Gyawali"], ("Minister for Foreign Affairs", "Nepal"))],
    [E(SAARC, "SAARC"),
     E("SAARC Secretariat"),
     E("SAARC Disaster Management Centre")],
    [E("Afghanistan"), E("Bangladesh"), E("Bhutan"), E("India"), E("Maldives"), E("Nepal"), E("Sri Lanka"),
     E("Pakistan", "Pakistani")],
    [I("multilateral", [GHA, HAS, TSH, MOD2, SOL, OLI, RAJ, MIR, WEE], "2020-03-15",
       name="Video Conference of SAARC Leaders on COVID-19"),
     I("multilateral", [], "2014-11", "Kathmandu", name="18th SAARC Summit"),
     I("call", [WEE, GYA], "2020-03-16"),
     I("meeting", [WEE, "Pakistan"], "2020-03-13", "Kathmandu")],
    [N("COVID-19 Emergency Fund", MOD2),
     N("common framework for telemedicine in the region", GHA),
     N("video conference of SAARC Health Ministers", MIR),
     N("19th SAARC Summit", "Pakistan")],
    [D("Kathmandu Declaration")])

# 3 State Information Service, Egypt: issuer line, breadcrumb, weekday stamp "Sunday, 27 June 2021 - 07:45 PM", no
#   dateline, "on Sunday", reported spokesman, airport welcome, three successive meetings and a tripartite summit in one
#   day, past summit "last August", projects, possessive project "he had put forward", invitation to the next summit
SIS_, RAD, KAD, SAL, ABD = ("Abdel Fattah El-Sisi", "Bassam Radi", "Mustafa Al-Kadhimi", "Barham Salih", "Abdullah II")
rec("eg-2021-06-27-sisi-baghdad-tripartite-summit", "2021-06-27", None,
    [P(SIS_, ["President Abdel Fattah El-Sisi", "President El-Sisi"], ("President", "Egypt")),
     P(RAD, ["Ambassador Bassam Radi"], ("Spokesman for the Presidency of the Republic", "Egypt")),
     P(KAD, ["Al-Kadhimi"], ("Prime Minister", "Republic of Iraq")),
     P(SAL, [], ("President", "Republic of Iraq")),
     P(ABD, ["King Abdullah II"], ("King", "Jordan"))],
    [E("State Information Service"),
     E("Egyptian-Iraqi Higher Committee"),
     E("Arab League")],
    [E("Egypt", "Egyptian"),
     E("Republic of Iraq", "Iraq", "Iraqi"),
     E("Jordan", "Jordanian"),
     E("Palestine", "Palestinian")],
    [I("visit", [SIS_, "Republic of Iraq"], "2021-06-27", "Baghdad"),
     I("meeting", [SIS_, KAD], "2021-06-27", "Baghdad"),
     I("meeting", [SAL, SIS_], "2021-06-27", "Baghdad"),
     I("meeting", [SIS_, ABD], "2021-06-27", "Baghdad"),
     I("multilateral", [SIS_, ABD, KAD], "2021-06-27", "Baghdad",
       name="fourth tripartite summit between Egypt, Iraq and Jordan"),
     I("multilateral", [SIS_, ABD, KAD], "2020-08", "Amman", name="third summit")],
    [N("electrical interconnection of the three grids", None),
     N("Basra-Aqaba oil pipeline", None),
     N("New Levant", KAD, "New Levant project"),
     N("joint executive secretariat to follow up on the implementation of the summit's decisions", SIS_),
     N("fifth summit", SIS_)],
    [D("Final Communiqué of the Baghdad Tripartite Summit")])

# 4 Ministry of Foreign Affairs and Expatriates, Jordan: state and ministry lines, rubric "Press Releases |
#   11/02/2025", dateline "Amman –" without date, "today", "yesterday", "the Kingdom", talks and MoU signing, a written
#   message handed over by the host minister, past sideline meeting "last November", a call with an unnamed Omani
#   counterpart, a call "yesterday evening", a spokesman
SAF, HAS2, ABD2, ANW, ABT, QUD = ("Ayman Safadi", "Mohamad bin Haji Hasan", "Abdullah II", "Anwar Ibrahim",
                                  "Badr Abdelatty", "Sufian Qudah")
JO = "Hashemite Kingdom of Jordan"
MFAE = "Ministry of Foreign Affairs and Expatriates"
rec("jo-2025-02-11-safadi-mohamad-hasan-amman", "2025-02-11", "Amman",
    [P(SAF, ["Safadi"], ("Deputy Prime Minister", JO), ("Minister of Foreign Affairs and Expatriates", JO)),
     P(HAS2, ["Dato' Seri Utama Haji Mohamad bin Haji Hasan", "Mohamad Hasan"], ("Foreign Minister", "Malaysia")),
     P(ABD2, ["King Abdullah II"], ("King", JO)),
     P(ANW, ["Prime Minister Anwar Ibrahim"], ("Prime Minister", "Malaysia")),
     P(ABT, [], ("Foreign Minister", "Egypt")),
     P(QUD, ["Ambassador Sufian Qudah"], ("spokesman", MFAE))],
    [E(MFAE),
     E("Organisation of Islamic Cooperation"),
     E("United Nations"),
     E("ASEAN"),
     E("Jordan Hashemite Charity Organization")],
    [E(JO, "Jordan", "Jordanian"),
     E("Malaysia", "Malaysian"),
     E("Egypt", "Egyptian"),
     E("Oman", "Omani")],
    [I("visit", [HAS2, JO], "2025-02-10"),
     I("meeting", [SAF, HAS2], "2025-02-11", "Amman"),
     I("signing", [SAF, HAS2], "2025-02-11", "Amman"),
     I("correspondence", [ABD2, ANW], "2025-02-11", "Amman"),
     I("meeting", [SAF, HAS2], "2024-11", "Riyadh"),
     I("multilateral", [SAF, HAS2], "2024-11", "Riyadh", name="joint Arab-Islamic extraordinary summit"),
     I("call", [SAF, "Oman"], "2025-02-11"),
     I("call", [SAF, ABT], "2025-02-10")],
    [N("Arab plan for the reconstruction of Gaza", "Egypt", "Egyptian plan"),
     N("emergency Arab summit", None),
     N("Jordanian airdrops of aid to the Strip", JO),
     N("Jordanian-Malaysian business council", HAS2),
     N("visit of Ayman Safadi to Malaysia", HAS2),
     N("next round of political consultations", None)],
    [D("Memorandum of Understanding on Political Consultations between the Ministry of Foreign Affairs and "
       "Expatriates of the Hashemite Kingdom of Jordan and the Ministry of Foreign Affairs of Malaysia")])

# 5 Federal National Council, UAE: issuer line, rubric "Media Centre | News", stamp "27 Sep 2022", capitals dateline
#   with an ordinal date "ABU DHABI, 27th September, 2022 –", "His Excellency", a parliamentary delegation's visit
#   reaching a second city, talks with an attendee, MoU between the two councils, past IPU sideline meeting, planned
#   COP28, proposal, invitation, a morning call at the Foreign Ministry, past consultations between the two countries
GHO, NAS, NUA, MAR = "Saqr Ghobash", "Mohamed Nasheed", "Ali Rashid Al Nuaimi", "Khalifa Shaheen Almarar"
AE, MV, FNC = "United Arab Emirates", "Maldives", "Federal National Council"
rec("ae-2022-09-27-ghobash-nasheed-fnc-abu-dhabi", "2022-09-27", "ABU DHABI",
    [P(GHO, ["Ghobash"], ("Speaker of the Federal National Council", AE)),
     P(NAS, ["Nasheed"], ("Speaker of the People's Majlis", MV), ("Ambassador of the Climate Vulnerable Forum", None)),
     P(NUA, ["Dr. Ali Rashid Al Nuaimi"], ("Chairman of the Defence, Interior and Foreign Affairs Committee", FNC)),
     P(MAR, [], ("Minister of State", AE))],
    [E(FNC, "FNC"),
     E("People's Majlis"),
     E("Inter-Parliamentary Union"),
     E("Ministry of Foreign Affairs and International Cooperation")],
    [E(AE, "UAE", "Emirates"),
     E(MV, "Republic of Maldives", "Maldivian")],
    [I("visit", [NAS, AE], "2022-09-25"),
     I("meeting", [GHO, NAS, NUA], "2022-09-27", "Abu Dhabi"),
     I("signing", [GHO, NAS], "2022-09-27", "Abu Dhabi"),
     I("meeting", [GHO, NAS], "2022-03", "Nusa Dua"),
     I("multilateral", [GHO, NAS], "2022-03", "Nusa Dua", name="144th Assembly of the Inter-Parliamentary Union"),
     I("meeting", [MAR, NAS], "2022-09-27", "Abu Dhabi"),
     I("meeting", [AE, MV], "2022-05", "Malé")],
    [N("28th Conference of the Parties to the United Nations Framework Convention on Climate Change", None, "COP28"),
     N("UAE–Maldives parliamentary friendship group", NAS),
     N("visit of Saqr Ghobash to Maldives", NAS)],
    [D("Memorandum of Understanding on Parliamentary Cooperation between the Federal National Council and the "
       "People's Majlis")])

# 6 Lok Sabha Secretariat: capitals issuer with its wing, PRESS RELEASE, date line "New Delhi, 14 October 2023",
#   "Shri", "Dr. (H.C.)", meetings "on Thursday evening", "On Friday", "Today", "Later today", attendees, past P20
#   summit, a head of delegation left unnamed, launched movement, invitations, proposal, adopted statement, "***" and
#   initials trailer
BIR, MOD3, PAC, UKS, PUA, ALS, HAR = ("Om Birla", "Narendra Modi", "Duarte Pacheco", "Utpal Kumar Singh",
                                      "Puan Maharani", "Abdullah bin Mohammed bin Ibrahim Al Al-Sheikh", "Harivansh")
SA = "Kingdom of Saudi Arabia"
rec("in-2023-10-14-birla-p20-bilateral-meetings", "2023-10-14", "New Delhi",
    [P(BIR, ["Shri Om Birla", "Shri Birla"], ("Lok Sabha Speaker", "India")),
     P(MOD3, ["Shri Narendra Modi"], ("Prime Minister", "India")),
     P(PAC, ["Mr. Pacheco"], ("President", "Inter-Parliamentary Union")),
     P(UKS, ["Shri Utpal Kumar Singh"], ("Secretary General of Lok Sabha", "India")),
     P(PUA, ["Dr. Maharani"], ("Speaker of the House of Representatives", "Republic of Indonesia")),
     P(ALS, ["Sheikh Dr. Abdullah bin Mohammed bin Ibrahim Al Al-Sheikh", "Dr. Al Al-Sheikh"],
       ("Chairman of the Shura Council", SA)),
     P(HAR, ["Shri Harivansh"], ("Deputy Chairman of Rajya Sabha", "India"))],
    [E("Lok Sabha Secretariat"),
     E("Inter-Parliamentary Union", "IPU"),
     E("Dewan Perwakilan Rakyat", "DPR", "House of Representatives of the Republic of Indonesia"),
     E("G20"),
     E("Parliamentary Research and Training Institute for Democracies", "PRIDE")],
    [E("India", "Indian"),
     E("Republic of Indonesia", "Indonesia"),
     E(SA, "Saudi Arabia"),
     E("Brazil", "Brazilian")],
    [I("multilateral", [BIR, MOD3, PAC, PUA, ALS, "Brazil"], "2023-10-13", "New Delhi",
       name="9th G20 Parliamentary Speakers' Summit"),
     I("meeting", [BIR, PAC, UKS], "2023-10-12", "New Delhi"),
     I("meeting", [BIR, PUA], "2023-10-13", "New Delhi"),
     I("meeting", [BIR, PUA], "2022-10", "Jakarta"),
     I("multilateral", [BIR, PUA], "2022-10", "Jakarta", name="8th P20 Summit"),
     I("meeting", [BIR, ALS, HAR], "2023-10-14", "New Delhi"),
     I("meeting", [BIR, "Brazil"], "2023-10-14", "New Delhi")],
    [N("Mission LiFE", MOD3),
     N("147th IPU Assembly", None),
     N("parliamentary meeting of the 10th World Water Forum", PUA),
     N("India–Saudi Arabia Parliamentary Friendship Group", BIR),
     N("visit of Om Birla to Saudi Arabia", ALS),
     N("next P20 Summit", None)],
    [D("P20 Joint Statement")])

# 7 Senate of Pakistan: capitals issuer, PRESS RELEASE, dateline run into the first sentence "Islamabad, May 11, 2023:",
#   "Chairman Senate", "expressed these views while", "on Thursday", "On Wednesday evening", a sideline meeting with an
#   attendee and an MoU, an invitation, a past IPU sideline meeting "in March", a proposal, an unnamed deputy speaker,
#   a conference to conclude with a declaration, "***"
SAN, MAA, AFR, ABE = ("Muhammad Sadiq Sanjrani", "Khalid bin Hilal Al Maawali", "Mirza Muhammad Afridi",
                      "Mahinda Yapa Abeywardena")
PK, OM2 = "Pakistan", "Sultanate of Oman"
rec("pk-2023-05-11-sanjrani-speakers-conference-islamabad", "2023-05-11", "Islamabad",
    [P(SAN, ["Chairman Senate Muhammad Sadiq Sanjrani", "Sadiq Sanjrani", "Sanjrani"], ("Chairman Senate", PK)),
     P(MAA, ["Sheikh Khalid bin Hilal Al Maawali", "Sheikh Khalid"], ("Chairman of Majlis Ash'shura", OM2)),
     P(AFR, ["Deputy Chairman Senate Mirza Muhammad Afridi"], ("Deputy Chairman Senate", PK)),
     P(ABE, [], ("Speaker of the Parliament", "Sri Lanka"))],
    [E("Senate of Pakistan"),
     E("Majlis Ash'shura"),
     E("Inter-Parliamentary Union")],
    [E(PK, "Pakistani"),
     E(OM2, "Oman", "Omani"),
     E("Sri Lanka"),
     E("Iran")],
    [I("multilateral", [SAN, MAA, ABE], "2023-05-11", "Islamabad", name="Inter-Parliamentary Speakers' Conference"),
     I("meeting", [SAN, MAA, AFR], "2023-05-11", "Islamabad"),
     I("signing", [SAN, MAA], "2023-05-11", "Islamabad"),
     I("meeting", [SAN, ABE], "2023-05-10", "Islamabad"),
     I("visit", [ABE, PK], "2023-05-10", "Islamabad"),
     I("meeting", [SAN, ABE], "2023-03", "Manama"),
     I("multilateral", [SAN, ABE], "2023-03", "Manama", name="146th Assembly of the Inter-Parliamentary Union"),
     I("meeting", [SAN, "Iran"], "2023-05-11", "Islamabad")],
    [N("visit of Muhammad Sadiq Sanjrani to Oman", MAA),
     N("Pakistan–Sri Lanka Parliamentary Friendship Group", ABE),
     N("Pakistan–Iran gas pipeline project", None),
     N("permanent secretariat of the Inter-Parliamentary Speakers' Conference", SAN)],
    [D("Memorandum of Understanding on Parliamentary Cooperation between the Senate of Pakistan and the Majlis "
       "Ash'shura"),
     D("Pakistan–Sri Lanka Free Trade Agreement"),
     D("Islamabad Declaration")])

# 8 Philippine News Agency: headline with "PBBM", stamp "May 29, 2024, 6:52 pm", byline, capitals dateline without
#   date "BANDAR SERI BEGAWAN –", "on Wednesday", "here", "the Chief Executive", witnessed exchange of two MoUs,
#   PCO secretary as source, own UNSC bid, past summit sideline meeting "in March", invitation, planned keynote abroad,
#   "(PNA)", Related Stories
MAR2, HB, MAN, ERY, GAR, VIL = ("Ferdinand R. Marcos Jr.", "Hassanal Bolkiah", "Enrique Manalo", "Erywan Pehin Yusof",
                                "Cheloy Velicaria-Garafil", "Liza Mae Villanueva")
BN, PH = "Brunei Darussalam", "Philippines"
rec("ph-2024-05-29-marcos-hassanal-bolkiah-brunei-state-visit", "2024-05-29", "BANDAR SERI BEGAWAN",
    [P(MAR2, ["President Ferdinand R. Marcos Jr.", "PBBM", "Marcos"], ("President", PH)),
     P(HB, ["Sultan Hassanal Bolkiah"], ("Sultan", BN)),
     P(MAN, ["Foreign Affairs Secretary Enrique Manalo"], ("Foreign Affairs Secretary", PH)),
     P(ERY, ["Dato Erywan Pehin Yusof"], ("Second Minister of Foreign Affairs", BN)),
     P(GAR, [], ("Secretary", "Presidential Communications Office")),
     P(VIL, [])],
    [E("Presidential Communications Office", "PCO"),
     E("United Nations Security Council"),
     E("ASEAN"),
     E("Philippines-Brunei Joint Commission for Bilateral Cooperation")],
    [E(PH, "Filipino", "PH"),
     E(BN, "Brunei"),
     E("Singapore")],
    [I("visit", [MAR2, BN], "2024-05-28", "Bandar Seri Begawan"),
     I("meeting", [MAR2, HB], "2024-05-29", "Bandar Seri Begawan"),
     I("signing", [MAN, ERY, MAR2, HB], "2024-05-29", "Bandar Seri Begawan"),
     I("meeting", [MAR2, HB], "2024-03", "Melbourne"),
     I("multilateral", [MAR2, HB], "2024-03", "Melbourne", name="ASEAN special summit")],
    [N("next meeting of the Philippines-Brunei Joint Commission for Bilateral Cooperation", MAR2),
     N("bid for a non-permanent seat on the United Nations Security Council for 2027-2028", PH),
     N("visit of Hassanal Bolkiah to the Philippines", MAR2),
     N("21st Shangri-La Dialogue", None)],
    [D("Memorandum of Understanding on Maritime Cooperation"),
     D("Memorandum of Understanding on Cooperation in Tourism")])

# 9 ANTARA: stamp "25th January 2025 18:10", dateline "New Delhi (ANTARA) -" without date, "on Saturday", "here",
#   "Earlier in the day", "on Thursday evening", "On Sunday", talks in two formats with attendees, ministers' signing
#   witnessed by the leaders, a second meeting with the head of state, launched programme, invitation, proposal, past
#   G20 sideline meeting, planned parade and onward trip, "Related news", reporter/editor/copyright trailer
PRA, MOD4, SUG, JAI2, MUR, SUK, DKS, AFI = ("Prabowo Subianto", "Narendra Modi", "Sugiono", "S. Jaishankar",
                                           "Droupadi Murmu", "Sukarno", "Dewi Kartika Sari", "Andi Firmansyah")
rec("id-2025-01-25-prabowo-modi-hyderabad-house", "2025-01-25", "New Delhi",
    [P(PRA, ["President Prabowo Subianto", "Prabowo"], ("President", "Indonesia")),
     P(MOD4, ["Indian Prime Minister Narendra Modi", "Modi"], ("Prime Minister", "India")),
     P(SUG, ["Foreign Minister Sugiono"], ("Foreign Minister", "Indonesia")),
     P(JAI2, ["Jaishankar"], ("External Affairs Minister", "India")),
     P(MUR, ["President Droupadi Murmu"], ("President", "India")),
     P(SUK, [], ("first president", "Indonesia")),
     P(DKS, []),
     P(AFI, [])],
    [E("BRICS"),
     E("Indonesian National Armed Forces")],
    [E("Indonesia", "Indonesian"),
     E("India", "Indian"),
     E("Brazil"),
     E("Malaysia")],
    [I("visit", [PRA, "India"], "2025-01-23", "New Delhi"),
     I("meeting", [PRA, MOD4, SUG, JAI2], "2025-01-25", "New Delhi"),
     I("signing", [SUG, JAI2, PRA, MOD4], "2025-01-25", "New Delhi"),
     I("meeting", [PRA, MUR], "2025-01-25", "New Delhi"),
     I("meeting", [PRA, MOD4], "2024-11", "Rio de Janeiro"),
     I("multilateral", [PRA, MOD4], "2024-11", "Rio de Janeiro", name="G20 Summit")],
    [N("free nutritious meal programme", PRA),
     N("visit of Narendra Modi to Indonesia", PRA),
     N("joint working group on the development of the defense industry", PRA),
     N("review of the ASEAN-India Trade in Goods Agreement", None),
     N("Republic Day parade", None),
     N("visit of Prabowo Subianto to Malaysia", None)],
    [D("Memorandum of Understanding on Health Cooperation"),
     D("Memorandum of Understanding on Maritime Safety and Security Cooperation"),
     D("ASEAN-India Trade in Goods Agreement", "AITIGA")])

# 10 Royal Thai Government: issuer line, rubric "Government House | News | 20/10/2023", no dateline, lead
#    "Today (20 October 2023) at 10.00 hrs. (local time)", long office strings ("Prime Minister and Minister of
#    Finance"), summit with sideline meetings, the eve's bilateral meeting with an attendee, past visit of a former
#    prime minister, proposals, invitation, supported bid, spokesperson, "Source:" line
SRE, MBS, MIS, BUD, PAR, PRY, CHA = ("Srettha Thavisin", "Mohammed bin Salman bin Abdulaziz Al Saud",
                                     "Mishal Al-Ahmad Al-Jaber Al-Sabah", "Jasem Mohamed Albudaiwi",
                                     "Parnpree Bahiddha-Nukara", "Prayut Chan-o-cha", "Chai Wacharonke")
TH, KSA, KW = "Thailand", "Kingdom of Saudi Arabia", "State of Kuwait"
rec("th-2023-10-20-srettha-asean-gcc-summit-riyadh", "2023-10-20", None,
    [P(SRE, ["Mr. Srettha Thavisin", "Mr. Srettha"], ("Prime Minister", TH), ("Minister of Finance", TH)),
     P(MBS, ["Prince Mohammed bin Salman bin Abdulaziz Al Saud"], ("Crown Prince", KSA), ("Prime Minister", KSA)),
     P(MIS, ["Sheikh Mishal Al-Ahmad Al-Jaber Al-Sabah"], ("Crown Prince", KW)),
     P(BUD, ["Mr. Jasem Mohamed Albudaiwi"], ("Secretary-General", "Gulf Cooperation Council")),
     P(PAR, ["Mr. Parnpree Bahiddha-Nukara"], ("Deputy Prime Minister", TH), ("Minister of Foreign Affairs", TH)),
     P(PRY, ["General Prayut Chan-o-cha"], ("Prime Minister", TH)),
     P(CHA, ["Mr. Chai Wacharonke"], ("Government Spokesperson", TH))],
    [E("Association of Southeast Asian Nations", "ASEAN"),
     E("Gulf Cooperation Council", "GCC"),
     E("Saudi-Thai Coordination Council"),
     E("Government Public Relations Department")],
    [E(TH, "Thai", "Royal Thai Government"),
     E(KSA, "Saudi Arabia", "Saudi"),
     E(KW, "Kuwait", "Kuwaiti")],
    [I("multilateral", [SRE, MBS, MIS, BUD], "2023-10-20", "Riyadh", name="ASEAN-GCC Summit"),
     I("meeting", [SRE, MIS], "2023-10-20", "Riyadh"),
     I("meeting", [SRE, BUD], "2023-10-20", "Riyadh"),
     I("visit", [SRE, KSA], "2023-10-19", "Riyadh"),
     I("meeting", [SRE, MBS, PAR], "2023-10-19", "Riyadh"),
     I("visit", [PRY, KSA], "2022-01", "Riyadh")],
    [N("Thailand-GCC free trade agreement", SRE),
     N("first meeting of the Saudi-Thai Coordination Council", SRE),
     N("visit of Mohammed bin Salman bin Abdulaziz Al Saud to Thailand", SRE),
     N("bid to host World Expo 2030", KSA)],
    [D("Joint Statement of the ASEAN-GCC Summit"),
     D("ASEAN-GCC Framework of Cooperation 2024-2028")])

# 11 President Office, Myanmar: issuer lines, rubric "News | 10 October" without year (meta.json), capitals dateline
#    "NAY PYI TAW, 10 Oct —", "U", "Dato", four credentials with a minister present, discussions with each envoy, a
#    conveyed invitation, an envoy's proposal, a past state visit and talks "in January", a working visit reaching a
#    second city, a past visit "in December last year", "— MNA" trailer
WIN, CHK, SLM, JAN, RHW, KYT, PRY2, SIR, LIM = (
    "Win Myint", "Chakrit Wongsuwan", "Salim bin Nasser Al Harthy", "Janaka Ruwan Perera", "Rachmat Hidayat Wibowo",
    "Kyaw Tin", "Prayut Chan-o-cha", "Maithripala Sirisena", "Lim Jock Hoi")
MM, TH2, OM3, LK2, ID2 = ("Republic of the Union of Myanmar", "Kingdom of Thailand", "Sultanate of Oman",
                          "Democratic Socialist Republic of Sri Lanka", "Republic of Indonesia")
rec("mm-2019-10-10-win-myint-credentials-lim-jock-hoi", "2019-10-10", "NAY PYI TAW",
    [P(WIN, ["U Win Myint", "President U Win Myint"], ("President", MM)),
     P(CHK, ["Mr. Chakrit Wongsuwan", "Ambassador Chakrit"], ("Ambassador", TH2)),
     P(SLM, ["Mr. Salim bin Nasser Al Harthy"], ("Ambassador", OM3)),
     P(JAN, ["Mr. Janaka Ruwan Perera"], ("Ambassador", LK2)),
     P(RHW, ["Mr. Rachmat Hidayat Wibowo"], ("Ambassador", ID2)),
     P(KYT, ["U Kyaw Tin"], ("Union Minister for International Cooperation", MM)),
     P(PRY2, ["General Prayut Chan-o-cha"], ("Prime Minister", TH2)),
     P(SIR, ["President Maithripala Sirisena"], ("President", LK2)),
     P(LIM, ["Dato Lim Jock Hoi"], ("Secretary-General", "ASEAN"))],
    [E("President Office"),
     E("ASEAN"),
     E("ASEAN Secretariat")],
    [E(MM, "Myanmar"),
     E(TH2, "Thailand", "Thai"),
     E(OM3, "Omani"),
     E(LK2, "Sri Lanka", "Sri Lankan"),
     E(ID2, "Indonesia", "Indonesian")],
    [I("meeting", [WIN, CHK, KYT], "2019-10-10", "Nay Pyi Taw"),
     I("meeting", [WIN, SLM, KYT], "2019-10-10", "Nay Pyi Taw"),
     I("meeting", [WIN, JAN, KYT], "2019-10-10", "Nay Pyi Taw"),
     I("meeting", [WIN, RHW, KYT], "2019-10-10", "Nay Pyi Taw"),
     I("meeting", [WIN, SIR], "2019-01", "Nay Pyi Taw"),
     I("visit", [SIR, MM], "2019-01"),
     I("meeting", [WIN, LIM, KYT], "2019-10-10", "Nay Pyi Taw"),
     I("visit", [LIM, MM], "2019-10-09"),
     I("visit", [LIM, MM], "2018-12")],
    [N("35th ASEAN Summit", None),
     N("visit of Win Myint to Thailand", PRY2),
     N("Myanmar–Oman joint business council", SLM)],
    [D("ASEAN Outlook on the Indo-Pacific")])

# 12 Presidency of the Republic of Madagascar (translated from French): capitals issuer, rubric "News", dateline
#    "Antananarivo, 24 April 2025 –", "this Thursday", "The day before, on Wednesday", "the Head of State", "his French
#    counterpart", summit with an unnamed Secretary General, founding agreement, own programme, adopted declaration,
#    separate sideline meetings, state visit with talks in two formats, agreements signed by "the two Governments",
#    joint decision, invitation to a co-hosted conference, onward trip, closing directorate line
RAJ2, MAC, RAM, AZA, RGO, NTS = ("Andry Rajoelina", "Emmanuel Macron", "Wavel Ramkalawan", "Azali Assoumani",
                                 "Navin Ramgoolam", "Christian Ntsay")
MG, FR, IOC = "Madagascar", "French Republic", "Indian Ocean Commission"
rec("mg-2025-04-24-rajoelina-macron-ioc-summit", "2025-04-24", "Antananarivo",
    [P(RAJ2, ["President Andry Rajoelina"], ("President of the Republic", MG)),
     P(MAC, ["President Emmanuel Macron", "President Macron"], ("President", FR)),
     P(RAM, [], ("President", "Republic of Seychelles")),
     P(AZA, ["President Azali Assoumani"], ("President", "Union of the Comoros")),
     P(RGO, ["Prime Minister Navin Ramgoolam"], ("Prime Minister", "Republic of Mauritius")),
     P(NTS, [], ("Prime Minister", MG))],
    [E("Presidency of the Republic of Madagascar"),
     E(IOC, "IOC"),
     E("French Development Agency", "AFD"),
     E("Communication Directorate of the Presidency of the Republic")],
    [E(MG, "Republic of Madagascar"),
     E(FR, "France", "French"),
     E("Republic of Seychelles", "Seychelles"),
     E("Union of the Comoros", "Comoros"),
     E("Republic of Mauritius", "Mauritius")],
    [I("multilateral", [RAJ2, MAC, RAM, AZA, RGO, IOC], "2025-04-24", "Antananarivo",
       name="5th Summit of Heads of State and Government of the Indian Ocean Commission"),
     I("multilateral", [], "2014", "Moroni", name="4th Summit"),
     I("meeting", [RAJ2, RGO], "2025-04-24", "Antananarivo"),
     I("meeting", [RAJ2, AZA], "2025-04-24", "Antananarivo"),
     I("visit", [MAC, MG], "2025-04-23", "Antananarivo"),
     I("meeting", [RAJ2, MAC, NTS], "2025-04-23", "Antananarivo"),
     I("signing", [MG, FR], "2025-04-23", "Antananarivo")],
    [N("regional food security programme", RAJ2),
     N("joint commission on the Scattered Islands", None),
     N("United Nations Ocean Conference", MAC),
     N("visit of Emmanuel Macron to Mauritius", None)],
    [D("General Agreement of Victoria"),
     D("Antananarivo Declaration"),
     D("Financing Agreement for the Volobe Hydroelectric Power Plant")])

check_and_write(GOLD, score)
