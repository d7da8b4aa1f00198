#!/usr/bin/env python3
"""Writes gold/<stem>.json for blind11 from the compact records below."""
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


sys.path.insert(0, str(ROOT.parent))  # tests/, for the shared constructors
from gold_records import D, E, GoldWriter, I, N, P  # noqa: E402

GOLD = GoldWriter(ROOT)
rec = GOLD.rec


# 1 Akorda
TOK, NVH, RLF, FGW, MES = ("Kassym-Jomart Tokayev", "Nguyen Van Hoan", "Rui Alberto Lopes Ferreira",
                           "Fikadu Gemechu Wakjira", "Martín Eduardo Sanguinetti")
AEP = "Ambassador Extraordinary and Plenipotentiary"
rec("kz-2024-01-18-tokayev-credentials", "2024-01-18", None,
    [P(TOK, ["Tokayev", "President Kassym-Jomart Tokayev", "Head of State"], ("President", "Kazakhstan")),
     P(NVH, [], (AEP, "Vietnam")),
     P(RLF, [], (AEP, "Portugal")),
     P(FGW, [], (AEP, "Ethiopia")),
     P(MES, [], (AEP, "Argentina")),
     P("Javier Milei", ["Milei", "President Javier Milei"], ("President", "Argentina"))],
    [E("UN Human Rights Council", "Human Rights Council", "United Nations Human Rights Council", "UNHRC"),
     E("Eurasian Economic Union", "EAEU"),
     E("BRICS")],
    [E("Kazakhstan", "Republic of Kazakhstan"),
     E("Vietnam", "Viet Nam", "Socialist Republic of Viet Nam"),
     E("Portugal", "Portuguese Republic", "Portuguese"),
     E("Ethiopia", "Federal Democratic Republic of Ethiopia"),
     E("Argentina", "Argentine Republic"),
     E("Afghanistan")],
    [I("meeting", [TOK, NVH], "2024-01-18"),
     I("meeting", [TOK, RLF], "2024-01-18"),
     I("meeting", [TOK, FGW], "2024-01-18"),
     I("meeting", [TOK, MES], "2024-01-18")],
    [N("UN Regional Centre for the Sustainable Development Goals for Central Asia and Afghanistan", "Kazakhstan",
       "UN Regional Centre for the Sustainable Development Goals for Central Asia and Afghanistan in Almaty"),
     N("Kazakhstan's candidacy for membership of the UN Human Rights Council for 2025–2027", "Kazakhstan",
       "candidacy for membership of the UN Human Rights Council"),
     N("Astana International Forum", None)],
    [D("Free Trade Agreement between the Eurasian Economic Union and Viet Nam")])

# 2 APA / president.az
MIR, ALI = "Shavkat Mirziyoyev", "Ilham Aliyev"
rec("az-2023-12-24-mirziyoyev-aliyev-call", "2023-12-24", "Baku",
    [P(MIR, ["Mirziyoyev"], ("President", "Uzbekistan")),
     P(ALI, ["President Ilham Aliyev", "Aliyev"], ("President", "Azerbaijan"))],
    [E("APA", "APA news agency", "Azeri-Press Agency"),
     E("press service of the Azerbaijani President", "press service of the President of Azerbaijan"),
     E("Economic Cooperation Organization", "ECO")],
    [E("Uzbekistan", "Republic of Uzbekistan", "Uzbek"),
     E("Azerbaijan", "Republic of Azerbaijan", "Azerbaijani")],
    [I("call", [MIR, ALI], "2023-12-24"),
     I("meeting", [ALI, MIR], "2023-11", "Tashkent"),
     I("multilateral", [ALI, MIR], "2023-11", "Tashkent",
       name="16th Summit of the Economic Cooperation Organization"),
     I("multilateral", [], "2023-12", "Dubai", name="COP28")],
    [N("strategic partnership", None, "strategic partnership between the two countries"),
     N("29th session of the Conference of the Parties to the UN Framework Convention on Climate Change", None, "COP29"),
     N("Trans-Caspian International Transport Route", None),
     N("visit of Ilham Aliyev to Uzbekistan", MIR, "state visit to Uzbekistan")],
    [D("UN Framework Convention on Climate Change", "United Nations Framework Convention on Climate Change", "UNFCCC")])

