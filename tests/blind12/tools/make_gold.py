#!/usr/bin/env python3
"""Writes gold/<stem>.json for blind18 from the compact records below, then checks them.

Checks (all must pass before anything is written), through the shared ``check_and_write`` of
/work/main/tests/gold_records.py (imported, not modified):
- every interaction participant, role `of` that names a listed entity, and proposer resolves, with
  score.py's own Resolver, to a person/organisation/state of the same record;
- every person name form, at least one organisation/state form, every multilateral name, document,
  place and initiative (except the constructed `visit of ...` / `meeting of ...` names) occurs in the text;
- no name form is shared by two entities of a record; dates are ISO; lengths are 150-700 words;
- a release whose text carries no year has a releases/<stem>.meta.json with its date.
"""
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent  # tests/blind12
sys.path.insert(0, str(ROOT.parents[1].parent / "shared" / "eval"))  # the scorer beside the project
import score  # noqa: E402

sys.path.insert(0, str(ROOT.parent))  # tests/, for the shared constructors
from gold_records import D, E, GoldWriter, I, N, P, check_and_write  # noqa: E402

GOLD = GoldWriter(ROOT)
rec = GOLD.rec

# 1 Prime Minister's Office of Japan (Kantei), "The Prime Minister in Action"
KIS, RUTO, KAM, MUD = "KISHIDA Fumio", "William Samoei Ruto", "KAMIKAWA Yoko", "Musalia Mudavadi"
rec("jp-2024-02-08-kishida-ruto-summit", "2024-02-08", None,
    [P(KIS, ["Prime Minister KISHIDA Fumio", "Prime Minister Kishida"], ("Prime Minister", "Japan")),
     P(RUTO, ["H.E. Dr. William Samoei Ruto", "President Ruto"], ("President", "Kenya")),
     P(KAM, ["Minister Kamikawa"], ("Minister for Foreign Affairs", "Japan")),
     P(MUD, ["Prime Cabinet Secretary Mudavadi"], ("Prime Cabinet Secretary", "Kenya"),
       ("Cabinet Secretary for Foreign and Diaspora Affairs", "Kenya"))],
    [E("United Nations Security Council", "UN Security Council", "UNSC")],
    [E("Japan", "Japanese"),
     E("Kenya", "Republic of Kenya"),
     E("Sudan"),
     E("Somalia"),
     E("Ukraine")],
    [I("meeting", [KIS, RUTO, KAM, MUD], "2024-02-08", "Tokyo"),
     I("visit", [RUTO, "Japan"], "2024-02-06"),
     I("signing", [KAM, MUD, KIS, RUTO], "2024-02-08", "Tokyo"),
     I("visit", [KIS, "Kenya"], "2023-05", "Nairobi"),
     I("meeting", [KIS, RUTO], "2023-05", "Nairobi"),
     I("multilateral", ["Kenya"], "2016", "Nairobi", name="TICAD VI")],
    [N("Bottom-Up Economic Transformation Agenda", RUTO),
     N("Free and Open Indo-Pacific", "Japan", "FOIP"),
     N("reform of the United Nations Security Council", None),
     N("Ninth Tokyo International Conference on African Development", None, "TICAD 9")],
    [D("Exchange of Notes concerning the Mombasa Special Economic Zone Development Project (Phase 2)"),
     D("Japan-Kenya Joint Statement")])

# 2 Cabinet Secretariat of the Republic of Indonesia (setkab.go.id)
JKW, ALB, RET, PRA, WONG, FAR = ("Joko Widodo", "Anthony Albanese", "Retno Marsudi", "Pratikno", "Penny Wong",
                                 "Don Farrell")
