#!/usr/bin/env python3
"""Writes gold/<stem>.json for blind20 from the compact records below, then checks them.

Checks (all must pass before anything is written; through the shared `check_and_write`):
- every interaction participant, role `of` that names a listed entity, and proposer resolves, with
  score.py's own Resolver, to a person/organisation/state of the same record;
- every person name form, at least one organisation/state form, every multilateral name, document,
  place and initiative (except the constructed `visit of ...` / `meeting of ...` names) occurs in the text;
- no name form is shared by two entities of a record; dates are ISO; lengths are 150-700 words;
- a release whose text carries no year has a releases/<stem>.meta.json with its date.
"""
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent  # tests/blind14
sys.path.insert(0, str(ROOT.parents[1].parent / "shared" / "eval"))  # the scorer beside the project
import score  # noqa: E402  (only for norm() and Resolver)

sys.path.insert(0, str(ROOT.parent))  # tests/, for the shared constructors
from gold_records import D, E, GoldWriter, I, N, P, check_and_write  # noqa: E402

GOLD = GoldWriter(ROOT)
rec = GOLD.rec

# 1 President of the Republic of Tajikistan (president.tj; stamp only, no dateline)
MIR, RAH, MUH, SAI = "Shavkat Mirziyoyev", "Emomali Rahmon", "Sirojiddin Muhriddin", "Bakhtiyor Saidov"
rec("tj-2024-04-18-rahmon-mirziyoyev-state-visit", "2024-04-18", None,
    [P(MIR, ["President Shavkat Mirziyoyev"], ("President", "Uzbekistan")),
     P(RAH, [], ("President", "Tajikistan")),
     P(MUH, [], ("Minister of Foreign Affairs", "Tajikistan")),
     P(SAI, [], ("Minister of Foreign Affairs", "Uzbekistan"))],
    [],
    [E("Tajikistan", "Republic of Tajikistan", "Tajik"),
     E("Uzbekistan", "Republic of Uzbekistan", "Uzbek")],
    [I("meeting", [RAH, MIR, MUH, SAI], "2024-04-18", "Dushanbe"),
     I("visit", [MIR, "Tajikistan"], "2024-04-18", "Dushanbe"),
     I("signing", [RAH, MIR], "2024-04-18", "Dushanbe"),
     I("signing", [MUH, SAI, RAH, MIR], "2024-04-18", "Dushanbe"),
     I("visit", [RAH, "Uzbekistan"], "2022-06", "Tashkent"),
     I("multilateral", [RAH, MIR], "2023-09", "Dushanbe",
       name="Consultative Meeting of the Heads of State of Central Asia"),
     I("meeting", [RAH, MIR], "2023-09", "Dushanbe")],
    [N("strategic partnership and alliance", None),
     N("joint construction of the Yavan and Fandarya hydropower plants", None),
     N("first Forum of the Heads of Regions of Tajikistan and Uzbekistan", RAH),
     N("visit of Emomali Rahmon to Uzbekistan", MIR),
     N("next Consultative Meeting of the Heads of State of Central Asia", None),
     N("Tajik-Uzbek Business Forum", None)],
    [D("Declaration on Strengthening Eternal Friendship and Allied Relations"),
     D("Treaty on Allied Relations between the Republic of Tajikistan and the Republic of Uzbekistan",
       "Treaty on Allied Relations"),
     D("Programme of Cooperation between the Ministries of Foreign Affairs for 2024–2025")])

# 2 Cabinet of Ministers of the Kyrgyz Republic (gov.kg; stamp with time, press-service trailer)
KAS, OVE, PUT, JAP, AMA, MIS = ("Adylbek Kasymaliev", "Alexey Overchuk", "Vladimir Putin", "Sadyr Japarov",
                                "Daniyar Amangeldiev", "Mikhail Mishustin")