# 3 NNA
BH, SAL, WRO, GUT = "Abdallah Bou Habib", "Salem Abdullah Al-Jaber Al-Sabah", "Joanna Wronecka", "António Guterres"
rec("lb-2023-08-10-bou-habib-kuwait-message", "2023-08-10", None,
    [P(BH, ["Bou Habib", "Minister Bou Habib", "Dr. Abdallah Bou Habib"],
       ("Caretaker Minister of Foreign Affairs and Emigrants", "Lebanon")),
     P(SAL, ["Sheikh Salem Abdullah Al-Jaber Al-Sabah"], ("Foreign Minister", "Kuwait")),
     P(WRO, ["Wronecka"], ("Special Coordinator for Lebanon", "United Nations")),
     P(GUT, ["Guterres"], ("Secretary-General", "United Nations"))],
    [E("Arab League", "League of Arab States"),
     E("Arab League Council", "Council of the Arab League", "Council of the League of Arab States"),
     E("Kuwait Fund for Arab Economic Development", "Kuwait Fund"),
     E("UNIFIL", "United Nations Interim Force in Lebanon"),
     E("Security Council", "UN Security Council", "United Nations Security Council"),
     E("Lebanese Army")],
    [E("Lebanon", "Lebanese"),
     E("Kuwait", "State of Kuwait", "Kuwaiti")],
    [I("meeting", [BH, "Kuwait"], "2023-08-10"),
     I("correspondence", [SAL, BH], "2023-08-10"),
     I("meeting", [BH, WRO], "2023-08-10"),
     I("correspondence", [BH, GUT])],
    [N("160th ordinary session of the Arab League Council at the ministerial level", None),
     N("renewal of the mandate of the United Nations Interim Force in Lebanon", BH,
       "extension of UNIFIL's mandate for one additional year", "renewal of the mandate of UNIFIL")],
    [D("Security Council Resolution 1701", "Resolution 1701")])

# 4 Israel MFA
COH, PER, BAY, MYA, SER, MER, ORA = ("Eli Cohen", "Shimon Peres", "Jeyhun Bayramov", "Berdiniyaz Myatiev",
                                     "Serdar Berdimuhamedov", "Rashid Meredov", "Esenmyrat Orazgeldiyev")
rec("il-2023-04-20-cohen-azerbaijan-turkmenistan", "2023-04-20", None,
    [P(COH, ["FM Cohen", "Foreign Minister Eli Cohen", "Cohen"], ("Foreign Minister", "Israel")),
     P(PER, ["Peres"], ("Foreign Minister", "Israel")),
     P(ALI, ["Aliyev"], ("President", "Azerbaijan")),
     P(BAY, ["Bayramov"], ("Foreign Minister", "Azerbaijan")),
     P(MYA, ["Myatiev"], ("Deputy Foreign Minister", "Turkmenistan")),
     P(SER, ["President Berdimuhamedov", "Berdimuhamedov"], ("President", "Turkmenistan")),
     P(MER, ["FM Meredov", "Meredov"], ("Deputy Chairman of the Cabinet of Ministers", "Turkmenistan"),
       ("Foreign Minister", "Turkmenistan")),
     P(ORA, ["Orazgeldiyev"], ("Minister of Agriculture", "Turkmenistan"))],
    [E("MASHAV", "Israel's Agency for International Development Cooperation")],
    [E("Israel", "State of Israel", "Israeli"),
     E("Azerbaijan", "Republic of Azerbaijan"),
     E("Turkmenistan", "Turkmen"),
     E("Iran", "Iranian")],
    [I("visit", [COH, "Azerbaijan"], "2023-04-18", "Baku"),
     I("meeting", [COH, ALI], "2023-04-19", "Baku"),
     I("meeting", [COH, BAY], "2023-04-19", "Baku"),
     I("signing", [COH, BAY], "2023-04-19", "Baku"),
     I("visit", [BAY, "Israel"], "2023-03"),
     I("visit", [COH, "Turkmenistan"], "2023-04-19", "Ashgabat"),
     I("meeting", [COH, MYA], "2023-04-19", "Ashgabat"),
     I("meeting", [COH, SER], "2023-04-20", "Ashgabat"),
     I("meeting", [COH, MER], "2023-04-20", "Ashgabat"),
     I("meeting", [COH, ORA], "2023-04-20", "Ashgabat"),
     I("visit", [PER, "Turkmenistan"], "1994")],
    [N("MASHAV training programmes for Turkmen agronomists", None,
       "expansion of MASHAV training programmes for Turkmen agronomists"),
     N("opening of an embassy of Turkmenistan in Israel", None, "opening an embassy in Israel"),
     N("visit of Rashid Meredov to Israel", COH)],
    [D("Memorandum of Understanding on Cooperation in the Field of Education between the Government of the State "
       "of Israel and the Government of the Republic of Azerbaijan",
       "Memorandum of Understanding on Cooperation in the Field of Education")])