rec("id-2022-06-06-jokowi-albanese-bogor", "2022-06-06", None,
    [P(JKW, ["Jokowi", "President Jokowi", "President Joko Widodo"], ("President", "Indonesia")),
     P(ALB, ["PM Albanese", "Prime Minister Albanese"], ("Prime Minister", "Australia")),
     P(RET, [], ("Foreign Minister", "Indonesia")),
     P(PRA, [], ("Minister of State Secretary", "Indonesia")),
     P(WONG, [], ("Foreign Minister", "Australia")),
     P(FAR, [], ("Minister for Trade and Tourism", "Australia"))],
    [E("Cabinet Secretariat of the Republic of Indonesia", "Cabinet Secretariat", "Setkab"),
     E("G20", "Group of Twenty")],
    [E("Indonesia", "Republic of Indonesia", "Indonesian"),
     E("Australia", "Australian"),
     E("Ukraine")],
    [I("meeting", [JKW, ALB, RET, PRA, WONG, FAR], "2022-06-06", "Bogor"),
     I("visit", [ALB, "Indonesia"], "2022-06-05"),
     I("call", [JKW, ALB], "2022-05")],
    [N("Nusantara Capital City", JKW, "IKN"),
     N("G20 Summit in Bali", None, "G20 Summit"),
     N("Indonesia-Australia Annual Leaders' Meeting", None, "Annual Leaders' Meeting")],
    [D("Indonesia-Australia Comprehensive Economic Partnership Agreement", "IA-CEPA")])

# 3 Presidential Communications Office, Philippines
MAR, PMC, ANW, XAN, MAN = ("Ferdinand R. Marcos Jr.", "Pham Minh Chinh", "Anwar Ibrahim", "Xanana Gusmão",
                           "Enrique Manalo")
rec("ph-2023-09-06-marcos-asean-jakarta-bilaterals", "2023-09-06", "JAKARTA",
    [P(MAR, ["President Ferdinand R. Marcos Jr.", "President Marcos", "PBBM"], ("President", "Philippines")),
     P(PMC, ["Prime Minister Chinh"], ("Prime Minister", "Vietnam")),
     P(ANW, ["Prime Minister Anwar"], ("Prime Minister", "Malaysia")),
     P(XAN, ["Prime Minister Gusmão"], ("Prime Minister", "Timor-Leste")),
     P(MAN, [], ("Foreign Affairs Secretary", "Philippines")),
     P(ALB, ["Prime Minister Anthony Albanese"], ("Prime Minister", "Australia"))],
    [E("Presidential Communications Office", "PCO"),
     E("ASEAN", "Association of Southeast Asian Nations"),
     E("Brunei Darussalam-Indonesia-Malaysia-Philippines East ASEAN Growth Area", "BIMP-EAGA")],
    [E("Philippines", "Filipino", "Republic of the Philippines"),
     E("Vietnam", "Vietnamese", "Viet Nam"),
     E("Malaysia", "Malaysian"),
     E("Timor-Leste"),
     E("Indonesia", "Indonesian"),
     E("China"),
     E("Australia")],
    [I("meeting", [MAR, PMC, MAN], "2023-09-06", "Jakarta"),
     I("meeting", [MAR, ANW, MAN], "2023-09-06", "Jakarta"),
     I("meeting", [MAR, XAN, MAN], "2023-09-06", "Jakarta"),
     I("multilateral", [MAR], "2023-09-05", "Jakarta", name="43rd ASEAN Summit and Related Summits"),
     I("visit", [MAR, "Indonesia"], "2023-09-04", "Jakarta"),
     I("visit", [MAR, "Malaysia"], "2023-07"),
     I("meeting", [MAR, ANW], "2023-07")],
    [N("Code of Conduct in the South China Sea", None),
     N("Timor-Leste's bid for full membership in ASEAN", "Timor-Leste"),
     N("visit of Anthony Albanese to the Philippines", MAR),
     N("strategic partnership", None)],
    [D("1982 United Nations Convention on the Law of the Sea", "UNCLOS"),
     D("2016 Arbitral Award")])

# 4 The President's Office, Republic of Maldives
MUI, MODI, ZAM, JAI, MUR, SAJ = ("Mohamed Muizzu", "Narendra Modi", "Moosa Zameer", "S. Jaishankar",
                                 "Droupadi Murmu", "Sajidha Mohamed")
