#!/usr/bin/env python3
"""Writes gold/<stem>.json for blind15 from the compact records below, then checks them.

Checks: those of ``gold_records.check_and_write`` (every check must pass before anything is written).
"""
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent  # tests/blind9
sys.path.insert(0, str(ROOT.parent))  # tests/, for the shared constructors
from gold_records import D, E, GoldWriter, I, N, P, check_and_write  # noqa: E402

GOLD = GoldWriter(ROOT)
rec = GOLD.rec

# 1 PIB (Prime Minister's Office, India)
MOD, PEZ, SON, PUT = "Narendra Modi", "Masoud Pezeshkian", "Sarbananda Sonowal", "Vladimir Putin"
IPGL, PMOI = "India Ports Global Limited", "Ports and Maritime Organization of Iran"
rec("in-2024-10-23-modi-pezeshkian-kazan", "2024-10-23", None,
    [P(MOD, ["Shri Narendra Modi"], ("Prime Minister", "India")),
     P(PEZ, ["Dr. Masoud Pezeshkian", "Dr. Pezeshkian", "President Pezeshkian"], ("President", "Iran")),
     P(SON, ["Shri Sarbananda Sonowal"], ("Union Minister of Ports, Shipping and Waterways", "India")),
     P(PUT, ["President Putin", "President Vladimir Putin"], ("President", "Russia"))],
    [E("Prime Minister's Office"),
     E("BRICS"),
     E(IPGL, "IPGL"),
     E(PMOI, "Ports and Maritime Organization"),
     E("UN Security Council", "United Nations Security Council", "Security Council")],
    [E("India"),
     E("Iran", "Islamic Republic of Iran", "Iranian"),
     E("Russia", "Russian Federation", "Russian"),
     E("Afghanistan")],
    [I("meeting", [MOD, PEZ], "2024-10-23", "Kazan"),
     I("multilateral", [MOD, PEZ, "Russia"], "2024-10-23", "Kazan", name="16th BRICS Summit"),
     I("visit", [MOD, "Russia"], "2024-10-22", "Kazan"),
     I("meeting", [MOD, PUT], "2024-10-22", "Kazan"),
     I("signing", [IPGL, PMOI, SON], "2024-05-13", "Tehran"),
     I("meeting", [MOD, PUT], "2024-07", "Moscow")],
    [N("Chabahar Port project", None),
     N("International North-South Transport Corridor", None, "INSTC"),
     N("visit of Masoud Pezeshkian to India", MOD),
     N("reform of the UN Security Council", MOD)],
    [D("Kazan Declaration")])

# 2 President's Media Division, Sri Lanka
RW, AIF, ASI, MSB, KS, SAB, SR, AW, ST, SISI = (
    "Ranil Wickremesinghe", "Adel Ibrahim Fouad", "Aishath Shaana Ibrahim", "Marit Solheim Berge", "Kanok Srisawat",
    "Ali Sabry", "Sagala Ratnayaka", "Aruni Wijewardane", "Srettha Thavisin", "Abdel Fattah El-Sisi")