# 5 Nepal MOFA
KIK, SAUD, HAY, CHEN, XI, SRI, PKD = ("Kikuta Yutaka", "Narayan Prakash Saud", "Hayashi Yoshimasa", "Chen Song",
                                      "Xi Jinping", "Naveen Srivastava", "Pushpa Kamal Dahal")
rec("np-2023-04-25-saud-ambassadors-courtesy-calls", "2023-04-25", "Kathmandu",
    [P(KIK, ["KIKUTA Yutaka", "Ambassador Kikuta"], ("Ambassador to Nepal", "Japan")),
     P(SAUD, ["Mr. Narayan Prakash Saud"], ("Minister for Foreign Affairs", "Nepal")),
     P(HAY, ["HAYASHI Yoshimasa"], ("Minister for Foreign Affairs", "Japan")),
     P(CHEN, [], ("Ambassador to Nepal", "China")),
     P(XI, ["President Xi Jinping"], ("President", "China")),
     P(SRI, [], ("Ambassador to Nepal", "India")),
     P(PKD, ["Pushpa Kamal Dahal 'Prachanda'", "Prachanda"], ("Prime Minister", "Nepal"))],
    [E("Ministry of Foreign Affairs", "the Ministry", "Ministry of Foreign Affairs of Nepal"),
     E("Nepal-India Joint Commission", "Joint Commission")],
    [E("Japan"), E("Nepal"), E("China", "People's Republic of China"), E("India")],
    [I("meeting", [KIK, SAUD], "2023-04-25", "Kathmandu"),
     I("correspondence", [HAY, SAUD], "2023-04-25", "Kathmandu"),
     I("meeting", [CHEN, SAUD], "2023-04-25", "Kathmandu"),
     I("visit", [XI, "Nepal"], "2019-10"),
     I("meeting", [SRI, SAUD], "2023-04-25", "Kathmandu")],
    [N("EXPO 2025 Osaka, Kansai", None, "EXPO 2025"),
     N("Trans-Himalayan Multi-Dimensional Connectivity Network", None),
     N("Global Development Initiative", XI),
     N("visit of Pushpa Kamal Dahal to India", None,
       "official visit of Rt. Hon. Prime Minister Mr. Pushpa Kamal Dahal 'Prachanda' to India"),
     N("next meeting of the Nepal-India Joint Commission", None)],
    [])

# 6 KPL
SAK, SCS, SON, HUN = "Saleumxay Kommasith", "Sok Chenda Sophea", "Sonexay Siphandone", "Hun Manet"
rec("la-2023-10-13-laos-cambodia-joint-commission", "2023-10-13", "Vientiane",
    [P(SAK, [], ("Deputy Prime Minister", "Laos"), ("Minister of Foreign Affairs", "Laos")),
     P(SCS, [], ("Deputy Prime Minister", "Cambodia"),
       ("Minister of Foreign Affairs and International Cooperation", "Cambodia")),
     P(SON, [], ("Prime Minister", "Laos")),
     P(HUN, [], ("Prime Minister", "Cambodia"))],
    [E("Lao-Cambodian Joint Commission on Bilateral Cooperation", "Joint Commission"),
     E("ASEAN", "Association of Southeast Asian Nations")],
    [E("Laos", "Lao PDR", "Lao", "Lao People's Democratic Republic"),
     E("Cambodia", "Kingdom of Cambodia", "Cambodian"),
     E("Vietnam", "Viet Nam")],
    [I("meeting", [SAK, SCS], "2023-10-12", "Vientiane"),
     I("visit", [SCS, "Laos"], "2023-10-12"),
     I("meeting", ["Laos", "Cambodia"], "2019-12", "Siem Reap"),
     I("signing", [SAK, SCS], "2023-10-13", "Vientiane"),
     I("meeting", [SCS, SON], "2023-10-13", "Vientiane")],
    [N("Cambodia-Laos-Viet Nam Development Triangle Area", None, "CLV-DTA"),
     N("13th Meeting of the Joint Commission", None,
       "13th Meeting of the Lao-Cambodian Joint Commission on Bilateral Cooperation")],
    [D("Agreed Minutes of the 12th Meeting of the Lao-Cambodian Joint Commission on Bilateral Cooperation",
       "Agreed Minutes"),
     D("Memorandum of Understanding on Cooperation in the Field of Tourism between the Ministry of Information, "
       "Culture and Tourism of the Lao PDR and the Ministry of Tourism of the Kingdom of Cambodia",
       "Memorandum of Understanding on Cooperation in the Field of Tourism")])

