#!/usr/bin/env python3
"""Writes gold/<stem>.json for blind13 from the compact records below, then checks them.

Checks (all must pass before anything is written):
- every interaction participant, role `of` that names a listed entity, and proposer resolves, with
  score.py's own Resolver, to a person/organisation/state of the same record;
- every person name form, organisation/state form, multilateral name, document, place and
  initiative (except the constructed `visit of ...` / `meeting of ...` names) occurs in the text;
- no name form is shared by two entities of a record; dates are ISO; lengths are 150-700 words;
- a release whose text carries no date has a releases/<stem>.meta.json with that date.
"""
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT.parents[1].parent / "shared" / "eval"))  # the scorer beside the project
import score  # noqa: E402  (only for norm() and Resolver)


sys.path.insert(0, str(ROOT.parent))  # tests/, for the shared constructors
from gold_records import D, E, GoldWriter, I, N, P, check_and_write  # noqa: E402

GOLD = GoldWriter(ROOT)
rec = GOLD.rec


# 1 president.uz
SM, RAI, AAB, ZM = "Shavkat Mirziyoyev", "Seyyed Ebrahim Raisi", "Hossein Amir-Abdollahian", "Zhang Ming"
rec("uz-2022-09-15-mirziyoyev-raisi-samarkand", "2022-09-15", None,
    [P(SM, [], ("President", "Uzbekistan")),
     P(RAI, ["Ebrahim Raisi"], ("President", "Iran")),
     P(AAB, [], ("Minister of Foreign Affairs", "Iran")),
     P(ZM, [], ("Secretary-General", "Shanghai Cooperation Organization"))],
    [E("Shanghai Cooperation Organization", "SCO", "Shanghai Cooperation Organisation"),
     E("Economic Cooperation Organization", "ECO"),
     E("Uzbek-Iranian Intergovernmental Commission on Trade and Economic Cooperation",
       "Intergovernmental Commission on Trade and Economic Cooperation"),
     E("Council of Heads of State of the SCO", "SCO Council of Heads of State",
       "Council of Heads of State of the Shanghai Cooperation Organization")],
    [E("Uzbekistan", "Republic of Uzbekistan", "Uzbek"),
     E("Iran", "Islamic Republic of Iran", "Iranian"),
     E("Afghanistan")],
    [I("meeting", [SM, RAI], "2022-09-15", "Samarkand"),
     I("visit", [RAI, "Uzbekistan"], "2022-09-14", "Samarkand"),
     I("signing", [SM, RAI], "2022-09-15", "Samarkand"),
     I("signing", [AAB, ZM], "2022-09-15", "Samarkand"),
     I("meeting", [SM, RAI], "2021-11", "Ashgabat"),
     I("multilateral", [SM, RAI], "2021-11", "Ashgabat", name="15th Summit of the Economic Cooperation Organization")],
    [N("joint trading house", "Uzbekistan"),
     N("business forum of the two countries", "Uzbekistan", "business forum of the two countries in Tashkent"),
     N("next meeting of the Uzbek-Iranian Intergovernmental Commission on Trade and Economic Cooperation", None),
     N("direct air service between Samarkand and Mashhad", None),
     N("Days of Culture of Iran in Uzbekistan", None),
     N("International Transport and Transit Corridor", None),
     N("Trans-Afghan railway project", "Uzbekistan"),
     N("visit of Shavkat Mirziyoyev to Iran", RAI, "state visit to Iran"),
     N("meeting of the Council of Heads of State of the SCO", None)],
    [D("Ashgabat Agreement"),
     D("Memorandum of Obligations of the Islamic Republic of Iran to obtain the status of a member state of the SCO",
       "Memorandum of Obligations"),
     D("Joint Statement of the President of the Republic of Uzbekistan and the President of the Islamic Republic of Iran",
       "Joint Statement"),
     D("Agreement between the Government of the Republic of Uzbekistan and the Government of the Islamic Republic of "
       "Iran on International Road Transport of Passengers and Goods")])