rec("kg-2025-11-11-kasymaliev-overchuk-bishkek", "2025-11-11", None,
    [P(KAS, [], ("Chairman of the Cabinet of Ministers", "Kyrgyzstan"),
       ("Head of the Presidential Administration", "Kyrgyzstan")),
     P(OVE, [], ("Deputy Prime Minister", "Russia")),
     P(PUT, [], ("President", "Russia")),
     P(JAP, [], ("President", "Kyrgyzstan")),
     P(AMA, [], ("First Deputy Chairman of the Cabinet of Ministers", "Kyrgyzstan")),
     P(MIS, [], ("Chairman of the Government", "Russia"))],
    [E("Cabinet of Ministers of the Kyrgyz Republic"),
     E("Kyrgyz-Russian Intergovernmental Commission on Trade, Economic, Scientific, Technical and Humanitarian "
       "Cooperation", "Intergovernmental Commission"),
     E("Russian-Kyrgyz Development Fund"),
     E("Council of Heads of Government of the SCO Member States"),
     E("Shanghai Cooperation Organisation", "SCO", "Shanghai Cooperation Organization")],
    [E("Kyrgyzstan", "Kyrgyz Republic", "Kyrgyz", "Kyrgyz Government"),
     E("Russia", "Russian Federation", "Russian"),
     E("Kazakhstan"),
     E("Uzbekistan")],
    [I("meeting", [KAS, OVE], "2025-11-11", "Bishkek"),
     I("visit", [OVE, "Kyrgyzstan"], "2025-11-10", "Bishkek"),
     I("meeting", [AMA, OVE], "2025-11-11", "Bishkek"),
     I("signing", [AMA, OVE], "2025-11-11", "Bishkek"),
     I("signing", ["Kyrgyzstan", "Russia"], "2000"),
     I("visit", [PUT, "Kyrgyzstan"], "2024-11"),
     I("meeting", [PUT, JAP], "2024-11")],
    [N("Kambarata HPP-1 project", None),
     N("visit of Adylbek Kasymaliev to Russia", MIS),
     N("meeting of the Council of Heads of Government of the SCO Member States", None),
     N("SCO summit", None)],
    [D("Declaration on Eternal Friendship, Alliance and Partnership between the Kyrgyz Republic and the Russian "
       "Federation"),
     D("Protocol of the 26th meeting of the Commission")])

# 3 Parliament of Georgia (parliament.ge; issuer header, "News | 08.04.2024")
PAP, NAR, ISM, SAM = "Shalva Papuashvili", "Tanzila Narbaeva", "Nuriddinjon Ismoilov", "Nikoloz Samkharadze"
rec("ge-2024-04-08-papuashvili-narbaeva-ismoilov-tashkent", "2024-04-08", None,
    [P(PAP, [], ("Chairman of the Parliament", "Georgia")),
     P(NAR, [], ("Chairperson of the Senate of the Oliy Majlis", "Uzbekistan")),
     P(ISM, [], ("Speaker of the Legislative Chamber of the Oliy Majlis", "Uzbekistan")),
     P(SAM, [], ("Chairman of the Foreign Relations Committee", "Georgia"))],
    [E("Parliament of Georgia"),
     E("Oliy Majlis", "Oliy Majlis of the Republic of Uzbekistan"),
     E("Inter-Parliamentary Union", "IPU")],
    [E("Georgia"),
     E("Uzbekistan", "Republic of Uzbekistan", "Uzbek"),
     E("Turkmenistan"),
     E("Kazakhstan")],
    [I("meeting", [PAP, NAR, SAM], "2024-04-08", "Tashkent"),
     I("meeting", [PAP, ISM, SAM], "2024-04-08", "Tashkent"),
     I("visit", [PAP, "Uzbekistan"], "2024-04-07", "Tashkent"),
     I("visit", [SAM, "Uzbekistan"], "2024-04-07", "Tashkent"),
     I("multilateral", [PAP, NAR], "2024-03", "Geneva", name="148th Assembly of the Inter-Parliamentary Union"),
     I("meeting", [PAP, NAR], "2024-03", "Geneva")],
    [N("visit of Shalva Papuashvili to Turkmenistan", None),
     N("visit of Shalva Papuashvili to Kazakhstan", None),
     N("150th Assembly of the Inter-Parliamentary Union", None),
     N("Middle Corridor", None),
     N("Uzbekistan's plan to open an Embassy in Tbilisi", "Uzbekistan"),
     N("visit of Nuriddinjon Ismoilov to Georgia", PAP)],
    [D("Memorandum of Cooperation between the Parliament of Georgia and the Oliy Majlis of the Republic of "
       "Uzbekistan")])