# 7 Fiji
RAB, WP, DAR, HIP, LUX, PUNA = ("Sitiveni Rabuka", "Winston Peters", "Charlotte Darlow", "Chris Hipkins",
                                "Christopher Luxon", "Henry Puna")
rec("fj-2023-12-15-rabuka-peters-bilateral", "2023-12-15", None,
    [P(RAB, ["Prime Minister Rabuka", "Rabuka"], ("Prime Minister", "Fiji"), ("Minister for Foreign Affairs", "Fiji")),
     P(WP, ["Mr Peters", "Peters"], ("Deputy Prime Minister", "New Zealand"),
       ("Minister of Foreign Affairs", "New Zealand")),
     P(DAR, ["Ms Charlotte Darlow"], ("High Commissioner to Fiji", "New Zealand")),
     P(HIP, [], ("Prime Minister", "New Zealand")),
     P(LUX, [], ("Prime Minister", "New Zealand")),
     P(PUNA, [], ("Secretary General", "Pacific Islands Forum"))],
    [E("Pacific Islands Forum", "PIF")],
    [E("Fiji"), E("New Zealand")],
    [I("meeting", [RAB, WP, DAR], "2023-12-15", "Suva"),
     I("visit", [WP, "Fiji"]),
     I("visit", [RAB, "New Zealand"], "2023-06"),
     I("meeting", [RAB, HIP], "2023-06", "Wellington"),
     I("multilateral", [], "2023-11", "Rarotonga", name="52nd Pacific Islands Forum Leaders Meeting")],
    [N("Fiji–New Zealand Duavata Partnership", None, "Duavata Partnership"),
     N("Recognised Seasonal Employer scheme", "New Zealand", "RSE", "Recognised Seasonal Employer (RSE) scheme"),
     N("Ocean of Peace", RAB, "proposal for the Pacific to be declared an Ocean of Peace"),
     N("meeting of Winston Peters with Henry Puna", None)],
    [D("2050 Strategy for the Blue Pacific Continent")])

# 8 PIF Secretariat
CHI, URP = "Georges Rebelo Pinto Chikoti", "Jutta Urpilainen"
rec("pif-2023-09-21-puna-chikoti-mou", "2023-09-21", "NEW YORK",
    [P(PUNA, ["Secretary General Puna", "Puna"], ("Secretary General", "Pacific Islands Forum")),
     P(CHI, ["Secretary-General Chikoti", "Chikoti"],
       ("Secretary-General", "Organisation of African, Caribbean and Pacific States")),
     P(URP, [], ("Commissioner for International Partnerships", "European Union"))],
    [E("Pacific Islands Forum Secretariat", "Forum Secretariat", "PIFS"),
     E("Organisation of African, Caribbean and Pacific States", "OACPS"),
     E("United Nations General Assembly", "UNGA", "UN General Assembly"),
     E("European Union", "EU")],
    [E("Cook Islands")],
    [I("signing", [PUNA, CHI], "2023-09-21", "NEW YORK"),
     I("multilateral", [], None, "New York", name="78th session of the United Nations General Assembly"),
     I("multilateral", [PUNA], "2023-09-18", name="SDG Summit"),
     I("meeting", [PUNA, URP], "2023-09-20")],
    [N("52nd Pacific Islands Forum Leaders Meeting", None),
     N("Global Gateway", None)],
    [D("Memorandum of Understanding on Cooperation between the Pacific Islands Forum Secretariat and the "
       "Organisation of African, Caribbean and Pacific States", "MOU"),
     D("Samoa Agreement"),
     D("2050 Strategy for the Blue Pacific Continent")])