ATT = [SAB, SR, AW]
rec("lk-2024-03-13-wickremesinghe-credentials", "2024-03-13", None,
    [P(RW, ["President Ranil Wickremesinghe", "President Wickremesinghe"], ("President", "Sri Lanka")),
     P(AIF, ["Mr. Adel Ibrahim Fouad"], ("Ambassador", "Egypt")),
     P(ASI, ["Ms. Aishath Shaana Ibrahim"], ("High Commissioner", "Maldives")),
     P(MSB, ["Ms. Marit Solheim Berge"], ("Ambassador", "Norway")),
     P(KS, ["Mr. Kanok Srisawat"], ("Ambassador", "Thailand")),
     P(SAB, [], ("Foreign Minister", "Sri Lanka")),
     P(SR, [], ("Senior Adviser to the President on National Security", "Sri Lanka"),
       ("Chief of Presidential Staff", "Sri Lanka")),
     P(AW, [], ("Foreign Secretary", "Sri Lanka")),
     P(ST, [], ("Prime Minister", "Thailand")),
     P(SISI, [], ("President", "Egypt"))],
    [E("President's Media Division", "PMD")],
    [E("Sri Lanka"),
     E("Egypt", "Arab Republic of Egypt", "Egyptian"),
     E("Maldives", "Republic of Maldives", "Maldivian"),
     E("Norway", "Kingdom of Norway", "Norwegian"),
     E("Thailand", "Kingdom of Thailand", "Thai")],
    [I("meeting", [RW, AIF] + ATT, "2024-03-12", "Colombo"),
     I("meeting", [RW, ASI] + ATT, "2024-03-12", "Colombo"),
     I("meeting", [RW, MSB] + ATT, "2024-03-12", "Colombo"),
     I("meeting", [RW, KS] + ATT, "2024-03-12", "Colombo"),
     I("visit", [ST, "Sri Lanka"], "2024-02-03", "Colombo"),
     I("signing", ["Sri Lanka", "Thailand"], "2024-02-03", "Colombo")],
    [N("Sri Lanka's application to join the Regional Comprehensive Economic Partnership", "Sri Lanka",
       "application to join the Regional Comprehensive Economic Partnership (RCEP)"),
     N("visit of Ranil Wickremesinghe to Egypt", SISI),
     N("first session of a Sri Lanka-Egypt Joint Trade Committee", None),
     N("EAF-Nansen Programme", None),
     N("Colombo Port City project", None)],
    [D("Sri Lanka-Thailand Free Trade Agreement"),
     D("Regional Comprehensive Economic Partnership", "RCEP")])

# 3 VNA
VVT, FM, PMC, FTL, LMH, NPT, VDH = ("Vo Van Thuong", "Ferdinand Romualdez Marcos Jr.", "Pham Minh Chinh",
                                    "Francisco Tiu Laurel Jr.", "Le Minh Hoan", "Nguyen Phu Trong", "Vuong Dinh Hue")
VCG, PCG = "Vietnam Coast Guard", "Philippine Coast Guard"
rec("vn-2024-01-30-marcos-state-visit-hanoi", "2024-01-30", "Hanoi",
    [P(VVT, ["President Thuong", "Thuong"], ("President", "Vietnam")),
     P(FM, ["Marcos Jr.", "President Marcos Jr."], ("President", "Philippines")),
     P(PMC, [], ("Prime Minister", "Vietnam")),
     P(FTL, [], ("Secretary of Agriculture", "Philippines")),
     P(LMH, [], ("Minister of Agriculture and Rural Development", "Vietnam")),
     P(NPT, [], ("General Secretary of the Communist Party of Vietnam Central Committee", "Communist Party of Vietnam")),
     P(VDH, [], ("National Assembly Chairman", "Vietnam"))],
    [E("ASEAN", "Association of Southeast Asian Nations"),
     E(VCG), E(PCG),
     E("United Nations Security Council", "UN Security Council", "Security Council"),
     E("APEC", "Asia-Pacific Economic Cooperation")],
    [E("Vietnam", "Viet Nam", "Vietnamese"),
     E("Philippines", "Philippine")],
    [I("meeting", [VVT, FM], "2024-01-30", "Hanoi"),
     I("visit", [FM, "Vietnam"], "2024-01-29", "Hanoi"),
     I("meeting", [PMC, FM], "2024-01-29", "Hanoi"),
     I("signing", [VCG, PCG, VVT, FM], "2024-01-30", "Hanoi"),
     I("signing", [FTL, LMH, VVT, FM], "2024-01-30", "Hanoi"),
     I("meeting", [FM, NPT], "2024-01-30", "Hanoi"),
     I("meeting", [FM, VDH], "2024-01-30", "Hanoi"),
     I("meeting", [VVT, FM], "2023-11", "San Francisco"),
     I("multilateral", [VVT, FM], "2023-11", "San Francisco", name="APEC Economic Leaders' Meeting")],
    [N("Vietnam – Philippines Strategic Partnership", None, "Strategic Partnership"),
     N("Code of Conduct in the East Sea", None),
     N("Philippines' candidacy for a non-permanent seat on the United Nations Security Council", "Philippines",
       "candidacy for a non-permanent seat on the United Nations Security Council for the 2027-2028 term"),
     N("visit of Vo Van Thuong to the Philippines", FM, "State visit to the Philippines")],
    [D("1982 United Nations Convention on the Law of the Sea", "UNCLOS", "United Nations Convention on the Law of the Sea"),
     D("Memorandum of Understanding on Incident Prevention and Management in the South China Sea"),
     D("Memorandum of Understanding on Rice Trade Cooperation")])