# 2 president.kg
JAP, RAH, KUL, MUH = "Sadyr Japarov", "Emomali Rahmon", "Jeenbek Kulubaev", "Sirojiddin Muhriddin"
rec("kg-2025-03-13-japarov-rahmon-border-treaty", "2025-03-13", None,
    [P(JAP, ["Head of State"], ("President", "Kyrgyzstan")),
     P(RAH, [], ("President", "Tajikistan")),
     P(KUL, [], ("Minister of Foreign Affairs", "Kyrgyzstan")),
     P(MUH, [], ("Minister of Foreign Affairs", "Tajikistan"))],
    [E("CIS", "Commonwealth of Independent States"),
     E("Intergovernmental Commission on Trade and Economic Cooperation")],
    [E("Kyrgyzstan", "Kyrgyz Republic", "Kyrgyz"),
     E("Tajikistan", "Republic of Tajikistan", "Tajik"),
     E("Uzbekistan")],
    [I("visit", [RAH, "Kyrgyzstan"], "2025-03-13", "Bishkek"),
     I("meeting", [JAP, RAH, KUL, MUH], "2025-03-13", "Bishkek"),
     I("signing", [JAP, RAH], "2025-03-13", "Bishkek"),
     I("meeting", [JAP, RAH], "2024-10", "Moscow"),
     I("multilateral", [JAP, RAH], "2024-10", "Moscow", name="CIS summit")],
    [N("opening of checkpoints on the Kyrgyz-Tajik border", None),
     N("resumption of regular flights between Bishkek and Dushanbe", None),
     N("next meeting of the Intergovernmental Commission on Trade and Economic Cooperation", None),
     N("trilateral meeting of the Heads of State of Kyrgyzstan, Tajikistan and Uzbekistan", None,
       "trilateral meeting of the Heads of State of Kyrgyzstan, Tajikistan and Uzbekistan in Khujand")],
    [D("Treaty between the Kyrgyz Republic and the Republic of Tajikistan on the Kyrgyz-Tajik State Border",
       "Treaty on the Kyrgyz-Tajik State Border", "border Treaty"),
     D("Treaty on the Junction Point of the State Borders"),
     D("Joint Statement of the Presidents of the Kyrgyz Republic and the Republic of Tajikistan", "Joint Statement")])

# 3 Georgia MFA
ZAL, MIR = "Davit Zalkaliani", "Ararat Mirzoyan"
rec("ge-2021-08-23-zalkaliani-mirzoyan-call", "2021-08-23", None,
    [P(ZAL, [], ("Minister of Foreign Affairs", "Georgia")),
     P(MIR, [], ("Minister of Foreign Affairs", "Armenia"))],
    [E("Georgian-Armenian Intergovernmental Commission on Economic Cooperation"),
     E("European Union", "EU")],
    [E("Georgia", "Georgian", "Government of Georgia"),
     E("Armenia", "Republic of Armenia", "Armenian"),
     E("United States")],
    [I("call", [ZAL, MIR], "2021-08-23")],
    [N("resumption of the work of the Georgian-Armenian Intergovernmental Commission on Economic Cooperation", None),
     N("Eastern Partnership", None),
     N("visit of Ararat Mirzoyan to Georgia", ZAL, "official visit to Georgia")],
    [])

# 4 Office of the President of Mongolia
KHU, POPE, PAR, BAT, MAR, ZAN, OYU = ("Khurelsukh Ukhnaa", "Francis", "Pietro Parolin", "Batmunkh Battsetseg",
                                      "Giorgio Marengo", "Gombojav Zandanshatar", "Luvsannamsrain Oyun-Erdene")