# 9 State House Tanzania
SSH, NYU, MAC, MAK = "Samia Suluhu Hassan", "Filipe Jacinto Nyusi", "Verónica Nataniel Macamo Dlhovo", "January Makamba"
rec("tz-2024-02-20-samia-nyusi-special-message", "2024-02-20", "Dodoma",
    [P(SSH, ["President Samia", "Dr. Samia Suluhu Hassan"], ("President", "Tanzania")),
     P(NYU, ["President Nyusi", "Nyusi"], ("President", "Mozambique")),
     P(MAC, ["Minister Macamo", "Macamo"], ("Minister of Foreign Affairs and Cooperation", "Mozambique"),
       ("Special Envoy", "Mozambique")),
     P(MAK, ["Hon. Makamba", "Makamba"], ("Minister for Foreign Affairs and East African Cooperation", "Tanzania"))],
    [E("SADC", "Southern African Development Community"),
     E("SADC Mission in Mozambique", "SAMIM"),
     E("Tanzania-Mozambique Joint Permanent Commission", "JPC", "Joint Permanent Commission"),
     E("Directorate of Presidential Communications")],
    [E("Tanzania", "United Republic of Tanzania", "Tanzanian"),
     E("Mozambique", "Republic of Mozambique")],
    [I("meeting", [SSH, MAC, MAK], "2024-02-20", "Dodoma"),
     I("correspondence", [NYU, SSH], "2024-02-20", "Dodoma"),
     I("visit", [MAC, "Tanzania"], "2024-02-20", "Dodoma"),
     I("meeting", [SSH, NYU], "2023-08", "Luanda"),
     I("multilateral", [SSH, NYU], "2023-08", "Luanda",
       name="43rd Ordinary Summit of SADC Heads of State and Government"),
     I("meeting", [MAC, MAK], "2024-02-20")],
    [N("Mtwara Development Corridor", None),
     N("5th session of the Tanzania-Mozambique Joint Permanent Commission", None,
       "5th session of the Tanzania-Mozambique Joint Permanent Commission (JPC)")],
    [])

# 10 TAP
AMM, TAJ, MEL, SAI, VDL, RUT = ("Nabil Ammar", "Antonio Tajani", "Giorgia Meloni", "Kais Saied",
                                "Ursula von der Leyen", "Mark Rutte")
rec("tn-2023-08-01-ammar-tajani-videoconference", "2023-08-01", "TUNIS",
    [P(AMM, ["Ammar"], ("Minister of Foreign Affairs, Migration and Tunisians Abroad", "Tunisia")),
     P(TAJ, ["Tajani"], ("Deputy Prime Minister", "Italy"),
       ("Minister of Foreign Affairs and International Cooperation", "Italy")),
     P(MEL, ["Meloni", "Prime Minister Meloni"], ("Prime Minister", "Italy")),
     P(SAI, ["President Saied"], ("President of the Republic", "Tunisia")),
     P(VDL, [], ("President of the European Commission", "European Commission")),
     P(RUT, [], ("Prime Minister", "Netherlands"))],
    [E("European Union", "EU")],
    [E("Tunisia", "Tunisian"), E("Italy", "Italian"), E("Netherlands", "Dutch")],
    [I("call", [AMM, TAJ], "2023-08-01"),
     I("multilateral", [MEL, SAI], "2023-07-23", "Rome", name="International Conference on Development and Migration"),
     I("signing", [SAI, MEL, VDL, RUT], "2023-07-16", "Tunis"),
     I("visit", [MEL, "Tunisia"], "2023-06")],
    [N("Rome Process", MEL),
     N("visit of Antonio Tajani to Tunisia", AMM),
     N("Tunisian-Italian business forum", AMM)],
    [D("Memorandum of Understanding on a Strategic and Comprehensive Partnership between Tunisia and the European Union")])