# 4 Yonhap
YOON, TOK, AHN, SHA, MOON, BEK = ("Yoon Suk Yeol", "Kassym-Jomart Tokayev", "Ahn Duk-geun", "Kanat Sharlapaev",
                                  "Moon Jae-in", "Olzhas Bektenov")
rec("kr-2024-06-12-yoon-tokayev-astana", "2024-06-12", "ASTANA",
    [P(YOON, ["President Yoon Suk Yeol", "Yoon"], ("President", "South Korea")),
     P(TOK, ["Tokayev"], ("President", "Kazakhstan")),
     P(AHN, [], ("Trade, Industry and Energy Minister", "South Korea")),
     P(SHA, [], ("Minister of Industry and Construction", "Kazakhstan")),
     P(MOON, [], ("President", "South Korea")),
     P(BEK, [], ("Prime Minister", "Kazakhstan"))],
    [],
    [E("South Korea", "Korea", "Republic of Korea", "Korean", "South Korean"),
     E("Kazakhstan", "Kazakh"),
     E("Uzbekistan")],
    [I("meeting", [YOON, TOK], "2024-06-12", "Astana"),
     I("visit", [YOON, "Kazakhstan"], "2024-06-12", "Astana"),
     I("signing", [AHN, SHA, YOON, TOK], "2024-06-12", "Astana"),
     I("signing", [YOON, TOK], "2024-06-12", "Astana"),
     I("visit", [TOK, "South Korea"], "2021-08", "Seoul"),
     I("meeting", [TOK, MOON], "2021-08", "Seoul")],
    [N("enhanced strategic partnership", None),
     N("K-Silk Road cooperation initiative", YOON, "K-Silk Road"),
     N("first Korea-Central Asia summit", YOON),
     N("meeting of Yoon Suk Yeol with Olzhas Bektenov", None),
     N("visit of Yoon Suk Yeol to Uzbekistan", None)],
    [D("Memorandum of Understanding on Critical Minerals Supply Chain Partnership"),
     D("Joint Statement on Expanding the Enhanced Strategic Partnership")])

# 5 Presidency of Türkiye, Directorate of Communications
ERD, ALI, SM, SS = "Recep Tayyip Erdoğan", "Ilham Aliyev", "Shavkat Mirziyoyev", "Shehbaz Sharif"
HLSCC = "Türkiye-Uzbekistan High-Level Strategic Cooperation Council"
rec("tr-2024-06-16-erdogan-eid-phone-calls", "2024-06-16", None,
    [P(ERD, ["President Erdoğan"], ("President", "Türkiye")),
     P(ALI, ["President Aliyev"], ("President", "Azerbaijan")),
     P(SM, ["President Mirziyoyev", "President Shavkat Mirziyoyev"], ("President", "Uzbekistan")),
     P(SS, ["Prime Minister Shehbaz Sharif"], ("Prime Minister", "Pakistan"))],
    [E("Directorate of Communications", "Presidency's Directorate of Communications"),
     E("Organization of Turkic States", "OTS"),
     E(HLSCC, "High-Level Strategic Cooperation Council")],
    [E("Türkiye", "Turkey", "Republic of Türkiye"),
     E("Azerbaijan"),
     E("Uzbekistan"),
     E("Pakistan")],
    [I("call", [ERD, ALI], "2024-06-16"),
     I("call", [ERD, SM], "2024-06-16"),
     I("call", [ERD, SS], "2024-06-15"),
     I("visit", [ERD, "Azerbaijan"], "2023-09-25", "Nakhchivan"),
     I("meeting", [ERD, ALI], "2023-09-25", "Nakhchivan")],
    [N("informal summit of the Organization of Turkic States", None, "informal summit of the Organization of Turkic States (OTS)"),
     N("29th session of the Conference of the Parties to the UN Framework Convention on Climate Change", None, "COP29"),
     N("Iğdır-Nakhchivan Natural Gas Pipeline", None),
     N("Zangezur Corridor", None),
     N("comprehensive strategic partnership", None),
     N("fourth meeting of the Türkiye-Uzbekistan High-Level Strategic Cooperation Council", ERD),
     N("visit of Shavkat Mirziyoyev to Türkiye", ERD)],
    [D("UN Framework Convention on Climate Change", "United Nations Framework Convention on Climate Change", "UNFCCC")])