rec("mv-2024-10-07-muizzu-modi-new-delhi", "2024-10-07", None,
    [P(MUI, ["President Dr Mohamed Muizzu", "President Muizzu", "President Dr Muizzu"], ("President", "Maldives")),
     P(MODI, ["Prime Minister Modi"], ("Prime Minister", "India")),
     P(ZAM, [], ("Minister of Foreign Affairs", "Maldives")),
     P(JAI, ["Dr S. Jaishankar"], ("Minister of External Affairs", "India")),
     P(MUR, ["President Murmu"], ("President", "India")),
     P(SAJ, ["Madam Sajidha Mohamed"])],
    [E("The President's Office", "President's Office"),
     E("Maldives Monetary Authority", "MMA"),
     E("Reserve Bank of India", "RBI")],
    [E("Maldives", "Republic of Maldives"),
     E("India", "Republic of India", "Government of India")],
    [I("meeting", [MUI, MODI, ZAM], "2024-10-07", "New Delhi"),
     I("visit", [MUI, "India"], "2024-10-06"),
     I("signing", ["Maldives Monetary Authority", "Reserve Bank of India", MUI, MODI], "2024-10-07", "New Delhi"),
     I("visit", [MODI, "Maldives"], "2019-06", "Malé"),
     I("meeting", [MUI, MODI], "2023-12", "Dubai"),
     I("multilateral", [MUI, MODI], "2023-12", "Dubai", name="COP28"),
     I("meeting", [JAI, MUI], "2024-10-06", "New Delhi")],
    [N("Neighbourhood First policy", "India", "Neighbourhood First"),
     N("RuPay card in the Maldives", None, "RuPay card"),
     N("visit of Narendra Modi to the Maldives", MUI),
     N("meeting of Mohamed Muizzu with Droupadi Murmu", None, "State Banquet")],
    [D("Vision Document on a Comprehensive Economic and Maritime Security Partnership"),
     D("Currency Swap Agreement")])

# 5 Prime Minister's Office, Pakistan (Press Wing)
SHS, PEZ, RAI, MOK = "Muhammad Shehbaz Sharif", "Masoud Pezeshkian", "Ebrahim Raisi", "Mohammad Mokhber"
rec("pk-2024-07-08-shehbaz-pezeshkian-call", "2024-07-08", "Islamabad",
    [P(SHS, ["Prime Minister Muhammad Shehbaz Sharif", "PM Shehbaz Sharif"], ("Prime Minister", "Pakistan")),
     P(PEZ, ["Dr. Masoud Pezeshkian", "President-elect Pezeshkian", "Dr. Pezeshkian"], ("President-elect", "Iran")),
     P(RAI, ["Dr. Ebrahim Raisi", "President Raisi"], ("President", "Iran")),
     P(MOK, ["Acting President Mohammad Mokhber"], ("Acting President", "Iran"))],
    [E("Prime Minister's Office"),
     E("Shanghai Cooperation Organisation", "SCO")],
    [E("Pakistan", "Government of Pakistan"),
     E("Iran", "Islamic Republic of Iran", "Iranian"),
     E("Israel", "Israeli")],
    [I("call", [SHS, PEZ], "2024-07-08"),
     I("visit", [RAI, "Pakistan"], "2024-04"),
     I("visit", [SHS, "Iran"], "2024-05-22", "Tehran"),
     I("meeting", [SHS, MOK], "2024-05-22", "Tehran"),
     I("multilateral", [], "2024-07-04", "Astana",
       name="meeting of the Council of Heads of State of the Shanghai Cooperation Organisation")],
    [N("Pakistan-Iran Free Trade Agreement", None),
     N("border sustenance markets", None),
     N("Iran-Pakistan Gas Pipeline project", None, "Iran-Pakistan Gas Pipeline"),
     N("visit of Masoud Pezeshkian to Pakistan", SHS),
     N("swearing-in ceremony", None)],
    [])

# 6 Ministry of Foreign Affairs, Kingdom of Bahrain
ZAY, HAM, XI, WY, AAG = ("Abdullatif bin Rashid Al Zayani", "Hamad bin Isa Al Khalifa", "Xi Jinping", "Wang Yi",
                         "Ahmed Aboul Gheit")