# 4 Office of the President of the Republic of Armenia (president.am; stamp only, trailer)
KHA, RAI, AMI, KHM, MOK, MIRZ, PAS = ("Vahagn Khachaturyan", "Ebrahim Raisi", "Hossein Amir-Abdollahian",
                                      "Ali Khamenei", "Mohammad Mokhber", "Ararat Mirzoyan", "Nikol Pashinyan")
rec("am-2024-05-22-khachaturyan-iran-condolences", "2024-05-22", None,
    [P(KHA, [], ("President", "Armenia")),
     P(RAI, ["President Ebrahim Raisi", "President Raisi"], ("President", "Iran")),
     P(AMI, ["Foreign Minister Hossein Amir-Abdollahian", "Minister Amir-Abdollahian"],
       ("Minister of Foreign Affairs", "Iran")),
     P(KHM, ["Ayatollah Seyyed Ali Khamenei"], ("Supreme Leader", "Iran")),
     P(MOK, [], ("First Vice President", "Iran")),
     P(MIRZ, [], ("Minister of Foreign Affairs", "Armenia")),
     P(PAS, ["Prime Minister Nikol Pashinyan"], ("Prime Minister", "Armenia"))],
    [E("Office of the President of the Republic of Armenia"),
     E("3+3 regional platform")],
    [E("Armenia", "Republic of Armenia", "Armenian"),
     E("Iran", "Islamic Republic of Iran", "Iranian")],
    [I("meeting", [KHA, "Iran"], "2024-05-22", "Yerevan"),
     I("correspondence", [KHA, KHM], "2024-05-20"),
     I("correspondence", [KHA, MOK], "2024-05-20"),
     I("multilateral", [AMI, MIRZ], "2023-10", "Tehran", name="meeting of the 3+3 regional platform"),
     I("visit", [PAS, "Iran"], "2024-05-22", "Tehran")],
    [],
    [])

# 5 Ministry of Foreign Affairs of Ukraine (mfa.gov.ua; stamp with time, no dateline)
SYB, POP, SIK, ZEL = "Andrii Sybiha", "Mihai Popșoi", "Radosław Sikorski", "Volodymyr Zelenskyy"
rec("ua-2025-01-03-sybiha-popsoi-sikorski-calls", "2025-01-03", None,
    [P(SYB, [], ("Minister of Foreign Affairs", "Ukraine")),
     P(POP, [], ("Deputy Prime Minister", "Moldova"), ("Minister of Foreign Affairs", "Moldova")),
     P(SIK, [], ("Minister of Foreign Affairs", "Poland")),
     P(ZEL, ["President Volodymyr Zelenskyy"], ("President", "Ukraine"))],
    [E("Ministry of Foreign Affairs of Ukraine"),
     E("Gazprom"),
     E("European Union", "EU"),
     E("Council of the European Union"),
     E("NATO", "North Atlantic Treaty Organization")],
    [E("Ukraine", "Ukrainian"),
     E("Moldova", "Republic of Moldova"),
     E("Poland", "Republic of Poland", "Polish"),
     E("Russia")],
    [I("call", [SYB, POP], "2025-01-03"),
     I("call", [SYB, SIK], "2025-01-03"),
     I("multilateral", [SYB, SIK], "2024-12", "Brussels", name="meeting of NATO Ministers of Foreign Affairs"),
     I("meeting", [SYB, SIK], "2024-12", "Brussels")],
    [N("opening of the first negotiating clusters with Ukraine and Moldova", None),
     N("visit of Mihai Popșoi to Ukraine", SYB),
     N("next round of political consultations between the foreign ministries", None),
     N("16th package of EU sanctions against Russia", "European Union"),
     N("Ukraine Recovery Conference", None),
     N("Peace Formula", ZEL)],
    [])