# 6 Ministry of Foreign Affairs of Qatar (no date in the text: meta.json)
KHL, MBA, MUD, KOR, TAM, RUTO = ("Mohammed bin Abdulaziz bin Saleh Al-Khulaifi", "Mohammed bin Abdulrahman bin Jassim Al-Thani",
                                 "Musalia Mudavadi", "Korir Sing'oei", "Tamim bin Hamad Al-Thani", "William Samoei Ruto")
LDC5 = "Fifth United Nations Conference on the Least Developed Countries"
rec("qa-2024-05-20-khulaifi-kenya-message", "2024-05-20", "Doha",
    [P(KHL, ["Dr. Mohammed bin Abdulaziz bin Saleh Al-Khulaifi", "Dr. Al-Khulaifi"],
       ("Minister of State at the Ministry of Foreign Affairs", "Qatar")),
     P(MBA, ["Sheikh Mohammed bin Abdulrahman bin Jassim Al-Thani"], ("Prime Minister", "Qatar"),
       ("Minister of Foreign Affairs", "Qatar")),
     P(MUD, ["Mr. Musalia Mudavadi"], ("Prime Cabinet Secretary", "Kenya"),
       ("Cabinet Secretary for Foreign and Diaspora Affairs", "Kenya")),
     P(KOR, ["Dr. Korir Sing'oei"], ("Principal Secretary of the State Department for Foreign Affairs", "Kenya")),
     P(TAM, ["Sheikh Tamim bin Hamad Al-Thani"], ("Amir", "Qatar")),
     P(RUTO, ["Dr. William Samoei Ruto"], ("President", "Kenya"))],
    [E("Qatar Fund for Development", "QFFD"),
     E("Qatari-Kenyan Joint Cooperation Committee"),
     E("United Nations", "UN")],
    [E("Qatar", "State of Qatar", "Qatari"),
     E("Kenya", "Republic of Kenya", "Kenyan"),
     E("Sudan")],
    [I("correspondence", [MUD, MBA], "2024-05-20", "Doha"),
     I("meeting", [KHL, KOR], "2024-05-20", "Doha"),
     I("visit", [KOR, "Qatar"]),
     I("meeting", [TAM, RUTO], "2023-03", "Doha"),
     I("multilateral", [TAM, RUTO, "Qatar"], "2023-03", "Doha", name=LDC5)],
    [N("second session of the Qatari-Kenyan Joint Cooperation Committee", KOR),
     N("Jeddah Platform", None)],
    [])

# 7 Presidency of Egypt (Spokesman)
WY, SHO, LIAO, FAH, XI = "Wang Yi", "Sameh Shoukry", "Liao Liqiang", "Ahmed Fahmy", "Xi Jinping"
rec("eg-2024-01-14-sisi-wang-yi-cairo", "2024-01-14", None,
    [P(SISI, ["President Abdel Fattah El-Sisi", "President El-Sisi"], ("President", "Egypt")),
     P(WY, ["Mr. Wang Yi"], ("Member of the Political Bureau of the Communist Party of China Central Committee",
                             "Communist Party of China"),
       ("Minister of Foreign Affairs", "China")),
     P(SHO, ["Foreign Minister Sameh Shoukry"], ("Foreign Minister", "Egypt")),
     P(LIAO, ["Mr. Liao Liqiang"], ("Ambassador in Cairo", "China")),
     P(FAH, ["Ambassador Ahmed Fahmy"], ("Spokesman for the Presidency", "Egypt"), ("Ambassador", None)),
     P(XI, ["President Xi Jinping", "President Xi"], ("President", "China"))],
    [E("BRICS")],
    [E("Egypt", "Egyptian"),
     E("China", "People's Republic of China", "Chinese"),
     E("Palestine", "Palestinian")],
    [I("meeting", [SISI, WY, SHO, LIAO], "2024-01-14"),
     I("visit", [WY, "Egypt"], "2024-01-13"),
     I("meeting", [WY, SHO], "2024-01-13", "Cairo"),
     I("signing", [WY, SHO], "2024-01-13", "Cairo"),
     I("call", [SHO, WY], "2023-12"),
     I("meeting", [SISI, XI], "2022-12-09", "Riyadh"),
     I("multilateral", [SISI, XI], "2022-12-09", "Riyadh", name="first China-Arab States Summit")],
    [N("China-Egypt Partnership Year", None),
     N("comprehensive strategic partnership", None),
     N("Belt and Road Initiative", XI),
     N("second China-Arab States Summit", None)],
    [D("Executive Program for the Implementation of the Comprehensive Strategic Partnership for 2024-2028")])