CASCF10 = "Tenth Ministerial Conference of the China-Arab States Cooperation Forum"
rec("bh-2024-05-30-alzayani-china-arab-forum-beijing", "2024-05-30", "Beijing",
    [P(ZAY, ["HE Dr Abdullatif bin Rashid Al Zayani", "Dr Al Zayani"], ("Minister of Foreign Affairs", "Bahrain")),
     P(HAM, ["His Majesty King Hamad bin Isa Al Khalifa"], ("King", "Bahrain")),
     P(XI, ["HE Xi Jinping", "President Xi"], ("President", "China")),
     P(WY, ["HE Wang Yi"], ("Member of the Political Bureau of the CPC Central Committee", "Communist Party of China"),
       ("Minister of Foreign Affairs", "China")),
     P(AAG, ["HE Ahmed Aboul Gheit"], ("Secretary-General", "League of Arab States"))],
    [E("Ministry of Foreign Affairs of the Kingdom of Bahrain", "Ministry of Foreign Affairs"),
     E("China-Arab States Cooperation Forum"),
     E("League of Arab States", "Arab League")],
    [E("Bahrain", "Kingdom of Bahrain", "Bahraini"),
     E("China", "People's Republic of China", "Chinese"),
     E("Palestine", "Palestinian")],
    [I("multilateral", [ZAY, HAM, XI], "2024-05-30", "Beijing", name=CASCF10),
     I("visit", [HAM, "China"]),
     I("meeting", [ZAY, WY], "2024-05-30", "Beijing"),
     I("signing", [ZAY, WY], "2024-05-30", "Beijing"),
     I("meeting", [ZAY, AAG], "2024-05-30", "Beijing"),
     I("multilateral", ["Bahrain"], "2024-05-16", "Manama", name="33rd Arab Summit")],
    [N("international peace conference on the Middle East", HAM),
     N("second China-Arab States Summit", None),
     N("meeting of Hamad bin Isa Al Khalifa with Xi Jinping", None)],
    [D("Bahrain Declaration"),
     D("Memorandum of Understanding on Cooperation in Diplomatic Training")])

# 7 Oman News Agency (ONA)
HBT, ARA, WIT, BAD, TRU, KHA = ("Haitham bin Tarik", "Abbas Araghchi", "Steve Witkoff",
                                "Badr bin Hamad Albusaidi", "Donald Trump", "Ali Khamenei")
rec("om-2025-04-12-albusaidi-iran-us-talks-muscat", "2025-04-12", "Muscat",
    [P(HBT, ["His Majesty Sultan Haitham bin Tarik"], ("Sultan", "Oman")),
     P(ARA, ["Dr. Abbas Araghchi", "Dr. Araghchi"], ("Minister of Foreign Affairs", "Iran")),
     P(WIT, [], ("Special Envoy of the President of the United States for the Middle East", "United States")),
     P(BAD, ["Sayyid Badr bin Hamad Albusaidi", "Sayyid Badr"], ("Foreign Minister", "Oman")),
     P(TRU, ["US President Donald Trump"], ("President", "United States")),
     P(KHA, ["Ayatollah Ali Khamenei"], ("Leader of the Islamic Revolution", "Iran"))],
    [E("Omani Foreign Ministry", "Ministry of Foreign Affairs")],
    [E("Oman", "Sultanate of Oman", "Omani"),
     E("Iran", "Islamic Republic of Iran", "Iranian"),
     E("United States", "United States of America", "US", "American")],
    [I("meeting", [BAD, ARA], "2025-04-12", "Muscat"),
     I("meeting", [BAD, WIT], "2025-04-12", "Muscat"),
     I("meeting", [ARA, WIT, BAD], "2025-04-12", "Muscat"),
     I("visit", [ARA, "Oman"], "2025-04-11", "Muscat"),
     I("visit", [WIT, "Oman"], "2025-04-12", "Muscat"),
     I("meeting", [BAD, ARA], "2025-04-11", "Muscat"),
     I("correspondence", [TRU, KHA], "2025-03")],
    [N("next round of talks", None)],
    [])