# 6 Ministry of Foreign Affairs of the Republic of Belarus (mfa.gov.by; stamp, press-service trailer)
RYZ, TAS, KUL, LAV = "Maxim Ryzhenkov", "Imangali Tasmagambetov", "Jeenbek Kulubaev", "Sergey Lavrov"
rec("by-2025-06-30-ryzhenkov-csto-cholpon-ata", "2025-06-30", None,
    [P(RYZ, [], ("Minister of Foreign Affairs", "Belarus")),
     P(JAP, [], ("President", "Kyrgyzstan"),
       ("Chairman of the CSTO Collective Security Council", "Collective Security Council")),
     P(TAS, [], ("Secretary General", "CSTO")),
     P(KUL, [], ("Minister of Foreign Affairs", "Kyrgyzstan")),
     P(LAV, [], ("Minister of Foreign Affairs", "Russia")),
     P(KAS, [], ("Chairman of the Cabinet of Ministers", "Kyrgyzstan"))],
    [E("Collective Security Treaty Organisation", "CSTO", "Collective Security Treaty Organization"),
     E("Council of Ministers of Foreign Affairs", "CSTO Council of Ministers of Foreign Affairs",
       "CSTO Council of Foreign Ministers"),
     E("Collective Security Council", "CSTO Collective Security Council"),
     E("Belarusian-Kyrgyz Intergovernmental Commission on Trade and Economic Cooperation"),
     E("Ministry of Foreign Affairs of the Republic of Belarus")],
    [E("Belarus", "Republic of Belarus", "Belarusian"),
     E("Kyrgyzstan", "Kyrgyz Republic", "Kyrgyz"),
     E("Russia", "Russian Federation"),
     E("Armenia", "Armenian")],
    [I("multilateral", [RYZ, JAP, TAS, KUL, LAV], "2025-06-30", "Cholpon-Ata",
       name="meeting of the Council of Ministers of Foreign Affairs of the Collective Security Treaty Organisation"),
     I("meeting", [RYZ, KUL], "2025-06-30", "Cholpon-Ata"),
     I("meeting", [RYZ, LAV], "2025-06-30", "Cholpon-Ata"),
     I("visit", [RYZ, "Russia"], "2025-06-09", "Moscow"),
     I("signing", [RYZ, LAV], "2025-06-10", "Moscow")],
    [N("Eurasian Charter of Diversity and Multipolarity in the 21st Century", "Belarus"),
     N("III Minsk International Conference on Eurasian Security", None),
     N("session of the Collective Security Council", None),
     N("next meeting of the Belarusian-Kyrgyz Intergovernmental Commission on Trade and Economic Cooperation", None),
     N("visit of Adylbek Kasymaliev to Belarus", None)],
    [D("Statement of the CSTO Council of Ministers of Foreign Affairs on the 80th Anniversary of the Founding of the "
       "United Nations"),
     D("Joint Address to the Foreign Ministers of the Eurasian Countries")])

# 7 Presidential Administration of Romania (presidency.ro; rubric, stamp, trailer)
IOH, DUD, VDB, SAN, KER = ("Klaus Iohannis", "Andrzej Duda", "Alexander Van der Bellen", "Maia Sandu", "John Kerry")
rec("ro-2023-09-06-iohannis-three-seas-summit", "2023-09-06", None,
    [P(IOH, ["President Klaus Iohannis", "President Iohannis"], ("President", "Romania")),
     P(DUD, [], ("President", "Poland")),
     P(VDB, [], ("Federal President", "Austria")),
     P(SAN, ["President Maia Sandu"], ("President", "Moldova")),
     P(KER, ["Special Presidential Envoy John Kerry"], ("Special Presidential Envoy for Climate", "United States"))],
    [E("Three Seas Initiative", "Initiative"),
     E("Three Seas Initiative Investment Fund"),
     E("European Union", "EU"),
     E("Presidential Administration"),
     E("Department of Public Communication")],
    [E("Romania", "Romanian"),
     E("Poland", "Republic of Poland"),
     E("Austria", "Republic of Austria"),
     E("Moldova", "Republic of Moldova"),
     E("United States", "United States of America"),
     E("Greece", "Hellenic Republic"),
     E("Ukraine")],
    [I("multilateral", [IOH, DUD, VDB, SAN, KER], "2023-09-06", "Bucharest",
       name="8th Summit of the Three Seas Initiative"),
     I("multilateral", [], "2023-09-06", "Bucharest", name="Three Seas Business Forum"),
     I("meeting", [IOH, SAN], "2023-09-06", "Bucharest"),
     I("meeting", [IOH, KER], "2023-09-06", "Bucharest"),
     I("multilateral", ["Romania"], "2018-09", "Bucharest", name="third Three Seas Summit")],
    [N("Via Carpathia", None),
     N("Rail2Sea", None),
     N("opening of accession negotiations with the European Union", "Moldova"),
     N("Vulcănești–Chișinău high-voltage power line", None),
     N("next Summit of the Three Seas Initiative", None)],
    [D("Joint Declaration of the Bucharest Summit")])