rec("mn-2023-09-02-khurelsukh-pope-francis", "2023-09-02", None,
    [P(KHU, ["President Khurelsukh"], ("President", "Mongolia")),
     P(POPE, ["Pope Francis", "His Holiness Pope Francis"], ("Pope", "Holy See"),
       ("Head of the Catholic Church", "Catholic Church"), ("Sovereign of the Vatican City State", "Holy See")),
     P(PAR, ["Cardinal Pietro Parolin"], ("Secretary of State", "Holy See")),
     P(BAT, [], ("Minister for Foreign Affairs", "Mongolia")),
     P(MAR, ["Cardinal Giorgio Marengo"], ("Apostolic Prefect of Ulaanbaatar", "Catholic Church")),
     P(ZAN, [], ("Chairman of the State Great Khural", "Mongolia")),
     P(OYU, [], ("Prime Minister", "Mongolia"))],
    [E("Catholic Church")],
    [E("Mongolia"),
     E("Holy See", "Vatican City State", "Vatican")],
    [I("visit", [POPE, "Mongolia"], "2023-09-01", "Ulaanbaatar"),
     I("meeting", [KHU, POPE, PAR, BAT], "2023-09-02", "Ulaanbaatar"),
     I("meeting", [POPE, ZAN, OYU], "2023-09-02", "Ulaanbaatar")],
    [N("Billion Trees national movement", KHU, "Billion Trees"),
     N("17th session of the Conference of the Parties to the United Nations Convention to Combat Desertification",
       None, "COP17"),
     N("ecumenical and interreligious meeting", None)],
    [D("United Nations Convention to Combat Desertification", "UNCCD")])

# 5 APP
DAR, TH, KHAR, ABL, JU, YUN, SS, SBU, MF = (
    "Mohammad Ishaq Dar", "Md. Touhid Hossain", "Hina Rabbani Khar", "Amna Baloch", "Md. Jashim Uddin",
    "Muhammad Yunus", "Muhammad Shehbaz Sharif", "Sheikh Bashir Uddin", "Mirza Fakhrul Islam Alamgir")
rec("pk-2025-08-24-dar-dhaka-visit", "2025-08-24", "DHAKA",
    [P(DAR, ["Ishaq Dar", "Senator Mohammad Ishaq Dar"], ("Deputy Prime Minister", "Pakistan"),
       ("Foreign Minister", "Pakistan"), ("Senator", "Pakistan")),
     P(TH, ["Touhid Hossain"], ("Adviser for Foreign Affairs", "Bangladesh")),
     P(KHAR, [], ("Foreign Minister", "Pakistan")),
     P(ABL, [], ("Foreign Secretary", "Pakistan")),
     P(JU, [], ("Foreign Secretary", "Bangladesh")),
     P(YUN, ["Professor Muhammad Yunus", "Professor Yunus"], ("Chief Adviser of the Interim Government", "Bangladesh")),
     P(SS, [], ("Prime Minister", "Pakistan")),
     P(SBU, [], ("Commerce Adviser", "Bangladesh")),
     P(MF, [], ("Secretary General", "Bangladesh Nationalist Party"))],
    [E("Foreign Office"),
     E("Pakistan-Bangladesh Joint Economic Commission", "Joint Economic Commission"),
     E("South Asian Association for Regional Cooperation", "SAARC"),
     E("Bangladesh Nationalist Party", "BNP")],
    [E("Pakistan", "Pakistani"), E("Bangladesh", "Bangladeshi"), E("India")],
    [I("meeting", [DAR, TH], "2025-08-24", "Dhaka"),
     I("visit", [DAR, "Bangladesh"], "2025-08-23", "Dhaka"),
     I("signing", [DAR, TH], "2025-08-24", "Dhaka"),
     I("meeting", [DAR, YUN], "2025-08-24", "Dhaka"),
     I("meeting", [DAR, SBU], "2025-08-23", "Dhaka"),
     I("meeting", [DAR, MF], "2025-08-23", "Dhaka"),
     I("meeting", [ABL, JU], "2025-04", "Dhaka"),
     I("visit", [KHAR, "Bangladesh"], "2012-11", "Dhaka")],
    [N("Pakistan-Bangladesh Knowledge Corridor", DAR),
     N("next session of the Pakistan-Bangladesh Joint Economic Commission", None),
     N("direct shipping and air links", None),
     N("visit of Muhammad Yunus to Pakistan", SS),
     N("revival of the South Asian Association for Regional Cooperation", YUN,
       "revive the South Asian Association for Regional Cooperation")],
    [D("Agreement on Visa Abolition for Holders of Diplomatic and Official Passports"),
     D("Memorandum of Understanding between the Foreign Service Academy of Pakistan and the Foreign Service Academy "
       "of Bangladesh"),
     D("Memorandum of Understanding between the Associated Press of Pakistan and Bangladesh Sangbad Sangstha"),
     D("Indus Waters Treaty")])