# 8 Presidency of the Republic, Algeria (translated from French)
TEB, GHA, ATT, MER = ("Abdelmadjid Tebboune", "Mohamed Ould Cheikh El Ghazouani", "Ahmed Attaf",
                      "Mohamed Salem Ould Merzoug")
GECF7 = "7th Summit of Heads of State and Government of the Gas Exporting Countries Forum"
rec("dz-2024-02-22-tebboune-ghazouani-tindouf", "2024-02-22", "Tindouf",
    [P(TEB, ["Mr. Abdelmadjid Tebboune", "Head of State"], ("President", "Algeria")),
     P(GHA, ["Mr. Mohamed Ould Cheikh El Ghazouani", "President Ghazouani"], ("President", "Mauritania")),
     P(ATT, ["Mr. Ahmed Attaf"], ("Minister of Foreign Affairs and the National Community Abroad", "Algeria")),
     P(MER, ["Mr. Mohamed Salem Ould Merzoug"],
       ("Minister of Foreign Affairs, Cooperation and Mauritanians Abroad", "Mauritania"))],
    [E("Presidency of the Republic"),
     E("Gas Exporting Countries Forum", "GECF"),
     E("Algerian-Mauritanian Joint Intergovernmental Commission", "Joint Intergovernmental Commission")],
    [E("Algeria", "Algerian", "People's Democratic Republic of Algeria"),
     E("Mauritania", "Islamic Republic of Mauritania", "Mauritanian")],
    [I("meeting", [TEB, GHA, ATT, MER], "2024-02-22", "Tindouf"),
     I("visit", [GHA, "Algeria"], "2024-02-22", "Tindouf"),
     I("signing", [TEB, GHA], "2024-02-22", "Tindouf"),
     I("visit", [GHA, "Algeria"], "2021-12")],
    [N("Tindouf-Zouérate road", None, "road linking Tindouf to the Mauritanian city of Zouérate"),
     N("Algerian-Mauritanian free trade zone", None),
     N(GECF7, None)],
    [D("Agreement on the Construction and Operation of the Tindouf-Zouérate Road")])

# 9 Ministry of Foreign Affairs and International Trade, Zimbabwe
MUW, EDM, HH, HAI = "Amon Murwira", "Emmerson Dambudzo Mnangagwa", "Hakainde Hichilema", "Mulambo Haimbe"
rec("zw-2025-02-18-murwira-hichilema-special-message", "2025-02-18", "Harare",
    [P(MUW, ["Hon. Prof. Amon Murwira", "Hon. Prof. Murwira"],
       ("Minister of Foreign Affairs and International Trade", "Zimbabwe"),
       ("Special Envoy of the President", "Zimbabwe")),
     P(EDM, ["Dr. Emmerson Dambudzo Mnangagwa", "President Dr. E.D. Mnangagwa", "E.D. Mnangagwa"],
       ("President", "Zimbabwe"), ("Chairperson of SADC", "SADC")),
     P(HH, ["His Excellency Mr. Hakainde Hichilema", "President Hichilema"], ("President", "Zambia")),
     P(HAI, ["Hon. Mulambo Haimbe", "Hon. Haimbe"],
       ("Minister of Foreign Affairs and International Cooperation", "Zambia")),
     P(RUTO, ["His Excellency Dr. William Samoei Ruto"], ("President", "Kenya"), ("Chairperson of the EAC", "EAC"))],
    [E("Ministry of Foreign Affairs and International Trade"),
     E("SADC", "Southern African Development Community"),
     E("EAC", "East African Community"),
     E("Zimbabwe-Zambia Bi-National Commission", "Bi-National Commission")],
    [E("Zimbabwe", "Republic of Zimbabwe"),
     E("Zambia", "Republic of Zambia"),
     E("Tanzania", "United Republic of Tanzania"),
     E("Kenya", "Republic of Kenya"),
     E("Democratic Republic of the Congo", "DRC")],
    [I("correspondence", [EDM, HH], "2025-02-17", "Lusaka"),
     I("meeting", [MUW, HH, HAI], "2025-02-17", "Lusaka"),
     I("visit", [MUW, "Zambia"], "2025-02-16", "Lusaka"),
     I("meeting", [MUW, HAI], "2025-02-17", "Lusaka"),
     I("multilateral", [EDM, RUTO], "2025-02-08", "Dar es Salaam",
       name="Joint Summit of the EAC and SADC Heads of State and Government")],
    [N("meeting of the Chiefs of Defence Forces of the two regional blocs", None),
     N("Batoka Gorge Hydro-Electric Scheme", None),
     N("next session of the Bi-National Commission", MUW)],
    [])