# 8 State House Nigeria (Special Adviser on Media and Publicity)
TIN, JAS, EDU, TUG, KYA, NGE = ("Bola Tinubu", "Muhammad Al Jasser", "Wale Edun", "Yusuf Maitama Tuggar",
                                "Abubakar Kyari", "Ajuri Ngelale")
WEFSM = "World Economic Forum Special Meeting on Global Collaboration, Growth and Energy for Development"
rec("ng-2024-06-11-tinubu-isdb-delegation", "2024-06-11", None,
    [P(TIN, ["President Bola Tinubu", "President Tinubu"], ("President", "Nigeria")),
     P(JAS, ["Dr. Muhammad Al Jasser", "Dr. Al Jasser"], ("President", "Islamic Development Bank")),
     P(EDU, ["Mr. Wale Edun", "Mr. Edun"], ("Minister of Finance", "Nigeria"),
       ("Coordinating Minister of the Economy", "Nigeria")),
     P(TUG, ["Ambassador Yusuf Maitama Tuggar"], ("Minister of Foreign Affairs", "Nigeria"), ("Ambassador", None)),
     P(KYA, ["Senator Abubakar Kyari"], ("Minister of Agriculture and Food Security", "Nigeria"),
       ("Senator", "Nigeria")),
     P(NGE, [], ("Special Adviser to the President (Media & Publicity)", "Nigeria"))],
    [E("Islamic Development Bank", "IsDB", "IsDB Group"),
     E("African Development Bank", "AfDB"),
     E("World Economic Forum", "WEF")],
    [E("Nigeria"), E("Algeria")],
    [I("meeting", [TIN, JAS, EDU, TUG, KYA], "2024-06-11", "Abuja"),
     I("signing", [EDU, JAS, TIN], "2024-06-11", "Abuja"),
     I("visit", [JAS, "Nigeria"], "2024-06-10", "Abuja"),
     I("meeting", [JAS, TIN], "2024-04-28", "Riyadh"),
     I("multilateral", [TIN, JAS], "2024-04-28", "Riyadh", name=WEFSM)],
    [N("Renewed Hope Agenda", TIN),
     N("Special Agro-Industrial Processing Zones Programme", None),
     N("Member Country Partnership Strategy for 2024-2026", "Islamic Development Bank"),
     N("2025 Annual Meetings of the IsDB Group", None)],
    [D("Financing Agreement for the Second Phase of the Special Agro-Industrial Processing Zones Programme")])

# 9 IGAD
WG, AWB, MAG = "Workneh Gebeyehu", "Annette Weber", "Mohamed Ali Guyo"
rec("igad-2024-03-13-workneh-weber-video-conference", "2024-03-13", "Djibouti City",
    [P(WG, ["Dr. Workneh Gebeyehu", "Dr. Workneh"], ("Executive Secretary", "IGAD")),
     P(AWB, ["Ms. Annette Weber", "Ms. Weber"], ("Special Representative for the Horn of Africa", "European Union")),
     P(MAG, ["Ambassador Mohamed Ali Guyo"], ("Special Envoy for the Red Sea, Gulf of Aden and Somalia", "IGAD"),
       ("Ambassador", None))],
    [E("IGAD", "Intergovernmental Authority on Development"),
     E("European Union", "EU"),
     E("Sudanese Armed Forces", "SAF"),
     E("Rapid Support Forces", "RSF"),
     E("African Union Transition Mission in Somalia", "ATMIS")],
    [E("Djibouti", "Republic of Djibouti"),
     E("Sudan", "Sudanese"),
     E("Somalia"),
     E("Ethiopia"),
     E("South Sudan")],
    [I("call", [WG, AWB, MAG], "2024-03-11"),
     I("multilateral", [], "2024-01-18", "Kampala",
       name="42nd Extraordinary Assembly of IGAD Heads of State and Government"),
     I("multilateral", [], "2023-06-12", "Djibouti City", name="14th Ordinary Summit"),
     I("visit", [AWB, "Djibouti"], "2023-11", "Djibouti City"),
     I("meeting", [WG, AWB], "2023-11", "Djibouti City")],
    [N("face-to-face meeting between the leaders of the two warring parties", "IGAD"),
     N("follow-on mission", None),
     N("IGAD Peace and Security Programme", None),
     N("revitalised peace process in South Sudan", None),
     N("next IGAD-EU senior officials' meeting", None),
     N("joint IGAD-EU working group on climate security", WG)],
    [D("IGAD Roadmap for Peace in Sudan")])