# 6 Bhutan MoFAET
TD, SW, WY, HZ, LT, PC, LTT = ("Tandi Dorji", "Sun Weidong", "Wang Yi", "Han Zheng", "Lotay Tshering", "Pema Choden",
                               "Letho Tobdhen Tangbi")
rec("bt-2023-10-24-bhutan-china-boundary-talks", "2023-10-24", "Thimphu",
    [P(TD, ["Lyonpo (Dr.) Tandi Dorji", "Lyonpo"], ("Minister for Foreign Affairs and External Trade", "Bhutan")),
     P(SW, [], ("Vice Foreign Minister", "China")),
     P(WY, [], ("Member of the Political Bureau of the CPC Central Committee", "Communist Party of China"),
       ("Minister of Foreign Affairs", "China")),
     P(HZ, [], ("Vice President", "China")),
     P(LT, ["Lyonchhen Dr. Lotay Tshering"], ("Prime Minister", "Bhutan")),
     P(PC, ["Aum Pema Choden"], ("Foreign Secretary", "Bhutan")),
     P(LTT, ["Dasho Letho Tobdhen Tangbi"], ("Secretary, International Boundaries", "Bhutan"))],
    [E("Ministry of Foreign Affairs and External Trade"),
     E("Joint Technical Team", "JTT")],
    [E("Bhutan", "Kingdom of Bhutan", "Bhutanese"),
     E("China", "People's Republic of China", "Chinese")],
    [I("meeting", [TD, SW], "2023-10-23", "Beijing"),
     I("signing", [TD, SW], "2023-10-23", "Beijing"),
     I("visit", [TD, "China"], "2023-10-22", "Beijing"),
     I("visit", [PC, "China"], "2023-10-22", "Beijing"),
     I("visit", [LTT, "China"], "2023-10-22", "Beijing"),
     I("meeting", [TD, WY], "2023-10-23", "Beijing"),
     I("meeting", [TD, HZ], "2023-10-24", "Beijing"),
     I("meeting", ["Bhutan", "China"], "2023-10-20", "Beijing"),
     I("meeting", ["Bhutan", "China"], "2016-08", "Thimphu"),
     I("signing", ["Bhutan", "China"], "2021-10")],
    [N("26th Round of Boundary Talks", None)],
    [D("Memorandum of Understanding on the Three-Step Roadmap for Expediting the Bhutan-China Boundary Negotiations"),
     D("Cooperation Agreement between the Government of the Kingdom of Bhutan and the Government of the People's "
       "Republic of China on the Responsibilities and Functions of the Joint Technical Team (JTT) on the Delimitation "
       "and Demarcation of the Bhutan-China Boundary", "Cooperation Agreement")])

# 7 WAFA
ABS, PUT, HS, MFJ, RM, AHN, LAV, TOK, TAM = (
    "Mahmoud Abbas", "Vladimir Putin", "Hussein al-Sheikh", "Majed Faraj", "Riyad al-Malki", "Abdel Hafiz Nofal",
    "Sergey Lavrov", "Kassym-Jomart Tokayev", "Tamim bin Hamad Al Thani")
rec("ps-2022-10-13-abbas-putin-astana", "2022-10-13", "ASTANA",
    [P(ABS, ["President Abbas"], ("President", "Palestine")),
     P(PUT, ["President Putin"], ("President", "Russia")),
     P(HS, [], ("Secretary-General of the PLO Executive Committee", "PLO")),
     P(MFJ, [], ("head of the General Intelligence Service", "Palestine")),
     P(RM, [], ("Minister of Foreign Affairs and Expatriates", "Palestine")),
     P(AHN, [], ("Ambassador to Russia", "Palestine")),
     P(LAV, [], ("Foreign Minister", "Russia")),
     P(TOK, [], ("President", "Kazakhstan")),
     P(TAM, ["Sheikh Tamim bin Hamad Al Thani"], ("Emir", "Qatar"))],
    [E("Conference on Interaction and Confidence-Building Measures in Asia", "CICA"),
     E("United Nations", "UN"),
     E("International Quartet", "Quartet")],
    [E("Palestine", "State of Palestine", "Palestinian"),
     E("Russia", "Russian"),
     E("Kazakhstan", "Kazakh"),
     E("Israel", "Israeli"),
     E("United States"),
     E("Qatar", "State of Qatar")],
    [I("meeting", [ABS, PUT, HS, MFJ, RM, AHN, LAV], "2022-10-13", "Astana"),
     I("multilateral", [ABS, TOK], "2022-10-12", "Astana",
       name="sixth summit of the Conference on Interaction and Confidence-Building Measures in Asia"),
     I("meeting", [ABS, TAM], "2022-10-13", "Astana"),
     I("meeting", [ABS, PUT], "2021-11", "Sochi")],
    [N("international peace conference", ABS, "convening of an international peace conference"),
     N("multilateral mechanism under the auspices of the International Quartet", ABS),
     N("Arab Peace Initiative", None),
     N("State of Palestine's bid for full membership in the United Nations", "Palestine",
       "full membership in the United Nations"),
     N("new round of intra-Palestinian dialogue in Moscow", "Russia", "intra-Palestinian dialogue")],
    [])