# 8 Presidency of the Republic of Tunisia (translated from Arabic; issuer header, weekday stamp)
SAIE, MEL, BOUK, BER = "Kais Saied", "Giorgia Meloni", "Moncef Boukthir", "Anna Maria Bernini"
rec("tn-2024-04-17-saied-meloni-carthage", "2024-04-17", None,
    [P(SAIE, ["President Kais Saied"], ("President", "Tunisia")),
     P(MEL, ["Ms. Giorgia Meloni", "Ms. Meloni"], ("President of the Council of Ministers", "Italy")),
     P(BOUK, [], ("Minister of Higher Education and Scientific Research", "Tunisia")),
     P(BER, [], ("Minister of University and Research", "Italy"))],
    [E("Presidency of the Republic of Tunisia"),
     E("International Monetary Fund", "IMF"),
     E("European Union", "EU")],
    [E("Tunisia", "Tunisian"),
     E("Italy", "Italian Republic", "Italian", "Italian Government")],
    [I("meeting", [SAIE, MEL], "2024-04-17"),
     I("visit", [MEL, "Tunisia"], "2024-04-17"),
     I("signing", [BOUK, BER, SAIE, MEL], "2024-04-17"),
     I("signing", [SAIE, MEL], "2024-04-17"),
     I("multilateral", [SAIE, MEL], "2023-07-23", "Rome", name="International Conference on Development and Migration"),
     I("visit", [MEL, "Tunisia"], "2023-07-16"),
     I("signing", ["Tunisia", "European Union"], "2023-07-16")],
    [N("Rome Process", MEL),
     N("Mattei Plan for Africa", "Italy", "Mattei Plan")],
    [D("Memorandum of Understanding on Cooperation in Higher Education and Scientific Research"),
     D("Agreement on Direct Support to the General State Budget"),
     D("Protocol on a Credit Line in Favour of Small and Medium-sized Enterprises"),
     D("Memorandum of Understanding on a Strategic and Comprehensive Partnership")])

# 9 Presidency of the Republic of Lebanon (issuer header, weekday stamp, no dateline)
AOU, FAI, YAZ, BUK, BOUH, SALM, MBS, BERR, NSA = (
    "Joseph Aoun", "Faisal bin Farhan bin Abdullah Al Saud", "Yazid bin Mohammed bin Fahd Al-Farhan", "Walid Bukhari",
    "Abdallah Bou Habib", "Salman bin Abdulaziz Al Saud", "Mohammed bin Salman bin Abdulaziz Al Saud", "Nabih Berri",
    "Nawaf Salam")
rec("lb-2025-01-23-aoun-faisal-bin-farhan-baabda", "2025-01-23", None,
    [P(AOU, ["General Joseph Aoun", "President Aoun"], ("President", "Lebanon")),
     P(FAI, ["Prince Faisal bin Farhan bin Abdullah Al Saud", "Prince Faisal"], ("Minister of Foreign Affairs", "Saudi Arabia")),
     P(YAZ, ["Prince Yazid bin Mohammed bin Fahd Al-Farhan"],
       ("Advisor to the Minister of Foreign Affairs for Lebanese Affairs", "Saudi Arabia")),
     P(BUK, [], ("Ambassador", "Saudi Arabia")),
     P(BOUH, [], ("Minister of Foreign Affairs and Emigrants", "Lebanon")),
     P(SALM, ["King Salman bin Abdulaziz Al Saud"], ("King", "Saudi Arabia")),
     P(MBS, [], ("Crown Prince", "Saudi Arabia"), ("Prime Minister", "Saudi Arabia")),
     P(BERR, [], ("Speaker of the Parliament", "Lebanon")),
     P(NSA, ["Prime Minister-designate Nawaf Salam"])],
    [E("Presidency of the Republic of Lebanon"),
     E("Lebanese Army")],
    [E("Lebanon", "Lebanese"),
     E("Saudi Arabia", "Kingdom of Saudi Arabia", "Saudi"),
     E("Israel", "Israeli")],
    [I("meeting", [AOU, FAI, YAZ, BUK, BOUH], "2025-01-23"),
     I("visit", [FAI, "Lebanon"], "2025-01-23"),
     I("correspondence", [MBS, AOU], "2025-01-23"),
     I("call", [MBS, AOU], "2025-01-11")],
    [N("visit of Joseph Aoun to Saudi Arabia", MBS),
     N("international conference for the reconstruction of Lebanon", AOU),
     N("meeting of Faisal bin Farhan bin Abdullah Al Saud with Nabih Berri", None),
     N("meeting of Faisal bin Farhan bin Abdullah Al Saud with Nawaf Salam", None)],
    [D("United Nations Security Council Resolution 1701", "Resolution 1701"),
     D("Taif Agreement")])