# 10 Office of the Prime Minister, Ethiopia
ABY, HSM, GED, FIQ, ERD = ("Abiy Ahmed", "Hassan Sheikh Mohamud", "Gedion Timothewos", "Ahmed Moalim Fiqi",
                           "Recep Tayyip Erdoğan")
rec("et-2025-01-11-abiy-hassan-sheikh-addis", "2025-01-11", None,
    [P(ABY, ["Prime Minister Abiy Ahmed", "PM Abiy", "Prime Minister Abiy"], ("Prime Minister", "Ethiopia")),
     P(HSM, ["President Hassan Sheikh Mohamud", "His Excellency Hassan Sheikh Mohamud"], ("President", "Somalia")),
     P(GED, [], ("Minister of Foreign Affairs", "Ethiopia")),
     P(FIQ, [], ("Minister of Foreign Affairs and International Cooperation", "Somalia")),
     P(ERD, ["President Recep Tayyip Erdoğan"], ("President", "Türkiye"))],
    [E("Office of the Prime Minister"),
     E("African Union Support and Stabilization Mission in Somalia", "AUSSOM"),
     E("al-Shabaab")],
    [E("Ethiopia", "Ethiopian", "Federal Democratic Republic of Ethiopia"),
     E("Somalia", "Federal Republic of Somalia", "Somali"),
     E("Türkiye", "Republic of Türkiye", "Turkish")],
    [I("meeting", [ABY, HSM, GED, FIQ], "2025-01-11", "Addis Ababa"),
     I("visit", [HSM, "Ethiopia"], "2025-01-11", "Addis Ababa"),
     I("meeting", [ABY, HSM, ERD], "2024-12-11", "Ankara")],
    [N("technical negotiations", None),
     N("visit of Abiy Ahmed to Somalia", HSM)],
    [D("Ankara Declaration"),
     D("Joint Communiqué")])

# 11 East African Community Secretariat
NDU, KAR, TAN, MUS, MENE = ("Veronica M. Nduva", "Ayşe Nur Karaca", "Hiroshi Tanabe", "Yoweri Kaguta Museveni",
                            "Wamkele Mene")
rec("eac-2024-09-12-nduva-credentials-afcfta-call", "2024-09-12", "Arusha",
    [P(NDU, ["Hon. Veronica M. Nduva", "Hon. Nduva"], ("Secretary General", "East African Community")),
     P(KAR, ["H.E. Ayşe Nur Karaca", "Ambassador Karaca"],
       ("Ambassador to the United Republic of Tanzania", "Türkiye"), ("Special Representative to the EAC", "Türkiye")),
     P(TAN, ["H.E. Mr. Hiroshi Tanabe", "Ambassador Tanabe"], ("Ambassador to the United Republic of Tanzania", "Japan")),
     P(HSM, ["H.E. Hassan Sheikh Mohamud"], ("President", "Somalia")),
     P(MUS, ["President Yoweri Kaguta Museveni"], ("President", "Uganda")),
     P(MENE, ["H.E. Wamkele Mene", "Mr. Mene"], ("Secretary-General", "AfCFTA Secretariat"))],
    [E("East African Community", "EAC"),
     E("EAC Secretariat", "East African Community Secretariat"),
     E("Corporate Communications and Public Affairs Department"),
     E("AfCFTA Secretariat", "African Continental Free Trade Area (AfCFTA) Secretariat",
       "African Continental Free Trade Area Secretariat")],
    [E("Tanzania", "United Republic of Tanzania"),
     E("Türkiye", "Republic of Türkiye", "Turkish"),
     E("Japan"),
     E("Somalia", "Federal Republic of Somalia"),
     E("Uganda")],
    [I("meeting", [NDU, KAR], "2024-09-12", "Arusha"),
     I("meeting", [NDU, TAN], "2024-09-12", "Arusha"),
     I("signing", [HSM, MUS], "2023-12-15", "Entebbe"),
     I("call", [NDU, MENE], "2024-09-12")],
    [N("EAC Single Customs Territory", None),
     N("East African Monetary Union", None),
     N("EAC Investment Conference", None),
     N("One Stop Border Posts programme", None),
     N("Ninth Tokyo International Conference on African Development", None, "TICAD 9"),
     N("joint working group on trade facilitation", MENE)],
    [D("Treaty of Accession"),
     D("Tripartite Free Trade Area Agreement")])