# 8 SUNA
BUR, BOG, AGAR = "Abdel Fattah Al-Burhan", "Mikhail Bogdanov", "Malik Agar"
rec("sd-2024-04-29-burhan-bogdanov-putin-message", "2024-04-29", "Port Sudan",
    [P(BUR, ["Al-Burhan", "General Abdel Fattah Al-Burhan"],
       ("Chairman of the Transitional Sovereignty Council", "Sudan"),
       ("Commander-in-Chief of the Armed Forces", "Sudan")),
     P(BOG, ["Bogdanov"], ("Special Envoy of the President for the Middle East and Africa", "Russia"),
       ("Deputy Foreign Minister", "Russia")),
     P(PUT, ["President Putin"], ("President", "Russia")),
     P(AGAR, [], ("Deputy Chairman of the Transitional Sovereignty Council", "Sudan"))],
    [E("UN Security Council", "United Nations Security Council", "Security Council"),
     E("Rapid Support Forces", "RSF")],
    [E("Sudan"), E("Russia", "Russian Federation", "Russian")],
    [I("meeting", [BUR, BOG], "2024-04-29", "Port Sudan"),
     I("correspondence", [PUT, BUR], "2024-04-29", "Port Sudan"),
     I("visit", [BOG, "Sudan"], "2024-04-28", "Port Sudan"),
     I("meeting", [BOG, AGAR], "2024-04-28", "Port Sudan")],
    [N("visit of Abdel Fattah Al-Burhan to Russia", PUT),
     N("third Russia-Africa Summit", None)],
    [D("Jeddah Declaration")])

# 9 MINAFFET
OND, TKW, RUB, KHL, KAG, TSH, TRU = ("Olivier Nduhungirehe", "Thérèse Kayikwamba Wagner", "Marco Rubio",
                                     "Mohammed bin Abdulaziz Al-Khulaifi", "Paul Kagame", "Félix Tshisekedi",
                                     "Donald J. Trump")