# 10 Ministry of Foreign Affairs and International Cooperation, Libya (GNU; issuer header, dateline, trailer)
BAO, TET, DBE, ATT, TEB, MEN = ("Taher Al-Baour", "Hanna Serwaa Tetteh", "Abdulhamid Dbeibah", "Ahmed Attaf",
                                "Abdelmadjid Tebboune", "Mohamed al-Menfi")
rec("ly-2025-07-10-albaour-tetteh-attaf-message", "2025-07-10", "Tripoli",
    [P(BAO, ["Acting Foreign Minister Al-Baour"], ("Minister of Foreign Affairs and International Cooperation", "Libya")),
     P(TET, [], ("Special Representative of the Secretary-General of the United Nations", "United Nations"),
       ("Head of the United Nations Support Mission in Libya", "UNSMIL")),
     P(DBE, [], ("Prime Minister", "Government of National Unity")),
     P(ATT, [], ("Minister of Foreign Affairs", "Algeria")),
     P(SAIE, ["President Kais Saied"], ("President", "Tunisia")),
     P(TEB, ["President Abdelmadjid Tebboune"], ("President", "Algeria")),
     P(MEN, [], ("Chairman of the Presidential Council", "Libya"))],
    [E("Ministry of Foreign Affairs and International Cooperation"),
     E("Government of National Unity"),
     E("United Nations Support Mission in Libya", "UNSMIL", "Mission"),
     E("Advisory Committee"),
     E("International Follow-up Committee on Libya"),
     E("Security Council", "UN Security Council", "United Nations Security Council"),
     E("Libyan-Algerian Joint Commission")],
    [E("Libya", "State of Libya", "Libyan"),
     E("Algeria", "People's Democratic Republic of Algeria", "Algerian"),
     E("Tunisia", "Tunisian")],
    [I("meeting", [BAO, TET], "2025-07-10", "Tripoli"),
     I("meeting", [BAO, "Algeria"], "2025-07-10", "Tripoli"),
     I("correspondence", [ATT, BAO], "2025-07-10", "Tripoli"),
     I("multilateral", [TET], "2025-06-20", "Berlin", name="meeting of the International Follow-up Committee on Libya"),
     I("multilateral", [SAIE, TEB, MEN], "2024-04-22", "Tunis",
       name="first Tunisian-Algerian-Libyan consultative meeting")],
    [N("Berlin Process", None),
     N("political roadmap", TET),
     N("second Tunisian-Algerian-Libyan consultative meeting", None)],
    [])