# 10 The Presidency, South Africa (joint communiqué)
LMC, CR, NT, RL, JL, VM = ("Lazarus McCarthy Chakwera", "Cyril Ramaphosa", "Nancy Tembo", "Ronald Lamola",
                           "João Lourenço", "Vincent Magwenya")
rec("za-2024-11-21-ramaphosa-chakwera-joint-communique", "2024-11-21", "Pretoria",
    [P(LMC, ["Dr Lazarus McCarthy Chakwera", "President Chakwera"], ("President", "Malawi")),
     P(CR, ["President Cyril Ramaphosa", "President Ramaphosa"], ("President", "South Africa")),
     P(NT, ["Honourable Nancy Tembo", "Minister Tembo"], ("Minister of Foreign Affairs", "Malawi")),
     P(RL, ["Mr Ronald Lamola", "Minister Lamola"], ("Minister of International Relations and Cooperation", "South Africa")),
     P(JL, ["President João Lourenço"], ("President", "Angola")),
     P(VM, [], ("Spokesperson to the President", "South Africa"))],
    [E("Joint Permanent Commission for Cooperation", "JPCC"),
     E("SADC", "Southern African Development Community"),
     E("SADC Mission in the Democratic Republic of Congo", "SAMIDRC"),
     E("G20", "Group of Twenty"),
     E("The Presidency", "Presidency")],
    [E("South Africa", "Republic of South Africa"),
     E("Malawi", "Republic of Malawi", "Government of Malawi"),
     E("Zimbabwe", "Republic of Zimbabwe"),
     E("Angola")],
    [I("visit", [LMC, "South Africa"], "2024-11-20"),
     I("visit", [NT, "South Africa"], "2024-11-20"),
     I("meeting", [CR, LMC, RL, NT], "2024-11-21", "Pretoria"),
     I("signing", [RL, NT, CR, LMC]),
     I("meeting", ["South Africa", "Malawi"], "2023-05", "Lilongwe"),
     I("multilateral", [], "2024-08-17", "Harare",
       name="44th Ordinary Summit of SADC Heads of State and Government")],
    [N("next session of the JPCC", None, "next session of the Joint Permanent Commission for Cooperation"),
     N("Luanda Process", JL),
     N("placing the debt burden of developing countries at the centre of the G20 agenda", "South Africa",
       "place the debt burden of developing countries at the centre of the G20 agenda"),
     N("visit of Cyril Ramaphosa to Malawi", LMC, "State Visit to Malawi")],
    [D("Joint Communiqué on the Official Visit of His Excellency Dr Lazarus McCarthy Chakwera, President of the "
       "Republic of Malawi, to the Republic of South Africa", "Joint Communiqué"),
     D("Memorandum of Understanding on Cooperation in the Field of Energy"),
     D("Agreement on the Waiver of Visa Requirements for Holders of Diplomatic and Official Passports")])

# 11 NIAT Khovar
IMO, QAZ, RAH, MUH, SSH = ("Sodiq Imomi", "Muhammad Syrus Sajjad Qazi", "Emomali Rahmon", "Sirojiddin Muhriddin",
                           "Muhammad Shehbaz Sharif")