# 11 Arab League
AAG, ROS, FH, MEK, MRZ, ZAY = ("Ahmed Aboul Gheit", "Gamal Roshdy", "Fuad Hussein", "Faisal Mekdad",
                               "Mohamed Salem Ould Merzoug", "Abdullatif bin Rashid Al-Zayani")
rec("las-2023-09-06-aboul-gheit-160th-council-sidelines", "2023-09-06", "Cairo",
    [P(AAG, ["Aboul Gheit", "Mr. Ahmed Aboul Gheit"], ("Secretary-General", "League of Arab States")),
     P(ROS, ["Roshdy"], ("Minister Plenipotentiary", None),
       ("spokesperson for the Secretary-General", "League of Arab States")),
     P(FH, ["Dr. Fuad Hussein"], ("Deputy Prime Minister", "Iraq"), ("Minister of Foreign Affairs", "Iraq")),
     P(MEK, ["Dr. Faisal Mekdad"], ("Minister of Foreign Affairs and Expatriates", "Syria")),
     P(MRZ, [], ("Minister of Foreign Affairs, Cooperation and Mauritanians Abroad", "Mauritania")),
     P(ZAY, ["Dr. Abdullatif bin Rashid Al-Zayani"], ("Minister of Foreign Affairs", "Bahrain"))],
    [E("League of Arab States", "Arab League", "League"),
     E("Council of the League of Arab States", "Council", "League Council")],
    [E("Iraq", "Republic of Iraq"),
     E("Syria", "Syrian Arab Republic", "Syrian"),
     E("Mauritania", "Islamic Republic of Mauritania"),
     E("Bahrain", "Kingdom of Bahrain"),
     E("Palestine", "Palestinian")],
    [I("multilateral", [], "2023-09-06", "Cairo",
       name="160th ordinary session of the Council of the League of Arab States at the ministerial level"),
     I("meeting", [AAG, FH], "2023-09-05", "Cairo"),
     I("meeting", [AAG, MEK], "2023-09-06", "Cairo"),
     I("meeting", [AAG, MRZ], None, "Cairo"),
     I("meeting", [AAG, ZAY], None, "Cairo"),
     I("multilateral", [], "2023-05-07", name="Council's extraordinary session of 7 May"),
     I("multilateral", [], "2023-05", "Jeddah", name="32nd Arab Summit")],
    [N("33rd Arab Summit", None),
     N("Arab Peace Initiative", None)],
    [D("Jeddah Declaration")])

# 12 Maldives MFA
SHA, KOF, THI, SOL, NAT = ("Abdulla Shahid", "Simon Kofe", "Thilmeeza Hussain", "Ibrahim Mohamed Solih",
                           "Kausea Natano")
rec("mv-2022-09-22-maldives-tuvalu-diplomatic-relations", "2022-09-22", "Malé",
    [P(SHA, ["Minister Shahid", "Shahid"], ("Minister of Foreign Affairs", "Maldives")),
     P(KOF, [], ("Minister for Justice, Communication and Foreign Affairs", "Tuvalu")),
     P(THI, ["Ambassador Thilmeeza Hussain"], ("Permanent Representative to the United Nations", "Maldives"),
       ("Ambassador", None)),
     P(SOL, ["President Ibrahim Mohamed Solih"], ("President", "Maldives")),
     P(NAT, [], ("Prime Minister", "Tuvalu"))],
    [E("United Nations General Assembly", "General Assembly", "UNGA", "UN General Assembly"),
     E("Alliance of Small Island States", "AOSIS"),
     E("Ministry of Foreign Affairs", "Ministry of Foreign Affairs of the Maldives")],
    [E("Maldives", "Republic of Maldives"),
     E("Tuvalu"),
     E("Antigua and Barbuda")],
    [I("signing", [SHA, KOF, THI], "2022-09-22", "New York"),
     I("multilateral", [], None, "New York", name="77th session of the United Nations General Assembly")],
    [N("Rising Nations Initiative", "Tuvalu"),
     N("Fourth International Conference on Small Island Developing States", None, "SIDS4"),
     N("visit of Kausea Natano to the Maldives", SOL)],
    [D("Joint Communiqué on the Establishment of Diplomatic Relations between the Republic of Maldives and Tuvalu",
       "Joint Communiqué")])


if __name__ == "__main__":
    GOLD.write()