# 11 CICA Secretariat (s-cica.org press release; no date in the text: meta.json)
SAR, ALI, BAY, HAJ = "Kairat Sarybay", "Ilham Aliyev", "Jeyhun Bayramov", "Hikmet Hajiyev"
rec("cica-2025-01-16-sarybay-baku-visit", "2025-01-16", None,
    [P(SAR, ["Ambassador Kairat Sarybay", "Ambassador Sarybay"], ("Secretary General", "CICA"), ("Ambassador", None)),
     P(ALI, ["President Ilham Aliyev"], ("President", "Azerbaijan")),
     P(BAY, ["Minister Bayramov"], ("Minister of Foreign Affairs", "Azerbaijan")),
     P(HAJ, [], ("Assistant to the President", "Azerbaijan"),
       ("Head of the Foreign Policy Affairs Department of the Presidential Administration", "Azerbaijan"))],
    [E("CICA", "Conference on Interaction and Confidence Building Measures in Asia"),
     E("CICA Secretariat", "Secretariat"),
     E("CICA Ministerial Council")],
    [E("Azerbaijan", "Republic of Azerbaijan", "Azerbaijani"),
     E("Kazakhstan")],
    [I("visit", [SAR, "Azerbaijan"], None, "Baku"),
     I("meeting", [ALI, SAR], "2025-01-15", "Baku"),
     I("meeting", [SAR, BAY], "2025-01-15", "Baku"),
     I("meeting", [SAR, HAJ], "2025-01-16", "Baku"),
     I("multilateral", ["Azerbaijan", BAY], "2024-12-17", name="Seventh Meeting of the CICA Ministerial Council"),
     I("multilateral", [], None, "Astana", name="Sixth CICA Summit")],
    [N("Middle Corridor", None),
     N("transformation of CICA into a full-fledged international organization", "Kazakhstan"),
     N("Seventh CICA Summit", None),
     N("CICA Media Forum", "Azerbaijan")],
    [D("Concept of the Azerbaijani Chairmanship in CICA"),
     D("Statement of the CICA Ministerial Council on the 25th Anniversary of the Declaration on Principles Guiding "
       "Relations among CICA Member States"),
     D("Astana Statement on the Transformation of CICA")])

# 12 Union for the Mediterranean Secretariat (ufmsecretariat.org; bullets, dateline in the lead, boilerplate)
BOR, SAF, ALB, KAM, KHE, CAL = ("Josep Borrell", "Ayman Safadi", "José Manuel Albares", "Nasser Kamel",
                                "Waleed El-Khereiji", "Nadia Calviño")
rec("ufm-2024-10-28-ninth-regional-forum-barcelona", "2024-10-28", "Barcelona",
    [P(BOR, [], ("High Representative of the European Union for Foreign Affairs and Security Policy", "European Union"),
       ("Vice-President of the European Commission", "European Commission")),
     P(SAF, ["Minister Safadi"], ("Deputy Prime Minister", "Jordan"), ("Minister of Foreign Affairs and Expatriates", "Jordan")),
     P(ALB, [], ("Minister of Foreign Affairs, European Union and Cooperation", "Spain")),
     P(KAM, ["Secretary General Nasser Kamel"], ("Secretary General", "Union for the Mediterranean")),
     P(KHE, [], ("Vice Minister of Foreign Affairs", "Saudi Arabia")),
     P(CAL, ["EIB President Nadia Calviño"], ("President of the European Investment Bank", "European Investment Bank"))],
    [E("Union for the Mediterranean", "UfM"),
     E("UfM Secretariat", "Secretariat"),
     E("European Union", "EU"),
     E("Arab-Islamic Ministerial Committee"),
     E("European Investment Bank", "EIB"),
     E("An-Najah National University"),
     E("UNIMED")],
    [E("Jordan", "Hashemite Kingdom of Jordan"),
     E("Spain"),
     E("Saudi Arabia"),
     E("Lebanon"),
     E("Israel"),
     E("Palestine")],
    [I("multilateral", [BOR, SAF, ALB, KAM, KHE, CAL, "Spain"], "2024-10-28", "Barcelona",
       name="9th Regional Forum of the Union for the Mediterranean"),
     I("meeting", [KAM, SAF], "2024-10-28", "Barcelona"),
     I("meeting", [KAM, CAL], "2024-10-28", "Barcelona"),
     I("multilateral", [], "2023-11", "Barcelona", name="8th Regional Forum"),
     I("multilateral", [], "2008-07", "Paris", name="Paris Summit")],
    [N("reform of the organisation", None),
     N("new strategic agenda", "UfM Secretariat"),
     N("10th Regional Forum", None),
     N("Barcelona Process", None),
     N("Technical Education Support for Higher Education Student Initiative", "An-Najah National University", "TESI")],
    [])

if __name__ == "__main__":
    check_and_write(GOLD, score)