MFA_TJ = "Ministry of Foreign Affairs of the Republic of Tajikistan"
MFA_PK = "Ministry of Foreign Affairs of the Islamic Republic of Pakistan"
IGC = "Tajik-Pakistani Intergovernmental Commission on Trade, Economic, Scientific and Technical Cooperation"
rec("tj-2023-05-16-tajikistan-pakistan-consultations", "2023-05-16", "DUSHANBE",
    [P(IMO, ["S. Imomi"], ("Deputy Minister of Foreign Affairs", "Tajikistan")),
     P(QAZ, ["M.S.S. Qazi"], ("Foreign Secretary", "Pakistan")),
     P(RAH, [], ("President", "Tajikistan")),
     P(MUH, ["S. Muhriddin"], ("Minister of Foreign Affairs", "Tajikistan")),
     P(SSH, [], ("Prime Minister", "Pakistan"))],
    [E(MFA_TJ), E(MFA_PK),
     E("Shanghai Cooperation Organization", "SCO", "Shanghai Cooperation Organisation"),
     E("United Nations", "UN"),
     E(IGC, "Intergovernmental Commission on Trade, Economic, Scientific and Technical Cooperation")],
    [E("Tajikistan", "Republic of Tajikistan", "Tajik"),
     E("Pakistan", "Islamic Republic of Pakistan", "Pakistani"),
     E("Afghanistan"),
     E("Netherlands", "Kingdom of the Netherlands")],
    [I("meeting", [IMO, QAZ], "2023-05-15", "Dushanbe"),
     I("meeting", [MUH, QAZ], "2023-05-15", "Dushanbe"),
     I("signing", [IMO, QAZ], None, "Dushanbe"),
     I("meeting", ["Tajikistan", "Pakistan"], "2021-10", "Islamabad"),
     I("multilateral", ["Tajikistan", "Netherlands"], "2023-03-22", "New York", name="UN 2023 Water Conference")],
    [N("CASA-1000 electricity transmission project", None, "CASA-1000"),
     N("transport corridors linking Tajikistan with the seaports of Pakistan", None),
     N("Third Dushanbe Water Action Decade Conference", None),
     N("next meeting of the " + IGC, MUH),
     N("next round of political consultations", None, "next round in Islamabad")],
    [D("Plan of Consultations between the Ministries of Foreign Affairs of the Republic of Tajikistan and the "
       "Islamic Republic of Pakistan for 2023-2025", "Plan of Consultations")])

# 12 Prime Minister of Armenia (primeminister.am)
NP, JS, AM, JC, SP, AG = ("Nikol Pashinyan", "Jens Stoltenberg", "Ararat Mirzoyan", "Javier Colomina", "Suren Papikyan",
                          "Armen Grigoryan")
rec("am-2024-03-19-pashinyan-stoltenberg-yerevan", "2024-03-19", None,
    [P(NP, ["Prime Minister Pashinyan"], ("Prime Minister", "Armenia")),
     P(JS, [], ("Secretary General", "NATO")),
     P(AM, [], ("Minister of Foreign Affairs", "Armenia")),
     P(JC, [], ("Secretary General's Special Representative for the Caucasus and Central Asia", "NATO")),
     P(SP, [], ("Defence Minister", "Armenia")),
     P(AG, [], ("Secretary of the Security Council", "Armenia"))],
    [E("NATO", "North Atlantic Treaty Organization")],
    [E("Armenia", "Armenian", "Government of Armenia", "Armenian Government"),
     E("Azerbaijan")],
    [I("meeting", [NP, JS, AM, JC], "2024-03-19", "Yerevan"),
     I("visit", [JS, "Armenia"], "2024-03-19", "Yerevan"),
     I("meeting", [JS, AM, SP, AG], "2024-03-19", "Yerevan"),
     I("multilateral", [NP], "2018-07", "Brussels", name="NATO Summit")],
    [N("Individually Tailored Partnership Programme", None),
     N("Crossroads of Peace", "Armenia", "\"Crossroads of Peace\" project"),
     N("normalization of relations between Armenia and Azerbaijan", None,
       "process of normalization of relations between Armenia and Azerbaijan")],
    [D("Alma-Ata Declaration"),
     D("Agreement on the Establishment of Peace and Interstate Relations", "peace agreement")])

if __name__ == "__main__":
    check_and_write(GOLD)