DRC = "Democratic Republic of the Congo"
rec("rw-2025-06-28-rwanda-drc-peace-agreement", "2025-06-28", "KIGALI",
    [P(OND, ["Amb. Olivier Nduhungirehe", "Minister Nduhungirehe"],
       ("Minister of Foreign Affairs and International Cooperation", "Rwanda"), ("Ambassador", None)),
     P(TKW, [], ("Minister of State", DRC),
       ("Minister of Foreign Affairs, International Cooperation and Francophonie", DRC)),
     P(RUB, [], ("Secretary of State", "United States")),
     P(KHL, ["Dr. Mohammed bin Abdulaziz Al-Khulaifi"], ("Minister of State at the Ministry of Foreign Affairs", "Qatar")),
     P(KAG, ["President Kagame"], ("President", "Rwanda")),
     P(TSH, ["President Tshisekedi"], ("President", DRC)),
     P(TAM, ["Sheikh Tamim bin Hamad Al Thani"], ("Amir", "Qatar")),
     P(TRU, [], ("President", "United States"))],
    [E("FDLR", "Forces Démocratiques de Libération du Rwanda", "Democratic Forces for the Liberation of Rwanda"),
     E("AFC/M23", "M23", "Alliance Fleuve Congo"),
     E("EAC", "East African Community"),
     E("SADC", "Southern African Development Community"),
     E("Ministry of Foreign Affairs and International Cooperation", "MINAFFET")],
    [E("Rwanda", "Republic of Rwanda", "Government of Rwanda"),
     E(DRC, "DRC", "Government of the DRC"),
     E("United States"),
     E("Qatar", "State of Qatar")],
    [I("signing", [OND, TKW, RUB, KHL], "2025-06-27", "Washington, D.C."),
     I("meeting", [TRU, OND, TKW], "2025-06-27"),
     I("signing", [OND, TKW], "2025-04-25", "Washington"),
     I("meeting", [KAG, TSH, TAM], "2025-03-18", "Doha"),
     I("multilateral", [], "2025-02-08", "Dar es Salaam", name="joint EAC-SADC Summit")],
    [N("Joint Security Coordination Mechanism", None),
     N("Regional Economic Integration Framework", None),
     N("meeting of Paul Kagame with Félix Tshisekedi", TRU, "meeting of President Kagame and President Tshisekedi in Washington"),
     N("Doha process", None),
     N("joint EAC-SADC process", None)],
    [D("Peace Agreement between the Republic of Rwanda and the Democratic Republic of the Congo", "Peace Agreement"),
     D("Declaration of Principles"),
     D("Concept of Operations", "CONOPS")])

# 10 ANGOP
JL, JB, TA, HH, MPA = "João Lourenço", "Joe Biden", "Téte António", "Hakainde Hichilema", "Philip Mpango"
rec("ao-2024-12-03-lourenco-biden-luanda", "2024-12-03", "Luanda",
    [P(JL, ["President João Lourenço"], ("President of the Republic", "Angola")),
     P(JB, ["President Biden"], ("President", "United States")),
     P(TA, [], ("Minister of External Relations", "Angola")),
     P(TSH, [], ("President", DRC)),
     P(HH, [], ("President", "Zambia")),
     P(MPA, [], ("Vice-President", "Tanzania"))],
    [E("Lobito Atlantic Railway", "Lobito Atlantic Railway consortium"),
     E("G7", "Group of Seven")],
    [E("Angola", "Angolan"),
     E("United States", "US", "American"),
     E(DRC, "Democratic Republic of Congo", "DRC"),
     E("Zambia"), E("Rwanda"), E("Tanzania")],
    [I("meeting", [JL, JB, TA], "2024-12-03", "Luanda"),
     I("visit", [JB, "Angola"], "2024-12-02"),
     I("visit", [JL, "United States"], "2023-11", "Washington"),
     I("meeting", [JB, JL], "2023-11", "Washington")],
    [N("Lobito Corridor", None),
     N("Partnership for Global Infrastructure and Investment", "G7", "PGI"),
     N("Luanda Process", JL),
     N("summit on the Lobito Corridor", None)],
    [])

# 11 ECOWAS Commission
ABU, TOU, TIN, TIA, BAZ = ("Abdulsalami Abubakar", "Omar Alieu Touray", "Bola Ahmed Tinubu", "Abdourahamane Tiani",
                           "Mohamed Bazoum")