# 12 Organization of Turkic States Secretariat
KUL, BAY, NUR, FID, SAI, OMU, SZI, MRD = ("Jeenbek Kulubaev", "Jeyhun Bayramov", "Murat Nurtleu", "Hakan Fidan",
                                          "Bakhtiyor Saidov", "Kubanychbek Omuraliev", "Péter Szijjártó",
                                          "Rashid Meredov")
rec("ots-2024-11-05-omuraliev-cfm-bishkek", "2024-11-05", "Bishkek",
    [P(KUL, ["H.E. Jeenbek Kulubaev"], ("Minister of Foreign Affairs", "Kyrgyzstan")),
     P(BAY, ["H.E. Jeyhun Bayramov"], ("Minister of Foreign Affairs", "Azerbaijan")),
     P(NUR, ["H.E. Murat Nurtleu"], ("Deputy Prime Minister", "Kazakhstan"), ("Minister of Foreign Affairs", "Kazakhstan")),
     P(FID, ["H.E. Hakan Fidan"], ("Minister of Foreign Affairs", "Türkiye")),
     P(SAI, ["H.E. Bakhtiyor Saidov"], ("Minister of Foreign Affairs", "Uzbekistan")),
     P(OMU, ["H.E. Kubanychbek Omuraliev", "Secretary General Omuraliev"],
       ("Secretary General", "Organization of Turkic States")),
     P(SZI, ["H.E. Péter Szijjártó", "Minister Szijjártó"], ("Minister of Foreign Affairs and Trade", "Hungary")),
     P(MRD, ["H.E. Rashid Meredov", "Minister Meredov"], ("Deputy Chairman of the Cabinet of Ministers", "Turkmenistan"),
       ("Minister of Foreign Affairs", "Turkmenistan"))],
    [E("Organization of Turkic States", "OTS"),
     E("Council of Foreign Ministers of the Organization of Turkic States", "Council of Foreign Ministers"),
     E("Turkic Investment Fund"),
     E("OTS Representation Office in Budapest")],
    [E("Kyrgyzstan", "Kyrgyz Republic"),
     E("Azerbaijan", "Republic of Azerbaijan"),
     E("Kazakhstan", "Republic of Kazakhstan", "Kazakh"),
     E("Türkiye", "Republic of Türkiye"),
     E("Uzbekistan", "Republic of Uzbekistan"),
     E("Hungary"),
     E("Turkmenistan")],
    [I("multilateral", [KUL, BAY, NUR, FID, SAI, OMU, SZI, MRD], "2024-11-05", "Bishkek",
       name="Meeting of the Council of Foreign Ministers of the Organization of Turkic States"),
     I("meeting", [OMU, SZI], "2024-11-05", "Bishkek"),
     I("meeting", [OMU, MRD], "2024-11-05", "Bishkek"),
     I("multilateral", [], "2024-07-06", "Shusha", name="Informal Summit of the Organization of Turkic States")],
    [N("11th Summit of the OTS", None),
     N("12th Summit of the OTS", None),
     N("Turkic Space Agency Cooperation Platform", "Kazakhstan")],
    [D("Turkic World 2040 Vision"),
     D("Bishkek Declaration")])

if __name__ == "__main__":
    check_and_write(GOLD, score)