AUTH, CNSP = "Authority of Heads of State and Government of ECOWAS", "National Council for the Safeguard of the Homeland"
rec("ecowas-2023-08-20-abubakar-niamey-mission", "2023-08-20", "Abuja",
    [P(ABU, ["General Abdulsalami Abubakar", "General Abubakar"], ("Head of State", "Nigeria")),
     P(TOU, ["Dr. Omar Alieu Touray", "Dr. Touray"], ("President of the ECOWAS Commission", "ECOWAS Commission")),
     P(TIN, [], ("Chairman of the Authority of Heads of State and Government of ECOWAS", "ECOWAS"),
       ("President", "Nigeria")),
     P(TIA, ["General Tiani"], ("President of the National Council for the Safeguard of the Homeland", CNSP)),
     P(BAZ, ["President Bazoum"], ("President", "Niger"))],
    [E("ECOWAS", "Economic Community of West African States", "Community"),
     E("ECOWAS Commission", "Commission"),
     E(AUTH, "Authority", "ECOWAS Authority"),
     E(CNSP, "CNSP"),
     E("ECOWAS Standby Force"),
     E("ECOWAS Committee of Chiefs of Defence Staff", "Committee of Chiefs of Defence Staff")],
    [E("Nigeria", "Federal Republic of Nigeria"),
     E("Niger", "Republic of Niger")],
    [I("visit", [ABU, "Niger"], "2023-08-19", "Niamey"),
     I("visit", [TOU, "Niger"], "2023-08-19", "Niamey"),
     I("meeting", [ABU, TOU, TIA], "2023-08-19", "Niamey"),
     I("meeting", [ABU, TOU, BAZ], "2023-08-19", "Niamey"),
     I("multilateral", [], "2023-08-10", "Abuja", name="Extraordinary Summit of the Authority"),
     I("visit", [ABU, "Niger"], "2023-08-03", "Niamey"),
     I("multilateral", [], "2023-08-17", "Accra", name="meeting of the ECOWAS Committee of Chiefs of Defence Staff")],
    [N("activation of the ECOWAS Standby Force", AUTH),
     N("transition period not exceeding three years", CNSP, "CNSP's proposal for a transition period")],
    [D("Supplementary Protocol on Democracy and Good Governance",
       "ECOWAS Supplementary Protocol on Democracy and Good Governance")])

# 12 Samoa
FNM, KS, CL, CH, CAM, PSC, ALB = ("Fiamē Naomi Mata'afa", "Keir Starmer", "Christopher Luxon", "Charles III", "Camilla",
                                  "Patricia Scotland", "Anthony Albanese")
rec("ws-2024-10-25-fiame-chogm-bilaterals", "2024-10-25", "Apia",
    [P(FNM, ["Prime Minister Fiamē", "Fiamē"], ("Prime Minister", "Samoa")),
     P(KS, ["Sir Keir Starmer", "Prime Minister Starmer"], ("Prime Minister", "United Kingdom")),
     P(CL, ["Mr Luxon", "Prime Minister Luxon"], ("Prime Minister", "New Zealand")),
     P(CH, ["King Charles III"], ("King", "United Kingdom"), ("Head of the Commonwealth", "Commonwealth")),
     P(CAM, ["Queen Camilla"], ("Queen", "United Kingdom")),
     P(PSC, ["Rt Hon Patricia Scotland KC"], ("Secretary-General", "Commonwealth")),
     P(ALB, ["Anthony Albanese MP"], ("Prime Minister", "Australia"), ("MP", "Australia"))],
    [E("Commonwealth", "Commonwealth of Nations"),
     E("Pacific Islands Forum", "PIF")],
    [E("Samoa"), E("United Kingdom", "UK"), E("New Zealand"), E("Australia")],
    [I("meeting", [FNM, KS], "2024-10-24", "Apia"),
     I("meeting", [FNM, CL], "2024-10-24", "Apia"),
     I("multilateral", ["Samoa", FNM, KS, CL], "2024-10-21", "Apia",
       name="Commonwealth Heads of Government Meeting (CHOGM) 2024"),
     I("visit", [KS, "Samoa"]),
     I("visit", [CH, "Samoa"], "2024-10-23"),
     I("visit", [CAM, "Samoa"], "2024-10-23"),
     I("meeting", [FNM, PSC], "2024-10-24", "Apia"),
     I("meeting", [FNM, CL], "2024-08", "Nuku'alofa"),
     I("multilateral", [FNM, CL], "2024-08", "Nuku'alofa", name="53rd Pacific Islands Forum Leaders Meeting"),
     I("signing", ["Samoa", "New Zealand"], "1962")],
    [N("Pacific Resilience Facility", None),
     N("Samoan Quota scheme", "New Zealand", "Samoan Quota"),
     N("Recognised Seasonal Employer scheme", "New Zealand", "RSE", "Recognised Seasonal Employer (RSE) scheme"),
     N("visit of Fiamē Naomi Mata'afa to New Zealand", CL),
     N("meeting of Fiamē Naomi Mata'afa with Anthony Albanese", None),
     N("Pacific Engagement Visa", "Australia")],
    [D("Treaty of Friendship"),
     D("Apia Commonwealth Ocean Declaration")])


if __name__ == "__main__":
    check_and_write(GOLD, score)
